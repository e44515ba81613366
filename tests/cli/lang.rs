//! `--lang en` and the locale: the tool's own text in English, Dutch by
//! default; which setting wins; help, a check report and a plan in English.

use crate::{copy_dir, fixture, routekaart_in};
use std::fs;

/// The first line of `routekaart --help` with these arguments and environment.
fn first_help_line(args: &[&str], env: &[(&str, &str)]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let mut command = routekaart_in(dir.path());
    for (name, value) in env {
        command.env(name, value);
    }
    let stdout = crate::stdout_of(command.args(args).arg("--help"));
    stdout.lines().next().unwrap_or_default().to_string()
}

const DUTCH: &str = "routekaart: welke organisatie belt u bij welke zorg om een leerling?";
const ENGLISH: &str =
    "routekaart: which organisation do you contact for which worry about a pupil?";

#[test]
fn the_option_and_the_locale_both_switch_to_english() {
    assert_eq!(first_help_line(&[], &[]), DUTCH);
    assert_eq!(first_help_line(&["--lang", "en"], &[]), ENGLISH);
    assert_eq!(first_help_line(&["--lang=en"], &[]), ENGLISH);
    assert_eq!(first_help_line(&[], &[("LANG", "en_US.UTF-8")]), ENGLISH);
    assert_eq!(first_help_line(&[], &[("LC_MESSAGES", "en_GB")]), ENGLISH);
    assert_eq!(first_help_line(&[], &[("LANG", "C.UTF-8")]), DUTCH);
    assert_eq!(first_help_line(&[], &[("LANG", "fr_FR.UTF-8")]), DUTCH);
}

#[test]
fn the_option_beats_the_locale_and_lc_all_beats_lang() {
    assert_eq!(
        first_help_line(&["--lang", "nl"], &[("LANG", "en_US.UTF-8")]),
        DUTCH
    );
    assert_eq!(
        first_help_line(&["--lang", "nl"], &[("LC_ALL", "en_US.UTF-8")]),
        DUTCH
    );
    assert_eq!(
        first_help_line(&[], &[("LANG", "en_US.UTF-8"), ("LC_ALL", "nl_NL.UTF-8")]),
        DUTCH
    );
    assert_eq!(
        first_help_line(&[], &[("LANG", "nl_NL.UTF-8"), ("LC_ALL", "en_US.UTF-8")]),
        ENGLISH
    );
}

#[test]
fn a_wrong_language_is_a_usage_error_in_the_locales_language() {
    let dir = tempfile::tempdir().unwrap();
    let output = routekaart_in(dir.path())
        .args(["--lang", "fr"])
        .env("LANG", "en_US.UTF-8")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.starts_with(
            "error: `fr` is not a valid value for --lang <LANG>; choose from `nl` and `en`"
        ),
        "{stderr}"
    );
}

#[test]
fn help_in_english() {
    let dir = tempfile::tempdir().unwrap();
    for command in [None, Some("check"), Some("advise")] {
        let mut run = routekaart_in(dir.path());
        run.args(["--lang", "en", "help"]).args(command);
        let help = crate::stdout_of(&mut run);
        for dutch in [
            "Gebruik",
            "Opties",
            "standaard",
            "Voorbeeld",
            "BESTAND",
            "<MAP>",
        ] {
            assert!(!help.contains(dutch), "`{dutch}` in {command:?}:\n{help}");
        }
        insta::assert_snapshot!(format!("help_en_{}", command.unwrap_or("routekaart")), help);
    }
}

#[test]
fn clap_errors_in_english() {
    let dir = tempfile::tempdir().unwrap();
    let output = routekaart_in(dir.path())
        .args(["--lang", "en", "chek"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    insta::assert_snapshot!(
        "clap_error_en",
        String::from_utf8_lossy(&output.stderr).to_string()
    );
}

#[test]
fn check_in_english_names_the_place() {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&fixture("schoon"), dir.path());
    let path = dir.path().join("vragen.yaml");
    let text = fs::read_to_string(&path).unwrap();
    fs::write(
        &path,
        text.replace("naar: advies-melden", "naar: advies-meldne"),
    )
    .unwrap();
    let output = routekaart_in(dir.path())
        .args(["--lang", "en", "check", "."])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let report = String::from_utf8_lossy(&output.stdout).to_string();
    assert!(
        report.contains("error: reference to an unknown question or advice `advies-meldne`"),
        "{report}"
    );
    assert!(report.contains("--> ./vragen.yaml:41:15"), "{report}");
    assert!(
        report.contains("= help: did you mean `advies-melden`?"),
        "{report}"
    );
    insta::assert_snapshot!("check_en_broken_reference", report);
}

#[test]
fn check_reports_each_text_without_english_in_a_map_that_declares_it() {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&fixture("schoon"), dir.path());
    let meta = dir.path().join("routekaart.yaml");
    let text = fs::read_to_string(&meta).unwrap();
    fs::write(&meta, format!("{text}talen: [nl, en]\n")).unwrap();
    let output = routekaart_in(dir.path())
        .args([
            "--lang", "en", "check", ".", "--strict", "--format", "github",
        ])
        .output()
        .unwrap();
    assert_eq!(
        output.status.code(),
        Some(1),
        "warnings fail under --strict"
    );
    let report = String::from_utf8_lossy(&output.stdout).to_string();
    assert!(
        report.contains(
            "::warning file=./vragen.yaml,line=4,col=12,title=routekaart%3A vertaling-ontbreekt::question `school`: `tekst` has no English text"
        ),
        "{report}"
    );
    insta::assert_snapshot!("check_en_untranslated", report);
}

#[test]
fn advise_in_english_prints_the_plan_in_english() {
    let dir = tempfile::tempdir().unwrap();
    let plan = crate::stdout_of(routekaart_in(dir.path()).args([
        "--lang",
        "en",
        "advise",
        "-a",
        "schoolgemeente=amstelveen",
        "-a",
        "woongemeente=ouder-amstel",
        "-a",
        "al-betrokken=nee",
        "-a",
        "signaal=verzuim,ziekte",
        "-a",
        "verzuim-soort=ongeoorloofd",
        "-a",
        "verzuim-uren=16",
        "-a",
        "leeftijd=12",
        "-a",
        "ziekte-patroon=ja",
    ]));
    for dutch in [
        "EERST",
        "Stappen",
        "Voorbereiden",
        "Gemaakt op",
        "Bel ",
        "Termijn",
        // The legal basis is a map text like the others: in English too.
        "Nog geen wet",
        "in behandeling",
        "meldplicht bij",
    ] {
        assert!(!plan.contains(dutch), "`{dutch}` in:\n{plan}");
    }
    insta::assert_snapshot!("plan_en", plan);
}

/// Runs `command`, asserts its exit `code`, and returns stdout.
pub fn stdout_with_code(command: &mut assert_cmd::Command, code: i32) -> String {
    let output = command.output().unwrap();
    assert_eq!(
        output.status.code(),
        Some(code),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

#[test]
fn a_text_without_english_falls_back_to_dutch() {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&fixture("klein"), dir.path());
    let path = dir.path().join("vragen.yaml");
    let text = fs::read_to_string(&path).unwrap();
    let text = text.replacen(
        "tekst: Waar staat de school?",
        "tekst: {nl: Waar staat de school?, en: Where is the school?}",
        1,
    );
    fs::write(&path, text).unwrap();
    let question = stdout_with_code(
        routekaart_in(dir.path()).args(["--lang", "en", "--routekaart", ".", "advise"]),
        3,
    );
    assert!(question.contains("  Where is the school?"), "{question}");
    let question = stdout_with_code(
        routekaart_in(dir.path()).args([
            "--lang",
            "en",
            "--routekaart",
            ".",
            "advise",
            "-a",
            "school=noord",
        ]),
        3,
    );
    assert!(question.contains("  Waar woont de leerling?"), "{question}");
    assert!(question.starts_with("Another answer needed"), "{question}");
}

/// The whole questionnaire on the built-in map, in English, through a real terminal.
#[test]
fn the_questionnaire_and_its_plan_in_english() {
    use expectrl::{Eof, Expect};
    const DOWN: &str = "\x1b[B";
    const ENTER: &str = "\r";
    let dir = tempfile::tempdir().unwrap();
    let args: Vec<&std::ffi::OsStr> = ["--lang", "en", "ask", "-o", "plan.txt", "--uitgebreid"]
        .iter()
        .map(std::ffi::OsStr::new)
        .collect();
    let mut s = crate::spawn_embedded_in_pty(dir.path(), &args);
    let send = |s: &mut expectrl::session::OsSession, keys: &str| crate::send_keys(s, keys);
    // Lines break between words at the terminal's width: expect no more than
    // fits the first line.
    s.expect("Answer the questions;").unwrap();
    s.expect("In which municipality (gemeente) is the school?")
        .unwrap();
    s.expect("Esc stop").unwrap();
    send(&mut s, ENTER); // Aalsmeer
    s.expect("In which municipality does the pupil live")
        .unwrap();
    s.expect("Another municipality (outside this map)").unwrap();
    send(&mut s, ENTER); // Aalsmeer
    s.expect("Is a casusregisseur (case manager)").unwrap();
    send(&mut s, DOWN); // No
    send(&mut s, ENTER);
    s.expect("What are you worried about? Choose everything that applies.")
        .unwrap();
    s.expect("type to search").unwrap();
    send(&mut s, DOWN);
    send(&mut s, " "); // Absence and staying home
    send(&mut s, ENTER);
    s.expect("Which worries exactly?").unwrap();
    s.expect("Choose other themes").unwrap();
    send(&mut s, DOWN);
    send(&mut s, DOWN);
    send(&mut s, " "); // Often or long reported sick
    send(&mut s, ENTER);
    s.expect("How old is the pupil").unwrap();
    for key in ["1", "2", ENTER] {
        send(&mut s, key);
    }
    s.expect("Has the pupil been reported sick 4 times or more")
        .unwrap();
    send(&mut s, ENTER); // Yes
    s.expect("Overview of your answers:").unwrap();
    s.expect("Your answer").unwrap();
    s.expect("Is this overview right?").unwrap();
    send(&mut s, ENTER);
    s.expect("PLAN FOR A CONCERN ABOUT A PUPIL").unwrap();
    s.expect("WHOM TO CALL, IN THIS ORDER").unwrap();
    s.expect("WHAT TO DO").unwrap();
    s.expect("Plan saved in plan.txt (readable by you only).")
        .unwrap();
    s.expect(Eof).unwrap();
    let saved = fs::read_to_string(dir.path().join("plan.txt")).unwrap();
    for english in [
        "FIRST: ",
        "Worrying sickness absence — talk with the parents and bring in the",
        "WHAT TO PREPARE",
        "LEGAL DUTIES AND DATES",
        "Route:",
        "ANSWERS",
        "MAKE THIS PLAN AGAIN",
        "This plan holds no personal data",
        "Made on 5 December 2026",
    ] {
        assert!(saved.contains(english), "`{english}` missing in:\n{saved}");
    }
}
