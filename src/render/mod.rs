//! Renderers of a plan and of a pending question: text, markdown and JSON.
//!
//! A plan is first turned into a [`PlanView`]: every name, role and contact field
//! resolved to strings. The three formats render that one view, and JSON is the
//! view serialised, so the formats cannot disagree. Pure: no terminal, no clock.
//!
//! A view is built in one language, passed in by the caller, and keeps it
//! ([`PlanView::lang`]), so the renderers word the rest of the page in the
//! same one; the words come from the catalogue (`locales/*/plan.ftl` and
//! `paper.ftl`). The JSON keys and ids (`contacten`, `urgentie: deze-week`)
//! are a contract and stay Dutch in every language, while its texts follow
//! the language.

pub mod csv;
pub mod diagnostics;
pub mod html;
pub mod json;
pub mod markdown;
pub mod page;
pub mod school;
pub mod table;
pub mod text;

use crate::core::answer;
use crate::core::date::Date;
use crate::core::engine::Step;
use crate::core::map::{InLang, Map, QuestionKind, RoleSource, Urgency};
use crate::core::plan::{Plan, Unresolved, Whom};
use crate::i18n::Lang;
use crate::t;
use serde::Serialize;

/// The footer of every plan.
pub fn privacy(lang: Lang) -> String {
    t!(lang, "plan-privacy")
}

/// What a rendered plan needs besides the plan: today's date and how the map was named.
#[derive(Debug, Clone)]
pub struct Context {
    pub date: Date,
    /// `--routekaart DIR` as the user gave it, for the reproduce line; `None` for the embedded map.
    pub map_argument: Option<String>,
}

/// The map's identity, printed with every plan.
#[derive(Debug, Clone, Serialize)]
pub struct MapInfo {
    pub naam: String,
    pub regio: String,
    pub versie: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub datum: Option<String>,
    pub controlegetal: String,
}

/// One question and its answer, for people and machines.
#[derive(Debug, Clone, Serialize)]
pub struct AnswerView {
    /// The question's id.
    pub vraag: String,
    /// The question's text.
    pub tekst: String,
    /// The answer as `advise --answer` takes it.
    pub antwoord: String,
    /// The answer in words.
    pub label: String,
}

/// One advice of the plan.
#[derive(Debug, Clone, Serialize)]
pub struct AdviceView {
    pub id: String,
    pub titel: String,
    pub urgentie: Urgency,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub uitleg: Option<String>,
    pub stappen: Vec<String>,
    pub voorbereiden: Vec<String>,
    pub grondslag: Vec<String>,
    /// The answers that led here, as "question → answer".
    pub route: Vec<String>,
}

/// One contact of the plan, with everything needed to reach it.
#[derive(Debug, Clone, Serialize)]
pub struct ContactView {
    /// The organisation's id; `null` when the map cannot name one.
    pub organisatie: Option<String>,
    pub naam: String,
    /// The role's id, when the contact was named by role.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rol: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rol_naam: Option<String>,
    pub urgentie: Urgency,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub telefoon: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub website: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub openingstijden: Option<String>,
    /// Notes: the directory's remark, or why a role could not be filled.
    pub opmerkingen: Vec<String>,
    /// Why this contact, one line per advice that names it.
    pub waarom: Vec<String>,
    /// The same reasons without the advice's title, for the one-page plan.
    #[serde(skip)]
    pub redenen: Vec<String>,
    pub termijnen: Vec<String>,
    /// The school's own person for this role, from its profile (`--school`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub school: Option<SchoolPersonView>,
    /// Confirmed with the organisation on this day.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub gecontroleerd: Option<String>,
    /// The sources read on this day (not confirmed with the organisation).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bron_bekeken: Option<String>,
}

/// One of the school's own people, on a contact of the plan.
#[derive(Debug, Clone, Serialize)]
pub struct SchoolPersonView {
    pub naam: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub telefoon: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// When the school last checked the data (YYYY-MM-DD).
    pub bijgewerkt: String,
    /// True when that is more than 12 months ago.
    pub verouderd: bool,
}

impl SchoolPersonView {
    /// The person on one line: "A. Proef, 0297 000 000, a@x.nl (bijgewerkt 01-09-2026)".
    pub fn line(&self, lang: Lang) -> String {
        let mut parts = vec![self.naam.clone()];
        parts.extend(self.telefoon.clone());
        parts.extend(self.email.clone());
        let date = Date::parse(&self.bijgewerkt).map_or(self.bijgewerkt.clone(), |d| d.words(lang));
        let months = crate::core::school::MAX_AGE_MONTHS.to_string();
        let when = if self.verouderd {
            t!(lang, "plan-bijgewerkt-oud", date = date, months = months)
        } else {
            t!(lang, "plan-bijgewerkt", date = date)
        };
        format!("{} ({when})", parts.join(", "))
    }
}

/// A date worth watching, such as three months at home.
#[derive(Debug, Clone, Serialize)]
pub struct MilestoneView {
    /// `YYYY-MM-DD`; approximate, because the answer counts whole weeks.
    pub datum: String,
    /// True when the date is today or has passed.
    pub voorbij: bool,
    pub tekst: String,
}

impl MilestoneView {
    /// "rond 12-02-2027" or "rond 01-10-2026 (al voorbij)", for people.
    pub fn when(&self, lang: Lang) -> String {
        let date = Date::parse(&self.datum).map_or(self.datum.clone(), |d| d.words(lang));
        let id = if self.voorbij {
            "plan-rond-voorbij"
        } else {
            "plan-rond"
        };
        t!(lang, id, date = date)
    }
}

/// A whole plan, ready to print or serialise.
#[derive(Debug, Clone, Serialize)]
pub struct PlanView {
    pub routekaart: MapInfo,
    /// The school's name, from its profile (`--school`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub school: Option<String>,
    pub datum: String,
    pub urgentie: Urgency,
    pub contacten: Vec<ContactView>,
    /// Dates to watch, soonest first.
    pub mijlpalen: Vec<MilestoneView>,
    pub adviezen: Vec<AdviceView>,
    pub antwoorden: Vec<AnswerView>,
    /// The command that gives this plan again.
    pub opnieuw: String,
    pub privacy: String,
    /// The language the view is worded in, and its page is to be.
    #[serde(skip)]
    pub lang: Lang,
}

/// A question still to answer (`advise` with incomplete answers).
#[derive(Debug, Clone, Serialize)]
pub struct QuestionView {
    pub id: String,
    pub tekst: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub uitleg: Option<String>,
    /// `keuze`, `meerkeuze`, `getal` or `janee`.
    pub soort: &'static str,
    pub opties: Vec<OptionView>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub min: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub eenheid: Option<String>,
    /// The language the view is worded in.
    #[serde(skip)]
    pub lang: Lang,
}

/// One valid answer of a question.
#[derive(Debug, Clone, Serialize)]
pub struct OptionView {
    pub waarde: String,
    pub label: String,
}

/// The map's identity.
pub fn map_info(map: &Map, lang: Lang) -> MapInfo {
    MapInfo {
        naam: map.meta.naam.in_lang(lang),
        regio: map.meta.regio.in_lang(lang),
        versie: map.meta.versie.clone(),
        datum: map.meta.datum.clone(),
        controlegetal: map.meta.checksum.clone(),
    }
}

/// The answered questions, in route order.
pub fn answer_views(map: &Map, steps: &[Step], lang: Lang) -> Vec<AnswerView> {
    steps
        .iter()
        .map(|step| {
            let question = &map.questions[step.question];
            AnswerView {
                vraag: question.id.clone(),
                tekst: question.tekst.in_lang(lang),
                antwoord: answer::to_text(map, question, &step.answer),
                label: answer::label(map, question, &step.answer, lang),
            }
        })
        .collect()
}

/// The `routekaart advise …` command that reproduces these answers.
pub fn advise_command(map: &Map, steps: &[Step], map_argument: Option<&str>) -> String {
    let mut command = String::from("routekaart advise");
    if let Some(dir) = map_argument {
        command.push_str(" --routekaart ");
        command.push_str(&shell_quote(dir));
    }
    for step in steps {
        let question = &map.questions[step.question];
        let value = answer::to_text(map, question, &step.answer);
        command.push_str(" --answer ");
        command.push_str(&shell_quote(&format!("{}={value}", question.id)));
    }
    command
}

/// Quotes a word for a POSIX shell when it holds anything but safe characters.
pub(crate) fn shell_quote(word: &str) -> String {
    let safe = |c: char| c.is_ascii_alphanumeric() || "-_=,./:@+".contains(c);
    if !word.is_empty() && word.chars().all(safe) {
        word.to_string()
    } else {
        format!("'{}'", word.replace('\'', r"'\''"))
    }
}

/// Builds the view of a plan, worded in `lang`.
pub fn plan_view(map: &Map, plan: &Plan, context: &Context, lang: Lang) -> PlanView {
    let answers = answer_views(map, &plan.steps, lang);
    let adviezen = plan
        .advices
        .iter()
        .map(|planned| {
            let advice = &map.advices[planned.advice];
            AdviceView {
                id: advice.id.clone(),
                titel: advice.titel.in_lang(lang),
                urgentie: advice.urgency(),
                uitleg: advice.uitleg.in_lang(lang),
                stappen: advice.stappen.in_lang(lang),
                voorbereiden: advice.voorbereiden.in_lang(lang),
                grondslag: advice.grondslag.in_lang(lang),
                route: planned
                    .via
                    .iter()
                    .map(|&i| format!("{} → {}", answers[i].tekst, answers[i].label))
                    .collect(),
            }
        })
        .collect();
    let contacten = plan
        .contacts
        .iter()
        .map(|contact| {
            let role = contact.role.map(|r| &map.roles[r]);
            let waarom = contact
                .reasons
                .iter()
                .map(|reason| {
                    let titel = map.advices[reason.advice].titel.get(lang);
                    match reason.waarom(map) {
                        Some(waarom) => format!("{} ({titel})", waarom.get(lang)),
                        None => titel.to_string(),
                    }
                })
                .collect();
            let redenen = contact
                .reasons
                .iter()
                .map(|reason| {
                    let titel = &map.advices[reason.advice].titel;
                    reason.waarom(map).unwrap_or(titel).in_lang(lang)
                })
                .collect();
            let mut termijnen: Vec<String> = Vec::new();
            for termijn in contact
                .reasons
                .iter()
                .filter_map(|r| r.termijn(map).map(|t| t.in_lang(lang)))
            {
                if !termijnen.contains(&termijn) {
                    termijnen.push(termijn);
                }
            }
            let base = ContactView {
                organisatie: None,
                naam: String::new(),
                rol: role.map(|r| r.id.clone()),
                rol_naam: role.map(|r| r.naam.in_lang(lang)),
                urgentie: contact.urgency,
                telefoon: None,
                email: None,
                website: None,
                openingstijden: None,
                opmerkingen: Vec::new(),
                waarom,
                redenen,
                termijnen,
                school: None,
                gecontroleerd: None,
                bron_bekeken: None,
            };
            match contact.whom {
                Whom::Organisation(o) => {
                    let org = &map.organisations[o];
                    // The note of the organisation's region on the role it fills here.
                    let region_note = org
                        .region
                        .zip(contact.role)
                        .and_then(|(region, role)| map.regions[region].role_notes.get(&role));
                    ContactView {
                        organisatie: Some(org.id.clone()),
                        naam: org.naam.clone(),
                        telefoon: org.telefoon.clone(),
                        email: org.email.clone(),
                        website: org.website.clone(),
                        openingstijden: org.openingstijden.in_lang(lang),
                        opmerkingen: org
                            .opmerking
                            .iter()
                            .chain(region_note)
                            .map(|note| note.in_lang(lang))
                            .collect(),
                        gecontroleerd: org.gecontroleerd.clone(),
                        bron_bekeken: org.bron_bekeken.clone(),
                        ..base
                    }
                }
                Whom::FromDossier(role) => {
                    let role = &map.roles[role];
                    // One note: the role's own word on who knows the
                    // person, else the general one.
                    let opmerkingen = vec![match role.uitleg.in_lang(lang) {
                        Some(uitleg) => t!(lang, "plan-uit-dossier-uitleg", uitleg = uitleg),
                        None => t!(lang, "plan-uit-dossier"),
                    }];
                    ContactView {
                        naam: whom_name(map, contact.whom, lang),
                        opmerkingen,
                        ..base
                    }
                }
                Whom::Unresolved { role, reason } => {
                    let role = &map.roles[role];
                    let whose = whose_gemeente(role.bepaald_door, lang);
                    let naam = role.naam.get(lang).to_lowercase();
                    let note = match reason {
                        Unresolved::OtherGemeente => {
                            t!(lang, "plan-gemeente-onbekend", whose = whose, role = naam)
                        }
                        Unresolved::NotAsked => {
                            t!(
                                lang,
                                "plan-gemeente-niet-gevraagd",
                                whose = whose,
                                role = naam
                            )
                        }
                        Unresolved::NotFilled(g) => {
                            let gemeente = map.gemeenten[g].naam.as_str();
                            t!(lang, "plan-rol-niet-gevuld", gemeente = gemeente)
                        }
                    };
                    ContactView {
                        naam: whom_name(map, contact.whom, lang),
                        opmerkingen: vec![note],
                        ..base
                    }
                }
            }
        })
        .collect();
    PlanView {
        routekaart: map_info(map, lang),
        school: None,
        datum: context.date.iso(),
        urgentie: plan.urgency(),
        contacten,
        mijlpalen: plan
            .milestones
            .iter()
            .map(|m| MilestoneView {
                datum: Date::from_days(context.date.days() + 7 * m.weeks_from_today).iso(),
                voorbij: m.weeks_from_today <= 0,
                tekst: m.tekst.in_lang(lang),
            })
            .collect(),
        adviezen,
        antwoorden: answers,
        opnieuw: advise_command(map, &plan.steps, context.map_argument.as_deref()),
        privacy: privacy(lang),
        lang,
    }
}

/// How a plan names a contact: the organisation, the role from the pupil's file,
/// or the role of a gemeente the map cannot fill ("Leerplicht van de woongemeente
/// van de leerling").
pub fn whom_name(map: &Map, whom: Whom, lang: Lang) -> String {
    match whom {
        Whom::Organisation(o) => map.organisations[o].naam.clone(),
        Whom::FromDossier(role) => map.roles[role].naam.in_lang(lang),
        Whom::Unresolved { role, .. } => {
            let role = &map.roles[role];
            let whose = whose_gemeente(role.bepaald_door, lang);
            t!(
                lang,
                "plan-rol-van",
                role = role.naam.get(lang),
                whose = whose
            )
        }
    }
}

fn whose_gemeente(source: RoleSource, lang: Lang) -> String {
    match source {
        RoleSource::Woongemeente | RoleSource::Dossier => t!(lang, "plan-woongemeente"),
        RoleSource::Schoolgemeente => t!(lang, "plan-schoolgemeente"),
    }
}

/// Builds the view of a question still to answer, with the default answer
/// if any, worded in `lang`.
pub fn question_view(map: &Map, q: usize, lang: Lang) -> QuestionView {
    let question = &map.questions[q];
    let opties = answer::options(map, question, lang)
        .into_iter()
        .map(|(waarde, label)| OptionView { waarde, label })
        .collect();
    let (min, max, eenheid) = match &question.kind {
        QuestionKind::Number { min, max, unit, .. } => (Some(*min), Some(*max), unit.in_lang(lang)),
        _ => (None, None, None),
    };
    QuestionView {
        id: question.id.clone(),
        tekst: question.tekst.in_lang(lang),
        uitleg: question.uitleg.in_lang(lang),
        soort: kind_name(&question.kind),
        opties,
        min,
        max,
        eenheid,
        lang,
    }
}

/// The kind of a question as the JSON contract names it; a gemeente question is a `keuze`.
pub fn kind_name(kind: &QuestionKind) -> &'static str {
    match kind {
        QuestionKind::Choice(_) | QuestionKind::Gemeente { .. } => "keuze",
        QuestionKind::MultiChoice(_) => "meerkeuze",
        QuestionKind::Number { .. } => "getal",
        QuestionKind::YesNo { .. } => "janee",
    }
}

/// When a contact's data were checked or their source read, as (label, date).
pub fn contact_dates(contact: &ContactView, lang: Lang) -> Vec<(String, String)> {
    let mut fields = Vec::new();
    let dates = [
        ("plan-veld-gecontroleerd", &contact.gecontroleerd),
        ("plan-veld-bron-bekeken", &contact.bron_bekeken),
    ];
    for (id, date) in dates {
        if let Some(date) = date.as_deref().and_then(crate::core::date::Date::parse) {
            fields.push((t!(lang, id), date.words(lang)));
        }
    }
    fields
}

/// How an urgency reads in a plan.
pub fn urgency_words(urgency: Urgency, lang: Lang) -> String {
    t!(lang, &format!("plan-urgentie-{}", urgency.id()))
}

/// How a view is laid out on the reader's screen or paper.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Layout {
    /// Columns to fit in: the terminal's width, `--width`, or 80.
    pub width: u16,
    /// Whether to colour (a terminal, and `NO_COLOR` unset).
    pub colour: bool,
}

impl Default for Layout {
    fn default() -> Self {
        Layout {
            width: 80,
            colour: false,
        }
    }
}
