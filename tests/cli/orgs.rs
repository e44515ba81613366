//! `routekaart orgs`: the directory as a table, JSON and CSV, filtered by
//! gemeente and role.

use crate::{fixture, routekaart_in, stdout_of};
use predicates::str::contains;

fn orgs(args: &[&str]) -> String {
    stdout_of(
        routekaart_in(&fixture("klein"))
            .args(["--routekaart", ".", "orgs"])
            .args(args),
    )
}

#[test]
fn the_directory_of_the_small_map_as_a_table() {
    let out = orgs(&[]);
    insta::assert_snapshot!("orgs_table", out);
    assert!(out.lines().all(|l| l.chars().count() <= 80), "{out}");
}

#[test]
fn filtered_by_gemeente_it_keeps_that_gemeente_and_the_organisations_named_directly() {
    let out = orgs(&["--gemeente", "Zuid"]);
    insta::assert_snapshot!("orgs_gemeente_zuid", out);
    let out = orgs(&["--gemeente", "Zuid", "--width", "120"]);
    assert!(
        out.contains("Hulpteam Zuid") && out.contains("Spoedlijn"),
        "{out}"
    );
    assert!(!out.contains("Hulpteam Noord"), "{out}");
}

#[test]
fn filtered_by_role_it_shows_who_fills_it_where() {
    let out = orgs(&["--rol", "hulp", "--format", "csv"]);
    insta::assert_snapshot!("orgs_role_csv", out);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(
        lines.len(),
        4,
        "header, two gemeenten, outside the map: {out}"
    );
    assert!(lines[1].starts_with("landelijk,Landelijke lijn,hulp,Jeugdhulp,,ja,"));
}

#[test]
fn json_has_every_row_with_its_contact_data() {
    let out = orgs(&["--format", "json"]);
    insta::assert_snapshot!("orgs_json", out);
    let value: serde_json::Value = serde_json::from_str(&out).unwrap();
    let rows = value["organisaties"].as_array().unwrap();
    let noord = rows
        .iter()
        .find(|r| r["organisatie"] == "hulp-noord")
        .unwrap();
    assert_eq!(noord["telefoon"], "010 000 00 01");
    assert_eq!(noord["gemeenten"], serde_json::json!(["noord"]));
    assert_eq!(value["routekaart"]["versie"], "1.2.3");
}

#[test]
fn a_narrow_width_wraps_every_line_within_it() {
    let out = orgs(&["--width", "50"]);
    insta::assert_snapshot!("orgs_narrow", out);
    assert!(out.lines().all(|l| l.chars().count() <= 50), "{out}");
    // Too narrow for a table: a card per row, no word split in pieces.
    assert!(
        out.contains("\nHulpteam Noord\n  Rol: Jeugdhulp\n"),
        "{out}"
    );
}

#[test]
fn an_unknown_gemeente_or_role_is_refused_with_the_valid_ones() {
    routekaart_in(&fixture("klein"))
        .args(["--routekaart", ".", "orgs", "--gemeente", "noordd"])
        .assert()
        .code(2)
        .stderr(contains("onbekende gemeente `noordd`; bedoelt u `noord`?"))
        .stderr(contains("Kies uit: `noord` en `zuid`."));
    routekaart_in(&fixture("klein"))
        .args(["--routekaart", ".", "orgs", "--rol", "dokter"])
        .assert()
        .code(2)
        .stderr(contains("onbekende rol `dokter`"))
        .stderr(contains("`hulp` en `arts`"));
}

#[test]
fn every_organisation_of_the_shipped_map_is_listed() {
    let out = routekaart_in(std::path::Path::new("."))
        .args(["orgs", "--format", "json"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let value: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let listed: std::collections::HashSet<&str> = value["organisaties"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["organisatie"].as_str().unwrap())
        .collect();
    let loaded = routekaart::shell::load::load(
        &routekaart::shell::load::MapSource::Embedded,
        routekaart::i18n::Lang::Nl,
    )
    .unwrap();
    for org in &loaded.map.organisations {
        assert!(listed.contains(org.id.as_str()), "{} missing", org.id);
    }
}
