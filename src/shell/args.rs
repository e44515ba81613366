//! The command line read: the language and colour first, from the raw
//! arguments and the locale, since clap prints its help and errors while it
//! parses; then clap itself. The language is decided here, once, and goes
//! down as a value from [`crate::shell::run`].

use crate::i18n::Lang;
use crate::shell::cli::{Cli, ColorChoice};
use crate::shell::exit::Exit;
use clap::{FromArgMatches, ValueEnum};
use std::ffi::OsString;

/// Reads the command line `args` (the program's name first) in the run's
/// language `lang`. Clap's own help and errors come out in that language (see
/// [`crate::shell::help`]) and in the colour that `--color` asks for; when
/// clap stops the run (a wrong call, `--help`, `--version`), it has printed
/// why and the exit code is returned instead.
pub fn parse(args: Vec<OsString>, lang: Lang) -> Result<Cli, Exit> {
    let colour = match colour_argument(&args) {
        Some(ColorChoice::Always) => clap::ColorChoice::Always,
        Some(ColorChoice::Never) => clap::ColorChoice::Never,
        Some(ColorChoice::Auto) | None => clap::ColorChoice::Auto,
    };
    let report = |e| crate::shell::clap_error::report(e, lang);
    let matches = crate::shell::help::command(colour, lang)
        .try_get_matches_from(args)
        .map_err(report)?;
    Cli::from_arg_matches(&matches).map_err(report)
}

/// The value of the last `--color` before `--`. Read before clap parses, since
/// clap prints its help and errors while parsing.
fn colour_argument(args: &[OsString]) -> Option<ColorChoice> {
    last_value(args, "--color", |v| ColorChoice::from_str(v, false).ok())
}

/// The last valid value of `option` (`--option VALUE` or `--option=VALUE`)
/// before `--`, read from the raw arguments: what clap needs to know before it
/// parses (colour, language).
fn last_value<T>(args: &[OsString], option: &str, valid: impl Fn(&str) -> Option<T>) -> Option<T> {
    let mut found = None;
    let mut args = args.iter().skip(1).map(|a| a.to_str().unwrap_or_default());
    while let Some(arg) = args.next() {
        if arg == "--" {
            break;
        }
        let value = match arg.strip_prefix(option) {
            Some("") => args.next(),
            Some(rest) => rest.strip_prefix('='),
            None => None,
        };
        if let Some(value) = value.and_then(&valid) {
            found = Some(value);
        }
    }
    found
}

/// The value of the last `--lang` before `--`, in either spelling. Read before
/// clap parses, since clap prints its help and errors while parsing.
pub(crate) fn argument(args: &[OsString]) -> Option<Lang> {
    last_value(args, "--lang", Lang::from_code)
}

/// The language of this run: `--lang`, else the locale of the environment
/// (see [`crate::i18n::from_environment`]).
pub fn choose(args: &[OsString]) -> Lang {
    argument(args).unwrap_or_else(|| crate::i18n::from_environment(|name| std::env::var(name).ok()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn arg(args: &[&str]) -> Option<Lang> {
        let args: Vec<OsString> = args.iter().map(OsString::from).collect();
        argument(&args)
    }

    #[test]
    fn the_argument_is_read_in_both_spellings_and_not_after_a_double_dash() {
        assert_eq!(arg(&["routekaart", "check"]), None);
        assert_eq!(
            arg(&["routekaart", "--lang", "en", "check"]),
            Some(Lang::En)
        );
        assert_eq!(arg(&["routekaart", "check", "--lang=EN"]), Some(Lang::En));
        assert_eq!(
            arg(&["routekaart", "--lang=en", "--lang", "nl"]),
            Some(Lang::Nl)
        );
        assert_eq!(arg(&["routekaart", "--", "--lang=en"]), None);
        assert_eq!(arg(&["routekaart", "--lang=fr"]), None);
    }

    fn colour(args: &[&str]) -> Option<ColorChoice> {
        let args: Vec<OsString> = args.iter().map(OsString::from).collect();
        colour_argument(&args)
    }

    #[test]
    fn the_colour_argument_is_read_in_both_spellings_and_not_after_a_double_dash() {
        assert_eq!(colour(&["routekaart", "check"]), None);
        assert_eq!(
            colour(&["routekaart", "--color", "never", "check"]),
            Some(ColorChoice::Never)
        );
        assert_eq!(
            colour(&["routekaart", "check", "--color=always"]),
            Some(ColorChoice::Always)
        );
        assert_eq!(
            colour(&["routekaart", "--color=never", "--color", "always"]),
            Some(ColorChoice::Always)
        );
        assert_eq!(colour(&["routekaart", "--", "--color=never"]), None);
        assert_eq!(colour(&["routekaart", "--color=rood"]), None);
    }
}
