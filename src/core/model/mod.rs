//! The YAML format of a routekaart, mirrored one-to-one in serde types.
//!
//! No logic lives here: `resolve` turns these raw files into a checked, indexed
//! [`crate::core::map::Map`]. Every struct denies unknown keys, so a typo such as
//! `tekts:` is an error with a location instead of a silently ignored field.
//! Ids and references are `Spanned`, so later passes can point at them.
//! Question kinds are a flat struct with a `soort` field rather than a tagged
//! enum, because serde-saphyr loses spans inside internally tagged enums.
//!
//! The same types give the JSON Schema of each file (`routekaart schema`, see
//! [`crate::core::schema`]), so the schema cannot drift from what loads. Its texts
//! are for the map's Dutch authors, in their editor: each item has a Dutch
//! `#[schemars(description)]` next to its English doc comment.
//!
//! A text people read (a question, a label, a step) is a [`Text`]: a plain
//! string in Dutch, or `{nl: …, en: …}` with an English translation.

mod advices;
mod answers;
mod date_text;
mod directory;
mod meta;
mod phone;
mod questions;
mod region;
mod rules;
mod scenarios;
mod shared;
mod text;
mod unit;

pub use advices::*;
pub use answers::*;
pub use date_text::*;
pub use directory::*;
pub use meta::*;
pub use questions::*;
pub use region::*;
pub use rules::*;
pub use scenarios::*;
pub use text::*;
pub use unit::*;
