//! A synthetic map shaped like a national one, for benchmarks: many gemeenten
//! with their roles, a wide question DAG with shared subtrees, rules and
//! scenarios. Deterministic: the same size gives the same files.
//!
//! The shape follows the shipped map. The two gemeente questions and "already
//! involved" come first, then a multiple-choice signal question. Two signals
//! are fixed (safety at home, with 112 first on acute danger; absence, by hours
//! and age); every other signal leads into a generated branch of questions in
//! levels, where each level has fewer questions than answers above it, so
//! subtrees are shared. The branches' questions are choices, yes/no, numbers,
//! and questions that route by the answer to `leeftijd` or `schoolsoort`
//! (`antwoord_van`). The scenarios are random complete routes; what they expect
//! is what the engine plans for them, as `check --bless` would keep it.

use super::chain::Files;
use super::national_questions::{BRANCH_ROLES, questions};
use super::national_scenarios::scenarios;
use crate::core::source::SourceFile;
use std::fmt::Write;

/// How large a map to generate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Size {
    pub gemeenten: usize,
    /// Questions and advices together, roughly.
    pub nodes: usize,
    pub scenarios: usize,
}

impl Size {
    /// About the size of the shipped map: 5 gemeenten, ~90 questions and advices, 80 scenarios.
    pub const SHIPPED: Size = Size {
        gemeenten: 5,
        nodes: 90,
        scenarios: 80,
    };
    /// All 342 gemeenten, ~2,000 questions and advices, 10,000 scenarios.
    pub const NATIONAL: Size = Size {
        gemeenten: 342,
        nodes: 2_000,
        scenarios: 10_000,
    };
    /// Ten times national in every dimension.
    pub const NATIONAL_10X: Size = Size {
        gemeenten: 3_420,
        nodes: 20_000,
        scenarios: 100_000,
    };

    /// A named size: `shipped`, `national` or `national10`.
    pub fn named(name: &str) -> Option<Size> {
        match name {
            "shipped" => Some(Size::SHIPPED),
            "national" => Some(Size::NATIONAL),
            "national10" => Some(Size::NATIONAL_10X),
            _ => None,
        }
    }
}

/// The date of the map and of every `gecontroleerd`.
pub(super) const DATE: &str = "2026-11-23";
/// Gemeenten per region (veilig thuis, GGD, samenwerkingsverbanden, dyslexiezorg,
/// RMC): 342 gemeenten make 38 region folders, about as many as the country's
/// youth care regions.
pub(super) const REGION: usize = 9;

/// A national-style map of `size` in the layout with region folders: the
/// national core (questions, advices, rules, national organisations) and one
/// folder `regios/rNN/` per [`REGION`] gemeenten, with `regels.yaml` and
/// `scenarios.yaml`.
pub fn national(size: Size) -> Files {
    let gemeenten = size.gemeenten.max(1);
    let (organisaties, regions) = directory(gemeenten);
    let (vragen, adviezen) = questions(size.nodes);
    let mut files: Files = vec![
        ("routekaart.yaml".into(), meta()),
        ("organisaties.yaml".into(), organisaties),
        ("vragen.yaml".into(), vragen),
        ("adviezen.yaml".into(), adviezen),
    ];
    let width = regions.len().to_string().len().max(2);
    for (r, (orgs, gemeenten)) in regions.into_iter().enumerate() {
        let folder = format!("regios/r{r:0width$}");
        files.push((
            format!("{folder}/regio.yaml"),
            format!(
                "naam: Regio {r}
"
            ),
        ));
        files.push((format!("{folder}/organisaties.yaml"), orgs));
        files.push((format!("{folder}/gemeenten.yaml"), gemeenten));
    }
    let sources: Vec<SourceFile> = files
        .iter()
        .map(|(name, text)| SourceFile::new(name.as_str(), text.as_str()))
        .collect();
    let map = crate::core::compile::from_sources(&sources)
        .unwrap_or_else(|d| panic!("the generated map does not load: {d:?}"));
    files.push(("regels.yaml".into(), rules()));
    files.push(("scenarios.yaml".into(), scenarios(&map, size.scenarios)));
    files
}

pub(super) fn meta() -> String {
    let roles = [
        ("leerplicht", "woongemeente"),
        ("rmc", "woongemeente"),
        ("jeugdhulp", "woongemeente"),
        ("welzijn", "woongemeente"),
        ("dyslexiezorg", "woongemeente"),
        ("veilig-thuis", "woongemeente"),
        ("jeugdarts", "schoolgemeente"),
        ("swv-po", "schoolgemeente"),
        ("swv-vo", "schoolgemeente"),
        ("betrokken-hulpverlener", "dossier"),
    ];
    let mut text = format!(
        "naam: Synthetische landelijke routekaart\nregio: Nederland (gegenereerd)\nversie: 1.0.0\ndatum: {DATE}\nstart: school\nrollen:\n"
    );
    for (id, by) in roles {
        let _ = writeln!(
            text,
            "  - id: {id}\n    naam: Rol {id}\n    uitleg: Wie deze rol vervult, hangt af van de {by}.\n    bepaald_door: {by}"
        );
        if id == "veilig-thuis" {
            text.push_str("    buiten_de_kaart: veilig-thuis-landelijk\n");
        }
    }
    text
}

/// The national `organisaties.yaml`, and per region its `organisaties.yaml`
/// and `gemeenten.yaml`: per gemeente its own leerplicht, jeugdhulp and
/// welzijn (in some gemeenten one organisation fills two roles), regional
/// organisations shared by the region's [`REGION`] gemeenten, and a few
/// national ones in the core.
pub(super) fn directory(gemeenten: usize) -> (String, Vec<(String, String)>) {
    let mut national = String::from("organisaties:\n");
    let mut count = 0;
    // Without a number of its own, an organisation gets a generated one.
    let mut org = |orgs: &mut String, id: &str, naam: &str, telefoon: Option<&str>| {
        count += 1;
        let telefoon = telefoon.map_or_else(|| phone(count), str::to_string);
        let _ = writeln!(
            orgs,
            "  - id: {id}\n    naam: {naam}\n    soort: gegenereerd\n    telefoon: {telefoon}\n    email: info@{id}.example\n    website: https://{id}.example\n    openingstijden: werkdagen 9-17 uur\n    bronnen:\n      - https://{id}.example/contact\n    gecontroleerd: {DATE}"
        );
    };
    for (id, naam, telefoon) in [
        ("alarmnummer-112", "Alarmnummer 112", "\"112\""),
        ("duo-verzuim", "DUO, verzuim melden", "050 599 77 55"),
        (
            "veilig-thuis-landelijk",
            "Veilig Thuis (landelijk)",
            "0800-2000",
        ),
        (
            "onderwijsconsulenten",
            "Onderwijsconsulenten",
            "070 312 28 87",
        ),
    ] {
        org(&mut national, id, naam, Some(telefoon));
    }
    let width = gemeenten.to_string().len().max(3);
    let regions = gemeenten.div_ceil(REGION);
    let mut folders: Vec<(String, String)> = (0..regions)
        .map(|_| ("organisaties:\n".to_string(), "gemeenten:\n".to_string()))
        .collect();
    for (r, (orgs, _)) in folders.iter_mut().enumerate() {
        for kind in ["veilig-thuis", "ggd", "swv-po", "swv-vo", "dyslexie"] {
            let id = format!("{kind}-r{r}");
            org(orgs, &id, &format!("{kind} regio {r}"), None);
        }
        // A regional RMC only where a gemeente of the region uses it (see below).
        if (r * REGION..((r + 1) * REGION).min(gemeenten)).any(|g| g % 3 != 0) {
            let id = format!("rmc-r{r}");
            org(orgs, &id, &format!("RMC regio {r}"), None);
        }
    }
    for g in 0..gemeenten {
        let id = format!("g{g:0width$}");
        let r = g / REGION;
        let (orgs, yaml) = &mut folders[r];
        for kind in ["leerplicht", "jeugdhulp"] {
            let org_id = format!("{kind}-{id}");
            org(orgs, &org_id, &format!("{kind} gemeente {g}"), None);
        }
        // Every fourth gemeente lets its jeugdhulp team do welzijn too; every
        // third has leerplicht do the RMC: roles that share an organisation.
        let welzijn = if g % 4 == 0 {
            format!("jeugdhulp-{id}")
        } else {
            let org_id = format!("welzijn-{id}");
            org(orgs, &org_id, &format!("welzijn gemeente {g}"), None);
            org_id
        };
        let rmc = if g % 3 == 0 {
            format!("leerplicht-{id}")
        } else {
            format!("rmc-r{r}")
        };
        let _ = writeln!(
            yaml,
            "  - id: {id}\n    naam: Gemeente {g}\n    rollen:\n      leerplicht: leerplicht-{id}\n      rmc: {rmc}\n      jeugdhulp: jeugdhulp-{id}\n      welzijn: {welzijn}\n      dyslexiezorg: dyslexie-r{r}\n      veilig-thuis: veilig-thuis-r{r}\n      jeugdarts: ggd-r{r}\n      swv-po: swv-po-r{r}\n      swv-vo: swv-vo-r{r}"
        );
    }
    (national, folders)
}

/// A valid Dutch number, different for each `n`: 10 digits from 0.
pub(super) fn phone(n: usize) -> String {
    let digits = format!("{:09}", 200_000_000 + n % 700_000_000);
    format!(
        "0{} {} {} {}",
        &digits[..2],
        &digits[2..5],
        &digits[5..7],
        &digits[7..]
    )
}

pub(super) fn rules() -> String {
    let mut text = String::from(
        "regels:
  - id: acuut-gevaar-eerst-112
    naam: Bij acuut gevaar is 112 het eerste contact, daarna Veilig Thuis
    als:
      signaal: veiligheid
      gevaar: ja
    dan:
      eerste_contact: alarmnummer-112
      contacten: [veilig-thuis]
      urgentie: acuut
  - id: veiligheid-veilig-thuis
    naam: Elke zorg over veiligheid brengt Veilig Thuis in het plan
    als:
      signaal: veiligheid
    dan:
      contacten: [veilig-thuis]
  - id: verzuim-16-uur
    naam: Bij 16 uur verzuim van een leerplichtige meldt de school bij DUO
    als:
      uren: {van: 16}
      leeftijd: {van: 5, tot_en_met: 15}
    dan:
      contacten: [duo-verzuim, leerplicht]
      adviezen: [melden]
      urgentie: deze-week
  - id: verzuim-niet-te-vroeg
    naam: Een kind van 4 wordt niet bij leerplicht gemeld
    als:
      signaal: {niet: [s6, s7]}
      leeftijd: {tot_en_met: 4}
    dan:
      niet: [duo-verzuim, leerplicht]
",
    );
    for (k, role) in BRANCH_ROLES.iter().enumerate() {
        let _ = writeln!(
            text,
            "  - id: signaal-{k}-{role}\n    naam: Signaal {k} brengt de rol {role} in het plan\n    als:\n      signaal: s{k}\n    dan:\n      contacten: [{role}]"
        );
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_are_as_asked_and_the_same_every_time() {
        let size = Size {
            gemeenten: 25,
            nodes: 400,
            scenarios: 50,
        };
        let files = national(size);
        assert_eq!(files, national(size));
        let sources: Vec<SourceFile> = files
            .iter()
            .map(|(name, text)| SourceFile::new(name.as_str(), text.as_str()))
            .collect();
        let map = crate::core::compile::from_sources(&sources).unwrap();
        assert_eq!(map.gemeenten.len(), 25);
        assert_eq!(map.regions.len(), 25usize.div_ceil(REGION));
        let nodes = map.questions.len() + map.advices.len();
        assert!(
            (350..=450).contains(&nodes),
            "{nodes} questions and advices"
        );
        let scenarios = &files
            .iter()
            .find(|(n, _)| *n == "scenarios.yaml")
            .unwrap()
            .1;
        assert_eq!(scenarios.matches("  - naam: ").count(), 50);
        // Subtrees are shared: some question has more than one parent.
        let mut parents = vec![0; map.questions.len()];
        for question in &map.questions {
            let mut next = crate::core::map::successors(question);
            next.sort_unstable();
            next.dedup();
            for node in next {
                if let crate::core::map::Node::Question(q) = node {
                    parents[q] += 1;
                }
            }
        }
        assert!(parents.iter().any(|&p| p > 1));
    }
}
