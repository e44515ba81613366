//! The benchmark's baseline (`scripts/bench.sh`): parses the given YAML files
//! into untyped `serde_yaml::Value`s and nothing more, the floor that the
//! issue measures `load` and `check` against. serde_yaml is deprecated (the
//! project reads YAML with serde-saphyr, see the README); it is a
//! dev-dependency for this example only.
//!
//! cargo run --release --example yaml_baseline -- routekaart/*.yaml

// An example or a test may print: only the library keeps to its streams.
#![allow(clippy::print_stdout, clippy::print_stderr)]

use std::process::ExitCode;

fn main() -> ExitCode {
    let mut nodes = 0;
    for path in std::env::args_os().skip(1) {
        let text = match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(e) => {
                eprintln!("{}: {e}", path.to_string_lossy());
                return ExitCode::from(2);
            }
        };
        match serde_yaml::from_str::<serde_yaml::Value>(&text) {
            Ok(value) => nodes += count(&value),
            Err(e) => {
                eprintln!("{}: {e}", path.to_string_lossy());
                return ExitCode::from(2);
            }
        }
    }
    // Keep the work observable, so it cannot be optimised away.
    println!("{nodes} YAML-knopen");
    ExitCode::SUCCESS
}

/// The number of nodes in a value.
fn count(value: &serde_yaml::Value) -> usize {
    1 + match value {
        serde_yaml::Value::Sequence(items) => items.iter().map(count).sum(),
        serde_yaml::Value::Mapping(map) => map.iter().map(|(k, v)| count(k) + count(v)).sum(),
        serde_yaml::Value::Tagged(tagged) => count(&tagged.value),
        _ => 0,
    }
}
