//! Where each answer leads, in flat tables: all that walking a route reads.
//!
//! A question keeps its routing among its texts, options and help: one step
//! of a walk read the question, then its option, then the option's list of
//! next nodes, three places in memory. On a national map those no longer fit
//! the processor's caches, and `check` walks every scenario's route: on ten
//! times the national map a step cost twice what it did on the national one.
//! Here the same routing sits in a few arrays of small numbers, made once
//! with the map ([`crate::core::map`] fills them from its questions), so that
//! a step reads a few places close together. The engine walks by these
//! tables only: one routing, not a copy to keep in step.
//!
//! The tables know branches, not answers: a question's branches are its
//! options in the map's order, yes then no, its number ranges, or a gemeente
//! question's one way on; which branch an answer takes is the engine's.

use serde::{Deserialize, Serialize};

/// A question or an advice: where an answer leads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Node {
    Question(usize),
    Advice(usize),
}

/// The routing of every question of a map.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Routing {
    /// Per question: the question whose answer it routes by (itself, or its
    /// `antwoord_van`).
    asked: Vec<u32>,
    /// Per question: its branches are `branches[first[q]..first[q + 1]]`
    /// (the last question's end is `branches.len()`).
    first: Vec<u32>,
    branches: Vec<Branch>,
    /// The nodes of every branch, one after the other.
    targets: Vec<Target>,
}

/// One way on from a question.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
struct Branch {
    /// Its nodes are `targets[start..end]`.
    start: u32,
    end: u32,
    /// The numbers it takes (a number range); none for other branches.
    from: i64,
    to: i64,
}

/// A node in four bytes ([`Node::packed`]).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
struct Target(u32);

const ADVICE: u32 = 1 << 31;

impl Target {
    fn of(node: Node) -> Target {
        Target(node.packed())
    }

    fn node(self) -> Node {
        Node::unpacked(self.0)
    }
}

impl Node {
    /// The node in four bytes, for flat tables: the index, its top bit set
    /// for an advice.
    pub fn packed(self) -> u32 {
        match self {
            Node::Question(q) => small(q),
            Node::Advice(a) => small(a) | ADVICE,
        }
    }

    /// The node [`Node::packed`] gave `packed` for.
    pub fn unpacked(packed: u32) -> Node {
        if packed & ADVICE == 0 {
            Node::Question(packed as usize)
        } else {
            Node::Advice((packed & !ADVICE) as usize)
        }
    }
}

/// An index as the tables keep it. A map of 2^31 nodes does not load (the
/// parser's budget stops it long before).
fn small(index: usize) -> u32 {
    u32::try_from(index)
        .ok()
        .filter(|i| i & ADVICE == 0)
        .expect("a map has fewer than 2^31 nodes")
}

impl Routing {
    /// Adds the next question, which routes by the answer to question
    /// `asked`; its branches follow with [`Routing::branch`] and
    /// [`Routing::range`].
    pub fn question(&mut self, asked: usize) {
        self.asked.push(small(asked));
        self.first.push(small(self.branches.len()));
    }

    /// Adds a branch to the last question added: an option, yes or no, or a
    /// gemeente question's way on, leading to `next`.
    pub fn branch(&mut self, next: &[Node]) {
        // No number is in `MAX..=MIN`.
        self.range(next, i64::MAX, i64::MIN);
    }

    /// Adds a number range `from..=to` to the last question added, leading
    /// to `next`.
    pub fn range(&mut self, next: &[Node], from: i64, to: i64) {
        let start = small(self.targets.len());
        self.targets.extend(next.iter().map(|&n| Target::of(n)));
        let end = small(self.targets.len());
        self.branches.push(Branch {
            start,
            end,
            from,
            to,
        });
    }

    /// The question whose answer question `q` routes by.
    pub fn asked(&self, q: usize) -> usize {
        self.asked[q] as usize
    }

    /// How many branches question `q` has.
    pub fn branch_count(&self, q: usize) -> usize {
        self.branches(q).len()
    }

    /// Where branch `branch` of question `q` leads, in order; nowhere for a
    /// branch it does not have.
    pub fn next(&self, q: usize, branch: usize) -> impl DoubleEndedIterator<Item = Node> + '_ {
        let nodes = match self.branches(q).get(branch) {
            Some(b) => &self.targets[b.start as usize..b.end as usize],
            None => &[],
        };
        nodes.iter().map(|t| t.node())
    }

    /// The branches of question `q` that take the number `n`, in order (a
    /// walk takes the first).
    pub fn ranges_holding(&self, q: usize, n: i64) -> impl Iterator<Item = usize> + '_ {
        self.branches(q)
            .iter()
            .enumerate()
            .filter(move |(_, b)| b.from <= n && n <= b.to)
            .map(|(i, _)| i)
    }

    fn branches(&self, q: usize) -> &[Branch] {
        let start = self.first[q] as usize;
        let end = self
            .first
            .get(q + 1)
            .map_or(self.branches.len(), |&e| e as usize);
        &self.branches[start..end]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::map::{Map, QuestionKind};

    /// A branch as a question's kind lists it: its nodes, and the numbers
    /// it takes if it is a range.
    type Listed = (Vec<Node>, Option<(i64, i64)>);

    /// Each question's branches as its kind lists them.
    fn branches(map: &Map, q: usize) -> Vec<Listed> {
        let plain = |next: &Vec<Node>| (next.clone(), None);
        match &map.questions[q].kind {
            QuestionKind::Choice(choices) | QuestionKind::MultiChoice(choices) => {
                choices.iter().map(|c| plain(&c.next)).collect()
            }
            QuestionKind::Number { ranges, .. } => ranges
                .iter()
                .map(|r| (r.next.clone(), Some((r.from, r.to))))
                .collect(),
            QuestionKind::YesNo { yes, no } => vec![plain(yes), plain(no)],
            QuestionKind::Gemeente { next, .. } => vec![plain(next)],
        }
    }

    #[test]
    fn the_tables_lead_where_the_questions_do() {
        for map in [
            crate::core::klein::map(),
            crate::core::compile::from_sources(&crate::core::embedded::files())
                .expect("the built-in map loads"),
        ] {
            let routing = map.routing();
            for (q, question) in map.questions.iter().enumerate() {
                assert_eq!(routing.asked(q), question.asked(q));
                let want = branches(&map, q);
                assert_eq!(routing.branch_count(q), want.len(), "{}", question.id);
                for (b, (next, range)) in want.iter().enumerate() {
                    assert_eq!(&routing.next(q, b).collect::<Vec<_>>(), next);
                    let Some((from, to)) = *range else {
                        assert_eq!(routing.ranges_holding(q, 0).count(), 0);
                        continue;
                    };
                    for n in [from, to] {
                        assert!(routing.ranges_holding(q, n).any(|h| h == b));
                    }
                }
                assert_eq!(routing.next(q, want.len()).count(), 0);
            }
        }
    }

    #[test]
    fn a_node_keeps_its_kind_and_index() {
        let last = ADVICE as usize - 1;
        for node in [
            Node::Question(0),
            Node::Advice(0),
            Node::Advice(12_345),
            Node::Question(last),
            Node::Advice(last),
        ] {
            assert_eq!(Target::of(node).node(), node);
        }
    }
}
