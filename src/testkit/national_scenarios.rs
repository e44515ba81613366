//! Scenarios for a synthetic national map: seeded random routes through the
//! generated map, each expecting the plan the engine gives.

use crate::core::answer::{self, Answer};
use crate::core::engine::Session;
use crate::core::map::{GemeenteKind, Map, QuestionKind};
use crate::core::plan::{Plan, Whom};
use std::fmt::Write;

/// A small, seeded generator (SplitMix64): the same scenarios every run.
pub(super) struct Random(u64);

impl Random {
    pub(super) fn below(&mut self, n: usize) -> usize {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^= z >> 31;
        (z % n.max(1) as u64) as usize
    }
}

/// `count` scenarios: random complete routes through `map`, with the advices
/// and first contact the engine plans for each.
pub(super) fn scenarios(map: &Map, count: usize) -> String {
    let mut random = Random(0x5eed);
    let mut text = String::from("scenarios:\n");
    for s in 0..count {
        let mut answers: Vec<(usize, Answer)> = Vec::new();
        let walk = loop {
            let walk = Session::with_answers(map, answers.clone()).walk();
            let Some(q) = walk.next else { break walk };
            answers.push((q, random_answer(map, q, &mut random)));
        };
        let plan = Plan::build(map, &walk);
        let _ = write!(text, "  - naam: scenario {s}\n    antwoorden: {{");
        for (i, step) in walk.steps.iter().enumerate() {
            let question = &map.questions[step.question];
            let value = answer::to_text(map, question, &step.answer);
            let value = match step.answer {
                Answer::Choices(_) => format!("[{value}]"),
                _ => value,
            };
            let comma = if i == 0 { "" } else { ", " };
            let _ = write!(text, "{comma}{}: {value}", question.id);
        }
        let advices: Vec<&str> = plan
            .advices
            .iter()
            .map(|a| map.advices[a.advice].id.as_str())
            .collect();
        let _ = write!(
            text,
            "}}\n    verwacht: {{adviezen: [{}]",
            advices.join(", ")
        );
        let first = plan.contacts.first().and_then(|c| match c.whom {
            Whom::Organisation(o) => Some(map.organisations[o].id.as_str()),
            Whom::FromDossier(r) => Some(map.roles[r].id.as_str()),
            Whom::Unresolved { .. } => None,
        });
        if let Some(first) = first {
            let _ = write!(text, ", eerste_contact: {first}");
        }
        text.push_str("}\n");
    }
    text
}

/// A random valid answer to question `q`: most scenarios have one signal,
/// some two or three; a few pupils live outside the map.
pub(super) fn random_answer(map: &Map, q: usize, random: &mut Random) -> Answer {
    match &map.questions[q].kind {
        QuestionKind::Choice(choices) => Answer::Choice(random.below(choices.len())),
        QuestionKind::MultiChoice(choices) => {
            let wanted = match random.below(20) {
                0 => 3,
                1..=5 => 2,
                _ => 1,
            };
            let mut chosen: Vec<usize> = Vec::new();
            while chosen.len() < wanted.min(choices.len()) {
                let c = random.below(choices.len());
                if !chosen.contains(&c) {
                    chosen.push(c);
                }
            }
            chosen.sort_unstable();
            Answer::Choices(chosen)
        }
        QuestionKind::Number { ranges, .. } => {
            let range = &ranges[random.below(ranges.len())];
            let width = usize::try_from(range.to - range.from).unwrap_or(0) + 1;
            Answer::Number(range.from + random.below(width) as i64)
        }
        QuestionKind::YesNo { .. } => Answer::YesNo(random.below(2) == 0),
        QuestionKind::Gemeente { kind, .. } => {
            let outside = *kind == GemeenteKind::Woongemeente && random.below(50) == 0;
            Answer::Gemeente((!outside).then(|| random.below(map.gemeenten.len())))
        }
    }
}
