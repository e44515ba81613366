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
//! `build` turns the map into one `Document`; [`text`], [`markdown`] and
//! [`html`] only lay that document out, so the formats cannot disagree.

mod build;
mod directory;
mod document;
mod entries;
mod guide;
mod html;
mod markdown;
mod outline;
mod text;
mod words;

use super::Layout;
use crate::core::date::Date;
use crate::core::map::Map;
use crate::i18n::Lang;

/// The printable map as plain text, fitted to `layout.width` columns (at least
/// 40), never coloured: it is meant for paper.
pub fn text(map: &Map, today: Date, layout: Layout, lang: Lang) -> String {
    text::render(
        &build::document(map, today, lang),
        usize::from(layout.width),
    )
}

/// The printable map as one self-contained HTML file, printed on A4.
pub fn html(map: &Map, today: Date, lang: Lang) -> String {
    html::render(&build::document(map, today, lang), lang)
}

/// The printable map as GitHub-flavoured Markdown, for a wiki or pandoc.
pub fn markdown(map: &Map, today: Date, lang: Lang) -> String {
    markdown::render(&build::document(map, today, lang))
}
