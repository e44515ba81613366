//! `--format sarif`: SARIF 2.1.0, the format code-scanning views read (GitHub
//! code scanning, GitLab, editors). One result per finding; each kind of
//! finding is a reporting rule with its code as id, a title of its own, a full
//! description and help.
//!
//! Files are named as URIs relative to one base, `%SRCROOT%` in
//! `originalUriBaseIds`: the git repository that holds the map, else the
//! current directory (the shell decides, see [`Base`]). So code scanning finds
//! the file in the repository, wherever `check` ran and however the folder
//! was written. A line-independent fingerprint lets it follow a finding from
//! one run to the next when lines above it move.

use super::{Report, full_message};
use crate::core::diagnostic::Diagnostic;
use crate::core::finding::Severity;
use crate::i18n::Lang;
use serde_json::{Value, json};
use sha2::{Digest, Sha256};
use std::collections::HashMap;

/// The id of the base that every file URI is relative to.
pub const BASE_ID: &str = "%SRCROOT%";

/// Where the report's files are, for their URIs.
#[derive(Debug, Clone, Default)]
pub struct Base {
    /// The base directory as an absolute `file:` URI ending in `/`; `None`
    /// when not known (URIs are then relative without a named base).
    pub uri: Option<String>,
    /// The map folder as the report's file names start with it (`./regio`,
    /// `/tmp/a b`), and the same folder relative to the base, `/`-separated
    /// (empty when it is the base).
    pub folder: Option<(String, String)>,
}

impl Base {
    /// The URI of a file named `file` in the report, relative to the base.
    pub fn relative_uri(&self, file: &str) -> String {
        let file = file.replace('\\', "/");
        let path = match &self.folder {
            Some((given, relative)) => {
                let given = given.replace('\\', "/");
                match file.strip_prefix(given.trim_end_matches('/')) {
                    Some(rest) if rest.starts_with('/') || rest.is_empty() => {
                        join(relative, rest.trim_start_matches('/'))
                    }
                    _ => file.clone(),
                }
            }
            None => file.clone(),
        };
        let path = path.trim_start_matches("./");
        path.split('/')
            .filter(|s| !s.is_empty() && *s != ".")
            .map(encode_segment)
            .collect::<Vec<_>>()
            .join("/")
    }
}

fn join(folder: &str, rest: &str) -> String {
    match (folder.is_empty(), rest.is_empty()) {
        (true, _) => rest.to_string(),
        (false, true) => folder.to_string(),
        (false, false) => format!("{folder}/{rest}"),
    }
}

/// Percent-encodes one path segment: everything but RFC 3986's unreserved
/// characters, so a space, `%`, `:` or `#` in a folder name stays a name.
pub fn encode_segment(segment: &str) -> String {
    let mut out = String::with_capacity(segment.len());
    for byte in segment.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                out.push(byte as char);
            }
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}

/// An absolute directory as a `file:` URI ending in `/` (`C:\a b` →
/// `file:///C:/a%20b/`).
pub fn directory_uri(path: &str) -> String {
    // Windows' verbatim prefix (`\\?\C:\…`, from canonicalising) is no part of the path.
    let path = path
        .strip_prefix(r"\\?\")
        .unwrap_or(path)
        .replace('\\', "/");
    let mut segments = path.split('/').filter(|s| !s.is_empty()).peekable();
    let mut uri = String::from("file://");
    // A Windows drive (`C:`) stays as it is; every other segment is encoded.
    if let Some(first) = segments.peek()
        && first.len() == 2
        && first.ends_with(':')
        && first.as_bytes()[0].is_ascii_alphabetic()
    {
        uri.push('/');
        uri.push_str(first);
        segments.next();
    }
    for segment in segments {
        uri.push('/');
        uri.push_str(&encode_segment(segment));
    }
    uri.push('/');
    uri
}

/// The report as a SARIF 2.1.0 log.
pub fn render(lang: Lang, report: &Report, base: &Base) -> String {
    let mut codes: Vec<&Diagnostic> = Vec::new();
    for diagnostic in &report.diagnostics {
        if !codes.iter().any(|c| c.code() == diagnostic.code()) {
            codes.push(diagnostic);
        }
    }
    let rules: Vec<Value> = codes.iter().map(|d| rule(lang, d)).collect();
    // A finding about the map as a whole points at its first file: uploads
    // refuse a result without a place.
    let first_file = report.sources.first().map(|s| s.name.as_str());
    let mut seen: HashMap<String, usize> = HashMap::new();
    let results: Vec<Value> = report
        .diagnostics
        .iter()
        .map(|d| {
            let (file, line, column) = match &d.location {
                Some(l) => (Some(l.file.as_str()), l.line, l.column),
                None => (first_file, 0, 0),
            };
            let uri = file.map(|f| base.relative_uri(f));
            let locations: Vec<Value> = uri
                .iter()
                .map(|uri| {
                    let mut artifact = json!({ "uri": uri });
                    if base.uri.is_some() {
                        artifact["uriBaseId"] = json!(BASE_ID);
                    }
                    // A finding about a whole file points at its first line.
                    let region = if line > 0 {
                        json!({ "startLine": line, "startColumn": column.max(1) })
                    } else {
                        json!({ "startLine": 1 })
                    };
                    json!({ "physicalLocation": { "artifactLocation": artifact, "region": region } })
                })
                .collect();
            let key = fingerprint(d, uri.as_deref().unwrap_or_default());
            let occurrence = seen.entry(key.clone()).or_insert(0);
            *occurrence += 1;
            json!({
                "ruleId": d.code(),
                "ruleIndex": codes.iter().position(|c| c.code() == d.code()),
                "level": match d.severity {
                    Severity::Error => "error",
                    Severity::Warning => "warning",
                },
                "message": { "text": full_message(lang, report, d) },
                "locations": locations,
                "partialFingerprints": { "routekaartFinding/v1": format!("{key}:{occurrence}") },
            })
        })
        .collect();
    let mut driver = json!({
        "name": "routekaart",
        "version": env!("CARGO_PKG_VERSION"),
        "semanticVersion": env!("CARGO_PKG_VERSION"),
        "rules": rules,
    });
    if let Some(uri) = information_uri() {
        driver["informationUri"] = json!(uri);
    }
    let mut run = json!({
        "tool": { "driver": driver },
        "columnKind": "unicodeCodePoints",
        "results": results,
    });
    if let Some(uri) = &base.uri {
        run["originalUriBaseIds"] = json!({ BASE_ID: { "uri": uri } });
    }
    let log = json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [run],
    });
    let mut text = serde_json::to_string_pretty(&log).unwrap_or_else(|_| "{}".into());
    text.push('\n');
    text
}

/// The project's page, from Cargo.toml (`homepage`, else `repository`); none
/// when the manifest names neither.
pub fn information_uri() -> Option<&'static str> {
    [env!("CARGO_PKG_HOMEPAGE"), env!("CARGO_PKG_REPOSITORY")]
        .into_iter()
        .find(|uri| !uri.is_empty())
}

/// A reporting rule: its code, a title of its own (the code in words), what
/// its check makes sure of, and how to fix the first finding of its kind.
fn rule(lang: Lang, first: &Diagnostic) -> Value {
    let code = first.code();
    let mut title = code.replace('-', " ");
    if let Some(c) = title.get(..1) {
        title.replace_range(..1, &c.to_uppercase());
    }
    let area = first.area();
    let description = format!("{}: {}.", title, area.description(lang));
    let help = match first.kind.help(lang) {
        Some(help) => crate::t!(lang, "sarif-regel-hulp", help = help),
        None => crate::t!(lang, "sarif-regel-zonder-hulp"),
    };
    json!({
        "id": code,
        // A name for people, unlike the id: `RolNietIngevuld`.
        "name": code
            .split('-')
            .map(|w| w[..1].to_uppercase() + &w[1..])
            .collect::<String>(),
        "shortDescription": { "text": title },
        "fullDescription": { "text": description },
        "help": { "text": help },
        "defaultConfiguration": { "level": match first.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }},
        "properties": { "tags": [area.name()] },
    })
}

/// A key that stays the same when lines move: the finding's code, file and
/// Dutch message (ids, not line numbers), hashed.
fn fingerprint(diagnostic: &Diagnostic, uri: &str) -> String {
    let message = diagnostic.kind.message(Lang::Nl);
    let mut hasher = Sha256::new();
    for part in [diagnostic.code(), uri, message.as_str()] {
        hasher.update(part.as_bytes());
        hasher.update([0]);
    }
    hasher.finalize()[..8]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_become_uris_relative_to_the_base() {
        let base = Base {
            uri: Some(directory_uri("/home/a b/repo")),
            folder: Some(("./kaart 100%".into(), "regio's/kaart 100%".into())),
        };
        assert_eq!(base.uri.as_deref(), Some("file:///home/a%20b/repo/"));
        assert_eq!(
            base.relative_uri("./kaart 100%/vragen.yaml"),
            "regio%27s/kaart%20100%25/vragen.yaml"
        );
        let at_root = Base {
            uri: Some(directory_uri("C:\\werk")),
            folder: Some(("C:\\werk\\a:b".into(), "a:b".into())),
        };
        assert_eq!(at_root.uri.as_deref(), Some("file:///C:/werk/"));
        assert_eq!(
            at_root.relative_uri("C:\\werk\\a:b\\x.yaml"),
            "a%3Ab/x.yaml"
        );
        assert_eq!(Base::default().relative_uri("./vragen.yaml"), "vragen.yaml");
    }
}
