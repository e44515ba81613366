//! The map shipped in the binary: it loads, every route ends in a plan with a
//! contact the school can reach, and its scenarios pass.

use crate::routekaart_in;
use predicates::str::contains;
use routekaart::answer::Answer;
use routekaart::engine::Session;
use routekaart::load::{MapSource, load};
use routekaart::map::{Map, QuestionKind};
use routekaart::plan::{Plan, Whom};

/// Every answer worth trying for a question: each option, each non-empty set of
/// options, both ends of each range, every gemeente offered.
fn candidate_answers(map: &Map, q: usize) -> Vec<Answer> {
    match &map.questions[q].kind {
        QuestionKind::Choice(options) => (0..options.len()).map(Answer::Choice).collect(),
        QuestionKind::MultiChoice(options) => (1u32..(1 << options.len()))
            .map(|mask| {
                Answer::Choices(
                    (0..options.len())
                        .filter(|i| mask & (1 << i) != 0)
                        .collect(),
                )
            })
            .collect(),
        QuestionKind::Number { ranges, .. } => ranges
            .iter()
            .flat_map(|r| [Answer::Number(r.from), Answer::Number(r.to)])
            .collect(),
        QuestionKind::YesNo { .. } => vec![Answer::YesNo(true), Answer::YesNo(false)],
        // Exactly what a user can answer: "another gemeente" only where offered.
        QuestionKind::Gemeente { .. } => routekaart::answer::options(map, &map.questions[q])
            .iter()
            .map(|(value, _)| routekaart::answer::parse(map, &map.questions[q], value).unwrap())
            .collect(),
    }
}

/// Walks every route depth-first through the engine; calls `visit` on each complete one.
fn every_route(session: Session, visit: &mut impl FnMut(&Session)) {
    let walk = session.walk();
    let Some(q) = walk.next else {
        visit(&session);
        return;
    };
    for answer in candidate_answers(session.map(), q) {
        let mut next = session.clone();
        next.answer(q, answer);
        every_route(next, visit);
    }
}

#[test]
fn every_route_of_the_shipped_map_ends_in_a_plan_with_a_reachable_contact() {
    let loaded = load(&MapSource::Embedded).expect("the shipped map loads");
    let map = &loaded.map;
    let mut routes = 0;
    let mut unreachable = Vec::new();
    let mut advices_seen = std::collections::HashSet::new();
    every_route(Session::new(map), &mut |session| {
        routes += 1;
        let walk = session.walk();
        let plan = Plan::build(map, &walk);
        assert!(!plan.advices.is_empty());
        advices_seen.extend(plan.advices.iter().map(|a| a.advice));
        let reachable = plan.contacts.iter().any(|c| match c.whom {
            Whom::Organisation(o) => {
                let org = &map.organisations[o];
                org.telefoon.is_some() || org.email.is_some() || org.website.is_some()
            }
            Whom::Unresolved { .. } | Whom::FromDossier(_) => false,
        });
        if !reachable && unreachable.len() < 5 {
            unreachable.push(format!("{:?}", walk.steps));
        }
    });
    assert!(
        unreachable.is_empty(),
        "routes without a reachable contact: {unreachable:#?}"
    );
    assert_eq!(
        advices_seen.len(),
        map.advices.len(),
        "every advice is reachable"
    );
    assert!(routes > 1000, "walked {routes} routes");
}

#[test]
fn the_shipped_scenarios_pass() {
    let loaded = load(&MapSource::Embedded).expect("the shipped map loads");
    let outcomes = routekaart::scenario::run_file(&loaded.map, &routekaart::embedded::scenarios())
        .expect("scenarios.yaml parses");
    assert!(outcomes.len() >= 10, "{} scenarios", outcomes.len());
    let failed: Vec<String> = outcomes
        .iter()
        .filter(|o| !o.passed())
        .map(|o| format!("{}: {}", o.name, o.problems.join("; ")))
        .collect();
    assert!(failed.is_empty(), "{}", failed.join("\n"));
}

#[test]
fn the_binary_advises_from_the_embedded_map_in_any_folder() {
    let dir = tempfile::tempdir().unwrap();
    routekaart_in(dir.path())
        .args([
            "advise",
            "--answer",
            "schoolgemeente=aalsmeer",
            "--answer",
            "woongemeente=uithoorn",
        ])
        .args(["--answer", "signaal=verzuim", "--answer", "verzuim-uren=16"])
        .assert()
        .code(0)
        .stdout(contains("DUO, verzuim melden"))
        .stdout(contains("Leerplicht, gemeente Uithoorn"))
        .stdout(contains("binnen 5 werkdagen"));
}

#[test]
fn ask_without_a_terminal_points_to_advise() {
    let dir = tempfile::tempdir().unwrap();
    routekaart_in(dir.path())
        .write_stdin("")
        .assert()
        .code(2)
        .stderr(contains("terminal"))
        .stderr(contains("routekaart advise"));
}
