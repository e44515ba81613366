//! The `klein` test map (`tests/fixtures/klein`), compiled in for unit tests:
//! small, fictional, and with every question kind. One loader, so the unit
//! tests that need it read the same files the CLI tests do.

use crate::core::compile::from_sources;
use crate::core::map::Map;
use crate::core::source::SourceFile;

/// The fixture's `vragen.yaml`, for tests that change it.
pub const VRAGEN: &str = include_str!("../../tests/fixtures/klein/vragen.yaml");

/// The fixture's five map files, with `vragen` as its questions.
pub fn sources(vragen: &str) -> Vec<SourceFile> {
    vec![
        SourceFile::new(
            "routekaart.yaml",
            include_str!("../../tests/fixtures/klein/routekaart.yaml"),
        ),
        SourceFile::new(
            "organisaties.yaml",
            include_str!("../../tests/fixtures/klein/organisaties.yaml"),
        ),
        SourceFile::new(
            "gemeenten.yaml",
            include_str!("../../tests/fixtures/klein/gemeenten.yaml"),
        ),
        SourceFile::new("vragen.yaml", vragen),
        SourceFile::new(
            "adviezen.yaml",
            include_str!("../../tests/fixtures/klein/adviezen.yaml"),
        ),
    ]
}

/// The fixture map, resolved.
pub fn map() -> Map {
    from_sources(&sources(VRAGEN)).expect("the fixture map loads")
}
