//! YAML text → model types, with parser errors turned into located Dutch diagnostics.
//!
//! Pure: takes a [`SourceFile`], reads nothing. The budget bounds what one file may
//! cost (nodes, depth, aliases), so a hostile or broken file fails fast instead of
//! exhausting memory; the limits are generous for a national map.

use crate::core::diagnostic::{Diagnostic, DiagnosticKind, YamlProblem};
use crate::core::diagnostic_yaml::classify;
use crate::core::source::{Location, SourceFile};
use serde::de::{DeserializeOwned, DeserializeSeed};
use serde_saphyr::budget::BudgetBreach;
use serde_saphyr::{Budget, Error};

/// The most YAML nodes (scalars, lists, mappings) one file may hold: about 100 MB of map.
pub const MAX_NODES: usize = 5_000_000;
/// The deepest nesting one file may have. A map needs about 8.
pub const MAX_DEPTH: usize = 64;

/// Parses one file into `T`.
pub fn parse<T: DeserializeOwned>(source: &SourceFile) -> Result<T, Diagnostic> {
    parse_seed(source, std::marker::PhantomData::<T>)
}

/// Parses one file through `seed`, with the limits and the findings of
/// [`parse`]: for a reader that acts on each item as it is read (the
/// scenarios of `check`, each run and dropped as soon as it is parsed).
pub fn parse_seed<T>(
    source: &SourceFile,
    seed: impl for<'de> DeserializeSeed<'de, Value = T>,
) -> Result<T, Diagnostic> {
    let text = source.text.strip_prefix('\u{feff}').unwrap_or(&source.text);
    let blank = |line: &str| {
        let line = line.trim();
        line.is_empty() || line.starts_with('#') || line == "---"
    };
    if text.lines().all(blank) {
        return Err(Diagnostic::in_file(DiagnosticKind::EmptyFile, &source.name));
    }
    let mut budget = Budget::default();
    budget.max_nodes = MAX_NODES;
    budget.max_events = MAX_NODES * 2;
    budget.max_depth = MAX_DEPTH;
    budget.max_documents = 1;
    budget.max_aliases = 10_000;
    budget.max_anchors = 10_000;
    let options = serde_saphyr::options! {
        budget: Some(budget),
        with_snippet: false,
    };
    serde_saphyr::with_deserializer_from_str_with_options(text, options, |de| seed.deserialize(de))
        .map_err(|error| diagnose(&source.name, text, &error))
}

/// Translates a serde-saphyr error into a diagnostic in `file`.
fn diagnose(file: &str, text: &str, error: &Error) -> Diagnostic {
    let error = innermost(error);
    let mut location = error
        .location()
        .and_then(|l| Location::from_saphyr(file, l))
        .or_else(|| Some(Location::whole_file(file)));
    let strings = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    let kind = match error {
        Error::SerdeUnknownField {
            field, expected, ..
        } => DiagnosticKind::UnknownKey {
            key: field.clone(),
            expected: strings(expected),
        },
        Error::SerdeMissingField { field, .. } => DiagnosticKind::MissingKey {
            key: field.to_string(),
        },
        Error::SerdeUnknownVariant {
            variant, expected, ..
        } => DiagnosticKind::UnknownValue {
            value: variant.clone(),
            expected: strings(expected),
        },
        Error::SerdeInvalidType {
            unexpected,
            expected,
            ..
        }
        | Error::SerdeInvalidValue {
            unexpected,
            expected,
            ..
        } => DiagnosticKind::WrongType {
            found: dutch_type(unexpected),
            expected: dutch_type(expected),
        },
        Error::Unexpected { expected, .. } => DiagnosticKind::WrongType {
            found: "iets anders".into(),
            expected: dutch_type(expected),
        },
        Error::InvalidScalar { ty, .. } => DiagnosticKind::WrongType {
            found: "een waarde die niet past".into(),
            expected: dutch_type(ty),
        },
        Error::DuplicateMappingKey { key, .. } => DiagnosticKind::DuplicateKey {
            key: key.clone().unwrap_or_default(),
        },
        Error::MultipleDocuments { .. } => DiagnosticKind::MultipleDocuments,
        Error::InvalidUtf8Input => DiagnosticKind::NotUtf8,
        Error::Budget {
            breach: BudgetBreach::Documents { .. },
            ..
        } => DiagnosticKind::MultipleDocuments,
        Error::Budget { breach, .. } => DiagnosticKind::TooComplex {
            what: match breach {
                BudgetBreach::Depth { .. } => format!("meer dan {MAX_DEPTH} niveaus diep"),
                BudgetBreach::Nodes { .. } | BudgetBreach::Events { .. } => {
                    format!("meer dan {MAX_NODES} elementen")
                }
                BudgetBreach::Aliases { .. }
                | BudgetBreach::Anchors { .. }
                | BudgetBreach::AliasAnchorRatio { .. }
                | BudgetBreach::RecordedAnchorEvents { .. }
                | BudgetBreach::RecordedAnchorBytes { .. } => {
                    "te veel of te grote ankers (`&`) en aliassen (`*`)".into()
                }
                BudgetBreach::ScalarBytes { .. } | BudgetBreach::InputBytes { .. } => {
                    "te veel tekst".into()
                }
                _ => "boven de grenzen van de lezer".into(),
            },
        },
        Error::AliasReplayLimitExceeded { .. }
        | Error::AliasExpansionLimitExceeded { .. }
        | Error::AliasReplayStackDepthExceeded { .. }
        | Error::AliasReplayCounterOverflow { .. } => DiagnosticKind::TooComplex {
            what: "te veel herhaalde ankers (aliassen)".into(),
        },
        Error::Message { msg, .. } => DiagnosticKind::Syntax {
            problem: YamlProblem::Own {
                message: msg.clone(),
            },
        },
        Error::Eof { .. } => DiagnosticKind::Syntax {
            problem: YamlProblem::UnexpectedEnd,
        },
        other => {
            let (problem, line, column) = match location.as_ref() {
                Some(l) if l.line > 0 => {
                    classify(text, &parser_message(other), (l.line, l.column), MAX_DEPTH)
                }
                _ => classify(text, &parser_message(other), (0, 0), MAX_DEPTH),
            };
            if line > 0 {
                location = Some(Location {
                    file: file.to_string(),
                    line,
                    column,
                });
            }
            DiagnosticKind::Syntax { problem }
        }
    };
    Diagnostic::error(kind, location)
}

/// The error inside snippet and alias wrappers, which carry no meaning of their own.
fn innermost(error: &Error) -> &Error {
    match error {
        Error::WithSnippet { error, .. } | Error::AliasError { error, .. } => innermost(error),
        other => other,
    }
}

/// The parser's message, without its location suffix (the location is kept apart).
fn parser_message(error: &Error) -> String {
    let text = error.without_snippet().to_string();
    match text.find(" at line ") {
        Some(cut) => text[..cut].to_string(),
        None => text,
    }
}

/// Serde's type names ("a sequence", "i64", "string \"x\"") in words a policy officer reads.
fn dutch_type(serde_words: &str) -> String {
    let words = serde_words.trim();
    let lower = words.to_ascii_lowercase();
    if lower.contains("sequence") || lower.starts_with("vec") {
        "een lijst (regels met `- `)".into()
    } else if lower.contains("map") || lower.starts_with("struct") {
        "een verzameling sleutels (`sleutel: waarde`)".into()
    } else if lower.starts_with("string") || lower == "a string" || lower.starts_with("str") {
        match words.split_once(' ') {
            Some((_, value)) if value.starts_with('"') => format!("de tekst {value}"),
            _ => "tekst".into(),
        }
    } else if lower.contains("unit") || lower.contains("null") {
        "een lege waarde".into()
    } else if lower.starts_with('i') || lower.starts_with('u') || lower.contains("integer") {
        match words.split_once(' ') {
            Some((_, value)) if lower.starts_with("integer") => format!("het getal {value}"),
            _ => "een geheel getal".into(),
        }
    } else if lower.contains("float") || lower.starts_with('f') {
        match words.split_once(' ') {
            Some((_, value)) => format!("het kommagetal {value}"),
            None => "een kommagetal".into(),
        }
    } else if lower.contains("bool") {
        "ja/nee (true/false)".into()
    } else {
        words.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::model::{AnswersFile, QuestionsFile};

    fn parse_err<T: DeserializeOwned + std::fmt::Debug>(text: &str) -> Diagnostic {
        parse::<T>(&SourceFile::new("vragen.yaml", text)).unwrap_err()
    }

    fn at(d: &Diagnostic) -> (u32, u32) {
        let l = d.location.as_ref().unwrap();
        (l.line, l.column)
    }

    #[test]
    fn unknown_key_has_location_and_suggestion() {
        let d = parse_err::<QuestionsFile>(
            "vragen:\n  - id: a\n    soort: janee\n    tekts: x\n    tekst: y\n",
        );
        assert!(matches!(&d.kind, DiagnosticKind::UnknownKey { key, .. } if key == "tekts"));
        assert_eq!(at(&d), (4, 5));
        assert!(
            d.kind
                .help(crate::i18n::Lang::Nl)
                .unwrap()
                .contains("bedoelde u `tekst`?")
        );
    }

    #[test]
    fn duplicate_key_is_an_error() {
        let d = parse_err::<QuestionsFile>(
            "vragen:\n  - id: a\n    id: b\n    soort: janee\n    tekst: y\n",
        );
        assert!(matches!(&d.kind, DiagnosticKind::DuplicateKey { key } if key == "id"));
        assert_eq!(at(&d).0, 3);
    }

    #[test]
    fn unknown_kind_lists_the_kinds() {
        let d = parse_err::<QuestionsFile>("vragen:\n  - id: a\n    soort: keus\n    tekst: y\n");
        assert!(matches!(&d.kind, DiagnosticKind::UnknownValue { value, .. } if value == "keus"));
        assert!(
            d.kind
                .help(crate::i18n::Lang::Nl)
                .unwrap()
                .contains("bedoelde u `keuze`?")
        );
    }

    #[test]
    fn wrong_type_is_worded_in_dutch() {
        let d = parse_err::<QuestionsFile>("vragen: hallo\n");
        assert!(
            matches!(&d.kind, DiagnosticKind::WrongType { expected, .. } if expected.contains("lijst")),
            "{d:?}"
        );
    }

    #[test]
    fn empty_and_bom_and_crlf() {
        let d = parse_err::<QuestionsFile>("  \n");
        assert_eq!(d.kind, DiagnosticKind::EmptyFile);
        let ok = parse::<AnswersFile>(&SourceFile::new(
            "a.yaml",
            "\u{feff}signaal: verzuim\r\nuren: 16\r\n",
        ))
        .unwrap();
        assert_eq!(ok.antwoorden.len(), 2);
        assert_eq!(ok.antwoorden[1].1.to_text(), "16");
    }

    #[test]
    fn syntax_error_has_a_line() {
        for broken in [
            "vragen:\n  - id: \"a\n    soort: janee\n",
            "vragen:\n\t- id: a\n",
        ] {
            let d = parse_err::<QuestionsFile>(broken);
            assert!(matches!(d.kind, DiagnosticKind::Syntax { .. }), "{d:?}");
            assert!(at(&d).0 >= 2, "{d:?}");
        }
    }

    #[test]
    fn alias_bomb_is_refused() {
        let mut yaml = String::from("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for i in 1..10 {
            let p = i - 1;
            yaml.push_str(&format!(
                "a{i}: &a{i} [*a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}]\n"
            ));
        }
        // Into an untyped value, so only the budget can stop it.
        let d = parse::<serde_json::Value>(&SourceFile::new("bom.yaml", yaml)).unwrap_err();
        assert!(matches!(d.kind, DiagnosticKind::TooComplex { .. }), "{d:?}");
    }
}
