//! How much of the map the scenarios exercise: questions, answers, advices
//! and gemeenten, each named when no scenario reaches it.

use crate::answer::Answer;
use crate::engine::Walk;
use crate::map::{Map, QuestionKind};
use serde::Serialize;

/// Coverage of one kind of item.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Part {
    pub gedekt: usize,
    pub totaal: usize,
    /// The items no scenario reaches, as `id` or `vraag=antwoord`.
    pub niet_gedekt: Vec<String>,
}

impl Part {
    fn of(items: Vec<(String, bool)>) -> Part {
        Part {
            gedekt: items.iter().filter(|(_, c)| *c).count(),
            totaal: items.len(),
            niet_gedekt: items
                .into_iter()
                .filter(|(_, c)| !c)
                .map(|(item, _)| item)
                .collect(),
        }
    }
}

/// Coverage of a map by its scenarios.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Coverage {
    pub vragen: Part,
    /// Each option, range and yes/no of every question (per question, also
    /// those that take their answer from another).
    pub antwoorden: Part,
    pub adviezen: Part,
    /// Each gemeente chosen, as school's or pupil's gemeente.
    pub gemeenten: Part,
}

impl Coverage {
    /// What `walks` (the scenarios' routes) exercise of `map`.
    pub fn of(map: &Map, walks: &[&Walk]) -> Coverage {
        let answer_of = |walk: &Walk, q: usize| {
            let asked = map.questions[q].asked(q);
            walk.steps
                .iter()
                .find(|s| s.question == asked)
                .map(|s| s.answer.clone())
        };
        let visited = |q: usize| walks.iter().any(|w| w.visited.contains(&q));
        let vragen = map
            .questions
            .iter()
            .enumerate()
            .map(|(q, question)| (question.id.clone(), visited(q)))
            .collect();
        let mut antwoorden = Vec::new();
        for (q, question) in map.questions.iter().enumerate() {
            let answers: Vec<Answer> = walks
                .iter()
                .filter(|w| w.visited.contains(&q))
                .filter_map(|w| answer_of(w, q))
                .collect();
            let id = &question.id;
            match &question.kind {
                QuestionKind::Choice(choices) | QuestionKind::MultiChoice(choices) => {
                    for (i, choice) in choices.iter().enumerate() {
                        let covered = answers.iter().any(|a| match a {
                            Answer::Choice(c) => *c == i,
                            Answer::Choices(cs) => cs.contains(&i),
                            _ => false,
                        });
                        antwoorden.push((format!("{id}={}", choice.value), covered));
                    }
                }
                QuestionKind::Number { ranges, .. } => {
                    for range in ranges {
                        let covered = answers.iter().any(
                            |a| matches!(a, Answer::Number(n) if range.from <= *n && *n <= range.to),
                        );
                        antwoorden.push((format!("{id}={}..{}", range.from, range.to), covered));
                    }
                }
                QuestionKind::YesNo { .. } => {
                    for (yes, text) in [(true, "ja"), (false, "nee")] {
                        let covered = answers.contains(&Answer::YesNo(yes));
                        antwoorden.push((format!("{id}={text}"), covered));
                    }
                }
                QuestionKind::Gemeente { .. } => {}
            }
        }
        let adviezen = map
            .advices
            .iter()
            .enumerate()
            .map(|(a, advice)| {
                let reached = walks
                    .iter()
                    .any(|w| w.reached.iter().any(|r| r.advice == a));
                (advice.id.clone(), reached)
            })
            .collect();
        let gemeenten = map
            .gemeenten
            .iter()
            .enumerate()
            .map(|(g, gemeente)| {
                let chosen = walks.iter().any(|w| {
                    w.steps
                        .iter()
                        .any(|s| s.answer == Answer::Gemeente(Some(g)))
                });
                (gemeente.id.clone(), chosen)
            })
            .collect();
        Coverage {
            vragen: Part::of(vragen),
            antwoorden: Part::of(antwoorden),
            adviezen: Part::of(adviezen),
            gemeenten: Part::of(gemeenten),
        }
    }

    /// The four parts with their names, in report order.
    pub fn parts(&self) -> [(&'static str, &Part); 4] {
        [
            ("vragen", &self.vragen),
            ("antwoorden", &self.antwoorden),
            ("adviezen", &self.adviezen),
            ("gemeenten", &self.gemeenten),
        ]
    }

    /// All items together, in tenths of a percent (1000 when there is nothing to cover).
    pub fn permille(&self) -> u32 {
        let (covered, total) = self
            .parts()
            .iter()
            .fold((0, 0), |(c, t), (_, p)| (c + p.gedekt, t + p.totaal));
        (covered * 1000)
            .checked_div(total)
            .map_or(1000, |p| u32::try_from(p).unwrap_or(1000))
    }
}
