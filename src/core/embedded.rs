//! The shipped map, compiled into the binary so `routekaart` works from any folder.

use crate::core::source::SourceFile;

/// The embedded map's files: the core files in
/// [`crate::core::compile::MAP_FILES`] order (without `gemeenten.yaml`: every
/// gemeente lies in a region), then each region's files.
pub fn files() -> Vec<SourceFile> {
    let mut files = vec![
        SourceFile::new(
            "routekaart/routekaart.yaml",
            include_str!("../../routekaart/routekaart.yaml"),
        ),
        SourceFile::new(
            "routekaart/organisaties.yaml",
            include_str!("../../routekaart/organisaties.yaml"),
        ),
        SourceFile::new(
            "routekaart/vragen.yaml",
            include_str!("../../routekaart/vragen.yaml"),
        ),
        SourceFile::new(
            "routekaart/adviezen.yaml",
            include_str!("../../routekaart/adviezen.yaml"),
        ),
    ];
    files.extend(
        REGIONS
            .iter()
            .filter(|(path, _)| !path.ends_with("/scenarios.yaml"))
            .map(|(path, text)| SourceFile::new(format!("routekaart/{path}"), *text)),
    );
    files
}

/// The embedded map's region files (map, region scenarios included), by path
/// relative to the map folder. A test checks that this lists exactly the
/// files in `routekaart/regios/`.
pub const REGIONS: &[(&str, &str)] = &[
    (
        "regios/amstelland-en-de-meerlanden/regio.yaml",
        include_str!("../../routekaart/regios/amstelland-en-de-meerlanden/regio.yaml"),
    ),
    (
        "regios/amstelland-en-de-meerlanden/organisaties.yaml",
        include_str!("../../routekaart/regios/amstelland-en-de-meerlanden/organisaties.yaml"),
    ),
    (
        "regios/amstelland-en-de-meerlanden/gemeenten.yaml",
        include_str!("../../routekaart/regios/amstelland-en-de-meerlanden/gemeenten.yaml"),
    ),
    (
        "regios/amstelland-en-de-meerlanden/scenarios.yaml",
        include_str!("../../routekaart/regios/amstelland-en-de-meerlanden/scenarios.yaml"),
    ),
    (
        "regios/groningen/regio.yaml",
        include_str!("../../routekaart/regios/groningen/regio.yaml"),
    ),
    (
        "regios/groningen/organisaties.yaml",
        include_str!("../../routekaart/regios/groningen/organisaties.yaml"),
    ),
    (
        "regios/groningen/gemeenten.yaml",
        include_str!("../../routekaart/regios/groningen/gemeenten.yaml"),
    ),
    (
        "regios/groningen/scenarios.yaml",
        include_str!("../../routekaart/regios/groningen/scenarios.yaml"),
    ),
    (
        "regios/zuidoost-drenthe/regio.yaml",
        include_str!("../../routekaart/regios/zuidoost-drenthe/regio.yaml"),
    ),
    (
        "regios/zuidoost-drenthe/organisaties.yaml",
        include_str!("../../routekaart/regios/zuidoost-drenthe/organisaties.yaml"),
    ),
    (
        "regios/zuidoost-drenthe/gemeenten.yaml",
        include_str!("../../routekaart/regios/zuidoost-drenthe/gemeenten.yaml"),
    ),
    (
        "regios/zuidoost-drenthe/scenarios.yaml",
        include_str!("../../routekaart/regios/zuidoost-drenthe/scenarios.yaml"),
    ),
];

/// The embedded map's region scenarios (`regios/<id>/scenarios.yaml`).
pub fn region_scenarios() -> Vec<SourceFile> {
    REGIONS
        .iter()
        .filter(|(path, _)| path.ends_with("/scenarios.yaml"))
        .map(|(path, text)| SourceFile::new(format!("routekaart/{path}"), *text))
        .collect()
}

/// The embedded map's rules (`routekaart/regels.yaml`).
pub fn rules() -> SourceFile {
    SourceFile::new(
        "routekaart/regels.yaml",
        include_str!("../../routekaart/regels.yaml"),
    )
}

/// The embedded map's kept summaries, by path relative to the map folder. A
/// test checks that this lists exactly the files in `routekaart/samenvattingen/`.
pub const SUMMARIES: &[(&str, &str)] = &[
    (
        "samenvattingen/acuut-gevaar.txt",
        include_str!("../../routekaart/samenvattingen/acuut-gevaar.txt"),
    ),
    (
        "samenvattingen/alle-zorgen.txt",
        include_str!("../../routekaart/samenvattingen/alle-zorgen.txt"),
    ),
    (
        "samenvattingen/armoede.txt",
        include_str!("../../routekaart/samenvattingen/armoede.txt"),
    ),
    (
        "samenvattingen/casusregisseur.txt",
        include_str!("../../routekaart/samenvattingen/casusregisseur.txt"),
    ),
    (
        "samenvattingen/dyslexie-haarlemmermeer.txt",
        include_str!("../../routekaart/samenvattingen/dyslexie-haarlemmermeer.txt"),
    ),
    (
        "samenvattingen/onthulling.txt",
        include_str!("../../routekaart/samenvattingen/onthulling.txt"),
    ),
    (
        "samenvattingen/pesten.txt",
        include_str!("../../routekaart/samenvattingen/pesten.txt"),
    ),
    (
        "samenvattingen/thuiszitter-13-weken.txt",
        include_str!("../../routekaart/samenvattingen/thuiszitter-13-weken.txt"),
    ),
    (
        "samenvattingen/thuiszitter-mbo-ouder-amstel.txt",
        include_str!("../../routekaart/samenvattingen/thuiszitter-mbo-ouder-amstel.txt"),
    ),
    (
        "samenvattingen/verzuim-16-uur.txt",
        include_str!("../../routekaart/samenvattingen/verzuim-16-uur.txt"),
    ),
    (
        "samenvattingen/verzuim-mbo-ouder-amstel.txt",
        include_str!("../../routekaart/samenvattingen/verzuim-mbo-ouder-amstel.txt"),
    ),
    (
        "samenvattingen/woonplaatsbeginsel.txt",
        include_str!("../../routekaart/samenvattingen/woonplaatsbeginsel.txt"),
    ),
    (
        "samenvattingen/zelfdoding-gedachten.txt",
        include_str!("../../routekaart/samenvattingen/zelfdoding-gedachten.txt"),
    ),
];

/// A kept summary of the embedded map.
pub fn summary(path: &str) -> Option<String> {
    SUMMARIES
        .iter()
        .find(|(p, _)| *p == path)
        .map(|(_, text)| text.to_string())
}
