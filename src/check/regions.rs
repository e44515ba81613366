//! Region checks: a region names only its own organisations and national
//! ones. A gemeente that borrows another region's organisation ties the two
//! folders together, so `check --regio` on it alone no longer loads, and an
//! edit in one region silently changes the other's plans.

use crate::core::diagnostic::Diagnostic;
use crate::core::finding::Finding;
use crate::core::map::Map;

/// Reports each role that a gemeente of one region fills with an
/// organisation defined in another region's `organisaties.yaml`, at the place
/// in `gemeenten.yaml` where it is named. Pure.
pub fn foreign_organisations(map: &Map, out: &mut Vec<Diagnostic>) {
    for gemeente in &map.gemeenten {
        let Some(region) = gemeente.region else {
            continue;
        };
        let mut roles: Vec<(&usize, &usize)> = gemeente.roles.iter().collect();
        roles.sort();
        for (&role, &org) in roles {
            let organisation = &map.organisations[org];
            let Some(other) = organisation.region.filter(|&other| other != region) else {
                continue;
            };
            out.push(Diagnostic::finding(
                Finding::ForeignOrganisation {
                    gemeente: gemeente.id.clone(),
                    role: map.roles[role].id.clone(),
                    organisation: organisation.id.clone(),
                    region: map.regions[region].id.clone(),
                    other: map.regions[other].id.clone(),
                },
                gemeente
                    .role_locations
                    .get(&role)
                    .cloned()
                    .or_else(|| gemeente.location.clone()),
            ));
        }
    }
}
