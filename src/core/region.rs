//! Regions: a map's national core (questions, advices, rules, national
//! organisations) with regional parts beside it.
//!
//! A region is a folder `regios/<id>/` next to the core files, holding
//! `regio.yaml` (its name and sources), `organisaties.yaml` (its own
//! organisations), `gemeenten.yaml` (which organisation fills each role in
//! each of its gemeenten) and, for `check`, `scenarios.yaml`. A region never
//! holds a question or an advice: adding one is adding a folder, and the
//! decision tree stays one. A map in the older one-folder layout (the
//! gemeenten next to the core files) keeps loading: those gemeenten form the
//! map's own region, without a folder.
//!
//! Files are told apart by their names, so the same pure [`crate::core::compile`]
//! serves a folder, a git revision and the copy embedded in the binary.

use crate::core::source::SourceFile;
use crate::core::words::Words;
use std::collections::HashMap;

/// The folder, inside a map's folder, that holds one folder per region.
pub const REGIONS_FOLDER: &str = "regios";

/// The files of a region folder that make up the map, in the order they are
/// read and hashed. `organisaties.yaml` may be absent (a region that names
/// only national organisations).
pub const REGION_FILES: [&str; 3] = ["regio.yaml", "organisaties.yaml", "gemeenten.yaml"];

/// A region of a resolved map.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Region {
    /// The folder's name (`zuidoost-drenthe`); empty for the map's own region
    /// in the one-folder layout.
    pub id: String,
    pub naam: Words,
    pub uitleg: Option<Words>,
    pub bronnen: Vec<String>,
    /// Role (index) → the region's note for it.
    pub role_notes: HashMap<usize, Words>,
}

/// What a map file is, told by its name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileKind {
    /// One of [`crate::core::source::MAP_FILES`], by its index there.
    Core(usize),
    /// One of [`REGION_FILES`] (by index) of the region `id`.
    Region { id: String, file: usize },
    /// Something else (rules, scenarios), not part of the map itself.
    Other,
}

/// The region folder and file a name points into: `…/regios/<id>/<file>`.
fn region_part(name: &str) -> Option<(&str, &str)> {
    let mut parts = name.rsplit(['/', '\\']);
    let file = parts.next()?;
    let id = parts.next()?;
    let folder = parts.next()?;
    let folder = folder.rsplit(':').next().unwrap_or(folder);
    (folder == REGIONS_FOLDER).then_some((id, file))
}

/// Sorts `names` into core files, region files and others. A name under
/// `regios/<id>/` counts as a region file only when that region's `regio.yaml`
/// is among `names`, so a map in the one-folder layout that happens to lie in a
/// folder called `regios` still loads as it did.
pub fn classify(names: &[&str]) -> Vec<FileKind> {
    let regions: Vec<&str> = names
        .iter()
        .filter_map(|name| region_part(name))
        .filter(|(_, file)| *file == REGION_FILES[0])
        .map(|(id, _)| id)
        .collect();
    names
        .iter()
        .map(|name| {
            if let Some((id, file)) = region_part(name)
                && regions.contains(&id)
            {
                return match REGION_FILES.iter().position(|f| *f == file) {
                    Some(file) => FileKind::Region {
                        id: id.to_string(),
                        file,
                    },
                    None => FileKind::Other,
                };
            }
            let base = name.rsplit(['/', '\\']).next().unwrap_or(name);
            match crate::core::source::MAP_FILES
                .iter()
                .position(|f| *f == base)
            {
                Some(index) => FileKind::Core(index),
                None => FileKind::Other,
            }
        })
        .collect()
}

/// The files of `sources` that make up the map limited to the region `id`:
/// the core files (without gemeenten of the one-folder layout), that region's
/// files, and files that are no part of the map (rules, scenarios). `Err`
/// with the ids of the regions there are, when none is called `id`.
pub fn select(sources: Vec<SourceFile>, id: &str) -> Result<Vec<SourceFile>, Vec<String>> {
    let names: Vec<&str> = sources.iter().map(|s| s.name.as_str()).collect();
    let kinds = classify(&names);
    let mut known: Vec<String> = Vec::new();
    for kind in &kinds {
        if let FileKind::Region { id, .. } = kind
            && !known.contains(id)
        {
            known.push(id.clone());
        }
    }
    if !known.iter().any(|k| k == id) {
        return Err(known);
    }
    Ok(sources
        .into_iter()
        .zip(kinds)
        .filter(|(source, kind)| match kind {
            FileKind::Core(index) => *index != 2,
            FileKind::Region { id: region, .. } => region == id,
            // A region's scenarios go with their region.
            FileKind::Other => region_part(&source.name)
                .is_none_or(|(region, _)| region == id || !known.iter().any(|k| k == region)),
        })
        .map(|(source, _)| source)
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_sort_into_core_and_region_files() {
        let kinds = classify(&[
            "kaart/routekaart.yaml",
            "kaart/regios/groningen/regio.yaml",
            "kaart/regios/groningen/gemeenten.yaml",
            "HEAD:kaart/regios/groningen/organisaties.yaml",
            "kaart/regios/geen-regio/gemeenten.yaml",
            "kaart/regios/groningen/scenarios.yaml",
            "C:\\kaart\\gemeenten.yaml",
        ]);
        assert_eq!(kinds[0], FileKind::Core(0));
        assert_eq!(
            kinds[1],
            FileKind::Region {
                id: "groningen".into(),
                file: 0
            }
        );
        assert_eq!(
            kinds[2],
            FileKind::Region {
                id: "groningen".into(),
                file: 2
            }
        );
        assert_eq!(
            kinds[3],
            FileKind::Region {
                id: "groningen".into(),
                file: 1
            }
        );
        // No regio.yaml: an old-layout map in a folder that is called `regios`.
        assert_eq!(kinds[4], FileKind::Core(2));
        assert_eq!(kinds[5], FileKind::Other);
        assert_eq!(kinds[6], FileKind::Core(2));
    }
}
