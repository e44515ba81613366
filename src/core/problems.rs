//! How a rule or a scenario fails on a route, as data: the ids involved and
//! the route, never a sentence. [`RuleProblem::text`] and
//! [`ScenarioProblem::text`] word them in the language asked for, from the
//! catalogue (`locales/*/findings.ftl`).

use crate::core::answer::GivenError;
use crate::i18n::Lang;
use crate::t;

/// The first demand of a rule that a plan does not meet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RuleProblem {
    /// `eerste_contact`: the plan names someone else first, or no one (`None`).
    FirstContact { got: Option<String>, wanted: String },
    /// `contacten`: the plan does not name this organisation or role.
    Missing { who: String },
    /// `niet`: the plan names this organisation or role all the same.
    Present { who: String },
    /// `adviezen`: the plan lacks this advice.
    AdviceMissing { advice: String },
    /// `urgentie`: the plan is less urgent than the rule demands.
    Urgency {
        got: &'static str,
        wanted: &'static str,
    },
    /// The analysis found the route, yet on the route itself the rule holds:
    /// a fault of routekaart, not of the map.
    NotReproduced,
}

impl RuleProblem {
    /// The problem in a sentence, in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        match self {
            RuleProblem::FirstContact {
                got: Some(got),
                wanted,
            } => t!(
                lang,
                "regel-probleem-eerste",
                got = got.as_str(),
                wanted = wanted.as_str()
            ),
            RuleProblem::FirstContact { got: None, wanted } => {
                t!(
                    lang,
                    "regel-probleem-eerste-niemand",
                    wanted = wanted.as_str()
                )
            }
            RuleProblem::Missing { who } => {
                t!(lang, "regel-probleem-ontbreekt", who = who.as_str())
            }
            RuleProblem::Present { who } => t!(lang, "regel-probleem-aanwezig", who = who.as_str()),
            RuleProblem::AdviceMissing { advice } => {
                t!(lang, "regel-probleem-advies", advice = advice.as_str())
            }
            RuleProblem::Urgency { got, wanted } => {
                t!(
                    lang,
                    "regel-probleem-urgentie",
                    got = *got,
                    wanted = *wanted
                )
            }
            RuleProblem::NotReproduced => t!(lang, "regel-probleem-intern"),
        }
    }
}

/// Whom a plan names first, as a scenario compares it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FirstContact {
    /// The plan names no one.
    Nobody,
    /// An organisation's id, or the id of a role filled from the pupil's file.
    Named(String),
    /// A role the map could not fill for the pupil's gemeente.
    UnfilledRole(String),
}

/// Why a scenario fails. `route` is the route the answers took
/// (`id=value → id=value`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ScenarioProblem {
    /// An answer does not fit the map: an unknown question or value.
    Answer(GivenError),
    /// The answers stop before the route ends.
    Incomplete { question: String, route: String },
    /// An answer to a question that the route does not ask.
    OffRoute { question: String, route: String },
    /// The plan's advices differ from `adviezen`.
    Advices {
        expected: Vec<String>,
        got: Vec<String>,
        route: String,
    },
    /// The plan names someone else first than `eerste_contact`.
    FirstContact {
        expected: String,
        got: FirstContact,
        route: String,
    },
    /// A contact of `contacten` that the plan lacks; `plan` is whom it names.
    ContactMissing {
        contact: String,
        plan: Vec<String>,
        route: String,
    },
    /// A contact of `niet` that the plan names.
    ContactUnwanted { contact: String, route: String },
}

impl ScenarioProblem {
    /// The problem in a sentence, in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        match self {
            ScenarioProblem::Answer(error) => error.text(lang),
            ScenarioProblem::Incomplete { question, route } => t!(
                lang,
                "scenario-probleem-onvolledig",
                question = question.as_str(),
                route = route.as_str()
            ),
            ScenarioProblem::OffRoute { question, route } => t!(
                lang,
                "scenario-probleem-niet-op-route",
                question = question.as_str(),
                route = route.as_str()
            ),
            ScenarioProblem::Advices {
                expected,
                got,
                route,
            } => t!(
                lang,
                "scenario-probleem-adviezen",
                expected = expected.join(", "),
                got = got.join(", "),
                route = route.as_str()
            ),
            ScenarioProblem::FirstContact {
                expected,
                got,
                route,
            } => {
                let got = match got {
                    FirstContact::Nobody => String::new(),
                    FirstContact::Named(id) => id.clone(),
                    FirstContact::UnfilledRole(role) => {
                        t!(
                            lang,
                            "scenario-probleem-rol-niet-ingevuld",
                            role = role.as_str()
                        )
                    }
                };
                t!(
                    lang,
                    "scenario-probleem-eerste-contact",
                    expected = expected.as_str(),
                    got = got,
                    route = route.as_str()
                )
            }
            ScenarioProblem::ContactMissing {
                contact,
                plan,
                route,
            } => t!(
                lang,
                "scenario-probleem-contact-ontbreekt",
                contact = contact.as_str(),
                plan = plan.join(", "),
                route = route.as_str()
            ),
            ScenarioProblem::ContactUnwanted { contact, route } => t!(
                lang,
                "scenario-probleem-contact-te-veel",
                contact = contact.as_str(),
                route = route.as_str()
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rule_and_scenario_problems_are_worded_in_the_language_asked_for() {
        let problem = RuleProblem::Missing {
            who: "ggd".to_string(),
        };
        assert_eq!(problem.text(Lang::Nl), "`ggd` staat niet in het plan");
        assert_eq!(problem.text(Lang::En), "`ggd` is not in the plan");
        let problem = ScenarioProblem::FirstContact {
            expected: "ggd".to_string(),
            got: FirstContact::UnfilledRole("leerplicht".to_string()),
            route: "signaal=verzuim".to_string(),
        };
        assert_eq!(
            problem.text(Lang::Nl),
            "eerste contact: verwacht `ggd`, gekregen `rol leerplicht (niet ingevuld)` (route: signaal=verzuim)"
        );
        assert_eq!(
            problem.text(Lang::En),
            "first contact: expected `ggd`, got `role leerplicht (not filled in)` (route: signaal=verzuim)"
        );
        let nobody = RuleProblem::FirstContact {
            got: None,
            wanted: "ggd".to_string(),
        };
        assert_eq!(
            nobody.text(Lang::Nl),
            "het plan noemt eerst `niemand`, niet `ggd`"
        );
    }
}
