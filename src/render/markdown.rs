//! The plan and a pending question as Markdown, for a file, a wiki or an e-mail.

use super::{PlanView, QuestionView, contact_fields, urgency_words};
use crate::date::Date;
use std::fmt::Write as _;

/// The plan as Markdown.
pub fn plan(view: &PlanView) -> String {
    let mut out = String::new();
    let info = &view.routekaart;
    let date = Date::parse(&view.datum).map_or(view.datum.clone(), |d| d.to_string());
    let _ = writeln!(out, "# Plan voor één leerling\n");
    let _ = writeln!(
        out,
        "{} · versie {}{} · controlegetal `{}` · gemaakt op {date}\n",
        escape(&info.naam),
        escape(&info.versie),
        info.datum
            .as_ref()
            .map(|d| format!(" van {d}"))
            .unwrap_or_default(),
        info.controlegetal
    );
    if let Some(first) = view.contacten.first() {
        let _ = writeln!(
            out,
            "**Eerst: {} ({})**{}\n",
            escape(&first.naam),
            urgency_words(first.urgentie),
            first
                .telefoon
                .as_ref()
                .map(|t| format!(" — bel {}", escape(t)))
                .unwrap_or_default()
        );
    }

    let _ = writeln!(out, "## Contacten, meest urgent eerst\n");
    for (n, contact) in view.contacten.iter().enumerate() {
        let _ = writeln!(
            out,
            "{}. **{}** — {}",
            n + 1,
            escape(&contact.naam),
            urgency_words(contact.urgentie)
        );
        for (label, value) in contact_fields(contact) {
            let _ = writeln!(out, "   - {label}: {}", escape(&value));
        }
    }

    if !view.mijlpalen.is_empty() {
        let _ = writeln!(out, "\n## Data om op te letten\n");
        for milestone in &view.mijlpalen {
            let _ = writeln!(
                out,
                "- **{}**: {}",
                milestone.when(),
                escape(&milestone.tekst)
            );
        }
    }

    let _ = writeln!(out, "\n## Adviezen");
    for advice in &view.adviezen {
        let _ = writeln!(
            out,
            "\n### {} — {}\n",
            escape(&advice.titel),
            urgency_words(advice.urgentie)
        );
        if let Some(uitleg) = &advice.uitleg {
            let _ = writeln!(out, "{}\n", escape(uitleg));
        }
        for (label, items) in [
            ("Stappen", &advice.stappen),
            ("Voorbereiden", &advice.voorbereiden),
            ("Grondslag", &advice.grondslag),
            ("Waarom dit advies (route)", &advice.route),
        ] {
            if !items.is_empty() {
                let _ = writeln!(out, "**{label}**\n");
                for item in items {
                    let _ = writeln!(out, "- {}", escape(item));
                }
                out.push('\n');
            }
        }
    }

    let _ = writeln!(out, "## Antwoorden\n");
    let _ = writeln!(out, "| Vraag | Antwoord |\n| --- | --- |");
    for answer in &view.antwoorden {
        let _ = writeln!(
            out,
            "| {} | {} |",
            escape(&answer.tekst).replace('|', "\\|"),
            escape(&answer.label).replace('|', "\\|")
        );
    }
    let _ = writeln!(out, "\n## Dit plan opnieuw maken\n");
    let _ = writeln!(out, "```sh\n{}\n```\n", view.opnieuw);
    let _ = writeln!(out, "_{}_", escape(&view.privacy));
    out
}

/// A question still to answer, as Markdown.
pub fn question(view: &QuestionView) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "## Nog een antwoord nodig: `{}`\n", view.id);
    let _ = writeln!(out, "{}\n", escape(&view.tekst));
    if let Some(uitleg) = &view.uitleg {
        let _ = writeln!(out, "_{}_\n", escape(uitleg));
    }
    if view.soort == "getal" {
        let _ = writeln!(
            out,
            "Een geheel getal van {} tot en met {}.",
            view.min.unwrap_or_default(),
            view.max.unwrap_or_default()
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
