//! Tables for people, through comfy-table: one look for every view.

use super::Layout;
use comfy_table::{Cell, Color, ContentArrangement, Table, presets};

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

/// A cell, in `colour` when the layout allows colour.
pub fn coloured(text: impl Into<String>, colour: Option<Color>, layout: Layout) -> Cell {
    let cell = Cell::new(text.into());
    match colour {
        Some(colour) if layout.colour => cell.fg(colour),
        _ => cell,
    }
}

/// The table as text, each line without trailing blanks, ending in a newline.
pub fn finish(table: &Table) -> String {
    table
        .lines()
        .map(|line| format!("{}\n", line.trim_end()))
        .collect()
}
