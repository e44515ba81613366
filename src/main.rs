//! The `routekaart` binary: parse the command line, run, exit with the right code.

use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = routekaart::cli::Cli::parse();
    routekaart::app::run(cli).into()
}
