//! Unit tests of the school profile against the shipped map.

use super::*;
use crate::core::compile::from_sources;
use crate::core::diagnostic::DiagnosticKind;
use crate::core::embedded;
use crate::core::engine::Session;
use crate::core::plan::Plan;

fn map() -> Map {
    from_sources(&embedded::files()).unwrap()
}

fn load(map: &Map, text: &str) -> Result<Profile, Vec<Diagnostic>> {
    let source = SourceFile::new("school.yaml", text);
    let file = parse(&source).map_err(|d| vec![d])?;
    resolve(map, file, "school.yaml")
}

const UITHOORN: &str = "\
school: De Proefschool
gemeente: uithoorn
schoolsoort: po
mensen:
  - rol: leerplicht
    naam: A. Proef
    telefoon: 0297 000 000
    bijgewerkt: 2026-09-01
  - rol: jeugdarts
    naam: B. Proef
    email: jeugdarts@proefschool.invalid
    bijgewerkt: 2024-01-15
";

#[test]
fn a_profile_resolves_its_gemeente_type_and_people() {
    let map = map();
    let profile = load(&map, UITHOORN).unwrap();
    assert_eq!(profile.school.as_deref(), Some("De Proefschool"));
    assert_eq!(
        profile.gemeente.map(|g| map.gemeenten[g].id.as_str()),
        Some("uithoorn")
    );
    assert_eq!(profile.people.len(), 2);
    assert_eq!(profile.preset(&map).len(), 2);
    let today = Date::parse("2026-12-05").unwrap();
    let stale: Vec<&str> = profile
        .stale(today)
        .iter()
        .map(|p| p.naam.as_str())
        .collect();
    assert_eq!(stale, ["B. Proef"]);
}

#[test]
fn unknown_role_gemeente_type_and_date_are_all_reported_with_a_place() {
    let map = map();
    let problems = load(
        &map,
        "gemeente: uithorn\nschoolsoort: hbo\nmensen:\n  - rol: leerplict\n    naam: X\n    telefoon: 0297 000 000\n    bijgewerkt: gisteren\n",
    )
    .unwrap_err();
    let codes: Vec<&str> = problems.iter().map(|d| d.code()).collect();
    assert_eq!(
        codes,
        [
            "school-onbekende-gemeente",
            "school-onbekende-schoolsoort",
            "school-ongeldige-datum",
            "school-onbekende-rol"
        ]
    );
    let role = &problems[3];
    assert_eq!(role.location.as_ref().unwrap().line, 4);
    assert_eq!(
        role.kind.help(crate::i18n::Lang::Nl).as_deref(),
        Some("bedoelde u `leerplicht`?")
    );
    assert!(matches!(role.kind, DiagnosticKind::School(_)));
}

#[test]
fn an_unknown_key_fails_to_parse() {
    let map = map();
    let problems = load(&map, "gemeente: uithoorn\nleerling: Jan\n").unwrap_err();
    assert_eq!(problems[0].code(), "onbekende-sleutel");
}

/// The profile answers the school's gemeente and type; a given answer wins,
/// and "back" never lands on a question the profile answered.
#[test]
fn preset_answers_are_used_unless_given_and_back_skips_them() {
    let map = map();
    let profile = load(&map, UITHOORN).unwrap();
    let session = Session::new(&map).with_preset(profile.preset(&map));
    let walk = session.walk();
    assert_eq!(map.questions[walk.next.unwrap()].id, "woongemeente");
    assert!(!session.can_go_back());
    let mut session = session;
    assert_eq!(session.back(), None);
    let school = map.question_index("schoolgemeente").unwrap();
    let amstelveen = map.gemeente_index("amstelveen").unwrap();
    session.answer(school, Answer::Gemeente(Some(amstelveen)));
    assert_eq!(
        session.walk().steps[0].answer,
        Answer::Gemeente(Some(amstelveen))
    );
    assert!(session.can_go_back());
}

/// The school's own leerplichtambtenaar serves a pupil living in the school's
/// gemeente, not one living elsewhere; the jeugdarts serves every pupil.
#[test]
fn a_person_serves_the_pupils_of_their_gemeente() {
    let map = map();
    let profile = load(&map, UITHOORN).unwrap();
    let answers = |woon: &str| {
        let given: Vec<crate::core::answer::Given> = [
            ("woongemeente", woon),
            ("al-betrokken", "nee"),
            ("signaal", "verzuim"),
            ("verzuim-soort", "ongeoorloofd"),
            ("verzuim-uren", "20"),
            ("leeftijd", "10"),
        ]
        .iter()
        .map(|(id, value)| crate::core::answer::Given {
            id: id.to_string(),
            value: value.to_string(),
            location: None,
        })
        .collect();
        crate::core::answer::check_given(&map, &given).unwrap()
    };
    for (woon, expected) in [("uithoorn", true), ("aalsmeer", false)] {
        let session = Session::with_answers(&map, answers(woon)).with_preset(profile.preset(&map));
        let walk = session.walk();
        assert!(walk.is_complete(), "{woon}");
        let plan = Plan::build(&map, &walk);
        let gemeenten = plan_gemeenten(&map, &plan);
        let leerplicht = plan
            .contacts
            .iter()
            .find(|c| c.role.is_some_and(|r| map.roles[r].id == "leerplicht"))
            .unwrap();
        assert_eq!(
            profile.person_for(&map, leerplicht, gemeenten).is_some(),
            expected,
            "{woon}"
        );
    }
}
