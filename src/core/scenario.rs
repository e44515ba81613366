//! Scenario tests of a map: answers in, the expected plan out, through the same
//! engine and plan as the questionnaire and `advise`.
//!
//! Pure: takes the parsed scenarios and the map, returns one outcome per scenario
//! with every mismatch as data (expected, got, and the route taken).

use crate::core::answer::{self, Given};
use crate::core::diagnostic::Diagnostic;
use crate::core::engine::{Session, Walk};
use crate::core::map::Map;
use crate::core::model::ScenariosFile;
use crate::core::parse::parse;
use crate::core::plan::{Plan, Whom};
use crate::core::problems::{FirstContact, ScenarioProblem};
use crate::core::source::{Location, SourceFile};

/// The result of one scenario.
#[derive(Debug, Clone)]
pub struct Outcome {
    pub name: String,
    pub location: Option<Location>,
    /// What did not match; empty when the scenario passed.
    pub problems: Vec<ScenarioProblem>,
    /// The route the answers gave; `None` when an answer was invalid.
    pub walk: Option<Walk>,
    /// The file that keeps its printed plan (`samenvatting`), and where that is written.
    pub summary: Option<(String, Option<Location>)>,
}

impl Outcome {
    pub fn passed(&self) -> bool {
        self.problems.is_empty()
    }
}

/// Parses a scenarios file and runs every scenario on `map`.
pub fn run_file(map: &Map, source: &SourceFile) -> Result<Vec<Outcome>, Diagnostic> {
    Ok(run_parsed(map, source, &parse(source)?))
}

/// Whether every gemeente `scenario` answers (to a gemeente question) is in
/// `map` or is `anders`: false for a scenario of a region that is not loaded.
pub fn names_only_known_gemeenten(map: &Map, scenario: &crate::core::model::Scenario) -> bool {
    scenario.antwoorden.iter().all(|(id, value)| {
        let is_gemeente = map.question_index(&id.value).is_some_and(|q| {
            matches!(
                map.questions[q].kind,
                crate::core::map::QuestionKind::Gemeente { .. }
            )
        });
        let value = value.text();
        !is_gemeente
            || value.eq_ignore_ascii_case(crate::core::map::OTHER_GEMEENTE)
            || map.gemeente_index(&value).is_some()
    })
}

/// Scenarios below this many run on one thread: a second one costs more
/// than it saves.
const ON_TWO_THREADS: usize = 64;

/// Runs every scenario of `file`, parsed from `source`, on `map`. A large
/// file runs half its scenarios on a second thread (a national map has
/// thousands, and `check` has two cores); the outcomes keep the file's order.
pub fn run_parsed(map: &Map, source: &SourceFile, file: &ScenariosFile) -> Vec<Outcome> {
    if file.scenarios.len() < ON_TWO_THREADS {
        return run_each(map, source, &file.scenarios);
    }
    let (first, second) = file.scenarios.split_at(file.scenarios.len() / 2);
    // Outcomes are data, worded by whoever reports them: no language to carry over.
    std::thread::scope(|scope| {
        let later = scope.spawn(move || run_each(map, source, second));
        let mut outcomes = run_each(map, source, first);
        outcomes.extend(
            later
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic)),
        );
        outcomes
    })
}

/// Runs `scenarios`, parsed from `source`, on `map`, in order.
fn run_each(
    map: &Map,
    source: &SourceFile,
    scenarios: &[crate::core::model::Scenario],
) -> Vec<Outcome> {
    scenarios
        .iter()
        .map(|scenario| run_one(map, source, scenario))
        .collect()
}

/// Runs one scenario, parsed from `source`, on `map`.
pub fn run_one(map: &Map, source: &SourceFile, scenario: &crate::core::model::Scenario) -> Outcome {
    // Where each answer is written matters only when one is wrong: checked
    // first from the scenario's own text, copying nothing (most scenarios
    // are right, and a national map has a million answers), and only for a
    // wrong one again with its place, for the error.
    let given = || -> Vec<Given> {
        scenario
            .antwoorden
            .iter()
            .map(|(id, value)| Given {
                id: id.value.clone(),
                value: value.to_text(),
                location: Location::of(&source.name, id),
            })
            .collect()
    };
    let texts = scenario
        .antwoorden
        .iter()
        .map(|(id, value)| (id.value.as_str(), value.text()));
    let checked = match answer::check_texts(map, texts) {
        Some(answers) => Ok(answers),
        None => answer::check_given(map, &given()),
    };
    let (walk, problems) = match checked {
        Ok(answers) => {
            let session = Session::with_answers(map, answers);
            let walk = session.walk();
            let problems = check(map, &session, &walk, &scenario.verwacht);
            (Some(walk), problems)
        }
        Err(error) => (None, vec![ScenarioProblem::Answer(error)]),
    };
    Outcome {
        name: crate::core::text::clean(&scenario.naam.value),
        location: Location::of(&source.name, &scenario.naam),
        problems,
        walk,
        summary: scenario
            .samenvatting
            .as_ref()
            .map(|s| (s.value.clone(), Location::of(&source.name, s))),
    }
}

fn check(
    map: &Map,
    session: &Session,
    walk: &Walk,
    expected: &crate::core::model::Expected,
) -> Vec<ScenarioProblem> {
    let route = || crate::core::engine::route(map, &walk.steps);
    if let Some(next) = walk.next {
        return vec![ScenarioProblem::Incomplete {
            question: map.questions[next].id.clone(),
            route: route(),
        }];
    }
    let mut problems = Vec::new();
    for q in session.unused_answers(walk) {
        problems.push(ScenarioProblem::OffRoute {
            question: map.questions[q].id.clone(),
            route: route(),
        });
    }
    // Compared in place: ids are copied only into a problem, since most
    // scenarios pass and a national map runs many thousands of them.
    let plan = Plan::build(map, walk);
    let advice_ids = || -> Vec<String> {
        plan.advices
            .iter()
            .map(|a| map.advices[a.advice].id.clone())
            .collect()
    };
    if let Some(want) = &expected.adviezen
        && !(want.len() == plan.advices.len()
            && want
                .iter()
                .zip(&plan.advices)
                .all(|(w, a)| *w == map.advices[a.advice].id))
    {
        problems.push(ScenarioProblem::Advices {
            expected: want.clone(),
            got: advice_ids(),
            route: route(),
        });
    }
    let organisations = || -> Vec<String> {
        plan.contacts
            .iter()
            .filter_map(|c| contact_id(map, c.whom))
            .collect()
    };
    let in_plan = |id: &str| {
        plan.contacts
            .iter()
            .any(|c| contact_ref(map, c.whom) == Some(id))
    };
    if let Some(first) = &expected.eerste_contact {
        let whom = plan.contacts.first().map(|c| c.whom);
        if whom.and_then(|w| contact_ref(map, w)) != Some(first.as_str()) {
            let got = match whom {
                None => FirstContact::Nobody,
                Some(Whom::Unresolved { role, .. }) => {
                    FirstContact::UnfilledRole(map.roles[role].id.clone())
                }
                Some(whom) => FirstContact::Named(contact_id(map, whom).unwrap_or_default()),
            };
            problems.push(ScenarioProblem::FirstContact {
                expected: first.clone(),
                got,
                route: route(),
            });
        }
    }
    for want in &expected.contacten {
        if !in_plan(want) {
            problems.push(ScenarioProblem::ContactMissing {
                contact: want.clone(),
                plan: organisations(),
                route: route(),
            });
        }
    }
    for unwanted in &expected.niet {
        if in_plan(unwanted) {
            problems.push(ScenarioProblem::ContactUnwanted {
                contact: unwanted.clone(),
                route: route(),
            });
        }
    }
    problems
}

/// How a scenario names a contact: the organisation's id, or for someone from
/// the pupil's file the role's id; `None` for a role the map could not fill.
fn contact_id(map: &Map, whom: Whom) -> Option<String> {
    contact_ref(map, whom).map(String::from)
}

/// [`contact_id`], borrowed from the map.
fn contact_ref(map: &Map, whom: Whom) -> Option<&str> {
    match whom {
        Whom::Organisation(o) => Some(&map.organisations[o].id),
        Whom::FromDossier(role) => Some(&map.roles[role].id),
        Whom::Unresolved { .. } => None,
    }
}
