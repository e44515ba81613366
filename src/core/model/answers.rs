//! The answers file of `advise --answers`: question id to answer, in order.

use super::shared::ordered_map;
use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::Deserialize;
use serde::de::{Deserializer, Visitor};
use serde_saphyr::Spanned;
use std::borrow::Cow;
use std::fmt;

/// An answers file for `advise --answers`: a mapping from question id to answer.
#[derive(Debug)]
pub struct AnswersFile {
    pub antwoorden: Vec<(Spanned<String>, AnswerValue)>,
}

impl<'de> Deserialize<'de> for AnswersFile {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Ok(Self {
            antwoorden: ordered_map(deserializer)?,
        })
    }
}

/// An answer as written in YAML: one scalar (text, number, yes/no), or a list
/// for multiple choice. Hand-written because an untagged enum would refuse a
/// number where text is expected (`uren: 16`) and lose the position.
#[derive(Debug, Clone)]
pub enum AnswerValue {
    One(String),
    Many(Vec<String>),
}

impl JsonSchema for AnswerValue {
    fn schema_name() -> Cow<'static, str> {
        "antwoord".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "Een antwoord: een waarde, een getal, ja/nee (of true/false), of bij meerkeuze een lijst: `[verzuim, ziekte]`.",
            "anyOf": [
                {"type": ["string", "number", "boolean"]},
                {"type": "array", "items": {"type": ["string", "number", "boolean"]}}
            ]
        })
    }
}

impl<'de> Deserialize<'de> for AnswerValue {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(AnswerVisitor)
    }
}

/// Reads a scalar as its text, or a list of scalars.
pub(super) struct AnswerVisitor;

impl<'de> Visitor<'de> for AnswerVisitor {
    type Value = AnswerValue;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(
            "een antwoord: tekst, een getal, ja/nee of een lijst (`vraag: antwoord` per regel)",
        )
    }

    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<AnswerValue, E> {
        Ok(AnswerValue::One(v.to_string()))
    }

    fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<AnswerValue, E> {
        Ok(AnswerValue::One(v.to_string()))
    }

    fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<AnswerValue, E> {
        Ok(AnswerValue::One(v.to_string()))
    }

    fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<AnswerValue, E> {
        // A whole number stays one (`12.0` is 12); a huge one is shown as YAML
        // wrote it (`1e30`), not as digits the file never had.
        let text = if v.fract() == 0.0 && v.abs() < 1e15 {
            format!("{v:.0}")
        } else if v.fract() == 0.0 {
            format!("{v:e}")
        } else {
            v.to_string()
        };
        Ok(AnswerValue::One(text))
    }

    fn visit_bool<E: serde::de::Error>(self, v: bool) -> Result<AnswerValue, E> {
        Ok(AnswerValue::One(if v { "ja" } else { "nee" }.to_string()))
    }

    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<AnswerValue, A::Error> {
        let mut values = Vec::new();
        while let Some(value) = seq.next_element::<AnswerValue>()? {
            match value {
                AnswerValue::One(v) => values.push(v),
                AnswerValue::Many(_) => {
                    return Err(serde::de::Error::custom(
                        "een lijst in een lijst; schrijf een meerkeuze-antwoord als [a, b]",
                    ));
                }
            }
        }
        Ok(AnswerValue::Many(values))
    }
}

impl AnswerValue {
    /// The answer as `advise --answer` takes it, borrowed where it can be:
    /// a list becomes comma-separated.
    pub fn text(&self) -> Cow<'_, str> {
        match self {
            AnswerValue::One(value) => Cow::Borrowed(value),
            AnswerValue::Many(values) if values.len() == 1 => Cow::Borrowed(&values[0]),
            AnswerValue::Many(values) => Cow::Owned(values.join(",")),
        }
    }

    /// The answer as `advise --answer` takes it: a list becomes comma-separated.
    pub fn to_text(&self) -> String {
        match self {
            AnswerValue::One(value) => value.clone(),
            AnswerValue::Many(values) => values.join(","),
        }
    }
}
