//! Resolving `vragen.yaml`: each question's kind, options, themes, number
//! ranges and where each answer leads, and questions that route by another
//! question's answer (`antwoord_van`).

use super::resolver::Resolver;
use crate::core::diagnostic::{AnswerOfProblem, DiagnosticKind};
use crate::core::fast_map::FastMap;
use crate::core::ids::IdKind;
use crate::core::map::{Choice, Node, NumberRange, OutsideDomain, Question, QuestionKind, Theme};
use crate::core::model;
use crate::core::source::Location;
use crate::core::words::Words;
use serde_saphyr::Spanned;

impl Resolver {
    /// The question whose answer `q` routes by (`antwoord_van`), if it can.
    pub(super) fn answer_source<'q>(
        &mut self,
        file: &str,
        q: &model::Question,
        nodes: &FastMap<String, Node>,
        all: &'q [model::Question],
    ) -> Option<(usize, &'q model::Question)> {
        use model::QuestionKind as K;
        let of = q.antwoord_van.as_ref()?;
        let problem = |r: &mut Self, problem: AnswerOfProblem| {
            r.error(
                DiagnosticKind::AnswerOf {
                    question: q.id.value.clone(),
                    source: of.value.clone(),
                    problem,
                },
                Location::of(file, of),
            );
        };
        let index = match self.reference(file, IdKind::Node, nodes, of)? {
            Node::Question(index) => index,
            Node::Advice(_) => {
                problem(self, AnswerOfProblem::NotAQuestion);
                return None;
            }
        };
        let source = &all[index];
        if source.antwoord_van.is_some() {
            problem(self, AnswerOfProblem::Chained);
            return None;
        }
        if matches!(source.soort.value, K::Woongemeente | K::Schoolgemeente) {
            problem(self, AnswerOfProblem::GemeenteQuestion);
            return None;
        }
        if source.soort.value != q.soort.value {
            problem(
                self,
                AnswerOfProblem::DifferentKind(soort_name(source.soort.value)),
            );
            return None;
        }
        let own_fields = [
            ("tekst", q.tekst.is_some()),
            ("uitleg", q.uitleg.is_some()),
            ("min", q.min.is_some()),
            ("max", q.max.is_some()),
            ("eenheid", q.eenheid.is_some()),
            ("hoger_is_urgenter", q.hoger_is_urgenter.is_some()),
            (
                "label",
                q.opties
                    .as_ref()
                    .is_some_and(|o| o.value.iter().any(|o| o.label.is_some())),
            ),
            ("themas", q.themas.is_some()),
            (
                "thema",
                q.opties
                    .as_ref()
                    .is_some_and(|o| o.value.iter().any(|o| o.thema.is_some())),
            ),
        ];
        for (field, present) in own_fields {
            if present {
                problem(self, AnswerOfProblem::FieldFromSource(field));
            }
        }
        let values = |q: &model::Question| -> Vec<String> {
            q.opties.as_ref().map_or(Vec::new(), |o| {
                o.value.iter().map(|o| o.waarde.value.clone()).collect()
            })
        };
        if values(q) != values(source) {
            problem(self, AnswerOfProblem::DifferentOptions(values(source)));
        }
        Some((index, source))
    }
}

impl Resolver {
    pub(super) fn question(
        &mut self,
        file: &str,
        q: &model::Question,
        nodes: &FastMap<String, Node>,
        all: &[model::Question],
    ) -> Question {
        use model::QuestionKind as K;
        let id = q.id.value.clone();
        let soort = soort_name(q.soort.value);
        let here = Location::of(file, &q.id);
        let source = self.answer_source(file, q, nodes, all);
        // Text, help and limits come from the question that is asked.
        let asked = source.map_or(q, |(_, s)| s);
        if q.antwoord_van.is_none() && q.tekst.is_none() {
            self.error(
                DiagnosticKind::MissingKey {
                    key: "tekst".into(),
                },
                here.clone(),
            );
        }
        let present: [(&'static str, bool, bool); 9] = [
            // (key, present, allowed for this kind)
            ("themas", q.themas.is_some(), q.soort.value == K::Meerkeuze),
            (
                "opties",
                q.opties.is_some(),
                matches!(q.soort.value, K::Keuze | K::Meerkeuze),
            ),
            ("bereiken", q.bereiken.is_some(), q.soort.value == K::Getal),
            ("min", q.min.is_some(), q.soort.value == K::Getal),
            ("max", q.max.is_some(), q.soort.value == K::Getal),
            ("eenheid", q.eenheid.is_some(), q.soort.value == K::Getal),
            (
                "hoger_is_urgenter",
                q.hoger_is_urgenter.is_some(),
                q.soort.value == K::Getal,
            ),
            ("ja", q.ja.is_some(), q.soort.value == K::Janee),
            ("nee", q.nee.is_some(), q.soort.value == K::Janee),
        ];
        for (field, is_present, allowed) in present {
            if is_present && !allowed {
                self.error(
                    DiagnosticKind::FieldNotForKind {
                        field,
                        soort,
                        id: id.clone(),
                    },
                    Location::of(file, &q.soort),
                );
            }
        }
        let gemeente_question = matches!(q.soort.value, K::Woongemeente | K::Schoolgemeente);
        if q.naar.is_some() && !gemeente_question {
            self.error(
                DiagnosticKind::FieldNotForKind {
                    field: "naar",
                    soort,
                    id: id.clone(),
                },
                Location::of(file, &q.soort),
            );
        }
        let required = |r: &mut Self,
                        field: &'static str,
                        value: Option<&Spanned<model::Targets>>| match value
        {
            Some(v) => r.targets(file, v, nodes),
            None => {
                r.error(
                    DiagnosticKind::MissingFieldForKind {
                        field,
                        soort,
                        id: id.clone(),
                    },
                    here.clone(),
                );
                Vec::new()
            }
        };
        let (themes, theme_index) = self.themes(file, asked);
        let kind = match q.soort.value {
            K::Keuze | K::Meerkeuze => {
                let choices = self.choices(file, q, asked, nodes, &theme_index);
                if q.soort.value == K::Keuze {
                    QuestionKind::Choice(choices)
                } else {
                    QuestionKind::MultiChoice(choices)
                }
            }
            K::Janee => QuestionKind::YesNo {
                yes: required(self, "ja", q.ja.as_ref()),
                no: required(self, "nee", q.nee.as_ref()),
            },
            K::Woongemeente | K::Schoolgemeente => QuestionKind::Gemeente {
                kind: if q.soort.value == K::Woongemeente {
                    model::GemeenteKind::Woongemeente
                } else {
                    model::GemeenteKind::Schoolgemeente
                },
                next: required(self, "naar", q.naar.as_ref()),
            },
            K::Getal => self.number(file, q, asked, nodes),
        };
        let owner = Some((IdKind::Question, asked.id.value.as_str()));
        Question {
            id: id.clone(),
            tekst: self
                .optional_text(file, owner, "tekst", &asked.tekst)
                .unwrap_or_default(),
            uitleg: self.optional_text(file, owner, "uitleg", &asked.uitleg),
            kind,
            themes,
            answer_of: source.map(|(index, _)| index),
            location: here,
        }
    }

    /// The themes of `asked` (`themas`), with an index from id to position.
    pub(super) fn themes(
        &mut self,
        file: &str,
        asked: &model::Question,
    ) -> (Vec<Theme>, FastMap<String, usize>) {
        let defined = asked.themas.as_ref().map_or(&[][..], |t| &t.value[..]);
        let index = self.index(
            IdKind::Theme,
            defined.iter().enumerate().map(|(i, t)| (file, &t.id, i)),
        );
        let owner = Some((IdKind::Question, asked.id.value.as_str()));
        let themes = defined
            .iter()
            .map(|t| Theme {
                id: t.id.value.clone(),
                label: self.text(file, owner, "label", &t.label),
            })
            .collect();
        (themes, index)
    }

    /// The theme of one option: required when the question has themes, and
    /// one of them.
    pub(super) fn theme_of(
        &mut self,
        file: &str,
        option: &model::QuestionOption,
        themes: &FastMap<String, usize>,
    ) -> Option<usize> {
        match &option.thema {
            Some(thema) => self.reference(file, IdKind::Theme, themes, thema),
            None if !themes.is_empty() => {
                self.error(
                    DiagnosticKind::MissingKey {
                        key: "thema".into(),
                    },
                    Location::of(file, &option.waarde),
                );
                None
            }
            None => None,
        }
    }

    /// The options of `q`; labels, help and themes come from `asked` (itself,
    /// or the question it takes its answer from).
    pub(super) fn choices(
        &mut self,
        file: &str,
        q: &model::Question,
        asked: &model::Question,
        nodes: &FastMap<String, Node>,
        themes: &FastMap<String, usize>,
    ) -> Vec<Choice> {
        let Some(options) = q.opties.as_ref().filter(|o| !o.value.is_empty()) else {
            let at = q
                .opties
                .as_ref()
                .map_or(Location::of(file, &q.id), |o| Location::of(file, o));
            self.error(
                DiagnosticKind::NoOptions {
                    id: q.id.value.clone(),
                },
                at,
            );
            return Vec::new();
        };
        let asked_options = asked.opties.as_ref().map_or(&[][..], |o| &o.value[..]);
        let mut seen = Vec::new();
        options
            .value
            .iter()
            .enumerate()
            .map(|(i, option)| {
                if seen.contains(&&option.waarde.value) {
                    self.error(
                        DiagnosticKind::DuplicateOption {
                            question: q.id.value.clone(),
                            value: option.waarde.value.clone(),
                        },
                        Location::of(file, &option.waarde),
                    );
                }
                seen.push(&option.waarde.value);
                self.valid_id(file, IdKind::Answer, &option.waarde);
                let shown = asked_options.get(i).unwrap_or(option);
                if shown.label.is_none() {
                    self.error(
                        DiagnosticKind::MissingKey {
                            key: "label".into(),
                        },
                        Location::of(file, &option.waarde),
                    );
                }
                let owner = Some((IdKind::Question, asked.id.value.as_str()));
                Choice {
                    value: option.waarde.value.clone(),
                    label: self
                        .optional_text(file, owner, "label", &shown.label)
                        .unwrap_or_default(),
                    uitleg: self.optional_text(file, owner, "uitleg", &shown.uitleg),
                    theme: self.theme_of(file, shown, themes),
                    next: self.targets(file, &option.naar, nodes),
                    location: Location::of(file, &option.waarde),
                }
            })
            .collect()
    }

    /// A number question; `min`, `max` and the unit come from `asked` (itself,
    /// or the question it takes its answer from).
    pub(super) fn number(
        &mut self,
        file: &str,
        q: &model::Question,
        asked: &model::Question,
        nodes: &FastMap<String, Node>,
    ) -> QuestionKind {
        let id = q.id.value.clone();
        let here = Location::of(file, &q.id);
        let need = |r: &mut Self, field: &'static str, v: Option<&Spanned<i64>>| {
            if v.is_none() {
                r.error(
                    DiagnosticKind::MissingFieldForKind {
                        field,
                        soort: "getal",
                        id: id.clone(),
                    },
                    here.clone(),
                );
            }
            v.map_or(0, |v| v.value)
        };
        let min = need(self, "min", asked.min.as_ref());
        let max = need(self, "max", asked.max.as_ref());
        let ranges_given = q.bereiken.as_ref().map_or(&[][..], |b| &b.value[..]);
        if q.bereiken.is_none() {
            need(self, "bereiken", None);
        }
        if min > max {
            self.error(
                DiagnosticKind::MinAboveMax {
                    question: id.clone(),
                    min,
                    max,
                },
                asked.min.as_ref().and_then(|m| Location::of(file, m)),
            );
        }
        let mut ranges: Vec<(NumberRange, Option<Location>)> = ranges_given
            .iter()
            .map(|b| {
                if b.van.value > b.tot_en_met.value {
                    self.error(
                        DiagnosticKind::RangeReversed {
                            question: id.clone(),
                            van: b.van.value,
                            tot_en_met: b.tot_en_met.value,
                        },
                        Location::of(file, &b.van),
                    );
                }
                let range = NumberRange {
                    from: b.van.value,
                    to: b.tot_en_met.value,
                    next: self.targets(file, &b.naar, nodes),
                    location: Location::of(file, &b.van),
                };
                (range, Location::of(file, &b.van))
            })
            .collect();
        ranges.sort_by_key(|(range, _)| range.from);
        if q.bereiken.is_some() && min <= max {
            // Walk from min upwards: the next range must start exactly where we are.
            let mut expected = Some(min);
            for (range, location) in &ranges {
                let Some(at) = expected else { break };
                if range.from > at {
                    self.error(
                        DiagnosticKind::RangeGap {
                            question: id.clone(),
                            value: at,
                        },
                        location.clone(),
                    );
                } else if range.from < at && range.to >= min {
                    let value = range.from.max(min);
                    self.error(
                        DiagnosticKind::RangeOverlap {
                            question: id.clone(),
                            value: if range.from < min { min - 1 } else { value },
                        },
                        location.clone(),
                    );
                }
                expected = range.to.checked_add(1).filter(|_| range.to < max);
            }
            if let Some(at) = expected
                && ranges.last().is_none_or(|(r, _)| r.to < max)
            {
                self.error(
                    DiagnosticKind::RangeGap {
                        question: id.clone(),
                        value: at,
                    },
                    q.bereiken.as_ref().and_then(|b| Location::of(file, b)),
                );
            }
        }
        if min <= max {
            ranges = self.within_domain(&id, min, max, ranges);
        }
        QuestionKind::Number {
            min,
            max,
            // A known unit's words are routekaart's, in every language; the
            // map's own words are its texts (and may lack a translation).
            unit: asked.eenheid.as_ref().map(|e| match &e.value {
                model::UnitField::Known(unit) => {
                    let (nl, en) = unit.words();
                    Words {
                        nl: nl.to_string(),
                        en: Some(en.to_string()),
                    }
                }
                model::UnitField::Words(text) => {
                    let words = Spanned::new(text.clone(), e.referenced, e.defined);
                    let owner = Some((IdKind::Question, asked.id.value.as_str()));
                    self.text(file, owner, "eenheid", &words)
                }
            }),
            ranges: ranges.into_iter().map(|(r, _)| r).collect(),
            higher_is_more_urgent: asked.hoger_is_urgenter.as_ref().is_none_or(|h| h.value),
        }
    }

    /// The ranges cut to `min..=max`, each part outside noted for `check`: an
    /// answer there is refused, so it must lead nowhere.
    pub(super) fn within_domain(
        &mut self,
        question: &str,
        min: i64,
        max: i64,
        ranges: Vec<(NumberRange, Option<Location>)>,
    ) -> Vec<(NumberRange, Option<Location>)> {
        let mut note = |from: i64, to: i64, location: &Option<Location>| {
            self.outside_domain.push(OutsideDomain {
                question: question.to_string(),
                from,
                to,
                min,
                max,
                location: location.clone(),
            });
        };
        let mut kept = Vec::with_capacity(ranges.len());
        for (mut range, location) in ranges {
            if range.from > range.to {
                kept.push((range, location));
                continue;
            }
            if range.to < min || range.from > max {
                note(range.from, range.to, &location);
                continue;
            }
            if range.from < min {
                note(range.from, min - 1, &location);
                range.from = min;
            }
            if range.to > max {
                note(max + 1, range.to, &location);
                range.to = max;
            }
            kept.push((range, location));
        }
        kept
    }
}

pub(super) fn soort_name(kind: model::QuestionKind) -> &'static str {
    use model::QuestionKind as K;
    match kind {
        K::Keuze => "keuze",
        K::Meerkeuze => "meerkeuze",
        K::Getal => "getal",
        K::Janee => "janee",
        K::Woongemeente => "woongemeente",
        K::Schoolgemeente => "schoolgemeente",
    }
}
