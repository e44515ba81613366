//! The YAML format of a routekaart, mirrored one-to-one in serde types.
//!
//! No logic lives here: `resolve` turns these raw files into a checked, indexed
//! [`crate::core::map::Map`]. Every struct denies unknown keys, so a typo such as
//! `tekts:` is an error with a location instead of a silently ignored field.
//! Ids and references are `Spanned`, so later passes can point at them.
//! Question kinds are a flat struct with a `soort` field rather than a tagged
//! enum, because serde-saphyr loses spans inside internally tagged enums.
//!
//! The same types give the JSON Schema of each file (`routekaart schema`, see
//! [`crate::core::schema`]), so the schema cannot drift from what loads. Its texts
//! are for the map's Dutch authors, in their editor: each item has a Dutch
//! `#[schemars(description)]` next to its English doc comment.
//!
//! A text people read (a question, a label, a step) is a [`Text`]: a plain
//! string in Dutch, or `{nl: …, en: …}` with an English translation.

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::de::{Deserializer, MapAccess, Visitor};
use serde::{Deserialize, Serialize};
use serde_saphyr::Spanned;
use std::borrow::Cow;
use std::collections::BTreeMap;
use std::fmt;

/// What the loader takes as an id or option value (`resolve::is_valid_id`), as
/// a JSON Schema pattern: ASCII letters, digits, `-`, `_` and `.`, starting
/// with a letter or digit.
const ID: &str = "^[A-Za-z0-9][A-Za-z0-9._-]*$";

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
        with = "Option<String>",
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
}

/// Who fills a role: the organisation of one of the pupil's two gemeenten, or a
/// person the school knows from the pupil's file (not in the map).
#[derive(Debug, Deserialize, JsonSchema, Clone, Copy, PartialEq, Eq, Hash)]
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
#[derive(Debug, Deserialize, Clone, Copy, PartialEq, Eq, Hash)]
#[serde(rename_all = "lowercase")]
pub enum GemeenteKind {
    Woongemeente,
    Schoolgemeente,
}

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
    #[schemars(
        with = "Option<String>",
        description = "Telefoonnummer, Nederlands (020 123 45 67, 0800-2000, 112)."
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
        with = "Option<String>",
        description = "Wanneer iemand de contactgegevens bij de organisatie zelf bevestigd kreeg (JJJJ-MM-DD). Alleen de bron gelezen? Gebruik `bron_bekeken`."
    )]
    pub gecontroleerd: Option<Spanned<String>>,
    /// When the sources were last read (YYYY-MM-DD); unlike `gecontroleerd`, nobody
    /// at the organisation confirmed the data.
    #[schemars(
        with = "Option<String>",
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
        with = "Option<String>",
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
    /// Unit of `getal`, e.g. `uur` or `weken`.
    #[schemars(
        with = "Option<Text>",
        description = "Eenheid van een getalvraag, zoals `uur`, `weken` of `jaar`."
    )]
    pub eenheid: Option<Spanned<Text>>,
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

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "Een tekst: in het Nederlands, of in het Nederlands en het Engels als `{nl: …, en: …}`.",
            "anyOf": [
                {"type": "string"},
                {
                    "type": "object",
                    "properties": {
                        "nl": {"type": "string", "description": "De Nederlandse tekst."},
                        "en": {"type": "string", "description": "De Engelse tekst (voor `--lang en`)."}
                    },
                    "required": ["nl"],
                    "additionalProperties": false
                }
            ]
        })
    }
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

/// `adviezen.yaml`: the advices at the ends of the routes.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "adviezen.yaml",
    description = "De adviezen aan het eind van de routes: wie je belt, hoe snel, wat je doet en waarom."
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
    #[serde(default)]
    #[schemars(description = "De wettelijke grond: wet en artikel, protocol of meldcode.")]
    pub grondslag: Vec<String>,
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
        with = "Option<String>",
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
struct AnswerVisitor;

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
    /// The answer as `advise --answer` takes it: a list becomes comma-separated.
    pub fn to_text(&self) -> String {
        match self {
            AnswerValue::One(value) => value.clone(),
            AnswerValue::Many(values) => values.join(","),
        }
    }
}

/// Deserializes a YAML mapping into a list of pairs, keeping the authors' order
/// and the key positions (a `HashMap` would lose both).
pub(crate) fn ordered_map<'de, D, V>(deserializer: D) -> Result<Vec<(Spanned<String>, V)>, D::Error>
where
    D: Deserializer<'de>,
    V: Deserialize<'de>,
{
    struct PairsVisitor<V>(std::marker::PhantomData<V>);

    impl<'de, V: Deserialize<'de>> Visitor<'de> for PairsVisitor<V> {
        type Value = Vec<(Spanned<String>, V)>;

        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("a mapping")
        }

        fn visit_map<A: MapAccess<'de>>(self, mut access: A) -> Result<Self::Value, A::Error> {
            let mut pairs = Vec::new();
            while let Some(key) = access.next_key::<Spanned<String>>()? {
                pairs.push((key, access.next_value()?));
            }
            Ok(pairs)
        }
    }

    deserializer.deserialize_map(PairsVisitor(std::marker::PhantomData))
}
