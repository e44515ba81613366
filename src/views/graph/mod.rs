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

//!
//! The chart ([`chart`]) decides what is drawn: nodes, arrows, labels in the
//! run's language, and whether it runs left to right. This module only writes
//! that chart in a format (shapes, colours, escaping), so a third format adds a
//! writer here and leaves the chart alone.

mod chart;

use crate::core::map::{Map, Urgency};
use crate::i18n::Lang;
use chart::{Chart, Kind};

/// The flowchart in Mermaid; `signal` = (signal question, option) draws one branch.
pub fn mermaid(map: &Map, signal: Option<(usize, usize)>, lang: Lang) -> String {
    let chart = Chart::new(map, signal, lang);
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
pub fn dot(map: &Map, signal: Option<(usize, usize)>, lang: Lang) -> String {
    let chart = Chart::new(map, signal, lang);
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

/// How each kind of box looks in Mermaid and DOT.
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
}
