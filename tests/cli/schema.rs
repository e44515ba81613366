//! `routekaart schema`: the committed schemas are what the binary prints, every
//! shipped file names its schema, and schema and loader agree on what is a map.

use crate::{copy_dir, fixture, routekaart_in, stdout_of};
use routekaart::core::schema::KINDS;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn the_committed_schemas_are_what_the_binary_prints() {
    for kind in KINDS {
        let printed = stdout_of(routekaart_in(&root()).args(["schema", kind]));
        let file = root().join("schema").join(format!("{kind}.schema.json"));
        let committed = std::fs::read_to_string(&file).unwrap_or_default();
        assert!(
            printed == committed,
            "{} is not current: run `cargo run -- schema --dir schema`",
            file.display()
        );
    }
}

#[test]
fn schema_dir_writes_every_kind_and_a_wrong_call_says_what_to_give() {
    let dir = tempfile::tempdir().unwrap();
    let output = routekaart_in(dir.path())
        .args(["schema", "--dir", "schema"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(
        String::from_utf8_lossy(&output.stderr),
        "8 schema's geschreven in schema.\n"
    );
    let mut written: Vec<String> = std::fs::read_dir(dir.path().join("schema"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    written.sort();
    let mut expected: Vec<String> = KINDS.iter().map(|k| format!("{k}.schema.json")).collect();
    expected.sort();
    assert_eq!(written, expected);
    for args in [&["schema"][..], &["schema", "vragen", "--dir", "x"]] {
        routekaart_in(dir.path())
            .args(args)
            .assert()
            .code(2)
            .stderr(predicates::str::contains("geef één SOORT (routekaart, "));
    }
}

#[test]
fn every_shipped_file_names_its_schema_on_its_first_line() {
    // The core files, then each region folder's, with the path from there.
    let mut folders = vec![(root().join("routekaart"), "..".to_string())];
    for region in std::fs::read_dir(root().join("routekaart/regios")).unwrap() {
        folders.push((region.unwrap().path(), "../../..".to_string()));
    }
    for kind in KINDS {
        let mut found = 0;
        for (folder, up) in &folders {
            let Ok(text) = std::fs::read_to_string(folder.join(format!("{kind}.yaml"))) else {
                continue;
            };
            found += 1;
            let first = text.lines().next().unwrap_or_default();
            assert_eq!(
                first,
                format!("# yaml-language-server: $schema={up}/schema/{kind}.schema.json"),
                "{}",
                folder.display()
            );
        }
        assert!(found > 0, "no shipped {kind}.yaml");
    }
}

/// The committed schemas, compiled by a validator (which also checks each
/// against the draft 7 meta-schema).
struct Validator {
    schemas: boon::Schemas,
    index: Vec<(&'static str, boon::SchemaIndex)>,
}

impl Validator {
    fn new() -> Self {
        let mut schemas = boon::Schemas::new();
        let mut compiler = boon::Compiler::new();
        let index = KINDS
            .iter()
            .map(|kind| {
                let path = root().join("schema").join(format!("{kind}.schema.json"));
                let text = std::fs::read_to_string(&path).unwrap();
                let url = format!("file:///schema/{kind}.schema.json");
                compiler
                    .add_resource(&url, serde_json::from_str(&text).unwrap())
                    .unwrap();
                let index = compiler
                    .compile(&url, &mut schemas)
                    .unwrap_or_else(|e| panic!("{kind}: {e:#}"));
                (*kind, index)
            })
            .collect();
        Validator { schemas, index }
    }

    /// The schema's complaint about `text` as a file of `kind`, if any.
    fn problem(&self, kind: &str, text: &str) -> Option<String> {
        let value: serde_json::Value = serde_saphyr::from_str(text).expect("YAML");
        let (_, index) = self.index.iter().find(|(k, _)| *k == kind).unwrap();
        self.schemas
            .validate(&value, *index)
            .err()
            .map(|e| format!("{e:#}"))
    }

    /// Every map file in `dir` and its region folders that the schema
    /// refuses, with why.
    fn refused(&self, dir: &Path) -> Vec<String> {
        let mut folders = vec![dir.to_path_buf()];
        if let Ok(regions) = std::fs::read_dir(dir.join("regios")) {
            folders.extend(regions.map(|r| r.unwrap().path()));
        }
        folders
            .iter()
            .flat_map(|folder| {
                KINDS.iter().filter_map(move |kind| {
                    let text = std::fs::read_to_string(folder.join(format!("{kind}.yaml"))).ok()?;
                    let problem = self.problem(kind, &text)?;
                    Some(format!("{}/{kind}.yaml: {problem}", folder.display()))
                })
            })
            .collect()
    }
}

/// Whether the loader reads the map in `dir` (`orgs` needs a loaded map).
fn loads(dir: &Path) -> bool {
    let output = routekaart_in(dir)
        .args(["--routekaart", ".", "orgs", "--format", "csv"])
        .output()
        .unwrap();
    output.status.success()
}

#[test]
fn every_map_that_loads_is_valid_under_the_schemas() {
    let validator = Validator::new();
    let mut maps = vec![root().join("routekaart")];
    for entry in std::fs::read_dir(root().join("tests/fixtures")).unwrap() {
        maps.push(entry.unwrap().path());
    }
    let synthetic = tempfile::tempdir().unwrap();
    crate::write_map(synthetic.path(), routekaart::testkit::chain(12));
    maps.push(synthetic.path().to_path_buf());
    let mut checked = 0;
    for dir in maps.iter().filter(|d| loads(d)) {
        let refused = validator.refused(dir);
        assert!(refused.is_empty(), "{}", refused.join("\n"));
        checked += 1;
    }
    assert!(checked >= 7, "checked {checked} maps");
}

/// Edits of the small map: (file, old text, new text, the loader accepts it).
/// Each refused edit is refused by the schema too; each accepted one accepted.
const EDITS: [(&str, &str, &str, bool); 21] = [
    (
        "gemeenten",
        "  - id: noord",
        "  - id: \"noord,zuid\"",
        false,
    ),
    ("vragen", "waarde: gevaar", "waarde: -gevaar", false),
    ("vragen", "tekst: Welke zorg?", "tekts: Welke zorg?", false),
    ("adviezen", "urgentie: acuut", "urgentie: morgen", false),
    ("routekaart", "naam: Testkaart", "", false),
    ("vragen", "soort: meerkeuze", "soort: open", false),
    (
        "gemeenten",
        "  - id: noord",
        "  - id: noord\n    inwoners: 3",
        false,
    ),
    (
        "vragen",
        "soort: meerkeuze",
        "soort: meerkeuze\n    min: veel",
        false,
    ),
    ("vragen", "naar: woon", "naar: [woon]", true),
    (
        "adviezen",
        "urgentie: acuut",
        "urgentie: acuut\n        termijn: ~",
        true,
    ),
    (
        "organisaties",
        "organisaties:",
        "# een opmerking\norganisaties:",
        true,
    ),
    // A text in Dutch and English; English alone, or a third language, is refused.
    (
        "vragen",
        "tekst: Welke zorg?",
        "tekst: {nl: Welke zorg?, en: Which worry?}",
        true,
    ),
    (
        "vragen",
        "tekst: Welke zorg?",
        "tekst: {en: Which worry?}",
        false,
    ),
    (
        "vragen",
        "tekst: Welke zorg?",
        "tekst: {nl: Welke zorg?, de: Welche Sorge?}",
        false,
    ),
    (
        "routekaart",
        "naam: Testkaart",
        "naam: {nl: Testkaart, en: Test map}\ntalen: [nl, en]",
        true,
    ),
    (
        "routekaart",
        "naam: Testkaart",
        "naam: Testkaart\ntalen: [nl, fr]",
        false,
    ),
    // A phone number of digits only is text in quotes: unquoted, YAML reads a
    // number (and other tools drop its leading 0).
    (
        "organisaties",
        "telefoon: \"112\"",
        "telefoon: 0204962121",
        false,
    ),
    (
        "organisaties",
        "telefoon: \"112\"",
        "telefoon: \"0204962121\"",
        true,
    ),
    // A date is JJJJ-MM-DD, in the editor as in `check`.
    (
        "organisaties",
        "gecontroleerd: 2026-01-15",
        "gecontroleerd: gisteren",
        false,
    ),
    // A unit routekaart knows, or words of the map's own.
    ("vragen", "eenheid: uur", "eenheid: weken", true),
    (
        "vragen",
        "eenheid: uur",
        "eenheid: {nl: lesuren, en: lessons}",
        true,
    ),
];

#[test]
fn the_schema_refuses_what_the_loader_refuses_and_accepts_what_it_accepts() {
    let validator = Validator::new();
    for (kind, old, new, accepted) in EDITS {
        let dir = tempfile::tempdir().unwrap();
        copy_dir(&fixture("klein"), dir.path());
        let file = dir.path().join(format!("{kind}.yaml"));
        let text = std::fs::read_to_string(&file).unwrap();
        assert!(text.contains(old), "`{old}` not in {kind}.yaml");
        let text = text.replacen(old, new, 1);
        std::fs::write(&file, &text).unwrap();
        assert_eq!(loads(dir.path()), accepted, "loader, {kind}: {old} → {new}");
        let problem = validator.problem(kind, &text);
        assert_eq!(
            problem.is_none(),
            accepted,
            "schema, {kind}: {old} → {new}: {problem:?}"
        );
    }
}

#[test]
fn rules_and_scenarios_in_every_form_the_loader_takes_are_valid() {
    let validator = Validator::new();
    let rules = "regels:
  - id: r
    naam: Een regel
    als:
      zorg: [gevaar, uren]
      gevaar-nu: ja
      uren: {van: 16}
      leeftijd: {van: 5, tot_en_met: 15}
      signaal: {niet: [medewerker]}
      ander: {niet: hulp}
      getal: 4
      vlag: true
    dan:
      eerste_contact: spoed
      contacten: [hulp]
      niet: [arts]
      adviezen: [advies-x]
      urgentie: deze-week
  - id: zonder-als
    naam: Elke route
    dan: {urgentie: regulier}
";
    assert_eq!(validator.problem("regels", rules), None);
    let wrong = rules.replace("{niet: hulp}", "{niet: hulp, van: 3}");
    assert!(validator.problem("regels", &wrong).is_some());
    let scenarios = "scenarios:
  - naam: s
    antwoorden: {zorg: [gevaar, uren], uren: 16, gevaar-nu: true, school: noord}
    verwacht: {adviezen: [a], eerste_contact: b, contacten: [c], niet: [d]}
    samenvatting: samenvattingen/s.txt
";
    assert_eq!(validator.problem("scenarios", scenarios), None);
    let nested = scenarios.replace("[gevaar, uren]", "[[gevaar]]");
    assert!(validator.problem("scenarios", &nested).is_some());
}

/// The id pattern of the schema is the loader's rule for ids, sample by sample.
#[test]
fn the_schema_takes_exactly_the_ids_the_loader_takes() {
    let validator = Validator::new();
    let samples = [
        "noord",
        "a.b-c_d",
        "9x",
        "X",
        "-x",
        ".x",
        "_x",
        "noord,zuid",
        "a=b",
        "a b",
        "",
        "é",
        "a\tb",
    ];
    for id in samples {
        let file = format!("gemeenten:\n  - id: {id:?}\n    naam: X\n    rollen: {{}}\n");
        assert_eq!(
            validator.problem("gemeenten", &file).is_none(),
            routekaart::core::resolve::is_valid_id(id),
            "{id:?}"
        );
    }
}
