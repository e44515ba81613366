//! The gemeenten a rule is proven with: one (pupil's, school's) pair for each
//! way the roles can merge contacts, found without trying every pair.
//!
//! The plan merges one organisation under two names into one contact, so a
//! rule is proven once per distinct *shape* of a pair: which roles (and which
//! organisations named directly) stand for the same contact. Trying every
//! pair is quadratic: 117,649 pairs for 342 gemeenten, for every rule. But the
//! roles that follow the woongemeente depend only on the pupil's gemeente,
//! and those that follow the schoolgemeente only on the school's; so unless
//! one organisation fills a role on both sides (a *crossing* pair), a pair's
//! shape depends only on the *pattern* of each side. Per pupil's gemeente it
//! is enough to try one school per school pattern, plus the crossing pairs;
//! and a pupil's gemeente whose pattern was already tried without crossings
//! adds nothing. That is linear in the gemeenten for any real directory.
//!
//! The cases, and their order, are exactly those of trying every pair in
//! order: each shape with the first pair that has it. Pure.

use super::dataflow::{Named, resolve_roles, stands_for};
use crate::core::map::{Map, RoleSource};
use std::collections::{HashMap, HashSet};
use std::rc::Rc;

/// The pupil's and the school's gemeente; `None` is outside the map.
pub type Gemeenten = (Option<usize>, Option<usize>);

/// A case to prove a rule with: the gemeenten, and whom each role stands for.
pub type Case = (Gemeenten, Vec<Named>);

/// What a rule's cases depend on.
#[derive(Debug, Clone, Copy)]
pub struct Demands<'a> {
    /// The rule demands a first contact: every merge matters.
    pub first: bool,
    /// The contacts the rule demands in or out of the plan.
    pub named: &'a [Named],
    /// Organisations that keep their identity: those advices or the rule name.
    pub pinned: &'a [usize],
    /// With `first`: the roles whose merges can change who comes first (see
    /// [`first_contact_roles`]); the others are left out of the shape.
    pub read: &'a [usize],
    /// The pupil's and the school's gemeenten a rule's `als` allows (indices
    /// into the map's gemeenten; `None`: any, and outside the map).
    pub only: (Option<&'a [usize]>, Option<&'a [usize]>),
}

impl Demands<'_> {
    /// Whether the rule's `als` allows `gemeente` on one side.
    fn allows(only: Option<&[usize]>, gemeente: Option<usize>) -> bool {
        only.is_none_or(|only| gemeente.is_some_and(|g| only.contains(&g)))
    }
}

/// The roles whose merges can change a plan's first contact, plus `named`:
/// those an advice names up to its first contact at its own urgency (who may
/// come first, or be lifted to the front), or at that urgency (whose reason
/// lifts). A role named only after that, at a lower urgency, never decides
/// who comes first, however it merges; leaving it out of the shape keeps
/// maps where organisations fill roles in many patterns from needing a proof
/// per pattern.
pub fn first_contact_roles(map: &Map, named: &[Named]) -> Vec<usize> {
    let mut roles: Vec<usize> = named
        .iter()
        .filter_map(|who| match who {
            Named::Role(r) => Some(*r),
            Named::Organisation(_) => None,
        })
        .collect();
    for advice in &map.advices {
        let urgency = advice.urgency();
        let first = advice.contacts.iter().position(|c| c.urgency == urgency);
        for (i, contact) in advice.contacts.iter().enumerate() {
            if let crate::core::map::ContactTarget::Role(r) = contact.target
                && (first.is_none_or(|f| i <= f) || contact.urgency == urgency)
            {
                roles.push(r);
            }
        }
    }
    roles.sort_unstable();
    roles.dedup();
    roles
}

/// The two sides of a map's gemeenten, per set of organisations kept by
/// name: the same for most rules of one `check`, and on a national map
/// reading every gemeente's roles per rule was a sixth of the rules' time.
/// Holds the sides of one map only.
#[derive(Default)]
pub struct Sides {
    known: Vec<(Vec<usize>, Rc<Both>)>,
}

/// The pupil's side, the school's side, and per organisation the schools
/// (indices into the gemeenten with `None` last) where it fills a role.
struct Both {
    woon: Side,
    school: Side,
    schools_of: HashMap<usize, Vec<usize>>,
}

impl Sides {
    /// The sides with the organisations in `by_name` kept by name.
    fn get(&mut self, map: &Map, gemeenten: &[Option<usize>], mut by_name: Vec<usize>) -> Rc<Both> {
        by_name.sort_unstable();
        by_name.dedup();
        if let Some((_, both)) = self.known.iter().find(|(known, _)| *known == by_name) {
            return Rc::clone(both);
        }
        let woon = Side::new(map, gemeenten, RoleSource::Woongemeente, &by_name);
        let school = Side::new(map, gemeenten, RoleSource::Schoolgemeente, &by_name);
        let mut schools_of: HashMap<usize, Vec<usize>> = HashMap::new();
        for (s, orgs) in school.orgs.iter().enumerate() {
            for &o in orgs {
                schools_of.entry(o).or_default().push(s);
            }
        }
        let both = Rc::new(Both {
            woon,
            school,
            schools_of,
        });
        self.known.push((by_name, Rc::clone(&both)));
        both
    }
}

/// The cases to prove a rule with, each with its roles resolved
/// ([`resolve_roles`]), in the order of first appearance when the pairs are
/// tried pupil's gemeente first, `None` last. `sides` are those of `map`.
pub fn cases(map: &Map, demands: Demands, sides: &mut Sides) -> Vec<Case> {
    let gemeenten: Vec<Option<usize>> = (0..map.gemeenten.len()).map(Some).chain([None]).collect();
    // Patterns keep by name the organisations whose place matters: the pinned
    // ones, and any the rule names.
    let mut by_name = demands.pinned.to_vec();
    by_name.extend(demands.named.iter().filter_map(|who| match who {
        Named::Organisation(o) => Some(*o),
        Named::Role(_) => None,
    }));
    let both = sides.get(map, &gemeenten, by_name);
    let (woon, school, schools_of) = (&both.woon, &both.school, &both.schools_of);
    let mut crossing = vec![usize::MAX; gemeenten.len()];
    let mut tried_clean = vec![false; woon.members.len()];
    let mut seen: HashSet<Vec<Vec<Named>>> = HashSet::new();
    let mut cases = Vec::new();
    let school_ok = |s: usize| Demands::allows(demands.only.1, gemeenten[s]);
    for (w, &pupil) in gemeenten.iter().enumerate() {
        if !Demands::allows(demands.only.0, pupil) {
            continue;
        }
        let mut crossings: Vec<usize> = woon.orgs[w]
            .iter()
            .filter_map(|o| schools_of.get(o))
            .flatten()
            .copied()
            .filter(|&s| school_ok(s))
            .collect();
        let class = woon.class[w];
        if crossings.is_empty() && std::mem::replace(&mut tried_clean[class], true) {
            continue;
        }
        for &s in &crossings {
            crossing[s] = w;
        }
        // The first school of each pattern that does not cross, and every one that does.
        let mut candidates: Vec<usize> = school
            .members
            .iter()
            .filter_map(|members| {
                members
                    .iter()
                    .copied()
                    .find(|&s| crossing[s] != w && school_ok(s))
            })
            .collect();
        candidates.append(&mut crossings);
        candidates.sort_unstable();
        candidates.dedup();
        for s in candidates {
            let roles = resolve_roles(map, pupil, gemeenten[s]);
            if seen.insert(shape(&roles, demands)) {
                cases.push(((pupil, gemeenten[s]), roles));
            }
        }
    }
    cases
}

/// The shape of a pair, from its roles resolved: what tells cases apart.
pub fn shape(roles: &[Named], demands: Demands) -> Vec<Vec<Named>> {
    let pinned = demands.pinned;
    if demands.first {
        // Who comes first depends on every merge: pinned organisations by
        // name, every other contact numbered in order of appearance, so that
        // only which roles share a contact tells cases apart.
        let mut others: Vec<Named> = Vec::new();
        vec![
            roles
                .iter()
                .enumerate()
                .filter(|(r, _)| demands.read.binary_search(r).is_ok())
                .map(|(_, &who)| match who {
                    Named::Organisation(o) if pinned.contains(&o) => who,
                    _ => {
                        let i = others.iter().position(|&x| x == who).unwrap_or_else(|| {
                            others.push(who);
                            others.len() - 1
                        });
                        Named::Role(i)
                    }
                })
                .collect(),
        ]
    } else {
        // Whether a contact is in the plan depends only on which roles (and
        // which organisation named directly) stand for it.
        demands
            .named
            .iter()
            .map(|&who| {
                let target = stands_for(roles, who);
                let mut names: Vec<Named> = (0..roles.len())
                    .filter(|&r| roles[r] == target)
                    .map(Named::Role)
                    .collect();
                if let Named::Organisation(o) = target
                    && pinned.contains(&o)
                {
                    names.push(target);
                }
                names
            })
            .collect()
    }
}

/// The roles that follow one of the pupil's gemeenten, per gemeente: their
/// organisations, and gemeenten grouped by pattern.
struct Side {
    /// Per gemeente (index into the list with `None` last), the organisations
    /// that fill this side's roles.
    orgs: Vec<Vec<usize>>,
    /// Per gemeente, its pattern's number.
    class: Vec<usize>,
    /// Per pattern, its gemeenten in order.
    members: Vec<Vec<usize>>,
}

/// One role of a side in a pattern.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Slot {
    /// No organisation fills it: the role stands for itself.
    Unfilled,
    /// An organisation kept by name.
    Named(usize),
    /// Another organisation, numbered in order of appearance on this side.
    Other(usize),
}

impl Side {
    fn new(map: &Map, gemeenten: &[Option<usize>], side: RoleSource, by_name: &[usize]) -> Side {
        let roles: Vec<usize> = (0..map.roles.len())
            .filter(|&r| map.roles[r].bepaald_door == side)
            .collect();
        let mut patterns: HashMap<Vec<Slot>, usize> = HashMap::new();
        let mut result = Side {
            orgs: Vec::with_capacity(gemeenten.len()),
            class: Vec::with_capacity(gemeenten.len()),
            members: Vec::new(),
        };
        for (g, &gemeente) in gemeenten.iter().enumerate() {
            let filled: Vec<Option<usize>> = roles
                .iter()
                .map(|&r| match gemeente {
                    Some(g) => map.gemeenten[g].roles.get(&r).copied(),
                    None => map.roles[r].outside_map,
                })
                .collect();
            let mut others: Vec<usize> = Vec::new();
            let pattern: Vec<Slot> = filled
                .iter()
                .map(|&o| match o {
                    None => Slot::Unfilled,
                    Some(o) if by_name.contains(&o) => Slot::Named(o),
                    Some(o) => {
                        Slot::Other(others.iter().position(|&x| x == o).unwrap_or_else(|| {
                            others.push(o);
                            others.len() - 1
                        }))
                    }
                })
                .collect();
            let next = patterns.len();
            let class = *patterns.entry(pattern).or_insert(next);
            if class == result.members.len() {
                result.members.push(Vec::new());
            }
            result.members[class].push(g);
            result.class.push(class);
            let mut orgs: Vec<usize> = filled.into_iter().flatten().collect();
            orgs.sort_unstable();
            orgs.dedup();
            result.orgs.push(orgs);
        }
        result
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::source::SourceFile;
    use crate::testkit::{Size, national};

    /// Every pair in order, each shape with its first pair: the definition.
    fn every_pair(map: &Map, demands: Demands) -> Vec<(Gemeenten, Vec<Named>)> {
        let gemeenten: Vec<Option<usize>> =
            (0..map.gemeenten.len()).map(Some).chain([None]).collect();
        let mut seen = Vec::new();
        let mut cases = Vec::new();
        for &woon in &gemeenten {
            for &school in &gemeenten {
                if !Demands::allows(demands.only.0, woon)
                    || !Demands::allows(demands.only.1, school)
                {
                    continue;
                }
                let roles = resolve_roles(map, woon, school);
                let shape = shape(&roles, demands);
                if !seen.contains(&shape) {
                    seen.push(shape);
                    cases.push(((woon, school), roles));
                }
            }
        }
        cases
    }

    fn map() -> Map {
        let size = Size {
            gemeenten: 30,
            nodes: 200,
            scenarios: 1,
        };
        let sources: Vec<SourceFile> = national(size)
            .iter()
            .map(|(name, text)| SourceFile::new(name.as_str(), text.as_str()))
            .collect();
        crate::core::compile::from_sources(&sources).unwrap()
    }

    #[test]
    fn the_same_cases_in_the_same_order_as_trying_every_pair() {
        let mut map = map();
        let role = |id: &str| map.roles.iter().position(|r| r.id == id).unwrap();
        let (jeugdarts, jeugdhulp, swv_po) = (role("jeugdarts"), role("jeugdhulp"), role("swv-po"));
        let org = |map: &Map, g: usize, r: usize| map.gemeenten[g].roles[&r];
        // Crossings: a school's jeugdarts is a pupil's jeugdhulp elsewhere (and
        // in the same gemeente); a role left unfilled; a gemeente with one
        // organisation for two school roles.
        let crossing = org(&map, 3, jeugdhulp);
        map.gemeenten[7].roles.insert(jeugdarts, crossing);
        map.gemeenten[3].roles.insert(jeugdarts, crossing);
        map.gemeenten[11].roles.remove(&jeugdhulp);
        let shared = org(&map, 12, jeugdarts);
        map.gemeenten[12].roles.insert(swv_po, shared);
        let all_roles: Vec<Named> = (0..map.roles.len()).map(Named::Role).collect();
        let some_orgs = [Named::Organisation(crossing), Named::Organisation(shared)];
        let pinned_sets: [&[usize]; 3] = [&[0, 1], &[0, 1, crossing], &[shared]];
        let mut compared = 0;
        // One cache for every rule of the map, as in a check.
        let mut sides = Sides::default();
        let every_role: Vec<usize> = (0..map.roles.len()).collect();
        let some_roles = [jeugdarts, jeugdhulp];
        for (pinned, read) in pinned_sets
            .into_iter()
            .zip([&every_role[..], &some_roles, &[]])
        {
            for named in [&all_roles[..], &all_roles[2..3], &some_orgs[..], &[]] {
                for first in [true, false] {
                    // A rule's `als` may allow only some gemeenten on a side
                    // (here the crossing ones and a few plain ones).
                    let some: &[usize] = &[3, 5, 7, 12];
                    for only in [(None, None), (Some(some), None), (None, Some(some))] {
                        let demands = Demands {
                            first,
                            named,
                            pinned,
                            read,
                            only,
                        };
                        let expected = every_pair(&map, demands);
                        let got = cases(&map, demands, &mut sides);
                        assert_eq!(got, expected, "{demands:?}");
                        compared += expected.len();
                    }
                }
            }
        }
        // The comparisons saw more than one case per rule.
        assert!(compared > 24 * 2 * 3, "{compared}");
    }
}
