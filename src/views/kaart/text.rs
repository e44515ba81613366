//! The routekaart as plain text for paper: one A4 page (at most 66 lines of at
//! most 76 columns on the shipped map). One block per signal; its bands packed
//! side by side where they fit ("onder 18 jaar → GGD · regulier; 18 jaar of
//! meer → Huisarts · regulier"); each desk by a short name, with its full name,
//! number and the school's own person once, in the key at the bottom.

use super::names::Names;
use super::{Band, Kaart, Signal};
use crate::core::map::{Map, Urgency};
use crate::i18n::Lang;
use crate::render::Layout;
use crate::t;

/// Columns of the page unless `--width`: an A4 text printer prints about 77.
pub const WIDTH: u16 = 76;

/// Lines on one A4 page of a text printer.
pub const LINES: usize = 66;

/// The page as text, `layout.width` columns wide.
pub fn render(map: &Map, kaart: &Kaart, layout: Layout) -> String {
    page(
        map,
        kaart,
        Cols {
            width: usize::from(layout.width),
            wrap: true,
        },
    )
}

/// The page laid out for [`WIDTH`] columns but not wrapped: one line per
/// paragraph, a topic's paragraph indented by two spaces. The HTML page is
/// made from it, so paper and HTML show the same blocks.
pub fn paragraphs(map: &Map, kaart: &Kaart) -> String {
    page(
        map,
        kaart,
        Cols {
            width: usize::from(WIDTH),
            wrap: false,
        },
    )
}

/// The width the page is laid out for, and whether its paragraphs wrap.
#[derive(Debug, Clone, Copy)]
struct Cols {
    width: usize,
    wrap: bool,
}

fn page(map: &Map, kaart: &Kaart, cols: Cols) -> String {
    let lang = kaart.lang;
    let names = Names::of(kaart);
    let mut head = String::new();
    let title = t!(lang, "kaart-titel", gemeente = kaart.gemeente.clone());
    head.push_str(&flow(&title, cols, "", ""));
    // The school and the map's version.
    let about = match &kaart.school {
        Some(school) => format!("{school} · {}", map_line(map, lang)),
        None => capitalised(&map_line(map, lang)),
    };
    // What the page says once, for every signal: how to read it, direct
    // danger, the rules and the answers before the signal.
    let mut said = vec![format!("{about}."), t!(lang, "kaart-uitleg")];
    if let Some(first) = kaart.signalen.iter().find_map(|s| s.direct_gevaar.as_ref()) {
        // "bel eerst 112": the number says it all.
        let desk = first
            .eerst
            .bereik
            .clone()
            .unwrap_or_else(|| first.eerst.naam.clone());
        said.push(t!(lang, "kaart-direct-gevaar", desk = desk));
    }
    for rule in &kaart.regels {
        let labels: Vec<String> = rule
            .signalen
            .iter()
            .map(|l| short_text(l).to_lowercase())
            .collect();
        let band = Band {
            onderwerp: Vec::new(),
            wanneer: vec![rule.wanneer.clone()],
            eerst: rule.eerst.clone(),
            urgentie: rule.urgentie,
            plicht: rule.plicht.clone(),
            ook: None,
        };
        said.push(t!(
            lang,
            "kaart-regel",
            signalen = super::or_list(&labels, lang),
            regel = item(&band, &names)
        ));
    }
    for stand_in in &kaart.in_plaats_van {
        let band = Band {
            onderwerp: Vec::new(),
            wanneer: vec![stand_in.rol.clone()],
            eerst: stand_in.eerst.clone(),
            urgentie: Urgency::Regulier,
            plicht: None,
            ook: None,
        };
        said.push(t!(
            lang,
            "kaart-in-plaats-van",
            regel = item(&band, &names),
            andere = stand_in.in_plaats_van.naam.clone()
        ));
    }
    for note in &kaart.vooraf {
        said.push(t!(
            lang,
            "kaart-vooraf",
            advies = note.advies.clone(),
            urgentie = urgency(note.urgentie, lang)
        ));
    }
    head.push_str(&flow(&said.join(" "), cols, "", ""));
    // Signals routed alike share a block: "Gezondheid, Alcohol: …".
    let mut groups: Vec<Vec<&Signal>> = Vec::new();
    for signal in &kaart.signalen {
        let alike = |group: &Vec<&Signal>| {
            group[0].banden.len() == signal.banden.len()
                && group[0]
                    .banden
                    .iter()
                    .zip(&signal.banden)
                    .all(|(a, b)| a.onderwerp == b.onderwerp && same_band(a, b))
        };
        match groups.iter_mut().find(|g| alike(g)) {
            Some(group) => group.push(signal),
            None => groups.push(vec![signal]),
        }
    }
    let pieces: Vec<Piece> = groups
        .iter()
        .map(|group| signal_block(group, &kaart.signalen, cols, &names))
        .collect();
    let mut body = runs(pieces, cols, "", "    ");
    // The long and shared web addresses, once, after the bands that cite them.
    let cited: Vec<String> = (names.cited().iter().enumerate())
        .map(|(n, reach)| format!("[{}]{GLUE}{reach}", n + 1))
        .collect();
    if !cited.is_empty() {
        body.push_str(&flow(&cited.join(" | "), cols, "", "    "));
    }
    // A blank line under the head while the page fits.
    let mut out = head;
    if out.lines().count() + body.lines().count() < LINES {
        out.push('\n');
    }
    out.push_str(&body);
    out
}

/// "Kaart versie …".
fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// A signal's label up to its first colon, comma or bracket: "Psychisch", "Verzuim".
fn short_label(signal: &Signal) -> String {
    short_text(&signal.label)
}

fn short_text(label: &str) -> String {
    let cut = label.find([':', ',', '(']).unwrap_or(label.len());
    label[..cut].trim().to_string()
}

/// One signal: its label and its bands packed on as few lines as they fit.
/// Bands of one topic (such as a kind of absence) follow its name; a band
/// every topic shares is said once, after the label; a topic whose bands are
/// another signal's names that signal.
fn signal_block(group: &[&Signal], all: &[Signal], cols: Cols, names: &Names) -> Piece {
    let (signal, lang) = (group[0], names.lang);
    let labels: Vec<String> = group.iter().map(|s| short_label(s)).collect();
    let label = labels.join(", ");
    let mut topics: Vec<(&[String], Vec<&Band>)> = Vec::new();
    for b in &signal.banden {
        match topics.last_mut() {
            Some((topic, bands)) if *topic == b.onderwerp.as_slice() => bands.push(b),
            _ => topics.push((&b.onderwerp, vec![b])),
        }
    }
    if topics.iter().all(|(topic, _)| topic.is_empty()) {
        let bands: Vec<&Band> = signal.banden.iter().collect();
        return Piece::Items(label, items(&bands, names));
    }
    let twin_of = |bands: &[&Band]| {
        all.iter().find(|other| {
            other.banden.len() == bands.len()
                && other.banden.iter().all(|x| x.onderwerp.is_empty())
                && other.banden.iter().zip(bands).all(|(x, y)| same_band(x, y))
        })
    };
    // Bands that most (non-twin) topics with several bands have, when there
    // are three or more such topics: said once, with the topics that lack them.
    let full: Vec<(&[String], &Vec<&Band>)> = topics
        .iter()
        .filter(|(_, bands)| bands.len() > 1 && twin_of(bands).is_none())
        .map(|(topic, bands)| (*topic, bands))
        .collect();
    let mut common: Vec<(&Band, Vec<String>)> = Vec::new();
    if full.len() >= 3 {
        for (_, bands) in &full {
            for b in bands.iter().filter(|b| !b.wanneer.is_empty()) {
                if common.iter().any(|(c, _)| same_band(c, b)) {
                    continue;
                }
                let lacking: Vec<String> = full
                    .iter()
                    .filter(|(_, bands)| !bands.iter().any(|x| same_band(x, b)))
                    .map(|(topic, _)| topic_name(topic))
                    .collect();
                if lacking.len() <= 1 {
                    common.push((b, lacking));
                }
            }
        }
    }
    let shared: Vec<String> = common
        .iter()
        .map(|(b, lacking)| {
            let every = if lacking.is_empty() {
                t!(lang, "kaart-elke-soort")
            } else {
                t!(
                    lang,
                    "kaart-elke-soort-behalve",
                    soorten = super::or_list(lacking, lang)
                )
            };
            format!("{every}: {}", item(b, names))
        })
        .collect();
    let mut pieces: Vec<Piece> = Vec::new();
    for (topic, bands) in &topics {
        let mut name = topic_name(topic);
        // A kind a rule at the top does not cover says so.
        if let Some(ook) = bands.iter().find_map(|b| b.ook.as_ref()) {
            name = t!(lang, "kaart-ook", soort = name, regel = ook.clone());
        }
        if let Some(twin) = twin_of(bands) {
            let see = t!(lang, "kaart-zie", signaal = short_label(twin));
            pieces.push(Piece::Items(name, vec![see]));
            continue;
        }
        let own: Vec<&Band> = bands
            .iter()
            .filter(|b| !(bands.len() > 1 && common.iter().any(|(c, _)| same_band(c, b))))
            .copied()
            .collect();
        pieces.push(Piece::Items(name, items(&own, names)));
    }
    // The label leads the first topic when no band is shared; when no topic
    // has more than two items, all topics flow on in one paragraph.
    let mut out = String::new();
    let small = pieces
        .iter()
        .all(|p| matches!(p, Piece::Items(_, items) if items.len() <= 2));
    if shared.is_empty() && small {
        let texts: Vec<String> = pieces
            .iter()
            .filter_map(|p| match p {
                Piece::Items(name, items) => Some(format!("{name}: {}", items.join("; "))),
                Piece::Text(_) => None,
            })
            .collect();
        return Piece::Text(flow(
            &format!("{label} — {}", texts.join(" | ")),
            cols,
            "",
            "    ",
        ));
    }
    // "Verzuim — elke soort: … | Afwezig: …": the shared bands and the first topic.
    let mut lead = format!("{label} —");
    if !shared.is_empty() {
        lead = format!("{lead} {} |", shared.join("; "));
    }
    match pieces.first() {
        Some(Piece::Items(name, items)) => {
            lead = format!("{lead} {name}: {}", items.join("; "));
            pieces.remove(0);
        }
        _ => lead = lead.trim_end_matches([' ', '|', '—']).to_string(),
    }
    out.push_str(&flow(&lead, cols, "", "    "));
    out.push_str(&runs(pieces, cols, "  ", "    "));
    Piece::Text(out)
}

/// A part of the page: a heading with its items, or text already laid out.
enum Piece {
    Items(String, Vec<String>),
    Text(String),
}

impl Piece {
    /// A heading with one item ("Armoede: Gemeente Uithoorn"), or with items
    /// that fit one line: a piece that may flow on with others.
    fn simple(&self, width: usize) -> Option<String> {
        match self {
            Piece::Items(heading, items) => {
                let text = format!("{heading}: {}", items.join("; "));
                (items.len() == 1 || text.chars().count() <= width).then_some(text)
            }
            Piece::Text(_) => None,
        }
    }

    fn render(&self, cols: Cols, first: &str, rest: &str) -> String {
        match self {
            Piece::Items(heading, items) => pack(heading, items, cols, first, rest),
            Piece::Text(text) => text.clone(),
        }
    }
}

/// A topic's name up to its first comma: "Ziek gemeld".
fn topic_name(topic: &[String]) -> String {
    let names: Vec<&str> = topic
        .iter()
        .map(|t| t[..t.find(',').unwrap_or(t.len())].trim())
        .collect();
    names.join(", ")
}

/// The pieces in order; consecutive pieces of one item each ("Armoede:
/// Gemeente Uithoorn") flow as one paragraph, separated by " | ".
fn runs(pieces: Vec<Piece>, cols: Cols, first: &str, rest: &str) -> String {
    let mut out = String::new();
    let mut run: Vec<String> = Vec::new();
    let flush = |run: &mut Vec<String>, out: &mut String| {
        if !run.is_empty() {
            out.push_str(&flow(&run.join(" | "), cols, first, rest));
            run.clear();
        }
    };
    for piece in pieces {
        match piece.simple(if first.is_empty() {
            cols.width
        } else {
            usize::MAX
        }) {
            Some(text) => run.push(text),
            None => {
                flush(&mut run, &mut out);
                out.push_str(&piece.render(cols, first, rest));
            }
        }
    }
    flush(&mut run, &mut out);
    out
}

/// `heading: item; item` as one paragraph of `width`, its first line indented
/// by `first`, the next by `rest`: the bands flow on as few lines as they fit.
fn pack(heading: &str, items: &[String], cols: Cols, first: &str, rest: &str) -> String {
    if items.is_empty() {
        return flow(heading, cols, first, rest);
    }
    flow(
        &format!("{heading}: {}", items.join("; ")),
        cols,
        first,
        rest,
    )
}

/// Joins two words so that [`flow`] keeps them on one line.
const GLUE: char = '\u{1f}';

/// Text wrapped to `width` so that no line starts with "|", "·" or "→": each
/// stays with the word before it; a web address longer than a line breaks
/// after a mark, as in the plan.
fn flow(text: &str, cols: Cols, first: &str, rest: &str) -> String {
    if !cols.wrap {
        return format!("{first}{}\n", text.replace(GLUE, " "));
    }
    let width = cols.width;
    let glued = text
        .replace(" |", &format!("{GLUE}|"))
        .replace(" ·", &format!("{GLUE}·"))
        .replace(" →", &format!("{GLUE}→"));
    crate::render::text::wrap(&glued, width, first, rest).replace(GLUE, " ")
}

/// The bands as items; consecutive bands whose first condition is the same
/// (and that have more) say it once: "5–17 jaar: onder 5 weken → Leerplicht,
/// 5–12 weken → DUO".
fn items(bands: &[&Band], names: &Names) -> Vec<String> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < bands.len() {
        let lead = bands[i]
            .wanneer
            .first()
            .filter(|_| bands[i].wanneer.len() > 1);
        let run = bands[i..]
            .iter()
            .take_while(|b| b.wanneer.len() > 1 && b.wanneer.first() == lead)
            .count();
        match lead {
            Some(lead) if run > 1 => {
                let parts: Vec<String> = bands[i..i + run]
                    .iter()
                    .map(|b| {
                        let mut rest = (*b).clone();
                        rest.wanneer.remove(0);
                        item(&rest, names)
                    })
                    .collect();
                out.push(format!("{lead}: {}", parts.join(", ")));
                i += run;
            }
            _ => {
                out.push(item(bands[i], names));
                i += 1;
            }
        }
    }
    out
}

/// "16 uur of meer, 5–17 jaar → DUO · deze week · binnen 5 werkdagen".
fn item(b: &Band, names: &Names) -> String {
    let mut line = names.named(&b.eerst);
    if b.urgentie != Urgency::Regulier {
        line.push_str(" · ");
        line.push_str(&urgency(b.urgentie, names.lang));
    }
    if let Some(plicht) = &b.plicht {
        line.push_str(" · ");
        line.push_str(plicht);
    }
    if b.wanneer.is_empty() {
        line
    } else {
        format!("{} → {line}", b.wanneer.join(", "))
    }
}

/// Two bands that read the same: the same answers, desk, urgency and duty.
fn same_band(a: &Band, b: &Band) -> bool {
    a.wanneer == b.wanneer && a.eerst == b.eerst && a.urgentie == b.urgentie && a.plicht == b.plicht
}

/// "versie 0.2.0 van 23-11-2026".
fn map_line(map: &Map, lang: Lang) -> String {
    let mut line = t!(lang, "kaart-versie", version = map.meta.versie.as_str());
    if let Some(date) = map
        .meta
        .datum
        .as_deref()
        .and_then(crate::core::date::Date::parse)
    {
        line.push(' ');
        line.push_str(&t!(lang, "plan-van", date = date.words(lang)));
    }
    line
}

/// The urgency in one or two words: "ACUUT", "vandaag", "deze week", "regulier".
pub fn urgency(urgency: crate::core::map::Urgency, lang: Lang) -> String {
    t!(lang, &format!("kaart-urgentie-{}", urgency.id()))
}
