//! Writes a synthetic map into a folder, for benchmarks and for trying `check`
//! on a map too large to list its routes.
//!
//! cargo run --release --example synthetic -- chain 60 /tmp/keten
//! routekaart check /tmp/keten     # 2^60 routes; the rules are proven in milliseconds
//! cargo run --release --example synthetic -- national national /tmp/landelijk
//! cargo run --release --example synthetic -- national 342 2000 10000 /tmp/landelijk
//!
//! Named national sizes: `shipped`, `national` (342 gemeenten, ~2,000 questions
//! and advices, 10,000 scenarios) and `national10` (ten times that).

// An example or a test may print: only the library keeps to its streams.
#![allow(clippy::print_stdout, clippy::print_stderr)]

#[path = "support/write.rs"]
mod support;

use routekaart::testkit::{self, Size};
use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "gebruik: synthetic chain AANTAL-VRAGEN MAP\n       synthetic national shipped|national|national10 MAP\n       synthetic national GEMEENTEN VRAGEN-EN-ADVIEZEN SCENARIOS MAP";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let number = |text: &str| {
        text.parse::<usize>()
            .map_err(|_| format!("`{text}` is geen aantal"))
    };
    let parsed = match args
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .as_slice()
    {
        ["chain", size, dir] => number(size).map(|n| (testkit::chain(n), *dir)),
        ["national", name, dir] => Size::named(name)
            .map(|size| (testkit::national(size), *dir))
            .ok_or_else(|| {
                format!("onbekende grootte `{name}`; bekend: shipped, national, national10")
            }),
        ["national", gemeenten, nodes, scenarios, dir] => (|| {
            let size = Size {
                gemeenten: number(gemeenten)?,
                nodes: number(nodes)?,
                scenarios: number(scenarios)?,
            };
            Ok((testkit::national(size), *dir))
        })(),
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
