//! Short names for the desks on the routekaart: "Aandachtsfunctionaris"
//! stands for "De aandachtsfunctionaris huiselijk geweld en kindermishandeling
//! van de school" on every line that names it, and a desk's number and the
//! school's own person follow its name once, where the page first names it,
//! so the page fits one A4.

use super::{Desk, Kaart};
use crate::i18n::current;
use crate::t;
use std::cell::RefCell;

/// The desks of one page, in the order the page first names them, each with
/// the short name the page uses for it.
pub struct Names {
    desks: Vec<(Desk, String)>,
    /// The short names the page has printed so far.
    seen: RefCell<Vec<String>>,
}

impl Names {
    /// Every desk of `kaart` with a short name; two desks whose short names
    /// would be the same but whose names differ keep their names.
    pub fn of(kaart: &Kaart) -> Names {
        let mut desks: Vec<Desk> = Vec::new();
        let all = kaart
            .vooraf
            .iter()
            .map(|n| &n.eerst)
            .chain(kaart.regels.iter().map(|r| &r.eerst))
            .chain(kaart.in_plaats_van.iter().map(|s| &s.eerst))
            .chain(
                kaart
                    .signalen
                    .iter()
                    .flat_map(|s| s.banden.iter().map(|b| &b.eerst)),
            );
        for desk in all {
            if !desks.contains(desk) {
                desks.push(desk.clone());
            }
        }
        let shorts: Vec<String> = desks.iter().map(|d| short(&d.naam)).collect();
        let desks = desks
            .into_iter()
            .zip(&shorts)
            .map(|(desk, s)| {
                let clash = desks_named(&shorts, s) > 1;
                let key = if clash { desk.naam.clone() } else { s.clone() };
                (desk, key)
            })
            .collect::<Vec<_>>();
        // Desks of one name (such as a role with and without the school's person)
        // share a short name; only different names must not.
        let mut fixed: Vec<(Desk, String)> = Vec::new();
        for (desk, key) in desks {
            let other = fixed.iter().any(|(d, k)| *k == key && d.naam != desk.naam);
            let key = if other { desk.naam.clone() } else { key };
            fixed.push((desk, key));
        }
        Names {
            desks: fixed,
            seen: RefCell::new(Vec::new()),
        }
    }

    /// The short name of `desk` on the page.
    pub fn key(&self, desk: &Desk) -> String {
        self.desks
            .iter()
            .find(|(d, _)| d == desk)
            .map_or_else(|| desk.naam.clone(), |(_, k)| k.clone())
    }

    /// The short name of `desk`, with its number and the school's own person
    /// where the page first names it ("Leerplicht (A. de Proef 0297 000 001,
    /// of uithoorn.nl)"), else the short name alone.
    pub fn named(&self, desk: &Desk) -> String {
        let seen = &self.seen;
        let key = self.key(desk);
        if seen.borrow().contains(&key) {
            return key;
        }
        seen.borrow_mut().push(key.clone());
        let same: Vec<&Desk> = self
            .desks
            .iter()
            .filter(|(_, k)| *k == key)
            .map(|(d, _)| d)
            .collect();
        match details(&same) {
            Some(more) => format!("{key} {more}"),
            None => key,
        }
    }
}

fn desks_named(shorts: &[String], short: &str) -> usize {
    shorts.iter().filter(|s| *s == short).count()
}

/// How to reach desks of one short name: the school's own people first, then
/// the regional desk's phone, website or e-mail: "(uw school: A. de Proef
/// 0297 000 001) uithoorn.nl", "0800-2000"; nothing for a role the school
/// has not filled in, such as "Bevoegd gezag".
fn details(desks: &[&Desk]) -> Option<String> {
    let mut people: Vec<String> = Vec::new();
    for d in desks {
        if let Some(person) = &d.school {
            let line = match &person.bereik {
                Some(reach) => format!("{} {reach}", person.naam),
                None => person.naam.clone(),
            };
            if !people.contains(&line) {
                people.push(line);
            }
        }
    }
    // "Alarmnummer 112" already says its number.
    let reach = desks
        .iter()
        .find_map(|d| d.bereik.clone().filter(|r| !d.naam.contains(r.as_str())));
    let own = (!people.is_empty()).then(|| {
        format!(
            "({})",
            t!(current(), "kaart-eigen", mensen = people.join(", "))
        )
    });
    match (own, reach) {
        (Some(own), Some(reach)) => Some(format!("{own} {reach}")),
        (own, reach) => own.or(reach),
    }
}

/// A desk's short name: without "De"/"Het"/"The", without "van de school",
/// and at most three words or 24 characters, not ending on a small word, or
/// the acronym it starts with: "Aandachtsfunctionaris", "Veilig Thuis",
/// "Samenwerkingsverband VO", "GGD", "RMC".
pub fn short(name: &str) -> String {
    let mut name = name.trim();
    for article in ["De ", "Het ", "The ", "de ", "het ", "the "] {
        name = name.strip_prefix(article).unwrap_or(name);
    }
    for owner in ["school's ", "pupil's "] {
        name = name.strip_prefix(owner).unwrap_or(name);
    }
    let cut = name.find([',', '(', '&']).unwrap_or(name.len());
    let mut name = name[..cut].trim();
    for suffix in [" van de school", " van de leerling"] {
        name = name.strip_suffix(suffix).unwrap_or(name);
    }
    // An acronym names the desk on its own: "GGD", "RMC", "DUO".
    let first = name.split_whitespace().next().unwrap_or("");
    if first.chars().count() >= 2 && first.chars().all(|c| c.is_ascii_uppercase()) {
        return first.to_string();
    }
    let mut words: Vec<&str> = Vec::new();
    for word in name.split_whitespace() {
        let longer =
            words.iter().map(|w| w.chars().count() + 1).sum::<usize>() + word.chars().count();
        if !words.is_empty() && (longer > 24 || words.len() == 3) {
            break;
        }
        words.push(word);
    }
    const SMALL: &[&str] = &[
        "en", "de", "van", "voor", "uit", "of", "/", "and", "the", "for",
    ];
    while words.len() > 1 && words.last().is_some_and(|w| SMALL.contains(w)) {
        words.pop();
    }
    let short = words.join(" ");
    let mut chars = short.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => short,
    }
}

#[cfg(test)]
mod tests {
    use super::short;

    #[test]
    fn short_names_keep_the_words_that_name_the_desk() {
        assert_eq!(
            short("De aandachtsfunctionaris huiselijk geweld en kindermishandeling van de school"),
            "Aandachtsfunctionaris"
        );
        assert_eq!(
            short("Het aanspreekpunt pesten en de coördinator anti-pestbeleid van de school"),
            "Aanspreekpunt pesten"
        );
        assert_eq!(short("Veilig Thuis Amsterdam-Amstelland"), "Veilig Thuis");
        assert_eq!(
            short("RMC / Doorstroompunt voor jongeren uit Uithoorn"),
            "RMC"
        );
        assert_eq!(
            short("Samenwerkingsverband VO Amstelland en de Meerlanden"),
            "Samenwerkingsverband VO"
        );
        assert_eq!(short("De huisarts van de leerling"), "Huisarts");
        assert_eq!(short("Het bevoegd gezag"), "Bevoegd gezag");
        assert_eq!(short("Ouder- en kindadviseurs"), "Ouder- en kindadviseurs");
        assert_eq!(short("DUO"), "DUO");
        assert_eq!(short("GGD Amsterdam"), "GGD");
        assert_eq!(short("113 Zelfmoordpreventie"), "113 Zelfmoordpreventie");
    }
}
