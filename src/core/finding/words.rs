//! How a finding reads: its message and its help, worded from the catalogue
//! (`locales/*/findings.ftl`) in the language asked for.
//!
//! Apart from [`Finding`] itself (what was found, as data, and how serious it
//! is), so that a newcomer adding a finding sees the data in one file and the
//! wording, one arm per finding, in this one.

use super::{Complexity, Finding};
use crate::core::ids::IdKind;
use crate::i18n::Lang;
use crate::i18n::format::{list, percent};
use crate::{t, t_help};

impl Finding {
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
                t!(lang, id, owner = owner, field = field.as_str())
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
            TooComplex {
                rule: None,
                cause: Complexity::Shared { question, .. },
            } => t!(lang, "te-complex-urgentie", question = question.as_str()),
            TooComplex { rule: None, .. } => t!(lang, "te-complex-urgentie", question = ""),
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
                Complexity::Shared { shared, .. } => {
                    t_help!(lang, id, shared = list(lang, shared))
                }
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
