//! Faults around the tool: a closed pipe, Esc and Ctrl-C at every kind of
//! prompt, a closed terminal (SIGHUP), a folder that is missing or not
//! writable, the map folder removed while the questionnaire runs; and the
//! privacy promise that nothing is written unless asked.

use crate::{bounded, fixture, routekaart_in};
use expectrl::process::unix::{Signal, WaitStatus};
use expectrl::session::OsSession as Session;
use expectrl::{Eof, Expect};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

const DOWN: &str = "\x1b[B";
const ENTER: &str = "\r";
const ESC: &str = "\x1b";
const CTRL_C: &str = "\x03";

fn spawn(dir: &Path, map: &Path, args: &[&str]) -> Session {
    crate::spawn_in_pty(dir, map, args)
}

fn send(session: &mut Session, keys: &str) {
    crate::send_keys(session, keys);
}

/// Every file under `dir`, recursively.
fn files_in(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            found.extend(files_in(&path));
        } else {
            found.push(path);
        }
    }
    found
}

/// Keys for a prompt: (text that must show first, or "" for none; keys to send).
type Steps = &'static [(&'static str, &'static str)];

/// The keys that take the fixture `klein` from the start to the given prompt;
/// each step is (text that must show first, or "" for none; keys to send).
const TO_SCHOOL: Steps = &[];
const TO_SIGNALS: Steps = &[
    ("Waar staat de school?", ENTER),
    ("Waar woont de leerling?", ENTER),
];
const TO_NUMBER: Steps = &[
    ("Waar staat de school?", ENTER),
    ("Waar woont de leerling?", ENTER),
    ("Welke zorg?", DOWN),
    ("", " "),
    ("", ENTER),
];
const TO_REVIEW: Steps = &[
    ("Waar staat de school?", ENTER),
    ("Waar woont de leerling?", ENTER),
    ("Welke zorg?", " "),
    ("", ENTER),
    ("Nu gevaar?", ENTER),
];
const TO_SAVE_QUESTION: Steps = &[
    ("Waar staat de school?", ENTER),
    ("Waar woont de leerling?", ENTER),
    ("Welke zorg?", " "),
    ("", ENTER),
    ("Nu gevaar?", ENTER),
    ("Klopt dit overzicht?", ENTER),
];
const TO_FILE_NAME: Steps = &[
    ("Waar staat de school?", ENTER),
    ("Waar woont de leerling?", ENTER),
    ("Welke zorg?", " "),
    ("", ENTER),
    ("Nu gevaar?", ENTER),
    ("Klopt dit overzicht?", ENTER),
    ("Wilt u dit plan opslaan?", DOWN),
    ("", ENTER),
];

/// Each kind of prompt, the way there, and the text it shows.
const PROMPTS: &[(&str, Steps, &str)] = &[
    ("keuze", TO_SCHOOL, "Waar staat de school?"),
    ("meerkeuze", TO_SIGNALS, "Welke zorg?"),
    ("getal", TO_NUMBER, "Hoeveel uur?"),
    ("overzicht", TO_REVIEW, "Klopt dit overzicht?"),
    ("opslaan", TO_SAVE_QUESTION, "Wilt u dit plan opslaan?"),
    ("bestandsnaam", TO_FILE_NAME, "Bestandsnaam:"),
];

/// Empties a text prompt's offered value.
fn clear(session: &mut Session) {
    session.send("\x7f".repeat(60)).unwrap();
    std::thread::sleep(Duration::from_millis(100));
}

fn walk_to(session: &mut Session, steps: &[(&str, &str)], prompt: &str) {
    for (shown, keys) in steps {
        if !shown.is_empty() {
            session.expect(*shown).unwrap();
        }
        send(session, keys);
    }
    session.expect(prompt).unwrap();
}

#[test]
fn esc_and_ctrl_c_at_every_kind_of_prompt_stop_with_130_and_write_nothing() {
    for (kind, steps, prompt) in PROMPTS {
        for (key_name, key) in [("Esc", ESC), ("Ctrl-C", CTRL_C)] {
            let dir = tempfile::tempdir().unwrap();
            let mut s = spawn(dir.path(), &fixture("klein"), &["ask"]);
            walk_to(&mut s, steps, prompt);
            send(&mut s, key);
            // Esc marks the stopped prompt in Dutch, not with inquire's
            // "<canceled>" (inquire leaves a prompt as it was at Ctrl-C).
            if key == ESC {
                s.expect("(gestopt)")
                    .unwrap_or_else(|e| panic!("{key_name} at {kind}: {e}"));
            }
            let stopped = s
                .expect("Gestopt. Er is niets opgeslagen.")
                .unwrap_or_else(|e| panic!("{key_name} at {kind}: {e}"));
            let shown = String::from_utf8_lossy(stopped.before());
            assert!(!shown.contains("canceled"), "{key_name} at {kind}: {shown}");
            s.expect(Eof).unwrap();
            match s.get_process().wait().unwrap() {
                WaitStatus::Exited(_, code) => {
                    assert_eq!(code, 130, "{key_name} at {kind}")
                }
                other => panic!("{key_name} at {kind}: ended with {other:?}"),
            }
            assert_eq!(
                files_in(dir.path()),
                Vec::<PathBuf>::new(),
                "{key_name} at {kind}"
            );
        }
    }
}

/// A closed terminal: the process ends at once, as by the signal (129 in a
/// shell), prints no stack trace and leaves no file.
#[test]
fn a_closed_terminal_ends_the_questionnaire_without_a_trace() {
    for (kind, steps, prompt) in PROMPTS {
        let dir = tempfile::tempdir().unwrap();
        let mut s = spawn(dir.path(), &fixture("klein"), &["ask", "-o", "plan.txt"]);
        let steps = if *kind == "opslaan" || *kind == "bestandsnaam" {
            // With -o there is no save question: stop at the review instead.
            TO_REVIEW
        } else {
            steps
        };
        let prompt = if steps == TO_REVIEW {
            "Klopt dit overzicht?"
        } else {
            prompt
        };
        walk_to(&mut s, steps, prompt);
        s.get_process_mut().kill(Signal::SIGHUP).unwrap();
        let mut rest = Vec::new();
        let _ = std::io::Read::read_to_end(&mut s, &mut rest);
        let rest = String::from_utf8_lossy(&rest);
        assert!(
            !rest.contains("panicked") && !rest.contains("RUST_BACKTRACE"),
            "{kind}: {rest}"
        );
        match s.get_process().wait().unwrap() {
            WaitStatus::Signaled(_, Signal::SIGHUP, _) | WaitStatus::Exited(_, 130) => {}
            other => panic!("{kind}: ended with {other:?}"),
        }
        assert_eq!(files_in(dir.path()), Vec::<PathBuf>::new(), "{kind}");
    }
}

/// `| head`: output cut off by the reader is a normal end, without a message.
#[test]
fn a_closed_pipe_ends_every_command_quietly() {
    let klein = fixture("klein");
    let gewijzigd = fixture("klein-gewijzigd");
    let klein = klein.to_str().unwrap();
    let commands: &[(&[&str], i32)] = &[
        (&["--help"], 0),
        (&["check", "--help"], 0),
        (&["check"], 0),
        (&["check", "--format", "json"], 0),
        (&["advise"], 3),
        (&["advise", "--answer", "al-betrokken=nee"], 3),
        (&["orgs"], 0),
        (&["routes", "--format", "json"], 0),
        (&["graph", "--format", "dot"], 0),
        (&["export"], 0),
        (&["diff", klein, gewijzigd.to_str().unwrap()], 0),
    ];
    for (args, code) in commands {
        let (reader, writer) = std::io::pipe().unwrap();
        drop(reader);
        let output = Command::new(assert_cmd::cargo::cargo_bin("routekaart"))
            .args(*args)
            .env("NO_COLOR", "1")
            .stdin(Stdio::null())
            .stdout(writer)
            .stderr(Stdio::piped())
            .output()
            .unwrap();
        assert_eq!(
            output.status.code(),
            Some(*code),
            "{args:?}: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        assert_eq!(
            String::from_utf8_lossy(&output.stderr),
            "",
            "{args:?}: no message for a closed pipe"
        );
    }
}

#[test]
fn ask_with_o_into_a_missing_folder_says_so_before_the_first_question() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = spawn(
        dir.path(),
        &fixture("klein"),
        &["ask", "-o", "nee/plan.txt"],
    );
    s.expect("de map nee bestaat niet").unwrap();
    s.expect(Eof).unwrap();
    match s.get_process().wait().unwrap() {
        WaitStatus::Exited(_, code) => assert_eq!(code, 2),
        other => panic!("ended with {other:?}"),
    }
    assert_eq!(files_in(dir.path()), Vec::<PathBuf>::new());
}

/// A name that cannot be saved (a missing folder, a name taken) is asked
/// again; the plan is saved under the next name, the other file untouched.
#[test]
fn ask_asks_again_when_a_name_cannot_be_saved() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("bezet.txt"), "van iemand anders").unwrap();
    let mut s = spawn(dir.path(), &fixture("klein"), &["ask"]);
    walk_to(&mut s, TO_FILE_NAME, "Bestandsnaam:");
    clear(&mut s);
    for key in ["nee/plan.txt", ENTER] {
        send(&mut s, key);
    }
    s.expect("de map nee bestaat niet").unwrap();
    s.expect("Kies een andere naam of map").unwrap();
    s.expect("Bestandsnaam:").unwrap();
    clear(&mut s);
    for key in ["bezet.txt", ENTER] {
        send(&mut s, key);
    }
    s.expect("bezet.txt bestaat al. Vervangen?").unwrap();
    send(&mut s, ENTER); // No, another name
    s.expect("Bestandsnaam:").unwrap();
    clear(&mut s);
    for key in ["plan.txt", ENTER] {
        send(&mut s, key);
    }
    s.expect("Plan opgeslagen in plan.txt").unwrap();
    s.expect(Eof).unwrap();
    assert_eq!(
        std::fs::read_to_string(dir.path().join("bezet.txt")).unwrap(),
        "van iemand anders"
    );
    let saved = std::fs::read_to_string(dir.path().join("plan.txt")).unwrap();
    assert!(saved.contains("EERST: Spoedlijn"), "{saved}");
    assert_eq!(files_in(dir.path()).len(), 2, "no temporary file left");
}

/// The map is read once, at the start: removing its folder mid-questionnaire
/// changes nothing for the plan.
#[test]
fn the_map_folder_removed_during_the_questionnaire_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let map = dir.path().join("kaart");
    std::fs::create_dir(&map).unwrap();
    crate::copy_dir(&fixture("klein"), &map);
    let mut s = spawn(dir.path(), &map, &["ask", "-o", "plan.txt"]);
    s.expect("Waar staat de school?").unwrap();
    std::fs::remove_dir_all(&map).unwrap();
    send(&mut s, ENTER);
    walk_to(&mut s, &TO_REVIEW[1..], "Klopt dit overzicht?");
    send(&mut s, ENTER);
    s.expect("Plan opgeslagen in plan.txt").unwrap();
    s.expect(Eof).unwrap();
    assert!(dir.path().join("plan.txt").exists());
}

/// Removed between runs (or while another command reads it): a message
/// naming what is missing, exit 2.
#[test]
fn a_map_folder_that_is_gone_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let run = bounded(routekaart_in(dir.path()).args(["--routekaart", "weg", "routes"]));
    assert!(
        run.problem(2, &["weg", "bestand ontbreekt"]).is_none(),
        "{}",
        run.stderr
    );
}

/// As a user without write permission (root runs the binary as `nobody`), a
/// plan for a folder that is not writable is refused with a Dutch message,
/// and the folder stays empty.
#[test]
fn a_folder_that_is_not_writable_is_refused_with_nothing_written() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let locked = dir.path().join("dicht");
    std::fs::create_dir(&locked).unwrap();
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o555)).unwrap();
    crate::copy_dir(&fixture("klein"), dir.path());
    let mut command = assert_cmd::Command::from_std(crate::unprivileged());
    command
        .current_dir(dir.path())
        .env("NO_COLOR", "1")
        .args(["--routekaart", ".", "advise", "-o", "dicht/plan.txt"])
        .args(["--answer", "school=noord", "--answer", "woon=zuid"])
        .args(["--answer", "zorg=gevaar", "--answer", "gevaar-nu=ja"]);
    let run = bounded(&mut command);
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o755)).unwrap();
    assert!(
        run.problem(
            2,
            &["kan niet schrijven in de map dicht", "geen toestemming"]
        )
        .is_none(),
        "{}",
        run.stderr
    );
    assert_eq!(files_in(&locked), Vec::<PathBuf>::new());
}

/// Privacy: `advise` in every format and a whole `ask` that declines to save
/// write no file anywhere (working folder, home, config and cache folders).
#[test]
fn ask_and_advise_write_no_file_unless_asked() {
    let dir = tempfile::tempdir().unwrap();
    let home = dir.path();
    for format in ["text", "markdown", "json"] {
        let run = bounded(
            routekaart_in(home)
                .env("HOME", home)
                .env("XDG_CONFIG_HOME", home.join(".config"))
                .env("XDG_CACHE_HOME", home.join(".cache"))
                .env("XDG_STATE_HOME", home.join(".local/state"))
                .env("TMPDIR", home)
                .args(["--routekaart", fixture("klein").to_str().unwrap()])
                .args(["advise", "--format", format])
                .args([
                    "--answer",
                    "school=noord",
                    "--answer",
                    "woon=zuid",
                    "--answer",
                    "zorg=gevaar",
                    "--answer",
                    "gevaar-nu=ja",
                ]),
        );
        assert_eq!(run.code, Some(0), "{}", run.stderr);
    }
    let mut s = spawn(home, &fixture("klein"), &["ask"]);
    walk_to(&mut s, TO_SAVE_QUESTION, "Wilt u dit plan opslaan?");
    send(&mut s, ENTER); // Nee
    s.expect(Eof).unwrap();
    assert_eq!(files_in(home), Vec::<PathBuf>::new());
}
