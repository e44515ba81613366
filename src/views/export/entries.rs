//! One question's or advice's entry: its text, where each answer leads, the
//! contacts and who they are per gemeente.

use super::build::{Builder, answers};
use super::document::{Block, Item, Section};
use super::words::{date_words, kind_words};
use crate::core::map::{ContactTarget, GemeenteKind, InLang, Node, QuestionKind, RoleSource};
use crate::render::urgency_words;
use crate::t;

impl Builder<'_> {
    pub(super) fn question(&mut self, q: usize) -> Section {
        let (map, lang) = (self.map, self.lang);
        let question = &map.questions[q];
        let node = Node::Question(q);
        let number = self.outline.numbers[&node].clone();
        let mut body = Vec::new();
        let title = match question.answer_of {
            Some(p) => {
                let first = self.outline.numbers[&Node::Question(p)].as_str();
                body.push(Block::Text(t!(
                    lang,
                    "export-vraag-herhaald",
                    vraag = first
                )));
                t!(
                    lang,
                    "export-vraag-zelfde-antwoord",
                    vraag = first,
                    tekst = question.tekst.get(lang)
                )
            }
            None => {
                body.extend(question.uitleg.in_lang(lang).map(Block::Text));
                t!(lang, "export-vraag", tekst = question.tekst.get(lang))
            }
        };
        body.push(Block::Fields(vec![(
            t!(lang, "export-soort"),
            kind_words(&question.kind, lang),
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
                .map(|r| r.naam.get(lang))
                .collect();
            if !roles.is_empty() {
                body.push(Block::List {
                    label: Some(t!(lang, "export-bepaalt-rollen")),
                    numbered: false,
                    items: roles.into_iter().map(Item::new).collect(),
                });
            }
        }
        let items = answers(map, q, lang)
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
            label: Some(t!(lang, "export-antwoorden")),
            numbered: false,
            items,
        });
        let mut fields = Vec::new();
        if q == map.start {
            fields.push((t!(lang, "export-komt-van"), t!(lang, "export-eerste-vraag")));
        }
        fields.extend(self.comes_from(node));
        fields.push((t!(lang, "export-code"), question.id.clone()));
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
        let (map, lang) = (self.map, self.lang);
        let advice = &map.advices[a];
        let node = Node::Advice(a);
        let number = self.outline.numbers[&node].clone();
        let mut fields = vec![(
            t!(lang, "export-urgentie"),
            urgency_words(advice.urgency()).to_string(),
        )];
        if let Some(date) = &advice.geldig_tot {
            fields.push((t!(lang, "export-geldig-tot"), date_words(date, lang)));
        }
        let mut body = vec![Block::Fields(fields)];
        body.extend(advice.uitleg.in_lang(lang).map(Block::Text));
        body.push(Block::List {
            label: Some(t!(lang, "export-contacten")),
            numbered: true,
            items: advice
                .contacts
                .iter()
                .map(|c| {
                    let (name, who) = self.whom(c.target);
                    let mut lines = vec![who];
                    lines.extend(
                        c.waarom
                            .as_ref()
                            .map(|w| t!(lang, "export-waarom", waarom = w.get(lang))),
                    );
                    lines.extend(
                        c.termijn
                            .as_ref()
                            .map(|d| t!(lang, "export-termijn", termijn = d.get(lang))),
                    );
                    Item {
                        text: format!("{name} — {}", urgency_words(c.urgency)),
                        lines,
                    }
                })
                .collect(),
        });
        for (label, items, numbered) in [
            ("export-stappen", &advice.stappen, true),
            ("export-voorbereiden", &advice.voorbereiden, false),
            ("export-grondslag", &advice.grondslag, false),
        ] {
            if !items.is_empty() {
                body.push(Block::List {
                    label: Some(t!(lang, label)),
                    numbered,
                    items: items.iter().map(|i| Item::new(i.in_lang(lang))).collect(),
                });
            }
        }
        if !advice.milestones.is_empty() {
            body.push(Block::List {
                label: Some(t!(lang, "export-data-om-op-te-letten")),
                numbered: false,
                items: advice
                    .milestones
                    .iter()
                    .map(|m| Item {
                        text: m.tekst.in_lang(lang),
                        lines: vec![t!(
                            lang,
                            "export-datum-in-het-plan",
                            weken = m.weeks,
                            vraag = self.outline.numbers[&Node::Question(m.question)].as_str()
                        )],
                    })
                    .collect(),
            });
        }
        let titel = advice.titel.get(lang);
        let by = t!(
            lang,
            "export-naar-advies",
            nummer = number.as_str(),
            titel = titel
        );
        body.extend(self.source_list(&advice.bronnen, &by));
        let mut fields: Vec<(String, String)> = self.comes_from(node).into_iter().collect();
        fields.push((t!(lang, "export-code"), advice.id.clone()));
        body.push(Block::Fields(fields));
        Section {
            number,
            title: t!(lang, "export-advies", titel = titel),
            entry: true,
            body,
            children: Vec::new(),
        }
    }

    /// How an advice names a contact, and a line on who that is.
    pub(super) fn whom(&self, target: ContactTarget) -> (String, String) {
        let (map, lang) = (self.map, self.lang);
        match target {
            ContactTarget::Organisation(o) => {
                let org = &map.organisations[o];
                let number = self.directory.numbers[o].as_str();
                let who = match &org.telefoon {
                    Some(telefoon) => t!(
                        lang,
                        "export-zelfde-organisatie-telefoon",
                        telefoon = telefoon.as_str(),
                        nummer = number
                    ),
                    None => t!(lang, "export-zelfde-organisatie", nummer = number),
                };
                (org.naam.clone(), who)
            }
            ContactTarget::Role(r) => {
                let role = &map.roles[r];
                let gemeenten = self.directory.gemeenten.as_str();
                let (mut who, outside) = match role.bepaald_door {
                    RoleSource::Woongemeente => (
                        t!(lang, "export-wie-woongemeente", gemeenten = gemeenten),
                        "export-buiten-woongemeente",
                    ),
                    RoleSource::Schoolgemeente => (
                        t!(lang, "export-wie-schoolgemeente", gemeenten = gemeenten),
                        "export-buiten-schoolgemeente",
                    ),
                    RoleSource::Dossier => {
                        (t!(lang, "export-wie-dossier"), "export-buiten-deze-kaart")
                    }
                };
                if let Some(o) = role.outside_map {
                    who.push(' ');
                    who.push_str(&t!(
                        lang,
                        outside,
                        naam = map.organisations[o].naam.as_str(),
                        nummer = self.directory.numbers[o].as_str()
                    ));
                }
                (role.naam.in_lang(lang), who)
            }
        }
    }
}
