//! What a printed plan puts on its one page and what in the appendix.
//!
//! An IB'er prints the plan and takes it into a meeting: one A4 page must say
//! whom to call first and why, with number and deadline, the others in order,
//! what to prepare, the legal duties and dates, and leave room to write. The
//! route, the answers and the command that makes the plan again are for a
//! second look: they go to the appendix (`--uitgebreid`) and the JSON. Text
//! and HTML both take their page from here, so they cannot disagree. Pure.

use super::{ContactView, PlanView};
use crate::core::map::Urgency;
use crate::i18n::current;
use crate::t;

/// How a plan is printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PlanOptions {
    /// Columns of the text version.
    pub width: usize,
    /// Whether the appendix (route, answers, reproduce line) follows the page.
    pub extended: bool,
}

/// Paper: an A4 text printer fits about 77 characters a line.
pub const PAPER_WIDTH: usize = 76;

impl Default for PlanOptions {
    fn default() -> Self {
        PlanOptions {
            width: PAPER_WIDTH,
            extended: false,
        }
    }
}

/// A catalogue text of the printed plan, in the current language.
pub fn word(id: &str) -> String {
    t!(current(), id)
}

/// How much of the plan's detail is on the page. The page holds what the
/// reader needs in the meeting; when that does not fit, the notes of the
/// later contacts and the steps of the later advices move to the appendix,
/// in that order (see [`Detail::levels`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Detail {
    /// Of how many contacts, from the top, the page shows the directory's
    /// notes; all when `None`. A role without an organisation keeps its note
    /// (how to find who fills it) in any case.
    pub notes: Option<usize>,
    /// Of how many advices, from the top, the page shows the steps; all when `None`.
    pub steps: Option<usize>,
}

impl Detail {
    /// Everything on the page.
    pub const FULL: Detail = Detail {
        notes: None,
        steps: None,
    };

    /// From most to least detail: the first that fits is printed.
    pub fn levels() -> [Detail; 4] {
        [
            Detail::FULL,
            Detail {
                notes: Some(1),
                steps: None,
            },
            Detail {
                notes: Some(1),
                steps: Some(1),
            },
            Detail {
                notes: Some(0),
                steps: Some(0),
            },
        ]
    }

    /// Whether the page leaves something out that the appendix has.
    pub fn is_partial(self, view: &PlanView) -> bool {
        !left_out(view, self).is_empty()
    }

    /// Whether the page shows the notes of the `n`th contact.
    pub fn shows_notes(self, n: usize, contact: &ContactView) -> bool {
        self.notes.is_none_or(|first| n < first) || contact.organisatie.is_none()
    }

    /// Whether the page shows the steps of the `n`th advice.
    pub fn shows_steps(self, n: usize) -> bool {
        self.steps.is_none_or(|first| n < first)
    }
}

/// The lines a page holds: 66 lines of text fill an A4 page in 12-point Courier.
pub const PAGE_LINES: usize = 66;

/// How to reach a contact, in one line: role, phone, e-mail, website, hours.
pub fn reach(contact: &ContactView) -> String {
    let mut parts: Vec<String> = Vec::new();
    if let (Some(rol), Some(_)) = (&contact.rol_naam, &contact.organisatie) {
        parts.push(rol.clone());
    }
    if let Some(phone) = &contact.telefoon {
        parts.push(t!(current(), "plan-telefoon", phone = phone.as_str()));
    }
    parts.extend(contact.email.clone());
    parts.extend(contact.website.as_deref().map(bare_url));
    if let Some(hours) = &contact.openingstijden {
        parts.push(t!(current(), "plan-bereikbaar", hours = hours.as_str()));
    }
    parts.join(" · ")
}

/// A web address as printed: without `https://` and a trailing slash.
pub fn bare_url(url: &str) -> String {
    let bare = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
        .unwrap_or(url);
    bare.strip_suffix('/').unwrap_or(bare).to_string()
}

/// What to prepare, over all advices, each item once, in plan order.
pub fn prepare(view: &PlanView) -> Vec<String> {
    unique(view.adviezen.iter().flat_map(|a| a.voorbereiden.iter()))
}

/// The legal grounds of all advices, each once, in plan order.
pub fn duties(view: &PlanView) -> Vec<String> {
    unique(view.adviezen.iter().flat_map(|a| a.grondslag.iter()))
}

/// Each item once; an item that another one begins with and then says more
/// ("Toestemming van de ouders" and "… om gegevens te delen") is left out.
fn unique<'a>(items: impl Iterator<Item = &'a String>) -> Vec<String> {
    let items: Vec<&String> = items.collect();
    let says_more = |short: &str, long: &str| {
        long.len() > short.len()
            && long.starts_with(short)
            && !long[short.len()..].starts_with(char::is_alphanumeric)
    };
    let mut out: Vec<String> = Vec::new();
    for item in &items {
        if out.contains(item) || items.iter().any(|other| says_more(item, other)) {
            continue;
        }
        out.push((*item).clone());
    }
    out
}

/// The note under the contact list: why the order is as it is when two
/// contacts are equally urgent, and what "regulier" means when one is.
pub fn order_note(contacts: &[ContactView]) -> Option<String> {
    let tie = contacts
        .windows(2)
        .any(|pair| pair[0].urgentie == pair[1].urgentie);
    let routine = contacts.iter().any(|c| c.urgentie == Urgency::Regulier);
    let notes: Vec<String> = [(tie, "plan-volgorde-gelijk"), (routine, "plan-regulier")]
        .into_iter()
        .filter(|(applies, _)| *applies)
        .map(|(_, id)| word(id))
        .collect();
    (!notes.is_empty()).then(|| notes.join(" "))
}

/// A contact's reasons as one text: each reason a sentence.
pub fn reasons(contact: &ContactView) -> Option<String> {
    let sentences: Vec<String> = contact
        .redenen
        .iter()
        .map(|r| {
            let r = r.trim();
            if r.ends_with(['.', '!', '?']) {
                r.to_string()
            } else {
                format!("{r}.")
            }
        })
        .collect();
    (!sentences.is_empty()).then(|| sentences.join(" "))
}

/// The label of a contact's place in the order: "EERST" for the first, "DAARNA"
/// for the second (the rest are numbered only).
pub fn place(n: usize) -> Option<String> {
    match n {
        0 => Some(word("plan-eerst")),
        1 => Some(word("plan-daarna")),
        _ => None,
    }
}

/// The lines to fill in by hand: label and how many writing lines.
pub fn fill_in() -> [(String, usize); 3] {
    [
        (word("plan-besproken"), 1),
        (word("plan-afspraken"), 3),
        (word("plan-evaluatie"), 1),
    ]
}

/// The map's identity in one line: name, version, date, checksum.
pub fn identity(view: &PlanView) -> String {
    let info = &view.routekaart;
    let mut identity = format!(
        "{} · {}",
        info.naam,
        t!(current(), "plan-versie", version = info.versie.as_str())
    );
    if let Some(datum) = &info.datum {
        identity.push(' ');
        identity.push_str(&t!(current(), "plan-van", date = datum.as_str()));
    }
    // Kept summaries (`check`) leave the checksum out, so they change only with the plan.
    if !info.controlegetal.is_empty() {
        identity.push_str(" · ");
        let checksum = info.controlegetal.as_str();
        identity.push_str(&t!(current(), "plan-controlegetal", checksum = checksum));
    }
    identity
}

/// Part of the plan the page left out, for the appendix: a heading and its
/// numbered entries, each with its items.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LeftOut {
    pub heading: String,
    /// "2. Title" and the items under it.
    pub entries: Vec<(String, Vec<String>)>,
}

/// What the page at `detail` left out: the steps of later advices, then the
/// notes of later contacts; only the groups that have something.
pub fn left_out(view: &PlanView, detail: Detail) -> Vec<LeftOut> {
    let steps = view
        .adviezen
        .iter()
        .enumerate()
        .filter(|(n, a)| !detail.shows_steps(*n) && !a.stappen.is_empty())
        .map(|(n, a)| (format!("{}. {}", n + 1, a.titel), a.stappen.clone()))
        .collect();
    let notes = view
        .contacten
        .iter()
        .enumerate()
        .filter(|(n, c)| !detail.shows_notes(*n, c) && !c.opmerkingen.is_empty())
        .map(|(n, c)| (format!("{}. {}", n + 1, c.naam), c.opmerkingen.clone()))
        .collect();
    [
        ("plan-kop-meer-stappen", steps),
        ("plan-kop-meer-contacten", notes),
    ]
    .into_iter()
    .filter(|(_, entries): &(_, Vec<_>)| !entries.is_empty())
    .map(|(id, entries)| LeftOut {
        heading: word(id),
        entries,
    })
    .collect()
}
