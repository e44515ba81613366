//! The plan and a pending question as Markdown, for a file, a wiki or an e-mail.

use super::{PlanView, QuestionView, contact_fields, urgency_words};
use crate::core::date::Date;
use crate::t;
use std::fmt::Write as _;

/// The plan as Markdown.
pub fn plan(view: &PlanView) -> String {
    let lang = view.lang;
    let word = |id: &str| t!(lang, id);
    let mut out = String::new();
    let info = &view.routekaart;
    let date = Date::parse(&view.datum).map_or(view.datum.clone(), |d| d.words(lang));
    let _ = writeln!(out, "# {}\n", word("plan-md-titel"));
    let of = info
        .datum
        .as_ref()
        .map(|d| format!(" {}", t!(lang, "plan-van", date = d.as_str())))
        .unwrap_or_default();
    let identity = t!(
        lang,
        "plan-md-identiteit",
        name = escape(&info.naam),
        version = escape(&info.versie),
        of = of,
        checksum = info.controlegetal.as_str(),
        date = date
    );
    let _ = writeln!(out, "{identity}\n");
    if let Some(first) = view.contacten.first() {
        let (name, urgency) = (escape(&first.naam), urgency_words(first.urgentie, lang));
        let call = first
            .telefoon
            .as_ref()
            .map(|phone| format!(" — {}", t!(lang, "plan-md-bel", phone = escape(phone))))
            .unwrap_or_default();
        let first = t!(lang, "plan-md-eerst", name = name, urgency = urgency);
        let _ = writeln!(out, "**{first}**{call}\n");
    }

    let _ = writeln!(out, "## {}\n", word("plan-md-contacten"));
    for (n, contact) in view.contacten.iter().enumerate() {
        let _ = writeln!(
            out,
            "{}. **{}** — {}",
            n + 1,
            escape(&contact.naam),
            urgency_words(contact.urgentie, lang)
        );
        for (label, value) in contact_fields(contact, lang) {
            let _ = writeln!(out, "   - {label}: {}", escape(&value));
        }
    }

    if !view.mijlpalen.is_empty() {
        let _ = writeln!(out, "\n## {}\n", word("plan-md-data"));
        for milestone in &view.mijlpalen {
            let _ = writeln!(
                out,
                "- **{}**: {}",
                milestone.when(lang),
                escape(&milestone.tekst)
            );
        }
    }

    let _ = writeln!(out, "\n## {}", word("plan-md-adviezen"));
    for advice in &view.adviezen {
        let _ = writeln!(
            out,
            "\n### {} — {}\n",
            escape(&advice.titel),
            urgency_words(advice.urgentie, lang)
        );
        if let Some(uitleg) = &advice.uitleg {
            let _ = writeln!(out, "{}\n", escape(uitleg));
        }
        for (label, items) in [
            ("plan-md-stappen", &advice.stappen),
            ("plan-md-voorbereiden", &advice.voorbereiden),
            ("plan-md-grondslag", &advice.grondslag),
            ("plan-md-route", &advice.route),
        ] {
            if !items.is_empty() {
                let _ = writeln!(out, "**{}**\n", word(label));
                for item in items {
                    let _ = writeln!(out, "- {}", escape(item));
                }
                out.push('\n');
            }
        }
    }

    let _ = writeln!(out, "## {}\n", word("plan-md-antwoorden"));
    let _ = writeln!(
        out,
        "| {} | {} |\n| --- | --- |",
        word("plan-md-vraag"),
        word("plan-md-antwoord")
    );
    for answer in &view.antwoorden {
        let _ = writeln!(
            out,
            "| {} | {} |",
            escape(&answer.tekst).replace('|', "\\|"),
            escape(&answer.label).replace('|', "\\|")
        );
    }
    let _ = writeln!(out, "\n## {}\n", word("plan-md-opnieuw"));
    let _ = writeln!(out, "```sh\n{}\n```\n", view.opnieuw);
    let _ = writeln!(out, "_{}_", escape(&view.privacy));
    out
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
