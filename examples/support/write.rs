//! Writing a generated map, shared by the examples that generate maps (the
//! library itself never touches files below the shell).

use routekaart::testkit::Files;

/// Writes `files` into `dir`, made if missing; the error is a Dutch sentence.
pub fn write(dir: &std::path::Path, files: Files) -> Result<(), String> {
    std::fs::create_dir_all(dir).map_err(|e| format!("kan {} niet maken: {e}", dir.display()))?;
    for (name, text) in files {
        // A region's files go in their folder (`regios/r00/gemeenten.yaml`).
        let path = dir.join(&name);
        path.parent()
            .map_or(Ok(()), std::fs::create_dir_all)
            .and_then(|()| std::fs::write(&path, text))
            .map_err(|e| format!("kan {name} niet schrijven: {e}"))?;
    }
    Ok(())
}
