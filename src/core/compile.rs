//! From the texts of a map's five files to a resolved [`Map`]: parse each file,
//! resolve ids and references, and take a checksum. Pure: the shell reads the
//! files (or takes the copy embedded in the binary) and hands the texts here.

use crate::core::diagnostic::Diagnostic;
use crate::core::map::Map;
use crate::core::parse::parse;
use crate::core::resolve::{ParsedMap, resolve};
use crate::core::source::SourceFile;
use serde::de::DeserializeOwned;
use sha2::{Digest, Sha256};
use std::path::Path;

/// The files of a map, in the order they are read and hashed.
pub const MAP_FILES: [&str; 5] = [
    "routekaart.yaml",
    "organisaties.yaml",
    "gemeenten.yaml",
    "vragen.yaml",
    "adviezen.yaml",
];

/// A map that loaded, with its source texts (for messages that quote a line).
#[derive(Debug)]
pub struct Loaded {
    pub map: Map,
    pub sources: Vec<SourceFile>,
}

/// A map that did not load: every problem found, with the texts to quote from.
#[derive(Debug)]
pub struct LoadError {
    pub diagnostics: Vec<Diagnostic>,
    pub sources: Vec<SourceFile>,
}

/// Parses and resolves a map's files, keeping the texts to quote from. Pure.
pub fn compile(sources: Vec<SourceFile>) -> Result<Loaded, LoadError> {
    match from_sources(&sources) {
        Ok(map) => Ok(Loaded { map, sources }),
        Err(diagnostics) => Err(LoadError {
            diagnostics,
            sources,
        }),
    }
}

/// Parses and resolves the five map files, in [`MAP_FILES`] order. Pure.
pub fn from_sources(sources: &[SourceFile]) -> Result<Map, Vec<Diagnostic>> {
    let mut diagnostics = Vec::new();
    let meta = parse_file(sources, 0, &mut diagnostics);
    let organisations = parse_file(sources, 1, &mut diagnostics);
    let gemeenten = parse_file(sources, 2, &mut diagnostics);
    let questions = parse_file(sources, 3, &mut diagnostics);
    let advices = parse_file(sources, 4, &mut diagnostics);
    match (meta, organisations, gemeenten, questions, advices) {
        (Some(meta), Some(organisations), Some(gemeenten), Some(questions), Some(advices))
            if diagnostics.is_empty() =>
        {
            resolve(ParsedMap {
                meta,
                organisations,
                gemeenten,
                questions,
                advices,
                checksum: checksum(sources),
            })
        }
        _ => Err(diagnostics),
    }
}

/// Parses `sources[index]`, recording a failure in `diagnostics`.
fn parse_file<T: DeserializeOwned>(
    sources: &[SourceFile],
    index: usize,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<(String, T)> {
    let source = sources.get(index)?;
    match parse(source) {
        Ok(value) => Some((source.name.clone(), value)),
        Err(diagnostic) => {
            diagnostics.push(diagnostic);
            None
        }
    }
}

/// A short checksum of the map's content: the first 8 hex digits of a SHA-256 over
/// each file's name and text, with line endings and a BOM normalised, so a Windows
/// checkout of the same map gives the same checksum.
pub fn checksum(sources: &[SourceFile]) -> String {
    let mut hasher = Sha256::new();
    for source in sources {
        let name = Path::new(&source.name)
            .file_name()
            .map_or(source.name.as_str(), |n| n.to_str().unwrap_or_default());
        let text = source.text.strip_prefix('\u{feff}').unwrap_or(&source.text);
        hasher.update(name.as_bytes());
        hasher.update([0]);
        hasher.update(text.replace("\r\n", "\n").as_bytes());
        hasher.update([0]);
    }
    let digest = hasher.finalize();
    digest[..4].iter().map(|b| format!("{b:02x}")).collect()
}
