//! The unit of a number question: one that routekaart knows (`weken`), which
//! is data, or the map's own words, which are only shown.
//!
//! A milestone counts weeks from a number question, so whether a question
//! counts weeks must not hang on how its unit is spelled or translated: a known
//! unit is written as its id (`eenheid: weken`) and its words come from
//! routekaart in every language; anything else (`eenheid: keer`, `{nl: …, en: …}`)
//! is text to show and means nothing more.

use super::text::{Text, dutch_or_both};
use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::{Deserialize, Deserializer};
use std::borrow::Cow;

/// A unit routekaart knows, by its id.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Uur,
    Dagen,
    Weken,
    Maanden,
    Jaar,
}

impl Unit {
    /// Every known unit with its id, Dutch and English words.
    pub const ALL: [(Unit, &'static str, &'static str); 5] = [
        (Unit::Uur, "uur", "hours"),
        (Unit::Dagen, "dagen", "days"),
        (Unit::Weken, "weken", "weeks"),
        (Unit::Maanden, "maanden", "months"),
        (Unit::Jaar, "jaar", "years"),
    ];

    /// The unit with this id (`weken`), if routekaart knows it.
    pub fn from_id(id: &str) -> Option<Unit> {
        Self::ALL.iter().find(|(_, nl, _)| *nl == id).map(|u| u.0)
    }

    /// Its words: (Dutch, English).
    pub fn words(self) -> (&'static str, &'static str) {
        let (_, nl, en) = Self::ALL
            .iter()
            .find(|u| u.0 == self)
            .expect("every unit is listed");
        (nl, en)
    }
}

/// The `eenheid` of a number question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UnitField {
    /// A unit routekaart knows, written as its id.
    Known(Unit),
    /// The map's own words for a unit, shown and nothing more.
    Words(Text),
}

impl<'de> Deserialize<'de> for UnitField {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = Text::deserialize(deserializer)?;
        Ok(match (&text.en, Unit::from_id(&text.nl)) {
            (None, Some(unit)) => UnitField::Known(unit),
            _ => UnitField::Words(text),
        })
    }
}

impl JsonSchema for UnitField {
    fn schema_name() -> Cow<'static, str> {
        "eenheid".into()
    }

    /// Inline, without a description of its own: the editor then shows the
    /// field's meaning on hover. The known ids are offered as examples.
    fn inline_schema() -> bool {
        true
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        let known: Vec<&str> = Unit::ALL.iter().map(|u| u.1).collect();
        json_schema!({
            "anyOf": dutch_or_both(
                "De eenheid in het Nederlands.",
                "De eenheid in het Engels (voor `--lang en`)."
            ),
            "examples": known
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(yaml: &str) -> UnitField {
        serde_saphyr::from_str(yaml).unwrap()
    }

    #[test]
    fn a_known_id_is_data_and_other_words_are_only_words() {
        assert_eq!(read("weken"), UnitField::Known(Unit::Weken));
        assert_eq!(Unit::Weken.words(), ("weken", "weeks"));
        // Words that look like a unit stay words: only the id is data.
        assert!(matches!(
            read("{nl: weken, en: weeks}"),
            UnitField::Words(_)
        ));
        assert!(matches!(read("keer"), UnitField::Words(_)));
    }
}
