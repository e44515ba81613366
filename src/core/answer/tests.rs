//! Parsing and checking answers against the questions of a small map.

use super::*;

/// The small fixture map every core test shares.
fn klein() -> Map {
    crate::core::klein::map()
}

fn parsed(map: &Map, id: &str, text: &str) -> Result<Answer, Problem> {
    let q = map.question_index(id).unwrap();
    parse(map, &map.questions[q], text).map_err(|e| e.problem)
}

#[test]
fn yes_no_numbers_and_choices_parse_from_their_text() {
    let map = klein();
    assert_eq!(parsed(&map, "gevaar-nu", "ja"), Ok(Answer::YesNo(true)));
    assert_eq!(parsed(&map, "gevaar-nu", " nee "), Ok(Answer::YesNo(false)));
    assert_eq!(
        parsed(&map, "gevaar-nu", "misschien"),
        Err(Problem::NotYesNo)
    );
    assert_eq!(parsed(&map, "uren", "20"), Ok(Answer::Number(20)));
    assert_eq!(
        parsed(&map, "uren", "101"),
        Err(Problem::OutOfRange { min: 0, max: 100 })
    );
    assert!(matches!(
        parsed(&map, "uren", "veel"),
        Err(Problem::NotANumber { .. })
    ));
    assert_eq!(
        parsed(&map, "zorg", "gevaar,uren"),
        Ok(Answer::Choices(vec![0, 1]))
    );
    assert!(matches!(
        parsed(&map, "zorg", "ruzie"),
        Err(Problem::UnknownOption { .. })
    ));
}

#[test]
fn an_answer_reads_back_as_the_text_it_was_given_in() {
    let map = klein();
    for (id, text) in [("gevaar-nu", "ja"), ("uren", "20"), ("zorg", "gevaar,uren")] {
        let q = map.question_index(id).unwrap();
        let answer = parse(&map, &map.questions[q], text).unwrap();
        assert_eq!(to_text(&map, &map.questions[q], &answer), text);
    }
}

#[test]
fn an_unknown_question_suggests_the_closest_id() {
    let map = klein();
    let given = [Given {
        id: "zrog".into(),
        value: "gevaar".into(),
        location: None,
    }];
    match check_given(&map, &given) {
        Err(GivenError::UnknownQuestion { id, suggestion, .. }) => {
            assert_eq!(id, "zrog");
            assert_eq!(suggestion.as_deref(), Some("zorg"));
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn errors_and_labels_are_worded_in_the_language_asked() {
    let map = klein();
    let q = &map.questions[map.question_index("gevaar-nu").unwrap()];
    let error = parse(&map, q, "misschien").unwrap_err();
    assert!(error.text(Lang::Nl).ends_with("geldig zijn `ja` en `nee`"));
    assert!(
        error
            .text(Lang::En)
            .ends_with("valid are `ja` (yes) and `nee` (no)")
    );
    assert_eq!(label(&map, q, &Answer::YesNo(true), Lang::Nl), "Ja");
    assert_eq!(label(&map, q, &Answer::YesNo(false), Lang::En), "No");
    let unknown = GivenError::UnknownQuestion {
        id: "zrog".into(),
        suggestion: Some("zorg".into()),
        location: None,
    };
    assert_eq!(
        unknown.text(Lang::En),
        "question `zrog` does not exist in this map\n  = help: did you mean `zorg`?"
    );
    assert_eq!(
        unknown.text(Lang::Nl),
        "vraag `zrog` bestaat niet in deze routekaart\n  = hulp: bedoelde u `zorg`?"
    );
}
