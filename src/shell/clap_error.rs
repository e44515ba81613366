//! Clap's own error messages (an unknown option, a wrong value, a missing
//! argument) in the run's language and in routekaart's form: `fout: …` (or
//! `error: …`), a hint, the usage line and where to find more help. The words
//! are all here, next to the ones of [`crate::shell::help`].

use crate::tr;
use clap::builder::{StyledStr, Styles};
use clap::error::{ContextKind, ContextValue, ErrorFormatter, ErrorKind};
use std::fmt::Write as _;

/// Prints clap's error (or the help or version it stands for) and exits: 2 for
/// a wrong call, as [`crate::shell::exit::Exit::Usage`]; 0 for help and version.
pub fn exit(error: clap::Error) -> ! {
    error.apply::<Errors>().exit()
}

/// Formats clap's errors in Dutch or English.
pub struct Errors;

impl ErrorFormatter for Errors {
    fn format_error(error: &clap::error::Error<Self>) -> StyledStr {
        let styles = Styles::default();
        let (bad, good) = (styles.get_error(), styles.get_valid());
        let mut out = StyledStr::new();
        let word = crate::i18n::pick("fout", "error");
        let _ = write!(out, "{bad}{word}{bad:#}: {}", message(error));
        let suggestion = [
            ContextKind::SuggestedSubcommand,
            ContextKind::SuggestedArg,
            ContextKind::SuggestedValue,
        ]
        .into_iter()
        // Clap lists similar names from least to most alike.
        .find_map(|kind| strings(error, kind).pop());
        if let Some(suggestion) = suggestion {
            let hint = crate::tr!(
                "\n  = hulp: bedoelde u `{good}{suggestion}{good:#}`?",
                "\n  = help: did you mean `{good}{suggestion}{good:#}`?"
            );
            out.push_str(&hint);
        }
        let usage = match error.get(ContextKind::Usage) {
            Some(ContextValue::StyledStr(usage)) => usage.to_string(),
            _ => String::new(),
        };
        // Clap writes "Usage: routekaart check [OPTIES] [MAP]"; the command is the part after
        // the heading, up to the first option or argument.
        if let Some((_, usage)) = usage.split_once(": ") {
            let heading = crate::i18n::pick("Gebruik", "Usage");
            let _ = write!(out, "\n\n{heading}: {usage}");
            let command: Vec<&str> = usage
                .split_whitespace()
                .take_while(|w| !w.starts_with(['[', '<', '-']))
                .collect();
            let more = crate::i18n::pick("Meer uitleg", "More help");
            let _ = write!(out, "\n\n{more}: {} --help", command.join(" "));
        }
        out.push_str("\n");
        out
    }
}

/// What went wrong, in a sentence.
fn message(error: &clap::error::Error<Errors>) -> String {
    let arg = text(error, ContextKind::InvalidArg);
    let value = text(error, ContextKind::InvalidValue);
    let choices = strings(error, ContextKind::ValidValue);
    let choose = if choices.is_empty() {
        String::new()
    } else {
        let list = crate::i18n::format::list(crate::i18n::current(), &choices);
        tr!("; kies uit {list}", "; choose from {list}")
    };
    match error.kind() {
        ErrorKind::InvalidValue if value.is_empty() => {
            tr!(
                "{arg} heeft een waarde nodig{choose}",
                "{arg} needs a value{choose}"
            )
        }
        ErrorKind::InvalidValue => tr!(
            "`{value}` is geen geldige waarde voor {arg}{choose}",
            "`{value}` is not a valid value for {arg}{choose}"
        ),
        ErrorKind::ValueValidation => {
            let why = std::error::Error::source(error).map_or(String::new(), |s| format!(": {s}"));
            tr!(
                "`{value}` is geen geldige waarde voor {arg}{why}",
                "`{value}` is not a valid value for {arg}{why}"
            )
        }
        ErrorKind::UnknownArgument => tr!("onbekende optie `{arg}`", "unknown option `{arg}`"),
        ErrorKind::InvalidSubcommand => {
            let command = text(error, ContextKind::InvalidSubcommand);
            tr!(
                "onbekende opdracht `{command}`",
                "unknown command `{command}`"
            )
        }
        ErrorKind::MissingRequiredArgument => {
            let missing = strings(error, ContextKind::InvalidArg).join(", ");
            tr!(
                "dit ontbreekt nog: {missing}",
                "this is still missing: {missing}"
            )
        }
        ErrorKind::ArgumentConflict => {
            let prior = strings(error, ContextKind::PriorArg);
            if prior.contains(&arg) {
                tr!("{arg} mag maar één keer", "{arg} may be given only once")
            } else {
                let prior = prior.join(", ");
                tr!(
                    "{arg} gaat niet samen met {prior}",
                    "{arg} cannot be used with {prior}"
                )
            }
        }
        ErrorKind::NoEquals => tr!(
            "schrijf een waarde met `=` erbij: {arg}=WAARDE",
            "write the value with `=`: {arg}=VALUE"
        ),
        ErrorKind::TooManyValues => tr!(
            "`{value}` is één waarde te veel voor {arg}",
            "`{value}` is one value too many for {arg}"
        ),
        ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues => tr!(
            "{arg} heeft een ander aantal waarden nodig",
            "{arg} needs a different number of values"
        ),
        ErrorKind::MissingSubcommand | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            crate::i18n::pick("geef een opdracht", "give a command").to_string()
        }
        ErrorKind::InvalidUtf8 => crate::i18n::pick(
            "een argument is geen geldige tekst (UTF-8)",
            "an argument is not valid text (UTF-8)",
        )
        .to_string(),
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
