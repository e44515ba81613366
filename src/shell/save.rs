//! Saving a plan: the whole file or nothing, readable by the user only.
//!
//! The text goes to a new temporary file in the target's folder (created with
//! mode 0600), is flushed to disk, and is then renamed over the target, so a
//! crash or a full disk never leaves half a plan. An existing file is replaced
//! only when asked.

use crate::i18n::Lang;
use crate::shell::load::io_reason;
use crate::t;
use anyhow::{Result, anyhow, bail};
use std::fs::{self, OpenOptions};
use std::io::{ErrorKind, Write};
use std::path::{Path, PathBuf};

/// Writes `text` to `path` atomically; refuses to replace an existing file
/// unless `force`. Why it could not is worded in `lang`.
pub fn save(path: &Path, text: &str, force: bool, lang: Lang) -> Result<()> {
    let shown = path.display().to_string();
    let shown = shown.as_str();
    if path.is_dir() {
        bail!(t!(lang, "save-is-map", path = shown));
    }
    if path.exists() && !force {
        bail!(t!(lang, "save-bestaat-al", path = shown));
    }
    let folder = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    if let Some(problem) = folder_problem(path, lang) {
        bail!(format!("{problem}. {}", t!(lang, "save-niets-opgeslagen")));
    }
    let Some(name) = path.file_name() else {
        bail!(t!(lang, "save-geen-bestandsnaam", path = shown));
    };
    let temporary = folder.join(format!(
        ".{}.{}.tmp",
        name.to_string_lossy(),
        std::process::id()
    ));
    let result =
        write_new(&temporary, text, lang).and_then(|()| publish(&temporary, path, force, lang));
    let _ = fs::remove_file(&temporary);
    result?;
    sync_folder(folder);
    Ok(())
}

/// Creates `path` (mode 0600) with `text`, flushed to disk.
fn write_new(path: &Path, text: &str, lang: Lang) -> Result<()> {
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let folder = path.parent().unwrap_or(Path::new("."));
    let nothing = t!(lang, "save-niets-opgeslagen");
    let mut file = options.open(path).map_err(|e| {
        let (folder, reason) = (folder.display().to_string(), io_reason(&e, lang));
        let problem = t!(
            lang,
            "save-map-niet-schrijfbaar",
            folder = folder,
            reason = reason
        );
        anyhow!(format!("{problem}. {nothing}"))
    })?;
    file.write_all(text.as_bytes())
        .and_then(|()| file.sync_all())
        .map_err(|e| {
            let problem = t!(lang, "save-niet-volledig", reason = io_reason(&e, lang));
            anyhow!(format!("{problem}. {nothing}"))
        })
}

/// Gives the finished temporary file its name. Without `force` through a hard
/// link, which fails if the name was taken meanwhile, so a file that appeared
/// after the first check is never replaced; with `force`, or on a file system
/// without hard links, by rename, which replaces atomically.
fn publish(temporary: &Path, path: &Path, force: bool, lang: Lang) -> Result<()> {
    let shown = path.display().to_string();
    let cannot_save = |error: &std::io::Error| {
        let reason = io_reason(error, lang);
        t!(lang, "save-mislukt", path = shown.as_str(), reason = reason)
    };
    if !force {
        match fs::hard_link(temporary, path) {
            Ok(()) => return Ok(()),
            Err(e) if e.kind() == ErrorKind::AlreadyExists => {
                bail!(t!(lang, "save-bestaat-al", path = shown.as_str()));
            }
            Err(_) if !path.exists() => {}
            Err(e) => bail!(cannot_save(&e)),
        }
    }
    fs::rename(temporary, path).map_err(|e| anyhow!(cannot_save(&e)))
}

/// `path`, or, when a file of that name exists, the first free name with
/// `-2`, `-3`, … before the extension: a second plan on the same day gets a
/// name of its own to offer, not a question about replacing the first.
pub fn free_name(path: &Path) -> PathBuf {
    if !path.exists() {
        return path.to_path_buf();
    }
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let extension = path
        .extension()
        .map(|e| format!(".{}", e.to_string_lossy()))
        .unwrap_or_default();
    (2..1000)
        .map(|n| path.with_file_name(format!("{stem}-{n}{extension}")))
        .find(|candidate| !candidate.exists())
        .unwrap_or_else(|| path.to_path_buf())
}

/// What keeps a file from being saved at `path` because of its folder: the
/// folder does not exist, it is a file, or the user may not write in it.
/// `None` when a file can be made there. `ask -o` asks this before the first
/// question, `save` before writing. Worded in `lang`.
pub fn folder_problem(path: &Path, lang: Lang) -> Option<String> {
    let Some(folder) = path.parent().filter(|p| !p.as_os_str().is_empty()) else {
        return not_writable(Path::new("."), lang);
    };
    if folder.is_dir() {
        return not_writable(folder, lang);
    }
    let shown = folder.display().to_string();
    Some(if folder.exists() {
        t!(lang, "save-geen-map", folder = shown)
    } else {
        t!(lang, "save-map-bestaat-niet", folder = shown)
    })
}

/// Why no file can be made in `folder`, found by making (and at once removing)
/// an empty one: the permissions, a read-only disk and access lists all count,
/// also for root, which the permission bits alone would not tell.
fn not_writable(folder: &Path, lang: Lang) -> Option<String> {
    let probe = folder.join(format!(".routekaart.{}.probe", std::process::id()));
    let error = match OpenOptions::new().write(true).create_new(true).open(&probe) {
        Ok(_) => {
            let _ = fs::remove_file(&probe);
            return None;
        }
        // Left over from an earlier run with the same process id: writable.
        Err(e) if e.kind() == ErrorKind::AlreadyExists => return None,
        Err(e) => e,
    };
    let (folder, reason) = (folder.display().to_string(), io_reason(&error, lang));
    Some(t!(
        lang,
        "save-map-niet-schrijfbaar",
        folder = folder,
        reason = reason
    ))
}

/// Flushes the folder's entry for the new name, so the file survives a power
/// cut right after saving. Best effort: not every system can open a folder.
fn sync_folder(folder: &Path) {
    #[cfg(unix)]
    if let Ok(dir) = fs::File::open(folder) {
        let _ = dir.sync_all();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_whole_file_private_and_refuses_to_overwrite() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("plan.txt");
        save(&path, "eerste", false, Lang::Nl).unwrap();
        assert_eq!(fs::read_to_string(&path).unwrap(), "eerste");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = fs::metadata(&path).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        let error = save(&path, "tweede", false, Lang::Nl)
            .unwrap_err()
            .to_string();
        assert!(error.contains("bestaat al"), "{error}");
        save(&path, "tweede", true, Lang::Nl).unwrap();
        assert_eq!(fs::read_to_string(&path).unwrap(), "tweede");
        assert_eq!(
            fs::read_dir(dir.path()).unwrap().count(),
            1,
            "no temporary left"
        );
    }

    #[test]
    fn missing_folder_or_a_file_as_folder_is_a_clear_error() {
        let dir = tempfile::tempdir().unwrap();
        let error = save(&dir.path().join("nee/plan.txt"), "x", false, Lang::Nl).unwrap_err();
        assert!(error.to_string().contains("bestaat niet"), "{error}");
        fs::write(dir.path().join("bestand"), "").unwrap();
        let error = save(&dir.path().join("bestand/plan.txt"), "x", false, Lang::Nl).unwrap_err();
        assert!(error.to_string().contains("is geen map"), "{error}");
        assert_eq!(
            fs::read_dir(dir.path()).unwrap().count(),
            1,
            "nothing else written"
        );
    }

    #[test]
    fn a_taken_name_gives_the_first_free_one_with_a_number() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("routekaart-plan-2026-12-05.txt");
        assert_eq!(free_name(&path), path);
        fs::write(&path, "").unwrap();
        let second = dir.path().join("routekaart-plan-2026-12-05-2.txt");
        assert_eq!(free_name(&path), second);
        fs::write(&second, "").unwrap();
        assert_eq!(
            free_name(&path),
            dir.path().join("routekaart-plan-2026-12-05-3.txt")
        );
        fs::write(dir.path().join("plan"), "").unwrap();
        assert_eq!(
            free_name(&dir.path().join("plan")),
            dir.path().join("plan-2")
        );
    }

    #[test]
    fn a_folder_that_takes_files_has_no_problem_and_keeps_no_probe() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(folder_problem(&dir.path().join("plan.txt"), Lang::Nl), None);
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 0);
    }

    #[test]
    fn a_file_that_appears_meanwhile_is_not_replaced() {
        let dir = tempfile::tempdir().unwrap();
        let temporary = dir.path().join(".plan.txt.tmp");
        let path = dir.path().join("plan.txt");
        fs::write(&temporary, "nieuw").unwrap();
        fs::write(&path, "van iemand anders").unwrap();
        let error = publish(&temporary, &path, false, Lang::Nl).unwrap_err();
        assert!(error.to_string().contains("bestaat al"), "{error}");
        assert_eq!(fs::read_to_string(&path).unwrap(), "van iemand anders");
        publish(&temporary, &path, true, Lang::Nl).unwrap();
        assert_eq!(fs::read_to_string(&path).unwrap(), "nieuw");
    }
}
