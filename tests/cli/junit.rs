//! `check --format junit` tells the truth: failing rules and scenarios are
//! failed test cases, and the checks that never ran after a load error are
//! skipped, not passed; the counts in the attributes add up.

use super::{copy_dir, fixture, replace_in, routekaart_in};
use std::path::Path;

/// `check . --format junit` in `dir`: the exit code and the XML.
fn junit(dir: &Path) -> (Option<i32>, String) {
    let output = routekaart_in(dir)
        .args(["check", ".", "--format", "junit"])
        .output()
        .unwrap();
    (
        output.status.code(),
        String::from_utf8(output.stdout).unwrap(),
    )
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
    // The attributes count what the cases say, in the root and per suite.
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
        assert_eq!(suite.attribute("skipped"), Some(count("skipped").as_str()));
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
