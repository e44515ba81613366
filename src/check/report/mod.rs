//! The report of `check` for people and for machines: human text (with colour
//! on a terminal), JSON, JUnit XML, GitHub workflow commands and SARIF. The
//! shell picks one (`--format`); each module has one `render`.

pub mod github;
pub mod human;
pub mod json;
pub mod junit;
pub mod sarif;

use super::Report;
use crate::core::diagnostic::Diagnostic;
use crate::core::source::Location;
use crate::i18n::Lang;
use crate::t;

/// The summary line: `N fouten, M waarschuwingen, K scenario's geslaagd`.
pub fn summary(lang: Lang, report: &Report) -> String {
    let mut line = [
        t!(lang, "rapport-fouten", n = report.errors()),
        t!(lang, "rapport-waarschuwingen", n = report.warnings()),
        t!(
            lang,
            "rapport-scenarios-geslaagd",
            n = report.scenarios_passed()
        ),
    ]
    .join(", ");
    let failed = report.scenarios.len() - report.scenarios_passed();
    if failed > 0 {
        line.push(' ');
        line.push_str(&t!(lang, "rapport-gefaald", n = failed));
    }
    if !report.rules.is_empty() {
        line.push_str(", ");
        line.push_str(&t!(
            lang,
            "rapport-regels-bewezen",
            proven = report.rules_proven(),
            rules = report.rules.len()
        ));
    }
    line
}

/// A finding's message with its help, for formats that show only the
/// findings (GitHub annotations, SARIF): a coverage gate that fails also says
/// what is not covered, which the human report lists separately.
pub fn full_message(lang: Lang, report: &Report, diagnostic: &Diagnostic) -> String {
    let mut message = diagnostic.kind.message(lang);
    if diagnostic.code() == "dekking-te-laag"
        && let Some(coverage) = &report.coverage
    {
        for (part, covered) in coverage.parts() {
            if covered.niet_gedekt.is_empty() {
                continue;
            }
            message.push('\n');
            message.push_str(&crate::t!(
                lang,
                "dekking-niet-gedekt",
                part = part_name(lang, part),
                items = covered.niet_gedekt.join(", ")
            ));
        }
    }
    if let Some(help) = diagnostic.kind.help(lang) {
        message.push('\n');
        message.push_str(&t!(lang, "rapport-hulp", help = help));
    }
    message
}

/// The name of a part of the coverage (`vragen`, …) in `lang`.
pub fn part_name(lang: Lang, dutch: &str) -> String {
    t!(lang, "rapport-deel", part = dutch)
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
