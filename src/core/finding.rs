//! What `check` finds beyond what stops a map from loading: the graph's shape,
//! gemeenten, contact data, urgency, dates, rules, scenarios and coverage.
//!
//! Like [`crate::core::diagnostic::DiagnosticKind`], a [`Finding`] holds data;
//! the words are in the catalogue (`locales/*/findings.ftl`), one message per
//! code, and [`Finding::message`] and [`Finding::help`] word one in the
//! language asked for.

use crate::core::ids::IdKind;
use crate::i18n::format::percent;

use crate::core::area::Area;
use crate::core::map::Urgency;
use crate::core::problems::{RuleProblem, ScenarioProblem};
use crate::i18n::Lang;
use crate::i18n::format::list;
use crate::{t, t_help};

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
        field: &'static str,
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
    /// Proving a rule (or the urgency check, `rule: None`) needs too many passes.
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

    /// The message in `lang`, from the catalogue (`locales/*/findings.ftl`);
    /// its id is the finding's code. Rules and scenarios add their problems
    /// and the route on lines of their own.
    pub fn message(&self, lang: Lang) -> String {
        use Finding::*;
        let id = self.code();
        match self {
            Unreachable { kind, id: value } => {
                let kind = if *kind == IdKind::Advice {
                    IdKind::Advice
                } else {
                    IdKind::Question
                };
                t!(lang, id, kind = kind.noun(lang), id = value.as_str())
            }
            DuplicateLabel { question, label } => t!(
                lang,
                id,
                question = question.as_str(),
                label = label.as_str()
            ),
            RoleNotFilled {
                gemeente,
                role,
                advice,
            } => t!(
                lang,
                id,
                gemeente = gemeente.as_str(),
                role = role.as_str(),
                advice = advice.as_str()
            ),
            ForeignOrganisation {
                gemeente,
                role,
                organisation,
                region,
                other,
            } => t!(
                lang,
                id,
                gemeente = gemeente.as_str(),
                role = role.as_str(),
                organisation = organisation.as_str(),
                region = region.as_str(),
                other = other.as_str()
            ),
            GemeenteNotAsked {
                advice,
                role,
                follows,
            } => t!(
                lang,
                id,
                advice = advice.as_str(),
                role = role.as_str(),
                follows = *follows
            ),
            NoContactData { organisation } | NotChecked { organisation } => {
                t!(lang, id, organisation = organisation.as_str())
            }
            BadPhone {
                organisation,
                value,
            }
            | BadEmail {
                organisation,
                value,
            }
            | BadWebsite {
                organisation,
                value,
            } => t!(
                lang,
                id,
                organisation = organisation.as_str(),
                value = value.as_str()
            ),
            UrgencyDrops {
                question,
                lower,
                lower_urgency,
                higher,
                higher_urgency,
            } => t!(
                lang,
                id,
                question = question.as_str(),
                lower = lower.to_string(),
                lower_urgency = lower_urgency.id(),
                higher = higher.to_string(),
                higher_urgency = higher_urgency.id()
            ),
            UnusedOrganisation { id: value } | UnusedRole { id: value } => {
                t!(lang, id, id = value.as_str())
            }
            CheckedLongAgo {
                organisation,
                date,
                months,
            }
            | SourceSeenLongAgo {
                organisation,
                date,
                months,
            } => t!(
                lang,
                id,
                organisation = organisation.as_str(),
                date = date.as_str(),
                months = *months
            ),
            Expired {
                kind,
                id: value,
                date,
            } => {
                let kind = if *kind == IdKind::Advice {
                    IdKind::Advice
                } else {
                    IdKind::Organisation
                };
                t!(
                    lang,
                    id,
                    kind = kind.noun(lang),
                    id = value.as_str(),
                    date = date.as_str()
                )
            }
            NoLegalBasis { advice } | NoSteps { advice } => {
                t!(lang, id, advice = advice.as_str())
            }
            Untranslated { owner, field } => {
                let owner = match owner {
                    Some((kind, value)) => format!("{} `{value}`", kind.noun(lang)),
                    None => t!(lang, "vertaling-ontbreekt-kaart"),
                };
                t!(lang, id, owner = owner, field = *field)
            }
            UndeclaredLanguage | SummaryNeedsDate => t!(lang, id),
            RuleFails {
                rule,
                naam,
                problem,
                route,
                ..
            } => format!(
                "{}\n  {}\n  {}",
                t!(lang, id, rule = rule.as_str(), naam = naam.as_str()),
                problem.text(lang),
                t!(lang, "regel-faalt-route", route = route.as_str())
            ),
            RuleNeverApplies { rule }
            | TooComplex {
                rule: Some(rule), ..
            }
            | EmptyDemand { rule } => {
                t!(lang, id, rule = rule.as_str())
            }
            TooComplex { rule: None, .. } => t!(lang, "te-complex-urgentie"),
            ConditionMismatch {
                rule,
                question,
                expected,
            } => t!(
                lang,
                id,
                rule = rule.as_str(),
                question = question.as_str(),
                shape = expected.code()
            ),
            OnlyThroughRole {
                rule, organisation, ..
            } => t!(
                lang,
                id,
                rule = rule.as_str(),
                organisation = organisation.as_str()
            ),
            ScenarioFails { scenario, problems } => {
                let mut text = t!(lang, id, scenario = scenario.as_str());
                for problem in problems {
                    text.push_str("\n  ");
                    text.push_str(&problem.text(lang));
                }
                text
            }
            SummaryChanged {
                scenario,
                file,
                diff,
            } => format!(
                "{}\n{diff}",
                t!(lang, id, scenario = scenario.as_str(), file = file.as_str())
            ),
            SummaryMissing { scenario, file } => {
                t!(lang, id, scenario = scenario.as_str(), file = file.as_str())
            }
            SummaryOutsideMap { file } => t!(lang, id, file = file.as_str()),
            CoverageBelow {
                permille, minimum, ..
            } => t!(
                lang,
                id,
                coverage = percent(lang, *permille),
                minimum = percent(lang, *minimum)
            ),
            RangeOutsideDomain {
                question,
                from,
                to,
                min,
                max,
            } => t!(
                lang,
                id,
                question = question.as_str(),
                from = from.to_string(),
                to = to.to_string(),
                min = min.to_string(),
                max = max.to_string()
            ),
            DateInFuture {
                organisation,
                field,
                date,
            } => t!(
                lang,
                id,
                organisation = organisation.as_str(),
                field = *field,
                date = date.as_str()
            ),
            NothingToCover { minimum } => t!(lang, id, minimum = percent(lang, *minimum)),
        }
    }

    /// How to fix it, in `lang`.
    pub fn help(&self, lang: Lang) -> String {
        use Finding::*;
        let id = match self {
            TooComplex { rule: None, .. } => "te-complex-urgentie",
            _ => self.code(),
        };
        let help = match self {
            RoleNotFilled { gemeente, role, .. } => {
                t_help!(lang, id, gemeente = gemeente.as_str(), role = role.as_str())
            }
            GemeenteNotAsked { follows, .. } => t_help!(lang, id, follows = *follows),
            ForeignOrganisation {
                organisation,
                region,
                ..
            } => t_help!(
                lang,
                id,
                organisation = organisation.as_str(),
                region = region.as_str()
            ),
            RangeOutsideDomain { min, max, .. } => {
                t_help!(lang, id, min = min.to_string(), max = max.to_string())
            }
            DateInFuture { field, .. } => t_help!(lang, id, field = *field),
            TooComplex { cause, .. } => match cause {
                Complexity::At(question) => {
                    t_help!(lang, id, cause = "vraag", question = question.as_str())
                }
                Complexity::Named => t_help!(lang, id, cause = "genoemd"),
                Complexity::Shared => t_help!(lang, id, cause = "gedeeld"),
            },
            RuleFails { command, .. } => t_help!(lang, id, command = command.as_str()),
            ConditionMismatch { expected, .. } => t_help!(lang, id, shape = expected.code()),
            OnlyThroughRole { roles, .. } => t_help!(lang, id, roles = list(lang, roles)),
            CoverageBelow { uncovered, .. } => {
                // The first few by name; a long list would bury the help.
                const SHOWN: usize = 8;
                let items = if uncovered.len() > SHOWN {
                    let shown: Vec<String> = uncovered[..SHOWN]
                        .iter()
                        .map(|i| format!("`{i}`"))
                        .collect();
                    let more = (uncovered.len() - SHOWN).to_string();
                    shown.join(", ") + &t!(lang, "dekking-en-meer", more = more)
                } else {
                    list(lang, uncovered)
                };
                t_help!(lang, id, items = items)
            }
            _ => t_help!(lang, id),
        };
        help.unwrap_or_default()
    }
}

/// What makes a proof too much work, as its refusal names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Complexity {
    /// Too many answers used at more than one place (the urgency check).
    Shared,
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
