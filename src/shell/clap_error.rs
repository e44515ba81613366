//! Clap's own error messages (an unknown option, a wrong value, a missing
//! argument) in the run's language and in routekaart's form: `fout: …` (or
//! `error: …`), a hint, the usage line and where to find more help. The words
//! are in the catalogue (`help.ftl`), next to those of [`crate::shell::help`].
//!
//! Clap calls the formatter without any value of ours, so the language rides
//! along in the error itself, as its `Custom` context.

use crate::i18n::Lang;
use crate::shell::cli::BadValue;
use crate::shell::exit::Exit;
use crate::t;
use clap::builder::{StyledStr, Styles};
use clap::error::{ContextKind, ContextValue, ErrorFormatter, ErrorKind};
use std::fmt::Write as _;

/// Prints clap's error (or the help or version it stands for) in `lang` and
/// gives the exit code: 2 for a wrong call, as [`Exit::Usage`]; 0 for help
/// and version.
pub fn report(error: clap::Error, lang: Lang) -> Exit {
    let mut error = error.apply::<Errors>();
    error.insert(
        ContextKind::Custom,
        ContextValue::String(lang.code().to_string()),
    );
    // A closed pipe (`--help | head`) is no failure of ours.
    let _ = error.print();
    if error.use_stderr() {
        Exit::Usage
    } else {
        Exit::Success
    }
}

/// Formats clap's errors in the language [`report`] put in them.
pub struct Errors;

impl ErrorFormatter for Errors {
    fn format_error(error: &clap::error::Error<Self>) -> StyledStr {
        let lang = Lang::from_code(&text(error, ContextKind::Custom)).unwrap_or_default();
        let styles = Styles::default();
        let (bad, good) = (styles.get_error(), styles.get_valid());
        let mut out = StyledStr::new();
        let word = t!(lang, "fout");
        let _ = write!(out, "{bad}{word}{bad:#}: {}", message(error, lang));
        let suggestion = [
            ContextKind::SuggestedSubcommand,
            ContextKind::SuggestedArg,
            ContextKind::SuggestedValue,
        ]
        .into_iter()
        // Clap lists similar names from least to most alike.
        .find_map(|kind| strings(error, kind).pop());
        if let Some(suggestion) = suggestion {
            let suggestion = format!("{good}{suggestion}{good:#}");
            let hint = t!(lang, "clap-bedoelde-u", suggestion = suggestion);
            let _ = write!(out, "\n  = {hint}");
        }
        let usage = match error.get(ContextKind::Usage) {
            Some(ContextValue::StyledStr(usage)) => usage.to_string(),
            _ => String::new(),
        };
        // Clap writes "Usage: routekaart check [OPTIES] [MAP]"; the command is the part after
        // the heading, up to the first option or argument.
        if let Some((_, usage)) = usage.split_once(": ") {
            let heading = t!(lang, "help-gebruik");
            let _ = write!(out, "\n\n{heading}: {usage}");
            let command: Vec<&str> = usage
                .split_whitespace()
                .take_while(|w| !w.starts_with(['[', '<', '-']))
                .collect();
            let more = t!(lang, "clap-meer-uitleg");
            let _ = write!(out, "\n\n{more}: {} --help", command.join(" "));
        }
        out.push_str("\n");
        out
    }
}

/// What went wrong, in a sentence.
fn message(error: &clap::error::Error<Errors>, lang: Lang) -> String {
    let arg = text(error, ContextKind::InvalidArg);
    let value = text(error, ContextKind::InvalidValue);
    let choices = strings(error, ContextKind::ValidValue);
    let choose = if choices.is_empty() {
        String::new()
    } else {
        let list = crate::i18n::format::list(lang, &choices);
        format!("; {}", t!(lang, "clap-kies-uit", list = list))
    };
    let (arg, value) = (arg.as_str(), value.as_str());
    match error.kind() {
        ErrorKind::InvalidValue if value.is_empty() => {
            t!(lang, "clap-waarde-nodig", arg = arg, rest = choose)
        }
        ErrorKind::InvalidValue => t!(
            lang,
            "clap-ongeldige-waarde",
            value = value,
            arg = arg,
            rest = choose
        ),
        ErrorKind::ValueValidation => {
            let why = std::error::Error::source(error).map_or(String::new(), |source| match source
                .downcast_ref::<BadValue>(
            ) {
                Some(bad) => format!(": {}", bad.text(lang)),
                None => format!(": {source}"),
            });
            t!(
                lang,
                "clap-ongeldige-waarde",
                value = value,
                arg = arg,
                rest = why
            )
        }
        ErrorKind::UnknownArgument => t!(lang, "clap-onbekende-optie", arg = arg),
        ErrorKind::InvalidSubcommand => {
            let command = text(error, ContextKind::InvalidSubcommand);
            t!(lang, "clap-onbekende-opdracht", command = command)
        }
        ErrorKind::MissingRequiredArgument => {
            let missing = strings(error, ContextKind::InvalidArg).join(", ");
            t!(lang, "clap-ontbreekt", missing = missing)
        }
        ErrorKind::ArgumentConflict => {
            let prior = strings(error, ContextKind::PriorArg);
            if prior.iter().any(|p| p == arg) {
                t!(lang, "clap-een-keer", arg = arg)
            } else {
                let prior = prior.join(", ");
                t!(lang, "clap-niet-samen", arg = arg, prior = prior)
            }
        }
        ErrorKind::NoEquals => t!(lang, "clap-met-is", arg = arg),
        ErrorKind::TooManyValues => t!(lang, "clap-waarde-te-veel", value = value, arg = arg),
        ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues => {
            t!(lang, "clap-aantal-waarden", arg = arg)
        }
        ErrorKind::MissingSubcommand | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            t!(lang, "clap-geef-opdracht")
        }
        ErrorKind::InvalidUtf8 => t!(lang, "clap-geen-utf8"),
        _ => error.kind().to_string(),
    }
}

/// A piece of context as text; empty when clap gave none.
fn text(error: &clap::error::Error<Errors>, kind: ContextKind) -> String {
    strings(error, kind).join(", ")
}

/// A piece of context as a list; empty when clap gave none.
fn strings(error: &clap::error::Error<Errors>, kind: ContextKind) -> Vec<String> {
    match error.get(kind) {
        Some(ContextValue::String(one)) => vec![one.clone()],
        Some(ContextValue::Strings(many)) => many.clone(),
        _ => Vec::new(),
    }
}
