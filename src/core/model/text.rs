//! A text people read: a plain Dutch string, or `{nl: …, en: …}`.

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::Deserialize;
use serde::de::{Deserializer, MapAccess, Visitor};
use std::borrow::Cow;
use std::fmt;

/// A text people read: Dutch, and English where the map gives it. Written as a
/// plain string (Dutch only) or as `{nl: …, en: …}`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Text {
    pub nl: String,
    pub en: Option<String>,
}

impl JsonSchema for Text {
    fn schema_name() -> Cow<'static, str> {
        "tekst".into()
    }

    /// What a text is goes in `$comment`, not `description`: the YAML
    /// language server shows on hover the deepest description that matches,
    /// so hovering `titel:` showed what a text is instead of what a title is.
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "$comment": "Een tekst: in het Nederlands, of in het Nederlands en het Engels als `{nl: …, en: …}`.",
            "anyOf": dutch_or_both("De Nederlandse tekst.", "De Engelse tekst (voor `--lang en`).")
        })
    }
}

/// The two ways to write a text in the schemas: a plain Dutch string, or an
/// object with `nl` (required) and `en`, each described for the editor.
pub(super) fn dutch_or_both(nl: &str, en: &str) -> serde_json::Value {
    serde_json::json!([
        {"type": "string"},
        {
            "type": "object",
            "properties": {
                "nl": {"type": "string", "description": nl},
                "en": {"type": "string", "description": en}
            },
            "required": ["nl"],
            "additionalProperties": false
        }
    ])
}

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(TextVisitor)
    }
}

/// Reads a plain string (Dutch) or `{nl: …, en: …}`.
struct TextVisitor;

impl<'de> Visitor<'de> for TextVisitor {
    type Value = Text;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("een tekst, of {nl: …, en: …}")
    }

    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Text, E> {
        Ok(Text {
            nl: v.to_string(),
            en: None,
        })
    }

    fn visit_map<A: MapAccess<'de>>(self, mut access: A) -> Result<Text, A::Error> {
        let (mut nl, mut en) = (None, None);
        while let Some(key) = access.next_key::<String>()? {
            let slot = match key.as_str() {
                "nl" => &mut nl,
                "en" => &mut en,
                other => return Err(serde::de::Error::unknown_field(other, &["nl", "en"])),
            };
            if slot.is_some() {
                return Err(serde::de::Error::duplicate_field(if key == "nl" {
                    "nl"
                } else {
                    "en"
                }));
            }
            *slot = Some(access.next_value::<String>()?);
        }
        Ok(Text {
            nl: nl.ok_or_else(|| serde::de::Error::missing_field("nl"))?,
            en,
        })
    }
}
