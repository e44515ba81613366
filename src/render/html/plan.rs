//! The plan as one HTML page for A4, with the appendix on the pages after it
//! when asked for. The page holds what the text page holds ([`super::super::page`]),
//! at the same level of detail, so paper and HTML tell the same plan.

use super::{escape, link, list, page, urgency_badge, urgency_class};
use crate::core::date::Date;
use crate::render::page::{self as paper, PlanOptions, word};
use crate::render::{PlanView, text, urgency_words};
use crate::t;
use std::fmt::Write as _;

/// The plan as a self-contained HTML file.
pub fn plan(view: &PlanView, options: PlanOptions) -> String {
    let lang = view.lang;
    // The detail of the paper text page: where that fits 66 lines, this page
    // fits A4 (measured with Chromium on every shipped scenario with one or
    // two signals, and kept so by tests/cli/html.rs; more detail, as if a
    // line held 92 columns, spilled onto a second page). Where the text page
    // closes up its sections, so does this one: sections nearer, writing
    // lines lower.
    let detail = text::fit(view, paper::PAPER_WIDTH);
    let mut body = String::from(if detail.spaced {
        "<div class=\"sheet\">\n"
    } else {
        "<div class=\"sheet close\">\n"
    });
    let date = Date::parse(&view.datum).map_or(view.datum.clone(), |d| d.words(lang));
    let _ = writeln!(
        body,
        "<header>\n<div class=\"head\"><h1>{}</h1><p>{}</p></div>\n<p class=\"identity\">{}</p>\n</header>",
        escape(&word(lang, "plan-titel")),
        escape(&t!(lang, "plan-gemaakt", date = date.as_str())),
        escape(&paper::identity(view))
    );
    if let Some(school) = &view.school {
        let _ = writeln!(
            body,
            "<p class=\"identity\">{}: {}</p>",
            escape(&word(lang, "plan-school")),
            escape(school)
        );
    }

    let _ = writeln!(
        body,
        "<section>\n<h2>{}</h2>",
        escape(&word(lang, "plan-kop-contacten"))
    );
    if view.contacten.is_empty() {
        let _ = writeln!(body, "<p>{}</p>", escape(&word(lang, "plan-geen-contact")));
    }
    body.push_str("<ol class=\"contacts\">\n");
    for (n, contact) in view.contacten.iter().enumerate() {
        let place = paper::place(n, lang)
            .map(|p| format!("<span class=\"place\">{}:</span> ", escape(&p)))
            .unwrap_or_default();
        let _ = writeln!(
            body,
            "<li class=\"contact {}\">\n<p class=\"who\">{}. {place}{} {}</p>",
            urgency_class(contact.urgentie),
            n + 1,
            escape(&contact.naam),
            urgency_badge(contact.urgentie, lang)
        );
        // The school's own person first: the regional desk comes after.
        if let Some(person) = &contact.school {
            let _ = writeln!(
                body,
                "<p><span class=\"label\">{}:</span> <strong>{}</strong></p>",
                escape(&word(lang, "plan-uw-school")),
                escape(&person.line(lang))
            );
        }
        let reach = reach(contact, lang);
        if !reach.is_empty() {
            let _ = writeln!(body, "<p>{reach}</p>");
        }
        for (label, item) in paper::contact_items(contact, n, detail, lang) {
            let _ = writeln!(
                body,
                "<p><span class=\"label\">{}:</span> {}</p>",
                escape(&label),
                escape(&item)
            );
        }
        body.push_str("</li>\n");
    }
    body.push_str("</ol>\n");
    if let Some(note) = paper::order_note(&view.contacten, lang) {
        let _ = writeln!(body, "<p class=\"muted\">{}</p>", escape(&note));
    }
    body.push_str("</section>\n");

    let _ = writeln!(
        body,
        "<section>\n<h2>{}</h2>\n<ol>",
        escape(&word(lang, "plan-kop-doen"))
    );
    for (n, advice) in view.adviezen.iter().enumerate() {
        let _ = writeln!(
            body,
            "<li><strong>{}</strong> {}",
            escape(&advice.titel),
            urgency_badge(advice.urgentie, lang)
        );
        if detail.shows_steps(n) {
            body.push_str(&list(&advice.stappen).replacen("<ul>", "<ul class=\"steps\">", 1));
        }
        body.push_str("</li>\n");
    }
    body.push_str("</ol>\n</section>\n");
    for (title, items) in paper::lists(view, detail) {
        section(&mut body, &title, &items);
    }

    let _ = writeln!(
        body,
        "<section class=\"fill\">\n<h2>{}</h2>",
        escape(&word(lang, "plan-kop-invullen"))
    );
    for labels in paper::fill_in(detail, lang) {
        body.push_str("<div class=\"line\">");
        for label in labels.iter().filter(|label| !label.is_empty()) {
            let _ = write!(body, "<span>{}:</span><i></i>", escape(label));
        }
        if labels.iter().all(String::is_empty) {
            body.push_str("<i></i>");
        }
        body.push_str("</div>\n");
    }
    body.push_str("</section>\n");
    let _ = writeln!(body, "<footer>\n<p>{}</p>", escape(&view.privacy));
    if !options.extended {
        let _ = writeln!(body, "<p>{}</p>", escape(&paper::more(view, detail)));
    }
    body.push_str("</footer>\n</div>\n");
    if options.extended {
        appendix(&mut body, view, detail);
    }
    page(&word(lang, "plan-titel"), &body, lang)
}

/// How to reach a contact in one line, with the web address as a link.
fn reach(contact: &crate::render::ContactView, lang: crate::i18n::Lang) -> String {
    let mut parts: Vec<String> = Vec::new();
    if let (Some(rol), Some(_)) = (&contact.rol_naam, &contact.organisatie) {
        parts.push(escape(rol));
    }
    if let Some(phone) = &contact.telefoon {
        let phone = t!(lang, "plan-telefoon", phone = phone.as_str());
        parts.push(format!("<strong>{}</strong>", escape(&phone)));
    }
    parts.extend(contact.email.as_deref().map(escape));
    parts.extend(contact.website.as_deref().map(link));
    if let Some(hours) = &contact.openingstijden {
        parts.push(escape(&t!(lang, "plan-bereikbaar", hours = hours.as_str())));
    }
    parts.join(" · ")
}

/// A section with a heading and a list; nothing when the list is empty.
fn section(body: &mut String, title: &str, items: &[String]) {
    if items.is_empty() {
        return;
    }
    let _ = writeln!(
        body,
        "<section>\n<h2>{}</h2>\n{}</section>",
        escape(title),
        list(items)
    );
}

/// The appendix, from a new page: what the page left out, why each advice,
/// the answers, when the contact data were checked, and the command.
fn appendix(body: &mut String, view: &PlanView, detail: paper::Detail) {
    let lang = view.lang;
    let _ = writeln!(
        body,
        "<section class=\"chapter\">\n<h2>{}</h2>",
        escape(&word(lang, "plan-kop-bijlage"))
    );
    for group in paper::left_out(view, detail) {
        let _ = writeln!(body, "<h3>{}</h3>", escape(&group.heading));
        for (title, items) in &group.entries {
            let _ = writeln!(body, "<h4>{}</h4>\n{}", escape(title), list(items));
        }
    }
    let _ = writeln!(body, "<h3>{}</h3>", escape(&word(lang, "plan-kop-waarom")));
    for (n, advice) in view.adviezen.iter().enumerate() {
        let _ = writeln!(
            body,
            "<h4>{}. {} ({})</h4>",
            n + 1,
            escape(&advice.titel),
            escape(&urgency_words(advice.urgentie, lang))
        );
        if let Some(uitleg) = &advice.uitleg {
            let _ = writeln!(body, "<p>{}</p>", escape(uitleg));
        }
        let _ = writeln!(
            body,
            "<p class=\"label\">{}:</p>\n{}",
            escape(&word(lang, "plan-route")),
            list(&advice.route)
        );
    }
    let _ = writeln!(
        body,
        "<h3>{}</h3>\n<table>\n<thead><tr><th>{}</th><th>{}</th></tr></thead>\n<tbody>",
        escape(&word(lang, "plan-kop-antwoorden")),
        escape(&word(lang, "plan-vraag")),
        escape(&word(lang, "plan-antwoord"))
    );
    for answer in &view.antwoorden {
        let _ = writeln!(
            body,
            "<tr><td>{}</td><td>{}</td></tr>",
            escape(&answer.tekst),
            escape(&answer.label)
        );
    }
    body.push_str("</tbody>\n</table>\n");
    let dates = paper::checked(view);
    if !dates.is_empty() {
        let _ = writeln!(
            body,
            "<h3>{}</h3>\n{}",
            escape(&word(lang, "plan-kop-gegevens")),
            list(&dates)
        );
    }
    let _ = writeln!(
        body,
        "<h3>{}</h3>\n<p><code>{}</code></p>\n</section>",
        escape(&word(lang, "plan-kop-opnieuw")),
        escape(&view.opnieuw)
    );
}
