//! `check --format junit` tells the truth: failing rules and scenarios are
//! failed test cases, and the checks that never ran after a load error are
//! skipped, not passed; the counts in the attributes add up. Every report is
//! valid against a JUnit XSD (Jenkins' `junit-10.xsd`, vendored in
//! `tests/schemas/`, see its README), checked with libxml2's `xmllint`.

use super::{copy_dir, fixture, have, pipe_through, replace_in, routekaart_in};
use std::path::Path;

/// `check . --format junit` in `dir`: the exit code and the XML, which must
/// be valid against the JUnit schema.
fn junit(dir: &Path) -> (Option<i32>, String) {
    let output = routekaart_in(dir)
        .args(["check", ".", "--format", "junit"])
        .output()
        .unwrap();
    let xml = String::from_utf8(output.stdout).unwrap();
    assert_valid(&xml);
    (output.status.code(), xml)
}

/// Fails unless `xml` is valid against the vendored JUnit XSD. Without
/// `xmllint`: a failure under CI, else the check is skipped with a note.
fn assert_valid(xml: &str) {
    if !have("xmllint", "--version", "libxml2-utils", "junit") {
        return;
    }
    let schema = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/schemas/junit-10.xsd");
    let (valid, _, errors) = pipe_through(
        "xmllint",
        &["--noout", "--schema", schema.to_str().unwrap(), "-"],
        xml,
    );
    assert!(valid, "not valid JUnit XML:\n{errors}\n{xml}");
}

/// Each test case's name and outcome: `passed`, `failed` or `skipped`.
fn outcomes(xml: &str) -> Vec<(String, &'static str)> {
    let document = roxmltree::Document::parse(xml).unwrap();
    let root = document.root_element();
    let cases: Vec<_> = root
        .descendants()
        .filter(|n| n.has_tag_name("testcase"))
        .collect();
    let outcome = |case: &roxmltree::Node| {
        if case.children().any(|n| n.has_tag_name("failure")) {
            "failed"
        } else if case.children().any(|n| n.has_tag_name("skipped")) {
            "skipped"
        } else {
            "passed"
        }
    };
    // The attributes count what the cases say, in the root and per suite
    // (the schema allows `skipped` only per suite).
    for suite in
        std::iter::once(root).chain(root.children().filter(|n| n.has_tag_name("testsuite")))
    {
        let inside: Vec<_> = suite
            .descendants()
            .filter(|n| n.has_tag_name("testcase"))
            .collect();
        let count = |wanted: &str| {
            inside
                .iter()
                .filter(|c| outcome(c) == wanted)
                .count()
                .to_string()
        };
        assert_eq!(
            suite.attribute("tests"),
            Some(inside.len().to_string().as_str())
        );
        assert_eq!(suite.attribute("failures"), Some(count("failed").as_str()));
        if suite != root {
            assert_eq!(suite.attribute("skipped"), Some(count("skipped").as_str()));
        }
    }
    cases
        .iter()
        .map(|c| (c.attribute("name").unwrap().to_string(), outcome(c)))
        .collect()
}

#[test]
fn junit_fails_the_failing_rule_and_scenario_and_passes_the_rest() {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&fixture("schoon"), dir.path());
    let edit = |file: &str, old: &str, new: &str| replace_in(dir.path(), file, old, new);
    edit(
        "regels.yaml",
        "      eerste_contact: spoed",
        "      eerste_contact: hulp",
    );
    edit(
        "scenarios.yaml",
        "      adviezen: [advies-hulp]\n      contacten: [hulp-noord, arts-noord]",
        "      adviezen: [advies-spoed]\n      contacten: [hulp-noord, arts-noord]",
    );
    let (code, xml) = junit(dir.path());
    assert_eq!(code, Some(1), "{xml}");
    let outcomes = outcomes(&xml);
    let of = |name: &str| {
        outcomes
            .iter()
            .find(|(n, _)| n.starts_with(name))
            .unwrap_or_else(|| panic!("no case `{name}` in {outcomes:?}"))
            .1
    };
    assert_eq!(of("gevaar-eerst-spoed:"), "failed");
    assert_eq!(of("hulp thuis"), "failed");
    assert_eq!(of("verzuim-melden:"), "passed");
    assert_eq!(of("gevaar en verzuim in een plan"), "passed");
    assert_eq!(of("laden:"), "passed");
    assert!(
        outcomes.iter().all(|(_, o)| *o != "skipped"),
        "{outcomes:?}"
    );
}

#[test]
fn junit_skips_the_checks_that_never_ran_after_a_load_error() {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&fixture("schoon"), dir.path());
    replace_in(dir.path(), "vragen.yaml", "naar: woon", "naar: nergens");
    let (code, xml) = junit(dir.path());
    assert_eq!(code, Some(1), "{xml}");
    let outcomes = outcomes(&xml);
    assert_eq!(outcomes.len(), 10, "one case per check: {outcomes:?}");
    assert_eq!(outcomes[0].0.split(':').next(), Some("laden"));
    assert_eq!(outcomes[0].1, "failed");
    for (name, outcome) in &outcomes[1..] {
        assert_eq!(*outcome, "skipped", "{name}");
    }
    assert!(
        xml.contains("niet uitgevoerd: de kaart laadt niet"),
        "{xml}"
    );
}

#[test]
fn junit_of_the_built_in_map_strict_and_in_english_is_valid() {
    for args in [
        &["check", "routekaart", "--format", "junit", "--strict"][..],
        &["--lang", "en", "check", "routekaart", "--format", "junit"][..],
    ] {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let output = routekaart_in(root).args(args).output().unwrap();
        assert_eq!(output.status.code(), Some(0), "{args:?}");
        let xml = String::from_utf8(output.stdout).unwrap();
        assert_valid(&xml);
        assert!(outcomes(&xml).len() > 100, "{args:?}");
    }
}
