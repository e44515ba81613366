//! Resolving `adviezen.yaml`: each advice's texts, contacts, milestones and
//! urgency.

use super::resolver::Resolver;
use crate::core::diagnostic::DiagnosticKind;
use crate::core::fast_map::FastMap;
use crate::core::ids::IdKind;
use crate::core::map::{
    Advice, Contact, ContactTarget, Milestone, Node, Question, QuestionKind, Words,
};
use crate::core::model;
use crate::core::source::Location;
use crate::core::text::clean;
use serde_saphyr::Spanned;

impl Resolver {
    pub(super) fn advice(
        &mut self,
        file: &str,
        a: &model::Advice,
        roles: &FastMap<String, usize>,
        orgs: &FastMap<String, usize>,
        nodes: &FastMap<String, Node>,
        questions: &[Question],
    ) -> Advice {
        if a.contacten.value.is_empty() {
            self.error(
                DiagnosticKind::NoContacts {
                    advice: a.id.value.clone(),
                },
                Location::of(file, &a.contacten),
            );
        }
        let contacts = a
            .contacten
            .value
            .iter()
            .filter_map(|c| {
                let location = c
                    .rol
                    .as_ref()
                    .or(c.organisatie.as_ref())
                    .and_then(|s| Location::of(file, s));
                let target = match (&c.rol, &c.organisatie) {
                    (Some(role), None) => {
                        ContactTarget::Role(self.reference(file, IdKind::Role, roles, role)?)
                    }
                    (None, Some(org)) => ContactTarget::Organisation(self.reference(
                        file,
                        IdKind::Organisation,
                        orgs,
                        org,
                    )?),
                    (role, org) => {
                        let at = role
                            .as_ref()
                            .or(org.as_ref())
                            .and_then(|s| Location::of(file, s))
                            .or_else(|| Location::of(file, &a.contacten));
                        self.error(
                            DiagnosticKind::ContactRoleOrOrganisation {
                                advice: a.id.value.clone(),
                            },
                            at,
                        );
                        return None;
                    }
                };
                let owner = Some((IdKind::Advice, a.id.value.as_str()));
                Some(Contact {
                    target,
                    urgency: c.urgentie,
                    waarom: self.optional_text(file, owner, "waarom", &c.waarom),
                    termijn: self.optional_text(file, owner, "termijn", &c.termijn),
                    location,
                })
            })
            .collect();
        let milestones = a
            .mijlpalen
            .iter()
            .filter_map(|m| {
                // Counted from the question that is asked (its `antwoord_van`, if any).
                let question = match self.reference(file, IdKind::Node, nodes, &m.vraag)? {
                    Node::Question(q) => Some(questions[q].asked(q)),
                    Node::Advice(_) => None,
                };
                let in_weeks = |q: &usize| {
                    matches!(&questions[*q].kind, QuestionKind::Number { .. })
                        && self.in_weeks.get(*q).copied().unwrap_or(false)
                };
                let Some(question) = question.filter(in_weeks).filter(|_| m.na_weken > 0) else {
                    self.error(
                        DiagnosticKind::MilestoneQuestion {
                            advice: a.id.value.clone(),
                            question: m.vraag.value.clone(),
                        },
                        Location::of(file, &m.vraag),
                    );
                    return None;
                };
                let owner = Some((IdKind::Advice, a.id.value.as_str()));
                Some(Milestone {
                    question,
                    weeks: m.na_weken,
                    tekst: self.text(file, owner, "tekst", &m.tekst),
                })
            })
            .collect();
        if let Some(date) = &a.geldig_tot {
            self.date(file, date);
        }
        let clean_all = |items: &[String]| items.iter().map(|s| clean(s)).collect();
        let owner = Some((IdKind::Advice, a.id.value.as_str()));
        let mut texts = |field: &'static str, items: &[Spanned<model::Text>]| -> Vec<Words> {
            items
                .iter()
                .map(|t| self.text(file, owner, field, t))
                .collect()
        };
        let stappen = texts("stappen", &a.stappen);
        let voorbereiden = texts("voorbereiden", &a.voorbereiden);
        let grondslag = texts("grondslag", &a.grondslag);
        Advice {
            id: a.id.value.clone(),
            titel: self.text(file, owner, "titel", &a.titel),
            uitleg: self.optional_text(file, owner, "uitleg", &a.uitleg),
            contacts,
            stappen,
            voorbereiden,
            grondslag,
            bronnen: clean_all(&a.bronnen),
            milestones,
            geldig_tot: a.geldig_tot.as_ref().map(|d| d.value.clone()),
            geldig_tot_location: a.geldig_tot.as_ref().and_then(|d| Location::of(file, d)),
            location: Location::of(file, &a.id),
        }
    }
}
