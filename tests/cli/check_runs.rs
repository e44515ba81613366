//! `routekaart check` as a command: exits on an unreadable map and a wrong
//! call, `--bless`, colour only on a terminal, and rules proven on generated
//! maps (2^60 routes, a national-style map) or refused as too complex.

use crate::check::{CASES, broken_map, check};
use crate::{fixture, routekaart_in, write_map};
use std::fs;
use std::time::{Duration, Instant};

#[test]
fn a_map_that_cannot_be_read_exits_2() {
    let dir = tempfile::tempdir().unwrap();
    let (code, stdout) = check(dir.path(), &[]);
    assert_eq!(code, Some(2), "{stdout}");
    assert!(
        stdout.contains("routekaart.yaml") && stdout.contains("bestand ontbreekt"),
        "{stdout}"
    );
    routekaart_in(dir.path())
        .args(["check", "bestaat-niet", "--format", "json"])
        .assert()
        .code(2)
        .stdout(predicates::str::contains("\"code\": \"bestand-ontbreekt\""));
}

#[test]
fn wrong_calls_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    for args in [
        &["check", "--bless"][..],
        &["check", "--min-coverage", "120"],
        &["check", "--format", "xml"],
        &["--routekaart", ".", "check", "."],
    ] {
        routekaart_in(dir.path()).args(args).assert().code(2);
    }
}

#[test]
fn bless_writes_the_summary_and_check_then_passes() {
    let dir = tempfile::tempdir().unwrap();
    broken_map(
        dir.path(),
        CASES.iter().find(|c| c.name == "summary_changed").unwrap(),
    );
    let (code, stdout) = check(dir.path(), &["--bless"]);
    assert_eq!(code, Some(0), "{stdout}");
    assert!(stdout.contains("1 samenvatting bijgewerkt"), "{stdout}");
    let kept = fs::read_to_string(dir.path().join("samenvattingen/gevaar-en-verzuim.txt")).unwrap();
    let original =
        fs::read_to_string(fixture("schoon").join("samenvattingen/gevaar-en-verzuim.txt")).unwrap();
    assert_eq!(kept, original);
    assert_eq!(check(dir.path(), &["--strict"]).0, Some(0));
}

#[test]
fn rules_on_a_map_with_2_to_the_60_routes_are_proven_without_listing_them() {
    let dir = tempfile::tempdir().unwrap();
    write_map(dir.path(), routekaart::testkit::chain(60));
    let started = Instant::now();
    let (code, stdout) = check(dir.path(), &[]);
    let took = started.elapsed();
    assert_eq!(code, Some(1), "{stdout}");
    assert!(stdout.contains("2 van 3 regels bewezen"), "{stdout}");
    assert!(
        stdout.contains("regel `nee-aan-het-eind` geldt niet op elke route"),
        "{stdout}"
    );
    assert!(
        stdout.contains("`org-60` staat niet in het plan"),
        "{stdout}"
    );
    assert!(stdout.contains("--answer q60=nee"), "{stdout}");
    // Listing 2^60 routes would take centuries; the proof is linear. The bound
    // is loose on purpose (a debug build on a busy CI machine); the benchmark
    // gives the real figure.
    assert!(took < Duration::from_secs(10), "check took {took:?}");
}

/// The benchmark's generated national-style map is valid: every rule proven,
/// every scenario passes, no warnings (a small size, so the test stays fast).
#[test]
fn a_generated_national_style_map_passes_check_strict() {
    let dir = tempfile::tempdir().unwrap();
    let size = routekaart::testkit::Size {
        gemeenten: 30,
        nodes: 300,
        scenarios: 200,
    };
    write_map(dir.path(), routekaart::testkit::national(size));
    let (code, stdout) = check(dir.path(), &["--strict"]);
    assert_eq!(code, Some(0), "{stdout}");
    assert!(
        stdout.contains(
            "0 fouten, 0 waarschuwingen, 200 scenario's geslaagd, 12 van 12 regels bewezen"
        ),
        "{stdout}"
    );
    assert!(stdout.contains("gemeenten     30 van 30"), "{stdout}");
}

/// `check` in a real terminal: colour, unless `NO_COLOR` is set.
#[test]
fn colour_only_on_a_terminal_and_never_with_no_color() {
    use expectrl::{Eof, Expect};
    let dir = tempfile::tempdir().unwrap();
    broken_map(dir.path(), &CASES[0]);
    let run = |no_color: Option<&str>| {
        let mut command = std::process::Command::new(assert_cmd::cargo::cargo_bin("routekaart"));
        command
            .args(["check", "."])
            .current_dir(dir.path())
            .env("SOURCE_DATE_EPOCH", crate::EPOCH)
            .env("TERM", "xterm")
            .env_remove("NO_COLOR");
        if let Some(value) = no_color {
            command.env("NO_COLOR", value);
        }
        let mut session = expectrl::session::OsSession::spawn(command).unwrap();
        session.set_expect_timeout(Some(Duration::from_secs(10)));
        let found = session.expect(Eof).unwrap();
        String::from_utf8_lossy(found.get(0).unwrap_or_default()).to_string()
    };
    let coloured = run(None);
    assert!(coloured.contains("\x1b[1;31mfout\x1b[0m"), "{coloured:?}");
    let plain = run(Some("1"));
    assert!(
        plain.contains("fout: verwijzing") && !plain.contains('\x1b'),
        "{plain:?}"
    );
    // Not a terminal (a pipe): no colour either.
    let (_, piped) = check(dir.path(), &[]);
    assert!(!piped.contains('\x1b'), "{piped:?}");
}

#[test]
fn a_rule_naming_more_than_64_contacts_is_refused_not_crashed() {
    let dir = tempfile::tempdir().unwrap();
    write_map(dir.path(), routekaart::testkit::chain(70));
    let contacts: Vec<String> = (1..=65).map(|i| format!("org-{i}")).collect();
    fs::write(
        dir.path().join("regels.yaml"),
        format!(
            "regels:\n  - id: te-veel\n    naam: Te veel\n    dan:\n      niet: [{}]\n",
            contacts.join(", ")
        ),
    )
    .unwrap();
    let (code, stdout) = check(dir.path(), &[]);
    assert_eq!(code, Some(1), "{stdout}");
    assert!(
        stdout.contains("regel `te-veel` is te complex om te bewijzen"),
        "{stdout}"
    );
}

#[test]
fn a_shared_question_of_17_options_gets_a_verdict_not_a_refusal() {
    // 2^17 subsets, of which only the one option that adds the emergency line
    // changes what the rule looks at.
    let dir = fixture("gedeelde-meerkeuze");
    let (code, stdout) = check(&dir, &[]);
    assert_eq!(code, Some(1), "{stdout}");
    for expected in [
        "regel `nooit-spoed` geldt niet op elke route",
        "route: school=noord → woon=noord → q0=ja → m=o16",
    ] {
        assert!(stdout.contains(expected), "`{expected}` not in:\n{stdout}");
    }
    // A finding without a place still gets one in SARIF (uploads refuse none).
    let (_, sarif) = check(&dir, &["--format", "sarif"]);
    let sarif: serde_json::Value = serde_json::from_str(&sarif).unwrap();
    for result in sarif["runs"][0]["results"].as_array().unwrap() {
        assert!(
            !result["locations"].as_array().unwrap().is_empty(),
            "{result}"
        );
    }
}

/// The plan merges an organisation named directly and through a role into one
/// contact; rules are judged as the plan shows them, per gemeente.
#[test]
fn rules_see_contacts_as_the_plan_merges_them() {
    let (code, stdout) = check(&fixture("samengevoegd"), &[]);
    assert_eq!(code, Some(1), "{stdout}");
    for expected in [
        "regel `ja-spoed-eerst` geldt niet op elke route",
        "het plan noemt eerst `hulp-noord`, niet `spoed`",
        "regel `nee-geen-arts-noord` geldt niet op elke route",
        "`arts-noord` staat toch in het plan",
        "route: school=noord → woon=noord → q=nee",
        "`arts-noord` staat niet in het plan",
        "route: school=zuid → woon=noord → q=nee",
    ] {
        assert!(stdout.contains(expected), "`{expected}` not in:\n{stdout}");
    }
}

/// A milestone counts weeks from a question whose unit is the id `weken`:
/// data, whatever the words in any language. Words that only look like weeks
/// (`{nl: weken, en: weeks}`) are shown, and mean nothing to a milestone.
#[test]
fn milestones_count_from_the_unit_weken_not_from_its_words() {
    let findings = |unit: &str| -> Vec<String> {
        let dir = tempfile::tempdir().unwrap();
        crate::copy_dir(&fixture("schoon"), dir.path());
        let edit = |file: &str, old: &str, new: &str| {
            let path = dir.path().join(file);
            let text = fs::read_to_string(&path).unwrap();
            assert!(text.contains(old), "`{old}` not in {file}");
            fs::write(&path, text.replacen(old, new, 1)).unwrap();
        };
        edit(
            "vragen.yaml",
            "    eenheid: uur",
            &format!("    eenheid: {unit}"),
        );
        edit(
            "adviezen.yaml",
            "    grondslag: [Testwet art. 3]",
            "    grondslag: [Testwet art. 3]\n    mijlpalen:\n      - {vraag: uren, na_weken: 13, tekst: Drie maanden}",
        );
        let (_, json) = check(dir.path(), &["--format", "json"]);
        let report: serde_json::Value = serde_json::from_str(&json).unwrap();
        report["bevindingen"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["code"].as_str().unwrap().to_string())
            .collect()
    };
    assert!(
        !findings("weken").contains(&"mijlpaal-vraag".to_string()),
        "{:?}",
        findings("weken")
    );
    assert!(findings("{nl: weken, en: weeks}").contains(&"mijlpaal-vraag".to_string()));
    assert!(findings("{nl: wk, en: weeks}").contains(&"mijlpaal-vraag".to_string()));
}
