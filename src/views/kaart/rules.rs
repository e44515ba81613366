//! The kaart's rules: an answer after the signal, such as "has a
//! startkwalificatie", that sends every signal asking it to the same first
//! desk is said once at the top, and the routes it covers leave the bands.
//! One kind of a signal may go elsewhere (reported sick, with a
//! startkwalificatie, still goes to the jeugdarts): the rule still holds for
//! the rest, and that kind's bands keep its routes and say "ook met …".

use super::conditions::{self, topic};
use super::desk::{Desk, desk};
use super::stand_in;
use crate::core::answer::Answer;
use crate::core::engine::Walk;
use crate::core::map::{InLang, Map, QuestionKind, Urgency};
use crate::core::plan::{Plan, Whom};
use crate::core::school::Profile;
use crate::i18n::Lang;
use serde::Serialize;

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
    /// The kind of a signal for which the same answer leads elsewhere: its
    /// routes stay in its bands, which say so ("Ziek gemeld (ook met
    /// startkwalificatie)").
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub behalve: Vec<String>,
}

/// A kind of a signal that a rule does not cover: signal (index), the kind
/// (its band's `onderwerp`) and the rule's answer, for its bands to name.
pub(super) type Exception = (usize, Vec<String>, String);

/// Per route: whom it calls first, the urgency, that desk and its deadline.
type First = (Option<Whom>, Urgency, Option<Desk>, Option<String>);

/// The first desk of most groups of `hits` (a route's group in `group_of`;
/// the earliest group wins a tie), shared by at least two, and the groups
/// with another: `None` when a group's routes do not share one first desk.
fn first_and_exceptions<'a>(
    hits: &[(usize, usize)],
    group_of: &[usize],
    firsts: &'a [Vec<First>],
) -> Option<(&'a First, Vec<(usize, &'a First)>)> {
    let same = |a: &First, b: &First| a.0 == b.0 && a.1 == b.1 && a.3 == b.3;
    let groups = group_of.iter().max().map_or(0, |k| k + 1);
    let mut heads: Vec<&First> = Vec::with_capacity(groups);
    for k in 0..groups {
        let mut members = hits
            .iter()
            .zip(group_of)
            .filter(|(_, group)| **group == k)
            .map(|(&(i, w), _)| &firsts[i][w]);
        let head = members.next()?;
        if !members.all(|m| same(m, head)) {
            return None;
        }
        heads.push(head);
    }
    let count = |first: &First| heads.iter().filter(|h| same(h, first)).count();
    let rule = heads.iter().copied().max_by_key(|h| {
        (
            count(h),
            std::cmp::Reverse(heads.iter().position(|o| same(o, h))),
        )
    })?;
    if count(rule) < 2 {
        return None;
    }
    let exceptions = heads
        .iter()
        .enumerate()
        .filter(|(_, h)| !same(h, rule))
        .map(|(k, h)| (k, *h))
        .collect();
    Some((rule, exceptions))
}

/// The answers after the signal (yes/no and choice questions) that, in two or
/// more signals or kinds, always lead to the same first desk at the same
/// urgency: each becomes a [`Rule`], and the walks it covers leave the bands
/// (returned per signal, as indices into its walks). An answer that would
/// leave a signal with no walk stays in its bands. One kind of a signal may
/// lead elsewhere: its walks stay in its bands, returned as an [`Exception`]
/// for them to say so.
pub(super) fn of(
    map: &Map,
    g: usize,
    all: &[Vec<Walk>],
    profile: Option<&Profile>,
    lang: Lang,
) -> (Vec<Rule>, Vec<Vec<usize>>, Vec<Exception>) {
    let signal = map.signal_question();
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
                        first.map(|c| desk(map, &plan, c, profile, lang)),
                        first.and_then(|c| {
                            c.reasons
                                .iter()
                                .find_map(|r| r.termijn(map).map(|t| t.in_lang(lang)))
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
    let mut marks: Vec<Exception> = Vec::new();
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
        // The signals (and their kinds) that ask it, and per route its group.
        let mut groups: Vec<(usize, Vec<String>)> = Vec::new();
        let mut group_of: Vec<usize> = Vec::new();
        for &(i, w) in &hits {
            let group = (i, topic(map, &all[i][w], signal, lang));
            let at = match groups.iter().position(|g| *g == group) {
                Some(at) => at,
                None => {
                    groups.push(group);
                    groups.len() - 1
                }
            };
            group_of.push(at);
        }
        let Some((first, exceptions)) = first_and_exceptions(&hits, &group_of, &firsts) else {
            continue;
        };
        // An exception keeps its routes in its bands, which name it by its
        // kind: one at most, and only a kind (not a whole signal).
        let excepted: Vec<usize> = exceptions.iter().map(|&(k, _)| k).collect();
        if excepted.len() > 1 || excepted.iter().any(|&k| groups[k].1.is_empty()) {
            continue;
        }
        let claimed: Vec<(usize, usize)> = hits
            .iter()
            .zip(&group_of)
            .filter(|(_, k)| !excepted.contains(k))
            .map(|(&hit, _)| hit)
            .collect();
        let empties = (0..all.len()).any(|i| {
            let left = all[i]
                .iter()
                .enumerate()
                .filter(|(w, _)| !ruled[i].contains(w) && !claimed.contains(&(i, *w)))
                .count();
            left == 0 && claimed.iter().any(|(ci, _)| *ci == i)
        });
        if groups.len() < 2 || first.0.is_none() || empties {
            continue;
        }
        let Some(eerst) = first.2.clone() else {
            continue;
        };
        let wanneer = conditions::describe(map, q, std::slice::from_ref(&answer), lang);
        for &(i, w) in &claimed {
            if !ruled[i].contains(&w) {
                ruled[i].push(w);
            }
        }
        let behalve: Vec<String> = excepted.iter().map(|&k| groups[k].1.join(", ")).collect();
        for &k in &excepted {
            marks.push((groups[k].0, groups[k].1.clone(), wanneer.clone()));
        }
        let mut signalen: Vec<String> = Vec::new();
        for (i, _) in &groups {
            let value = signal_value(map, signal, &all[*i]);
            if let Some(value) = value.filter(|v| !signalen.contains(v)) {
                signalen.push(value);
            }
        }
        match rules.iter_mut().find(|r| {
            r.wanneer == wanneer
                && r.eerst == eerst
                && r.urgentie == first.1
                && r.behalve == behalve
        }) {
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
                behalve,
            }),
        }
    }
    (rules, ruled, marks)
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
