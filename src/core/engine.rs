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
use crate::core::map::{Map, Node, QuestionKind};
use std::collections::HashMap;

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

/// A questionnaire in progress.
#[derive(Debug, Clone)]
pub struct Session<'m> {
    map: &'m Map,
    given: HashMap<usize, Answer>,
    /// Every answer ever given, also those no longer on the route: the defaults
    /// offered when a question comes back after "back" or a changed answer.
    remembered: HashMap<usize, Answer>,
    /// Answers the school's profile gives (its gemeente, its type): used where
    /// nothing was given, kept whatever the route, never reported unused.
    preset: HashMap<usize, Answer>,
}

impl<'m> Session<'m> {
    /// A session with no answers yet.
    pub fn new(map: &'m Map) -> Self {
        Self {
            map,
            given: HashMap::new(),
            remembered: HashMap::new(),
            preset: HashMap::new(),
        }
    }

    /// A session with answers given all at once (for `advise` and scenarios);
    /// answers may be for questions the route has not reached yet.
    pub fn with_answers(map: &'m Map, answers: impl IntoIterator<Item = (usize, Answer)>) -> Self {
        let given: HashMap<usize, Answer> = answers.into_iter().collect();
        Self {
            map,
            remembered: given.clone(),
            given,
            preset: HashMap::new(),
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
            .any(|s| self.given.contains_key(&s.question))
    }

    /// The map this session walks.
    pub fn map(&self) -> &'m Map {
        self.map
    }

    /// Walks the map with the answers given so far.
    pub fn walk(&self) -> Walk {
        let mut steps: Vec<Step> = Vec::new();
        let mut step_of: HashMap<usize, usize> = HashMap::new();
        let mut reached: Vec<Reached> = Vec::new();
        let mut visited: Vec<usize> = Vec::new();
        let mut stack: Vec<(Node, Vec<usize>)> = vec![(Node::Question(self.map.start), Vec::new())];
        while let Some((node, via)) = stack.pop() {
            let q = match node {
                Node::Advice(advice) => {
                    if !reached.iter().any(|r| r.advice == advice) {
                        reached.push(Reached { advice, via });
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
            let asked = self.map.questions[q].asked(q);
            let Some(answer) = self.given.get(&asked).or_else(|| self.preset.get(&asked)) else {
                return Walk {
                    steps,
                    reached,
                    visited,
                    next: Some(asked),
                };
            };
            let step = *step_of.entry(asked).or_insert_with(|| {
                steps.push(Step {
                    question: asked,
                    answer: answer.clone(),
                });
                steps.len() - 1
            });
            let mut via = via;
            via.push(step);
            // Pushed in reverse, so the first branch is walked first.
            targets_reversed(self.map, q, answer, |next| {
                stack.push((next, via.clone()));
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
        self.given.retain(|q, _| on_route.contains(q));
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
            .find(|s| self.given.contains_key(&s.question))?
            .question;
        self.given.remove(&last);
        Some(last)
    }

    /// The answer to offer as default for `q`: the last one given, if any.
    pub fn default_for(&self, q: usize) -> Option<&Answer> {
        self.remembered.get(&q).or_else(|| self.preset.get(&q))
    }

    /// Given answers that `walk` (this session's complete route) does not use,
    /// by question index.
    pub fn unused_answers(&self, walk: &Walk) -> Vec<usize> {
        let mut unused: Vec<usize> = self
            .given
            .keys()
            .filter(|q| !walk.steps.iter().any(|s| s.question == **q))
            .copied()
            .collect();
        unused.sort_unstable();
        unused
    }
}

/// Where an answer to question `q` leads, given to `each` last first: a list
/// of nodes, and one list per chosen option for multiple choice. Read in
/// place from the map, since scenarios walk it many thousands of times.
fn targets_reversed(map: &Map, q: usize, answer: &Answer, mut each: impl FnMut(Node)) {
    let mut list = |nodes: &[Node]| nodes.iter().rev().for_each(|&n| each(n));
    match (&map.questions[q].kind, answer) {
        (QuestionKind::Choice(choices), Answer::Choice(i)) => list(&choices[*i].next),
        (QuestionKind::MultiChoice(choices), Answer::Choices(chosen)) => {
            // In the map's order, whatever order they were chosen in: the same
            // answers always give the same plan.
            let mut chosen = chosen.clone();
            chosen.sort_unstable();
            for i in chosen.iter().rev() {
                list(&choices[*i].next);
            }
        }
        (QuestionKind::Number { ranges, .. }, Answer::Number(n)) => {
            if let Some(range) = ranges.iter().find(|r| r.from <= *n && *n <= r.to) {
                list(&range.next);
            }
        }
        (QuestionKind::YesNo { yes, no }, Answer::YesNo(b)) => list(if *b { yes } else { no }),
        (QuestionKind::Gemeente { next, .. }, Answer::Gemeente(_)) => list(next),
        // An answer of the wrong shape cannot be built through `answer::parse`.
        _ => {}
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
