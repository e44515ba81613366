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

/// One A4 page of a text printer: 66 lines.
const ONE_PAGE: usize = 66;

/// The ids of the built-in map's gemeenten, read from its regions'
/// `gemeenten.yaml`: a gemeente added to the map is on every page test.
pub fn gemeenten() -> Vec<String> {
    let regions = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("routekaart/regios");
    let mut files: Vec<_> = std::fs::read_dir(&regions)
        .unwrap()
        .map(|entry| entry.unwrap().path().join("gemeenten.yaml"))
        .filter(|file| file.exists())
        .collect();
    files.sort();
    let mut ids = Vec::new();
    for file in files {
        let yaml: serde_yaml::Value =
            serde_yaml::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
        for gemeente in yaml["gemeenten"].as_sequence().unwrap() {
            ids.push(gemeente["id"].as_str().unwrap().to_string());
        }
    }
    // The three regions of the built-in map: five, one and two gemeenten.
    assert!(ids.len() >= 8, "{ids:?}");
    for id in ["uithoorn", "groningen", "emmen"] {
        assert!(ids.iter().any(|g| g == id), "{id} not in {ids:?}");
    }
    ids
}

/// With a school's profile, every gemeente's kaart fits one A4 page, for each
/// school type and in both languages, and the school's own people are on it,
/// with their numbers.
#[test]
fn with_a_profile_the_page_fits_one_a4_and_names_the_schools_people() {
    let dir = tempfile::tempdir().unwrap();
    let profile = write_profile(dir.path());
    let page = kaart(dir.path(), &["--school", profile]);
    assert_fits(&page, ONE_PAGE);
    assert!(page.contains("School en leerling in Uithoorn"), "{page}");
    assert!(page.contains("De Proefschool"), "{page}");
    let flat = page.split_whitespace().collect::<Vec<_>>().join(" ");
    for person in [
        "Leerplicht (uw school: A. de Proef 0297 000 001) uithoorn.nl",
        "GGD (uw school: B. de Proef 0297 000 002)",
        "Bevoegd gezag (uw school: C. de Proef 0297 000 000)",
    ] {
        assert!(flat.contains(person), "{person}:\n{page}");
    }
    insta::assert_snapshot!("kaart_proefschool", page);
    let text = std::fs::read_to_string(dir.path().join(profile)).unwrap();
    for soort in ["po", "vo", "mbo"] {
        std::fs::write(
            dir.path().join(profile),
            text.replace("schoolsoort: po", &format!("schoolsoort: {soort}")),
        )
        .unwrap();
        for gemeente in gemeenten() {
            for lang in ["nl", "en"] {
                let page = kaart(
                    dir.path(),
                    &["--lang", lang, "--school", profile, "--gemeente", &gemeente],
                );
                assert_fits(&page, ONE_PAGE);
                if gemeente != "uithoorn" {
                    // The Proefschool is in Uithoorn: elsewhere, its people are not named.
                    assert!(!page.contains("de Proef 0297"), "{gemeente}:\n{page}");
                }
            }
        }
    }
}

/// Without a profile every school type has its bands, and every gemeente's
/// kaart still fits one A4 page, in Dutch and in English.
#[test]
fn without_a_profile_every_school_type_has_its_bands_on_one_page() {
    let page = kaart(&fixture("klein"), &["--gemeente", "uithoorn"]);
    assert!(page.contains("Basisonderwijs →"), "{page}");
    assert!(page.contains("Mbo →"), "{page}");
    for lang in ["nl", "en"] {
        for gemeente in gemeenten() {
            let page = kaart(
                &fixture("klein"),
                &["--lang", lang, "--gemeente", &gemeente],
            );
            assert_fits(&page, ONE_PAGE);
        }
    }
}

/// No line starts with a separator: "|", "·" and "→" stay with the word
/// before them.
#[test]
fn no_line_starts_with_a_separator() {
    let page = kaart(&fixture("klein"), &["--gemeente", "amstelveen"]);
    for line in page.lines() {
        let start = line.trim_start();
        assert!(
            !(start.starts_with('|') || start.starts_with('·') || start.starts_with('→')),
            "{line}"
        );
    }
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

/// A role that stands in for another (`vervangt`) and that the gemeente fills
/// with another desk is said once at the top, not in every band: Amstelveen
/// carries out the kwalificatieplicht in the mbo for Ouder-Amstel. Where both
/// roles have one desk (Amstelveen itself), the page says nothing of it.
#[test]
fn a_standing_in_desk_is_said_once_at_the_top() {
    let dir = tempfile::tempdir().unwrap();
    let page = kaart(dir.path(), &["--gemeente", "ouder-amstel"]);
    let flat = page.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flat.contains(
            "Leerplicht voor 16- en 17-jarigen in het mbo → Leerplicht amstelveen.nl, in plaats van Leerplicht Ouder-Amstel."
        ),
        "{page}"
    );
    assert!(!flat.contains("Mbo → Leerplicht"), "{page}");
    let json = kaart(
        dir.path(),
        &["--gemeente", "ouder-amstel", "--format", "json"],
    );
    assert!(json.contains("\"in_plaats_van\""), "{json}");
    let page = kaart(dir.path(), &["--gemeente", "amstelveen"]);
    assert!(!page.contains("in plaats van"), "{page}");
}

/// `vervangt` names a role of the map; another word is reported where it
/// stands, with the roles there are.
#[test]
fn vervangt_names_a_role_of_the_map() {
    let dir = tempfile::tempdir().unwrap();
    crate::copy_dir(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("routekaart"),
        dir.path(),
    );
    crate::replace_in(
        dir.path(),
        "routekaart.yaml",
        "vervangt: leerplicht",
        "vervangt: leerplicht-po",
    );
    let output = crate::routekaart_in(dir.path())
        .args(["check", "."])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr).to_string()
        + &String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("verwijzing naar onbekende rol `leerplicht-po`"),
        "{stderr}"
    );
    assert!(stderr.contains("routekaart.yaml:37:15"), "{stderr}");
}

/// A web address that several desks share is printed once, at the foot, and
/// each of those desks carries its reference: in Emmen three desks have the
/// same page of the gemeente. An address longer than a line breaks after a
/// mark there and is still whole when its pieces are joined.
#[test]
fn a_shared_or_long_web_address_is_printed_once_at_the_foot() {
    let dir = tempfile::tempdir().unwrap();
    let emmen = "gemeente.emmen.nl/ondersteuning-inkomen-en-werk/jeugd";
    for lang in ["nl", "en"] {
        let page = kaart(dir.path(), &["--lang", lang, "--gemeente", "emmen"]);
        let flat = page.split_whitespace().collect::<Vec<_>>().join(" ");
        assert_eq!(flat.matches(emmen).count(), 1, "{page}");
        assert!(page.ends_with(&format!("[1] {emmen}\n")), "{page}");
        for desk in [
            "Sociaal Werk Sedna [1]",
            "Vergoede dyslexiezorg [1]",
            "Jeugdhulp [1]",
        ] {
            assert!(flat.contains(desk), "{desk}:\n{page}");
        }
    }
    let page = kaart(dir.path(), &["--gemeente", "groningen"]);
    let foot: String = page
        .lines()
        .skip_while(|line| !line.starts_with("[1] "))
        .map(str::trim)
        .collect();
    assert_eq!(
        foot,
        "[1] gemeente.groningen.nl/doorontwikkeling-jeugdhulp-de-basis-jeugdhulp-bij-wij-groningen",
        "{page}"
    );
    let flat = page.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(flat.contains("Vergoede dyslexiezorg [1]"), "{page}");
}

/// On the HTML kaart every web address is a link to it, for every gemeente
/// of the built-in map: the desks' addresses and those at the foot.
#[test]
fn every_web_address_on_the_html_kaart_is_a_link() {
    let dir = tempfile::tempdir().unwrap();
    let mut links = 0;
    for gemeente in gemeenten() {
        let html = kaart(dir.path(), &["--format", "html", "--gemeente", &gemeente]);
        // Each link shows its address without `https://`, and is taken out.
        let mut text = String::new();
        let mut rest = html.as_str();
        while let Some(at) = rest.find("<a href=\"") {
            text.push_str(&rest[..at]);
            let after = &rest[at + "<a href=\"".len()..];
            let (href, after) = after.split_once("\">").unwrap();
            let (shown, after) = after.split_once("</a>").unwrap();
            assert!(href.starts_with("https://") || href.starts_with("http://"));
            let bare = href.split_once("://").unwrap().1;
            assert_eq!(bare.trim_end_matches('/'), shown, "{gemeente}");
            links += 1;
            rest = after;
        }
        text.push_str(rest);
        let body = text.split_once("<body>").unwrap().1;
        // What is left has no web address: no word in lower case that ends
        // in a domain (a name such as "Helpwanted.nl" may stay text).
        for word in body.split(|c: char| c.is_whitespace() || "<>;,()".contains(c)) {
            if !word.starts_with(|c: char| c.is_ascii_lowercase()) {
                continue;
            }
            let host = word.split('/').next().unwrap().trim_end_matches('.');
            let domain = host.rsplit('.').next().unwrap();
            assert!(
                !(host.contains('.') && ["nl", "com", "org", "eu", "net"].contains(&domain)),
                "{gemeente}: `{word}` is not a link"
            );
        }
    }
    assert!(links >= 20, "{links} links");
}

/// A pupil with a startkwalificatie goes to the welfare desk for every kind
/// of absence but one: reported sick, where the jeugdarts still comes first
/// (M@ZL). The rule stays at the top, and the exception is said where the
/// kind is, on every gemeente's page, with its routes in its own band.
#[test]
fn a_rule_with_one_exception_says_it_at_the_kind() {
    let dir = tempfile::tempdir().unwrap();
    for gemeente in gemeenten() {
        let page = kaart(dir.path(), &["--gemeente", &gemeente]);
        let flat = page.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(
            flat.contains("Bij verzuim, zit thuis of spijbelen: met startkwalificatie →"),
            "{gemeente}:\n{page}"
        );
        assert!(
            flat.contains("Ziek gemeld (ook met startkwalificatie): 5–17 jaar → GGD · deze week"),
            "{gemeente}:\n{page}"
        );
        let json: serde_json::Value = serde_json::from_str(&kaart(
            dir.path(),
            &["--gemeente", &gemeente, "--format", "json"],
        ))
        .unwrap();
        let rule = &json["regels"][0];
        assert_eq!(
            rule["wanneer"], "met startkwalificatie",
            "{gemeente}: {rule}"
        );
        // The kind as its band's `onderwerp` has it, explanation and all.
        let behalve = rule["behalve"].as_array().unwrap();
        assert_eq!(behalve.len(), 1, "{gemeente}: {rule}");
        let kind = behalve[0].as_str().unwrap();
        assert!(kind.starts_with("Ziek gemeld,"), "{gemeente}: {rule}");
    }
}
