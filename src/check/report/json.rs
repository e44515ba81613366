//! `--format json`: one document, described in `docs/check-json.md`.

use super::{Report, summary};
use crate::core::diagnostic::Diagnostic;
use crate::core::finding::Severity;
use crate::i18n::Lang;
use serde_json::{Value, json};

/// The version of the JSON layout; raised on any incompatible change.
pub const SCHEMA_VERSION: u32 = 1;

/// The report as JSON.
pub fn render(lang: Lang, report: &Report, strict: bool) -> String {
    let map = report
        .map
        .as_ref()
        .map(|m| json!({ "naam": m.naam, "versie": m.versie, "controlegetal": m.checksum }));
    let document = json!({
        "schema": SCHEMA_VERSION,
        "routekaart": map,
        "geslaagd": !report.failed(strict),
        "samenvatting": {
            "tekst": summary(lang, report),
            "fouten": report.errors(),
            "waarschuwingen": report.warnings(),
            "regels_bewezen": report.rules_proven(),
            "regels": report.rules.len(),
            "scenarios_geslaagd": report.scenarios_passed(),
            "scenarios": report.scenarios.len(),
            "dekking_procent": report.coverage.as_ref().map(|c| f64::from(c.permille()) / 10.0),
        },
        "bevindingen": report.diagnostics.iter().map(|d| finding(lang, d)).collect::<Vec<_>>(),
        "regels": report.rules.iter().map(|r| json!({
            "id": r.id,
            "naam": r.naam,
            "bewezen": r.proven,
            "bestand": r.location.as_ref().map(|l| &l.file),
            "regel": r.location.as_ref().map(|l| l.line),
        })).collect::<Vec<_>>(),
        "scenarios": report.scenarios.iter().map(|s| json!({
            "naam": s.name,
            "geslaagd": s.passed,
            "bestand": s.location.as_ref().map(|l| &l.file),
            "regel": s.location.as_ref().map(|l| l.line),
        })).collect::<Vec<_>>(),
        "dekking": report.coverage,
        "bijgewerkt": report.blessed.iter().map(|(path, _)| path).collect::<Vec<_>>(),
    });
    let mut text = serde_json::to_string_pretty(&document).unwrap_or_else(|_| "{}".into());
    text.push('\n');
    text
}

fn finding(lang: Lang, diagnostic: &Diagnostic) -> Value {
    let location = diagnostic.location.as_ref();
    json!({
        "ernst": match diagnostic.severity {
            Severity::Error => "fout",
            Severity::Warning => "waarschuwing",
        },
        "code": diagnostic.code(),
        "controle": diagnostic.area().name(),
        "bericht": diagnostic.kind.message(lang),
        "hulp": diagnostic.kind.help(lang),
        "bestand": location.map(|l| &l.file),
        "regel": location.filter(|l| l.line > 0).map(|l| l.line),
        "kolom": location.filter(|l| l.line > 0).map(|l| l.column),
    })
}
