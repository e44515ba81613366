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
use crate::core::answer::{self, Answer};
use crate::core::engine::Session;
use crate::core::map::{GemeenteKind, Map, QuestionKind};
use crate::core::plan::{Plan, Whom};
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
const DATE: &str = "2026-11-23";
/// Gemeenten per region (veilig thuis, GGD, samenwerkingsverbanden, dyslexiezorg,
/// RMC): 342 gemeenten make 38 region folders, about as many as the country's
/// youth care regions.
const REGION: usize = 9;
/// Signals with a generated branch; the signal question has two more.
const BRANCHES: usize = 8;
/// The role each generated branch names in every advice, by branch.
const BRANCH_ROLES: [&str; BRANCHES] = [
    "jeugdhulp",
    "welzijn",
    "jeugdarts",
    "swv-po",
    "swv-vo",
    "dyslexiezorg",
    "rmc",
    "leerplicht",
];
const URGENCIES: [&str; 3] = ["vandaag", "deze-week", "regulier"];

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

fn meta() -> String {
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
fn directory(gemeenten: usize) -> (String, Vec<(String, String)>) {
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
fn phone(n: usize) -> String {
    let digits = format!("{:09}", 200_000_000 + n % 700_000_000);
    format!(
        "0{} {} {} {}",
        &digits[..2],
        &digits[2..5],
        &digits[5..7],
        &digits[7..]
    )
}

/// One advice as YAML: its contacts are `(rol or organisatie, id, urgency)`.
fn advice(out: &mut String, id: &str, titel: &str, contacts: &[(&str, &str, &str)]) {
    let _ = writeln!(
        out,
        "  - id: {id}\n    titel: {titel}\n    uitleg: >-\n      Gegenereerd advies {id}. Het plan noemt wie u belt, hoe snel, en wat u\n      voorbereidt.\n    contacten:"
    );
    for (by, who, urgency) in contacts {
        let _ = writeln!(
            out,
            "      - {by}: {who}\n        urgentie: {urgency}\n        waarom: Omdat advies {id} dit contact noemt"
        );
    }
    let _ = writeln!(
        out,
        "    stappen:\n      - Bespreek de zorg met de ouders.\n      - Neem contact op en leg vast wat is afgesproken.\n      - Plan een evaluatie over zes weken.\n    voorbereiden:\n      - Uw zorgen in feiten, met data\n      - Toestemming van de ouders om informatie te delen\n    grondslag:\n      - Gegenereerde wet, artikel 1\n    bronnen:\n      - https://wetten.example/{id}"
    );
}

/// A generated question of a branch.
struct Generated {
    id: String,
    /// How many answers it has (the slots its targets fill).
    answers: usize,
    /// 0 choice, 1 yes/no, 2 number, 3 by `leeftijd`, 4 by `schoolsoort`, 5 `schoolsoort` itself.
    kind: usize,
}

/// `vragen.yaml` and `adviezen.yaml`, about `nodes` questions and advices together.
fn questions(nodes: usize) -> (String, String) {
    let mut q = String::from(
        "vragen:
  - id: school
    soort: schoolgemeente
    tekst: In welke gemeente staat de school?
    naar: woon
  - id: woon
    soort: woongemeente
    tekst: In welke gemeente woont de leerling?
    naar: al-betrokken
  - id: al-betrokken
    soort: janee
    tekst: Is er al een casusregisseur betrokken?
    ja: [regisseur, signaal]
    nee: signaal
  - id: signaal
    soort: meerkeuze
    tekst: Waar maakt u zich zorgen over? Kies alles wat past.
    opties:
      - waarde: veiligheid
        label: Veiligheid thuis
        naar: gevaar
      - waarde: verzuim
        label: Verzuim
        naar: uren
",
    );
    for (k, role) in BRANCH_ROLES.iter().enumerate() {
        let root = if k == 0 {
            "schoolsoort".to_string()
        } else {
            format!("k{k}v0")
        };
        let _ = writeln!(
            q,
            "      - waarde: s{k}\n        label: Signaal {k} ({role})\n        naar: {root}"
        );
    }
    q.push_str(
        "  - id: gevaar
    soort: janee
    tekst: Is de leerling nu in direct gevaar?
    ja: acuut
    nee: meldcode
  - id: uren
    soort: getal
    tekst: Hoeveel uur ongeoorloofd verzuim in de laatste 4 lesweken?
    eenheid: uur
    min: 0
    max: 1000
    bereiken:
      - {van: 0, tot_en_met: 15, naar: uren-laag}
      - {van: 16, tot_en_met: 1000, naar: leeftijd}
  - id: leeftijd
    soort: getal
    tekst: Hoe oud is de leerling?
    eenheid: jaar
    hoger_is_urgenter: false
    min: 0
    max: 30
    bereiken:
      - {van: 0, tot_en_met: 4, naar: nog-niet}
      - {van: 5, tot_en_met: 15, naar: melden}
      - {van: 16, tot_en_met: 17, naar: startkwalificatie}
      - {van: 18, tot_en_met: 30, naar: geen-plicht}
  - id: startkwalificatie
    soort: janee
    tekst: Heeft de leerling een startkwalificatie?
    ja: geen-plicht
    nee: melden
  - id: uren-laag
    soort: getal
    antwoord_van: leeftijd
    bereiken:
      - {van: 0, tot_en_met: 4, naar: nog-niet}
      - {van: 5, tot_en_met: 17, naar: gesprek}
      - {van: 18, tot_en_met: 30, naar: geen-plicht}
",
    );
    // The fixed advices: id, title, contacts.
    type Fixed = (
        &'static str,
        &'static str,
        &'static [(&'static str, &'static str, &'static str)],
    );
    const FIXED: [Fixed; 7] = [
        (
            "regisseur",
            "Stem eerst af met de regisseur",
            &[("rol", "betrokken-hulpverlener", "vandaag")],
        ),
        (
            "acuut",
            "Acuut gevaar, bel 112",
            &[
                ("organisatie", "alarmnummer-112", "acuut"),
                ("rol", "veilig-thuis", "vandaag"),
            ],
        ),
        (
            "meldcode",
            "Volg de meldcode",
            &[("rol", "veilig-thuis", "deze-week")],
        ),
        (
            "nog-niet",
            "Nog niet leerplichtig",
            &[("rol", "jeugdarts", "regulier")],
        ),
        (
            "gesprek",
            "Gesprek over verzuim",
            &[("rol", "leerplicht", "regulier")],
        ),
        (
            "melden",
            "Meld het verzuim",
            &[
                ("organisatie", "duo-verzuim", "deze-week"),
                ("rol", "leerplicht", "deze-week"),
            ],
        ),
        (
            "geen-plicht",
            "Geen leerplicht meer",
            &[("rol", "welzijn", "regulier")],
        ),
    ];
    let mut a = String::from("adviezen:\n");
    for (id, titel, contacts) in FIXED {
        advice(&mut a, id, titel, contacts);
    }
    let fixed = 9 + FIXED.len();
    let per_branch = (nodes.saturating_sub(fixed) / BRANCHES).max(4);
    for k in 0..BRANCHES {
        branch(&mut q, &mut a, k, per_branch / 2);
    }
    (q, a)
}

/// Generated branch `k`: `count` questions in levels, each level at most
/// twice as wide as the one above, so questions share parents (a DAG); its
/// answers lead to the next level, the first answer of every other question
/// also to an advice, and the last level to advices only.
fn branch(q: &mut String, a: &mut String, k: usize, count: usize) {
    let mut levels: Vec<Vec<Generated>> = Vec::new();
    let mut made = 0;
    while made < count {
        let width = (1usize << levels.len()).min(count - made);
        let level = (0..width)
            .map(|i| {
                let j = made + i;
                // Branch 0 starts at the real `schoolsoort`, which others route by.
                let kind = if k == 0 && j == 0 { 5 } else { j % 5 };
                Generated {
                    id: if kind == 5 {
                        "schoolsoort".into()
                    } else {
                        format!("k{k}v{j}")
                    },
                    answers: [3, 2, 3, 3, 3, 3][kind],
                    kind,
                }
            })
            .collect();
        made += width;
        levels.push(level);
    }
    // Count the advice slots first, so that every advice is reached.
    let last = levels.len() - 1;
    let slots: usize = levels
        .iter()
        .enumerate()
        .flat_map(|(l, level)| level.iter().enumerate().map(move |(i, g)| (l, i, g)))
        .map(|(l, i, g)| if l == last { g.answers } else { i % 2 })
        .sum();
    let advices = count.min(slots).max(1);
    let mut next_advice = 0;
    let mut advice_id = || {
        let id = format!("k{k}a{}", next_advice % advices);
        next_advice += 1;
        id
    };
    for (l, level) in levels.iter().enumerate() {
        let mut next_question = 0;
        for (i, g) in level.iter().enumerate() {
            let targets: Vec<String> = (0..g.answers)
                .map(|t| {
                    if l == last {
                        return advice_id();
                    }
                    let below = &levels[l + 1];
                    let next = below[next_question % below.len()].id.clone();
                    next_question += 1;
                    if t == 0 && i % 2 == 1 {
                        format!("[{}, {next}]", advice_id())
                    } else {
                        next
                    }
                })
                .collect();
            write_question(q, k, g, &targets);
        }
    }
    let role = BRANCH_ROLES[k];
    for i in 0..advices {
        let urgency = URGENCIES[(i * 7 + k) % 3];
        let id = format!("k{k}a{i}");
        let titel = format!("Advies {i} bij signaal {k}");
        if i % 5 == 0 {
            advice(
                a,
                &id,
                &titel,
                &[
                    ("rol", role, urgency),
                    ("organisatie", "onderwijsconsulenten", "regulier"),
                ],
            );
        } else {
            advice(a, &id, &titel, &[("rol", role, urgency)]);
        }
    }
}

fn write_question(q: &mut String, k: usize, g: &Generated, targets: &[String]) {
    let id = &g.id;
    let options = |q: &mut String, values: &[&str], labels: bool| {
        q.push_str("    opties:\n");
        for (value, target) in values.iter().zip(targets) {
            let _ = writeln!(q, "      - waarde: {value}");
            if labels {
                let _ = writeln!(q, "        label: Antwoord {value} op {id}");
            }
            let _ = writeln!(q, "        naar: {target}");
        }
    };
    let ranges = |q: &mut String, bounds: &[(i64, i64)]| {
        q.push_str("    bereiken:\n");
        for ((from, to), target) in bounds.iter().zip(targets) {
            let _ = writeln!(
                q,
                "      - van: {from}\n        tot_en_met: {to}\n        naar: {target}"
            );
        }
    };
    let _ = writeln!(q, "  - id: {id}");
    match g.kind {
        0 => {
            let _ = writeln!(
                q,
                "    soort: keuze\n    tekst: Keuzevraag {id} bij signaal {k}?\n    uitleg: Kies wat het best past."
            );
            options(q, &["a", "b", "c"], true);
        }
        1 => {
            let _ = writeln!(
                q,
                "    soort: janee\n    tekst: Ja/nee-vraag {id} bij signaal {k}?\n    ja: {}\n    nee: {}",
                targets[0], targets[1]
            );
        }
        2 => {
            let _ = writeln!(
                q,
                "    soort: getal\n    tekst: Hoe vaak is {id} gebeurd?\n    eenheid: keer\n    hoger_is_urgenter: false\n    min: 0\n    max: 100"
            );
            ranges(q, &[(0, 9), (10, 49), (50, 100)]);
        }
        3 => {
            q.push_str("    soort: getal\n    antwoord_van: leeftijd\n");
            ranges(q, &[(0, 11), (12, 17), (18, 30)]);
        }
        4 => {
            q.push_str("    soort: keuze\n    antwoord_van: schoolsoort\n");
            options(q, &["po", "vo", "mbo"], false);
        }
        _ => {
            q.push_str("    soort: keuze\n    tekst: Wat voor school is het?\n");
            options(q, &["po", "vo", "mbo"], true);
        }
    }
}

fn rules() -> String {
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

/// A small, seeded generator (SplitMix64): the same scenarios every run.
struct Random(u64);

impl Random {
    fn below(&mut self, n: usize) -> usize {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^= z >> 31;
        (z % n.max(1) as u64) as usize
    }
}

/// `count` scenarios: random complete routes through `map`, with the advices
/// and first contact the engine plans for each.
fn scenarios(map: &Map, count: usize) -> String {
    let mut random = Random(0x5eed);
    let mut text = String::from("scenarios:\n");
    for s in 0..count {
        let mut answers: Vec<(usize, Answer)> = Vec::new();
        let walk = loop {
            let walk = Session::with_answers(map, answers.clone()).walk();
            let Some(q) = walk.next else { break walk };
            answers.push((q, random_answer(map, q, &mut random)));
        };
        let plan = Plan::build(map, &walk);
        let _ = write!(text, "  - naam: scenario {s}\n    antwoorden: {{");
        for (i, step) in walk.steps.iter().enumerate() {
            let question = &map.questions[step.question];
            let value = answer::to_text(map, question, &step.answer);
            let value = match step.answer {
                Answer::Choices(_) => format!("[{value}]"),
                _ => value,
            };
            let comma = if i == 0 { "" } else { ", " };
            let _ = write!(text, "{comma}{}: {value}", question.id);
        }
        let advices: Vec<&str> = plan
            .advices
            .iter()
            .map(|a| map.advices[a.advice].id.as_str())
            .collect();
        let _ = write!(
            text,
            "}}\n    verwacht: {{adviezen: [{}]",
            advices.join(", ")
        );
        let first = plan.contacts.first().and_then(|c| match c.whom {
            Whom::Organisation(o) => Some(map.organisations[o].id.as_str()),
            Whom::FromDossier(r) => Some(map.roles[r].id.as_str()),
            Whom::Unresolved { .. } => None,
        });
        if let Some(first) = first {
            let _ = write!(text, ", eerste_contact: {first}");
        }
        text.push_str("}\n");
    }
    text
}

/// A random valid answer to question `q`: most scenarios have one signal,
/// some two or three; a few pupils live outside the map.
fn random_answer(map: &Map, q: usize, random: &mut Random) -> Answer {
    match &map.questions[q].kind {
        QuestionKind::Choice(choices) => Answer::Choice(random.below(choices.len())),
        QuestionKind::MultiChoice(choices) => {
            let wanted = match random.below(20) {
                0 => 3,
                1..=5 => 2,
                _ => 1,
            };
            let mut chosen: Vec<usize> = Vec::new();
            while chosen.len() < wanted.min(choices.len()) {
                let c = random.below(choices.len());
                if !chosen.contains(&c) {
                    chosen.push(c);
                }
            }
            chosen.sort_unstable();
            Answer::Choices(chosen)
        }
        QuestionKind::Number { ranges, .. } => {
            let range = &ranges[random.below(ranges.len())];
            let width = usize::try_from(range.to - range.from).unwrap_or(0) + 1;
            Answer::Number(range.from + random.below(width) as i64)
        }
        QuestionKind::YesNo { .. } => Answer::YesNo(random.below(2) == 0),
        QuestionKind::Gemeente { kind, .. } => {
            let outside = *kind == GemeenteKind::Woongemeente && random.below(50) == 0;
            Answer::Gemeente((!outside).then(|| random.below(map.gemeenten.len())))
        }
    }
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
