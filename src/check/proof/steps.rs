//! What a proof reads of each question, in the order it proves them: the
//! answer it asks, its kind, and where each branch leads, in three flat
//! arrays made once per `check` with the [`super::Layout`].
//!
//! A question keeps its routing among its texts, options and help, and the
//! proof read the question, then its branch, then the branch's list of
//! targets: three places in memory per branch. On ten times the national map
//! those no longer fit the processor's caches, and every proof of every rule
//! read them all again: a question cost a proof twice what it did on the
//! national map. Here the proof reads them in the order it goes, close
//! together.

use crate::core::map::{Map, Node, QuestionKind};

/// The kind of a question, as far as the proof tells them apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    Choice,
    Multiple,
    Number,
    YesNo,
    Gemeente,
}

/// One question to prove.
#[derive(Debug, Clone, Copy)]
pub(super) struct Step {
    pub q: usize,
    /// The question whose answer it routes by (see `Question::asked`).
    pub asked: usize,
    pub kind: Kind,
    /// Its branches: `branches.1` of them from `branches.0`, in the map's
    /// order (options, yes then no, ranges, the one way on).
    branches: (u32, u32),
}

/// One way on from a question.
#[derive(Debug, Clone, Copy)]
pub(super) struct Branch {
    /// Its targets: `targets.1` of them from `targets.0`.
    targets: (u32, u32),
    /// The numbers a range takes; 0 for other branches.
    pub from: i64,
    pub to: i64,
}

/// Every question to prove, in order, with its branches and their targets.
pub(super) struct Steps {
    pub steps: Vec<Step>,
    branches: Vec<Branch>,
    targets: Vec<Node>,
}

impl Steps {
    /// The questions of `order`, in that order.
    pub fn new(map: &Map, order: &[usize]) -> Steps {
        let mut steps = Steps {
            steps: Vec::with_capacity(order.len()),
            branches: Vec::new(),
            targets: Vec::new(),
        };
        for &q in order {
            let question = &map.questions[q];
            let first = steps.branches.len() as u32;
            let kind = match &question.kind {
                QuestionKind::Choice(choices) | QuestionKind::MultiChoice(choices) => {
                    choices.iter().for_each(|c| steps.branch(&c.next, 0, 0));
                    if matches!(question.kind, QuestionKind::Choice(_)) {
                        Kind::Choice
                    } else {
                        Kind::Multiple
                    }
                }
                QuestionKind::Number { ranges, .. } => {
                    ranges
                        .iter()
                        .for_each(|r| steps.branch(&r.next, r.from, r.to));
                    Kind::Number
                }
                QuestionKind::YesNo { yes, no } => {
                    steps.branch(yes, 0, 0);
                    steps.branch(no, 0, 0);
                    Kind::YesNo
                }
                QuestionKind::Gemeente { next, .. } => {
                    steps.branch(next, 0, 0);
                    Kind::Gemeente
                }
            };
            let count = steps.branches.len() as u32 - first;
            steps.steps.push(Step {
                q,
                asked: question.asked(q),
                kind,
                branches: (first, count),
            });
        }
        steps
    }

    fn branch(&mut self, targets: &[Node], from: i64, to: i64) {
        let start = self.targets.len() as u32;
        self.targets.extend_from_slice(targets);
        self.branches.push(Branch {
            targets: (start, targets.len() as u32),
            from,
            to,
        });
    }

    /// The branches of `step`.
    pub fn branches(&self, step: &Step) -> &[Branch] {
        let (first, count) = step.branches;
        &self.branches[first as usize..][..count as usize]
    }

    /// Where `branch` leads.
    pub fn targets(&self, branch: &Branch) -> &[Node] {
        let (first, count) = branch.targets;
        &self.targets[first as usize..][..count as usize]
    }
}
