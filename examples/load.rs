//! Loads a map (read, parse, resolve) and does nothing else: the "load only"
//! figure of the benchmark (`scripts/bench.sh`). Not a user command.
//!
//! cargo run --release --example load -- routekaart

// An example or a test may print: only the library keeps to its streams.
#![allow(clippy::print_stdout, clippy::print_stderr)]

use routekaart::shell::load::{MapSource, load};
use std::process::ExitCode;

fn main() -> ExitCode {
    let Some(dir) = std::env::args_os().nth(1) else {
        eprintln!("gebruik: load MAP");
        return ExitCode::from(2);
    };
    match load(&MapSource::Folder(dir.into()), routekaart::i18n::Lang::Nl) {
        Ok(loaded) => {
            // Keep the work observable, so it cannot be optimised away.
            println!(
                "{} vragen, {} adviezen",
                loaded.map.questions.len(),
                loaded.map.advices.len()
            );
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("de kaart laadt niet: {:?}", error.diagnostics);
            ExitCode::from(2)
        }
    }
}
