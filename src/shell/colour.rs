//! When to colour: `--color auto|always|never`, the terminal and `NO_COLOR`.
//!
//! Decided once per stream at the start of a run and passed down as plain
//! booleans, so the core never looks at the terminal or the environment.

use crate::shell::cli::ColorChoice;
use std::ffi::OsStr;

/// Whether to colour each of the two output streams.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Colour {
    /// Plans, tables and `check` reports.
    pub stdout: bool,
    /// Messages, load errors and the questionnaire's prompts.
    pub stderr: bool,
}

impl Colour {
    /// The choice applied to this process's stdout and stderr and environment.
    pub fn detect(choice: ColorChoice) -> Colour {
        use std::io::IsTerminal;
        let no_color = std::env::var_os("NO_COLOR");
        Colour {
            stdout: enabled(choice, std::io::stdout().is_terminal(), no_color.as_deref()),
            stderr: enabled(choice, std::io::stderr().is_terminal(), no_color.as_deref()),
        }
    }
}

/// `always` colours, `never` does not; `auto` colours a terminal unless
/// `NO_COLOR` is set to anything but the empty string. An explicit choice on
/// the command line overrides `NO_COLOR`, as <https://no-color.org> asks.
pub fn enabled(choice: ColorChoice, terminal: bool, no_color: Option<&OsStr>) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => terminal && no_color.is_none_or(OsStr::is_empty),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn auto_colours_a_terminal_without_no_color_only() {
        let set = Some(OsStr::new("1"));
        let empty = Some(OsStr::new(""));
        assert!(enabled(ColorChoice::Auto, true, None));
        assert!(enabled(ColorChoice::Auto, true, empty));
        assert!(!enabled(ColorChoice::Auto, true, set));
        assert!(!enabled(ColorChoice::Auto, false, None));
    }

    #[test]
    fn always_and_never_override_the_terminal_and_no_color() {
        let set = Some(OsStr::new("1"));
        assert!(enabled(ColorChoice::Always, false, set));
        assert!(!enabled(ColorChoice::Never, true, None));
    }
}
