//! The plan and a pending question as Markdown, for a file, a wiki or an e-mail.
//!
//! The plan has the printed plan's structure and order ([`super::page`]): whom
//! to call, in order, with how to reach them and why; what to do and prepare;
//! the duties and dates; lines to fill in; and with `--uitgebreid` the
//! appendix (the route, the answers, when the contact data were checked, the
//! command that makes the plan again). A file has no page to fill, so it
//! holds the page at full detail ([`Detail::FULL`]) and the appendix never
//! repeats anything of it.

use super::page::{self, Detail, PlanOptions, word};
use super::{PlanView, QuestionView, urgency_words};
use crate::core::date::Date;
use crate::t;
use std::fmt::Write as _;

/// A line to write on by hand: a dotted line, as on a paper form (dots are
/// no Markdown markup, underscores would be).
const DOTS: &str = "........................................";

/// The plan as Markdown: the page, then the appendix if asked for.
pub fn plan(view: &PlanView, options: PlanOptions) -> String {
    let lang = view.lang;
    let detail = Detail::FULL;
    let mut out = String::new();
    let date = Date::parse(&view.datum).map_or(view.datum.clone(), |d| d.words(lang));
    let made = t!(lang, "plan-gemaakt", date = date.as_str());
    let _ = writeln!(out, "# {}\n", escape(&word(lang, "plan-titel")));
    let _ = writeln!(
        out,
        "{} · {}\n",
        escape(&made),
        escape(&page::identity(view))
    );
    if let Some(school) = &view.school {
        let school = format!("{}: {school}", word(lang, "plan-school"));
        let _ = writeln!(out, "{}\n", escape(&school));
    }

    heading(&mut out, 2, &word(lang, "plan-kop-contacten"));
    if view.contacten.is_empty() {
        let _ = writeln!(out, "{}\n", escape(&word(lang, "plan-geen-contact")));
    }
    for (n, contact) in view.contacten.iter().enumerate() {
        let place = page::place(n, lang)
            .map(|p| format!("{p}: "))
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "{}. **{place}{}** — {}",
            n + 1,
            escape(&contact.naam),
            urgency_words(contact.urgentie, lang)
        );
        // The school's own person first: the regional desk comes after.
        let mut items: Vec<String> = Vec::new();
        if let Some(person) = &contact.school {
            items.push(format!(
                "{}: {}",
                word(lang, "plan-uw-school"),
                person.line(lang)
            ));
        }
        items.push(page::reach(contact, lang));
        items.extend(
            page::contact_items(contact, n, detail, lang)
                .into_iter()
                .map(|(label, item)| format!("{label}: {item}")),
        );
        for item in items.iter().filter(|item| !item.is_empty()) {
            let _ = writeln!(out, "   - {}", escape(item));
        }
    }
    if !view.contacten.is_empty() {
        out.push('\n');
    }
    if let Some(note) = page::order_note(&view.contacten, lang) {
        let _ = writeln!(out, "{}\n", escape(&note));
    }

    heading(&mut out, 2, &word(lang, "plan-kop-doen"));
    for (n, advice) in view.adviezen.iter().enumerate() {
        let _ = writeln!(
            out,
            "{}. **{}** — {}",
            n + 1,
            escape(&advice.titel),
            urgency_words(advice.urgentie, lang)
        );
        if detail.shows_steps(n) {
            for step in &advice.stappen {
                let _ = writeln!(out, "   - {}", escape(step));
            }
        }
    }
    out.push('\n');
    for (title, items) in page::lists(view, detail) {
        list(&mut out, 2, &title, &items);
    }

    heading(&mut out, 2, &word(lang, "plan-kop-invullen"));
    for labels in page::fill_in(detail, lang) {
        let line: Vec<String> = labels
            .iter()
            .map(|label| match label.is_empty() {
                true => DOTS.to_string(),
                false => format!("{}: {DOTS}", escape(label)),
            })
            .collect();
        let _ = writeln!(out, "{}\n", line.join(" "));
    }
    let _ = writeln!(out, "_{}_", escape(&view.privacy));
    if options.extended {
        appendix(&mut out, view, detail);
    } else {
        let _ = writeln!(out, "\n{}", escape(&page::more(view, detail)));
    }
    out
}

/// The appendix: what the page left out, why each advice (its explanation
/// and route), the answers, when the contact data were checked, and the
/// command that makes this plan again.
fn appendix(out: &mut String, view: &PlanView, detail: Detail) {
    let lang = view.lang;
    out.push('\n');
    heading(out, 2, &word(lang, "plan-kop-bijlage"));
    for group in page::left_out(view, detail) {
        heading(out, 3, &group.heading);
        for (title, items) in &group.entries {
            heading(out, 4, title);
            bullets(out, items);
        }
    }
    heading(out, 3, &word(lang, "plan-kop-waarom"));
    for (n, advice) in view.adviezen.iter().enumerate() {
        heading(out, 4, &format!("{}. {}", n + 1, advice.titel));
        if let Some(uitleg) = &advice.uitleg {
            let _ = writeln!(out, "{}\n", escape(uitleg));
        }
        let _ = writeln!(out, "{}:\n", word(lang, "plan-route"));
        bullets(out, &advice.route);
    }
    heading(out, 3, &word(lang, "plan-kop-antwoorden"));
    let _ = writeln!(
        out,
        "| {} | {} |\n| --- | --- |",
        escape(&word(lang, "plan-vraag")),
        escape(&word(lang, "plan-antwoord"))
    );
    for answer in &view.antwoorden {
        let _ = writeln!(
            out,
            "| {} | {} |",
            escape(&answer.tekst),
            escape(&answer.label)
        );
    }
    out.push('\n');
    list(
        out,
        3,
        &word(lang, "plan-kop-gegevens"),
        &page::checked(view),
    );
    heading(out, 3, &word(lang, "plan-kop-opnieuw"));
    let _ = writeln!(out, "```sh\n{}\n```", view.opnieuw);
}

/// A heading of `level` (`##`, `###`, …) and the blank line after it. A
/// number before the title ("2. Title") stays as it is: in a heading it
/// starts no list.
fn heading(out: &mut String, level: usize, title: &str) {
    let numbered = title
        .split_once(". ")
        .filter(|(n, _)| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()));
    let title = match numbered {
        Some((n, rest)) => format!("{n}. {}", escape(rest)),
        None => escape(title),
    };
    let _ = writeln!(out, "{} {title}\n", "#".repeat(level));
}

/// A heading of `level` with its items as a list; nothing when there are none.
fn list(out: &mut String, level: usize, title: &str, items: &[String]) {
    if items.is_empty() {
        return;
    }
    heading(out, level, title);
    bullets(out, items);
}

/// Items as a dashed list, and the blank line after it.
fn bullets(out: &mut String, items: &[String]) {
    for item in items {
        let _ = writeln!(out, "- {}", escape(item));
    }
    out.push('\n');
}

/// A question still to answer, as Markdown.
pub fn question(view: &QuestionView) -> String {
    let (lang, id) = (view.lang, view.id.as_str());
    let mut out = String::new();
    let _ = writeln!(out, "## {}\n", t!(lang, "plan-md-vraag-nodig", id = id));
    let _ = writeln!(out, "{}\n", escape(&view.tekst));
    if let Some(uitleg) = &view.uitleg {
        let _ = writeln!(out, "_{}_\n", escape(uitleg));
    }
    if view.soort == "getal" {
        let (min, max) = (view.min.unwrap_or_default(), view.max.unwrap_or_default());
        let (min, max) = (min.to_string(), max.to_string());
        let _ = writeln!(
            out,
            "{}",
            t!(lang, "plan-md-vraag-getal", min = min, max = max)
        );
    } else {
        for option in &view.opties {
            let _ = writeln!(out, "- `{}` — {}", option.waarde, escape(&option.label));
        }
    }
    out
}

/// Escapes what would turn map text into markup: emphasis, code, links, HTML,
/// headings, table cells, strikethrough, and a list marker at the start.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let chars: Vec<char> = text.chars().collect();
    let digits = chars.iter().take_while(|c| c.is_ascii_digit()).count();
    // "1. " or "1) " at the start would begin a numbered list.
    let numbered = digits > 0
        && matches!(chars.get(digits), Some('.' | ')'))
        && chars.get(digits + 1).is_none_or(|c| c.is_whitespace());
    for (i, &c) in chars.iter().enumerate() {
        let starts_list = (i == 0 && matches!(c, '-' | '+' | '=')) || (numbered && i == digits);
        if starts_list
            || matches!(
                c,
                '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '~'
            )
        {
            out.push('\\');
        }
        out.push(c);
    }
    out
}
