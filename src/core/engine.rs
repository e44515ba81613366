//! The questionnaire as a pure state machine: the one engine behind `ask`,
//! `advise` and the scenario tests.
//!
//! The state is only the answers given; everything else (the route, the next
//! question, the advices reached) is derived by walking the map from the start.
//! A multiple-choice answer walks each chosen branch in turn, depth first, in the
//! map's option order, so several signals end in one list of advices. A question
//! shared by two branches is asked once and its answer reused. No terminal, no
//! files, no clock.

use crate::core::answer::Answer;
use crate::core::map::{Map, Node};
use crate::core::routing::Routing;

/// One answered question on the route.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Step {
    pub question: usize,
    pub answer: Answer,
}

/// An advice reached, with the steps (indices into [`Walk::steps`]) that led to it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reached {
    pub advice: usize,
    pub via: Vec<usize>,
}

/// The route that the current answers give.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Walk {
    /// Questions answered on the route, in the order they are met.
    pub steps: Vec<Step>,
    /// Advices reached, each once, in the order they are reached.
    pub reached: Vec<Reached>,
    /// Question nodes walked, each once, in order: also those that route by
    /// another question's answer (for scenario coverage).
    pub visited: Vec<usize>,
    /// The first question on the route without an answer; `None` when complete.
    pub next: Option<usize>,
}

impl Walk {
    /// True when every branch of the route ends in an advice.
    pub fn is_complete(&self) -> bool {
        self.next.is_none()
    }
}

/// Answers by question index. A route answers a few dozen questions at most,
/// so a list searched in order beats hashing: `check` walks a national map's
/// routes a hundred thousand times.
#[derive(Debug, Clone, Default)]
struct Answers(Vec<(usize, Answer)>);

impl Answers {
    fn get(&self, q: usize) -> Option<&Answer> {
        self.0.iter().find(|(k, _)| *k == q).map(|(_, a)| a)
    }

    fn contains(&self, q: usize) -> bool {
        self.0.iter().any(|(k, _)| *k == q)
    }

    /// Sets the answer to `q`, replacing an earlier one in its place.
    fn insert(&mut self, q: usize, answer: Answer) {
        match self.0.iter_mut().find(|(k, _)| *k == q) {
            Some((_, old)) => *old = answer,
            None => self.0.push((q, answer)),
        }
    }

    /// Takes out the answer to `q`, if any.
    fn remove(&mut self, q: usize) -> Option<Answer> {
        let at = self.0.iter().position(|(k, _)| *k == q)?;
        Some(self.0.remove(at).1)
    }
}

impl FromIterator<(usize, Answer)> for Answers {
    /// A later answer to the same question replaces an earlier one.
    fn from_iter<I: IntoIterator<Item = (usize, Answer)>>(answers: I) -> Self {
        let answers = answers.into_iter();
        let mut all = Answers(Vec::with_capacity(answers.size_hint().0));
        for (q, answer) in answers {
            all.insert(q, answer);
        }
        all
    }
}

/// A questionnaire in progress.
#[derive(Debug, Clone)]
pub struct Session<'m> {
    map: &'m Map,
    given: Answers,
    /// Answers given once but no longer in `given` (off the route after a
    /// changed answer, or taken back), and every answer given one by one:
    /// with `given`, the defaults offered when a question comes back. An
    /// answer in both is the same answer.
    remembered: Answers,
    /// Answers the school's profile gives (its gemeente, its type): used where
    /// nothing was given, kept whatever the route, never reported unused.
    preset: Answers,
}

impl<'m> Session<'m> {
    /// A session with no answers yet.
    pub fn new(map: &'m Map) -> Self {
        Self {
            map,
            given: Answers::default(),
            remembered: Answers::default(),
            preset: Answers::default(),
        }
    }

    /// A session with answers given all at once (for `advise` and scenarios);
    /// answers may be for questions the route has not reached yet.
    pub fn with_answers(map: &'m Map, answers: impl IntoIterator<Item = (usize, Answer)>) -> Self {
        Self {
            map,
            given: answers.into_iter().collect(),
            remembered: Answers::default(),
            preset: Answers::default(),
        }
    }

    /// This session with answers that apply wherever no answer is given (see
    /// [`crate::core::school::Profile::preset`]). A given answer wins.
    pub fn with_preset(mut self, preset: impl IntoIterator<Item = (usize, Answer)>) -> Self {
        self.preset = preset.into_iter().collect();
        self
    }

    /// True when an answer was given on the route (not only preset): "back" can go somewhere.
    pub fn can_go_back(&self) -> bool {
        self.walk()
            .steps
            .iter()
            .any(|s| self.given.contains(s.question))
    }

    /// The map this session walks.
    pub fn map(&self) -> &'m Map {
        self.map
    }

    /// Walks the map with the answers given so far.
    pub fn walk(&self) -> Walk {
        // Room for a usual route at once: `check` walks a hundred thousand,
        // and growing these lists was a third of a walk's profile.
        const ROUTE: usize = 32;
        let mut steps: Vec<Step> = Vec::with_capacity(ROUTE);
        let mut reached: Vec<Reached> = Vec::with_capacity(ROUTE / 4);
        let mut visited: Vec<usize> = Vec::with_capacity(ROUTE);
        // The steps that led to a node, as a link to the last one: each
        // answer adds one link, shared by every branch below it, and an
        // advice reached spells its path out once.
        let mut trail = Trail {
            links: Vec::with_capacity(ROUTE),
        };
        let mut stack: Vec<(Node, usize)> = Vec::with_capacity(ROUTE);
        stack.push((Node::Question(self.map.start), Trail::ROOT));
        while let Some((node, via)) = stack.pop() {
            let q = match node {
                Node::Advice(advice) => {
                    if !reached.iter().any(|r| r.advice == advice) {
                        reached.push(Reached {
                            advice,
                            via: trail.steps(via),
                        });
                    }
                    continue;
                }
                Node::Question(q) => q,
            };
            if !visited.contains(&q) {
                visited.push(q);
            }
            // A question with `antwoord_van` routes by another question's answer,
            // and asks that question if the route has not yet.
            let routing = self.map.routing();
            let asked = routing.asked(q);
            let Some(answer) = self.given.get(asked).or_else(|| self.preset.get(asked)) else {
                return Walk {
                    steps,
                    reached,
                    visited,
                    next: Some(asked),
                };
            };
            let step = match steps.iter().position(|s| s.question == asked) {
                Some(step) => step,
                None => {
                    steps.push(Step {
                        question: asked,
                        answer: answer.clone(),
                    });
                    steps.len() - 1
                }
            };
            let via = trail.extend(via, step);
            // Pushed in reverse, so the first branch is walked first.
            targets_reversed(routing, q, answer, |next| {
                stack.push((next, via));
            });
        }
        Walk {
            steps,
            reached,
            visited,
            next: None,
        }
    }

    /// Answers question `q` (already validated by [`crate::core::answer::parse`] or built
    /// from a question's own options), then forgets answers that are no longer on
    /// the route; they stay available as defaults.
    pub fn answer(&mut self, q: usize, answer: Answer) {
        self.remembered.insert(q, answer.clone());
        self.given.insert(q, answer);
        let on_route: Vec<usize> = self.walk().steps.iter().map(|s| s.question).collect();
        let (kept, off_route) = std::mem::take(&mut self.given)
            .0
            .into_iter()
            .partition(|(q, _)| on_route.contains(q));
        self.given = Answers(kept);
        for (q, answer) in off_route {
            self.remember(q, answer);
        }
    }

    /// Goes back one question: the last answered question on the route becomes the
    /// next one again, its answer kept as the default. Returns it, or `None` at
    /// the start.
    pub fn back(&mut self) -> Option<usize> {
        let last = self
            .walk()
            .steps
            .iter()
            .rev()
            .find(|s| self.given.contains(s.question))?
            .question;
        if let Some(answer) = self.given.remove(last) {
            self.remember(last, answer);
        }
        Some(last)
    }

    /// Keeps `answer`, taken out of `given`, as the default for `q`, unless
    /// a later answer to `q` is remembered already (then it is the same one).
    fn remember(&mut self, q: usize, answer: Answer) {
        if !self.remembered.contains(q) {
            self.remembered.insert(q, answer);
        }
    }

    /// The answer to offer as default for `q`: the last one given, if any.
    pub fn default_for(&self, q: usize) -> Option<&Answer> {
        self.remembered
            .get(q)
            .or_else(|| self.given.get(q))
            .or_else(|| self.preset.get(q))
    }

    /// Given answers that `walk` (this session's complete route) does not use,
    /// by question index.
    pub fn unused_answers(&self, walk: &Walk) -> Vec<usize> {
        let mut unused: Vec<usize> = self
            .given
            .0
            .iter()
            .map(|(q, _)| *q)
            .filter(|q| !walk.steps.iter().any(|s| s.question == *q))
            .collect();
        unused.sort_unstable();
        unused
    }
}

/// The steps that led to each node of a walk, as links from the last step
/// back to the first.
#[derive(Default)]
struct Trail {
    /// Per link: the step, and the link before it ([`Trail::ROOT`] at the start).
    links: Vec<(usize, usize)>,
}

impl Trail {
    /// No step yet.
    const ROOT: usize = usize::MAX;

    /// The trail `via` with `step` added after it.
    fn extend(&mut self, via: usize, step: usize) -> usize {
        self.links.push((step, via));
        self.links.len() - 1
    }

    /// The steps of trail `via`, first to last.
    fn steps(&self, mut via: usize) -> Vec<usize> {
        let mut steps = Vec::new();
        while via != Self::ROOT {
            let (step, before) = self.links[via];
            steps.push(step);
            via = before;
        }
        steps.reverse();
        steps
    }
}

/// Where an answer to question `q` leads, given to `each` last first: the
/// nodes of the branch it takes, or of each option chosen, in the map's order
/// of the options whatever the order of the answer.
fn targets_reversed(routing: &Routing, q: usize, answer: &Answer, mut each: impl FnMut(Node)) {
    let mut walk = |branch: usize| routing.next(q, branch).rev().for_each(&mut each);
    match answer {
        Answer::Choice(i) => walk(*i),
        Answer::Choices(chosen) => {
            // A parsed answer is in the map's order already.
            let sorted;
            let chosen = if chosen.is_sorted() {
                chosen
            } else {
                sorted = {
                    let mut chosen = chosen.clone();
                    chosen.sort_unstable();
                    chosen
                };
                &sorted
            };
            for i in chosen.iter().rev() {
                walk(*i);
            }
        }
        Answer::Number(n) => {
            if let Some(range) = routing.ranges_holding(q, *n).next() {
                walk(range);
            }
        }
        // Yes, then no.
        Answer::YesNo(yes) => walk(usize::from(!*yes)),
        Answer::Gemeente(_) => walk(0),
    }
}

/// A route's answers on one line, `id=value → id=value`, for messages.
pub fn route(map: &Map, steps: &[Step]) -> String {
    let answers: Vec<String> = steps
        .iter()
        .map(|s| {
            let q = &map.questions[s.question];
            format!(
                "{}={}",
                q.id,
                crate::core::answer::to_text(map, q, &s.answer)
            )
        })
        .collect();
    answers.join(" → ")
}

#[cfg(test)]
mod tests;
