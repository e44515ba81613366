//! The words that set a band apart from the other bands of its signal: the
//! fewest answers ("16 uur of meer, 5–17 jaar") that rule out every other
//! route. A band that no such set of answers describes is split into parts
//! that each have one, so that no reader finds two bands that both fit.

use crate::core::answer::{self, Answer};
use crate::core::engine::Walk;
use crate::core::map::{Map, QuestionKind};
use crate::i18n::Lang;
use crate::t;
use crate::views::routes::pieces;

/// The conditions of the walks `members` among `among`: one set when one
/// describes them all, else one per part. Parts are members with the same
/// answers, merged greedily while the merged part still has a set. Each
/// with its first walk, so that parts can be put in route order.
pub fn split(
    map: &Map,
    walks: &[Walk],
    among: &[usize],
    members: &[usize],
    lang: Lang,
) -> Vec<(usize, Vec<String>)> {
    let first = |part: &[usize]| part.iter().copied().min().unwrap_or(0);
    let (words, sound) = describe_members(map, walks, among, members, lang);
    if sound {
        return vec![(first(members), words)];
    }
    let signature = |w: usize| -> Vec<(usize, Answer)> {
        walks[w]
            .steps
            .iter()
            .filter(|s| {
                !matches!(
                    map.questions[s.question].kind,
                    QuestionKind::Gemeente { .. } | QuestionKind::MultiChoice(_)
                )
            })
            .map(|s| (s.question, s.answer.clone()))
            .collect()
    };
    // Members by their answers (question, answer) on the route.
    type Signature = Vec<(usize, Answer)>;
    let mut subgroups: Vec<(Signature, Vec<usize>)> = Vec::new();
    for &m in members {
        let sig = signature(m);
        match subgroups.iter_mut().find(|(s, _)| *s == sig) {
            Some((_, ws)) => ws.push(m),
            None => subgroups.push((sig, vec![m])),
        }
    }
    let mut parts: Vec<Vec<usize>> = Vec::new();
    for (_, sub) in subgroups {
        let merged = parts.iter_mut().find(|part| {
            let mut union = (*part).clone();
            union.extend(&sub);
            describe_members(map, walks, &outside(among, &union, members), &union, lang).1
        });
        match merged {
            Some(part) => part.extend(sub),
            None => parts.push(sub),
        }
    }
    parts
        .iter()
        .map(|part| {
            let words = describe_members(map, walks, &outside(among, part, members), part, lang).0;
            (first(part), words)
        })
        .collect()
}

/// The walks a part must be set apart from: all of `among` but the band's
/// other members (they go to the same desk, so overlapping them is harmless).
fn outside(among: &[usize], part: &[usize], members: &[usize]) -> Vec<usize> {
    among
        .iter()
        .copied()
        .filter(|w| part.contains(w) || !members.contains(w))
        .collect()
}

/// The fewest answers that set the walks `members` apart from the others in
/// `among`: greedily, the question whose members' answers rule out the most
/// other walks still left, until none is left (or no question rules out more);
/// printed in route order.
/// Also whether they do: a group that no conjunction of answers sets apart
/// (such as "under 16 hours and 18 or older, or 23 or older") is not.
pub fn describe_members(
    map: &Map,
    walks: &[Walk],
    among: &[usize],
    members: &[usize],
    lang: Lang,
) -> (Vec<String>, bool) {
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
    // Only a question every member answered describes them all: "Mbo" would
    // leave out members whose route never asked the school type.
    questions.retain(|&q| members.iter().all(|&m| answer_of(m, q).is_some()));
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
    let words = questions
        .iter()
        .filter(|q| chosen.contains(q))
        .map(|&q| describe(map, q, &allowed(q), lang))
        .collect();
    (words, left.is_empty())
}

/// Answers to question `q` in words: number pieces merged into ranges, options
/// by their short label, yes/no with the question's id.
pub fn describe(map: &Map, q: usize, answers: &[Answer], lang: Lang) -> String {
    let question = &map.questions[q];
    match &question.kind {
        QuestionKind::Number { min, max, unit, .. } => {
            let unit = unit.as_ref().map_or("", |u| u.get(lang));
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
                .map(|&(from, to)| number_range(from, to, (*min, *max), unit, lang))
                .collect();
            or_list(&words, lang)
        }
        // "met startkwalificatie", "zonder onthulling": the question's id as its name.
        QuestionKind::YesNo { .. } => {
            let name = question.id.replace('-', " ");
            match answers {
                [Answer::YesNo(true)] => t!(lang, "kaart-met", name = name),
                [Answer::YesNo(false)] => t!(lang, "kaart-zonder", name = name),
                _ => {
                    let labels: Vec<String> = answers
                        .iter()
                        .map(|a| answer::label(map, question, a, lang).to_lowercase())
                        .collect();
                    format!("{name}: {}", labels.join("/"))
                }
            }
        }
        // All options but one: "niet Mbo".
        QuestionKind::Choice(options)
            if options.len() > 2 && answers.len() + 1 == options.len() =>
        {
            let missing = (0..options.len()).find(|i| !answers.contains(&Answer::Choice(*i)));
            match missing {
                Some(i) => {
                    let label = short_label(options[i].label.get(lang));
                    t!(lang, "kaart-niet", label = label)
                }
                None => String::new(),
            }
        }
        _ => {
            let labels: Vec<String> = answers
                .iter()
                .map(|a| short_label(&answer::label(map, question, a, lang)))
                .collect();
            or_list(&labels, lang)
        }
    }
}

/// "a, b of c".
pub(crate) fn or_list(items: &[String], lang: Lang) -> String {
    match items.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => {
            let or = t!(lang, "kaart-of");
            format!("{} {or} {last}", rest.join(", "))
        }
    }
}

/// A range of a number question in words: "16 uur of meer", "tot 5 jaar", "5–15 jaar".
pub(super) fn number_range(
    from: i64,
    to: i64,
    (min, max): (i64, i64),
    unit: &str,
    lang: Lang,
) -> String {
    let unit = if unit.is_empty() {
        String::new()
    } else {
        format!(" {unit}")
    };
    if from == to {
        format!("{from}{unit}")
    } else if to == max && from > min {
        t!(lang, "kaart-vanaf", from = from.to_string(), unit = unit)
    } else if from == min && to < max && min == 0 {
        let below = (to + 1).to_string();
        t!(lang, "kaart-onder", below = below, unit = unit)
    } else {
        format!("{from}–{to}{unit}")
    }
}

/// An option's label without its explanation in brackets: "Verzuim".
pub fn short_label(label: &str) -> String {
    let cut = label.find(" (").unwrap_or(label.len());
    label[..cut].trim().to_string()
}

/// A walk's topic: the labels of its answers to multiple-choice questions
/// other than the signal question.
pub(super) fn topic(map: &Map, walk: &Walk, signal: Option<usize>, lang: Lang) -> Vec<String> {
    walk.steps
        .iter()
        .filter(|s| Some(s.question) != signal)
        .filter(|s| matches!(map.questions[s.question].kind, QuestionKind::MultiChoice(_)))
        .map(|s| {
            short_label(&answer::label(
                map,
                &map.questions[s.question],
                &s.answer,
                lang,
            ))
        })
        .collect()
}
