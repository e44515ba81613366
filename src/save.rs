//! Saving a plan: the whole file or nothing, readable by the user only.
//!
//! The text goes to a new temporary file in the target's folder (created with
//! mode 0600), is flushed to disk, and is then renamed over the target, so a
//! crash or a full disk never leaves half a plan. An existing file is replaced
//! only when asked.

use anyhow::{Context, Result, bail};
use std::fs::{self, OpenOptions};
use std::io::Write;
use std::path::Path;

/// Writes `text` to `path` atomically; refuses to replace an existing file unless `force`.
pub fn save(path: &Path, text: &str, force: bool) -> Result<()> {
    let shown = path.display();
    if path.is_dir() {
        bail!("{shown} is een map; geef een bestandsnaam, bijvoorbeeld {shown}/plan.txt");
    }
    if path.exists() && !force {
        bail!("{shown} bestaat al; kies een andere naam of gebruik --force om het te vervangen");
    }
    let folder = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    if !folder.is_dir() {
        bail!(
            "de map {} bestaat niet; maak haar eerst aan of kies een andere plek",
            folder.display()
        );
    }
    let name = path
        .file_name()
        .with_context(|| format!("{shown} is geen bestandsnaam"))?;
    let temporary = folder.join(format!(
        ".{}.{}.tmp",
        name.to_string_lossy(),
        std::process::id()
    ));
    let result = write_new(&temporary, text).and_then(|()| {
        fs::rename(&temporary, path).with_context(|| format!("kan {shown} niet opslaan"))
    });
    if result.is_err() {
        let _ = fs::remove_file(&temporary);
    }
    result
}

fn write_new(path: &Path, text: &str) -> Result<()> {
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let folder = path.parent().unwrap_or(Path::new("."));
    let mut file = options.open(path).with_context(|| {
        format!(
            "kan niet schrijven in {}: {}",
            folder.display(),
            "controleer of de map bestaat en of u er mag schrijven"
        )
    })?;
    file.write_all(text.as_bytes())
        .and_then(|()| file.sync_all())
        .with_context(|| format!("kan {} niet volledig schrijven", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_whole_file_private_and_refuses_to_overwrite() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("plan.txt");
        save(&path, "eerste", false).unwrap();
        assert_eq!(fs::read_to_string(&path).unwrap(), "eerste");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = fs::metadata(&path).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        let error = save(&path, "tweede", false).unwrap_err().to_string();
        assert!(error.contains("bestaat al"), "{error}");
        save(&path, "tweede", true).unwrap();
        assert_eq!(fs::read_to_string(&path).unwrap(), "tweede");
        assert_eq!(
            fs::read_dir(dir.path()).unwrap().count(),
            1,
            "no temporary left"
        );
    }

    #[test]
    fn missing_folder_is_a_clear_error() {
        let dir = tempfile::tempdir().unwrap();
        let error = save(&dir.path().join("nee/plan.txt"), "x", false).unwrap_err();
        assert!(error.to_string().contains("bestaat niet"), "{error}");
    }
}
