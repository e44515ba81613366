//! Where a map lies, for reports that name files by URI (SARIF): the git
//! repository that holds the map (the nearest folder above it with a `.git`,
//! a folder or a worktree's file), else the current directory. Code scanning
//! resolves a result's URI against the repository it was uploaded for, so a
//! path relative to that root is found whatever folder `check` ran in.

use crate::check::report::sarif::{Base, directory_uri};
use std::path::{Path, PathBuf};

/// The base for the files of the map in `dir` (`None`: the embedded map, whose
/// files are named without a folder).
pub fn base(dir: Option<&Path>) -> Base {
    let Ok(cwd) = std::env::current_dir() else {
        return Base::default();
    };
    let cwd = cwd.canonicalize().unwrap_or(cwd);
    let Some(dir) = dir else {
        return Base {
            uri: Some(directory_uri(&cwd.to_string_lossy())),
            folder: None,
        };
    };
    let folder = dir.canonicalize().unwrap_or_else(|_| cwd.join(dir));
    let root = repository_root(&folder)
        .or_else(|| folder.starts_with(&cwd).then(|| cwd.clone()))
        // Neither in a repository nor below the current directory: the map's
        // own folder is the only base its files have in common.
        .unwrap_or_else(|| folder.clone());
    let relative = folder
        .strip_prefix(&root)
        .map(|p| {
            p.components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect::<Vec<_>>()
                .join("/")
        })
        .unwrap_or_default();
    Base {
        uri: Some(directory_uri(&root.to_string_lossy())),
        folder: Some((dir.display().to_string(), relative)),
    }
}

/// The nearest folder at or above `folder` that holds `.git`.
fn repository_root(folder: &Path) -> Option<PathBuf> {
    folder
        .ancestors()
        .find(|a| a.join(".git").exists())
        .map(Path::to_path_buf)
}
