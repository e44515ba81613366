//! The numbering of the document: where each question and advice is printed
//! in full (chapters 2, 3 and the unreachable ones), and the numbers of the
//! directory's sections and organisations (chapter 4).

use crate::core::map::{ContactTarget, Map, Node, QuestionKind};
use std::collections::HashMap;

/// The chapters' numbers.
pub(super) const START: &str = "2";
pub(super) const SIGNALS: &str = "3";
pub(super) const DIRECTORY: &str = "4";
pub(super) const SOURCES: &str = "5";
pub(super) const UNREACHABLE: &str = "6";

/// Every node reachable from `from`, each once, depth first in the map's order,
/// without walking on past `stop` (which is included).
pub(super) fn walk(map: &Map, from: &[Node], stop: Option<usize>) -> Vec<Node> {
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
pub(super) fn originals_first(map: &Map, nodes: Vec<Node>) -> Vec<Node> {
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
pub(super) fn distances(map: &Map, from: &[Node]) -> HashMap<Node, usize> {
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
pub(super) struct Group {
    /// "2", "3.4" or "6": its entries are numbered "3.4.1", "3.4.2", …
    pub(super) number: String,
    /// Described here in full: the questions in route order, then the advices.
    pub(super) own: Vec<Node>,
    /// On this route too, but described in another section.
    pub(super) elsewhere: Vec<Node>,
}

/// Where each question and advice is described in full, and its number.
pub(super) struct Outline {
    pub(super) signal: Option<usize>,
    pub(super) start: Group,
    /// One per option of the signal question.
    pub(super) signals: Vec<Group>,
    /// Nodes no route reaches (a map `check` accepts has none).
    pub(super) unreachable: Group,
    pub(super) numbers: HashMap<Node, String>,
    /// Each node's place in the document, to list references in reading order.
    pub(super) position: HashMap<Node, usize>,
}

impl Outline {
    pub(super) fn new(map: &Map) -> Outline {
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
    pub(super) fn claim(&mut self, number: String, nodes: &[Node]) -> Group {
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
    pub(super) fn empty(number: &str) -> Group {
        Group {
            number: number.into(),
            own: Vec::new(),
            elsewhere: Vec::new(),
        }
    }
}

/// The numbers of chapter 4: a section per gemeente, one for the organisations
/// named whatever the gemeente, and one entry per organisation.
pub(super) struct Directory {
    /// "4.2–4.6": the sections of the gemeenten, for references.
    pub(super) gemeenten: String,
    /// The section of the organisations the same everywhere, if any.
    pub(super) national: Option<String>,
    /// The section listing every organisation.
    pub(super) all: String,
    /// "4.8.3" per organisation.
    pub(super) numbers: Vec<String>,
}

impl Directory {
    pub(super) fn new(map: &Map) -> Directory {
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
pub(super) fn national_organisations(map: &Map) -> Vec<usize> {
    (0..map.organisations.len())
        .filter(|&o| !direct_advices(map, o).is_empty() || !outside_roles(map, o).is_empty())
        .collect()
}

/// The advices that name organisation `o` directly.
pub(super) fn direct_advices(map: &Map, o: usize) -> Vec<usize> {
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
pub(super) fn outside_roles(map: &Map, o: usize) -> Vec<usize> {
    (0..map.roles.len())
        .filter(|&r| map.roles[r].outside_map == Some(o))
        .collect()
}
