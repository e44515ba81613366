//! The changes as a table for people, as JSON and as CSV.

use super::change::{Change, Changes};
use crate::core::map::OTHER_GEMEENTE;
use crate::i18n::Lang;
use crate::render::MapInfo;
use crate::render::table::{self, Styled};
use crate::t;
use crate::views::Layout;

/// "versie 1.2.3 van 15-01-2026 (controlegetal 3f2a9c01)"; in English
/// "version 1.2.3 of 15 January 2026 (checksum 3f2a9c01)".
pub(super) fn describe(info: &MapInfo, lang: Lang) -> String {
    let (versie, controlegetal) = (info.versie.as_str(), info.controlegetal.as_str());
    match info
        .datum
        .as_deref()
        .and_then(crate::core::date::Date::parse)
    {
        Some(date) => t!(
            lang,
            "diff-versie-datum",
            versie = versie,
            datum = date.words(lang),
            controlegetal = controlegetal
        ),
        None => t!(
            lang,
            "diff-versie",
            versie = versie,
            controlegetal = controlegetal
        ),
    }
}

/// The changes as tables for people: routes (or advices), then the directory
/// and the gemeenten; a line saying so when nothing changed.
pub fn table(changes: &Changes, layout: Layout, lang: Lang) -> String {
    let lines = |list: &[Change]| {
        list.iter()
            .map(|change| change.words(lang))
            .collect::<Vec<_>>()
            .join("\n")
    };
    let width = usize::from(layout.width);
    let naam = changes.nieuw.naam.as_str();
    // "  oud:   " and "  nieuw: ": the labels padded to one width, at least 7.
    let (old, new) = (t!(lang, "diff-oud"), t!(lang, "diff-nieuw"));
    let label_width = (old.chars().count().max(new.chars().count()) + 1).max(7);
    let (old, new) = (
        format!("  {old:<label_width$}"),
        format!("  {new:<label_width$}"),
    );
    let indent = " ".repeat(label_width + 2);
    let mut out = format!(
        "{}{}{}\n",
        crate::core::text::wrap(&t!(lang, "diff-titel", naam = naam), width, "", ""),
        crate::core::text::wrap(&describe(&changes.oud, lang), width, &old, &indent),
        crate::core::text::wrap(&describe(&changes.nieuw, lang), width, &new, &indent),
    );
    if changes.per_route {
        if changes.routes.is_empty() {
            out.push_str(&t!(lang, "diff-geen-route"));
            out.push('\n');
        } else {
            out.push_str(&t!(lang, "diff-routes-anders"));
            out.push_str("\n\n");
            let mut rows: Vec<Vec<Styled>> = Vec::new();
            for route in &changes.routes {
                let answers: Vec<String> = route
                    .antwoorden
                    .iter()
                    .map(|a| format!("{}: {}", a.vraag, a.label))
                    .collect();
                let gemeenten = if route.gemeenten.is_empty() {
                    t!(lang, "diff-alle")
                } else {
                    route
                        .gemeenten
                        .iter()
                        .map(|g| match g.as_str() {
                            OTHER_GEMEENTE => t!(lang, "views-buiten-de-kaart"),
                            id => id.to_string(),
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
                    t!(lang, "diff-kolom-route").as_str(),
                    t!(lang, "diff-kolom-antwoorden").as_str(),
                    t!(lang, "diff-kolom-gemeenten").as_str(),
                    t!(lang, "diff-kolom-wat-verandert").as_str(),
                ],
                &rows,
                layout,
            ));
        }
        let mut ids: Vec<&str> = changes.routes.iter().map(|r| r.id.as_str()).collect();
        ids.dedup();
        out.push_str(&t!(
            lang,
            "diff-routes-totaal",
            anders = ids.len(),
            gelijk = changes.routes_gelijk
        ));
        out.push('\n');
    } else {
        out.push_str(&t!(lang, "diff-per-advies"));
        out.push_str("\n\n");
        if changes.adviezen.is_empty() {
            out.push_str(&t!(lang, "diff-geen-advies"));
            out.push('\n');
        } else {
            let rows: Vec<Vec<Styled>> = changes
                .adviezen
                .iter()
                .map(|a| vec![a.advies.as_str().into(), lines(&a.wijzigingen).into()])
                .collect();
            out.push_str(&table::render(
                &[
                    t!(lang, "diff-kolom-advies").as_str(),
                    t!(lang, "diff-kolom-wat-verandert").as_str(),
                ],
                &rows,
                layout,
            ));
        }
    }
    for (title, entries) in [
        ("diff-adressenlijst", &changes.adressenlijst),
        ("diff-rollen", &changes.rollen),
        ("diff-gemeenten", &changes.gemeenten),
    ] {
        if entries.is_empty() {
            continue;
        }
        out.push_str(&format!("\n{}\n\n", t!(lang, title)));
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
                t!(lang, "diff-kolom-id").as_str(),
                t!(lang, "diff-kolom-naam").as_str(),
                t!(lang, "diff-kolom-wat-verandert").as_str(),
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
