//! Along a number question (hours absent, weeks at home) a higher number must
//! never lead to a less urgent plan.
//!
//! For every range, the dataflow gives the urgencies that walking on from it
//! can come to, with every other answer the same. A higher range must be at
//! least as urgent at both ends: its most urgent outcome and its least urgent
//! one. Questions with `hoger_is_urgenter: false` (an age) are left out.

use super::dataflow::{Analysis, Outcome, Tracking};
use crate::core::diagnostic::Diagnostic;
use crate::core::finding::{Complexity, Finding};
use crate::core::map::{Map, QuestionKind, Urgency};
use std::collections::HashMap;

/// The most and the least urgent plan one range can come to.
type Span = (Urgency, Urgency);

/// Per number question and the other shared answers: each range's lowest value and span.
type Spans = HashMap<(usize, Vec<usize>), Vec<(i64, Span)>>;

/// Reports, per number question, the first pair of values where the higher
/// one gives a less urgent plan.
pub fn check(map: &Map, out: &mut Vec<Diagnostic>) {
    let tracking = Tracking {
        urgency: true,
        ..Tracking::default()
    };
    let questions: Vec<usize> = super::dataflow::post_order(map)
        .into_iter()
        .filter(|&q| {
            matches!(
                map.questions[q].kind,
                QuestionKind::Number {
                    higher_is_more_urgent: true,
                    ..
                }
            )
        })
        .collect();
    // Without such questions there is nothing to compare, and no reason to
    // enumerate the shared answers.
    if questions.is_empty() {
        return;
    }
    let analysis = Analysis::new(map, tracking, HashMap::new());
    // Per question and the other shared answers: (value, span) per range.
    let mut spans: Spans = HashMap::new();
    let mut questions = questions;
    // In question order, as the findings are reported.
    questions.sort_unstable();
    for &q in &questions {
        // Only the answers asked below the question can change its ranges'
        // outcomes: one set of passes per question, over those alone.
        let asked = map.questions[q].asked(q);
        let mut refused = false;
        let result = analysis.passes(&[q], |pass| {
            let mut others = pass.values.clone();
            if let Some(i) = analysis.shared.iter().position(|s| s.question == asked) {
                others[i] = usize::MAX;
            }
            let Ok(ranges) = analysis.range_outcomes(pass, q) else {
                refused = true;
                return false;
            };
            let entry = spans.entry((q, others)).or_default();
            for (value, outcomes) in ranges {
                if !entry.iter().any(|(v, _)| *v == value) {
                    entry.push((value, span(&outcomes)));
                }
            }
            true
        });
        if refused || result.is_err() {
            out.push(too_complex(map, &analysis, q));
            spans.retain(|(question, _), _| *question != q);
        }
    }
    let mut reported: Vec<usize> = Vec::new();
    let mut keys: Vec<&(usize, Vec<usize>)> = spans.keys().collect();
    keys.sort();
    for key in keys {
        let q = key.0;
        if reported.contains(&q) {
            continue;
        }
        let mut values = spans[key].clone();
        values.sort_by_key(|(value, _)| *value);
        if let Some(finding) = first_drop(map, q, &values) {
            reported.push(q);
            out.push(finding);
        }
    }
}

/// The refusal for number question `q`: the shared answers below it, whose
/// combinations were too many to go through.
fn too_complex(map: &Map, analysis: &Analysis, q: usize) -> Diagnostic {
    let shared = analysis
        .enumerated(&[q])
        .into_iter()
        .map(|i| map.questions[analysis.shared[i].question].id.clone())
        .collect();
    Diagnostic::finding(
        Finding::TooComplex {
            rule: None,
            cause: Complexity::Shared {
                question: map.questions[q].id.clone(),
                shared,
            },
        },
        map.questions[q].location.clone(),
    )
}

fn span(outcomes: &[Outcome]) -> Span {
    let urgencies = outcomes
        .iter()
        .map(|o| o.top.as_ref().map_or(Urgency::Regulier, |t| t.urgency));
    let most = urgencies.clone().min().unwrap_or(Urgency::Regulier);
    let least = urgencies.max().unwrap_or(Urgency::Regulier);
    (most, least)
}

/// The first pair of values, lower before higher, where the higher is less urgent.
fn first_drop(map: &Map, q: usize, values: &[(i64, Span)]) -> Option<Diagnostic> {
    for (j, &(higher, (high_most, high_least))) in values.iter().enumerate() {
        for &(lower, (low_most, low_least)) in &values[..j] {
            let pair = if high_most > low_most {
                Some((low_most, high_most))
            } else if high_least > low_least {
                Some((low_least, high_least))
            } else {
                None
            };
            if let Some((lower_urgency, higher_urgency)) = pair {
                let location = match &map.questions[q].kind {
                    QuestionKind::Number { ranges, .. } => ranges
                        .iter()
                        .find(|r| r.from <= higher && higher <= r.to)
                        .and_then(|r| r.location.clone()),
                    _ => None,
                };
                return Some(Diagnostic::finding(
                    Finding::UrgencyDrops {
                        question: map.questions[q].id.clone(),
                        lower,
                        lower_urgency,
                        higher,
                        higher_urgency,
                    },
                    location.or_else(|| map.questions[q].location.clone()),
                ));
            }
        }
    }
    None
}
