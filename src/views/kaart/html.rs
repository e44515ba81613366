//! The routekaart as one HTML page for A4. It holds the text page's blocks
//! ([`crate::views::kaart::text::paragraphs`]): laid out as the text page is,
//! so paper and HTML show the same kaart, with each worry's name in bold and
//! each urgency framed as in the plan, heavier the more urgent, and each web
//! address of the map a link.

use super::{Kaart, text};
use crate::core::map::{Map, Urgency};
use crate::i18n::Lang;
use crate::render::html::{escape, link, page, urgency_class};
use crate::render::page::bare_url;
use std::collections::HashMap;
use std::fmt::Write as _;

/// The routekaart as a self-contained HTML file.
pub fn render(map: &Map, kaart: &Kaart) -> String {
    let plain = text::paragraphs(map, kaart);
    let mut lines = plain.lines().filter(|l| !l.trim().is_empty());
    let title = lines.next().unwrap_or_default();
    let addresses = web_addresses(map);
    let mut body = String::new();
    let _ = writeln!(body, "<header>\n<h1>{}</h1>", escape(title));
    if let Some(head) = lines.next() {
        let _ = writeln!(
            body,
            "<p class=\"identity\">{}</p>",
            linked(&badges(&escape(head), kaart.lang), &addresses)
        );
    }
    body.push_str("</header>\n<section class=\"kaart\">\n");
    for line in lines {
        let class = if line.starts_with(' ') {
            "worry topic"
        } else {
            "worry"
        };
        let _ = writeln!(
            body,
            "<p class=\"{class}\">{}</p>",
            linked(&marked(line.trim(), kaart.lang), &addresses)
        );
    }
    body.push_str("</section>\n");
    page(title, &body, kaart.lang)
}

/// The map's web addresses as the kaart prints them (escaped, without
/// `https://`: [`bare_url`]), each with the address it stands for.
fn web_addresses(map: &Map) -> HashMap<String, String> {
    map.organisations
        .iter()
        .filter_map(|org| org.website.as_deref())
        .map(|website| (escape(&bare_url(website.trim())), website.to_string()))
        .collect()
}

/// `html` with each word that is one of the map's web addresses as a link to
/// it (a word may end in ";", "," or "."). Text the map did not give as an
/// address stays text, so nothing that merely looks like one is linked.
fn linked(html: &str, addresses: &HashMap<String, String>) -> String {
    html.split(' ')
        .map(|word| {
            let bare = word.trim_end_matches([';', ',', '.']);
            match addresses.get(bare) {
                Some(address) => format!("{}{}", link(address), &word[bare.len()..]),
                None => word.to_string(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// A block escaped, with the name of each of its parts (the words before the
/// first ": " or " — ", parts separated by " | ") in bold, and its urgencies
/// framed.
fn marked(block: &str, lang: Lang) -> String {
    let parts: Vec<String> = block
        .split(" | ")
        .map(|part| {
            let cut = [part.find(" — "), part.find(": ")]
                .into_iter()
                .flatten()
                .min();
            match cut {
                Some(at) => {
                    let (name, rest) = part.split_at(at);
                    format!("<b>{}</b>{}", escape(name), badges(&escape(rest), lang))
                }
                None => badges(&escape(part), lang),
            }
        })
        .collect();
    parts.join(" | ")
}

/// Escaped text with each urgency after a "·" ("· vandaag;") framed: the
/// word as the text page has it, ended by the text, a punctuation mark, or a
/// next "·" or "|".
fn badges(html: &str, lang: Lang) -> String {
    let mut out = html.to_string();
    for urgency in [Urgency::Acuut, Urgency::Vandaag, Urgency::DezeWeek] {
        let word = escape(&text::urgency(urgency, lang));
        let plain = format!("· {word}");
        let framed = format!(
            "·\u{a0}<span class=\"urgency {}\">{word}</span>",
            urgency_class(urgency)
        );
        let mut result = String::new();
        let mut rest = out.as_str();
        while let Some(at) = rest.find(&plain) {
            let after = &rest[at + plain.len()..];
            let ends = after.is_empty()
                || after.starts_with([';', ',', '.'])
                || after.starts_with(" ·")
                || after.starts_with(" |");
            result.push_str(&rest[..at]);
            result.push_str(if ends { &framed } else { &plain });
            rest = after;
        }
        result.push_str(rest);
        out = result;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_maps_web_addresses_are_links_and_nothing_else_is() {
        let addresses = HashMap::from([
            (
                "a.example/jeugd".to_string(),
                "https://a.example/jeugd/".to_string(),
            ),
            ("b.example".to_string(), "http://b.example".to_string()),
        ]);
        assert_eq!(
            linked(
                "Jeugd → Team a.example/jeugd; ook b.example. Niet c.example of a.example",
                &addresses
            ),
            "Jeugd → Team <a href=\"https://a.example/jeugd/\">a.example/jeugd</a>; ook \
             <a href=\"http://b.example\">b.example</a>. Niet c.example of a.example"
        );
    }

    #[test]
    fn names_are_bold_and_urgencies_framed_and_map_text_escaped() {
        let html = marked(
            "Pesten <b>: Aanspreekpunt · deze week | Armoede: Gemeente · vandaag nog",
            Lang::Nl,
        );
        assert_eq!(
            html,
            "<b>Pesten &lt;b&gt;</b>: Aanspreekpunt ·\u{a0}<span class=\"urgency u-deze-week\">deze week</span> | <b>Armoede</b>: Gemeente · vandaag nog"
        );
    }
}
