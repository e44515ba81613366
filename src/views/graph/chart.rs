//! The format-neutral flowchart of `routekaart graph`: which boxes and arrows
//! a map (or one signal's branch) draws, their texts wrapped for narrow boxes
//! and worded in the run's language, and a rough size to choose the direction.
//!
//! Kept apart from the writers in [`super`] so that what is drawn is decided
//! once, whatever the format it is written in.

use crate::core::map::successors;
use crate::core::map::{InLang, Map, Node, QuestionKind, Targets, Urgency, Words};
use crate::i18n::Lang;
use crate::render::urgency_words;
use crate::t;
use std::collections::{BTreeSet, HashMap};

/// Characters per line of a box's text: narrow boxes keep a chart small.
const NODE_WIDTH: usize = 20;
/// Characters per line of an answer on an arrow.
const EDGE_WIDTH: usize = 16;

/// A flowchart, before it is written in a format.
pub(super) struct Chart {
    pub(super) nodes: Vec<ChartNode>,
    pub(super) edges: Vec<Edge>,
}

/// A box of the chart, with its text already wrapped into lines.
pub(super) struct ChartNode {
    pub(super) id: String,
    pub(super) kind: Kind,
    pub(super) lines: Vec<String>,
}

/// An arrow; `label` is the answer, wrapped, if any.
pub(super) struct Edge {
    pub(super) from: String,
    pub(super) to: String,
    pub(super) label: Option<Vec<String>>,
}

/// What a box stands for, which sets its shape and colours.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    /// The start: the map's name, or the signal drawn.
    Header,
    Question,
    /// A question that routes by an earlier answer (`antwoord_van`).
    Repeated,
    Advice(Urgency),
    /// Where one answer splits into the nodes it leads to in turn.
    Junction,
    /// Where the branch of one signal runs into another's, drawn in that chart.
    Reference,
}

impl Chart {
    /// The whole map from its start, or the branch of one signal.
    pub(super) fn new(map: &Map, signal: Option<(usize, usize)>, lang: Lang) -> Chart {
        let (title, roots, stops) = match signal {
            Some((q, option)) => {
                let options = answers(map, q, lang);
                let (label, roots) = &options[option];
                let stops = other_signals(&options, option);
                (
                    t!(lang, "graph-signaal", signaal = label.as_str()),
                    roots.to_vec(),
                    stops,
                )
            }
            None => (
                map.meta.naam.in_lang(lang),
                vec![Node::Question(map.start)],
                Vec::new(),
            ),
        };
        let mut chart = Chart {
            nodes: Vec::new(),
            edges: Vec::new(),
        };
        let order = walk(map, &roots, &stops);
        let alike = alike_advices(map, &order);
        let drawn = |targets: &[Node]| -> Vec<Node> {
            let mut drawn: Vec<Node> = Vec::new();
            for node in targets {
                let node = alike.get(node).copied().unwrap_or(*node);
                if !drawn.contains(&node) {
                    drawn.push(node);
                }
            }
            drawn
        };
        chart.node("h0".into(), Kind::Header, wrap(&title, NODE_WIDTH));
        chart.answer("h0", None, &drawn(&roots), lang);
        for node in order {
            if alike.contains_key(&node) {
                continue;
            }
            let id = node_id(node);
            if let Some((_, signal)) = stops.iter().find(|(stop, _)| *stop == node) {
                let text = t!(lang, "graph-verder", signaal = signal.as_str());
                chart.node(id, Kind::Reference, wrap(&text, NODE_WIDTH));
                continue;
            }
            match node {
                Node::Question(q) => {
                    let question = &map.questions[q];
                    let mut lines = wrap(question.tekst.get(lang), NODE_WIDTH);
                    let kind = match question.answer_of {
                        Some(source) => {
                            let id = &map.questions[source].id;
                            let note = t!(lang, "graph-antwoord-op-vraag", vraag = id.as_str());
                            lines.extend(wrap(&note, NODE_WIDTH));
                            Kind::Repeated
                        }
                        None => Kind::Question,
                    };
                    chart.node(id.clone(), kind, lines);
                    // Answers that lead to the same place share one arrow.
                    let mut merged: Vec<(Vec<String>, Vec<Node>)> = Vec::new();
                    for (label, targets) in answers(map, q, lang) {
                        let targets = drawn(targets);
                        match merged.iter_mut().find(|(_, t)| *t == targets) {
                            Some((labels, _)) => labels.push(label),
                            None => merged.push((vec![label], targets)),
                        }
                    }
                    for (labels, targets) in merged {
                        let or = format!(" {} ", t!(lang, "graph-of"));
                        chart.answer(&id, Some(&labels.join(&or)), &targets, lang);
                    }
                }
                Node::Advice(a) => {
                    let advice = &map.advices[a];
                    let urgency = advice.urgency();
                    let mut lines = vec![urgency_words(urgency).to_uppercase()];
                    lines.extend(wrap(advice.titel.get(lang), NODE_WIDTH));
                    chart.node(id, Kind::Advice(urgency), lines);
                }
            }
        }
        chart
    }

    fn node(&mut self, id: String, kind: Kind, lines: Vec<String>) {
        self.nodes.push(ChartNode { id, kind, lines });
    }

    fn edge(&mut self, from: &str, to: &str, label: Option<Vec<String>>) {
        self.edges.push(Edge {
            from: from.to_string(),
            to: to.to_string(),
            label,
        });
    }

    /// The arrows for one answer: straight to its one target, or through a
    /// junction to each of its targets when it has several and a label.
    fn answer(&mut self, from: &str, label: Option<&str>, targets: &[Node], lang: Lang) {
        let label = label.map(|l| wrap(l, EDGE_WIDTH));
        match (targets, label) {
            ([_, _, ..], Some(label)) => {
                let junctions = self.nodes.iter().filter(|n| n.kind == Kind::Junction);
                let junction = format!("j{}", junctions.count());
                self.node(junction.clone(), Kind::Junction, vec![t!(lang, "graph-en")]);
                self.edge(from, &junction, Some(label));
                for &target in targets {
                    self.edge(&junction, &node_id(target), None);
                }
            }
            (_, label) => {
                for &target in targets {
                    self.edge(from, &node_id(target), label.clone());
                }
            }
        }
    }

    /// The kinds of box in the chart, in order of first appearance.
    pub(super) fn kinds(&self) -> Vec<Kind> {
        let mut kinds: Vec<Kind> = Vec::new();
        for node in &self.nodes {
            if !kinds.contains(&node.kind) {
                kinds.push(node.kind);
            }
        }
        kinds
    }

    /// Whether to draw from left to right: when the chart drawn from top to
    /// bottom would be too wide for a page, and clearly wider than high (as when
    /// questions have many answers side by side), it fits better on its side —
    /// unless it has so many steps one after the other that, drawn from left to
    /// right, it would print smaller still.
    pub(super) fn left_to_right(&self) -> bool {
        let (width, height) = self.estimate();
        // An A4 page on its side is about 800 points wide.
        width > 800.0
            && width > 1.2 * height
            && a4_scale(self.estimate_across()) >= a4_scale((width, height))
    }

    /// A rough (width, height) in points of the chart drawn from top to bottom:
    /// its widest rank, and the heights of its ranks added up. A node's rank is
    /// its longest path from the header, as in dot; an answer's label takes room
    /// between the ranks of its arrow, and a longer arrow a little in every rank
    /// it passes.
    pub(super) fn estimate(&self) -> (f64, f64) {
        let index = |id: &str| self.nodes.iter().position(|n| n.id == id);
        let edges: Vec<(usize, usize, Option<&Vec<String>>)> = self
            .edges
            .iter()
            .filter_map(|e| Some((index(&e.from)?, index(&e.to)?, e.label.as_ref())))
            .collect();
        let rank = self.ranks();
        // Nodes sit in the even ranks, labels and passing arrows in the odd ones too.
        let ranks = 2 * (rank.iter().max().copied().unwrap_or(0) + 1);
        let mut width = vec![0.0; ranks];
        let mut height = vec![0.0f64; ranks];
        let mut add = |r: usize, lines: &[String], char_width: f64, line_height: f64| {
            let longest = lines.iter().map(|l| l.chars().count()).max().unwrap_or(0);
            width[r] += longest as f64 * char_width + 36.0;
            height[r] = height[r].max(lines.len() as f64 * line_height + 10.0);
        };
        for (n, node) in self.nodes.iter().enumerate() {
            add(2 * rank[n], &node.lines, 6.2, 13.5);
        }
        for &(from, to, label) in &edges {
            if let Some(label) = label {
                add(2 * rank[from] + 1, label, 5.6, 12.0);
            }
            for r in 2 * rank[from] + 2..2 * rank[to] {
                add(r, &[], 0.0, 0.0);
            }
        }
        let widest = width.iter().copied().fold(0.0, f64::max);
        (widest, height.iter().sum::<f64>() + 25.0 * ranks as f64)
    }

    /// Each node's rank: its longest path from the header, as in dot.
    fn ranks(&self) -> Vec<usize> {
        let index = |id: &str| self.nodes.iter().position(|n| n.id == id);
        let edges: Vec<(usize, usize)> = self
            .edges
            .iter()
            .filter_map(|e| Some((index(&e.from)?, index(&e.to)?)))
            .collect();
        let mut rank = vec![0; self.nodes.len()];
        // The chart is acyclic, so ranks stop growing.
        let mut changed = true;
        while changed {
            changed = false;
            for &(from, to) in &edges {
                if rank[to] < rank[from] + 1 {
                    rank[to] = rank[from] + 1;
                    changed = true;
                }
            }
        }
        rank
    }

    /// [`Self::estimate`] of the chart drawn from left to right: a rank is as
    /// wide as its widest box and as high as its boxes stacked; the ranks and
    /// the answers' labels between them side by side.
    fn estimate_across(&self) -> (f64, f64) {
        let rank = self.ranks();
        let ranks = 2 * (rank.iter().max().copied().unwrap_or(0) + 1);
        let mut width = vec![0.0f64; ranks];
        let mut height = vec![0.0; ranks];
        for (n, node) in self.nodes.iter().enumerate() {
            let longest = node
                .lines
                .iter()
                .map(|l| l.chars().count())
                .max()
                .unwrap_or(0);
            width[2 * rank[n]] = width[2 * rank[n]].max(longest as f64 * 6.2 + 36.0);
            height[2 * rank[n]] += node.lines.len() as f64 * 13.5 + 10.0 + 11.0;
        }
        let index = |id: &str| self.nodes.iter().position(|n| n.id == id);
        for edge in &self.edges {
            if let (Some(from), Some(label)) = (index(&edge.from), &edge.label) {
                let longest = label.iter().map(|l| l.chars().count()).max().unwrap_or(0);
                let r = 2 * rank[from] + 1;
                width[r] = width[r].max(longest as f64 * 5.6 + 18.0);
                height[r] += label.len() as f64 * 12.0 + 6.0;
            }
        }
        let tallest = height.iter().copied().fold(0.0, f64::max);
        (width.iter().sum::<f64>() + 18.0 * ranks as f64, tallest)
    }
}

/// The largest scale at which a drawing of `(width, height)` points fits an
/// A4 page less 1 cm margins, upright or on its side.
fn a4_scale((width, height): (f64, f64)) -> f64 {
    let (short, long) = (539.0, 786.0);
    f64::max(
        f64::min(short / width, long / height),
        f64::min(long / width, short / height),
    )
}

/// The other signals whose branch starts at one question, with their labels:
/// where the branch of `option` reaches one of those, it refers to that chart.
fn other_signals(options: &[(String, &Targets)], option: usize) -> Vec<(Node, String)> {
    let own = options[option].1;
    options
        .iter()
        .enumerate()
        .filter(|&(i, _)| i != option)
        .filter_map(|(_, (label, next))| match next.as_slice() {
            [node @ Node::Question(_)] if !own.contains(node) => Some((*node, label.clone())),
            _ => None,
        })
        .collect()
}

/// Advices that would be drawn as the same box (the same urgency and title,
/// as a variant of an advice that names another desk is), each mapped to the
/// first of them in `order`, which is drawn for all: the chart shows decisions
/// and what to do, not desks, so the boxes would read the same.
fn alike_advices(map: &Map, order: &[Node]) -> HashMap<Node, Node> {
    let mut first: Vec<(Urgency, &Words, Node)> = Vec::new();
    let mut alike = HashMap::new();
    for &node in order {
        if let Node::Advice(a) = node {
            let advice = &map.advices[a];
            let key = (advice.urgency(), &advice.titel);
            match first.iter().find(|(u, t, _)| (*u, *t) == key) {
                Some(&(_, _, drawn)) => {
                    alike.insert(node, drawn);
                }
                None => first.push((key.0, key.1, node)),
            }
        }
    }
    alike
}

/// The nodes reachable from `roots`, each once, depth first in the map's order
/// (as [`Map::reachable`]), without going past the `stops`.
fn walk(map: &Map, roots: &[Node], stops: &[(Node, String)]) -> Vec<Node> {
    let mut seen = BTreeSet::new();
    let mut order = Vec::new();
    let mut stack: Vec<Node> = roots.iter().rev().copied().collect();
    while let Some(node) = stack.pop() {
        if !seen.insert(node) {
            continue;
        }
        order.push(node);
        if let Node::Question(q) = node
            && !stops.iter().any(|(stop, _)| *stop == node)
        {
            stack.extend(successors(&map.questions[q]).into_iter().rev());
        }
    }
    order
}

/// Each way to answer question `q`, as (label, where it leads), in the map's order.
fn answers(map: &Map, q: usize, lang: Lang) -> Vec<(String, &Targets)> {
    match &map.questions[q].kind {
        QuestionKind::Choice(options) | QuestionKind::MultiChoice(options) => options
            .iter()
            .map(|o| (o.label.in_lang(lang), &o.next))
            .collect(),
        QuestionKind::Number {
            min,
            max,
            unit,
            ranges,
            ..
        } => ranges
            .iter()
            .map(|r| {
                let label = range_label(
                    r.from,
                    r.to,
                    (*min, *max),
                    unit.as_ref().map(|u| u.get(lang)),
                    lang,
                );
                (label, &r.next)
            })
            .collect(),
        QuestionKind::YesNo { yes, no } => {
            vec![(t!(lang, "graph-ja"), yes), (t!(lang, "graph-nee"), no)]
        }
        QuestionKind::Gemeente { next, .. } => {
            vec![(t!(lang, "graph-elke-gemeente"), next)]
        }
    }
}

/// A range of a number question as a reader says it: "0–15 uur", "16 uur of
/// meer" (up to the question's maximum), "5 jaar", "elk getal"; in English
/// "16 hours or more", "any number".
fn range_label(
    from: i64,
    to: i64,
    (min, max): (i64, i64),
    unit: Option<&str>,
    lang: Lang,
) -> String {
    let unit = unit.map(|u| format!(" {u}")).unwrap_or_default();
    if from == to {
        format!("{from}{unit}")
    } else if from == min && to == max {
        t!(lang, "graph-elk-getal")
    } else if to == max {
        t!(lang, "graph-of-meer", getal = format!("{from}{unit}"))
    } else {
        format!("{from}–{to}{unit}")
    }
}

/// The chart's id of a map node: `v` and the question's index, or `a` and the advice's.
fn node_id(node: Node) -> String {
    match node {
        Node::Question(q) => format!("v{q}"),
        Node::Advice(a) => format!("a{a}"),
    }
}

/// `text` in lines of at most `width` characters where its words allow; a dash
/// ends a line rather than starting one.
fn wrap(text: &str, width: usize) -> Vec<String> {
    // A private-use character stands in for the space before a dash, gluing the
    // dash to the word before it.
    const GLUE: char = '\u{e000}';
    let glued = text
        .replace(" —", &format!("{GLUE}—"))
        .replace(" –", &format!("{GLUE}–"));
    crate::core::text::wrap(&glued, width, "", "")
        .lines()
        .filter(|line| !line.is_empty())
        .map(|line| line.replace(GLUE, " "))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrap_keeps_lines_short_and_dashes_at_line_ends() {
        // Without the glue, the dash would start the second line.
        let lines = wrap("Vermoeden van onveiligheid — volg de vijf stappen", 26);
        assert_eq!(
            lines,
            ["Vermoeden van", "onveiligheid — volg de", "vijf stappen"]
        );
        assert_eq!(wrap("0–15 uur", 20), ["0–15 uur"]);
        assert_eq!(
            wrap("kwalificatieplichtgrens", 10),
            ["kwalificatieplichtgrens"]
        );
        assert!(wrap("", 10).is_empty());
    }

    #[test]
    fn range_labels_read_as_spoken() {
        let unit = Some("uur");
        let nl = Lang::Nl;
        assert_eq!(range_label(0, 15, (0, 100), unit, nl), "0–15 uur");
        assert_eq!(range_label(16, 100, (0, 100), unit, nl), "16 uur of meer");
        assert_eq!(range_label(5, 5, (0, 100), unit, nl), "5 uur");
        assert_eq!(range_label(0, 100, (0, 100), None, nl), "elk getal");
        let english = |from, to, unit| range_label(from, to, (0, 100), unit, Lang::En);
        assert_eq!(english(16, 100, Some("hours")), "16 hours or more");
        assert_eq!(english(0, 15, Some("hours")), "0–15 hours");
        assert_eq!(english(0, 100, None), "any number");
    }
}
