//! "Mijn school": the school's own profile, and what it adds to a plan.
//!
//! No public source gives the number of *this* school's leerplichtambtenaar or
//! jeugdarts; the school knows them. A profile names the school's own people per
//! role of the map, and the school's gemeente and type, so the questionnaire
//! need not ask those. It holds staff contact data only, never pupil data.
//!
//! Read from text ([`parse`]) and checked against the map ([`resolve`]) here, in
//! the pure core; the shell finds the file and reads it. A profile that does not
//! resolve fails like a broken map: every problem, with its location.

use crate::core::answer::Answer;
use crate::core::date::Date;
use crate::core::diagnostic::{Diagnostic, DiagnosticKind};
use crate::core::ids::suggest;
use crate::core::map::{GemeenteKind, Map, QuestionKind, RoleSource};
use crate::core::plan::PlannedContact;
pub use crate::core::school_problem::{PUPIL_ROLES, SCHOOL_TYPE_QUESTION, SchoolProblem};
use crate::core::source::{Location, SourceFile};
use crate::i18n::Lang;
use schemars::JsonSchema;
use serde::Deserialize;
use serde_saphyr::Spanned;

/// How many months a person's data may go unchecked before the plan reminds.
pub const MAX_AGE_MONTHS: u32 = 12;

/// A school profile as written in YAML.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "school.yaml",
    description = "Het profiel van een school: haar gemeente en soort, en haar eigen contactpersonen per rol. Alleen gegevens van medewerkers, nooit van leerlingen."
)]
pub struct SchoolFile {
    /// The school's name, printed above the plan.
    #[schemars(description = "De naam van de school (mag weg).")]
    pub school: Option<String>,
    /// The gemeente the school is in: the map's id or name.
    #[schemars(
        with = "Option<String>",
        description = "De gemeente van de school: id of naam uit de kaart (uithoorn). Dan vraagt de vragenlijst haar niet meer."
    )]
    pub gemeente: Option<Spanned<String>>,
    /// The school's type: a value of the map's `schoolsoort` question.
    #[schemars(
        with = "Option<String>",
        description = "Het soort school: een waarde van de vraag `schoolsoort` (po, vo of mbo). Dan vraagt de vragenlijst het niet meer."
    )]
    pub schoolsoort: Option<Spanned<String>>,
    /// The school's own people, one per role (empty when none yet).
    #[schemars(description = "De eigen contactpersonen van de school, per rol.")]
    pub mensen: Option<Vec<PersonDef>>,
}

/// One of the school's own people.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    rename = "persoon",
    description = "Een eigen contactpersoon van de school voor een rol."
)]
pub struct PersonDef {
    #[schemars(
        with = "String",
        description = "Id van een rol uit de kaart (leerplicht, jeugdarts, schoolbestuur, …)."
    )]
    pub rol: Spanned<String>,
    #[schemars(description = "Naam van de persoon (of van het team).")]
    pub naam: String,
    #[schemars(
        with = "Option<String>",
        description = "Telefoonnummer, Nederlands (0297 123 456 of +31 297 123 456)."
    )]
    pub telefoon: Option<Spanned<String>>,
    #[schemars(with = "Option<String>", description = "E-mailadres.")]
    pub email: Option<Spanned<String>>,
    #[schemars(
        with = "String",
        description = "Wanneer de school deze gegevens het laatst nakeek (JJJJ-MM-DD)."
    )]
    pub bijgewerkt: Spanned<String>,
}

/// One of the school's own people, resolved against the map.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Person {
    pub role: usize,
    pub naam: String,
    pub telefoon: Option<String>,
    pub email: Option<String>,
    /// When the school last checked the data.
    pub bijgewerkt: Date,
}

/// A profile checked against one map.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Profile {
    pub school: Option<String>,
    /// The school's gemeente (index into the map's gemeenten).
    pub gemeente: Option<usize>,
    /// The school type: the question (index) and its option (index).
    pub school_type: Option<(usize, usize)>,
    pub people: Vec<Person>,
}

/// Parses a profile's text.
pub fn parse(source: &SourceFile) -> Result<SchoolFile, Diagnostic> {
    crate::core::parse::parse(source)
}

/// Checks a parsed profile against `map`: every role, the gemeente and the
/// school type must be the map's; every date real; every person reachable.
pub fn resolve(map: &Map, file: SchoolFile, name: &str) -> Result<Profile, Vec<Diagnostic>> {
    let mut problems = Vec::new();
    let mut fail = |problem, at: Option<Location>| {
        problems.push(Diagnostic::error(
            DiagnosticKind::School(Box::new(problem)),
            at,
        ));
    };
    let gemeente = file.gemeente.as_ref().and_then(|given| {
        let found = map.gemeente_index(given.value.trim());
        if found.is_none() {
            let valid: Vec<String> = map.gemeenten.iter().map(|g| g.id.clone()).collect();
            fail(
                SchoolProblem::UnknownGemeente {
                    given: given.value.clone(),
                    suggestion: suggest(&given.value, &valid).map(String::from),
                    valid,
                },
                Location::of(name, given),
            );
        }
        found
    });
    let school_type = file.schoolsoort.as_ref().and_then(|given| {
        let Some(q) = map.question_index(SCHOOL_TYPE_QUESTION) else {
            fail(
                SchoolProblem::NoSchoolTypeQuestion,
                Location::of(name, given),
            );
            return None;
        };
        let QuestionKind::Choice(options) = &map.questions[q].kind else {
            fail(
                SchoolProblem::NoSchoolTypeQuestion,
                Location::of(name, given),
            );
            return None;
        };
        let wanted = given.value.trim();
        let found = options
            .iter()
            .position(|o| o.value.eq_ignore_ascii_case(wanted));
        if found.is_none() {
            fail(
                SchoolProblem::UnknownSchoolType {
                    given: given.value.clone(),
                    valid: options.iter().map(|o| o.value.clone()).collect(),
                },
                Location::of(name, given),
            );
        }
        found.map(|o| (q, o))
    });
    let role_ids: Vec<String> = map.roles.iter().map(|r| r.id.clone()).collect();
    let mut people: Vec<Person> = Vec::new();
    for def in file.mensen.unwrap_or_default() {
        let at = Location::of(name, &def.rol);
        let role = role_ids.iter().position(|id| *id == def.rol.value.trim());
        let date = Date::parse(def.bijgewerkt.value.trim());
        if date.is_none() {
            fail(
                SchoolProblem::InvalidDate {
                    given: def.bijgewerkt.value.clone(),
                },
                Location::of(name, &def.bijgewerkt),
            );
        }
        if def.telefoon.is_none() && def.email.is_none() {
            fail(
                SchoolProblem::NoWayToReach {
                    naam: def.naam.clone(),
                },
                at.clone(),
            );
        }
        let Some(role) = role else {
            fail(
                SchoolProblem::UnknownRole {
                    given: def.rol.value.clone(),
                    suggestion: suggest(def.rol.value.trim(), &role_ids).map(String::from),
                },
                at,
            );
            continue;
        };
        if PUPIL_ROLES.contains(&role_ids[role].as_str()) {
            fail(
                SchoolProblem::PupilRole {
                    role: role_ids[role].clone(),
                },
                at,
            );
            continue;
        }
        if people.iter().any(|p| p.role == role) {
            fail(
                SchoolProblem::TwoPeopleForRole {
                    role: role_ids[role].clone(),
                },
                at,
            );
            continue;
        }
        let clean = |text: &str| crate::core::text::clean(text.trim());
        people.push(Person {
            role,
            naam: clean(&def.naam),
            telefoon: def.telefoon.as_ref().map(|t| clean(&t.value)),
            email: def.email.as_ref().map(|e| clean(&e.value)),
            bijgewerkt: date.unwrap_or(Date::from_days(0)),
        });
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(Profile {
        school: file.school.map(|s| crate::core::text::clean(s.trim())),
        gemeente,
        school_type,
        people,
    })
}

impl Profile {
    /// The answers the profile gives: the school's gemeente for every
    /// schoolgemeente question, and its type. An answer given on the command
    /// line or in the questionnaire wins (see [`crate::core::engine::Session::with_preset`]).
    pub fn preset(&self, map: &Map) -> Vec<(usize, Answer)> {
        let mut preset = Vec::new();
        if let Some(g) = self.gemeente {
            for (q, question) in map.questions.iter().enumerate() {
                if let QuestionKind::Gemeente {
                    kind: GemeenteKind::Schoolgemeente,
                    ..
                } = question.kind
                {
                    preset.push((q, Answer::Gemeente(Some(g))));
                }
            }
        }
        if let Some((q, option)) = self.school_type {
            preset.push((q, Answer::Choice(option)));
        }
        preset
    }

    /// The school's own person for a contact of a plan, if the profile has one
    /// for its role and the person serves this pupil. Only when the plan's school
    /// is in the profile's gemeente (else it is another school); then a role
    /// from the pupil's file or of the school's gemeente always, and a role of
    /// the pupil's gemeente when the pupil lives there too (the school's own
    /// leerplichtambtenaar is of its gemeente).
    pub fn person_for(
        &self,
        map: &Map,
        contact: &PlannedContact,
        gemeenten: PlanGemeenten,
    ) -> Option<&Person> {
        let role = contact.role?;
        let person = self.people.iter().find(|p| p.role == role)?;
        let this_school = self.gemeente.is_none_or(|g| gemeenten.school == Some(g));
        let serves = match map.roles[role].bepaald_door {
            RoleSource::Dossier | RoleSource::Schoolgemeente => this_school,
            RoleSource::Woongemeente => {
                this_school && gemeenten.woon.is_some() && gemeenten.woon == gemeenten.school
            }
        };
        serves.then_some(person)
    }

    /// People whose data is older than [`MAX_AGE_MONTHS`] on `today`.
    pub fn stale(&self, today: Date) -> Vec<&Person> {
        let limit = today.months_earlier(MAX_AGE_MONTHS);
        self.people
            .iter()
            .filter(|p| p.bijgewerkt.days() < limit.days())
            .collect()
    }
}

/// The gemeenten a plan's route answered (`None`: not asked, or outside the map).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct PlanGemeenten {
    pub school: Option<usize>,
    pub woon: Option<usize>,
}

/// The top of the template: what a profile is and where it lives. The file's
/// keys are Dutch, as the map's are, so the template is Dutch in any language.
const TEMPLATE_HEAD: &str = "\
# Het profiel van uw school voor routekaart (\"Mijn school\").
# Hierin staan alleen gegevens van medewerkers, nooit van leerlingen.
# Vul in wat u weet en haal het hekje (#) weg voor elke regel die u invult.
# Controleer het daarna met: routekaart check --school BESTAND
# Sla het op waar `routekaart school --pad` het zoekt, of geef het mee met
# --school BESTAND of de omgevingsvariabele ROUTEKAART_SCHOOL.
";

/// Above the people: what one entry holds.
const PEOPLE_HEAD: &str = "
# Uw eigen contactpersonen: per rol één persoon, met naam, telefoon en/of
# e-mail, en de datum waarop u de gegevens het laatst nakeek (bijgewerkt).
# Een plan noemt eerst deze persoon en daarna het loket van de regio.
";

/// The key of the people; in the template, an entry to copy follows it.
const TEMPLATE_PEOPLE: &str = "
# Haal voor elke persoon de hekjes weg en vul in; een persoon per rol.
mensen:
";

/// A commented template of a profile for `map`, in Dutch: every role the
/// school may fill (its name in `lang`), with fields left empty for the
/// school to fill in.
pub fn template(map: &Map, today: Date, lang: Lang) -> String {
    let mut out = String::from("# yaml-language-server: $schema=school.schema.json\n");
    out.push_str(TEMPLATE_HEAD);
    let gemeenten: Vec<String> = map.gemeenten.iter().map(|g| g.id.clone()).collect();
    let types: Vec<String> = match map
        .question_index(SCHOOL_TYPE_QUESTION)
        .map(|q| &map.questions[q].kind)
    {
        Some(QuestionKind::Choice(options)) => options.iter().map(|o| o.value.clone()).collect(),
        _ => Vec::new(),
    };
    out.push_str("\n# De naam van de school (mag weg).\n# school: \n");
    out.push_str(&format!(
        "# De gemeente van de school: {}.\n# gemeente: \n",
        gemeenten.join(", ")
    ));
    if !types.is_empty() {
        out.push_str(&format!(
            "# Het soort school: {}.\n# schoolsoort: \n",
            types.join(", ")
        ));
    }
    out.push_str(PEOPLE_HEAD);
    out.push_str("#\n# De rollen van deze kaart (rol: …):\n");
    for role in school_roles(map) {
        let naam = map.roles[role].naam.get(lang);
        out.push_str(&format!("#   {} — {naam}\n", map.roles[role].id));
    }
    out.push_str(TEMPLATE_PEOPLE);
    let date = today.iso();
    out.push_str(&format!(
        "  # - rol: leerplicht\n  #   naam: \n  #   telefoon: \n  #   email: \n  #   bijgewerkt: {date}\n"
    ));
    out
}

/// A profile as YAML, for `routekaart school` to save: the template's
/// comments, then every field the profile has. Texts are quoted (a JSON
/// string is a YAML string), so no name can break the file.
pub fn to_yaml(map: &Map, profile: &Profile) -> String {
    let quote = |text: &str| serde_json::to_string(text).unwrap_or_default();
    let mut out = String::from(TEMPLATE_HEAD);
    out.push('\n');
    if let Some(school) = &profile.school {
        out.push_str(&format!("school: {}\n", quote(school)));
    }
    if let Some(g) = profile.gemeente {
        out.push_str(&format!("gemeente: {}\n", map.gemeenten[g].id));
    }
    if let Some((q, option)) = profile.school_type
        && let QuestionKind::Choice(options) = &map.questions[q].kind
    {
        out.push_str(&format!("schoolsoort: {}\n", options[option].value));
    }
    out.push_str(PEOPLE_HEAD);
    out.push_str("mensen:\n");
    if profile.people.is_empty() {
        out.push_str("  []\n");
    }
    for person in &profile.people {
        out.push_str(&format!(
            "  - rol: {}\n    naam: {}\n",
            map.roles[person.role].id,
            quote(&person.naam)
        ));
        if let Some(phone) = &person.telefoon {
            out.push_str(&format!("    telefoon: {}\n", quote(phone)));
        }
        if let Some(email) = &person.email {
            out.push_str(&format!("    email: {}\n", quote(email)));
        }
        out.push_str(&format!("    bijgewerkt: {}\n", person.bijgewerkt.iso()));
    }
    out
}

/// The roles a school may fill in its profile: every role of the map but
/// those filled per pupil ([`PUPIL_ROLES`]).
pub fn school_roles(map: &Map) -> Vec<usize> {
    (0..map.roles.len())
        .filter(|&r| !PUPIL_ROLES.contains(&map.roles[r].id.as_str()))
        .collect()
}

/// The gemeenten a plan's route answered.
pub fn plan_gemeenten(map: &Map, plan: &crate::core::plan::Plan) -> PlanGemeenten {
    let find = |kind: GemeenteKind| {
        plan.steps.iter().find_map(|step| {
            match (&map.questions[step.question].kind, &step.answer) {
                (QuestionKind::Gemeente { kind: k, .. }, Answer::Gemeente(g)) if *k == kind => *g,
                _ => None,
            }
        })
    };
    PlanGemeenten {
        school: find(GemeenteKind::Schoolgemeente),
        woon: find(GemeenteKind::Woongemeente),
    }
}

#[cfg(test)]
mod tests;
