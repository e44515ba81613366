//! The shell: the only layer that touches the world. It reads the command line,
//! the environment, the clock and the map files, drives the questionnaire on the
//! terminal, writes files, prints, and chooses the exit code. Everything it
//! decides with goes down to the layers below as values.

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
pub mod english_help;
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
