//! Short names for the desks on the routekaart: "Aandachtsfunctionaris"
//! stands for "De aandachtsfunctionaris huiselijk geweld en kindermishandeling
//! van de school" on every line that names it, and a desk's number and the
//! school's own person follow its name once, where the page first names it,
//! so the page fits one A4. A long web address, or one that several desks
//! share (in Emmen three desks have the same page of the gemeente), is a
//! reference such as "[1]" by each name and is printed once, at the foot:
//! repeated in the bands it took three lines and pushed the page past A4.

use super::{Desk, Kaart};
use crate::i18n::Lang;
use crate::t;
use std::cell::RefCell;

/// The desks of one page, in the order the page first names them, each with
/// the short name the page uses for it.
pub struct Names {
    desks: Vec<(Desk, String)>,
    /// The short names the page has printed so far.
    seen: RefCell<Vec<String>>,
    /// The ways to reach a desk that the foot prints ([`is_reference`]).
    references: Vec<String>,
    /// The references the page has printed so far, numbered in that order.
    cited: RefCell<Vec<String>>,
    /// The language of the page.
    pub lang: Lang,
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
        // Per way to reach: the short names that print it.
        let mut reaches: Vec<(String, Vec<&String>)> = Vec::new();
        for (desk, key) in &fixed {
            let Some(reach) = shown_reach(desk) else {
                continue;
            };
            match reaches.iter_mut().find(|(r, _)| *r == reach) {
                Some((_, keys)) if !keys.contains(&key) => keys.push(key),
                Some(_) => {}
                None => reaches.push((reach, vec![key])),
            }
        }
        let references = reaches
            .into_iter()
            .filter(|(reach, keys)| is_reference(reach, keys.len()))
            .map(|(reach, _)| reach)
            .collect();
        Names {
            desks: fixed,
            seen: RefCell::new(Vec::new()),
            references,
            cited: RefCell::new(Vec::new()),
            lang: kaart.lang,
        }
    }

    /// The ways to reach that the page printed as references, in their
    /// order: the reference "[1]" stands for the first.
    pub fn cited(&self) -> Vec<String> {
        self.cited.borrow().clone()
    }

    /// `reach` as the page prints it by a name: a reference ("[1]") when the
    /// foot prints it, else as it is.
    fn cite(&self, reach: String) -> String {
        if !self.references.contains(&reach) {
            return reach;
        }
        let mut cited = self.cited.borrow_mut();
        let n = match cited.iter().position(|r| *r == reach) {
            Some(n) => n,
            None => {
                cited.push(reach);
                cited.len() - 1
            }
        };
        format!("[{}]", n + 1)
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
        let (own, reach) = details(&same, self.lang);
        let more: Vec<String> = own.into_iter().chain(reach.map(|r| self.cite(r))).collect();
        if more.is_empty() {
            key
        } else {
            format!("{key} {}", more.join(" "))
        }
    }
}

/// Whether a way to reach goes to the foot: when it is long (more than half
/// a line), or when two or more desks print it and it is longer than a phone
/// number, so that a reference and the foot's line take less room than
/// printing it by each desk.
fn is_reference(reach: &str, desks: usize) -> bool {
    let length = reach.chars().count();
    length > 38 || (desks > 1 && length > 24)
}

/// The way to reach `desk` that the page prints by its name: none for a desk
/// whose name says it ("Alarmnummer 112").
fn shown_reach(desk: &Desk) -> Option<String> {
    desk.bereik
        .clone()
        .filter(|r| !desk.naam.contains(r.as_str()))
}

fn desks_named(shorts: &[String], short: &str) -> usize {
    shorts.iter().filter(|s| *s == short).count()
}

/// How to reach desks of one short name: the school's own people first, then
/// the regional desk's phone, website or e-mail: "(uw school: A. de Proef
/// 0297 000 001)" and "uithoorn.nl", "0800-2000"; nothing for a role the
/// school has not filled in, such as "Bevoegd gezag".
fn details(desks: &[&Desk], lang: Lang) -> (Option<String>, Option<String>) {
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
    let reach = desks.iter().find_map(|d| shown_reach(d));
    let own = (!people.is_empty())
        .then(|| format!("({})", t!(lang, "kaart-eigen", mensen = people.join(", "))));
    (own, reach)
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
