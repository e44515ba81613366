//! The Rust version that `Cargo.toml` and the README promise is one that every
//! locked crate builds with: no locked crate declares a newer `rust-version`.
//! Re-checked on every test run, so adding or updating a crate that needs a
//! newer Rust fails here instead of on a user's older toolchain.

use std::path::PathBuf;
use std::process::Command;

/// `1.88`, `1.88.0` → `[1, 88, 0]`, so versions compare as numbers.
fn parse(version: &str) -> Vec<u64> {
    let mut parts: Vec<u64> = version
        .split('.')
        .map(|p| {
            p.parse()
                .unwrap_or_else(|_| panic!("not a version: {version}"))
        })
        .collect();
    parts.resize(3, 0);
    parts
}

/// `cargo metadata` for the locked dependency graph, on every platform (the
/// Windows and macOS crates count too: the release builds them).
fn metadata() -> serde_json::Value {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_string());
    let output = Command::new(cargo)
        .current_dir(&root)
        .args(["metadata", "--format-version", "1", "--locked"])
        .output()
        .expect("cargo runs");
    assert!(
        output.status.success(),
        "cargo metadata failed:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).expect("cargo metadata gives JSON")
}

#[test]
fn no_locked_crate_needs_a_newer_rust_than_cargo_toml_says() {
    let metadata = metadata();
    let packages = metadata["packages"].as_array().expect("packages");
    let ours = packages
        .iter()
        .find(|p| p["name"] == env!("CARGO_PKG_NAME"))
        .expect("this package");
    let promised = ours["rust_version"]
        .as_str()
        .expect("Cargo.toml sets rust-version");
    let mut too_new: Vec<String> = packages
        .iter()
        .filter_map(|p| {
            let needs = p["rust_version"].as_str()?;
            let (name, version) = (p["name"].as_str()?, p["version"].as_str()?);
            (parse(needs) > parse(promised)).then(|| format!("{name} {version} needs {needs}"))
        })
        .collect();
    too_new.sort();
    assert!(
        too_new.is_empty(),
        "Cargo.toml says rust-version = {promised}, but:\n{}\nRaise rust-version in Cargo.toml and the README.",
        too_new.join("\n")
    );
    // A test that cannot fail would prove nothing: the graph has crates that
    // declare a version, and the check reads them.
    let declared = packages
        .iter()
        .filter(|p| p["rust_version"].is_string())
        .count();
    assert!(declared > 10, "only {declared} crates declare rust-version");
}

#[test]
fn the_readme_names_the_rust_version_of_cargo_toml() {
    let readme =
        std::fs::read_to_string(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("README.md"))
            .expect("README.md is readable");
    let promised = env!("CARGO_PKG_RUST_VERSION");
    assert!(!promised.is_empty(), "Cargo.toml sets rust-version");
    let sentence = format!("Rust {promised} of nieuwer");
    assert!(
        readme.contains(&sentence),
        "the README should say `{sentence}`"
    );
    // No other version left behind elsewhere in the README.
    for mention in readme.split("Rust 1.").skip(1) {
        let version: String = mention
            .chars()
            .take_while(|c| c.is_ascii_digit() || *c == '.')
            .collect();
        let version = format!("1.{}", version.trim_end_matches('.'));
        assert_eq!(version, promised, "the README names Rust {version}");
    }
}
