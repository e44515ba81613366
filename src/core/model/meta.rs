//! `routekaart.yaml`: what the map is, where it starts, its languages and
//! the roles it uses.

use super::shared::ID;
use super::text::Text;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_saphyr::Spanned;

/// `routekaart.yaml`: what the map is, where it starts, and the roles it uses.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "routekaart.yaml",
    description = "Wat deze routekaart is, waar de vragen beginnen en welke rollen er zijn."
)]
pub struct MetaFile {
    #[schemars(
        with = "Text",
        description = "Naam van de routekaart, bovenaan elk plan."
    )]
    pub naam: Spanned<Text>,
    #[schemars(
        with = "Text",
        description = "De regio of gemeenten die de kaart dekt."
    )]
    pub regio: Spanned<Text>,
    /// The languages the map's texts are in: `nl`, and `en` when every text
    /// also has English (`check` reports each one that lacks it).
    #[serde(default)]
    #[schemars(
        with = "Vec<LanguageCode>",
        description = "De talen van de teksten: nl, en en als elke tekst ook Engels heeft (`{nl: …, en: …}`); `check` meldt dan elke tekst zonder Engels."
    )]
    pub talen: Vec<Spanned<String>>,
    #[schemars(description = "Versie van de kaart, bijvoorbeeld 0.2.0; staat in elk plan.")]
    pub versie: String,
    /// Date of this version of the map (YYYY-MM-DD).
    #[schemars(
        with = "Option<super::date_text::DateText>",
        description = "Datum van deze versie van de kaart (JJJJ-MM-DD)."
    )]
    pub datum: Option<Spanned<String>>,
    /// Id of the first question.
    #[schemars(with = "String", description = "Id van de eerste vraag (vragen.yaml).")]
    pub start: Spanned<String>,
    /// The roles advices may name; each is filled per gemeente.
    #[schemars(
        description = "De rollen die adviezen noemen, zoals leerplicht of jeugdhulp; per gemeente vult gemeenten.yaml ze in."
    )]
    pub rollen: Vec<RoleDef>,
}

/// A language of `talen`, for the schema only (the loader reads a string and
/// reports an unknown code with its place).
#[derive(JsonSchema)]
#[serde(rename_all = "lowercase")]
#[schemars(
    rename = "taal",
    description = "Een taal: nl (Nederlands) of en (Engels)."
)]
#[allow(
    dead_code,
    reason = "never built: it only describes `talen` in the schema"
)]
enum LanguageCode {
    Nl,
    En,
}

/// A role such as `leerplicht`: which gemeente decides who fills it.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    rename = "rol",
    description = "Een rol, zoals leerplicht: wie hem vervult hangt af van een gemeente of van het dossier."
)]
pub struct RoleDef {
    #[schemars(
        with = "String",
        regex(pattern = ID),
        description = "Id van de rol, zoals in adviezen.yaml (`rol:`) en gemeenten.yaml."
    )]
    pub id: Spanned<String>,
    #[schemars(
        with = "Text",
        description = "Naam van de rol zoals het plan hem toont."
    )]
    pub naam: Spanned<Text>,
    #[schemars(with = "Option<Text>", description = "Wat deze rol doet, in een zin.")]
    pub uitleg: Option<Spanned<Text>>,
    /// `woongemeente` (where the pupil is registered in the BRP),
    /// `schoolgemeente` (where the school is) or `dossier` (someone the school
    /// already knows from the pupil's file, such as a casusregisseur).
    #[schemars(
        description = "Wie de rol vervult: woongemeente (waar de leerling in de BRP staat), schoolgemeente, of dossier (iemand die de school zelf kent, zoals de casusregisseur)."
    )]
    pub bepaald_door: RoleSource,
    /// The organisation to name when that gemeente is outside this map, if one
    /// serves everywhere (such as a national number that routes by region).
    #[schemars(
        with = "Option<String>",
        description = "Id van de organisatie voor een leerling van buiten de kaart, als er één is die overal werkt (zoals een landelijk nummer)."
    )]
    pub buiten_de_kaart: Option<Spanned<String>>,
    /// The role this one stands in for, for some pupils (as the kwalificatieplicht
    /// in the mbo does for leerplicht): the one-page kaart then names the
    /// difference once instead of in every band.
    #[schemars(
        with = "Option<String>",
        description = "Id van een andere rol waarvan deze rol voor een deel van de leerlingen de plaats inneemt (zoals leerplicht-mbo van leerplicht). De routekaart op één A4 noemt de afwijking dan één keer."
    )]
    pub vervangt: Option<Spanned<String>>,
}

/// Who fills a role: the organisation of one of the pupil's two gemeenten, or a
/// person the school knows from the pupil's file (not in the map).
#[derive(Debug, Deserialize, Serialize, JsonSchema, Clone, Copy, PartialEq, Eq, Hash)]
#[serde(rename_all = "lowercase")]
#[schemars(
    rename = "bepaald_door",
    description = "Wie de rol vervult: de organisatie van de woongemeente van de leerling (BRP), van de gemeente van de school, of iemand uit het dossier die de school zelf kent (dossier)."
)]
pub enum RoleSource {
    Woongemeente,
    Schoolgemeente,
    Dossier,
}

/// Which of the pupil's two gemeenten a question asks.
#[derive(Debug, Deserialize, Serialize, Clone, Copy, PartialEq, Eq, Hash)]
#[serde(rename_all = "lowercase")]
pub enum GemeenteKind {
    Woongemeente,
    Schoolgemeente,
}
