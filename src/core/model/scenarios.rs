//! `scenarios.yaml`: answers in, the plan each scenario expects out.

use super::answers::AnswerValue;
use super::shared::ordered_map;
use schemars::JsonSchema;
use serde::Deserialize;
use serde_saphyr::Spanned;
use std::collections::BTreeMap;

/// `scenarios.yaml` and `--answers` files: answers keyed by question id.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "scenarios.yaml",
    description = "Scenario's: antwoorden erin, het verwachte plan eruit. `routekaart check` loopt ze door."
)]
pub struct ScenariosFile {
    #[schemars(description = "De scenario's.")]
    pub scenarios: Vec<Scenario>,
}

/// One scenario: answers in, the expected plan out.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    rename = "scenario",
    description = "Een scenario: antwoorden en wat het plan dan moet zijn."
)]
pub struct Scenario {
    #[schemars(
        with = "String",
        description = "Naam van het scenario in het rapport van `check`."
    )]
    pub naam: Spanned<String>,
    #[serde(deserialize_with = "ordered_map")]
    #[schemars(
        with = "BTreeMap<String, AnswerValue>",
        description = "Per vraag-id het antwoord: een waarde, getal, ja/nee of (bij meerkeuze) een lijst."
    )]
    pub antwoorden: Vec<(Spanned<String>, AnswerValue)>,
    #[schemars(description = "Wat het plan moet zijn.")]
    pub verwacht: Expected,
    /// A file (relative to the map folder) holding the printed plan, compared by
    /// `check` and rewritten by `check --bless`.
    #[schemars(
        with = "Option<String>",
        description = "Bestand (vanaf de map van de kaart) met het afgedrukte plan; `check` vergelijkt, `check --bless` schrijft het."
    )]
    pub samenvatting: Option<Spanned<String>>,
}

/// What a scenario expects of the plan.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    rename = "verwacht",
    description = "Wat het scenario van het plan verwacht."
)]
pub struct Expected {
    /// Exactly these advices, in this order.
    #[schemars(description = "Precies deze adviezen, in deze volgorde.")]
    pub adviezen: Option<Vec<String>>,
    /// The first contact's organisation id.
    #[schemars(
        description = "De organisatie bovenaan het plan (voor iemand uit het dossier: de rol)."
    )]
    pub eerste_contact: Option<String>,
    /// These organisations are among the contacts.
    #[serde(default)]
    #[schemars(description = "Deze organisaties staan in het plan.")]
    pub contacten: Vec<String>,
    /// These organisations are not among the contacts.
    #[serde(default)]
    #[schemars(description = "Deze organisaties staan niet in het plan.")]
    pub niet: Vec<String>,
}
