//! From a map to a [`Document`]: which section describes each question and
//! advice in full, the numbers of questions, advices and organisations, and the
//! sources in the order the document first cites them.

use super::document::{Block, Document, Item, Section};
use super::guide::reading_guide;
use super::outline::{Directory, Group, Outline, SIGNALS, START, UNREACHABLE};
use super::words::or_list;
use crate::core::date::Date;
use crate::core::map::{GemeenteKind, InLang, Map, Node, QuestionKind};
use crate::i18n::Lang;
use crate::render::map_info;
use crate::t;
use std::collections::HashMap;

/// Builds the whole document.
pub(super) fn document(map: &Map, today: Date, lang: Lang) -> Document {
    let outline = Outline::new(map);
    let directory = Directory::new(map);
    let mut builder = Builder {
        map,
        lang,
        outline: &outline,
        directory: &directory,
        incoming: incoming(map, lang),
        sources: Vec::new(),
    };
    // Built in the order the sources are first cited; printed in chapter order.
    let start = builder.start_chapter();
    let signals = builder.signals_chapter();
    let directory_chapter = builder.directory_chapter();
    let unreachable = builder.unreachable_chapter();
    let sources = builder.sources_chapter();
    let mut sections = vec![
        reading_guide(map, &outline, &directory, lang),
        start,
        signals,
        directory_chapter,
        sources,
    ];
    sections.extend(unreachable);
    Document {
        title: t!(lang, "export-titel"),
        contents: t!(lang, "export-inhoud"),
        name: map.meta.naam.in_lang(lang),
        identity: identity(map, today, lang),
        sections,
    }
}

/// The map's identity and the print date.
pub(super) fn identity(map: &Map, today: Date, lang: Lang) -> Vec<(String, String)> {
    let info = map_info(map);
    let version = match &info.datum {
        Some(datum) => {
            let datum = Date::parse(datum).map_or(datum.clone(), |d| d.words(lang));
            t!(
                lang,
                "export-versie-van",
                versie = info.versie.as_str(),
                datum = datum
            )
        }
        None => info.versie,
    };
    let mut fields = vec![
        (t!(lang, "export-regio"), info.regio),
        (t!(lang, "export-versie"), version),
    ];
    if !info.controlegetal.is_empty() {
        fields.push((t!(lang, "export-controlegetal"), info.controlegetal));
    }
    fields.push((t!(lang, "export-afgedrukt-op"), today.words(lang)));
    fields
}

/// One way of answering a question, in words, and where it leads.
pub(super) struct AnswerWay<'a> {
    pub(super) label: String,
    pub(super) uitleg: Option<&'a str>,
    pub(super) targets: &'a [Node],
}

/// The ways of answering question `q`: each option, each range, ja and nee, or
/// one for every gemeente.
pub(super) fn answers(map: &Map, q: usize, lang: Lang) -> Vec<AnswerWay<'_>> {
    pub(super) fn way<'a>(
        label: String,
        uitleg: Option<&'a str>,
        targets: &'a [Node],
    ) -> AnswerWay<'a> {
        AnswerWay {
            label,
            uitleg,
            targets,
        }
    }
    match &map.questions[q].kind {
        QuestionKind::Choice(options) | QuestionKind::MultiChoice(options) => options
            .iter()
            .map(|o| {
                let label = if o.label.get(lang).is_empty() {
                    o.value.clone()
                } else {
                    o.label.in_lang(lang)
                };
                way(
                    label,
                    o.uitleg.as_ref().map(|u| u.get(lang)),
                    o.next.as_slice(),
                )
            })
            .collect(),
        QuestionKind::Number { ranges, unit, .. } => ranges
            .iter()
            .map(|r| {
                let mut label = if r.from == r.to {
                    r.from.to_string()
                } else {
                    t!(
                        lang,
                        "export-van-tot-en-met",
                        van = r.from.to_string(),
                        tot = r.to.to_string()
                    )
                };
                if let Some(unit) = unit {
                    label.push_str(&format!(" {}", unit.get(lang)));
                }
                way(label, None, r.next.as_slice())
            })
            .collect(),
        QuestionKind::YesNo { yes, no } => vec![
            way(t!(lang, "export-ja"), None, yes.as_slice()),
            way(t!(lang, "export-nee"), None, no.as_slice()),
        ],
        QuestionKind::Gemeente { kind, next } => {
            let mut names: Vec<String> = map.gemeenten.iter().map(|g| g.naam.clone()).collect();
            if *kind == GemeenteKind::Woongemeente {
                names.push(t!(lang, "export-gemeente-buiten-de-kaart"));
            }
            let label = if names.is_empty() {
                t!(lang, "export-elk-antwoord")
            } else {
                let names = or_list(&names, lang);
                t!(lang, "export-elk-antwoord-van", gemeenten = names)
            };
            vec![way(label, None, next.as_slice())]
        }
    }
}

/// Per node, the questions that lead there and with which answer (`None`: any
/// answer, as for a gemeente question).
pub(super) fn incoming(map: &Map, lang: Lang) -> HashMap<Node, Vec<(usize, Option<String>)>> {
    let mut incoming: HashMap<Node, Vec<(usize, Option<String>)>> = HashMap::new();
    for q in 0..map.questions.len() {
        let any = matches!(map.questions[q].kind, QuestionKind::Gemeente { .. });
        for answer in answers(map, q, lang) {
            let label = (!any).then(|| answer.label.clone());
            for node in answer.targets {
                incoming.entry(*node).or_default().push((q, label.clone()));
            }
        }
    }
    incoming
}

/// One distinct source and what cites it.
pub(super) struct Source {
    pub(super) text: String,
    pub(super) cited_by: Vec<String>,
}

/// Builds the chapters, numbering the sources as they are cited.
pub(super) struct Builder<'a> {
    pub(super) map: &'a Map,
    /// The language of the tool's own words.
    pub(super) lang: Lang,
    pub(super) outline: &'a Outline,
    pub(super) directory: &'a Directory,
    pub(super) incoming: HashMap<Node, Vec<(usize, Option<String>)>>,
    pub(super) sources: Vec<Source>,
}

impl Builder<'_> {
    /// "vraag 3.2.1: Hoe oud …?" or "advies 3.2.4: Meld het verzuim".
    pub(super) fn reference(&self, node: Node) -> String {
        let number = self.outline.numbers[&node].as_str();
        match node {
            Node::Question(q) => {
                let tekst = self.map.questions[q].tekst.get(self.lang);
                t!(
                    self.lang,
                    "export-naar-vraag",
                    nummer = number,
                    tekst = tekst
                )
            }
            Node::Advice(a) => {
                let titel = self.map.advices[a].titel.get(self.lang);
                t!(
                    self.lang,
                    "export-naar-advies",
                    nummer = number,
                    titel = titel
                )
            }
        }
    }

    /// Where an answer leads, one line per target walked in turn.
    pub(super) fn arrows(&self, targets: &[Node]) -> Vec<String> {
        targets
            .iter()
            .enumerate()
            .map(|(i, node)| {
                let id = if i == 0 {
                    "export-pijl"
                } else {
                    "export-pijl-daarna"
                };
                t!(self.lang, id, naar = self.reference(*node))
            })
            .collect()
    }

    /// The source's number, citing it for `by`.
    pub(super) fn cite(&mut self, text: &str, by: &str) -> usize {
        let text = text.trim();
        let at = match self.sources.iter().position(|s| s.text == text) {
            Some(at) => at,
            None => {
                self.sources.push(Source {
                    text: text.to_string(),
                    cited_by: Vec::new(),
                });
                self.sources.len() - 1
            }
        };
        let cited_by = &mut self.sources[at].cited_by;
        if !cited_by.iter().any(|c| c == by) {
            cited_by.push(by.to_string());
        }
        at + 1
    }

    /// A list of sources, each with its number in chapter 5.
    pub(super) fn source_list(&mut self, bronnen: &[String], by: &str) -> Option<Block> {
        if bronnen.is_empty() {
            return None;
        }
        let items = bronnen
            .iter()
            .map(|b| Item::new(format!("[{}] {}", self.cite(b, by), b.trim())))
            .collect();
        Some(Block::List {
            label: Some(t!(self.lang, "export-bronnen")),
            numbered: false,
            items,
        })
    }

    pub(super) fn start_chapter(&mut self) -> Section {
        let lang = self.lang;
        let mut body = vec![Block::Text(t!(lang, "export-start-uitleg"))];
        if let Some(q) = self.outline.signal {
            let number = self.outline.numbers[&Node::Question(q)].as_str();
            body.push(Block::Text(t!(
                lang,
                "export-start-signaal",
                vraag = number,
                hoofdstuk = SIGNALS
            )));
        }
        Section {
            number: START.into(),
            title: t!(lang, "export-start-titel"),
            entry: false,
            body,
            children: self.entries(&self.outline.start),
        }
    }

    pub(super) fn signals_chapter(&mut self) -> Section {
        let lang = self.lang;
        let mut chapter = Section {
            number: SIGNALS.into(),
            title: t!(lang, "export-signalen-titel"),
            entry: false,
            body: Vec::new(),
            children: Vec::new(),
        };
        let Some(q) = self.outline.signal else {
            chapter.body.push(Block::Text(t!(
                lang,
                "export-geen-signaalvraag",
                hoofdstuk = START
            )));
            return chapter;
        };
        let question = &self.map.questions[q];
        let options = match &question.kind {
            QuestionKind::Choice(options) | QuestionKind::MultiChoice(options) => options,
            _ => return chapter,
        };
        let (number, tekst) = (
            self.outline.numbers[&Node::Question(q)].as_str(),
            question.tekst.get(lang),
        );
        let mut intro = t!(
            lang,
            "export-signalen-uitleg",
            vraag = number,
            tekst = tekst
        );
        if matches!(question.kind, QuestionKind::MultiChoice(_)) {
            intro.push(' ');
            intro.push_str(&t!(lang, "export-signalen-meer"));
        }
        intro.push(' ');
        intro.push_str(&t!(lang, "export-signalen-gedeeld"));
        chapter.body.push(Block::Text(intro));
        for (option, group) in options.iter().zip(&self.outline.signals) {
            let mut body = vec![Block::Fields(vec![(
                t!(lang, "export-code"),
                option.value.clone(),
            )])];
            if let Some(uitleg) = &option.uitleg {
                body.push(Block::Text(uitleg.in_lang(lang)));
            }
            body.push(Block::List {
                label: Some(t!(lang, "export-begint-bij")),
                numbered: false,
                items: option
                    .next
                    .iter()
                    .map(|node| Item::new(self.reference(*node)))
                    .collect(),
            });
            // What the route starts with is named just above.
            let elsewhere: Vec<Item> = group
                .elsewhere
                .iter()
                .filter(|node| !option.next.contains(node))
                .map(|node| Item::new(t!(lang, "export-zie", naar = self.reference(*node))))
                .collect();
            if !elsewhere.is_empty() {
                body.push(Block::List {
                    label: Some(t!(lang, "export-ook-op-deze-route")),
                    numbered: false,
                    items: elsewhere,
                });
            }
            let title = if option.label.get(lang).is_empty() {
                option.value.clone()
            } else {
                option.label.in_lang(lang)
            };
            chapter.children.push(Section {
                number: group.number.clone(),
                title,
                entry: false,
                body,
                children: self.entries(group),
            });
        }
        chapter
    }

    pub(super) fn unreachable_chapter(&mut self) -> Option<Section> {
        let group = &self.outline.unreachable;
        if group.own.is_empty() {
            return None;
        }
        Some(Section {
            number: UNREACHABLE.into(),
            title: t!(self.lang, "export-onbereikbaar-titel"),
            entry: false,
            body: vec![Block::Text(t!(self.lang, "export-onbereikbaar-uitleg"))],
            children: self.entries(group),
        })
    }

    /// The entries a group describes in full.
    pub(super) fn entries(&mut self, group: &Group) -> Vec<Section> {
        group
            .own
            .iter()
            .map(|node| match *node {
                Node::Question(q) => self.question(q),
                Node::Advice(a) => self.advice(a),
            })
            .collect()
    }

    /// "Komt van: vraag 2.1, elk antwoord; vraag 3.1.1, antwoord “Ja” of “Nee”".
    pub(super) fn comes_from(&self, node: Node) -> Option<(String, String)> {
        let mut from: Vec<(usize, Vec<&Option<String>>)> = Vec::new();
        for (q, label) in self.incoming.get(&node)? {
            match from.iter_mut().find(|(p, _)| p == q) {
                Some((_, labels)) => labels.push(label),
                None => from.push((*q, vec![label])),
            }
        }
        from.sort_by_key(|(q, _)| self.outline.position[&Node::Question(*q)]);
        let words: Vec<String> = from
            .iter()
            .map(|(q, labels)| {
                let number = self.outline.numbers[&Node::Question(*q)].as_str();
                let quoted: Option<Vec<String>> = labels
                    .iter()
                    .map(|label| label.as_ref().map(|l| format!("\u{201c}{l}\u{201d}")))
                    .collect();
                match quoted {
                    Some(quoted) => t!(
                        self.lang,
                        "export-komt-van-antwoord",
                        vraag = number,
                        antwoorden = or_list(&quoted, self.lang)
                    ),
                    None => t!(self.lang, "export-komt-van-elk-antwoord", vraag = number),
                }
            })
            .collect();
        Some((t!(self.lang, "export-komt-van"), words.join("; ")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::compile::from_sources;
    use crate::views::export::outline::SOURCES;

    fn shipped() -> Map {
        from_sources(&crate::core::embedded::files()).expect("the shipped map loads")
    }

    fn klein() -> Map {
        crate::core::klein::map()
    }

    #[test]
    fn every_question_and_advice_is_described_once() {
        for map in [shipped(), klein()] {
            let outline = Outline::new(&map);
            let groups = std::iter::once(&outline.start)
                .chain(&outline.signals)
                .chain([&outline.unreachable]);
            let mut described: Vec<Node> = groups.flat_map(|g| g.own.clone()).collect();
            assert_eq!(described.len(), map.questions.len() + map.advices.len());
            described.sort();
            described.dedup();
            assert_eq!(described.len(), map.questions.len() + map.advices.len());
            assert!(outline.unreachable.own.is_empty(), "{}", map.meta.naam.nl);
        }
    }

    #[test]
    fn a_shared_advice_belongs_to_the_nearest_signal() {
        // `advies-hulp` is one answer away from "gevaar" and "uren", and the
        // very first step of "hulp": it is described under "hulp" (3.3).
        let map = klein();
        let outline = Outline::new(&map);
        let hulp = map.node("advies-hulp").unwrap();
        assert_eq!(outline.numbers[&hulp], "3.3.1");
        assert!(outline.signals[0].elsewhere.contains(&hulp));
        assert!(outline.signals[1].elsewhere.contains(&hulp));
    }

    #[test]
    fn sources_are_numbered_once_in_the_order_first_cited() {
        let map = shipped();
        let document = document(&map, Date::parse("2026-11-23").unwrap(), Lang::Nl);
        let chapter = document
            .sections
            .iter()
            .find(|s| s.number == SOURCES)
            .unwrap();
        let Some(Block::List { items, .. }) = chapter.body.last() else {
            panic!("the sources are a list");
        };
        let texts: Vec<&str> = items.iter().map(|i| i.text.as_str()).collect();
        for (n, text) in texts.iter().enumerate() {
            assert!(text.starts_with(&format!("[{}] ", n + 1)), "{text}");
        }
        let mut distinct: Vec<&str> = texts
            .iter()
            .map(|t| t.split_once("] ").unwrap().1)
            .collect();
        distinct.sort_unstable();
        distinct.dedup();
        assert_eq!(distinct.len(), texts.len());
        assert!(
            items.iter().all(|i| !i.lines.is_empty()),
            "each says who cites it"
        );
    }
}
