//! `--format junit`: JUnit XML for CI test reports. One test case per check
//! (area), per rule and per scenario; a finding in `regels.yaml` or
//! `scenarios.yaml` belongs to the rule or scenario it is written under.
//! Warnings fail their test case only with `--strict`; otherwise they go to
//! its `system-out`. A rule that is not proven or a scenario that fails is a
//! failed case even when its findings are listed elsewhere; when the map does
//! not load, every check but loading is skipped: it never ran.

use super::{Report, owner};
use crate::core::area::Area;
use crate::core::diagnostic::Diagnostic;
use crate::core::finding::Severity;
use crate::core::source::Location;
use crate::i18n::Lang;
use std::fmt::Write as _;

/// One test case and the findings that belong to it.
struct Case<'r> {
    class: &'static str,
    name: String,
    findings: Vec<&'r Diagnostic>,
    /// The rule was not proven or the scenario failed, whatever findings
    /// ended up under it.
    failed: bool,
    /// The check never ran: the map did not load.
    skipped: bool,
}

/// The report as JUnit XML.
pub fn render(lang: Lang, report: &Report, strict: bool) -> String {
    // Only loading runs on a map that does not load; the other checks are
    // skipped, not passed.
    let loaded = report.map.is_some();
    let mut checks: Vec<Case> = Area::ALL
        .iter()
        .map(|a| Case {
            class: "routekaart.controles",
            // Dutch in every language, like the class names: a CI system
            // keeps a test's history by its name, whatever the machine's locale.
            name: format!("{}: {}", a.name(), a.description(Lang::Nl)),
            findings: Vec::new(),
            failed: false,
            skipped: !loaded && *a != Area::Loading,
        })
        .collect();
    let mut rules: Vec<Case> = report
        .rules
        .iter()
        .map(|r| Case {
            class: "routekaart.regels",
            name: format!("{}: {}", r.id, r.naam),
            findings: Vec::new(),
            failed: !r.proven,
            skipped: false,
        })
        .collect();
    let mut scenarios: Vec<Case> = report
        .scenarios
        .iter()
        .map(|s| Case {
            class: "routekaart.scenarios",
            name: s.name.clone(),
            findings: Vec::new(),
            failed: !s.passed,
            skipped: false,
        })
        .collect();
    let rule_starts: Vec<Option<&Location>> =
        report.rules.iter().map(|r| r.location.as_ref()).collect();
    let scenario_starts: Vec<Option<&Location>> = report
        .scenarios
        .iter()
        .map(|s| s.location.as_ref())
        .collect();
    for diagnostic in &report.diagnostics {
        if let Some(i) = owner(&rule_starts, diagnostic) {
            rules[i].findings.push(diagnostic);
        } else if let Some(i) = owner(&scenario_starts, diagnostic) {
            scenarios[i].findings.push(diagnostic);
        } else {
            let area = Area::ALL
                .iter()
                .position(|a| *a == diagnostic.area())
                .unwrap_or(0);
            checks[area].findings.push(diagnostic);
        }
    }
    let suites = [
        ("controles", checks),
        ("regels", rules),
        ("scenario's", scenarios),
    ];
    let failing = |case: &Case| {
        case.failed
            || case
                .findings
                .iter()
                .any(|d| d.severity == Severity::Error || strict)
    };
    let total: usize = suites.iter().map(|(_, c)| c.len()).sum();
    let failures: usize = suites
        .iter()
        .map(|(_, c)| c.iter().filter(|c| failing(c)).count())
        .sum();
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    // The skipped count lives on each <testsuite> only: the JUnit schema
    // (Jenkins' junit-10.xsd, tests/schemas) allows no `skipped` on the root.
    let _ = writeln!(
        out,
        "<testsuites name=\"routekaart check\" tests=\"{total}\" failures=\"{failures}\" errors=\"0\">"
    );
    for (name, cases) in &suites {
        let suite_failures = cases.iter().filter(|c| failing(c)).count();
        let suite_skipped = cases.iter().filter(|c| c.skipped).count();
        let _ = writeln!(
            out,
            "  <testsuite name=\"{}\" tests=\"{}\" failures=\"{suite_failures}\" errors=\"0\" skipped=\"{suite_skipped}\">",
            escape(name),
            cases.len()
        );
        for case in cases {
            let _ = write!(
                out,
                "    <testcase classname=\"{}\" name=\"{}\"",
                case.class,
                escape(&case.name)
            );
            if case.skipped {
                let _ = writeln!(
                    out,
                    ">\n      <skipped message=\"{}\"/>\n    </testcase>",
                    escape(&crate::t!(lang, "junit-niet-uitgevoerd"))
                );
                continue;
            }
            if case.findings.is_empty() && !case.failed {
                out.push_str("/>\n");
                continue;
            }
            out.push_str(">\n");
            let owned: Vec<Diagnostic> = case.findings.iter().map(|d| (*d).clone()).collect();
            let text = crate::render::diagnostics::render(lang, &owned, &report.sources);
            if failing(case) {
                let (message, kind) = match case.findings.first() {
                    Some(first) => (
                        first_line(&first.kind.message(lang)).to_string(),
                        first.code(),
                    ),
                    None => (crate::t!(lang, "junit-gefaald-elders"), "gefaald"),
                };
                let _ = writeln!(
                    out,
                    "      <failure message=\"{}\" type=\"{}\">{}</failure>",
                    escape(&message),
                    kind,
                    escape(&text)
                );
            } else {
                let _ = writeln!(out, "      <system-out>{}</system-out>", escape(&text));
            }
            out.push_str("    </testcase>\n");
        }
        out.push_str("  </testsuite>\n");
    }
    out.push_str("</testsuites>\n");
    out
}

fn first_line(text: &str) -> &str {
    text.lines().next().unwrap_or_default()
}

/// Escapes text for XML; characters XML 1.0 forbids are dropped.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{fffe}' || c == '\u{ffff}' => {}
            c => out.push(c),
        }
    }
    out
}
