//! Bakes the built-in map: resolves `routekaart/` once, here, so the program
//! does not parse its YAML each time it starts (see `src/core/baked.rs`).
//!
//! The build script compiles the crate's own pure layers, `src/core` and
//! `src/i18n`, into itself (they read no files and need nothing above them),
//! so the map is resolved by the very code the program runs. Cargo rebuilds
//! and reruns it whenever one of those files or a file of the map changes:
//! they are all compiled in, through `#[path]` and `include_str!`.

// Only loading and resolving is used here; the rest of the layers is not.
#![allow(dead_code, unused_imports, unused_macros, clippy::print_stdout)]

#[path = "src/core/mod.rs"]
mod core;
#[path = "src/i18n/mod.rs"]
mod i18n;

fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    let map = core::compile::from_sources(&core::embedded::files()).ok();
    let out = std::path::PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    std::fs::write(
        out.join("map.postcard"),
        core::baked::to_bytes(map.as_ref()),
    )
    .expect("the build folder is writable");
}
