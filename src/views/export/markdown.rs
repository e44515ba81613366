//! The document as GitHub-flavoured Markdown: numbered headings, lists and
//! tables, map text escaped so it never turns into markup. Renders on GitHub and
//! converts with pandoc (`pandoc -f gfm`).

use super::document::{Block, Document, Item, Section};
use crate::render::markdown::escape;
use std::fmt::Write as _;

/// The document as Markdown.
pub(super) fn render(doc: &Document) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", escape(&doc.name));
    let _ = writeln!(out, "{}\n", escape(&doc.title));
    for (label, value) in &doc.identity {
        let _ = writeln!(out, "- **{}:** {}", escape(label), inline(value));
    }
    let _ = writeln!(out, "\n## {}\n", doc.contents);
    for chapter in &doc.sections {
        let _ = writeln!(out, "- {}", escape(&chapter.heading()));
        for section in chapter.children.iter().filter(|s| !s.entry) {
            let _ = writeln!(out, "  - {}", escape(&section.heading()));
        }
    }
    for chapter in &doc.sections {
        section(&mut out, chapter, 2);
    }
    out
}

/// A section with a heading of `level` (`##` for a chapter), and its children.
fn section(out: &mut String, part: &Section, level: usize) {
    if !out.ends_with("\n\n") {
        out.push('\n');
    }
    let _ = writeln!(
        out,
        "{} {}\n",
        "#".repeat(level.min(6)),
        escape(&part.heading())
    );
    for block in &part.body {
        self::block(out, block);
        out.push('\n');
    }
    for child in &part.children {
        section(out, child, level + 1);
    }
}

fn block(out: &mut String, block: &Block) {
    match block {
        Block::Text(text) => {
            let paragraphs: Vec<String> = text
                .lines()
                .filter(|l| !l.trim().is_empty())
                .map(inline)
                .collect();
            let _ = writeln!(out, "{}", paragraphs.join("\n\n"));
        }
        Block::Fields(fields) => {
            // One paragraph with hard line breaks: a list here would merge with a
            // list just before or after it.
            let lines: Vec<String> = fields
                .iter()
                .map(|(label, value)| format!("**{}:** {}", escape(label), inline(value)))
                .collect();
            let _ = writeln!(out, "{}", lines.join("\\\n"));
        }
        Block::List {
            label,
            numbered,
            items,
        } => {
            if let Some(label) = label {
                let _ = writeln!(out, "**{}**\n", escape(label));
            }
            list(out, items, *numbered);
        }
        Block::Table { header, rows } => {
            let cells = |row: &[String]| {
                row.iter()
                    .map(|cell| cell_text(cell))
                    .collect::<Vec<_>>()
                    .join(" | ")
            };
            let _ = writeln!(out, "| {} |", cells(header));
            let _ = writeln!(out, "|{}", " --- |".repeat(header.len()));
            for row in rows {
                let _ = writeln!(out, "| {} |", cells(row));
            }
        }
    }
}

/// A list; an item with lines of its own is bold, its lines nested under it.
fn list(out: &mut String, items: &[Item], numbered: bool) {
    for (n, item) in items.iter().enumerate() {
        let marker = if numbered {
            format!("{}.", n + 1)
        } else {
            "-".to_string()
        };
        let indent = " ".repeat(marker.chars().count() + 1);
        if item.lines.is_empty() {
            let _ = writeln!(out, "{marker} {}", inline(&item.text));
        } else {
            let _ = writeln!(out, "{marker} **{}**", inline(&item.text));
            for line in &item.lines {
                let _ = writeln!(out, "{indent}- {}", inline(line));
            }
        }
    }
}

/// A table cell: its lines joined with `<br>` (`|` is escaped by [`inline`]).
fn cell_text(cell: &str) -> String {
    cell.lines().map(inline).collect::<Vec<_>>().join("<br>")
}

/// Map text for one line of Markdown: a web address as an autolink, anything
/// else escaped, line breaks as spaces.
fn inline(text: &str) -> String {
    let text = text.trim();
    let is_address = (text.starts_with("https://") || text.starts_with("http://"))
        && !text.contains(|c: char| c.is_whitespace() || "<>|".contains(c));
    if is_address {
        format!("<{text}>")
    } else {
        escape(&text.replace('\n', " "))
    }
}

#[cfg(test)]
mod tests {
    use super::{cell_text, escape, inline};

    #[test]
    fn map_text_never_becomes_markup() {
        assert_eq!(escape("a *b* [c] | d_e"), r"a \*b\* \[c\] \| d\_e");
        assert_eq!(escape("1. Zo leest u"), r"1\. Zo leest u");
        assert_eq!(escape("3.1 Verzuim"), "3.1 Verzuim");
        assert_eq!(escape("- niet"), r"\- niet");
    }

    #[test]
    fn addresses_link_and_cells_keep_their_lines() {
        assert_eq!(inline("https://a.example/x_y"), "<https://a.example/x_y>");
        assert_eq!(
            cell_text("Tel. 112\nhttps://a.example"),
            "Tel. 112<br><https://a.example>"
        );
        assert_eq!(cell_text("a | b"), r"a \| b");
    }
}
