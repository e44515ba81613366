//! The route listing's three outputs: a table for people, JSON and CSV for
//! scripts. They decide nothing: the listing itself is built in the parent
//! module, through the same engine and plan as `ask` and `advise`.

use super::{AdviceCount, Certainty, Listing, RouteRow};
use crate::core::map::{Map, Node, Urgency};
use crate::i18n::pick;
use crate::render::table::{self, Styled};
use crate::render::{MapInfo, map_info, urgency_words};
use crate::tr;
use crate::views::Layout;
use comfy_table::Color;
use serde::Serialize;

/// "1.152.921.504.606.846.976": a count with Dutch thousands separators
/// (English ones in English: "1,152,921,504,606,846,976").
pub fn thousands(n: u128) -> String {
    let separator = pick(".", ",");
    let digits = n.to_string();
    let mut out = String::new();
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(separator);
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
pub fn table(map: &Map, listing: &Listing, layout: Layout) -> String {
    let mut out = crate::views::heading(map, "Routes", layout, crate::i18n::current());
    let width = usize::from(layout.width);
    match listing {
        Listing::Routes { gemeente, routes } => {
            match gemeente {
                Some(g) => out.push_str(&crate::core::text::wrap(
                    &{
                        let naam = &map.gemeenten[*g].naam;
                        tr!(
                            "Contacten voor een leerling die woont in, en naar school gaat in, {naam}.",
                            "Contacts for a pupil who lives, and goes to school, in {naam}."
                        )
                    },
                    width,
                    "",
                    "",
                )),
                None if map.gemeenten.len() > 1 => out.push_str(&crate::core::text::wrap(
                    pick(
                        "Eerste contact per gemeente waar de leerling woont en naar school gaat; \
                         één regel waar alle gemeenten hetzelfde zijn.",
                        "First contact per municipality where the pupil lives and goes to \
                         school; one line where every municipality is the same.",
                    ),
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
                        Node::Advice(a) => {
                            Some(map.advices[a].titel.get(crate::i18n::current()).to_string())
                        }
                        Node::Question(_) => None,
                    })
                    .collect();
                let grouped = row.eerste_contact.len() > 1;
                let contact: Vec<String> = row
                    .eerste_contact
                    .iter()
                    .map(|f| {
                        if grouped {
                            format!("{}: {}", gemeente_names(map, &f.gemeenten), f.naam)
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
                        urgency_words(first.urgentie),
                        urgency_colour(first.urgentie),
                    ),
                    _ => Styled::coloured(
                        row.eerste_contact
                            .iter()
                            .map(|f| {
                                format!(
                                    "{}: {}",
                                    gemeente_names(map, &f.gemeenten),
                                    urgency_words(f.urgentie)
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
            out.push_str(&table::render(
                &[
                    "Route",
                    pick("Antwoorden", "Answers"),
                    pick("Adviezen", "Advice"),
                    pick("Eerste contact", "First contact"),
                    pick("Urgentie", "Urgency"),
                ],
                &rows,
                layout,
            ));
            out.push_str(&crate::core::text::wrap(
                &{
                    let count = crate::i18n::format::count(routes.len(), "route", "routes");
                    tr!(
                        "{count}. Meerdere signalen tegelijk geven één plan: de routes van elk \
                         signaal samen. Een route nalopen: routekaart advise met de antwoorden \
                         van de route (--format json geeft ze per route).",
                        "{count}. Several signals at once give one plan: the routes of each \
                         signal together. To follow a route: routekaart advise with the answers \
                         of the route (--format json gives them per route)."
                    )
                },
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
            let (total, limit) = (thousands(*total), thousands(*limit as u128));
            let mut text = if *total_exact {
                tr!(
                    "Deze kaart heeft {total} routes, te veel om op te sommen (meer dan \
                     --max-routes {limit}). Per advies: hoeveel routes erheen leiden",
                    "This map has {total} routes, too many to list (more than \
                     --max-routes {limit}). Per advice: how many routes lead there"
                )
            } else {
                tr!(
                    "Deze kaart heeft te veel routes om op te sommen: ten hoogste {total} (meer \
                     dan --max-routes {limit}). Per advies: hoeveel routes erheen leiden",
                    "This map has too many routes to list: at most {total} (more than \
                     --max-routes {limit}). Per advice: how many routes lead there"
                )
            };
            if let Some(g) = gemeente {
                let naam = &map.gemeenten[*g].naam;
                text.push_str(&tr!(
                    ", met de contacten van {naam}",
                    ", with the contacts of {naam}"
                ));
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
                            urgency_words(advice.urgentie),
                            urgency_colour(advice.urgentie),
                        ),
                        advice.contacten.join("\n").into(),
                        count_words(advice.routes, *certainty).into(),
                    ]
                })
                .collect();
            out.push_str(&table::render(
                &[
                    pick("Advies", "Advice"),
                    pick("Urgentie", "Urgency"),
                    pick("Contacten", "Contacts"),
                    "Routes",
                ],
                &rows,
                layout,
            ));
            let note = match certainty {
                Certainty::Exact => pick(
                    "Elk aantal is precies: zo veel routes hebben dit advies in hun plan.",
                    "Each number is exact: that many routes have this advice in their plan.",
                ),
                Certainty::AtLeast => pick(
                    "Deze kaart gebruikt soms één antwoord op twee plaatsen. Dan kan routekaart \
                     de routes niet uitrekenen, maar moet het ze aflopen; dat zijn er te veel. \
                     \"Minstens\" betekent: er zijn zeker zo veel routes met dit advies, \
                     misschien meer. \"Niet geteld\": geen route met dit advies gevonden in de \
                     routes die wel zijn afgelopen.",
                    "This map sometimes uses one answer in two places. Then routekaart cannot \
                     compute the routes but has to walk them, and there are too many. \"At \
                     least\" means: there are surely this many routes with this advice, maybe \
                     more. \"Not counted\": no route with this advice was found among those \
                     walked.",
                ),
            };
            out.push_str(&crate::core::text::wrap(note, width, "", ""));
        }
    }
    out
}

/// A count per advice as the table shows it: "1.234", or "minstens 1.234".
fn count_words(routes: u128, certainty: Certainty) -> String {
    match certainty {
        Certainty::Exact => thousands(routes),
        Certainty::AtLeast if routes == 0 => pick("niet geteld", "not counted").into(),
        Certainty::AtLeast => {
            let n = thousands(routes);
            tr!("minstens {n}", "at least {n}")
        }
    }
}

/// "Aalsmeer, Amstelveen" for gemeente ids; "alle" when there are none.
fn gemeente_names(map: &Map, ids: &[String]) -> String {
    if ids.is_empty() {
        return pick("alle", "all").into();
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
pub fn json(map: &Map, listing: &Listing) -> String {
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
            routekaart: map_info(map),
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
            routekaart: map_info(map),
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
