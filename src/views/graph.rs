//! `routekaart graph`: the map as a flowchart, in Mermaid (shown by GitHub and
//! GitLab) or Graphviz DOT.
//!
//! Questions are decisions, with the answers on their outgoing arrows; advices
//! are end boxes, coloured by urgency and starting with it in capitals, so the
//! chart also reads when printed in black and white. An answer that leads to
//! several nodes in turn (an advice, then the next question) goes through a small
//! "en" junction. A question that routes by an earlier answer (`antwoord_van`)
//! says so and has a dashed border. Answers of one question that lead to the same
//! place share one arrow.
//!
//! `--signaal` draws only the branch of one signal, under a header that names it;
//! where that branch runs into another signal's branch, a reference to that
//! signal's chart takes its place, so each signal fits on one page. A chart that
//! would be too wide for a page from top to bottom, and much wider than high
//! (many answers side by side), is drawn from left to right.
//!
//! Both formats are written from one format-neutral chart, with generated node
//! ids (`v3` for question 3, `a0` for advice 0, never the map's ids, which may be
//! Mermaid keywords) and labels escaped for each format. The order is the map's,
//! so the output is deterministic.

use crate::core::map::successors;
use crate::core::map::{Map, Node, QuestionKind, Targets, Urgency};
use crate::i18n::pick;
use crate::render::urgency_words;
use crate::tr;
use std::collections::BTreeSet;

/// Characters per line of a box's text: narrow boxes keep a chart small.
const NODE_WIDTH: usize = 20;
/// Characters per line of an answer on an arrow.
const EDGE_WIDTH: usize = 16;

/// The flowchart in Mermaid; `signal` = (signal question, option) draws one branch.
pub fn mermaid(map: &Map, signal: Option<(usize, usize)>) -> String {
    let chart = Chart::new(map, signal);
    let direction = if chart.left_to_right() { "LR" } else { "TD" };
    let mut out = format!("flowchart {direction}\n");
    for node in &chart.nodes {
        let text = mermaid_text(&node.lines);
        let (open, close) = node.kind.mermaid_shape();
        out.push_str(&format!("    {}{open}\"{text}\"{close}\n", node.id));
    }
    for edge in &chart.edges {
        match &edge.label {
            Some(lines) => out.push_str(&format!(
                "    {} -->|\"{}\"| {}\n",
                edge.from,
                mermaid_text(lines),
                edge.to
            )),
            None => out.push_str(&format!("    {} --> {}\n", edge.from, edge.to)),
        }
    }
    for kind in chart.kinds() {
        let members: Vec<&str> = chart
            .nodes
            .iter()
            .filter(|n| n.kind == kind)
            .map(|n| n.id.as_str())
            .collect();
        let name = kind.class();
        out.push_str(&format!("    classDef {name} {}\n", kind.mermaid_style()));
        out.push_str(&format!("    class {} {name}\n", members.join(",")));
    }
    out
}

/// An A4 page, in inches: 210 × 297 mm.
const A4_INCHES: (f64, f64) = (210.0 / 25.4, 297.0 / 25.4);

/// The flowchart in Graphviz DOT; `signal` as for [`mermaid`].
pub fn dot(map: &Map, signal: Option<(usize, usize)>) -> String {
    let chart = Chart::new(map, signal);
    let left_to_right = chart.left_to_right();
    let direction = if left_to_right { "LR" } else { "TB" };
    // One signal prints on one A4 page: `size` (inches) scales a larger
    // drawing down to the page less 1 cm margins, on its side when the chart
    // runs left to right or is wider than high. The whole map is a poster.
    let size = match signal {
        Some(_) => {
            let (width, height) = chart.estimate();
            // 1 cm margins, and 1 mm to spare for rounding to whole points.
            let (short, long) = (A4_INCHES.0 - 2.1 / 2.54, A4_INCHES.1 - 2.1 / 2.54);
            let (w, h) = if left_to_right || width > height {
                (long, short)
            } else {
                (short, long)
            };
            // A margin of 1 cm, in the drawing: PDF gets no other.
            format!(", size=\"{w:.2},{h:.2}\", margin=\"{:.2}\"", 1.0 / 2.54)
        }
        None => String::new(),
    };
    let mut out = String::from("digraph routekaart {\n");
    out.push_str(&format!(
        "    graph [rankdir={direction}, nodesep=0.15, ranksep=0.25, fontname=\"Helvetica\"{size}];\n"
    ));
    out.push_str("    node [fontname=\"Helvetica\", fontsize=11, margin=\"0.12,0.06\"];\n");
    out.push_str("    edge [fontname=\"Helvetica\", fontsize=10, color=\"#555555\"];\n");
    for node in &chart.nodes {
        out.push_str(&format!(
            "    {} [label=\"{}\", {}];\n",
            node.id,
            dot_text(&node.lines),
            node.kind.dot_style()
        ));
    }
    for edge in &chart.edges {
        match &edge.label {
            Some(lines) => out.push_str(&format!(
                "    {} -> {} [label=\"{}\"];\n",
                edge.from,
                edge.to,
                dot_text(lines)
            )),
            None => out.push_str(&format!("    {} -> {};\n", edge.from, edge.to)),
        }
    }
    out.push_str("}\n");
    out
}

/// A flowchart, before it is written in a format.
struct Chart {
    nodes: Vec<ChartNode>,
    edges: Vec<Edge>,
}

/// A box of the chart, with its text already wrapped into lines.
struct ChartNode {
    id: String,
    kind: Kind,
    lines: Vec<String>,
}

/// An arrow; `label` is the answer, wrapped, if any.
struct Edge {
    from: String,
    to: String,
    label: Option<Vec<String>>,
}

/// What a box stands for, which sets its shape and colours.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
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

impl Kind {
    /// The Mermaid class name.
    fn class(self) -> &'static str {
        match self {
            Kind::Header => "kop",
            Kind::Question => "vraag",
            Kind::Repeated => "overgenomen",
            Kind::Advice(Urgency::Acuut) => "acuut",
            Kind::Advice(Urgency::Vandaag) => "vandaag",
            Kind::Advice(Urgency::DezeWeek) => "dezeweek",
            Kind::Advice(Urgency::Regulier) => "regulier",
            Kind::Junction => "en",
            Kind::Reference => "verwijzing",
        }
    }

    /// Fill and border colour: acute red, today orange, this week yellow.
    fn colours(self) -> (&'static str, &'static str) {
        match self {
            Kind::Header => ("#e0e0e0", "#333333"),
            Kind::Question | Kind::Repeated => ("#e8f0fb", "#3c5a8a"),
            Kind::Advice(Urgency::Acuut) => ("#f28b82", "#a50e0e"),
            Kind::Advice(Urgency::Vandaag) => ("#fbbc77", "#b05a00"),
            Kind::Advice(Urgency::DezeWeek) => ("#fff27a", "#9a8400"),
            Kind::Advice(Urgency::Regulier) => ("#f1f3f4", "#5f6368"),
            Kind::Junction | Kind::Reference => ("#ffffff", "#555555"),
        }
    }

    /// The brackets around a Mermaid node's text.
    fn mermaid_shape(self) -> (&'static str, &'static str) {
        match self {
            Kind::Header => ("([", "])"),
            Kind::Question | Kind::Repeated => ("(", ")"),
            Kind::Advice(_) => ("[", "]"),
            Kind::Junction => ("((", "))"),
            Kind::Reference => (">", "]"),
        }
    }

    /// The style after `classDef name`.
    fn mermaid_style(self) -> String {
        let (fill, stroke) = self.colours();
        let extra = match self {
            Kind::Header => ",font-weight:bold",
            Kind::Repeated | Kind::Reference => ",stroke-dasharray:5 3",
            Kind::Advice(Urgency::Acuut) => ",stroke-width:3px",
            _ => "",
        };
        format!("fill:{fill},stroke:{stroke},color:#000000{extra}")
    }

    /// The DOT node attributes after the label.
    fn dot_style(self) -> String {
        let (fill, stroke) = self.colours();
        let shape = match self {
            Kind::Header => "shape=box, style=\"rounded,filled,bold\", fontsize=13",
            Kind::Question => "shape=box, style=\"rounded,filled\"",
            Kind::Repeated => "shape=box, style=\"rounded,filled,dashed\"",
            Kind::Advice(Urgency::Acuut) => "shape=box, style=\"filled,bold\", penwidth=2",
            Kind::Advice(_) => "shape=box, style=filled",
            Kind::Junction => "shape=circle, style=filled, fixedsize=true, width=0.3, fontsize=8",
            Kind::Reference => "shape=box, style=\"filled,dashed\"",
        };
        format!("{shape}, fillcolor=\"{fill}\", color=\"{stroke}\"")
    }
}

impl Chart {
    /// The whole map from its start, or the branch of one signal.
    fn new(map: &Map, signal: Option<(usize, usize)>) -> Chart {
        let (title, roots, stops) = match signal {
            Some((q, option)) => {
                let options = answers(map, q);
                let (label, roots) = &options[option];
                let stops = other_signals(&options, option);
                (
                    tr!("Signaal: {label}", "Signal: {label}"),
                    roots.to_vec(),
                    stops,
                )
            }
            None => (
                map.meta.naam.clone(),
                vec![Node::Question(map.start)],
                Vec::new(),
            ),
        };
        let mut chart = Chart {
            nodes: Vec::new(),
            edges: Vec::new(),
        };
        chart.node("h0".into(), Kind::Header, wrap(&title, NODE_WIDTH));
        chart.answer("h0", None, &roots);
        for node in walk(map, &roots, &stops) {
            let id = node_id(node);
            if let Some((_, signal)) = stops.iter().find(|(stop, _)| *stop == node) {
                let text = tr!(
                    "→ verder: zie Signaal: {signal}",
                    "→ continued: see Signal: {signal}"
                );
                chart.node(id, Kind::Reference, wrap(&text, NODE_WIDTH));
                continue;
            }
            match node {
                Node::Question(q) => {
                    let question = &map.questions[q];
                    let mut lines = wrap(&question.tekst, NODE_WIDTH);
                    let kind = match question.answer_of {
                        Some(source) => {
                            let id = &map.questions[source].id;
                            let note = tr!("(antwoord op vraag {id})", "(answer to question {id})");
                            lines.extend(wrap(&note, NODE_WIDTH));
                            Kind::Repeated
                        }
                        None => Kind::Question,
                    };
                    chart.node(id.clone(), kind, lines);
                    // Answers that lead to the same place share one arrow.
                    let mut merged: Vec<(Vec<String>, &Targets)> = Vec::new();
                    for (label, targets) in answers(map, q) {
                        match merged.iter_mut().find(|(_, t)| *t == targets) {
                            Some((labels, _)) => labels.push(label),
                            None => merged.push((vec![label], targets)),
                        }
                    }
                    for (labels, targets) in merged {
                        chart.answer(&id, Some(&labels.join(pick(" of ", " or "))), targets);
                    }
                }
                Node::Advice(a) => {
                    let advice = &map.advices[a];
                    let urgency = advice.urgency();
                    let mut lines = vec![urgency_words(urgency).to_uppercase()];
                    lines.extend(wrap(&advice.titel, NODE_WIDTH));
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
    fn answer(&mut self, from: &str, label: Option<&str>, targets: &[Node]) {
        let label = label.map(|l| wrap(l, EDGE_WIDTH));
        match (targets, label) {
            ([_, _, ..], Some(label)) => {
                let junctions = self.nodes.iter().filter(|n| n.kind == Kind::Junction);
                let junction = format!("j{}", junctions.count());
                self.node(
                    junction.clone(),
                    Kind::Junction,
                    vec![pick("en", "and").into()],
                );
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
    fn kinds(&self) -> Vec<Kind> {
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
    /// questions have many answers side by side), it fits better on its side.
    fn left_to_right(&self) -> bool {
        let (width, height) = self.estimate();
        // An A4 page on its side is about 800 points wide.
        width > 800.0 && width > 1.2 * height
    }

    /// A rough (width, height) in points of the chart drawn from top to bottom:
    /// its widest rank, and the heights of its ranks added up. A node's rank is
    /// its longest path from the header, as in dot; an answer's label takes room
    /// between the ranks of its arrow, and a longer arrow a little in every rank
    /// it passes.
    fn estimate(&self) -> (f64, f64) {
        let index = |id: &str| self.nodes.iter().position(|n| n.id == id);
        let edges: Vec<(usize, usize, Option<&Vec<String>>)> = self
            .edges
            .iter()
            .filter_map(|e| Some((index(&e.from)?, index(&e.to)?, e.label.as_ref())))
            .collect();
        let mut rank = vec![0; self.nodes.len()];
        // The chart is acyclic, so ranks stop growing.
        let mut changed = true;
        while changed {
            changed = false;
            for &(from, to, _) in &edges {
                if rank[to] < rank[from] + 1 {
                    rank[to] = rank[from] + 1;
                    changed = true;
                }
            }
        }
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
fn answers(map: &Map, q: usize) -> Vec<(String, &Targets)> {
    match &map.questions[q].kind {
        QuestionKind::Choice(options) | QuestionKind::MultiChoice(options) => {
            options.iter().map(|o| (o.label.clone(), &o.next)).collect()
        }
        QuestionKind::Number {
            min,
            max,
            unit,
            ranges,
            ..
        } => ranges
            .iter()
            .map(|r| {
                let label = range_label(r.from, r.to, (*min, *max), unit.as_deref());
                (label, &r.next)
            })
            .collect(),
        QuestionKind::YesNo { yes, no } => vec![
            (pick("ja", "yes").into(), yes),
            (pick("nee", "no").into(), no),
        ],
        QuestionKind::Gemeente { next, .. } => {
            vec![(pick("elke gemeente", "any municipality").into(), next)]
        }
    }
}

/// A range of a number question as a reader says it: "0–15 uur", "16 uur of
/// meer" (up to the question's maximum), "5 jaar", "elk getal"; in English
/// "16 hours or more", "any number".
fn range_label(from: i64, to: i64, (min, max): (i64, i64), unit: Option<&str>) -> String {
    let unit = unit.map(|u| format!(" {u}")).unwrap_or_default();
    if from == to {
        format!("{from}{unit}")
    } else if from == min && to == max {
        pick("elk getal", "any number").into()
    } else if to == max {
        tr!("{from}{unit} of meer", "{from}{unit} or more")
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

/// Lines as the text of a Mermaid label between double quotes: characters that
/// Mermaid or HTML would read as syntax become Mermaid entity codes (`#quot;`).
fn mermaid_text(lines: &[String]) -> String {
    escape(lines, "<br/>", |c| match c {
        '"' => Some("#quot;"),
        '#' => Some("#35;"),
        '&' => Some("#amp;"),
        '<' => Some("#lt;"),
        '>' => Some("#gt;"),
        '|' => Some("#124;"),
        '`' => Some("#96;"),
        _ => None,
    })
}

/// Lines as the text of a DOT label between double quotes, each line centred.
fn dot_text(lines: &[String]) -> String {
    escape(lines, "\\n", |c| match c {
        '"' => Some("\\\""),
        '\\' => Some("\\\\"),
        // Graphviz reads entities (`&lt;`) in labels; a map's `&` is text.
        '&' => Some("&amp;"),
        _ => None,
    })
}

/// Each line with the characters `code` names replaced, joined by `separator`.
fn escape(lines: &[String], separator: &str, code: fn(char) -> Option<&'static str>) -> String {
    let lines: Vec<String> = lines
        .iter()
        .map(|line| {
            let mut out = String::with_capacity(line.len());
            for c in line.chars() {
                match code(c) {
                    Some(escaped) => out.push_str(escaped),
                    None => out.push(c),
                }
            }
            out
        })
        .collect();
    lines.join(separator)
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
    fn mermaid_text_escapes_what_mermaid_reads_as_syntax() {
        let lines = [
            "Zeg \"nee\" <b> & #1 | `x`".to_string(),
            "[a] {b} (c) — d".to_string(),
        ];
        assert_eq!(
            mermaid_text(&lines),
            "Zeg #quot;nee#quot; #lt;b#gt; #amp; #35;1 #124; #96;x#96;<br/>[a] {b} (c) — d"
        );
    }

    #[test]
    fn dot_text_escapes_quotes_backslashes_and_entities() {
        let lines = ["Zeg \"nee\" \\n & &lt;".to_string(), "<b>".to_string()];
        assert_eq!(
            dot_text(&lines),
            "Zeg \\\"nee\\\" \\\\n &amp; &amp;lt;\\n<b>"
        );
    }

    #[test]
    fn range_labels_read_as_spoken() {
        let unit = Some("uur");
        assert_eq!(range_label(0, 15, (0, 100), unit), "0–15 uur");
        assert_eq!(range_label(16, 100, (0, 100), unit), "16 uur of meer");
        assert_eq!(range_label(5, 5, (0, 100), unit), "5 uur");
        assert_eq!(range_label(0, 100, (0, 100), None), "elk getal");
        let english = |from, to, unit| {
            crate::i18n::with(crate::i18n::Lang::En, || {
                range_label(from, to, (0, 100), unit)
            })
        };
        assert_eq!(english(16, 100, Some("hours")), "16 hours or more");
        assert_eq!(english(0, 15, Some("hours")), "0–15 hours");
        assert_eq!(english(0, 100, None), "any number");
    }
}
