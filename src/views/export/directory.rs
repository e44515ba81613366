//! Chapters 4 and 5: the directory per gemeente, the organisations and the
//! roles, and the sources in the order the document first cites them. The
//! numbers come from [`super::outline`].

use super::build::Builder;
use super::document::{Block, Item, Section};
use super::outline::{DIRECTORY, SOURCES, direct_advices, national_organisations, outside_roles};
use super::words::{and_list, checked_fields, date_words, for_outside_pupil};
use crate::core::map::{InLang, Node, Organisation, RoleSource};
use crate::t;

impl Builder<'_> {
    pub(super) fn directory_chapter(&mut self) -> Section {
        let (map, lang) = (self.map, self.lang);
        let mut children = vec![self.roles_section()];
        for (g, gemeente) in map.gemeenten.iter().enumerate() {
            let rows = map
                .roles
                .iter()
                .enumerate()
                .filter(|(_, role)| role.bepaald_door != RoleSource::Dossier)
                .map(|(r, role)| {
                    let naam = gemeente.naam.as_str();
                    let whose = match role.bepaald_door {
                        RoleSource::Schoolgemeente => t!(lang, "export-school-in", gemeente = naam),
                        _ => t!(lang, "export-woont-in", gemeente = naam),
                    };
                    let role_cell = format!("{}\n({whose})", role.naam.get(lang));
                    match gemeente.roles.get(&r) {
                        Some(&o) => vec![role_cell, self.organisation_cell(o)],
                        None => vec![role_cell, t!(lang, "export-niet-ingevuld")],
                    }
                })
                .collect();
            children.push(Section {
                number: format!("{DIRECTORY}.{}", g + 2),
                title: gemeente.naam.clone(),
                entry: false,
                body: vec![
                    Block::Text(t!(
                        lang,
                        "export-gemeente-uitleg",
                        gemeente = gemeente.naam.as_str()
                    )),
                    Block::Table {
                        header: vec![
                            t!(lang, "export-kolom-rol"),
                            t!(lang, "export-kolom-organisatie-en-contact"),
                        ],
                        rows,
                    },
                ],
                children: Vec::new(),
            });
        }
        if let Some(number) = &self.directory.national {
            let rows = national_organisations(map)
                .into_iter()
                .map(|o| {
                    let mut when: Vec<String> = self
                        .direct_numbers(o)
                        .map(|numbers| {
                            t!(
                                lang,
                                "export-in-advies",
                                adviezen = and_list(&numbers, lang)
                            )
                        })
                        .into_iter()
                        .collect();
                    when.extend(
                        outside_roles(map, o)
                            .into_iter()
                            .map(|r| for_outside_pupil(map.roles[r].naam.get(lang), lang)),
                    );
                    vec![when.join("\n"), self.organisation_cell(o)]
                })
                .collect();
            children.push(Section {
                number: number.clone(),
                title: t!(lang, "export-landelijk-titel"),
                entry: false,
                body: vec![
                    Block::Text(t!(lang, "export-landelijk-uitleg")),
                    Block::Table {
                        header: vec![
                            t!(lang, "export-kolom-wanneer"),
                            t!(lang, "export-kolom-organisatie-en-contact"),
                        ],
                        rows,
                    },
                ],
                children: Vec::new(),
            });
        }
        let organisations = (0..map.organisations.len())
            .map(|o| self.organisation(o))
            .collect();
        children.push(Section {
            number: self.directory.all.clone(),
            title: t!(lang, "export-alle-organisaties-titel"),
            entry: false,
            body: vec![Block::Text(t!(lang, "export-alle-organisaties-uitleg"))],
            children: organisations,
        });
        Section {
            number: DIRECTORY.into(),
            title: t!(lang, "export-adressenlijst-titel"),
            entry: false,
            body: vec![Block::Text(t!(
                lang,
                "export-adressenlijst-uitleg",
                alle = self.directory.all.as_str()
            ))],
            children,
        }
    }

    /// The roles: who decides which organisation fills each.
    pub(super) fn roles_section(&self) -> Section {
        let (map, lang) = (self.map, self.lang);
        let rows = map
            .roles
            .iter()
            .map(|role| {
                let decides = t!(
                    lang,
                    match role.bepaald_door {
                        RoleSource::Woongemeente => "export-telt-woongemeente",
                        RoleSource::Schoolgemeente => "export-telt-schoolgemeente",
                        RoleSource::Dossier => "export-telt-dossier",
                    }
                );
                let mut notes: Vec<String> = role.uitleg.in_lang(lang).into_iter().collect();
                if let Some(o) = role.outside_map {
                    notes.push(t!(
                        lang,
                        "export-buiten-deze-kaart",
                        naam = map.organisations[o].naam.as_str(),
                        nummer = self.directory.numbers[o].as_str()
                    ));
                }
                vec![role.naam.in_lang(lang), decides, notes.join("\n")]
            })
            .collect();
        Section {
            number: format!("{DIRECTORY}.1"),
            title: t!(lang, "export-rollen-titel"),
            entry: false,
            body: vec![Block::Table {
                header: vec![
                    t!(lang, "export-kolom-rol"),
                    t!(lang, "export-kolom-wie-telt"),
                    t!(lang, "export-kolom-toelichting"),
                ],
                rows,
            }],
            children: Vec::new(),
        }
    }

    /// An organisation in a directory table: its name and number, then how to
    /// reach it, a line per field.
    pub(super) fn organisation_cell(&self, o: usize) -> String {
        let lang = self.lang;
        let org = &self.map.organisations[o];
        let mut lines = vec![format!("{} ({})", org.naam, self.directory.numbers[o])];
        lines.extend(
            org.telefoon
                .as_ref()
                .map(|tel| t!(lang, "export-tel", telefoon = tel.as_str())),
        );
        lines.extend(org.email.iter().cloned());
        lines.extend(org.website.iter().cloned());
        lines.extend(
            org.openingstijden
                .as_ref()
                .map(|hours| t!(lang, "export-bereikbaar-op", tijden = hours.get(lang))),
        );
        if lines.len() == 1 {
            lines.push(t!(lang, "export-geen-contact"));
        }
        if org.opmerking.is_some() {
            let number = self.directory.numbers[o].as_str();
            lines.push(t!(lang, "export-let-op-zie", nummer = number));
        }
        lines.extend(
            checked_fields(org, lang)
                .into_iter()
                .map(|(label, date)| format!("{label}: {date}")),
        );
        lines.join("\n")
    }

    /// The numbers of the advices that name organisation `o` directly, in
    /// reading order; `None` when there are none.
    pub(super) fn direct_numbers(&self, o: usize) -> Option<Vec<String>> {
        let mut advices: Vec<Node> = direct_advices(self.map, o)
            .into_iter()
            .map(Node::Advice)
            .collect();
        advices.sort_by_key(|node| self.outline.position[node]);
        let numbers: Vec<String> = advices
            .iter()
            .map(|node| self.outline.numbers[node].clone())
            .collect();
        (!numbers.is_empty()).then_some(numbers)
    }

    /// One organisation in full.
    pub(super) fn organisation(&mut self, o: usize) -> Section {
        let (map, lang) = (self.map, self.lang);
        let org: &Organisation = &map.organisations[o];
        let number = self.directory.numbers[o].clone();
        let mut fields: Vec<(String, String)> = Vec::new();
        let optional = [
            ("export-soort", org.soort.in_lang(lang)),
            ("export-telefoon", org.telefoon.clone()),
            ("export-email", org.email.clone()),
            ("export-website", org.website.clone()),
            ("export-bereikbaar", org.openingstijden.in_lang(lang)),
            ("export-let-op", org.opmerking.in_lang(lang)),
        ];
        for (label, value) in optional {
            fields.extend(value.map(|v| (t!(lang, label), v)));
        }
        fields.extend(checked_fields(org, lang));
        if let Some(date) = &org.geldig_tot {
            fields.push((t!(lang, "export-geldig-tot"), date_words(date, lang)));
        }
        fields.push((t!(lang, "export-code"), org.id.clone()));
        let mut body = vec![Block::Fields(fields)];
        let mut uses: Vec<Item> = Vec::new();
        for (r, role) in map.roles.iter().enumerate() {
            let names: Vec<String> = map
                .gemeenten
                .iter()
                .filter(|g| g.roles.get(&r) == Some(&o))
                .map(|g| g.naam.clone())
                .collect();
            if !names.is_empty() {
                uses.push(Item::new(t!(
                    lang,
                    "export-rol-in",
                    rol = role.naam.get(lang),
                    gemeenten = and_list(&names, lang)
                )));
            }
            if role.outside_map == Some(o) {
                uses.push(Item::new(for_outside_pupil(role.naam.get(lang), lang)));
            }
        }
        if let Some(numbers) = self.direct_numbers(o) {
            uses.push(Item::new(t!(
                lang,
                "export-genoemd-in-advies",
                adviezen = and_list(&numbers, lang)
            )));
        }
        if uses.is_empty() {
            uses.push(Item::new(t!(lang, "export-nergens-gebruikt")));
        }
        body.push(Block::List {
            label: Some(t!(lang, "export-in-deze-kaart")),
            numbered: false,
            items: uses,
        });
        let by = t!(
            lang,
            "export-naar-organisatie",
            nummer = number.as_str(),
            naam = org.naam.as_str()
        );
        body.extend(self.source_list(&org.bronnen, &by));
        Section {
            number,
            title: org.naam.clone(),
            entry: true,
            body,
            children: Vec::new(),
        }
    }

    pub(super) fn sources_chapter(&mut self) -> Section {
        let lang = self.lang;
        let body = if self.sources.is_empty() {
            vec![Block::Text(t!(lang, "export-geen-bronnen"))]
        } else {
            vec![
                Block::Text(t!(lang, "export-bronnen-uitleg")),
                Block::List {
                    label: None,
                    numbered: false,
                    items: self
                        .sources
                        .iter()
                        .enumerate()
                        .map(|(i, source)| Item {
                            text: format!("[{}] {}", i + 1, source.text),
                            lines: source
                                .cited_by
                                .iter()
                                .map(|by| t!(lang, "export-bron-bij", door = by.as_str()))
                                .collect(),
                        })
                        .collect(),
                },
            ]
        };
        Section {
            number: SOURCES.into(),
            title: t!(lang, "export-bronnen"),
            entry: false,
            body,
            children: Vec::new(),
        }
    }
}
