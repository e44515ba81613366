//! `--format human`: findings grouped by file, each with its place, the line
//! and a marker, and a hint; then rules, scenarios, coverage and one summary line.

use super::{Report, count, summary};
use crate::diagnostic;
use std::fmt::Write as _;

/// The report as text for a person; ANSI colour only when `colour` is set.
pub fn render(report: &Report, colour: bool) -> String {
    let mut out = String::new();
    let mut start = 0;
    while start < report.diagnostics.len() {
        let file = |i: usize| {
            report.diagnostics[i]
                .location
                .as_ref()
                .map(|l| l.file.clone())
        };
        let group = file(start);
        let end = (start..report.diagnostics.len())
            .find(|&i| file(i) != group)
            .unwrap_or(report.diagnostics.len());
        let heading = group.as_deref().unwrap_or("de routekaart als geheel");
        let _ = writeln!(out, "== {heading}\n");
        out.push_str(&diagnostic::render_styled(
            &report.diagnostics[start..end],
            &report.sources,
            colour,
        ));
        start = end;
    }
    let before = out.len();
    if !report.rules.is_empty() {
        let _ = writeln!(
            out,
            "Regels: {} van {} bewezen op elke route",
            report.rules_proven(),
            report.rules.len()
        );
    }
    if !report.scenarios.is_empty() {
        let _ = writeln!(
            out,
            "Scenario's: {} van {} geslaagd",
            report.scenarios_passed(),
            report.scenarios.len()
        );
    }
    if let Some(coverage) = &report.coverage {
        let _ = writeln!(
            out,
            "Dekking door de scenario's: {}",
            crate::check::finding::percent(coverage.permille())
        );
        for (name, part) in coverage.parts() {
            let _ = write!(out, "  {name:<11} {:>4} van {}", part.gedekt, part.totaal);
            if !part.niet_gedekt.is_empty() {
                let _ = write!(out, "; niet gedekt: {}", part.niet_gedekt.join(", "));
            }
            out.push('\n');
        }
    }
    if !report.blessed.is_empty() {
        let _ = writeln!(
            out,
            "{} bijgewerkt",
            count(report.blessed.len(), "samenvatting", "samenvattingen")
        );
    }
    if out.len() > before {
        out.push('\n');
    }
    let line = summary(report);
    let line = match (colour, report.errors() > 0) {
        (false, _) => line,
        (true, true) => format!("\x1b[1;31m{line}\x1b[0m"),
        (true, false) => format!("\x1b[1;32m{line}\x1b[0m"),
    };
    let _ = writeln!(out, "{line}");
    out
}
