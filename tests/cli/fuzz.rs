//! The fuzz target's body (`fuzz/body/load_check_walk.rs`), compiled with the
//! tests so that it cannot fall behind the crate's API, and run on the inputs
//! `fuzz/seed.sh` gives the fuzzer: every fixture with three answer sequences.

#[path = "../../fuzz/body/load_check_walk.rs"]
mod body;

/// The files after the map's own, in the order the body splits them.
const CHECK_FILES: [&str; 2] = ["regels.yaml", "scenarios.yaml"];

#[test]
fn the_fuzz_body_runs_on_every_seed() {
    let fixtures = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut seeds = 0;
    for entry in std::fs::read_dir(&fixtures).unwrap() {
        let dir = entry.unwrap().path();
        let mut input = Vec::new();
        // The map's files in the order the body reads them, then rules and scenarios.
        for file in routekaart::core::compile::MAP_FILES
            .iter()
            .chain(&CHECK_FILES)
        {
            if let Ok(text) = std::fs::read(dir.join(file)) {
                input.extend(text);
            }
            input.push(0);
        }
        for answers in [
            &b""[..],
            b"\x01\x02\x03\x04\x05\x06\x07\x08",
            b"\x03\x03\x03\x03\x03\x03",
        ] {
            body::run(&[input.as_slice(), answers].concat());
            seeds += 1;
        }
    }
    assert!(seeds >= 21, "{seeds} seeds");
}
