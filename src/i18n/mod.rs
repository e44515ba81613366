//! The language of the tool's own words: Dutch, the default, or English.
//!
//! Chosen once by the shell: `--lang nl|en` before the locale (`LC_ALL`, then
//! `LC_MESSAGES`, then `LANG`, as POSIX orders them). The core asks
//! [`current`] where it words something, through [`pick`] or the [`tr!`]
//! macro; there is no message catalogue. A thread may override the language
//! for a while ([`with`]): `check` prints kept summaries in Dutch whatever
//! the user reads, and unit tests try both languages side by side.

pub mod catalogue;
pub mod format;

use std::cell::Cell;
use std::sync::atomic::{AtomicBool, Ordering};

/// A language of the tool's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    Nl,
    En,
}

impl Lang {
    /// The language of `--lang`: `nl` or `en`, in any case.
    pub fn from_code(code: &str) -> Option<Lang> {
        match code.trim().to_ascii_lowercase().as_str() {
            "nl" => Some(Lang::Nl),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// The code as `--lang` and the map's `talen` write it.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Nl => "nl",
            Lang::En => "en",
        }
    }
}

/// The process's language, set once by the shell; English when true.
static ENGLISH: AtomicBool = AtomicBool::new(false);

thread_local! {
    /// A language this thread uses instead, for a while (see [`with`]).
    static OVERRIDE: Cell<Option<Lang>> = const { Cell::new(None) };
}

/// The language to word things in now.
pub fn current() -> Lang {
    OVERRIDE
        .with(Cell::get)
        .unwrap_or(if ENGLISH.load(Ordering::Relaxed) {
            Lang::En
        } else {
            Lang::Nl
        })
}

/// Sets the process's language (the shell does, once, at start).
pub fn set(lang: Lang) {
    ENGLISH.store(lang == Lang::En, Ordering::Relaxed);
}

/// Runs `f` with this thread's text in `lang`, then restores what was before.
pub fn with<T>(lang: Lang, f: impl FnOnce() -> T) -> T {
    let before = OVERRIDE.with(|o| o.replace(Some(lang)));
    // Restore even when `f` panics, so one failing test does not leak its language.
    struct Restore(Option<Lang>);
    impl Drop for Restore {
        fn drop(&mut self) {
            OVERRIDE.with(|o| o.set(self.0));
        }
    }
    let _restore = Restore(before);
    f()
}

/// The Dutch or the English text, by the current language.
pub fn pick<'a>(nl: &'a str, en: &'a str) -> &'a str {
    match current() {
        Lang::Nl => nl,
        Lang::En => en,
    }
}

/// `format!` in the current language: `tr!("{n} fouten", "{n} errors")`.
/// Both strings capture the same variables.
#[macro_export]
macro_rules! tr {
    ($nl:literal, $en:literal $(,)?) => {
        match $crate::i18n::current() {
            $crate::i18n::Lang::Nl => format!($nl),
            $crate::i18n::Lang::En => format!($en),
        }
    };
}

/// The language a locale value asks for: `en…` English, `nl…` Dutch, anything
/// else (`C`, `POSIX`, `de_DE.UTF-8`) none.
pub fn from_locale(value: &str) -> Option<Lang> {
    let value = value.trim().to_ascii_lowercase();
    if value.starts_with("en") {
        Some(Lang::En)
    } else if value.starts_with("nl") {
        Some(Lang::Nl)
    } else {
        None
    }
}

/// The language of the environment: the first of `LC_ALL`, `LC_MESSAGES` and
/// `LANG` that is set and not empty decides, as POSIX has it; Dutch when that
/// one names neither language, or none is set.
pub fn from_environment(var: impl Fn(&str) -> Option<String>) -> Lang {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .into_iter()
        .filter_map(var)
        .find(|value| !value.trim().is_empty())
        .and_then(|value| from_locale(&value))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(pairs: &[(&str, &str)]) -> Lang {
        let pairs: Vec<(String, String)> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        from_environment(|name| {
            pairs
                .iter()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.clone())
        })
    }

    #[test]
    fn the_locale_decides_in_posix_order_and_defaults_to_dutch() {
        assert_eq!(env(&[]), Lang::Nl);
        assert_eq!(env(&[("LANG", "en_US.UTF-8")]), Lang::En);
        assert_eq!(
            env(&[("LANG", "en_GB.UTF-8"), ("LC_ALL", "nl_NL.UTF-8")]),
            Lang::Nl
        );
        assert_eq!(
            env(&[("LANG", "nl_NL"), ("LC_MESSAGES", "en_US")]),
            Lang::En
        );
        assert_eq!(env(&[("LANG", "en_US"), ("LC_ALL", "")]), Lang::En);
        assert_eq!(env(&[("LANG", "C")]), Lang::Nl);
        assert_eq!(env(&[("LANG", "POSIX")]), Lang::Nl);
        assert_eq!(env(&[("LANG", "de_DE.UTF-8")]), Lang::Nl);
        // The first one set decides, even when it names another language.
        assert_eq!(env(&[("LC_ALL", "fr_FR"), ("LANG", "en_US")]), Lang::Nl);
    }

    #[test]
    fn a_thread_can_word_things_in_either_language_for_a_while() {
        assert_eq!(current(), Lang::Nl);
        let n = 2;
        assert_eq!(
            with(Lang::En, || tr!("{n} fouten", "{n} errors")),
            "2 errors"
        );
        assert_eq!(tr!("{n} fouten", "{n} errors"), "2 fouten");
        assert_eq!(with(Lang::En, || pick("ja", "yes")), "yes");
        assert_eq!(pick("ja", "yes"), "ja");
    }
}
