//! `regels.yaml`: rules that must hold on every route, with their conditions
//! and demands.

use super::advices::Urgency;
use super::answers::{AnswerValue, AnswerVisitor};
use super::shared::ordered_map;
use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::Deserialize;
use serde::de::{Deserializer, MapAccess, Visitor};
use serde_saphyr::Spanned;
use std::borrow::Cow;
use std::collections::BTreeMap;
use std::fmt;

/// `regels.yaml` (optional): rules that must hold on every route; `check`
/// proves them over the map's graph.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "regels.yaml",
    description = "Regels die op élke route moeten gelden; `routekaart check` bewijst ze over de hele kaart."
)]
pub struct RulesFile {
    #[schemars(description = "De regels.")]
    pub regels: Vec<RuleDef>,
}

/// A rule: on every route whose answers meet `als`, the plan meets `dan`.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    rename = "regel",
    description = "Een regel: op elke route waarvan de antwoorden aan `als` voldoen, voldoet het plan aan `dan`."
)]
pub struct RuleDef {
    #[schemars(
        with = "String",
        description = "Id van de regel, in meldingen van `check`."
    )]
    pub id: Spanned<String>,
    /// What the rule says, in a sentence.
    #[schemars(description = "Wat de regel zegt, in een zin.")]
    pub naam: String,
    /// Conditions on answers, by question id; all must hold. Absent: every route.
    #[serde(default, deserialize_with = "ordered_map")]
    #[schemars(
        with = "BTreeMap<String, Condition>",
        description = "Voorwaarden op antwoorden, per vraag-id; alle tegelijk. Zonder `als`: elke route."
    )]
    pub als: Vec<(Spanned<String>, Condition)>,
    #[schemars(with = "Demand", description = "Wat het plan dan moet zijn.")]
    pub dan: Spanned<Demand>,
}

/// A condition on one answer: one of these values (for multiple choice: all of
/// them chosen), none of these values (`{niet: [..]}`), or a number in a range.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Condition {
    Values(Vec<String>),
    Not(Vec<String>),
    Range {
        van: Option<i64>,
        tot_en_met: Option<i64>,
    },
}

impl JsonSchema for Condition {
    fn schema_name() -> Cow<'static, str> {
        "voorwaarde".into()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let answer = generator.subschema_for::<AnswerValue>();
        json_schema!({
            "description": "Een voorwaarde op een antwoord: een waarde of lijst van waarden (bij meerkeuze: alle gekozen), `{niet: [..]}` (geen van deze), of een bereik `{van: N, tot_en_met: M}`.",
            "anyOf": [
                answer.clone(),
                {
                    "type": "object",
                    "properties": {
                        "van": {"type": "integer", "description": "Het antwoord is minstens dit getal."},
                        "tot_en_met": {"type": "integer", "description": "Het antwoord is hoogstens dit getal."}
                    },
                    "additionalProperties": false
                },
                {
                    "type": "object",
                    "properties": {
                        "niet": {
                            "allOf": [answer],
                            "description": "Geen van deze antwoorden."
                        }
                    },
                    "required": ["niet"],
                    "additionalProperties": false
                }
            ]
        })
    }
}

impl<'de> Deserialize<'de> for Condition {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(ConditionVisitor)
    }
}

/// Reads a scalar, a list of scalars, or `{van: N, tot_en_met: M}`.
struct ConditionVisitor;

impl<'de> Visitor<'de> for ConditionVisitor {
    type Value = Condition;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("een waarde, een lijst van waarden, {niet: [..]} of {van: N, tot_en_met: M}")
    }

    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Condition, E> {
        Ok(Condition::Values(vec![v.to_string()]))
    }

    fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<Condition, E> {
        Ok(Condition::Range {
            van: Some(v),
            tot_en_met: Some(v),
        })
    }

    fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<Condition, E> {
        let v = i64::try_from(v).map_err(|_| E::custom("getal te groot"))?;
        self.visit_i64(v)
    }

    fn visit_bool<E: serde::de::Error>(self, v: bool) -> Result<Condition, E> {
        Ok(Condition::Values(vec![
            if v { "ja" } else { "nee" }.to_string(),
        ]))
    }

    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, seq: A) -> Result<Condition, A::Error> {
        match AnswerVisitor.visit_seq(seq)? {
            AnswerValue::Many(values) => Ok(Condition::Values(values)),
            AnswerValue::One(value) => Ok(Condition::Values(vec![value])),
        }
    }

    fn visit_map<A: MapAccess<'de>>(self, mut access: A) -> Result<Condition, A::Error> {
        let (mut van, mut tot_en_met, mut niet) = (None, None, None);
        while let Some(key) = access.next_key::<String>()? {
            match key.as_str() {
                "van" => van = Some(access.next_value::<i64>()?),
                "tot_en_met" => tot_en_met = Some(access.next_value::<i64>()?),
                "niet" => niet = Some(access.next_value::<AnswerValue>()?),
                other => {
                    return Err(serde::de::Error::unknown_field(
                        other,
                        &["van", "tot_en_met", "niet"],
                    ));
                }
            }
        }
        match (niet, van.is_some() || tot_en_met.is_some()) {
            (Some(_), true) => Err(serde::de::Error::custom(
                "`niet` gaat niet samen met `van` of `tot_en_met`",
            )),
            (Some(AnswerValue::One(value)), false) => Ok(Condition::Not(vec![value])),
            (Some(AnswerValue::Many(values)), false) => Ok(Condition::Not(values)),
            (None, _) => Ok(Condition::Range { van, tot_en_met }),
        }
    }
}

/// What a rule demands of the plan. Contacts are named as advices name them:
/// an organisation id, or a role id.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    rename = "eis",
    description = "Wat de regel van het plan eist. Contacten heten zoals de adviezen ze noemen: een rol of een organisatie."
)]
pub struct Demand {
    /// The plan's first contact.
    #[schemars(
        with = "Option<String>",
        description = "Het eerste contact van het plan."
    )]
    pub eerste_contact: Option<Spanned<String>>,
    /// Contacts the plan names.
    #[serde(default)]
    #[schemars(with = "Vec<String>", description = "Contacten die het plan noemt.")]
    pub contacten: Vec<Spanned<String>>,
    /// Contacts the plan does not name.
    #[serde(default)]
    #[schemars(
        with = "Vec<String>",
        description = "Contacten die het plan niet noemt."
    )]
    pub niet: Vec<Spanned<String>>,
    /// Advices the plan holds.
    #[serde(default)]
    #[schemars(with = "Vec<String>", description = "Adviezen die in het plan staan.")]
    pub adviezen: Vec<Spanned<String>>,
    /// The plan is at least this urgent.
    #[schemars(description = "Het plan is minstens zo urgent.")]
    pub urgentie: Option<Urgency>,
}
