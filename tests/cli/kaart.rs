//! `routekaart kaart`: the one-page routekaart, derived from the engine.

use crate::school::write_profile;
use crate::{fixture, routekaart_in};

fn kaart(dir: &std::path::Path, args: &[&str]) -> String {
    let output = routekaart_in(dir).arg("kaart").args(args).output().unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

/// At most `lines` lines of at most 76 columns: one A4 page of a text printer.
fn assert_fits(page: &str, lines: usize) {
    let count = page.lines().count();
    assert!(count <= lines, "{count} lines:\n{page}");
    for line in page.lines() {
        assert!(line.chars().count() <= 76, "too wide: {line}");
    }
}

#[test]
fn the_kaart_of_a_small_map() {
    let page = kaart(
        &fixture("klein"),
        &["--routekaart", ".", "--gemeente", "noord"],
    );
    insta::assert_snapshot!("kaart_klein", page);
}

/// With a school's profile (a primary school, so one school type), every
/// gemeente's page fits one A4 page, and the school's own people are on it.
#[test]
fn with_a_profile_the_page_fits_one_a4_and_names_the_schools_people() {
    let dir = tempfile::tempdir().unwrap();
    let profile = write_profile(dir.path());
    let page = kaart(dir.path(), &["--school", profile]);
    assert_fits(&page, 66);
    assert!(page.contains("School en leerling in Uithoorn"), "{page}");
    assert!(page.contains("De Proefschool"), "{page}");
    let flat = page.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flat.contains("A. de Proef 0297 000 001 (Leerplicht)"),
        "{page}"
    );
    insta::assert_snapshot!("kaart_proefschool", page);
    for gemeente in ["aalsmeer", "amstelveen", "haarlemmermeer", "ouder-amstel"] {
        let page = kaart(dir.path(), &["--school", profile, "--gemeente", gemeente]);
        assert_fits(&page, 66);
        // The Proefschool is in Uithoorn: elsewhere, its people are not named.
        assert!(!page.contains("de Proef 0297"), "{gemeente}:\n{page}");
    }
}

/// Without a profile every school type has its bands; still 76 columns.
#[test]
fn without_a_profile_every_school_type_has_its_bands() {
    let page = kaart(&fixture("klein"), &["--gemeente", "uithoorn"]);
    assert_fits(&page, 80);
    assert!(page.contains("Basisonderwijs →"), "{page}");
    assert!(page.contains("Mbo →"), "{page}");
}

#[test]
fn json_has_every_signal_with_its_bands() {
    let page = kaart(
        &fixture("klein"),
        &["--gemeente", "amstelveen", "--format", "json"],
    );
    let value: serde_json::Value = serde_json::from_str(&page).unwrap();
    assert_eq!(value["gemeente"], "Amstelveen");
    let signals = value["signalen"].as_array().unwrap();
    assert!(signals.len() >= 11, "{page}");
    assert!(
        signals
            .iter()
            .all(|s| !s["banden"].as_array().unwrap().is_empty())
    );
}

#[test]
fn without_a_gemeente_it_asks_for_one() {
    let output = routekaart_in(&fixture("klein"))
        .arg("kaart")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(stderr.contains("--gemeente"), "{stderr}");
}
