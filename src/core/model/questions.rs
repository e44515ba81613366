//! `vragen.yaml`: the questions, their kinds, options, themes, number ranges
//! and where each answer leads.

use super::shared::ID;
use super::text::Text;
use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::Deserialize;
use serde::de::{Deserializer, Visitor};
use serde_saphyr::Spanned;
use std::borrow::Cow;
use std::fmt;

/// `vragen.yaml`: the questions.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "vragen.yaml",
    description = "De vragen. Elk antwoord leidt (`naar`) naar een volgende vraag of een advies."
)]
pub struct QuestionsFile {
    #[schemars(description = "De vragen; de eerste is `start` in routekaart.yaml.")]
    pub vragen: Vec<Question>,
}

/// The kind of a question, as written in `soort:`.
#[derive(Debug, Deserialize, JsonSchema, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
#[schemars(
    rename = "soort",
    description = "Soort vraag: keuze (één optie), meerkeuze (elke gekozen optie wordt gevolgd), getal (met bereiken), janee, woongemeente of schoolgemeente."
)]
pub enum QuestionKind {
    /// Single choice.
    #[schemars(description = "Eén optie kiezen (`opties`).")]
    Keuze,
    /// Multiple choice: each chosen option is walked in turn.
    #[schemars(
        description = "Meerdere opties tegelijk (`opties`); elke gekozen optie wordt gevolgd."
    )]
    Meerkeuze,
    /// A whole number, routed by ranges.
    #[schemars(description = "Een geheel getal, gerouteerd per bereik (`bereiken`, `min`, `max`).")]
    Getal,
    /// Yes or no.
    #[schemars(description = "Ja of nee (`ja`, `nee`).")]
    Janee,
    /// The gemeente where the pupil is registered (BRP).
    #[schemars(description = "De gemeente waar de leerling in de BRP staat (`naar`).")]
    Woongemeente,
    /// The gemeente where the school is.
    #[schemars(description = "De gemeente van de school (`naar`).")]
    Schoolgemeente,
}

/// One question. Which fields apply depends on `soort`; `resolve` checks that.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    rename = "vraag",
    description = "Een vraag. Welke velden horen, hangt af van `soort`: `opties` bij keuze en meerkeuze, `bereiken` bij getal, `ja` en `nee` bij janee, `naar` bij een gemeentevraag."
)]
pub struct Question {
    #[schemars(
        with = "String",
        regex(pattern = ID),
        description = "Id van de vraag, waar `naar` en `start` naar wijzen."
    )]
    pub id: Spanned<String>,
    #[schemars(with = "QuestionKind", description = "Soort vraag.")]
    pub soort: Spanned<QuestionKind>,
    /// The question as asked; absent when `antwoord_van` is set.
    #[schemars(
        with = "Option<Text>",
        description = "De vraag zoals de vragenlijst haar stelt; niet bij `antwoord_van`."
    )]
    pub tekst: Option<Spanned<Text>>,
    /// Help text shown with the question.
    #[schemars(with = "Option<Text>", description = "Uitleg die bij de vraag staat.")]
    pub uitleg: Option<Spanned<Text>>,
    /// Options of `keuze` and `meerkeuze`.
    #[schemars(
        with = "Option<Vec<QuestionOption>>",
        description = "De opties van een keuze- of meerkeuzevraag."
    )]
    pub opties: Option<Spanned<Vec<QuestionOption>>>,
    /// Themes that group the options of a `meerkeuze` question on screen: the
    /// questionnaire asks for themes first, then the options within them. The
    /// answer is still the options; a theme is never an answer of its own.
    #[schemars(
        with = "Option<Vec<Theme>>",
        description = "Bij meerkeuze: thema's die de opties groeperen. De vragenlijst vraagt eerst de thema's, dan de opties daarin; het antwoord blijft de opties (een thema is nooit zelf een antwoord). Elke optie noemt dan haar `thema`."
    )]
    pub themas: Option<Spanned<Vec<Theme>>>,
    /// Ranges of `getal`.
    #[schemars(
        with = "Option<Vec<NumberRange>>",
        description = "De bereiken van een getalvraag, samen van `min` tot en met `max`, zonder gat of overlap."
    )]
    pub bereiken: Option<Spanned<Vec<NumberRange>>>,
    #[schemars(
        with = "Option<i64>",
        description = "Kleinste getal dat een getalvraag aanneemt."
    )]
    pub min: Option<Spanned<i64>>,
    #[schemars(
        with = "Option<i64>",
        description = "Grootste getal dat een getalvraag aanneemt."
    )]
    pub max: Option<Spanned<i64>>,
    /// Unit of `getal`: a known one (`weken`, data) or the map's own words.
    #[schemars(
        with = "Option<super::unit::UnitField>",
        description = "Eenheid van een getalvraag: `uur`, `dagen`, `weken`, `maanden` of `jaar` (routekaart kent die, in elke taal), of een eigen tekst die alleen getoond wordt. Alleen `weken` telt voor mijlpalen."
    )]
    pub eenheid: Option<Spanned<super::unit::UnitField>>,
    /// Of `getal`: whether a higher number must never give a less urgent plan
    /// (`check` proves it). True unless set to `false`, as for an age.
    #[schemars(
        with = "Option<bool>",
        description = "Bij een getalvraag: geeft een hoger getal nooit een minder urgent plan? `check` bewijst het. Standaard true; zet false waar dat niet hoeft, zoals bij een leeftijd."
    )]
    pub hoger_is_urgenter: Option<Spanned<bool>>,
    /// Targets of `janee`.
    #[schemars(
        with = "Option<Targets>",
        description = "Bij janee: waar `ja` heen leidt."
    )]
    pub ja: Option<Spanned<Targets>>,
    #[schemars(
        with = "Option<Targets>",
        description = "Bij janee: waar `nee` heen leidt."
    )]
    pub nee: Option<Spanned<Targets>>,
    /// Target of `woongemeente` and `schoolgemeente`.
    #[schemars(
        with = "Option<Targets>",
        description = "Bij een gemeentevraag: waar elk antwoord heen leidt."
    )]
    pub naar: Option<Spanned<Targets>>,
    /// Route by the answer to this other question instead of asking again; it is
    /// asked here if the route has not asked it yet. Text, help and `min`/`max`
    /// come from that question; this one only says where each answer leads.
    #[schemars(
        with = "Option<String>",
        description = "Routeer op het antwoord van deze andere vraag in plaats van opnieuw te vragen; die wordt hier gesteld als de route haar nog niet stelde. Tekst, uitleg en min/max komen van die vraag."
    )]
    pub antwoord_van: Option<Spanned<String>>,
}

/// Where an answer leads: one id, or a list of ids walked in turn (say an
/// advice that applies and then the next question).
#[derive(Debug)]
pub enum Targets {
    One(String),
    Many(Vec<Spanned<String>>),
}

impl JsonSchema for Targets {
    fn schema_name() -> Cow<'static, str> {
        "naar".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "Waar een antwoord heen leidt: het id van een vraag of advies, of een lijst ids die om de beurt gevolgd worden (`[advies-x, volgende-vraag]`).",
            "anyOf": [
                {"type": "string"},
                {"type": "array", "items": {"type": "string"}, "minItems": 1}
            ]
        })
    }
}

impl<'de> Deserialize<'de> for Targets {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(TargetsVisitor)
    }
}

/// Reads one id, or a list of ids with their positions.
struct TargetsVisitor;

impl<'de> Visitor<'de> for TargetsVisitor {
    type Value = Targets;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("een id, of een lijst van ids")
    }

    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Targets, E> {
        Ok(Targets::One(v.to_string()))
    }

    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Targets, A::Error> {
        let mut ids = Vec::new();
        while let Some(id) = seq.next_element::<Spanned<String>>()? {
            ids.push(id);
        }
        Ok(Targets::Many(ids))
    }
}

/// Each id of `naar` with its position; a single id takes the position of the value.
pub fn target_ids(targets: &Spanned<Targets>) -> Vec<Spanned<String>> {
    match &targets.value {
        Targets::One(id) => vec![Spanned::new(
            id.clone(),
            targets.referenced,
            targets.defined,
        )],
        Targets::Many(ids) => ids.clone(),
    }
}

/// One option of a choice question.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    rename = "optie",
    description = "Een optie van een keuze- of meerkeuzevraag."
)]
pub struct QuestionOption {
    #[schemars(
        with = "String",
        regex(pattern = ID),
        description = "De waarde van het antwoord, zoals `advise --answer vraag=waarde` en scenario's haar schrijven."
    )]
    pub waarde: Spanned<String>,
    /// Absent when the question takes its answer from another (`antwoord_van`).
    #[schemars(
        with = "Option<Text>",
        description = "De optie zoals de vragenlijst haar toont; niet bij `antwoord_van`."
    )]
    pub label: Option<Spanned<Text>>,
    #[schemars(with = "Option<Text>", description = "Uitleg bij deze optie.")]
    pub uitleg: Option<Spanned<Text>>,
    /// The theme it is shown under, when the question has `themas`.
    #[schemars(
        with = "Option<String>",
        regex(pattern = ID),
        description = "Het thema (id uit `themas` van de vraag) waaronder de vragenlijst deze optie toont."
    )]
    pub thema: Option<Spanned<String>>,
    #[schemars(with = "Targets", description = "Waar deze optie heen leidt.")]
    pub naar: Spanned<Targets>,
}

/// A theme of a `meerkeuze` question: a group of its options on screen.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    rename = "thema",
    description = "Een thema: een groep opties van een meerkeuzevraag, zoals de vragenlijst die toont."
)]
pub struct Theme {
    #[schemars(
        with = "String",
        regex(pattern = ID),
        description = "Id van het thema, zoals de opties het noemen bij `thema`."
    )]
    pub id: Spanned<String>,
    #[schemars(
        with = "Text",
        description = "Het thema zoals de vragenlijst het toont: noem de zorgen erin in de woorden die een school zoekt."
    )]
    pub label: Spanned<Text>,
}

/// One range of a number question, both ends inclusive.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    rename = "bereik",
    description = "Een bereik van een getalvraag, van `van` tot en met `tot_en_met`."
)]
pub struct NumberRange {
    #[schemars(with = "i64", description = "Het kleinste getal van het bereik.")]
    pub van: Spanned<i64>,
    #[schemars(
        with = "i64",
        description = "Het grootste getal van het bereik (telt mee)."
    )]
    pub tot_en_met: Spanned<i64>,
    #[schemars(with = "Targets", description = "Waar dit bereik heen leidt.")]
    pub naar: Spanned<Targets>,
}
