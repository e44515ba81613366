//! The printable plan and pending question as plain text, no colour.
//!
//! The plan is one A4 page ([`super::page`]) of at most [`PlanOptions::width`]
//! columns, and with `--uitgebreid` an appendix after it.

use super::page::{self, Detail, PlanOptions, word};
use super::{PlanView, QuestionView, urgency_words};
use crate::core::date::Date;
use crate::t;
use comfy_table::{ContentArrangement, Table, presets};
use std::fmt::Write as _;

/// The width of a pending question on screen.
pub const WIDTH: usize = 80;

/// The plan as printable text: the page, then the appendix if asked for.
pub fn plan(view: &PlanView, options: PlanOptions) -> String {
    let detail = fit(view, options.width);
    let mut out = page(view, options.width, detail);
    if options.extended {
        appendix(&mut out, view, options.width, detail);
    }
    out
}

/// The most detail whose page fits [`page::PAGE_LINES`] lines at `width`;
/// [`Detail::beyond_one_page`] when none does.
pub fn fit(view: &PlanView, width: usize) -> Detail {
    Detail::levels()
        .into_iter()
        .find(|&detail| page(view, width, detail).lines().count() <= page::PAGE_LINES)
        .unwrap_or_else(Detail::beyond_one_page)
}

/// The one page: whom to call, what to do and prepare, the duties and dates,
/// and lines to fill in by hand.
fn page(view: &PlanView, width: usize, detail: Detail) -> String {
    let lang = view.lang;
    let mut out = String::new();
    let date = Date::parse(&view.datum).map_or(view.datum.clone(), |d| d.words(lang));
    let title = word(lang, "plan-titel");
    let made = t!(lang, "plan-gemaakt", date = date.as_str());
    // The date right-aligned on the title line when both fit.
    let gap = width.saturating_sub(title.chars().count() + made.chars().count());
    if gap >= 2 {
        let _ = writeln!(out, "{title}{}{made}", " ".repeat(gap));
    } else {
        let _ = writeln!(out, "{title}\n{made}");
    }
    out.push_str(&wrap(&page::identity(view), width, "", ""));
    if let Some(school) = &view.school {
        let line = format!("{}: {school}", word(lang, "plan-school"));
        out.push_str(&wrap(&line, width, "", ""));
    }

    let spaced = detail.spaced;
    heading_on(&mut out, &word(lang, "plan-kop-contacten"), spaced);
    if view.contacten.is_empty() {
        out.push_str(&wrap(&word(lang, "plan-geen-contact"), width, "", ""));
    }
    for (n, contact) in view.contacten.iter().enumerate() {
        let place = page::place(n, lang)
            .map(|p| format!("{p}: "))
            .unwrap_or_default();
        let title = format!(
            "{}. {place}{} — {}",
            n + 1,
            contact.naam,
            urgency_words(contact.urgentie, lang)
        );
        out.push_str(&wrap(&title, width, "", "   "));
        // The school's own person first: the regional desk comes after.
        if let Some(person) = &contact.school {
            let line = format!("{}: {}", word(lang, "plan-uw-school"), person.line(lang));
            out.push_str(&wrap(&line, width, "   ", "     "));
        }
        let reach = page::reach(contact, lang);
        if !reach.is_empty() {
            out.push_str(&wrap(&reach, width, "   ", "     "));
        }
        for (label, item) in page::contact_items(contact, n, detail, lang) {
            out.push_str(&wrap(&format!("{label}: {item}"), width, "   ", "     "));
        }
    }
    if let Some(note) = page::order_note(&view.contacten, lang) {
        out.push_str(&wrap(&note, width, "", ""));
    }

    heading_on(&mut out, &word(lang, "plan-kop-doen"), spaced);
    for (n, advice) in view.adviezen.iter().enumerate() {
        let title = format!(
            "{}. {} — {}",
            n + 1,
            advice.titel,
            urgency_words(advice.urgentie, lang)
        );
        out.push_str(&wrap(&title, width, "", "   "));
        if detail.shows_steps(n) {
            for step in &advice.stappen {
                out.push_str(&wrap(step, width, "   - ", "     "));
            }
        }
    }
    for (title, items) in page::lists(view, detail) {
        list(&mut out, &title, &items, width, spaced);
    }

    heading_on(&mut out, &word(lang, "plan-kop-invullen"), spaced);
    out.push_str(&fill_in(detail, width, lang));
    if spaced {
        out.push('\n');
    }
    out.push_str(&wrap(&view.privacy, width, "", ""));
    out.push_str(&wrap(&page::more(view, detail), width, "", ""));
    out
}

/// The appendix: what the page left out, why each advice (its explanation
/// and route), the answers, when the contact data were checked, and the
/// command that makes this plan again.
fn appendix(out: &mut String, view: &PlanView, width: usize, detail: Detail) {
    let lang = view.lang;
    out.push('\n');
    heading(out, &word(lang, "plan-kop-bijlage"));
    for group in page::left_out(view, detail) {
        heading(out, &group.heading);
        for (title, items) in &group.entries {
            out.push_str(&wrap(title, width, "", "   "));
            for item in items {
                out.push_str(&wrap(item, width, "   - ", "     "));
            }
        }
    }
    heading(out, &word(lang, "plan-kop-waarom"));
    for (n, advice) in view.adviezen.iter().enumerate() {
        let title = format!("{}. {}", n + 1, advice.titel);
        out.push_str(&wrap(&title, width, "", "   "));
        if let Some(uitleg) = &advice.uitleg {
            out.push_str(&wrap(uitleg, width, "   ", "   "));
        }
        let _ = writeln!(out, "   {}:", word(lang, "plan-route"));
        for step in &advice.route {
            out.push_str(&wrap(step, width, "   · ", "     "));
        }
    }
    heading(out, &word(lang, "plan-kop-antwoorden"));
    out.push_str(&answers_table(view, width));
    heading(out, &word(lang, "plan-kop-gegevens"));
    for line in page::checked(view) {
        out.push_str(&wrap(&line, width, "- ", "  "));
    }
    heading(out, &word(lang, "plan-kop-opnieuw"));
    out.push_str(&command_lines(&view.opnieuw, width));
}

/// [`crate::core::text::wrap`] for paper: a word longer than a line (a long
/// web address) is broken after a `/`, `-`, `.`, `_`, `?`, `&` or `=`, so each
/// piece ends where the address visibly goes on, and continues on the next
/// line after `rest`. Only where no such mark fits is it broken at the edge.
pub(crate) fn wrap(text: &str, width: usize, first: &str, rest: &str) -> String {
    let wrapped = crate::core::text::wrap(text, width, first, rest);
    if wrapped.lines().all(|l| l.chars().count() <= width) {
        return wrapped;
    }
    let mut out = String::new();
    for line in wrapped.lines() {
        if line.chars().count() <= width {
            let _ = writeln!(out, "{line}");
            continue;
        }
        // An over-long line is its prefix and one word: wrap starts a new line before it.
        let word = line.rsplit(' ').next().unwrap_or(line);
        let mut head = line[..line.len() - word.len()].to_string();
        let mut word = word;
        loop {
            let room = width.saturating_sub(head.chars().count()).max(1);
            let piece = break_point(word, room);
            let _ = writeln!(out, "{head}{}", &word[..piece]);
            word = &word[piece..];
            if word.is_empty() {
                break;
            }
            head = rest.to_string();
        }
    }
    out
}

/// Where to break `word` so that its first piece fits `room` columns: after
/// the last mark that fits, else at `room`; the whole word when it fits.
fn break_point(word: &str, room: usize) -> usize {
    let fits: Vec<(usize, char)> = word.char_indices().take(room + 1).collect();
    if fits.len() <= room {
        return word.len();
    }
    let edge = fits[room].0;
    fits[..room]
        .iter()
        .rev()
        .find(|(_, c)| "/-._?&=".contains(*c))
        .map(|(i, c)| i + c.len_utf8())
        .filter(|&end| end < word.len())
        .unwrap_or(edge)
}

/// A heading with its items as a dashed list; nothing when there are none.
fn list(out: &mut String, title: &str, items: &[String], width: usize, spaced: bool) {
    if items.is_empty() {
        return;
    }
    heading_on(out, title, spaced);
    for item in items {
        out.push_str(&wrap(item, width, "- ", "  "));
    }
}

/// A blank line, then the heading in capitals on a line of its own.
fn heading(out: &mut String, title: &str) {
    heading_on(out, title, true);
}

/// The heading, after a blank line when `spaced`.
fn heading_on(out: &mut String, title: &str, spaced: bool) {
    if spaced && !out.ends_with("\n\n") {
        out.push('\n');
    }
    let _ = writeln!(out, "{title}");
}

/// The writing lines: each label with a rule to the edge, a further line
/// under the label above it; two labels that share a line split it, the
/// second with room for a date.
fn fill_in(detail: Detail, width: usize, lang: crate::i18n::Lang) -> String {
    let mut out = String::new();
    let mut indent = 0;
    for labels in page::fill_in(detail, lang) {
        let (lead, end) = match &labels[..] {
            [label, second, ..] => (
                format!("{label}: "),
                format!("  {second}: {}", "_".repeat(14)),
            ),
            [label] if label.is_empty() => (" ".repeat(indent), String::new()),
            [label] => (format!("{label}: "), String::new()),
            [] => continue,
        };
        if labels.first().is_some_and(|label| !label.is_empty()) {
            indent = lead.chars().count();
        }
        let room = width.saturating_sub(lead.chars().count() + end.chars().count());
        let _ = writeln!(out, "{lead}{}{end}", "_".repeat(room.max(10)));
    }
    out
}

fn answers_table(view: &PlanView, width: usize) -> String {
    let lang = view.lang;
    let mut table = Table::new();
    table
        .load_style(presets::UTF8_HORIZONTAL_ONLY)
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_width(u16::try_from(width).unwrap_or(u16::MAX))
        .set_header([word(lang, "plan-vraag"), word(lang, "plan-antwoord")]);
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
    let (lang, id) = (view.lang, view.id.as_str());
    let mut out = String::new();
    let _ = writeln!(out, "{}", t!(lang, "plan-vraag-nodig", id = id));
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
            let (min, max) = (min.to_string(), max.to_string());
            let line = t!(lang, "plan-vraag-getal", min = min, max = max, unit = unit);
            let _ = writeln!(out, "{line}");
        }
        soort => {
            let answers = if soort == "meerkeuze" {
                "plan-vraag-antwoorden-meer"
            } else {
                "plan-vraag-antwoorden"
            };
            let _ = writeln!(out, "{}", t!(lang, answers));
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
    let line = t!(lang, "plan-vraag-voorbeeld", id = id, example = example);
    let _ = writeln!(out, "{line}");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_web_address_longer_than_a_line_breaks_after_a_mark() {
        let url =
            "gemeente.groningen.nl/doorontwikkeling-jeugdhulp-de-basis-jeugdhulp-bij-wij-groningen";
        let text = wrap(&format!("Dyslexiezorg · {url}"), 40, "   ", "     ");
        assert!(text.lines().all(|l| l.chars().count() <= 40), "{text}");
        // Every piece ends at a mark, and the pieces make the address again.
        let pieces: Vec<&str> = text.lines().skip(1).map(str::trim).collect();
        assert!(
            pieces[..pieces.len() - 1]
                .iter()
                .all(|p| p.ends_with(['/', '-'])),
            "{text}"
        );
        assert_eq!(pieces.concat(), url);
        // Without a mark the word breaks at the edge, and nothing is lost.
        let text = wrap(&"x".repeat(25), 10, "", "");
        assert_eq!(text, "xxxxxxxxxx\nxxxxxxxxxx\nxxxxx\n");
    }

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
