//! What every route comes to, computed over the map's graph instead of by
//! listing routes.
//!
//! A route is fixed by the answers, and a map of 60 chained two-way questions
//! has 2^60 of them. But for one property only a little of a route matters:
//! which of a few contacts it names, how urgent it is, who comes first. So each
//! node gets the set of distinct [`Outcome`]s of walking on from it, computed
//! once from its children's sets, children first (dataflow over the DAG). The
//! sets stay small and the work grows with the number of nodes, not routes.
//!
//! Treating nodes independently is exact only when no answer is used twice on
//! one route. Two things reuse an answer: `antwoord_van` (one answer routes at
//! several questions) and a question reached through two branches of one walk
//! (a list of targets, or multiple choice). Such *shared* answers are
//! enumerated: one pass per combination of their values, so every outcome found
//! belongs to a real, consistent route. Gemeente answers never change the
//! route and are left out.

use crate::core::answer::Answer;
use crate::core::map::{ContactTarget, Map, Node, QuestionKind, Urgency};
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::rc::Rc;

/// A fast, non-cryptographic hasher (the Fx hash of rustc) for the outcome
/// sets: hashing dominated the analysis with the standard SipHash, and these
/// keys come from the map, not from an attacker with a reason to collide them.
#[derive(Default)]
struct FxHasher(u64);

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut word = [0u8; 8];
            word[..chunk.len()].copy_from_slice(chunk);
            self.write_u64(u64::from_le_bytes(word));
        }
    }

    fn write_u64(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }

    fn write_usize(&mut self, word: usize) {
        self.write_u64(word as u64);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// A map with the fast hasher.
type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;

/// The most distinct outcomes one node may have, and the most passes (answer
/// combinations) one analysis may need, before it gives up as too complex.
pub const MAX_OUTCOMES: usize = 20_000;
pub const MAX_PASSES: usize = 100_000;
/// The most options of a multiple-choice question whose answer is shared:
/// its 2^n subsets are enumerated.
pub const MAX_SHARED_OPTIONS: usize = 16;

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

    /// Walking `first`, then `second`: what the two come to together.
    pub fn then(first: &Outcome, second: &Outcome) -> Outcome {
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
            Self::then(&acc, &self.advice(map, r.advice))
        });
        for step in &walk.steps {
            if let Some(bit) = self.asked.iter().position(|&v| v == step.question) {
                outcome.asked |= 1 << bit;
            }
        }
        outcome
    }
}

/// What the answers to one question may be in an analysis.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Limit {
    /// Single choice: one of these options.
    AnyOf(Vec<usize>),
    /// Multiple choice: at least the `required` options chosen, none of the `excluded`.
    Choose {
        required: Vec<usize>,
        excluded: Vec<usize>,
    },
    /// Multiple choice: exactly these options chosen.
    Exactly(Vec<usize>),
    /// A number in `from..=to`.
    Between(i64, i64),
    YesNo(bool),
}

/// An answer to a shared question, fixed for one pass.
pub type Value = Limit;

/// A question whose answer is used at more than one place on a route, with the
/// values enumerated for it.
#[derive(Debug, Clone)]
pub struct Shared {
    /// The question asked (its index).
    pub question: usize,
    pub values: Vec<Value>,
}

/// How a question's outcome was made, to rebuild a concrete route from it:
/// the answer taken, and for each node walked after it (in order) the index of
/// the outcome taken there.
#[derive(Debug, Clone)]
struct Made {
    pick: Pick,
    parts: Parts,
}

/// For each node walked after an answer, in order, the index of its outcome taken.
type Parts = Vec<(Node, usize)>;

/// An answer as the analysis picks it.
#[derive(Debug, Clone)]
enum Pick {
    Option(usize),
    Options(Vec<usize>),
    /// Range `.0`, at the lowest value allowed in it.
    Range(usize),
    YesNo(bool),
    Gemeente,
}

/// The outcomes of one node, each with how it was made.
#[derive(Debug, Clone, Default)]
struct Outcomes {
    list: Vec<(Outcome, Made)>,
    index: FastMap<Outcome, usize>,
}

impl Outcomes {
    fn add(&mut self, outcome: Outcome, made: Made) -> Result<(), TooComplex> {
        if !self.index.contains_key(&outcome) {
            if self.list.len() >= MAX_OUTCOMES {
                return Err(TooComplex);
            }
            self.index.insert(outcome.clone(), self.list.len());
            self.list.push((outcome, made));
        }
        Ok(())
    }
}

/// The analysis would exceed [`MAX_OUTCOMES`] or [`MAX_PASSES`].
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

/// One pass: every reachable node's outcomes, with the shared answers fixed.
pub struct Pass {
    /// The value index chosen for each shared question, aligned with [`Analysis::shared`].
    pub values: Vec<usize>,
    questions: Vec<Rc<Outcomes>>,
    advices: Rc<Vec<Outcome>>,
}

impl Pass {
    /// The distinct outcomes of walking the whole map from its start.
    pub fn start<'p>(&'p self, analysis: &Analysis) -> impl Iterator<Item = &'p Outcome> {
        self.questions[analysis.map.start]
            .list
            .iter()
            .map(|(o, _)| o)
    }
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

    /// Calls `visit` with every pass, one per combination of shared answers,
    /// until it returns `false`.
    pub fn passes(&self, mut visit: impl FnMut(&Pass) -> bool) -> Result<(), TooComplex> {
        let too_many_options = self.shared.iter().any(|s| {
            matches!(&self.map.questions[s.question].kind,
                QuestionKind::MultiChoice(choices) if choices.len() > MAX_SHARED_OPTIONS)
        });
        if too_many_options {
            return Err(TooComplex);
        }
        let count = self
            .shared
            .iter()
            .try_fold(1usize, |n, s| n.checked_mul(s.values.len()))
            .filter(|&n| n <= MAX_PASSES)
            .ok_or(TooComplex)?;
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
            let pass = self.pass(&values, &advices, &mut cache)?;
            if !visit(&pass) {
                break;
            }
            // The next combination, like counting with mixed digits.
            for (digit, shared) in values.iter_mut().zip(&self.shared) {
                *digit += 1;
                if *digit < shared.values.len() {
                    break;
                }
                *digit = 0;
            }
        }
        Ok(())
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
        advices: &Rc<Vec<Outcome>>,
        cache: &mut FastMap<(usize, Vec<usize>), Rc<Outcomes>>,
    ) -> Result<Pass, TooComplex> {
        let empty = Rc::new(Outcomes::default());
        let mut pass = Pass {
            values: values.to_vec(),
            questions: vec![empty; self.map.questions.len()],
            advices: Rc::clone(advices),
        };
        for &q in &self.order {
            // Outcomes that depend on every shared answer are of this pass
            // only: no later pass has the same combination, so they are not
            // kept (a large map holds millions of them, and freeing them all
            // at the end cost more than computing them).
            if self.depends[q].len() == self.shared.len() {
                pass.questions[q] = Rc::new(self.question(&pass, values, q)?);
                continue;
            }
            let key = (q, self.depends[q].iter().map(|&i| values[i]).collect());
            let outcomes = match cache.get(&key) {
                Some(outcomes) => Rc::clone(outcomes),
                None => {
                    let outcomes = Rc::new(self.question(&pass, values, q)?);
                    cache.insert(key, Rc::clone(&outcomes));
                    outcomes
                }
            };
            pass.questions[q] = outcomes;
        }
        Ok(pass)
    }

    /// The outcomes of walking `targets` in turn, each with the outcome index
    /// taken at every target.
    fn walk_list(
        &self,
        pass: &Pass,
        targets: &[Node],
    ) -> Result<Vec<(Outcome, Parts)>, TooComplex> {
        // One target (most answers): its outcomes as they are, already distinct
        // and within MAX_OUTCOMES, without combining or deduplicating again.
        if let [target] = targets {
            return Ok(pass
                .outcomes(*target)
                .enumerate()
                .map(|(i, outcome)| (outcome.clone(), vec![(*target, i)]))
                .collect());
        }
        let mut states: Vec<(Outcome, Parts)> = vec![(Outcome::default(), Vec::new())];
        for &target in targets {
            let mut next: Vec<(Outcome, Parts)> = Vec::new();
            let mut seen: FastMap<Outcome, ()> = FastMap::default();
            for (acc, parts) in &states {
                for (i, outcome) in pass.outcomes(target).enumerate() {
                    let combined = Tracking::then(acc, outcome);
                    if seen.insert(combined.clone(), ()).is_none() {
                        if next.len() >= MAX_OUTCOMES {
                            return Err(TooComplex);
                        }
                        let mut parts = parts.clone();
                        parts.push((target, i));
                        next.push((combined, parts));
                    }
                }
            }
            states = next;
        }
        Ok(states)
    }

    fn question(&self, pass: &Pass, values: &[usize], q: usize) -> Result<Outcomes, TooComplex> {
        let map = self.map;
        let question = &map.questions[q];
        let var = question.asked(q);
        let limit = self.limit(values, var);
        let mut asked = 0;
        if let Some(bit) = self.tracking.asked.iter().position(|&v| v == var) {
            asked |= 1 << bit;
        }
        let mut out = Outcomes::default();
        let add = |out: &mut Outcomes,
                   pick: &Pick,
                   list: Vec<(Outcome, Parts)>|
         -> Result<(), TooComplex> {
            for (mut outcome, parts) in list {
                outcome.asked |= asked;
                out.add(
                    outcome,
                    Made {
                        pick: pick.clone(),
                        parts,
                    },
                )?;
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
                        add(
                            &mut out,
                            &Pick::Option(i),
                            self.walk_list(pass, &choice.next)?,
                        )?;
                    }
                }
            }
            QuestionKind::MultiChoice(choices) => {
                // Each option is walked or not, in the map's order; `None` is
                // "nothing chosen yet".
                let mut states: Vec<(Option<Outcome>, Vec<usize>, Parts)> =
                    vec![(None, Vec::new(), Vec::new())];
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
                    let walked = self.walk_list(pass, &choice.next)?;
                    let mut next = if must { Vec::new() } else { states.clone() };
                    let mut seen: FastMap<Option<Outcome>, ()> =
                        next.iter().map(|(o, _, _)| (o.clone(), ())).collect();
                    for (acc, chosen, parts) in &states {
                        for (outcome, more) in &walked {
                            let combined = match acc {
                                Some(acc) => Tracking::then(acc, outcome),
                                None => outcome.clone(),
                            };
                            if seen.insert(Some(combined.clone()), ()).is_none() {
                                if next.len() >= MAX_OUTCOMES {
                                    return Err(TooComplex);
                                }
                                let mut chosen = chosen.clone();
                                chosen.push(i);
                                let mut parts = parts.clone();
                                parts.extend(more.iter().copied());
                                next.push((Some(combined), chosen, parts));
                            }
                        }
                    }
                    states = next;
                }
                for (outcome, chosen, parts) in states {
                    if let Some(outcome) = outcome {
                        add(&mut out, &Pick::Options(chosen), vec![(outcome, parts)])?;
                    }
                }
            }
            QuestionKind::Number { ranges, .. } => {
                let (from, to) = bounds(limit);
                for (i, range) in ranges.iter().enumerate() {
                    if range.from <= to && from <= range.to {
                        add(
                            &mut out,
                            &Pick::Range(i),
                            self.walk_list(pass, &range.next)?,
                        )?;
                    }
                }
            }
            QuestionKind::YesNo { yes, no } => {
                for (answer, next) in [(true, yes), (false, no)] {
                    if limit.is_none_or(|l| *l == Limit::YesNo(answer)) {
                        add(&mut out, &Pick::YesNo(answer), self.walk_list(pass, next)?)?;
                    }
                }
            }
            QuestionKind::Gemeente { next, .. } => {
                add(&mut out, &Pick::Gemeente, self.walk_list(pass, next)?)?;
            }
        }
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
                let walked = self.walk_list(pass, &range.next)?;
                result.push((
                    range.from.max(from),
                    walked.into_iter().map(|(o, _)| o).collect(),
                ));
            }
        }
        Ok(result)
    }

    /// A concrete route with outcome `index` at the start in `pass`: the
    /// answers, by asked question, that the engine walks to it.
    pub fn witness(&self, pass: &Pass, index: usize) -> Vec<(usize, Answer)> {
        let map = self.map;
        let mut answers: Vec<(usize, Answer)> = Vec::new();
        // Shared answers come from the pass.
        for (shared, &value) in self.shared.iter().zip(&pass.values) {
            let answer = match &shared.values[value] {
                Limit::AnyOf(options) => Answer::Choice(options[0]),
                Limit::Choose { required, .. } => Answer::Choices(required.clone()),
                Limit::Exactly(options) => Answer::Choices(options.clone()),
                Limit::Between(from, _) => Answer::Number(*from),
                Limit::YesNo(yes) => Answer::YesNo(*yes),
            };
            answers.push((shared.question, answer));
        }
        let mut stack = vec![(Node::Question(map.start), index)];
        while let Some((node, index)) = stack.pop() {
            let Node::Question(q) = node else { continue };
            let (_, Made { pick, parts }) = &pass.questions[q].list[index];
            let var = map.questions[q].asked(q);
            if !answers.iter().any(|(v, _)| *v == var) {
                let answer = match pick {
                    Pick::Option(i) => Answer::Choice(*i),
                    Pick::Options(chosen) => Answer::Choices(chosen.clone()),
                    Pick::Range(r) => {
                        let QuestionKind::Number { ranges, .. } = &map.questions[q].kind else {
                            unreachable!("a range is picked only at a number question")
                        };
                        let (from, _) = bounds(self.limits.get(&var));
                        Answer::Number(ranges[*r].from.max(from))
                    }
                    Pick::YesNo(yes) => Answer::YesNo(*yes),
                    Pick::Gemeente => {
                        let (woon, school) = self.tracking.gemeenten;
                        match &map.questions[q].kind {
                            QuestionKind::Gemeente {
                                kind: crate::core::map::GemeenteKind::Woongemeente,
                                ..
                            } => Answer::Gemeente(woon),
                            _ => Answer::Gemeente(school),
                        }
                    }
                };
                answers.push((var, answer));
            }
            stack.extend(parts.iter().rev().copied());
        }
        answers
    }
}

impl Pass {
    fn outcomes(&self, node: Node) -> Box<dyn Iterator<Item = &Outcome> + '_> {
        match node {
            Node::Advice(a) => Box::new(std::iter::once(&self.advices[a])),
            Node::Question(q) => Box::new(self.questions[q].list.iter().map(|(o, _)| o)),
        }
    }
}

/// The numbers a limit allows: its range, or all.
fn bounds(limit: Option<&Limit>) -> (i64, i64) {
    match limit {
        Some(Limit::Between(from, to)) => (*from, *to),
        _ => (i64::MIN, i64::MAX),
    }
}

/// The questions an answer to `q` may lead to, each once.
fn next_questions(map: &Map, q: usize) -> Vec<usize> {
    let mut next: Vec<usize> = crate::core::map::successors(&map.questions[q])
        .into_iter()
        .filter_map(|n| match n {
            Node::Question(q) => Some(q),
            Node::Advice(_) => None,
        })
        .collect();
    next.sort_unstable();
    next.dedup();
    next
}

/// The questions reachable from the start, each after every question it leads
/// to (depth-first post-order; iterative, so a deep map cannot overflow the stack).
pub fn post_order(map: &Map) -> Vec<usize> {
    let mut order = Vec::new();
    let mut seen = vec![false; map.questions.len()];
    let mut stack: Vec<(usize, Vec<usize>)> = vec![(map.start, next_questions(map, map.start))];
    seen[map.start] = true;
    while let Some((q, children)) = stack.last_mut() {
        match children.pop() {
            Some(child) if !seen[child] => {
                seen[child] = true;
                let grandchildren = next_questions(map, child);
                stack.push((child, grandchildren));
            }
            Some(_) => {}
            None => {
                order.push(*q);
                stack.pop();
            }
        }
    }
    order
}

/// Questions whose answer may be used at more than one place on one route:
/// asked for several questions (`antwoord_van`), or at a question that one
/// walk can reach twice (through two targets walked in turn, or two options of
/// a multiple choice). Gemeente questions never change the route and are left out.
fn shared_questions(map: &Map, order: &[usize]) -> Vec<usize> {
    let mut testers: HashMap<usize, usize> = HashMap::new();
    for &q in order {
        *testers.entry(map.questions[q].asked(q)).or_default() += 1;
    }
    let mut shared: Vec<usize> = testers
        .iter()
        .filter(|&(_, &n)| n > 1)
        .map(|(&v, _)| v)
        .collect();
    // Targets walked in one go: a list, or all options of a multiple choice.
    let mut groups: Vec<Vec<Node>> = Vec::new();
    for &q in order {
        match &map.questions[q].kind {
            QuestionKind::MultiChoice(choices) => {
                groups.push(
                    choices
                        .iter()
                        .flat_map(|c| c.next.iter().copied())
                        .collect(),
                );
            }
            QuestionKind::Choice(choices) => groups.extend(choices.iter().map(|c| c.next.clone())),
            QuestionKind::Number { ranges, .. } => {
                groups.extend(ranges.iter().map(|r| r.next.clone()));
            }
            QuestionKind::YesNo { yes, no } => groups.extend([yes.clone(), no.clone()]),
            QuestionKind::Gemeente { next, .. } => groups.push(next.clone()),
        }
    }
    // A question is reached twice when two branches of one group both lead to it.
    let mut first_seen = vec![0usize; map.questions.len()];
    let mut visited = vec![0usize; map.questions.len()];
    let mut twice = vec![false; map.questions.len()];
    let mut branch = 0;
    for group in groups.iter().filter(|g| g.len() > 1) {
        let group_start = branch + 1;
        for &node in group {
            branch += 1;
            let Node::Question(root) = node else { continue };
            let mut stack = vec![root];
            while let Some(q) = stack.pop() {
                if visited[q] == branch {
                    continue;
                }
                visited[q] = branch;
                if first_seen[q] >= group_start {
                    twice[q] = true;
                } else {
                    first_seen[q] = branch;
                }
                stack.extend(next_questions(map, q));
            }
        }
    }
    for &q in order {
        if twice[q] {
            shared.push(map.questions[q].asked(q));
        }
    }
    shared.retain(|&v| !matches!(map.questions[v].kind, QuestionKind::Gemeente { .. }));
    shared.sort_unstable();
    shared.dedup();
    shared
}

/// The values to enumerate for a shared question: its options (or subsets of
/// them), yes and no, or for a number the stretches on which every question
/// that routes by it takes the same range. Within `limit`, if any.
fn values(map: &Map, question: usize, order: &[usize], limit: Option<&Limit>) -> Vec<Value> {
    match &map.questions[question].kind {
        QuestionKind::Choice(choices) => (0..choices.len())
            .filter(|i| match limit {
                Some(Limit::AnyOf(options)) => options.contains(i),
                _ => true,
            })
            .map(|i| Limit::AnyOf(vec![i]))
            .collect(),
        QuestionKind::MultiChoice(choices) => {
            // More options than this make too many subsets: the analysis gives up
            // (see `Analysis::passes`) rather than try only some of them.
            let n = choices.len();
            if n > MAX_SHARED_OPTIONS {
                return Vec::new();
            }
            (1u32..(1 << n))
                .map(|set| (0..n).filter(|i| set & (1 << i) != 0).collect::<Vec<_>>())
                .filter(|chosen| match limit {
                    Some(Limit::Choose { required, excluded }) => {
                        required.iter().all(|r| chosen.contains(r))
                            && !excluded.iter().any(|x| chosen.contains(x))
                    }
                    _ => true,
                })
                .map(Limit::Exactly)
                .collect()
        }
        QuestionKind::YesNo { .. } => [true, false]
            .into_iter()
            .filter(|yes| limit.is_none_or(|l| *l == Limit::YesNo(*yes)))
            .map(Limit::YesNo)
            .collect(),
        QuestionKind::Number { min, max, .. } => {
            let (from, to) = match limit {
                Some(Limit::Between(from, to)) => ((*from).max(*min), (*to).min(*max)),
                _ => (*min, *max),
            };
            let mut starts = vec![from];
            for &q in order {
                if map.questions[q].asked(q) != question {
                    continue;
                }
                if let QuestionKind::Number { ranges, .. } = &map.questions[q].kind {
                    starts.extend(
                        ranges
                            .iter()
                            .map(|r| r.from)
                            .filter(|&s| from < s && s <= to),
                    );
                }
            }
            starts.sort_unstable();
            starts.dedup();
            let ends = starts.iter().skip(1).map(|s| s - 1).chain([to]);
            starts
                .iter()
                .zip(ends)
                .filter(|(s, e)| **s <= *e)
                .map(|(&s, e)| Limit::Between(s, e))
                .collect()
        }
        QuestionKind::Gemeente { .. } => Vec::new(),
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
            Tracking::then(&acute, &today),
            Tracking::then(&today, &acute),
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
        let combined = Tracking::then(&first, &second);
        assert_eq!(combined.top.unwrap().first(), Some(y));
        // In the other order Y is named first at once.
        assert_eq!(
            Tracking::then(&second, &first).top.unwrap().first(),
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
        let both = Tracking::then(&a, &b);
        assert_eq!((both.asked, both.named), (0b11, 0b101));
        assert!(Tracking::has(&both, 0) && !Tracking::has(&both, 1));
    }
}
