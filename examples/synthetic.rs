//! Writes a synthetic map into a folder, for benchmarks and for trying `check`
//! on a map too large to list its routes.
//!
//! cargo run --release --example synthetic -- chain 60 /tmp/keten
//! routekaart check /tmp/keten     # 2^60 routes; the rules are proven in milliseconds

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(kind), Some(size), Some(dir)) = (args.first(), args.get(1), args.get(2)) else {
        eprintln!("gebruik: synthetic chain AANTAL-VRAGEN MAP");
        return ExitCode::from(2);
    };
    let Ok(size) = size.parse::<usize>() else {
        eprintln!("`{size}` is geen aantal");
        return ExitCode::from(2);
    };
    let files = match kind.as_str() {
        "chain" => routekaart::synthetic::chain(size),
        other => {
            eprintln!("onbekende soort kaart `{other}`; bekend: chain");
            return ExitCode::from(2);
        }
    };
    let dir = PathBuf::from(dir);
    if let Err(e) = std::fs::create_dir_all(&dir) {
        eprintln!("kan {} niet maken: {e}", dir.display());
        return ExitCode::from(2);
    }
    for (name, text) in files {
        if let Err(e) = std::fs::write(dir.join(name), text) {
            eprintln!("kan {name} niet schrijven: {e}");
            return ExitCode::from(2);
        }
    }
    ExitCode::SUCCESS
}
