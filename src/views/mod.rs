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
use crate::i18n::Lang;
use crate::t;

/// The first lines of a view: what it shows, then the map's name, version and
/// date, wrapped to the layout's width, and a blank line.
pub fn heading(map: &Map, what: &str, layout: Layout, lang: Lang) -> String {
    let width = usize::from(layout.width);
    let (naam, versie) = (map.meta.naam.get(lang), map.meta.versie.as_str());
    let date = map
        .meta
        .datum
        .as_deref()
        .and_then(crate::core::date::Date::parse);
    let about = match date {
        Some(date) => t!(
            lang,
            "views-kaart-versie-datum",
            naam = naam,
            versie = versie,
            datum = date.words(lang)
        ),
        None => t!(lang, "views-kaart-versie", naam = naam, versie = versie),
    };
    format!(
        "{}{}\n",
        crate::core::text::wrap(what, width, "", ""),
        crate::core::text::wrap(&about, width, "", "")
    )
}

/// The gemeente with this id or name, or a message listing the valid ones.
pub fn find_gemeente(map: &Map, given: &str, lang: Lang) -> Result<usize, String> {
    map.gemeente_index(given.trim()).ok_or_else(|| {
        let ids: Vec<String> = map.gemeenten.iter().map(|g| g.id.clone()).collect();
        unknown(lang, Unknown::Gemeente, given, &ids)
    })
}

/// The option index of signal `given` (a `waarde` of the signal question, or its
/// label), or a message listing the valid ones.
pub fn find_signal(map: &Map, given: &str, lang: Lang) -> Result<(usize, usize), String> {
    let Some((q, options)) = map.signals() else {
        return Err(t!(lang, "views-geen-signaalvraag"));
    };
    let given = given.trim();
    options
        .iter()
        .position(|o| {
            o.value.eq_ignore_ascii_case(given) || o.label.get(lang).eq_ignore_ascii_case(given)
        })
        .map(|i| (q, i))
        .ok_or_else(|| {
            let values: Vec<String> = options.iter().map(|o| o.value.clone()).collect();
            unknown(lang, Unknown::Signal, given, &values)
        })
}

/// What a name on the command line should have named.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Unknown {
    Gemeente,
    Signal,
    Role,
}

impl Unknown {
    /// The message ids: "onbekende gemeente `x`", and "… kent geen gemeenten."
    fn ids(self) -> (&'static str, &'static str) {
        match self {
            Unknown::Gemeente => ("views-onbekende-gemeente", "views-geen-gemeenten"),
            Unknown::Signal => ("views-onbekend-signaal", "views-geen-signalen"),
            Unknown::Role => ("views-onbekende-rol", "views-geen-rollen"),
        }
    }
}

/// "onbekende gemeente `x`; bedoelt u `y`? Kies uit: `a`, `b` en `c`." (in
/// English "unknown municipality `x`; did you mean `y`? Choose from: …").
pub(crate) fn unknown(lang: Lang, what: Unknown, given: &str, valid: &[String]) -> String {
    let (unknown, none) = what.ids();
    let mut message = t!(lang, unknown, naam = given);
    match suggest(given, valid) {
        Some(close) => message.push_str(&t!(lang, "views-bedoelt-u", naam = close)),
        None => message.push('.'),
    }
    message.push(' ');
    if valid.is_empty() {
        message.push_str(&t!(lang, none));
    } else {
        let valid = list(lang, valid);
        message.push_str(&t!(lang, "views-kies-uit", keuzes = valid));
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
            find_signal(&map, "Verzuim", Lang::Nl).map(|(_, i)| options[i].value.as_str()),
            Ok("verzuim")
        );
        let unknown = find_signal(&map, "verzuimm", Lang::Nl).unwrap_err();
        assert!(unknown.contains("bedoelt u `verzuim`?"), "{unknown}");
        let unknown = find_gemeente(&map, "amstelven", Lang::En).unwrap_err();
        assert!(
            unknown.starts_with("unknown municipality `amstelven`; did you mean `amstelveen`?"),
            "{unknown}"
        );
    }
}
