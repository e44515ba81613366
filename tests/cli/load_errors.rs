//! Every kind of broken map: a Dutch message naming file:line:column and the id
//! involved, exit code 2, no panic, within the ceiling of [`crate::CEILING`]. Each case is the fixture map `klein` with one
//! defect, so a new case is one line of data.

use crate::{bounded, fixture, routekaart_in};
use std::fs;
use std::path::Path;

/// A broken map: in `file`, replace `old` by `new` (or write `new` as the whole
/// file when `old` is empty); stderr must contain every one of `expect`.
struct Case {
    name: &'static str,
    file: &'static str,
    old: &'static str,
    new: &'static str,
    expect: &'static [&'static str],
}

const CASES: &[Case] = &[
    Case {
        name: "unknown_key",
        file: "vragen.yaml",
        old: "    tekst: Hoeveel uur?",
        new: "    tekts: Hoeveel uur?",
        expect: &[
            "onbekende sleutel `tekts`",
            "vragen.yaml:31:5",
            "bedoelde u `tekst`?",
        ],
    },
    Case {
        name: "duplicate_key",
        file: "vragen.yaml",
        old: "    tekst: Nu gevaar?",
        new: "    tekst: Nu gevaar?\n    tekst: Echt?",
        expect: &["sleutel `tekst` staat hier twee keer", "vragen.yaml:27:5"],
    },
    Case {
        name: "duplicate_id",
        file: "adviezen.yaml",
        old: "  - id: advies-melden",
        new: "  - id: advies-hulp",
        expect: &[
            "Vraag of advies `advies-hulp` bestaat al",
            "adviezen.yaml:24:9",
            "de eerste staat op adviezen.yaml:14:9",
        ],
    },
    Case {
        name: "unknown_target",
        file: "vragen.yaml",
        old: "        naar: advies-melden",
        new: "        naar: advies-meldne",
        expect: &[
            "verwijzing naar onbekende vraag of advies `advies-meldne`",
            "vragen.yaml:41:15",
            "bedoelde u `advies-melden`?",
        ],
    },
    Case {
        name: "unknown_role",
        file: "adviezen.yaml",
        old: "      - rol: arts",
        new: "      - rol: artz",
        expect: &[
            "onbekende rol `artz`",
            "adviezen.yaml:20:14",
            "bedoelde u `arts`?",
        ],
    },
    Case {
        name: "unknown_organisation",
        file: "gemeenten.yaml",
        old: "      arts: arts-zuid",
        new: "      arts: artsen-zuid",
        expect: &[
            "onbekende organisatie `artsen-zuid`",
            "gemeenten.yaml:11:13",
        ],
    },
    Case {
        name: "unknown_kind",
        file: "vragen.yaml",
        old: "    soort: janee",
        new: "    soort: jaofnee",
        expect: &["onbekende waarde `jaofnee`", "vragen.yaml:25:12", "`janee`"],
    },
    Case {
        name: "wrong_type",
        file: "vragen.yaml",
        old: "    min: 0",
        new: "    min: nul",
        expect: &["verkeerd soort waarde", "geheel getal", "vragen.yaml:33:10"],
    },
    Case {
        name: "tab_indentation",
        file: "vragen.yaml",
        old: "  - id: woon",
        new: "\t- id: woon",
        expect: &["geen geldige YAML", "er staat een tab", "vragen.yaml:6:1"],
    },
    Case {
        name: "empty_file",
        file: "adviezen.yaml",
        old: "",
        new: "\n\n",
        expect: &["bestand is leeg", "adviezen.yaml"],
    },
    Case {
        name: "two_documents",
        file: "gemeenten.yaml",
        old: "gemeenten:",
        new: "---\ngemeenten: []\n---\ngemeenten:",
        expect: &["meer dan één YAML-document"],
    },
    Case {
        name: "cycle",
        file: "vragen.yaml",
        old: "    nee: advies-hulp",
        new: "    nee: zorg",
        expect: &[
            "de vragen vormen een kring",
            "`zorg` → `gevaar-nu` → `zorg`",
        ],
    },
    Case {
        name: "range_gap",
        file: "vragen.yaml",
        old: "      - van: 16",
        new: "      - van: 18",
        expect: &[
            "het getal 16 valt in geen enkel bereik",
            "vragen.yaml:39:14",
        ],
    },
    Case {
        name: "range_overlap",
        file: "vragen.yaml",
        old: "      - van: 16",
        new: "      - van: 12",
        expect: &["het getal 12 valt in twee bereiken"],
    },
    Case {
        name: "range_short_of_max",
        file: "vragen.yaml",
        old: "        tot_en_met: 100",
        new: "        tot_en_met: 99",
        expect: &["het getal 100 valt in geen enkel bereik"],
    },
    Case {
        name: "field_not_for_kind",
        file: "vragen.yaml",
        old: "    ja: advies-spoed",
        new: "    ja: advies-spoed\n    min: 3",
        expect: &[
            "sleutel `min` hoort niet bij soort `janee`",
            "vragen.yaml:25:12",
        ],
    },
    Case {
        name: "missing_field_for_kind",
        file: "vragen.yaml",
        old: "    nee: advies-hulp\n",
        new: "",
        expect: &[
            "vraag `gevaar-nu` van soort `janee` mist sleutel `nee`",
            "vragen.yaml:24:9",
        ],
    },
    Case {
        name: "contact_role_and_organisation",
        file: "adviezen.yaml",
        old: "      - rol: arts",
        new: "      - rol: arts\n        organisatie: spoed",
        expect: &["óf een `rol` óf een `organisatie`", "advies-hulp"],
    },
    Case {
        name: "no_contacts",
        file: "adviezen.yaml",
        old: "      - organisatie: spoed\n        urgentie: acuut\n        waarom: Direct gevaar\n      - rol: hulp\n        urgentie: vandaag\n",
        new: "      []\n",
        expect: &["advies `advies-spoed` noemt geen enkel contact"],
    },
    Case {
        name: "invalid_date",
        file: "organisaties.yaml",
        old: "gecontroleerd: 2026-01-15",
        new: "gecontroleerd: 2026-02-30",
        expect: &[
            "`2026-02-30` is geen geldige datum",
            "organisaties.yaml:5:20",
            "JJJJ-MM-DD",
        ],
    },
    Case {
        name: "start_is_an_advice",
        file: "routekaart.yaml",
        old: "start: school",
        new: "start: advies-hulp",
        expect: &["`start` moet naar een vraag wijzen", "routekaart.yaml:6:8"],
    },
    Case {
        name: "missing_key",
        file: "routekaart.yaml",
        old: "versie: 1.2.3\n",
        new: "",
        expect: &["verplichte sleutel `versie` ontbreekt", "routekaart.yaml"],
    },
    Case {
        name: "duplicate_option",
        file: "vragen.yaml",
        old: "      - waarde: hulp",
        new: "      - waarde: uren",
        expect: &[
            "vraag `zorg`: antwoord `uren` staat er twee keer in",
            "vragen.yaml:21:17",
        ],
    },
    Case {
        name: "empty_target_list",
        file: "vragen.yaml",
        old: "        naar: advies-melden",
        new: "        naar: []",
        expect: &["`naar` is een lege lijst", "vragen.yaml:41:15"],
    },
    Case {
        name: "unknown_target_in_list",
        file: "vragen.yaml",
        old: "        naar: advies-melden",
        new: "        naar: [advies-hulp, advies-meldne]",
        expect: &[
            "onbekende vraag of advies `advies-meldne`",
            "vragen.yaml:41:29",
            "bedoelde u `advies-melden`?",
        ],
    },
    Case {
        name: "answer_of_with_own_text",
        file: "vragen.yaml",
        old: "  - id: uren\n",
        new: "  - id: kopie\n    soort: janee\n    antwoord_van: gevaar-nu\n    ja: advies-hulp\n    nee: advies-hulp\n    tekst: Eigen tekst\n  - id: uren\n",
        expect: &[
            "vraag `kopie` kan niet het antwoord van `gevaar-nu` nemen",
            "sleutel `tekst` hoort bij `gevaar-nu`",
            "haal de sleutel weg",
        ],
    },
    Case {
        name: "answer_of_other_options",
        file: "vragen.yaml",
        old: "  - id: uren\n",
        new: "  - id: kopie\n    soort: meerkeuze\n    antwoord_van: zorg\n    opties:\n      - {waarde: gevaar, naar: advies-hulp}\n  - id: uren\n",
        expect: &[
            "vraag `kopie` kan niet het antwoord van `zorg` nemen: de antwoorden (`waarde`) verschillen",
            "noem dezelfde waarden in dezelfde volgorde: `gevaar`, `uren` en `hulp`",
        ],
    },
    Case {
        name: "milestone_not_in_weeks",
        file: "adviezen.yaml",
        old: "    grondslag: [Testwet art. 3]",
        new: "    grondslag: [Testwet art. 3]\n    mijlpalen:\n      - {vraag: uren, na_weken: 13, tekst: Drie maanden}",
        expect: &[
            "advies `advies-melden`: mijlpaal rekent vanaf vraag `uren`, maar dat is geen getal in weken",
            "eenheid: weken",
        ],
    },
    Case {
        name: "dossier_role_filled",
        file: "routekaart.yaml",
        old: "    bepaald_door: schoolgemeente",
        new: "    bepaald_door: dossier",
        expect: &[
            "rol `arts` komt uit het dossier van de leerling",
            "gemeenten.yaml:",
        ],
    },
    Case {
        name: "option_without_its_theme",
        file: "vragen.yaml",
        old: "    uitleg: Kies er een of meer.\n",
        new: "    uitleg: Kies er een of meer.\n    themas:\n      - {id: alles, label: Alles}\n",
        expect: &["verplichte sleutel `thema` ontbreekt", "vragen.yaml:17:17"],
    },
    Case {
        name: "unknown_theme",
        file: "vragen.yaml",
        old: "        label: Gevaar\n",
        new: "        label: Gevaar\n        thema: veiligheid\n",
        expect: &["onbekend thema `veiligheid`", "vragen.yaml:17:16"],
    },
    Case {
        name: "themes_on_a_number_question",
        file: "vragen.yaml",
        old: "    tekst: Hoeveel uur?\n",
        new: "    tekst: Hoeveel uur?\n    themas:\n      - {id: uren, label: Uren}\n",
        expect: &["`themas`", "getal"],
    },
];

/// Copies the fixture map into `dir`, applying `case`'s defect.
fn broken_map(dir: &Path, case: &Case) {
    for entry in fs::read_dir(fixture("klein")).unwrap() {
        let entry = entry.unwrap();
        fs::copy(entry.path(), dir.join(entry.file_name())).unwrap();
    }
    let path = dir.join(case.file);
    let text = fs::read_to_string(&path).unwrap();
    let text = if case.old.is_empty() {
        case.new.to_string()
    } else {
        assert!(
            text.contains(case.old),
            "{}: `{}` not in {}",
            case.name,
            case.old,
            case.file
        );
        text.replacen(case.old, case.new, 1)
    };
    fs::write(path, text).unwrap();
}

#[test]
fn each_broken_map_is_reported_with_location_and_exit_2() {
    let mut failures = Vec::new();
    for case in CASES {
        let dir = tempfile::tempdir().unwrap();
        broken_map(dir.path(), case);
        let mut run = bounded(routekaart_in(dir.path()).args(["--routekaart", ".", "advise"]));
        run.stderr = run.stderr.replace("./", "");
        if let Some(problem) = run.problem(2, case.expect) {
            failures.push(format!("{}: {problem}", case.name));
        }
        let stderr = run.stderr;
        insta::assert_snapshot!(format!("load_error_{}", case.name), stderr);
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_problem_is_reported_not_just_the_first() {
    let dir = tempfile::tempdir().unwrap();
    broken_map(dir.path(), &CASES[3]); // unknown target in vragen.yaml
    let roles = fs::read_to_string(dir.path().join("adviezen.yaml")).unwrap();
    fs::write(
        dir.path().join("adviezen.yaml"),
        roles.replace("- rol: arts", "- rol: artz"),
    )
    .unwrap();
    let output = routekaart_in(dir.path())
        .args(["--routekaart", ".", "advise"])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("advies-meldne") && stderr.contains("artz"),
        "{stderr}"
    );
    assert!(stderr.contains("2 fouten"), "{stderr}");
}

#[test]
fn missing_files_and_folders_are_named() {
    let dir = tempfile::tempdir().unwrap();
    routekaart_in(dir.path())
        .args(["--routekaart", "bestaat-niet", "advise"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("bestaat-niet"))
        .stderr(predicates::str::contains("bestand ontbreekt"));
    fs::write(dir.path().join("routekaart.yaml"), "naam: x\n").unwrap();
    routekaart_in(dir.path())
        .args(["--routekaart", ".", "advise"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("vragen.yaml"))
        .stderr(predicates::str::contains("bestand ontbreekt"));
}

#[test]
fn a_file_that_is_not_utf8_is_named() {
    let dir = tempfile::tempdir().unwrap();
    broken_map(dir.path(), &CASES[0]);
    fs::write(
        dir.path().join("vragen.yaml"),
        b"vragen:\n  - id: caf\xe9\n",
    )
    .unwrap();
    routekaart_in(dir.path())
        .args(["--routekaart", ".", "advise"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("vragen.yaml"))
        .stderr(predicates::str::contains("geen UTF-8"));
}

#[test]
fn windows_line_endings_and_a_bom_load() {
    let dir = tempfile::tempdir().unwrap();
    for entry in fs::read_dir(fixture("klein")).unwrap() {
        let entry = entry.unwrap();
        let text = fs::read_to_string(entry.path()).unwrap();
        let windows = format!("\u{feff}{}", text.replace('\n', "\r\n"));
        fs::write(dir.path().join(entry.file_name()), windows).unwrap();
    }
    routekaart_in(dir.path())
        .args(["--routekaart", ".", "advise", "--answer", "school=noord"])
        .assert()
        .code(3);
}
