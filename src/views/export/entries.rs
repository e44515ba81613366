//! One question's or advice's entry: its text, where each answer leads, the
//! contacts and who they are per gemeente.

use super::build::{Builder, answers};
use super::document::{Block, Item, Section};
use super::words::{date_words, kind_words};
use crate::core::map::{ContactTarget, GemeenteKind, Node, QuestionKind, RoleSource};
use crate::i18n::pick;
use crate::render::urgency_words;
use crate::tr;

impl Builder<'_> {
    pub(super) fn question(&mut self, q: usize) -> Section {
        let map = self.map;
        let question = &map.questions[q];
        let node = Node::Question(q);
        let number = self.outline.numbers[&node].clone();
        let mut body = Vec::new();
        let title = match question.answer_of {
            Some(p) => {
                let first = &self.outline.numbers[&Node::Question(p)];
                body.push(Block::Text(tr!(
                    "Deze vraag wordt niet opnieuw gesteld: de route gebruikt het antwoord op \
                     vraag {first}. Is die vraag nog niet beantwoord, dan wordt ze hier gesteld.",
                    "This question is not asked again: the route uses the answer to question \
                     {first}. If that question has not been answered yet, it is asked here."
                )));
                let tekst = &question.tekst;
                tr!(
                    "Vraag (zelfde antwoord als {first}): {tekst}",
                    "Question (same answer as {first}): {tekst}"
                )
            }
            None => {
                body.extend(question.uitleg.clone().map(Block::Text));
                let tekst = &question.tekst;
                tr!("Vraag: {tekst}", "Question: {tekst}")
            }
        };
        body.push(Block::Fields(vec![(
            pick("Soort", "Kind").to_string(),
            kind_words(&question.kind),
        )]));
        if let QuestionKind::Gemeente { kind, .. } = &question.kind {
            let source = match kind {
                GemeenteKind::Woongemeente => RoleSource::Woongemeente,
                GemeenteKind::Schoolgemeente => RoleSource::Schoolgemeente,
            };
            let roles: Vec<&str> = map
                .roles
                .iter()
                .filter(|r| r.bepaald_door == source)
                .map(|r| r.naam.as_str())
                .collect();
            if !roles.is_empty() {
                body.push(Block::List {
                    label: Some(
                        pick(
                            "Bepaalt wie deze rollen vervult",
                            "Decides who fills these roles",
                        )
                        .into(),
                    ),
                    numbered: false,
                    items: roles.into_iter().map(Item::new).collect(),
                });
            }
        }
        let items = answers(map, q)
            .into_iter()
            .map(|answer| Item {
                text: answer.label,
                lines: answer
                    .uitleg
                    .map(str::to_string)
                    .into_iter()
                    .chain(self.arrows(answer.targets))
                    .collect(),
            })
            .collect();
        body.push(Block::List {
            label: Some(pick("Antwoorden", "Answers").into()),
            numbered: false,
            items,
        });
        let mut fields = Vec::new();
        if q == map.start {
            fields.push((
                pick("Komt van", "Comes from").into(),
                pick(
                    "de eerste vraag van elke route",
                    "the first question of every route",
                )
                .into(),
            ));
        }
        fields.extend(self.comes_from(node));
        fields.push(("Code".into(), question.id.clone()));
        body.push(Block::Fields(fields));
        Section {
            number,
            title,
            entry: true,
            body,
            children: Vec::new(),
        }
    }

    pub(super) fn advice(&mut self, a: usize) -> Section {
        let map = self.map;
        let advice = &map.advices[a];
        let node = Node::Advice(a);
        let number = self.outline.numbers[&node].clone();
        let mut fields = vec![(
            pick("Urgentie", "Urgency").to_string(),
            urgency_words(advice.urgency()).to_string(),
        )];
        if let Some(date) = &advice.geldig_tot {
            fields.push((pick("Geldig tot", "Valid until").into(), date_words(date)));
        }
        let mut body = vec![Block::Fields(fields)];
        body.extend(advice.uitleg.clone().map(Block::Text));
        body.push(Block::List {
            label: Some(pick("Contacten", "Contacts").into()),
            numbered: true,
            items: advice
                .contacts
                .iter()
                .map(|c| {
                    let (name, who) = self.whom(c.target);
                    let mut lines = vec![who];
                    lines.extend(c.waarom.as_ref().map(|w| tr!("Waarom: {w}", "Why: {w}")));
                    lines.extend(
                        c.termijn
                            .as_ref()
                            .map(|t| tr!("Termijn: {t}", "Deadline: {t}")),
                    );
                    Item {
                        text: format!("{name} — {}", urgency_words(c.urgency)),
                        lines,
                    }
                })
                .collect(),
        });
        for (label, items, numbered) in [
            (pick("Stappen", "Steps"), &advice.stappen, true),
            (pick("Voorbereiden", "Prepare"), &advice.voorbereiden, false),
            (pick("Grondslag", "Legal basis"), &advice.grondslag, false),
        ] {
            if !items.is_empty() {
                body.push(Block::List {
                    label: Some(label.into()),
                    numbered,
                    items: items.iter().map(|i| Item::new(i.clone())).collect(),
                });
            }
        }
        if !advice.milestones.is_empty() {
            body.push(Block::List {
                label: Some(pick("Data om op te letten", "Dates to watch").into()),
                numbered: false,
                items: advice
                    .milestones
                    .iter()
                    .map(|m| Item {
                        text: m.tekst.clone(),
                        lines: vec![{
                            let weeks = m.weeks;
                            let number = &self.outline.numbers[&Node::Question(m.question)];
                            tr!(
                                "Datum in het plan: {weeks} weken na het begin dat vraag \
                                 {number} opgeeft.",
                                "Date in the plan: {weeks} weeks after the start that question \
                                 {number} gives."
                            )
                        }],
                    })
                    .collect(),
            });
        }
        let titel = &advice.titel;
        let by = tr!("advies {number}: {titel}", "advice {number}: {titel}");
        body.extend(self.source_list(&advice.bronnen, &by));
        let mut fields: Vec<(String, String)> = self.comes_from(node).into_iter().collect();
        fields.push(("Code".into(), advice.id.clone()));
        body.push(Block::Fields(fields));
        Section {
            number,
            title: tr!("Advies: {titel}", "Advice: {titel}"),
            entry: true,
            body,
            children: Vec::new(),
        }
    }

    /// How an advice names a contact, and a line on who that is.
    pub(super) fn whom(&self, target: ContactTarget) -> (String, String) {
        let map = self.map;
        match target {
            ContactTarget::Organisation(o) => {
                let org = &map.organisations[o];
                let mut who = pick(
                    "Dezelfde organisatie voor elke gemeente",
                    "The same organisation for every municipality",
                )
                .to_string();
                if let Some(telefoon) = &org.telefoon {
                    who.push_str(&tr!(", telefoon {telefoon}", ", phone {telefoon}"));
                }
                let number = &self.directory.numbers[o];
                who.push_str(&tr!("; zie {number}.", "; see {number}."));
                (org.naam.clone(), who)
            }
            ContactTarget::Role(r) => {
                let role = &map.roles[r];
                let gemeenten = &self.directory.gemeenten;
                let (mut who, outside) = match role.bepaald_door {
                    RoleSource::Woongemeente => (
                        tr!(
                            "Wie dit is, hangt af van de woongemeente van de leerling: zie \
                             {gemeenten}.",
                            "Who this is depends on the pupil's home municipality: see \
                             {gemeenten}."
                        ),
                        pick(
                            "Woont de leerling buiten deze kaart",
                            "If the pupil lives outside this map",
                        ),
                    ),
                    RoleSource::Schoolgemeente => (
                        tr!(
                            "Wie dit is, hangt af van de gemeente van de school: zie {gemeenten}.",
                            "Who this is depends on the school's municipality: see {gemeenten}."
                        ),
                        pick(
                            "Staat de school buiten deze kaart",
                            "If the school is outside this map",
                        ),
                    ),
                    RoleSource::Dossier => (
                        pick(
                            "Iemand die de school kent uit het dossier van de leerling; deze \
                             kaart noemt geen naam of nummer.",
                            "Someone the school knows from the pupil's dossier; this map names \
                             no name or number.",
                        )
                        .to_string(),
                        pick("Buiten deze kaart", "Outside this map"),
                    ),
                };
                if let Some(o) = role.outside_map {
                    who.push_str(&format!(
                        " {outside}: {} ({}).",
                        map.organisations[o].naam, self.directory.numbers[o]
                    ));
                }
                (role.naam.clone(), who)
            }
        }
    }
}
