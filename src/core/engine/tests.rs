//! Unit tests of the engine and the plan on the small fixture map in `tests/fixtures/klein`.

use super::*;
use crate::core::answer::{self, Answer};
use crate::core::compile::from_sources;
use crate::core::map::Urgency;
use crate::core::plan::{Plan, Whom};
use crate::core::source::SourceFile;

fn klein() -> Map {
    klein_with(
        include_str!("../../../tests/fixtures/klein/routekaart.yaml"),
        include_str!("../../../tests/fixtures/klein/vragen.yaml"),
        include_str!("../../../tests/fixtures/klein/adviezen.yaml"),
    )
    .expect("fixture map loads")
}

/// The fixture map with its own meta, questions and advices.
fn klein_with(
    meta: &str,
    vragen: &str,
    adviezen: &str,
) -> Result<Map, Vec<crate::core::diagnostic::Diagnostic>> {
    let file = |name: &str, text: &str| SourceFile::new(format!("klein/{name}"), text);
    from_sources(&[
        file("routekaart.yaml", meta),
        file(
            "organisaties.yaml",
            include_str!("../../../tests/fixtures/klein/organisaties.yaml"),
        ),
        file(
            "gemeenten.yaml",
            include_str!("../../../tests/fixtures/klein/gemeenten.yaml"),
        ),
        file("vragen.yaml", vragen),
        file("adviezen.yaml", adviezen),
    ])
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
            Whom::FromDossier(role) => format!("dossier:{}", map.roles[role].id),
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
fn answers_given_at_once_stay_defaults_after_back_and_off_the_route() {
    let map = klein();
    let q = |id: &str| map.question_index(id).unwrap();
    let (school, woon) = (q("school"), q("woon"));
    let mut s = Session::with_answers(
        &map,
        [
            (school, Answer::Gemeente(Some(0))),
            (woon, Answer::Gemeente(Some(1))),
        ],
    );
    assert_eq!(s.default_for(woon), Some(&Answer::Gemeente(Some(1))));
    assert_eq!(s.back(), Some(woon));
    assert_eq!(s.default_for(woon), Some(&Answer::Gemeente(Some(1))));
    // A new answer replaces the default; taking it back keeps the new one.
    give(&mut s, "woon", "noord");
    assert_eq!(s.back(), Some(woon));
    assert_eq!(s.default_for(woon), Some(&Answer::Gemeente(Some(0))));
    assert_eq!(s.back(), Some(school));
    assert_eq!(s.default_for(school), Some(&Answer::Gemeente(Some(0))));
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
        .text(crate::i18n::Lang::Nl);
    assert!(
        error.contains("`ruzie` is geen geldig antwoord") && error.contains("hulp"),
        "{error}"
    );
    let error = answer::parse(&map, q("uren"), "-1")
        .unwrap_err()
        .text(crate::i18n::Lang::Nl);
    assert!(error.contains("0 tot en met 100"), "{error}");
    assert!(answer::parse(&map, q("uren"), "veel").is_err());
    assert!(answer::parse(&map, q("gevaar-nu"), "misschien").is_err());
    assert!(
        answer::parse(&map, q("school"), "anders").is_err(),
        "the school is in the region"
    );
    assert!(answer::parse(&map, q("zorg"), "hulp,hulp").is_err());
}

/// A map that uses a list target, `antwoord_van`, a milestone and a dossier role.
fn extended() -> Map {
    let meta = format!(
        "{}  - id: regisseur\n    naam: Casusregisseur\n    bepaald_door: dossier\n",
        include_str!("../../../tests/fixtures/klein/routekaart.yaml")
    );
    let vragen = r#"
vragen:
  - id: school
    soort: schoolgemeente
    tekst: Waar staat de school?
    naar: woon
  - id: woon
    soort: woongemeente
    tekst: Waar woont de leerling?
    naar: betrokken
  - id: betrokken
    soort: janee
    tekst: Al een regisseur?
    ja: [advies-regie, zorg]
    nee: zorg
  - id: zorg
    soort: meerkeuze
    tekst: Welke zorg?
    opties:
      - {waarde: uren, label: Verzuim, naar: leeftijd}
      - {waarde: thuis, label: Thuis, naar: weken}
  - id: leeftijd
    soort: getal
    tekst: Hoe oud?
    eenheid: jaar
    min: 0
    max: 30
    bereiken:
      - {van: 0, tot_en_met: 17, naar: advies-melden}
      - {van: 18, tot_en_met: 30, naar: advies-hulp}
  - id: weken
    soort: getal
    tekst: Hoeveel weken thuis?
    eenheid: weken
    min: 0
    max: 100
    bereiken:
      - {van: 0, tot_en_met: 100, naar: thuis-leeftijd}
  - id: thuis-leeftijd
    soort: getal
    antwoord_van: leeftijd
    bereiken:
      - {van: 0, tot_en_met: 17, naar: advies-thuis}
      - {van: 18, tot_en_met: 30, naar: advies-hulp}
"#;
    let adviezen = format!(
        "{}{}",
        include_str!("../../../tests/fixtures/klein/adviezen.yaml"),
        r#"
  - id: advies-regie
    titel: Eerst de regisseur
    contacten:
      - {rol: regisseur, urgentie: vandaag}
  - id: advies-thuis
    titel: Thuiszitter
    contacten:
      - {rol: hulp, urgentie: deze-week}
    mijlpalen:
      - {vraag: weken, na_weken: 13, tekst: Drie maanden thuis}
      - {vraag: weken, na_weken: 4, tekst: Vier weken thuis}
"#
    );
    klein_with(&meta, vragen, &adviezen).expect("extended map loads")
}

#[test]
fn a_list_target_walks_each_node_in_turn() {
    let map = extended();
    let mut session = Session::new(&map);
    for (id, text) in [("school", "noord"), ("woon", "noord"), ("betrokken", "ja")] {
        give(&mut session, id, text);
    }
    assert_eq!(next_id(&session).as_deref(), Some("zorg"));
    give(&mut session, "zorg", "uren");
    give(&mut session, "leeftijd", "12");
    let walk = session.walk();
    assert_eq!(advice_ids(&map, &walk), ["advies-regie", "advies-melden"]);
    let plan = Plan::build(&map, &walk);
    assert_eq!(
        contact_names(&map, &plan),
        ["dossier:regisseur", "hulp-noord"],
        "the professional already involved comes first"
    );
}

#[test]
fn answer_of_asks_the_other_question_once_and_routes_by_it() {
    let map = extended();
    let mut session = Session::new(&map);
    for (id, text) in [("school", "noord"), ("woon", "noord"), ("betrokken", "nee")] {
        give(&mut session, id, text);
    }
    give(&mut session, "zorg", "thuis");
    give(&mut session, "weken", "6");
    assert_eq!(
        next_id(&session).as_deref(),
        Some("leeftijd"),
        "the derived question asks its source"
    );
    give(&mut session, "leeftijd", "19");
    let walk = session.walk();
    assert!(walk.is_complete());
    assert_eq!(advice_ids(&map, &walk), ["advies-hulp"]);
    // Both branches use the one answer: asked once.
    give(&mut session, "zorg", "uren,thuis");
    let walk = session.walk();
    assert!(walk.is_complete(), "age was already given");
    let asked: Vec<&str> = walk
        .steps
        .iter()
        .map(|s| map.questions[s.question].id.as_str())
        .collect();
    assert_eq!(
        asked,
        ["school", "woon", "betrokken", "zorg", "leeftijd", "weken"]
    );
    assert_eq!(advice_ids(&map, &walk), ["advies-hulp"]);
    give(&mut session, "leeftijd", "17");
    assert_eq!(
        advice_ids(&map, &session.walk()),
        ["advies-melden", "advies-thuis"]
    );
}

#[test]
fn milestones_count_weeks_from_the_answer_soonest_first() {
    let map = extended();
    let answers = [
        ("school", "noord"),
        ("woon", "noord"),
        ("betrokken", "nee"),
        ("zorg", "thuis"),
        ("weken", "6"),
        ("leeftijd", "10"),
    ];
    let mut session = Session::new(&map);
    for (id, text) in answers {
        give(&mut session, id, text);
    }
    let plan = Plan::build(&map, &session.walk());
    let got: Vec<(&str, i64)> = plan
        .milestones
        .iter()
        .map(|m| (m.tekst.nl.as_str(), m.weeks_from_today))
        .collect();
    assert_eq!(got, [("Vier weken thuis", -2), ("Drie maanden thuis", 7)]);
}

#[test]
fn answer_of_and_milestones_are_checked_when_loading() {
    let meta = include_str!("../../../tests/fixtures/klein/routekaart.yaml");
    let vragen = format!(
        "{}{}",
        include_str!("../../../tests/fixtures/klein/vragen.yaml"),
        r#"
  - id: kopie
    soort: janee
    antwoord_van: uren
    tekst: Eigen tekst
    ja: advies-hulp
    nee: advies-hulp
"#
    );
    let adviezen = format!(
        "{}{}",
        include_str!("../../../tests/fixtures/klein/adviezen.yaml"),
        r#"    mijlpalen:
      - {vraag: uren, na_weken: 4, tekst: Te vroeg}
"#
    );
    let errors = klein_with(meta, &vragen, &adviezen).unwrap_err();
    let messages: Vec<String> = errors
        .iter()
        .map(|d| d.kind.message(crate::i18n::Lang::Nl))
        .collect();
    assert!(
        messages
            .iter()
            .any(|m| m.contains("`kopie` kan niet het antwoord van `uren`") && m.contains("getal")),
        "{messages:?}"
    );
    assert!(
        messages
            .iter()
            .any(|m| m.contains("mijlpaal") && m.contains("`uren`")),
        "{messages:?}"
    );
}
