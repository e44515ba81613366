//! Integration tests: they run the real `routekaart` binary.
//!
//! One module per subject; fixtures live in `tests/fixtures/`. Rendered text is
//! compared with insta snapshots in `tests/cli/snapshots/` (`cargo insta review`).

// An example or a test may print: only the library keeps to its streams.
#![allow(clippy::print_stdout, clippy::print_stderr)]

mod advise; // `advise`: plans, questions, bad answers, saving
mod architecture; // the source's layers: who imports whom, no circles, a pure core
mod ask; // `ask` through a real pseudo-terminal
mod ask_screens; // full walks of `ask` at 60×20 and 120×40: no broken word, lists that page
mod ask_terminal; // a pseudo-terminal read by a terminal emulator, and the broken-word check
mod ask_themes; // `ask` with themes, in an 80×24 terminal emulator
mod bad_answers; // answers given wrong: on the command line and in answer files
mod bad_input; // the corpus: huge, deep, binary, looping files; map text aimed at the terminal
mod bad_profile; // the profile corpus: broken, hostile and unreadable profiles
mod bad_yaml; // the YAML corpus: each syntax mistake in Dutch, at its cause, with a fix
mod check; // `check`: one broken map per finding, with its message, place and exit code
mod check_formats; // `check --format`: every format snapshotted, JSON, SARIF, JUnit and annotations complete
mod check_runs; // `check` as a command: exits, --bless, colour, proofs on generated maps, limits
mod colour; // `--color` and NO_COLOR: tables, reports, messages, help and prompts
mod completion; // Tab completion of values in bash, fish and zsh, from the built-in map
mod diff; // `diff`: routes whose plan changes, between folders or a git revision
mod differential; // every route of `routes` replayed through `advise`: the same plan
mod export; // `export`: the printable map
mod faults; // closed pipes and terminals, Esc and Ctrl-C, unwritable folders, privacy
mod fuzz; // the fuzz target's body, compiled and run on its seeds
mod gate; // `check` as a CI gate: one answer domain, future dates, coverage gate, repeated answers
mod graph; // `graph`: Mermaid and DOT flowcharts, rendered by the real Graphviz
mod help; // `--help` in Dutch, `help`, man pages (rendered by groff), completions (run by bash)
mod html; // `--format html`: printed to A4 PDF by headless Chromium, pages counted
mod junit; // JUnit: failing rules and scenarios failed, checks after a load error skipped
mod kaart; // `kaart`: the one-page routekaart, derived from the engine
mod lang; // `--lang` and the locale: English help, reports, plans and questionnaire
mod lang_views; // The views (orgs, routes, diff, graph, export) in English; JSON and CSV keys alike
mod load_errors; // every kind of broken map: message, location, exit code
mod mutation; // the shipped map broken in each known way: each caught at its file and line
mod orgs; // `orgs`: the directory as table, JSON and CSV
mod plan_page; // every shipped plan with one or two signals fits one A4 page, in both languages
mod readme; // the README's examples run as written
mod regions; // region folders: plans per region, across a border, --regio, broken regions
mod regions_gemeente; // rules with a condition on the gemeente: proven there, counterexample there
mod routes; // `routes`: every route with its stable id; per advice past the limit
mod rust_version; // the promised Rust version: every locked crate builds with it
mod sarif; // SARIF against the official schema: URIs from any folder, fingerprints, rules
mod schema; // `schema`: committed schemas current; schema and loader agree on every map
mod school; // "Mijn school": the profile in plans and on the kaart, `school`, `check --school`
mod school_schema; // schema/school.schema.json: current, the template valid under it, bad profiles refused
mod shapes; // the shapes that once made `check` and `routes` exponential, within a bound
mod shipped_map; // the embedded map: every route ends in a reachable plan; scenarios pass
mod signals; // SIGTERM and SIGHUP in the questionnaire: terminal restored, status kept

use assert_cmd::Command;
use std::path::PathBuf;
use std::time::{Duration, Instant};

/// A fixed date for reproducible plans: 2026-12-05 12:00 UTC, on or after the
/// day the shipped map's newest source was seen (`check` refuses a later date).
pub const EPOCH: &str = "1796472000";

/// A settings folder that does not exist, so no school profile is found there.
pub const NO_SETTINGS: &str = "/nonexistent/routekaart-tests";

/// The locale variables that choose the language (see `routekaart::i18n`).
pub const LOCALE: [&str; 3] = ["LC_ALL", "LC_MESSAGES", "LANG"];

/// The binary, with colour off, a fixed date and no locale (so Dutch, whatever
/// the machine's locale), run in `dir`.
pub fn routekaart_in(dir: &std::path::Path) -> Command {
    let mut command = Command::cargo_bin("routekaart").expect("binary is built");
    command
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .env("SOURCE_DATE_EPOCH", EPOCH)
        .env_remove("RUST_BACKTRACE")
        // No school profile unless a test gives one: not from the
        // environment, not from the settings folder of whoever runs the tests.
        .env_remove("ROUTEKAART_SCHOOL")
        .env("XDG_CONFIG_HOME", NO_SETTINGS);
    for name in LOCALE {
        command.env_remove(name);
    }
    command
}

/// The longest any bad input may take, to its message and exit code. Generous:
/// every case takes milliseconds; it exists so that a hang fails instead of
/// blocking the test run.
pub const CEILING: Duration = Duration::from_secs(5);

/// What a bounded run gave.
pub struct Run {
    pub code: Option<i32>,
    pub stdout: String,
    pub stderr: String,
    pub elapsed: Duration,
}

impl Run {
    /// What is wrong with this run for a case expecting exit `code` and every
    /// one of `expect` on stderr: `None` when nothing is.
    pub fn problem(&self, code: i32, expect: &[&str]) -> Option<String> {
        let missing: Vec<&&str> = expect
            .iter()
            .filter(|e| !self.stderr.contains(**e))
            .collect();
        let panicked = self.stderr.contains("panicked") || self.stderr.contains("RUST_BACKTRACE");
        (self.code != Some(code) || !missing.is_empty() || panicked || self.elapsed > CEILING).then(
            || {
                format!(
                    "exit {:?} (want {code}), {:.1} s, missing {missing:?} in:\n{}",
                    self.code,
                    self.elapsed.as_secs_f64(),
                    self.stderr
                )
            },
        )
    }
}

/// Runs `command` with stdin closed, killed at [`CEILING`]; a run that had to be
/// killed fails the test at once.
pub fn bounded(command: &mut Command) -> Run {
    let start = Instant::now();
    let output = command
        .write_stdin("")
        .timeout(CEILING)
        .output()
        .unwrap_or_else(|e| panic!("did not end within {CEILING:?}: {e}"));
    Run {
        code: output.status.code(),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
        elapsed: start.elapsed(),
    }
}

/// `routekaart --routekaart MAP ARGS…` in a pseudo-terminal in `dir` (also its
/// HOME), colour off, a fixed date, no locale (Dutch unless ARGS say `--lang`).
pub fn spawn_in_pty(
    dir: &std::path::Path,
    map: &std::path::Path,
    args: &[&str],
) -> expectrl::session::OsSession {
    let mut with_map: Vec<&std::ffi::OsStr> = vec!["--routekaart".as_ref(), map.as_os_str()];
    with_map.extend(args.iter().map(std::ffi::OsStr::new));
    spawn_embedded_in_pty(dir, &with_map)
}

/// `routekaart ARGS…` (the embedded map, unless ARGS name another) in a
/// pseudo-terminal, as [`spawn_in_pty`].
pub fn spawn_embedded_in_pty(
    dir: &std::path::Path,
    args: &[&std::ffi::OsStr],
) -> expectrl::session::OsSession {
    let mut command = std::process::Command::new(assert_cmd::cargo::cargo_bin("routekaart"));
    command.args(args);
    pty_session(command, dir)
}

/// [`spawn_embedded_in_pty`] in a terminal of `columns` × `rows` from the
/// program's first instant: `stty` sizes the terminal before routekaart
/// starts, as a terminal window is sized before its shell starts. Sizing it
/// after the start races the program's first screen (it starts in a few
/// milliseconds).
pub fn spawn_sized_in_pty(
    dir: &std::path::Path,
    args: &[&std::ffi::OsStr],
    columns: u16,
    rows: u16,
) -> expectrl::session::OsSession {
    let mut command = std::process::Command::new("sh");
    command
        .arg("-c")
        .arg(r#"stty cols "$1" rows "$2" && shift 2 && exec "$@""#)
        .arg("sh")
        .arg(columns.to_string())
        .arg(rows.to_string())
        .arg(assert_cmd::cargo::cargo_bin("routekaart"))
        .args(args);
    pty_session(command, dir)
}

/// `command` in a pseudo-terminal, in `dir`, with the environment of a
/// fresh user (see [`spawn_in_pty`]).
fn pty_session(
    mut command: std::process::Command,
    dir: &std::path::Path,
) -> expectrl::session::OsSession {
    command
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .env("SOURCE_DATE_EPOCH", EPOCH)
        .env("HOME", dir)
        .env_remove("ROUTEKAART_SCHOOL")
        .env("XDG_CONFIG_HOME", dir.join(".config"))
        .env("TERM", "xterm");
    for name in LOCALE {
        command.env_remove(name);
    }
    let mut session = expectrl::session::OsSession::spawn(command).expect("spawn in a pty");
    session.set_expect_timeout(Some(Duration::from_secs(10)));
    session
}

/// The binary as an ordinary user: as root (in CI), through `setpriv` as
/// `nobody`, since root may write in any folder and a test of a folder that
/// is not writable would test nothing.
pub fn unprivileged() -> std::process::Command {
    let binary = assert_cmd::cargo::cargo_bin("routekaart");
    let root = std::process::Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| o.stdout.starts_with(b"0\n"));
    if root {
        let mut c = std::process::Command::new("setpriv");
        c.args(["--reuid=65534", "--regid=65534", "--clear-groups", "--"])
            .arg(&binary);
        c
    } else {
        std::process::Command::new(&binary)
    }
}

/// Types `keys`, then waits a moment: inquire reads key by key.
pub fn send_keys(session: &mut expectrl::session::OsSession, keys: &str) {
    use expectrl::Expect;
    session.send(keys).unwrap();
    std::thread::sleep(Duration::from_millis(60));
}

/// Whether `program` (from the Debian package `package`) runs here, asked for
/// its version with `flag`. Without it: a failure under CI, else a note on
/// stderr and `false`, so the caller skips.
pub fn have(program: &str, flag: &str, package: &str, test: &str) -> bool {
    match std::process::Command::new(program).arg(flag).output() {
        Ok(output) if output.status.success() => true,
        _ if std::env::var_os("CI").is_some() => {
            panic!("{test}: `{program}` is not on PATH; CI must install {package}")
        }
        _ => {
            eprintln!("{test}: skipped, `{program}` is not on PATH (apt-get install {package})");
            false
        }
    }
}

/// Runs `program` with `input` on its stdin (a renderer: Graphviz, groff) and
/// returns (succeeded, stdout, stderr).
pub fn pipe_through(program: &str, args: &[&str], input: &str) -> (bool, String, String) {
    use std::io::Write;
    use std::process::Stdio;
    let mut child = std::process::Command::new(program)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("{program} does not run: {e}"));
    let mut stdin = child.stdin.take().unwrap();
    stdin.write_all(input.as_bytes()).unwrap();
    drop(stdin);
    let output = child.wait_with_output().unwrap();
    (
        output.status.success(),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

/// A fixture folder under `tests/fixtures`.
pub fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

/// Copies a folder and its subfolders (a map with its kept summaries).
pub fn copy_dir(from: &std::path::Path, to: &std::path::Path) {
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            std::fs::create_dir_all(&target).unwrap();
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// Writes a generated map (see `routekaart::testkit`) into `dir`.
pub fn write_map(dir: &std::path::Path, files: routekaart::testkit::Files) {
    for (name, text) in files {
        let path = dir.join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
}

/// Runs `command`, asserts that it exits 0 (showing stderr if not), and returns stdout.
pub fn stdout_of(command: &mut Command) -> String {
    let output = command.output().expect("the binary runs");
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).expect("UTF-8 output")
}

/// Replaces the first `old` in `dir/file` with `new`; fails when `old` is not there.
pub fn replace_in(dir: &std::path::Path, file: &str, old: &str, new: &str) {
    let path = dir.join(file);
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains(old), "`{old}` not in {file}");
    std::fs::write(path, text.replacen(old, new, 1)).unwrap();
}
