//! What every route comes to, computed over the map's graph instead of by
//! listing routes, one pass per combination of shared answers: the engine
//! of the urgency check along number questions.
//!
//! A route is fixed by the answers, and a map of 60 chained two-way questions
//! has 2^60 of them. But for one property only a little of a route matters:
//! how urgent it is. So each node gets the set of distinct [`Outcome`]s of
//! walking on from it, computed once from its children's sets, children first
//! (dataflow over the DAG).
//!
//! Treating nodes independently is exact only when no answer is used twice on
//! one route. Two things reuse an answer: `antwoord_van` (one answer routes at
//! several questions) and a question reached through two branches of one walk
//! (a list of targets, or multiple choice). Such *shared* answers are
//! enumerated here: one pass per combination of their values, so that the
//! urgency check compares ranges with every other answer the same. A pass
//! covers only the questions below the ones looked at, and enumerates only
//! the shared answers asked there: the others cannot change what is looked
//! at. The work is bounded ([`MAX_WORK`]), not the passes; past the bound the
//! analysis names the shared answers it would have had to combine. Rules are
//! proven without passes ([`super::proof`]). Gemeente answers never change
//! the route and are left out.

use super::sharing::{bounds, next_questions, shared_questions, values};
use crate::core::map::{Map, Node, QuestionKind};
use std::collections::HashMap;
use std::rc::Rc;

pub use super::outcome::{FastMap, Named, Outcome, Top, Tracking, resolve_roles, stands_for};
pub use super::sharing::{Limit, MAX_SHARED_OPTIONS, Value, post_order};

/// The most distinct outcomes one node may have before an analysis gives up
/// as too complex.
pub const MAX_OUTCOMES: usize = 20_000;

/// The most work (a question walked in a pass, or one combination of two
/// outcomes) one call of [`Analysis::passes`] may do before it gives up.
pub const MAX_WORK: usize = 4_000_000;

/// A question whose answer is used at more than one place on a route, with the
/// values enumerated for it.
#[derive(Debug, Clone)]
pub struct Shared {
    /// The question asked (its index).
    pub question: usize,
    pub values: Vec<Value>,
}

/// The distinct outcomes of one node.
#[derive(Debug, Clone, Default)]
struct Outcomes {
    list: Vec<Outcome>,
    index: FastMap<Outcome, ()>,
}

impl Outcomes {
    fn add(&mut self, outcome: Outcome) -> Result<(), TooComplex> {
        if !self.index.contains_key(&outcome) {
            if self.list.len() >= MAX_OUTCOMES {
                return Err(TooComplex);
            }
            self.index.insert(outcome.clone(), ());
            self.list.push(outcome);
        }
        Ok(())
    }
}

/// The analysis would exceed [`MAX_OUTCOMES`] or [`MAX_WORK`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TooComplex;

/// An analysis of one map with one tracking and limits on some answers.
pub struct Analysis<'m> {
    map: &'m Map,
    tracking: Tracking,
    /// Limits on answers, by asked question.
    limits: HashMap<usize, Limit>,
    /// Reachable questions, every one after all questions it leads to.
    order: Vec<usize>,
    pub shared: Vec<Shared>,
    /// Per question, the shared answers (indices into `shared`) that its
    /// outcomes depend on: those asked at it or below it.
    depends: Vec<Vec<usize>>,
}

/// One pass: the outcomes of every node below the questions looked at, with
/// the shared answers fixed.
pub struct Pass {
    /// The value index chosen for each shared question, aligned with [`Analysis::shared`].
    pub values: Vec<usize>,
    questions: Vec<Rc<Outcomes>>,
    advices: Rc<Vec<Outcome>>,
}

impl<'m> Analysis<'m> {
    /// Prepares an analysis: finds the reachable questions and the shared answers.
    pub fn new(map: &'m Map, tracking: Tracking, limits: HashMap<usize, Limit>) -> Self {
        let order = post_order(map);
        let shared: Vec<Shared> = shared_questions(map, &order)
            .into_iter()
            .map(|question| Shared {
                question,
                values: values(map, question, &order, limits.get(&question)),
            })
            .collect();
        let mut depends: Vec<Vec<usize>> = vec![Vec::new(); map.questions.len()];
        for &q in &order {
            let asked = map.questions[q].asked(q);
            let mut mine: Vec<usize> = shared
                .iter()
                .position(|s| s.question == asked)
                .into_iter()
                .collect();
            for next in next_questions(map, q) {
                mine.extend(&depends[next]);
            }
            mine.sort_unstable();
            mine.dedup();
            depends[q] = mine;
        }
        Analysis {
            map,
            tracking,
            limits,
            order,
            shared,
            depends,
        }
    }

    /// The shared answers (indices into [`Analysis::shared`]) that the
    /// outcomes below `roots` depend on: the ones [`Analysis::passes`]
    /// enumerates.
    pub fn enumerated(&self, roots: &[usize]) -> Vec<usize> {
        let mut vars: Vec<usize> = roots
            .iter()
            .flat_map(|&q| &self.depends[q])
            .copied()
            .collect();
        vars.sort_unstable();
        vars.dedup();
        vars
    }

    /// Calls `visit` with every pass over the questions `roots` and those
    /// they lead to, one per combination of the shared answers asked there
    /// (the others stay at their first value), until it returns `false`.
    pub fn passes(
        &self,
        roots: &[usize],
        mut visit: impl FnMut(&Pass) -> bool,
    ) -> Result<(), TooComplex> {
        let vars = self.enumerated(roots);
        let too_many_options = vars.iter().any(|&i| {
            matches!(&self.map.questions[self.shared[i].question].kind,
                QuestionKind::MultiChoice(choices) if choices.len() > MAX_SHARED_OPTIONS)
        });
        if too_many_options {
            return Err(TooComplex);
        }
        let scope = self.below(roots);
        // Every pass walks each question in scope at least once: more passes
        // than the work allows are refused at once, before any is walked.
        let mut work = Work::default();
        let count = vars
            .iter()
            .try_fold(1usize, |n, &i| n.checked_mul(self.shared[i].values.len()))
            .ok_or(TooComplex)?;
        work.add(count.saturating_mul(scope.len()))?;
        let mut values = vec![0; self.shared.len()];
        // A question's outcomes are computed once per combination of the shared
        // answers it depends on, and reused by every pass with that combination.
        let mut cache: FastMap<(usize, Vec<usize>), Rc<Outcomes>> = FastMap::default();
        let advices: Rc<Vec<Outcome>> = Rc::new(
            (0..self.map.advices.len())
                .map(|a| self.tracking.advice(self.map, a))
                .collect(),
        );
        for _ in 0..count {
            let pass = self.pass(&values, &scope, vars.len(), &advices, &mut cache, &mut work)?;
            if !visit(&pass) {
                break;
            }
            // The next combination, like counting with mixed digits.
            for &i in &vars {
                values[i] += 1;
                if values[i] < self.shared[i].values.len() {
                    break;
                }
                values[i] = 0;
            }
        }
        Ok(())
    }

    /// The questions `roots` lead to, themselves included, each after every
    /// question it leads to.
    fn below(&self, roots: &[usize]) -> Vec<usize> {
        let mut inside = vec![false; self.map.questions.len()];
        let mut stack: Vec<usize> = roots.to_vec();
        while let Some(q) = stack.pop() {
            if !std::mem::replace(&mut inside[q], true) {
                stack.extend(next_questions(self.map, q));
            }
        }
        self.order.iter().copied().filter(|&q| inside[q]).collect()
    }

    /// The limit on `question`'s answer in a pass: its shared value, or the
    /// analysis's limit.
    fn limit<'a>(&'a self, values: &[usize], question: usize) -> Option<&'a Limit> {
        match self.shared.iter().position(|s| s.question == question) {
            Some(i) => self.shared[i].values.get(values[i]),
            None => self.limits.get(&question),
        }
    }

    fn pass(
        &self,
        values: &[usize],
        scope: &[usize],
        enumerated: usize,
        advices: &Rc<Vec<Outcome>>,
        cache: &mut FastMap<(usize, Vec<usize>), Rc<Outcomes>>,
        work: &mut Work,
    ) -> Result<Pass, TooComplex> {
        let empty = Rc::new(Outcomes::default());
        let mut pass = Pass {
            values: values.to_vec(),
            questions: vec![empty; self.map.questions.len()],
            advices: Rc::clone(advices),
        };
        for &q in scope {
            // Outcomes that depend on every shared answer enumerated are of
            // this pass only: no later pass has the same combination, so they
            // are not kept (a large map holds millions of them, and freeing
            // them all at the end cost more than computing them).
            if self.depends[q].len() == enumerated {
                pass.questions[q] = Rc::new(self.question(&pass, values, q, work)?);
                continue;
            }
            let key = (q, self.depends[q].iter().map(|&i| values[i]).collect());
            let outcomes = match cache.get(&key) {
                Some(outcomes) => Rc::clone(outcomes),
                None => {
                    let outcomes = Rc::new(self.question(&pass, values, q, work)?);
                    cache.insert(key, Rc::clone(&outcomes));
                    outcomes
                }
            };
            pass.questions[q] = outcomes;
        }
        Ok(pass)
    }

    /// The outcomes of walking `targets` in turn.
    fn walk_list(
        &self,
        pass: &Pass,
        targets: &[Node],
        work: &mut Work,
    ) -> Result<Vec<Outcome>, TooComplex> {
        // One target (most answers): its outcomes as they are, already distinct
        // and within MAX_OUTCOMES, without combining or deduplicating again.
        if let [target] = targets {
            return Ok(pass.outcomes(*target).cloned().collect());
        }
        let mut states: Vec<Outcome> = vec![Outcome::default()];
        for &target in targets {
            work.add(states.len() * pass.outcomes(target).count())?;
            let mut next: Vec<Outcome> = Vec::new();
            let mut seen: FastMap<Outcome, ()> = FastMap::default();
            for acc in &states {
                for outcome in pass.outcomes(target) {
                    let combined = self.tracking.then(acc, outcome);
                    if seen.insert(combined.clone(), ()).is_none() {
                        if next.len() >= MAX_OUTCOMES {
                            return Err(TooComplex);
                        }
                        next.push(combined);
                    }
                }
            }
            states = next;
        }
        Ok(states)
    }

    fn question(
        &self,
        pass: &Pass,
        values: &[usize],
        q: usize,
        work: &mut Work,
    ) -> Result<Outcomes, TooComplex> {
        let map = self.map;
        let question = &map.questions[q];
        let var = question.asked(q);
        let limit = self.limit(values, var);
        let mut asked = 0;
        if let Some(bit) = self.tracking.asked.iter().position(|&v| v == var) {
            asked |= 1 << bit;
        }
        let mut out = Outcomes::default();
        let add = |out: &mut Outcomes, list: Vec<Outcome>| -> Result<(), TooComplex> {
            for mut outcome in list {
                outcome.asked |= asked;
                out.add(outcome)?;
            }
            Ok(())
        };
        match &question.kind {
            QuestionKind::Choice(choices) => {
                for (i, choice) in choices.iter().enumerate() {
                    let allowed = match limit {
                        Some(Limit::AnyOf(options)) => options.contains(&i),
                        _ => true,
                    };
                    if allowed {
                        add(&mut out, self.walk_list(pass, &choice.next, work)?)?;
                    }
                }
            }
            QuestionKind::MultiChoice(choices) => {
                // Each option is walked or not, in the map's order; `None` is
                // "nothing chosen yet".
                let mut states: Vec<Option<Outcome>> = vec![None];
                for (i, choice) in choices.iter().enumerate() {
                    let (must, may) = match limit {
                        Some(Limit::Choose { required, excluded }) => {
                            (required.contains(&i), !excluded.contains(&i))
                        }
                        Some(Limit::Exactly(chosen)) => (chosen.contains(&i), chosen.contains(&i)),
                        _ => (false, true),
                    };
                    if !may {
                        continue;
                    }
                    let walked = self.walk_list(pass, &choice.next, work)?;
                    work.add(states.len() * walked.len())?;
                    let mut next = if must { Vec::new() } else { states.clone() };
                    let mut seen: FastMap<Option<Outcome>, ()> =
                        next.iter().map(|o| (o.clone(), ())).collect();
                    for acc in &states {
                        for outcome in &walked {
                            let combined = match acc {
                                Some(acc) => self.tracking.then(acc, outcome),
                                None => outcome.clone(),
                            };
                            if seen.insert(Some(combined.clone()), ()).is_none() {
                                if next.len() >= MAX_OUTCOMES {
                                    return Err(TooComplex);
                                }
                                next.push(Some(combined));
                            }
                        }
                    }
                    states = next;
                }
                add(&mut out, states.into_iter().flatten().collect())?;
            }
            QuestionKind::Number { ranges, .. } => {
                let (from, to) = bounds(limit);
                for range in ranges {
                    if range.from <= to && from <= range.to {
                        add(&mut out, self.walk_list(pass, &range.next, work)?)?;
                    }
                }
            }
            QuestionKind::YesNo { yes, no } => {
                for (answer, next) in [(true, yes), (false, no)] {
                    if limit.is_none_or(|l| *l == Limit::YesNo(answer)) {
                        add(&mut out, self.walk_list(pass, next, work)?)?;
                    }
                }
            }
            QuestionKind::Gemeente { next, .. } => {
                add(&mut out, self.walk_list(pass, next, work)?)?;
            }
        }
        work.add(out.list.len().max(1))?;
        // The index only deduplicates while the list is built; cached
        // outcomes are kept to the end of the analysis without it.
        out.index = FastMap::default();
        Ok(out)
    }

    /// For a number question `q`: per range allowed in `pass`, its lowest
    /// allowed value and the outcomes of walking on from there.
    pub fn range_outcomes(
        &self,
        pass: &Pass,
        q: usize,
    ) -> Result<Vec<(i64, Vec<Outcome>)>, TooComplex> {
        let QuestionKind::Number { ranges, .. } = &self.map.questions[q].kind else {
            return Ok(Vec::new());
        };
        let var = self.map.questions[q].asked(q);
        let (from, to) = bounds(self.limit(&pass.values, var));
        let mut result = Vec::new();
        for range in ranges {
            if range.from <= to && from <= range.to {
                let walked = self.walk_list(pass, &range.next, &mut Work::default())?;
                result.push((range.from.max(from), walked));
            }
        }
        Ok(result)
    }
}

impl Pass {
    fn outcomes(&self, node: Node) -> Box<dyn Iterator<Item = &Outcome> + '_> {
        match node {
            Node::Advice(a) => Box::new(std::iter::once(&self.advices[a])),
            Node::Question(q) => Box::new(self.questions[q].list.iter()),
        }
    }
}

/// The work an analysis did so far, against [`MAX_WORK`].
#[derive(Default)]
struct Work(usize);

impl Work {
    fn add(&mut self, n: usize) -> Result<(), TooComplex> {
        self.0 = self.0.saturating_add(n);
        if self.0 > MAX_WORK {
            Err(TooComplex)
        } else {
            Ok(())
        }
    }
}
