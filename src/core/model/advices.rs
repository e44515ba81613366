//! `adviezen.yaml`: the advices, their contacts, milestones and urgency.

use super::shared::ID;
use super::text::Text;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_saphyr::Spanned;

/// `adviezen.yaml`: the advices at the ends of the routes.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "adviezen.yaml",
    description = "De adviezen aan het eind van de routes: wie u belt, hoe snel, wat u doet en waarom."
)]
pub struct AdvicesFile {
    #[schemars(description = "De adviezen.")]
    pub adviezen: Vec<Advice>,
}

/// One advice: whom to contact, how urgently, what to do and why.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    rename = "advies",
    description = "Een advies: contacten met urgentie, stappen, voorbereiding en wettelijke grond."
)]
pub struct Advice {
    #[schemars(
        with = "String",
        regex(pattern = ID),
        description = "Id van het advies, waar `naar` naar wijst."
    )]
    pub id: Spanned<String>,
    #[schemars(with = "Text", description = "Titel van het advies in het plan.")]
    pub titel: Spanned<Text>,
    /// Why this advice: the reasoning in a sentence or two.
    #[schemars(
        with = "Option<Text>",
        description = "Waarom dit advies, in een zin of twee."
    )]
    pub uitleg: Option<Spanned<Text>>,
    #[schemars(
        with = "Vec<Contact>",
        description = "Wie de school benadert, elk met een urgentie; het plan zet de meest urgente eerst."
    )]
    pub contacten: Spanned<Vec<Contact>>,
    #[serde(default)]
    #[schemars(
        with = "Vec<Text>",
        description = "Wat de school doet, stap voor stap."
    )]
    pub stappen: Vec<Spanned<Text>>,
    #[serde(default)]
    #[schemars(
        with = "Vec<Text>",
        description = "Wat de school klaarlegt voor het gesprek of de melding."
    )]
    pub voorbereiden: Vec<Spanned<Text>>,
    /// A text like the others, so that a map with `talen: [nl, en]` gives
    /// each its English (and `check` reports one without).
    #[serde(default)]
    #[schemars(
        with = "Vec<Text>",
        description = "De wettelijke grond: wet en artikel, protocol of meldcode."
    )]
    pub grondslag: Vec<Spanned<Text>>,
    #[serde(default)]
    #[schemars(description = "Waar dit advies op steunt (adressen van openbare pagina's).")]
    pub bronnen: Vec<String>,
    /// Dates worth watching, counted from a number question in weeks.
    #[serde(default)]
    #[schemars(
        description = "Data om op te letten in het plan, gerekend vanaf een getalvraag in weken."
    )]
    pub mijlpalen: Vec<Milestone>,
    /// The last day this advice holds (YYYY-MM-DD), for a temporary arrangement.
    #[schemars(
        with = "Option<super::date_text::DateText>",
        description = "Laatste dag dat dit advies geldt (JJJJ-MM-DD), voor een tijdelijke regeling."
    )]
    pub geldig_tot: Option<Spanned<String>>,
}

/// A date in the plan, such as "3 months at home": `na_weken` weeks after the
/// start that the answer to `vraag` (a number of weeks ago) gives.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    rename = "mijlpaal",
    description = "Een datum in het plan, zoals 3 maanden thuis: `na_weken` weken na de start die het antwoord op `vraag` geeft."
)]
pub struct Milestone {
    /// A `getal` question in `weken`: how many weeks ago it started.
    #[schemars(
        with = "String",
        description = "Id van een getalvraag in `weken`: hoeveel weken geleden het begon."
    )]
    pub vraag: Spanned<String>,
    #[schemars(description = "Hoeveel weken na de start de datum valt.")]
    pub na_weken: i64,
    #[schemars(
        with = "Text",
        description = "Wat er op die datum speelt, zoals het plan het toont."
    )]
    pub tekst: Spanned<Text>,
}

/// A contact of an advice: by role (resolved per gemeente) or by organisation id.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    rename = "contact",
    description = "Een contact van een advies: een `rol` (per gemeente opgezocht) of een `organisatie`, niet allebei."
)]
pub struct Contact {
    #[schemars(
        with = "Option<String>",
        description = "Id van een rol uit routekaart.yaml; de gemeente bepaalt de organisatie."
    )]
    pub rol: Option<Spanned<String>>,
    #[schemars(
        with = "Option<String>",
        description = "Id van een organisatie uit organisaties.yaml, voor iedereen dezelfde (zoals 112)."
    )]
    pub organisatie: Option<Spanned<String>>,
    #[schemars(description = "Hoe snel de school dit contact legt.")]
    pub urgentie: Urgency,
    /// Why this contact, in this advice.
    #[schemars(
        with = "Option<Text>",
        description = "Waarom dit contact, bij dit advies."
    )]
    pub waarom: Option<Spanned<Text>>,
    /// A deadline, where the law or a protocol sets one.
    #[schemars(
        with = "Option<Text>",
        description = "Een termijn, waar de wet of een protocol die stelt."
    )]
    pub termijn: Option<Spanned<Text>>,
}

/// How soon a contact must be made. Ordered from most to least urgent.
#[derive(
    Debug, Deserialize, Serialize, JsonSchema, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash,
)]
#[serde(rename_all = "kebab-case")]
#[schemars(
    rename = "urgentie",
    description = "Hoe snel: acuut (nu, bij gevaar), vandaag, deze-week of regulier (binnen weken)."
)]
pub enum Urgency {
    /// Now: danger, call at once.
    #[schemars(description = "Nu: gevaar, bel meteen.")]
    Acuut,
    /// Today.
    #[schemars(description = "Vandaag.")]
    Vandaag,
    /// Within the week (or the legal deadline).
    #[schemars(description = "Binnen de week (of de wettelijke termijn).")]
    DezeWeek,
    /// Planned, within weeks.
    #[schemars(description = "Gepland, binnen weken.")]
    Regulier,
}

impl Urgency {
    /// The value as the map writes it: `acuut`, `vandaag`, `deze-week`, `regulier`.
    pub fn id(self) -> &'static str {
        match self {
            Urgency::Acuut => "acuut",
            Urgency::Vandaag => "vandaag",
            Urgency::DezeWeek => "deze-week",
            Urgency::Regulier => "regulier",
        }
    }
}
