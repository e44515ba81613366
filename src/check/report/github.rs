//! `--format github`: GitHub Actions workflow commands, which the Actions log
//! turns into annotations on the files. GitHub shows at most 10 errors and 10
//! warnings per step, so more are counted in the summary line instead.

use super::{Report, full_message, summary};
use crate::core::finding::Severity;
use crate::i18n::Lang;
use std::fmt::Write as _;

/// The most annotations of one kind (error, warning) that GitHub shows.
pub const MAX_PER_KIND: usize = 10;

/// The report as workflow commands, then a summary line.
pub fn render(lang: Lang, report: &Report) -> String {
    let mut out = String::new();
    let mut shown = [0usize; 2];
    let mut left_out = 0;
    for diagnostic in &report.diagnostics {
        let (command, slot) = match diagnostic.severity {
            Severity::Error => ("error", 0),
            Severity::Warning => ("warning", 1),
        };
        if shown[slot] == MAX_PER_KIND {
            left_out += 1;
            continue;
        }
        shown[slot] += 1;
        let mut properties = Vec::new();
        if let Some(location) = &diagnostic.location {
            properties.push(format!("file={}", property(&location.file)));
            if location.line > 0 {
                properties.push(format!("line={}", location.line));
                properties.push(format!("col={}", location.column));
            }
        }
        properties.push(format!(
            "title={}",
            property(&format!("routekaart: {}", diagnostic.code()))
        ));
        let message = full_message(lang, report, diagnostic);
        let _ = writeln!(
            out,
            "::{command} {}::{}",
            properties.join(","),
            data(&message)
        );
    }
    let mut line = format!("routekaart check: {}", summary(lang, report));
    if left_out > 0 {
        line.push(' ');
        line.push_str(&crate::t!(lang, "rapport-niet-als-annotatie", n = left_out));
    }
    let _ = writeln!(out, "{line}");
    out
}

/// Escapes a command's message.
fn data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escapes a command's property value.
fn property(text: &str) -> String {
    data(text).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_as_github_expects() {
        assert_eq!(data("50% klaar\nregel 2"), "50%25 klaar%0Aregel 2");
        assert_eq!(property("a:b,c"), "a%3Ab%2Cc");
    }
}
