//! From a map to a [`Document`]: which section describes each question and
//! advice in full, the numbers of questions, advices and organisations, and the
//! sources in the order the document first cites them.

use super::document::{Block, Document, Item, Section};
use super::guide::reading_guide;
use super::outline::{Directory, Group, Outline, SIGNALS, START, UNREACHABLE};
use super::words::or_list;
use crate::core::date::Date;
use crate::core::map::{GemeenteKind, Map, Node, QuestionKind};
use crate::i18n::pick;
use crate::render::map_info;
use crate::tr;
use std::collections::HashMap;

/// Builds the whole document.
pub(super) fn document(map: &Map, today: Date) -> Document {
    let outline = Outline::new(map);
    let directory = Directory::new(map);
    let mut builder = Builder {
        map,
        outline: &outline,
        directory: &directory,
        incoming: incoming(map),
        sources: Vec::new(),
    };
    // Built in the order the sources are first cited; printed in chapter order.
    let start = builder.start_chapter();
    let signals = builder.signals_chapter();
    let directory_chapter = builder.directory_chapter();
    let unreachable = builder.unreachable_chapter();
    let sources = builder.sources_chapter();
    let mut sections = vec![
        reading_guide(map, &outline, &directory),
        start,
        signals,
        directory_chapter,
        sources,
    ];
    sections.extend(unreachable);
    Document {
        title: pick(
            "De hele routekaart: vragen, adviezen, adressen en bronnen",
            "The whole map: questions, advice, addresses and sources",
        )
        .into(),
        name: map.meta.naam.clone(),
        identity: identity(map, today),
        sections,
    }
}

/// The map's identity and the print date.
pub(super) fn identity(map: &Map, today: Date) -> Vec<(String, String)> {
    let info = map_info(map);
    let mut version = info.versie;
    if let Some(datum) = &info.datum {
        let datum = Date::parse(datum).map_or(datum.clone(), |d| d.to_string());
        version.push_str(&tr!(" van {datum}", " of {datum}"));
    }
    let mut fields = vec![
        (pick("Regio", "Region").to_string(), info.regio),
        (pick("Versie", "Version").to_string(), version),
    ];
    if !info.controlegetal.is_empty() {
        fields.push((pick("Controlegetal", "Checksum").into(), info.controlegetal));
    }
    fields.push((pick("Afgedrukt op", "Printed on").into(), today.to_string()));
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
pub(super) fn answers(map: &Map, q: usize) -> Vec<AnswerWay<'_>> {
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
                let label = if o.label.is_empty() {
                    o.value.clone()
                } else {
                    o.label.clone()
                };
                way(label, o.uitleg.as_deref(), o.next.as_slice())
            })
            .collect(),
        QuestionKind::Number { ranges, unit, .. } => ranges
            .iter()
            .map(|r| {
                let mut label = if r.from == r.to {
                    r.from.to_string()
                } else {
                    let (from, to) = (r.from, r.to);
                    tr!("{from} tot en met {to}", "{from} to {to}")
                };
                if let Some(unit) = unit {
                    label.push_str(&format!(" {unit}"));
                }
                way(label, None, r.next.as_slice())
            })
            .collect(),
        QuestionKind::YesNo { yes, no } => vec![
            way(pick("Ja", "Yes").into(), None, yes.as_slice()),
            way(pick("Nee", "No").into(), None, no.as_slice()),
        ],
        QuestionKind::Gemeente { kind, next } => {
            let mut names: Vec<String> = map.gemeenten.iter().map(|g| g.naam.clone()).collect();
            if *kind == GemeenteKind::Woongemeente {
                names.push(
                    pick(
                        "een gemeente buiten deze kaart",
                        "a municipality outside this map",
                    )
                    .into(),
                );
            }
            let label = if names.is_empty() {
                pick("Elk antwoord", "Any answer").to_string()
            } else {
                let names = or_list(&names);
                tr!("Elk antwoord: {names}", "Any answer: {names}")
            };
            vec![way(label, None, next.as_slice())]
        }
    }
}

/// Per node, the questions that lead there and with which answer (`None`: any
/// answer, as for a gemeente question).
pub(super) fn incoming(map: &Map) -> HashMap<Node, Vec<(usize, Option<String>)>> {
    let mut incoming: HashMap<Node, Vec<(usize, Option<String>)>> = HashMap::new();
    for q in 0..map.questions.len() {
        let any = matches!(map.questions[q].kind, QuestionKind::Gemeente { .. });
        for answer in answers(map, q) {
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
    pub(super) outline: &'a Outline,
    pub(super) directory: &'a Directory,
    pub(super) incoming: HashMap<Node, Vec<(usize, Option<String>)>>,
    pub(super) sources: Vec<Source>,
}

impl Builder<'_> {
    /// "vraag 3.2.1: Hoe oud …?" or "advies 3.2.4: Meld het verzuim".
    pub(super) fn reference(&self, node: Node) -> String {
        let number = &self.outline.numbers[&node];
        match node {
            Node::Question(q) => {
                let tekst = &self.map.questions[q].tekst;
                tr!("vraag {number}: {tekst}", "question {number}: {tekst}")
            }
            Node::Advice(a) => {
                let titel = &self.map.advices[a].titel;
                tr!("advies {number}: {titel}", "advice {number}: {titel}")
            }
        }
    }

    /// Where an answer leads, one line per target walked in turn.
    pub(super) fn arrows(&self, targets: &[Node]) -> Vec<String> {
        targets
            .iter()
            .enumerate()
            .map(|(i, node)| {
                let then = if i == 0 { "" } else { pick("daarna ", "then ") };
                format!("→ {then}{}", self.reference(*node))
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
            label: Some(pick("Bronnen", "Sources").into()),
            numbered: false,
            items,
        })
    }

    pub(super) fn start_chapter(&mut self) -> Section {
        let mut body = vec![Block::Text(
            pick(
                "Elke route begint met deze vragen. De gemeenten veranderen de route niet: zij \
                 bepalen wie de rollen vervult (hoofdstuk 4).",
                "Every route begins with these questions. The municipalities do not change the \
                 route: they decide who fills the roles (chapter 4).",
            )
            .into(),
        )];
        if let Some(q) = self.outline.signal {
            let number = &self.outline.numbers[&Node::Question(q)];
            body.push(Block::Text(tr!(
                "Daarna kiest de school bij vraag {number} de zorg: het signaal. Hoofdstuk \
                 {SIGNALS} volgt elk signaal apart.",
                "Then the school chooses the worry at question {number}: the signal. Chapter \
                 {SIGNALS} follows each signal on its own."
            )));
        }
        Section {
            number: START.into(),
            title: pick("De eerste vragen", "The first questions").into(),
            entry: false,
            body,
            children: self.entries(&self.outline.start),
        }
    }

    pub(super) fn signals_chapter(&mut self) -> Section {
        let mut chapter = Section {
            number: SIGNALS.into(),
            title: pick(
                "Per signaal: vragen en adviezen",
                "Per signal: questions and advice",
            )
            .into(),
            entry: false,
            body: Vec::new(),
            children: Vec::new(),
        };
        let Some(q) = self.outline.signal else {
            chapter.body.push(Block::Text(tr!(
                "Deze kaart heeft geen signaalvraag: alle vragen en adviezen staan in \
                 hoofdstuk {START}.",
                "This map has no signal question: every question and advice is in \
                 chapter {START}."
            )));
            return chapter;
        };
        let question = &self.map.questions[q];
        let options = match &question.kind {
            QuestionKind::Choice(options) | QuestionKind::MultiChoice(options) => options,
            _ => return chapter,
        };
        let (number, tekst) = (&self.outline.numbers[&Node::Question(q)], &question.tekst);
        let mut intro = tr!(
            "Elk antwoord op vraag {number} (\u{201c}{tekst}\u{201d}) heeft hier een eigen \
             paragraaf: eerst de vragen van die route, dan de adviezen.",
            "Each answer to question {number} (\u{201c}{tekst}\u{201d}) has a section of its \
             own here: first the questions of that route, then the advice."
        );
        if matches!(question.kind, QuestionKind::MultiChoice(_)) {
            intro.push_str(pick(
                " Kiest de school meer signalen, dan volgt de routekaart ze allemaal en \
                 komen de adviezen samen in één plan.",
                " If the school chooses more signals, the map follows each of them and \
                 their advice comes together in one plan.",
            ));
        }
        intro.push_str(pick(
            " Een vraag of advies op de route van meer signalen staat voluit bij het \
             signaal waar het het dichtst bij ligt (bij gelijke afstand het eerste); de \
             andere signalen noemen het met zijn nummer.",
            " A question or advice on the route of several signals is given in full under \
             the signal it is closest to (the first, on a tie); the other signals name it \
             by its number.",
        ));
        chapter.body.push(Block::Text(intro));
        for (option, group) in options.iter().zip(&self.outline.signals) {
            let mut body = vec![Block::Fields(vec![("Code".into(), option.value.clone())])];
            if let Some(uitleg) = &option.uitleg {
                body.push(Block::Text(uitleg.clone()));
            }
            body.push(Block::List {
                label: Some(pick("Begint bij", "Starts at").into()),
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
                .map(|node| {
                    let reference = self.reference(*node);
                    Item::new(tr!("zie {reference}", "see {reference}"))
                })
                .collect();
            if !elsewhere.is_empty() {
                body.push(Block::List {
                    label: Some(
                        pick(
                            "Ook op deze route, elders beschreven",
                            "Also on this route, described elsewhere",
                        )
                        .into(),
                    ),
                    numbered: false,
                    items: elsewhere,
                });
            }
            let title = if option.label.is_empty() {
                option.value.clone()
            } else {
                option.label.clone()
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
            title: pick(
                "Niet bereikbaar vanaf de eerste vraag",
                "Not reachable from the first question",
            )
            .into(),
            entry: false,
            body: vec![Block::Text(
                pick(
                    "Geen route komt bij deze vragen en adviezen; `routekaart check` meldt ze. \
                     Ze staan hier zodat de afdruk de hele kaart bevat.",
                    "No route reaches these questions and advice; `routekaart check` reports \
                     them. They are here so that the printout holds the whole map.",
                )
                .into(),
            )],
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
                let number = &self.outline.numbers[&Node::Question(*q)];
                let quoted: Option<Vec<String>> = labels
                    .iter()
                    .map(|label| label.as_ref().map(|l| format!("\u{201c}{l}\u{201d}")))
                    .collect();
                match quoted {
                    Some(quoted) => {
                        let quoted = or_list(&quoted);
                        tr!(
                            "vraag {number}, antwoord {quoted}",
                            "question {number}, answer {quoted}"
                        )
                    }
                    None => tr!(
                        "vraag {number}, elk antwoord",
                        "question {number}, any answer"
                    ),
                }
            })
            .collect();
        Some((pick("Komt van", "Comes from").into(), words.join("; ")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::compile::from_sources;
    use crate::core::source::SourceFile;
    use crate::views::export::outline::SOURCES;

    fn shipped() -> Map {
        from_sources(&crate::core::embedded::files()).expect("the shipped map loads")
    }

    fn klein() -> Map {
        let file = |name: &str, text: &str| SourceFile::new(format!("klein/{name}"), text);
        from_sources(&[
            file(
                "routekaart.yaml",
                include_str!("../../../tests/fixtures/klein/routekaart.yaml"),
            ),
            file(
                "organisaties.yaml",
                include_str!("../../../tests/fixtures/klein/organisaties.yaml"),
            ),
            file(
                "gemeenten.yaml",
                include_str!("../../../tests/fixtures/klein/gemeenten.yaml"),
            ),
            file(
                "vragen.yaml",
                include_str!("../../../tests/fixtures/klein/vragen.yaml"),
            ),
            file(
                "adviezen.yaml",
                include_str!("../../../tests/fixtures/klein/adviezen.yaml"),
            ),
        ])
        .expect("the fixture map loads")
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
            assert!(outline.unreachable.own.is_empty(), "{}", map.meta.naam);
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
        let document = document(&map, Date::parse("2026-11-23").unwrap());
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
