//! The route listing's three outputs: a table for people, JSON and CSV for
//! scripts. They decide nothing: the listing itself is built in the parent
//! module, through the same engine and plan as `ask` and `advise`.

use super::{AdviceCount, Certainty, Listing, RouteRow};
use crate::core::map::{Map, Node, Urgency};
use crate::i18n::Lang;
use crate::render::table::{self, Styled};
use crate::render::{MapInfo, map_info, urgency_words};
use crate::t;
use crate::views::Layout;
use comfy_table::Color;
use serde::Serialize;

/// "1.152.921.504.606.846.976": a count with Dutch thousands separators
/// (English ones in English: "1,152,921,504,606,846,976").
pub fn thousands(lang: Lang, n: u128) -> String {
    let separator = t!(lang, "duizendtalteken");
    let digits = n.to_string();
    let mut out = String::new();
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(&separator);
        }
        out.push(digit);
    }
    out
}

/// The colour of an urgency in a table: acute red, today yellow.
pub fn urgency_colour(urgency: Urgency) -> Option<Color> {
    match urgency {
        Urgency::Acuut => Some(Color::Red),
        Urgency::Vandaag => Some(Color::Yellow),
        Urgency::DezeWeek | Urgency::Regulier => None,
    }
}

/// The listing as a table for people, with a title and a note on how to read it.
pub fn table(map: &Map, listing: &Listing, layout: Layout, lang: Lang) -> String {
    let mut out = crate::views::heading(map, &t!(lang, "routes-titel"), layout, lang);
    let width = usize::from(layout.width);
    match listing {
        Listing::Routes { gemeente, routes } => {
            match gemeente {
                Some(g) => out.push_str(&crate::core::text::wrap(
                    &t!(
                        lang,
                        "routes-voor-gemeente",
                        naam = map.gemeenten[*g].naam.as_str()
                    ),
                    width,
                    "",
                    "",
                )),
                None if map.gemeenten.len() > 1 => out.push_str(&crate::core::text::wrap(
                    &t!(lang, "routes-per-gemeente"),
                    width,
                    "",
                    "",
                )),
                None => {}
            }
            out.push('\n');
            let mut rows: Vec<Vec<Styled>> = Vec::new();
            for row in routes {
                let answers: Vec<String> = row
                    .antwoorden
                    .iter()
                    .map(|a| format!("{}: {}", a.vraag, a.label))
                    .collect();
                let advices: Vec<String> = row
                    .adviezen
                    .iter()
                    .filter_map(|id| map.node(id))
                    .filter_map(|node| match node {
                        Node::Advice(a) => Some(map.advices[a].titel.get(lang).to_string()),
                        Node::Question(_) => None,
                    })
                    .collect();
                let grouped = row.eerste_contact.len() > 1;
                let contact: Vec<String> = row
                    .eerste_contact
                    .iter()
                    .map(|f| {
                        if grouped {
                            format!("{}: {}", gemeente_names(map, &f.gemeenten, lang), f.naam)
                        } else {
                            f.naam.clone()
                        }
                    })
                    .collect();
                let same_urgency = row
                    .eerste_contact
                    .windows(2)
                    .all(|w| w[0].urgentie == w[1].urgentie);
                let urgency = match row.eerste_contact.first() {
                    Some(first) if same_urgency => Styled::coloured(
                        urgency_words(first.urgentie, lang),
                        urgency_colour(first.urgentie),
                    ),
                    _ => Styled::coloured(
                        row.eerste_contact
                            .iter()
                            .map(|f| {
                                format!(
                                    "{}: {}",
                                    gemeente_names(map, &f.gemeenten, lang),
                                    urgency_words(f.urgentie, lang)
                                )
                            })
                            .collect::<Vec<_>>()
                            .join("\n"),
                        None,
                    ),
                };
                rows.push(vec![
                    row.id.as_str().into(),
                    answers.join("\n").into(),
                    advices.join("\n").into(),
                    contact.join("\n").into(),
                    urgency,
                ]);
            }
            let headers = [
                "routes-kolom-route",
                "routes-kolom-antwoorden",
                "routes-kolom-adviezen",
                "routes-kolom-eerste-contact",
                "routes-kolom-urgentie",
            ]
            .map(|id| t!(lang, id));
            out.push_str(&table::render(
                &headers.each_ref().map(String::as_str),
                &rows,
                layout,
            ));
            out.push_str(&crate::core::text::wrap(
                &t!(lang, "routes-uitleg", n = routes.len()),
                width,
                "",
                "",
            ));
        }
        Listing::PerAdvice {
            gemeente,
            limit,
            total,
            total_exact,
            certainty,
            advices,
        } => {
            let (total, limit) = (thousands(lang, *total), thousands(lang, *limit as u128));
            let id = if *total_exact {
                "routes-te-veel"
            } else {
                "routes-te-veel-ten-hoogste"
            };
            let mut text = t!(lang, id, total = total, limit = limit);
            if let Some(g) = gemeente {
                let naam = map.gemeenten[*g].naam.as_str();
                text.push_str(&t!(lang, "routes-met-contacten-van", naam = naam));
            }
            text.push('.');
            out.push_str(&crate::core::text::wrap(&text, width, "", ""));
            out.push('\n');
            let rows: Vec<Vec<Styled>> = advices
                .iter()
                .map(|advice| {
                    vec![
                        format!("{}\n({})", advice.titel, advice.advies).into(),
                        Styled::coloured(
                            urgency_words(advice.urgentie, lang),
                            urgency_colour(advice.urgentie),
                        ),
                        advice.contacten.join("\n").into(),
                        count_words(lang, advice.routes, *certainty).into(),
                    ]
                })
                .collect();
            let headers = [
                "routes-kolom-advies",
                "routes-kolom-urgentie",
                "routes-kolom-contacten",
                "routes-kolom-routes",
            ]
            .map(|id| t!(lang, id));
            out.push_str(&table::render(
                &headers.each_ref().map(String::as_str),
                &rows,
                layout,
            ));
            let note = match certainty {
                Certainty::Exact => t!(lang, "routes-aantal-precies"),
                Certainty::AtLeast => t!(lang, "routes-aantal-minstens"),
            };
            out.push_str(&crate::core::text::wrap(&note, width, "", ""));
        }
    }
    out
}

/// A count per advice as the table shows it: "1.234", or "minstens 1.234".
fn count_words(lang: Lang, routes: u128, certainty: Certainty) -> String {
    match certainty {
        Certainty::Exact => thousands(lang, routes),
        Certainty::AtLeast if routes == 0 => t!(lang, "routes-niet-geteld"),
        Certainty::AtLeast => t!(lang, "routes-minstens", n = thousands(lang, routes)),
    }
}

/// "Aalsmeer, Amstelveen" for gemeente ids; "alle" when there are none.
fn gemeente_names(map: &Map, ids: &[String], lang: Lang) -> String {
    if ids.is_empty() {
        return t!(lang, "routes-alle-gemeenten");
    }
    ids.iter()
        .map(|id| {
            map.gemeente_index(id)
                .map_or(id.clone(), |g| map.gemeenten[g].naam.clone())
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// The listing as JSON: `"soort": "routes"` with every route, or `"per-advies"`.
pub fn json(map: &Map, listing: &Listing, lang: Lang) -> String {
    #[derive(Serialize)]
    #[serde(tag = "soort", rename_all = "kebab-case")]
    enum Out<'a> {
        Routes {
            routekaart: MapInfo,
            gemeente: Option<&'a str>,
            routes: &'a [RouteRow],
        },
        PerAdvies {
            routekaart: MapInfo,
            gemeente: Option<&'a str>,
            max_routes: usize,
            routes_ten_hoogste: u128,
            /// True when `routes_ten_hoogste` is the exact number of routes.
            routes_exact: bool,
            /// `exact`, or `minstens` when each count is a floor.
            aantallen: Certainty,
            adviezen: &'a [AdviceCount],
        },
    }
    let gemeente_id = |g: &Option<usize>| g.map(|g| map.gemeenten[g].id.as_str());
    let out = match listing {
        Listing::Routes { gemeente, routes } => Out::Routes {
            routekaart: map_info(map, lang),
            gemeente: gemeente_id(gemeente),
            routes,
        },
        Listing::PerAdvice {
            gemeente,
            limit,
            total,
            total_exact,
            certainty,
            advices,
        } => Out::PerAdvies {
            routekaart: map_info(map, lang),
            gemeente: gemeente_id(gemeente),
            max_routes: *limit,
            routes_ten_hoogste: *total,
            routes_exact: *total_exact,
            aantallen: *certainty,
            adviezen: advices,
        },
    };
    serde_json::to_string_pretty(&out).expect("plain data serialises") + "\n"
}

/// The listing as CSV: one line per route and group of gemeenten, or per advice.
/// Headers and urgency ids are JSON's in every language; names and titles
/// follow the map's language.
pub fn csv(listing: &Listing) -> String {
    match listing {
        Listing::Routes { routes, .. } => {
            let mut rows = Vec::new();
            for route in routes {
                let answers: Vec<String> = route
                    .antwoorden
                    .iter()
                    .map(|a| format!("{}={}", a.vraag, a.antwoord))
                    .collect();
                for first in &route.eerste_contact {
                    rows.push(vec![
                        route.id.clone(),
                        answers.join(" "),
                        route.adviezen.join(" "),
                        first.gemeenten.join(" "),
                        first.organisatie.clone().unwrap_or_default(),
                        first.naam.clone(),
                        first.urgentie.id().to_string(),
                    ]);
                }
            }
            crate::render::csv::render(
                &[
                    "route",
                    "antwoorden",
                    "adviezen",
                    "gemeenten",
                    "eerste_contact",
                    "eerste_contact_naam",
                    "urgentie",
                ],
                &rows,
            )
        }
        Listing::PerAdvice {
            advices, certainty, ..
        } => {
            let certainty = match certainty {
                Certainty::Exact => "exact",
                Certainty::AtLeast => "minstens",
            };
            let rows: Vec<Vec<String>> = advices
                .iter()
                .map(|a| {
                    vec![
                        a.advies.clone(),
                        a.titel.clone(),
                        a.urgentie.id().to_string(),
                        a.contacten.join("; "),
                        a.routes.to_string(),
                        certainty.to_string(),
                    ]
                })
                .collect();
            crate::render::csv::render(
                &[
                    "advies",
                    "titel",
                    "urgentie",
                    "contacten",
                    "routes",
                    "aantal",
                ],
                &rows,
            )
        }
    }
}
