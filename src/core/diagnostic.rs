//! Problems found in a map: data with a location, worded in Dutch in one place.
//!
//! A [`Diagnostic`] holds ids and numbers, never ready-made sentences; the Dutch
//! wording lives in the `Display` impl of [`DiagnosticKind`] and in
//! [`DiagnosticKind::help`], the English in [`crate::core::diagnostic_english`]. Rendering with the offending source line is
//! [`render`]'s job. Nothing here prints.

use crate::core::finding::Severity;
use crate::core::finding::{Area, Finding};
use crate::core::ids::{IdKind, suggest};
use crate::core::source::{Location, SourceFile};
use crate::i18n::format::{bytes, list};
use crate::i18n::{self, Lang};
use std::fmt::{self, Write as _};

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
        use DiagnosticKind::*;
        match &self.kind {
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

    /// True when the map could not be read at all (as opposed to read and found wrong).
    pub fn is_unreadable(&self) -> bool {
        use DiagnosticKind::*;
        matches!(
            self.kind,
            MissingFile | NotAFolder | FileTooLarge { .. } | NotUtf8 | ReadFailed { .. }
        )
    }
}

/// Every problem the loader can find. Variants hold data; wording is in `Display`.
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
    /// YAML that does not parse; `message` is the parser's own (English) text.
    Syntax {
        message: String,
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
        what: &'static str,
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

impl fmt::Display for DiagnosticKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use DiagnosticKind::*;
        if i18n::current() == Lang::En {
            return self.english(f);
        }
        match self {
            MissingFile => write!(f, "bestand ontbreekt"),
            NotAFolder => write!(f, "dit is geen map met routekaart-bestanden"),
            FileTooLarge { size, limit } => write!(
                f,
                "bestand is te groot: {} (de grens is {})",
                bytes(Lang::Nl, *size),
                bytes(Lang::Nl, *limit)
            ),
            NotUtf8 => write!(f, "bestand is geen UTF-8-tekst"),
            ReadFailed { reason } => write!(f, "bestand kan niet gelezen worden: {reason}"),
            EmptyFile => write!(f, "bestand is leeg"),
            Syntax { message } => write!(f, "geen geldige YAML: {message}"),
            MultipleDocuments => write!(f, "bestand bevat meer dan één YAML-document (`---`)"),
            UnknownKey { key, .. } => write!(f, "onbekende sleutel `{key}`"),
            MissingKey { key } => write!(f, "verplichte sleutel `{key}` ontbreekt"),
            UnknownValue { value, .. } => write!(f, "onbekende waarde `{value}`"),
            WrongType { found, expected } => {
                write!(f, "verkeerd soort waarde: {found}, verwacht {expected}")
            }
            DuplicateKey { key } => write!(f, "sleutel `{key}` staat hier twee keer"),
            TooComplex { what } => write!(f, "bestand is te groot of te diep genest: {what}"),
            DuplicateId { kind, id, .. } => {
                write!(f, "{} `{id}` bestaat al", capitalised(kind.noun()))
            }
            InvalidId { what, id } => {
                // Escaped, so an invisible character shows: `gev\u{1b}[2Jaar`.
                let id = id.escape_debug();
                write!(f, "{} `{id}` is geen geldig id", capitalised(what))
            }
            UnknownReference { kind, id, .. } => {
                let unknown = if kind.is_neuter() {
                    "onbekend"
                } else {
                    "onbekende"
                };
                write!(f, "verwijzing naar {unknown} {} `{id}`", kind.noun())
            }
            FieldNotForKind { field, soort, id } => write!(
                f,
                "vraag `{id}`: sleutel `{field}` hoort niet bij soort `{soort}`"
            ),
            MissingFieldForKind { field, soort, id } => {
                write!(f, "vraag `{id}` van soort `{soort}` mist sleutel `{field}`")
            }
            NoOptions { id } => write!(f, "vraag `{id}` heeft geen antwoorden"),
            DuplicateOption { question, value } => write!(
                f,
                "vraag `{question}`: antwoord `{value}` staat er twee keer in"
            ),
            ContactRoleOrOrganisation { advice } => write!(
                f,
                "advies `{advice}`: een contact noemt óf een `rol` óf een `organisatie`, precies één van beide"
            ),
            NoContacts { advice } => write!(f, "advies `{advice}` noemt geen enkel contact"),
            RangeReversed {
                question,
                van,
                tot_en_met,
            } => write!(
                f,
                "vraag `{question}`: bereik van {van} tot en met {tot_en_met} loopt achteruit"
            ),
            RangeGap { question, value } => write!(
                f,
                "vraag `{question}`: het getal {value} valt in geen enkel bereik"
            ),
            RangeOverlap { question, value } => write!(
                f,
                "vraag `{question}`: het getal {value} valt in twee bereiken"
            ),
            MinAboveMax { question, min, max } => write!(
                f,
                "vraag `{question}`: min ({min}) is groter dan max ({max})"
            ),
            StartIsNotAQuestion { id } => {
                write!(
                    f,
                    "`start` moet naar een vraag wijzen, maar `{id}` is een advies"
                )
            }
            Cycle { path } => write!(
                f,
                "de vragen vormen een kring: {}",
                path.iter()
                    .map(|id| format!("`{id}`"))
                    .collect::<Vec<_>>()
                    .join(" → ")
            ),
            InvalidDate { value } => write!(f, "`{value}` is geen geldige datum"),
            EmptyTargets => write!(f, "`naar` is een lege lijst"),
            AnswerOf {
                question,
                source,
                problem,
            } => {
                write!(
                    f,
                    "vraag `{question}` kan niet het antwoord van `{source}` nemen: "
                )?;
                match problem {
                    AnswerOfProblem::NotAQuestion => write!(f, "`{source}` is een advies"),
                    AnswerOfProblem::Chained => {
                        write!(f, "`{source}` neemt zelf het antwoord van een andere vraag")
                    }
                    AnswerOfProblem::DifferentKind(soort) => {
                        write!(f, "`{source}` is van soort `{soort}`")
                    }
                    AnswerOfProblem::GemeenteQuestion => {
                        write!(f, "`{source}` vraagt een gemeente")
                    }
                    AnswerOfProblem::DifferentOptions(_) => {
                        write!(f, "de antwoorden (`waarde`) verschillen")
                    }
                    AnswerOfProblem::FieldFromSource(field) => {
                        write!(f, "sleutel `{field}` hoort bij `{source}`, niet hier")
                    }
                }
            }
            MilestoneQuestion { advice, question } => write!(
                f,
                "advies `{advice}`: mijlpaal rekent vanaf vraag `{question}`, maar dat is geen getal in weken"
            ),
            DossierRoleFilled { role } => write!(
                f,
                "rol `{role}` komt uit het dossier van de leerling (`bepaald_door: dossier`) en krijgt geen organisatie"
            ),
            NoGemeenten => write!(f, "er staat geen enkele gemeente in gemeenten.yaml"),
            Finding(finding) => finding.fmt(f),
            School(problem) => f.write_str(&problem.message(Lang::Nl)),
        }
    }
}

impl DiagnosticKind {
    /// How to fix it, in the current language; `None` where the message says it all.
    pub fn help(&self) -> Option<String> {
        use DiagnosticKind::*;
        if i18n::current() == Lang::En {
            return self.english_help();
        }
        match self {
            MissingFile => Some(
                "een routekaart-map bevat routekaart.yaml, organisaties.yaml, gemeenten.yaml, vragen.yaml en adviezen.yaml"
                    .into(),
            ),
            NotAFolder => Some("geef met --routekaart de map met de YAML-bestanden".into()),
            FileTooLarge { .. } => Some("splits of verklein het bestand".into()),
            NotUtf8 => Some("sla het bestand op als UTF-8 (in de meeste editors: ‘Opslaan als’ → codering UTF-8)".into()),
            EmptyFile => Some("vul het bestand of haal het weg als het niet nodig is".into()),
            Syntax { .. } => Some(
                "controleer het inspringen (spaties, geen tabs) en dubbele punten rond deze plek"
                    .into(),
            ),
            MultipleDocuments => Some("haal de extra `---` weg; één bestand is één document".into()),
            UnknownKey { key, expected } => Some(match suggest(key, expected) {
                Some(s) => format!("bedoelde je `{s}`? Toegestaan: {}", list(Lang::Nl, expected)),
                None => format!("toegestaan: {}", list(Lang::Nl, expected)),
            }),
            MissingKey { key } => Some(format!("voeg `{key}:` toe")),
            UnknownValue { value, expected } => Some(match suggest(value, expected) {
                Some(s) => format!("bedoelde je `{s}`? Toegestaan: {}", list(Lang::Nl, expected)),
                None => format!("toegestaan: {}", list(Lang::Nl, expected)),
            }),
            DuplicateKey { .. } => Some("haal één van de twee weg".into()),
            TooComplex { .. } => Some("splits het bestand, of vereenvoudig de YAML (minder nesting, geen ankers)".into()),
            InvalidId { .. } => Some(
                "gebruik alleen letters a-z, cijfers, `-`, `_` en `.`: geen spaties, komma's, `=`, \
                 letters met accenten of stuurtekens (een id wordt getypt in `--answer id=waarde`)"
                    .into(),
            ),
            DuplicateId { kind, first, .. } => Some(match first {
                Some(first) => format!(
                    "de eerste staat op {first}; geef elke {} een eigen id",
                    kind.noun()
                ),
                None => format!("geef elke {} een eigen id", kind.noun()),
            }),
            UnknownReference {
                kind, suggestion, ..
            } => Some(match suggestion {
                Some(s) => format!("bedoelde je `{s}`?"),
                None => format!(
                    "voeg {} {} toe in {}",
                    if kind.is_neuter() { "dit" } else { "deze" },
                    kind.noun(),
                    kind.file()
                ),
            }),
            FieldNotForKind { .. } => Some("haal de sleutel weg of kies een andere `soort`".into()),
            MissingFieldForKind { field, .. } => Some(format!("voeg `{field}:` toe")),
            NoOptions { .. } => Some("geef onder `opties:` minstens één antwoord met `naar:`".into()),
            DuplicateOption { .. } => Some("geef elk antwoord een eigen `waarde`".into()),
            ContactRoleOrOrganisation { .. } => Some(
                "schrijf `rol: leerplicht` (per gemeente opgezocht) of `organisatie: veilig-thuis-amsterdam-amstelland`"
                    .into(),
            ),
            NoContacts { .. } => Some("voeg onder `contacten:` minstens één contact toe".into()),
            RangeReversed { .. } => Some("zet het kleinste getal bij `van`".into()),
            RangeGap { .. } => Some("laat de bereiken aansluiten van `min` tot en met `max`".into()),
            RangeOverlap { .. } => Some("laat elk bereik beginnen één na het einde van het vorige".into()),
            MinAboveMax { .. } => Some("wissel `min` en `max` om".into()),
            StartIsNotAQuestion { .. } => None,
            Cycle { .. } => Some("een vraag mag niet (via andere vragen) naar zichzelf terug leiden".into()),
            InvalidDate { .. } => Some("schrijf een datum als JJJJ-MM-DD, bijvoorbeeld 2026-11-23".into()),
            NoGemeenten => Some("voeg minstens één gemeente met haar rollen toe".into()),
            EmptyTargets => Some("noem minstens één vraag of advies bij `naar:`".into()),
            AnswerOf { problem, .. } => Some(match problem {
                AnswerOfProblem::NotAQuestion | AnswerOfProblem::Chained => {
                    "laat `antwoord_van` naar een gewone vraag wijzen (een vraag met `tekst`)".into()
                }
                AnswerOfProblem::DifferentKind(soort) => format!("geef deze vraag `soort: {soort}`"),
                AnswerOfProblem::GemeenteQuestion => {
                    "een gemeente wordt één keer gevraagd; rollen volgen haar vanzelf (gemeenten.yaml)".into()
                }
                AnswerOfProblem::DifferentOptions(values) => format!(
                    "noem dezelfde waarden in dezelfde volgorde: {}",
                    list(Lang::Nl, values)
                ),
                AnswerOfProblem::FieldFromSource(_) => {
                    "haal de sleutel weg; die komt van de vraag bij `antwoord_van`".into()
                }
            }),
            MilestoneQuestion { .. } => Some(
                "laat `vraag` naar een vraag met `soort: getal` en `eenheid: weken` wijzen, en zet `na_weken` boven 0"
                    .into(),
            ),
            DossierRoleFilled { .. } => Some(
                "haal de rol weg bij de gemeente (of `buiten_de_kaart`), of kies een ander `bepaald_door`"
                    .into(),
            ),
            ReadFailed { .. } | WrongType { .. } => None,
            Finding(finding) => finding.help(),
            School(problem) => problem.help(Lang::Nl),
        }
    }
}

fn capitalised(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// Renders diagnostics for people: message, `file:line:column`, the source line
/// with a marker under the offending token, and a hint. No colour.
pub fn render(diagnostics: &[Diagnostic], sources: &[SourceFile]) -> String {
    render_styled(diagnostics, sources, false)
}

/// [`render`], with ANSI colour when `colour` is set (a terminal, no `NO_COLOR`).
pub fn render_styled(diagnostics: &[Diagnostic], sources: &[SourceFile], colour: bool) -> String {
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
            Severity::Error => (i18n::pick("fout", "error"), "1;31"),
            Severity::Warning => (i18n::pick("waarschuwing", "warning"), "1;33"),
        };
        let message = crate::core::text::clean(&diagnostic.kind.to_string());
        let _ = writeln!(out, "{}: {message}", paint(code, label));
        if let Some(location) = &diagnostic.location {
            let arrow = paint("1;34", "-->");
            if location.line == 0 {
                let _ = writeln!(
                    out,
                    "  {arrow} {}",
                    crate::core::text::clean(&location.file)
                );
            } else {
                let _ = writeln!(
                    out,
                    "  {arrow} {}",
                    crate::core::text::clean(&location.to_string())
                );
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
        if let Some(help) = diagnostic.kind.help() {
            let help = crate::core::text::clean(&help);
            let label = i18n::pick("= hulp:", "= help:");
            let _ = writeln!(out, "  {} {help}", paint("1;36", label));
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
    fn suggests_close_names_only() {
        let keys: Vec<String> = ["tekst", "uitleg", "soort"].map(String::from).to_vec();
        assert_eq!(suggest("tekts", &keys), Some("tekst"));
        assert_eq!(suggest("zzzzzz", &keys), None);
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
        let text = i18n::with(Lang::En, || render(&[diagnostic], &[]));
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
        let text = render(&[diagnostic], &[source]);
        assert!(text.contains("fout: onbekende sleutel `idd`"), "{text}");
        assert!(text.contains("--> vragen.yaml:2:5"), "{text}");
        assert!(text.contains("2 |   - idd: x\n  |     ^^^\n"), "{text}");
        assert!(text.contains("bedoelde je `id`?"), "{text}");
    }
}
