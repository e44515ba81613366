//! Writes a generated map of a shape that once made `check` or `routes` slow
//! (see `routekaart::testkit::adversarial`) into a folder, for benchmarks.
//!
//! cargo run --release --example adversarial -- signal 14 /tmp/signaal
//! cargo run --release --example adversarial -- recall 5 8 /tmp/herhaald
//! cargo run --release --example adversarial -- urgent-recall 5 12 /tmp/urgent
//! cargo run --release --example adversarial -- diamond 60 /tmp/ruit
//! cargo run --release --example adversarial -- roles 342 433 /tmp/rollen
//! cargo run --release --example adversarial -- stages 120 /tmp/etappes
//! cargo run --release --example adversarial -- shared-choice 17 /tmp/meerkeuze

// An example or a test may print: only the library keeps to its streams.
#![allow(clippy::print_stdout, clippy::print_stderr)]

#[path = "support/write.rs"]
mod support;

use routekaart::testkit::{self, adversarial};
use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "gebruik: adversarial signal AFSLUITENDE-VRAGEN MAP\n       adversarial recall GETALLEN PLEKKEN MAP\n       adversarial urgent-recall GETALLEN PLEKKEN MAP\n       adversarial diamond VRAGEN MAP\n       adversarial roles GEMEENTEN VRAGEN-EN-ADVIEZEN MAP\n       adversarial stages ETAPPES MAP\n       adversarial shared-choice OPTIES MAP";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let number = |text: &str| {
        text.parse::<usize>()
            .map_err(|_| format!("`{text}` is geen aantal"))
    };
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let parsed = match args.as_slice() {
        ["signal", n, dir] => number(n).map(|n| (adversarial::signal(n), *dir)),
        ["recall", numbers, places, dir] => {
            (|| Ok((adversarial::recall(number(numbers)?, number(places)?), *dir)))()
        }
        ["urgent-recall", numbers, places, dir] => (|| {
            let files = adversarial::urgent_recall(number(numbers)?, number(places)?);
            Ok((files, *dir))
        })(),
        ["diamond", n, dir] => number(n).map(|n| (adversarial::diamond(n), *dir)),
        ["roles", gemeenten, nodes, dir] => {
            (|| Ok((adversarial::roles(number(gemeenten)?, number(nodes)?), *dir)))()
        }
        ["stages", n, dir] => number(n).map(|n| (testkit::chain(n), *dir)),
        ["shared-choice", n, dir] => number(n).map(|n| (adversarial::shared_choice(n), *dir)),
        _ => Err(USAGE.to_string()),
    };
    let (files, dir) = match parsed {
        Ok(parsed) => parsed,
        Err(message) => {
            eprintln!("{message}");
            return ExitCode::from(2);
        }
    };
    match support::write(&PathBuf::from(dir), files) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("{message}");
            ExitCode::from(2)
        }
    }
}
