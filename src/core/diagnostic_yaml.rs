//! Why a YAML file does not parse, in terms of what its author wrote.
//!
//! The parser's messages are English and name its own state ("simple key
//! expected ':'", "did not find expected key"), and for a tab or an unclosed
//! bracket it stops a line or more away from the cause. Here the message and
//! the place are matched against the text itself, so the diagnostic names the
//! cause (a missing colon, a tab, the bracket that is never closed) where it
//! is, and says how to fix it. The words are in the catalogue
//! (`locales/*/diagnostics.ftl`, ids `yaml-*`). Pure: text in, data out.

use crate::i18n::Lang;
use crate::i18n::catalogue::{Args, attribute, message};

/// What is wrong in a file that is not valid YAML.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum YamlProblem {
    /// A tab in the indentation; YAML indents with spaces only.
    Tab,
    /// `key value`: a key without its colon.
    MissingColon {
        key: String,
    },
    /// `key:value`: a colon without the space after it.
    NoSpaceAfterColon {
        key: String,
    },
    /// `*name` where no `&name` came before.
    UnknownAlias {
        alias: String,
    },
    /// A `[` or `{` that is never closed.
    UnclosedBracket {
        bracket: char,
    },
    UnclosedQuote,
    /// `"text" more`: text after the closing quote.
    TextAfterQuote,
    /// `key: text: more`: a colon and space inside a plain text.
    ColonInText,
    /// A line indented further than the `key: value` line above it, so it
    /// reads as that value's continuation.
    IndentedUnderValue {
        line: u32,
    },
    /// A line that lines up with nothing it could belong to.
    Indentation,
    /// A value that starts with a character YAML reserves (`@`, `` ` ``, `%`).
    ReservedStart {
        character: char,
    },
    /// A control character or binary data.
    ControlCharacter,
    /// Text on the line of a `|` or `>`.
    BlockScalarHeader,
    UnexpectedEnd,
    /// `.nan` or `.inf` where a number is expected.
    NotANumber,
    TooDeep {
        depth: usize,
    },
    /// Anything else: the structure does not hold at this place.
    Structure,
    /// A message of the map's own reader (already in Dutch, with its fix),
    /// such as "een lijst in een lijst".
    Own {
        message: String,
    },
}

impl YamlProblem {
    /// The catalogue id of this problem's message and help.
    pub fn id(&self) -> &'static str {
        use YamlProblem::*;
        match self {
            Tab => "yaml-tab",
            MissingColon { .. } => "yaml-dubbele-punt-ontbreekt",
            NoSpaceAfterColon { .. } => "yaml-spatie-na-dubbele-punt",
            UnknownAlias { .. } => "yaml-onbekend-anker",
            UnclosedBracket { .. } => "yaml-haakje-open",
            UnclosedQuote => "yaml-aanhalingsteken-open",
            TextAfterQuote => "yaml-tekst-na-aanhalingsteken",
            ColonInText => "yaml-dubbele-punt-in-tekst",
            IndentedUnderValue { .. } => "yaml-onder-een-waarde",
            Indentation => "yaml-inspringen",
            ReservedStart { .. } => "yaml-gereserveerd-teken",
            ControlCharacter => "yaml-stuurteken",
            BlockScalarHeader => "yaml-blokteken",
            UnexpectedEnd => "yaml-einde",
            NotANumber => "yaml-geen-getal",
            TooDeep { .. } => "yaml-te-diep",
            Structure | Own { .. } => "yaml-opbouw",
        }
    }

    /// The catalogue arguments of this problem.
    fn args(&self) -> Args<'static> {
        use YamlProblem::*;
        let mut args = Args::new();
        match self {
            MissingColon { key } | NoSpaceAfterColon { key } => args.set("key", key.clone()),
            UnknownAlias { alias } => args.set("alias", alias.clone()),
            UnclosedBracket { bracket } => {
                args.set("bracket", bracket.to_string());
                args.set("closing", if *bracket == '[' { "]" } else { "}" });
            }
            IndentedUnderValue { line } => args.set("line", line.to_string()),
            ReservedStart { character } => args.set("character", character.to_string()),
            TooDeep { depth } => args.set("depth", depth.to_string()),
            _ => {}
        }
        args
    }

    /// What is wrong, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            YamlProblem::Own { message } => message.clone(),
            _ => message(lang, self.id(), &self.args()),
        }
    }

    /// How to fix it, in `lang`; an own message says it itself.
    pub fn help(&self, lang: Lang) -> Option<String> {
        match self {
            YamlProblem::Own { .. } => None,
            _ => attribute(lang, self.id(), "help", &self.args()),
        }
    }
}

/// The problem behind the parser's `error` (its message without location) at
/// `line`:`column` (1-based) of `text`, and where the cause is: often that
/// place, sometimes a line elsewhere (the tab, the open bracket). `max_depth`
/// is the parser's limit on nesting, for a file nested deeper.
pub fn classify(
    text: &str,
    error: &str,
    (line, column): (u32, u32),
    max_depth: usize,
) -> (YamlProblem, u32, u32) {
    let error = error.to_lowercase();
    let lines: Vec<&str> = text.lines().collect();
    let line_text = |n: u32| lines.get((n as usize).wrapping_sub(1)).copied();
    let at = |n: u32, c: u32| {
        let c = (c as usize).checked_sub(1)?;
        line_text(n).and_then(|l| l.chars().nth(c))
    };
    let here = (line, column);
    let (problem, (line, column)) = if error.contains("tab") {
        (YamlProblem::Tab, find_tab(&lines, line).unwrap_or(here))
    } else if let Some(opened) = open_bracket(&lines, line) {
        let bracket = at(opened.0, opened.1).unwrap_or('[');
        (YamlProblem::UnclosedBracket { bracket }, opened)
    } else if error.contains("unknown anchor") {
        let alias = line_text(line)
            .map(|l| word_at(l, column).trim_start_matches('*').to_string())
            .unwrap_or_default();
        (YamlProblem::UnknownAlias { alias }, here)
    } else if error.contains("simple key expected") {
        let word = line_text(line).map_or(String::new(), |l| word_at(l, column));
        match word.split_once(':') {
            Some((key, _)) => (
                YamlProblem::NoSpaceAfterColon {
                    key: key.to_string(),
                },
                here,
            ),
            None => (YamlProblem::MissingColon { key: word }, here),
        }
    } else if error.contains("unclosed quote") || error.contains("unterminated") {
        (YamlProblem::UnclosedQuote, here)
    } else if error.contains("trailing content after") {
        (YamlProblem::TextAfterQuote, here)
    } else if error.contains("block scalar") {
        (YamlProblem::BlockScalarHeader, here)
    } else if error.contains("non-finite") {
        (YamlProblem::NotANumber, here)
    } else if error.contains("recursion limit") {
        (YamlProblem::TooDeep { depth: max_depth }, here)
    } else if error.contains("unexpected character") || error.contains("invalid character") {
        match at(line, column) {
            Some(c @ ('@' | '`' | '%')) => (YamlProblem::ReservedStart { character: c }, here),
            _ => (YamlProblem::ControlCharacter, here),
        }
    } else if let Some(above) = under_a_value(&lines, line) {
        let indent = indentation(line_text(line).unwrap_or_default());
        (
            YamlProblem::IndentedUnderValue { line: above },
            (line, indent + 1),
        )
    } else if error.contains("mapping values are not allowed") {
        (YamlProblem::ColonInText, here)
    } else if error.contains("did not find expected") || error.contains("illegal placement") {
        let indent = indentation(line_text(line).unwrap_or_default());
        (YamlProblem::Indentation, (line, indent + 1))
    } else {
        (YamlProblem::Structure, here)
    };
    (problem, line, column)
}

/// The first tab in the indentation of a line, from `from` on (the parser
/// stops at the line before), else anywhere in the file: (line, column).
fn find_tab(lines: &[&str], from: u32) -> Option<(u32, u32)> {
    let tab_in = |(i, line): (usize, &&str)| {
        let lead = line.len() - line.trim_start_matches([' ', '\t']).len();
        line[..lead]
            .find('\t')
            .map(|at| (i as u32 + 1, line[..at].chars().count() as u32 + 1))
    };
    let start = (from as usize).saturating_sub(1);
    lines
        .iter()
        .enumerate()
        .skip(start)
        .find_map(tab_in)
        .or_else(|| lines.iter().enumerate().find_map(tab_in))
}

/// The `[` or `{` still open when line `line` starts, if it was opened on an
/// earlier line: (line, column). Only a bracket that begins a value opens a
/// list (`naar: [a, b]`, `- {a: b}`); in plain text (`tekst: kies [a]`) it is
/// text. Quotes and comments are skipped.
fn open_bracket(lines: &[&str], line: u32) -> Option<(u32, u32)> {
    let mut open: Vec<(u32, u32)> = Vec::new();
    for (i, text) in lines
        .iter()
        .enumerate()
        .take((line as usize).saturating_sub(1))
    {
        let chars: Vec<char> = text.chars().collect();
        let mut quote: Option<char> = None;
        let mut value_start = true;
        for (c, &ch) in chars.iter().enumerate() {
            if let Some(q) = quote {
                if ch == q {
                    quote = None;
                }
                continue;
            }
            match ch {
                '#' if c == 0 || chars[c - 1] == ' ' => break,
                '"' | '\'' if value_start || !open.is_empty() => quote = Some(ch),
                '[' | '{' if value_start || !open.is_empty() => {
                    open.push((i as u32 + 1, c as u32 + 1));
                }
                ']' | '}' if !open.is_empty() => {
                    open.pop();
                }
                ' ' => continue,
                '-' if value_start && chars.get(c + 1).is_none_or(|n| *n == ' ') => continue,
                ':' if chars.get(c + 1).is_none_or(|n| *n == ' ') => {
                    value_start = true;
                    continue;
                }
                _ => {}
            }
            value_start = false;
        }
    }
    open.first().copied()
}

/// The line of the `key: value` just above `line`, when `line` is indented
/// further than it: YAML reads `line` as more of that value.
fn under_a_value(lines: &[&str], line: u32) -> Option<u32> {
    let current = lines.get((line as usize).checked_sub(1)?)?;
    let (above, text) = lines[..line as usize - 1]
        .iter()
        .enumerate()
        .rev()
        .find(|(_, l)| !l.trim().is_empty() && !l.trim_start().starts_with('#'))?;
    let value = text
        .trim_start()
        .trim_start_matches("- ")
        .split_once(": ")?
        .1
        .trim();
    let scalar = !value.is_empty() && !value.starts_with(['|', '>', '&', '#']);
    (scalar && indentation(current) > indentation(text)).then_some(above as u32 + 1)
}

/// The spaces before a line's first character.
fn indentation(line: &str) -> u32 {
    (line.len() - line.trim_start_matches(' ').len()) as u32
}

/// The word that starts at `column` (1-based) of `line`: up to a space.
fn word_at(line: &str, column: u32) -> String {
    line.chars()
        .skip((column as usize).saturating_sub(1))
        .take_while(|c| !c.is_whitespace())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tab_is_found_on_its_own_line_not_the_line_the_parser_stopped_at() {
        let text = "vragen:\n  - id: a\n    tekst: b\n\tnaar: c\n";
        assert_eq!(
            classify(text, "found a tab character", (3, 12), 64),
            (YamlProblem::Tab, 4, 1)
        );
    }

    #[test]
    fn an_open_bracket_is_blamed_where_it_opens() {
        let text = "vragen:\n  - id: a\n    naar: [b, c\n  - id: d\n";
        assert_eq!(
            classify(text, "illegal placement of ':' indicator", (4, 7), 64),
            (YamlProblem::UnclosedBracket { bracket: '[' }, 3, 11)
        );
        // A bracket in plain text, or closed on a later line, is no error.
        let text = "vragen:\n  - tekst: kies [a\n    naar: [b,\n      c]\n  - x\n";
        assert_eq!(open_bracket(&text.lines().collect::<Vec<_>>(), 5), None);
    }

    #[test]
    fn a_key_without_its_colon_or_its_space_is_named() {
        assert_eq!(
            classify("a:\n  tekst Waar\n", "simple key expected ':'", (2, 3), 64).0,
            YamlProblem::MissingColon {
                key: "tekst".into()
            }
        );
        assert_eq!(
            classify("a:\n  tekst:Waar\n", "simple key expected ':'", (2, 3), 64).0,
            YamlProblem::NoSpaceAfterColon {
                key: "tekst".into()
            }
        );
    }

    #[test]
    fn a_line_indented_under_a_value_names_that_line() {
        let text = "vragen:\n  - id: a\n    tekst: b\n      naar: c\n";
        assert_eq!(
            classify(
                text,
                "mapping values are not allowed in this context",
                (4, 11),
                64
            ),
            (YamlProblem::IndentedUnderValue { line: 3 }, 4, 7)
        );
    }

    #[test]
    fn every_problem_has_words_and_help_in_every_language() {
        let problems = [
            YamlProblem::Tab,
            YamlProblem::MissingColon { key: "k".into() },
            YamlProblem::NoSpaceAfterColon { key: "k".into() },
            YamlProblem::UnknownAlias { alias: "a".into() },
            YamlProblem::UnclosedBracket { bracket: '{' },
            YamlProblem::UnclosedQuote,
            YamlProblem::TextAfterQuote,
            YamlProblem::ColonInText,
            YamlProblem::IndentedUnderValue { line: 3 },
            YamlProblem::Indentation,
            YamlProblem::ReservedStart { character: '@' },
            YamlProblem::ControlCharacter,
            YamlProblem::BlockScalarHeader,
            YamlProblem::UnexpectedEnd,
            YamlProblem::NotANumber,
            YamlProblem::TooDeep { depth: 64 },
            YamlProblem::Structure,
        ];
        for problem in problems {
            for lang in [Lang::Nl, Lang::En] {
                let words = problem.message(lang);
                assert!(
                    !words.is_empty() && !words.contains("{$"),
                    "{problem:?}: {words}"
                );
                assert!(problem.help(lang).is_some(), "{problem:?} {lang:?}");
            }
        }
    }
}
