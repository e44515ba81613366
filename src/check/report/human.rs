//! `--format human`: findings grouped by file, each with its place, the line
//! and a marker, and a hint; then rules, scenarios, coverage and one summary line.

use super::{Report, part_name, summary};
use crate::i18n::Lang;
use crate::t;
use std::fmt::Write as _;

/// The report as text for a person; ANSI colour only when `colour` is set.
pub fn render(lang: Lang, report: &Report, colour: bool) -> String {
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
        let heading = group.unwrap_or_else(|| t!(lang, "rapport-kaart-als-geheel"));
        let _ = writeln!(out, "== {heading}\n");
        out.push_str(&crate::render::diagnostics::render_styled(
            lang,
            &report.diagnostics[start..end],
            &report.sources,
            colour,
        ));
        start = end;
    }
    let before = out.len();
    if !report.rules.is_empty() {
        let (proven, total) = (report.rules_proven(), report.rules.len());
        let line = t!(lang, "rapport-regels", proven = proven, total = total);
        let _ = writeln!(out, "{line}");
    }
    if !report.scenarios.is_empty() {
        let (passed, total) = (report.scenarios_passed(), report.scenarios.len());
        let line = t!(lang, "rapport-scenarios", passed = passed, total = total);
        let _ = writeln!(out, "{line}");
    }
    if let Some(coverage) = &report.coverage {
        let percent = crate::i18n::format::percent(lang, coverage.permille());
        let _ = writeln!(out, "{}", t!(lang, "rapport-dekking", percent = percent));
        let of = t!(lang, "rapport-dekking-van");
        // The numbers line up under the longest name in this language.
        let width = coverage
            .parts()
            .iter()
            .map(|(name, _)| part_name(lang, name).chars().count() + 1)
            .fold(11, usize::max);
        for (name, part) in coverage.parts() {
            let name = part_name(lang, name);
            let _ = write!(
                out,
                "  {name:<width$} {:>4} {of} {}",
                part.gedekt, part.totaal
            );
            if !part.niet_gedekt.is_empty() {
                let missing = part.niet_gedekt.join(", ");
                let _ = write!(
                    out,
                    "{}",
                    t!(lang, "rapport-niet-gedekt", missing = missing)
                );
            }
            out.push('\n');
        }
        for region in &coverage.regios {
            let line = t!(
                lang,
                "dekking-regio",
                region = region.naam.as_str(),
                covered = region.gedekt,
                total = region.totaal
            );
            let _ = writeln!(out, "    {line}");
        }
    }
    if !report.blessed.is_empty() {
        let line = t!(lang, "rapport-bijgewerkt", n = report.blessed.len());
        let _ = writeln!(out, "{line}");
    }
    if out.len() > before {
        out.push('\n');
    }
    let line = summary(lang, report);
    let line = match (colour, report.errors() > 0) {
        (false, _) => line,
        (true, true) => format!("\x1b[1;31m{line}\x1b[0m"),
        (true, false) => format!("\x1b[1;32m{line}\x1b[0m"),
    };
    let _ = writeln!(out, "{line}");
    out
}
