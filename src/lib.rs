//! routekaart: which organisation a Dutch school contacts for which worry about a
//! pupil, from a YAML decision tree, as one plan.
//!
//! The core (model, parse, resolve, map, answer, engine, plan, render) is pure:
//! no files, no terminal, no clock. The shell (`app`, `ask`, `load`, `save`,
//! `main`) reads and writes. Printing from the core is a lint warning.

#![warn(clippy::print_stdout, clippy::print_stderr)]

pub mod answer;
pub mod app;
pub mod ask;
pub mod ask_themes;
pub mod check;
pub mod clap_error;
pub mod cli;
pub mod colour;
pub mod date;
pub mod diagnostic;
pub mod diagnostic_english;
pub mod embedded;
pub mod engine;
pub mod english_help;
pub mod exit;
pub mod help;
pub mod lang;
pub mod load;
pub mod map;
pub mod model;
pub mod parse;
pub mod plan;
pub mod render;
pub mod resolve;
pub mod save;
pub mod scenario;
pub mod schema;
pub mod source;
pub mod synthetic;
pub mod text;
pub mod views;
