//! Walking a map route by route: one answer per way a question can route, each
//! route walked through the engine, depth first in the map's order. Shared by
//! the listing, the count per advice and the printed map.

use crate::core::answer::Answer;
use crate::core::engine::{Session, Walk};
use crate::core::map::{Map, QuestionKind};

/// Walks every route of `map` depth first in the map's order, handing each
/// complete walk to `visit`; stops when there are more than `limit` (false).
pub fn for_each_route(map: &Map, limit: usize, mut visit: impl FnMut(Walk)) -> bool {
    let mut walked = 0usize;
    let mut stack = vec![Session::new(map)];
    while let Some(session) = stack.pop() {
        let walk = session.walk();
        let Some(q) = walk.next else {
            if walked == limit {
                return false;
            }
            walked += 1;
            visit(walk);
            continue;
        };
        // Pushed in reverse, so the first answer is walked first.
        for answer in branch_answers(map, q).into_iter().rev() {
            let mut next = session.clone();
            next.answer(q, answer);
            stack.push(next);
        }
    }
    true
}

/// One answer per way a question can route: each option, each signal alone, the
/// first number of each piece (see [`pieces`]), ja and nee; a gemeente question
/// gets one stand-in.
pub fn branch_answers(map: &Map, q: usize) -> Vec<Answer> {
    match &map.questions[q].kind {
        QuestionKind::Choice(options) => (0..options.len()).map(Answer::Choice).collect(),
        QuestionKind::MultiChoice(options) => (0..options.len())
            .map(|i| Answer::Choices(vec![i]))
            .collect(),
        QuestionKind::Number { .. } => pieces(map, q)
            .into_iter()
            .map(|(from, _)| Answer::Number(from))
            .collect(),
        QuestionKind::YesNo { .. } => vec![Answer::YesNo(true), Answer::YesNo(false)],
        QuestionKind::Gemeente { .. } => {
            vec![Answer::Gemeente((!map.gemeenten.is_empty()).then_some(0))]
        }
    }
}

/// The numbers of question `q` that route alike everywhere: its ranges, cut
/// where a question that reuses its answer (`antwoord_van`) draws another
/// boundary. Each piece is one route.
pub fn pieces(map: &Map, q: usize) -> Vec<(i64, i64)> {
    let QuestionKind::Number { min, max, .. } = &map.questions[q].kind else {
        return Vec::new();
    };
    let mut starts: Vec<i64> = map
        .questions
        .iter()
        .enumerate()
        .filter(|(p, question)| *p == q || question.answer_of == Some(q))
        .flat_map(|(_, question)| match &question.kind {
            QuestionKind::Number { ranges, .. } => ranges.iter().map(|r| r.from).collect(),
            _ => Vec::new(),
        })
        .filter(|from| min < from && from <= max)
        .collect();
    starts.push(*min);
    starts.sort_unstable();
    starts.dedup();
    starts
        .iter()
        .enumerate()
        .map(|(i, &from)| (from, starts.get(i + 1).map_or(*max, |next| next - 1)))
        .collect()
}
