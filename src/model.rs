//! The YAML format of a routekaart, mirrored one-to-one in serde types.
//!
//! No logic lives here: `resolve` turns these raw files into a checked, indexed
//! [`crate::map::Map`]. Every struct denies unknown keys, so a typo such as
//! `tekts:` is an error with a location instead of a silently ignored field.
//! Ids and references are `Spanned`, so later passes can point at them.
//! Question kinds are a flat struct with a `soort` field rather than a tagged
//! enum, because serde-saphyr loses spans inside internally tagged enums.

use serde::de::{Deserializer, MapAccess, Visitor};
use serde::{Deserialize, Serialize};
use serde_saphyr::Spanned;
use std::fmt;

/// `routekaart.yaml`: what the map is, where it starts, and the roles it uses.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MetaFile {
    pub naam: String,
    pub regio: String,
    pub versie: String,
    /// Date of this version of the map (YYYY-MM-DD).
    pub datum: Option<Spanned<String>>,
    /// Id of the first question.
    pub start: Spanned<String>,
    /// The roles advices may name; each is filled per gemeente.
    pub rollen: Vec<RoleDef>,
}

/// A role such as `leerplicht`: which gemeente decides who fills it.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RoleDef {
    pub id: Spanned<String>,
    pub naam: String,
    pub uitleg: Option<String>,
    /// `woongemeente` (where the pupil is registered in the BRP),
    /// `schoolgemeente` (where the school is) or `dossier` (someone the school
    /// already knows from the pupil's file, such as a casusregisseur).
    pub bepaald_door: RoleSource,
    /// The organisation to name when that gemeente is outside this map, if one
    /// serves everywhere (such as a national number that routes by region).
    pub buiten_de_kaart: Option<Spanned<String>>,
}

/// Who fills a role: the organisation of one of the pupil's two gemeenten, or a
/// person the school knows from the pupil's file (not in the map).
#[derive(Debug, Deserialize, Clone, Copy, PartialEq, Eq, Hash)]
#[serde(rename_all = "lowercase")]
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
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OrganisationsFile {
    pub organisaties: Vec<Organisation>,
}

/// One organisation. Contact fields are optional: never invent one a source did not give.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Organisation {
    pub id: Spanned<String>,
    pub naam: String,
    pub soort: Option<String>,
    pub telefoon: Option<Spanned<String>>,
    pub email: Option<Spanned<String>>,
    pub website: Option<Spanned<String>>,
    pub openingstijden: Option<String>,
    pub opmerking: Option<String>,
    /// Where the contact data was read (addresses of public pages).
    #[serde(default)]
    pub bronnen: Vec<String>,
    /// When the contact data was last verified (YYYY-MM-DD).
    pub gecontroleerd: Option<Spanned<String>>,
    /// The last day this entry holds (YYYY-MM-DD), for a temporary arrangement.
    pub geldig_tot: Option<Spanned<String>>,
}

/// `gemeenten.yaml`: per gemeente, which organisation fills each role.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GemeentenFile {
    pub gemeenten: Vec<Gemeente>,
}

/// One gemeente and its role → organisation table.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Gemeente {
    pub id: Spanned<String>,
    pub naam: String,
    #[serde(deserialize_with = "ordered_map")]
    pub rollen: Vec<(Spanned<String>, Spanned<String>)>,
}

/// `vragen.yaml`: the questions.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuestionsFile {
    pub vragen: Vec<Question>,
}

/// The kind of a question, as written in `soort:`.
#[derive(Debug, Deserialize, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum QuestionKind {
    /// Single choice.
    Keuze,
    /// Multiple choice: each chosen option is walked in turn.
    Meerkeuze,
    /// A whole number, routed by ranges.
    Getal,
    /// Yes or no.
    Janee,
    /// The gemeente where the pupil is registered (BRP).
    Woongemeente,
    /// The gemeente where the school is.
    Schoolgemeente,
}

/// One question. Which fields apply depends on `soort`; `resolve` checks that.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    pub id: Spanned<String>,
    pub soort: Spanned<QuestionKind>,
    /// The question as asked; absent when `antwoord_van` is set.
    pub tekst: Option<String>,
    /// Help text shown with the question.
    pub uitleg: Option<String>,
    /// Options of `keuze` and `meerkeuze`.
    pub opties: Option<Spanned<Vec<QuestionOption>>>,
    /// Ranges of `getal`.
    pub bereiken: Option<Spanned<Vec<NumberRange>>>,
    pub min: Option<Spanned<i64>>,
    pub max: Option<Spanned<i64>>,
    /// Unit of `getal`, e.g. `uur` or `weken`.
    pub eenheid: Option<String>,
    /// Of `getal`: whether a higher number must never give a less urgent plan
    /// (`check` proves it). True unless set to `false`, as for an age.
    pub hoger_is_urgenter: Option<Spanned<bool>>,
    /// Targets of `janee`.
    pub ja: Option<Spanned<Targets>>,
    pub nee: Option<Spanned<Targets>>,
    /// Target of `woongemeente` and `schoolgemeente`.
    pub naar: Option<Spanned<Targets>>,
    /// Route by the answer to this other question instead of asking again; it is
    /// asked here if the route has not asked it yet. Text, help and `min`/`max`
    /// come from that question; this one only says where each answer leads.
    pub antwoord_van: Option<Spanned<String>>,
}

/// Where an answer leads: one id, or a list of ids walked in turn (say an
/// advice that applies and then the next question).
#[derive(Debug)]
pub enum Targets {
    One(String),
    Many(Vec<Spanned<String>>),
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
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuestionOption {
    pub waarde: Spanned<String>,
    /// Absent when the question takes its answer from another (`antwoord_van`).
    pub label: Option<String>,
    pub uitleg: Option<String>,
    pub naar: Spanned<Targets>,
}

/// One range of a number question, both ends inclusive.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NumberRange {
    pub van: Spanned<i64>,
    pub tot_en_met: Spanned<i64>,
    pub naar: Spanned<Targets>,
}

/// `adviezen.yaml`: the advices at the ends of the routes.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AdvicesFile {
    pub adviezen: Vec<Advice>,
}

/// One advice: whom to contact, how urgently, what to do and why.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Advice {
    pub id: Spanned<String>,
    pub titel: String,
    /// Why this advice: the reasoning in a sentence or two.
    pub uitleg: Option<String>,
    pub contacten: Spanned<Vec<Contact>>,
    #[serde(default)]
    pub stappen: Vec<String>,
    #[serde(default)]
    pub voorbereiden: Vec<String>,
    #[serde(default)]
    pub grondslag: Vec<String>,
    #[serde(default)]
    pub bronnen: Vec<String>,
    /// Dates worth watching, counted from a number question in weeks.
    #[serde(default)]
    pub mijlpalen: Vec<Milestone>,
    /// The last day this advice holds (YYYY-MM-DD), for a temporary arrangement.
    pub geldig_tot: Option<Spanned<String>>,
}

/// A date in the plan, such as "3 months at home": `na_weken` weeks after the
/// start that the answer to `vraag` (a number of weeks ago) gives.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Milestone {
    /// A `getal` question in `weken`: how many weeks ago it started.
    pub vraag: Spanned<String>,
    pub na_weken: i64,
    pub tekst: String,
}

/// A contact of an advice: by role (resolved per gemeente) or by organisation id.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    pub rol: Option<Spanned<String>>,
    pub organisatie: Option<Spanned<String>>,
    pub urgentie: Urgency,
    /// Why this contact, in this advice.
    pub waarom: Option<String>,
    /// A deadline, where the law or a protocol sets one.
    pub termijn: Option<String>,
}

/// How soon a contact must be made. Ordered from most to least urgent.
#[derive(Debug, Deserialize, Serialize, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[serde(rename_all = "kebab-case")]
pub enum Urgency {
    /// Now: danger, call at once.
    Acuut,
    /// Today.
    Vandaag,
    /// Within the week (or the legal deadline).
    DezeWeek,
    /// Planned, within weeks.
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
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScenariosFile {
    pub scenarios: Vec<Scenario>,
}

/// One scenario: answers in, the expected plan out.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    pub naam: Spanned<String>,
    #[serde(deserialize_with = "ordered_map")]
    pub antwoorden: Vec<(Spanned<String>, AnswerValue)>,
    pub verwacht: Expected,
    /// A file (relative to the map folder) holding the printed plan, compared by
    /// `check` and rewritten by `check --bless`.
    pub samenvatting: Option<Spanned<String>>,
}

/// What a scenario expects of the plan.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Expected {
    /// Exactly these advices, in this order.
    pub adviezen: Option<Vec<String>>,
    /// The first contact's organisation id.
    pub eerste_contact: Option<String>,
    /// These organisations are among the contacts.
    #[serde(default)]
    pub contacten: Vec<String>,
    /// These organisations are not among the contacts.
    #[serde(default)]
    pub niet: Vec<String>,
}

/// `regels.yaml` (optional): rules that must hold on every route; `check`
/// proves them over the map's graph.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RulesFile {
    pub regels: Vec<RuleDef>,
}

/// A rule: on every route whose answers meet `als`, the plan meets `dan`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleDef {
    pub id: Spanned<String>,
    /// What the rule says, in a sentence.
    pub naam: String,
    /// Conditions on answers, by question id; all must hold. Absent: every route.
    #[serde(default, deserialize_with = "ordered_map")]
    pub als: Vec<(Spanned<String>, Condition)>,
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
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Demand {
    /// The plan's first contact.
    pub eerste_contact: Option<Spanned<String>>,
    /// Contacts the plan names.
    #[serde(default)]
    pub contacten: Vec<Spanned<String>>,
    /// Contacts the plan does not name.
    #[serde(default)]
    pub niet: Vec<Spanned<String>>,
    /// Advices the plan holds.
    #[serde(default)]
    pub adviezen: Vec<Spanned<String>>,
    /// The plan is at least this urgent.
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
fn ordered_map<'de, D, V>(deserializer: D) -> Result<Vec<(Spanned<String>, V)>, D::Error>
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
