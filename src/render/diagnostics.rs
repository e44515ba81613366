//! Diagnostics for people: the message, `file:line:column`, the source line
//! with a marker under the offending token, and how to fix it, in the language
//! asked for; ANSI colour only when asked. Pure: it returns text.

use crate::core::diagnostic::Diagnostic;
use crate::core::finding::Severity;
use crate::core::source::SourceFile;
use crate::core::text::clean;
use crate::i18n::Lang;
use crate::t;
use std::fmt::Write as _;

/// Renders diagnostics for people: message, `file:line:column`, the source line
/// with a marker under the offending token, and a hint. No colour.
pub fn render(lang: Lang, diagnostics: &[Diagnostic], sources: &[SourceFile]) -> String {
    render_styled(lang, diagnostics, sources, false)
}

/// [`render`], with ANSI colour when `colour` is set (a terminal, no `NO_COLOR`).
pub fn render_styled(
    lang: Lang,
    diagnostics: &[Diagnostic],
    sources: &[SourceFile],
    colour: bool,
) -> String {
    let paint = |code: &str, text: &str| {
        if colour {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    };
    let mut out = String::new();
    for diagnostic in diagnostics {
        let (label, code) = match diagnostic.severity {
            Severity::Error => (t!(lang, "ernst-fout"), "1;31"),
            Severity::Warning => (t!(lang, "ernst-waarschuwing"), "1;33"),
        };
        let message = clean(&diagnostic.kind.message(lang));
        let _ = writeln!(out, "{}: {message}", paint(code, &label));
        if let Some(location) = &diagnostic.location {
            let arrow = paint("1;34", "-->");
            if location.line == 0 {
                let _ = writeln!(out, "  {arrow} {}", clean(&location.file));
            } else {
                let _ = writeln!(out, "  {arrow} {}", clean(&location.to_string()));
                let source = sources.iter().find(|s| s.name == location.file);
                if let Some(line) = source.and_then(|s| s.line(location.line)) {
                    let number = location.line.to_string();
                    let pad = " ".repeat(number.len());
                    let column = usize::try_from(location.column).unwrap_or(1).max(1) - 1;
                    let (line, start) = excerpt(line, column);
                    let width = token_width(&line, start);
                    let bar = paint("1;34", "|");
                    let _ = writeln!(out, "{pad} {bar}");
                    let _ = writeln!(out, "{} {bar} {line}", paint("1;34", &number));
                    let marker = paint(code, &"^".repeat(width));
                    let _ = writeln!(out, "{pad} {bar} {}{marker}", " ".repeat(start));
                }
            }
        }
        if let Some(help) = diagnostic.kind.help(lang) {
            let help = clean(&help);
            let label = format!("= {}:", t!(lang, "label-hulp"));
            let _ = writeln!(out, "  {} {help}", paint("1;36", &label));
        }
        out.push('\n');
    }
    out
}

/// The most characters of a source line quoted under a message.
const EXCERPT_CHARS: usize = 100;

/// A source line as quoted under a message, and the column of `column` in it: a
/// long line (a minified or generated file) is cut to a window around the column
/// with `…` at the cut ends; tabs become spaces, and control and bidirectional
/// characters become visible stand-ins (`␀`, `␛`, `�`) of one column each, so the
/// marker still points at the right place and nothing reaches the terminal as
/// control.
fn excerpt(line: &str, column: usize) -> (String, usize) {
    let chars: Vec<char> = line.chars().collect();
    let column = column.min(chars.len());
    let (from, to) = if chars.len() <= EXCERPT_CHARS {
        (0, chars.len())
    } else {
        let from = column.saturating_sub(EXCERPT_CHARS / 2);
        let from = from.min(chars.len() - EXCERPT_CHARS);
        (from, from + EXCERPT_CHARS)
    };
    let mut shown = String::new();
    if from > 0 {
        shown.push('…');
    }
    for &c in &chars[from..to] {
        shown.push(match c {
            '\t' => ' ',
            '\u{0}'..='\u{1f}' => char::from_u32(0x2400 + c as u32).unwrap_or('\u{fffd}'),
            '\u{7f}' => '\u{2421}',
            c if c.is_control()
                || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}') =>
            {
                '\u{fffd}'
            }
            c => c,
        });
    }
    if to < chars.len() {
        shown.push('…');
    }
    (shown, column - from + usize::from(from > 0))
}

/// Width of the token starting at char `start`: up to a space, `:` or `,`; at least 1.
fn token_width(line: &str, start: usize) -> usize {
    line.chars()
        .skip(start)
        .take_while(|c| !c.is_whitespace() && *c != ':' && *c != ',')
        .count()
        .max(1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::diagnostic::DiagnosticKind;
    use crate::core::source::Location;

    #[test]
    fn long_lines_are_cut_around_the_column_and_controls_shown() {
        let line = format!("{}X{}", "a".repeat(5_000), "b".repeat(5_000));
        let (shown, start) = excerpt(&line, 5_000);
        assert_eq!(shown.chars().count(), EXCERPT_CHARS + 2);
        assert_eq!(shown.chars().nth(start), Some('X'));
        assert!(shown.starts_with('…') && shown.ends_with('…'));
        let (shown, start) = excerpt("id: a\u{0}b\u{1b}[2J\u{202e}", 6);
        assert_eq!(shown, "id: a␀b␛[2J�");
        assert_eq!(start, 6);
        assert_eq!(excerpt("kort", 99), ("kort".to_string(), 4));
    }

    #[test]
    fn renders_in_english() {
        let diagnostic = Diagnostic::error(
            DiagnosticKind::UnknownKey {
                key: "tekts".into(),
                expected: vec!["tekst".into()],
            },
            Some(Location {
                file: "vragen.yaml".into(),
                line: 2,
                column: 5,
            }),
        );
        let text = render(Lang::En, &[diagnostic], &[]);
        assert!(text.starts_with("error: unknown key `tekts`\n"), "{text}");
        assert!(
            text.contains("= help: did you mean `tekst`? Allowed: `tekst`"),
            "{text}"
        );
    }

    #[test]
    fn renders_line_and_marker() {
        let source = SourceFile::new("vragen.yaml", "vragen:\n  - idd: x\n");
        let diagnostic = Diagnostic::error(
            DiagnosticKind::UnknownKey {
                key: "idd".into(),
                expected: vec!["id".into()],
            },
            Some(Location {
                file: "vragen.yaml".into(),
                line: 2,
                column: 5,
            }),
        );
        let text = render(Lang::Nl, &[diagnostic], &[source]);
        assert!(text.contains("fout: onbekende sleutel `idd`"), "{text}");
        assert!(text.contains("--> vragen.yaml:2:5"), "{text}");
        assert!(text.contains("2 |   - idd: x\n  |     ^^^\n"), "{text}");
        assert!(text.contains("bedoelde u `id`?"), "{text}");
    }
}
