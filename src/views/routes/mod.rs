//! `routekaart routes`: every route from the first question to a plan, each with
//! a short id that stays the same as long as its answers do.
//!
//! A route answers each question on its way once: one option of a choice, one
//! signal of a multiple choice (several signals together give the merged plan of
//! their routes: one child, one plan), one range of a number, ja or nee. Gemeente
//! questions do not change the route, only who fills a role; so a route is listed
//! once, with its first contact per gemeente, grouped where gemeenten agree.
//! Routes are walked through the same engine and plan as `ask` and `advise`.
//!
//! When shared subtrees multiply the routes beyond a limit, the listing counts
//! per advice how many routes lead there instead (see [`count`]).

use crate::core::answer::{self, Answer};
use crate::core::engine::{Step, Walk};
use crate::core::map::{Map, QuestionKind, Urgency};
use crate::core::plan::{Plan, Whom};
use crate::i18n::Lang;
use crate::render::whom_name;
use serde::Serialize;
use sha2::{Digest, Sha256};

pub mod count;
pub mod output;
pub mod walk;

pub use count::{AdviceCount, COUNT_BUDGET, Certainty, count_routes};
pub use walk::{branch_answers, for_each_route, pieces};

/// One complete route through the map, gemeente questions answered with a
/// stand-in (see [`with_gemeente`]).
#[derive(Debug, Clone)]
pub struct Route {
    /// The SHA-256 of the route's answers, in hex: the stable key of the route.
    pub key: String,
    /// The answers that choose the route, as shown (see [`route_labels`]).
    pub answers: Vec<RouteAnswer>,
    /// The walk: steps (with the stand-in gemeente answers) and advices reached.
    pub walk: Walk,
}

/// Every route of `map`, depth first in the map's order, its answers worded
/// in `lang`; `None` when there are more than `limit`.
pub fn enumerate(map: &Map, limit: usize, lang: Lang) -> Option<Vec<Route>> {
    let mut routes = Vec::new();
    let complete = for_each_route(map, limit, |walk| {
        let answers = route_labels(map, &walk.steps, lang);
        routes.push(Route {
            key: key(&answers),
            answers,
            walk,
        });
    });
    complete.then_some(routes)
}

/// An answer on a route, as people and machines read it; a number answer stands
/// for its whole range.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RouteAnswer {
    /// The question's id.
    pub vraag: String,
    /// The option's `waarde`, `ja`/`nee`, or the range as `VAN-TOT`.
    pub antwoord: String,
    /// The answer in words.
    pub label: String,
}

/// The answers of a route that choose its way: every step but the gemeenten;
/// their labels in `lang`.
pub fn route_labels(map: &Map, steps: &[Step], lang: Lang) -> Vec<RouteAnswer> {
    steps
        .iter()
        .filter(|s| {
            !matches!(
                map.questions[s.question].kind,
                QuestionKind::Gemeente { .. }
            )
        })
        .map(|step| {
            let question = &map.questions[step.question];
            match (&question.kind, &step.answer) {
                (QuestionKind::Number { unit, .. }, Answer::Number(n)) => {
                    let piece = pieces(map, step.question)
                        .into_iter()
                        .find(|(from, to)| from <= n && n <= to);
                    let (from, to) = piece.unwrap_or((*n, *n));
                    let words = if from == to {
                        from.to_string()
                    } else {
                        format!("{from}–{to}")
                    };
                    RouteAnswer {
                        vraag: question.id.clone(),
                        antwoord: format!("{from}-{to}"),
                        label: match unit {
                            Some(unit) => format!("{words} {}", unit.get(lang)),
                            None => words,
                        },
                    }
                }
                _ => RouteAnswer {
                    vraag: question.id.clone(),
                    antwoord: answer::to_text(map, question, &step.answer),
                    label: answer::label(map, question, &step.answer, lang),
                },
            }
        })
        .collect()
}

/// The stable key of a route: a hash of its question ids and answer values (not
/// of labels or positions, so rewording a question keeps the id).
fn key(answers: &[RouteAnswer]) -> String {
    let mut hasher = Sha256::new();
    for answer in answers {
        hasher.update(answer.vraag.as_bytes());
        hasher.update(b"=");
        hasher.update(answer.antwoord.as_bytes());
        hasher.update(b"\n");
    }
    hasher
        .finalize()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Short ids for keys, as git abbreviates commits: `R-` and the first four hex
/// digits, more where two keys share them, so every id is unique in `keys`.
pub fn short_ids(keys: &[&str]) -> Vec<String> {
    let mut sorted: Vec<&str> = keys.to_vec();
    sorted.sort_unstable();
    sorted.dedup();
    let common = |a: &str, b: &str| a.bytes().zip(b.bytes()).take_while(|(x, y)| x == y).count();
    keys.iter()
        .map(|key| {
            let at = sorted.binary_search(key).unwrap_or(0);
            let before = at.checked_sub(1).map_or(0, |i| common(key, sorted[i]));
            let after = sorted.get(at + 1).map_or(0, |next| common(key, next));
            let length = (before.max(after) + 1).clamp(4, key.len());
            format!("R-{}", &key[..length])
        })
        .collect()
}

/// The walk of a route for a pupil who lives, and goes to school, in gemeente
/// `g` (`None`: outside the map): every gemeente answer replaced.
pub fn with_gemeente(walk: &Walk, g: Option<usize>) -> Walk {
    let mut walk = walk.clone();
    for step in &mut walk.steps {
        if let Answer::Gemeente(_) = step.answer {
            step.answer = Answer::Gemeente(g);
        }
    }
    walk
}

/// The gemeenten a listing resolves roles for: the one asked for, or all; `None`
/// stands for "no gemeente" in a map without gemeenten.
fn gemeenten_of(map: &Map, only: Option<usize>) -> Vec<Option<usize>> {
    match only {
        Some(g) => vec![Some(g)],
        None if map.gemeenten.is_empty() => vec![None],
        None => (0..map.gemeenten.len()).map(Some).collect(),
    }
}

/// The first contact of a route's plan, for some gemeenten.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FirstContact {
    /// Ids of the gemeenten this holds for; empty in a map without gemeenten.
    pub gemeenten: Vec<String>,
    /// The organisation's id; `None` for a role the map cannot fill.
    pub organisatie: Option<String>,
    pub naam: String,
    pub urgentie: Urgency,
}

/// One route: its id, answers, advices and first contact per gemeente.
#[derive(Debug, Clone, Serialize)]
pub struct RouteRow {
    /// The short id, such as `R-3f2a`.
    pub id: String,
    pub antwoorden: Vec<RouteAnswer>,
    /// The advices of the plan, most urgent first, by id.
    pub adviezen: Vec<String>,
    /// The first contact, grouped by gemeenten that agree.
    pub eerste_contact: Vec<FirstContact>,
    /// The `routekaart advise` command that walks this route, for the listed
    /// gemeente or else the map's first.
    pub opnieuw: String,
}

/// What `routes` shows.
#[derive(Debug, Clone)]
pub enum Listing {
    /// Every route.
    Routes {
        gemeente: Option<usize>,
        routes: Vec<RouteRow>,
    },
    /// Too many routes to list: per advice, how many lead there.
    PerAdvice {
        gemeente: Option<usize>,
        limit: usize,
        /// Routes through the whole map: exactly when `total_exact`, else at
        /// most (saturating).
        total: u128,
        total_exact: bool,
        /// Whether each advice's count is exact or a floor.
        certainty: Certainty,
        advices: Vec<AdviceCount>,
    },
}

/// Lists the routes of `map`, with first contacts for `gemeente` or every
/// gemeente; per advice when there are more than `limit`. Names and labels
/// are in `lang`. `map_argument` is the map folder as given, for the
/// `advise` command of each route.
pub fn list(
    map: &Map,
    gemeente: Option<usize>,
    limit: usize,
    map_argument: Option<&str>,
    lang: Lang,
) -> Listing {
    // Where no answer is used twice on a route, the count is exact: past the
    // limit, the routes need not be walked (a 120-question chain has 2^120).
    let order = crate::check::dataflow::post_order(map);
    let exact = crate::check::sharing::shared_questions(map, &order).is_empty();
    let too_many = exact && count_routes(map) > limit as u128;
    let Some(routes) = (!too_many).then(|| enumerate(map, limit, lang)).flatten() else {
        let counted = count::per_advice(map, gemeente, limit, COUNT_BUDGET, lang);
        return Listing::PerAdvice {
            gemeente,
            limit,
            total: counted.total,
            total_exact: counted.total_exact,
            certainty: counted.certainty,
            advices: counted.advices,
        };
    };
    let keys: Vec<&str> = routes.iter().map(|r| r.key.as_str()).collect();
    let ids = short_ids(&keys);
    let gemeenten = gemeenten_of(map, gemeente);
    let rows = routes
        .iter()
        .zip(ids)
        .map(|(route, id)| {
            let mut first: Vec<FirstContact> = Vec::new();
            let mut advices: Vec<String> = Vec::new();
            for &g in &gemeenten {
                let plan = Plan::build(map, &with_gemeente(&route.walk, g));
                if advices.is_empty() {
                    advices = plan
                        .advices
                        .iter()
                        .map(|a| map.advices[a.advice].id.clone())
                        .collect();
                }
                let Some(contact) = plan.contacts.first() else {
                    continue;
                };
                let organisatie = match contact.whom {
                    Whom::Organisation(o) => Some(map.organisations[o].id.clone()),
                    _ => None,
                };
                let naam = whom_name(map, contact.whom);
                let urgentie = contact.urgency;
                let gemeente_id = g.map(|g| map.gemeenten[g].id.clone());
                match first.iter_mut().find(|f| {
                    f.organisatie == organisatie && f.naam == naam && f.urgentie == urgentie
                }) {
                    Some(same) => same.gemeenten.extend(gemeente_id),
                    None => first.push(FirstContact {
                        gemeenten: gemeente_id.into_iter().collect(),
                        organisatie,
                        naam,
                        urgentie,
                    }),
                }
            }
            RouteRow {
                id,
                antwoorden: route.answers.clone(),
                adviezen: advices,
                eerste_contact: first,
                opnieuw: crate::render::advise_command(
                    map,
                    &with_gemeente(&route.walk, gemeenten[0]).steps,
                    map_argument,
                ),
            }
        })
        .collect();
    Listing::Routes {
        gemeente,
        routes: rows,
    }
}

#[cfg(test)]
mod tests {
    use super::output::thousands;
    use super::short_ids;
    use crate::i18n::Lang;

    #[test]
    fn short_ids_grow_only_where_keys_share_a_prefix() {
        let keys = ["3f2a9c", "3f2a10", "77aa00", "0000ff"];
        assert_eq!(short_ids(&keys), ["R-3f2a9", "R-3f2a1", "R-77aa", "R-0000"]);
    }

    #[test]
    fn thousands_are_separated_with_points() {
        assert_eq!(thousands(Lang::Nl, 0), "0");
        assert_eq!(thousands(Lang::Nl, 999), "999");
        assert_eq!(thousands(Lang::Nl, 1000), "1.000");
        assert_eq!(
            thousands(Lang::Nl, 1_152_921_504_606_846_976),
            "1.152.921.504.606.846.976"
        );
        assert_eq!(
            thousands(Lang::En, 1_152_921_504_606_846_976),
            "1,152,921,504,606,846,976"
        );
    }
}
