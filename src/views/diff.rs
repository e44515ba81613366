//! `routekaart diff`: what a change to the map does to its routes. (Being written.)

use super::Layout;
use crate::map::Map;

/// The differences between two maps.
#[derive(Debug, Clone, Default)]
pub struct Changes {}

/// Compares the routes of two maps.
pub fn compare(_old: &Map, _new: &Map, _limit: usize) -> Changes {
    Changes::default()
}

/// The changes as a table.
pub fn table(_changes: &Changes, _layout: Layout) -> String {
    String::new()
}

/// The changes as JSON.
pub fn json(_changes: &Changes) -> String {
    String::new()
}

/// The changes as CSV.
pub fn csv(_changes: &Changes) -> String {
    String::new()
}
