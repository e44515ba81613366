//! Answers to questions: validated values, parsed from text and shown back as text.
//!
//! The text form is the one `advise --answer ID=VALUE` takes and the summary's
//! reproduce line prints: an option's `waarde`, comma-separated for multiple
//! choice, a whole number, `ja`/`nee`, or a gemeente id (or `anders`).

use crate::core::ids::suggest;
use crate::core::map::{GemeenteKind, Map, OTHER_GEMEENTE, Question, QuestionKind, Words};
use crate::core::source::Location;
use crate::i18n::Lang;
use crate::t;
use std::borrow::Cow;

/// A valid answer to one question. Indices refer to the question's options or the
/// map's gemeenten.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Answer {
    Choice(usize),
    Choices(Vec<usize>),
    Number(i64),
    YesNo(bool),
    /// A gemeente of the map, or `None` for a gemeente outside it.
    Gemeente(Option<usize>),
}

/// Why a text is not a valid answer; the message lists what is valid.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnswerError {
    pub question: String,
    pub given: String,
    pub problem: Problem,
}

/// What is wrong with a given answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// Not one of the options; `valid` holds (value, label) pairs.
    UnknownOption {
        valid: Vec<(String, OptionLabel)>,
    },
    Empty,
    Repeated {
        value: String,
    },
    NotANumber {
        min: i64,
        max: i64,
    },
    OutOfRange {
        min: i64,
        max: i64,
    },
    NotYesNo,
}

/// The label of a valid answer, as data: the map's own words, or words of
/// the tool that are chosen in the reader's language when shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OptionLabel {
    /// The label of a choice, as the map writes it.
    Map(Words),
    Yes,
    No,
    /// A gemeente of the map, with its region's name when it comes from a
    /// region folder, so a list from several regions says which is which.
    Gemeente {
        naam: String,
        regio: Option<Words>,
    },
    /// A gemeente outside the map.
    OtherGemeente,
}

impl OptionLabel {
    /// The label in `lang`.
    pub fn words(&self, lang: Lang) -> String {
        match self {
            OptionLabel::Map(label) => label.get(lang).to_string(),
            OptionLabel::Yes => t!(lang, "antwoord-ja"),
            OptionLabel::No => t!(lang, "antwoord-nee"),
            OptionLabel::Gemeente { naam, regio: None } => naam.clone(),
            OptionLabel::Gemeente {
                naam,
                regio: Some(regio),
            } => t!(
                lang,
                "gemeente-met-regio",
                gemeente = naam.as_str(),
                region = regio.get(lang)
            ),
            OptionLabel::OtherGemeente => other_gemeente_label(lang),
        }
    }
}

impl AnswerError {
    /// The problem in `lang`; an unknown option lists the valid ones, a line each.
    pub fn text(&self, lang: Lang) -> String {
        let (q, given) = (self.question.as_str(), self.given.as_str());
        match &self.problem {
            Problem::UnknownOption { valid } => {
                let mut out = t!(lang, "antwoord-ongeldig", antwoord = given, vraag = q);
                out.push('\n');
                for (value, label) in valid {
                    out.push_str(&format!("  {value:<16} {}\n", label.words(lang)));
                }
                out
            }
            Problem::Empty => t!(lang, "antwoord-leeg", vraag = q),
            Problem::Repeated { value } => t!(
                lang,
                "antwoord-optie-dubbel",
                vraag = q,
                optie = value.as_str()
            ),
            Problem::NotANumber { min, max } | Problem::OutOfRange { min, max } => {
                let id = match self.problem {
                    Problem::NotANumber { .. } => "antwoord-geen-getal",
                    _ => "antwoord-buiten-bereik",
                };
                t!(
                    lang,
                    id,
                    antwoord = given,
                    vraag = q,
                    min = min.to_string(),
                    max = max.to_string()
                )
            }
            Problem::NotYesNo => t!(lang, "antwoord-geen-ja-nee", antwoord = given, vraag = q),
        }
    }
}

/// Parses the text form of an answer to `question`.
pub fn parse(map: &Map, question: &Question, text: &str) -> Result<Answer, AnswerError> {
    let text = text.trim();
    let error = |problem| AnswerError {
        question: question.id.clone(),
        given: text.to_string(),
        problem,
    };
    match &question.kind {
        QuestionKind::Choice(choices) => choices
            .iter()
            .position(|c| c.value.eq_ignore_ascii_case(text))
            .map(Answer::Choice)
            .ok_or_else(|| error(unknown_option(map, question))),
        QuestionKind::MultiChoice(choices) => {
            let mut chosen = Vec::new();
            for part in text.split(',').map(str::trim).filter(|p| !p.is_empty()) {
                let Some(index) = choices
                    .iter()
                    .position(|c| c.value.eq_ignore_ascii_case(part))
                else {
                    return Err(AnswerError {
                        given: part.to_string(),
                        ..error(unknown_option(map, question))
                    });
                };
                if chosen.contains(&index) {
                    return Err(error(Problem::Repeated {
                        value: part.to_string(),
                    }));
                }
                chosen.push(index);
            }
            if chosen.is_empty() {
                return Err(error(Problem::Empty));
            }
            // The map's order, not the typed one: `opvoeding,veiligheid` and
            // `veiligheid,opvoeding` give one plan, one text, one reproduce line.
            chosen.sort_unstable();
            Ok(Answer::Choices(chosen))
        }
        QuestionKind::Number { .. } => parse_number(question, text).map(Answer::Number),
        QuestionKind::YesNo { .. } => {
            let is = |word: &str| text.eq_ignore_ascii_case(word);
            if is("ja") || is("j") {
                Ok(Answer::YesNo(true))
            } else if is("nee") || is("n") {
                Ok(Answer::YesNo(false))
            } else {
                Err(error(Problem::NotYesNo))
            }
        }
        QuestionKind::Gemeente { .. } => {
            if allows_other(question) && text.eq_ignore_ascii_case(OTHER_GEMEENTE) {
                return Ok(Answer::Gemeente(None));
            }
            map.gemeente_index(text)
                .map(|g| Answer::Gemeente(Some(g)))
                .ok_or_else(|| error(unknown_option(map, question)))
        }
    }
}

/// Parses a whole number within a number question's `min..=max`. Needs no map,
/// so a prompt can validate keystrokes with it.
pub fn parse_number(question: &Question, text: &str) -> Result<i64, AnswerError> {
    let text = text.trim();
    let QuestionKind::Number { min, max, .. } = &question.kind else {
        return Err(AnswerError {
            question: question.id.clone(),
            given: text.to_string(),
            problem: Problem::NotANumber { min: 0, max: 0 },
        });
    };
    let (min, max) = (*min, *max);
    let error = |problem| AnswerError {
        question: question.id.clone(),
        given: text.to_string(),
        problem,
    };
    let number: i64 = text
        .parse()
        .map_err(|_| error(Problem::NotANumber { min, max }))?;
    if number < min || number > max {
        return Err(error(Problem::OutOfRange { min, max }));
    }
    Ok(number)
}

/// Every valid (value, label) pair of a choice or gemeente question, the
/// labels in `lang`.
pub fn options(map: &Map, question: &Question, lang: Lang) -> Vec<(String, String)> {
    option_labels(map, question)
        .into_iter()
        .map(|(value, label)| (value, label.words(lang)))
        .collect()
}

/// Every valid (value, label) pair of a choice or gemeente question, as data.
fn option_labels(map: &Map, question: &Question) -> Vec<(String, OptionLabel)> {
    match &question.kind {
        QuestionKind::Choice(choices) | QuestionKind::MultiChoice(choices) => choices
            .iter()
            .map(|c| (c.value.clone(), OptionLabel::Map(c.label.clone())))
            .collect(),
        QuestionKind::YesNo { .. } => {
            vec![
                ("ja".into(), OptionLabel::Yes),
                ("nee".into(), OptionLabel::No),
            ]
        }
        QuestionKind::Gemeente { .. } => {
            let mut options: Vec<(String, OptionLabel)> = map
                .gemeenten
                .iter()
                .map(|g| {
                    let label = OptionLabel::Gemeente {
                        naam: g.naam.clone(),
                        regio: g.region.map(|r| map.regions[r].naam.clone()),
                    };
                    (g.id.clone(), label)
                })
                .collect();
            if allows_other(question) {
                options.push((OTHER_GEMEENTE.to_string(), OptionLabel::OtherGemeente));
            }
            options
        }
        QuestionKind::Number { .. } => Vec::new(),
    }
}

/// Whether a gemeente question offers "another gemeente": the pupil may live
/// anywhere, but the school is in the map's region (that is what the map is for).
fn allows_other(question: &Question) -> bool {
    matches!(
        question.kind,
        QuestionKind::Gemeente {
            kind: GemeenteKind::Woongemeente,
            ..
        }
    )
}

/// The label of the "gemeente outside this map" option.
pub fn other_gemeente_label(lang: Lang) -> String {
    t!(lang, "antwoord-andere-gemeente")
}

fn unknown_option(map: &Map, question: &Question) -> Problem {
    Problem::UnknownOption {
        valid: option_labels(map, question),
    }
}

/// The text form of an answer, as `advise --answer` takes it.
pub fn to_text(map: &Map, question: &Question, answer: &Answer) -> String {
    match (&question.kind, answer) {
        (QuestionKind::Choice(choices), Answer::Choice(i)) => choices[*i].value.clone(),
        (QuestionKind::MultiChoice(choices), Answer::Choices(chosen)) => chosen
            .iter()
            .map(|i| choices[*i].value.as_str())
            .collect::<Vec<_>>()
            .join(","),
        (_, Answer::Number(n)) => n.to_string(),
        (_, Answer::YesNo(yes)) => if *yes { "ja" } else { "nee" }.to_string(),
        (_, Answer::Gemeente(Some(g))) => map.gemeenten[*g].id.clone(),
        (_, Answer::Gemeente(None)) => OTHER_GEMEENTE.to_string(),
        _ => String::new(),
    }
}

/// The answer in words, for people; the tool's own words in `lang`.
pub fn label(map: &Map, question: &Question, answer: &Answer, lang: Lang) -> String {
    match (&question.kind, answer) {
        (QuestionKind::Choice(choices), Answer::Choice(i)) => {
            choices[*i].label.get(lang).to_string()
        }
        (QuestionKind::MultiChoice(choices), Answer::Choices(chosen)) => chosen
            .iter()
            .map(|i| choices[*i].label.get(lang))
            .collect::<Vec<_>>()
            .join("; "),
        (QuestionKind::Number { unit, .. }, Answer::Number(n)) => match unit {
            Some(unit) => format!("{n} {}", unit.get(lang)),
            None => n.to_string(),
        },
        (_, Answer::YesNo(true)) => OptionLabel::Yes.words(lang),
        (_, Answer::YesNo(false)) => OptionLabel::No.words(lang),
        (_, Answer::Gemeente(Some(g))) => map.gemeenten[*g].naam.clone(),
        (_, Answer::Gemeente(None)) => other_gemeente_label(lang),
        _ => String::new(),
    }
}

/// An answer as given on the command line, in a file or in a scenario, before it
/// is checked against the map.
#[derive(Debug, Clone)]
pub struct Given {
    pub id: String,
    pub value: String,
    /// Where it was written, when it came from a file.
    pub location: Option<Location>,
}

/// Why a given answer cannot be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GivenError {
    UnknownQuestion {
        id: String,
        suggestion: Option<String>,
        location: Option<Location>,
    },
    Invalid {
        error: AnswerError,
        location: Option<Location>,
    },
}

impl GivenError {
    /// The problem in `lang`, with where it was written and a hint.
    pub fn text(&self, lang: Lang) -> String {
        let at = |location: &Option<Location>| match location {
            Some(l) => format!("\n  --> {l}"),
            None => String::new(),
        };
        match self {
            GivenError::UnknownQuestion {
                id,
                suggestion,
                location,
            } => {
                let hint = match suggestion {
                    Some(s) => t!(lang, "antwoord-bedoelde-u", vraag = s.as_str()),
                    None => t!(lang, "antwoord-eerste-vraag"),
                };
                format!(
                    "{}{}\n  = {}: {hint}",
                    t!(lang, "antwoord-vraag-onbekend", vraag = id.as_str()),
                    at(location),
                    t!(lang, "antwoord-hulp")
                )
            }
            GivenError::Invalid { error, location } => {
                format!("{}{}", error.text(lang).trim_end(), at(location))
            }
        }
    }
}

/// The first answer in `given` to a question that an earlier one already
/// answered (directly or through `antwoord_van`), as a message: on the command
/// line, a second `--answer` for one question is a mistake to point out, never
/// an answer to drop. A multiple-choice question takes its options in one
/// answer: `signaal=veiligheid,opvoeding`. Unknown ids are left to
/// [`check_given`].
pub fn repeated(map: &Map, given: &[Given], lang: Lang) -> Option<String> {
    let mut seen: Vec<(usize, &Given)> = Vec::new();
    for g in given {
        let Some(index) = map.question_index(&g.id) else {
            continue;
        };
        let asked = map.questions[index].asked(index);
        if let Some((_, first)) = seen.iter().find(|(q, _)| *q == asked) {
            let multiple = matches!(map.questions[asked].kind, QuestionKind::MultiChoice(_));
            let message = crate::t!(
                lang,
                "antwoord-dubbel",
                question = map.questions[asked].id.as_str(),
                first = format!("{}={}", first.id, first.value),
                second = format!("{}={}", g.id, g.value)
            );
            let help = if multiple {
                crate::t_help!(
                    lang,
                    "antwoord-dubbel-meerkeuze",
                    example = format!("{}={},{}", first.id, first.value, g.value)
                )
            } else {
                crate::t_help!(lang, "antwoord-dubbel")
            };
            return Some(match help {
                Some(help) => format!("{message}\n  = {}: {help}", t!(lang, "antwoord-hulp")),
                None => message,
            });
        }
        seen.push((asked, g));
    }
    None
}

/// Checks given answers against their questions; a later answer to the same
/// question replaces an earlier one (so `--answer` overrides `--answers FILE`).
pub fn check_given(map: &Map, given: &[Given]) -> Result<Vec<(usize, Answer)>, GivenError> {
    let mut answers: Vec<(usize, Answer)> = Vec::new();
    for g in given {
        match check_one(map, &g.id, &g.value) {
            Ok((q, answer)) => keep(&mut answers, q, answer),
            Err(None) => {
                return Err(GivenError::UnknownQuestion {
                    id: g.id.clone(),
                    suggestion: suggest(&g.id, &map.question_ids()).map(String::from),
                    location: g.location.clone(),
                });
            }
            Err(Some(error)) => {
                return Err(GivenError::Invalid {
                    error,
                    location: g.location.clone(),
                });
            }
        }
    }
    Ok(answers)
}

/// [`check_given`] on answers that borrow their texts, each a question id
/// and a value: `check` runs a hundred thousand scenarios, nearly all right,
/// and copies nothing for them. `None` when an answer is wrong: then
/// [`check_given`] says which and where.
pub fn check_texts<'a>(
    map: &Map,
    given: impl ExactSizeIterator<Item = (&'a str, Cow<'a, str>)>,
) -> Option<Vec<(usize, Answer)>> {
    let mut answers: Vec<(usize, Answer)> = Vec::with_capacity(given.len());
    for (id, value) in given {
        let (q, answer) = check_one(map, id, &value).ok()?;
        keep(&mut answers, q, answer);
    }
    Some(answers)
}

/// The question an answer to question `id` answers (itself, or the one it
/// takes its answer from), and the answer; `Err(None)` for an unknown id.
fn check_one(map: &Map, id: &str, value: &str) -> Result<(usize, Answer), Option<AnswerError>> {
    let given_for = map.question_index(id).ok_or(None)?;
    // An answer to a question with `antwoord_van` is the answer to that question.
    let q = map.questions[given_for].asked(given_for);
    let answer = parse(map, &map.questions[q], value).map_err(Some)?;
    Ok((q, answer))
}

/// Adds the answer to `q`, after any other question's: a later answer wins.
fn keep(answers: &mut Vec<(usize, Answer)>, q: usize, answer: Answer) {
    answers.retain(|(other, _)| *other != q);
    answers.push((q, answer));
}

#[cfg(test)]
mod tests;
