//! Problems that make a school's profile unusable with a map: data, worded in
//! the catalogue (`locales/*/school.ftl`), carried by
//! [`crate::core::diagnostic::DiagnosticKind::School`] so they print like a
//! broken map's, with file, line and how to fix it.

use crate::i18n::Lang;

/// Roles filled per pupil, not per school (the pupil's GP, the care worker
/// already involved): a profile holds staff only, so it may not name them.
pub const PUPIL_ROLES: [&str; 2] = ["huisarts", "betrokken-hulpverlener"];

/// The id of the map's question that asks the school's type (`po`, `vo`, `mbo`).
pub const SCHOOL_TYPE_QUESTION: &str = "schoolsoort";

/// A problem that makes a profile unusable with this map.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SchoolProblem {
    UnknownRole {
        given: String,
        suggestion: Option<String>,
    },
    UnknownGemeente {
        given: String,
        suggestion: Option<String>,
        valid: Vec<String>,
    },
    UnknownSchoolType {
        given: String,
        valid: Vec<String>,
    },
    NoSchoolTypeQuestion,
    TwoPeopleForRole {
        role: String,
    },
    InvalidDate {
        given: String,
    },
    NoWayToReach {
        naam: String,
    },
    /// A role filled per pupil ([`PUPIL_ROLES`]).
    PupilRole {
        role: String,
    },
    /// Found by `check --school`: not a Dutch phone number.
    BadPhone {
        given: String,
    },
    /// Found by `check --school`: not an e-mail address.
    BadEmail {
        given: String,
    },
}

impl SchoolProblem {
    /// A stable short name (JSON, SARIF).
    pub fn code(&self) -> &'static str {
        match self {
            SchoolProblem::UnknownRole { .. } => "school-onbekende-rol",
            SchoolProblem::UnknownGemeente { .. } => "school-onbekende-gemeente",
            SchoolProblem::UnknownSchoolType { .. } => "school-onbekende-schoolsoort",
            SchoolProblem::NoSchoolTypeQuestion => "school-geen-schoolsoortvraag",
            SchoolProblem::TwoPeopleForRole { .. } => "school-rol-dubbel",
            SchoolProblem::PupilRole { .. } => "school-rol-van-leerling",
            SchoolProblem::InvalidDate { .. } => "school-ongeldige-datum",
            SchoolProblem::NoWayToReach { .. } => "school-niet-bereikbaar",
            SchoolProblem::BadPhone { .. } => "school-telefoon",
            SchoolProblem::BadEmail { .. } => "school-email",
        }
    }

    /// The message in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        let code = self.code();
        match self {
            SchoolProblem::UnknownRole { given, .. }
            | SchoolProblem::UnknownGemeente { given, .. }
            | SchoolProblem::UnknownSchoolType { given, .. }
            | SchoolProblem::InvalidDate { given }
            | SchoolProblem::BadPhone { given }
            | SchoolProblem::BadEmail { given } => crate::t!(lang, code, given = given.clone()),
            SchoolProblem::TwoPeopleForRole { role } | SchoolProblem::PupilRole { role } => {
                crate::t!(lang, code, role = role.clone())
            }
            SchoolProblem::NoWayToReach { naam } => crate::t!(lang, code, naam = naam.clone()),
            SchoolProblem::NoSchoolTypeQuestion => {
                crate::t!(lang, code, question = SCHOOL_TYPE_QUESTION)
            }
        }
    }

    /// How to fix it, in `lang`.
    pub fn help(&self, lang: Lang) -> Option<String> {
        let code = self.code();
        let list = |valid: &[String]| crate::i18n::format::list(lang, valid);
        match self {
            SchoolProblem::UnknownRole {
                suggestion: Some(close),
                ..
            }
            | SchoolProblem::UnknownGemeente {
                suggestion: Some(close),
                ..
            } => Some(crate::t!(lang, "school-bedoelde-u", close = close.clone())),
            SchoolProblem::UnknownGemeente { valid, .. }
            | SchoolProblem::UnknownSchoolType { valid, .. } => {
                crate::t_help!(lang, code, valid = list(valid))
            }
            _ => crate::t_help!(lang, code),
        }
    }
}
