//! Generated maps of the shapes that once made `check` slow or wrong (issue
//! 14): answers shared between branches, answers asked again through
//! `antwoord_van`, many optional advices with an `eerste_contact` rule, and
//! gemeenten whose organisations fill several roles in varied patterns. Each
//! shape stays small in YAML while the number of routes explodes, so a prover
//! that enumerates answer combinations shows up as an exponential. Nothing
//! here is real data: names and websites are fictional (`.example`).

use super::{Files, Size, national};
use std::fmt::Write;

/// The `routekaart.yaml` of the small shapes: one role, filled per woongemeente.
const META: &str = "naam: Vijandige vorm\nregio: Test\nversie: '1'\nstart: school\nrollen:\n  - id: hulp\n    naam: Hulp\n    bepaald_door: woongemeente\n";
/// The two gemeente questions; the second leads to `first`.
fn gemeente_questions(first: &str) -> String {
    format!(
        "vragen:\n  - id: school\n    soort: schoolgemeente\n    tekst: School?\n    naar: woon\n  - id: woon\n    soort: woongemeente\n    tekst: Woon?\n    naar: {first}\n"
    )
}

fn organisation(out: &mut String, id: &str) {
    let _ = writeln!(
        out,
        "  - id: {id}\n    naam: Organisatie {id}\n    website: https://{id}.example\n    gecontroleerd: 2026-01-15"
    );
}

/// An advice with one contact.
fn advice(out: &mut String, id: &str, contact: &str, urgency: &str) {
    let _ = writeln!(
        out,
        "  - id: {id}\n    titel: Advies {id}\n    contacten:\n      - {contact}\n        urgentie: {urgency}\n    stappen: [Bel.]\n    grondslag: [Wet]"
    );
}

/// The files of a small shape, with `hulp-a` for the one gemeente's role.
fn small(vragen: String, adviezen: String, mut organisaties: String, regels: String) -> Files {
    organisation(&mut organisaties, "hulp-a");
    vec![
        ("routekaart.yaml", META.to_string()),
        ("organisaties.yaml", organisaties),
        (
            "gemeenten.yaml",
            "gemeenten:\n  - id: a\n    naam: A\n    rollen:\n      hulp: hulp-a\n".to_string(),
        ),
        ("vragen.yaml", vragen),
        ("adviezen.yaml", adviezen),
        ("regels.yaml", regels),
    ]
    .into_iter()
    .map(|(name, text)| (name.to_string(), text))
    .collect()
}

/// A 30-option multiple-choice signal question whose branches all end in the
/// same `closing` yes/no questions, each "ja" adding an advice: every closing
/// question is reached through every chosen signal, so its answer is shared.
/// The rules hold.
pub fn signal(closing: usize) -> Files {
    const OPTIONS: usize = 30;
    let closing = closing.max(1);
    let mut vragen = gemeente_questions("signaal");
    vragen.push_str("  - id: signaal\n    soort: meerkeuze\n    tekst: Signaal?\n    opties:\n");
    let (mut adviezen, mut organisaties) =
        (String::from("adviezen:\n"), String::from("organisaties:\n"));
    for i in 0..OPTIONS {
        let _ = writeln!(
            vragen,
            "      - waarde: s{i}\n        label: Signaal {i}\n        naar: [advies-s{i}, slot-1]"
        );
        advice(
            &mut adviezen,
            &format!("advies-s{i}"),
            &format!("organisatie: org-s{i}"),
            "regulier",
        );
        organisation(&mut organisaties, &format!("org-s{i}"));
    }
    for k in 1..=closing {
        let next = if k == closing {
            "einde".to_string()
        } else {
            format!("slot-{}", k + 1)
        };
        let _ = writeln!(
            vragen,
            "  - id: slot-{k}\n    soort: janee\n    tekst: Afsluitende vraag {k}?\n    ja: [advies-slot-{k}, {next}]\n    nee: {next}"
        );
        advice(
            &mut adviezen,
            &format!("advies-slot-{k}"),
            &format!("organisatie: org-slot-{k}"),
            "deze-week",
        );
        organisation(&mut organisaties, &format!("org-slot-{k}"));
    }
    advice(&mut adviezen, "einde", "rol: hulp", "vandaag");
    let middle = closing.div_ceil(2);
    let regels = format!(
        "regels:
  - id: hulp-eerst
    naam: Elke route eindigt bij de hulp, en die staat bovenaan
    dan:
      eerste_contact: hulp
      contacten: [hulp]
      urgentie: vandaag
  - id: slot-ja
    naam: Wie afsluitende vraag {middle} met ja beantwoordt, krijgt het advies daarvan
    als:
      slot-{middle}: ja
    dan:
      adviezen: [advies-slot-{middle}]
      contacten: [org-slot-{middle}]
  - id: signaal-s0
    naam: Signaal 0 brengt zijn eigen organisatie in het plan
    als:
      signaal: s0
    dan:
      contacten: [org-s0]
"
    );
    small(vragen, adviezen, organisaties, regels)
}

/// `numbers` number questions asked first, then each asked again at `places`
/// places through `antwoord_van`, each place with its own boundary and an
/// advice below it (at most 96 places and numbers together). The rules hold.
pub fn recall(numbers: usize, places: usize) -> Files {
    recall_of(numbers, places, false)
}

/// [`recall`] with numbers where higher is more urgent, so that the urgency
/// check looks at every place: below the first, each number splits into
/// `places + 1` stretches, in (places + 1)^numbers combinations.
pub fn urgent_recall(numbers: usize, places: usize) -> Files {
    recall_of(numbers, places, true)
}

fn recall_of(numbers: usize, places: usize, urgent: bool) -> Files {
    let (numbers, places) = (numbers.max(1), places.max(1));
    let id = |p: usize, k: usize| format!("r{p}-n{k}");
    let mut order: Vec<String> = (1..=numbers).map(|k| format!("n{k}")).collect();
    for p in 0..places {
        order.extend((1..=numbers).map(|k| id(p, k)));
    }
    order.push("einde".to_string());
    let mut vragen = gemeente_questions(&order[0]);
    let (mut adviezen, mut organisaties) =
        (String::from("adviezen:\n"), String::from("organisaties:\n"));
    for (k, next) in order.iter().enumerate().take(numbers + 1).skip(1) {
        let _ = writeln!(
            vragen,
            "  - id: n{k}\n    soort: getal\n    tekst: Getal {k}?\n    hoger_is_urgenter: {urgent}\n    min: 0\n    max: 100\n    bereiken:\n      - van: 0\n        tot_en_met: 100\n        naar: {}",
            next
        );
    }
    for p in 0..places {
        for k in 1..=numbers {
            let here = numbers + p * numbers + k - 1;
            let (me, next) = (&order[here], &order[here + 1]);
            // Every place its own boundary, spread over 2..=98.
            let boundary = 2 + (p * numbers + k - 1) * 96 / (places * numbers);
            let _ = writeln!(
                vragen,
                "  - id: {me}\n    soort: getal\n    antwoord_van: n{k}\n    bereiken:\n      - van: 0\n        tot_en_met: {}\n        naar: [advies-{me}, {next}]\n      - van: {boundary}\n        tot_en_met: 100\n        naar: {next}",
                boundary - 1
            );
            advice(
                &mut adviezen,
                &format!("advies-{me}"),
                &format!("organisatie: org-{me}"),
                "regulier",
            );
            organisation(&mut organisaties, &format!("org-{me}"));
        }
    }
    advice(&mut adviezen, "einde", "rol: hulp", "deze-week");
    let last = id(places - 1, 1);
    let regels = format!(
        "regels:
  - id: laag-getal
    naam: Een laag eerste getal krijgt het laatste advies van dat getal
    als:
      n1: {{tot_en_met: 1}}
    dan:
      adviezen: [advies-{last}]
  - id: hoog-getal
    naam: Een hoog eerste getal krijgt dat advies niet
    als:
      n1: {{van: 95}}
    dan:
      niet: [org-{last}]
  - id: hulp-eerst
    naam: De hulp staat altijd bovenaan
    dan:
      eerste_contact: hulp
      urgentie: deze-week
"
    );
    small(vragen, adviezen, organisaties, regels)
}

/// A chain of `questions` yes/no questions (2^`questions` routes) whose "ja"
/// adds an advice with an organisation of its own, at the same urgency as the
/// help named first: every route has its own set of contacts at the top, and
/// an `eerste_contact` rule that holds.
pub fn diamond(questions: usize) -> Files {
    let questions = questions.max(1);
    let mut vragen = gemeente_questions("begin");
    vragen.push_str("  - id: begin\n    soort: janee\n    tekst: Begin?\n    ja: [start, q1]\n    nee: [start, q1]\n");
    let (mut adviezen, mut organisaties) =
        (String::from("adviezen:\n"), String::from("organisaties:\n"));
    advice(&mut adviezen, "start", "rol: hulp", "deze-week");
    for i in 1..=questions {
        let next = if i == questions {
            "einde".to_string()
        } else {
            format!("q{}", i + 1)
        };
        let _ = writeln!(
            vragen,
            "  - id: q{i}\n    soort: janee\n    tekst: Vraag {i}?\n    ja: [advies-{i}, {next}]\n    nee: {next}"
        );
        advice(
            &mut adviezen,
            &format!("advies-{i}"),
            &format!("organisatie: org-{i}"),
            "deze-week",
        );
        organisation(&mut organisaties, &format!("org-{i}"));
    }
    advice(&mut adviezen, "einde", "rol: hulp", "regulier");
    let regels = "regels:
  - id: hulp-eerst
    naam: De hulp staat altijd bovenaan, hoeveel organisaties er ook bij komen
    dan:
      eerste_contact: hulp
      contacten: [hulp]
      urgentie: deze-week
"
    .to_string();
    small(vragen, adviezen, organisaties, regels)
}

/// A multiple-choice question of `options` options asked again through
/// `antwoord_van`, both reached on one walk: its answer is shared, and its
/// subsets number 2^`options`. The first asking names nothing the rules look
/// at; the second adds the emergency line for the last option and a first
/// organisation for the first option. Rule `nooit-spoed` fails (choose the last
/// option); `eerste-optie` holds.
pub fn shared_choice(options: usize) -> Files {
    let options = options.clamp(2, 64);
    let mut vragen = gemeente_questions("zorg");
    vragen.push_str("  - id: zorg\n    soort: janee\n    tekst: Zorg?\n    ja: [keuze, keuze-weer]\n    nee: einde\n");
    vragen.push_str("  - id: keuze\n    soort: meerkeuze\n    tekst: Welke?\n    opties:\n");
    for i in 0..options {
        let _ = writeln!(
            vragen,
            "      - waarde: o{i}\n        label: Optie {i}\n        naar: einde"
        );
    }
    vragen.push_str(
        "  - id: keuze-weer\n    soort: meerkeuze\n    antwoord_van: keuze\n    opties:\n",
    );
    for i in 0..options {
        let next = match i {
            0 => "eerste",
            i if i == options - 1 => "spoed",
            _ => "einde",
        };
        let _ = writeln!(vragen, "      - waarde: o{i}\n        naar: {next}");
    }
    let (mut adviezen, mut organisaties) =
        (String::from("adviezen:\n"), String::from("organisaties:\n"));
    advice(&mut adviezen, "einde", "rol: hulp", "regulier");
    advice(
        &mut adviezen,
        "eerste",
        "organisatie: org-eerste",
        "regulier",
    );
    advice(&mut adviezen, "spoed", "organisatie: spoedlijn", "acuut");
    organisation(&mut organisaties, "org-eerste");
    organisation(&mut organisaties, "spoedlijn");
    let regels = "regels:
  - id: nooit-spoed
    naam: Nooit de spoedlijn
    dan:
      niet: [spoedlijn]
  - id: eerste-optie
    naam: Wie de eerste optie kiest, krijgt de eerste organisatie
    als:
      keuze: o0
    dan:
      contacten: [org-eerste]
"
    .to_string();
    small(vragen, adviezen, organisaties, regels)
}

/// Rules about who comes first, which depend on every way roles merge.
const FIRST_CONTACT_RULES: &str = "  - id: regisseur-eerst
    naam: Is er al een casusregisseur, dan staat die bovenaan, behalve bij gevaar
    als:
      al-betrokken: ja
      signaal: {niet: [veiligheid]}
    dan:
      eerste_contact: betrokken-hulpverlener
  - id: gevaar-eerst-112
    naam: Bij gevaar thuis is 112 het eerste contact
    als:
      signaal: veiligheid
      gevaar: ja
    dan:
      eerste_contact: alarmnummer-112
";

/// The national shape with `gemeenten` gemeenten and about `nodes` questions
/// and advices, but with a directory where each gemeente's organisations fill
/// several roles in a pattern of its own (on the pupil's and the school's
/// side alike), so that rules must be proven for many ways roles merge.
/// Without scenarios: the generated ones expect the national directory.
pub fn roles(gemeenten: usize, nodes: usize) -> Files {
    let size = Size {
        gemeenten,
        nodes,
        scenarios: 0,
    };
    const ROLES: [&str; 9] = [
        "leerplicht",
        "rmc",
        "jeugdhulp",
        "welzijn",
        "dyslexiezorg",
        "veilig-thuis",
        "jeugdarts",
        "swv-po",
        "swv-vo",
    ];
    const POOL: usize = 4;
    // The national core, with this directory in the one-folder layout
    // instead of the region folders.
    let mut files = national(size);
    files.retain(|(name, _)| name != "scenarios.yaml" && !name.starts_with("regios/"));
    let mut extra = String::new();
    let mut directory = String::from("gemeenten:\n");
    for g in 0..gemeenten.max(1) {
        for o in 0..POOL {
            organisation(&mut extra, &format!("m{g:03}-{o}"));
        }
        let _ = writeln!(
            directory,
            "  - id: g{g:03}\n    naam: Gemeente {g}\n    rollen:"
        );
        for (r, role) in ROLES.iter().enumerate() {
            // A pattern per gemeente: which of its organisations fills which
            // role varies with g, and every few gemeenten a role is filled by
            // the neighbour's organisation (shared across the pupil's and the
            // school's side).
            let o = ((g * 7919 + r * 104_729) >> 3) % POOL;
            let owner = if (g + r) % 7 == 0 {
                (g + 1) % gemeenten.max(1)
            } else {
                g
            };
            let _ = writeln!(directory, "      {role}: m{owner:03}-{o}");
        }
    }
    for (name, text) in &mut files {
        match name.as_str() {
            "organisaties.yaml" => text.push_str(&extra),
            "regels.yaml" => text.push_str(FIRST_CONTACT_RULES),
            _ => {}
        }
    }
    files.push(("gemeenten.yaml".to_string(), directory));
    files
}
