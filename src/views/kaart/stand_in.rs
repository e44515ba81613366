//! Roles that stand in for another role for some pupils (`vervangt` in
//! `routekaart.yaml`), as the kwalificatieplicht in the mbo does for
//! leerplicht. Where the gemeente fills the two with different desks (Amstelveen
//! carries out the kwalificatieplicht for Ouder-Amstel), the page says so once,
//! at the top, and bands the routes as if the usual desk came first: otherwise
//! that one difference would split the bands of every absence signal in two
//! and the page would no longer fit one A4. The plans themselves always name
//! the desk that stands in.

use super::desk::{Desk, short_name, target_desk};
use crate::core::map::InLang;
use crate::core::map::{ContactTarget, Map};
use crate::core::plan::{PlannedContact, Whom};
use crate::core::school::Profile;
use crate::i18n::Lang;
use serde::Serialize;

/// A role whose desk in this gemeente differs from the desk of the role it
/// stands in for.
#[derive(Debug, Clone, Serialize)]
pub struct StandIn {
    /// The name of the role that stands in, which says for whom, up to a
    /// bracket or comma ("Leerplicht voor 16- en 17-jarigen in het mbo").
    pub rol: String,
    pub eerst: Desk,
    pub in_plaats_van: Desk,
}

/// `contact` as the page bands it: the desk of the role it stands in for
/// when it is a standing-in role that gemeente `g` fills differently.
pub(super) fn usual(map: &Map, g: usize, contact: &PlannedContact) -> PlannedContact {
    let mut usual = contact.clone();
    if let Some(stand_in) = contact.role
        && let Some((role, org, _)) = replaced(map, g, stand_in)
        && contact.whom != Whom::Organisation(org)
    {
        usual.whom = Whom::Organisation(org);
        usual.role = Some(role);
    }
    usual
}

/// The role that `stand_in` replaces, the organisation gemeente `g` fills it
/// with and the one it fills `stand_in` with, if it replaces one and `g` fills
/// both, with different organisations.
fn replaced(map: &Map, g: usize, stand_in: usize) -> Option<(usize, usize, usize)> {
    let role = map.roles[stand_in].replaces?;
    let roles = &map.gemeenten[g].roles;
    let (usual, own) = (*roles.get(&role)?, *roles.get(&stand_in)?);
    (usual != own).then_some((role, usual, own))
}

/// The standing-in roles that gemeente `g` fills with another desk than the
/// role they stand in for, in the map's order of roles.
pub(super) fn of(map: &Map, g: usize, profile: Option<&Profile>, lang: Lang) -> Vec<StandIn> {
    (0..map.roles.len())
        .filter_map(|stand_in| {
            let (_, usual, own) = replaced(map, g, stand_in)?;
            Some(StandIn {
                rol: short_name(&map.roles[stand_in].naam.in_lang(lang)),
                eerst: target_desk(map, ContactTarget::Organisation(own), profile, lang),
                in_plaats_van: target_desk(map, ContactTarget::Organisation(usual), profile, lang),
            })
        })
        .collect()
}
