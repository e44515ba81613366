//! `--color auto|always|never` and `NO_COLOR`, for every kind of output: tables,
//! `check` reports, messages on stderr, clap's help and the questionnaire.

use crate::{EPOCH, copy_dir, fixture, routekaart_in};
use expectrl::{Eof, Expect};
use std::path::Path;
use std::time::Duration;

/// The small map with an unknown key in `routekaart.yaml`: it does not load.
fn broken_map() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&fixture("klein"), dir.path());
    let meta = dir.path().join("routekaart.yaml");
    let text = std::fs::read_to_string(&meta).unwrap();
    std::fs::write(&meta, format!("{text}onbekend: ja\n")).unwrap();
    dir
}

/// (stdout, stderr) of a run through pipes, `NO_COLOR=1` as in every test.
fn piped(dir: &Path, args: &[&str]) -> (String, String) {
    let output = routekaart_in(dir).args(args).output().unwrap();
    (
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

/// Each kind of output, and on which stream its colour shows.
fn outputs(broken: &Path) -> Vec<(Vec<String>, bool)> {
    let klein = fixture("klein").display().to_string();
    let broken = broken.display().to_string();
    let args = |a: &[&str]| a.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    vec![
        (args(&["--routekaart", &klein, "routes"]), true),
        (args(&["check", &broken]), true),
        (args(&["--routekaart", &broken, "advise"]), false),
        (args(&["advise", "--answer", "geen-is-teken"]), false),
        (args(&["chek"]), false),
        (args(&["check", "--help"]), true),
        (args(&["help", "check"]), true),
    ]
}

#[test]
fn always_colours_a_pipe_even_with_no_color() {
    let broken = broken_map();
    for (args, on_stdout) in outputs(broken.path()) {
        let mut args: Vec<&str> = args.iter().map(String::as_str).collect();
        args.extend(["--color", "always"]);
        let (stdout, stderr) = piped(broken.path(), &args);
        let coloured = if on_stdout { &stdout } else { &stderr };
        assert!(coloured.contains("\x1b["), "{args:?}:\n{coloured}");
    }
    let (stdout, _) = piped(broken.path(), &["check", ".", "--color=always"]);
    assert!(stdout.contains("\x1b[1;31mfout\x1b[0m"), "{stdout}");
}

#[test]
fn auto_and_never_do_not_colour_a_pipe() {
    let broken = broken_map();
    for (args, _) in outputs(broken.path()) {
        for choice in [None, Some("auto"), Some("never")] {
            let mut args: Vec<&str> = args.iter().map(String::as_str).collect();
            if let Some(choice) = choice {
                args.extend(["--color", choice]);
            }
            // Without NO_COLOR: a pipe alone is reason enough.
            let output = routekaart_in(broken.path())
                .env_remove("NO_COLOR")
                .args(&args)
                .output()
                .unwrap();
            let all = [output.stdout, output.stderr].concat();
            assert!(
                !all.contains(&0x1b),
                "{args:?}: {}",
                String::from_utf8_lossy(&all)
            );
        }
    }
}

/// Everything a run in a pseudo-terminal printed, `NO_COLOR` unset.
fn on_a_terminal(dir: &Path, args: &[&str], keys: &[&str]) -> String {
    let mut command = std::process::Command::new(assert_cmd::cargo::cargo_bin("routekaart"));
    command
        .args(args)
        .current_dir(dir)
        .env("SOURCE_DATE_EPOCH", EPOCH)
        .env("TERM", "xterm")
        .env_remove("NO_COLOR");
    let mut session = expectrl::session::OsSession::spawn(command).unwrap();
    session.set_expect_timeout(Some(Duration::from_secs(10)));
    let mut seen = String::new();
    for key in keys {
        let found = session.expect("?").unwrap();
        seen.push_str(&String::from_utf8_lossy(found.before()));
        std::thread::sleep(Duration::from_millis(100));
        session.send(key).unwrap();
    }
    let found = session.expect(Eof).unwrap();
    seen.push_str(&String::from_utf8_lossy(found.get(0).unwrap_or_default()));
    seen
}

#[test]
fn never_wins_on_a_terminal() {
    let broken = broken_map();
    let coloured = on_a_terminal(broken.path(), &["check", "."], &[]);
    assert!(coloured.contains("\x1b[1;31mfout"), "{coloured:?}");
    let plain = on_a_terminal(broken.path(), &["check", ".", "--color", "never"], &[]);
    assert!(
        plain.contains("fout: ") && !plain.contains('\x1b'),
        "{plain:?}"
    );
    let plain = on_a_terminal(
        broken.path(),
        &["--color=never", "advise", "--routekaart", "."],
        &[],
    );
    assert!(
        plain.contains("fout: ") && !plain.contains('\x1b'),
        "{plain:?}"
    );
}

/// The questionnaire's prompts: inquire's green `?` on a terminal, none with
/// `never` (the terminal still gets its cursor movements, never a colour).
#[test]
fn prompts_follow_the_colour_choice() {
    const GREEN: &str = "\x1b[38;5;10m";
    let dir = tempfile::tempdir().unwrap();
    let klein = fixture("klein").display().to_string();
    let esc = ["\x1b"];
    let coloured = on_a_terminal(dir.path(), &["--routekaart", &klein, "ask"], &esc);
    assert!(coloured.contains(GREEN), "{coloured:?}");
    let never = ["--routekaart", &klein, "ask", "--color", "never"];
    let plain = on_a_terminal(dir.path(), &never, &esc);
    assert!(plain.contains("Waar staat de school?"), "{plain:?}");
    assert!(!plain.contains("\x1b[38;5;"), "{plain:?}");
}
