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

mod conditions;
mod desk;
pub mod html;
pub mod names;
mod stand_in;
pub mod text;

use crate::core::answer::{self, Answer};
use crate::core::engine::{Session, Walk};
use crate::core::map::{InLang, Map, QuestionKind, Urgency};
use crate::core::plan::{Plan, Whom};
use crate::core::school::Profile;
use crate::views::routes::branch_answers;
pub(crate) use conditions::or_list;
pub use conditions::short_label;
pub use desk::{Desk, OwnPerson, short_name};
use desk::{desk, is_emergency, target_desk};
use serde::Serialize;
pub use stand_in::StandIn;
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
    /// Answers after the signal that send every signal that asks them to the
    /// same first desk, such as "has a startkwalificatie": said once.
    pub regels: Vec<Rule>,
    /// Roles that stand in for another role for some pupils, with another
    /// desk in this gemeente: said once, and banded as the usual desk.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub in_plaats_van: Vec<StandIn>,
    pub signalen: Vec<Signal>,
}

/// An answer after the signal that leads to the same first desk, at the same
/// urgency, in every signal (and kind) that asks it; the bands leave it out.
#[derive(Debug, Clone, Serialize)]
pub struct Rule {
    pub wanneer: String,
    pub eerst: Desk,
    pub urgentie: Urgency,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub plicht: Option<String>,
    /// The labels of the signals that ask it.
    pub signalen: Vec<String>,
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
    /// The route in direct danger, when it goes to the emergency number at
    /// once: the page says "bel 112" once for all such signals, and the
    /// other bands need not repeat "direct danger: no".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub direct_gevaar: Option<Band>,
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
    let mut regels = Vec::new();
    if let Some((q, options)) = signal_question.and_then(|q| match &map.questions[q].kind {
        QuestionKind::MultiChoice(options) | QuestionKind::Choice(options) => Some((q, options)),
        _ => None,
    }) {
        let multi = matches!(map.questions[q].kind, QuestionKind::MultiChoice(_));
        let mut all: Vec<Vec<Walk>> = Vec::new();
        for i in 0..options.len() {
            let mut fixed = fixed.clone();
            fixed.insert(
                q,
                if multi {
                    Answer::Choices(vec![i])
                } else {
                    Answer::Choice(i)
                },
            );
            all.push(complete_walks(map, &fixed, &preset));
        }
        let (rules, ruled) = rules(map, g, &all, profile);
        regels = rules;
        for ((option, walks), ruled) in options.iter().zip(all).zip(ruled) {
            let walks: Vec<Walk> = walks
                .into_iter()
                .enumerate()
                .filter(|(w, _)| !ruled.contains(w))
                .map(|(_, walk)| walk)
                .collect();
            let (direct_gevaar, banden) = bands(map, g, &walks, profile);
            signalen.push(Signal {
                waarde: option.value.clone(),
                label: option.label.in_lang(crate::i18n::current()),
                direct_gevaar,
                banden,
            });
        }
        for rule in &mut regels {
            rule.signalen = rule
                .signalen
                .iter()
                .filter_map(|v| options.iter().find(|o| o.value == *v))
                .map(|o| o.label.in_lang(crate::i18n::current()))
                .collect();
        }
    }
    Kaart {
        gemeente: map.gemeenten[g].naam.clone(),
        school: profile.and_then(|p| p.school.clone()),
        vooraf,
        regels,
        in_plaats_van: stand_in::of(map, g, profile),
        signalen,
    }
}

/// The answers after the signal (yes/no and choice questions) that, in two or
/// more signals or kinds, always lead to the same first desk at the same
/// urgency: each becomes a [`Rule`], and the walks it covers leave the bands
/// (returned per signal, as indices into its walks). An answer that would
/// leave a signal with no walk stays in its bands.
fn rules(
    map: &Map,
    g: usize,
    all: &[Vec<Walk>],
    profile: Option<&Profile>,
) -> (Vec<Rule>, Vec<Vec<usize>>) {
    let signal = map.signal_question();
    // Per walk: whom it calls first, the urgency, that desk and its deadline.
    type First = (Option<Whom>, Urgency, Option<Desk>, Option<String>);
    let firsts: Vec<Vec<First>> = all
        .iter()
        .map(|walks| {
            walks
                .iter()
                .map(|walk| {
                    let plan = Plan::build(map, walk);
                    let first = plan.contacts.first().map(|c| stand_in::usual(map, g, c));
                    let first = first.as_ref();
                    (
                        first.map(|c| c.whom),
                        plan.urgency(),
                        first.map(|c| desk(map, &plan, c, profile)),
                        first.and_then(|c| {
                            c.reasons
                                .iter()
                                .find_map(|r| r.termijn.in_lang(crate::i18n::current()))
                        }),
                    )
                })
                .collect()
        })
        .collect();
    // Every (question, answer) after the signal, in route order.
    let mut candidates: Vec<(usize, Answer)> = Vec::new();
    for walks in all {
        for walk in walks {
            for step in &walk.steps {
                let q = step.question;
                let kind = &map.questions[q].kind;
                if Some(q) != signal
                    && matches!(kind, QuestionKind::YesNo { .. } | QuestionKind::Choice(_))
                    && !candidates
                        .iter()
                        .any(|(cq, ca)| *cq == q && *ca == step.answer)
                {
                    candidates.push((q, step.answer.clone()));
                }
            }
        }
    }
    let mut rules: Vec<Rule> = Vec::new();
    let mut ruled: Vec<Vec<usize>> = vec![Vec::new(); all.len()];
    for (q, answer) in candidates {
        let gives = |walk: &Walk| {
            walk.steps
                .iter()
                .any(|s| s.question == q && s.answer == answer)
        };
        let hits: Vec<(usize, usize)> = all
            .iter()
            .enumerate()
            .flat_map(|(i, walks)| {
                walks
                    .iter()
                    .enumerate()
                    .filter(|(_, walk)| gives(walk))
                    .map(move |(w, _)| (i, w))
            })
            .collect();
        let mut groups: Vec<(usize, Vec<String>)> = Vec::new();
        for &(i, w) in &hits {
            let group = (i, topic(map, &all[i][w], signal));
            if !groups.contains(&group) {
                groups.push(group);
            }
        }
        let Some(&(i0, w0)) = hits.first() else {
            continue;
        };
        let first = &firsts[i0][w0];
        let alike = hits.iter().all(|&(i, w)| {
            let other = &firsts[i][w];
            other.0 == first.0 && other.1 == first.1 && other.3 == first.3
        });
        let empties = (0..all.len()).any(|i| {
            let left = all[i]
                .iter()
                .enumerate()
                .filter(|(w, walk)| !ruled[i].contains(w) && !gives(walk))
                .count();
            left == 0 && hits.iter().any(|(hi, _)| *hi == i)
        });
        if groups.len() < 2 || !alike || first.0.is_none() || empties {
            continue;
        }
        let Some(eerst) = first.2.clone() else {
            continue;
        };
        let wanneer = conditions::describe(map, q, std::slice::from_ref(&answer));
        for &(i, w) in &hits {
            if !ruled[i].contains(&w) {
                ruled[i].push(w);
            }
        }
        let mut signalen: Vec<String> = Vec::new();
        for (i, _) in &groups {
            let value = signal_value(map, signal, &all[*i]);
            if let Some(value) = value.filter(|v| !signalen.contains(v)) {
                signalen.push(value);
            }
        }
        match rules
            .iter_mut()
            .find(|r| r.wanneer == wanneer && r.eerst == eerst && r.urgentie == first.1)
        {
            Some(rule) => {
                for s in signalen {
                    if !rule.signalen.contains(&s) {
                        rule.signalen.push(s);
                    }
                }
            }
            None => rules.push(Rule {
                wanneer,
                eerst,
                urgentie: first.1,
                plicht: first.3.clone(),
                signalen,
            }),
        }
    }
    (rules, ruled)
}

/// The value of the signal option the walks were made for.
fn signal_value(map: &Map, signal: Option<usize>, walks: &[Walk]) -> Option<String> {
    let q = signal?;
    let step = walks.first()?.steps.iter().find(|s| s.question == q)?;
    let options = match &map.questions[q].kind {
        QuestionKind::MultiChoice(options) | QuestionKind::Choice(options) => options,
        _ => return None,
    };
    match &step.answer {
        Answer::Choice(i) => options.get(*i).map(|o| o.value.clone()),
        Answer::Choices(c) => c
            .first()
            .and_then(|i| options.get(*i))
            .map(|o| o.value.clone()),
        _ => None,
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
                    vraag: question.tekst.in_lang(crate::i18n::current()),
                    antwoord: answer::label(map, question, &answer, crate::i18n::current()),
                    advies: map.advices[advice].titel.in_lang(crate::i18n::current()),
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
/// fewest answers that set it apart within its topic. A band that calls the
/// emergency number at once is returned apart, and the other bands are
/// described among themselves (without "direct danger: no").
fn bands(
    map: &Map,
    g: usize,
    walks: &[Walk],
    profile: Option<&Profile>,
) -> (Option<Band>, Vec<Band>) {
    struct Group {
        key: (Vec<String>, Option<Whom>, Urgency),
        band: Band,
        walks: Vec<usize>,
    }
    let signal = map.signal_question();
    let mut groups: Vec<Group> = Vec::new();
    for (w, walk) in walks.iter().enumerate() {
        let plan = Plan::build(map, walk);
        let first = plan.contacts.first().map(|c| stand_in::usual(map, g, c));
        let first = first.as_ref();
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
                    plicht: first.and_then(|c| {
                        c.reasons
                            .iter()
                            .find_map(|r| r.termijn.in_lang(crate::i18n::current()))
                    }),
                },
                walks: vec![w],
            }),
        }
    }
    let alarm = groups
        .iter()
        .position(|g| g.band.urgentie == Urgency::Acuut && is_emergency(&g.band.eerst));
    let alarm = alarm.map(|a| {
        let mut group = groups.remove(a);
        let among: Vec<usize> = (0..walks.len()).collect();
        group.band.wanneer = conditions::describe_members(map, walks, &among, &group.walks).0;
        (group.band, group.walks)
    });
    let topics: Vec<Vec<String>> = groups.iter().map(|g| g.key.0.clone()).collect();
    // Each band with its first walk, to put them in route order.
    let mut banden: Vec<(usize, Band)> = Vec::new();
    for group in groups {
        if topics.iter().filter(|t| **t == group.key.0).count() < 2 {
            banden.push((group.walks[0], group.band));
            continue;
        }
        let same_topic: Vec<usize> = (0..walks.len())
            .filter(|&w| topic(map, &walks[w], signal) == group.key.0)
            .filter(|w| !alarm.as_ref().is_some_and(|(_, a)| a.contains(w)))
            .collect();
        for (first, wanneer) in conditions::split(map, walks, &same_topic, &group.walks) {
            let band = Band {
                wanneer,
                ..group.band.clone()
            };
            banden.push((first, band));
        }
    }
    // Walks come in route order, a topic's walks together: sorting by the
    // first walk keeps topics whole and puts "under 18" before "18 or older".
    banden.sort_by_key(|(first, _)| *first);
    (
        alarm.map(|(band, _)| band),
        banden.into_iter().map(|(_, band)| band).collect(),
    )
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

#[cfg(test)]
mod tests;
