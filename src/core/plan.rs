//! One child, one plan: the advices of a complete route merged into one list of
//! contacts, each organisation once, the most urgent first.
//!
//! Roles are resolved here by the gemeente the role follows: the pupil's
//! woongemeente (BRP, woonplaatsbeginsel) or the school's gemeente. Pure.

use crate::core::answer::Answer;
use crate::core::engine::{Step, Walk};
use crate::core::map::{
    ContactTarget, GemeenteKind, Map, QuestionKind, RoleSource, Urgency, Words,
};

/// Who to contact, once the role is resolved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Whom {
    /// A known organisation (index into the map's directory).
    Organisation(usize),
    /// A role filled by someone the school knows from the pupil's file, such as
    /// the casusregisseur already involved (`bepaald_door: dossier`).
    FromDossier(usize),
    /// A role the map cannot fill: the gemeente is outside the map, was not
    /// asked, or has no organisation for the role.
    Unresolved { role: usize, reason: Unresolved },
}

/// Why a role could not be filled.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unresolved {
    /// The pupil lives (or the school is) in a gemeente outside this map.
    OtherGemeente,
    /// The route did not ask for the gemeente this role follows.
    NotAsked,
    /// The gemeente (index) has no organisation for the role.
    NotFilled(usize),
}

/// Why a contact is in the plan: one advice that names it. Its words stay in
/// the map ([`Reason::waarom`], [`Reason::termijn`]): `check` builds a plan
/// for every scenario and reads none of them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reason {
    pub advice: usize,
    /// The advice's contact (index into its `contacts`) that names it.
    pub contact: usize,
    pub urgency: Urgency,
}

impl Reason {
    /// Why the advice names this contact, if it says.
    pub fn waarom<'m>(&self, map: &'m Map) -> Option<&'m Words> {
        map.advices[self.advice].contacts[self.contact]
            .waarom
            .as_ref()
    }

    /// By when, if the advice says.
    pub fn termijn<'m>(&self, map: &'m Map) -> Option<&'m Words> {
        map.advices[self.advice].contacts[self.contact]
            .termijn
            .as_ref()
    }
}

/// One contact of the plan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlannedContact {
    pub whom: Whom,
    /// The role it was named by, if any (the first one).
    pub role: Option<usize>,
    /// The most urgent of its reasons.
    pub urgency: Urgency,
    pub reasons: Vec<Reason>,
}

/// An advice of the plan with the steps that led to it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlannedAdvice {
    pub advice: usize,
    pub via: Vec<usize>,
}

/// A date worth watching, counted from the route's answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlannedMilestone {
    pub advice: usize,
    pub tekst: Words,
    /// Weeks from today until the date; zero or less when it has passed.
    pub weeks_from_today: i64,
}

/// The plan for one pupil.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Plan {
    /// The route's answered questions, in order.
    pub steps: Vec<Step>,
    /// Advices, most urgent first, then in route order.
    pub advices: Vec<PlannedAdvice>,
    /// Contacts, each once, most urgent first, then in order of first mention.
    pub contacts: Vec<PlannedContact>,
    /// Dates to watch, soonest first; each text once.
    pub milestones: Vec<PlannedMilestone>,
}

impl Plan {
    /// Merges the advices of a complete walk into one plan.
    pub fn build(map: &Map, walk: &Walk) -> Plan {
        let woon = gemeente_answer(map, &walk.steps, GemeenteKind::Woongemeente);
        let school = gemeente_answer(map, &walk.steps, GemeenteKind::Schoolgemeente);
        let mut advices: Vec<PlannedAdvice> = walk
            .reached
            .iter()
            .map(|r| PlannedAdvice {
                advice: r.advice,
                via: r.via.clone(),
            })
            .collect();
        advices.sort_by_key(|a| map.advices[a.advice].urgency());

        let mut contacts: Vec<PlannedContact> = Vec::new();
        for planned in &advices {
            for (index, contact) in map.advices[planned.advice].contacts.iter().enumerate() {
                let (whom, role) = match contact.target {
                    ContactTarget::Organisation(org) => (Whom::Organisation(org), None),
                    ContactTarget::Role(role) => {
                        let whom = match map.roles[role].bepaald_door {
                            RoleSource::Woongemeente => resolve_role(map, role, woon),
                            RoleSource::Schoolgemeente => resolve_role(map, role, school),
                            RoleSource::Dossier => Whom::FromDossier(role),
                        };
                        (whom, Some(role))
                    }
                };
                let reason = Reason {
                    advice: planned.advice,
                    contact: index,
                    urgency: contact.urgency,
                };
                match contacts.iter_mut().find(|c| c.whom == whom) {
                    Some(existing) => {
                        existing.urgency = existing.urgency.min(contact.urgency);
                        existing.role = existing.role.or(role);
                        existing.reasons.push(reason);
                    }
                    None => contacts.push(PlannedContact {
                        whom,
                        role,
                        urgency: contact.urgency,
                        reasons: vec![reason],
                    }),
                }
            }
        }
        // Stable: equally urgent contacts keep the order in which advices name them.
        contacts.sort_by_key(|c| c.urgency);
        Plan {
            steps: walk.steps.clone(),
            milestones: milestones(map, walk, &advices),
            advices,
            contacts,
        }
    }

    /// The plan's overall urgency: that of its most urgent contact.
    pub fn urgency(&self) -> Urgency {
        self.contacts
            .first()
            .map_or(Urgency::Regulier, |c| c.urgency)
    }
}

/// The milestones of the plan's advices whose question the route answered.
fn milestones(map: &Map, walk: &Walk, advices: &[PlannedAdvice]) -> Vec<PlannedMilestone> {
    let mut planned: Vec<PlannedMilestone> = Vec::new();
    for advice in advices {
        for milestone in &map.advices[advice.advice].milestones {
            let weeks_ago = walk.steps.iter().find_map(|step| match step.answer {
                Answer::Number(n) if step.question == milestone.question => Some(n),
                _ => None,
            });
            if let Some(weeks_ago) = weeks_ago
                && !planned.iter().any(|p| p.tekst == milestone.tekst)
            {
                planned.push(PlannedMilestone {
                    advice: advice.advice,
                    tekst: milestone.tekst.clone(),
                    weeks_from_today: milestone.weeks.saturating_sub(weeks_ago),
                });
            }
        }
    }
    planned.sort_by_key(|m| m.weeks_from_today);
    planned
}

/// What the route answered for the gemeente of this kind:
/// `None` = not asked, `Some(None)` = outside the map, `Some(Some(g))` = gemeente g.
fn gemeente_answer(map: &Map, steps: &[Step], kind: GemeenteKind) -> Option<Option<usize>> {
    steps.iter().find_map(
        |step| match (&map.questions[step.question].kind, &step.answer) {
            (QuestionKind::Gemeente { kind: k, .. }, Answer::Gemeente(g)) if *k == kind => Some(*g),
            _ => None,
        },
    )
}

fn resolve_role(map: &Map, role: usize, gemeente: Option<Option<usize>>) -> Whom {
    let reason = match gemeente {
        None => Unresolved::NotAsked,
        Some(None) => match map.roles[role].outside_map {
            Some(org) => return Whom::Organisation(org),
            None => Unresolved::OtherGemeente,
        },
        Some(Some(g)) => match map.gemeenten[g].roles.get(&role) {
            Some(org) => return Whom::Organisation(*org),
            None => Unresolved::NotFilled(g),
        },
    };
    Whom::Unresolved { role, reason }
}
