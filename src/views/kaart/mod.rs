//! `routekaart kaart`: the one-page routekaart a gemeente hands to its schools.
//! Each signal with its first desk, the desk's number, the urgency and the
//! duty; one band per answer (an age, a school type, a kind of absence) where
//! the first desk or the urgency differs.
//!
//! Derived from the engine, not from a hand-kept list: every route of each
//! signal is walked for a school and a pupil in one gemeente, through the same
//! [`Session`] and [`Plan`] as `ask` and `advise`, and routes whose plans start
//! alike are merged into one band. Questions asked before the signal (such as
//! "is a casusregisseur already involved?") are answered the plain way (the
//! answer that adds no advice), and their other answers become notes above the
//! signals. With the school's profile its type is known (fewer bands) and its
//! own people stand before the regional desks. Pure: built from the map.

pub mod text;

use crate::core::answer::{self, Answer};
use crate::core::engine::{Session, Walk};
use crate::core::map::{ContactTarget, Map, QuestionKind, Urgency};
use crate::core::plan::{Plan, PlannedContact, Whom};
use crate::core::school::{Profile, plan_gemeenten};
use crate::render::whom_name;
use crate::views::routes::{branch_answers, pieces};
use serde::Serialize;
use std::collections::HashMap;

/// The whole page.
#[derive(Debug, Clone, Serialize)]
pub struct Kaart {
    /// The gemeente of the school and the pupil.
    pub gemeente: String,
    /// The school's name, from its profile.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub school: Option<String>,
    /// Answers before the signal that change who comes first, for every signal.
    pub vooraf: Vec<Note>,
    pub signalen: Vec<Signal>,
}

/// An answer before the signal that adds an advice to every plan, such as
/// "a casusregisseur is already involved".
#[derive(Debug, Clone, Serialize)]
pub struct Note {
    pub vraag: String,
    pub antwoord: String,
    /// The title of the advice it adds.
    pub advies: String,
    pub eerst: Desk,
    pub urgentie: Urgency,
}

/// One signal (an option of the signal question) and its bands.
#[derive(Debug, Clone, Serialize)]
pub struct Signal {
    pub waarde: String,
    pub label: String,
    pub banden: Vec<Band>,
}

/// Routes of one signal whose plans start with the same desk, at the same urgency.
#[derive(Debug, Clone, Serialize)]
pub struct Band {
    /// The options chosen at multiple-choice questions after the signal
    /// (such as the kind of absence); empty for most signals.
    pub onderwerp: Vec<String>,
    /// What sets this band apart from the signal's other bands, such as
    /// "16 uur of meer" and "5–15 jaar"; empty when the signal has one band.
    pub wanneer: Vec<String>,
    pub eerst: Desk,
    pub urgentie: Urgency,
    /// The deadline the law or a protocol sets for that first contact.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub plicht: Option<String>,
}

/// Whom to call first, with one way to reach them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Desk {
    pub naam: String,
    /// The phone number, else the website, else the e-mail address.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bereik: Option<String>,
    /// The school's own person for this role.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub school: Option<OwnPerson>,
}

/// One of the school's own people, with one way to reach them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OwnPerson {
    pub naam: String,
    /// The phone number, else the e-mail address.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bereik: Option<String>,
}

impl OwnPerson {
    fn of(person: &crate::core::school::Person) -> OwnPerson {
        OwnPerson {
            naam: person.naam.clone(),
            bereik: person.telefoon.clone().or_else(|| person.email.clone()),
        }
    }
}

/// The routekaart for a school and a pupil in gemeente `g`.
pub fn build(map: &Map, g: usize, profile: Option<&Profile>) -> Kaart {
    let preset = profile.map(|p| p.preset(map)).unwrap_or_default();
    let mut fixed: HashMap<usize, Answer> = HashMap::new();
    for (q, question) in map.questions.iter().enumerate() {
        if let QuestionKind::Gemeente { .. } = question.kind {
            fixed.insert(q, Answer::Gemeente(Some(g)));
        }
    }
    let (vooraf, signal_question) = before_signal(map, &mut fixed, &preset, profile);
    let mut signalen = Vec::new();
    if let Some((q, options)) = signal_question.and_then(|q| match &map.questions[q].kind {
        QuestionKind::MultiChoice(options) | QuestionKind::Choice(options) => Some((q, options)),
        _ => None,
    }) {
        let multi = matches!(map.questions[q].kind, QuestionKind::MultiChoice(_));
        for (i, option) in options.iter().enumerate() {
            let mut fixed = fixed.clone();
            fixed.insert(
                q,
                if multi {
                    Answer::Choices(vec![i])
                } else {
                    Answer::Choice(i)
                },
            );
            let walks = complete_walks(map, &fixed, &preset);
            signalen.push(Signal {
                waarde: option.value.clone(),
                label: option.label.clone(),
                banden: bands(map, &walks, profile),
            });
        }
    }
    Kaart {
        gemeente: map.gemeenten[g].naam.clone(),
        school: profile.and_then(|p| p.school.clone()),
        vooraf,
        signalen,
    }
}

/// Walks from the start to the signal question (the map's [`Map::signal_question`]),
/// fixing each question on the way to its plain answer (one that adds no
/// advice); the other answers that add an advice become notes.
fn before_signal(
    map: &Map,
    fixed: &mut HashMap<usize, Answer>,
    preset: &[(usize, Answer)],
    profile: Option<&Profile>,
) -> (Vec<Note>, Option<usize>) {
    let signal = map.signal_question();
    let mut notes = Vec::new();
    let session = |fixed: &HashMap<usize, Answer>| {
        Session::with_answers(map, fixed.clone()).with_preset(preset.to_vec())
    };
    // Each round fixes one question; a map has fewer questions than rounds.
    for _ in 0..map.questions.len() {
        let walk = session(fixed).walk();
        let Some(q) = walk.next else { break };
        if Some(q) == signal || !walk.reached.is_empty() {
            break;
        }
        let mut plain = None;
        for answer in branch_answers(map, q) {
            let mut trial = fixed.clone();
            trial.insert(q, answer.clone());
            let reached = session(&trial).walk().reached;
            if reached.is_empty() {
                plain.get_or_insert(answer);
                continue;
            }
            let question = &map.questions[q];
            let first = reached
                .iter()
                .flat_map(|r| {
                    map.advices[r.advice]
                        .contacts
                        .iter()
                        .map(move |c| (r.advice, c))
                })
                .min_by_key(|(_, c)| c.urgency);
            if let Some((advice, contact)) = first {
                notes.push(Note {
                    vraag: question.tekst.clone(),
                    antwoord: answer::label(map, question, &answer, crate::i18n::current()),
                    advies: map.advices[advice].titel.clone(),
                    eerst: target_desk(map, contact.target, profile),
                    urgentie: contact.urgency,
                });
            }
        }
        let Some(plain) = plain.or_else(|| branch_answers(map, q).into_iter().next()) else {
            break;
        };
        fixed.insert(q, plain);
    }
    (notes, signal)
}

/// Every complete walk with the `fixed` answers, one per way the other
/// questions route (as `routes` enumerates them).
fn complete_walks(
    map: &Map,
    fixed: &HashMap<usize, Answer>,
    preset: &[(usize, Answer)],
) -> Vec<Walk> {
    let mut walks = Vec::new();
    let mut stack = vec![Session::with_answers(map, fixed.clone()).with_preset(preset.to_vec())];
    while let Some(session) = stack.pop() {
        let walk = session.walk();
        let Some(q) = walk.next else {
            walks.push(walk);
            continue;
        };
        for answer in branch_answers(map, q).into_iter().rev() {
            let mut next = session.clone();
            next.answer(q, answer);
            stack.push(next);
        }
    }
    walks
}

/// The walks merged into bands: first by topic (the options chosen at each
/// multiple-choice question after the signal, such as the kind of absence),
/// then by first desk and urgency; in route order, each described by the
/// fewest answers that set it apart within its topic.
fn bands(map: &Map, walks: &[Walk], profile: Option<&Profile>) -> Vec<Band> {
    struct Group {
        key: (Vec<String>, Option<Whom>, Urgency),
        band: Band,
        walks: Vec<usize>,
    }
    let signal = map.signal_question();
    let mut groups: Vec<Group> = Vec::new();
    for (w, walk) in walks.iter().enumerate() {
        let plan = Plan::build(map, walk);
        let first = plan.contacts.first();
        let topic = topic(map, walk, signal);
        let key = (topic.clone(), first.map(|c| c.whom), plan.urgency());
        match groups.iter_mut().find(|g| g.key == key) {
            Some(group) => group.walks.push(w),
            None => groups.push(Group {
                key,
                band: Band {
                    onderwerp: topic,
                    wanneer: Vec::new(),
                    eerst: first.map_or_else(
                        || Desk {
                            naam: String::new(),
                            bereik: None,
                            school: None,
                        },
                        |c| desk(map, &plan, c, profile),
                    ),
                    urgentie: plan.urgency(),
                    plicht: first.and_then(|c| c.reasons.iter().find_map(|r| r.termijn.clone())),
                },
                walks: vec![w],
            }),
        }
    }
    let topics: Vec<Vec<String>> = groups.iter().map(|g| g.key.0.clone()).collect();
    for group in &mut groups {
        let same_topic: Vec<usize> = (0..walks.len())
            .filter(|&w| topic(map, &walks[w], signal) == group.key.0)
            .collect();
        if topics.iter().filter(|t| **t == group.key.0).count() > 1 {
            group.band.wanneer = conditions(map, walks, &same_topic, &group.walks);
        }
    }
    groups.into_iter().map(|g| g.band).collect()
}

/// A walk's topic: the labels of its answers to multiple-choice questions
/// other than the signal question.
fn topic(map: &Map, walk: &Walk, signal: Option<usize>) -> Vec<String> {
    walk.steps
        .iter()
        .filter(|s| Some(s.question) != signal)
        .filter(|s| matches!(map.questions[s.question].kind, QuestionKind::MultiChoice(_)))
        .map(|s| {
            short_label(&answer::label(
                map,
                &map.questions[s.question],
                &s.answer,
                crate::i18n::current(),
            ))
        })
        .collect()
}

/// The fewest answers that set the walks `members` apart from the others in
/// `among`: greedily, the question whose members' answers rule out the most
/// other walks still left, until none is left (or no question rules out more);
/// printed in route order.
fn conditions(map: &Map, walks: &[Walk], among: &[usize], members: &[usize]) -> Vec<String> {
    let answer_of = |w: usize, q: usize| {
        walks[w]
            .steps
            .iter()
            .find(|s| s.question == q)
            .map(|s| s.answer.clone())
    };
    let mut questions: Vec<usize> = Vec::new();
    for &m in members {
        for step in &walks[m].steps {
            let q = step.question;
            if !questions.contains(&q)
                && !matches!(
                    map.questions[q].kind,
                    QuestionKind::Gemeente { .. } | QuestionKind::MultiChoice(_)
                )
            {
                questions.push(q);
            }
        }
    }
    let allowed = |q: usize| -> Vec<Answer> {
        let mut found: Vec<Answer> = Vec::new();
        for &m in members {
            if let Some(a) = answer_of(m, q)
                && !found.contains(&a)
            {
                found.push(a);
            }
        }
        found
    };
    // A walk is ruled out by question q when it answered q outside `allowed(q)`.
    let rules_out = |w: usize, q: usize| answer_of(w, q).is_some_and(|a| !allowed(q).contains(&a));
    let mut left: Vec<usize> = among
        .iter()
        .copied()
        .filter(|w| !members.contains(w))
        .collect();
    let mut chosen: Vec<usize> = Vec::new();
    while !left.is_empty() {
        let best = questions
            .iter()
            .filter(|q| !chosen.contains(q))
            .map(|&q| (left.iter().filter(|&&w| rules_out(w, q)).count(), q))
            .filter(|(n, _)| *n > 0)
            .max_by_key(|&(n, q)| (n, std::cmp::Reverse(questions.iter().position(|x| *x == q))));
        let Some((_, q)) = best else { break };
        chosen.push(q);
        left.retain(|&w| !rules_out(w, q));
    }
    questions
        .iter()
        .filter(|q| chosen.contains(q))
        .map(|&q| describe(map, q, &allowed(q)))
        .collect()
}

/// Answers to question `q` in words: number pieces merged into ranges, options
/// by their short label, yes/no with the question's id.
fn describe(map: &Map, q: usize, answers: &[Answer]) -> String {
    let question = &map.questions[q];
    match &question.kind {
        QuestionKind::Number { min, max, unit, .. } => {
            let unit = unit.as_deref().unwrap_or("");
            let mut ranges: Vec<(i64, i64)> = pieces(map, q)
                .into_iter()
                .filter(|(from, to)| {
                    answers
                        .iter()
                        .any(|a| matches!(a, Answer::Number(n) if from <= n && n <= to))
                })
                .collect();
            ranges.sort_unstable();
            let mut merged: Vec<(i64, i64)> = Vec::new();
            for (from, to) in ranges {
                match merged.last_mut() {
                    Some(last) if last.1 + 1 == from => last.1 = to,
                    _ => merged.push((from, to)),
                }
            }
            let words: Vec<String> = merged
                .iter()
                .map(|&(from, to)| number_range(from, to, *min, *max, unit))
                .collect();
            or_list(&words)
        }
        QuestionKind::YesNo { .. } => {
            let name = question.id.replace('-', " ");
            let labels: Vec<String> = answers
                .iter()
                .map(|a| answer::label(map, question, a, crate::i18n::current()).to_lowercase())
                .collect();
            format!("{name}: {}", labels.join("/"))
        }
        _ => {
            let labels: Vec<String> = answers
                .iter()
                .map(|a| short_label(&answer::label(map, question, a, crate::i18n::current())))
                .collect();
            or_list(&labels)
        }
    }
}

/// "a, b of c".
fn or_list(items: &[String]) -> String {
    match items.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => {
            let or = crate::t!(crate::i18n::current(), "kaart-of");
            format!("{} {or} {last}", rest.join(", "))
        }
    }
}

/// A range of a number question in words: "16 uur of meer", "tot 5 jaar", "5–15 jaar".
fn number_range(from: i64, to: i64, min: i64, max: i64, unit: &str) -> String {
    let unit = if unit.is_empty() {
        String::new()
    } else {
        format!(" {unit}")
    };
    if from == to {
        format!("{from}{unit}")
    } else if to == max && from > min {
        crate::tr!("{from}{unit} of meer", "{from}{unit} or more")
    } else if from == min && to < max && min == 0 {
        let below = to + 1;
        crate::tr!("onder {below}{unit}", "under {below}{unit}")
    } else {
        format!("{from}–{to}{unit}")
    }
}

/// An option's label without its explanation in brackets: "Verzuim".
pub fn short_label(label: &str) -> String {
    let cut = label.find(" (").unwrap_or(label.len());
    label[..cut].trim().to_string()
}

/// A desk's name up to its first comma, bracket or ampersand: "GGD
/// Amsterdam", "Leerplicht", "DUO", "Team Leerplicht"; the full name stays in
/// the plan.
pub fn short_name(name: &str) -> String {
    let cut = name.find([',', '(', '&']).unwrap_or(name.len());
    name[..cut].trim().to_string()
}

/// The first contact as a desk: its name and one way to reach it, and the
/// school's own person for its role.
fn desk(map: &Map, plan: &Plan, contact: &PlannedContact, profile: Option<&Profile>) -> Desk {
    let school = profile
        .and_then(|p| p.person_for(map, contact, plan_gemeenten(map, plan)))
        .map(OwnPerson::of);
    let bereik = match contact.whom {
        Whom::Organisation(o) => reach(&map.organisations[o]),
        _ => None,
    };
    Desk {
        naam: short_name(&whom_name(map, contact.whom)),
        bereik,
        school,
    }
}

/// A desk named by an advice directly, before any route resolves a role: an
/// organisation with its number, or a role (with the school's own person).
fn target_desk(map: &Map, target: ContactTarget, profile: Option<&Profile>) -> Desk {
    match target {
        ContactTarget::Organisation(o) => Desk {
            naam: short_name(&map.organisations[o].naam),
            bereik: reach(&map.organisations[o]),
            school: None,
        },
        ContactTarget::Role(r) => Desk {
            naam: short_name(&map.roles[r].naam),
            bereik: None,
            school: profile
                .and_then(|p| p.people.iter().find(|person| person.role == r))
                .map(OwnPerson::of),
        },
    }
}

/// One way to reach an organisation: phone, else website (without `https://`),
/// else e-mail.
fn reach(org: &crate::core::map::Organisation) -> Option<String> {
    org.telefoon
        .clone()
        .or_else(|| {
            org.website.as_ref().map(|w| {
                w.trim_start_matches("https://")
                    .trim_start_matches("http://")
                    .trim_end_matches('/')
                    .to_string()
            })
        })
        .or_else(|| org.email.clone())
}

#[cfg(test)]
mod tests;
