//! The resolver's state and its common steps: wording a text in every
//! language, indexing ids, checking an id and a reference, a date, a region;
//! and finding a loop among the questions.

use crate::core::date::Date;
use crate::core::diagnostic::{Diagnostic, DiagnosticKind};
use crate::core::fast_map::FastMap;
use crate::core::ids::IdKind;
use crate::core::map::successors;
use crate::core::map::{MissingTranslation, Node, OutsideDomain, Question};
use crate::core::model;
use crate::core::source::Location;
use crate::core::text::clean;
use crate::core::words::Words;
use serde_saphyr::Spanned;

#[derive(Default)]
pub(super) struct Resolver {
    pub(super) diagnostics: Vec<Diagnostic>,
    /// Whether any text has English.
    pub(super) has_english: bool,
    /// The texts without English.
    pub(super) missing: Vec<MissingTranslation>,
    /// Per question (file order): its unit is `weken`, so milestones may count from it.
    pub(super) in_weeks: Vec<bool>,
    /// The parts of ranges outside their question's `min..=max`.
    pub(super) outside_domain: Vec<OutsideDomain>,
}

impl Resolver {
    /// A text in every language the map gives, noting whether it has English.
    pub(super) fn text(
        &mut self,
        file: &str,
        owner: Option<(IdKind, &str)>,
        field: &'static str,
        text: &Spanned<model::Text>,
    ) -> Words {
        match &text.value.en {
            Some(_) => self.has_english = true,
            None => self.missing.push(MissingTranslation {
                owner: owner.map(|(kind, id)| (kind, id.to_string())),
                field: field.to_string(),
                location: Location::of(file, text),
            }),
        }
        Words {
            nl: clean(&text.value.nl),
            en: text.value.en.as_deref().map(clean),
        }
    }

    /// [`Self::text`] of an optional field.
    pub(super) fn optional_text(
        &mut self,
        file: &str,
        owner: Option<(IdKind, &str)>,
        field: &'static str,
        text: &Option<Spanned<model::Text>>,
    ) -> Option<Words> {
        text.as_ref().map(|t| self.text(file, owner, field, t))
    }

    pub(super) fn error(&mut self, kind: DiagnosticKind, location: Option<Location>) {
        self.diagnostics.push(Diagnostic::error(kind, location));
    }

    /// Id → value (an index or a node), reporting duplicates with the place of the first.
    pub(super) fn index<'a, V: Copy>(
        &mut self,
        kind: IdKind,
        ids: impl Iterator<Item = (&'a str, &'a Spanned<String>, V)>,
    ) -> FastMap<String, V> {
        let mut index = FastMap::default();
        let mut first: FastMap<&str, Option<Location>> = FastMap::default();
        for (file, id, value) in ids {
            self.valid_id(file, kind, id);
            if let Some(first) = first.get(id.value.as_str()) {
                self.error(
                    DiagnosticKind::DuplicateId {
                        kind,
                        id: id.value.clone(),
                        first: first.clone(),
                    },
                    Location::of(file, id),
                );
            } else {
                first.insert(&id.value, Location::of(file, id));
                index.insert(id.value.clone(), value);
            }
        }
        index
    }

    /// Reports an id or option value that is not a plain token (see [`is_valid_id`]).
    pub(super) fn valid_id(&mut self, file: &str, what: IdKind, id: &Spanned<String>) {
        if !is_valid_id(&id.value) {
            self.error(
                DiagnosticKind::InvalidId {
                    what,
                    id: id.value.clone(),
                },
                Location::of(file, id),
            );
        }
    }

    /// Looks `id` up in `index`; an unknown id is reported with the closest known one.
    pub(super) fn reference<V: Copy>(
        &mut self,
        file: &str,
        kind: IdKind,
        index: &FastMap<String, V>,
        id: &Spanned<String>,
    ) -> Option<V> {
        let found = index.get(&id.value).copied();
        if found.is_none() {
            let mut known: Vec<String> = index.keys().cloned().collect();
            known.sort();
            self.diagnostics.push(Diagnostic::unknown_reference(
                kind,
                &id.value,
                &known,
                Location::of(file, id),
            ));
        }
        found
    }

    /// Resolves a `naar` (one id or a list); an unknown target is reported and
    /// left out (the map is discarded anyway when any error was found).
    pub(super) fn targets(
        &mut self,
        file: &str,
        targets: &Spanned<model::Targets>,
        nodes: &FastMap<String, Node>,
    ) -> Vec<Node> {
        let ids = model::target_ids(targets);
        if ids.is_empty() {
            self.error(DiagnosticKind::EmptyTargets, Location::of(file, targets));
        }
        ids.iter()
            .filter_map(|id| self.reference(file, IdKind::Node, nodes, id))
            .collect()
    }

    pub(super) fn date(&mut self, file: &str, date: &Spanned<String>) {
        if Date::parse(&date.value).is_none() {
            self.error(
                DiagnosticKind::InvalidDate {
                    value: date.value.clone(),
                },
                Location::of(file, date),
            );
        }
    }
}

/// A cycle among the questions, as the list of questions on it, if there is one.
/// Iterative depth-first search, so a deep map cannot overflow the stack.
pub(super) fn find_cycle(questions: &[Question]) -> Option<Vec<usize>> {
    #[derive(Clone, Copy, PartialEq)]
    enum Mark {
        New,
        Open,
        Done,
    }
    let mut mark = vec![Mark::New; questions.len()];
    for root in 0..questions.len() {
        if mark[root] != Mark::New {
            continue;
        }
        let mut stack: Vec<(usize, Vec<usize>, usize)> = Vec::new();
        let next_questions = |q: usize| -> Vec<usize> {
            successors(&questions[q])
                .into_iter()
                .filter_map(|n| match n {
                    Node::Question(q) => Some(q),
                    Node::Advice(_) => None,
                })
                .collect()
        };
        mark[root] = Mark::Open;
        stack.push((root, next_questions(root), 0));
        while let Some((q, children, i)) = stack.last_mut() {
            if let Some(&child) = children.get(*i) {
                *i += 1;
                match mark[child] {
                    Mark::Open => {
                        let start = stack.iter().position(|(s, _, _)| *s == child)?;
                        let mut path: Vec<usize> =
                            stack[start..].iter().map(|(s, _, _)| *s).collect();
                        path.push(child);
                        return Some(path);
                    }
                    Mark::New => {
                        mark[child] = Mark::Open;
                        let grandchildren = next_questions(child);
                        stack.push((child, grandchildren, 0));
                    }
                    Mark::Done => {}
                }
            } else {
                mark[*q] = Mark::Done;
                stack.pop();
            }
        }
    }
    None
}

/// True for an id or option value made of ASCII letters, digits, `-`, `_` and
/// `.`, starting with a letter or digit: what can be typed in
/// `--answer id=waarde` and separated by commas, and never terminal control.
pub fn is_valid_id(id: &str) -> bool {
    id.starts_with(|c: char| c.is_ascii_alphanumeric())
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
}
