//! `routekaart diff`: what a change to the map does to its routes, for review
//! before it lands.
//!
//! Routes are matched by their key (a hash of their answers, see
//! [`crate::views::routes`]), and their plans compared per gemeente the two maps share:
//! first contact, urgency, contacts, advices and their steps. Organisations
//! are compared by id: contact data and who fills a role in a gemeente. When a
//! map has too many routes to walk, advices are compared by id instead.

mod change;
mod entries;
mod output;
mod plans;

use crate::core::map::Map;
use crate::i18n::Lang;
use crate::render::map_info;
use crate::views::routes;
use entries::{compare_advices, directory, gemeenten, roles};
use plans::compare_routes;

pub use change::{AdviceChange, Change, ChangeKind, Changes, EntryChange, RouteChange};
pub use output::{csv, json, table};

/// Compares two maps: routes (or advices, past `limit` routes), the directory
/// and the gemeenten. `lang` words what the changes name beyond the maps' own
/// texts (a role, an urgency, "geen"), in the data as in the table.
pub fn compare(old: &Map, new: &Map, limit: usize, lang: Lang) -> Changes {
    let mut changes = Changes {
        oud: map_info(old),
        nieuw: map_info(new),
        per_route: true,
        routes_gelijk: 0,
        routes: Vec::new(),
        adviezen: Vec::new(),
        adressenlijst: directory(old, new, lang),
        rollen: roles(old, new, lang),
        gemeenten: gemeenten(old, new, lang),
    };
    match (
        routes::enumerate(old, limit, lang),
        routes::enumerate(new, limit, lang),
    ) {
        (Some(old_routes), Some(new_routes)) => {
            let (changed, same) = compare_routes(old, &old_routes, new, &new_routes, lang);
            changes.routes = changed;
            changes.routes_gelijk = same;
        }
        _ => {
            changes.per_route = false;
            changes.adviezen = compare_advices(old, new, lang);
        }
    }
    changes
}

#[cfg(test)]
mod tests {
    use super::change::DECIDED_BY;
    use super::*;

    fn change(soort: ChangeKind, onderwerp: &str, was: &str, wordt: &str) -> Change {
        let some = |s: &str| (!s.is_empty()).then(|| s.to_string());
        Change {
            soort,
            onderwerp: some(onderwerp),
            was: some(was),
            wordt: some(wordt),
        }
    }

    #[test]
    fn field_names_stay_dutch_in_the_data_and_are_worded_in_english() {
        let phone = change(ChangeKind::Contactgegeven, "telefoon", "010", "020");
        assert_eq!(phone.words(Lang::Nl), "telefoon: 010 → 020");
        assert_eq!(phone.words(Lang::En), "phone: 010 → 020");
        let decided = change(
            ChangeKind::Rolgegeven,
            DECIDED_BY,
            "woongemeente",
            "schoolgemeente",
        );
        assert_eq!(
            decided.words(Lang::Nl),
            "bepaald door: woongemeente → schoolgemeente"
        );
        assert_eq!(
            decided.words(Lang::En),
            "decided by: the pupil's home municipality → the school's municipality"
        );
        // A contact's name is no field name, even when it reads like one.
        let named = change(ChangeKind::ContactErbij, "telefoon", "", "vandaag");
        assert_eq!(named.words(Lang::En), "contact added: telefoon (vandaag)");
        let gone = change(ChangeKind::GemeenteWeg, "", "Zuid", "");
        assert_eq!(gone.words(Lang::Nl), "gemeente weg: Zuid");
        assert_eq!(gone.words(Lang::En), "municipality removed: Zuid");
    }
}
