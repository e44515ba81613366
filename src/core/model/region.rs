//! `regio.yaml`: what a region folder (`regios/<id>/`) is: its name, its
//! sources and a note per role. Its organisations and gemeenten are in the
//! folder's own `organisaties.yaml` and `gemeenten.yaml`, in the formats of
//! [`super::directory`].

use super::shared::ordered_map;
use super::text::Text;
use schemars::JsonSchema;
use serde::Deserialize;
use serde_saphyr::Spanned;

/// `regio.yaml`: what a region is and where its data comes from.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "regio.yaml",
    description = "Een regio van de routekaart: haar naam, bronnen en notities per rol. De organisaties staan in organisaties.yaml en de gemeenten in gemeenten.yaml van dezelfde map."
)]
pub struct RegionFile {
    #[schemars(
        with = "Text",
        description = "Naam van de regio, zoals de vragenlijst haar naast elke gemeente toont."
    )]
    pub naam: Spanned<Text>,
    #[schemars(
        with = "Option<Text>",
        description = "Welke gemeenten en organisaties de regio dekt, in een zin."
    )]
    pub uitleg: Option<Spanned<Text>>,
    /// Where the region's data was read (addresses of public pages).
    #[serde(default)]
    #[schemars(
        description = "Waar de gegevens van de regio vandaan komen (adressen van openbare pagina's)."
    )]
    pub bronnen: Vec<String>,
    /// A note per role, shown with the contact of that role when the
    /// organisation filling it belongs to this region.
    #[serde(default, deserialize_with = "ordered_map")]
    #[schemars(
        with = "std::collections::BTreeMap<String, Text>",
        description = "Per rol (id uit routekaart.yaml) een notitie van de regio, die het plan toont bij de organisatie van deze regio die de rol vervult. Zo voegt een regio iets toe zonder de vragen of adviezen te veranderen."
    )]
    pub rollen: Vec<(Spanned<String>, Spanned<Text>)>,
}
