//! The document as plain text for paper: chapters in capitals underlined with
//! `=`, sections underlined with `-`, entries under their number with a hanging
//! indent, as a printed plan looks. No line is wider than the width asked for.

use super::document::{Block, Document, Item, Section};
use crate::core::text::wrap;
use crate::render::{Layout, table};
use comfy_table::{ColumnConstraint, Width};

/// The narrowest layout; a smaller width is widened to this.
pub const MIN_WIDTH: usize = 40;

/// The document as text of at most `width` columns (at least [`MIN_WIDTH`]).
pub(super) fn render(doc: &Document, width: usize) -> String {
    let width = width.max(MIN_WIDTH);
    let mut out = String::new();
    underline(&mut out, &doc.name.to_uppercase(), '=', width);
    out.push_str(&fill(&doc.title, width, "", ""));
    out.push('\n');
    for (label, value) in &doc.identity {
        out.push_str(&fill(&format!("{label}: {value}"), width, "", "  "));
    }

    out.push('\n');
    underline(&mut out, &doc.contents.to_uppercase(), '=', width);
    for chapter in &doc.sections {
        out.push_str(&fill(&chapter.heading(), width, "", "   "));
        for section in chapter.children.iter().filter(|s| !s.entry) {
            out.push_str(&fill(&section.heading(), width, "   ", "       "));
        }
    }
    for chapter in &doc.sections {
        section(&mut out, chapter, 1, width);
    }
    out
}

/// A chapter (depth 1), a section (depth 2) or an entry, with what it holds.
fn section(out: &mut String, part: &Section, depth: usize, width: usize) {
    out.push('\n');
    if part.entry {
        let hang = " ".repeat(part.number.chars().count() + 1);
        out.push_str(&fill(&part.heading(), width, "", &hang));
        blocks(out, &part.body, width, &hang, false);
    } else {
        let (title, line) = if depth == 1 {
            (part.heading().to_uppercase(), '=')
        } else {
            (part.heading(), '-')
        };
        underline(out, &title, line, width);
        blocks(out, &part.body, width, "", true);
    }
    for child in &part.children {
        section(out, child, depth + 1, width);
    }
}

/// A title, wrapped under its first word (the number), and a line of `line` as
/// long as its longest line.
fn underline(out: &mut String, title: &str, line: char, width: usize) {
    let number = title.split(' ').next().unwrap_or_default();
    let hang = if number.starts_with(|c: char| c.is_ascii_digit()) {
        " ".repeat(number.chars().count() + 1)
    } else {
        String::new()
    };
    let title = fill(title, width, "", &hang);
    let longest = title.lines().map(|l| l.chars().count()).max().unwrap_or(0);
    out.push_str(&title);
    out.push_str(&line.to_string().repeat(longest));
    out.push('\n');
}

/// The blocks of a body, each line starting with `indent`; `spaced` puts a
/// blank line after each block (a section), otherwise they follow each other
/// (an entry).
fn blocks(out: &mut String, blocks: &[Block], width: usize, indent: &str, spaced: bool) {
    for (n, block) in blocks.iter().enumerate() {
        if spaced && n > 0 {
            out.push('\n');
        }
        match block {
            Block::Text(text) => out.push_str(&fill(text, width, indent, indent)),
            Block::Fields(fields) => {
                let rest = format!("{indent}  ");
                for (label, value) in fields {
                    out.push_str(&fill(&format!("{label}: {value}"), width, indent, &rest));
                }
            }
            Block::List {
                label,
                numbered,
                items,
            } => {
                if let Some(label) = label {
                    out.push_str(&fill(&format!("{label}:"), width, indent, indent));
                }
                list(out, items, *numbered, width, indent);
            }
            Block::Table { header, rows } => {
                let width = width.saturating_sub(indent.chars().count());
                for line in grid(header, rows, width).lines() {
                    out.push_str(&format!("{indent}{line}\n"));
                }
            }
        }
    }
}

/// A table of `width` columns in the project's style. Each column is made at
/// least as wide as its longest word (a web address, an e-mail address) where
/// the width allows, so comfy-table does not cut such words in two.
fn grid(header: &[String], rows: &[Vec<String>], width: usize) -> String {
    let layout = Layout {
        width: u16::try_from(width).unwrap_or(u16::MAX),
        colour: false,
    };
    let names: Vec<&str> = header.iter().map(String::as_str).collect();
    let mut t = table::new(&names, layout);
    for row in rows {
        t.add_row(row.clone());
    }
    // Per column: its border and padding take three columns, plus one at the end.
    let room = width.saturating_sub(3 * header.len() + 1);
    let longest: Vec<usize> = (0..header.len())
        .map(|c| {
            std::iter::once(&header[c])
                .chain(rows.iter().filter_map(|row| row.get(c)))
                .flat_map(|cell| cell.split_whitespace())
                .map(|word| word.chars().count())
                .max()
                .unwrap_or(0)
                .min(room * 2 / 3)
        })
        .collect();
    let total: usize = longest.iter().sum();
    for (c, &wanted) in longest.iter().enumerate() {
        // Scaled down when the columns together would not fit.
        let lower = if total > room {
            wanted * room / total
        } else {
            wanted
        };
        if let Some(column) = t.column_mut(c) {
            column.set_constraint(ColumnConstraint::LowerBoundary(Width::Fixed(
                u16::try_from(lower + 2).unwrap_or(u16::MAX),
            )));
        }
    }
    table::finish(&t)
}

/// A bulleted or numbered list; an item's own lines hang under its text.
fn list(out: &mut String, items: &[Item], numbered: bool, width: usize, indent: &str) {
    let marker_width = if numbered {
        format!("{}. ", items.len()).chars().count()
    } else {
        2
    };
    let hang = format!("{indent}{}", " ".repeat(marker_width));
    let deeper = format!("{hang}  ");
    for (n, item) in items.iter().enumerate() {
        let marker = if numbered {
            format!("{:<marker_width$}", format!("{}.", n + 1))
        } else {
            "- ".to_string()
        };
        out.push_str(&fill(
            &item.text,
            width,
            &format!("{indent}{marker}"),
            &hang,
        ));
        for line in &item.lines {
            out.push_str(&fill(line, width, &hang, &deeper));
        }
    }
}

/// [`wrap`], and a word too long for a line (a long web address) broken over
/// lines, after a `/`, `-` or `.` where it can, so no line exceeds `width`.
fn fill(text: &str, width: usize, first: &str, rest: &str) -> String {
    let mut out = String::new();
    for (n, line) in wrap(text, width, first, rest).lines().enumerate() {
        let mut line: Vec<char> = line.chars().collect();
        let mut prefix = if n == 0 { first } else { rest }.chars().count();
        while line.len() > width {
            // Wrapping left a prefix and one long word: break the word.
            let earliest = (prefix + 1).min(width);
            let at = (earliest..width)
                .rev()
                .find(|&i| "/-.?&=_".contains(line[i - 1]))
                .unwrap_or(width);
            out.extend(&line[..at]);
            out.push('\n');
            let tail: Vec<char> = line[at..].to_vec();
            line = rest.chars().chain(tail).collect();
            prefix = rest.chars().count();
        }
        out.extend(&line);
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::fill;

    #[test]
    fn fill_breaks_long_addresses_after_a_slash() {
        let text =
            "Bron: voorbeeld.nl/een/heel/lang/pad/naar/een/pagina/die/niet/past (01-01-2026)";
        let filled = fill(text, 30, "- ", "  ");
        for line in filled.lines() {
            assert!(line.chars().count() <= 30, "{filled}");
        }
        assert!(filled.lines().nth(1).unwrap().ends_with('/'), "{filled}");
        // Nothing is lost: only blanks and line breaks were added.
        let letters = |s: &str| s.split_whitespace().collect::<String>();
        assert_eq!(letters(&filled), letters(&format!("- {text}")));
    }
}
