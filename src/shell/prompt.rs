//! The prompts the questionnaire is made of: one choice, several choices, a
//! line of text, the keys they show and what stops them. Shared by the plain
//! questions, a question with themes and the school profile's form, so all
//! behave alike; every text is laid out to the screen by
//! [`crate::shell::ask_screen`], in the words of the catalogue (`ask.ftl`).

use crate::core::answer::Answer;
use crate::i18n::Lang;
use crate::shell::ask_screen::{Screen, rows};
use crate::shell::failure::Failure;
use crate::t;
use inquire::error::InquireError;
use inquire::list_option::ListOption;
use inquire::ui::{ErrorMessageRenderConfig, RenderConfig, Styled};
use inquire::validator::Validation;
use inquire::{MultiSelect, Select};
use std::sync::OnceLock;

/// The columns before an option's label: `> ` in a list, `> [ ] ` with
/// boxes; and before its further lines: in a list two more, with boxes under
/// the label, right of the next option's box.
const SELECT_PREFIX: usize = 2;
const SELECT_INDENT: usize = 4;
const MULTI_PREFIX: usize = 6;

/// The stopped mark ("(gestopt)") and a render configuration that writes it
/// on a line of its own, under the question, for a question whose last line
/// has no room for it: inquire writes it after the question as it is, and
/// the terminal would break it at the edge ("(gesto|pt)").
static STOP_BELOW: OnceLock<(&'static str, RenderConfig<'static>)> = OnceLock::new();

/// inquire's own words, in the user's language: what a stopped prompt shows
/// (inquire says "<canceled>") and a refused answer without a message of its
/// own, in `lang`; and the mark of an answered question, `>`. Coloured only when `colour` is set (see
/// [`crate::shell::colour`]).
pub(crate) fn configure(colour: bool, lang: Lang) {
    // inquire keeps its configuration for the whole process, so its words
    // must live as long: three short texts, once per run.
    let stopped: &'static str = Box::leak(t!(lang, "ask-gestopt").into_boxed_str());
    let below: &'static str = Box::leak(format!("\n  {stopped}").into_boxed_str());
    let invalid: &'static str = Box::leak(t!(lang, "ask-ongeldig").into_boxed_str());
    // An answered question starts with `>`, the one being asked with `?`,
    // with colour or without (inquire's plain configuration marks both `?`,
    // so without colour the question being asked did not stand out).
    let base = if colour {
        RenderConfig::default_colored()
    } else {
        RenderConfig::empty().with_answered_prompt_prefix(Styled::new(">"))
    };
    let mut error = if colour {
        ErrorMessageRenderConfig::default_colored()
    } else {
        ErrorMessageRenderConfig::empty()
    };
    error.default_message = invalid;
    let style = base.canceled_prompt_indicator.style;
    let config = base.with_error_message(error);
    inquire::set_global_render_config(
        config.with_canceled_prompt_indicator(Styled::new(stopped).with_style_sheet(style)),
    );
    let _ = STOP_BELOW.set((
        stopped,
        config.with_canceled_prompt_indicator(Styled::new(below).with_style_sheet(style)),
    ));
}

/// The render configuration for `question` (as laid out for `screen`) when
/// the stopped mark does not fit after it; `None` when the global one does.
fn stop_config(screen: &Screen, question: &str) -> Option<RenderConfig<'static>> {
    let (stopped, below) = STOP_BELOW.get()?;
    (!screen.fits_after(question, stopped)).then_some(*below)
}

/// The option that goes back a question.
pub(crate) fn back_label(lang: Lang) -> String {
    t!(lang, "ask-vorige-vraag")
}

/// The keys of a single-choice prompt.
pub(crate) fn keys(lang: Lang) -> String {
    t!(lang, "toetsen-kiezen")
}

/// The keys of the prompt for a gemeente, whose list (every gemeente of every
/// region) narrows as the user types.
pub(crate) fn gemeente_keys(lang: Lang) -> String {
    t!(lang, "toetsen-gemeente")
}

/// The keys of a multiple-choice prompt.
pub(crate) fn multi_keys(lang: Lang) -> String {
    t!(lang, "toetsen-meerkeuze")
}

/// What the user did at a question.
pub(crate) enum Reply {
    Answer(Answer),
    Back,
}

/// A multiple-choice prompt; returns the indices chosen, in list order. At
/// least one must be chosen; `back` (the index of a "go back" label) only on
/// its own. Shows at most `most` options at once, fewer when the terminal
/// has fewer rows. Type-to-filter is inquire's own. Its refusals are in `lang`.
pub(crate) fn multi_select(
    message: &str,
    labels: Vec<String>,
    defaults: &[usize],
    help: &str,
    back: Option<usize>,
    most: usize,
    lang: Lang,
) -> Result<Vec<usize>, Failure> {
    let screen = Screen::now();
    let back_label = back
        .and_then(|b| labels.get(b))
        .cloned()
        .unwrap_or_default();
    let back_name = back_label.trim_start_matches('←').trim().to_string();
    let none_chosen = match back {
        Some(_) => t!(lang, "ask-kies-een-of-terug", back = back_name.as_str()),
        None => t!(lang, "ask-kies-een"),
    };
    let back_alone = t!(lang, "ask-terug-alleen", back = back_name.as_str());
    let (none_chosen, back_alone) = (screen.message(&none_chosen), screen.message(&back_alone));
    let question = screen.question(message);
    let help = screen.help(help);
    let shown: Vec<String> = labels
        .iter()
        .map(|l| screen.option(l, MULTI_PREFIX, MULTI_PREFIX))
        .collect();
    let other = rows(&question) + rows(&help) + rows(&none_chosen).max(rows(&back_alone));
    let page = screen.page_size(&shown, other).min(most.max(1));
    let formatter = |chosen: &[ListOption<&String>]| {
        let names: Vec<&str> = chosen.iter().map(|o| labels[o.index].as_str()).collect();
        screen.answer(&question, &names.join(", "))
    };
    let scorer = |input: &str, _: &String, _: &str, index: usize| {
        MultiSelect::<String>::DEFAULT_SCORER(input, &labels[index], &labels[index], index)
    };
    let mut prompt = MultiSelect::new(&question, shown);
    if let Some(config) = stop_config(&screen, &question) {
        prompt = prompt.with_render_config(config);
    }
    let chosen = prompt
        .with_default(defaults)
        .with_help_message(&help)
        .with_page_size(page)
        .with_formatter(&formatter)
        .with_scorer(&scorer)
        .with_validator(move |chosen: &[ListOption<&String>]| {
            let going_back = chosen.iter().any(|o| Some(o.index) == back);
            Ok(if chosen.is_empty() {
                Validation::Invalid(none_chosen.clone().into())
            } else if going_back && chosen.len() > 1 {
                Validation::Invalid(back_alone.clone().into())
            } else {
                Validation::Valid
            })
        })
        .raw_prompt()
        .map_err(stopped)?;
    Ok(chosen.iter().map(|o| o.index).collect())
}

/// A single-choice prompt; returns the index chosen. Shows as many options
/// at once as the terminal has rows for.
pub(crate) fn select(
    message: &str,
    labels: Vec<String>,
    start: usize,
    help: &str,
) -> Result<usize, Failure> {
    let screen = Screen::now();
    let start = start.min(labels.len().saturating_sub(1));
    let question = screen.question(message);
    let help = screen.help(help);
    let shown: Vec<String> = labels
        .iter()
        .map(|l| screen.option(l, SELECT_PREFIX, SELECT_INDENT))
        .collect();
    let page = screen.page_size(&shown, rows(&question) + rows(&help));
    let formatter = |chosen: ListOption<&String>| screen.answer(&question, &labels[chosen.index]);
    let scorer = |input: &str, _: &String, _: &str, index: usize| {
        Select::<String>::DEFAULT_SCORER(input, &labels[index], &labels[index], index)
    };
    let mut prompt = Select::new(&question, shown);
    if let Some(config) = stop_config(&screen, &question) {
        prompt = prompt.with_render_config(config);
    }
    prompt
        .with_starting_cursor(start)
        .with_help_message(&help)
        .with_page_size(page)
        .with_formatter(&formatter)
        .with_scorer(&scorer)
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
        other => Failure::Terminal(anyhow::Error::new(other)),
    }
}
