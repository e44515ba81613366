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
use steps::Kind;

/// The most outcome combinations one proof may make before it gives up.
pub const MAX_WORK: usize = 4_000_000;

mod choose;
mod steps;
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
    /// The questions of `order`, as the proof reads them.
    steps: steps::Steps,
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
            steps: steps::Steps::new(map, &order),
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
    /// Room for [`Proof::walk_list`] to tell outcomes apart in, and for
    /// [`Proof::question`]: reused, since a set per walk and per question
    /// made much of their cost.
    seen: FastMap<(Id, SigmaId), ()>,
    seen_here: FastMap<(Id, SigmaId), ()>,
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
            seen: FastMap::default(),
            seen_here: FastMap::default(),
            parts: Trails::new((Node::Advice(0), 0)),
            chosen: Trails::new(0),
            work: 0,
        };
        for step in &graph.layout.steps.steps {
            proof.question(step).map_err(|e| (e, step.q))?;
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

    /// How many outcomes walking `node` has.
    fn outcomes_of(&self, node: Node) -> u32 {
        match node {
            Node::Advice(_) => 1,
            Node::Question(q) => self.at[q].1,
        }
    }

    /// Outcome `i` of walking `node`, and its needs.
    fn outcome_of(&self, node: Node, i: u32) -> (Id, SigmaId) {
        match node {
            Node::Advice(a) => (self.advices[a], FREE),
            Node::Question(q) => {
                let entry = &self.entries[(self.at[q].0 + i) as usize];
                (entry.outcome, entry.sigma)
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
        let mut states: Vec<Walked> = (0..self.outcomes_of(first))
            .map(|i| {
                let (outcome, sigma) = self.outcome_of(first, i);
                (outcome, sigma, self.parts.push(EMPTY, (first, i)))
            })
            .collect();
        let mut seen = std::mem::take(&mut self.seen);
        for (k, &target) in rest.iter().enumerate() {
            let walked = self.outcomes_of(target);
            self.count(states.len() * walked as usize)?;
            let keep = self.graph.with_below(outside.clone(), &rest[k + 1..]);
            let mut next: Vec<Walked> = Vec::new();
            seen.clear();
            for &(acc, need, parts) in &states {
                for i in 0..walked {
                    let (outcome, more) = self.outcome_of(target, i);
                    let Some(need) = self.sigmas.and(need, more) else {
                        continue;
                    };
                    let combined = self.outcomes.then(&self.tracking, acc, outcome);
                    let key = self.sigmas.project(need, |v| has(&keep, v));
                    if seen.insert((combined, key), ()).is_none() {
                        if next.len() >= MAX_OUTCOMES {
                            return Err(TooComplex);
                        }
                        let parts = self.parts.push(parts, (target, i));
                        next.push((combined, need, parts));
                    }
                }
            }
            states = next;
        }
        self.seen = seen;
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
    fn question(&mut self, step: &steps::Step) -> Result<(), TooComplex> {
        let graph = self.graph;
        let steps = &graph.layout.steps;
        let (q, var) = (step.q, step.asked);
        let shared = graph.layout.var_of[q];
        let limit = graph.limits.get(&var).cloned();
        let mut made: Vec<(Id, SigmaId, Made)> = Vec::new();
        let mut seen = std::mem::take(&mut self.seen_here);
        seen.clear();
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
        let branches = steps.branches(step);
        match step.kind {
            Kind::Choice => {
                for (i, branch) in branches.iter().enumerate() {
                    if let Some(Limit::AnyOf(options)) = &limit
                        && !options.contains(&i)
                    {
                        continue;
                    }
                    let Some(need) = self.need(shared, |v| *v == Limit::AnyOf(vec![i])) else {
                        continue;
                    };
                    let walked = self.walk_list(steps.targets(branch), outside)?;
                    add(self, &mut made, &Pick::Option(i), need, walked)?;
                }
            }
            Kind::Multiple => {
                let QuestionKind::MultiChoice(choices) = &self.map.questions[q].kind else {
                    unreachable!("a multiple-choice step is a multiple-choice question")
                };
                for (outcome, chosen, need, parts) in self.choose(q, choices, shared, &limit)? {
                    if let Some(outcome) = outcome {
                        let walked = vec![(outcome, need, parts)];
                        add(self, &mut made, &Pick::Options(chosen), FREE, walked)?;
                    }
                }
            }
            Kind::Number => {
                let (from, to) = bounds(limit.as_ref());
                for (i, range) in branches.iter().enumerate() {
                    if range.to < from || to < range.from {
                        continue;
                    }
                    let inside = |v: &Limit| matches!(v, Limit::Between(a, b) if range.from <= *a && *b <= range.to);
                    let Some(need) = self.need(shared, inside) else {
                        continue;
                    };
                    let walked = self.walk_list(steps.targets(range), outside)?;
                    add(self, &mut made, &Pick::Range(i), need, walked)?;
                }
            }
            Kind::YesNo => {
                for (answer, branch) in [true, false].into_iter().zip(branches) {
                    if limit.as_ref().is_some_and(|l| *l != Limit::YesNo(answer)) {
                        continue;
                    }
                    let Some(need) = self.need(shared, |v| *v == Limit::YesNo(answer)) else {
                        continue;
                    };
                    let walked = self.walk_list(steps.targets(branch), outside)?;
                    add(self, &mut made, &Pick::YesNo(answer), need, walked)?;
                }
            }
            Kind::Gemeente => {
                let walked = self.walk_list(steps.targets(&branches[0]), outside)?;
                add(self, &mut made, &Pick::Gemeente, FREE, walked)?;
            }
        }
        self.seen_here = seen;
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
}
