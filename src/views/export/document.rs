//! The printable map as a document: sections, paragraphs, lists and tables,
//! before [`super::text`] or [`super::markdown`] lays it out.

/// The whole map, laid out in sections, before it becomes text or Markdown.
#[derive(Debug, Clone)]
pub(super) struct Document {
    /// What the document is, above the map's identity.
    pub(super) title: String,
    /// The heading of the table of contents, in the document's language.
    pub(super) contents: String,
    /// The map's name, printed large.
    pub(super) name: String,
    /// The map's identity and the print date, as label and value.
    pub(super) identity: Vec<(String, String)>,
    /// The numbered chapters.
    pub(super) sections: Vec<Section>,
}

/// A chapter, a paragraph or an entry (a question, an advice, an organisation).
#[derive(Debug, Clone)]
pub(super) struct Section {
    /// "3", "3.2" or "3.2.1".
    pub(super) number: String,
    pub(super) title: String,
    /// An entry is printed compactly under its number; a section gets a heading.
    pub(super) entry: bool,
    pub(super) body: Vec<Block>,
    pub(super) children: Vec<Section>,
}

/// One piece of a section's body.
#[derive(Debug, Clone)]
pub(super) enum Block {
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
pub(super) struct Item {
    pub(super) text: String,
    pub(super) lines: Vec<String>,
}

impl Item {
    pub(super) fn new(text: impl Into<String>) -> Item {
        Item {
            text: text.into(),
            lines: Vec::new(),
        }
    }
}

impl Section {
    /// The title with its number, as both formats print it: "3.2 Verzuim" or,
    /// for a chapter, "3. Per signaal".
    pub(super) fn heading(&self) -> String {
        if self.number.contains('.') {
            format!("{} {}", self.number, self.title)
        } else {
            format!("{}. {}", self.number, self.title)
        }
    }
}
