//! The school's own people in a plan view: each beside the regional desk of
//! their role, with a reminder when their data is over a year old, and the
//! reproduce line naming the profile (`--school FILE`).
//!
//! Applied to a finished [`PlanView`], so every format (text, markdown, JSON)
//! shows the same. Pure.

use super::{PlanView, SchoolPersonView, shell_quote};
use crate::core::date::Date;
use crate::core::map::Map;
use crate::core::plan::Plan;
use crate::core::school::{Person, Profile, plan_gemeenten};

/// Adds the school's own people to `view` (built from `plan`), and names the
/// profile `shown` in the reproduce line.
pub fn add(
    view: &mut PlanView,
    map: &Map,
    plan: &Plan,
    profile: &Profile,
    shown: &str,
    today: Date,
) {
    let gemeenten = plan_gemeenten(map, plan);
    let stale = profile.stale(today);
    for (contact, planned) in view.contacten.iter_mut().zip(&plan.contacts) {
        contact.school = profile
            .person_for(map, planned, gemeenten)
            .map(|person| person_view(person, stale.contains(&person)));
    }
    view.school = profile.school.clone();
    let command = "routekaart advise";
    if let Some(rest) = view.opnieuw.strip_prefix(command) {
        view.opnieuw = format!("{command} --school {}{rest}", shell_quote(shown));
    }
}

fn person_view(person: &Person, stale: bool) -> SchoolPersonView {
    SchoolPersonView {
        naam: person.naam.clone(),
        telefoon: person.telefoon.clone(),
        email: person.email.clone(),
        bijgewerkt: person.bijgewerkt.iso(),
        verouderd: stale,
    }
}
