//! The printable plan and pending question as plain text, 80 columns, no colour.

use super::{PlanView, QuestionView, contact_fields, urgency_words};
use crate::core::date::Date;
use crate::core::text::wrap;
use crate::i18n::pick;
use comfy_table::{ContentArrangement, Table, presets};
use std::fmt::Write as _;

/// The width of a printed plan.
pub const WIDTH: usize = 80;

/// The plan as a printable text of at most [`WIDTH`] columns.
pub fn plan(view: &PlanView) -> String {
    let mut out = String::new();
    let info = &view.routekaart;
    out.push_str(pick(
        "PLAN VOOR ÉÉN LEERLING — ÉÉN KIND, ÉÉN PLAN\n",
        "PLAN FOR ONE PUPIL — ONE CHILD, ONE PLAN\n",
    ));
    let mut identity = format!(
        "{} · {} {}",
        info.naam,
        pick("versie", "version"),
        info.versie
    );
    if let Some(datum) = &info.datum {
        let _ = write!(identity, " {} {datum}", pick("van", "of"));
    }
    // Kept summaries (`check`) leave the checksum out, so they change only with the plan.
    if !info.controlegetal.is_empty() {
        let word = pick("controlegetal", "checksum");
        let _ = write!(identity, " · {word} {}", info.controlegetal);
    }
    out.push_str(&wrap(&identity, WIDTH, "", ""));
    let date = Date::parse(&view.datum).map_or(view.datum.clone(), |d| d.to_string());
    let _ = writeln!(out, "{} {date}", pick("Gemaakt op", "Made on"));

    if let Some(first) = view.contacten.first() {
        out.push('\n');
        let first_line = format!(
            "{}: {} ({}){}",
            pick("EERST", "FIRST"),
            first.naam,
            urgency_words(first.urgentie),
            first
                .telefoon
                .as_ref()
                .map(|t| format!(" — {} {t}", pick("bel", "call")))
                .unwrap_or_default()
        );
        let indent = " ".repeat(pick("EERST: ", "FIRST: ").chars().count());
        out.push_str(&wrap(&first_line, WIDTH, "", &indent));
    }

    heading(
        &mut out,
        pick(
            "CONTACTEN, MEEST URGENT EERST",
            "CONTACTS, MOST URGENT FIRST",
        ),
    );
    for (n, contact) in view.contacten.iter().enumerate() {
        let title = format!(
            "{}. {} — {}",
            n + 1,
            contact.naam,
            urgency_words(contact.urgentie)
        );
        out.push_str(&wrap(&title, WIDTH, "", "   "));
        for (label, value) in contact_fields(contact) {
            out.push_str(&wrap(&format!("{label}: {value}"), WIDTH, "   ", "     "));
        }
        out.push('\n');
    }

    if !view.mijlpalen.is_empty() {
        heading(&mut out, pick("DATA OM OP TE LETTEN", "DATES TO WATCH"));
        for milestone in &view.mijlpalen {
            let line = format!("{}: {}", milestone.when(), milestone.tekst);
            out.push_str(&wrap(&line, WIDTH, "- ", "  "));
        }
        out.push('\n');
    }

    heading(&mut out, pick("ADVIEZEN", "ADVICE"));
    for (n, advice) in view.adviezen.iter().enumerate() {
        let title = format!(
            "{}. {} — {}",
            n + 1,
            advice.titel,
            urgency_words(advice.urgentie)
        );
        out.push_str(&wrap(&title, WIDTH, "", "   "));
        if let Some(uitleg) = &advice.uitleg {
            out.push_str(&wrap(uitleg, WIDTH, "   ", "   "));
        }
        for (label, items) in [
            (pick("Stappen", "Steps"), &advice.stappen),
            (pick("Voorbereiden", "Prepare"), &advice.voorbereiden),
            (pick("Grondslag", "Legal basis"), &advice.grondslag),
        ] {
            if !items.is_empty() {
                let _ = writeln!(out, "   {label}:");
                for item in items {
                    out.push_str(&wrap(item, WIDTH, "   - ", "     "));
                }
            }
        }
        let _ = writeln!(
            out,
            "   {}",
            pick("Waarom dit advies (route):", "Why this advice (route):")
        );
        for step in &advice.route {
            out.push_str(&wrap(step, WIDTH, "   · ", "     "));
        }
        out.push('\n');
    }

    heading(&mut out, pick("ANTWOORDEN", "ANSWERS"));
    out.push_str(&answers_table(view));
    out.push('\n');

    heading(
        &mut out,
        pick("DIT PLAN OPNIEUW MAKEN", "MAKE THIS PLAN AGAIN"),
    );
    out.push_str(&command_lines(&view.opnieuw, WIDTH));
    out.push('\n');
    out.push_str(&wrap(&view.privacy, WIDTH, "", ""));
    out
}

fn heading(out: &mut String, title: &str) {
    if !out.ends_with("\n\n") {
        out.push('\n');
    }
    let _ = writeln!(out, "{title}\n{}", "=".repeat(title.chars().count()));
}

fn answers_table(view: &PlanView) -> String {
    let mut table = Table::new();
    table
        .load_style(presets::UTF8_HORIZONTAL_ONLY)
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_width(u16::try_from(WIDTH).unwrap_or(80))
        .set_header([pick("Vraag", "Question"), pick("Antwoord", "Answer")]);
    for answer in &view.antwoorden {
        table.add_row([answer.tekst.as_str(), answer.label.as_str()]);
    }
    // comfy-table pads every cell; trailing blanks only get in the way of a printout.
    table
        .lines()
        .map(|line| format!("{}\n", line.trim_end()))
        .collect()
}

/// A shell command broken over lines with `\` so it stays within `width` and can
/// still be pasted as is.
pub fn command_lines(command: &str, width: usize) -> String {
    let mut out = String::new();
    let mut line = String::new();
    for word in split_command(command) {
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() + 2 > width {
            let _ = writeln!(out, "{line} \\");
            line = String::from("   ");
        }
        if !line.trim().is_empty() {
            line.push(' ');
        }
        line.push_str(&word);
    }
    let _ = writeln!(out, "{line}");
    out
}

/// Splits a command into units that stay on one line: `--answer x=y` together.
fn split_command(command: &str) -> Vec<String> {
    let mut units: Vec<String> = Vec::new();
    for word in command.split(' ') {
        match units.last_mut() {
            Some(last) if last.starts_with("--") && !last.contains(' ') => {
                last.push(' ');
                last.push_str(word);
            }
            _ => units.push(word.to_string()),
        }
    }
    units
}

/// A question still to answer, with its valid answers.
pub fn question(view: &QuestionView) -> String {
    let mut out = String::new();
    let id = &view.id;
    let _ = writeln!(
        out,
        "{}",
        crate::tr!(
            "Nog een antwoord nodig: vraag `{id}`",
            "Another answer needed: question `{id}`"
        )
    );
    out.push_str(&wrap(&view.tekst, WIDTH, "  ", "  "));
    if let Some(uitleg) = &view.uitleg {
        out.push_str(&wrap(uitleg, WIDTH, "  ", "  "));
    }
    match view.soort {
        "getal" => {
            let (min, max) = (view.min.unwrap_or_default(), view.max.unwrap_or_default());
            let unit = view
                .eenheid
                .as_ref()
                .map(|e| format!(" ({e})"))
                .unwrap_or_default();
            let _ = writeln!(
                out,
                "{}",
                crate::tr!(
                    "Antwoord: een geheel getal van {min} tot en met {max}{unit}.",
                    "Answer: a whole number from {min} to {max}{unit}."
                )
            );
        }
        soort => {
            let _ = writeln!(
                out,
                "{}",
                if soort == "meerkeuze" {
                    pick(
                        "Antwoorden (één of meer, met komma's):",
                        "Answers (one or more, with commas):",
                    )
                } else {
                    pick("Antwoorden:", "Answers:")
                }
            );
            let width = view
                .opties
                .iter()
                .map(|o| o.waarde.len())
                .max()
                .unwrap_or(0);
            for option in &view.opties {
                let prefix = format!("  {:<width$}  ", option.waarde);
                let indent = " ".repeat(prefix.chars().count());
                out.push_str(&wrap(&option.label, WIDTH, &prefix, &indent));
            }
        }
    }
    let example = match view.soort {
        "getal" => view.min.unwrap_or_default().to_string(),
        _ => view
            .opties
            .first()
            .map(|o| o.waarde.clone())
            .unwrap_or_default(),
    };
    let _ = writeln!(
        out,
        "{}",
        crate::tr!(
            "Geef het antwoord mee, bijvoorbeeld: --answer {id}={example}",
            "Give the answer, for example: --answer {id}={example}"
        )
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_commands_break_between_answers() {
        let command = "routekaart advise --answer schoolgemeente=amstelveen --answer woongemeente=aalsmeer --answer signaal=verzuim,gezondheid";
        let text = command_lines(command, 60);
        assert!(text.lines().all(|l| l.chars().count() <= 60), "{text}");
        assert!(text.contains("--answer woongemeente=aalsmeer"), "{text}");
        let joined = text.replace(" \\\n   ", " ");
        assert_eq!(joined.trim_end(), command);
    }
}
