//! Unit tests of the engine and the plan on the small fixture map in `tests/fixtures/klein`.

use super::*;
use crate::answer::{self, Answer};
use crate::load::from_sources;
use crate::map::Urgency;
use crate::plan::{Plan, Whom};
use crate::source::SourceFile;

fn klein() -> Map {
    let file = |name: &str, text: &str| SourceFile::new(format!("klein/{name}"), text);
    from_sources(&[
        file(
            "routekaart.yaml",
            include_str!("../../tests/fixtures/klein/routekaart.yaml"),
        ),
        file(
            "organisaties.yaml",
            include_str!("../../tests/fixtures/klein/organisaties.yaml"),
        ),
        file(
            "gemeenten.yaml",
            include_str!("../../tests/fixtures/klein/gemeenten.yaml"),
        ),
        file(
            "vragen.yaml",
            include_str!("../../tests/fixtures/klein/vragen.yaml"),
        ),
        file(
            "adviezen.yaml",
            include_str!("../../tests/fixtures/klein/adviezen.yaml"),
        ),
    ])
    .expect("fixture map loads")
}

/// Answers `id` with its text form, as `advise` would.
fn give(session: &mut Session, id: &str, text: &str) {
    let map = session.map();
    let q = map.question_index(id).unwrap();
    let answer = answer::parse(map, &map.questions[q], text).unwrap();
    session.answer(q, answer);
}

fn next_id(session: &Session) -> Option<String> {
    let map = session.map();
    session.walk().next.map(|q| map.questions[q].id.clone())
}

fn advice_ids(map: &Map, walk: &Walk) -> Vec<String> {
    walk.reached
        .iter()
        .map(|r| map.advices[r.advice].id.clone())
        .collect()
}

fn contact_names(map: &Map, plan: &Plan) -> Vec<String> {
    plan.contacts
        .iter()
        .map(|c| match c.whom {
            Whom::Organisation(o) => map.organisations[o].id.clone(),
            Whom::Unresolved { role, .. } => format!("?{}", map.roles[role].id),
        })
        .collect()
}

#[test]
fn asks_questions_in_order_until_an_advice() {
    let map = klein();
    let mut s = Session::new(&map);
    assert_eq!(next_id(&s).as_deref(), Some("school"));
    give(&mut s, "school", "noord");
    give(&mut s, "woon", "noord");
    assert_eq!(next_id(&s).as_deref(), Some("zorg"));
    give(&mut s, "zorg", "hulp");
    let walk = s.walk();
    assert!(walk.is_complete());
    assert_eq!(advice_ids(&map, &walk), ["advies-hulp"]);
}

#[test]
fn back_returns_to_the_previous_question_and_keeps_the_answer_as_default() {
    let map = klein();
    let mut s = Session::new(&map);
    give(&mut s, "school", "noord");
    give(&mut s, "woon", "zuid");
    let woon = map.question_index("woon").unwrap();
    assert_eq!(s.back(), Some(woon));
    assert_eq!(next_id(&s).as_deref(), Some("woon"));
    assert_eq!(s.default_for(woon), Some(&Answer::Gemeente(Some(1))));
    s.back();
    assert_eq!(next_id(&s).as_deref(), Some("school"));
    assert_eq!(s.back(), None, "nothing before the first question");
}

#[test]
fn multiple_signals_walk_each_branch_in_map_order() {
    let map = klein();
    let mut s = Session::new(&map);
    give(&mut s, "school", "noord");
    give(&mut s, "woon", "noord");
    // Chosen in reverse order: the route still follows the map's option order.
    give(&mut s, "zorg", "uren,gevaar");
    assert_eq!(next_id(&s).as_deref(), Some("gevaar-nu"));
    give(&mut s, "gevaar-nu", "ja");
    assert_eq!(next_id(&s).as_deref(), Some("uren"));
    give(&mut s, "uren", "16");
    let walk = s.walk();
    assert_eq!(advice_ids(&map, &walk), ["advies-spoed", "advies-melden"]);
    let steps: Vec<&str> = walk
        .steps
        .iter()
        .map(|st| map.questions[st.question].id.as_str())
        .collect();
    assert_eq!(steps, ["school", "woon", "zorg", "gevaar-nu", "uren"]);
}

#[test]
fn an_advice_reached_twice_is_listed_once() {
    let map = klein();
    let mut s = Session::new(&map);
    for (id, value) in [
        ("school", "noord"),
        ("woon", "noord"),
        ("zorg", "gevaar,uren,hulp"),
        ("gevaar-nu", "nee"),
        ("uren", "3"),
    ] {
        give(&mut s, id, value);
    }
    assert_eq!(advice_ids(&map, &s.walk()), ["advies-hulp"]);
}

#[test]
fn plan_merges_contacts_and_puts_the_most_urgent_first() {
    let map = klein();
    let mut s = Session::new(&map);
    for (id, value) in [
        ("school", "noord"),
        ("woon", "noord"),
        ("zorg", "hulp,uren,gevaar"),
        ("gevaar-nu", "ja"),
        ("uren", "40"),
    ] {
        give(&mut s, id, value);
    }
    let plan = Plan::build(&map, &s.walk());
    // spoed (acuut) first; hulp-noord once although three advices name it.
    assert_eq!(
        contact_names(&map, &plan),
        ["spoed", "hulp-noord", "arts-noord"]
    );
    let hulp = &plan.contacts[1];
    assert_eq!(
        hulp.urgency,
        Urgency::Vandaag,
        "the most urgent of its reasons"
    );
    assert_eq!(hulp.reasons.len(), 3);
    let advices: Vec<&str> = plan
        .advices
        .iter()
        .map(|a| map.advices[a.advice].id.as_str())
        .collect();
    assert_eq!(advices, ["advies-spoed", "advies-melden", "advies-hulp"]);
}

#[test]
fn roles_follow_the_pupils_woongemeente_or_the_schools_gemeente() {
    let map = klein();
    let mut s = Session::new(&map);
    for (id, value) in [("school", "noord"), ("woon", "zuid"), ("zorg", "hulp")] {
        give(&mut s, id, value);
    }
    let plan = Plan::build(&map, &s.walk());
    assert_eq!(contact_names(&map, &plan), ["hulp-zuid", "arts-noord"]);
}

#[test]
fn a_pupil_from_outside_the_map_gets_the_roles_fallback_or_an_unresolved_role() {
    let map = klein();
    let mut s = Session::new(&map);
    for (id, value) in [("school", "zuid"), ("woon", "anders"), ("zorg", "hulp")] {
        give(&mut s, id, value);
    }
    let plan = Plan::build(&map, &s.walk());
    assert_eq!(contact_names(&map, &plan), ["landelijk", "arts-zuid"]);
}

#[test]
fn changing_an_answer_drops_answers_off_the_new_route_but_remembers_them() {
    let map = klein();
    let mut s = Session::new(&map);
    for (id, value) in [
        ("school", "noord"),
        ("woon", "noord"),
        ("zorg", "uren"),
        ("uren", "20"),
    ] {
        give(&mut s, id, value);
    }
    give(&mut s, "zorg", "hulp");
    let walk = s.walk();
    assert!(walk.is_complete());
    assert!(
        !walk
            .steps
            .iter()
            .any(|st| map.questions[st.question].id == "uren")
    );
    give(&mut s, "zorg", "hulp,uren");
    assert_eq!(next_id(&s).as_deref(), Some("uren"), "asked again …");
    let uren = map.question_index("uren").unwrap();
    assert_eq!(
        s.default_for(uren),
        Some(&Answer::Number(20)),
        "… with the old answer as default"
    );
}

#[test]
fn answers_given_at_once_report_those_off_the_route() {
    let map = klein();
    let given = [
        ("school", "noord"),
        ("woon", "noord"),
        ("zorg", "hulp"),
        ("uren", "5"),
    ];
    let answers = given.iter().map(|(id, value)| {
        let q = map.question_index(id).unwrap();
        (q, answer::parse(&map, &map.questions[q], value).unwrap())
    });
    let s = Session::with_answers(&map, answers.collect::<Vec<_>>());
    let walk = s.walk();
    assert!(walk.is_complete());
    assert_eq!(
        s.unused_answers(&walk),
        [map.question_index("uren").unwrap()]
    );
}

#[test]
fn invalid_answers_list_what_is_valid() {
    let map = klein();
    let q = |id| &map.questions[map.question_index(id).unwrap()];
    let error = answer::parse(&map, q("zorg"), "gevaar,ruzie")
        .unwrap_err()
        .to_string();
    assert!(
        error.contains("`ruzie` is geen geldig antwoord") && error.contains("hulp"),
        "{error}"
    );
    let error = answer::parse(&map, q("uren"), "-1")
        .unwrap_err()
        .to_string();
    assert!(error.contains("0 tot en met 100"), "{error}");
    assert!(answer::parse(&map, q("uren"), "veel").is_err());
    assert!(answer::parse(&map, q("gevaar-nu"), "misschien").is_err());
    assert!(
        answer::parse(&map, q("school"), "anders").is_err(),
        "the school is in the region"
    );
    assert!(answer::parse(&map, q("zorg"), "hulp,hulp").is_err());
}
