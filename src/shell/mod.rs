//! The shell: the only layer that touches the world. It reads the command line,
//! the environment, the clock and the map files, drives the questionnaire on the
//! terminal, writes files, prints, and chooses the exit code. Everything it
//! decides with goes down to the layers below as values: the language of the
//! run, chosen once in [`run`], among them.

pub mod args;
pub mod ask;
pub mod ask_line;
pub mod ask_screen;
pub mod ask_themes;
pub mod clap_error;
pub mod cli;
pub mod clock;
pub mod colour;
pub mod commands;
pub mod completion;
pub mod exit;
pub mod failure;
pub mod help;
pub mod kaart;
pub mod load;
pub mod prompt;
pub mod repository;
pub mod save;
pub mod school;
pub mod school_form;
pub mod terminal;

use crate::shell::exit::Exit;
use std::ffi::OsString;

/// Runs routekaart on the command line `args` (the program's name first) and
/// returns the exit code, having printed what the run prints. The language is
/// decided here, once (`--lang`, else the locale), and handed down.
pub fn run(args: impl IntoIterator<Item = OsString>) -> Exit {
    let args: Vec<OsString> = args.into_iter().collect();
    let lang = args::choose(&args);
    match args::parse(args, lang) {
        Ok(cli) => commands::run(cli, lang),
        Err(exit) => exit,
    }
}
