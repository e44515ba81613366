//! The `routekaart` binary: run the command line, exit with the code it gives.

use std::process::ExitCode;

fn main() -> ExitCode {
    routekaart::shell::run(std::env::args_os()).into()
}
