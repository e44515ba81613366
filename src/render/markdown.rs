//! The plan and a pending question as Markdown, for a file, a wiki or an e-mail.

use super::{PlanView, QuestionView, contact_fields, urgency_words};
use crate::core::date::Date;
use crate::i18n::pick;
use crate::tr;
use std::fmt::Write as _;

/// The plan as Markdown.
pub fn plan(view: &PlanView) -> String {
    let mut out = String::new();
    let info = &view.routekaart;
    let date =
        Date::parse(&view.datum).map_or(view.datum.clone(), |d| d.words(crate::i18n::current()));
    let _ = writeln!(
        out,
        "{}\n",
        pick("# Plan voor één leerling", "# Plan for one pupil")
    );
    let (naam, versie, controlegetal) = (
        escape(&info.naam),
        escape(&info.versie),
        &info.controlegetal,
    );
    let of = info
        .datum
        .as_ref()
        .map(|d| tr!(" van {d}", " of {d}"))
        .unwrap_or_default();
    let _ = writeln!(
        out,
        "{}\n",
        tr!(
            "{naam} · versie {versie}{of} · controlegetal `{controlegetal}` · gemaakt op {date}",
            "{naam} · version {versie}{of} · checksum `{controlegetal}` · made on {date}"
        )
    );
    if let Some(first) = view.contacten.first() {
        let (naam, urgency) = (escape(&first.naam), urgency_words(first.urgentie));
        let call = first
            .telefoon
            .as_ref()
            .map(|t| {
                let t = escape(t);
                tr!(" — bel {t}", " — call {t}")
            })
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "{}\n",
            tr!(
                "**Eerst: {naam} ({urgency})**{call}",
                "**First: {naam} ({urgency})**{call}"
            )
        );
    }

    let _ = writeln!(
        out,
        "{}\n",
        pick(
            "## Contacten, meest urgent eerst",
            "## Contacts, most urgent first"
        )
    );
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
        let _ = writeln!(
            out,
            "\n{}\n",
            pick("## Data om op te letten", "## Dates to watch")
        );
        for milestone in &view.mijlpalen {
            let _ = writeln!(
                out,
                "- **{}**: {}",
                milestone.when(),
                escape(&milestone.tekst)
            );
        }
    }

    let _ = writeln!(out, "\n{}", pick("## Adviezen", "## Advice"));
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
            (pick("Stappen", "Steps"), &advice.stappen),
            (pick("Voorbereiden", "Prepare"), &advice.voorbereiden),
            (pick("Grondslag", "Legal basis"), &advice.grondslag),
            (
                pick("Waarom dit advies (route)", "Why this advice (route)"),
                &advice.route,
            ),
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

    let _ = writeln!(out, "{}\n", pick("## Antwoorden", "## Answers"));
    let _ = writeln!(
        out,
        "{}\n| --- | --- |",
        pick("| Vraag | Antwoord |", "| Question | Answer |")
    );
    for answer in &view.antwoorden {
        let _ = writeln!(
            out,
            "| {} | {} |",
            escape(&answer.tekst).replace('|', "\\|"),
            escape(&answer.label).replace('|', "\\|")
        );
    }
    let _ = writeln!(
        out,
        "\n{}\n",
        pick("## Dit plan opnieuw maken", "## Make this plan again")
    );
    let _ = writeln!(out, "```sh\n{}\n```\n", view.opnieuw);
    let _ = writeln!(out, "_{}_", escape(&view.privacy));
    out
}

/// A question still to answer, as Markdown.
pub fn question(view: &QuestionView) -> String {
    let mut out = String::new();
    let id = &view.id;
    let _ = writeln!(
        out,
        "{}\n",
        tr!(
            "## Nog een antwoord nodig: `{id}`",
            "## Another answer needed: `{id}`"
        )
    );
    let _ = writeln!(out, "{}\n", escape(&view.tekst));
    if let Some(uitleg) = &view.uitleg {
        let _ = writeln!(out, "_{}_\n", escape(uitleg));
    }
    if view.soort == "getal" {
        let (min, max) = (view.min.unwrap_or_default(), view.max.unwrap_or_default());
        let _ = writeln!(
            out,
            "{}",
            tr!(
                "Een geheel getal van {min} tot en met {max}.",
                "A whole number from {min} to {max}."
            )
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
