//! A loaded routekaart: every reference resolved to an index, ready to walk.
//!
//! Built only by [`crate::core::resolve`], which guarantees what the engine relies on:
//! every target exists, there are no cycles, every number question's ranges cover
//! `min..=max` exactly once, and ids are unique. Display texts are already
//! stripped of control characters, and kept in every language the map gives
//! ([`Words`]): whoever shows one picks the language.

use crate::core::fast_map::FastMap;
use crate::core::id_index::IdIndex;
use crate::core::ids::IdKind;
pub use crate::core::model::{GemeenteKind, RoleSource, Urgency};
pub use crate::core::region::Region;
pub use crate::core::routing::Node;
use crate::core::routing::Routing;
use crate::core::source::Location;
pub use crate::core::words::{InLang, Words};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// Where one answer leads: usually one node, sometimes several walked in turn
/// (an advice that applies, then the next question). Never empty.
pub type Targets = Vec<Node>;

/// The map's metadata.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Meta {
    pub naam: Words,
    pub regio: Words,
    pub versie: String,
    pub datum: Option<String>,
    /// A short checksum of the files' content, so a printed plan names the exact map.
    pub checksum: String,
}

/// A role, filled per gemeente by an organisation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Role {
    pub id: String,
    pub naam: Words,
    pub uitleg: Option<Words>,
    pub bepaald_door: RoleSource,
    /// The organisation named when the gemeente is outside this map.
    pub outside_map: Option<usize>,
    /// The role this one stands in for, for some pupils (`vervangt`).
    pub replaces: Option<usize>,
    pub location: Option<Location>,
}

/// An entry of the directory.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Organisation {
    pub id: String,
    pub naam: String,
    pub soort: Option<Words>,
    pub telefoon: Option<String>,
    pub email: Option<String>,
    pub website: Option<String>,
    pub openingstijden: Option<Words>,
    pub opmerking: Option<Words>,
    pub bronnen: Vec<String>,
    /// Confirmed with the organisation on this day (YYYY-MM-DD).
    pub gecontroleerd: Option<String>,
    /// Its sources read on this day (YYYY-MM-DD), not confirmed with it.
    pub bron_bekeken: Option<String>,
    /// The last day the entry holds (YYYY-MM-DD), if temporary.
    pub geldig_tot: Option<String>,
    /// The region (index) whose folder lists it; `None` for the core's.
    pub region: Option<usize>,
    /// Where the entry and its checked fields are written.
    pub locations: OrganisationLocations,
}

/// Positions of an organisation's id and of the fields `check` may point at.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct OrganisationLocations {
    pub id: Option<Location>,
    pub telefoon: Option<Location>,
    pub email: Option<Location>,
    pub website: Option<Location>,
    pub gecontroleerd: Option<Location>,
    pub bron_bekeken: Option<Location>,
    pub geldig_tot: Option<Location>,
}

/// A gemeente and the organisation (index) that fills each role (index).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Gemeente {
    pub id: String,
    pub naam: String,
    pub roles: FastMap<usize, usize>,
    /// Role (index) → where its organisation is named in `gemeenten.yaml`.
    pub role_locations: HashMap<usize, Location>,
    /// The region (index) whose folder lists it; `None` in the one-folder layout.
    pub region: Option<usize>,
    pub location: Option<Location>,
}

/// One option of a choice question.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Choice {
    pub value: String,
    pub label: Words,
    pub uitleg: Option<Words>,
    /// The theme (index into its question's `themes`) it is shown under.
    pub theme: Option<usize>,
    pub next: Targets,
    /// Where its `waarde` is written.
    pub location: Option<Location>,
}

/// A theme of a multiple-choice question: a group of its options on screen.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Theme {
    pub id: String,
    pub label: Words,
}

/// One range of a number question, inclusive at both ends.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NumberRange {
    pub from: i64,
    pub to: i64,
    pub next: Targets,
    /// Where its `van` is written.
    pub location: Option<Location>,
}

/// A part of a number range that lies outside its question's `min..=max`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OutsideDomain {
    pub question: String,
    pub from: i64,
    pub to: i64,
    pub min: i64,
    pub max: i64,
    /// Where the range's `van` is written.
    pub location: Option<Location>,
}

/// What a question asks and where each answer leads.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum QuestionKind {
    Choice(Vec<Choice>),
    MultiChoice(Vec<Choice>),
    Number {
        min: i64,
        max: i64,
        unit: Option<Words>,
        ranges: Vec<NumberRange>,
        /// A higher number must never give a less urgent plan (`hoger_is_urgenter`).
        higher_is_more_urgent: bool,
    },
    YesNo {
        yes: Targets,
        no: Targets,
    },
    /// Which gemeente; the options are the map's gemeenten plus "another gemeente".
    Gemeente {
        kind: GemeenteKind,
        next: Targets,
    },
}

/// A question.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Question {
    pub id: String,
    pub tekst: Words,
    pub uitleg: Option<Words>,
    pub kind: QuestionKind,
    /// Groups of a multiple-choice question's options on screen; empty for a
    /// flat list. Presentation only: the answer is the options.
    pub themes: Vec<Theme>,
    /// The question whose answer this one routes by (`antwoord_van`); its text,
    /// help and limits are copied here. The engine asks that one, never this.
    pub answer_of: Option<usize>,
    pub location: Option<Location>,
}

impl Question {
    /// The question the user answers for this one: itself, or its `antwoord_van`.
    pub fn asked(&self, index: usize) -> usize {
        self.answer_of.unwrap_or(index)
    }
}

/// Whom an advice names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ContactTarget {
    /// A role, resolved by the pupil's gemeente.
    Role(usize),
    /// One organisation, whatever the gemeente.
    Organisation(usize),
}

/// A contact of an advice.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Contact {
    pub target: ContactTarget,
    pub urgency: Urgency,
    pub waarom: Option<Words>,
    pub termijn: Option<Words>,
    /// Where its `rol` or `organisatie` is written.
    pub location: Option<Location>,
}

/// An advice at the end of a route.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Advice {
    pub id: String,
    pub titel: Words,
    pub uitleg: Option<Words>,
    pub contacts: Vec<Contact>,
    pub stappen: Vec<Words>,
    pub voorbereiden: Vec<Words>,
    pub grondslag: Vec<Words>,
    pub bronnen: Vec<String>,
    pub milestones: Vec<Milestone>,
    /// The last day the advice holds (YYYY-MM-DD), if temporary.
    pub geldig_tot: Option<String>,
    pub geldig_tot_location: Option<Location>,
    pub location: Option<Location>,
}

/// A date worth watching: `weeks` weeks after the start that the answer to
/// `question` (a number of weeks ago) gives.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Milestone {
    pub question: usize,
    pub weeks: i64,
    pub tekst: Words,
}

impl Advice {
    /// The advice's urgency: that of its most urgent contact.
    pub fn urgency(&self) -> Urgency {
        self.contacts
            .iter()
            .map(|c| c.urgency)
            .min()
            .unwrap_or(Urgency::Regulier)
    }
}

/// The map's languages, and its texts without English, for `check`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Translation {
    /// `talen` names `en`: every text should have English.
    pub declared: bool,
    /// Where to point at the declaration (routekaart.yaml).
    pub location: Option<Location>,
    /// At least one text has English.
    pub has_english: bool,
    /// Every text without English, in file order.
    pub missing: Vec<MissingTranslation>,
}

/// A text without English: whose (none for the map's own `naam` and `regio`),
/// which key, and where.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MissingTranslation {
    pub owner: Option<(IdKind, String)>,
    pub field: String,
    pub location: Option<Location>,
}

/// The value `advise` and the questionnaire use for "a gemeente outside this map".
pub const OTHER_GEMEENTE: &str = "anders";

/// A whole, resolved routekaart.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Map {
    pub meta: Meta,
    pub start: usize,
    pub questions: Vec<Question>,
    pub advices: Vec<Advice>,
    pub organisations: Vec<Organisation>,
    pub roles: Vec<Role>,
    pub gemeenten: Vec<Gemeente>,
    /// The region folders, in the order read (by name); empty in the
    /// one-folder layout.
    pub regions: Vec<Region>,
    pub translation: Translation,
    /// The parts of number ranges outside their question's `min..=max`: no one
    /// can answer them, so they are cut from `ranges` (engine, `routes` and
    /// `check` share one domain) and `check` reports each.
    pub outside_domain: Vec<OutsideDomain>,
    /// Questions and advices by id ([`Node::packed`]).
    pub(crate) nodes: IdIndex,
    /// Gemeenten by id and by name, in ASCII lowercase (see [`gemeente_lookup`]).
    pub(crate) gemeente_lookup: IdIndex,
    /// Where each answer leads, as the engine reads it: made from `questions`
    /// when the map is made (they do not change after).
    pub(crate) routing: Routing,
}

/// Each gemeente's id and name in ASCII lowercase, to the first gemeente with
/// that id or name: a scenario or answer names a gemeente in one lookup
/// instead of a scan of all 342.
pub(crate) fn gemeente_lookup(gemeenten: &[Gemeente]) -> IdIndex {
    let keys: Vec<(String, u32)> = gemeenten
        .iter()
        .enumerate()
        .flat_map(|(g, gemeente)| {
            let g = u32::try_from(g).expect("fewer than 2^32 gemeenten");
            [&gemeente.id, &gemeente.naam].map(|key| (key.to_ascii_lowercase(), g))
        })
        .collect();
    IdIndex::of(keys.iter().map(|(key, g)| (key.as_str(), *g)))
}

/// Questions and advices by id, for [`Map::node`].
pub(crate) fn node_index(nodes: &FastMap<String, Node>) -> IdIndex {
    IdIndex::of(nodes.iter().map(|(id, node)| (id.as_str(), node.packed())))
}

/// The routing of `questions`, as the engine reads it ([`Routing`]).
pub(crate) fn routing(questions: &[Question]) -> Routing {
    let mut routing = Routing::default();
    for (q, question) in questions.iter().enumerate() {
        routing.question(question.asked(q));
        match &question.kind {
            QuestionKind::Choice(choices) | QuestionKind::MultiChoice(choices) => {
                for choice in choices {
                    routing.branch(&choice.next);
                }
            }
            QuestionKind::Number { ranges, .. } => {
                for range in ranges {
                    routing.range(&range.next, range.from, range.to);
                }
            }
            QuestionKind::YesNo { yes, no } => {
                routing.branch(yes);
                routing.branch(no);
            }
            QuestionKind::Gemeente { next, .. } => routing.branch(next),
        }
    }
    routing
}

impl Map {
    /// The question or advice with this id.
    pub fn node(&self, id: &str) -> Option<Node> {
        self.nodes.get(id).map(Node::unpacked)
    }

    /// The question with this id.
    pub fn question_index(&self, id: &str) -> Option<usize> {
        match self.node(id)? {
            Node::Question(q) => Some(q),
            Node::Advice(_) => None,
        }
    }

    /// The gemeente with this id or name (case-insensitive, ASCII), the first
    /// in file order when two match.
    pub fn gemeente_index(&self, id_or_name: &str) -> Option<usize> {
        if id_or_name.bytes().any(|b| b.is_ascii_uppercase()) {
            self.gemeente_lookup
                .get(&id_or_name.to_ascii_lowercase())
                .map(|g| g as usize)
        } else {
            self.gemeente_lookup.get(id_or_name).map(|g| g as usize)
        }
    }

    /// Where each answer leads ([`Routing`]).
    pub fn routing(&self) -> &Routing {
        &self.routing
    }

    /// Every id of a question, in file order (for suggestions).
    pub fn question_ids(&self) -> Vec<String> {
        self.questions.iter().map(|q| q.id.clone()).collect()
    }
}

impl Map {
    /// The question whose options are the signals (verzuim, veiligheid, …): the
    /// first multiple-choice question on the way from the start (the map's own
    /// order), or else the first choice question. `None` when there is neither.
    pub fn signal_question(&self) -> Option<usize> {
        let questions: Vec<usize> = self
            .reachable(&[Node::Question(self.start)])
            .into_iter()
            .filter_map(|node| match node {
                Node::Question(q) => Some(q),
                Node::Advice(_) => None,
            })
            .collect();
        let first = |wanted: fn(&QuestionKind) -> bool| {
            questions
                .iter()
                .copied()
                .find(|&q| self.questions[q].answer_of.is_none() && wanted(&self.questions[q].kind))
        };
        first(|kind| matches!(kind, QuestionKind::MultiChoice(_)))
            .or_else(|| first(|kind| matches!(kind, QuestionKind::Choice(_))))
    }

    /// The options of the signal question, with the question's index.
    pub fn signals(&self) -> Option<(usize, &[Choice])> {
        let q = self.signal_question()?;
        match &self.questions[q].kind {
            QuestionKind::Choice(options) | QuestionKind::MultiChoice(options) => {
                Some((q, options.as_slice()))
            }
            _ => None,
        }
    }

    /// Every node reachable from `from` (included), each once, depth first in the
    /// map's order: a question, then where its answers lead, in option order.
    pub fn reachable(&self, from: &[Node]) -> Vec<Node> {
        let mut seen_question = vec![false; self.questions.len()];
        let mut seen_advice = vec![false; self.advices.len()];
        let mut order: Vec<Node> = Vec::new();
        let mut stack: Vec<Node> = from.iter().rev().copied().collect();
        while let Some(node) = stack.pop() {
            let seen = match node {
                Node::Question(q) => &mut seen_question[q],
                Node::Advice(a) => &mut seen_advice[a],
            };
            if std::mem::replace(seen, true) {
                continue;
            }
            order.push(node);
            if let Node::Question(q) = node {
                stack.extend(
                    crate::core::map::successors(&self.questions[q])
                        .into_iter()
                        .rev(),
                );
            }
        }
        order
    }
}

/// The questions that an answer to `question` can lead to.
pub fn successors(question: &Question) -> Vec<Node> {
    match &question.kind {
        QuestionKind::Choice(choices) | QuestionKind::MultiChoice(choices) => choices
            .iter()
            .flat_map(|c| c.next.iter().copied())
            .collect(),
        QuestionKind::Number { ranges, .. } => {
            ranges.iter().flat_map(|r| r.next.iter().copied()).collect()
        }
        QuestionKind::YesNo { yes, no } => yes.iter().chain(no).copied().collect(),
        QuestionKind::Gemeente { next, .. } => next.clone(),
    }
}
