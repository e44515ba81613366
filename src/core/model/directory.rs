//! `organisaties.yaml` and `gemeenten.yaml`: the organisations, and per
//! gemeente who fills each role.

use super::shared::{ID, ordered_map};
use super::text::Text;
use schemars::JsonSchema;
use serde::Deserialize;
use serde_saphyr::Spanned;
use std::collections::BTreeMap;

/// `organisaties.yaml`: the directory.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "organisaties.yaml",
    description = "De wegwijzer: alle organisaties van de routekaart, met alleen contactgegevens die een bron gaf."
)]
pub struct OrganisationsFile {
    #[schemars(description = "De organisaties.")]
    pub organisaties: Vec<Organisation>,
}

/// One organisation. Contact fields are optional: never invent one a source did not give.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    rename = "organisatie",
    description = "Een organisatie. Contactgegevens alleen als een bron ze gaf; laat een veld anders weg en zeg in `opmerking` hoe men de organisatie bereikt."
)]
pub struct Organisation {
    #[schemars(
        with = "String",
        regex(pattern = ID),
        description = "Id van de organisatie, zoals gemeenten.yaml en adviezen.yaml haar noemen."
    )]
    pub id: Spanned<String>,
    #[schemars(description = "Naam zoals het plan haar toont.")]
    pub naam: String,
    #[schemars(
        with = "Option<Text>",
        description = "Wat voor organisatie het is, zoals gemeente of GGD."
    )]
    pub soort: Option<Spanned<Text>>,
    #[serde(default, deserialize_with = "super::phone::phone")]
    #[schemars(
        with = "Option<String>",
        description = "Telefoonnummer, Nederlands (020 123 45 67, 0800-2000). Alleen cijfers? Zet ze tussen aanhalingstekens: \"112\"."
    )]
    pub telefoon: Option<Spanned<String>>,
    #[schemars(with = "Option<String>", description = "E-mailadres.")]
    pub email: Option<Spanned<String>>,
    #[schemars(with = "Option<String>", description = "Website, met https://.")]
    pub website: Option<Spanned<String>>,
    #[schemars(
        with = "Option<Text>",
        description = "Wanneer de organisatie bereikbaar is."
    )]
    pub openingstijden: Option<Spanned<Text>>,
    #[schemars(
        with = "Option<Text>",
        description = "Wat een school verder moet weten, zoals hoe ze de organisatie bereikt."
    )]
    pub opmerking: Option<Spanned<Text>>,
    /// Where the contact data was read (addresses of public pages).
    #[serde(default)]
    #[schemars(
        description = "Waar de contactgegevens gelezen zijn (adressen van openbare pagina's)."
    )]
    pub bronnen: Vec<String>,
    /// When the contact data was last confirmed with the organisation (YYYY-MM-DD).
    #[schemars(
        with = "Option<super::date_text::DateText>",
        description = "Wanneer iemand de contactgegevens bij de organisatie zelf bevestigd kreeg (JJJJ-MM-DD). Alleen de bron gelezen? Gebruik `bron_bekeken`."
    )]
    pub gecontroleerd: Option<Spanned<String>>,
    /// When the sources were last read (YYYY-MM-DD); unlike `gecontroleerd`, nobody
    /// at the organisation confirmed the data.
    #[schemars(
        with = "Option<super::date_text::DateText>",
        description = "Wanneer de bronnen voor het laatst bekeken zijn (JJJJ-MM-DD), zonder dat de organisatie de gegevens bevestigde. Het plan toont: bron bekeken op …"
    )]
    pub bron_bekeken: Option<Spanned<String>>,
    /// Notes for whoever maintains the map (a missing source, what to re-check);
    /// never shown in a plan.
    #[schemars(
        description = "Notities voor wie de kaart onderhoudt, zoals welke bron ontbrak of wat opnieuw na te kijken is. Een plan toont ze nooit."
    )]
    pub onderhoud: Option<String>,
    /// The last day this entry holds (YYYY-MM-DD), for a temporary arrangement.
    #[schemars(
        with = "Option<super::date_text::DateText>",
        description = "Laatste dag dat dit geldt (JJJJ-MM-DD), voor een tijdelijke regeling."
    )]
    pub geldig_tot: Option<Spanned<String>>,
}

/// `gemeenten.yaml`: per gemeente, which organisation fills each role.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "gemeenten.yaml",
    description = "Per gemeente welke organisatie elke rol vervult."
)]
pub struct GemeentenFile {
    #[schemars(description = "De gemeenten van de kaart.")]
    pub gemeenten: Vec<Gemeente>,
}

/// One gemeente and its role → organisation table.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    rename = "gemeente",
    description = "Een gemeente en per rol de organisatie die hem vervult."
)]
pub struct Gemeente {
    #[schemars(
        with = "String",
        regex(pattern = ID),
        description = "Id van de gemeente, het antwoord op een gemeentevraag (zoals `amstelveen`)."
    )]
    pub id: Spanned<String>,
    #[schemars(description = "Naam van de gemeente.")]
    pub naam: String,
    #[serde(deserialize_with = "ordered_map")]
    #[schemars(
        with = "BTreeMap<String, String>",
        description = "Per rol (id uit routekaart.yaml) het id van de organisatie: `leerplicht: leerplicht-amstelveen`."
    )]
    pub rollen: Vec<(Spanned<String>, Spanned<String>)>,
}
