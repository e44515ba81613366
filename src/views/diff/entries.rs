//! Advices by id, the directory, the roles and the gemeenten, compared between
//! two maps.

use super::change::{AdviceChange, Change, ChangeKind, DECIDED_BY, EntryChange, OUTSIDE_MAP};
use super::plans::{Digest, differences};
use crate::core::map::{ContactTarget, InLang, Map};
use crate::i18n::Lang;
use crate::t;

/// Advices compared by id: title, urgency, contacts as the map names them, steps.
pub(super) fn compare_advices(old: &Map, new: &Map, lang: Lang) -> Vec<AdviceChange> {
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
                    let naam = map.roles[r].naam.get(lang);
                    (
                        format!("rol:{}", map.roles[r].id),
                        t!(lang, "diff-rol", rol = naam),
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
        advices: vec![(a.id.clone(), a.titel.in_lang(lang), a.stappen.in_lang(lang))],
    };
    let mut out = Vec::new();
    for advice in &new.advices {
        let wijzigingen = match old.advices.iter().find(|a| a.id == advice.id) {
            None => vec![Change {
                soort: ChangeKind::AdviesErbij,
                onderwerp: Some(advice.titel.in_lang(lang)),
                was: None,
                wordt: None,
            }],
            Some(was) => differences(&digest(old, was), &digest(new, advice), lang),
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
                    onderwerp: Some(advice.titel.in_lang(lang)),
                    was: None,
                    wordt: None,
                }],
            });
        }
    }
    out
}

/// Organisations compared by id: added, removed, and each contact field.
pub(super) fn directory(old: &Map, new: &Map, lang: Lang) -> Vec<EntryChange> {
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
                    was.openingstijden.in_lang(lang).as_ref(),
                    org.openingstijden.in_lang(lang).as_ref(),
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
pub(super) fn roles(old: &Map, new: &Map, lang: Lang) -> Vec<EntryChange> {
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
                naam: role.naam.in_lang(lang),
                wijzigingen,
            });
        }
    }
    out
}

/// Gemeenten compared by id: added, removed, and who fills each role.
pub(super) fn gemeenten(old: &Map, new: &Map, lang: Lang) -> Vec<EntryChange> {
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
                                    .map_or(role_id.to_string(), |r| r.naam.in_lang(lang)),
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
