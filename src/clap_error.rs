//! Clap's own error messages (an unknown option, a wrong value, a missing
//! argument) in Dutch and in routekaart's form: `fout: …`, a hint, the usage
//! line and where to find more help. The words are all here, next to the ones
//! of [`crate::help`], for another language to replace.

use clap::builder::{StyledStr, Styles};
use clap::error::{ContextKind, ContextValue, ErrorFormatter, ErrorKind};
use std::fmt::Write as _;

/// Prints clap's error (or the help or version it stands for) and exits: 2 for
/// a wrong call, as [`crate::exit::Exit::Usage`]; 0 for help and version.
pub fn exit(error: clap::Error) -> ! {
    error.apply::<DutchErrors>().exit()
}

/// Formats clap's errors in Dutch.
pub struct DutchErrors;

impl ErrorFormatter for DutchErrors {
    fn format_error(error: &clap::error::Error<Self>) -> StyledStr {
        let styles = Styles::default();
        let (bad, good) = (styles.get_error(), styles.get_valid());
        let mut out = StyledStr::new();
        let _ = write!(out, "{bad}fout{bad:#}: {}", message(error));
        let suggestion = [
            ContextKind::SuggestedSubcommand,
            ContextKind::SuggestedArg,
            ContextKind::SuggestedValue,
        ]
        .into_iter()
        // Clap lists similar names from least to most alike.
        .find_map(|kind| strings(error, kind).pop());
        if let Some(suggestion) = suggestion {
            let _ = write!(out, "\n  = hulp: bedoelde je `{good}{suggestion}{good:#}`?");
        }
        let usage = match error.get(ContextKind::Usage) {
            Some(ContextValue::StyledStr(usage)) => usage.to_string(),
            _ => String::new(),
        };
        // Clap writes "Usage: routekaart check [OPTIES] [MAP]"; the command is the part after
        // the heading, up to the first option or argument.
        if let Some((_, usage)) = usage.split_once(": ") {
            let _ = write!(out, "\n\nGebruik: {usage}");
            let command: Vec<&str> = usage
                .split_whitespace()
                .take_while(|w| !w.starts_with(['[', '<', '-']))
                .collect();
            let _ = write!(out, "\n\nMeer uitleg: {} --help", command.join(" "));
        }
        out.push_str("\n");
        out
    }
}

/// What went wrong, in a sentence.
fn message(error: &clap::error::Error<DutchErrors>) -> String {
    let arg = text(error, ContextKind::InvalidArg);
    let value = text(error, ContextKind::InvalidValue);
    let choices = strings(error, ContextKind::ValidValue);
    let choose = if choices.is_empty() {
        String::new()
    } else {
        format!("; kies uit {}", crate::diagnostic::list(&choices))
    };
    match error.kind() {
        ErrorKind::InvalidValue if value.is_empty() => {
            format!("{arg} heeft een waarde nodig{choose}")
        }
        ErrorKind::InvalidValue => format!("`{value}` is geen geldige waarde voor {arg}{choose}"),
        ErrorKind::ValueValidation => {
            let why = std::error::Error::source(error).map_or(String::new(), |s| format!(": {s}"));
            format!("`{value}` is geen geldige waarde voor {arg}{why}")
        }
        ErrorKind::UnknownArgument => format!("onbekende optie `{arg}`"),
        ErrorKind::InvalidSubcommand => format!(
            "onbekende opdracht `{}`",
            text(error, ContextKind::InvalidSubcommand)
        ),
        ErrorKind::MissingRequiredArgument => format!(
            "dit ontbreekt nog: {}",
            strings(error, ContextKind::InvalidArg).join(", ")
        ),
        ErrorKind::ArgumentConflict => {
            let prior = strings(error, ContextKind::PriorArg);
            if prior.contains(&arg) {
                format!("{arg} mag maar één keer")
            } else {
                format!("{arg} gaat niet samen met {}", prior.join(", "))
            }
        }
        ErrorKind::NoEquals => format!("schrijf een waarde met `=` erbij: {arg}=WAARDE"),
        ErrorKind::TooManyValues => format!("`{value}` is één waarde te veel voor {arg}"),
        ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues => {
            format!("{arg} heeft een ander aantal waarden nodig")
        }
        ErrorKind::MissingSubcommand | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            "geef een opdracht".to_string()
        }
        ErrorKind::InvalidUtf8 => "een argument is geen geldige tekst (UTF-8)".to_string(),
        _ => error.kind().to_string(),
    }
}

/// A piece of context as text; empty when clap gave none.
fn text(error: &clap::error::Error<DutchErrors>, kind: ContextKind) -> String {
    strings(error, kind).join(", ")
}

/// A piece of context as a list; empty when clap gave none.
fn strings(error: &clap::error::Error<DutchErrors>, kind: ContextKind) -> Vec<String> {
    match error.get(kind) {
        Some(ContextValue::String(one)) => vec![one.clone()],
        Some(ContextValue::Strings(many)) => many.clone(),
        _ => Vec::new(),
    }
}
