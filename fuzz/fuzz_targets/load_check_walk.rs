//! Fuzzes what a hand-edited map reaches: see `fuzz/body/load_check_walk.rs`,
//! which `cargo test` also compiles and runs on the seeds.
//! Run: `RUSTC_BOOTSTRAP=1 cargo fuzz run load_check_walk` (see the README, "Fuzzen").

#![no_main]

#[path = "../body/load_check_walk.rs"]
mod body;

libfuzzer_sys::fuzz_target!(|data: &[u8]| body::run(data));
