//! Parsed files → a resolved [`Map`], collecting every problem instead of stopping at one.
//!
//! Pure: no I/O. Checks what the engine relies on (unique ids, existing targets,
//! fields that fit the question's kind, ranges covering `min..=max` exactly once,
//! no cycles) and reports each with its file, line and column.
//!
//! The map's texts keep every language they are written in
//! ([`crate::core::words::Words`]); the reader picks one. Every text without
//! English is noted in [`Translation`], for `check` to report when the map
//! declares `en`.

mod advices;
mod questions;
mod resolver;

use crate::core::diagnostic::{Diagnostic, DiagnosticKind};
use crate::core::fast_map::FastMap;
use crate::core::ids::IdKind;
use crate::core::map::{
    Advice, Gemeente, Map, Meta, Node, Organisation, OrganisationLocations, Question, Role,
    RoleSource, Translation,
};
use crate::core::model;
use crate::core::model::RegionFile;
use crate::core::region::Region;
use crate::core::source::Location;
use crate::core::text::clean;
use crate::i18n::{self, Lang};
pub use resolver::is_valid_id;
use resolver::{Resolver, find_cycle};
use serde_saphyr::Spanned;
use std::collections::HashMap;

/// The parsed files of one map, each with the name it is shown under.
pub struct ParsedMap {
    pub meta: (String, model::MetaFile),
    pub organisations: (String, model::OrganisationsFile),
    /// The gemeenten next to the core files (the one-folder layout); `None`
    /// when region folders hold them all.
    pub gemeenten: Option<(String, model::GemeentenFile)>,
    pub questions: (String, model::QuestionsFile),
    pub advices: (String, model::AdvicesFile),
    pub regions: Vec<ParsedRegion>,
    pub checksum: String,
}

/// The parsed files of one region folder.
pub struct ParsedRegion {
    /// The folder's name.
    pub id: String,
    pub region: (String, RegionFile),
    pub organisations: Option<(String, model::OrganisationsFile)>,
    pub gemeenten: (String, model::GemeentenFile),
}

/// Resolves every reference; returns all problems found if there are any.
pub fn resolve(parsed: ParsedMap) -> Result<Map, Vec<Diagnostic>> {
    let mut r = Resolver::default();
    let (meta_file, meta) = &parsed.meta;
    // Organisations and gemeenten of the core and of every region, each with
    // its file and region (`None`: the core, or the one-folder layout).
    let mut org_files: Vec<(&str, &model::Organisation, Option<usize>)> = Vec::new();
    let mut gem_files: Vec<(&str, &model::Gemeente, Option<usize>)> = Vec::new();
    let (core_org_file, core_orgs) = &parsed.organisations;
    org_files.extend(
        core_orgs
            .organisaties
            .iter()
            .map(|o| (core_org_file.as_str(), o, None)),
    );
    if let Some((file, gems)) = &parsed.gemeenten {
        gem_files.extend(gems.gemeenten.iter().map(|g| (file.as_str(), g, None)));
    }
    for (r, region) in parsed.regions.iter().enumerate() {
        if let Some((file, orgs)) = &region.organisations {
            org_files.extend(
                orgs.organisaties
                    .iter()
                    .map(|o| (file.as_str(), o, Some(r))),
            );
        }
        let (file, gems) = &region.gemeenten;
        gem_files.extend(gems.gemeenten.iter().map(|g| (file.as_str(), g, Some(r))));
    }
    let (q_file, questions) = &parsed.questions;
    let (a_file, advices) = &parsed.advices;

    let role_index = r.index(
        IdKind::Role,
        meta.rollen
            .iter()
            .enumerate()
            .map(|(i, x)| (meta_file.as_str(), &x.id, i)),
    );
    let org_index = r.index(
        IdKind::Organisation,
        org_files
            .iter()
            .enumerate()
            .map(|(i, (file, o, _))| (*file, &o.id, i)),
    );
    // One index over every region: a gemeente in two regions is a duplicate
    // id, reported at the second with the place of the first.
    r.index(
        IdKind::Gemeente,
        gem_files
            .iter()
            .enumerate()
            .map(|(i, (file, g, _))| (*file, &g.id, i)),
    );
    // Questions and advices share one namespace: `naar` may point at either.
    let question_ids = questions.vragen.iter().enumerate();
    let question_ids = question_ids.map(|(i, q)| (q_file.as_str(), &q.id, Node::Question(i)));
    let advice_ids = advices.adviezen.iter().enumerate();
    let advice_ids = advice_ids.map(|(i, a)| (a_file.as_str(), &a.id, Node::Advice(i)));
    let nodes = r.index(IdKind::Node, question_ids.chain(advice_ids));

    if let Some(date) = &meta.datum {
        r.date(meta_file, date);
    }
    let mut declared = false;
    for code in &meta.talen {
        match i18n::Lang::from_code(&code.value) {
            Some(Lang::En) => declared = true,
            Some(Lang::Nl) => {}
            None => r.error(
                DiagnosticKind::UnknownValue {
                    value: code.value.clone(),
                    expected: vec!["nl".into(), "en".into()],
                },
                Location::of(meta_file, code),
            ),
        }
    }
    let naam = r.text(meta_file, None, "naam", &meta.naam);
    let regio = r.text(meta_file, None, "regio", &meta.regio);
    let roles: Vec<Role> =
        meta.rollen
            .iter()
            .map(|role| {
                if role.bepaald_door == RoleSource::Dossier
                    && let Some(org) = &role.buiten_de_kaart
                {
                    r.error(
                        DiagnosticKind::DossierRoleFilled {
                            role: role.id.value.clone(),
                        },
                        Location::of(meta_file, org),
                    );
                }
                let owner = Some((IdKind::Role, role.id.value.as_str()));
                Role {
                    id: role.id.value.clone(),
                    naam: r.text(meta_file, owner, "naam", &role.naam),
                    uitleg: r.optional_text(meta_file, owner, "uitleg", &role.uitleg),
                    bepaald_door: role.bepaald_door,
                    outside_map: role.buiten_de_kaart.as_ref().and_then(|org| {
                        r.reference(meta_file, IdKind::Organisation, &org_index, org)
                    }),
                    replaces: role
                        .vervangt
                        .as_ref()
                        .and_then(|other| r.reference(meta_file, IdKind::Role, &role_index, other)),
                    location: Location::of(meta_file, &role.id),
                }
            })
            .collect();
    let organisations = org_files
        .iter()
        .map(|&(org_file, o, region)| {
            for date in [&o.gecontroleerd, &o.bron_bekeken, &o.geldig_tot]
                .into_iter()
                .flatten()
            {
                r.date(org_file, date);
            }
            let text = |field: &Option<Spanned<String>>| field.as_ref().map(|f| clean(&f.value));
            let at = |field: &Option<Spanned<String>>| {
                field.as_ref().and_then(|f| Location::of(org_file, f))
            };
            let owner = Some((IdKind::Organisation, o.id.value.as_str()));
            Organisation {
                id: o.id.value.clone(),
                naam: clean(&o.naam),
                soort: r.optional_text(org_file, owner, "soort", &o.soort),
                telefoon: text(&o.telefoon),
                email: text(&o.email),
                website: text(&o.website),
                openingstijden: r.optional_text(
                    org_file,
                    owner,
                    "openingstijden",
                    &o.openingstijden,
                ),
                opmerking: r.optional_text(org_file, owner, "opmerking", &o.opmerking),
                bronnen: o.bronnen.iter().map(|b| clean(b)).collect(),
                gecontroleerd: o.gecontroleerd.as_ref().map(|d| d.value.clone()),
                bron_bekeken: o.bron_bekeken.as_ref().map(|d| d.value.clone()),
                geldig_tot: o.geldig_tot.as_ref().map(|d| d.value.clone()),
                region,
                locations: OrganisationLocations {
                    id: Location::of(org_file, &o.id),
                    telefoon: at(&o.telefoon),
                    email: at(&o.email),
                    website: at(&o.website),
                    gecontroleerd: at(&o.gecontroleerd),
                    bron_bekeken: at(&o.bron_bekeken),
                    geldig_tot: at(&o.geldig_tot),
                },
            }
        })
        .collect();
    if gem_files.is_empty() {
        let file = match (&parsed.gemeenten, parsed.regions.first()) {
            (Some((file, _)), _) => file.as_str(),
            (None, Some(region)) => region.gemeenten.0.as_str(),
            (None, None) => crate::core::source::MAP_FILES[2],
        };
        r.error(
            DiagnosticKind::NoGemeenten,
            Some(Location::whole_file(file)),
        );
    }
    let regions: Vec<Region> = parsed
        .regions
        .iter()
        .map(|region| r.region(region, &role_index))
        .collect();
    let gemeenten: Vec<Gemeente> = gem_files
        .iter()
        .map(|&(gem_file, g, region)| {
            let mut roles = FastMap::default();
            let mut role_locations = HashMap::new();
            for (role, org) in &g.rollen {
                let role_id = role;
                let role = r.reference(gem_file, IdKind::Role, &role_index, role);
                let named = Location::of(gem_file, org);
                let org = r.reference(gem_file, IdKind::Organisation, &org_index, org);
                if let Some(role) = role
                    && meta.rollen[role].bepaald_door == RoleSource::Dossier
                {
                    r.error(
                        DiagnosticKind::DossierRoleFilled {
                            role: role_id.value.clone(),
                        },
                        Location::of(gem_file, role_id),
                    );
                }
                if let (Some(role), Some(found)) = (role, org) {
                    roles.insert(role, found);
                    if let Some(location) = named {
                        role_locations.insert(role, location);
                    }
                }
            }
            Gemeente {
                id: g.id.value.clone(),
                naam: clean(&g.naam),
                roles,
                role_locations,
                region,
                location: Location::of(gem_file, &g.id),
            }
        })
        .collect();

    let all_questions = &questions.vragen;
    let questions: Vec<Question> = all_questions
        .iter()
        .map(|q| r.question(q_file, q, &nodes, all_questions))
        .collect();
    r.in_weeks = all_questions
        .iter()
        .map(|q| {
            q.eenheid
                .as_ref()
                .is_some_and(|e| e.value == model::UnitField::Known(model::Unit::Weken))
        })
        .collect();
    let advices: Vec<Advice> = advices
        .adviezen
        .iter()
        .map(|a| r.advice(a_file, a, &role_index, &org_index, &nodes, &questions))
        .collect();

    let start = match nodes.get(&meta.start.value) {
        Some(Node::Question(q)) => *q,
        Some(Node::Advice(_)) => {
            r.error(
                DiagnosticKind::StartIsNotAQuestion {
                    id: meta.start.value.clone(),
                },
                Location::of(meta_file, &meta.start),
            );
            0
        }
        None => {
            r.reference(meta_file, IdKind::Node, &nodes, &meta.start);
            0
        }
    };

    if r.diagnostics.is_empty()
        && let Some(path) = find_cycle(&questions)
    {
        let location = questions[path[0]].location.clone();
        let path = path.iter().map(|&q| questions[q].id.clone()).collect();
        r.error(DiagnosticKind::Cycle { path }, location);
    }
    if !r.diagnostics.is_empty() {
        return Err(r.diagnostics);
    }
    // A question that takes another's text (`antwoord_van`) notes it again.
    r.missing.sort_by(|a, b| a.location.cmp(&b.location));
    r.missing
        .dedup_by(|a, b| a.location.is_some() && a.location == b.location);
    let gemeente_lookup = crate::core::map::gemeente_lookup(&gemeenten);
    let routing = crate::core::map::routing(&questions);
    Ok(Map {
        translation: Translation {
            declared,
            location: meta
                .talen
                .first()
                .and_then(|t| Location::of(meta_file, t))
                .or_else(|| Some(Location::whole_file(meta_file))),
            has_english: r.has_english,
            missing: r.missing,
        },
        meta: Meta {
            naam,
            regio,
            versie: clean(&meta.versie),
            datum: meta.datum.as_ref().map(|d| d.value.clone()),
            checksum: parsed.checksum,
        },
        start,
        questions,
        advices,
        organisations,
        roles,
        gemeenten,
        regions,
        outside_domain: r.outside_domain,
        nodes: crate::core::map::node_index(&nodes),
        gemeente_lookup,
        routing,
    })
}

impl Resolver {
    /// A region's name, notes and role notes.
    fn region(&mut self, parsed: &ParsedRegion, roles: &FastMap<String, usize>) -> Region {
        let (file, region) = &parsed.region;
        let owner = Some((IdKind::Region, parsed.id.as_str()));
        let mut role_notes = HashMap::new();
        for (role, note) in &region.rollen {
            let note = self.text(file, owner, "rollen", note);
            if let Some(role) = self.reference(file, IdKind::Role, roles, role) {
                role_notes.insert(role, note);
            }
        }
        Region {
            id: parsed.id.clone(),
            naam: self.text(file, owner, "naam", &region.naam),
            uitleg: self.optional_text(file, owner, "uitleg", &region.uitleg),
            bronnen: region.bronnen.iter().map(|b| clean(b)).collect(),
            role_notes,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::compile::from_sources;
    use crate::core::map::{Node, QuestionKind};

    use crate::core::klein::VRAGEN;

    /// The fixture map `klein` with its own `vragen.yaml`.
    fn load(vragen: &str) -> Result<Map, Vec<Diagnostic>> {
        from_sources(&crate::core::klein::sources(vragen))
    }

    fn errors(vragen: &str) -> Vec<Diagnostic> {
        load(vragen).expect_err("the map does not resolve")
    }

    #[test]
    fn every_reference_becomes_an_index() {
        let map = load(VRAGEN).unwrap();
        let zorg = map.question_index("zorg").unwrap();
        let gevaar = map.question_index("gevaar-nu").unwrap();
        let QuestionKind::MultiChoice(choices) = &map.questions[zorg].kind else {
            panic!("zorg is a multiple choice");
        };
        let values: Vec<&str> = choices.iter().map(|c| c.value.as_str()).collect();
        assert_eq!(values, ["gevaar", "uren", "hulp"]);
        assert_eq!(choices[0].next, vec![Node::Question(gevaar)]);
        let hulp = map
            .advices
            .iter()
            .position(|a| a.id == "advies-hulp")
            .unwrap();
        assert_eq!(choices[2].next, vec![Node::Advice(hulp)]);
    }

    #[test]
    fn an_unknown_target_names_the_closest_id_at_its_line() {
        let found = errors(&VRAGEN.replacen("naar: uren", "naar: urne", 1));
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(
            found[0].kind,
            DiagnosticKind::UnknownReference {
                kind: IdKind::Node,
                id: "urne".into(),
                suggestion: Some("uren".into()),
            }
        );
        let location = found[0].location.as_ref().unwrap();
        assert_eq!(location.file, "vragen.yaml");
        let line = VRAGEN
            .lines()
            .position(|l| l.contains("naar: uren"))
            .unwrap()
            + 1;
        assert_eq!(location.line as usize, line);
    }

    #[test]
    fn a_loop_of_questions_is_reported_with_the_whole_circle() {
        let found = errors(&VRAGEN.replacen("ja: advies-spoed", "ja: zorg", 1));
        let cycles: Vec<&Vec<String>> = found
            .iter()
            .filter_map(|d| match &d.kind {
                DiagnosticKind::Cycle { path } => Some(path),
                _ => None,
            })
            .collect();
        assert_eq!(cycles.len(), 1, "{found:?}");
        assert!(cycles[0].contains(&"zorg".to_string()), "{cycles:?}");
        assert!(cycles[0].contains(&"gevaar-nu".to_string()), "{cycles:?}");
    }

    #[test]
    fn a_number_with_no_range_is_an_error() {
        let found = errors(&VRAGEN.replacen("tot_en_met: 15", "tot_en_met: 14", 1));
        assert!(
            found.iter().any(|d| d.kind
                == DiagnosticKind::RangeGap {
                    question: "uren".into(),
                    value: 15
                }),
            "{found:?}"
        );
    }

    #[test]
    fn an_id_is_a_plain_token() {
        for good in ["gevaar-nu", "a", "v1.2_x", "0800"] {
            assert!(is_valid_id(good), "{good}");
        }
        for bad in ["", "-a", "a b", "a,b", "a=b", "café", "a\u{1b}[2J"] {
            assert!(!is_valid_id(bad), "{bad:?}");
        }
    }
}
