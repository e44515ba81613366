//! What `check` finds beyond what stops a map from loading: the graph's shape,
//! gemeenten, contact data, urgency, dates, rules, scenarios and coverage.
//!
//! Like [`crate::core::diagnostic::DiagnosticKind`], a [`Finding`] holds data;
//! the words are in the catalogue (`locales/*/findings.ftl`), one message per
//! code, and [`Finding::message`] and [`Finding::help`] (in `words.rs`)
//! word one in the language asked for.

use crate::core::area::Area;
use crate::core::ids::IdKind;
use crate::core::map::Urgency;
use crate::core::problems::{RuleProblem, ScenarioProblem};

mod words;

/// A finding of `check`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Finding {
    /// No route from the start reaches this question or advice.
    Unreachable {
        kind: IdKind,
        id: String,
    },
    /// Two options of one question show the same label.
    DuplicateLabel {
        question: String,
        label: String,
    },
    /// A gemeente does not fill a role that a reachable advice names.
    RoleNotFilled {
        gemeente: String,
        role: String,
        advice: String,
    },
    /// A region's gemeente fills a role with an organisation that another
    /// region's folder defines (national organisations are fine).
    ForeignOrganisation {
        gemeente: String,
        role: String,
        organisation: String,
        region: String,
        other: String,
    },
    /// A route reaches an advice naming a role without asking the gemeente the
    /// role follows.
    GemeenteNotAsked {
        advice: String,
        role: String,
        follows: &'static str,
    },
    /// A contacted organisation has no phone, e-mail or website.
    NoContactData {
        organisation: String,
    },
    BadPhone {
        organisation: String,
        value: String,
    },
    BadEmail {
        organisation: String,
        value: String,
    },
    BadWebsite {
        organisation: String,
        value: String,
    },
    /// A higher number leads to a less urgent plan.
    UrgencyDrops {
        question: String,
        lower: i64,
        lower_urgency: Urgency,
        higher: i64,
        higher_urgency: Urgency,
    },
    /// Part of a number range lies outside the question's `min..=max`: no
    /// answer gets there.
    RangeOutsideDomain {
        question: String,
        from: i64,
        to: i64,
        min: i64,
        max: i64,
    },
    /// A date of checking (`gecontroleerd`, `bron_bekeken`) after today.
    DateInFuture {
        organisation: String,
        field: &'static str,
        date: String,
    },
    /// `--min-coverage` asked, but there are no scenarios to measure.
    NothingToCover {
        minimum: u32,
    },
    UnusedOrganisation {
        id: String,
    },
    UnusedRole {
        id: String,
    },
    NotChecked {
        organisation: String,
    },
    CheckedLongAgo {
        organisation: String,
        date: String,
        months: u32,
    },
    /// `bron_bekeken` older than the maximum age.
    SourceSeenLongAgo {
        organisation: String,
        date: String,
        months: u32,
    },
    Expired {
        kind: IdKind,
        id: String,
        date: String,
    },
    NoLegalBasis {
        advice: String,
    },
    NoSteps {
        advice: String,
    },
    /// A map that declares English (`talen: [nl, en]`) has a text without it.
    Untranslated {
        /// Whose text: none for the map's own `naam` and `regio`.
        owner: Option<(IdKind, String)>,
        /// The key, as the file writes it (`tekst`, `stappen`, …).
        field: String,
    },
    /// A map with English texts that does not declare English.
    UndeclaredLanguage,
    /// A rule fails on a route; `problem` says how, `command` reproduces it.
    RuleFails {
        rule: String,
        naam: String,
        problem: RuleProblem,
        route: String,
        command: String,
    },
    /// No route meets the rule's conditions.
    RuleNeverApplies {
        rule: String,
    },
    /// Proving a rule (or the urgency check, `rule: None`) is more work than its bound.
    TooComplex {
        rule: Option<String>,
        cause: Complexity,
    },
    /// A condition that does not fit its question.
    ConditionMismatch {
        rule: String,
        question: String,
        expected: ConditionShape,
    },
    /// A rule's `dan` demands nothing.
    EmptyDemand {
        rule: String,
    },
    /// A rule names an organisation that advices only reach through a role.
    OnlyThroughRole {
        rule: String,
        organisation: String,
        roles: Vec<String>,
    },
    /// A scenario's plan differs from what it expects.
    ScenarioFails {
        scenario: String,
        problems: Vec<ScenarioProblem>,
    },
    /// The printed plan differs from the kept summary.
    SummaryChanged {
        scenario: String,
        file: String,
        diff: String,
    },
    SummaryMissing {
        scenario: String,
        file: String,
    },
    /// A summary path that leaves the map folder.
    SummaryOutsideMap {
        file: String,
    },
    /// Kept summaries are printed as on the map's `datum`, which is missing.
    SummaryNeedsDate,
    /// Scenario coverage (in tenths of a percent) below `--min-coverage`.
    CoverageBelow {
        permille: u32,
        minimum: u32,
        /// What no scenario reaches, as `id` or `vraag=antwoord`: the help
        /// names it, in every format (not only where the list is printed).
        uncovered: Vec<String>,
    },
}

/// What kind of condition a question takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConditionShape {
    /// An option's `waarde`, or a list of them.
    Values,
    /// `{van: N, tot_en_met: M}`.
    Range,
    /// `ja` or `nee`.
    YesNo,
    /// A gemeente's id, or a list of them (or `niet:` them).
    None,
}

impl ConditionShape {
    /// How the catalogue selects this shape's words.
    fn code(self) -> &'static str {
        match self {
            ConditionShape::Values => "waarde",
            ConditionShape::Range => "bereik",
            ConditionShape::YesNo => "ja-nee",
            ConditionShape::None => "gemeente",
        }
    }
}

impl Finding {
    /// Errors fail `check`; warnings only with `--strict`.
    pub fn severity(&self) -> Severity {
        use Finding::*;
        match self {
            UnusedOrganisation { .. }
            | UnusedRole { .. }
            | NotChecked { .. }
            | CheckedLongAgo { .. }
            | SourceSeenLongAgo { .. }
            | Expired { .. }
            | NoLegalBasis { .. }
            | NoSteps { .. }
            | Untranslated { .. } => Severity::Warning,
            _ => Severity::Error,
        }
    }

    /// The part of `check` it comes from.
    pub fn area(&self) -> Area {
        use Finding::*;
        match self {
            Unreachable { .. } | DuplicateLabel { .. } | RangeOutsideDomain { .. } => Area::Shape,
            DateInFuture { .. } => Area::Dates,
            NothingToCover { .. } => Area::Coverage,
            RoleNotFilled { .. } | GemeenteNotAsked { .. } | ForeignOrganisation { .. } => {
                Area::Gemeenten
            }
            NoContactData { .. } | BadPhone { .. } | BadEmail { .. } | BadWebsite { .. } => {
                Area::ContactData
            }
            UrgencyDrops { .. } | TooComplex { rule: None, .. } => Area::Urgency,
            NotChecked { .. }
            | CheckedLongAgo { .. }
            | SourceSeenLongAgo { .. }
            | Expired { .. } => Area::Dates,
            UnusedOrganisation { .. }
            | UnusedRole { .. }
            | NoLegalBasis { .. }
            | NoSteps { .. }
            | Untranslated { .. }
            | UndeclaredLanguage => Area::Content,
            RuleFails { .. }
            | RuleNeverApplies { .. }
            | TooComplex { .. }
            | ConditionMismatch { .. }
            | EmptyDemand { .. }
            | OnlyThroughRole { .. } => Area::Rules,
            ScenarioFails { .. }
            | SummaryChanged { .. }
            | SummaryMissing { .. }
            | SummaryOutsideMap { .. }
            | SummaryNeedsDate => Area::Scenarios,
            CoverageBelow { .. } => Area::Coverage,
        }
    }

    /// A stable short name, for SARIF rule ids and JSON.
    pub fn code(&self) -> &'static str {
        use Finding::*;
        match self {
            Unreachable { .. } => "onbereikbaar",
            DuplicateLabel { .. } => "dubbel-label",
            RangeOutsideDomain { .. } => "bereik-buiten-min-max",
            DateInFuture { .. } => "datum-in-de-toekomst",
            NothingToCover { .. } => "niets-te-dekken",
            RoleNotFilled { .. } => "rol-niet-ingevuld",
            GemeenteNotAsked { .. } => "gemeente-niet-gevraagd",
            ForeignOrganisation { .. } => "organisatie-van-andere-regio",
            NoContactData { .. } => "geen-contactgegevens",
            BadPhone { .. } => "ongeldig-telefoonnummer",
            BadEmail { .. } => "ongeldig-e-mailadres",
            BadWebsite { .. } => "ongeldige-website",
            UrgencyDrops { .. } => "urgentie-daalt",
            UnusedOrganisation { .. } => "ongebruikte-organisatie",
            UnusedRole { .. } => "ongebruikte-rol",
            NotChecked { .. } => "niet-gecontroleerd",
            CheckedLongAgo { .. } => "lang-niet-gecontroleerd",
            SourceSeenLongAgo { .. } => "bron-lang-niet-bekeken",
            Expired { .. } => "verlopen",
            NoLegalBasis { .. } => "geen-grondslag",
            NoSteps { .. } => "geen-stappen",
            Untranslated { .. } => "vertaling-ontbreekt",
            UndeclaredLanguage => "taal-niet-genoemd",
            RuleFails { .. } => "regel-faalt",
            RuleNeverApplies { .. } => "regel-nooit-van-toepassing",
            TooComplex { .. } => "te-complex",
            ConditionMismatch { .. } => "voorwaarde-past-niet",
            EmptyDemand { .. } => "regel-zonder-eis",
            OnlyThroughRole { .. } => "organisatie-via-rol",
            ScenarioFails { .. } => "scenario-faalt",
            SummaryChanged { .. } => "samenvatting-gewijzigd",
            SummaryMissing { .. } => "samenvatting-ontbreekt",
            SummaryOutsideMap { .. } => "samenvatting-buiten-kaart",
            SummaryNeedsDate => "samenvatting-zonder-datum",
            CoverageBelow { .. } => "dekking-te-laag",
        }
    }
}

/// What makes a proof too much work, as its refusal names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Complexity {
    /// The urgency check along number question `question`: the answers to
    /// the questions `shared`, used at more than one place below it, have
    /// too many combinations to go through.
    Shared {
        question: String,
        shared: Vec<String>,
    },
    /// The rule names more questions, contacts and advices than one outcome records.
    Named,
    /// From this question on, walks differ in too many ways the rule looks at.
    At(String),
}

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Severity {
    Error,
    Warning,
}
