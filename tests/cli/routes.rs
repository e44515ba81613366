//! `routekaart routes`: every route with a stable id, its plan's first contact
//! per gemeente, and a count per advice where routes would explode.

use crate::{copy_dir, fixture, routekaart_in, stdout_of, write_map};
use predicates::str::contains;
use std::path::Path;

fn routes_of(dir: &Path, args: &[&str]) -> String {
    stdout_of(
        routekaart_in(dir)
            .args(["--routekaart", ".", "routes"])
            .args(args),
    )
}

#[test]
fn every_route_of_the_small_map_with_its_first_contact_per_gemeente() {
    let out = routes_of(&fixture("klein"), &[]);
    insta::assert_snapshot!("routes_table", out);
    // Zorg: gevaar (ja, nee), uren (two ranges), hulp: five routes.
    assert!(out.contains("5 routes."), "{out}");
    // The spoedlijn is the same for every gemeente; the hulp is not.
    let wide = routes_of(&fixture("klein"), &["--width", "160"]);
    assert!(wide.contains("┆ Spoedlijn  "), "{wide}");
    assert_eq!(wide.matches("Noord: Hulpteam Noord").count(), 4, "{wide}");
    assert_eq!(wide.matches("Zuid: Hulpteam Zuid").count(), 4, "{wide}");
}

#[test]
fn for_one_gemeente_every_contact_is_that_gemeentes() {
    let out = routes_of(&fixture("klein"), &["--gemeente", "noord"]);
    insta::assert_snapshot!("routes_gemeente_noord", out);
    assert!(!out.contains("Hulpteam Zuid"), "{out}");
}

#[test]
fn json_and_csv_carry_the_same_routes() {
    let json = routes_of(&fixture("klein"), &["--format", "json"]);
    insta::assert_snapshot!("routes_json", json);
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(value["soort"], "routes");
    let routes = value["routes"].as_array().unwrap();
    assert_eq!(routes.len(), 5);
    let csv = routes_of(&fixture("klein"), &["--format", "csv"]);
    insta::assert_snapshot!("routes_csv", csv);
    for route in routes {
        assert!(csv.contains(route["id"].as_str().unwrap()), "{csv}");
    }
    // A number answer stands for its range.
    assert!(csv.contains("zorg=uren uren=16-100"), "{csv}");
}

/// Ids of the routes, in listing order.
fn ids(dir: &Path) -> Vec<String> {
    let json = routes_of(dir, &["--format", "json"]);
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    value["routes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn a_route_keeps_its_id_when_texts_change_and_only_its_own_when_answers_change() {
    let before = ids(&fixture("klein"));
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&fixture("klein"), dir.path());
    let vragen = std::fs::read_to_string(dir.path().join("vragen.yaml")).unwrap();
    // Reworded texts and labels, a new advice text: the same routes.
    let reworded = vragen
        .replace("Welke zorg?", "Waar maakt u zich zorgen over?")
        .replace("label: Verzuim", "label: Te veel afwezig");
    std::fs::write(dir.path().join("vragen.yaml"), &reworded).unwrap();
    assert_eq!(ids(dir.path()), before);
    // Another range boundary: only the two `uren` routes get new ids.
    let moved = reworded
        .replace("tot_en_met: 15", "tot_en_met: 11")
        .replace("van: 16", "van: 12");
    std::fs::write(dir.path().join("vragen.yaml"), moved).unwrap();
    let after = ids(dir.path());
    let kept: Vec<&String> = after.iter().filter(|id| before.contains(id)).collect();
    assert_eq!(kept.len(), 3, "{before:?} → {after:?}");
}

#[test]
fn a_map_with_2_to_the_60_routes_is_counted_per_advice_not_listed() {
    let dir = tempfile::tempdir().unwrap();
    write_map(dir.path(), routekaart::testkit::chain(60));
    let out = routes_of(dir.path(), &[]);
    insta::assert_snapshot!("routes_explosion", out);
    let out = routes_of(dir.path(), &["--width", "200"]);
    assert!(
        out.contains("Deze kaart heeft 1.152.921.504.606.846.976 routes"),
        "2^60 routes: {out}"
    );
    let json = routes_of(dir.path(), &["--format", "json"]);
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(value["soort"], "per-advies");
    assert_eq!(value["aantallen"], "exact");
    assert_eq!(value["routes_exact"], true);
    let adviezen = value["adviezen"].as_array().unwrap();
    assert_eq!(adviezen.len(), 61);
    let count = |id: &str| {
        adviezen.iter().find(|a| a["advies"] == id).unwrap()["routes"]
            .as_u64()
            .unwrap()
    };
    // Each advice is on every route that answers its question "ja": half of them,
    // wherever the question stands in the chain.
    assert_eq!(count("advies-1"), 1 << 59);
    assert_eq!(count("advies-2"), 1 << 59);
    assert_eq!(count("advies-60"), 1 << 59);
    assert_eq!(count("einde"), 1 << 60);
}

/// Per advice id, how many routes of a full `routes --format json` listing have
/// it in their plan.
fn brute_force_counts(listing: &serde_json::Value) -> std::collections::BTreeMap<String, u64> {
    let mut counts = std::collections::BTreeMap::new();
    for route in listing["routes"].as_array().expect("every route listed") {
        for advice in route["adviezen"].as_array().unwrap() {
            *counts
                .entry(advice.as_str().unwrap().to_string())
                .or_default() += 1;
        }
    }
    counts
}

/// The counts of a per-advice listing, by advice id.
fn counts_per_advice(listing: &serde_json::Value) -> std::collections::BTreeMap<String, u64> {
    listing["adviezen"]
        .as_array()
        .expect("a count per advice")
        .iter()
        .map(|a| {
            (
                a["advies"].as_str().unwrap().to_string(),
                a["routes"].as_u64().unwrap(),
            )
        })
        .collect()
}

#[test]
fn the_counts_per_advice_are_those_of_the_routes_listed() {
    // The shipped map shares answers (counted by walking), klein does not
    // (counted without walking): both must match the listing route by route.
    for map in [None, Some(fixture("klein"))] {
        let json = |extra: &[&str]| {
            let mut command = routekaart_in(Path::new("."));
            if let Some(dir) = &map {
                command.args(["--routekaart", dir.to_str().unwrap()]);
            }
            let out = command
                .args(["routes", "--format", "json"])
                .args(extra)
                .output()
                .unwrap();
            assert!(out.status.success());
            serde_json::from_slice::<serde_json::Value>(&out.stdout).unwrap()
        };
        let listed = json(&[]);
        let counted = json(&["--max-routes", "1"]);
        assert_eq!(counted["soort"], "per-advies");
        assert_eq!(counted["aantallen"], "exact", "{map:?}");
        assert_eq!(
            counted["routes_ten_hoogste"].as_u64().unwrap() as usize,
            listed["routes"].as_array().unwrap().len(),
            "{map:?}"
        );
        assert_eq!(
            counts_per_advice(&counted),
            brute_force_counts(&listed),
            "{map:?}"
        );
    }
}

#[test]
fn max_routes_switches_to_the_count_per_advice() {
    let out = routes_of(&fixture("klein"), &["--max-routes", "4", "--width", "200"]);
    assert!(
        out.contains(
            "Deze kaart heeft 5 routes, te veel om op te sommen (meer dan --max-routes 4)"
        ),
        "{out}"
    );
    assert!(out.contains("advies-melden"), "{out}");
}

#[test]
fn every_route_of_the_shipped_map_has_its_own_id_reaches_every_advice_and_replays_with_advise() {
    let out = routekaart_in(Path::new("."))
        .args(["routes", "--format", "json"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let value: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let routes = value["routes"].as_array().unwrap();
    assert!(routes.len() > 200, "{} routes", routes.len());
    let ids: std::collections::HashSet<&str> =
        routes.iter().map(|r| r["id"].as_str().unwrap()).collect();
    assert_eq!(ids.len(), routes.len(), "ids are unique");
    let reached: std::collections::HashSet<&str> = routes
        .iter()
        .flat_map(|r| r["adviezen"].as_array().unwrap())
        .map(|a| a.as_str().unwrap())
        .collect();
    let loaded = routekaart::shell::load::load(
        &routekaart::shell::load::MapSource::Embedded,
        routekaart::i18n::Lang::Nl,
    )
    .unwrap();
    for advice in &loaded.map.advices {
        assert!(reached.contains(advice.id.as_str()), "{}", advice.id);
    }
    // Each route's `advise` command walks that route: the same advices.
    for route in routes {
        let command = route["opnieuw"].as_str().unwrap();
        let args: Vec<&str> = command.split_whitespace().skip(1).collect();
        let plan = routekaart_in(Path::new("."))
            .args(&args)
            .args(["--format", "json"])
            .output()
            .unwrap();
        assert!(plan.status.success(), "{command}");
        let plan: serde_json::Value = serde_json::from_slice(&plan.stdout).unwrap();
        let advised: Vec<&str> = plan["plan"]["adviezen"]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| a["id"].as_str().unwrap())
            .collect();
        let listed: Vec<&str> = route["adviezen"]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| a.as_str().unwrap())
            .collect();
        assert_eq!(advised, listed, "{command}");
    }
}

#[test]
fn an_unknown_gemeente_is_refused() {
    routekaart_in(&fixture("klein"))
        .args(["--routekaart", ".", "routes", "--gemeente", "west"])
        .assert()
        .code(2)
        .stderr(contains("onbekende gemeente `west`"));
}

#[test]
fn a_question_reusing_a_number_splits_its_ranges_so_no_route_is_lost() {
    // "Hulp thuis" reuses the hours of `uren` with another boundary (20|21):
    // 21–100 hours there is acute, and must be a route of its own.
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&fixture("klein"), dir.path());
    let vragen = std::fs::read_to_string(dir.path().join("vragen.yaml")).unwrap();
    let vragen = vragen.replacen("naar: advies-hulp", "naar: uren2", 1)
        + "  - id: uren2\n    soort: getal\n    antwoord_van: uren\n    bereiken:\n      - van: 0\n        tot_en_met: 20\n        naar: advies-hulp\n      - van: 21\n        tot_en_met: 100\n        naar: advies-spoed\n";
    std::fs::write(dir.path().join("vragen.yaml"), vragen).unwrap();
    let out = routes_of(dir.path(), &["--gemeente", "noord", "--format", "csv"]);
    let hulp: Vec<&str> = out.lines().filter(|l| l.contains("zorg=hulp")).collect();
    assert_eq!(hulp.len(), 3, "0–15, 16–20 and 21–100 hours: {out}");
    assert!(
        hulp.iter().any(|l| l.contains("uren=21-100")
            && l.contains("advies-spoed")
            && l.ends_with(",acuut")),
        "{out}"
    );
    // Counted per advice, the shared hours are walked: the total is that of the listing.
    let counted = routes_of(dir.path(), &["--max-routes", "0", "--format", "json"]);
    let counted: serde_json::Value = serde_json::from_str(&counted).unwrap();
    let listed = routes_of(dir.path(), &["--format", "json"]);
    let listed: serde_json::Value = serde_json::from_str(&listed).unwrap();
    assert_eq!(counted["routes_exact"], true);
    assert_eq!(
        counted["routes_ten_hoogste"].as_u64().unwrap() as usize,
        listed["routes"].as_array().unwrap().len()
    );
    assert_eq!(counts_per_advice(&counted), brute_force_counts(&listed));
}
