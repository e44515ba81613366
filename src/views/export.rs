//! The whole map as one printable document. (Being written.)

use super::Layout;
use crate::date::Date;
use crate::map::Map;

/// The printable map as plain text, fitted to `layout.width`.
pub fn text(_map: &Map, _today: Date, _layout: Layout) -> String {
    String::new()
}

/// The printable map as Markdown.
pub fn markdown(_map: &Map, _today: Date) -> String {
    String::new()
}
