//! `routekaart export`: the whole map as one printable document, for partners
//! (leerplicht, GGD, maatschappelijk werk, jeugdhulp) to review on paper.
//!
//! The document reads front to back: the map's identity, how to read it, the
//! first questions (the gemeenten and the signals), then per signal its
//! questions and advices, the directory per gemeente, and the sources. Every
//! question, advice and organisation gets a number such as 3.2.1, so a partner
//! can write "zie 3.2.1" in the margin.
//!
//! A question or advice reached from several signals is printed in full once,
//! under the signal it is fewest answers away from (the first such signal on a
//! tie), so each signal's section opens with its own first question; the other
//! signals list it under "Ook op deze route" with its number. On paper that keeps
//! the document short enough to read and gives each advice one place to correct,
//! while every arrow (`→`) still names the number and title of where an answer
//! leads.
//!
//! `build` turns the map into one `Document`; [`text`] and [`markdown`]
//! only lay that document out, so the two formats cannot disagree.

mod build;
mod markdown;
mod text;

use super::Layout;
use crate::date::Date;
use crate::map::Map;

/// The printable map as plain text, fitted to `layout.width` columns (at least
/// 40), never coloured: it is meant for paper.
pub fn text(map: &Map, today: Date, layout: Layout) -> String {
    text::render(&build::document(map, today), usize::from(layout.width))
}

/// The printable map as GitHub-flavoured Markdown, for a wiki or pandoc.
pub fn markdown(map: &Map, today: Date) -> String {
    markdown::render(&build::document(map, today))
}

/// The whole map, laid out in sections, before it becomes text or Markdown.
#[derive(Debug, Clone)]
struct Document {
    /// What the document is, above the map's identity.
    title: String,
    /// The map's name, printed large.
    name: String,
    /// The map's identity and the print date, as label and value.
    identity: Vec<(String, String)>,
    /// The numbered chapters.
    sections: Vec<Section>,
}

/// A chapter, a paragraph or an entry (a question, an advice, an organisation).
#[derive(Debug, Clone)]
struct Section {
    /// "3", "3.2" or "3.2.1".
    number: String,
    title: String,
    /// An entry is printed compactly under its number; a section gets a heading.
    entry: bool,
    body: Vec<Block>,
    children: Vec<Section>,
}

/// One piece of a section's body.
#[derive(Debug, Clone)]
enum Block {
    /// Running text.
    Text(String),
    /// "Label: value" lines.
    Fields(Vec<(String, String)>),
    /// A list under an optional label ("Stappen:"); each item may carry lines
    /// of its own (where an answer leads, why a contact).
    List {
        label: Option<String>,
        numbered: bool,
        items: Vec<Item>,
    },
    /// A table; a cell may hold several lines.
    Table {
        header: Vec<String>,
        rows: Vec<Vec<String>>,
    },
}

/// An item of a list, with the lines that belong to it.
#[derive(Debug, Clone)]
struct Item {
    text: String,
    lines: Vec<String>,
}

impl Item {
    fn new(text: impl Into<String>) -> Item {
        Item {
            text: text.into(),
            lines: Vec::new(),
        }
    }
}

impl Section {
    /// The title with its number, as both formats print it: "3.2 Verzuim" or,
    /// for a chapter, "3. Per signaal".
    fn heading(&self) -> String {
        if self.number.contains('.') {
            format!("{} {}", self.number, self.title)
        } else {
            format!("{}. {}", self.number, self.title)
        }
    }
}
