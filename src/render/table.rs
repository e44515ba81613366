//! Tables for people, through comfy-table: one look for every view. Words are
//! never split: every column is at least as wide as its longest word. When that
//! does not fit the width (or below [`MIN_TABLE_WIDTH`] columns), rows are
//! printed as cards instead: the first cell as a heading, then one
//! `Kolom: waarde` line per other cell.

use crate::render::Layout;
use comfy_table::{Cell, Color, ColumnConstraint, ContentArrangement, Table, Width, presets};

/// The narrowest width at which rows are still printed as a table.
pub const MIN_TABLE_WIDTH: u16 = 72;

/// One cell: its text (lines separated by `\n`) and, on a terminal, its colour.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Styled {
    pub text: String,
    pub colour: Option<Color>,
}

impl Styled {
    /// A cell in a colour (shown only where the layout allows colour).
    pub fn coloured(text: impl Into<String>, colour: Option<Color>) -> Self {
        Styled {
            text: text.into(),
            colour,
        }
    }
}

impl From<String> for Styled {
    fn from(text: String) -> Self {
        Styled { text, colour: None }
    }
}

impl From<&str> for Styled {
    fn from(text: &str) -> Self {
        Styled::from(text.to_string())
    }
}

/// Renders rows under a header: a table that fits `layout.width`, or cards when
/// that is too narrow for one. Lines have no trailing blanks.
pub fn render(header: &[&str], rows: &[Vec<Styled>], layout: Layout) -> String {
    // Each column at least as wide as its longest word, so no word is split.
    let longest: Vec<usize> = (0..header.len())
        .map(|c| {
            let cells = rows
                .iter()
                .filter_map(|row| row.get(c))
                .map(|cell| cell.text.as_str());
            std::iter::once(header[c])
                .chain(cells)
                .flat_map(str::split_whitespace)
                .map(|word| word.chars().count())
                .max()
                .unwrap_or(0)
        })
        .collect();
    // Content, one blank either side of it, and a border left of each column and at the end.
    let needed: usize = longest.iter().map(|w| w + 3).sum::<usize>() + 1;
    if layout.width < MIN_TABLE_WIDTH || needed > usize::from(layout.width) {
        return cards(header, rows, layout.width);
    }
    let mut table = new(header, layout);
    let bounds = longest.iter().map(|&w| {
        let w = u16::try_from(w + 2).unwrap_or(u16::MAX);
        ColumnConstraint::LowerBoundary(Width::Fixed(w))
    });
    table.set_constraints(bounds);
    for row in rows {
        table.add_row(row.iter().map(|cell| {
            let plain = Cell::new(&cell.text);
            match cell.colour {
                Some(colour) if layout.colour => plain.fg(colour),
                _ => plain,
            }
        }));
    }
    finish(&table)
}

/// An empty table with a header, sized to the layout's width: columns wrap at
/// word boundaries where they can.
pub fn new(header: &[&str], layout: Layout) -> Table {
    let mut table = Table::new();
    table
        .load_style(presets::UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_width(layout.width)
        .set_header(header.iter().copied().map(Cell::new));
    // comfy-table styles only when it sees a terminal; the layout decides instead,
    // so that NO_COLOR and pipes are respected and tests are reproducible.
    if layout.colour {
        table.enforce_styling();
    } else {
        table.force_no_tty();
    }
    table
}

/// The table as text, each line without trailing blanks, ending in a newline.
pub fn finish(table: &Table) -> String {
    table
        .lines()
        .map(|line| format!("{}\n", line.trim_end()))
        .collect()
}

/// Each row as a card: its first cell on a line of its own, the other cells as
/// indented `Kolom: waarde` lines, wrapped to `width`; a blank line between cards.
fn cards(header: &[&str], rows: &[Vec<Styled>], width: u16) -> String {
    let width = usize::from(width);
    let mut out = String::new();
    for (n, row) in rows.iter().enumerate() {
        if n > 0 {
            out.push('\n');
        }
        for (column, cell) in row.iter().enumerate() {
            // A cell's own lines stay lines, each wrapped under the label.
            for (n, line) in cell
                .text
                .lines()
                .filter(|l| !l.trim().is_empty())
                .enumerate()
            {
                let label = match (column, n) {
                    (0, 0) => String::new(),
                    (0, _) => "  ".to_string(),
                    (_, 0) => format!("  {}: ", header.get(column).copied().unwrap_or("")),
                    _ => "      ".to_string(),
                };
                let rest = if column == 0 { "  " } else { "      " };
                out.push_str(&crate::core::text::wrap(line, width, &label, rest));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn narrow_layouts_print_cards_within_the_width() {
        let rows = vec![vec![
            Styled::from("Hulpteam Noord"),
            Styled::from("010 000 00 01\nhttps://noord.example"),
        ]];
        let layout = Layout {
            width: 40,
            colour: false,
        };
        assert_eq!(
            render(&["Organisatie", "Contact"], &rows, layout),
            "Hulpteam Noord\n  Contact: 010 000 00 01\n      https://noord.example\n"
        );
    }

    #[test]
    fn wide_layouts_print_a_table_without_trailing_blanks() {
        let rows = vec![vec![Styled::from("a"), Styled::from("b")]];
        let out = render(&["X", "Y"], &rows, Layout::default());
        assert!(out.contains("│ a ┆ b │"), "{out}");
        assert!(out.lines().all(|l| l == l.trim_end()));
    }
}
