//! The questions and advices of a synthetic national map: a signal question
//! and per signal a generated branch of questions, each answer leading on or
//! to an advice that names the branch's role.

use std::fmt::Write;

/// Signals with a generated branch; the signal question has two more.
pub(super) const BRANCHES: usize = 8;
/// The role each generated branch names in every advice, by branch.
pub(super) const BRANCH_ROLES: [&str; BRANCHES] = [
    "jeugdhulp",
    "welzijn",
    "jeugdarts",
    "swv-po",
    "swv-vo",
    "dyslexiezorg",
    "rmc",
    "leerplicht",
];
pub(super) const URGENCIES: [&str; 3] = ["vandaag", "deze-week", "regulier"];

/// One advice as YAML: its contacts are `(rol or organisatie, id, urgency)`.
pub(super) fn advice(out: &mut String, id: &str, titel: &str, contacts: &[(&str, &str, &str)]) {
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
pub(super) struct Generated {
    id: String,
    /// How many answers it has (the slots its targets fill).
    answers: usize,
    /// 0 choice, 1 yes/no, 2 number, 3 by `leeftijd`, 4 by `schoolsoort`, 5 `schoolsoort` itself.
    kind: usize,
}

/// `vragen.yaml` and `adviezen.yaml`, about `nodes` questions and advices together.
pub(super) fn questions(nodes: usize) -> (String, String) {
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
pub(super) fn branch(q: &mut String, a: &mut String, k: usize, count: usize) {
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

pub(super) fn write_question(q: &mut String, k: usize, g: &Generated, targets: &[String]) {
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
