//! The routekaart as plain text for paper: one A4 page (at most 66 lines of at
//! most 76 columns on the shipped map), one block per signal, one line per band.

use super::{Band, Desk, Kaart, Signal};
use crate::core::map::Map;
use crate::core::text::wrap;
use crate::i18n::current;
use crate::render::Layout;
use crate::t;

/// Columns of the page unless `--width`: an A4 text printer prints about 77.
pub const WIDTH: u16 = 76;

/// Lines on one A4 page of a text printer.
pub const LINES: usize = 66;

/// The page as text, `layout.width` columns wide.
pub fn render(map: &Map, kaart: &Kaart, layout: Layout) -> String {
    let lang = current();
    let width = usize::from(layout.width);
    let mut out = String::new();
    let title = t!(lang, "kaart-titel", gemeente = kaart.gemeente.clone());
    out.push_str(&wrap(&title, width, "", ""));
    // The school and the map's version on one line; the map's name only where it fits.
    let version = map_line(map, false);
    let about = match &kaart.school {
        Some(school) if format!("{school} · {version}").chars().count() > width => {
            format!("{school} · {}", map_line(map, true))
        }
        Some(school) => format!("{school} · {version}"),
        None => version,
    };
    out.push_str(&wrap(&about, width, "", ""));
    out.push_str(&wrap(&t!(lang, "kaart-uitleg"), width, "", ""));
    // A desk's number is printed where the page first names it.
    let mut seen: Vec<Desk> = Vec::new();
    for note in &kaart.vooraf {
        let line = t!(
            lang,
            "kaart-vooraf",
            advies = note.advies.clone(),
            urgentie = urgency(note.urgentie)
        );
        out.push_str(&wrap(&line, width, "", "  "));
    }
    let blocks: Vec<String> = kaart
        .signalen
        .iter()
        .map(|signal| signal_block(signal, &kaart.signalen, width, &mut seen))
        .collect();
    // Blank lines between signals while the page fits; none when it would not.
    let lines = out.lines().count() + blocks.iter().map(|b| b.lines().count() + 1).sum::<usize>();
    let gap = if lines <= LINES { "\n" } else { "" };
    for block in blocks {
        out.push_str(gap);
        out.push_str(&block);
    }
    out
}

/// One signal: on one line when it has one band; else its label, and a line
/// per band. Bands of one topic (such as a kind of absence) follow its name;
/// a band every topic shares is said once, on the signal's line; a topic whose
/// bands are another signal's names that signal.
fn signal_block(signal: &Signal, all: &[Signal], width: usize, seen: &mut Vec<Desk>) -> String {
    let label = super::short_name(&signal.label);
    let mut out = String::new();
    let mut topics: Vec<(&[String], Vec<&Band>)> = Vec::new();
    for b in &signal.banden {
        match topics.last_mut() {
            Some((topic, bands)) if *topic == b.onderwerp.as_slice() => bands.push(b),
            _ => topics.push((&b.onderwerp, vec![b])),
        }
    }
    if topics.iter().all(|(topic, _)| topic.is_empty()) {
        match signal.banden.as_slice() {
            [only] if only.wanneer.is_empty() => {
                out.push_str(&wrap(
                    &format!("{label}: {}", band(only, seen)),
                    width,
                    "",
                    "    ",
                ));
            }
            bands => {
                out.push_str(&wrap(&label, width, "", ""));
                for b in bands {
                    out.push_str(&wrap(&banded(b, seen), width, "  ", "    "));
                }
            }
        }
        return out;
    }
    let twin_of = |bands: &[&Band]| {
        all.iter().find(|other| {
            other.banden.len() == bands.len()
                && other.banden.iter().all(|x| x.onderwerp.is_empty())
                && other.banden.iter().zip(bands).all(|(x, y)| same_band(x, y))
        })
    };
    // Bands every (non-twin) topic with several bands has, when there are two or more.
    let full: Vec<&Vec<&Band>> = topics
        .iter()
        .filter(|(_, bands)| bands.len() > 1 && twin_of(bands).is_none())
        .map(|(_, bands)| bands)
        .collect();
    let common: Vec<&Band> = match full.split_first() {
        Some((first, rest)) if !rest.is_empty() => first
            .iter()
            .filter(|b| !b.wanneer.is_empty())
            .filter(|b| {
                rest.iter()
                    .all(|bands| bands.iter().any(|x| same_band(x, b)))
            })
            .copied()
            .collect(),
        _ => Vec::new(),
    };
    let mut heading = label;
    for b in &common {
        let every = t!(current(), "kaart-elke-soort");
        heading.push_str(&format!(
            " — {}, {every} → {}",
            b.wanneer.join(", "),
            band(b, seen)
        ));
    }
    out.push_str(&wrap(&heading, width, "", "    "));
    for (topic, bands) in &topics {
        let name = topic.join(", ");
        if let Some(twin) = twin_of(bands) {
            let see = t!(
                current(),
                "kaart-zie",
                signaal = super::short_name(&twin.label)
            );
            out.push_str(&wrap(&format!("{name}: {see}"), width, "  ", "    "));
            continue;
        }
        let own: Vec<&&Band> = bands
            .iter()
            .filter(|b| !(bands.len() > 1 && common.iter().any(|c| same_band(c, b))))
            .collect();
        for (n, b) in own.iter().enumerate() {
            let line = match (n, b.wanneer.is_empty()) {
                (0, true) => format!("{name}: {}", band(b, seen)),
                (0, false) => format!("{name}: {}", banded(b, seen)),
                _ => banded(b, seen),
            };
            let indent = if n == 0 { "  " } else { "    " };
            out.push_str(&wrap(&line, width, indent, "      "));
        }
    }
    out
}

/// "16 uur of meer, 5–17 jaar → DUO … · deze week · binnen 5 werkdagen".
fn banded(b: &Band, seen: &mut Vec<Desk>) -> String {
    if b.wanneer.is_empty() {
        band(b, seen)
    } else {
        format!("{} → {}", b.wanneer.join(", "), band(b, seen))
    }
}

/// Two bands that read the same: the same answers, desk, urgency and duty.
fn same_band(a: &Band, b: &Band) -> bool {
    a.wanneer == b.wanneer && a.eerst == b.eerst && a.urgentie == b.urgentie && a.plicht == b.plicht
}

/// "Routekaart …, versie 0.2.0 van 23-11-2026", or without the name: "versie
/// 0.2.0 van 23-11-2026".
fn map_line(map: &Map, short: bool) -> String {
    if short {
        let versie = &map.meta.versie;
        let mut line = crate::tr!("kaart versie {versie}", "map version {versie}");
        if let Some(date) = map
            .meta
            .datum
            .as_deref()
            .and_then(crate::core::date::Date::parse)
        {
            line.push_str(&crate::tr!(" van {date}", " of {date}"));
        }
        return line;
    }
    let heading = crate::views::heading(
        map,
        "",
        Layout {
            width: u16::MAX,
            colour: false,
        },
        crate::i18n::current(),
    );
    heading.trim().to_string()
}

/// A band's desk, urgency and duty on one line.
fn band(band: &Band, seen: &mut Vec<Desk>) -> String {
    let mut line = format!("{} · {}", desk(&band.eerst, seen), urgency(band.urgentie));
    if let Some(plicht) = &band.plicht {
        line.push_str(" · ");
        line.push_str(plicht);
    }
    line
}

/// A desk with its number where the page first names it: "Leerplicht
/// uithoorn.nl", or the school's own person first: "A. Proef 0297 000 000
/// (Leerplicht)"; later just "Leerplicht", "A. Proef (Leerplicht)".
fn desk(desk: &Desk, seen: &mut Vec<Desk>) -> String {
    let first = !seen.contains(desk);
    if first {
        seen.push(desk.clone());
    }
    // "Alarmnummer 112" already says its number.
    let with_reach = |naam: &str, reach: &Option<String>| match reach
        .as_ref()
        .filter(|r| first && !naam.contains(r.as_str()))
    {
        Some(reach) => format!("{naam} {reach}"),
        None => naam.to_string(),
    };
    match &desk.school {
        Some(person) => format!(
            "{} ({})",
            with_reach(&person.naam, &person.bereik),
            desk.naam
        ),
        None => with_reach(&desk.naam, &desk.bereik),
    }
}

/// The urgency in one or two words: "ACUUT", "vandaag", "deze week", "regulier".
fn urgency(urgency: crate::core::map::Urgency) -> String {
    t!(current(), &format!("kaart-urgentie-{}", urgency.id()))
}
