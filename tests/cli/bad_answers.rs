//! Answers given wrong, on the command line and in answer files: unknown
//! questions and options, numbers out of range or not numbers, an answer
//! repeated, answer files that are not YAML or not there. Every case asserts
//! the documented exit code, the key words of the Dutch message, no escape on
//! the terminal, and an end within [`CEILING`](crate::CEILING).

use crate::bad_input::write;
use crate::{bounded, fixture, routekaart_in};

/// Wrong answers: `args` after `advise` on the fixture `klein`; `file`, when
/// given, is written as `a.yaml` for `--answers a.yaml`.
struct AnswerCase {
    name: &'static str,
    args: &'static [&'static str],
    file: Option<&'static [u8]>,
    code: i32,
    expect: &'static [&'static str],
}

/// Answers that lead to the question `uren`, for cases that get the number wrong.
const TO_UREN: &[&str] = &[
    "--answer",
    "school=noord",
    "--answer",
    "woon=zuid",
    "--answer",
    "zorg=uren",
];

/// The same, as the first lines of an answers file.
macro_rules! uren_file {
    ($last:literal) => {
        Some(concat!("school: noord\nwoon: zuid\nzorg: [uren]\n", $last, "\n").as_bytes())
    };
}

const ANSWER_CASES: &[AnswerCase] = &[
    AnswerCase {
        name: "unknown_question_id",
        args: &["--answer", "onbekend=1"],
        file: None,
        code: 2,
        expect: &["vraag `onbekend` bestaat niet in deze routekaart"],
    },
    AnswerCase {
        name: "negative_hours",
        args: &["--answer", "uren=-3"],
        file: None,
        code: 2,
        expect: &["-3 valt buiten 0 tot en met 100", "vraag `uren`"],
    },
    AnswerCase {
        name: "ten_to_the_thirty_hours",
        args: &["--answer", "uren=1000000000000000000000000000000"],
        file: None,
        code: 2,
        expect: &["is geen geheel getal", "van 0 tot en met 100"],
    },
    AnswerCase {
        name: "nan_hours",
        args: &["--answer", "uren=NaN"],
        file: None,
        code: 2,
        expect: &["`NaN` is geen geheel getal"],
    },
    AnswerCase {
        name: "text_for_a_number",
        args: &["--answer", "uren=veel"],
        file: None,
        code: 2,
        expect: &["`veel` is geen geheel getal"],
    },
    AnswerCase {
        name: "fraction_for_a_whole_number",
        args: &["--answer", "uren=15,5"],
        file: None,
        code: 2,
        expect: &["`15,5` is geen geheel getal"],
    },
    AnswerCase {
        name: "unknown_option_in_multiple_choice",
        args: &["--answer", "zorg=gevaar,vliegen"],
        file: None,
        code: 2,
        expect: &[
            "`vliegen` is geen geldig antwoord op vraag `zorg`",
            "Geldig zijn",
            "gevaar",
        ],
    },
    AnswerCase {
        name: "answer_without_equals_sign",
        args: &["--answer", "school"],
        file: None,
        code: 2,
        expect: &["`school` is geen antwoord", "vraag-id=waarde"],
    },
    AnswerCase {
        name: "answer_without_question_id",
        args: &["--answer", "=noord"],
        file: None,
        code: 2,
        expect: &["`=noord`", "vóór de `=`"],
    },
    AnswerCase {
        name: "empty_multiple_choice",
        args: &["--answer", "zorg="],
        file: None,
        code: 2,
        expect: &["vraag `zorg` heeft een antwoord nodig"],
    },
    AnswerCase {
        name: "escape_sequence_in_an_answer",
        args: &["--answer", "school=\u{1b}[2Jnoord"],
        file: None,
        code: 2,
        expect: &["`noord` is geen geldig antwoord op vraag `school`"],
    },
    AnswerCase {
        name: "file_nan",
        args: &[],
        file: uren_file!("uren: .nan"),
        code: 2,
        expect: &["a.yaml:4:7", "`.nan` of `.inf` is geen getal"],
    },
    AnswerCase {
        name: "file_ten_to_the_thirty",
        args: &[],
        file: uren_file!("uren: 1e30"),
        code: 2,
        expect: &["a.yaml:4:1", "`1e30` is geen geheel getal"],
    },
    AnswerCase {
        name: "file_negative",
        args: &[],
        file: uren_file!("uren: -3"),
        code: 2,
        expect: &["a.yaml:4:1", "-3 valt buiten 0 tot en met 100"],
    },
    AnswerCase {
        name: "file_mapping_for_an_answer",
        args: &[],
        file: uren_file!("uren: {aantal: 3}"),
        code: 2,
        expect: &["a.yaml:4:7", "verkeerd soort waarde", "een antwoord"],
    },
    AnswerCase {
        name: "file_empty_answer",
        args: &[],
        file: uren_file!("uren:"),
        code: 2,
        expect: &["a.yaml:4:", "een lege waarde"],
    },
    AnswerCase {
        name: "file_list_in_a_list",
        args: &[],
        file: Some(b"school: noord\nwoon: zuid\nzorg: [[uren]]\n"),
        code: 2,
        expect: &["a.yaml:3:", "een lijst in een lijst"],
    },
    AnswerCase {
        name: "file_unknown_option",
        args: &[],
        file: Some(b"school: noord\nwoon: zuid\nzorg: [uren, vliegen]\n"),
        code: 2,
        expect: &[
            "a.yaml:3:1",
            "`vliegen` is geen geldig antwoord op vraag `zorg`",
        ],
    },
    AnswerCase {
        name: "file_unknown_question",
        args: &[],
        file: Some(b"school: noord\nschool-id: 12\n"),
        code: 2,
        expect: &["a.yaml:2:1", "vraag `school-id` bestaat niet"],
    },
    AnswerCase {
        name: "file_duplicate_question",
        args: &[],
        file: Some(b"school: noord\nschool: zuid\n"),
        code: 2,
        expect: &["a.yaml:2:1", "sleutel `school` staat hier twee keer"],
    },
    AnswerCase {
        name: "file_in_scenario_form",
        args: &[],
        file: Some(b"# uit scenarios.yaml gekopieerd\nantwoorden:\n  school: noord\n"),
        code: 2,
        expect: &["a.yaml", "zonder `antwoorden:` erboven"],
    },
    AnswerCase {
        name: "file_two_documents",
        args: &[],
        file: Some(b"school: noord\n---\nwoon: zuid\n"),
        code: 2,
        expect: &["a.yaml", "meer dan \u{e9}\u{e9}n YAML-document"],
    },
    AnswerCase {
        name: "file_empty",
        args: &[],
        file: Some(b""),
        code: 2,
        expect: &["a.yaml", "bestand is leeg"],
    },
    AnswerCase {
        name: "file_not_utf8",
        args: &[],
        file: Some(b"school: \xe9\xe9n\n"),
        code: 2,
        expect: &["a.yaml", "geen UTF-8-tekst"],
    },
    AnswerCase {
        name: "file_tab_indentation",
        args: &[],
        file: Some(b"school: noord\nzorg:\n\t- uren\n"),
        code: 2,
        expect: &["a.yaml:3:", "tab"],
    },
    AnswerCase {
        name: "file_missing",
        args: &["--answers", "bestaat-niet.yaml"],
        file: None,
        code: 2,
        expect: &["bestaat-niet.yaml", "bestand ontbreekt"],
    },
];

#[test]
fn each_wrong_answer_gives_its_message_quickly() {
    let mut failures = Vec::new();
    for case in ANSWER_CASES {
        let dir = tempfile::tempdir().unwrap();
        let mut command = routekaart_in(dir.path());
        command.args(["--routekaart", fixture("klein").to_str().unwrap(), "advise"]);
        if let Some(text) = case.file {
            write(dir.path(), "a.yaml", text);
            command.args(["--answers", "a.yaml"]);
        } else if !case
            .args
            .iter()
            .any(|a| a.starts_with("uren=") || *a == "--answers")
        {
            command.args(["--answer", "school=noord"]);
        } else {
            command.args(TO_UREN);
        }
        command.args(case.args);
        let run = bounded(&mut command);
        if let Some(problem) = run.problem(case.code, case.expect) {
            failures.push(format!("{}: {problem}", case.name));
        }
        if run.stderr.contains('\u{1b}') {
            failures.push(format!("{}: an escape reached the terminal", case.name));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}
