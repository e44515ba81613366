//! The changes as a table for people, as JSON and as CSV.

use super::change::{Change, Changes};
use crate::core::map::OTHER_GEMEENTE;
use crate::i18n::pick;
use crate::render::MapInfo;
use crate::render::table::{self, Styled};
use crate::tr;
use crate::views::Layout;

/// "versie 1.2.3 van 15-01-2026 (controlegetal 3f2a9c01)"; in English
/// "version 1.2.3 of 15 January 2026 (checksum 3f2a9c01)".
pub(super) fn describe(info: &MapInfo) -> String {
    let versie = &info.versie;
    let mut out = tr!("versie {versie}", "version {versie}");
    if let Some(date) = info
        .datum
        .as_deref()
        .and_then(crate::core::date::Date::parse)
    {
        out.push_str(&tr!(" van {date}", " of {date}"));
    }
    let controlegetal = &info.controlegetal;
    out.push_str(&tr!(
        " (controlegetal {controlegetal})",
        " (checksum {controlegetal})"
    ));
    out
}

/// The changes as tables for people: routes (or advices), then the directory
/// and the gemeenten; a line saying so when nothing changed.
pub fn table(changes: &Changes, layout: Layout) -> String {
    let lines = |list: &[Change]| {
        list.iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("\n")
    };
    let width = usize::from(layout.width);
    let naam = &changes.nieuw.naam;
    let (old, new) = (
        pick("  oud:   ", "  old:   "),
        pick("  nieuw: ", "  new:   "),
    );
    let mut out = format!(
        "{}{}{}\n",
        crate::core::text::wrap(&tr!("Verschil: {naam}", "Changes: {naam}"), width, "", ""),
        crate::core::text::wrap(&describe(&changes.oud), width, old, "         "),
        crate::core::text::wrap(&describe(&changes.nieuw), width, new, "         "),
    );
    if changes.per_route {
        if changes.routes.is_empty() {
            out.push_str(pick(
                "Geen route krijgt een ander plan.\n",
                "No route gets another plan.\n",
            ));
        } else {
            out.push_str(pick(
                "Routes met een ander plan\n\n",
                "Routes with another plan\n\n",
            ));
            let mut rows: Vec<Vec<Styled>> = Vec::new();
            for route in &changes.routes {
                let answers: Vec<String> = route
                    .antwoorden
                    .iter()
                    .map(|a| format!("{}: {}", a.vraag, a.label))
                    .collect();
                let gemeenten = if route.gemeenten.is_empty() {
                    pick("alle", "all").to_string()
                } else {
                    route
                        .gemeenten
                        .iter()
                        .map(|g| match g.as_str() {
                            OTHER_GEMEENTE => pick("buiten de kaart", "outside the map"),
                            id => id,
                        })
                        .collect::<Vec<_>>()
                        .join(", ")
                };
                rows.push(vec![
                    route.id.as_str().into(),
                    answers.join("\n").into(),
                    gemeenten.into(),
                    lines(&route.wijzigingen).into(),
                ]);
            }
            out.push_str(&table::render(
                &[
                    "Route",
                    pick("Antwoorden", "Answers"),
                    pick("Gemeenten", "Municipalities"),
                    pick("Wat verandert", "What changes"),
                ],
                &rows,
                layout,
            ));
        }
        let mut ids: Vec<&str> = changes.routes.iter().map(|r| r.id.as_str()).collect();
        ids.dedup();
        let (changed, same) = (
            crate::i18n::format::count(ids.len(), "route", "routes"),
            changes.routes_gelijk,
        );
        out.push_str(&tr!(
            "{changed} anders, {same} gelijk.\n",
            "{changed} changed, {same} the same.\n"
        ));
    } else {
        out.push_str(pick(
            "Een van de kaarten heeft te veel routes om een voor een te vergelijken (--max-routes); \
             hieronder per advies.\n\n",
            "One of the maps has too many routes to compare one by one (--max-routes); \
             below per advice.\n\n",
        ));
        if changes.adviezen.is_empty() {
            out.push_str(pick("Geen advies verandert.\n", "No advice changes.\n"));
        } else {
            let rows: Vec<Vec<Styled>> = changes
                .adviezen
                .iter()
                .map(|a| vec![a.advies.as_str().into(), lines(&a.wijzigingen).into()])
                .collect();
            out.push_str(&table::render(
                &[
                    pick("Advies", "Advice"),
                    pick("Wat verandert", "What changes"),
                ],
                &rows,
                layout,
            ));
        }
    }
    for (title, entries) in [
        (pick("Adressenlijst", "Directory"), &changes.adressenlijst),
        (pick("Rollen", "Roles"), &changes.rollen),
        (
            pick("Gemeenten en hun rollen", "Municipalities and their roles"),
            &changes.gemeenten,
        ),
    ] {
        if entries.is_empty() {
            continue;
        }
        out.push_str(&format!("\n{title}\n\n"));
        let rows: Vec<Vec<Styled>> = entries
            .iter()
            .map(|e| {
                vec![
                    e.id.as_str().into(),
                    e.naam.as_str().into(),
                    lines(&e.wijzigingen).into(),
                ]
            })
            .collect();
        out.push_str(&table::render(
            &[
                "Id",
                pick("Naam", "Name"),
                pick("Wat verandert", "What changes"),
            ],
            &rows,
            layout,
        ));
    }
    out
}

/// The changes as JSON.
pub fn json(changes: &Changes) -> String {
    serde_json::to_string_pretty(changes).expect("plain data serialises") + "\n"
}

/// The changes as CSV: one line per change, with where it is. Headers, `waar`
/// and `soort` are JSON's in every language.
pub fn csv(changes: &Changes) -> String {
    let mut rows: Vec<Vec<String>> = Vec::new();
    let mut push = |waar: &str, id: &str, context: String, gemeenten: String, change: &Change| {
        rows.push(vec![
            waar.to_string(),
            id.to_string(),
            context,
            gemeenten,
            serde_json::to_value(change.soort)
                .ok()
                .and_then(|v| v.as_str().map(str::to_string))
                .unwrap_or_default(),
            change.onderwerp.clone().unwrap_or_default(),
            change.was.clone().unwrap_or_default(),
            change.wordt.clone().unwrap_or_default(),
        ]);
    };
    for route in &changes.routes {
        let answers: Vec<String> = route
            .antwoorden
            .iter()
            .map(|a| format!("{}={}", a.vraag, a.antwoord))
            .collect();
        for change in &route.wijzigingen {
            push(
                "route",
                &route.id,
                answers.join(" "),
                route.gemeenten.join(" "),
                change,
            );
        }
    }
    for advice in &changes.adviezen {
        for change in &advice.wijzigingen {
            push(
                "advies",
                &advice.advies,
                String::new(),
                String::new(),
                change,
            );
        }
    }
    for (waar, entries) in [
        ("organisatie", &changes.adressenlijst),
        ("rol", &changes.rollen),
        ("gemeente", &changes.gemeenten),
    ] {
        for entry in entries {
            for change in &entry.wijzigingen {
                push(waar, &entry.id, entry.naam.clone(), String::new(), change);
            }
        }
    }
    crate::render::csv::render(
        &[
            "waar",
            "id",
            "antwoorden_of_naam",
            "gemeenten",
            "soort",
            "onderwerp",
            "was",
            "wordt",
        ],
        &rows,
    )
}
