//! The views in English (`--lang en`): orgs, routes, diff, graph and export
//! speak English, unknown ids are refused in English, and JSON keys and CSV
//! headers stay the same in both languages, so scripts do not break.

use crate::lang::stdout_with_code;
use crate::{fixture, routekaart_in};

/// `routekaart --lang LANG ARGS…` run in the repository, so that fixture
/// paths can be given as written; its stdout, which must come with exit 0.
fn in_lang(lang: &str, args: &[&str]) -> String {
    stdout_with_code(
        routekaart_in(std::path::Path::new(env!("CARGO_MANIFEST_DIR")))
            .args(["--lang", lang])
            .args(args),
        0,
    )
}

/// Fails when any of `dutch` (the tool's own Dutch words) is in `text`.
fn assert_no_dutch(text: &str, dutch: &[&str], what: &str) {
    for word in dutch {
        assert!(!text.contains(word), "`{word}` in English {what}:\n{text}");
    }
}

const KLEIN: &str = "tests/fixtures/klein";

#[test]
fn orgs_in_english() {
    let table = in_lang("en", &["--routekaart", KLEIN, "orgs", "--width", "120"]);
    assert_no_dutch(
        &table,
        &[
            "Adressenlijst",
            "versie",
            "Gemeenten",
            "Gecontroleerd",
            "buiten de kaart",
            "nooit",
            "organisaties",
            "regels",
            "15-01-2026",
        ],
        "orgs",
    );
    assert!(table.contains("Testkaart, version 1.2.3 of 15 January 2026"));
    insta::assert_snapshot!("orgs_en", table);
    let zuid = ["--routekaart", KLEIN, "orgs", "--gemeente", "zuid"];
    let cards = in_lang("en", &[&zuid[..], &["--width", "60"]].concat());
    assert!(
        cards.starts_with("Directory, municipality Zuid\n"),
        "{cards}"
    );
    assert!(cards.contains("  Municipalities: Zuid\n"), "{cards}");
}

#[test]
fn routes_in_english() {
    let table = in_lang("en", &["--routekaart", KLEIN, "routes"]);
    assert_no_dutch(
        &table,
        &[
            "Antwoorden",
            "Eerste contact",
            "Urgentie",
            "regulier",
            "deze week",
            "Meerdere signalen",
            "gemeente",
        ],
        "routes",
    );
    insta::assert_snapshot!("routes_en", table);
    let noord = in_lang(
        "en",
        &["--routekaart", KLEIN, "routes", "--gemeente", "noord"],
    );
    assert!(
        noord.contains("Contacts for a pupil who lives, and goes to school, in Noord."),
        "{noord}"
    );
}

#[test]
fn an_unknown_gemeente_role_or_signal_is_refused_in_english() {
    let dir = tempfile::tempdir().unwrap();
    for (args, message) in [
        (
            &["routes", "--gemeente", "noordd"][..],
            "unknown municipality `noordd`; did you mean `noord`? Choose from: `noord` and `zuid`.",
        ),
        (
            &["orgs", "--rol", "dokter"][..],
            "unknown role `dokter`. Choose from: `hulp` and `arts`.",
        ),
        (
            &["graph", "--signaal", "gevar"][..],
            "unknown signal `gevar`; did you mean `gevaar`? Choose from: `gevaar`, `uren` and `hulp`.",
        ),
    ] {
        let output = routekaart_in(dir.path())
            .args(["--lang", "en", "--routekaart"])
            .arg(fixture("klein"))
            .args(args)
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(stderr.contains(message), "{args:?}: {stderr}");
    }
}

#[test]
fn diff_in_english() {
    let table = in_lang("en", &["diff", KLEIN, "tests/fixtures/klein-gewijzigd"]);
    assert_no_dutch(
        &table,
        &[
            "Verschil",
            "oud:",
            "nieuw:",
            "versie",
            "controlegetal",
            "Routes met een ander plan",
            "Wat verandert",
            "alle ",
            "urgentie",
            "eerste contact",
            "erbij",
            " weg:",
            "gelijk",
        ],
        "diff",
    );
    insta::assert_snapshot!("diff_en", table);
}

#[test]
fn json_keys_and_csv_headers_are_the_same_in_both_languages() {
    let keys = |json: &str| {
        fn walk(value: &serde_json::Value, path: &str, out: &mut Vec<String>) {
            match value {
                serde_json::Value::Object(map) => {
                    for (key, value) in map {
                        let path = format!("{path}.{key}");
                        out.push(path.clone());
                        walk(value, &path, out);
                    }
                }
                serde_json::Value::Array(items) => {
                    for item in items {
                        walk(item, &format!("{path}[]"), out);
                    }
                }
                _ => {}
            }
        }
        let mut out = Vec::new();
        walk(&serde_json::from_str(json).unwrap(), "", &mut out);
        out.sort();
        out.dedup();
        out
    };
    // The columns that hold ids and kinds, not text: the same in both languages.
    let ids = |csv: &str| -> Vec<String> {
        let mut lines = csv.lines();
        let header: Vec<&str> = lines.next().unwrap_or_default().split(',').collect();
        let wanted: Vec<usize> = header
            .iter()
            .enumerate()
            .filter(|(_, name)| {
                [
                    "organisatie",
                    "rol",
                    "buiten_de_kaart",
                    "direct",
                    "route",
                    "urgentie",
                    "waar",
                    "id",
                    "soort",
                ]
                .contains(name)
            })
            .map(|(i, _)| i)
            .collect();
        assert!(!wanted.is_empty(), "{csv}");
        // No field of these fixtures holds a quoted comma.
        lines
            .map(|line| {
                let fields: Vec<&str> = line.split(',').collect();
                wanted
                    .iter()
                    .map(|&i| fields[i])
                    .collect::<Vec<_>>()
                    .join(",")
            })
            .collect()
    };
    let header = |csv: &str| csv.lines().next().unwrap_or_default().to_string();
    for args in [
        &["--routekaart", KLEIN, "orgs"][..],
        &["--routekaart", KLEIN, "routes"][..],
        &["diff", KLEIN, "tests/fixtures/klein-gewijzigd"][..],
    ] {
        let json = |lang| in_lang(lang, &[args, &["--format", "json"]].concat());
        let (dutch, english) = (json("nl"), json("en"));
        assert_eq!(keys(&dutch), keys(&english), "{args:?}");
        assert!(!keys(&dutch).is_empty(), "{args:?}");
        let csv = |lang| in_lang(lang, &[args, &["--format", "csv"]].concat());
        let (dutch, english) = (csv("nl"), csv("en"));
        assert_eq!(header(&dutch), header(&english), "{args:?}");
        assert_eq!(ids(&dutch), ids(&english), "{args:?}");
    }
}

#[test]
fn graph_in_english() {
    let shared = crate::graph::klein_shared();
    let map = shared.path().to_str().unwrap();
    let mermaid = in_lang("en", &["--routekaart", map, "graph", "--signaal", "gevaar"]);
    for english in [
        "\"Signal: Gevaar\"",
        "((\"and\"))",
        "→ continued: see<br/>Signal: Verzuim",
        "(answer to question<br/>uren)",
        "|\"yes\"|",
        "|\"no\"|",
        "URGENT — NOW",
        "|\"16 hours or more\"|",
    ] {
        assert!(
            mermaid.contains(english),
            "`{english}` missing in:\n{mermaid}"
        );
    }
    assert_no_dutch(
        &mermaid,
        &[
            "Signaal",
            "verder",
            "antwoord op",
            "((\"en\"))",
            "\"ja\"",
            "\"nee\"",
            " of meer",
        ],
        "graph",
    );
    insta::assert_snapshot!("graph_mermaid_en", mermaid);
    let dot = in_lang("en", &["--routekaart", map, "graph", "--format", "dot"]);
    insta::assert_snapshot!("graph_dot_en", dot);
    if crate::have("dot", "-V", "graphviz", "graph_in_english") {
        crate::graph::render(&dot, "the English chart of klein_shared");
        let shipped = in_lang("en", &["graph", "--format", "dot"]);
        crate::graph::render(&shipped, "the English chart of the shipped map");
    }
}

#[test]
fn export_in_english() {
    let text = in_lang("en", &["--routekaart", KLEIN, "export"]);
    insta::assert_snapshot!("export_text_en", text);
    let markdown = in_lang(
        "en",
        &["--routekaart", KLEIN, "export", "--format", "markdown"],
    );
    assert!(markdown.contains("\n## Contents\n"), "{markdown}");
    assert!(
        markdown.contains("\n## 1\\. How to read this map\n"),
        "{markdown}"
    );
    assert!(!markdown.contains("Inhoud"), "{markdown}");
}

/// Phrases of the export's own text: each is in the Dutch export of the
/// shipped map, and none may be left in the English one.
const EXPORT_PHRASES: [&str; 24] = [
    "INHOUD",
    "ZO LEEST U DEZE KAART",
    "DE EERSTE VRAGEN",
    "PER SIGNAAL",
    "ADRESSENLIJST PER GEMEENTE",
    "BRONNEN\n",
    "Afgedrukt op:",
    "Controlegetal:",
    "Versie:",
    "Vraag: ",
    "Advies: ",
    "Komt van:",
    "Soort:",
    "Antwoorden:",
    "Contacten:",
    "Stappen:",
    "Begint bij:",
    "Ook op deze route",
    "→ vraag ",
    "→ daarna ",
    "Elk antwoord",
    "Bron bekeken:",
    "Organisatie en contact",
    "hoofdstuk",
];

#[test]
fn the_english_export_of_the_shipped_map_has_no_dutch_headings_left() {
    let dutch = in_lang("nl", &["export"]);
    let english = in_lang("en", &["export"]);
    for phrase in EXPORT_PHRASES {
        assert!(
            dutch.contains(phrase),
            "`{phrase}` is no longer in the Dutch export: update EXPORT_PHRASES"
        );
        assert!(
            !english.contains(phrase),
            "`{phrase}` in the English export"
        );
    }
    for english_phrase in [
        "CONTENTS",
        "1. HOW TO READ THIS MAP",
        "4. DIRECTORY PER MUNICIPALITY",
        "Printed on: 5 December 2026",
        "Comes from:",
        "→ then question ",
    ] {
        assert!(
            english.contains(english_phrase),
            "`{english_phrase}` missing in the English export"
        );
    }
}
