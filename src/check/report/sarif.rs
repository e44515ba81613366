//! `--format sarif`: SARIF 2.1.0, the format code-scanning views read (GitHub
//! code scanning, GitLab, editors). One result per finding; each kind of
//! finding is a reporting rule with its code as id.

use super::Report;
use crate::core::finding::Severity;
use crate::i18n::Lang;
use serde_json::json;

/// The report as a SARIF 2.1.0 log.
pub fn render(lang: Lang, report: &Report) -> String {
    let mut codes: Vec<(&'static str, String)> = Vec::new();
    for diagnostic in &report.diagnostics {
        let entry = (diagnostic.code(), diagnostic.area().description(lang));
        if !codes.iter().any(|(c, _)| *c == entry.0) {
            codes.push(entry);
        }
    }
    let rules: Vec<_> = codes
        .iter()
        .map(|(code, description)| json!({ "id": code, "shortDescription": { "text": description } }))
        .collect();
    let results: Vec<_> = report
        .diagnostics
        .iter()
        .map(|d| {
            let mut message = d.kind.message(lang);
            if let Some(help) = d.kind.help(lang) {
                message.push_str(crate::i18n::pick("\nhulp: ", "\nhelp: "));
                message.push_str(&help);
            }
            // Code-scanning uploads refuse a result without a place: a finding
            // about the map as a whole points at its first file.
            let whole_map = report
                .sources
                .first()
                .map(|s| crate::core::source::Location::whole_file(&s.name));
            let locations: Vec<_> = d
                .location
                .iter()
                .chain(whole_map.iter().filter(|_| d.location.is_none()))
                .map(|l| {
                    let uri = l.file.replace('\\', "/");
                    if l.line > 0 {
                        json!({ "physicalLocation": {
                            "artifactLocation": { "uri": uri },
                            "region": { "startLine": l.line, "startColumn": l.column }
                        }})
                    } else {
                        json!({ "physicalLocation": { "artifactLocation": { "uri": uri } } })
                    }
                })
                .collect();
            json!({
                "ruleId": d.code(),
                "ruleIndex": codes.iter().position(|(c, _)| *c == d.code()),
                "level": match d.severity {
                    Severity::Error => "error",
                    Severity::Warning => "warning",
                },
                "message": { "text": message },
                "locations": locations,
            })
        })
        .collect();
    let log = json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": { "driver": {
                "name": "routekaart",
                "version": env!("CARGO_PKG_VERSION"),
                "rules": rules,
            }},
            "results": results,
        }],
    });
    let mut text = serde_json::to_string_pretty(&log).unwrap_or_else(|_| "{}".into());
    text.push('\n');
    text
}
