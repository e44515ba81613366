//! A desk as the routekaart names it: a short name, one way to reach it, and
//! the school's own person for its role. Apart from the page's layout so that
//! the parts that choose a desk (the bands, the rules said once, the roles that
//! stand in for another) share one notion of "the same desk".

use crate::core::map::{ContactTarget, Map};
use crate::core::plan::{Plan, PlannedContact, Whom};
use crate::core::school::{Profile, plan_gemeenten};
use crate::i18n::Lang;
use crate::render::whom_name;
use serde::Serialize;

/// Whom to call first, with one way to reach them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Desk {
    pub naam: String,
    /// The phone number, else the website, else the e-mail address.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bereik: Option<String>,
    /// The school's own person for this role.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub school: Option<OwnPerson>,
}

/// One of the school's own people, with one way to reach them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OwnPerson {
    pub naam: String,
    /// The phone number, else the e-mail address.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bereik: Option<String>,
}

impl OwnPerson {
    pub(super) fn of(person: &crate::core::school::Person) -> OwnPerson {
        OwnPerson {
            naam: person.naam.clone(),
            bereik: person.telefoon.clone().or_else(|| person.email.clone()),
        }
    }
}

/// The emergency number: a desk reached on 112.
pub(super) fn is_emergency(desk: &Desk) -> bool {
    desk.school.is_none() && desk.bereik.as_deref() == Some("112")
}

/// A desk's name up to its first comma, bracket or ampersand: "GGD
/// Amsterdam", "Leerplicht", "DUO", "Team Leerplicht"; the full name stays in
/// the plan.
pub fn short_name(name: &str) -> String {
    let cut = name.find([',', '(', '&']).unwrap_or(name.len());
    name[..cut].trim().to_string()
}

/// The first contact as a desk: its name and one way to reach it, and the
/// school's own person for its role.
pub(super) fn desk(
    map: &Map,
    plan: &Plan,
    contact: &PlannedContact,
    profile: Option<&Profile>,
    lang: Lang,
) -> Desk {
    let school = profile
        .and_then(|p| p.person_for(map, contact, plan_gemeenten(map, plan)))
        .map(OwnPerson::of);
    let bereik = match contact.whom {
        Whom::Organisation(o) => reach(&map.organisations[o]),
        _ => None,
    };
    Desk {
        naam: short_name(&whom_name(map, contact.whom, lang)),
        bereik,
        school,
    }
}

/// A desk named by an advice directly, before any route resolves a role: an
/// organisation with its number, or a role (with the school's own person).
pub(super) fn target_desk(
    map: &Map,
    target: ContactTarget,
    profile: Option<&Profile>,
    lang: Lang,
) -> Desk {
    match target {
        ContactTarget::Organisation(o) => Desk {
            naam: short_name(&map.organisations[o].naam),
            bereik: reach(&map.organisations[o]),
            school: None,
        },
        ContactTarget::Role(r) => Desk {
            naam: short_name(map.roles[r].naam.get(lang)),
            bereik: None,
            school: profile
                .and_then(|p| p.people.iter().find(|person| person.role == r))
                .map(OwnPerson::of),
        },
    }
}

/// One way to reach an organisation: phone, else website (without `https://`),
/// else e-mail.
pub(super) fn reach(org: &crate::core::map::Organisation) -> Option<String> {
    org.telefoon
        .clone()
        .or_else(|| org.website.as_deref().map(crate::render::page::bare_url))
        .or_else(|| org.email.clone())
}
