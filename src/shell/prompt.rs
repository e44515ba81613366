//! The prompts the questionnaire is made of: one choice, several choices, the
//! keys they show and what stops them. Shared by the plain questions and by a
//! question with themes, so both behave alike.

use crate::core::answer::Answer;
use crate::i18n::pick;
use crate::shell::failure::Failure;
use crate::tr;
use inquire::error::InquireError;
use inquire::validator::Validation;
use inquire::{MultiSelect, Select};

/// The option that goes back a question.
pub(crate) fn back_label() -> &'static str {
    pick("← Vorige vraag", "← Previous question")
}

/// The keys of a single-choice prompt.
pub(crate) fn keys() -> &'static str {
    pick(
        "↑↓ kiezen · Enter bevestigen · Esc stoppen",
        "↑↓ choose · Enter confirm · Esc stop",
    )
}

/// The keys of the prompt for a gemeente, whose list (every gemeente of every
/// region) narrows as the user types.
pub(crate) fn gemeente_keys() -> String {
    crate::t!(crate::i18n::current(), "toetsen-gemeente")
}

/// The keys of a multiple-choice prompt.
pub(crate) fn multi_keys() -> &'static str {
    pick(
        "↑↓ kiezen · spatie aan/uit · Enter bevestigen · Esc stoppen",
        "↑↓ choose · space on/off · Enter confirm · Esc stop",
    )
}

/// What the user did at a question.
pub(crate) enum Reply {
    Answer(Answer),
    Back,
}

/// A multiple-choice prompt; returns the indices chosen, in list order. At
/// least one must be chosen; `back` (the index of a "go back" label) only on
/// its own. Type-to-filter is inquire's own.
pub(crate) fn multi_select(
    message: &str,
    labels: Vec<String>,
    defaults: &[usize],
    help: &str,
    back: Option<usize>,
    page_size: usize,
) -> Result<Vec<usize>, Failure> {
    let back_label = back
        .and_then(|b| labels.get(b))
        .cloned()
        .unwrap_or_default();
    let back_name = back_label.trim_start_matches('←').trim().to_string();
    let chosen = MultiSelect::new(message, labels)
        .with_default(defaults)
        .with_help_message(help)
        .with_page_size(page_size)
        .with_validator(
            move |chosen: &[inquire::list_option::ListOption<&String>]| {
                let going_back = chosen.iter().any(|o| Some(o.index) == back);
                Ok(if chosen.is_empty() {
                    Validation::Invalid(
                        match back {
                            Some(_) => tr!(
                                "Kies minstens één antwoord (spatie), of ‘{back_name}’.",
                                "Choose at least one answer (space), or ‘{back_name}’."
                            ),
                            None => pick(
                                "Kies minstens één antwoord (spatie).",
                                "Choose at least one answer (space).",
                            )
                            .to_string(),
                        }
                        .into(),
                    )
                } else if going_back && chosen.len() > 1 {
                    Validation::Invalid(
                        tr!(
                            "Kies ‘{back_name}’ alleen, zonder andere antwoorden.",
                            "Choose ‘{back_name}’ on its own, without other answers."
                        )
                        .into(),
                    )
                } else {
                    Validation::Valid
                })
            },
        )
        .raw_prompt()
        .map_err(stopped)?;
    Ok(chosen.iter().map(|o| o.index).collect())
}

/// A single-choice prompt; returns the index chosen.
pub(crate) fn select(
    message: &str,
    labels: Vec<String>,
    start: usize,
    help: &str,
) -> Result<usize, Failure> {
    let start = start.min(labels.len().saturating_sub(1));
    Select::new(message, labels)
        .with_starting_cursor(start)
        .with_help_message(help)
        .with_page_size(12)
        .raw_prompt()
        .map(|chosen| chosen.index)
        .map_err(stopped)
}

/// Esc and Ctrl-C stop the questionnaire; any other prompt error is a failure.
pub(crate) fn stopped(error: InquireError) -> Failure {
    match error {
        InquireError::OperationCanceled | InquireError::OperationInterrupted => {
            Failure::Interrupted
        }
        other => Failure::Other(anyhow::Error::new(other).context(pick(
            "de vragenlijst kan niet verder",
            "the questionnaire cannot go on",
        ))),
    }
}
