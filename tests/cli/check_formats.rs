//! `routekaart check`'s output formats on one map with errors and warnings of
//! several kinds: each format snapshotted; JSON, SARIF and JUnit complete and
//! well formed; GitHub annotations bounded; English and locale-proof names.

use crate::check::{Case, broken_map, check};
use crate::{copy_dir, fixture, routekaart_in};
use std::fs;
use std::path::Path;

/// A map with errors and warnings of several kinds, for the format snapshots.
fn mixed_map(dir: &Path) {
    broken_map(
        dir,
        &Case {
            name: "mixed",
            edits: &[
                (
                    "regels.yaml",
                    "      eerste_contact: spoed",
                    "      eerste_contact: hulp",
                ),
                (
                    "organisaties.yaml",
                    "020 000 00 02",
                    "\"020 000 00 02, toestel 3: 50%\"",
                ),
                (
                    "organisaties.yaml",
                    "    telefoon: \"112\"\n    gecontroleerd: 2026-01-15\n",
                    "    telefoon: \"112\"\n",
                ),
                (
                    "scenarios.yaml",
                    "      eerste_contact: spoed",
                    "      eerste_contact: hulp-zuid",
                ),
            ],
            args: &[],
            exit: 1,
            expect: &[],
        },
    );
}

#[test]
fn every_format_is_snapshotted() {
    let dir = tempfile::tempdir().unwrap();
    mixed_map(dir.path());
    for format in ["human", "json", "junit", "github", "sarif"] {
        let (code, stdout) = check(dir.path(), &["--format", format]);
        assert_eq!(code, Some(1), "{format}: {stdout}");
        // SARIF names the folder it ran in as its base: a temporary one here.
        let folder = dir.path().canonicalize().unwrap();
        let stdout = stdout.replace(&format!("file://{}/", folder.display()), "file:///MAP/");
        insta::assert_snapshot!(format!("check_format_{format}"), stdout);
    }
}

#[test]
fn json_and_sarif_are_valid_and_complete() {
    let dir = tempfile::tempdir().unwrap();
    mixed_map(dir.path());
    let (_, json) = check(dir.path(), &["--format", "json"]);
    let json: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(json["schema"], 1);
    assert_eq!(json["geslaagd"], false);
    assert_eq!(json["samenvatting"]["fouten"], 4);
    assert_eq!(json["samenvatting"]["waarschuwingen"], 1);
    let first = &json["bevindingen"][0];
    assert_eq!(first["code"], "niet-gecontroleerd");
    assert_eq!(first["bestand"], "organisaties.yaml");
    assert_eq!(first["regel"], 2);
    assert_eq!(json["regels"][0]["bewezen"], false);
    assert_eq!(json["dekking"]["antwoorden"]["totaal"], 7);

    let (_, sarif) = check(dir.path(), &["--format", "sarif"]);
    let sarif: serde_json::Value = serde_json::from_str(&sarif).unwrap();
    assert_eq!(sarif["version"], "2.1.0");
    let run = &sarif["runs"][0];
    assert_eq!(run["tool"]["driver"]["name"], "routekaart");
    let results = run["results"].as_array().unwrap();
    assert_eq!(results.len(), 5);
    for result in results {
        let rule = result["ruleIndex"].as_u64().unwrap() as usize;
        assert_eq!(run["tool"]["driver"]["rules"][rule]["id"], result["ruleId"]);
        let region = &result["locations"][0]["physicalLocation"]["region"];
        assert!(region["startLine"].as_u64().unwrap() > 0, "{result}");
    }
}

#[test]
fn junit_is_well_formed_with_a_case_per_check_rule_and_scenario() {
    let dir = tempfile::tempdir().unwrap();
    mixed_map(dir.path());
    let (_, xml) = check(dir.path(), &["--format", "junit"]);
    let document = roxmltree::Document::parse(&xml).unwrap();
    let root = document.root_element();
    assert_eq!(root.tag_name().name(), "testsuites");
    let cases: Vec<_> = root
        .descendants()
        .filter(|n| n.has_tag_name("testcase"))
        .collect();
    // 10 checks, 2 rules, 3 scenarios.
    assert_eq!(cases.len(), 15);
    let failed: Vec<&str> = cases
        .iter()
        .filter(|c| c.children().any(|n| n.has_tag_name("failure")))
        .map(|c| c.attribute("name").unwrap())
        .collect();
    assert_eq!(
        failed,
        [
            "contactgegevens: elke organisatie is te bereiken, met geldige telefoon, e-mail en website",
            "gevaar-eerst-spoed: Bij gevaar is de spoedlijn het eerste contact",
            "gevaar en verzuim in een plan",
        ]
    );
    assert_eq!(root.attribute("failures"), Some("3"));
    // The stale date is a warning: output, not a failure, unless --strict.
    assert!(xml.contains("<system-out>waarschuwing: organisatie `spoed`"));
    let (_, strict) = check(dir.path(), &["--format", "junit", "--strict"]);
    let strict = roxmltree::Document::parse(&strict).unwrap();
    assert_eq!(strict.root_element().attribute("failures"), Some("4"));
}

#[test]
fn github_annotations_stop_at_ten_per_kind() {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&fixture("schoon"), dir.path());
    // Twelve organisations with a bad phone number: 12 errors.
    let mut extra = String::from("organisaties:\n");
    for i in 0..12 {
        extra.push_str(&format!(
            "  - id: extra-{i}\n    naam: Extra {i}\n    telefoon: \"12\"\n    gecontroleerd: 2026-01-15\n"
        ));
    }
    let path = dir.path().join("organisaties.yaml");
    let text = fs::read_to_string(&path).unwrap();
    fs::write(&path, text.replacen("organisaties:\n", &extra, 1)).unwrap();
    let (code, stdout) = check(dir.path(), &["--format", "github"]);
    assert_eq!(code, Some(1));
    assert_eq!(stdout.matches("::error ").count(), 10, "{stdout}");
    assert_eq!(stdout.matches("::warning ").count(), 10, "{stdout}");
    assert!(
        stdout.ends_with("niet als annotatie getoond; `routekaart check` toont alles)\n"),
        "{stdout}"
    );
    assert!(stdout.contains(
        "::error file=organisaties.yaml,line=4,col=15,title=routekaart%3A ongeldig-telefoonnummer::"
    ));
}

/// See: issue 15. `--lang en check` printed the rule's and the scenario's
/// problem in Dutch, and the coverage table's numbers out of line.
#[test]
fn issue_15_check_in_english_words_every_problem_in_english_and_lines_up_the_coverage() {
    let dir = tempfile::tempdir().unwrap();
    mixed_map(dir.path());
    let (code, stdout) = check(dir.path(), &["--lang", "en", "--min-coverage", "0"]);
    assert_eq!(code, Some(1), "{stdout}");
    assert!(
        stdout.contains("\n  the plan names `spoed` first, not `hulp`\n"),
        "{stdout}"
    );
    assert!(
        stdout.contains("\n  first contact: expected `hulp-zuid`, got `spoed` (route: "),
        "{stdout}"
    );
    // No sentence of the tool's own in Dutch (the rule's `naam` and the
    // scenario's name are the map's own text).
    for dutch in [
        "het plan",
        "verwacht",
        "gekregen",
        "ontbreekt",
        "faalt",
        "geldt niet",
        "hulp:",
        "fout:",
        "gefaald",
        "geslaagd",
        "bewezen",
        "gedekt",
        "Dekking",
        "Regels:",
        "waarschuwing",
        "als geheel",
    ] {
        let own: String = stdout
            .lines()
            .filter(|l| !l.contains("Bij gevaar is de spoedlijn") && !l.contains("- naam:"))
            .collect::<Vec<_>>()
            .join("\n");
        assert!(!own.contains(dutch), "`{dutch}` in:\n{stdout}");
    }
    let columns: Vec<usize> = stdout
        .lines()
        .skip_while(|l| !l.starts_with("Coverage by the scenarios"))
        .skip(1)
        .take(4)
        .map(|l| l.find(" of ").expect("a coverage line"))
        .collect();
    assert_eq!(columns.len(), 4, "{stdout}");
    assert!(columns.iter().all(|c| *c == columns[0]), "{stdout}");
}

/// See: issue 15. JUnit test-case names followed the machine's locale, so a
/// CI system lost a test's history between machines.
#[test]
fn issue_15_junit_names_are_the_same_in_every_locale() {
    let dir = tempfile::tempdir().unwrap();
    mixed_map(dir.path());
    let names = |lang: &str| -> Vec<String> {
        let output = routekaart_in(dir.path())
            .env("LANG", lang)
            .args(["check", ".", "--format", "junit"])
            .output()
            .unwrap();
        let xml = String::from_utf8(output.stdout).unwrap();
        let document = roxmltree::Document::parse(&xml).unwrap();
        document
            .descendants()
            .filter(|n| n.has_tag_name("testcase"))
            .map(|n| n.attribute("name").unwrap().to_string())
            .collect()
    };
    let dutch = names("nl_NL.UTF-8");
    assert_eq!(dutch.len(), 15);
    assert_eq!(names("en_US.UTF-8"), dutch);
}
