//! What kind of thing an id names, and the likely meant id for a typo. Used by
//! diagnostics, findings and the resolved map alike.

use crate::i18n::Lang;
use crate::i18n::catalogue::{Args, attribute};
use crate::t;

/// What kind of thing an id refers to, for messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum IdKind {
    /// A question or an advice (the target of `naar`, `ja`, `nee`, `start`).
    Node,
    Organisation,
    Role,
    Gemeente,
    Question,
    Advice,
    /// What a rule names: an organisation or a role.
    Contact,
    Rule,
    /// A theme of a multiple-choice question (`themas`).
    Theme,
    /// An option's `waarde`.
    Answer,
    /// A region folder (`regios/<id>/`).
    Region,
}

impl IdKind {
    /// The catalogue message with this kind's words (`locales/*/diagnostics.ftl`).
    fn message_id(self) -> &'static str {
        match self {
            IdKind::Node => "idsoort-vraag-of-advies",
            IdKind::Organisation => "idsoort-organisatie",
            IdKind::Role => "idsoort-rol",
            IdKind::Gemeente => "idsoort-gemeente",
            IdKind::Question => "idsoort-vraag",
            IdKind::Advice => "idsoort-advies",
            IdKind::Contact => "idsoort-organisatie-of-rol",
            IdKind::Rule => "idsoort-regel",
            IdKind::Theme => "idsoort-thema",
            IdKind::Answer => "idsoort-antwoord",
            IdKind::Region => "idsoort-regio",
        }
    }

    /// The noun for this kind of id in `lang`: "vraag", "question".
    pub fn noun(self, lang: Lang) -> String {
        t!(lang, self.message_id())
    }

    /// A phrase with this kind's noun in `lang`: `begin` (at the start of a
    /// sentence), `onbekend` ("onbekend advies"), `deze` ("dit advies") or
    /// `bestand` (the file where such ids are defined).
    pub fn phrase(self, lang: Lang, which: &str) -> String {
        attribute(lang, self.message_id(), which, &Args::new()).unwrap_or_default()
    }
}

/// The closest of `candidates` to `given`, if it is close enough to be a likely typo.
pub fn suggest<'a>(given: &str, candidates: &'a [String]) -> Option<&'a str> {
    candidates
        .iter()
        .map(|c| (strsim::levenshtein(given, c), c))
        .filter(|(distance, c)| *distance > 0 && *distance <= (c.chars().count() / 3).max(2))
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, c)| c.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_close_names_only() {
        let keys: Vec<String> = ["tekst", "uitleg", "soort"].map(String::from).to_vec();
        assert_eq!(suggest("tekts", &keys), Some("tekst"));
        assert_eq!(suggest("zzzzzz", &keys), None);
    }
}
