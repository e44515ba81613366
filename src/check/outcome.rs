//! What a walk comes to, as far as a rule or check looks at it: an
//! [`Outcome`] records the questions asked, the advices and contacts named,
//! and the most urgent part of the plan, and [`Tracking`] says which of those
//! an analysis records. Outcomes of two parts of a walk combine with
//! [`Tracking::then`], so an analysis can compute them per node instead of
//! per route.

use crate::core::map::{ContactTarget, Map, Urgency};

/// The outcome sets hash with the fast hasher: with the standard SipHash,
/// hashing dominated the analysis.
pub use crate::core::fast_map::FastMap;

/// A contact as advices name it: an organisation, or a role (whoever fills it).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Named {
    Organisation(usize),
    Role(usize),
}

impl Named {
    /// How an advice's contact target is named.
    pub fn of(target: ContactTarget) -> Named {
        match target {
            ContactTarget::Organisation(o) => Named::Organisation(o),
            ContactTarget::Role(r) => Named::Role(r),
        }
    }

    /// The id as the map writes it.
    pub fn id(self, map: &Map) -> &str {
        match self {
            Named::Organisation(o) => &map.organisations[o].id,
            Named::Role(r) => &map.roles[r].id,
        }
    }
}

/// What an analysis records of a walk; the less, the smaller the outcome sets.
#[derive(Debug, Clone, Default)]
pub struct Tracking {
    /// Questions (answer variables) whose being asked is recorded: bit i = `asked[i]`.
    pub asked: Vec<usize>,
    /// Advices recorded when reached: bit i = `advices[i]`.
    pub advices: Vec<usize>,
    /// Contacts recorded when named: bit `advices.len() + i` = `contacts[i]`.
    pub contacts: Vec<Named>,
    /// Record the most urgent contact's urgency.
    pub urgency: bool,
    /// Record who the plan names first (implies `urgency`).
    pub first_contact: bool,
    /// With `first_contact`: the contacts that a later advice can lift to the
    /// front, sorted (see [`Tracking::lifting`]); only these are kept among a
    /// plan's top contacts. `None`: all are kept.
    pub liftable: Option<Vec<Named>>,
    /// Whom each role stands for with the gemeenten of [`Tracking::gemeenten`]
    /// (see [`resolve_roles`]), so that two names for one organisation count
    /// as one contact, as in the plan. Empty: every role is its own contact.
    pub roles: Vec<Named>,
    /// The pupil's and the school's gemeente (`None`: outside the map) that
    /// `roles` assumes; a counterexample answers the gemeente questions so.
    pub gemeenten: (Option<usize>, Option<usize>),
}

/// The contact `who` stands for when roles resolve as `roles` (from
/// [`resolve_roles`]; empty: every role as itself).
pub fn stands_for(roles: &[Named], who: Named) -> Named {
    match who {
        Named::Role(r) if !roles.is_empty() => roles[r],
        other => other,
    }
}

/// Whom each role stands for when the pupil lives in `woon` and the school is
/// in `school` (`None`: outside the map): the organisation that fills it, or
/// the role itself when none does or it comes from the pupil's file.
pub fn resolve_roles(map: &Map, woon: Option<usize>, school: Option<usize>) -> Vec<Named> {
    use crate::core::map::RoleSource;
    (0..map.roles.len())
        .map(|r| {
            let gemeente = match map.roles[r].bepaald_door {
                RoleSource::Woongemeente => woon,
                RoleSource::Schoolgemeente => school,
                RoleSource::Dossier => return Named::Role(r),
            };
            let filled = match gemeente {
                Some(g) => map.gemeenten[g].roles.get(&r).copied(),
                None => map.roles[r].outside_map,
            };
            filled.map_or(Named::Role(r), Named::Organisation)
        })
        .collect()
}

/// What a walk, or the rest of one from a node, comes to.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub struct Outcome {
    /// Which tracked questions were asked.
    pub asked: u64,
    /// Which tracked advices and contacts were reached.
    pub named: u64,
    /// The most urgent part of the plan; `None` before any advice.
    pub top: Option<Top>,
}

/// The most urgent part of a plan, enough to know its first contact.
///
/// The plan lists its most urgent advices first (in the order reached), and
/// within them contacts in the order named; its first contact is the first one
/// so named that has a reason at the top urgency, possibly from a later advice.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Top {
    pub urgency: Urgency,
    /// Contacts of the most urgent advices in the order named, up to and
    /// including the first in `at_top` (only with `first_contact`).
    pub mentions: Vec<Named>,
    /// Contacts with a reason at `urgency`, sorted (only with `first_contact`).
    pub at_top: Vec<Named>,
}

impl Top {
    /// The plan's first contact (with `first_contact` tracking).
    pub fn first(&self) -> Option<Named> {
        self.mentions.last().copied()
    }
}

impl Tracking {
    /// The contact `who` stands for with this tracking's gemeenten.
    pub fn contact(&self, who: Named) -> Named {
        stands_for(&self.roles, who)
    }

    /// The outcome of reaching one advice.
    pub fn advice(&self, map: &Map, advice: usize) -> Outcome {
        let a = &map.advices[advice];
        let mut named = 0;
        if let Some(bit) = self.advices.iter().position(|&x| x == advice) {
            named |= 1 << bit;
        }
        for contact in &a.contacts {
            let who = self.contact(Named::of(contact.target));
            if let Some(bit) = self.contacts.iter().position(|&c| c == who) {
                named |= 1 << (self.advices.len() + bit);
            }
        }
        let top = (self.urgency || self.first_contact).then(|| {
            let urgency = a.urgency();
            let (mut mentions, mut at_top) = (Vec::new(), Vec::new());
            if self.first_contact {
                for contact in &a.contacts {
                    let who = self.contact(Named::of(contact.target));
                    if contact.urgency == urgency && !at_top.contains(&who) {
                        at_top.push(who);
                    }
                }
                at_top.sort_unstable();
                for contact in &a.contacts {
                    let who = self.contact(Named::of(contact.target));
                    if !mentions.contains(&who) {
                        mentions.push(who);
                    }
                    if at_top.contains(&who) {
                        break;
                    }
                }
            }
            self.keep_liftable(&mut at_top, &mentions);
            Top {
                urgency,
                mentions,
                at_top,
            }
        });
        Outcome {
            asked: 0,
            named,
            top,
        }
    }

    /// The same tracking, keeping of a plan's top contacts only those that
    /// can change who comes first: the plan's first contact is the first one
    /// named (in the most urgent advices) that has a reason at the top
    /// urgency, so a contact matters only where some advice names it before
    /// its own first top contact, and a later advice may give it the reason
    /// that lifts it to the front. Any other top contact is never tested; to
    /// keep them all makes every route with another set of top contacts a
    /// distinct outcome, which on 60 optional advices is 2^60 of them.
    pub fn lifting(mut self, map: &Map) -> Tracking {
        let mut liftable = Vec::new();
        for a in &map.advices {
            let urgency = a.urgency();
            let first_at_top = a.contacts.iter().position(|c| c.urgency == urgency);
            let before = first_at_top.map_or(&a.contacts[..], |i| &a.contacts[..i]);
            for contact in before {
                let who = self.contact(Named::of(contact.target));
                // Not the same contact as the first top one, under another name.
                let first = first_at_top.map(|i| self.contact(Named::of(a.contacts[i].target)));
                if Some(who) != first {
                    liftable.push(who);
                }
            }
        }
        liftable.sort_unstable();
        liftable.dedup();
        self.liftable = Some(liftable);
        self
    }

    /// Drops from `at_top` the contacts that cannot change who comes first:
    /// all but the liftable ones and the last of `mentions` (the plan's first).
    fn keep_liftable(&self, at_top: &mut Vec<Named>, mentions: &[Named]) {
        if let Some(liftable) = &self.liftable {
            let first = mentions.last();
            at_top.retain(|who| Some(who) == first || liftable.binary_search(who).is_ok());
        }
    }

    /// Walking `first`, then `second`: what the two come to together.
    pub fn then(&self, first: &Outcome, second: &Outcome) -> Outcome {
        let top = match (&first.top, &second.top) {
            (None, top) | (top, None) => top.clone(),
            (Some(a), Some(b)) if a.urgency < b.urgency => Some(a.clone()),
            (Some(a), Some(b)) if b.urgency < a.urgency => Some(b.clone()),
            (Some(a), Some(b)) => {
                let mut at_top = a.at_top.clone();
                at_top.extend(&b.at_top);
                at_top.sort_unstable();
                at_top.dedup();
                let mut mentions = Vec::new();
                for who in a.mentions.iter().chain(&b.mentions) {
                    if !mentions.contains(who) {
                        mentions.push(*who);
                    }
                    if at_top.contains(who) {
                        break;
                    }
                }
                self.keep_liftable(&mut at_top, &mentions);
                Some(Top {
                    urgency: a.urgency,
                    mentions,
                    at_top,
                })
            }
        };
        Outcome {
            asked: first.asked | second.asked,
            named: first.named | second.named,
            top,
        }
    }

    /// Whether tracked item `bit` (see [`Tracking::advices`], [`Tracking::contacts`]) is set.
    pub fn has(outcome: &Outcome, bit: usize) -> bool {
        outcome.named & (1 << bit) != 0
    }

    /// The outcome of a complete route the engine walked: its advices in the
    /// order reached, and the questions it asked.
    pub fn of_walk(&self, map: &Map, walk: &crate::core::engine::Walk) -> Outcome {
        let mut outcome = walk.reached.iter().fold(Outcome::default(), |acc, r| {
            self.then(&acc, &self.advice(map, r.advice))
        });
        for step in &walk.steps {
            if let Some(bit) = self.asked.iter().position(|&v| v == step.question) {
                outcome.asked |= 1 << bit;
            }
        }
        outcome
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn top(urgency: Urgency, mentions: &[Named], at_top: &[Named]) -> Outcome {
        Outcome {
            top: Some(Top {
                urgency,
                mentions: mentions.to_vec(),
                at_top: at_top.to_vec(),
            }),
            ..Outcome::default()
        }
    }

    #[test]
    fn the_more_urgent_part_decides_who_comes_first() {
        let (y, z) = (Named::Organisation(0), Named::Organisation(1));
        let acute = top(Urgency::Acuut, &[z], &[z]);
        let today = top(Urgency::Vandaag, &[y], &[y]);
        for combined in [
            Tracking::default().then(&acute, &today),
            Tracking::default().then(&today, &acute),
        ] {
            assert_eq!(combined.top.unwrap().first(), Some(z));
        }
    }

    #[test]
    fn a_later_reason_can_lift_an_earlier_mention_to_first() {
        // Advice 1 names Y (regular) before Z (acute); advice 2 names Y acute.
        // The plan merges Y to acute, and Y was mentioned first: Y leads.
        let (y, z) = (Named::Organisation(0), Named::Role(0));
        let first = top(Urgency::Acuut, &[y, z], &[z]);
        let second = top(Urgency::Acuut, &[y], &[y]);
        let combined = Tracking::default().then(&first, &second);
        assert_eq!(combined.top.unwrap().first(), Some(y));
        // In the other order Y is named first at once.
        assert_eq!(
            Tracking::default()
                .then(&second, &first)
                .top
                .unwrap()
                .first(),
            Some(y)
        );
    }

    #[test]
    fn asked_and_named_bits_accumulate() {
        let a = Outcome {
            asked: 0b01,
            named: 0b100,
            top: None,
        };
        let b = Outcome {
            asked: 0b10,
            named: 0b001,
            top: None,
        };
        let both = Tracking::default().then(&a, &b);
        assert_eq!((both.asked, both.named), (0b11, 0b101));
        assert!(Tracking::has(&both, 0) && !Tracking::has(&both, 1));
    }
}
