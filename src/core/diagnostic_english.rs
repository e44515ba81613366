//! The English wording of [`DiagnosticKind`]: the same sentences as its Dutch
//! `Display` and `help`, for `--lang en`. Keys, ids and values stay as the map
//! writes them (`tekst`, `naar`), since the map's files are Dutch.

use crate::core::diagnostic::{AnswerOfProblem, DiagnosticKind};

use crate::core::ids::IdKind;

use crate::i18n::format::list;

use crate::core::ids::suggest;
use std::fmt;

impl IdKind {
    /// The English noun for this kind of id, in messages.
    pub fn english_noun(self) -> &'static str {
        match self {
            IdKind::Node => "question or advice",
            IdKind::Organisation => "organisation",
            IdKind::Role => "role",
            IdKind::Gemeente => "municipality",
            IdKind::Question => "question",
            IdKind::Advice => "advice",
            IdKind::Contact => "organisation or role",
            IdKind::Rule => "rule",
            IdKind::Theme => "theme",
        }
    }

    fn english_file(self) -> &'static str {
        match self {
            IdKind::Node => "vragen.yaml or adviezen.yaml",
            IdKind::Organisation => "organisaties.yaml",
            IdKind::Role => "routekaart.yaml (rollen)",
            IdKind::Gemeente => "gemeenten.yaml",
            IdKind::Question => "vragen.yaml",
            IdKind::Advice => "adviezen.yaml",
            IdKind::Contact => "organisaties.yaml or routekaart.yaml (rollen)",
            IdKind::Rule => "regels.yaml",
            IdKind::Theme => "vragen.yaml (themas)",
        }
    }
}

/// A Dutch noun that [`DiagnosticKind::InvalidId`] carries, in English.
fn noun(dutch: &str) -> &str {
    match dutch {
        "vraag of advies" => "question or advice",
        "organisatie" => "organisation",
        "rol" => "role",
        "gemeente" => "municipality",
        "vraag" => "question",
        "advies" => "advice",
        "organisatie of rol" => "organisation or role",
        "regel" => "rule",
        "antwoord" => "answer",
        "thema" => "theme",
        other => other,
    }
}

fn capitalised(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

impl DiagnosticKind {
    /// The message in English.
    pub(crate) fn english(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use DiagnosticKind::*;
        match self {
            MissingFile => write!(f, "file is missing"),
            NotAFolder => write!(f, "this is not a folder of routekaart files"),
            FileTooLarge { size, limit } => write!(
                f,
                "file is too large: {} (the limit is {})",
                crate::i18n::format::bytes(crate::i18n::Lang::En, *size),
                crate::i18n::format::bytes(crate::i18n::Lang::En, *limit)
            ),
            NotUtf8 => write!(f, "file is not UTF-8 text"),
            ReadFailed { reason } => write!(f, "file cannot be read: {reason}"),
            EmptyFile => write!(f, "file is empty"),
            Syntax { message } => write!(f, "not valid YAML: {message}"),
            MultipleDocuments => write!(f, "file holds more than one YAML document (`---`)"),
            UnknownKey { key, .. } => write!(f, "unknown key `{key}`"),
            MissingKey { key } => write!(f, "required key `{key}` is missing"),
            UnknownValue { value, .. } => write!(f, "unknown value `{value}`"),
            WrongType { found, expected } => {
                write!(f, "wrong kind of value: {found}, expected {expected}")
            }
            DuplicateKey { key } => write!(f, "key `{key}` is here twice"),
            TooComplex { what } => write!(f, "file is too large or too deeply nested: {what}"),
            DuplicateId { kind, id, .. } => {
                write!(
                    f,
                    "{} `{id}` already exists",
                    capitalised(kind.english_noun())
                )
            }
            InvalidId { what, id } => {
                let id = id.escape_debug();
                write!(f, "{} `{id}` is not a valid id", capitalised(noun(what)))
            }
            UnknownReference { kind, id, .. } => {
                write!(f, "reference to an unknown {} `{id}`", kind.english_noun())
            }
            FieldNotForKind { field, soort, id } => write!(
                f,
                "question `{id}`: key `{field}` does not belong to kind `{soort}`"
            ),
            MissingFieldForKind { field, soort, id } => {
                write!(f, "question `{id}` of kind `{soort}` lacks key `{field}`")
            }
            NoOptions { id } => write!(f, "question `{id}` has no answers"),
            DuplicateOption { question, value } => {
                write!(f, "question `{question}`: answer `{value}` is there twice")
            }
            ContactRoleOrOrganisation { advice } => write!(
                f,
                "advice `{advice}`: a contact names either a `rol` or an `organisatie`, exactly one of them"
            ),
            NoContacts { advice } => write!(f, "advice `{advice}` names no contact at all"),
            RangeReversed {
                question,
                van,
                tot_en_met,
            } => write!(
                f,
                "question `{question}`: the range from {van} up to and including {tot_en_met} runs backwards"
            ),
            RangeGap { question, value } => write!(
                f,
                "question `{question}`: the number {value} falls in no range"
            ),
            RangeOverlap { question, value } => write!(
                f,
                "question `{question}`: the number {value} falls in two ranges"
            ),
            MinAboveMax { question, min, max } => write!(
                f,
                "question `{question}`: min ({min}) is greater than max ({max})"
            ),
            StartIsNotAQuestion { id } => write!(
                f,
                "`start` must point at a question, but `{id}` is an advice"
            ),
            Cycle { path } => write!(
                f,
                "the questions form a cycle: {}",
                path.iter()
                    .map(|id| format!("`{id}`"))
                    .collect::<Vec<_>>()
                    .join(" → ")
            ),
            InvalidDate { value } => write!(f, "`{value}` is not a valid date"),
            EmptyTargets => write!(f, "`naar` is an empty list"),
            AnswerOf {
                question,
                source,
                problem,
            } => {
                write!(
                    f,
                    "question `{question}` cannot take the answer of `{source}`: "
                )?;
                match problem {
                    AnswerOfProblem::NotAQuestion => write!(f, "`{source}` is an advice"),
                    AnswerOfProblem::Chained => {
                        write!(f, "`{source}` itself takes the answer of another question")
                    }
                    AnswerOfProblem::DifferentKind(soort) => {
                        write!(f, "`{source}` is of kind `{soort}`")
                    }
                    AnswerOfProblem::GemeenteQuestion => {
                        write!(f, "`{source}` asks for a municipality")
                    }
                    AnswerOfProblem::DifferentOptions(_) => {
                        write!(f, "the answers (`waarde`) differ")
                    }
                    AnswerOfProblem::FieldFromSource(field) => {
                        write!(f, "key `{field}` belongs to `{source}`, not here")
                    }
                }
            }
            MilestoneQuestion { advice, question } => write!(
                f,
                "advice `{advice}`: a milestone counts from question `{question}`, but that is not a number in weeks"
            ),
            DossierRoleFilled { role } => write!(
                f,
                "role `{role}` comes from the pupil's file (`bepaald_door: dossier`) and gets no organisation"
            ),
            NoGemeenten => write!(f, "there is no municipality at all in gemeenten.yaml"),
            Finding(finding) => fmt::Display::fmt(finding, f),
            School(problem) => f.write_str(&problem.message(crate::i18n::Lang::En)),
        }
    }

    /// How to fix it, in English.
    pub(crate) fn english_help(&self) -> Option<String> {
        use DiagnosticKind::*;
        match self {
            MissingFile => Some(
                "a routekaart folder holds routekaart.yaml, organisaties.yaml, gemeenten.yaml, vragen.yaml and adviezen.yaml"
                    .into(),
            ),
            NotAFolder => Some("give the folder with the YAML files with --routekaart".into()),
            FileTooLarge { .. } => Some("split the file or make it smaller".into()),
            NotUtf8 => Some("save the file as UTF-8 (in most editors: ‘Save as’ → encoding UTF-8)".into()),
            EmptyFile => Some("fill the file, or remove it if it is not needed".into()),
            Syntax { .. } => Some(
                "check the indentation (spaces, no tabs) and the colons around this place".into(),
            ),
            MultipleDocuments => Some("remove the extra `---`; one file is one document".into()),
            UnknownKey { key, expected } => Some(match suggest(key, expected) {
                Some(s) => format!("did you mean `{s}`? Allowed: {}", list(crate::i18n::Lang::En, expected)),
                None => format!("allowed: {}", list(crate::i18n::Lang::En, expected)),
            }),
            MissingKey { key } => Some(format!("add `{key}:`")),
            UnknownValue { value, expected } => Some(match suggest(value, expected) {
                Some(s) => format!("did you mean `{s}`? Allowed: {}", list(crate::i18n::Lang::En, expected)),
                None => format!("allowed: {}", list(crate::i18n::Lang::En, expected)),
            }),
            DuplicateKey { .. } => Some("remove one of the two".into()),
            TooComplex { .. } => Some("split the file, or simplify the YAML (less nesting, no anchors)".into()),
            InvalidId { .. } => Some(
                "use only letters a-z, digits, `-`, `_` and `.`: no spaces, commas, `=`, \
                 accented letters or control characters (an id is typed in `--answer id=value`)"
                    .into(),
            ),
            DuplicateId { kind, first, .. } => Some(match first {
                Some(first) => format!(
                    "the first one is at {first}; give each {} an id of its own",
                    kind.english_noun()
                ),
                None => format!("give each {} an id of its own", kind.english_noun()),
            }),
            UnknownReference {
                kind, suggestion, ..
            } => Some(match suggestion {
                Some(s) => format!("did you mean `{s}`?"),
                None => format!("add this {} in {}", kind.english_noun(), kind.english_file()),
            }),
            FieldNotForKind { .. } => Some("remove the key or choose another `soort`".into()),
            MissingFieldForKind { field, .. } => Some(format!("add `{field}:`")),
            NoOptions { .. } => Some("give at least one answer with `naar:` under `opties:`".into()),
            DuplicateOption { .. } => Some("give each answer a `waarde` of its own".into()),
            ContactRoleOrOrganisation { .. } => Some(
                "write `rol: leerplicht` (looked up per municipality) or `organisatie: veilig-thuis-amsterdam-amstelland`"
                    .into(),
            ),
            NoContacts { .. } => Some("add at least one contact under `contacten:`".into()),
            RangeReversed { .. } => Some("put the smaller number at `van`".into()),
            RangeGap { .. } => Some("let the ranges join up from `min` to `max`".into()),
            RangeOverlap { .. } => Some("let each range start one after the end of the one before".into()),
            MinAboveMax { .. } => Some("swap `min` and `max`".into()),
            StartIsNotAQuestion { .. } => None,
            Cycle { .. } => Some("a question may not lead back to itself (through other questions)".into()),
            InvalidDate { .. } => Some("write a date as YYYY-MM-DD, for example 2026-11-23".into()),
            NoGemeenten => Some("add at least one municipality with its roles".into()),
            EmptyTargets => Some("name at least one question or advice at `naar:`".into()),
            AnswerOf { problem, .. } => Some(match problem {
                AnswerOfProblem::NotAQuestion | AnswerOfProblem::Chained => {
                    "let `antwoord_van` point at an ordinary question (one with `tekst`)".into()
                }
                AnswerOfProblem::DifferentKind(soort) => format!("give this question `soort: {soort}`"),
                AnswerOfProblem::GemeenteQuestion => {
                    "a municipality is asked once; roles follow it by themselves (gemeenten.yaml)".into()
                }
                AnswerOfProblem::DifferentOptions(values) => format!(
                    "name the same values in the same order: {}",
                    list(crate::i18n::Lang::En, values)
                ),
                AnswerOfProblem::FieldFromSource(_) => {
                    "remove the key; it comes from the question at `antwoord_van`".into()
                }
            }),
            MilestoneQuestion { .. } => Some(
                "let `vraag` point at a question with `soort: getal` and `eenheid: weken`, and set `na_weken` above 0"
                    .into(),
            ),
            DossierRoleFilled { .. } => Some(
                "remove the role from the municipality (or `buiten_de_kaart`), or choose another `bepaald_door`"
                    .into(),
            ),
            ReadFailed { .. } | WrongType { .. } => None,
            Finding(finding) => finding.help(),
            School(problem) => problem.help(crate::i18n::Lang::En),
        }
    }
}
