//! `routekaart orgs`: the directory, one row per organisation and role it fills,
//! with the gemeenten it fills it for and how to reach it.

use super::{Layout, Unknown, unknown};
use crate::core::date::Date;
use crate::core::map::{ContactTarget, Map};
use crate::i18n::Lang;
use crate::render::table::{self, Styled};
use crate::render::{MapInfo, map_info};
use crate::t;
use serde::Serialize;

/// Which rows to show.
#[derive(Debug, Clone, Copy, Default)]
pub struct Filter {
    /// Only what a school or pupil in this gemeente needs: the organisations
    /// filling a role there, and those the advices name directly.
    pub gemeente: Option<usize>,
    /// Only the organisations filling this role.
    pub role: Option<usize>,
}

/// One organisation in one role.
#[derive(Debug, Clone, Serialize)]
pub struct Row {
    /// The organisation's id.
    pub organisatie: String,
    pub naam: String,
    /// The role's id; `None` for an organisation an advice names directly, or one
    /// that nothing uses.
    pub rol: Option<String>,
    pub rol_naam: Option<String>,
    /// Ids of the gemeenten it fills the role for, in the map's order.
    pub gemeenten: Vec<String>,
    /// It fills the role for a gemeente outside the map (`buiten_de_kaart`).
    pub buiten_de_kaart: bool,
    /// An advice names it directly, whatever the gemeente.
    pub direct: bool,
    pub telefoon: Option<String>,
    pub email: Option<String>,
    pub website: Option<String>,
    /// `YYYY-MM-DD`: confirmed with the organisation.
    pub gecontroleerd: Option<String>,
    /// `YYYY-MM-DD`: its sources read, not confirmed with it.
    pub bron_bekeken: Option<String>,
}

/// The role with this id or name, or a message listing the valid ones.
pub fn find_role(map: &Map, given: &str, lang: Lang) -> Result<usize, String> {
    let given = given.trim();
    map.roles
        .iter()
        .position(|r| {
            r.id.eq_ignore_ascii_case(given) || r.naam.get(lang).eq_ignore_ascii_case(given)
        })
        .ok_or_else(|| {
            let ids: Vec<String> = map.roles.iter().map(|r| r.id.clone()).collect();
            unknown(lang, Unknown::Role, given, &ids)
        })
}

/// The directory's rows, in the order of `organisaties.yaml`, then of the
/// roles; the roles' names in `lang`.
pub fn rows(map: &Map, filter: &Filter, lang: Lang) -> Vec<Row> {
    let mut rows = Vec::new();
    for (o, org) in map.organisations.iter().enumerate() {
        let row = |rol: Option<usize>, gemeenten: Vec<String>, buiten: bool, direct: bool| Row {
            organisatie: org.id.clone(),
            naam: org.naam.clone(),
            rol: rol.map(|r| map.roles[r].id.clone()),
            rol_naam: rol.map(|r| map.roles[r].naam.get(lang).to_string()),
            gemeenten,
            buiten_de_kaart: buiten,
            direct,
            telefoon: org.telefoon.clone(),
            email: org.email.clone(),
            website: org.website.clone(),
            gecontroleerd: org.gecontroleerd.clone(),
            bron_bekeken: org.bron_bekeken.clone(),
        };
        let mut used = false;
        for (r, role) in map.roles.iter().enumerate() {
            let filled: Vec<usize> = (0..map.gemeenten.len())
                .filter(|&g| map.gemeenten[g].roles.get(&r) == Some(&o))
                .collect();
            let outside = role.outside_map == Some(o);
            if filled.is_empty() && !outside {
                continue;
            }
            used = true;
            let shown = filter.role.is_none_or(|f| f == r)
                && filter.gemeente.is_none_or(|g| filled.contains(&g));
            if shown {
                let ids = filled.iter().map(|&g| map.gemeenten[g].id.clone());
                rows.push(row(Some(r), ids.collect(), outside, false));
            }
        }
        let direct = map.advices.iter().any(|a| {
            a.contacts
                .iter()
                .any(|c| c.target == ContactTarget::Organisation(o))
        });
        if direct && filter.role.is_none() {
            rows.push(row(None, Vec::new(), false, true));
        } else if !direct && !used && filter.role.is_none() && filter.gemeente.is_none() {
            rows.push(row(None, Vec::new(), false, false));
        }
    }
    rows
}

/// The directory as a table for people, with a title saying what it shows.
pub fn table(map: &Map, rows: &[Row], filter: &Filter, layout: Layout, lang: Lang) -> String {
    let mut title = t!(lang, "orgs-titel");
    if let Some(g) = filter.gemeente {
        let naam = map.gemeenten[g].naam.as_str();
        title.push_str(&t!(lang, "orgs-titel-gemeente", gemeente = naam));
    }
    if let Some(r) = filter.role {
        let naam = map.roles[r].naam.get(lang);
        title.push_str(&t!(lang, "orgs-titel-rol", rol = naam));
    }
    let mut out = super::heading(map, &title, layout, lang);
    if rows.is_empty() {
        out.push_str(&t!(lang, "orgs-geen"));
        out.push('\n');
        return out;
    }
    let mut cells: Vec<Vec<Styled>> = Vec::new();
    for row in rows {
        let gemeenten = if row.direct {
            t!(lang, "orgs-alle-direct")
        } else {
            let mut names: Vec<String> = row
                .gemeenten
                .iter()
                .filter_map(|id| map.gemeente_index(id))
                .map(|g| map.gemeenten[g].naam.clone())
                .collect();
            if row.buiten_de_kaart {
                names.push(t!(lang, "views-buiten-de-kaart"));
            }
            if names.is_empty() {
                t!(lang, "orgs-niet-gebruikt")
            } else {
                names.join(", ")
            }
        };
        let contact: Vec<&str> = [&row.telefoon, &row.email, &row.website]
            .into_iter()
            .flatten()
            .map(String::as_str)
            .collect();
        let shown = |d: &str| Date::parse(d).map_or(d.to_string(), |d| d.words(lang));
        let dates: Vec<String> = [
            ("orgs-gecontroleerd", &row.gecontroleerd),
            ("orgs-bron-bekeken", &row.bron_bekeken),
        ]
        .into_iter()
        .filter_map(|(id, date)| date.as_deref().map(|d| t!(lang, id, datum = shown(d))))
        .collect();
        let checked = if dates.is_empty() {
            t!(lang, "orgs-nooit")
        } else {
            dates.join("\n")
        };
        cells.push(vec![
            row.naam.as_str().into(),
            row.rol_naam.as_deref().unwrap_or("—").into(),
            gemeenten.into(),
            contact.join("\n").into(),
            checked.into(),
        ]);
    }
    out.push_str(&table::render(
        &[
            t!(lang, "orgs-kolom-organisatie").as_str(),
            t!(lang, "orgs-kolom-rol").as_str(),
            t!(lang, "orgs-kolom-gemeenten").as_str(),
            t!(lang, "orgs-kolom-contact").as_str(),
            t!(lang, "orgs-kolom-nagekeken").as_str(),
        ],
        &cells,
        layout,
    ));
    let organisations = {
        let mut ids: Vec<&str> = rows.iter().map(|r| r.organisatie.as_str()).collect();
        ids.sort_unstable();
        ids.dedup();
        ids.len()
    };
    out.push_str(&t!(
        lang,
        "orgs-totaal",
        organisaties = organisations,
        regels = rows.len()
    ));
    out.push('\n');
    out
}

/// The directory as JSON: the map's identity and the rows.
pub fn json(map: &Map, rows: &[Row], lang: Lang) -> String {
    #[derive(Serialize)]
    struct Directory<'a> {
        routekaart: MapInfo,
        organisaties: &'a [Row],
    }
    let directory = Directory {
        routekaart: map_info(map, lang),
        organisaties: rows,
    };
    serde_json::to_string_pretty(&directory).expect("plain data serialises") + "\n"
}

/// The directory as CSV; several gemeenten in one field, separated by `;`. The
/// header and the `ja`/`nee` flags are the same in every language, as JSON's
/// keys are; names follow the map's language.
pub fn csv(rows: &[Row]) -> String {
    let yes_no = |b: bool| if b { "ja" } else { "nee" }.to_string();
    let rows: Vec<Vec<String>> = rows
        .iter()
        .map(|row| {
            vec![
                row.organisatie.clone(),
                row.naam.clone(),
                row.rol.clone().unwrap_or_default(),
                row.rol_naam.clone().unwrap_or_default(),
                row.gemeenten.join(";"),
                yes_no(row.buiten_de_kaart),
                yes_no(row.direct),
                row.telefoon.clone().unwrap_or_default(),
                row.email.clone().unwrap_or_default(),
                row.website.clone().unwrap_or_default(),
                row.gecontroleerd.clone().unwrap_or_default(),
                row.bron_bekeken.clone().unwrap_or_default(),
            ]
        })
        .collect();
    crate::render::csv::render(
        &[
            "organisatie",
            "naam",
            "rol",
            "rol_naam",
            "gemeenten",
            "buiten_de_kaart",
            "direct",
            "telefoon",
            "email",
            "website",
            "gecontroleerd",
            "bron_bekeken",
        ],
        &rows,
    )
}
