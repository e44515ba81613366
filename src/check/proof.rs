//! What every route comes to, for proving rules: the dataflow of
//! [`super::dataflow`] without passes.
//!
//! Each question gets the distinct outcomes of walking on from it, children
//! first. Where one route may use an answer at two places (`antwoord_van`, or
//! a question reached through two branches of one walk), the pass engine
//! enumerates every combination of such shared answers, which doubles the
//! work with each one. Here an outcome instead carries a [`Sigma`]: the values
//! of the shared answers it needs, and parts of a walk combine only where
//! those meet. An answer is carried only where it is *live*: asked below the
//! node and also read elsewhere on a route through it; elsewhere it is
//! dropped, so that outcomes which differ only in it coincide. So too while
//! the parts of one walk or the options of a multiple choice are combined:
//! once no part still to come reads an answer, partial walks that differ
//! only in it are one. Outcomes that differ in the values of one answer only
//! are merged, and an answer that may take every value is dropped too. The work then grows with the nodes times
//! the distinct outcomes per node, which the rule's tracking keeps small, not
//! with the product of the shared answers.
//!
//! The work is bounded ([`MAX_OUTCOMES`] per node, [`MAX_WORK`] in all); past
//! the bound the proof gives up and names the question where it did.

use super::dataflow::{Limit, MAX_OUTCOMES, TooComplex};
use super::interned::{Id, Interned};
use super::outcome::{FastMap, Outcome, Tracking};
use super::sharing::{self, Vars, bounds, has, live, post_order, shared_questions, values};
use super::sigma::{self, Allowed, FREE, Sigma, SigmaId, Sigmas};
use super::trail::{EMPTY, List, Trails};
use crate::core::map::{Map, Node, QuestionKind};
use std::collections::HashMap;

/// The most outcome combinations one proof may make before it gives up.
pub const MAX_WORK: usize = 4_000_000;

mod witness;

/// A shared answer: the values told apart.
struct Var {
    values: Vec<Limit>,
    /// Every value's bit (0 for a multiple choice, whose values are options).
    full: u64,
}

/// The answer taken at a question.
#[derive(Debug, Clone, Copy)]
enum Pick {
    Option(usize),
    /// The options chosen, a list in [`Proof::chosen`].
    Options(List),
    /// Range `.0`, at the lowest value allowed in it.
    Range(usize),
    YesNo(bool),
    Gemeente,
}

/// One way an outcome was made: the answer, the outcome index taken at each
/// node walked after it (a list in [`Proof::parts`]), and the shared
/// answers' values it needs.
#[derive(Debug, Clone, Copy)]
struct Made {
    pick: Pick,
    parts: List,
    constraint: SigmaId,
}

/// An outcome of a question, for every shared answer within `sigma`.
#[derive(Debug, Clone, Copy)]
struct Entry {
    outcome: Id,
    sigma: SigmaId,
    /// The ways it was made, a stretch of [`Proof::made`]: `made.1` of them
    /// from `made.0`. Between them they cover `sigma`.
    made: (u32, u32),
}

/// A walk of some targets in turn: its outcome, needs, and parts.
type Walked = (Id, SigmaId, List);

/// A multiple choice's options so far: the outcome (`None`: nothing chosen
/// yet), the options chosen, the needs, and the parts walked.
type Chosen = (Option<Id>, List, SigmaId, List);

/// What a proof needs of the map alone, the same for every rule: the order
/// of the questions, the shared answers and where each is asked and live.
/// Made once per `check`: on a large map finding the shared answers walks
/// much of the graph once per branching point, too much to do per rule.
pub struct Layout {
    order: Vec<usize>,
    /// The shared questions (asked), by their number as a shared answer.
    shared: Vec<usize>,
    /// Per question: its shared answer, if the answer it asks is shared.
    var_of: Vec<Option<u32>>,
    /// Per question: the shared answers live at it (see the module comment).
    live: Vec<Vec<u32>>,
    /// Per question: the shared answers asked at it or below it.
    below: Vec<Vars>,
    /// Per question: its live answers and its own shared answer, the
    /// answers that matter outside the walks after its answer.
    outside: Vec<Vars>,
}

impl Layout {
    pub fn new(map: &Map) -> Layout {
        let order = post_order(map);
        let shared = shared_questions(map, &order);
        let mut index = vec![None; map.questions.len()];
        for (i, &question) in shared.iter().enumerate() {
            index[question] = Some(i as u32);
        }
        let mut var_of = vec![None; map.questions.len()];
        for &q in &order {
            var_of[q] = index[map.questions[q].asked(q)];
        }
        let below = sharing::below(map, &order, &var_of, shared.len());
        let live = live(map, &order, &var_of, &below, shared.len());
        let words = shared.len().div_ceil(64);
        let outside = (0..map.questions.len())
            .map(|q| {
                let mut bits = vec![0u64; words];
                for &v in live[q].iter().chain(&var_of[q]) {
                    bits[v as usize / 64] |= 1 << (v % 64);
                }
                bits
            })
            .collect();
        Layout {
            order,
            shared,
            var_of,
            live,
            below,
            outside,
        }
    }
}

/// What a proof needs of the map and the rule's limits, the same for every
/// gemeente case of a rule: the [`Layout`], and the values of each shared
/// answer told apart within the limits.
pub struct Graph<'l> {
    layout: &'l Layout,
    limits: HashMap<usize, Limit>,
    vars: Vec<Var>,
    /// Per shared answer, the bits of all its values (`Var::full`), once:
    /// every question with live answers merges by them.
    full: Vec<u64>,
}

impl<'l> Graph<'l> {
    /// `Err` names the question whose answer has too many values to tell apart.
    pub fn new(
        map: &Map,
        layout: &'l Layout,
        limits: HashMap<usize, Limit>,
    ) -> Result<Graph<'l>, (TooComplex, usize)> {
        let mut vars = Vec::new();
        for &question in &layout.shared {
            let multiple = matches!(map.questions[question].kind, QuestionKind::MultiChoice(_));
            let values = if multiple {
                Vec::new()
            } else {
                values(map, question, &layout.order, limits.get(&question))
            };
            if values.len() > 64 {
                return Err((TooComplex, question));
            }
            let full = if values.len() == 64 {
                u64::MAX
            } else {
                (1 << values.len()) - 1
            };
            vars.push(Var { values, full });
        }
        let full = vars.iter().map(|v| v.full).collect();
        Ok(Graph {
            layout,
            limits,
            vars,
            full,
        })
    }

    /// `outside` with the shared answers asked at or below `targets` added.
    fn with_below(&self, mut outside: Vars, targets: &[Node]) -> Vars {
        for target in targets {
            if let Node::Question(c) = target {
                sharing::add(&mut outside, &self.layout.below[*c]);
            }
        }
        outside
    }
}

/// The proof of one tracking over one map.
///
/// Its records are flat: every question's entries in one vector, every way
/// they were made in another, constraints and outcomes by number. A vector
/// per question and per entry cost a proof on a national map some hundred
/// thousand allocations, and freeing them alone a sixth of its time.
pub struct Proof<'a> {
    map: &'a Map,
    graph: &'a Graph<'a>,
    tracking: Tracking,
    /// Per question, its entries: `at[q].1` of them in `entries` from `at[q].0`.
    at: Vec<(u32, u32)>,
    entries: Vec<Entry>,
    /// The ways the entries were made (see [`Entry::made`]).
    made: Vec<Made>,
    advices: Vec<Id>,
    outcomes: Interned,
    sigmas: Sigmas,
    /// The parts of every walk: the node and the index of its outcome taken.
    parts: Trails<(Node, u32)>,
    /// The options chosen at multiple-choice questions.
    chosen: Trails<u32>,
    work: usize,
}

impl<'a> Proof<'a> {
    /// Runs the proof; `Err` names the question where it exceeded its bounds.
    pub fn run(
        map: &'a Map,
        graph: &'a Graph<'a>,
        tracking: Tracking,
    ) -> Result<Proof<'a>, (TooComplex, usize)> {
        let mut outcomes = Interned::default();
        let nothing = outcomes.id(Outcome::default());
        debug_assert_eq!(nothing, 0, "the empty outcome is number 0");
        let advices = (0..map.advices.len())
            .map(|a| outcomes.id(tracking.advice(map, a)))
            .collect();
        let mut proof = Proof {
            map,
            graph,
            tracking,
            at: vec![(0, 0); map.questions.len()],
            entries: Vec::new(),
            made: Vec::new(),
            advices,
            outcomes,
            sigmas: Sigmas::default(),
            parts: Trails::new((Node::Advice(0), 0)),
            chosen: Trails::new(0),
            work: 0,
        };
        for &q in &graph.layout.order {
            proof.question(q).map_err(|e| (e, q))?;
        }
        Ok(proof)
    }

    /// The distinct outcomes of walking the whole map from its start.
    pub fn start(&self) -> impl Iterator<Item = &Outcome> {
        self.entries(self.map.start)
            .iter()
            .map(|e| &self.outcomes.list[e.outcome as usize])
    }

    /// The entries of question `q`.
    fn entries(&self, q: usize) -> &[Entry] {
        let (from, len) = self.at[q];
        &self.entries[from as usize..][..len as usize]
    }

    /// The ways `entry` was made.
    fn made(&self, entry: &Entry) -> &[Made] {
        let (from, len) = entry.made;
        &self.made[from as usize..][..len as usize]
    }

    fn count(&mut self, n: usize) -> Result<(), TooComplex> {
        self.work += n;
        if self.work > MAX_WORK {
            Err(TooComplex)
        } else {
            Ok(())
        }
    }

    /// The outcomes of walking one node.
    fn single(&mut self, node: Node) -> Vec<Walked> {
        match node {
            Node::Advice(a) => vec![(self.advices[a], FREE, self.parts.push(EMPTY, (node, 0)))],
            Node::Question(q) => {
                let (from, len) = self.at[q];
                let parts = &mut self.parts;
                self.entries[from as usize..][..len as usize]
                    .iter()
                    .zip(0u32..)
                    .map(|(e, i)| (e.outcome, e.sigma, parts.push(EMPTY, (node, i))))
                    .collect()
            }
        }
    }

    /// The outcomes of walking `targets` in turn. Walks that come to the
    /// same outcome and agree on the shared answers in `outside` (those read
    /// after the walk or beside it) or read by a later target are one: the
    /// first is kept, its needs in full, for [`Proof::witness`].
    fn walk_list(&mut self, targets: &[Node], outside: &Vars) -> Result<Vec<Walked>, TooComplex> {
        let Some((&first, rest)) = targets.split_first() else {
            return Ok(vec![(0, FREE, EMPTY)]);
        };
        let mut states = self.single(first);
        for (k, &target) in rest.iter().enumerate() {
            let walked = self.single(target);
            self.count(states.len() * walked.len())?;
            let keep = self.graph.with_below(outside.clone(), &rest[k + 1..]);
            let mut next: Vec<Walked> = Vec::new();
            let mut seen: FastMap<(Id, SigmaId), ()> = FastMap::default();
            for &(acc, need, parts) in &states {
                for &(outcome, more, part) in &walked {
                    let Some(need) = self.sigmas.and(need, more) else {
                        continue;
                    };
                    let combined = self.outcomes.then(&self.tracking, acc, outcome);
                    let key = self.sigmas.project(need, |v| has(&keep, v));
                    if seen.insert((combined, key), ()).is_none() {
                        if next.len() >= MAX_OUTCOMES {
                            return Err(TooComplex);
                        }
                        let parts = self.parts.append(parts, part);
                        next.push((combined, need, parts));
                    }
                }
            }
            states = next;
        }
        Ok(states)
    }

    /// The needs of taking value set `bits` of `var`: none when all.
    fn need(&mut self, var: Option<u32>, allowed: impl Fn(&Limit) -> bool) -> Option<SigmaId> {
        let Some(v) = var else {
            return Some(FREE);
        };
        let values = &self.graph.vars[v as usize];
        let bits = values
            .values
            .iter()
            .enumerate()
            .filter(|(_, value)| allowed(value))
            .fold(0u64, |bits, (i, _)| bits | 1 << i);
        match bits {
            0 => None,
            b if b == values.full => Some(FREE),
            b => Some(self.sigmas.id(&[(v, Allowed::Values(b))])),
        }
    }

    /// Finds the entries of question `q`, after those of every question it
    /// leads to, and stores them.
    fn question(&mut self, q: usize) -> Result<(), TooComplex> {
        let map = self.map;
        let graph = self.graph;
        let question = &map.questions[q];
        let var = question.asked(q);
        let shared = graph.layout.var_of[q];
        let limit = graph.limits.get(&var).cloned();
        let mut made: Vec<(Id, SigmaId, Made)> = Vec::new();
        let mut seen: FastMap<(Id, SigmaId), ()> = FastMap::default();
        let asked = match self.tracking.asked.iter().position(|&v| v == var) {
            Some(bit) => 1u64 << bit,
            None => 0,
        };
        let live = &graph.layout.live[q];
        let outside = &graph.layout.outside[q];
        let mut add = |proof: &mut Self,
                       made: &mut Vec<(Id, SigmaId, Made)>,
                       pick: &Pick,
                       need: SigmaId,
                       walked: Vec<Walked>|
         -> Result<(), TooComplex> {
            for (outcome, more, parts) in walked {
                let Some(constraint) = proof.sigmas.and(more, need) else {
                    continue;
                };
                let outcome = proof.outcomes.asked(outcome, asked);
                let sigma = proof
                    .sigmas
                    .project(constraint, |v| live.binary_search(&v).is_ok());
                if seen.insert((outcome, sigma), ()).is_none() {
                    if made.len() >= MAX_OUTCOMES {
                        return Err(TooComplex);
                    }
                    let pick = *pick;
                    made.push((
                        outcome,
                        sigma,
                        Made {
                            pick,
                            parts,
                            constraint,
                        },
                    ));
                }
            }
            Ok(())
        };
        match &question.kind {
            QuestionKind::Choice(choices) => {
                for (i, choice) in choices.iter().enumerate() {
                    if let Some(Limit::AnyOf(options)) = &limit
                        && !options.contains(&i)
                    {
                        continue;
                    }
                    let Some(need) = self.need(shared, |v| *v == Limit::AnyOf(vec![i])) else {
                        continue;
                    };
                    let walked = self.walk_list(&choice.next, outside)?;
                    add(self, &mut made, &Pick::Option(i), need, walked)?;
                }
            }
            QuestionKind::MultiChoice(choices) => {
                for (outcome, chosen, need, parts) in self.choose(q, choices, shared, &limit)? {
                    if let Some(outcome) = outcome {
                        let walked = vec![(outcome, need, parts)];
                        add(self, &mut made, &Pick::Options(chosen), FREE, walked)?;
                    }
                }
            }
            QuestionKind::Number { ranges, .. } => {
                let (from, to) = bounds(limit.as_ref());
                for (i, range) in ranges.iter().enumerate() {
                    if range.to < from || to < range.from {
                        continue;
                    }
                    let inside = |v: &Limit| matches!(v, Limit::Between(a, b) if range.from <= *a && *b <= range.to);
                    let Some(need) = self.need(shared, inside) else {
                        continue;
                    };
                    let walked = self.walk_list(&range.next, outside)?;
                    add(self, &mut made, &Pick::Range(i), need, walked)?;
                }
            }
            QuestionKind::YesNo { yes, no } => {
                for (answer, next) in [(true, yes), (false, no)] {
                    if limit.as_ref().is_some_and(|l| *l != Limit::YesNo(answer)) {
                        continue;
                    }
                    let Some(need) = self.need(shared, |v| *v == Limit::YesNo(answer)) else {
                        continue;
                    };
                    let walked = self.walk_list(next, outside)?;
                    add(self, &mut made, &Pick::YesNo(answer), need, walked)?;
                }
            }
            QuestionKind::Gemeente { next, .. } => {
                let walked = self.walk_list(next, outside)?;
                add(self, &mut made, &Pick::Gemeente, FREE, walked)?;
            }
        }
        self.count(made.len())?;
        let first = self.entries.len() as u32;
        if live.is_empty() {
            for (outcome, sigma, way) in made {
                let at = self.made.len() as u32;
                self.made.push(way);
                self.entries.push(Entry {
                    outcome,
                    sigma,
                    made: (at, 1),
                });
            }
        } else {
            // Outcomes that differ only in one live answer's values become one.
            let mut keys: Vec<(Id, SigmaId)> = made
                .iter()
                .map(|&(outcome, sigma, _)| (outcome, sigma))
                .collect();
            let (members, lengths) = sigma::merge(&mut self.sigmas, &mut keys, live, &graph.full);
            let mut members = members.into_iter();
            for ((outcome, sigma), len) in keys.into_iter().zip(lengths) {
                let at = self.made.len() as u32;
                self.made.extend(
                    members
                        .by_ref()
                        .take(len as usize)
                        .map(|i| made[i as usize].2),
                );
                self.entries.push(Entry {
                    outcome,
                    sigma,
                    made: (at, len),
                });
            }
        }
        self.at[q] = (first, self.entries.len() as u32 - first);
        Ok(())
    }

    /// The choices of a multiple-choice question: each option walked or
    /// not, in the map's order, within `limit`. `None` is "nothing chosen".
    ///
    /// States that come to the same outcome and agree on the shared answers
    /// that still matter (read outside the question, or below an option not
    /// yet walked) are one: the first is kept, its needs in full, for
    /// [`Proof::witness`]. Without that, the answers shared by the options
    /// walked so far multiply the states.
    fn choose(
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
