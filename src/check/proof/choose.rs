//! The options of a multiple-choice question, for the proof
//! ([`super::Proof`]): each option walked or not, combined in the map's
//! order. Apart from [`super::Proof::question`] because it is the one
//! answer that walks several options' targets at once, with its own rules
//! for which partial choices are one.

use super::sigma::Allowed;
use super::{Chosen, FREE, Id, Limit, MAX_OUTCOMES, Proof, SigmaId, Sigmas, TooComplex, Vars};
use super::{EMPTY, FastMap, has};
use crate::core::map::Node;

impl Proof<'_> {
    /// The choices of a multiple-choice question: each option walked or
    /// not, in the map's order, within `limit`. `None` is "nothing chosen".
    ///
    /// States that come to the same outcome and agree on the shared answers
    /// that still matter (read outside the question, or below an option not
    /// yet walked) are one: the first is kept, its needs in full, for
    /// [`Proof::witness`]. Without that, the answers shared by the options
    /// walked so far multiply the states.
    pub(super) fn choose(
        &mut self,
        q: usize,
        choices: &[crate::core::map::Choice],
        shared: Option<u32>,
        limit: &Option<Limit>,
    ) -> Result<Vec<Chosen>, TooComplex> {
        // A shared multiple choice needs the options chosen and not chosen.
        let all = u64::MAX >> (64 - choices.len().clamp(1, 64));
        let mark = |sigmas: &mut Sigmas, need: SigmaId, i: usize, chosen: bool| {
            let Some(v) = shared else {
                return Some(need);
            };
            let bit = 1u64 << i;
            let (chosen, not) = if chosen { (bit, 0) } else { (0, bit) };
            let option = sigmas.id(&[(v, Allowed::Options { chosen, not, all })]);
            sigmas.and(need, option)
        };
        let mut states: Vec<Chosen> = vec![(None, EMPTY, FREE, EMPTY)];
        if shared.is_some() && choices.len() > 64 {
            return Err(TooComplex);
        }
        let graph = self.graph;
        let outside = &graph.layout.outside[q];
        // What matters after option i: outside, and the options after it.
        let mut after: Vec<Vars> = vec![outside.clone(); choices.len()];
        for i in (1..choices.len()).rev() {
            after[i - 1] = graph.with_below(after[i].clone(), &choices[i].next);
        }
        // Beside an option's walk: outside, and every other option.
        let beside = choices
            .iter()
            .fold(outside.clone(), |bits, c| graph.with_below(bits, &c.next));
        let key = |sigmas: &mut Sigmas, o: Option<Id>, need: SigmaId, keep: &Vars| {
            (o, sigmas.project(need, |v| has(keep, v)))
        };
        for (i, choice) in choices.iter().enumerate() {
            let keep = &after[i];
            let (must, may) = match limit {
                Some(Limit::Choose { required, excluded }) => {
                    (required.contains(&i), !excluded.contains(&i))
                }
                _ => (false, true),
            };
            if !may {
                let mut seen: FastMap<(Option<Id>, SigmaId), ()> = FastMap::default();
                let mut kept = Vec::new();
                for (o, c, need, p) in states {
                    let Some(need) = mark(&mut self.sigmas, need, i, false) else {
                        continue;
                    };
                    if seen
                        .insert(key(&mut self.sigmas, o, need, keep), ())
                        .is_none()
                    {
                        kept.push((o, c, need, p));
                    }
                }
                states = kept;
                continue;
            }
            let walked = self.walk_list(&choice.next, &beside)?;
            self.count(states.len() * walked.len())?;
            // An option that leads only to advices, with one outcome needing no
            // shared answer, may leave a state's outcome as it is: the empty
            // outcome always, another one when already part of it. Such a
            // state is not marked for the option, chosen or not, so the options
            // of a shared answer that change nothing the rule looks at are not
            // enumerated as 2^n subsets. Choosing an option of the empty
            // outcome turns "nothing chosen" into that outcome.
            let alone = match walked.as_slice() {
                [(x, FREE, _)] if !must && advices_only(&choice.next) => Some(*x),
                _ => None,
            };
            let unchanged: Vec<bool> = states
                .iter()
                .map(|(acc, ..)| match (alone, acc) {
                    (Some(0), _) => true,
                    (Some(x), Some(a)) => self.outcomes.then(&self.tracking, *a, x) == *a,
                    _ => false,
                })
                .collect();
            let mut next = Vec::new();
            let mut seen: FastMap<(Option<Id>, SigmaId), ()> = FastMap::default();
            if !must {
                for (&(acc, chosen, need, parts), &same) in states.iter().zip(&unchanged) {
                    let need = if same {
                        Some(need)
                    } else {
                        mark(&mut self.sigmas, need, i, false)
                    };
                    if let Some(need) = need
                        && seen
                            .insert(key(&mut self.sigmas, acc, need, keep), ())
                            .is_none()
                    {
                        next.push((acc, chosen, need, parts));
                    }
                }
            }
            for (&(acc, chosen, need, parts), &same) in states.iter().zip(&unchanged) {
                if same && acc.is_some() {
                    continue;
                }
                for &(outcome, more, part) in &walked {
                    let need = self.sigmas.and(need, more);
                    let need = if same {
                        need
                    } else {
                        need.and_then(|n| mark(&mut self.sigmas, n, i, true))
                    };
                    let Some(need) = need else {
                        continue;
                    };
                    let combined = match acc {
                        Some(acc) => self.outcomes.then(&self.tracking, acc, outcome),
                        None => outcome,
                    };
                    let key = key(&mut self.sigmas, Some(combined), need, keep);
                    if seen.insert(key, ()).is_none() {
                        if next.len() >= MAX_OUTCOMES {
                            return Err(TooComplex);
                        }
                        let chosen = self.chosen.push(chosen, i as u32);
                        let parts = self.parts.append(parts, part);
                        next.push((Some(combined), chosen, need, parts));
                    }
                }
            }
            states = next;
        }
        Ok(states)
    }
}

/// Whether `targets` are advices only: a route through them asks nothing more.
fn advices_only(targets: &[Node]) -> bool {
    targets.iter().all(|n| matches!(n, Node::Advice(_)))
}
