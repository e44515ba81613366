//! The chain map: yes/no questions in a row, 2^n routes, each with its own
//! plan; for the tests of `routes`, `diff` and `check` on many routes.

/// The files of a map: path relative to the map folder (`regios/r00/gemeenten.yaml`
/// for a region's) and text, in any order.
pub type Files = Vec<(String, String)>;

/// A chain of `questions` yes/no questions after the two gemeente questions,
/// each "ja" adding its own advice (with its own organisation) before the next
/// question: 2^`questions` routes, each with a different plan. `regels.yaml`
/// holds two rules that hold on every route and one that fails only when the
/// last question is answered "nee".
pub fn chain(questions: usize) -> Files {
    let questions = questions.max(1);
    let mut vragen = String::from(
        "vragen:\n  - id: school\n    soort: schoolgemeente\n    tekst: School?\n    naar: woon\n  - id: woon\n    soort: woongemeente\n    tekst: Woon?\n    naar: q1\n",
    );
    let mut adviezen = String::from(
        "adviezen:\n  - id: einde\n    titel: Einde\n    contacten:\n      - rol: hulp\n        urgentie: deze-week\n    stappen: [Bel.]\n    grondslag: [Wet]\n",
    );
    let mut organisaties = String::from(
        "organisaties:\n  - id: hulp-a\n    naam: Hulp A\n    telefoon: 010 000 00 00\n    gecontroleerd: 2026-01-15\n",
    );
    for i in 1..=questions {
        let next = if i == questions {
            "einde".to_string()
        } else {
            format!("q{}", i + 1)
        };
        vragen.push_str(&format!(
            "  - id: q{i}\n    soort: janee\n    tekst: Vraag {i}?\n    ja: [advies-{i}, {next}]\n    nee: {next}\n"
        ));
        adviezen.push_str(&format!(
            "  - id: advies-{i}\n    titel: Advies {i}\n    contacten:\n      - organisatie: org-{i}\n        urgentie: regulier\n    stappen: [Bel.]\n    grondslag: [Wet]\n"
        ));
        organisaties.push_str(&format!(
            "  - id: org-{i}\n    naam: Organisatie {i}\n    website: https://org-{i}.example\n    gecontroleerd: 2026-01-15\n"
        ));
    }
    let middle = questions.div_ceil(2);
    let regels = format!(
        "regels:
  - id: altijd-hulp
    naam: Elke route eindigt bij de hulp, en die staat bovenaan
    dan:
      contacten: [hulp]
      eerste_contact: hulp
      urgentie: deze-week
  - id: ja-in-het-midden
    naam: Wie vraag {middle} met ja beantwoordt, krijgt organisatie {middle}
    als:
      q{middle}: ja
    dan:
      contacten: [org-{middle}]
      adviezen: [advies-{middle}]
  - id: nee-aan-het-eind
    naam: Fout met opzet - wie de laatste vraag met nee beantwoordt, krijgt toch organisatie {questions}
    als:
      q{questions}: nee
    dan:
      contacten: [org-{questions}]
"
    );
    vec![
        (
            "routekaart.yaml",
            "naam: Keten\nregio: Test\nversie: '1'\nstart: school\nrollen:\n  - id: hulp\n    naam: Hulp\n    bepaald_door: woongemeente\n".to_string(),
        ),
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
