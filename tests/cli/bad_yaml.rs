//! The YAML part of the bad-input corpus: files that are not valid YAML, each
//! written the way people get it wrong (a missing colon, a tab, an unclosed
//! bracket, a line indented under a value). Each must be named in Dutch, at the
//! file, line and column of the cause (not where the parser gave up), with how
//! to fix it, and without a word of the parser's English.

use crate::{bounded, fixture, routekaart_in};
use std::fs;

/// One broken line in a file of the fixture `klein`.
struct YamlCase {
    name: &'static str,
    file: &'static str,
    /// The line as it is, and as the case writes it.
    from: &'static str,
    to: &'static str,
    /// On stderr of `advise`, and on stdout of `check`.
    expect: &'static [&'static str],
}

const CASES: &[YamlCase] = &[
    YamlCase {
        name: "key_without_colon",
        file: "vragen.yaml",
        from: "    tekst: Nu gevaar?",
        to: "    tekst Nu gevaar?",
        expect: &[
            "vragen.yaml:26:5",
            "na `tekst` ontbreekt de dubbele punt",
            "`tekst: waarde`",
        ],
    },
    YamlCase {
        name: "no_space_after_colon",
        file: "vragen.yaml",
        from: "    tekst: Nu gevaar?",
        to: "    tekst:Nu gevaar?",
        expect: &["vragen.yaml:26:5", "na `tekst:` ontbreekt een spatie"],
    },
    YamlCase {
        name: "alias_without_anchor",
        file: "vragen.yaml",
        from: "    tekst: Nu gevaar?",
        to: "    tekst: *gevaar",
        expect: &[
            "vragen.yaml:26:12",
            "`*gevaar` verwijst naar een anker `&gevaar` dat er niet is",
            "tussen aanhalingstekens",
        ],
    },
    YamlCase {
        // The parser stops at the line above the tab.
        name: "tab_indentation",
        file: "vragen.yaml",
        from: "    ja: advies-spoed",
        to: "\tja: advies-spoed",
        expect: &[
            "vragen.yaml:27:1",
            "er staat een tab in het inspringen",
            "vervang de tab door spaties",
        ],
    },
    YamlCase {
        // The parser stops at the next item; the cause is the bracket.
        name: "unclosed_bracket",
        file: "adviezen.yaml",
        from: "    stappen: [Bel nu., Meld daarna.]",
        to: "    stappen: [Bel nu., Meld daarna.",
        expect: &[
            "adviezen.yaml:11:14",
            "deze `[` wordt niet gesloten",
            "sluit de lijst met `]`",
        ],
    },
    YamlCase {
        name: "line_indented_under_a_value",
        file: "vragen.yaml",
        from: "    ja: advies-spoed",
        to: "      ja: advies-spoed",
        expect: &[
            "vragen.yaml:27:7",
            "springt verder in dan regel 26",
            "precies onder de sleutel op regel 26",
        ],
    },
    YamlCase {
        name: "item_indented_too_little",
        file: "vragen.yaml",
        from: "    ja: advies-spoed",
        to: "   ja: advies-spoed",
        expect: &[
            "vragen.yaml:27:4",
            "springt niet even ver in als de regels waar hij bij hoort",
        ],
    },
    YamlCase {
        name: "colon_in_a_text",
        file: "vragen.yaml",
        from: "    tekst: Nu gevaar?",
        to: "    tekst: Let op: nu gevaar?",
        expect: &[
            "vragen.yaml:26:18",
            "dubbele punt met een spatie erna",
            "tussen aanhalingstekens",
        ],
    },
    YamlCase {
        name: "value_starting_with_at",
        file: "vragen.yaml",
        from: "    tekst: Nu gevaar?",
        to: "    tekst: @school",
        expect: &[
            "vragen.yaml:26:12",
            "mag niet beginnen met @",
            "tekst: \"@…\"",
        ],
    },
    YamlCase {
        name: "text_after_a_quote",
        file: "vragen.yaml",
        from: "    tekst: Nu gevaar?",
        to: "    tekst: \"Nu\" gevaar?",
        expect: &[
            "vragen.yaml:26:",
            "na het sluitende aanhalingsteken staat nog tekst",
        ],
    },
    YamlCase {
        name: "text_on_the_line_of_a_block",
        file: "vragen.yaml",
        from: "    tekst: Nu gevaar?",
        to: "    tekst: |Nu gevaar?",
        expect: &["vragen.yaml:26:12", "na `|` of `>` hoort de tekst"],
    },
];

/// Words of the parser's own messages, which must not reach the reader.
const ENGLISH: &[&str] = &[
    "expected",
    "while ",
    "found",
    "scalar",
    "indicator",
    "anchor",
    "mapping",
    "simple key",
    "character",
];

#[test]
fn each_yaml_mistake_is_named_in_dutch_at_its_cause_with_a_fix() {
    let mut failures = Vec::new();
    for case in CASES {
        let dir = tempfile::tempdir().unwrap();
        crate::copy_dir(&fixture("klein"), dir.path());
        let path = dir.path().join(case.file);
        let text = fs::read_to_string(&path).unwrap();
        assert!(
            text.contains(case.from),
            "{}: the fixture changed",
            case.name
        );
        fs::write(&path, text.replacen(case.from, case.to, 1)).unwrap();
        let advised = bounded(routekaart_in(dir.path()).args([
            "--routekaart",
            ".",
            "advise",
            "--answer",
            "school=noord",
        ]));
        let mut expect = vec!["fout: geen geldige YAML"];
        expect.extend(case.expect);
        if let Some(problem) = advised.problem(2, &expect) {
            failures.push(format!("{}: {problem}", case.name));
        }
        let checked = bounded(routekaart_in(dir.path()).args(["check", "."]));
        for words in case.expect {
            if !checked.stdout.contains(words) {
                failures.push(format!(
                    "{}: check lacks {words:?}:\n{}",
                    case.name, checked.stdout
                ));
            }
        }
        for english in ENGLISH {
            if advised.stderr.to_lowercase().contains(english) {
                failures.push(format!(
                    "{}: English {english:?}:\n{}",
                    case.name, advised.stderr
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn in_english_the_same_mistake_is_named_in_english() {
    let dir = tempfile::tempdir().unwrap();
    crate::copy_dir(&fixture("klein"), dir.path());
    let path = dir.path().join("vragen.yaml");
    let text = fs::read_to_string(&path).unwrap();
    fs::write(
        &path,
        text.replacen("    tekst: Nu gevaar?", "    tekst Nu gevaar?", 1),
    )
    .unwrap();
    let run = bounded(routekaart_in(dir.path()).args(["--lang", "en", "check", "."]));
    for words in [
        "not valid YAML: the colon after `tekst` is missing",
        "vragen.yaml:26:5",
        "`tekst: value`",
    ] {
        assert!(run.stdout.contains(words), "{words:?} in:\n{}", run.stdout);
    }
}
