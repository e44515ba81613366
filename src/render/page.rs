//! What a printed plan puts on its one page and what in the appendix.
//!
//! An IB'er prints the plan and takes it into a meeting: one A4 page must say
//! whom to call first and why, with number and deadline, the others in order,
//! what to prepare, the legal duties and dates, and leave room to write. The
//! route, the answers and the command that makes the plan again are for a
//! second look: they go to the appendix (`--uitgebreid`) and the JSON. Text
//! and HTML both take their page from here, so they cannot disagree. How
//! much fits is measured, not guessed: the text renderer tries the levels of
//! [`Detail`] from most to least and prints the first whose page fits 66
//! lines of 76 columns. Pure.

use super::{ContactView, PlanView};
use crate::core::map::Urgency;
use crate::i18n::Lang;
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

/// A catalogue text of the printed plan (`locales/*/paper.ftl`), in `lang`.
pub fn word(lang: Lang, id: &str) -> String {
    t!(lang, id)
}

/// How much of the plan's detail is on the page. The page holds what the
/// reader needs in the meeting; when that does not fit, it is first said
/// shorter (the duties of one law in one item, a contact's deadlines in one
/// line), then the notes of the later contacts and the steps of the later
/// advices move to the appendix, the sections close up, the reasons of the
/// later contacts move to the appendix and the writing lines get fewer, in
/// that order (see [`Detail::levels`]). Whom to call first and why, every
/// contact with its number and deadline, what to prepare, every duty and
/// date, and a line for each thing to fill in stay on the page at every level.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Detail {
    /// Of how many contacts, from the top, the page shows the directory's
    /// notes; all when `None`. A role without an organisation keeps its note
    /// (how to find who fills it) in any case.
    pub notes: Option<usize>,
    /// Of how many advices, from the top, the page shows the steps; all when `None`.
    pub steps: Option<usize>,
    /// Of how many contacts, from the top, the page shows why; all when `None`.
    pub reasons: Option<usize>,
    /// Whether the duties of one law are one item ("Leerplichtwet 1969:
    /// meldplicht …; melding …") and a contact's deadlines one line: shorter,
    /// and nothing is lost.
    pub joined: bool,
    /// Whether a blank line comes before each heading (text only: HTML
    /// spaces its sections by its stylesheet).
    pub spaced: bool,
    /// How many lines the page leaves to write the agreements on.
    pub agreement_lines: usize,
    /// Whether "besproken met" and the evaluation date share one writing line.
    pub shared_line: bool,
}

impl Detail {
    /// Everything on the page.
    pub const FULL: Detail = Detail {
        notes: None,
        steps: None,
        reasons: None,
        joined: false,
        spaced: true,
        agreement_lines: 3,
        shared_line: false,
    };

    /// From most to least detail: the first that fits is printed.
    pub fn levels() -> [Detail; 10] {
        let joined = Detail {
            joined: true,
            ..Detail::FULL
        };
        let first_notes = Detail {
            notes: Some(1),
            ..joined
        };
        let first_steps = Detail {
            steps: Some(1),
            ..first_notes
        };
        let no_notes = Detail {
            notes: Some(0),
            steps: Some(0),
            ..first_steps
        };
        let close = Detail {
            spaced: false,
            ..no_notes
        };
        // Why the first two are called (EERST and DAARNA) stays longest.
        let two_reasons = Detail {
            reasons: Some(2),
            ..close
        };
        let two_lines = Detail {
            agreement_lines: 2,
            ..two_reasons
        };
        let one_reason = Detail {
            reasons: Some(1),
            ..two_lines
        };
        let one_line = Detail {
            agreement_lines: 1,
            shared_line: true,
            ..one_reason
        };
        [
            Detail::FULL,
            joined,
            first_notes,
            first_steps,
            no_notes,
            close,
            two_reasons,
            two_lines,
            one_reason,
            one_line,
        ]
    }

    /// The detail of a plan that no level fits on one page: the notes and
    /// steps go to the appendix as usual, but the reasons, the blank lines and
    /// the writing lines stay, since taking them away would not save the
    /// second page.
    pub fn beyond_one_page() -> Detail {
        Detail::levels()[4]
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

    /// Whether the page shows why the `n`th contact is called.
    pub fn shows_reasons(self, n: usize) -> bool {
        self.reasons.is_none_or(|first| n < first)
    }
}

/// The lines a page holds: 66 lines of text fill an A4 page in 12-point Courier.
pub const PAGE_LINES: usize = 66;

/// How to reach a contact, in one line: role, phone, e-mail, website, hours.
pub fn reach(contact: &ContactView, lang: Lang) -> String {
    let mut parts: Vec<String> = Vec::new();
    if let (Some(rol), Some(_)) = (&contact.rol_naam, &contact.organisatie) {
        parts.push(rol.clone());
    }
    if let Some(phone) = &contact.telefoon {
        parts.push(t!(lang, "plan-telefoon", phone = phone.as_str()));
    }
    parts.extend(contact.email.clone());
    parts.extend(contact.website.as_deref().map(bare_url));
    if let Some(hours) = &contact.openingstijden {
        parts.push(t!(lang, "plan-bereikbaar", hours = hours.as_str()));
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

/// What the page says under a contact's name and how to reach it, as
/// (label, item): its deadlines, why it is called and the directory's notes,
/// as far as `detail` shows them for the `n`th contact.
pub fn contact_items(
    contact: &ContactView,
    n: usize,
    detail: Detail,
    lang: Lang,
) -> Vec<(String, String)> {
    let notes = if detail.shows_notes(n, contact) {
        &contact.opmerkingen[..]
    } else {
        &[]
    };
    let reasons: Vec<String> = reasons(contact)
        .filter(|_| detail.shows_reasons(n))
        .into_iter()
        .collect();
    let mut items = Vec::new();
    for (id, said) in [
        ("plan-termijn", &deadlines(contact, detail)[..]),
        ("plan-waarom", &reasons[..]),
        ("plan-let-op", notes),
    ] {
        items.extend(said.iter().map(|item| (word(lang, id), item.clone())));
    }
    items
}

/// The legal duties (see [`duties`]), then the dates to watch.
pub fn duties_and_dates(view: &PlanView, detail: Detail) -> Vec<String> {
    let mut items = duties(view, detail);
    items.extend(
        view.mijlpalen
            .iter()
            .map(|m| format!("{}: {}", m.when(view.lang), m.tekst)),
    );
    items
}

/// The page's two lists after what to do, as (heading, items): what to
/// prepare, then the duties and dates.
pub fn lists(view: &PlanView, detail: Detail) -> [(String, Vec<String>); 2] {
    [
        (word(view.lang, "plan-kop-voorbereiden"), prepare(view)),
        (
            word(view.lang, "plan-kop-plichten"),
            duties_and_dates(view, detail),
        ),
    ]
}

/// For the appendix: when each contact's data were checked or their source
/// read, one item each ("Spoedlijn — Gegevens gecontroleerd op: 15-01-2026").
pub fn checked(view: &PlanView) -> Vec<String> {
    view.contacten
        .iter()
        .flat_map(|contact| {
            super::contact_dates(contact, view.lang)
                .into_iter()
                .map(|(label, date)| format!("{} — {label}: {date}", contact.naam))
        })
        .collect()
}

/// The page's last line: what `--uitgebreid` adds, and that it holds what
/// the page left out when it did.
pub fn more(view: &PlanView, detail: Detail) -> String {
    let id = if detail.is_partial(view) {
        "plan-bijlage-meer"
    } else {
        "plan-meer"
    };
    word(view.lang, id)
}

/// What to prepare, over all advices, each item once, in plan order.
pub fn prepare(view: &PlanView) -> Vec<String> {
    unique(view.adviezen.iter().flat_map(|a| a.voorbereiden.iter()))
}

/// The legal grounds of all advices, each once, in plan order; with
/// [`Detail::joined`] the grounds of one law in one item, where the
/// law's first ground stands.
pub fn duties(view: &PlanView, detail: Detail) -> Vec<String> {
    let duties = unique(view.adviezen.iter().flat_map(|a| a.grondslag.iter()));
    if detail.joined {
        join_by_law(duties)
    } else {
        duties
    }
}

/// The grounds of one law in one item, where its first ground stands.
fn join_by_law(duties: Vec<String>) -> Vec<String> {
    let mut joined: Vec<(Option<String>, String)> = Vec::new();
    for duty in duties {
        let Some((law, says)) = law(&duty) else {
            joined.push((None, duty));
            continue;
        };
        match joined
            .iter_mut()
            .find(|(l, _)| l.as_deref() == Some(law.as_str()))
        {
            Some((_, item)) => {
                item.push_str("; ");
                item.push_str(says);
            }
            None => joined.push((Some(law), duty)),
        }
    }
    joined.into_iter().map(|(_, item)| item).collect()
}

/// The law a ground names before its colon, without a gloss in brackets
/// ("Leerplichtwet 1969 (Compulsory Education Act)" is "Leerplichtwet 1969"),
/// and what the ground says after it; `None` without such a colon.
fn law(ground: &str) -> Option<(String, &str)> {
    let mut depth = 0usize;
    for (i, c) in ground.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            ':' if depth == 0 && ground[i + 1..].starts_with(' ') => {
                let name = ground[..i].split(" (").next().unwrap_or_default().trim();
                let says = ground[i + 1..].trim();
                return (!name.is_empty() && !says.is_empty()).then(|| (name.to_string(), says));
            }
            _ => {}
        }
    }
    None
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
pub fn order_note(contacts: &[ContactView], lang: Lang) -> Option<String> {
    let tie = contacts
        .windows(2)
        .any(|pair| pair[0].urgentie == pair[1].urgentie);
    let routine = contacts.iter().any(|c| c.urgentie == Urgency::Regulier);
    let notes: Vec<String> = [(tie, "plan-volgorde-gelijk"), (routine, "plan-regulier")]
        .into_iter()
        .filter(|(applies, _)| *applies)
        .map(|(_, id)| word(lang, id))
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
pub fn place(n: usize, lang: Lang) -> Option<String> {
    match n {
        0 => Some(word(lang, "plan-eerst")),
        1 => Some(word(lang, "plan-daarna")),
        _ => None,
    }
}

/// A contact's deadlines: each a line, or with [`Detail::joined`] all in one.
pub fn deadlines(contact: &ContactView, detail: Detail) -> Vec<String> {
    if detail.joined && contact.termijnen.len() > 1 {
        vec![contact.termijnen.join("; ")]
    } else {
        contact.termijnen.clone()
    }
}

/// The lines to fill in by hand, each with its labels (two when they share
/// the line, see [`Detail::shared_line`]); an empty label is a further line
/// for the one above.
pub fn fill_in(detail: Detail, lang: Lang) -> Vec<Vec<String>> {
    let (with, agreements, when) = (
        word(lang, "plan-besproken"),
        word(lang, "plan-afspraken"),
        word(lang, "plan-evaluatie"),
    );
    let mut lines = vec![vec![with], vec![agreements]];
    lines.extend((1..detail.agreement_lines.max(1)).map(|_| vec![String::new()]));
    if detail.shared_line {
        lines[0].push(when);
    } else {
        lines.push(vec![when]);
    }
    lines
}

/// The map's identity in one line: name, version, date, checksum.
pub fn identity(view: &PlanView) -> String {
    let lang = view.lang;
    let info = &view.routekaart;
    let mut identity = format!(
        "{} · {}",
        info.naam,
        t!(lang, "plan-versie", version = info.versie.as_str())
    );
    if let Some(datum) = &info.datum {
        identity.push(' ');
        identity.push_str(&t!(lang, "plan-van", date = datum.as_str()));
    }
    // Kept summaries (`check`) leave the checksum out, so they change only with the plan.
    if !info.controlegetal.is_empty() {
        identity.push_str(" · ");
        let checksum = info.controlegetal.as_str();
        identity.push_str(&t!(lang, "plan-controlegetal", checksum = checksum));
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

/// What the page at `detail` left out: the steps of later advices, then why
/// later contacts are called and their notes; only the groups that have something.
pub fn left_out(view: &PlanView, detail: Detail) -> Vec<LeftOut> {
    let lang = view.lang;
    let steps = view
        .adviezen
        .iter()
        .enumerate()
        .filter(|(n, a)| !detail.shows_steps(*n) && !a.stappen.is_empty())
        .map(|(n, a)| (format!("{}. {}", n + 1, a.titel), a.stappen.clone()))
        .collect();
    // Per contact: why (when the page left that out), then its notes.
    let contacts = view
        .contacten
        .iter()
        .enumerate()
        .filter_map(|(n, c)| {
            let why = (!detail.shows_reasons(n))
                .then(|| reasons(c))
                .flatten()
                .map(|r| format!("{}: {r}", word(lang, "plan-waarom")));
            let notes = (!detail.shows_notes(n, c)).then_some(&c.opmerkingen[..]);
            let items: Vec<String> = why
                .into_iter()
                .chain(notes.unwrap_or_default().iter().cloned())
                .collect();
            (!items.is_empty()).then(|| (format!("{}. {}", n + 1, c.naam), items))
        })
        .collect();
    [
        ("plan-kop-meer-stappen", steps),
        ("plan-kop-meer-contacten", contacts),
    ]
    .into_iter()
    .filter(|(_, entries): &(_, Vec<_>)| !entries.is_empty())
    .map(|(id, entries)| LeftOut {
        heading: word(lang, id),
        entries,
    })
    .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_grounds_of_one_law_become_one_item_and_nothing_is_lost() {
        let duties = [
            "Leerplichtwet 1969 (Compulsory Education Act): duty to report 16 hours",
            "Wet passend onderwijs: zorgplicht (since 1 August 2014)",
            "Leerplichtwet 1969: lateness is absence",
            "Afwegingskader meldcode (assessment framework: five assessments)",
            "Leerplichtwet 1969 art. 14 (leave)",
        ]
        .map(String::from)
        .to_vec();
        assert_eq!(
            join_by_law(duties),
            [
                "Leerplichtwet 1969 (Compulsory Education Act): duty to report 16 hours; lateness is absence",
                "Wet passend onderwijs: zorgplicht (since 1 August 2014)",
                "Afwegingskader meldcode (assessment framework: five assessments)",
                "Leerplichtwet 1969 art. 14 (leave)",
            ]
        );
    }

    #[test]
    fn each_level_shows_no_more_than_the_one_before() {
        let levels = Detail::levels();
        assert_eq!(levels[0], Detail::FULL);
        for pair in levels.windows(2) {
            let (more, less) = (pair[0], pair[1]);
            assert_ne!(more, less);
            let at_most = |a: Option<usize>, b: Option<usize>| match (a, b) {
                (None, _) => true,
                (Some(a), Some(b)) => b <= a,
                (Some(_), None) => false,
            };
            assert!(at_most(more.notes, less.notes), "{less:?}");
            assert!(at_most(more.steps, less.steps), "{less:?}");
            assert!(at_most(more.reasons, less.reasons), "{less:?}");
            assert!(less.agreement_lines <= more.agreement_lines, "{less:?}");
            assert!(more.spaced || !less.spaced, "{less:?}");
            assert!(less.joined || !more.joined, "{less:?}");
        }
        // Why the first contact is called is on every page.
        assert!(levels.iter().all(|l| l.shows_reasons(0)));
        assert!(Detail::levels().contains(&Detail::beyond_one_page()));
    }

    #[test]
    fn every_writing_line_stays_when_the_lines_get_fewer() {
        let labels = |detail: Detail| -> Vec<usize> {
            fill_in(detail, Lang::Nl).iter().map(Vec::len).collect()
        };
        assert_eq!(labels(Detail::FULL), [1, 1, 1, 1, 1]);
        let least = Detail::levels()[Detail::levels().len() - 1];
        // Besproken met and the evaluation date on one line, then the agreements.
        assert_eq!(labels(least), [2, 1]);
        let named: usize = fill_in(least, Lang::Nl)
            .iter()
            .flatten()
            .filter(|l| !l.is_empty())
            .count();
        assert_eq!(named, 3);
    }
}
