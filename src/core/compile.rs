//! From the texts of a map's files (five core files and any region folders) to a resolved [`Map`]: parse each file,
//! resolve ids and references, and take a checksum. Pure: the shell reads the
//! files (or takes the copy embedded in the binary) and hands the texts here.

use crate::core::diagnostic::{Diagnostic, DiagnosticKind};
use crate::core::map::Map;
use crate::core::parse::parse;
use crate::core::region::{FileKind, REGION_FILES, REGIONS_FOLDER, classify};
use crate::core::resolve::{ParsedMap, ParsedRegion, resolve};
use crate::core::source::SourceFile;
use serde::de::DeserializeOwned;
use sha2::{Digest, Sha256};
use std::path::Path;

pub use crate::core::source::MAP_FILES;

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

/// Parses and resolves a map's files: the five core files (found by name,
/// see [`crate::core::region::classify`]) and the files of each region folder.
/// `gemeenten.yaml` next to the core files may be absent when regions fill the
/// map. Files that are no part of the map (rules, scenarios) are ignored. Pure.
pub fn from_sources(sources: &[SourceFile]) -> Result<Map, Vec<Diagnostic>> {
    let mut diagnostics = Vec::new();
    let names: Vec<&str> = sources.iter().map(|s| s.name.as_str()).collect();
    let mut core: [Option<&SourceFile>; 5] = [None; 5];
    let mut folders: Vec<(String, [Option<&SourceFile>; 3])> = Vec::new();
    for (source, kind) in sources.iter().zip(classify(&names)) {
        match kind {
            FileKind::Core(index) => core[index] = core[index].or(Some(source)),
            FileKind::Region { id, file } => {
                let at = match folders.iter().position(|(r, _)| *r == id) {
                    Some(at) => at,
                    None => {
                        folders.push((id, [None; 3]));
                        folders.len() - 1
                    }
                };
                folders[at].1[file] = folders[at].1[file].or(Some(source));
            }
            FileKind::Other => {}
        }
    }
    let meta = required(core[0], MAP_FILES[0].into(), &mut diagnostics);
    let organisations = required(core[1], MAP_FILES[1].into(), &mut diagnostics);
    let gemeenten = match core[2] {
        None if !folders.is_empty() => Some(None),
        slot => required(slot, MAP_FILES[2].into(), &mut diagnostics).map(Some),
    };
    let questions = required(core[3], MAP_FILES[3].into(), &mut diagnostics);
    let advices = required(core[4], MAP_FILES[4].into(), &mut diagnostics);
    let mut regions = Vec::new();
    for (id, files) in &folders {
        let folder = format!("{REGIONS_FOLDER}/{id}");
        let region = required(
            files[0],
            format!("{folder}/{}", REGION_FILES[0]),
            &mut diagnostics,
        );
        let gemeenten = required(
            files[2],
            format!("{folder}/{}", REGION_FILES[2]),
            &mut diagnostics,
        );
        let organisations = files[1].and_then(|source| parse_one(source, &mut diagnostics));
        if let (Some(region), Some(gemeenten)) = (region, gemeenten) {
            regions.push(ParsedRegion {
                id: id.clone(),
                region,
                organisations,
                gemeenten,
            });
        }
    }
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
                regions,
                checksum: checksum(sources),
            })
        }
        _ => Err(diagnostics),
    }
}

/// Parses a file the map needs, recording a failure, or its absence (as
/// `name`), in `diagnostics`.
fn required<T: DeserializeOwned>(
    slot: Option<&SourceFile>,
    name: String,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<(String, T)> {
    match slot {
        Some(source) => parse_one(source, diagnostics),
        None => {
            diagnostics.push(Diagnostic::in_file(DiagnosticKind::MissingFile, &name));
            None
        }
    }
}

/// Parses one file, recording a failure in `diagnostics`.
fn parse_one<T: DeserializeOwned>(
    source: &SourceFile,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<(String, T)> {
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
