//! `routekaart diff`: what a change to the map does to its routes, for review
//! before it lands.
//!
//! Routes are matched by their key (a hash of their answers, see
//! [`super::routes`]), and their plans compared per gemeente the two maps share:
//! first contact, urgency, contacts, advices and their steps. Organisations
//! are compared by id: contact data and who fills a role in a gemeente. When a
//! map has too many routes to walk, advices are compared by id instead.

use super::Layout;
use super::routes::{self, Route, RouteAnswer};
use crate::core::map::{ContactTarget, Map, OTHER_GEMEENTE};
use crate::core::plan::{Plan, Whom};
use crate::i18n::{Lang, pick};
use crate::render::table::{self, Styled};
use crate::render::{MapInfo, map_info, urgency_words, whom_name};
use crate::tr;
use serde::Serialize;
use std::collections::{HashMap, HashSet};
use std::fmt;

/// One difference, with what it was and what it becomes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Change {
    pub soort: ChangeKind,
    /// What changed: a contact, an advice or a field.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub onderwerp: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub was: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub wordt: Option<String>,
}

/// The kinds of difference.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ChangeKind {
    /// A route only the new map has.
    NieuweRoute,
    /// A route only the old map has.
    RouteVervalt,
    EersteContact,
    Urgentie,
    ContactErbij,
    ContactWeg,
    /// A contact stays, with another urgency.
    ContactUrgentie,
    AdviesErbij,
    AdviesWeg,
    Stappen,
    /// A field of an organisation (phone, e-mail, website, opening hours).
    Contactgegeven,
    OrganisatieErbij,
    OrganisatieWeg,
    /// Another organisation fills a role in a gemeente.
    Rol,
    /// A field of a role: who decides it (`bepaald_door`), or its organisation
    /// outside the map (`buiten_de_kaart`).
    Rolgegeven,
    GemeenteErbij,
    GemeenteWeg,
}

/// A change as a reviewer reads it, in the current language. The field names
/// of `Contactgegeven` and `Rolgegeven` (and who decides a role) stay Dutch in
/// the data, as JSON and CSV give them; in English they are worded here.
impl fmt::Display for Change {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let english = crate::i18n::current() == Lang::En;
        let field = matches!(
            self.soort,
            ChangeKind::Contactgegeven | ChangeKind::Rolgegeven
        );
        let subject = match self.onderwerp.as_deref() {
            Some(name) if english && field => english_field(name),
            subject => subject.unwrap_or(""),
        };
        let decided_by = self.onderwerp.as_deref() == Some(DECIDED_BY);
        let value = |v: &Option<String>| match v {
            Some(v) if english && field && decided_by => english_role_source(v).to_string(),
            Some(v) => v.clone(),
            None => "—".to_string(),
        };
        let (was, wordt) = (value(&self.was), value(&self.wordt));
        let text = match self.soort {
            ChangeKind::NieuweRoute => tr!("nieuwe route: {wordt}", "new route: {wordt}"),
            ChangeKind::RouteVervalt => {
                tr!("route vervalt (was: {was})", "route removed (was: {was})")
            }
            ChangeKind::EersteContact => tr!(
                "eerste contact: {was} → {wordt}",
                "first contact: {was} → {wordt}"
            ),
            ChangeKind::Urgentie => {
                tr!("urgentie: {was} → {wordt}", "urgency: {was} → {wordt}")
            }
            ChangeKind::ContactErbij => tr!(
                "contact erbij: {subject} ({wordt})",
                "contact added: {subject} ({wordt})"
            ),
            ChangeKind::ContactWeg => tr!(
                "contact weg: {subject} (was {was})",
                "contact removed: {subject} (was {was})"
            ),
            ChangeKind::ContactUrgentie => tr!(
                "{subject}: urgentie {was} → {wordt}",
                "{subject}: urgency {was} → {wordt}"
            ),
            ChangeKind::AdviesErbij => {
                tr!("advies erbij: {subject}", "advice added: {subject}")
            }
            ChangeKind::AdviesWeg => tr!("advies weg: {subject}", "advice removed: {subject}"),
            ChangeKind::Stappen => tr!(
                "stappen van {subject}: {was} → {wordt}",
                "steps of {subject}: {was} → {wordt}"
            ),
            ChangeKind::OrganisatieErbij => tr!(
                "nieuw in de adressenlijst: {wordt}",
                "new in the directory: {wordt}"
            ),
            ChangeKind::OrganisatieWeg => tr!(
                "uit de adressenlijst: {was}",
                "removed from the directory: {was}"
            ),
            ChangeKind::Contactgegeven | ChangeKind::Rol | ChangeKind::Rolgegeven => {
                format!("{subject}: {was} → {wordt}")
            }
            ChangeKind::GemeenteErbij => {
                tr!("gemeente erbij: {wordt}", "municipality added: {wordt}")
            }
            ChangeKind::GemeenteWeg => {
                tr!("gemeente weg: {was}", "municipality removed: {was}")
            }
        };
        f.write_str(&text)
    }
}

/// The `onderwerp` of a `Rolgegeven` change to who decides a role.
const DECIDED_BY: &str = "bepaald door";
/// The `onderwerp` of a `Rolgegeven` change to the organisation outside the map.
const OUTSIDE_MAP: &str = "buiten de kaart";

/// A field name of the data in English; a field named alike in both
/// languages (`e-mail`, `website`) as it is.
fn english_field(subject: &str) -> &str {
    match subject {
        "naam" => "name",
        "telefoon" => "phone",
        "bereikbaar" => "hours",
        DECIDED_BY => "decided by",
        OUTSIDE_MAP => "outside the map",
        other => other,
    }
}

/// Who decides a role (`bepaald_door`) in English.
fn english_role_source(source: &str) -> &str {
    match source {
        "woongemeente" => "the pupil's home municipality",
        "schoolgemeente" => "the school's municipality",
        "dossier" => "the pupil's dossier",
        other => other,
    }
}

/// A route whose plan changes, for some gemeenten.
#[derive(Debug, Clone, Serialize)]
pub struct RouteChange {
    /// The short id, unique over both maps' routes.
    pub id: String,
    pub antwoorden: Vec<RouteAnswer>,
    /// Ids of the gemeenten where this holds; empty: every gemeente (or the map
    /// has none).
    pub gemeenten: Vec<String>,
    pub wijzigingen: Vec<Change>,
}

/// An advice that changes, when routes are too many to compare one by one.
#[derive(Debug, Clone, Serialize)]
pub struct AdviceChange {
    pub advies: String,
    pub wijzigingen: Vec<Change>,
}

/// Changes to an organisation or a gemeente.
#[derive(Debug, Clone, Serialize)]
pub struct EntryChange {
    /// The organisation's or gemeente's id.
    pub id: String,
    pub naam: String,
    pub wijzigingen: Vec<Change>,
}

/// Everything that differs between two maps.
#[derive(Debug, Clone, Serialize)]
pub struct Changes {
    pub oud: MapInfo,
    pub nieuw: MapInfo,
    /// Routes compared one by one (`true`), or advices because a map has more
    /// routes than the limit (`false`).
    pub per_route: bool,
    /// Routes in both maps whose plan is the same.
    pub routes_gelijk: usize,
    pub routes: Vec<RouteChange>,
    pub adviezen: Vec<AdviceChange>,
    pub adressenlijst: Vec<EntryChange>,
    /// Roles in both maps whose gemeente or outside organisation changed.
    pub rollen: Vec<EntryChange>,
    pub gemeenten: Vec<EntryChange>,
}

impl Changes {
    /// True when nothing a reader would notice changed.
    pub fn is_empty(&self) -> bool {
        self.routes.is_empty()
            && self.adviezen.is_empty()
            && self.adressenlijst.is_empty()
            && self.rollen.is_empty()
            && self.gemeenten.is_empty()
    }
}

/// Compares two maps: routes (or advices, past `limit` routes), the directory
/// and the gemeenten.
pub fn compare(old: &Map, new: &Map, limit: usize) -> Changes {
    let mut changes = Changes {
        oud: map_info(old),
        nieuw: map_info(new),
        per_route: true,
        routes_gelijk: 0,
        routes: Vec::new(),
        adviezen: Vec::new(),
        adressenlijst: directory(old, new),
        rollen: roles(old, new),
        gemeenten: gemeenten(old, new),
    };
    match (routes::enumerate(old, limit), routes::enumerate(new, limit)) {
        (Some(old_routes), Some(new_routes)) => {
            let (changed, same) = compare_routes(old, &old_routes, new, &new_routes);
            changes.routes = changed;
            changes.routes_gelijk = same;
        }
        _ => {
            changes.per_route = false;
            changes.adviezen = compare_advices(old, new);
        }
    }
    changes
}

/// What of a plan a reviewer compares.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Digest {
    /// Contacts in plan order: key (organisation or role id), name, urgency.
    contacts: Vec<(String, String, crate::core::map::Urgency)>,
    /// Advices in plan order: id, title, steps.
    advices: Vec<(String, String, Vec<String>)>,
}

impl Digest {
    /// The digest of a plan. `by_role`: a contact named by a role is compared as
    /// that role, so a change reads the same in every gemeente ("Jeugdhulp"
    /// rather than each gemeente's own team).
    fn of(map: &Map, plan: &Plan, by_role: bool) -> Digest {
        Digest {
            contacts: plan
                .contacts
                .iter()
                .map(|c| match (c.whom, c.role) {
                    (_, Some(r)) if by_role => {
                        let role = &map.roles[r];
                        (format!("rol:{}", role.id), role.naam.clone(), c.urgency)
                    }
                    (Whom::Organisation(o), _) => (
                        map.organisations[o].id.clone(),
                        whom_name(map, c.whom),
                        c.urgency,
                    ),
                    (Whom::FromDossier(r) | Whom::Unresolved { role: r, .. }, _) => (
                        format!("rol:{}", map.roles[r].id),
                        whom_name(map, c.whom),
                        c.urgency,
                    ),
                })
                .collect(),
            advices: plan
                .advices
                .iter()
                .map(|a| {
                    let advice = &map.advices[a.advice];
                    (
                        advice.id.clone(),
                        advice.titel.clone(),
                        advice.stappen.clone(),
                    )
                })
                .collect(),
        }
    }

    /// "Naam (urgentie)" of the first contact.
    fn first(&self) -> String {
        self.contacts
            .first()
            .map_or(pick("geen", "none").into(), |(_, name, urgency)| {
                format!("{name} ({})", urgency_words(*urgency))
            })
    }
}

/// The differences between two digests of one route, in reading order.
fn differences(old: &Digest, new: &Digest) -> Vec<Change> {
    let change =
        |soort, onderwerp: Option<&str>, was: Option<String>, wordt: Option<String>| Change {
            soort,
            onderwerp: onderwerp.map(str::to_string),
            was,
            wordt,
        };
    let mut out = Vec::new();
    let (old_first, new_first) = (old.contacts.first(), new.contacts.first());
    if old_first.map(|c| &c.0) != new_first.map(|c| &c.0) {
        out.push(change(
            ChangeKind::EersteContact,
            None,
            old_first.map(|c| c.1.clone()),
            new_first.map(|c| c.1.clone()),
        ));
    }
    if old_first.map(|c| c.2) != new_first.map(|c| c.2) {
        out.push(change(
            ChangeKind::Urgentie,
            None,
            old_first.map(|c| urgency_words(c.2).to_string()),
            new_first.map(|c| urgency_words(c.2).to_string()),
        ));
    }
    for (key, name, urgency) in &new.contacts {
        match old.contacts.iter().find(|c| &c.0 == key) {
            None => out.push(change(
                ChangeKind::ContactErbij,
                Some(name),
                None,
                Some(urgency_words(*urgency).into()),
            )),
            Some((_, _, was)) if was != urgency => out.push(change(
                ChangeKind::ContactUrgentie,
                Some(name),
                Some(urgency_words(*was).into()),
                Some(urgency_words(*urgency).into()),
            )),
            Some(_) => {}
        }
    }
    for (key, name, urgency) in &old.contacts {
        if !new.contacts.iter().any(|c| &c.0 == key) {
            out.push(change(
                ChangeKind::ContactWeg,
                Some(name),
                Some(urgency_words(*urgency).into()),
                None,
            ));
        }
    }
    for (id, title, steps) in &new.advices {
        match old.advices.iter().find(|a| &a.0 == id) {
            None => out.push(change(ChangeKind::AdviesErbij, Some(title), None, None)),
            Some((_, _, was)) if was != steps => out.push(change(
                ChangeKind::Stappen,
                Some(title),
                Some(was.join(" ")),
                Some(steps.join(" ")),
            )),
            Some(_) => {}
        }
    }
    for (id, title, _) in &old.advices {
        if !new.advices.iter().any(|a| &a.0 == id) {
            out.push(change(ChangeKind::AdviesWeg, Some(title), None, None));
        }
    }
    out
}

/// The gemeenten both maps have, as (old index, new index), and last
/// `(None, None)`: a pupil and school outside the map, where roles go to their
/// `buiten_de_kaart` organisation.
fn shared_gemeenten(old: &Map, new: &Map) -> Vec<(Option<usize>, Option<usize>)> {
    old.gemeenten
        .iter()
        .enumerate()
        .filter_map(|(o, g)| {
            new.gemeenten
                .iter()
                .position(|n| n.id == g.id)
                .map(|n| (Some(o), Some(n)))
        })
        .chain([(None, None)])
        .collect()
}

fn compare_routes(
    old: &Map,
    old_routes: &[Route],
    new: &Map,
    new_routes: &[Route],
) -> (Vec<RouteChange>, usize) {
    let old_by_key: HashMap<&str, &Route> =
        old_routes.iter().map(|r| (r.key.as_str(), r)).collect();
    let new_keys: Vec<&str> = new_routes.iter().map(|r| r.key.as_str()).collect();
    let mut all_keys = new_keys.clone();
    let in_new: HashSet<&str> = new_keys.iter().copied().collect();
    all_keys.extend(
        old_routes
            .iter()
            .map(|r| r.key.as_str())
            .filter(|k| !in_new.contains(k)),
    );
    let ids: HashMap<&str, String> = all_keys
        .iter()
        .copied()
        .zip(routes::short_ids(&all_keys))
        .collect();
    let gemeenten = shared_gemeenten(old, new);
    let all_gemeenten = gemeenten.len();
    let plan = |map: &Map, route: &Route, g: Option<usize>| {
        Plan::build(map, &routes::with_gemeente(&route.walk, g))
    };
    // A new or removed route is named by role: the same words for every gemeente.
    let by_role =
        |map: &Map, route: &Route, g: Option<usize>| Digest::of(map, &plan(map, route, g), true);
    let mut changed = Vec::new();
    let mut same = 0;
    for route in new_routes {
        let answers = route.answers.clone();
        let id = ids[route.key.as_str()].clone();
        let Some(old_route) = old_by_key.get(route.key.as_str()) else {
            changed.push(RouteChange {
                id,
                antwoorden: answers,
                gemeenten: Vec::new(),
                wijzigingen: vec![Change {
                    soort: ChangeKind::NieuweRoute,
                    onderwerp: None,
                    was: None,
                    wordt: Some(by_role(new, route, gemeenten[0].1).first()),
                }],
            });
            continue;
        };
        // Per gemeente, grouped where the changes are the same.
        let mut groups: Vec<(Vec<String>, Vec<Change>)> = Vec::new();
        for &(og, ng) in &gemeenten {
            let (old_plan, new_plan) = (plan(old, old_route, og), plan(new, route, ng));
            let found = differences(
                &Digest::of(old, &old_plan, false),
                &Digest::of(new, &new_plan, false),
            );
            if found.is_empty() {
                continue;
            }
            // Told by role where that tells the same changes, so gemeenten with
            // the same change share one row; by organisation where roles would
            // hide one (another organisation fills a role) or invent one (one
            // organisation filling two roles is one contact).
            let by_role = differences(
                &Digest::of(old, &old_plan, true),
                &Digest::of(new, &new_plan, true),
            );
            let kinds = |changes: &[Change]| changes.iter().map(|c| c.soort).collect::<Vec<_>>();
            let found = if kinds(&by_role) == kinds(&found) {
                by_role
            } else {
                found
            };
            let gemeente = ng.map_or(OTHER_GEMEENTE.to_string(), |g| new.gemeenten[g].id.clone());
            match groups.iter_mut().find(|(_, c)| *c == found) {
                Some((ids, _)) => ids.push(gemeente),
                None => groups.push((vec![gemeente], found)),
            }
        }
        if groups.is_empty() {
            same += 1;
        }
        for (mut gemeente_ids, wijzigingen) in groups {
            if gemeente_ids.len() == all_gemeenten {
                gemeente_ids.clear();
            }
            changed.push(RouteChange {
                id: id.clone(),
                antwoorden: answers.clone(),
                gemeenten: gemeente_ids,
                wijzigingen,
            });
        }
    }
    let new_by_key: HashSet<&str> = new_keys.iter().copied().collect();
    for route in old_routes {
        if new_by_key.contains(route.key.as_str()) {
            continue;
        }
        changed.push(RouteChange {
            id: ids[route.key.as_str()].clone(),
            antwoorden: route.answers.clone(),
            gemeenten: Vec::new(),
            wijzigingen: vec![Change {
                soort: ChangeKind::RouteVervalt,
                onderwerp: None,
                was: Some(by_role(old, route, gemeenten[0].0).first()),
                wordt: None,
            }],
        });
    }
    (changed, same)
}

/// Advices compared by id: title, urgency, contacts as the map names them, steps.
fn compare_advices(old: &Map, new: &Map) -> Vec<AdviceChange> {
    let named = |map: &Map,
                 a: &crate::core::map::Advice|
     -> Vec<(String, String, crate::core::map::Urgency)> {
        a.contacts
            .iter()
            .map(|c| match c.target {
                ContactTarget::Organisation(o) => (
                    map.organisations[o].id.clone(),
                    map.organisations[o].naam.clone(),
                    c.urgency,
                ),
                ContactTarget::Role(r) => {
                    let naam = &map.roles[r].naam;
                    (
                        format!("rol:{}", map.roles[r].id),
                        tr!("{naam} (rol)", "{naam} (role)"),
                        c.urgency,
                    )
                }
            })
            .collect()
    };
    let digest = |map: &Map, a: &crate::core::map::Advice| Digest {
        contacts: {
            let mut contacts = named(map, a);
            contacts.sort_by_key(|c| c.2);
            contacts
        },
        advices: vec![(a.id.clone(), a.titel.clone(), a.stappen.clone())],
    };
    let mut out = Vec::new();
    for advice in &new.advices {
        let wijzigingen = match old.advices.iter().find(|a| a.id == advice.id) {
            None => vec![Change {
                soort: ChangeKind::AdviesErbij,
                onderwerp: Some(advice.titel.clone()),
                was: None,
                wordt: None,
            }],
            Some(was) => differences(&digest(old, was), &digest(new, advice)),
        };
        if !wijzigingen.is_empty() {
            out.push(AdviceChange {
                advies: advice.id.clone(),
                wijzigingen,
            });
        }
    }
    for advice in &old.advices {
        if !new.advices.iter().any(|a| a.id == advice.id) {
            out.push(AdviceChange {
                advies: advice.id.clone(),
                wijzigingen: vec![Change {
                    soort: ChangeKind::AdviesWeg,
                    onderwerp: Some(advice.titel.clone()),
                    was: None,
                    wordt: None,
                }],
            });
        }
    }
    out
}

/// Organisations compared by id: added, removed, and each contact field.
fn directory(old: &Map, new: &Map) -> Vec<EntryChange> {
    let mut out = Vec::new();
    for org in &new.organisations {
        let wijzigingen = match old.organisations.iter().find(|o| o.id == org.id) {
            None => vec![Change {
                soort: ChangeKind::OrganisatieErbij,
                onderwerp: None,
                was: None,
                wordt: Some(org.naam.clone()),
            }],
            Some(was) => [
                ("naam", Some(&was.naam), Some(&org.naam)),
                ("telefoon", was.telefoon.as_ref(), org.telefoon.as_ref()),
                ("e-mail", was.email.as_ref(), org.email.as_ref()),
                ("website", was.website.as_ref(), org.website.as_ref()),
                (
                    "bereikbaar",
                    was.openingstijden.as_ref(),
                    org.openingstijden.as_ref(),
                ),
            ]
            .into_iter()
            .filter(|(_, a, b)| a != b)
            .map(|(field, a, b)| Change {
                soort: ChangeKind::Contactgegeven,
                onderwerp: Some(field.into()),
                was: a.cloned(),
                wordt: b.cloned(),
            })
            .collect(),
        };
        if !wijzigingen.is_empty() {
            out.push(EntryChange {
                id: org.id.clone(),
                naam: org.naam.clone(),
                wijzigingen,
            });
        }
    }
    for org in &old.organisations {
        if !new.organisations.iter().any(|o| o.id == org.id) {
            out.push(EntryChange {
                id: org.id.clone(),
                naam: org.naam.clone(),
                wijzigingen: vec![Change {
                    soort: ChangeKind::OrganisatieWeg,
                    onderwerp: None,
                    was: Some(org.naam.clone()),
                    wordt: None,
                }],
            });
        }
    }
    out
}

/// Roles in both maps, compared by id: who decides them, and the organisation
/// outside the map.
fn roles(old: &Map, new: &Map) -> Vec<EntryChange> {
    let source = |s: crate::core::map::RoleSource| match s {
        crate::core::map::RoleSource::Woongemeente => "woongemeente",
        crate::core::map::RoleSource::Schoolgemeente => "schoolgemeente",
        crate::core::map::RoleSource::Dossier => "dossier",
    };
    let outside = |map: &Map, r: &crate::core::map::Role| {
        r.outside_map.map(|o| {
            let org = &map.organisations[o];
            (org.id.clone(), org.naam.clone())
        })
    };
    let mut out = Vec::new();
    for role in &new.roles {
        let Some(was) = old.roles.iter().find(|r| r.id == role.id) else {
            continue;
        };
        let mut wijzigingen = Vec::new();
        if was.bepaald_door != role.bepaald_door {
            wijzigingen.push(Change {
                soort: ChangeKind::Rolgegeven,
                onderwerp: Some(DECIDED_BY.into()),
                was: Some(source(was.bepaald_door).into()),
                wordt: Some(source(role.bepaald_door).into()),
            });
        }
        let (before, after) = (outside(old, was), outside(new, role));
        if before.as_ref().map(|o| &o.0) != after.as_ref().map(|o| &o.0) {
            wijzigingen.push(Change {
                soort: ChangeKind::Rolgegeven,
                onderwerp: Some(OUTSIDE_MAP.into()),
                was: before.map(|o| o.1),
                wordt: after.map(|o| o.1),
            });
        }
        if !wijzigingen.is_empty() {
            out.push(EntryChange {
                id: role.id.clone(),
                naam: role.naam.clone(),
                wijzigingen,
            });
        }
    }
    out
}

/// Gemeenten compared by id: added, removed, and who fills each role.
fn gemeenten(old: &Map, new: &Map) -> Vec<EntryChange> {
    // Compared by organisation id, shown by name.
    let filled = |map: &Map, g: usize, role_id: &str| -> Option<(String, String)> {
        let r = map.roles.iter().position(|r| r.id == role_id)?;
        map.gemeenten[g].roles.get(&r).map(|&o| {
            let org = &map.organisations[o];
            (org.id.clone(), org.naam.clone())
        })
    };
    let mut out = Vec::new();
    for (n, gemeente) in new.gemeenten.iter().enumerate() {
        let wijzigingen = match old.gemeenten.iter().position(|g| g.id == gemeente.id) {
            None => vec![Change {
                soort: ChangeKind::GemeenteErbij,
                onderwerp: None,
                was: None,
                wordt: Some(gemeente.naam.clone()),
            }],
            Some(o) => {
                let mut role_ids: Vec<&str> = new.roles.iter().map(|r| r.id.as_str()).collect();
                role_ids.extend(
                    old.roles
                        .iter()
                        .map(|r| r.id.as_str())
                        .filter(|id| !new.roles.iter().any(|r| r.id == *id)),
                );
                role_ids
                    .into_iter()
                    .filter_map(|role_id| {
                        let (was, wordt) = (filled(old, o, role_id), filled(new, n, role_id));
                        let id = |f: &Option<(String, String)>| f.as_ref().map(|f| f.0.clone());
                        let name = |f: Option<(String, String)>| f.map(|f| f.1);
                        (id(&was) != id(&wordt)).then(|| Change {
                            soort: ChangeKind::Rol,
                            onderwerp: Some(
                                new.roles
                                    .iter()
                                    .chain(&old.roles)
                                    .find(|r| r.id == role_id)
                                    .map_or(role_id.to_string(), |r| r.naam.clone()),
                            ),
                            was: name(was),
                            wordt: name(wordt),
                        })
                    })
                    .collect()
            }
        };
        if !wijzigingen.is_empty() {
            out.push(EntryChange {
                id: gemeente.id.clone(),
                naam: gemeente.naam.clone(),
                wijzigingen,
            });
        }
    }
    for gemeente in &old.gemeenten {
        if !new.gemeenten.iter().any(|g| g.id == gemeente.id) {
            out.push(EntryChange {
                id: gemeente.id.clone(),
                naam: gemeente.naam.clone(),
                wijzigingen: vec![Change {
                    soort: ChangeKind::GemeenteWeg,
                    onderwerp: None,
                    was: Some(gemeente.naam.clone()),
                    wordt: None,
                }],
            });
        }
    }
    out
}

/// "versie 1.2.3 van 15-01-2026 (controlegetal 3f2a9c01)"; in English
/// "version 1.2.3 of 15 January 2026 (checksum 3f2a9c01)".
fn describe(info: &MapInfo) -> String {
    let versie = &info.versie;
    let mut out = tr!("versie {versie}", "version {versie}");
    if let Some(date) = info
        .datum
        .as_deref()
        .and_then(crate::core::date::Date::parse)
    {
        out.push_str(&tr!(" van {date}", " of {date}"));
    }
    let controlegetal = &info.controlegetal;
    out.push_str(&tr!(
        " (controlegetal {controlegetal})",
        " (checksum {controlegetal})"
    ));
    out
}

/// The changes as tables for people: routes (or advices), then the directory
/// and the gemeenten; a line saying so when nothing changed.
pub fn table(changes: &Changes, layout: Layout) -> String {
    let lines = |list: &[Change]| {
        list.iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("\n")
    };
    let width = usize::from(layout.width);
    let naam = &changes.nieuw.naam;
    let (old, new) = (
        pick("  oud:   ", "  old:   "),
        pick("  nieuw: ", "  new:   "),
    );
    let mut out = format!(
        "{}{}{}\n",
        crate::core::text::wrap(&tr!("Verschil: {naam}", "Changes: {naam}"), width, "", ""),
        crate::core::text::wrap(&describe(&changes.oud), width, old, "         "),
        crate::core::text::wrap(&describe(&changes.nieuw), width, new, "         "),
    );
    if changes.per_route {
        if changes.routes.is_empty() {
            out.push_str(pick(
                "Geen route krijgt een ander plan.\n",
                "No route gets another plan.\n",
            ));
        } else {
            out.push_str(pick(
                "Routes met een ander plan\n\n",
                "Routes with another plan\n\n",
            ));
            let mut rows: Vec<Vec<Styled>> = Vec::new();
            for route in &changes.routes {
                let answers: Vec<String> = route
                    .antwoorden
                    .iter()
                    .map(|a| format!("{}: {}", a.vraag, a.label))
                    .collect();
                let gemeenten = if route.gemeenten.is_empty() {
                    pick("alle", "all").to_string()
                } else {
                    route
                        .gemeenten
                        .iter()
                        .map(|g| match g.as_str() {
                            OTHER_GEMEENTE => pick("buiten de kaart", "outside the map"),
                            id => id,
                        })
                        .collect::<Vec<_>>()
                        .join(", ")
                };
                rows.push(vec![
                    route.id.as_str().into(),
                    answers.join("\n").into(),
                    gemeenten.into(),
                    lines(&route.wijzigingen).into(),
                ]);
            }
            out.push_str(&table::render(
                &[
                    "Route",
                    pick("Antwoorden", "Answers"),
                    pick("Gemeenten", "Municipalities"),
                    pick("Wat verandert", "What changes"),
                ],
                &rows,
                layout,
            ));
        }
        let mut ids: Vec<&str> = changes.routes.iter().map(|r| r.id.as_str()).collect();
        ids.dedup();
        let (changed, same) = (
            crate::i18n::format::count(ids.len(), "route", "routes"),
            changes.routes_gelijk,
        );
        out.push_str(&tr!(
            "{changed} anders, {same} gelijk.\n",
            "{changed} changed, {same} the same.\n"
        ));
    } else {
        out.push_str(pick(
            "Een van de kaarten heeft te veel routes om een voor een te vergelijken (--max-routes); \
             hieronder per advies.\n\n",
            "One of the maps has too many routes to compare one by one (--max-routes); \
             below per advice.\n\n",
        ));
        if changes.adviezen.is_empty() {
            out.push_str(pick("Geen advies verandert.\n", "No advice changes.\n"));
        } else {
            let rows: Vec<Vec<Styled>> = changes
                .adviezen
                .iter()
                .map(|a| vec![a.advies.as_str().into(), lines(&a.wijzigingen).into()])
                .collect();
            out.push_str(&table::render(
                &[
                    pick("Advies", "Advice"),
                    pick("Wat verandert", "What changes"),
                ],
                &rows,
                layout,
            ));
        }
    }
    for (title, entries) in [
        (pick("Adressenlijst", "Directory"), &changes.adressenlijst),
        (pick("Rollen", "Roles"), &changes.rollen),
        (
            pick("Gemeenten en hun rollen", "Municipalities and their roles"),
            &changes.gemeenten,
        ),
    ] {
        if entries.is_empty() {
            continue;
        }
        out.push_str(&format!("\n{title}\n\n"));
        let rows: Vec<Vec<Styled>> = entries
            .iter()
            .map(|e| {
                vec![
                    e.id.as_str().into(),
                    e.naam.as_str().into(),
                    lines(&e.wijzigingen).into(),
                ]
            })
            .collect();
        out.push_str(&table::render(
            &[
                "Id",
                pick("Naam", "Name"),
                pick("Wat verandert", "What changes"),
            ],
            &rows,
            layout,
        ));
    }
    out
}

/// The changes as JSON.
pub fn json(changes: &Changes) -> String {
    serde_json::to_string_pretty(changes).expect("plain data serialises") + "\n"
}

/// The changes as CSV: one line per change, with where it is. Headers, `waar`
/// and `soort` are JSON's in every language.
pub fn csv(changes: &Changes) -> String {
    let mut rows: Vec<Vec<String>> = Vec::new();
    let mut push = |waar: &str, id: &str, context: String, gemeenten: String, change: &Change| {
        rows.push(vec![
            waar.to_string(),
            id.to_string(),
            context,
            gemeenten,
            serde_json::to_value(change.soort)
                .ok()
                .and_then(|v| v.as_str().map(str::to_string))
                .unwrap_or_default(),
            change.onderwerp.clone().unwrap_or_default(),
            change.was.clone().unwrap_or_default(),
            change.wordt.clone().unwrap_or_default(),
        ]);
    };
    for route in &changes.routes {
        let answers: Vec<String> = route
            .antwoorden
            .iter()
            .map(|a| format!("{}={}", a.vraag, a.antwoord))
            .collect();
        for change in &route.wijzigingen {
            push(
                "route",
                &route.id,
                answers.join(" "),
                route.gemeenten.join(" "),
                change,
            );
        }
    }
    for advice in &changes.adviezen {
        for change in &advice.wijzigingen {
            push(
                "advies",
                &advice.advies,
                String::new(),
                String::new(),
                change,
            );
        }
    }
    for (waar, entries) in [
        ("organisatie", &changes.adressenlijst),
        ("rol", &changes.rollen),
        ("gemeente", &changes.gemeenten),
    ] {
        for entry in entries {
            for change in &entry.wijzigingen {
                push(waar, &entry.id, entry.naam.clone(), String::new(), change);
            }
        }
    }
    crate::render::csv::render(
        &[
            "waar",
            "id",
            "antwoorden_of_naam",
            "gemeenten",
            "soort",
            "onderwerp",
            "was",
            "wordt",
        ],
        &rows,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::with;

    fn change(soort: ChangeKind, onderwerp: &str, was: &str, wordt: &str) -> Change {
        let some = |s: &str| (!s.is_empty()).then(|| s.to_string());
        Change {
            soort,
            onderwerp: some(onderwerp),
            was: some(was),
            wordt: some(wordt),
        }
    }

    #[test]
    fn field_names_stay_dutch_in_the_data_and_are_worded_in_english() {
        let phone = change(ChangeKind::Contactgegeven, "telefoon", "010", "020");
        assert_eq!(phone.to_string(), "telefoon: 010 → 020");
        assert_eq!(with(Lang::En, || phone.to_string()), "phone: 010 → 020");
        let decided = change(
            ChangeKind::Rolgegeven,
            DECIDED_BY,
            "woongemeente",
            "schoolgemeente",
        );
        assert_eq!(
            decided.to_string(),
            "bepaald door: woongemeente → schoolgemeente"
        );
        assert_eq!(
            with(Lang::En, || decided.to_string()),
            "decided by: the pupil's home municipality → the school's municipality"
        );
        // A contact's name is no field name, even when it reads like one.
        let named = change(ChangeKind::ContactErbij, "telefoon", "", "vandaag");
        assert_eq!(
            with(Lang::En, || named.to_string()),
            "contact added: telefoon (vandaag)"
        );
        let gone = change(ChangeKind::GemeenteWeg, "", "Zuid", "");
        assert_eq!(gone.to_string(), "gemeente weg: Zuid");
        assert_eq!(
            with(Lang::En, || gone.to_string()),
            "municipality removed: Zuid"
        );
    }
}
