//! Routes compared by key, per gemeente both maps have: what their plans come
//! to, and how they differ.

use super::change::{Change, ChangeKind, RouteChange};
use crate::core::map::{InLang, Map, OTHER_GEMEENTE};
use crate::core::plan::{Plan, Whom};
use crate::i18n::Lang;
use crate::render::{urgency_words, whom_name};
use crate::t;
use crate::views::routes::{self, Route};
use std::collections::{HashMap, HashSet};

/// What of a plan a reviewer compares.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Digest {
    /// Contacts in plan order: key (organisation or role id), name, urgency.
    pub(super) contacts: Vec<(String, String, crate::core::map::Urgency)>,
    /// Advices in plan order: id, title, steps.
    pub(super) advices: Vec<(String, String, Vec<String>)>,
}

impl Digest {
    /// The digest of a plan. `by_role`: a contact named by a role is compared as
    /// that role, so a change reads the same in every gemeente ("Jeugdhulp"
    /// rather than each gemeente's own team).
    pub(super) fn of(map: &Map, plan: &Plan, by_role: bool, lang: Lang) -> Digest {
        Digest {
            contacts: plan
                .contacts
                .iter()
                .map(|c| match (c.whom, c.role) {
                    (_, Some(r)) if by_role => {
                        let role = &map.roles[r];
                        (
                            format!("rol:{}", role.id),
                            role.naam.in_lang(lang),
                            c.urgency,
                        )
                    }
                    (Whom::Organisation(o), _) => (
                        map.organisations[o].id.clone(),
                        whom_name(map, c.whom, lang),
                        c.urgency,
                    ),
                    (Whom::FromDossier(r) | Whom::Unresolved { role: r, .. }, _) => (
                        format!("rol:{}", map.roles[r].id),
                        whom_name(map, c.whom, lang),
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
                        advice.titel.in_lang(lang),
                        advice.stappen.in_lang(lang),
                    )
                })
                .collect(),
        }
    }

    /// "Naam (urgentie)" of the first contact.
    pub(super) fn first(&self, lang: Lang) -> String {
        self.contacts
            .first()
            .map_or(t!(lang, "diff-geen"), |(_, name, urgency)| {
                format!("{name} ({})", urgency_words(*urgency, lang))
            })
    }
}

/// The differences between two digests of one route, in reading order.
pub(super) fn differences(old: &Digest, new: &Digest, lang: Lang) -> Vec<Change> {
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
            old_first.map(|c| urgency_words(c.2, lang)),
            new_first.map(|c| urgency_words(c.2, lang)),
        ));
    }
    for (key, name, urgency) in &new.contacts {
        match old.contacts.iter().find(|c| &c.0 == key) {
            None => out.push(change(
                ChangeKind::ContactErbij,
                Some(name),
                None,
                Some(urgency_words(*urgency, lang)),
            )),
            Some((_, _, was)) if was != urgency => out.push(change(
                ChangeKind::ContactUrgentie,
                Some(name),
                Some(urgency_words(*was, lang)),
                Some(urgency_words(*urgency, lang)),
            )),
            Some(_) => {}
        }
    }
    for (key, name, urgency) in &old.contacts {
        if !new.contacts.iter().any(|c| &c.0 == key) {
            out.push(change(
                ChangeKind::ContactWeg,
                Some(name),
                Some(urgency_words(*urgency, lang)),
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
pub(super) fn shared_gemeenten(old: &Map, new: &Map) -> Vec<(Option<usize>, Option<usize>)> {
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

pub(super) fn compare_routes(
    old: &Map,
    old_routes: &[Route],
    new: &Map,
    new_routes: &[Route],
    lang: Lang,
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
    let by_role = |map: &Map, route: &Route, g: Option<usize>| {
        Digest::of(map, &plan(map, route, g), true, lang)
    };
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
                    wordt: Some(by_role(new, route, gemeenten[0].1).first(lang)),
                }],
            });
            continue;
        };
        // Per gemeente, grouped where the changes are the same.
        let mut groups: Vec<(Vec<String>, Vec<Change>)> = Vec::new();
        for &(og, ng) in &gemeenten {
            let (old_plan, new_plan) = (plan(old, old_route, og), plan(new, route, ng));
            let found = differences(
                &Digest::of(old, &old_plan, false, lang),
                &Digest::of(new, &new_plan, false, lang),
                lang,
            );
            if found.is_empty() {
                continue;
            }
            // Told by role where that tells the same changes, so gemeenten with
            // the same change share one row; by organisation where roles would
            // hide one (another organisation fills a role) or invent one (one
            // organisation filling two roles is one contact).
            let by_role = differences(
                &Digest::of(old, &old_plan, true, lang),
                &Digest::of(new, &new_plan, true, lang),
                lang,
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
                was: Some(by_role(old, route, gemeenten[0].0).first(lang)),
                wordt: None,
            }],
        });
    }
    (changed, same)
}
