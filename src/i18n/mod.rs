//! The language of the tool's own words: Dutch, the default, or English.
//!
//! Chosen once by the shell: `--lang nl|en` before the locale (`LC_ALL`, then
//! `LC_MESSAGES`, then `LANG`, as POSIX orders them), and then passed down as
//! a value to everything that words something: there is no process-wide
//! language, so a test can render both languages side by side and `check`
//! words its report in one language while keeping summaries in Dutch. The
//! words themselves live in the Fluent catalogue ([`catalogue`]).

pub mod catalogue;
pub mod format;

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
}
