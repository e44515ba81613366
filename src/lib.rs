//! routekaart: which organisation a Dutch school contacts for which worry about a
//! pupil, from a YAML decision tree, as one plan.
//!
//! The crate is built in layers, one folder each; a layer imports only the
//! layers below it (a test in `tests/cli/architecture.rs` holds it to that):
//!
//! - [`shell`]: the only layer that touches the world: the command line, files,
//!   the terminal, the clock and the environment.
//! - [`views`]: the maintainer's views of a whole map (orgs, routes, graph,
//!   diff, export).
//! - [`check`]: the passes of `routekaart check`; they produce findings as data.
//! - [`render`]: data to text (plans, check reports, tables); decides nothing.
//! - [`core`]: the map model, the resolver, the questionnaire engine, plans,
//!   diagnostics and findings. Pure: no files, no terminal, no clock.
//! - [`i18n`]: the tool's own words in Dutch and English.
//!
//! [`testkit`] (feature `testkit`) makes synthetic maps for tests, examples,
//! benchmarks and the fuzzer. Printing below the shell is a lint warning.

pub mod check;
pub mod core;
pub mod i18n;
pub mod render;
pub mod shell;
#[cfg(any(test, feature = "testkit"))]
pub mod testkit;
pub mod views;
