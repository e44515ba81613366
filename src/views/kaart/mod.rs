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
mod rules;
mod stand_in;
pub mod text;

use crate::core::answer::{self, Answer};
use crate::core::engine::{Session, Walk};
use crate::core::map::{InLang, Map, QuestionKind, Urgency};
use crate::core::plan::{Plan, Whom};
use crate::core::school::Profile;
use crate::i18n::Lang;
use crate::views::routes::branch_answers;
pub(crate) use conditions::or_list;
pub use conditions::short_label;
pub use desk::{Desk, OwnPerson, short_name};
use desk::{desk, is_emergency, target_desk};
pub use rules::Rule;
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
    /// The language the page is worded in.
    #[serde(skip)]
    pub lang: Lang,
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
    /// The answer of a rule that this kind is not covered by ("met
    /// startkwalificatie"): its bands hold those routes too.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ook: Option<String>,
}

/// The routekaart for a school and a pupil in gemeente `g`, worded in `lang`.
pub fn build(map: &Map, g: usize, profile: Option<&Profile>, lang: Lang) -> Kaart {
    let preset = profile.map(|p| p.preset(map)).unwrap_or_default();
    let mut fixed: HashMap<usize, Answer> = HashMap::new();
    for (q, question) in map.questions.iter().enumerate() {
        if let QuestionKind::Gemeente { .. } = question.kind {
            fixed.insert(q, Answer::Gemeente(Some(g)));
        }
    }
    let (vooraf, signal_question) = before_signal(map, &mut fixed, &preset, profile, lang);
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
        let (rules, ruled, exceptions) = rules::of(map, g, &all, profile, lang);
        regels = rules;
        for (i, ((option, walks), ruled)) in options.iter().zip(all).zip(ruled).enumerate() {
            let walks: Vec<Walk> = walks
                .into_iter()
                .enumerate()
                .filter(|(w, _)| !ruled.contains(w))
                .map(|(_, walk)| walk)
                .collect();
            let (direct_gevaar, mut banden) = bands(map, g, &walks, profile, lang);
            for (_, kind, wanneer) in exceptions.iter().filter(|(s, _, _)| *s == i) {
                for band in banden.iter_mut().filter(|b| b.onderwerp == *kind) {
                    band.ook = Some(wanneer.clone());
                }
            }
            signalen.push(Signal {
                waarde: option.value.clone(),
                label: option.label.in_lang(lang),
                direct_gevaar,
                banden,
            });
        }
        for rule in &mut regels {
            rule.signalen = rule
                .signalen
                .iter()
                .filter_map(|v| options.iter().find(|o| o.value == *v))
                .map(|o| o.label.in_lang(lang))
                .collect();
        }
    }
    Kaart {
        gemeente: map.gemeenten[g].naam.clone(),
        school: profile.and_then(|p| p.school.clone()),
        vooraf,
        regels,
        in_plaats_van: stand_in::of(map, g, profile, lang),
        signalen,
        lang,
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
    lang: Lang,
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
                    vraag: question.tekst.in_lang(lang),
                    antwoord: answer::label(map, question, &answer, lang),
                    advies: map.advices[advice].titel.in_lang(lang),
                    eerst: target_desk(map, contact.target, profile, lang),
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
    lang: Lang,
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
        let topic = conditions::topic(map, walk, signal, lang);
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
                        |c| desk(map, &plan, c, profile, lang),
                    ),
                    urgentie: plan.urgency(),
                    plicht: first.and_then(|c| {
                        c.reasons
                            .iter()
                            .find_map(|r| r.termijn(map).map(|t| t.in_lang(lang)))
                    }),
                    ook: None,
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
        group.band.wanneer = conditions::describe_members(map, walks, &among, &group.walks, lang).0;
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
            .filter(|&w| conditions::topic(map, &walks[w], signal, lang) == group.key.0)
            .filter(|w| !alarm.as_ref().is_some_and(|(_, a)| a.contains(w)))
            .collect();
        for (first, wanneer) in conditions::split(map, walks, &same_topic, &group.walks, lang) {
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

#[cfg(test)]
mod tests;
