//! Source files of a map and positions in them.
//!
//! A map is read once into [`SourceFile`]s (from a folder or from the copy embedded
//! in the binary); everything after that works on text, never on the file system.

use serde_saphyr::Spanned;
use std::fmt;

/// The core files of a map, in the order they are read and hashed.
pub const MAP_FILES: [&str; 5] = [
    "routekaart.yaml",
    "organisaties.yaml",
    "gemeenten.yaml",
    "vragen.yaml",
    "adviezen.yaml",
];

/// One file of a map: its name as shown to the user and its text.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// The name shown in messages, e.g. `routekaart/vragen.yaml`.
    pub name: String,
    pub text: String,
}

impl SourceFile {
    pub fn new(name: impl Into<String>, text: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            text: text.into(),
        }
    }

    /// The text of a 1-based line, without its line ending.
    pub fn line(&self, line: u32) -> Option<&str> {
        let index = usize::try_from(line).ok()?.checked_sub(1)?;
        self.text
            .lines()
            .nth(index)
            .map(|l| l.trim_end_matches('\r'))
    }
}

/// A position in a map file: file name, 1-based line and column.
#[derive(
    Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
pub struct Location {
    pub file: String,
    pub line: u32,
    pub column: u32,
}

impl Location {
    /// A whole file, when no line is known (shown as just the file name).
    pub fn whole_file(file: &str) -> Location {
        Location {
            file: file.to_string(),
            line: 0,
            column: 0,
        }
    }

    /// The position of a spanned YAML value in `file`; `None` if the parser did not know it.
    pub fn of<T>(file: &str, spanned: &Spanned<T>) -> Option<Location> {
        Self::from_saphyr(file, spanned.referenced)
    }

    /// Converts a serde-saphyr location; line 0 means unknown.
    pub fn from_saphyr(file: &str, location: serde_saphyr::Location) -> Option<Location> {
        let line = u32::try_from(location.line()).ok()?;
        let column = u32::try_from(location.column()).ok()?;
        (line > 0).then(|| Location {
            file: file.to_string(),
            line,
            column: column.max(1),
        })
    }
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}:{}", self.file, self.line, self.column)
    }
}
