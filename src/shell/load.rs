//! Reads a map from a folder or from the copy embedded in the binary, parses and
//! resolves it. The only module that reads map files.
//!
//! Every file is checked for size before it is read, so a huge file is refused
//! with a message instead of filling memory.

use crate::core::compile::{LoadError, Loaded, MAP_FILES, compile};
use crate::core::diagnostic::{Diagnostic, DiagnosticKind};
use crate::core::map::Map;
use crate::core::region::{REGION_FILES, REGIONS_FOLDER};
use crate::core::source::SourceFile;
use crate::i18n::Lang;
use crate::t;
use std::io::Read;
use std::path::{Path, PathBuf};

/// The largest map file read, in bytes. A national map's largest file is a few MB.
pub const MAX_FILE_BYTES: u64 = 32 * 1024 * 1024;

/// Where a map comes from.
#[derive(Debug, Clone)]
pub enum MapSource {
    /// The map shipped inside the binary (`routekaart/` at build time).
    Embedded,
    /// A folder with the map's YAML files.
    Folder(PathBuf),
}

/// Reads, parses and resolves a map; why a file cannot be read is worded in `lang`.
/// The built-in map comes resolved from the build ([`baked`]); only when it
/// did not load then is its YAML parsed here, to report why.
pub fn load(source: &MapSource, lang: Lang) -> Result<Loaded, LoadError> {
    if let MapSource::Embedded = source
        && let Some(map) = baked()
    {
        return Ok(Loaded {
            map,
            sources: crate::core::embedded::files(),
        });
    }
    compile(sources(source, lang)?)
}

/// The built-in map as `build.rs` resolved it (see [`crate::core::baked`]);
/// `None` when it did not load at build time.
fn baked() -> Option<Map> {
    crate::core::baked::from_bytes(include_bytes!(concat!(env!("OUT_DIR"), "/map.postcard")))
}

/// Reads a map's files, unparsed.
pub fn sources(source: &MapSource, lang: Lang) -> Result<Vec<SourceFile>, LoadError> {
    match source {
        MapSource::Embedded => Ok(crate::core::embedded::files()),
        MapSource::Folder(dir) => read_folder(dir, lang),
    }
}

/// Reads a map's files from `dir`: the five core files, then each region
/// folder under `regios/` (by name), reporting every file that cannot be read.
/// `gemeenten.yaml` next to the core files may be absent when there are
/// region folders; so may a region's `organisaties.yaml`.
pub fn read_folder(dir: &Path, lang: Lang) -> Result<Vec<SourceFile>, LoadError> {
    let shown = dir.display().to_string();
    if !dir.is_dir() {
        let kind = if dir.exists() {
            DiagnosticKind::NotAFolder
        } else {
            DiagnosticKind::MissingFile
        };
        return Err(LoadError {
            diagnostics: vec![Diagnostic::in_file(kind, &shown)],
            sources: Vec::new(),
        });
    }
    let regions = region_folders(dir);
    let mut sources = Vec::new();
    let mut diagnostics = Vec::new();
    let mut read = |path: PathBuf, required: bool| {
        if !required && !path.exists() {
            return;
        }
        match read_text(&path, lang) {
            Ok(text) => sources.push(SourceFile::new(path.display().to_string(), text)),
            Err(d) => diagnostics.push(d),
        }
    };
    for file in MAP_FILES {
        read(dir.join(file), file != MAP_FILES[2] || regions.is_empty());
    }
    for region in &regions {
        for file in REGION_FILES {
            read(region.join(file), file != REGION_FILES[1]);
        }
    }
    if diagnostics.is_empty() {
        Ok(sources)
    } else {
        Err(LoadError {
            diagnostics,
            sources,
        })
    }
}

/// The region folders of the map in `dir` (`regios/*/`), by name; a folder
/// without `regio.yaml` is no region (a note or a draft).
pub fn region_folders(dir: &Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir.join(REGIONS_FOLDER)) else {
        return Vec::new();
    };
    let mut folders: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.join(REGION_FILES[0]).is_file())
        .collect();
    folders.sort();
    folders
}

/// Reads one text file: refuses a missing, oversized or non-UTF-8 file with a
/// diagnostic naming it, with the system's reason in `lang`. Used for map
/// files and `--answers` files alike.
pub fn read_text(path: &Path, lang: Lang) -> Result<String, Diagnostic> {
    let shown = path.display().to_string();
    let fail = |kind| Diagnostic::in_file(kind, &shown);
    let file = std::fs::File::open(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => fail(DiagnosticKind::MissingFile),
        _ => fail(DiagnosticKind::ReadFailed {
            reason: io_reason(&e, lang),
        }),
    })?;
    let metadata = file.metadata().map_err(|e| {
        fail(DiagnosticKind::ReadFailed {
            reason: io_reason(&e, lang),
        })
    })?;
    if metadata.is_dir() {
        return Err(fail(DiagnosticKind::ReadFailed {
            reason: t!(lang, "io-is-map"),
        }));
    }
    if metadata.len() > MAX_FILE_BYTES {
        return Err(fail(DiagnosticKind::FileTooLarge {
            size: metadata.len(),
            limit: MAX_FILE_BYTES,
        }));
    }
    let mut bytes = Vec::new();
    // Read at most one byte past the limit, in case the file grew since `metadata`.
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| {
            fail(DiagnosticKind::ReadFailed {
                reason: io_reason(&e, lang),
            })
        })?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(fail(DiagnosticKind::FileTooLarge {
            size: bytes.len() as u64,
            limit: MAX_FILE_BYTES,
        }));
    }
    String::from_utf8(bytes).map_err(|_| fail(DiagnosticKind::NotUtf8))
}

/// An I/O error in `lang`, for the common cases; the system's words otherwise.
pub fn io_reason(error: &std::io::Error, lang: Lang) -> String {
    use std::io::ErrorKind::*;
    let id = match error.kind() {
        NotFound => "io-bestaat-niet",
        PermissionDenied => "io-geen-toestemming",
        IsADirectory => "io-is-map",
        NotADirectory => "io-geen-map",
        ReadOnlyFilesystem => "io-alleen-lezen",
        StorageFull => "io-schijf-vol",
        InvalidFilename => "io-ongeldige-naam",
        _ if is_symlink_loop(error) => "io-kring",
        _ => return error.to_string(),
    };
    t!(lang, id)
}

/// ELOOP: too many levels of symbolic links (a loop). Not yet a stable `ErrorKind`.
fn is_symlink_loop(error: &std::io::Error) -> bool {
    const ELOOP: i32 = if cfg!(target_os = "linux") { 40 } else { 62 };
    cfg!(unix) && error.raw_os_error() == Some(ELOOP)
}

/// Reads the map files of folder `dir` (core and region folders) as they were
/// at git revision `rev`,
/// through `git show REV:./FILE` in that folder. The files are named
/// `REV:DIR/FILE` in messages. Errors are worded for `routekaart diff`.
pub fn read_git_revision(rev: &str, dir: &Path, lang: Lang) -> Result<Vec<SourceFile>, String> {
    use std::process::Command;
    let shown = dir.display().to_string();
    let folder = shown.as_str();
    if rev.is_empty() || rev.starts_with('-') {
        return Err(t!(lang, "git-geen-revisie", rev = rev));
    }
    if !dir.is_dir() {
        return Err(t!(lang, "git-nieuw-geen-map", folder = folder));
    }
    let git = |args: &[&str]| {
        Command::new("git")
            .arg("-C")
            .arg(dir)
            .args(args)
            // In a git hook GIT_DIR is set, relative to the repository's top;
            // with -C it would point nowhere. Let git find the repository of DIR.
            .env_remove("GIT_DIR")
            .env_remove("GIT_WORK_TREE")
            .output()
            .map_err(|e| {
                let reason = io_reason(&e, lang);
                t!(lang, "git-start-niet", rev = rev, reason = reason)
            })
    };
    if !git(&["rev-parse", "--git-dir"])?.status.success() {
        return Err(t!(lang, "git-geen-repository", rev = rev, folder = folder));
    }
    let verified = git(&[
        "rev-parse",
        "--verify",
        "--quiet",
        &format!("{rev}^{{commit}}"),
    ])?;
    if !verified.status.success() {
        return Err(t!(
            lang,
            "git-onbekende-revisie",
            rev = rev,
            folder = folder
        ));
    }
    // The region folders at that revision: `regios/<id>/regio.yaml`, by name.
    let listed = git(&[
        "ls-tree",
        "--name-only",
        rev,
        &format!("./{REGIONS_FOLDER}/"),
    ])?;
    let mut regions: Vec<String> = String::from_utf8_lossy(&listed.stdout)
        .lines()
        .filter_map(|line| line.rsplit('/').next())
        .map(str::to_string)
        .collect();
    regions.sort();
    let mut files: Vec<(String, bool)> = MAP_FILES
        .iter()
        .map(|file| (file.to_string(), true))
        .collect();
    let mut region_files = Vec::new();
    for region in &regions {
        let folder = format!("{REGIONS_FOLDER}/{region}");
        let has = |file: &str| {
            git(&["cat-file", "-e", &format!("{rev}:./{folder}/{file}")])
                .is_ok_and(|out| out.status.success())
        };
        if has(REGION_FILES[0]) {
            for file in REGION_FILES {
                region_files.push((format!("{folder}/{file}"), file != REGION_FILES[1]));
            }
        }
    }
    if !region_files.is_empty() {
        files[2].1 = false;
    }
    files.extend(region_files);
    let mut sources = Vec::new();
    for (file, required) in files {
        let out = git(&["show", &format!("{rev}:./{file}")])?;
        if !out.status.success() {
            if !required {
                continue;
            }
            return Err(t!(
                lang,
                "git-bestand-ontbreekt",
                file = file.as_str(),
                folder = folder,
                rev = rev
            ));
        }
        if out.stdout.len() as u64 > MAX_FILE_BYTES {
            let limit = (MAX_FILE_BYTES / (1024 * 1024)).to_string();
            return Err(t!(
                lang,
                "git-te-groot",
                rev = rev,
                file = file.as_str(),
                limit = limit
            ));
        }
        let text = String::from_utf8(out.stdout)
            .map_err(|_| t!(lang, "git-geen-utf8", rev = rev, file = file.as_str()))?;
        sources.push(SourceFile::new(format!("{rev}:{shown}/{file}"), text));
    }
    Ok(sources)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The baked map is the built-in map: equal, field by field, to the one
    /// its YAML resolves to now. Fails when the build bakes nothing (the map
    /// no longer loads, or the build script broke) or bakes something else.
    #[test]
    fn the_baked_map_is_the_built_in_map() {
        let parsed = crate::core::compile::from_sources(&crate::core::embedded::files())
            .expect("the built-in map loads");
        let baked = baked().expect("build.rs baked the built-in map");
        assert_eq!(baked.meta.checksum, parsed.meta.checksum);
        assert!(baked == parsed, "the baked map differs from the parsed one");
        let loaded = load(&MapSource::Embedded, Lang::Nl).expect("the built-in map loads");
        assert!(loaded.map == parsed);
        assert_eq!(loaded.sources.len(), crate::core::embedded::files().len());
    }
}
