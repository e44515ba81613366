//! Rules from `regels.yaml`, proven for every route over the map's graph.
//!
//! A rule says: on every route whose answers meet `als`, the plan meets `dan`.
//! The dataflow ([`super::dataflow`]) gives every distinct outcome of a route,
//! recording only what the rule looks at: whether the questions in `als` were
//! asked (within the limits `als` sets), the contacts and advices `dan` names,
//! and, if asked for, the plan's urgency and first contact. A rule holds when
//! every outcome that asked all of `als` meets `dan`. If one does not, it is
//! rebuilt into concrete answers, walked by the engine, and shown as a
//! runnable `routekaart advise` line.
//!
//! Contacts are named as advices name them: an organisation id, or a role id
//! (whoever fills it in the pupil's or school's gemeente). The plan merges one
//! organisation under two names into one contact, so a rule is proven once
//! for each way the gemeenten can merge names (see [`super::cases`]), with roles
//! resolved as in the plan.

use super::cases::{self, Case, Sides};
use super::dataflow::{Limit, Named, Outcome, Tracking, stands_for};
use super::gemeente_condition::GemeenteLimits;
use super::proof::{Graph, Layout, Proof};
use crate::core::diagnostic::{Diagnostic, DiagnosticKind};
use crate::core::engine::Session;
use crate::core::finding::{Complexity, ConditionShape, Finding};
use crate::core::ids::IdKind;
use crate::core::map::{ContactTarget, Map, Node, QuestionKind, Urgency};
use crate::core::model::{Condition, RuleDef, RulesFile};
use crate::core::parse::parse;
use crate::core::problems::RuleProblem;
use crate::core::source::{Location, SourceFile};
use serde_saphyr::Spanned;
use std::collections::HashMap;

/// The result of one rule, for reports that list passing rules too.
#[derive(Debug, Clone)]
pub struct RuleResult {
    pub id: String,
    pub naam: String,
    pub location: Option<Location>,
    pub proven: bool,
}

/// What a rule demands of a plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Demand {
    First(Named),
    Names(Named),
    Lacks(Named),
    Advice(usize),
    Urgency(Urgency),
}

/// A rule with its ids resolved.
struct Rule {
    id: String,
    naam: String,
    limits: HashMap<usize, Limit>,
    /// Conditions on the gemeente questions (see [`super::gemeente_condition`]).
    gemeenten: GemeenteLimits,
    demands: Vec<Demand>,
}

/// Parses `regels.yaml` and proves every rule; problems go to `out`.
pub fn check(
    map: &Map,
    source: &SourceFile,
    map_argument: Option<&str>,
    out: &mut Vec<Diagnostic>,
) -> Vec<RuleResult> {
    let file: RulesFile = match parse(source) {
        Ok(file) => file,
        Err(diagnostic) => {
            out.push(diagnostic);
            return Vec::new();
        }
    };
    let mut seen: HashMap<&str, Option<Location>> = HashMap::new();
    let mut results = Vec::new();
    // The same for every rule, and on a large map costly: made once.
    let layout = std::cell::OnceCell::new();
    let mut sides = Sides::default();
    for def in &file.regels {
        let location = Location::of(&source.name, &def.id);
        if let Some(first) = seen.get(def.id.value.as_str()) {
            out.push(Diagnostic::error(
                DiagnosticKind::DuplicateId {
                    kind: IdKind::Rule,
                    id: def.id.value.clone(),
                    first: first.clone(),
                },
                location.clone(),
            ));
        }
        seen.insert(&def.id.value, location.clone());
        let before = out.len();
        let proven = match resolve(map, &source.name, def, out) {
            Some(rule) if out.len() == before => {
                let made = (layout.get_or_init(|| Layout::new(map)), &mut sides);
                prove(map, made, &rule, map_argument, location.clone(), out)
            }
            _ => false,
        };
        results.push(RuleResult {
            id: def.id.value.clone(),
            naam: crate::core::text::clean(&def.naam),
            location,
            proven,
        });
    }
    results
}

/// Resolves a rule's question, option, contact and advice ids.
fn resolve(map: &Map, file: &str, def: &RuleDef, out: &mut Vec<Diagnostic>) -> Option<Rule> {
    let rule_id = &def.id.value;
    let mut limits = HashMap::new();
    let mut gemeenten = GemeenteLimits::default();
    let mut ok = true;
    for (id, condition) in &def.als {
        let at = Location::of(file, id);
        let Some(q) = map.question_index(&id.value) else {
            out.push(Diagnostic::unknown_reference(
                IdKind::Question,
                &id.value,
                &map.question_ids(),
                at,
            ));
            ok = false;
            continue;
        };
        let asked = map.questions[q].asked(q);
        if let QuestionKind::Gemeente { kind, .. } = &map.questions[q].kind {
            let problem = match condition {
                Condition::Range { .. } => Some(Diagnostic::finding(
                    Finding::ConditionMismatch {
                        rule: rule_id.clone(),
                        question: id.value.clone(),
                        expected: ConditionShape::None,
                    },
                    at,
                )),
                _ => gemeenten
                    .add(map, asked, *kind, condition)
                    .err()
                    .map(|kind| Diagnostic::error(kind, at)),
            };
            if let Some(problem) = problem {
                ok = false;
                out.push(problem);
            }
            continue;
        }
        if limits.contains_key(&asked) {
            out.push(Diagnostic::error(
                DiagnosticKind::DuplicateKey {
                    key: id.value.clone(),
                },
                at,
            ));
            ok = false;
            continue;
        }
        match limit(map, asked, condition) {
            Ok(limit) => {
                limits.insert(asked, limit);
            }
            Err(problem) => {
                ok = false;
                out.push(match problem {
                    Unfit::Shape(expected) => Diagnostic::finding(
                        Finding::ConditionMismatch {
                            rule: rule_id.clone(),
                            question: id.value.clone(),
                            expected,
                        },
                        at,
                    ),
                    Unfit::Value(kind) => Diagnostic::error(kind, at),
                });
            }
        }
    }
    let dan = &def.dan.value;
    let mut demands = Vec::new();
    let mut named = |id: &Spanned<String>, out: &mut Vec<Diagnostic>| {
        let found = contact(map, file, rule_id, id, !gemeenten.asked.is_empty(), out);
        ok &= found.is_some();
        found
    };
    if let Some(first) = &dan.eerste_contact
        && let Some(who) = named(first, out)
    {
        demands.push(Demand::First(who));
    }
    for id in &dan.contacten {
        if let Some(who) = named(id, out) {
            demands.push(Demand::Names(who));
        }
    }
    for id in &dan.niet {
        if let Some(who) = named(id, out) {
            demands.push(Demand::Lacks(who));
        }
    }
    for id in &dan.adviezen {
        match map.node(&id.value) {
            Some(Node::Advice(a)) => demands.push(Demand::Advice(a)),
            _ => {
                let advices: Vec<String> = map.advices.iter().map(|a| a.id.clone()).collect();
                out.push(Diagnostic::unknown_reference(
                    IdKind::Advice,
                    &id.value,
                    &advices,
                    Location::of(file, id),
                ));
                ok = false;
            }
        }
    }
    if let Some(urgency) = dan.urgentie {
        demands.push(Demand::Urgency(urgency));
    }
    if demands.is_empty() && ok {
        out.push(Diagnostic::finding(
            Finding::EmptyDemand {
                rule: rule_id.clone(),
            },
            Location::of(file, &def.dan),
        ));
        ok = false;
    }
    ok.then(|| Rule {
        id: rule_id.clone(),
        naam: crate::core::text::clean(&def.naam),
        limits,
        gemeenten,
        demands,
    })
}

/// An organisation or role id, as advices name contacts.
fn contact(
    map: &Map,
    file: &str,
    rule: &str,
    id: &Spanned<String>,
    by_gemeente: bool,
    out: &mut Vec<Diagnostic>,
) -> Option<Named> {
    let at = Location::of(file, id);
    if let Some(r) = map.roles.iter().position(|r| r.id == id.value) {
        return Some(Named::Role(r));
    }
    let Some(o) = map.organisations.iter().position(|o| o.id == id.value) else {
        let mut known: Vec<String> = map.organisations.iter().map(|o| o.id.clone()).collect();
        known.extend(map.roles.iter().map(|r| r.id.clone()));
        out.push(Diagnostic::unknown_reference(
            IdKind::Contact,
            &id.value,
            &known,
            at,
        ));
        return None;
    };
    let direct = map.advices.iter().any(|a| {
        a.contacts
            .iter()
            .any(|c| c.target == ContactTarget::Organisation(o))
    });
    // With a condition on the gemeente, whoever fills a role there is known,
    // so the rule may name that organisation.
    if !direct && !by_gemeente {
        let roles: Vec<String> = map
            .roles
            .iter()
            .enumerate()
            .filter(|(r, role)| {
                role.outside_map == Some(o)
                    || map.gemeenten.iter().any(|g| g.roles.get(r) == Some(&o))
            })
            .map(|(_, role)| role.id.clone())
            .collect();
        if !roles.is_empty() {
            out.push(Diagnostic::finding(
                Finding::OnlyThroughRole {
                    rule: rule.to_string(),
                    organisation: id.value.clone(),
                    roles,
                },
                at,
            ));
            return None;
        }
    }
    Some(Named::Organisation(o))
}

/// Why a condition does not fit its question.
enum Unfit {
    /// The question takes another kind of condition.
    Shape(ConditionShape),
    /// A value that is not one of the question's options.
    Value(DiagnosticKind),
}

/// The limit a condition puts on the answer to question `q`, or why it does not fit.
fn limit(map: &Map, q: usize, condition: &Condition) -> Result<Limit, Unfit> {
    let question = &map.questions[q];
    let options = |values: &[String]| -> Result<Vec<usize>, Unfit> {
        let (QuestionKind::Choice(choices) | QuestionKind::MultiChoice(choices)) = &question.kind
        else {
            return Err(Unfit::Shape(ConditionShape::Values));
        };
        values
            .iter()
            .map(|value| {
                choices
                    .iter()
                    .position(|c| c.value.eq_ignore_ascii_case(value))
                    .ok_or_else(|| {
                        Unfit::Value(DiagnosticKind::UnknownValue {
                            value: value.clone(),
                            expected: choices.iter().map(|c| c.value.clone()).collect(),
                        })
                    })
            })
            .collect()
    };
    match (&question.kind, condition) {
        (QuestionKind::Choice(_), Condition::Values(values)) => Ok(Limit::AnyOf(options(values)?)),
        (QuestionKind::Choice(choices), Condition::Not(values)) => {
            let excluded = options(values)?;
            let allowed = (0..choices.len()).filter(|i| !excluded.contains(i));
            Ok(Limit::AnyOf(allowed.collect()))
        }
        (QuestionKind::MultiChoice(_), Condition::Values(values)) => Ok(Limit::Choose {
            required: options(values)?,
            excluded: Vec::new(),
        }),
        (QuestionKind::MultiChoice(_), Condition::Not(values)) => Ok(Limit::Choose {
            required: Vec::new(),
            excluded: options(values)?,
        }),
        (QuestionKind::Choice(_) | QuestionKind::MultiChoice(_), _) => {
            Err(Unfit::Shape(ConditionShape::Values))
        }
        (QuestionKind::YesNo { .. }, Condition::Values(values)) => match values.as_slice() {
            [v] if v.eq_ignore_ascii_case("ja") => Ok(Limit::YesNo(true)),
            [v] if v.eq_ignore_ascii_case("nee") => Ok(Limit::YesNo(false)),
            _ => Err(Unfit::Shape(ConditionShape::YesNo)),
        },
        (QuestionKind::YesNo { .. }, _) => Err(Unfit::Shape(ConditionShape::YesNo)),
        (QuestionKind::Number { min, max, .. }, Condition::Range { van, tot_en_met }) => {
            Ok(Limit::Between(
                van.unwrap_or(*min).max(*min),
                tot_en_met.unwrap_or(*max).min(*max),
            ))
        }
        (QuestionKind::Number { .. }, _) => Err(Unfit::Shape(ConditionShape::Range)),
        // Conditions on a gemeente question go to `GemeenteLimits` instead.
        (QuestionKind::Gemeente { .. }, _) => Err(Unfit::Shape(ConditionShape::None)),
    }
}

/// Proves `rule` over every route, or reports one concrete route where it
/// fails; `made` once for every rule: the [`Layout`] and the [`Sides`].
fn prove(
    map: &Map,
    made: (&Layout, &mut Sides),
    rule: &Rule,
    map_argument: Option<&str>,
    location: Option<Location>,
    out: &mut Vec<Diagnostic>,
) -> bool {
    let mut base = Tracking {
        asked: rule
            .limits
            .keys()
            .chain(&rule.gemeenten.asked)
            .copied()
            .collect(),
        ..Tracking::default()
    };
    base.asked.sort_unstable();
    for demand in &rule.demands {
        match *demand {
            Demand::Names(who) | Demand::Lacks(who) => base.contacts.push(who),
            Demand::Advice(a) => base.advices.push(a),
            Demand::First(_) => base.first_contact = true,
            Demand::Urgency(_) => base.urgency = true,
        }
    }
    // Outcomes keep conditions and named items as bits of a u64.
    if base.asked.len() >= 64 || base.advices.len() + base.contacts.len() > 64 {
        out.push(Diagnostic::finding(
            Finding::TooComplex {
                rule: Some(rule.id.clone()),
                cause: Complexity::Named,
            },
            location,
        ));
        return false;
    }
    let all_asked: u64 = (1u64 << base.asked.len()) - 1;
    let mut applies = false;
    let mut counterexample = None;
    // Where the proof gave up: the question past which it was too much work.
    let mut refused: Option<usize> = None;
    // One analysis per way the gemeenten can merge contacts (see `gemeente_cases`).
    let (layout, sides) = made;
    let graph = Graph::new(map, layout, rule.limits.clone());
    for (gemeenten, roles) in gemeente_cases(map, rule, sides) {
        let tracking = Tracking {
            contacts: base
                .contacts
                .iter()
                .map(|&c| stands_for(&roles, c))
                .collect(),
            roles,
            gemeenten,
            ..base.clone()
        };
        let tracking = if tracking.first_contact {
            tracking.lifting(map)
        } else {
            tracking
        };
        let graph = match &graph {
            Ok(graph) => graph,
            Err((_, question)) => {
                refused = Some(*question);
                break;
            }
        };
        let proof = match Proof::run(map, graph, tracking.clone()) {
            Ok(proof) => proof,
            Err((_, question)) => {
                refused = Some(question);
                break;
            }
        };
        for (i, outcome) in proof.start().enumerate() {
            if outcome.asked != all_asked {
                continue;
            }
            applies = true;
            if failure(map, &tracking, rule, outcome).is_some() {
                counterexample = Some((tracking.clone(), proof.witness(i)));
                break;
            }
        }
        if counterexample.is_some() {
            break;
        }
    }
    if let Some(question) = refused {
        out.push(Diagnostic::finding(
            Finding::TooComplex {
                rule: Some(rule.id.clone()),
                cause: Complexity::At(map.questions[question].id.clone()),
            },
            location,
        ));
        return false;
    }
    let Some((tracking, answers)) = counterexample else {
        // A rule that no route meets proves nothing; most likely `als` has a typo.
        if !applies {
            out.push(Diagnostic::finding(
                Finding::RuleNeverApplies {
                    rule: rule.id.clone(),
                },
                location,
            ));
        }
        return applies;
    };
    // The engine walks the answers found: the route shown is the real one.
    let walk = Session::with_answers(map, answers).walk();
    let outcome = tracking.of_walk(map, &walk);
    let problem = failure(map, &tracking, rule, &outcome).unwrap_or(RuleProblem::NotReproduced);
    out.push(Diagnostic::finding(
        Finding::RuleFails {
            rule: rule.id.clone(),
            naam: rule.naam.clone(),
            problem,
            route: crate::core::engine::route(map, &walk.steps),
            command: crate::render::advise_command(map, &walk.steps, map_argument),
        },
        location,
    ));
    false
}

/// The gemeenten (pupil's, school's) to analyse a rule with: one for each way
/// the roles can name the same organisation twice or name an organisation
/// that advices also name directly, since the plan merges those into one
/// contact (see [`cases`]). `None` is a gemeente outside the map.
fn gemeente_cases(map: &Map, rule: &Rule, sides: &mut Sides) -> Vec<Case> {
    // Organisations that keep their identity: those advices or the rule name.
    let mut pinned: Vec<usize> = map
        .advices
        .iter()
        .flat_map(|a| &a.contacts)
        .filter_map(|c| match c.target {
            ContactTarget::Organisation(o) => Some(o),
            ContactTarget::Role(_) => None,
        })
        .collect();
    for demand in &rule.demands {
        if let Demand::First(Named::Organisation(o))
        | Demand::Names(Named::Organisation(o))
        | Demand::Lacks(Named::Organisation(o)) = *demand
        {
            pinned.push(o);
        }
    }
    pinned.sort_unstable();
    pinned.dedup();
    let named: Vec<Named> = rule
        .demands
        .iter()
        .filter_map(|d| match *d {
            Demand::Names(who) | Demand::Lacks(who) => Some(who),
            _ => None,
        })
        .collect();
    let mut read_named = named.clone();
    read_named.extend(rule.demands.iter().filter_map(|d| match *d {
        Demand::First(who) => Some(who),
        _ => None,
    }));
    cases::cases(
        map,
        cases::Demands {
            first: rule.demands.iter().any(|d| matches!(d, Demand::First(_))),
            named: &named,
            pinned: &pinned,
            read: &cases::first_contact_roles(map, &read_named),
            only: (
                rule.gemeenten.pupils.as_deref(),
                rule.gemeenten.schools.as_deref(),
            ),
        },
        sides,
    )
}

/// The first demand `outcome` does not meet.
fn failure(map: &Map, tracking: &Tracking, rule: &Rule, outcome: &Outcome) -> Option<RuleProblem> {
    let bit_of_contact = |who: Named| {
        let who = tracking.contact(who);
        let i = tracking.contacts.iter().position(|&c| c == who);
        tracking.advices.len() + i.expect("every named contact is tracked")
    };
    for demand in &rule.demands {
        let problem = match *demand {
            Demand::First(who) => {
                let first = outcome.top.as_ref().and_then(|t| t.first());
                (first != Some(tracking.contact(who))).then(|| RuleProblem::FirstContact {
                    got: first.map(|f| f.id(map).to_string()),
                    wanted: who.id(map).to_string(),
                })
            }
            Demand::Names(who) => {
                (!Tracking::has(outcome, bit_of_contact(who))).then(|| RuleProblem::Missing {
                    who: who.id(map).to_string(),
                })
            }
            Demand::Lacks(who) => {
                Tracking::has(outcome, bit_of_contact(who)).then(|| RuleProblem::Present {
                    who: who.id(map).to_string(),
                })
            }
            Demand::Advice(a) => {
                let bit = tracking.advices.iter().position(|&x| x == a);
                let bit = bit.expect("every named advice is tracked");
                (!Tracking::has(outcome, bit)).then(|| RuleProblem::AdviceMissing {
                    advice: map.advices[a].id.clone(),
                })
            }
            Demand::Urgency(wanted) => {
                let got = outcome
                    .top
                    .as_ref()
                    .map_or(Urgency::Regulier, |t| t.urgency);
                (got > wanted).then(|| RuleProblem::Urgency {
                    got: got.id(),
                    wanted: wanted.id(),
                })
            }
        };
        if problem.is_some() {
            return problem;
        }
    }
    None
}
