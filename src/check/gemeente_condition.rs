//! Conditions on the gemeente in a rule's `als`: `woongemeente: ouder-amstel`,
//! `schoolgemeente: [amstelveen, uithoorn]` or `{niet: [...]}`.
//!
//! Where something truly differs by gemeente, a rule says so with a condition
//! on the gemeente, and `check` proves it like every other rule. The route
//! itself does not branch on a gemeente (gemeente questions have one `naar`);
//! what differs is who fills a role. So a gemeente condition never limits the
//! walk: it limits the (pupil's, school's) gemeenten the rule is proven with
//! (see [`super::cases`]), and the route must still ask that gemeente.

use crate::core::diagnostic::DiagnosticKind;
use crate::core::map::{GemeenteKind, Map};
use crate::core::model::Condition;

/// A rule's conditions on the pupil's and the school's gemeente.
#[derive(Debug, Clone, Default)]
pub struct GemeenteLimits {
    /// The gemeenten (indices) the pupil may live in; `None`: any, also
    /// outside the map.
    pub pupils: Option<Vec<usize>>,
    /// The gemeenten (indices) the school may stand in; `None`: any.
    pub schools: Option<Vec<usize>>,
    /// The gemeente questions (answer variables) the route must ask.
    pub asked: Vec<usize>,
}

impl GemeenteLimits {
    /// Adds the condition (gemeente ids, or `niet:` them) on the gemeente
    /// question `asked` (of `kind`); `Err` names a value that is no gemeente
    /// of the map. A range is no condition on a gemeente: the caller reports it.
    pub fn add(
        &mut self,
        map: &Map,
        asked: usize,
        kind: GemeenteKind,
        condition: &Condition,
    ) -> Result<(), DiagnosticKind> {
        let ids = || map.gemeenten.iter().map(|g| g.id.clone()).collect();
        let (values, not) = match condition {
            Condition::Values(values) => (values, false),
            Condition::Not(values) => (values, true),
            Condition::Range { .. } => (&Vec::new(), true),
        };
        let mut named = Vec::new();
        for value in values {
            match map.gemeente_index(value) {
                Some(g) => named.push(g),
                None => {
                    return Err(DiagnosticKind::UnknownValue {
                        value: value.clone(),
                        expected: ids(),
                    });
                }
            }
        }
        let allowed: Vec<usize> = (0..map.gemeenten.len())
            .filter(|g| named.contains(g) != not)
            .collect();
        let side = match kind {
            GemeenteKind::Woongemeente => &mut self.pupils,
            GemeenteKind::Schoolgemeente => &mut self.schools,
        };
        // Two conditions on one side (two questions of one kind): both hold.
        *side = Some(match side.take() {
            Some(before) => before.into_iter().filter(|g| allowed.contains(g)).collect(),
            None => allowed,
        });
        self.asked.push(asked);
        Ok(())
    }
}
