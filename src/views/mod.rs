//! Views of a whole map for its maintainers and partners: the directory
//! (`orgs`), every route (`routes`), the flowchart (`graph`), what a change does
//! (`diff`) and the printable map (`export`).
//!
//! Each view is built from the loaded [`Map`] and rendered to a string; the
//! shell prints or saves it. Pure: no terminal, no files, no clock.

pub mod diff;
pub mod export;
pub mod graph;
pub mod kaart;
pub mod orgs;
pub mod routes;

use crate::i18n::format::list;
pub use crate::render::Layout;

use crate::core::ids::suggest;
use crate::core::map::Map;
use crate::i18n::pick;
use crate::tr;

/// The first lines of a view: what it shows, then the map's name, version and
/// date, wrapped to the layout's width, and a blank line.
pub fn heading(map: &Map, what: &str, layout: Layout) -> String {
    let width = usize::from(layout.width);
    let (naam, versie) = (&map.meta.naam, &map.meta.versie);
    let mut about = tr!("{naam}, versie {versie}", "{naam}, version {versie}");
    if let Some(date) = map
        .meta
        .datum
        .as_deref()
        .and_then(crate::core::date::Date::parse)
    {
        about.push_str(&tr!(" van {date}", " of {date}"));
    }
    format!(
        "{}{}\n",
        crate::core::text::wrap(what, width, "", ""),
        crate::core::text::wrap(&about, width, "", "")
    )
}

/// The gemeente with this id or name, or a message listing the valid ones.
pub fn find_gemeente(map: &Map, given: &str) -> Result<usize, String> {
    map.gemeente_index(given.trim()).ok_or_else(|| {
        let ids: Vec<String> = map.gemeenten.iter().map(|g| g.id.clone()).collect();
        unknown(
            pick("onbekende gemeente", "unknown municipality"),
            pick("gemeenten", "municipalities"),
            given,
            &ids,
        )
    })
}

/// The option index of signal `given` (a `waarde` of the signal question, or its
/// label), or a message listing the valid ones.
pub fn find_signal(map: &Map, given: &str) -> Result<(usize, usize), String> {
    let Some((q, options)) = map.signals() else {
        return Err(pick(
            "deze routekaart heeft geen signaalvraag (geen meerkeuze- of keuzevraag); laat --signaal weg om de hele kaart te tekenen",
            "this map has no signal question (no multiple-choice or choice question); leave out --signaal to draw the whole map",
        )
        .into());
    };
    let given = given.trim();
    options
        .iter()
        .position(|o| o.value.eq_ignore_ascii_case(given) || o.label.eq_ignore_ascii_case(given))
        .map(|i| (q, i))
        .ok_or_else(|| {
            let values: Vec<String> = options.iter().map(|o| o.value.clone()).collect();
            unknown(
                pick("onbekend signaal", "unknown signal"),
                pick("signalen", "signals"),
                given,
                &values,
            )
        })
}

/// "onbekende gemeente `x`; bedoelt u `y`? Kies uit: `a`, `b` en `c`." (`what`
/// carries the adjective: "onbekende gemeente", "onbekend signaal"; in English
/// "unknown municipality `x`; did you mean `y`? Choose from: …".)
pub(crate) fn unknown(what: &str, plural: &str, given: &str, valid: &[String]) -> String {
    let mut message = format!("{what} `{given}`");
    match suggest(given, valid) {
        Some(close) => {
            message.push_str(&tr!("; bedoelt u `{close}`?", "; did you mean `{close}`?"))
        }
        None => message.push('.'),
    }
    if valid.is_empty() {
        message.push_str(&tr!(
            " Deze routekaart kent geen {plural}.",
            " This map has no {plural}."
        ));
    } else {
        let valid = list(crate::i18n::current(), valid);
        message.push_str(&tr!(" Kies uit: {valid}.", " Choose from: {valid}."));
    }
    message
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::compile::from_sources;
    use crate::core::embedded;

    #[test]
    fn the_signals_of_the_shipped_map_are_the_options_of_its_multiple_choice() {
        let map = from_sources(&embedded::files()).unwrap();
        let (q, options) = map.signals().unwrap();
        assert_eq!(map.questions[q].id, "signaal");
        assert!(options.iter().any(|o| o.value == "verzuim"));
        assert_eq!(
            find_signal(&map, "Verzuim").map(|(_, i)| options[i].value.as_str()),
            Ok("verzuim")
        );
        let unknown = find_signal(&map, "verzuimm").unwrap_err();
        assert!(unknown.contains("bedoelt u `verzuim`?"), "{unknown}");
        let unknown = crate::i18n::with(crate::i18n::Lang::En, || {
            find_gemeente(&map, "amstelven").unwrap_err()
        });
        assert!(
            unknown.starts_with("unknown municipality `amstelven`; did you mean `amstelveen`?"),
            "{unknown}"
        );
    }
}
