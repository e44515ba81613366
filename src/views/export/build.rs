//! From a map to a [`Document`]: which section describes each question and
//! advice in full, the numbers of questions, advices and organisations, and the
//! sources in the order the document first cites them.

use super::document::{Block, Document, Item, Section};
use crate::core::date::Date;
use crate::core::map::Urgency;
use crate::core::map::{
    ContactTarget, GemeenteKind, Map, Node, Organisation, QuestionKind, RoleSource,
};
use crate::i18n::pick;
use crate::render::{map_info, urgency_words};
use crate::tr;
use std::collections::HashMap;

/// The chapters' numbers.
const START: &str = "2";
const SIGNALS: &str = "3";
const DIRECTORY: &str = "4";
const SOURCES: &str = "5";
const UNREACHABLE: &str = "6";

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
fn identity(map: &Map, today: Date) -> Vec<(String, String)> {
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

/// Every node reachable from `from`, each once, depth first in the map's order,
/// without walking on past `stop` (which is included).
fn walk(map: &Map, from: &[Node], stop: Option<usize>) -> Vec<Node> {
    let mut order: Vec<Node> = Vec::new();
    let mut stack: Vec<Node> = from.iter().rev().copied().collect();
    while let Some(node) = stack.pop() {
        if order.contains(&node) {
            continue;
        }
        order.push(node);
        match node {
            Node::Question(q) if Some(q) != stop => stack.extend(
                crate::core::map::successors(&map.questions[q])
                    .into_iter()
                    .rev(),
            ),
            _ => {}
        }
    }
    order
}

/// `nodes` with every question that others take their answer from (`antwoord_van`)
/// moved to just before the first of those, so the question is described before
/// the ones that refer to it.
fn originals_first(map: &Map, nodes: Vec<Node>) -> Vec<Node> {
    let mut order: Vec<Node> = Vec::with_capacity(nodes.len());
    for node in &nodes {
        if let Node::Question(q) = node
            && let Some(p) = map.questions[*q].answer_of
        {
            let original = Node::Question(p);
            if nodes.contains(&original) && !order.contains(&original) {
                order.push(original);
            }
        }
        if !order.contains(node) {
            order.push(*node);
        }
    }
    order
}

/// How many answers away from `from` each reachable node is (`from` itself: 0).
fn distances(map: &Map, from: &[Node]) -> HashMap<Node, usize> {
    let mut distance: HashMap<Node, usize> = from.iter().map(|node| (*node, 0)).collect();
    let mut queue: std::collections::VecDeque<Node> = from.iter().copied().collect();
    while let Some(node) = queue.pop_front() {
        let Node::Question(q) = node else { continue };
        let next = distance[&node] + 1;
        for successor in crate::core::map::successors(&map.questions[q]) {
            if let std::collections::hash_map::Entry::Vacant(slot) = distance.entry(successor) {
                slot.insert(next);
                queue.push_back(successor);
            }
        }
    }
    distance
}

/// The questions and advices one section describes.
struct Group {
    /// "2", "3.4" or "6": its entries are numbered "3.4.1", "3.4.2", …
    number: String,
    /// Described here in full: the questions in route order, then the advices.
    own: Vec<Node>,
    /// On this route too, but described in another section.
    elsewhere: Vec<Node>,
}

/// Where each question and advice is described in full, and its number.
struct Outline {
    signal: Option<usize>,
    start: Group,
    /// One per option of the signal question.
    signals: Vec<Group>,
    /// Nodes no route reaches (a map `check` accepts has none).
    unreachable: Group,
    numbers: HashMap<Node, String>,
    /// Each node's place in the document, to list references in reading order.
    position: HashMap<Node, usize>,
}

impl Outline {
    fn new(map: &Map) -> Outline {
        let claim_order = |nodes: Vec<Node>| originals_first(map, nodes);
        let signal = map.signal_question();
        let mut outline = Outline {
            signal,
            start: Group::empty(START),
            signals: Vec::new(),
            unreachable: Group::empty(UNREACHABLE),
            numbers: HashMap::new(),
            position: HashMap::new(),
        };
        let start = walk(map, &[Node::Question(map.start)], signal);
        outline.start = outline.claim(START.into(), &claim_order(start));
        if let Some(q) = signal {
            let options = match &map.questions[q].kind {
                QuestionKind::Choice(options) | QuestionKind::MultiChoice(options) => {
                    options.as_slice()
                }
                _ => &[],
            };
            // A node shared by signals belongs to the nearest (the first, on a tie),
            // so each signal's section starts with its own first question.
            let distances: Vec<HashMap<Node, usize>> =
                options.iter().map(|o| distances(map, &o.next)).collect();
            let nearest = |node: &Node| {
                (0..options.len()).min_by_key(|&i| distances[i].get(node).unwrap_or(&usize::MAX))
            };
            for (i, option) in options.iter().enumerate() {
                let nodes = map.reachable(&option.next);
                let (mine, others): (Vec<Node>, Vec<Node>) =
                    nodes.into_iter().partition(|node| nearest(node) == Some(i));
                let mine = claim_order(mine);
                let mut group = outline.claim(format!("{SIGNALS}.{}", i + 1), &mine);
                group.elsewhere.extend(others);
                outline.signals.push(group);
            }
        }
        let rest: Vec<Node> = (0..map.questions.len())
            .map(Node::Question)
            .chain((0..map.advices.len()).map(Node::Advice))
            .collect();
        outline.unreachable = outline.claim(UNREACHABLE.into(), &rest);
        outline
    }

    /// Claims for section `number` the nodes of `nodes` no earlier section has.
    fn claim(&mut self, number: String, nodes: &[Node]) -> Group {
        let (mut own, elsewhere): (Vec<Node>, Vec<Node>) = nodes
            .iter()
            .partition(|node| !self.numbers.contains_key(node));
        // Stable: questions keep their route order, and so do the advices.
        own.sort_by_key(|node| matches!(node, Node::Advice(_)));
        for (i, node) in own.iter().enumerate() {
            self.numbers.insert(*node, format!("{number}.{}", i + 1));
            let next = self.position.len();
            self.position.insert(*node, next);
        }
        Group {
            number,
            own,
            elsewhere,
        }
    }
}

impl Group {
    fn empty(number: &str) -> Group {
        Group {
            number: number.into(),
            own: Vec::new(),
            elsewhere: Vec::new(),
        }
    }
}

/// The numbers of chapter 4: a section per gemeente, one for the organisations
/// named whatever the gemeente, and one entry per organisation.
struct Directory {
    /// "4.2–4.6": the sections of the gemeenten, for references.
    gemeenten: String,
    /// The section of the organisations the same everywhere, if any.
    national: Option<String>,
    /// The section listing every organisation.
    all: String,
    /// "4.8.3" per organisation.
    numbers: Vec<String>,
}

impl Directory {
    fn new(map: &Map) -> Directory {
        let count = map.gemeenten.len();
        let gemeenten = match count {
            0 => DIRECTORY.to_string(),
            1 => format!("{DIRECTORY}.2"),
            n => format!("{DIRECTORY}.2–{DIRECTORY}.{}", n + 1),
        };
        let mut next = count + 2;
        let national = (!national_organisations(map).is_empty()).then(|| {
            next += 1;
            format!("{DIRECTORY}.{}", next - 1)
        });
        let all = format!("{DIRECTORY}.{next}");
        let numbers = (1..=map.organisations.len())
            .map(|n| format!("{all}.{n}"))
            .collect();
        Directory {
            gemeenten,
            national,
            all,
            numbers,
        }
    }
}

/// The organisations an advice names directly or a role names for a gemeente
/// outside the map, in the directory's order.
fn national_organisations(map: &Map) -> Vec<usize> {
    (0..map.organisations.len())
        .filter(|&o| !direct_advices(map, o).is_empty() || !outside_roles(map, o).is_empty())
        .collect()
}

/// The advices that name organisation `o` directly.
fn direct_advices(map: &Map, o: usize) -> Vec<usize> {
    (0..map.advices.len())
        .filter(|&a| {
            map.advices[a]
                .contacts
                .iter()
                .any(|c| c.target == ContactTarget::Organisation(o))
        })
        .collect()
}

/// The roles that name organisation `o` for a gemeente outside the map.
fn outside_roles(map: &Map, o: usize) -> Vec<usize> {
    (0..map.roles.len())
        .filter(|&r| map.roles[r].outside_map == Some(o))
        .collect()
}

/// One way of answering a question, in words, and where it leads.
struct AnswerWay<'a> {
    label: String,
    uitleg: Option<&'a str>,
    targets: &'a [Node],
}

/// The ways of answering question `q`: each option, each range, ja and nee, or
/// one for every gemeente.
fn answers(map: &Map, q: usize) -> Vec<AnswerWay<'_>> {
    fn way<'a>(label: String, uitleg: Option<&'a str>, targets: &'a [Node]) -> AnswerWay<'a> {
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
fn incoming(map: &Map) -> HashMap<Node, Vec<(usize, Option<String>)>> {
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
struct Source {
    text: String,
    cited_by: Vec<String>,
}

/// Builds the chapters, numbering the sources as they are cited.
struct Builder<'a> {
    map: &'a Map,
    outline: &'a Outline,
    directory: &'a Directory,
    incoming: HashMap<Node, Vec<(usize, Option<String>)>>,
    sources: Vec<Source>,
}

impl Builder<'_> {
    /// "vraag 3.2.1: Hoe oud …?" or "advies 3.2.4: Meld het verzuim".
    fn reference(&self, node: Node) -> String {
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
    fn arrows(&self, targets: &[Node]) -> Vec<String> {
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
    fn cite(&mut self, text: &str, by: &str) -> usize {
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
    fn source_list(&mut self, bronnen: &[String], by: &str) -> Option<Block> {
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

    fn start_chapter(&mut self) -> Section {
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

    fn signals_chapter(&mut self) -> Section {
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

    fn unreachable_chapter(&mut self) -> Option<Section> {
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
    fn entries(&mut self, group: &Group) -> Vec<Section> {
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
    fn comes_from(&self, node: Node) -> Option<(String, String)> {
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

    fn question(&mut self, q: usize) -> Section {
        let map = self.map;
        let question = &map.questions[q];
        let node = Node::Question(q);
        let number = self.outline.numbers[&node].clone();
        let mut body = Vec::new();
        let title = match question.answer_of {
            Some(p) => {
                let first = &self.outline.numbers[&Node::Question(p)];
                body.push(Block::Text(tr!(
                    "Deze vraag wordt niet opnieuw gesteld: de route gebruikt het antwoord op \
                     vraag {first}. Is die vraag nog niet beantwoord, dan wordt ze hier gesteld.",
                    "This question is not asked again: the route uses the answer to question \
                     {first}. If that question has not been answered yet, it is asked here."
                )));
                let tekst = &question.tekst;
                tr!(
                    "Vraag (zelfde antwoord als {first}): {tekst}",
                    "Question (same answer as {first}): {tekst}"
                )
            }
            None => {
                body.extend(question.uitleg.clone().map(Block::Text));
                let tekst = &question.tekst;
                tr!("Vraag: {tekst}", "Question: {tekst}")
            }
        };
        body.push(Block::Fields(vec![(
            pick("Soort", "Kind").to_string(),
            kind_words(&question.kind),
        )]));
        if let QuestionKind::Gemeente { kind, .. } = &question.kind {
            let source = match kind {
                GemeenteKind::Woongemeente => RoleSource::Woongemeente,
                GemeenteKind::Schoolgemeente => RoleSource::Schoolgemeente,
            };
            let roles: Vec<&str> = map
                .roles
                .iter()
                .filter(|r| r.bepaald_door == source)
                .map(|r| r.naam.as_str())
                .collect();
            if !roles.is_empty() {
                body.push(Block::List {
                    label: Some(
                        pick(
                            "Bepaalt wie deze rollen vervult",
                            "Decides who fills these roles",
                        )
                        .into(),
                    ),
                    numbered: false,
                    items: roles.into_iter().map(Item::new).collect(),
                });
            }
        }
        let items = answers(map, q)
            .into_iter()
            .map(|answer| Item {
                text: answer.label,
                lines: answer
                    .uitleg
                    .map(str::to_string)
                    .into_iter()
                    .chain(self.arrows(answer.targets))
                    .collect(),
            })
            .collect();
        body.push(Block::List {
            label: Some(pick("Antwoorden", "Answers").into()),
            numbered: false,
            items,
        });
        let mut fields = Vec::new();
        if q == map.start {
            fields.push((
                pick("Komt van", "Comes from").into(),
                pick(
                    "de eerste vraag van elke route",
                    "the first question of every route",
                )
                .into(),
            ));
        }
        fields.extend(self.comes_from(node));
        fields.push(("Code".into(), question.id.clone()));
        body.push(Block::Fields(fields));
        Section {
            number,
            title,
            entry: true,
            body,
            children: Vec::new(),
        }
    }

    fn advice(&mut self, a: usize) -> Section {
        let map = self.map;
        let advice = &map.advices[a];
        let node = Node::Advice(a);
        let number = self.outline.numbers[&node].clone();
        let mut fields = vec![(
            pick("Urgentie", "Urgency").to_string(),
            urgency_words(advice.urgency()).to_string(),
        )];
        if let Some(date) = &advice.geldig_tot {
            fields.push((pick("Geldig tot", "Valid until").into(), date_words(date)));
        }
        let mut body = vec![Block::Fields(fields)];
        body.extend(advice.uitleg.clone().map(Block::Text));
        body.push(Block::List {
            label: Some(pick("Contacten", "Contacts").into()),
            numbered: true,
            items: advice
                .contacts
                .iter()
                .map(|c| {
                    let (name, who) = self.whom(c.target);
                    let mut lines = vec![who];
                    lines.extend(c.waarom.as_ref().map(|w| tr!("Waarom: {w}", "Why: {w}")));
                    lines.extend(
                        c.termijn
                            .as_ref()
                            .map(|t| tr!("Termijn: {t}", "Deadline: {t}")),
                    );
                    Item {
                        text: format!("{name} — {}", urgency_words(c.urgency)),
                        lines,
                    }
                })
                .collect(),
        });
        for (label, items, numbered) in [
            (pick("Stappen", "Steps"), &advice.stappen, true),
            (pick("Voorbereiden", "Prepare"), &advice.voorbereiden, false),
            (pick("Grondslag", "Legal basis"), &advice.grondslag, false),
        ] {
            if !items.is_empty() {
                body.push(Block::List {
                    label: Some(label.into()),
                    numbered,
                    items: items.iter().map(|i| Item::new(i.clone())).collect(),
                });
            }
        }
        if !advice.milestones.is_empty() {
            body.push(Block::List {
                label: Some(pick("Data om op te letten", "Dates to watch").into()),
                numbered: false,
                items: advice
                    .milestones
                    .iter()
                    .map(|m| Item {
                        text: m.tekst.clone(),
                        lines: vec![{
                            let weeks = m.weeks;
                            let number = &self.outline.numbers[&Node::Question(m.question)];
                            tr!(
                                "Datum in het plan: {weeks} weken na het begin dat vraag \
                                 {number} opgeeft.",
                                "Date in the plan: {weeks} weeks after the start that question \
                                 {number} gives."
                            )
                        }],
                    })
                    .collect(),
            });
        }
        let titel = &advice.titel;
        let by = tr!("advies {number}: {titel}", "advice {number}: {titel}");
        body.extend(self.source_list(&advice.bronnen, &by));
        let mut fields: Vec<(String, String)> = self.comes_from(node).into_iter().collect();
        fields.push(("Code".into(), advice.id.clone()));
        body.push(Block::Fields(fields));
        Section {
            number,
            title: tr!("Advies: {titel}", "Advice: {titel}"),
            entry: true,
            body,
            children: Vec::new(),
        }
    }

    /// How an advice names a contact, and a line on who that is.
    fn whom(&self, target: ContactTarget) -> (String, String) {
        let map = self.map;
        match target {
            ContactTarget::Organisation(o) => {
                let org = &map.organisations[o];
                let mut who = pick(
                    "Dezelfde organisatie voor elke gemeente",
                    "The same organisation for every municipality",
                )
                .to_string();
                if let Some(telefoon) = &org.telefoon {
                    who.push_str(&tr!(", telefoon {telefoon}", ", phone {telefoon}"));
                }
                let number = &self.directory.numbers[o];
                who.push_str(&tr!("; zie {number}.", "; see {number}."));
                (org.naam.clone(), who)
            }
            ContactTarget::Role(r) => {
                let role = &map.roles[r];
                let gemeenten = &self.directory.gemeenten;
                let (mut who, outside) = match role.bepaald_door {
                    RoleSource::Woongemeente => (
                        tr!(
                            "Wie dit is, hangt af van de woongemeente van de leerling: zie \
                             {gemeenten}.",
                            "Who this is depends on the pupil's home municipality: see \
                             {gemeenten}."
                        ),
                        pick(
                            "Woont de leerling buiten deze kaart",
                            "If the pupil lives outside this map",
                        ),
                    ),
                    RoleSource::Schoolgemeente => (
                        tr!(
                            "Wie dit is, hangt af van de gemeente van de school: zie {gemeenten}.",
                            "Who this is depends on the school's municipality: see {gemeenten}."
                        ),
                        pick(
                            "Staat de school buiten deze kaart",
                            "If the school is outside this map",
                        ),
                    ),
                    RoleSource::Dossier => (
                        pick(
                            "Iemand die de school kent uit het dossier van de leerling; deze \
                             kaart noemt geen naam of nummer.",
                            "Someone the school knows from the pupil's dossier; this map names \
                             no name or number.",
                        )
                        .to_string(),
                        pick("Buiten deze kaart", "Outside this map"),
                    ),
                };
                if let Some(o) = role.outside_map {
                    who.push_str(&format!(
                        " {outside}: {} ({}).",
                        map.organisations[o].naam, self.directory.numbers[o]
                    ));
                }
                (role.naam.clone(), who)
            }
        }
    }

    fn directory_chapter(&mut self) -> Section {
        let map = self.map;
        let mut children = vec![self.roles_section()];
        for (g, gemeente) in map.gemeenten.iter().enumerate() {
            let rows = map
                .roles
                .iter()
                .enumerate()
                .filter(|(_, role)| role.bepaald_door != RoleSource::Dossier)
                .map(|(r, role)| {
                    let whose = match role.bepaald_door {
                        RoleSource::Schoolgemeente => format!("school in {}", gemeente.naam),
                        _ => {
                            let naam = &gemeente.naam;
                            tr!("woont in {naam}", "lives in {naam}")
                        }
                    };
                    let role_cell = format!("{}\n({whose})", role.naam);
                    match gemeente.roles.get(&r) {
                        Some(&o) => vec![role_cell, self.organisation_cell(o)],
                        None => vec![
                            role_cell,
                            pick(
                                "Niet ingevuld: vraag het na bij de gemeente.",
                                "Not filled in: ask the municipality.",
                            )
                            .into(),
                        ],
                    }
                })
                .collect();
            children.push(Section {
                number: format!("{DIRECTORY}.{}", g + 2),
                title: gemeente.naam.clone(),
                entry: false,
                body: vec![
                    Block::Text({
                        let naam = &gemeente.naam;
                        tr!(
                            "Voor een leerling die in {naam} woont, en voor een school in {naam}.",
                            "For a pupil who lives in {naam}, and for a school in {naam}."
                        )
                    }),
                    Block::Table {
                        header: vec![
                            pick("Rol", "Role").into(),
                            pick("Organisatie en contact", "Organisation and contact").into(),
                        ],
                        rows,
                    },
                ],
                children: Vec::new(),
            });
        }
        if let Some(number) = &self.directory.national {
            let rows = national_organisations(map)
                .into_iter()
                .map(|o| {
                    let mut when: Vec<String> = self
                        .direct_numbers(o)
                        .map(|numbers| {
                            let numbers = and_list(&numbers);
                            tr!("In advies {numbers}", "In advice {numbers}")
                        })
                        .into_iter()
                        .collect();
                    when.extend(
                        outside_roles(map, o)
                            .into_iter()
                            .map(|r| for_outside_pupil(&map.roles[r].naam)),
                    );
                    vec![when.join("\n"), self.organisation_cell(o)]
                })
                .collect();
            children.push(Section {
                number: number.clone(),
                title: pick(
                    "Landelijk en buiten de kaart",
                    "National and outside the map",
                )
                .into(),
                entry: false,
                body: vec![
                    Block::Text(
                        pick(
                            "Deze organisaties zijn voor elke gemeente dezelfde: een advies noemt \
                             ze direct, of een rol noemt ze voor een leerling die buiten deze \
                             kaart woont.",
                            "These organisations are the same for every municipality: an advice \
                             names them directly, or a role names them for a pupil who lives \
                             outside this map.",
                        )
                        .into(),
                    ),
                    Block::Table {
                        header: vec![
                            pick("Wanneer", "When").into(),
                            pick("Organisatie en contact", "Organisation and contact").into(),
                        ],
                        rows,
                    },
                ],
                children: Vec::new(),
            });
        }
        let organisations = (0..map.organisations.len())
            .map(|o| self.organisation(o))
            .collect();
        children.push(Section {
            number: self.directory.all.clone(),
            title: pick("Alle organisaties", "All organisations").into(),
            entry: false,
            body: vec![Block::Text(
                pick(
                    "Elke organisatie van de kaart met alle gegevens die een bron gaf. Ontbreekt \
                     een telefoonnummer of e-mailadres, dan zegt de opmerking hoe u de \
                     organisatie wel bereikt.",
                    "Every organisation of the map with all the data a source gave. Where a \
                     phone number or e-mail address is missing, the note says how to reach the \
                     organisation instead.",
                )
                .into(),
            )],
            children: organisations,
        });
        Section {
            number: DIRECTORY.into(),
            title: pick("Adressenlijst per gemeente", "Directory per municipality").into(),
            entry: false,
            body: vec![Block::Text({
                let all = &self.directory.all;
                tr!(
                    "Een advies noemt meestal een rol; welke organisatie die rol vervult, hangt \
                     af van de gemeente. Rollen van de woongemeente gelden voor een leerling die \
                     in die gemeente woont (inschrijving in de BRP), rollen van de \
                     schoolgemeente voor een school in die gemeente. Alle gegevens per \
                     organisatie staan in {all}.",
                    "An advice usually names a role; which organisation fills that role depends \
                     on the municipality. Roles of the home municipality hold for a pupil who \
                     lives there (registered in the BRP, the population register), roles of the \
                     school's municipality for a school there. All data per organisation are \
                     in {all}."
                )
            })],
            children,
        }
    }

    /// The roles: who decides which organisation fills each.
    fn roles_section(&self) -> Section {
        let map = self.map;
        let rows = map
            .roles
            .iter()
            .map(|role| {
                let decides = match role.bepaald_door {
                    RoleSource::Woongemeente => pick(
                        "de woongemeente van de leerling (BRP)",
                        "the pupil's home municipality (BRP)",
                    ),
                    RoleSource::Schoolgemeente => {
                        pick("de gemeente van de school", "the school's municipality")
                    }
                    RoleSource::Dossier => pick(
                        "het dossier van de leerling (niet in deze kaart)",
                        "the pupil's dossier (not in this map)",
                    ),
                };
                let mut notes: Vec<String> = role.uitleg.iter().cloned().collect();
                if let Some(o) = role.outside_map {
                    let (naam, number) = (&map.organisations[o].naam, &self.directory.numbers[o]);
                    notes.push(tr!(
                        "Buiten deze kaart: {naam} ({number}).",
                        "Outside this map: {naam} ({number})."
                    ));
                }
                vec![role.naam.clone(), decides.to_string(), notes.join("\n")]
            })
            .collect();
        Section {
            number: format!("{DIRECTORY}.1"),
            title: pick("De rollen", "The roles").into(),
            entry: false,
            body: vec![Block::Table {
                header: vec![
                    pick("Rol", "Role").into(),
                    pick("Wie telt", "Decided by").into(),
                    pick("Toelichting", "Explanation").into(),
                ],
                rows,
            }],
            children: Vec::new(),
        }
    }

    /// An organisation in a directory table: its name and number, then how to
    /// reach it, a line per field.
    fn organisation_cell(&self, o: usize) -> String {
        let org = &self.map.organisations[o];
        let mut lines = vec![format!("{} ({})", org.naam, self.directory.numbers[o])];
        lines.extend(org.telefoon.as_ref().map(|t| format!("Tel. {t}")));
        lines.extend(org.email.iter().cloned());
        lines.extend(org.website.iter().cloned());
        lines.extend(
            org.openingstijden
                .as_ref()
                .map(|t| tr!("Bereikbaar: {t}", "Hours: {t}")),
        );
        if lines.len() == 1 {
            lines.push(
                pick(
                    "Geen telefoon, e-mail of website.",
                    "No phone, e-mail or website.",
                )
                .into(),
            );
        }
        if org.opmerking.is_some() {
            let number = &self.directory.numbers[o];
            lines.push(tr!("Let op: zie {number}.", "Note: see {number}."));
        }
        lines.extend(
            checked_fields(org)
                .into_iter()
                .map(|(label, date)| format!("{label}: {date}")),
        );
        lines.join("\n")
    }

    /// The numbers of the advices that name organisation `o` directly, in
    /// reading order; `None` when there are none.
    fn direct_numbers(&self, o: usize) -> Option<Vec<String>> {
        let mut advices: Vec<Node> = direct_advices(self.map, o)
            .into_iter()
            .map(Node::Advice)
            .collect();
        advices.sort_by_key(|node| self.outline.position[node]);
        let numbers: Vec<String> = advices
            .iter()
            .map(|node| self.outline.numbers[node].clone())
            .collect();
        (!numbers.is_empty()).then_some(numbers)
    }

    /// One organisation in full.
    fn organisation(&mut self, o: usize) -> Section {
        let map = self.map;
        let org: &Organisation = &map.organisations[o];
        let number = self.directory.numbers[o].clone();
        let mut fields: Vec<(String, String)> = Vec::new();
        let optional = [
            (pick("Soort", "Kind"), &org.soort),
            (pick("Telefoon", "Phone"), &org.telefoon),
            ("E-mail", &org.email),
            ("Website", &org.website),
            (pick("Bereikbaar", "Hours"), &org.openingstijden),
            (pick("Let op", "Note"), &org.opmerking),
        ];
        for (label, value) in optional {
            fields.extend(value.clone().map(|v| (label.to_string(), v)));
        }
        fields.extend(
            checked_fields(org)
                .into_iter()
                .map(|(label, date)| (label.to_string(), date)),
        );
        if let Some(date) = &org.geldig_tot {
            fields.push((pick("Geldig tot", "Valid until").into(), date_words(date)));
        }
        fields.push(("Code".into(), org.id.clone()));
        let mut body = vec![Block::Fields(fields)];
        let mut uses: Vec<Item> = Vec::new();
        for (r, role) in map.roles.iter().enumerate() {
            let names: Vec<String> = map
                .gemeenten
                .iter()
                .filter(|g| g.roles.get(&r) == Some(&o))
                .map(|g| g.naam.clone())
                .collect();
            if !names.is_empty() {
                uses.push(Item::new(format!("{} in {}", role.naam, and_list(&names))));
            }
            if role.outside_map == Some(o) {
                uses.push(Item::new(for_outside_pupil(&role.naam)));
            }
        }
        if let Some(numbers) = self.direct_numbers(o) {
            let numbers = and_list(&numbers);
            uses.push(Item::new(tr!(
                "Genoemd in advies {numbers}",
                "Named in advice {numbers}"
            )));
        }
        if uses.is_empty() {
            uses.push(Item::new(pick(
                "Nergens gebruikt in deze kaart",
                "Not used anywhere in this map",
            )));
        }
        body.push(Block::List {
            label: Some(pick("In deze kaart", "In this map").into()),
            numbered: false,
            items: uses,
        });
        let naam = &org.naam;
        let by = tr!(
            "organisatie {number}: {naam}",
            "organisation {number}: {naam}"
        );
        body.extend(self.source_list(&org.bronnen, &by));
        Section {
            number,
            title: org.naam.clone(),
            entry: true,
            body,
            children: Vec::new(),
        }
    }

    fn sources_chapter(&mut self) -> Section {
        let body = if self.sources.is_empty() {
            vec![Block::Text(
                pick(
                    "Deze kaart noemt geen bronnen.",
                    "This map names no sources.",
                )
                .into(),
            )]
        } else {
            vec![
                Block::Text(
                    pick(
                        "Elke bron één keer, in de volgorde waarin deze afdruk haar noemt, met de \
                         adviezen en organisaties die haar noemen. Een datum tussen haakjes is \
                         de datum van de pagina.",
                        "Each source once, in the order this printout first names it, with the \
                         advice and organisations that name it. A date in brackets is the date \
                         of the page.",
                    )
                    .into(),
                ),
                Block::List {
                    label: None,
                    numbered: false,
                    items: self
                        .sources
                        .iter()
                        .enumerate()
                        .map(|(i, source)| Item {
                            text: format!("[{}] {}", i + 1, source.text),
                            lines: source
                                .cited_by
                                .iter()
                                .map(|by| tr!("bij {by}", "in {by}"))
                                .collect(),
                        })
                        .collect(),
                },
            ]
        };
        Section {
            number: SOURCES.into(),
            title: pick("Bronnen", "Sources").into(),
            entry: false,
            body,
            children: Vec::new(),
        }
    }
}

/// Chapter 1: how to read the document.
fn reading_guide(map: &Map, outline: &Outline, directory: &Directory) -> Section {
    let mut body = vec![Block::Text(
        pick(
            "Deze afdruk bevat de hele routekaart: elke vraag met waar elk antwoord heen leidt, \
             elk advies met contacten, stappen en wettelijke grond, de adressenlijst per \
             gemeente en de bronnen. Zo kunt u de kaart op papier nalopen, zonder het programma.",
            "This printout holds the whole map: every question with where each answer leads, \
             every advice with its contacts, steps and legal basis, the directory per \
             municipality and the sources. So you can check the map on paper, without the \
             program.",
        )
        .into(),
    )];
    let one_plan = match outline.signal {
        Some(q) if matches!(map.questions[q].kind, QuestionKind::MultiChoice(_)) => {
            let number = &outline.numbers[&Node::Question(q)];
            tr!(
                "Eén kind, één plan. De school beantwoordt de vragen voor één leerling. Kiest \
                 zij bij vraag {number} meer dan één zorg, dan volgt de routekaart elk signaal \
                 en komen alle adviezen samen in één plan: elk contact één keer, het meest \
                 urgente eerst.",
                "One child, one plan. The school answers the questions for one pupil. If it \
                 chooses more than one worry at question {number}, the map follows each signal \
                 and all the advice comes together in one plan: each contact once, the most \
                 urgent first."
            )
        }
        _ => pick(
            "Eén kind, één plan. De school beantwoordt de vragen voor één leerling; de \
             adviezen van de route komen samen in één plan, het meest urgente contact eerst.",
            "One child, one plan. The school answers the questions for one pupil; the advice \
             of the route comes together in one plan, the most urgent contact first.",
        )
        .to_string(),
    };
    body.push(Block::Text(one_plan));
    let gemeenten = &directory.gemeenten;
    let mut roles = tr!(
        "Rollen en gemeenten. Een advies noemt meestal een rol en geen organisatie. Bij elke \
         rol staat welke gemeente bepaalt wie dat is: de woongemeente van de leerling (waar de \
         leerling in de BRP staat ingeschreven; het woonplaatsbeginsel) of de gemeente van de \
         school. De adressenlijst ({gemeenten}) geeft per gemeente de organisatie bij elke rol.",
        "Roles and municipalities. An advice usually names a role, not an organisation. Each \
         role says which municipality decides who that is: the pupil's home municipality \
         (where the pupil is registered in the BRP, the population register: the \
         woonplaatsbeginsel) or the school's municipality. The directory ({gemeenten}) gives \
         per municipality the organisation for each role."
    );
    if map
        .roles
        .iter()
        .any(|r| r.bepaald_door == RoleSource::Dossier)
    {
        roles.push_str(pick(
            " Een rol uit het dossier is iemand die de school al kent, zoals de \
             casusregisseur; die staat niet in deze kaart.",
            " A role from the dossier is someone the school already knows, such as the \
             casusregisseur (case manager); they are not in this map.",
        ));
    }
    body.push(Block::Text(roles));
    body.push(Block::Text(
        pick(
            "Acuut gevaar: bel eerst 112. Daarna volgt u de rest van het plan.",
            "Acute danger: call 112 first. Then follow the rest of the plan.",
        )
        .into(),
    ));
    body.push(Block::List {
        label: Some(pick("Urgentie, van hoog naar laag", "Urgency, from high to low").into()),
        numbered: false,
        items: [
            (
                Urgency::Acuut,
                pick("bij direct gevaar, meteen", "in direct danger, at once"),
            ),
            (
                Urgency::Vandaag,
                pick("nog dezelfde dag", "on the same day"),
            ),
            (
                Urgency::DezeWeek,
                pick(
                    "binnen de week, of binnen de wettelijke termijn",
                    "within the week, or within the legal deadline",
                ),
            ),
            (
                Urgency::Regulier,
                pick(
                    "gepland, binnen enkele weken",
                    "planned, within a few weeks",
                ),
            ),
        ]
        .into_iter()
        .map(|(urgency, meaning)| Item::new(format!("{}: {meaning}", urgency_words(urgency))))
        .collect(),
    });
    body.push(Block::Text(
        pick(
            "Nummers zoals 3.2.1 wijzen een vraag, een advies of een organisatie aan. Een pijl \
             (→) wijst naar de vraag of het advies waar een antwoord heen leidt; staan er meer \
             pijlen, dan volgt de route ze om de beurt. \u{201c}Komt van\u{201d} noemt de \
             vragen en antwoorden die naar een vraag of advies leiden. Noem bij uw opmerkingen \
             het nummer, bijvoorbeeld \u{201c}zie 3.2.1\u{201d}.",
            "Numbers such as 3.2.1 point to a question, an advice or an organisation. An arrow \
             (→) points to the question or advice an answer leads to; where there are more \
             arrows, the route follows them in turn. \u{201c}Comes from\u{201d} names the \
             questions and answers that lead to a question or advice. Give the number with \
             your comments, for example \u{201c}see 3.2.1\u{201d}.",
        )
        .into(),
    ));
    body.push(Block::Text(
        pick(
            "Een vraag met \u{201c}zelfde antwoord als\u{201d} wordt niet opnieuw gesteld: de \
             route gebruikt het eerdere antwoord. De code is de naam van een vraag, advies of \
             organisatie in de bestanden van de kaart, voor wie de kaart bijhoudt.",
            "A question with \u{201c}same answer as\u{201d} is not asked again: the route \
             uses the earlier answer. The code is the name of a question, advice or \
             organisation in the map's files, for whoever maintains the map.",
        )
        .into(),
    ));
    body.push(Block::Text(
        pick(
            "Contactgegevens staan er alleen in als een bron ze gaf. \
             \u{201c}Gecontroleerd op\u{201d} is de datum waarop de organisatie ze bevestigde; \
             \u{201c}bron bekeken op\u{201d} de datum waarop de bron gelezen is. Deze afdruk \
             bevat geen persoonsgegevens.",
            "Contact data are given only where a source gave them. \u{201c}Checked on\u{201d} \
             is the date the organisation confirmed them; \u{201c}source seen on\u{201d} the \
             date the source was read. This printout holds no personal data.",
        )
        .into(),
    ));
    Section {
        number: "1".into(),
        title: pick("Zo leest u deze kaart", "How to read this map").into(),
        entry: false,
        body,
        children: Vec::new(),
    }
}

/// How a question is answered, in words.
fn kind_words(kind: &QuestionKind) -> String {
    match kind {
        QuestionKind::Choice(_) => pick("keuze (één antwoord)", "choice (one answer)").into(),
        QuestionKind::MultiChoice(_) => pick(
            "meerkeuze (één of meer antwoorden; de route volgt elk gekozen antwoord)",
            "multiple choice (one or more answers; the route follows each answer chosen)",
        )
        .into(),
        QuestionKind::Number { min, max, unit, .. } => {
            let mut words = tr!(
                "getal van {min} tot en met {max}",
                "number from {min} to {max}"
            );
            if let Some(unit) = unit {
                words.push_str(&format!(" ({unit})"));
            }
            words
        }
        QuestionKind::YesNo { .. } => pick("ja of nee", "yes or no").into(),
        QuestionKind::Gemeente {
            kind: GemeenteKind::Woongemeente,
            ..
        } => pick(
            "de woongemeente van de leerling (inschrijving in de BRP)",
            "the pupil's home municipality (registration in the BRP)",
        )
        .into(),
        QuestionKind::Gemeente {
            kind: GemeenteKind::Schoolgemeente,
            ..
        } => pick(
            "de gemeente waar de school staat",
            "the municipality the school is in",
        )
        .into(),
    }
}

/// "Leerplicht voor een leerling buiten deze kaart": a role an organisation
/// fills for pupils from outside the map.
fn for_outside_pupil(role: &str) -> String {
    tr!(
        "{role} voor een leerling buiten deze kaart",
        "{role} for a pupil outside this map"
    )
}

/// A map date (YYYY-MM-DD) in the current language's notation (see
/// [`Date`]'s `Display`), or as written when it is no date.
fn date_words(date: &str) -> String {
    Date::parse(date).map_or(date.to_string(), |d| d.to_string())
}

/// When an organisation confirmed its data and when its source was seen, as
/// (label, date) fields; "Nagekeken: nooit" ("Verified: never") without either.
fn checked_fields(org: &Organisation) -> Vec<(&'static str, String)> {
    let fields: Vec<(&'static str, String)> = [
        (pick("Gecontroleerd", "Checked"), &org.gecontroleerd),
        (pick("Bron bekeken", "Source seen"), &org.bron_bekeken),
    ]
    .into_iter()
    .filter_map(|(label, date)| date.as_deref().map(|d| (label, date_words(d))))
    .collect();
    if fields.is_empty() {
        vec![(pick("Nagekeken", "Verified"), pick("nooit", "never").into())]
    } else {
        fields
    }
}

/// "a, b en c" ("a, b and c").
fn and_list(items: &[String]) -> String {
    joined(items, pick("en", "and"))
}

/// "a, b of c" ("a, b or c").
fn or_list(items: &[String]) -> String {
    joined(items, pick("of", "or"))
}

fn joined(items: &[String], word: &str) -> String {
    match items.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} {word} {last}", rest.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::compile::from_sources;
    use crate::core::source::SourceFile;

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
