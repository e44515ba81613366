//! The `routekaart` binary: parse the command line, run, exit with the right code.

use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = routekaart::shell::args::parse();
    routekaart::shell::commands::run(cli).into()
}
