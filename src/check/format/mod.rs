//! The report of `check` for people and for machines: human text (with colour
//! on a terminal), JSON, JUnit XML, GitHub workflow commands and SARIF. The
//! shell picks one (`--format`); each module has one `render`.

pub mod github;
pub mod human;
pub mod json;
pub mod junit;
pub mod sarif;

use super::Report;
use crate::diagnostic::Diagnostic;
use crate::source::Location;

/// "1 fout" or "3 fouten": a count with the right Dutch form.
pub fn count(n: usize, one: &str, more: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { more })
}

/// The summary line: `N fouten, M waarschuwingen, K scenario's geslaagd`.
pub fn summary(report: &Report) -> String {
    let mut line = format!(
        "{}, {}, {}",
        count(report.errors(), "fout", "fouten"),
        count(report.warnings(), "waarschuwing", "waarschuwingen"),
        count(
            report.scenarios_passed(),
            "scenario geslaagd",
            "scenario's geslaagd"
        ),
    );
    let failed = report.scenarios.len() - report.scenarios_passed();
    if failed > 0 {
        line.push_str(&format!(" ({failed} gefaald)"));
    }
    if !report.rules.is_empty() {
        line.push_str(&format!(
            ", {} van {} bewezen",
            report.rules_proven(),
            count(report.rules.len(), "regel", "regels")
        ));
    }
    line
}

/// Which rule or scenario (index) a finding in `regels.yaml` or
/// `scenarios.yaml` belongs to: the last one that starts at or before it.
pub fn owner(starts: &[Option<&Location>], diagnostic: &Diagnostic) -> Option<usize> {
    let at = diagnostic.location.as_ref().filter(|l| l.line > 0)?;
    starts
        .iter()
        .enumerate()
        .filter_map(|(i, s)| s.map(|s| (i, s)))
        .filter(|(_, s)| s.file == at.file && s.line <= at.line)
        .max_by_key(|(_, s)| s.line)
        .map(|(i, _)| i)
}
