//! The pure core: the map model and how it is read from text and resolved, the
//! questionnaire engine, answers, plans, and diagnostics and findings as data.
//!
//! Nothing here reads a file, the terminal, the clock or the environment; the
//! shell hands it text and a date, and prints what it returns. A test
//! (`tests/cli/architecture.rs`) fails when one of those creeps in.

pub mod answer;
pub mod area;
pub mod baked;
pub mod compile;
pub mod date;
pub mod diagnostic;
pub mod diagnostic_yaml;
pub mod embedded;
pub mod engine;
pub mod fast_map;
pub mod finding;
pub mod id_index;
pub mod ids;
#[cfg(test)]
pub mod klein;
pub mod map;
pub mod model;
pub mod parse;
pub mod plan;
pub mod problems;
pub mod region;
pub mod resolve;
pub mod routing;
pub mod scenario;
pub mod schema;
pub mod school;
pub mod school_problem;
pub mod source;
pub mod text;
pub mod words;
