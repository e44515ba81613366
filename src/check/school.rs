//! `check --school FILE`: a school's profile checked against the map. On top
//! of what loading refuses (an unknown role, with "bedoelde u …?", a gemeente
//! not on the map, a date that is none), the syntax of every phone number and
//! e-mail address, as the directory's are checked.

use crate::check::directory::{is_dutch_phone, is_email};
use crate::core::diagnostic::{Diagnostic, DiagnosticKind};
use crate::core::map::Map;
use crate::core::school::{self, Profile, SchoolProblem};
use crate::core::source::{Location, SourceFile};

/// What the check found: every problem, and the profile when it resolved.
#[derive(Debug)]
pub struct Checked {
    pub problems: Vec<Diagnostic>,
    pub profile: Option<Profile>,
}

/// Checks the profile in `source` against `map`. `Err` when it is not a
/// profile at all (not YAML, an unknown key): that is a file that does not load.
pub fn check(map: &Map, source: &SourceFile) -> Result<Checked, Diagnostic> {
    let file = school::parse(source)?;
    let mut problems = Vec::new();
    let mut fail = |problem, at| {
        problems.push(Diagnostic::error(
            DiagnosticKind::School(Box::new(problem)),
            at,
        ))
    };
    for person in file.mensen.iter().flatten() {
        if let Some(phone) = &person.telefoon
            && !is_dutch_phone(phone.value.trim())
        {
            let given = phone.value.clone();
            fail(
                SchoolProblem::BadPhone { given },
                Location::of(&source.name, phone),
            );
        }
        if let Some(email) = &person.email
            && !is_email(email.value.trim())
        {
            let given = email.value.clone();
            fail(
                SchoolProblem::BadEmail { given },
                Location::of(&source.name, email),
            );
        }
    }
    let profile = match school::resolve(map, file, &source.name) {
        Ok(profile) => Some(profile),
        Err(more) => {
            problems.extend(more);
            None
        }
    };
    problems.sort_by_key(|d| d.location.as_ref().map(|l| (l.line, l.column)));
    Ok(Checked { problems, profile })
}
