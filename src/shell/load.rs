//! Reads a map from a folder or from the copy embedded in the binary, parses and
//! resolves it. The only module that reads map files.
//!
//! Every file is checked for size before it is read, so a huge file is refused
//! with a message instead of filling memory.

use crate::core::compile::{LoadError, Loaded, MAP_FILES, compile};
use crate::core::diagnostic::{Diagnostic, DiagnosticKind};
use crate::core::region::{REGION_FILES, REGIONS_FOLDER};
use crate::core::source::SourceFile;
use crate::i18n::pick;
use crate::tr;
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

/// Reads, parses and resolves a map.
pub fn load(source: &MapSource) -> Result<Loaded, LoadError> {
    compile(sources(source)?)
}

/// Reads a map's files, unparsed.
pub fn sources(source: &MapSource) -> Result<Vec<SourceFile>, LoadError> {
    match source {
        MapSource::Embedded => Ok(crate::core::embedded::files()),
        MapSource::Folder(dir) => read_folder(dir),
    }
}

/// Reads a map's files from `dir`: the five core files, then each region
/// folder under `regios/` (by name), reporting every file that cannot be read.
/// `gemeenten.yaml` next to the core files may be absent when there are
/// region folders; so may a region's `organisaties.yaml`.
pub fn read_folder(dir: &Path) -> Result<Vec<SourceFile>, LoadError> {
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
        match read_text(&path) {
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
/// diagnostic naming it. Used for map files and `--answers` files alike.
pub fn read_text(path: &Path) -> Result<String, Diagnostic> {
    let shown = path.display().to_string();
    let fail = |kind| Diagnostic::in_file(kind, &shown);
    let file = std::fs::File::open(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => fail(DiagnosticKind::MissingFile),
        _ => fail(DiagnosticKind::ReadFailed {
            reason: io_reason(&e),
        }),
    })?;
    let metadata = file.metadata().map_err(|e| {
        fail(DiagnosticKind::ReadFailed {
            reason: io_reason(&e),
        })
    })?;
    if metadata.is_dir() {
        return Err(fail(DiagnosticKind::ReadFailed {
            reason: pick(
                "dit is een map, geen bestand",
                "this is a folder, not a file",
            )
            .into(),
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
                reason: io_reason(&e),
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

/// An I/O error in the current language, for the common cases; the system's
/// words otherwise.
pub fn io_reason(error: &std::io::Error) -> String {
    use std::io::ErrorKind::*;
    let words = match error.kind() {
        NotFound => ("bestaat niet", "does not exist"),
        PermissionDenied => (
            "geen toestemming (controleer wie het bestand mag lezen of schrijven)",
            "no permission (check who may read or write the file)",
        ),
        IsADirectory => (
            "dit is een map, geen bestand",
            "this is a folder, not a file",
        ),
        NotADirectory => (
            "een deel van het pad is een bestand, geen map",
            "part of the path is a file, not a folder",
        ),
        ReadOnlyFilesystem => ("de schijf is alleen-lezen", "the disk is read-only"),
        StorageFull => ("de schijf is vol", "the disk is full"),
        InvalidFilename => (
            "de naam is te lang of ongeldig",
            "the name is too long or invalid",
        ),
        _ if is_symlink_loop(error) => (
            "de snelkoppelingen (symbolische links) verwijzen in een kring naar elkaar",
            "the symbolic links point at each other in a loop",
        ),
        _ => return error.to_string(),
    };
    pick(words.0, words.1).into()
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
pub fn read_git_revision(rev: &str, dir: &Path) -> Result<Vec<SourceFile>, String> {
    use std::process::Command;
    let shown = dir.display();
    if rev.is_empty() || rev.starts_with('-') {
        return Err(tr!(
            "`{rev}` is geen map en geen git-revisie; geef de oude kaart als map, of als revisie zoals HEAD of main",
            "`{rev}` is neither a folder nor a git revision; give the old map as a folder, or as a revision such as HEAD or main"
        ));
    }
    if !dir.is_dir() {
        return Err(tr!(
            "{shown} is geen map; geef bij NIEUW de map van de kaart",
            "{shown} is not a folder; give the map's folder as NEW"
        ));
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
                let reason = io_reason(&e);
                tr!(
                    "`{rev}` is geen map, en git kan niet starten om het als revisie te lezen ({reason}); geef de oude kaart als map",
                    "`{rev}` is not a folder, and git cannot start to read it as a revision ({reason}); give the old map as a folder"
                )
            })
    };
    if !git(&["rev-parse", "--git-dir"])?.status.success() {
        return Err(tr!(
            "`{rev}` is geen map, en {shown} staat niet in een git-repository; geef de oude kaart als map",
            "`{rev}` is not a folder, and {shown} is not in a git repository; give the old map as a folder"
        ));
    }
    let verified = git(&[
        "rev-parse",
        "--verify",
        "--quiet",
        &format!("{rev}^{{commit}}"),
    ])?;
    if !verified.status.success() {
        return Err(tr!(
            "`{rev}` is geen map en geen git-revisie van {shown}; geef de oude kaart als map, of een revisie zoals HEAD, main of v0.2.0",
            "`{rev}` is neither a folder nor a git revision of {shown}; give the old map as a folder, or a revision such as HEAD, main or v0.2.0"
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
            return Err(tr!(
                "{file} staat niet in {shown} bij revisie `{rev}`; bestond de kaart toen al in deze map?",
                "{file} is not in {shown} at revision `{rev}`; was the map in this folder then?"
            ));
        }
        if out.stdout.len() as u64 > MAX_FILE_BYTES {
            let limit = MAX_FILE_BYTES / (1024 * 1024);
            return Err(tr!(
                "{rev}:{file} is groter dan {limit} MiB; zo groot wordt een routekaart niet",
                "{rev}:{file} is larger than {limit} MiB; no map is that large"
            ));
        }
        let text = String::from_utf8(out.stdout).map_err(|_| {
            tr!(
                "{rev}:{file} is geen UTF-8-tekst; sla het op als UTF-8",
                "{rev}:{file} is not UTF-8 text; save it as UTF-8"
            )
        })?;
        sources.push(SourceFile::new(format!("{rev}:{shown}/{file}"), text));
    }
    Ok(sources)
}
