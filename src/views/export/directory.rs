//! Chapters 4 and 5: the directory per gemeente, the organisations and the
//! roles, and the sources in the order the document first cites them. The
//! numbers come from [`super::outline`].

use super::build::Builder;
use super::document::{Block, Item, Section};
use super::outline::{DIRECTORY, SOURCES, direct_advices, national_organisations, outside_roles};
use super::words::{and_list, checked_fields, date_words, for_outside_pupil};
use crate::core::map::{Node, Organisation, RoleSource};
use crate::i18n::pick;
use crate::tr;

impl Builder<'_> {
    pub(super) fn directory_chapter(&mut self) -> Section {
        let map = self.map;
        let mut children = vec![self.roles_section()];
        for (g, gemeente) in map.gemeenten.iter().enumerate() {
            let rows = map
                .roles
                .iter()
                .enumerate()
                .filter(|(_, role)| role.bepaald_door != RoleSource::Dossier)
                .map(|(r, role)| {
                    let whose = match role.bepaald_door {
                        RoleSource::Schoolgemeente => format!("school in {}", gemeente.naam),
                        _ => {
                            let naam = &gemeente.naam;
                            tr!("woont in {naam}", "lives in {naam}")
                        }
                    };
                    let role_cell = format!("{}\n({whose})", role.naam);
                    match gemeente.roles.get(&r) {
                        Some(&o) => vec![role_cell, self.organisation_cell(o)],
                        None => vec![
                            role_cell,
                            pick(
                                "Niet ingevuld: vraag het na bij de gemeente.",
                                "Not filled in: ask the municipality.",
                            )
                            .into(),
                        ],
                    }
                })
                .collect();
            children.push(Section {
                number: format!("{DIRECTORY}.{}", g + 2),
                title: gemeente.naam.clone(),
                entry: false,
                body: vec![
                    Block::Text({
                        let naam = &gemeente.naam;
                        tr!(
                            "Voor een leerling die in {naam} woont, en voor een school in {naam}.",
                            "For a pupil who lives in {naam}, and for a school in {naam}."
                        )
                    }),
                    Block::Table {
                        header: vec![
                            pick("Rol", "Role").into(),
                            pick("Organisatie en contact", "Organisation and contact").into(),
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
                            let numbers = and_list(&numbers);
                            tr!("In advies {numbers}", "In advice {numbers}")
                        })
                        .into_iter()
                        .collect();
                    when.extend(
                        outside_roles(map, o)
                            .into_iter()
                            .map(|r| for_outside_pupil(&map.roles[r].naam)),
                    );
                    vec![when.join("\n"), self.organisation_cell(o)]
                })
                .collect();
            children.push(Section {
                number: number.clone(),
                title: pick(
                    "Landelijk en buiten de kaart",
                    "National and outside the map",
                )
                .into(),
                entry: false,
                body: vec![
                    Block::Text(
                        pick(
                            "Deze organisaties zijn voor elke gemeente dezelfde: een advies noemt \
                             ze direct, of een rol noemt ze voor een leerling die buiten deze \
                             kaart woont.",
                            "These organisations are the same for every municipality: an advice \
                             names them directly, or a role names them for a pupil who lives \
                             outside this map.",
                        )
                        .into(),
                    ),
                    Block::Table {
                        header: vec![
                            pick("Wanneer", "When").into(),
                            pick("Organisatie en contact", "Organisation and contact").into(),
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
            title: pick("Alle organisaties", "All organisations").into(),
            entry: false,
            body: vec![Block::Text(
                pick(
                    "Elke organisatie van de kaart met alle gegevens die een bron gaf. Ontbreekt \
                     een telefoonnummer of e-mailadres, dan zegt de opmerking hoe u de \
                     organisatie wel bereikt.",
                    "Every organisation of the map with all the data a source gave. Where a \
                     phone number or e-mail address is missing, the note says how to reach the \
                     organisation instead.",
                )
                .into(),
            )],
            children: organisations,
        });
        Section {
            number: DIRECTORY.into(),
            title: pick("Adressenlijst per gemeente", "Directory per municipality").into(),
            entry: false,
            body: vec![Block::Text({
                let all = &self.directory.all;
                tr!(
                    "Een advies noemt meestal een rol; welke organisatie die rol vervult, hangt \
                     af van de gemeente. Rollen van de woongemeente gelden voor een leerling die \
                     in die gemeente woont (inschrijving in de BRP), rollen van de \
                     schoolgemeente voor een school in die gemeente. Alle gegevens per \
                     organisatie staan in {all}.",
                    "An advice usually names a role; which organisation fills that role depends \
                     on the municipality. Roles of the home municipality hold for a pupil who \
                     lives there (registered in the BRP, the population register), roles of the \
                     school's municipality for a school there. All data per organisation are \
                     in {all}."
                )
            })],
            children,
        }
    }

    /// The roles: who decides which organisation fills each.
    pub(super) fn roles_section(&self) -> Section {
        let map = self.map;
        let rows = map
            .roles
            .iter()
            .map(|role| {
                let decides = match role.bepaald_door {
                    RoleSource::Woongemeente => pick(
                        "de woongemeente van de leerling (BRP)",
                        "the pupil's home municipality (BRP)",
                    ),
                    RoleSource::Schoolgemeente => {
                        pick("de gemeente van de school", "the school's municipality")
                    }
                    RoleSource::Dossier => pick(
                        "het dossier van de leerling (niet in deze kaart)",
                        "the pupil's dossier (not in this map)",
                    ),
                };
                let mut notes: Vec<String> = role.uitleg.iter().cloned().collect();
                if let Some(o) = role.outside_map {
                    let (naam, number) = (&map.organisations[o].naam, &self.directory.numbers[o]);
                    notes.push(tr!(
                        "Buiten deze kaart: {naam} ({number}).",
                        "Outside this map: {naam} ({number})."
                    ));
                }
                vec![role.naam.clone(), decides.to_string(), notes.join("\n")]
            })
            .collect();
        Section {
            number: format!("{DIRECTORY}.1"),
            title: pick("De rollen", "The roles").into(),
            entry: false,
            body: vec![Block::Table {
                header: vec![
                    pick("Rol", "Role").into(),
                    pick("Wie telt", "Decided by").into(),
                    pick("Toelichting", "Explanation").into(),
                ],
                rows,
            }],
            children: Vec::new(),
        }
    }

    /// An organisation in a directory table: its name and number, then how to
    /// reach it, a line per field.
    pub(super) fn organisation_cell(&self, o: usize) -> String {
        let org = &self.map.organisations[o];
        let mut lines = vec![format!("{} ({})", org.naam, self.directory.numbers[o])];
        lines.extend(org.telefoon.as_ref().map(|t| format!("Tel. {t}")));
        lines.extend(org.email.iter().cloned());
        lines.extend(org.website.iter().cloned());
        lines.extend(
            org.openingstijden
                .as_ref()
                .map(|t| tr!("Bereikbaar: {t}", "Hours: {t}")),
        );
        if lines.len() == 1 {
            lines.push(
                pick(
                    "Geen telefoon, e-mail of website.",
                    "No phone, e-mail or website.",
                )
                .into(),
            );
        }
        if org.opmerking.is_some() {
            let number = &self.directory.numbers[o];
            lines.push(tr!("Let op: zie {number}.", "Note: see {number}."));
        }
        lines.extend(
            checked_fields(org)
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
        let map = self.map;
        let org: &Organisation = &map.organisations[o];
        let number = self.directory.numbers[o].clone();
        let mut fields: Vec<(String, String)> = Vec::new();
        let optional = [
            (pick("Soort", "Kind"), &org.soort),
            (pick("Telefoon", "Phone"), &org.telefoon),
            ("E-mail", &org.email),
            ("Website", &org.website),
            (pick("Bereikbaar", "Hours"), &org.openingstijden),
            (pick("Let op", "Note"), &org.opmerking),
        ];
        for (label, value) in optional {
            fields.extend(value.clone().map(|v| (label.to_string(), v)));
        }
        fields.extend(
            checked_fields(org)
                .into_iter()
                .map(|(label, date)| (label.to_string(), date)),
        );
        if let Some(date) = &org.geldig_tot {
            fields.push((pick("Geldig tot", "Valid until").into(), date_words(date)));
        }
        fields.push(("Code".into(), org.id.clone()));
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
                uses.push(Item::new(format!("{} in {}", role.naam, and_list(&names))));
            }
            if role.outside_map == Some(o) {
                uses.push(Item::new(for_outside_pupil(&role.naam)));
            }
        }
        if let Some(numbers) = self.direct_numbers(o) {
            let numbers = and_list(&numbers);
            uses.push(Item::new(tr!(
                "Genoemd in advies {numbers}",
                "Named in advice {numbers}"
            )));
        }
        if uses.is_empty() {
            uses.push(Item::new(pick(
                "Nergens gebruikt in deze kaart",
                "Not used anywhere in this map",
            )));
        }
        body.push(Block::List {
            label: Some(pick("In deze kaart", "In this map").into()),
            numbered: false,
            items: uses,
        });
        let naam = &org.naam;
        let by = tr!(
            "organisatie {number}: {naam}",
            "organisation {number}: {naam}"
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
        let body = if self.sources.is_empty() {
            vec![Block::Text(
                pick(
                    "Deze kaart noemt geen bronnen.",
                    "This map names no sources.",
                )
                .into(),
            )]
        } else {
            vec![
                Block::Text(
                    pick(
                        "Elke bron één keer, in de volgorde waarin deze afdruk haar noemt, met de \
                         adviezen en organisaties die haar noemen. Een datum tussen haakjes is \
                         de datum van de pagina.",
                        "Each source once, in the order this printout first names it, with the \
                         advice and organisations that name it. A date in brackets is the date \
                         of the page.",
                    )
                    .into(),
                ),
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
                                .map(|by| tr!("bij {by}", "in {by}"))
                                .collect(),
                        })
                        .collect(),
                },
            ]
        };
        Section {
            number: SOURCES.into(),
            title: pick("Bronnen", "Sources").into(),
            entry: false,
            body,
            children: Vec::new(),
        }
    }
}
