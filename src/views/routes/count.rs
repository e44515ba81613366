//! Counting routes per advice when there are too many to list: how many routes
//! have each advice in their plan.
//!
//! Where no answer is used twice on one route, every route is one independent
//! choice per question, so the counts follow from the graph without walking:
//! the routes through an advice are all routes minus those that avoid it. Where
//! an answer is shared, that arithmetic would count impossible combinations, so
//! the routes are walked through the engine, up to a budget; a count from an
//! unfinished walk is what was found, a lower bound, and says so ("minstens").

use super::walk::{for_each_route, pieces};
use crate::core::map::{ContactTarget, Map, Node, QuestionKind, Urgency};
use crate::i18n::Lang;
use crate::t;
use serde::Serialize;

/// The most routes walked to count a map whose answers are shared: enough for
/// the built-in map (336 routes) many times over, and well under a second in
/// a release build (20,000 routes of a 30-signal map: about 3 s in a debug build).
pub const COUNT_BUDGET: usize = 20_000;

/// How far a count per advice can be trusted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Certainty {
    /// Exactly this many routes have the advice in their plan.
    #[serde(rename = "exact")]
    Exact,
    /// At least this many: not every route was counted.
    #[serde(rename = "minstens")]
    AtLeast,
}

/// How many routes lead to one advice, when there are too many to list.
#[derive(Debug, Clone, Serialize)]
pub struct AdviceCount {
    pub advies: String,
    pub titel: String,
    pub urgentie: Urgency,
    /// Who the advice names: organisations, and roles (resolved when one
    /// gemeente was asked for).
    pub contacten: Vec<String>,
    /// Routes whose plan has this advice: exact, or at least this many (see
    /// [`Certainty`]); 0 only for an advice the walk did not reach in time.
    pub routes: u128,
}

/// The routes of a map counted per advice.
#[derive(Debug, Clone)]
pub struct PerAdvice {
    /// Routes through the whole map: exactly when `total_exact`, else at most
    /// (saturating).
    pub total: u128,
    pub total_exact: bool,
    /// Whether each advice's count is exact or a floor.
    pub certainty: Certainty,
    /// The advices reached, most urgent first.
    pub advices: Vec<AdviceCount>,
}

/// Counts the routes of `map` per advice, walking at most `budget` routes (or
/// `limit`, if more) where answers are shared; contacts named for `gemeente`,
/// titles and names in `lang`.
pub fn per_advice(
    map: &Map,
    gemeente: Option<usize>,
    limit: usize,
    budget: usize,
    lang: Lang,
) -> PerAdvice {
    let order = crate::check::dataflow::post_order(map);
    let shared = !crate::check::sharing::shared_questions(map, &order).is_empty();
    let reachable = reachable_advices(map, &order);
    let upper = routes_from(map, &order, |_| 1);
    let (total, total_exact, certainty, counts) = if shared {
        let mut counts = vec![0u128; map.advices.len()];
        let mut walked = 0u128;
        let complete = for_each_route(map, budget.max(limit), |walk| {
            walked += 1;
            for reached in &walk.reached {
                counts[reached.advice] += 1;
            }
        });
        if complete {
            (walked, true, Certainty::Exact, counts)
        } else {
            (upper, false, Certainty::AtLeast, counts)
        }
    } else {
        // Saturated at u128::MAX, the total is a floor, and so is each count.
        let exact = upper < u128::MAX;
        let counts = (0..map.advices.len())
            .map(|advice| upper - routes_from(map, &order, |a| u128::from(a != advice)))
            .collect();
        let certainty = if exact {
            Certainty::Exact
        } else {
            Certainty::AtLeast
        };
        (upper, exact, certainty, counts)
    };
    let mut advices: Vec<AdviceCount> = map
        .advices
        .iter()
        .enumerate()
        .filter(|&(a, _)| match certainty {
            Certainty::Exact => counts[a] > 0,
            Certainty::AtLeast => reachable[a],
        })
        .map(|(a, advice)| AdviceCount {
            advies: advice.id.clone(),
            titel: advice.titel.get(lang).to_string(),
            urgentie: advice.urgency(),
            contacten: contact_names(map, a, gemeente, lang),
            routes: counts[a],
        })
        .collect();
    advices.sort_by_key(|c| c.urgentie);
    PerAdvice {
        total,
        total_exact,
        certainty,
        advices,
    }
}

/// Routes through the whole map, counted without walking them, as if no answer
/// were shared: an advice is `leaf(advice)`, a question the sum over its
/// answers of the product over the nodes each answer leads to. Saturates
/// instead of overflowing. With every leaf 1 this is the number of routes
/// where no answer is shared, and an upper bound where one is.
fn routes_from(map: &Map, order: &[usize], leaf: impl Fn(usize) -> u128) -> u128 {
    let mut count = vec![0u128; map.questions.len()];
    for &q in order {
        count[q] = answer_lists(map, q)
            .iter()
            .map(|targets| {
                targets.iter().fold(1u128, |product, node| {
                    product.saturating_mul(match node {
                        Node::Advice(a) => leaf(*a),
                        Node::Question(next) => count[*next],
                    })
                })
            })
            .fold(0u128, u128::saturating_add);
    }
    count[map.start]
}

/// Routes through the whole map, at most (exactly where no answer is shared).
pub fn count_routes(map: &Map) -> u128 {
    routes_from(map, &crate::check::dataflow::post_order(map), |_| 1)
}

/// The advices some path from the start leads to.
fn reachable_advices(map: &Map, order: &[usize]) -> Vec<bool> {
    let mut reachable = vec![false; map.advices.len()];
    for &q in order {
        for node in answer_lists(map, q).into_iter().flatten() {
            if let Node::Advice(a) = node {
                reachable[*a] = true;
            }
        }
    }
    reachable
}

/// Where each way of answering question `q` leads, as
/// [`super::walk::branch_answers`] answers it.
fn answer_lists(map: &Map, q: usize) -> Vec<&[Node]> {
    match &map.questions[q].kind {
        QuestionKind::Choice(options) | QuestionKind::MultiChoice(options) => {
            options.iter().map(|o| o.next.as_slice()).collect()
        }
        // Per piece of the question actually asked, as the routes are walked.
        QuestionKind::Number { ranges, .. } => pieces(map, map.questions[q].asked(q))
            .into_iter()
            .filter_map(|(from, _)| ranges.iter().find(|r| r.from <= from && from <= r.to))
            .map(|r| r.next.as_slice())
            .collect(),
        QuestionKind::YesNo { yes, no } => vec![yes.as_slice(), no.as_slice()],
        QuestionKind::Gemeente { next, .. } => vec![next.as_slice()],
    }
}

/// The names of whom advice `a` names: organisations, and roles resolved for
/// `gemeente` when one was asked for.
fn contact_names(map: &Map, a: usize, gemeente: Option<usize>, lang: Lang) -> Vec<String> {
    map.advices[a]
        .contacts
        .iter()
        .map(|c| match (c.target, gemeente) {
            (ContactTarget::Organisation(o), _) => map.organisations[o].naam.clone(),
            (ContactTarget::Role(r), Some(g)) => match map.gemeenten[g].roles.get(&r) {
                Some(&o) => map.organisations[o].naam.clone(),
                None => {
                    let naam = map.roles[r].naam.get(lang);
                    t!(lang, "routes-rol-niet-ingevuld", naam = naam)
                }
            },
            (ContactTarget::Role(r), None) => {
                let naam = map.roles[r].naam.get(lang);
                t!(lang, "routes-rol", naam = naam)
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::compile::from_sources;
    use crate::core::source::SourceFile;
    use crate::testkit::{Files, adversarial, chain};

    fn load(files: Files) -> Map {
        let sources: Vec<SourceFile> = files
            .into_iter()
            .map(|(name, text)| SourceFile::new(format!("m/{name}"), &text))
            .collect();
        from_sources(&sources).expect("the generated map loads")
    }

    /// Per advice id, how many routes have it in their plan: every route walked.
    fn brute_force(map: &Map) -> Vec<(String, u128)> {
        let mut counts = vec![0u128; map.advices.len()];
        assert!(for_each_route(map, usize::MAX, |walk| {
            for reached in &walk.reached {
                counts[reached.advice] += 1;
            }
        }));
        let mut out: Vec<(String, u128)> = map
            .advices
            .iter()
            .zip(counts)
            .filter(|(_, n)| *n > 0)
            .map(|(a, n)| (a.id.clone(), n))
            .collect();
        out.sort();
        out
    }

    fn counted(counted: &PerAdvice) -> (Certainty, Vec<(String, u128)>) {
        let mut out: Vec<(String, u128)> = counted
            .advices
            .iter()
            .map(|a| (a.advies.clone(), a.routes))
            .collect();
        out.sort();
        (counted.certainty, out)
    }

    #[test]
    fn without_shared_answers_the_counts_are_exact_without_walking() {
        // Each "ja" adds its advice and walks on: an advice is on half of all routes,
        // which a count of paths to it (1, 2, 4, ...) gets wrong.
        let map = load(chain(8));
        let (certainty, counts) = counted(&per_advice(&map, None, 0, 0, Lang::Nl));
        assert_eq!(certainty, Certainty::Exact);
        assert_eq!(counts, brute_force(&map));
        assert!(counts.contains(&("advies-1".into(), 128)), "{counts:?}");
    }

    #[test]
    fn with_shared_answers_a_finished_walk_is_exact_and_an_unfinished_one_a_floor() {
        let map = load(adversarial::signal(3));
        let truth = brute_force(&map);
        let (certainty, counts) = counted(&per_advice(&map, None, 0, COUNT_BUDGET, Lang::Nl));
        assert_eq!(certainty, Certainty::Exact);
        assert_eq!(counts, truth);

        let (certainty, counts) = counted(&per_advice(&map, None, 0, 20, Lang::Nl));
        assert_eq!(certainty, Certainty::AtLeast);
        assert!(counts.iter().any(|(_, n)| *n > 0), "{counts:?}");
        for (advice, n) in &counts {
            let real = truth.iter().find(|(a, _)| a == advice).map_or(0, |t| t.1);
            assert!(*n <= real, "{advice}: at least {n}, but only {real}");
        }
    }
}
