//! The document as one self-contained HTML file for A4: each chapter starts on
//! a new page, entries keep together where they can, tables wrap. The
//! stylesheet and the escaping are [`crate::render::html`]'s.

use super::document::{Block, Document, Item, Section};
use crate::i18n::Lang;
use crate::render::html::{escape, link, page};
use std::fmt::Write as _;

/// The document as HTML.
pub(super) fn render(doc: &Document, lang: Lang) -> String {
    let mut body = String::new();
    let _ = writeln!(
        body,
        "<header>\n<h1>{}</h1>\n<p>{}</p>\n<dl class=\"identity\">",
        escape(&doc.name),
        escape(&doc.title)
    );
    for (label, value) in &doc.identity {
        let _ = writeln!(
            body,
            "<div><dt>{}:</dt> <dd>{}</dd></div>",
            escape(label),
            inline(value)
        );
    }
    let _ = writeln!(
        body,
        "</dl>\n</header>\n<nav>\n<h2>{}</h2>\n<ul>",
        escape(&doc.contents)
    );
    for chapter in &doc.sections {
        let _ = writeln!(body, "<li>{}", escape(&chapter.heading()));
        let sections: Vec<&Section> = chapter.children.iter().filter(|s| !s.entry).collect();
        if !sections.is_empty() {
            body.push_str("<ul>\n");
            for section in sections {
                let _ = writeln!(body, "<li>{}</li>", escape(&section.heading()));
            }
            body.push_str("</ul>\n");
        }
        body.push_str("</li>\n");
    }
    body.push_str("</ul>\n</nav>\n");
    for chapter in &doc.sections {
        section(&mut body, chapter, 1);
    }
    page(&doc.name, &body, lang)
}

/// A chapter (depth 1, from a new page), a section or an entry.
fn section(out: &mut String, part: &Section, depth: usize) {
    let class = match (depth, part.entry) {
        (1, _) => "chapter",
        (_, true) => "entry",
        _ => "part",
    };
    let level = if part.entry { 4 } else { (depth + 1).min(4) };
    let _ = writeln!(
        out,
        "<section class=\"{class}\">\n<h{level}>{}</h{level}>",
        escape(&part.heading())
    );
    for block in &part.body {
        self::block(out, block);
    }
    for child in &part.children {
        section(out, child, depth + 1);
    }
    out.push_str("</section>\n");
}

fn block(out: &mut String, block: &Block) {
    match block {
        Block::Text(text) => {
            for paragraph in text.lines().filter(|l| !l.trim().is_empty()) {
                let _ = writeln!(out, "<p>{}</p>", inline(paragraph));
            }
        }
        Block::Fields(fields) => {
            for (label, value) in fields {
                let _ = writeln!(
                    out,
                    "<p><span class=\"label\">{}:</span> {}</p>",
                    escape(label),
                    inline(value)
                );
            }
        }
        Block::List {
            label,
            numbered,
            items,
        } => {
            if let Some(label) = label {
                let _ = writeln!(out, "<p class=\"label\">{}</p>", escape(label));
            }
            list(out, items, *numbered);
        }
        Block::Table { header, rows } => {
            out.push_str("<table>\n<thead><tr>");
            for cell in header {
                let _ = write!(out, "<th>{}</th>", escape(cell));
            }
            out.push_str("</tr></thead>\n<tbody>\n");
            for row in rows {
                out.push_str("<tr>");
                for cell in row {
                    let lines: Vec<String> = cell.lines().map(inline).collect();
                    let _ = write!(out, "<td>{}</td>", lines.join("<br>"));
                }
                out.push_str("</tr>\n");
            }
            out.push_str("</tbody>\n</table>\n");
        }
    }
}

/// A list; an item's own lines nested under it.
fn list(out: &mut String, items: &[Item], numbered: bool) {
    let tag = if numbered { "ol" } else { "ul" };
    let _ = writeln!(out, "<{tag}>");
    for item in items {
        let _ = write!(out, "<li>{}", inline(&item.text));
        if !item.lines.is_empty() {
            out.push_str("\n<ul>\n");
            for line in &item.lines {
                let _ = writeln!(out, "<li>{}</li>", inline(line));
            }
            out.push_str("</ul>\n");
        }
        out.push_str("</li>\n");
    }
    let _ = writeln!(out, "</{tag}>");
}

/// Map text for one line: a web address as a link, anything else escaped.
fn inline(text: &str) -> String {
    let text = text.trim();
    if text.starts_with("https://") || text.starts_with("http://") {
        link(text)
    } else {
        escape(&text.replace('\n', " "))
    }
}
