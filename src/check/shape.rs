//! The graph's shape and the gemeenten: every node reachable, answers told
//! apart, and every role a reachable advice names filled for every gemeente
//! and asked for on the way.
//!
//! What the loader already guarantees (existing targets, no cycles, ranges
//! covering their domain, no empty `naar`) makes every route end in an advice;
//! these passes add what the engine does not need but a school does.

use super::dataflow::post_order;
use crate::core::diagnostic::Diagnostic;
use crate::core::finding::Finding;
use crate::core::ids::IdKind;
use crate::core::map::successors;
use crate::core::map::{ContactTarget, GemeenteKind, Map, Node, QuestionKind, RoleSource};

/// Which questions and advices a route from the start can reach.
pub struct Reach {
    pub questions: Vec<bool>,
    pub advices: Vec<bool>,
}

impl Reach {
    /// Everything reachable from the start.
    pub fn of(map: &Map) -> Reach {
        let mut reach = Reach {
            questions: vec![false; map.questions.len()],
            advices: vec![false; map.advices.len()],
        };
        for q in post_order(map) {
            reach.questions[q] = true;
            for node in successors(&map.questions[q]) {
                if let Node::Advice(a) = node {
                    reach.advices[a] = true;
                }
            }
        }
        reach
    }

    /// The reachable advices' indices.
    pub fn advices(&self) -> impl Iterator<Item = usize> + '_ {
        (0..self.advices.len()).filter(|&a| self.advices[a])
    }
}

/// The parts of number ranges outside their question's `min..=max`. The
/// loader cut them from the map, so what only they led to is unreachable too.
pub fn outside_domain(map: &Map, out: &mut Vec<Diagnostic>) {
    for part in &map.outside_domain {
        out.push(Diagnostic::finding(
            Finding::RangeOutsideDomain {
                question: part.question.clone(),
                from: part.from,
                to: part.to,
                min: part.min,
                max: part.max,
            },
            part.location.clone(),
        ));
    }
}

/// Unreachable questions and advices; options of one question with the same label.
pub fn check(map: &Map, reach: &Reach, out: &mut Vec<Diagnostic>) {
    for (q, question) in map.questions.iter().enumerate() {
        if !reach.questions[q] {
            out.push(Diagnostic::finding(
                Finding::Unreachable {
                    kind: IdKind::Question,
                    id: question.id.clone(),
                },
                question.location.clone(),
            ));
        }
        // A question that takes its answer elsewhere shows that question's labels.
        if question.answer_of.is_some() {
            continue;
        }
        if let QuestionKind::Choice(choices) | QuestionKind::MultiChoice(choices) = &question.kind {
            for (i, choice) in choices.iter().enumerate() {
                let same = |c: &&crate::core::map::Choice| {
                    c.label.nl.eq_ignore_ascii_case(&choice.label.nl)
                };
                if choices[..i].iter().any(|c| same(&c)) {
                    out.push(Diagnostic::finding(
                        Finding::DuplicateLabel {
                            question: question.id.clone(),
                            label: choice.label.nl.clone(),
                        },
                        choice.location.clone(),
                    ));
                }
            }
        }
    }
    for (a, advice) in map.advices.iter().enumerate() {
        if !reach.advices[a] {
            out.push(Diagnostic::finding(
                Finding::Unreachable {
                    kind: IdKind::Advice,
                    id: advice.id.clone(),
                },
                advice.location.clone(),
            ));
        }
    }
}

/// Every role a reachable advice names is filled by every gemeente, and every
/// route to that advice asks the gemeente the role follows.
pub fn gemeenten(map: &Map, reach: &Reach, out: &mut Vec<Diagnostic>) {
    let asked = gemeenten_asked(map);
    // Each role's gemeenten are checked once, at the first advice naming it:
    // advices x gemeenten would be quadratic in a national map.
    let mut checked = vec![false; map.roles.len()];
    for a in reach.advices() {
        let advice = &map.advices[a];
        for contact in &advice.contacts {
            let ContactTarget::Role(role) = contact.target else {
                continue;
            };
            let (bit, follows) = match map.roles[role].bepaald_door {
                RoleSource::Woongemeente => (WOON, "woongemeente"),
                RoleSource::Schoolgemeente => (SCHOOL, "schoolgemeente"),
                RoleSource::Dossier => continue,
            };
            if asked[map.questions.len() + a] & bit == 0 {
                out.push(Diagnostic::finding(
                    Finding::GemeenteNotAsked {
                        advice: advice.id.clone(),
                        role: map.roles[role].id.clone(),
                        follows,
                    },
                    contact.location.clone(),
                ));
            }
            if std::mem::replace(&mut checked[role], true) {
                continue;
            }
            for gemeente in &map.gemeenten {
                if !gemeente.roles.contains_key(&role) {
                    out.push(Diagnostic::finding(
                        Finding::RoleNotFilled {
                            gemeente: gemeente.id.clone(),
                            role: map.roles[role].id.clone(),
                            advice: advice.id.clone(),
                        },
                        gemeente.location.clone(),
                    ));
                }
            }
        }
    }
}

const WOON: u8 = 1;
const SCHOOL: u8 = 2;

/// For each node (questions, then advices), which gemeente questions every
/// route from the start asks before it: a must-dataflow, in topological order.
fn gemeenten_asked(map: &Map) -> Vec<u8> {
    let n = map.questions.len();
    let mut before = vec![WOON | SCHOOL; n + map.advices.len()];
    before[map.start] = 0;
    let slot = |node: Node| match node {
        Node::Question(q) => q,
        Node::Advice(a) => n + a,
    };
    for q in post_order(map).into_iter().rev() {
        let mut after = before[q];
        if let QuestionKind::Gemeente { kind, .. } = map.questions[q].kind {
            after |= match kind {
                GemeenteKind::Woongemeente => WOON,
                GemeenteKind::Schoolgemeente => SCHOOL,
            };
        }
        for next in successors(&map.questions[q]) {
            before[slot(next)] &= after;
        }
    }
    before
}
