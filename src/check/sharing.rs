//! The shape of the question graph that the analyses need: the questions in
//! an order where every question comes after those it leads to, and the
//! questions whose answer one route may use at more than one place (see
//! [`shared_questions`]), with the values to tell apart for them.

use crate::core::map::{Map, Node, QuestionKind};
use std::collections::HashMap;

/// The most options of a multiple-choice question whose answer is shared:
/// its 2^n subsets are enumerated.
pub const MAX_SHARED_OPTIONS: usize = 16;

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

/// The questions an answer to `q` may lead to, each once.
pub fn next_questions(map: &Map, q: usize) -> Vec<usize> {
    let mut next = Vec::new();
    each_target(&map.questions[q].kind, |n| {
        if let Node::Question(q) = n {
            next.push(q);
        }
    });
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
pub fn shared_questions(map: &Map, order: &[usize]) -> Vec<usize> {
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
    // Only a group with two questions or more can reach one question twice;
    // walking from the others too went over much of the map once per list
    // with an advice and a question in it, which grew with the square of it.
    let mut groups: Vec<Vec<Node>> = Vec::new();
    for &q in order {
        each_group(&map.questions[q].kind, |group| {
            let questions = group.iter().filter(|n| matches!(n, Node::Question(_)));
            if questions.count() > 1 {
                groups.push(group.to_vec());
            }
        });
    }
    // A question is reached twice when two branches of one group both lead to it.
    let mut first_seen = vec![0usize; map.questions.len()];
    let mut visited = vec![0usize; map.questions.len()];
    let mut twice = vec![false; map.questions.len()];
    let mut branch = 0;
    let mut stack = Vec::new();
    for group in &groups {
        let group_start = branch + 1;
        for &node in group {
            branch += 1;
            let Node::Question(root) = node else { continue };
            stack.push(root);
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
                each_target(&map.questions[q].kind, |next| {
                    if let Node::Question(next) = next
                        && visited[next] != branch
                    {
                        stack.push(next);
                    }
                });
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
pub fn values(map: &Map, question: usize, order: &[usize], limit: Option<&Limit>) -> Vec<Value> {
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

/// The numbers a limit allows: its range, or all.
pub fn bounds(limit: Option<&Limit>) -> (i64, i64) {
    match limit {
        Some(Limit::Between(from, to)) => (*from, *to),
        _ => (i64::MIN, i64::MAX),
    }
}

/// A set of shared answers (indices into an analysis's shared list), as bits.
pub type Vars = Vec<u64>;

/// Whether `v` is in `vars`.
pub fn has(vars: &[u64], v: u32) -> bool {
    vars.get(v as usize / 64)
        .is_some_and(|w| w & (1 << (v % 64)) != 0)
}

/// Adds every answer of `more` to `vars`.
pub fn add(vars: &mut [u64], more: &[u64]) {
    for (a, b) in vars.iter_mut().zip(more) {
        *a |= b;
    }
}

/// Per question, the shared answers asked at it or any question it leads to
/// (`count` answers, `var_of` per question; empty sets when `count` is 0).
pub fn below(map: &Map, order: &[usize], var_of: &[Option<u32>], count: usize) -> Vec<Vars> {
    let n = map.questions.len();
    let words = count.div_ceil(64);
    let mut below = vec![vec![0u64; words]; n];
    if count == 0 {
        return below;
    }
    for &q in order {
        let mut bits = vec![0u64; words];
        if let Some(v) = var_of[q] {
            bits[v as usize / 64] |= 1 << (v % 64);
        }
        each_target(&map.questions[q].kind, |next| {
            if let Node::Question(next) = next {
                add(&mut bits, &below[next]);
            }
        });
        below[q] = bits;
    }
    below
}

/// Per question, the shared answers live at it: asked at it or below it, and
/// read somewhere else on a route through it (above it, or in a part of the
/// walk beside it). Only those must agree when outcomes combine. `below` is
/// from [`below`], for `count` answers.
pub fn live(
    map: &Map,
    order: &[usize],
    var_of: &[Option<u32>],
    below: &[Vars],
    count: usize,
) -> Vec<Vec<u32>> {
    let n = map.questions.len();
    if count == 0 {
        return vec![Vec::new(); n];
    }
    let words = count.div_ceil(64);
    let set = |bits: &mut [u64], v: u32| bits[v as usize / 64] |= 1 << (v % 64);
    // Around: read on a route through the question outside its own subtree.
    let mut around = vec![vec![0u64; words]; n];
    let (mut base, mut bits) = (vec![0u64; words], vec![0u64; words]);
    for &q in order.iter().rev() {
        base.copy_from_slice(&around[q]);
        if let Some(v) = var_of[q] {
            set(&mut base, v);
        }
        each_group(&map.questions[q].kind, |group| {
            for (i, node) in group.iter().enumerate() {
                let Node::Question(c) = *node else { continue };
                bits.copy_from_slice(&base);
                for (j, other) in group.iter().enumerate() {
                    if let (true, Node::Question(other)) = (i != j, other) {
                        add(&mut bits, &below[*other]);
                    }
                }
                add(&mut around[c], &bits);
            }
        });
    }
    (0..n)
        .map(|q| {
            (0..count as u32)
                .filter(|&v| has(&below[q], v) && has(&around[q], v))
                .collect()
        })
        .collect()
}

/// Calls `f` on every target of every answer of a question (a target may
/// come more than once), without collecting them.
fn each_target(kind: &QuestionKind, mut f: impl FnMut(Node)) {
    let mut all = |targets: &[Node]| targets.iter().for_each(|&n| f(n));
    match kind {
        QuestionKind::Choice(choices) | QuestionKind::MultiChoice(choices) => {
            choices.iter().for_each(|c| all(&c.next));
        }
        QuestionKind::Number { ranges, .. } => ranges.iter().for_each(|r| all(&r.next)),
        QuestionKind::YesNo { yes, no } => {
            all(yes);
            all(no);
        }
        QuestionKind::Gemeente { next, .. } => all(next),
    }
}

/// Calls `f` on the targets walked together after each answer; for a
/// multiple choice, all its options' targets at once, since several may be
/// chosen. Slices of the map where it can, so that a pass over every
/// question copies nothing.
fn each_group(kind: &QuestionKind, mut f: impl FnMut(&[Node])) {
    match kind {
        QuestionKind::MultiChoice(choices) => {
            let all: Vec<Node> = choices
                .iter()
                .flat_map(|c| c.next.iter().copied())
                .collect();
            f(&all);
        }
        QuestionKind::Choice(choices) => choices.iter().for_each(|c| f(&c.next)),
        QuestionKind::Number { ranges, .. } => ranges.iter().for_each(|r| f(&r.next)),
        QuestionKind::YesNo { yes, no } => {
            f(yes);
            f(no);
        }
        QuestionKind::Gemeente { next, .. } => f(next),
    }
}
