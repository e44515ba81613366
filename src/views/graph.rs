//! The map as a flowchart: Mermaid and Graphviz DOT. (Being written.)

use crate::map::Map;

/// The flowchart in Mermaid; `signal` = (signal question, option) draws one branch.
pub fn mermaid(_map: &Map, _signal: Option<(usize, usize)>) -> String {
    String::new()
}

/// The flowchart in Graphviz DOT; `signal` as for [`mermaid`].
pub fn dot(_map: &Map, _signal: Option<(usize, usize)>) -> String {
    String::new()
}
