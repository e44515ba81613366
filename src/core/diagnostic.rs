//! Problems found in a map: data with a location.
//!
//! A [`Diagnostic`] holds ids and numbers, never ready-made sentences; the
//! words are in the catalogue (`locales/*/diagnostics.ftl`), one message per
//! code, and [`DiagnosticKind::message`] and [`DiagnosticKind::help`] word one
//! in the language asked for. Rendering with the offending source line is
//! [`crate::render::diagnostics`]'s job. Nothing here prints.

use crate::core::area::Area;
pub use crate::core::diagnostic_yaml::YamlProblem;
use crate::core::finding::Finding;
use crate::core::finding::Severity;
use crate::core::ids::{IdKind, suggest};
use crate::core::source::Location;
use crate::i18n::Lang;
use crate::i18n::catalogue::{Args, attribute};
use crate::i18n::format::{bytes, list};
use crate::{t, t_help};

/// One problem in a map, with where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    pub kind: DiagnosticKind,
    pub location: Option<Location>,
}

impl Diagnostic {
    /// An error at `location`.
    pub fn error(kind: DiagnosticKind, location: Option<Location>) -> Self {
        Self {
            severity: Severity::Error,
            kind,
            location,
        }
    }

    /// An error about a whole file (no line known).
    pub fn in_file(kind: DiagnosticKind, file: &str) -> Self {
        Self::error(kind, Some(Location::whole_file(file)))
    }

    /// `id` names no `kind` among `known`: an error that suggests the closest known id.
    pub fn unknown_reference(
        kind: IdKind,
        id: &str,
        known: &[String],
        location: Option<Location>,
    ) -> Self {
        Self::error(
            DiagnosticKind::UnknownReference {
                kind,
                id: id.to_string(),
                suggestion: suggest(id, known).map(String::from),
            },
            location,
        )
    }

    /// A finding of `check`, with the severity it carries.
    pub fn finding(finding: Finding, location: Option<Location>) -> Self {
        Self {
            severity: finding.severity(),
            kind: DiagnosticKind::Finding(Box::new(finding)),
            location,
        }
    }

    /// The part of `check` it comes from.
    pub fn area(&self) -> Area {
        match &self.kind {
            DiagnosticKind::Finding(finding) => finding.area(),
            _ => Area::Loading,
        }
    }

    /// A stable short name for the kind of problem (SARIF rule ids, JSON).
    pub fn code(&self) -> &'static str {
        self.kind.code()
    }

    /// True when the map could not be read at all (as opposed to read and found wrong).
    pub fn is_unreadable(&self) -> bool {
        use DiagnosticKind::*;
        matches!(
            self.kind,
            MissingFile | NotAFolder | FileTooLarge { .. } | NotUtf8 | ReadFailed { .. }
        )
    }
}

/// Every problem the loader can find. Variants hold data; the words are in the catalogue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DiagnosticKind {
    MissingFile,
    NotAFolder,
    FileTooLarge {
        size: u64,
        limit: u64,
    },
    NotUtf8,
    ReadFailed {
        reason: String,
    },
    EmptyFile,
    /// YAML that does not parse, and why (see [`YamlProblem`]).
    Syntax {
        problem: YamlProblem,
    },
    MultipleDocuments,
    UnknownKey {
        key: String,
        expected: Vec<String>,
    },
    MissingKey {
        key: String,
    },
    UnknownValue {
        value: String,
        expected: Vec<String>,
    },
    WrongType {
        found: String,
        expected: String,
    },
    DuplicateKey {
        key: String,
    },
    TooComplex {
        what: String,
    },
    DuplicateId {
        kind: IdKind,
        id: String,
        first: Option<Location>,
    },
    /// An id or option value with characters that cannot be typed in
    /// `--answer id=waarde` or that could reach a terminal as control.
    InvalidId {
        what: IdKind,
        id: String,
    },
    UnknownReference {
        kind: IdKind,
        id: String,
        suggestion: Option<String>,
    },
    FieldNotForKind {
        field: &'static str,
        soort: &'static str,
        id: String,
    },
    MissingFieldForKind {
        field: &'static str,
        soort: &'static str,
        id: String,
    },
    NoOptions {
        id: String,
    },
    DuplicateOption {
        question: String,
        value: String,
    },
    ContactRoleOrOrganisation {
        advice: String,
    },
    NoContacts {
        advice: String,
    },
    RangeReversed {
        question: String,
        van: i64,
        tot_en_met: i64,
    },
    RangeGap {
        question: String,
        value: i64,
    },
    RangeOverlap {
        question: String,
        value: i64,
    },
    MinAboveMax {
        question: String,
        min: i64,
        max: i64,
    },
    StartIsNotAQuestion {
        id: String,
    },
    Cycle {
        path: Vec<String>,
    },
    InvalidDate {
        value: String,
    },
    NoGemeenten,
    /// `naar: []`.
    EmptyTargets,
    /// A question with `antwoord_van` that cannot take that question's answer.
    AnswerOf {
        question: String,
        source: String,
        problem: AnswerOfProblem,
    },
    /// A milestone whose `vraag` is not a number question in weeks.
    MilestoneQuestion {
        advice: String,
        question: String,
    },
    /// A role filled from the pupil's file, yet given an organisation.
    DossierRoleFilled {
        role: String,
    },
    /// What `check` finds in a map that loads (boxed: some findings are large).
    Finding(Box<Finding>),
    /// A school profile that does not fit the map (`--school`).
    School(Box<crate::core::school_problem::SchoolProblem>),
}

/// Why a question cannot route by another question's answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AnswerOfProblem {
    /// `antwoord_van` names an advice.
    NotAQuestion,
    /// The other question takes its answer from a third one.
    Chained,
    /// The kinds differ (`soort` of the other question).
    DifferentKind(&'static str),
    /// Gemeente questions are asked once by design; routing by them again is pointless.
    GemeenteQuestion,
    /// The options' values differ from the other question's, or their order does.
    DifferentOptions(Vec<String>),
    /// A field that comes from the other question.
    FieldFromSource(&'static str),
}

impl DiagnosticKind {
    /// A stable short name for the kind of problem: SARIF rule ids, JSON, and
    /// the id of its message in the catalogue.
    pub fn code(&self) -> &'static str {
        use DiagnosticKind::*;
        match self {
            MissingFile => "bestand-ontbreekt",
            NotAFolder => "geen-map",
            FileTooLarge { .. } => "bestand-te-groot",
            NotUtf8 => "geen-utf8",
            ReadFailed { .. } => "niet-leesbaar",
            EmptyFile => "leeg-bestand",
            Syntax { .. } => "yaml-syntax",
            MultipleDocuments => "meer-documenten",
            UnknownKey { .. } => "onbekende-sleutel",
            MissingKey { .. } => "sleutel-ontbreekt",
            UnknownValue { .. } => "onbekende-waarde",
            WrongType { .. } => "verkeerd-type",
            DuplicateKey { .. } => "dubbele-sleutel",
            TooComplex { .. } => "te-diep-of-groot",
            DuplicateId { .. } => "dubbel-id",
            InvalidId { .. } => "ongeldig-id",
            UnknownReference { .. } => "onbekende-verwijzing",
            FieldNotForKind { .. } => "sleutel-past-niet",
            MissingFieldForKind { .. } => "sleutel-ontbreekt-voor-soort",
            NoOptions { .. } => "geen-antwoorden",
            DuplicateOption { .. } => "dubbel-antwoord",
            ContactRoleOrOrganisation { .. } => "contact-rol-of-organisatie",
            NoContacts { .. } => "geen-contacten",
            RangeReversed { .. } => "bereik-achteruit",
            RangeGap { .. } => "bereik-gat",
            RangeOverlap { .. } => "bereik-overlap",
            MinAboveMax { .. } => "min-boven-max",
            StartIsNotAQuestion { .. } => "start-geen-vraag",
            Cycle { .. } => "kring",
            InvalidDate { .. } => "ongeldige-datum",
            NoGemeenten => "geen-gemeenten",
            EmptyTargets => "lege-naar",
            AnswerOf { .. } => "antwoord-van",
            MilestoneQuestion { .. } => "mijlpaal-vraag",
            DossierRoleFilled { .. } => "dossierrol-ingevuld",
            Finding(finding) => finding.code(),
            School(problem) => problem.code(),
        }
    }

    /// The message in `lang`, from the catalogue (`locales/*/diagnostics.ftl`);
    /// its id is the diagnostic's code.
    pub fn message(&self, lang: Lang) -> String {
        use DiagnosticKind::*;
        let id = self.code();
        match self {
            MissingFile | NotAFolder | NotUtf8 | EmptyFile | MultipleDocuments | NoGemeenten
            | EmptyTargets => t!(lang, id),
            FileTooLarge { size, limit } => t!(
                lang,
                id,
                size = bytes(lang, *size),
                limit = bytes(lang, *limit)
            ),
            ReadFailed { reason } => t!(lang, id, reason = reason.as_str()),
            Syntax { problem } => t!(lang, id, message = problem.message(lang)),
            UnknownKey { key, .. } | MissingKey { key } | DuplicateKey { key } => {
                t!(lang, id, key = key.as_str())
            }
            UnknownValue { value, .. } | InvalidDate { value } => {
                t!(lang, id, value = value.as_str())
            }
            WrongType { found, expected } => t!(
                lang,
                id,
                found = found.as_str(),
                expected = expected.as_str()
            ),
            TooComplex { what } => t!(lang, id, what = what.as_str()),
            DuplicateId {
                kind, id: value, ..
            } => {
                t!(
                    lang,
                    id,
                    kind = kind.phrase(lang, "begin"),
                    id = value.as_str()
                )
            }
            InvalidId { what, id: value } => {
                // Escaped, so an invisible character shows: `gev\u{1b}[2Jaar`.
                let value = value.escape_debug().to_string();
                t!(lang, id, kind = what.phrase(lang, "begin"), id = value)
            }
            UnknownReference {
                kind, id: value, ..
            } => t!(
                lang,
                id,
                unknown = kind.phrase(lang, "onbekend"),
                id = value.as_str()
            ),
            FieldNotForKind {
                field,
                soort,
                id: question,
            }
            | MissingFieldForKind {
                field,
                soort,
                id: question,
            } => t!(
                lang,
                id,
                id = question.as_str(),
                field = *field,
                soort = *soort
            ),
            NoOptions { id: question } | StartIsNotAQuestion { id: question } => {
                t!(lang, id, id = question.as_str())
            }
            DuplicateOption { question, value } => t!(
                lang,
                id,
                question = question.as_str(),
                value = value.as_str()
            ),
            ContactRoleOrOrganisation { advice } | NoContacts { advice } => {
                t!(lang, id, advice = advice.as_str())
            }
            RangeReversed {
                question,
                van,
                tot_en_met,
            } => t!(
                lang,
                id,
                question = question.as_str(),
                van = van.to_string(),
                tot = tot_en_met.to_string()
            ),
            RangeGap { question, value } | RangeOverlap { question, value } => t!(
                lang,
                id,
                question = question.as_str(),
                value = value.to_string()
            ),
            MinAboveMax { question, min, max } => t!(
                lang,
                id,
                question = question.as_str(),
                min = min.to_string(),
                max = max.to_string()
            ),
            Cycle { path } => {
                let path: Vec<String> = path.iter().map(|id| format!("`{id}`")).collect();
                t!(lang, id, path = path.join(" → "))
            }
            AnswerOf {
                question,
                source,
                problem,
            } => {
                let (reason_id, soort, field) = problem.parts();
                let reason = t!(
                    lang,
                    reason_id,
                    source = source.as_str(),
                    soort = soort,
                    field = field
                );
                t!(
                    lang,
                    id,
                    question = question.as_str(),
                    source = source.as_str(),
                    reason = reason
                )
            }
            MilestoneQuestion { advice, question } => t!(
                lang,
                id,
                advice = advice.as_str(),
                question = question.as_str()
            ),
            DossierRoleFilled { role } => t!(lang, id, role = role.as_str()),
            Finding(finding) => finding.message(lang),
            School(problem) => problem.message(lang),
        }
    }

    /// How to fix it, in `lang`; `None` where the message says it all.
    pub fn help(&self, lang: Lang) -> Option<String> {
        use DiagnosticKind::*;
        let id = self.code();
        match self {
            UnknownKey {
                key: given,
                expected,
            }
            | UnknownValue {
                value: given,
                expected,
            } => {
                let allowed = list(lang, expected);
                Some(match suggest(given, expected) {
                    Some(suggestion) => {
                        let args = args(&[("suggestion", suggestion), ("allowed", &allowed)]);
                        attribute(lang, id, "help-met-suggestie", &args)?
                    }
                    None => t_help!(lang, id, allowed = allowed)?,
                })
            }
            MissingKey { key } => t_help!(lang, id, key = key.as_str()),
            MissingFieldForKind { field, .. } => t_help!(lang, id, field = *field),
            DuplicateId { kind, first, .. } => {
                let noun = kind.noun(lang);
                match first {
                    Some(first) => {
                        let first = first.to_string();
                        let args = args(&[("first", &first), ("noun", &noun)]);
                        attribute(lang, id, "help-met-eerste", &args)
                    }
                    None => t_help!(lang, id, noun = noun),
                }
            }
            UnknownReference {
                kind, suggestion, ..
            } => match suggestion {
                Some(suggestion) => {
                    let args = args(&[("suggestion", suggestion)]);
                    attribute(lang, id, "help-met-suggestie", &args)
                }
                None => t_help!(
                    lang,
                    id,
                    this = kind.phrase(lang, "deze"),
                    file = kind.phrase(lang, "bestand")
                ),
            },
            AnswerOf { problem, .. } => {
                let (reason_id, soort, _) = problem.parts();
                let values = match problem {
                    AnswerOfProblem::DifferentOptions(values) => list(lang, values),
                    _ => String::new(),
                };
                t_help!(lang, reason_id, soort = soort, values = values)
            }
            Finding(finding) => Some(finding.help(lang)),
            School(problem) => problem.help(lang),
            Syntax { problem } => problem.help(lang),
            _ => t_help!(lang, id),
        }
    }
}

impl AnswerOfProblem {
    /// The catalogue id of the reason, and the kind (`soort`) and key it names.
    fn parts(&self) -> (&'static str, &'static str, &'static str) {
        match self {
            AnswerOfProblem::NotAQuestion => ("antwoord-van-advies", "", ""),
            AnswerOfProblem::Chained => ("antwoord-van-keten", "", ""),
            AnswerOfProblem::DifferentKind(soort) => ("antwoord-van-soort", soort, ""),
            AnswerOfProblem::GemeenteQuestion => ("antwoord-van-gemeente", "", ""),
            AnswerOfProblem::DifferentOptions(_) => ("antwoord-van-opties", "", ""),
            AnswerOfProblem::FieldFromSource(field) => ("antwoord-van-sleutel", "", field),
        }
    }
}

/// Catalogue arguments from name and text pairs.
fn args<'a>(pairs: &[(&'a str, &'a str)]) -> Args<'a> {
    let mut args = Args::new();
    for (name, value) in pairs {
        args.set(*name, *value);
    }
    args
}
