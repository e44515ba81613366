//! A counterexample from a proof ([`super::Proof`]): the concrete answers of
//! one route with a given outcome, rebuilt from how each outcome was made,
//! so that the engine can walk the route and show it. Apart from the proof
//! itself because it reads the proof only after it is done.

use super::{Allowed, Limit, Pick, Proof, Sigma, bounds, sigma};
use crate::core::answer::Answer;
use crate::core::map::{Node, QuestionKind};

impl Proof<'_> {
    /// A concrete route with outcome `index` at the start: the answers, by
    /// asked question, that the engine walks to it.
    pub fn witness(&self, index: usize) -> Vec<(usize, Answer)> {
        let map = self.map;
        // What the route needs of the shared answers so far.
        let mut need: Sigma = Vec::new();
        let mut picks: Vec<(usize, &Pick)> = Vec::new();
        let mut stack = vec![(Node::Question(map.start), index)];
        while let Some((node, index)) = stack.pop() {
            let Node::Question(q) = node else { continue };
            let ways = self.made(&self.entries(q)[index]);
            // Every value within the entry's needs is covered by one way it
            // was made; take one that fits what the route needs already.
            let made = ways
                .iter()
                .find(|m| sigma::meets(self.sigmas.get(m.constraint), &need))
                .unwrap_or(&ways[0]);
            need = sigma::and(&need, self.sigmas.get(made.constraint)).unwrap_or(need);
            picks.push((q, &made.pick));
            // Last part first onto the stack: the first part is walked first.
            stack.extend(
                self.parts
                    .backwards(made.parts)
                    .map(|(n, i)| (n, i as usize)),
            );
        }
        let mut answers: Vec<(usize, Answer)> = Vec::new();
        for (q, pick) in picks {
            let var = map.questions[q].asked(q);
            if answers.iter().any(|(v, _)| *v == var) {
                continue;
            }
            let shared = self.graph.layout.var_of[q].and_then(|v| Some((v, sigma::get(&need, v)?)));
            let answer = match (shared, pick) {
                (Some((v, Allowed::Values(bits))), _) => {
                    match &self.graph.vars[v as usize].values[bits.trailing_zeros() as usize] {
                        Limit::AnyOf(options) => Answer::Choice(options[0]),
                        Limit::Between(from, _) => Answer::Number(*from),
                        Limit::YesNo(yes) => Answer::YesNo(*yes),
                        Limit::Choose { .. } | Limit::Exactly(_) => {
                            unreachable!("a multiple choice's values are options")
                        }
                    }
                }
                // A shared multiple choice: the options the route needs
                // chosen, and those this pick chose that it leaves open (an
                // option that changes nothing is not marked); at least one.
                (Some((_, Allowed::Options { chosen, not, all })), Pick::Options(picked)) => {
                    let picked = self.chosen.backwards(*picked).fold(0u64, |b, i| b | 1 << i);
                    let mut bits = chosen | (picked & !not);
                    if bits == 0 {
                        let open = all & !not;
                        bits = open & open.wrapping_neg();
                    }
                    Answer::Choices((0..64).filter(|&i| bits & 1 << i != 0).collect())
                }
                (_, Pick::Option(i)) => Answer::Choice(*i),
                (_, Pick::Options(chosen)) => Answer::Choices(
                    (self.chosen.to_vec(*chosen).into_iter())
                        .map(|i| i as usize)
                        .collect(),
                ),
                (_, Pick::Range(r)) => {
                    let QuestionKind::Number { ranges, .. } = &map.questions[q].kind else {
                        unreachable!("a range is picked only at a number question")
                    };
                    let (from, _) = bounds(self.graph.limits.get(&var));
                    Answer::Number(ranges[*r].from.max(from))
                }
                (_, Pick::YesNo(yes)) => Answer::YesNo(*yes),
                (_, Pick::Gemeente) => {
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
        answers
    }
}
