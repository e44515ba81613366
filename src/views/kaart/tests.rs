//! Unit tests of the routekaart page, on the shipped map.

use super::*;
use crate::core::compile::from_sources;
use crate::core::embedded;
use conditions::number_range;

fn map() -> Map {
    from_sources(&embedded::files()).unwrap()
}

fn signal<'k>(kaart: &'k Kaart, value: &str) -> &'k Signal {
    kaart.signalen.iter().find(|s| s.waarde == value).unwrap()
}

#[test]
fn every_signal_of_the_map_is_on_the_page_in_map_order() {
    let map = map();
    let kaart = build(
        &map,
        map.gemeente_index("uithoorn").unwrap(),
        None,
        Lang::Nl,
    );
    let (_, options) = map.signals().unwrap();
    let values: Vec<&str> = kaart.signalen.iter().map(|s| s.waarde.as_str()).collect();
    let expected: Vec<&str> = options.iter().map(|o| o.value.as_str()).collect();
    assert_eq!(values, expected);
    assert!(kaart.signalen.iter().all(|s| !s.banden.is_empty()));
}

/// The bands come from the engine's plans: 16 hours or more of unexcused
/// absence of a pupil of 5 to 17 goes to DUO this week, with the legal deadline.
#[test]
fn absence_of_16_hours_goes_to_duo_with_its_deadline() {
    let map = map();
    let kaart = build(
        &map,
        map.gemeente_index("uithoorn").unwrap(),
        None,
        Lang::Nl,
    );
    let verzuim = signal(&kaart, "verzuim");
    let duo = verzuim
        .banden
        .iter()
        .find(|b| b.onderwerp == ["Afwezig zonder geldige reden"] && b.eerst.naam == "DUO")
        .unwrap();
    assert_eq!(duo.urgentie, Urgency::DezeWeek);
    assert!(
        duo.wanneer.contains(&"vanaf 16 uur".to_string()),
        "{:?}",
        duo.wanneer
    );
    assert!(duo.plicht.as_deref().unwrap().contains("5 werkdagen"));
}

/// "Is a casusregisseur already involved?" is answered "no" for the page; its
/// "yes" becomes one note instead of a band under every signal.
#[test]
fn a_question_before_the_signal_becomes_a_note() {
    let map = map();
    let kaart = build(
        &map,
        map.gemeente_index("aalsmeer").unwrap(),
        None,
        Lang::Nl,
    );
    assert_eq!(kaart.vooraf.len(), 1);
    assert_eq!(kaart.vooraf[0].urgentie, Urgency::Vandaag);
    let opvoeding = signal(&kaart, "opvoeding");
    assert_eq!(opvoeding.banden.len(), 1);
    assert!(opvoeding.banden[0].wanneer.is_empty());
}

#[test]
fn number_ranges_read_as_words() {
    assert_eq!(
        number_range(16, 1000, (0, 1000), "uur", Lang::Nl),
        "vanaf 16 uur"
    );
    assert_eq!(
        number_range(0, 4, (0, 30), "jaar", Lang::Nl),
        "onder 5 jaar"
    );
    assert_eq!(number_range(5, 17, (0, 30), "jaar", Lang::Nl), "5–17 jaar");
    // The language is a value: English beside Dutch, in one thread.
    assert_eq!(
        number_range(16, 1000, (0, 1000), "hours", Lang::En),
        "16 hours or more"
    );
    assert_eq!(
        number_range(0, 4, (0, 30), "years", Lang::En),
        "under 5 years"
    );
    assert_eq!(
        short_name("GGD Amsterdam, jeugdgezondheidszorg"),
        "GGD Amsterdam"
    );
    assert_eq!(short_label("Psychisch (somber, angstig)"), "Psychisch");
}

/// "Has a startkwalificatie" sends every absence and "zit thuis" route that
/// asks it to the welfare desk: the page says it once, as a rule, and no band
/// repeats it.
#[test]
fn an_answer_that_always_leads_to_one_desk_becomes_a_rule() {
    let map = map();
    let kaart = build(
        &map,
        map.gemeente_index("uithoorn").unwrap(),
        None,
        Lang::Nl,
    );
    let rule = kaart
        .regels
        .iter()
        .find(|r| r.wanneer == "met startkwalificatie")
        .unwrap();
    assert_eq!(rule.eerst.naam, "Uithoorn voor Elkaar");
    assert!(rule.signalen.len() >= 2, "{:?}", rule.signalen);
    let bands = kaart.signalen.iter().flat_map(|s| &s.banden);
    for band in bands {
        assert!(
            !band.wanneer.iter().any(|w| w.contains("startkwalificatie")),
            "{band:?}"
        );
    }
}

/// Direct danger goes to 112 at once: the page says so once, and the other
/// bands of that signal need not say "no direct danger".
#[test]
fn direct_danger_is_said_once() {
    let map = map();
    let kaart = build(
        &map,
        map.gemeente_index("aalsmeer").unwrap(),
        None,
        Lang::Nl,
    );
    let danger: Vec<&Signal> = kaart
        .signalen
        .iter()
        .filter(|s| s.direct_gevaar.is_some())
        .collect();
    assert!(danger.len() >= 3, "{}", danger.len());
    for signal in danger {
        let band = signal.direct_gevaar.as_ref().unwrap();
        assert_eq!(band.eerst.bereik.as_deref(), Some("112"));
        assert!(
            signal
                .banden
                .iter()
                .all(|b| b.urgentie != Urgency::Acuut || b.eerst.bereik.as_deref() != Some("112"))
        );
    }
}

/// Within a signal's topic, two bands that go to different desks never read
/// the same: a reader never finds two lines that both fit.
#[test]
fn no_two_bands_of_a_topic_read_alike() {
    let map = map();
    for g in 0..map.gemeenten.len() {
        let kaart = build(&map, g, None, Lang::Nl);
        for signal in &kaart.signalen {
            for (i, a) in signal.banden.iter().enumerate() {
                for b in &signal.banden[i + 1..] {
                    assert!(
                        a.onderwerp != b.onderwerp || a.wanneer != b.wanneer,
                        "{}: {a:?} / {b:?}",
                        signal.label
                    );
                }
            }
        }
    }
}
