//! How much of the map the scenarios exercise: questions, answers, advices
//! and gemeenten, each named when no scenario reaches it.

use crate::core::answer::Answer;
use crate::core::engine::Walk;
use crate::core::map::{Map, QuestionKind};
use serde::Serialize;

/// Coverage of one kind of item.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Part {
    pub gedekt: usize,
    pub totaal: usize,
    /// The items no scenario reaches, as `id` or `vraag=antwoord`.
    pub niet_gedekt: Vec<String>,
}

impl Part {
    fn of(items: Vec<(String, bool)>) -> Part {
        Part {
            gedekt: items.iter().filter(|(_, c)| *c).count(),
            totaal: items.len(),
            niet_gedekt: items
                .into_iter()
                .filter(|(_, c)| !c)
                .map(|(item, _)| item)
                .collect(),
        }
    }
}

/// Coverage of a map by its scenarios.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Coverage {
    pub vragen: Part,
    /// Each option, range and yes/no of every question (per question, also
    /// those that take their answer from another).
    pub antwoorden: Part,
    pub adviezen: Part,
    /// Each gemeente chosen, as school's or pupil's gemeente.
    pub gemeenten: Part,
    /// The gemeenten counted per region folder, in the map's order; empty in
    /// the one-folder layout. Part of `gemeenten`, not counted again.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub regios: Vec<RegionPart>,
}

/// The gemeenten of one region that the scenarios choose.
#[derive(Debug, Clone, Default, Serialize)]
pub struct RegionPart {
    pub regio: String,
    pub naam: String,
    pub gedekt: usize,
    pub totaal: usize,
}

/// What the scenarios reached so far, marked per item: filled one walk at a
/// time (so a walk can be dropped as soon as its scenario is judged), and
/// merged across the threads that run the scenarios.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Marks {
    visited: Vec<bool>,
    /// Per question, per answer item (option, range, yes and no): chosen?
    chosen: Vec<Vec<bool>>,
    reached: Vec<bool>,
    gemeente_chosen: Vec<bool>,
}

impl Marks {
    /// Nothing reached yet on `map`.
    pub fn new(map: &Map) -> Marks {
        Marks {
            visited: vec![false; map.questions.len()],
            chosen: map
                .questions
                .iter()
                .map(|question| match &question.kind {
                    QuestionKind::Choice(choices) | QuestionKind::MultiChoice(choices) => {
                        vec![false; choices.len()]
                    }
                    QuestionKind::Number { ranges, .. } => vec![false; ranges.len()],
                    QuestionKind::YesNo { .. } => vec![false; 2],
                    QuestionKind::Gemeente { .. } => Vec::new(),
                })
                .collect(),
            reached: vec![false; map.advices.len()],
            gemeente_chosen: vec![false; map.gemeenten.len()],
        }
    }

    /// Marks what `walk` (a scenario's route on `map`) reaches.
    pub fn add(&mut self, map: &Map, walk: &Walk) {
        let routing = map.routing();
        for &q in &walk.visited {
            self.visited[q] = true;
            let asked = routing.asked(q);
            let Some(step) = walk.steps.iter().find(|s| s.question == asked) else {
                continue;
            };
            let items = &mut self.chosen[q];
            // The options or ranges it tried: those it takes, and every
            // range that holds a number, where ranges overlap. (A gemeente
            // question counts gemeenten, below.)
            let options = items.len();
            let mut tried = |i: usize| {
                if i < options {
                    items[i] = true;
                }
            };
            match &step.answer {
                Answer::Choice(c) => tried(*c),
                Answer::Choices(cs) => cs.iter().for_each(|c| tried(*c)),
                Answer::Number(n) => routing.ranges_holding(q, *n).for_each(tried),
                Answer::YesNo(yes) => tried(usize::from(!*yes)),
                Answer::Gemeente(_) => {}
            }
        }
        for r in &walk.reached {
            self.reached[r.advice] = true;
        }
        for step in &walk.steps {
            if let Answer::Gemeente(Some(g)) = step.answer {
                self.gemeente_chosen[g] = true;
            }
        }
    }

    /// Adds what `other` (marks on the same map) reached.
    pub fn merge(&mut self, other: &Marks) {
        let or = |mine: &mut Vec<bool>, theirs: &Vec<bool>| {
            for (m, t) in mine.iter_mut().zip(theirs) {
                *m |= *t;
            }
        };
        or(&mut self.visited, &other.visited);
        for (mine, theirs) in self.chosen.iter_mut().zip(&other.chosen) {
            or(mine, theirs);
        }
        or(&mut self.reached, &other.reached);
        or(&mut self.gemeente_chosen, &other.gemeente_chosen);
    }
}

impl Coverage {
    /// The coverage that `marks` (made on `map`) give: linear in the map.
    pub fn from_marks(map: &Map, marks: &Marks) -> Coverage {
        let Marks {
            visited,
            chosen,
            reached,
            gemeente_chosen,
        } = marks;
        let vragen = map
            .questions
            .iter()
            .zip(visited)
            .map(|(question, &v)| (question.id.clone(), v))
            .collect();
        let mut antwoorden = Vec::new();
        for (question, items) in map.questions.iter().zip(chosen) {
            let id = &question.id;
            match &question.kind {
                QuestionKind::Choice(choices) | QuestionKind::MultiChoice(choices) => {
                    for (choice, &covered) in choices.iter().zip(items) {
                        antwoorden.push((format!("{id}={}", choice.value), covered));
                    }
                }
                QuestionKind::Number { ranges, .. } => {
                    for (range, &covered) in ranges.iter().zip(items) {
                        antwoorden.push((format!("{id}={}..{}", range.from, range.to), covered));
                    }
                }
                QuestionKind::YesNo { .. } => {
                    for (text, &covered) in ["ja", "nee"].iter().zip(items) {
                        antwoorden.push((format!("{id}={text}"), covered));
                    }
                }
                QuestionKind::Gemeente { .. } => {}
            }
        }
        let adviezen = map
            .advices
            .iter()
            .zip(reached)
            .map(|(advice, &r)| (advice.id.clone(), r))
            .collect();
        let gemeenten = map
            .gemeenten
            .iter()
            .zip(gemeente_chosen)
            .map(|(gemeente, &c)| (gemeente.id.clone(), c))
            .collect();
        let mut regios: Vec<RegionPart> = map
            .regions
            .iter()
            .map(|region| RegionPart {
                regio: region.id.clone(),
                naam: region.naam.nl.clone(),
                ..RegionPart::default()
            })
            .collect();
        for (gemeente, &chosen) in map.gemeenten.iter().zip(gemeente_chosen) {
            if let Some(part) = gemeente.region.and_then(|r| regios.get_mut(r)) {
                part.totaal += 1;
                part.gedekt += usize::from(chosen);
            }
        }
        Coverage {
            vragen: Part::of(vragen),
            antwoorden: Part::of(antwoorden),
            adviezen: Part::of(adviezen),
            gemeenten: Part::of(gemeenten),
            regios,
        }
    }

    /// The four parts with their names, in report order.
    pub fn parts(&self) -> [(&'static str, &Part); 4] {
        [
            ("vragen", &self.vragen),
            ("antwoorden", &self.antwoorden),
            ("adviezen", &self.adviezen),
            ("gemeenten", &self.gemeenten),
        ]
    }

    /// All items together, in tenths of a percent (1000 when there is nothing to cover).
    pub fn permille(&self) -> u32 {
        let (covered, total) = self
            .parts()
            .iter()
            .fold((0, 0), |(c, t), (_, p)| (c + p.gedekt, t + p.totaal));
        (covered * 1000)
            .checked_div(total)
            .map_or(1000, |p| u32::try_from(p).unwrap_or(1000))
    }
}
