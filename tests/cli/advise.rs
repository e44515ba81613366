//! `routekaart advise`: the stable, non-interactive contract.

use crate::{fixture, routekaart_in};
use predicates::str::contains;

fn klein_args() -> Vec<String> {
    vec![
        "--routekaart".into(),
        fixture("klein").display().to_string(),
        "advise".into(),
    ]
}

/// `routekaart --routekaart tests/fixtures/klein advise`, run in `dir`.
fn klein(dir: &std::path::Path) -> assert_cmd::Command {
    let mut command = routekaart_in(dir);
    command.args(klein_args());
    command
}

/// A complete answer set for the fixture `klein` (and maps shaped like it).
pub const FULL: [&str; 10] = [
    "--answer",
    "school=noord",
    "--answer",
    "woon=zuid",
    "--answer",
    "zorg=gevaar,uren",
    "--answer",
    "gevaar-nu=ja",
    "--answer",
    "uren=20",
];

fn stdout_of(args: &[&str]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let output = klein(dir.path()).args(args).output().unwrap();
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    // The map folder differs per checkout: keep snapshots independent of it.
    String::from_utf8(output.stdout).unwrap().replace(
        &fixture("klein").display().to_string(),
        "tests/fixtures/klein",
    )
}

/// On paper (not a terminal) the plan is one A4 page: at most 66 lines of
/// at most 76 columns; `--uitgebreid` adds the appendix after that page.
#[test]
fn text_plan() {
    let text = stdout_of(&FULL);
    for line in text.lines() {
        assert!(line.chars().count() <= 76, "longer than 76 columns: {line}");
    }
    assert!(text.lines().count() <= 66, "more than one page:\n{text}");
    assert!(!text.contains('\u{1b}'), "no colour codes in a pipe");
    for part in ["EERST: Spoedlijn", "Besproken met: ", "Evaluatiedatum: "] {
        assert!(text.contains(part), "{part} missing:\n{text}");
    }
    assert!(!text.contains("routekaart advise"), "{text}");
    insta::assert_snapshot!("text_plan", text);

    let mut args = FULL.to_vec();
    args.push("--uitgebreid");
    let extended = stdout_of(&args);
    assert!(extended.starts_with(&text[..text.find("Dit plan bevat").unwrap()]));
    for part in ["BIJLAGE", "ANTWOORDEN", "DIT PLAN OPNIEUW MAKEN"] {
        assert!(extended.contains(part), "{part} missing:\n{extended}");
    }
    insta::assert_snapshot!("text_plan_extended", extended);

    let mut args = FULL.to_vec();
    args.extend(["--width", "100"]);
    let wide = stdout_of(&args);
    assert!(wide.lines().any(|l| l.chars().count() > 76), "{wide}");
    assert!(wide.lines().all(|l| l.chars().count() <= 100), "{wide}");
}

#[test]
fn markdown_plan() {
    let mut args = FULL.to_vec();
    args.extend(["--format", "markdown"]);
    insta::assert_snapshot!("markdown_plan", stdout_of(&args));
}

#[test]
fn json_plan_keeps_the_contract() {
    let mut args = FULL.to_vec();
    args.extend(["--format", "json"]);
    let text = stdout_of(&args);
    let json: serde_json::Value = serde_json::from_str(&text).unwrap();
    let plan = &json["plan"];
    let advice = &plan["adviezen"][0];
    for key in ["id", "titel", "urgentie", "stappen", "grondslag"] {
        assert!(!advice[key].is_null(), "adviezen[0].{key}");
    }
    assert_eq!(advice["urgentie"], "acuut");
    let first = &plan["contacten"][0];
    assert_eq!(first["organisatie"], "spoed");
    assert_eq!(first["telefoon"], "112");
    let second = &plan["contacten"][1];
    assert_eq!(
        second["organisatie"], "hulp-zuid",
        "the woongemeente decides jeugdhulp"
    );
    assert_eq!(second["rol"], "hulp");
    assert_eq!(second["urgentie"], "vandaag");
    assert_eq!(plan["antwoorden"][0]["vraag"], "school");
    assert_eq!(plan["antwoorden"][0]["antwoord"], "noord");
    insta::assert_snapshot!("json_plan", text);
}

#[test]
fn incomplete_answers_give_the_next_question_and_exit_3() {
    let dir = tempfile::tempdir().unwrap();
    let output = klein(dir.path())
        .args([
            "--answer",
            "school=noord",
            "--answer",
            "woon=noord",
            "--answer",
            "zorg=uren",
            "--format",
            "json",
        ])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(3));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let vraag = &json["vraag"];
    assert_eq!(vraag["id"], "uren");
    assert_eq!(vraag["soort"], "getal");
    assert_eq!(vraag["min"], 0);
    assert_eq!(vraag["max"], 100);
    assert_eq!(vraag["opties"], serde_json::json!([]));

    klein(dir.path())
        .args(["--answer", "school=noord", "--answer", "woon=noord"])
        .assert()
        .code(3)
        .stdout(contains("vraag `zorg`"))
        .stdout(contains("gevaar"))
        .stdout(contains("één of meer"));
}

#[test]
fn a_gemeente_question_is_a_choice_with_another_gemeente_for_the_pupil() {
    let dir = tempfile::tempdir().unwrap();
    let output = klein(dir.path())
        .args(["--answer", "school=noord", "--format", "json"])
        .output()
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(json["vraag"]["soort"], "keuze");
    let values: Vec<&str> = json["vraag"]["opties"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["waarde"].as_str().unwrap())
        .collect();
    assert_eq!(values, ["noord", "zuid", "anders"]);
}

#[test]
fn an_invalid_answer_lists_the_valid_ones() {
    let dir = tempfile::tempdir().unwrap();
    klein(dir.path())
        .args([
            "--answer",
            "school=noord",
            "--answer",
            "woon=noord",
            "--answer",
            "zorg=gevaar,ruzie",
        ])
        .assert()
        .code(2)
        .stderr(contains("`ruzie` is geen geldig antwoord op vraag `zorg`"))
        .stderr(contains("uren"))
        .stderr(contains("hulp"));
    klein(dir.path())
        .args(["--answer", "uren=-5"])
        .assert()
        .code(2)
        .stderr(contains("0 tot en met 100"));
}

#[test]
fn an_unknown_question_gets_a_suggestion() {
    let dir = tempfile::tempdir().unwrap();
    klein(dir.path())
        .args(["--answer", "shcool=noord"])
        .assert()
        .code(2)
        .stderr(contains("vraag `shcool` bestaat niet"))
        .stderr(contains("bedoelde u `school`?"));
    klein(dir.path())
        .args(["--answer", "school"])
        .assert()
        .code(2)
        .stderr(contains("vraag-id=waarde"));
}

#[test]
fn an_answer_off_the_route_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    klein(dir.path())
        .args([
            "--answer",
            "school=noord",
            "--answer",
            "woon=noord",
            "--answer",
            "zorg=hulp",
            "--answer",
            "uren=3",
        ])
        .assert()
        .code(2)
        .stderr(contains("vraag `uren` ligt niet op de route"))
        .stderr(contains("`school`, `woon` en `zorg`"));
}

#[test]
fn answers_file_with_flags_overriding_it() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("antwoorden.yaml");
    std::fs::write(
        &file,
        "\u{feff}school: noord\r\nwoon: noord\r\nzorg: [uren]\r\nuren: 3\r\n",
    )
    .unwrap();
    klein(dir.path())
        .args([
            "--answers",
            "antwoorden.yaml",
            "--answer",
            "uren=30",
            "--format",
            "json",
        ])
        .assert()
        .code(0)
        .stdout(contains("\"id\": \"advies-melden\""));
    std::fs::write(&file, "school: noord\nwoon: narnia\n").unwrap();
    klein(dir.path())
        .args(["--answers", "antwoorden.yaml"])
        .assert()
        .code(2)
        .stderr(contains("`narnia` is geen geldig antwoord op vraag `woon`"))
        .stderr(contains("antwoorden.yaml:2:1"));
}

#[test]
fn saves_only_when_asked_privately_and_never_over_an_existing_file() {
    let dir = tempfile::tempdir().unwrap();
    klein(dir.path()).args(FULL).assert().code(0);
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        0,
        "advise writes no file unless asked"
    );

    klein(dir.path())
        .args(FULL)
        .args(["-o", "plan.txt"])
        .assert()
        .code(0)
        .stderr(contains("Plan opgeslagen in plan.txt"));
    let saved = std::fs::read_to_string(dir.path().join("plan.txt")).unwrap();
    assert!(saved.contains("EERST: Spoedlijn"));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(dir.path().join("plan.txt"))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    klein(dir.path())
        .args(FULL)
        .args(["-o", "plan.txt"])
        .assert()
        .code(2)
        .stderr(contains("bestaat al"));
    klein(dir.path())
        .args(FULL)
        .args(["-o", "geen/map/plan.txt"])
        .assert()
        .code(2)
        .stderr(contains("bestaat niet"));
}

#[test]
fn the_reproduce_line_reproduces_the_plan() {
    let mut args = FULL.to_vec();
    args.push("--uitgebreid");
    let text = stdout_of(&args);
    let start = text.find("routekaart advise").unwrap();
    let line: String = text[start..]
        .lines()
        .take_while(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
        .replace(" \\\n   ", " ");
    let words: Vec<&str> = line.split_whitespace().skip(1).collect();
    let again = routekaart_in(&std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")))
        .args(&words)
        .output()
        .unwrap();
    assert_eq!(
        again.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&again.stderr)
    );
    // The same page (the command gives the plan without the appendix).
    let plan_part = |t: &str| t[..t.find("Dit plan bevat").unwrap()].to_string();
    assert_eq!(
        plan_part(&String::from_utf8(again.stdout).unwrap()),
        plan_part(&text)
    );
}

#[test]
fn a_closed_pipe_is_not_an_error() {
    use std::io::Read;
    use std::process::{Command, Stdio};
    let mut child = Command::new(assert_cmd::cargo::cargo_bin("routekaart"))
        .args(klein_args())
        .args(FULL)
        .env("NO_COLOR", "1")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take()); // like `| head` closing early
    let status = child.wait().unwrap();
    let mut stderr = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut stderr)
        .unwrap();
    assert!(status.code() == Some(0), "exit {status:?}: {stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}

/// A date the source was seen reads "Bron bekeken op …", never as data the
/// organisation confirmed; the maintainers' note never reaches the plan.
#[test]
fn a_source_seen_date_is_not_shown_as_checked_and_maintainer_notes_stay_out() {
    let dir = tempfile::tempdir().unwrap();
    crate::copy_dir(&fixture("klein"), dir.path());
    let orgs = dir.path().join("organisaties.yaml");
    let text = std::fs::read_to_string(&orgs).unwrap().replace(
        "    gecontroleerd: 2026-01-15\n",
        "    bron_bekeken: 2026-01-15\n    onderhoud: ALLEEN-VOOR-ONDERHOUD\n",
    );
    std::fs::write(&orgs, text).unwrap();
    for (lang, seen, checked) in [
        ("nl", "Bron bekeken op: 15-01-2026", "gecontroleerd op"),
        ("en", "Source seen on: 15 January 2026", "checked on"),
    ] {
        let output = routekaart_in(dir.path())
            .args(["--lang", lang, "--routekaart", "."])
            .arg("advise")
            .args(FULL)
            .arg("--uitgebreid")
            .output()
            .unwrap();
        let plan = String::from_utf8(output.stdout).unwrap();
        assert!(plan.contains(seen), "{plan}");
        assert!(!plan.to_lowercase().contains(checked), "{plan}");
        assert!(!plan.contains("ALLEEN-VOOR-ONDERHOUD"), "{plan}");
    }
}
