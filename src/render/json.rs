//! The plan and a pending question as JSON: the stable contract of `advise --format json`.
//!
//! `{"plan": {…}}` for a complete route, `{"vraag": {…}, "antwoorden": […]}` when
//! an answer is still needed. Fields may be added, never renamed or removed.

use super::{AnswerView, PlanView, QuestionView};
use serde::Serialize;

#[derive(Serialize)]
struct PlanDocument<'a> {
    plan: &'a PlanView,
}

#[derive(Serialize)]
struct QuestionDocument<'a> {
    vraag: &'a QuestionView,
    antwoorden: &'a [AnswerView],
}

/// `{"plan": …}`, pretty-printed.
pub fn plan(view: &PlanView) -> String {
    to_string(&PlanDocument { plan: view })
}

/// `{"vraag": …, "antwoorden": […]}`, pretty-printed.
pub fn question(view: &QuestionView, answers: &[AnswerView]) -> String {
    to_string(&QuestionDocument {
        vraag: view,
        antwoorden: answers,
    })
}

fn to_string<T: Serialize>(value: &T) -> String {
    // Serialising plain structs of strings and numbers cannot fail.
    let mut text = serde_json::to_string_pretty(value).unwrap_or_default();
    text.push('\n');
    text
}
