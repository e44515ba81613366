//! A map text in every language the map gives it, for the reader to choose.
//!
//! The resolved [`crate::core::map::Map`] keeps each text as the map wrote
//! it, Dutch and (where given) English, instead of one language chosen while
//! loading: one loaded map then serves a plan in English and a `check` that
//! quotes the authors' Dutch, and the language stays a value the renderer
//! passes, never state read while resolving.

use crate::i18n::Lang;

/// A text of the map: Dutch always, English where the map gives it. Already
/// made safe for a terminal ([`crate::core::text::clean`]).
#[derive(Debug, Clone, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
pub struct Words {
    pub nl: String,
    pub en: Option<String>,
}

impl Words {
    /// A text the map gives in Dutch only.
    pub fn dutch(nl: impl Into<String>) -> Words {
        Words {
            nl: nl.into(),
            en: None,
        }
    }

    /// The text in `lang`; Dutch where the map has no text in `lang`.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Nl => &self.nl,
            Lang::En => self.en.as_deref().unwrap_or(&self.nl),
        }
    }
}

/// Map texts in one language, owned: for a view that holds strings. One
/// method for a text, an optional text and a list of texts alike.
pub trait InLang {
    type Owned;
    fn in_lang(&self, lang: Lang) -> Self::Owned;
}

impl InLang for Words {
    type Owned = String;
    fn in_lang(&self, lang: Lang) -> String {
        self.get(lang).to_string()
    }
}

impl InLang for Option<Words> {
    type Owned = Option<String>;
    fn in_lang(&self, lang: Lang) -> Option<String> {
        self.as_ref().map(|words| words.in_lang(lang))
    }
}

impl InLang for [Words] {
    type Owned = Vec<String>;
    fn in_lang(&self, lang: Lang) -> Vec<String> {
        self.iter().map(|words| words.in_lang(lang)).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_falls_back_to_dutch() {
        let both = Words {
            nl: "Melding".into(),
            en: Some("Report".into()),
        };
        assert_eq!(both.get(Lang::Nl), "Melding");
        assert_eq!(both.get(Lang::En), "Report");
        assert_eq!(Words::dutch("Melding").get(Lang::En), "Melding");
        let list = [both.clone(), Words::dutch("Bel")];
        assert_eq!(list.in_lang(Lang::En), ["Report", "Bel"]);
        assert_eq!(Some(both).in_lang(Lang::En).as_deref(), Some("Report"));
    }
}
