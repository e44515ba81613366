//! `routekaart check`: one broken map per kind of finding, each asserting the
//! message, the place and the exit code; every output format; `--bless`; and a
//! generated map with 2^60 routes whose rules are proven without listing them.
//!
//! Each case is the fixture `schoon` (which passes `check --strict`) with a few
//! edits, so a new case is a few lines of data.

use crate::write_map;
use crate::{copy_dir, fixture, routekaart_in};
use std::fs;
use std::path::Path;
use std::time::{Duration, Instant};

/// A broken map: `edits` replace `old` by `new` in `file` (an empty `old` writes
/// `new` as the whole file; an empty `new` with `old` "-" deletes the file).
struct Case {
    name: &'static str,
    edits: &'static [(&'static str, &'static str, &'static str)],
    /// Extra arguments after `check .`.
    args: &'static [&'static str],
    exit: i32,
    /// Every one of these must be in the human report.
    expect: &'static [&'static str],
}

const CASES: &[Case] = &[
    Case {
        name: "broken_reference",
        edits: &[("vragen.yaml", "naar: advies-melden", "naar: advies-meldne")],
        args: &[],
        exit: 1,
        expect: &[
            "fout: verwijzing naar onbekende vraag of advies `advies-meldne`",
            "vragen.yaml:41:15",
            "bedoelde je `advies-melden`?",
        ],
    },
    Case {
        name: "yaml_syntax",
        edits: &[(
            "vragen.yaml",
            "    tekst: Nu gevaar?",
            "    tekst: Nu: gevaar: ?",
        )],
        args: &[],
        exit: 1,
        expect: &["fout: geen geldige YAML", "vragen.yaml:26:"],
    },
    Case {
        name: "cycle",
        edits: &[("vragen.yaml", "    nee: advies-hulp", "    nee: zorg")],
        args: &[],
        exit: 1,
        expect: &[
            "de vragen vormen een kring",
            "`zorg` → `gevaar-nu` → `zorg`",
        ],
    },
    Case {
        name: "unreachable_advice",
        edits: &[(
            "adviezen.yaml",
            "  - id: advies-melden",
            "  - id: advies-vergeten\n    titel: Vergeten\n    contacten:\n      - organisatie: spoed\n        urgentie: regulier\n    stappen: [Niets.]\n    grondslag: [Geen]\n  - id: advies-melden",
        )],
        args: &[],
        exit: 1,
        expect: &[
            "fout: advies `advies-vergeten` is vanaf de start niet te bereiken",
            "adviezen.yaml:24:9",
        ],
    },
    Case {
        name: "unreachable_question",
        edits: &[(
            "vragen.yaml",
            "        naar: gevaar-nu",
            "        naar: advies-spoed",
        )],
        args: &[],
        exit: 1,
        expect: &[
            "fout: vraag `gevaar-nu` is vanaf de start niet te bereiken",
            "vragen.yaml:24:9",
        ],
    },
    Case {
        name: "range_gap",
        edits: &[("vragen.yaml", "      - van: 16", "      - van: 17")],
        args: &[],
        exit: 1,
        expect: &[
            "vraag `uren`: het getal 16 valt in geen enkel bereik",
            "vragen.yaml:39:14",
        ],
    },
    Case {
        name: "range_overlap",
        edits: &[("vragen.yaml", "      - van: 16", "      - van: 15")],
        args: &[],
        exit: 1,
        expect: &[
            "vraag `uren`: het getal 15 valt in twee bereiken",
            "vragen.yaml:39:14",
        ],
    },
    Case {
        name: "duplicate_label",
        edits: &[(
            "vragen.yaml",
            "        label: Verzuim",
            "        label: Gevaar",
        )],
        args: &[],
        exit: 1,
        expect: &[
            "fout: vraag `zorg`: twee antwoorden heten „Gevaar”",
            "vragen.yaml:18:17",
        ],
    },
    Case {
        name: "gemeente_missing_role",
        edits: &[("gemeenten.yaml", "      arts: arts-zuid\n", "")],
        args: &[],
        exit: 1,
        expect: &[
            "fout: gemeente `zuid` vult rol `arts` niet in, maar advies `advies-hulp` noemt die rol",
            "gemeenten.yaml:7:9",
            "voeg onder gemeente `zuid` toe: `arts: <organisatie-id>`",
        ],
    },
    Case {
        name: "gemeente_not_asked",
        edits: &[("vragen.yaml", "    naar: woon", "    naar: zorg")],
        args: &[],
        exit: 1,
        expect: &[
            "advies `advies-hulp` noemt rol `hulp`, die de woongemeente volgt, maar minstens één route komt bij dit advies zonder eerst de woongemeente te vragen",
            "adviezen.yaml:17:14",
        ],
    },
    Case {
        name: "bad_phone",
        edits: &[("organisaties.yaml", "020 000 00 02", "020 000 00")],
        args: &[],
        exit: 1,
        expect: &[
            "fout: organisatie `arts-zuid`: `020 000 00` is geen Nederlands telefoonnummer",
            "organisaties.yaml:27:15",
        ],
    },
    Case {
        name: "bad_email_and_website",
        edits: &[
            ("organisaties.yaml", "hulp@zuid.example", "hulp@zuid"),
            (
                "organisaties.yaml",
                "https://noord.example",
                "noord.example",
            ),
        ],
        args: &[],
        exit: 1,
        expect: &[
            "organisatie `hulp-noord`: `noord.example` is geen geldig webadres",
            "organisaties.yaml:14:14",
            "organisatie `hulp-zuid`: `hulp@zuid` is geen geldig e-mailadres",
            "organisaties.yaml:19:12",
        ],
    },
    Case {
        name: "no_contact_data",
        edits: &[("organisaties.yaml", "    telefoon: \"112\"\n", "")],
        args: &[],
        exit: 1,
        expect: &[
            "fout: organisatie `spoed` wordt genoemd, maar heeft geen telefoon, e-mail of website",
            "organisaties.yaml:2:9",
        ],
    },
    Case {
        name: "urgency_drops",
        edits: &[
            (
                "vragen.yaml",
                "        tot_en_met: 15\n        naar: advies-hulp",
                "        tot_en_met: 15\n        naar: advies-melden",
            ),
            (
                "vragen.yaml",
                "        tot_en_met: 100\n        naar: advies-melden",
                "        tot_en_met: 100\n        naar: advies-hulp",
            ),
        ],
        args: &[],
        exit: 1,
        expect: &[
            "fout: vraag `uren`: bij 16 leidt de route verder naar een minder urgent advies (regulier) dan bij 0 (deze-week)",
            "vragen.yaml:39:14",
            "hoger_is_urgenter: false",
        ],
    },
    Case {
        name: "stale_date_warns",
        edits: &[(
            "organisaties.yaml",
            "020 000 00 02\n    gecontroleerd: 2026-01-15",
            "020 000 00 02\n    gecontroleerd: 2025-06-30",
        )],
        args: &[],
        exit: 0,
        expect: &[
            "waarschuwing: organisatie `arts-zuid`: gegevens gecontroleerd op 2025-06-30, meer dan 12 maanden geleden",
            "organisaties.yaml:28:20",
            "0 fouten, 1 waarschuwing",
        ],
    },
    Case {
        name: "stale_date_fails_strict",
        edits: &[(
            "organisaties.yaml",
            "020 000 00 02\n    gecontroleerd: 2026-01-15",
            "020 000 00 02\n    gecontroleerd: 2025-06-30",
        )],
        args: &["--strict"],
        exit: 1,
        expect: &["0 fouten, 1 waarschuwing"],
    },
    Case {
        name: "stale_source_seen_warns",
        edits: &[(
            "organisaties.yaml",
            "020 000 00 02\n    gecontroleerd: 2026-01-15",
            "020 000 00 02\n    bron_bekeken: 2025-06-30",
        )],
        args: &[],
        exit: 0,
        expect: &[
            "waarschuwing: organisatie `arts-zuid`: bron bekeken op 2025-06-30, meer dan 12 maanden geleden",
            "hulp: lees de bron opnieuw en werk `bron_bekeken` bij",
            "0 fouten, 1 waarschuwing",
        ],
    },
    Case {
        name: "source_seen_recently_counts_as_dated",
        edits: &[(
            "organisaties.yaml",
            "020 000 00 02\n    gecontroleerd: 2026-01-15",
            "020 000 00 02\n    bron_bekeken: 2026-01-15\n    onderhoud: nummer nog navragen",
        )],
        args: &["--strict"],
        exit: 0,
        expect: &["0 fouten, 0 waarschuwingen"],
    },
    Case {
        name: "max_age",
        edits: &[],
        args: &["--max-age", "6", "--strict"],
        exit: 1,
        expect: &["meer dan 6 maanden geleden", "0 fouten, 6 waarschuwingen"],
    },
    Case {
        name: "not_checked_expired_unused",
        edits: &[
            (
                "organisaties.yaml",
                "    naam: Artsen Noord\n",
                "    naam: Artsen Noord\n    geldig_tot: 2026-06-30\n",
            ),
            (
                "organisaties.yaml",
                "020 000 00 02\n    gecontroleerd: 2026-01-15\n",
                "020 000 00 02\n",
            ),
            (
                "organisaties.yaml",
                "organisaties:\n",
                "organisaties:\n  - id: oud\n    naam: Oud team\n    website: https://oud.example\n    gecontroleerd: 2026-01-15\n",
            ),
        ],
        args: &[],
        exit: 0,
        expect: &[
            "waarschuwing: organisatie `oud` wordt nergens gebruikt",
            "waarschuwing: organisatie `arts-zuid`: niet bekend wanneer de bron bekeken of de gegevens gecontroleerd zijn",
            "waarschuwing: organisatie `arts-noord` gold tot en met 2026-06-30 en is verlopen",
            "organisaties.yaml:27:17",
        ],
    },
    Case {
        name: "advice_without_basis_or_steps",
        edits: &[(
            "adviezen.yaml",
            "    stappen: [Praat met de ouders.]\n    grondslag: [Testwet art. 2]\n",
            "",
        )],
        args: &[],
        exit: 0,
        expect: &[
            "waarschuwing: advies `advies-hulp` noemt geen grondslag",
            "waarschuwing: advies `advies-hulp` noemt geen stappen",
            "0 fouten, 2 waarschuwingen",
        ],
    },
    Case {
        name: "failing_rule",
        edits: &[(
            "regels.yaml",
            "      eerste_contact: spoed",
            "      eerste_contact: hulp",
        )],
        args: &[],
        exit: 1,
        expect: &[
            "fout: regel `gevaar-eerst-spoed` geldt niet op elke route: Bij gevaar is de spoedlijn het eerste contact",
            "het plan noemt eerst `spoed`, niet `hulp`",
            "route: school=noord → woon=noord → zorg=gevaar → gevaar-nu=ja",
            "regels.yaml:2:9",
            "probeer de route: routekaart advise --routekaart . --answer school=noord --answer woon=noord --answer zorg=gevaar --answer gevaar-nu=ja",
        ],
    },
    Case {
        name: "failing_rule_on_a_number",
        edits: &[(
            "regels.yaml",
            "      uren: {van: 16}",
            "      uren: {van: 10}",
        )],
        args: &[],
        exit: 1,
        expect: &[
            "advies `advies-melden` zit niet in het plan",
            "route: school=noord → woon=noord → zorg=uren → uren=10",
        ],
    },
    Case {
        name: "rule_never_applies",
        edits: &[(
            "regels.yaml",
            "      uren: {van: 16}",
            "      uren: {van: 16}\n      gevaar-nu: nee\n      zorg: {niet: [gevaar]}",
        )],
        args: &[],
        exit: 1,
        expect: &[
            "fout: regel `verzuim-melden` is op geen enkele route van toepassing",
            "1 van 2 regels bewezen",
        ],
    },
    Case {
        name: "rule_mistakes",
        edits: &[
            (
                "regels.yaml",
                "      gevaar-nu: ja",
                "      gevaar-nu: 3\n      school: {van: 1}",
            ),
            (
                "regels.yaml",
                "      eerste_contact: spoed",
                "      eerste_contact: spoet",
            ),
            (
                "regels.yaml",
                "      adviezen: [advies-melden]",
                "      adviezen: [advies-meldne]",
            ),
            ("regels.yaml", "      zorg: gevaar", "      zorg: gevar"),
        ],
        args: &[],
        exit: 1,
        expect: &[
            "onbekende waarde `gevar`",
            "bedoelde je `gevaar`?",
            "regel `gevaar-eerst-spoed`: de voorwaarde op vraag `gevaar-nu` past niet bij die vraag (verwacht ja of nee)",
            "regel `gevaar-eerst-spoed`: de voorwaarde op vraag `school` past niet bij die vraag (verwacht een gemeente)",
            "verwijzing naar onbekende organisatie of rol `spoet`",
            "bedoelde je `spoed`?",
            "verwijzing naar onbekend advies `advies-meldne`",
            "regels.yaml:9:23",
        ],
    },
    Case {
        name: "rule_names_an_organisation_behind_a_role",
        edits: &[(
            "regels.yaml",
            "      contacten: [hulp]",
            "      contacten: [hulp-zuid]",
        )],
        args: &[],
        exit: 1,
        expect: &[
            "regel `verzuim-melden` noemt organisatie `hulp-zuid`, maar geen advies noemt haar rechtstreeks",
            "noem `hulp`",
        ],
    },
    Case {
        name: "failing_scenario",
        edits: &[(
            "scenarios.yaml",
            "      eerste_contact: spoed",
            "      eerste_contact: hulp-zuid",
        )],
        args: &[],
        exit: 1,
        expect: &[
            "fout: scenario „gevaar en verzuim in een plan” faalt",
            "eerste contact: verwacht `hulp-zuid`, gekregen `spoed`",
            "route: school=noord → woon=zuid → zorg=gevaar,uren → gevaar-nu=ja → uren=20",
            "scenarios.yaml:2:11",
        ],
    },
    Case {
        name: "summary_changed",
        edits: &[(
            "samenvattingen/gevaar-en-verzuim.txt",
            "1. EERST: Spoedlijn — ACUUT — nu",
            "1. EERST: Spoedlijn — nu",
        )],
        args: &[],
        exit: 1,
        expect: &[
            "scenario „gevaar en verzuim in een plan”: het plan wijkt af van samenvattingen/gevaar-en-verzuim.txt",
            "    5 - 1. EERST: Spoedlijn — nu",
            "    5 + 1. EERST: Spoedlijn — ACUUT — nu",
            "scenarios.yaml:9:19",
            "routekaart check --bless",
        ],
    },
    Case {
        name: "summary_missing",
        edits: &[("samenvattingen/gevaar-en-verzuim.txt", "-", "")],
        args: &[],
        exit: 1,
        expect: &["samenvatting samenvattingen/gevaar-en-verzuim.txt ontbreekt"],
    },
    Case {
        name: "coverage_below_minimum",
        edits: &[(
            "scenarios.yaml",
            "  - naam: hulp thuis\n    antwoorden: {school: noord, woon: noord, zorg: hulp}\n    verwacht:\n      adviezen: [advies-hulp]\n      contacten: [hulp-noord, arts-noord]\n",
            "",
        )],
        args: &["--min-coverage", "95"],
        exit: 1,
        expect: &[
            "de scenario's dekken 94,1% van de kaart, minder dan de gevraagde 95,0%",
            "antwoorden     6 van 7; niet gedekt: zorg=hulp",
        ],
    },
];

/// Copies the fixture `schoon` into `dir`, applying `case`'s edits.
fn broken_map(dir: &Path, case: &Case) {
    copy_dir(&fixture("schoon"), dir);
    for (file, old, new) in case.edits {
        let path = dir.join(file);
        if *old == "-" {
            fs::remove_file(&path).unwrap();
            continue;
        }
        let text = fs::read_to_string(&path).unwrap();
        assert!(
            old.is_empty() || text.contains(old),
            "{}: `{old}` not in {file}",
            case.name
        );
        let text = if old.is_empty() {
            new.to_string()
        } else {
            text.replacen(old, new, 1)
        };
        fs::write(path, text).unwrap();
    }
}

/// Runs `check .` with `args` in `dir`: exit code and standard output.
fn check(dir: &Path, args: &[&str]) -> (Option<i32>, String) {
    let output = routekaart_in(dir)
        .args(["check", "."])
        .args(args)
        .output()
        .unwrap();
    assert!(
        !String::from_utf8_lossy(&output.stderr).contains("panicked"),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let stdout = String::from_utf8_lossy(&output.stdout).replace("./", "");
    (output.status.code(), stdout)
}

#[test]
fn the_clean_fixture_passes_strict() {
    let (code, stdout) = check(&fixture("schoon"), &["--strict", "--min-coverage", "100"]);
    assert_eq!(code, Some(0), "{stdout}");
    assert!(
        stdout.ends_with(
            "0 fouten, 0 waarschuwingen, 3 scenario's geslaagd, 2 van 2 regels bewezen\n"
        ),
        "{stdout}"
    );
}

#[test]
fn each_finding_has_message_place_and_exit_code() {
    let mut failures = Vec::new();
    for case in CASES {
        let dir = tempfile::tempdir().unwrap();
        broken_map(dir.path(), case);
        let (code, stdout) = check(dir.path(), case.args);
        let missing: Vec<&&str> = case
            .expect
            .iter()
            .filter(|e| !stdout.contains(**e))
            .collect();
        if code != Some(case.exit) || !missing.is_empty() {
            failures.push(format!(
                "{}: exit {code:?} (want {}), missing {missing:?} in:\n{stdout}",
                case.name, case.exit
            ));
        }
        insta::assert_snapshot!(format!("check_{}", case.name), stdout);
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn a_map_that_cannot_be_read_exits_2() {
    let dir = tempfile::tempdir().unwrap();
    let (code, stdout) = check(dir.path(), &[]);
    assert_eq!(code, Some(2), "{stdout}");
    assert!(
        stdout.contains("routekaart.yaml") && stdout.contains("bestand ontbreekt"),
        "{stdout}"
    );
    routekaart_in(dir.path())
        .args(["check", "bestaat-niet", "--format", "json"])
        .assert()
        .code(2)
        .stdout(predicates::str::contains("\"code\": \"bestand-ontbreekt\""));
}

#[test]
fn wrong_calls_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    for args in [
        &["check", "--bless"][..],
        &["check", "--min-coverage", "120"],
        &["check", "--format", "xml"],
        &["--routekaart", ".", "check", "."],
    ] {
        routekaart_in(dir.path()).args(args).assert().code(2);
    }
}

#[test]
fn bless_writes_the_summary_and_check_then_passes() {
    let dir = tempfile::tempdir().unwrap();
    broken_map(
        dir.path(),
        CASES.iter().find(|c| c.name == "summary_changed").unwrap(),
    );
    let (code, stdout) = check(dir.path(), &["--bless"]);
    assert_eq!(code, Some(0), "{stdout}");
    assert!(stdout.contains("1 samenvatting bijgewerkt"), "{stdout}");
    let kept = fs::read_to_string(dir.path().join("samenvattingen/gevaar-en-verzuim.txt")).unwrap();
    let original =
        fs::read_to_string(fixture("schoon").join("samenvattingen/gevaar-en-verzuim.txt")).unwrap();
    assert_eq!(kept, original);
    assert_eq!(check(dir.path(), &["--strict"]).0, Some(0));
}

/// A map with errors and warnings of several kinds, for the format snapshots.
fn mixed_map(dir: &Path) {
    broken_map(
        dir,
        &Case {
            name: "mixed",
            edits: &[
                (
                    "regels.yaml",
                    "      eerste_contact: spoed",
                    "      eerste_contact: hulp",
                ),
                (
                    "organisaties.yaml",
                    "020 000 00 02",
                    "\"020 000 00 02, toestel 3: 50%\"",
                ),
                (
                    "organisaties.yaml",
                    "    telefoon: \"112\"\n    gecontroleerd: 2026-01-15\n",
                    "    telefoon: \"112\"\n",
                ),
                (
                    "scenarios.yaml",
                    "      eerste_contact: spoed",
                    "      eerste_contact: hulp-zuid",
                ),
            ],
            args: &[],
            exit: 1,
            expect: &[],
        },
    );
}

#[test]
fn every_format_is_snapshotted() {
    let dir = tempfile::tempdir().unwrap();
    mixed_map(dir.path());
    for format in ["human", "json", "junit", "github", "sarif"] {
        let (code, stdout) = check(dir.path(), &["--format", format]);
        assert_eq!(code, Some(1), "{format}: {stdout}");
        // SARIF names the folder it ran in as its base: a temporary one here.
        let folder = dir.path().canonicalize().unwrap();
        let stdout = stdout.replace(&format!("file://{}/", folder.display()), "file:///MAP/");
        insta::assert_snapshot!(format!("check_format_{format}"), stdout);
    }
}

#[test]
fn json_and_sarif_are_valid_and_complete() {
    let dir = tempfile::tempdir().unwrap();
    mixed_map(dir.path());
    let (_, json) = check(dir.path(), &["--format", "json"]);
    let json: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(json["schema"], 1);
    assert_eq!(json["geslaagd"], false);
    assert_eq!(json["samenvatting"]["fouten"], 4);
    assert_eq!(json["samenvatting"]["waarschuwingen"], 1);
    let first = &json["bevindingen"][0];
    assert_eq!(first["code"], "niet-gecontroleerd");
    assert_eq!(first["bestand"], "organisaties.yaml");
    assert_eq!(first["regel"], 2);
    assert_eq!(json["regels"][0]["bewezen"], false);
    assert_eq!(json["dekking"]["antwoorden"]["totaal"], 7);

    let (_, sarif) = check(dir.path(), &["--format", "sarif"]);
    let sarif: serde_json::Value = serde_json::from_str(&sarif).unwrap();
    assert_eq!(sarif["version"], "2.1.0");
    let run = &sarif["runs"][0];
    assert_eq!(run["tool"]["driver"]["name"], "routekaart");
    let results = run["results"].as_array().unwrap();
    assert_eq!(results.len(), 5);
    for result in results {
        let rule = result["ruleIndex"].as_u64().unwrap() as usize;
        assert_eq!(run["tool"]["driver"]["rules"][rule]["id"], result["ruleId"]);
        let region = &result["locations"][0]["physicalLocation"]["region"];
        assert!(region["startLine"].as_u64().unwrap() > 0, "{result}");
    }
}

#[test]
fn junit_is_well_formed_with_a_case_per_check_rule_and_scenario() {
    let dir = tempfile::tempdir().unwrap();
    mixed_map(dir.path());
    let (_, xml) = check(dir.path(), &["--format", "junit"]);
    let document = roxmltree::Document::parse(&xml).unwrap();
    let root = document.root_element();
    assert_eq!(root.tag_name().name(), "testsuites");
    let cases: Vec<_> = root
        .descendants()
        .filter(|n| n.has_tag_name("testcase"))
        .collect();
    // 10 checks, 2 rules, 3 scenarios.
    assert_eq!(cases.len(), 15);
    let failed: Vec<&str> = cases
        .iter()
        .filter(|c| c.children().any(|n| n.has_tag_name("failure")))
        .map(|c| c.attribute("name").unwrap())
        .collect();
    assert_eq!(
        failed,
        [
            "contactgegevens: elke organisatie is te bereiken, met geldige telefoon, e-mail en website",
            "gevaar-eerst-spoed: Bij gevaar is de spoedlijn het eerste contact",
            "gevaar en verzuim in een plan",
        ]
    );
    assert_eq!(root.attribute("failures"), Some("3"));
    // The stale date is a warning: output, not a failure, unless --strict.
    assert!(xml.contains("<system-out>waarschuwing: organisatie `spoed`"));
    let (_, strict) = check(dir.path(), &["--format", "junit", "--strict"]);
    let strict = roxmltree::Document::parse(&strict).unwrap();
    assert_eq!(strict.root_element().attribute("failures"), Some("4"));
}

#[test]
fn github_annotations_stop_at_ten_per_kind() {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&fixture("schoon"), dir.path());
    // Twelve organisations with a bad phone number: 12 errors.
    let mut extra = String::from("organisaties:\n");
    for i in 0..12 {
        extra.push_str(&format!(
            "  - id: extra-{i}\n    naam: Extra {i}\n    telefoon: \"12\"\n    gecontroleerd: 2026-01-15\n"
        ));
    }
    let path = dir.path().join("organisaties.yaml");
    let text = fs::read_to_string(&path).unwrap();
    fs::write(&path, text.replacen("organisaties:\n", &extra, 1)).unwrap();
    let (code, stdout) = check(dir.path(), &["--format", "github"]);
    assert_eq!(code, Some(1));
    assert_eq!(stdout.matches("::error ").count(), 10, "{stdout}");
    assert_eq!(stdout.matches("::warning ").count(), 10, "{stdout}");
    assert!(
        stdout.ends_with("niet als annotatie getoond; `routekaart check` toont alles)\n"),
        "{stdout}"
    );
    assert!(stdout.contains(
        "::error file=organisaties.yaml,line=4,col=15,title=routekaart%3A ongeldig-telefoonnummer::"
    ));
}

/// Writes a synthetic map into `dir`.
#[test]
fn rules_on_a_map_with_2_to_the_60_routes_are_proven_without_listing_them() {
    let dir = tempfile::tempdir().unwrap();
    write_map(dir.path(), routekaart::testkit::chain(60));
    let started = Instant::now();
    let (code, stdout) = check(dir.path(), &[]);
    let took = started.elapsed();
    assert_eq!(code, Some(1), "{stdout}");
    assert!(stdout.contains("2 van 3 regels bewezen"), "{stdout}");
    assert!(
        stdout.contains("regel `nee-aan-het-eind` geldt niet op elke route"),
        "{stdout}"
    );
    assert!(
        stdout.contains("`org-60` staat niet in het plan"),
        "{stdout}"
    );
    assert!(stdout.contains("--answer q60=nee"), "{stdout}");
    // Listing 2^60 routes would take centuries; the proof is linear. The bound
    // is loose on purpose (a debug build on a busy CI machine); the benchmark
    // gives the real figure.
    assert!(took < Duration::from_secs(10), "check took {took:?}");
}

/// The benchmark's generated national-style map is valid: every rule proven,
/// every scenario passes, no warnings (a small size, so the test stays fast).
#[test]
fn a_generated_national_style_map_passes_check_strict() {
    let dir = tempfile::tempdir().unwrap();
    let size = routekaart::testkit::Size {
        gemeenten: 30,
        nodes: 300,
        scenarios: 200,
    };
    write_map(dir.path(), routekaart::testkit::national(size));
    let (code, stdout) = check(dir.path(), &["--strict"]);
    assert_eq!(code, Some(0), "{stdout}");
    assert!(
        stdout.contains(
            "0 fouten, 0 waarschuwingen, 200 scenario's geslaagd, 12 van 12 regels bewezen"
        ),
        "{stdout}"
    );
    assert!(stdout.contains("gemeenten     30 van 30"), "{stdout}");
}

/// `check` in a real terminal: colour, unless `NO_COLOR` is set.
#[test]
fn colour_only_on_a_terminal_and_never_with_no_color() {
    use expectrl::{Eof, Expect};
    let dir = tempfile::tempdir().unwrap();
    broken_map(dir.path(), &CASES[0]);
    let run = |no_color: Option<&str>| {
        let mut command = std::process::Command::new(assert_cmd::cargo::cargo_bin("routekaart"));
        command
            .args(["check", "."])
            .current_dir(dir.path())
            .env("SOURCE_DATE_EPOCH", crate::EPOCH)
            .env("TERM", "xterm")
            .env_remove("NO_COLOR");
        if let Some(value) = no_color {
            command.env("NO_COLOR", value);
        }
        let mut session = expectrl::session::OsSession::spawn(command).unwrap();
        session.set_expect_timeout(Some(Duration::from_secs(10)));
        let found = session.expect(Eof).unwrap();
        String::from_utf8_lossy(found.get(0).unwrap_or_default()).to_string()
    };
    let coloured = run(None);
    assert!(coloured.contains("\x1b[1;31mfout\x1b[0m"), "{coloured:?}");
    let plain = run(Some("1"));
    assert!(
        plain.contains("fout: verwijzing") && !plain.contains('\x1b'),
        "{plain:?}"
    );
    // Not a terminal (a pipe): no colour either.
    let (_, piped) = check(dir.path(), &[]);
    assert!(!piped.contains('\x1b'), "{piped:?}");
}

#[test]
fn a_rule_naming_more_than_64_contacts_is_refused_not_crashed() {
    let dir = tempfile::tempdir().unwrap();
    write_map(dir.path(), routekaart::testkit::chain(70));
    let contacts: Vec<String> = (1..=65).map(|i| format!("org-{i}")).collect();
    fs::write(
        dir.path().join("regels.yaml"),
        format!(
            "regels:\n  - id: te-veel\n    naam: Te veel\n    dan:\n      niet: [{}]\n",
            contacts.join(", ")
        ),
    )
    .unwrap();
    let (code, stdout) = check(dir.path(), &[]);
    assert_eq!(code, Some(1), "{stdout}");
    assert!(
        stdout.contains("regel `te-veel` is te complex om te bewijzen"),
        "{stdout}"
    );
}

#[test]
fn a_shared_question_with_too_many_options_is_too_complex_not_half_proven() {
    let dir = fixture("gedeelde-meerkeuze");
    let (code, stdout) = check(&dir, &[]);
    assert_eq!(code, Some(1), "{stdout}");
    assert!(
        stdout.contains("regel `nooit-spoed` is te complex om te bewijzen"),
        "{stdout}"
    );
    // A finding without a place still gets one in SARIF (uploads refuse none).
    let (_, sarif) = check(&dir, &["--format", "sarif"]);
    let sarif: serde_json::Value = serde_json::from_str(&sarif).unwrap();
    for result in sarif["runs"][0]["results"].as_array().unwrap() {
        assert!(
            !result["locations"].as_array().unwrap().is_empty(),
            "{result}"
        );
    }
}

/// The plan merges an organisation named directly and through a role into one
/// contact; rules are judged as the plan shows them, per gemeente.
#[test]
fn rules_see_contacts_as_the_plan_merges_them() {
    let (code, stdout) = check(&fixture("samengevoegd"), &[]);
    assert_eq!(code, Some(1), "{stdout}");
    for expected in [
        "regel `ja-spoed-eerst` geldt niet op elke route",
        "het plan noemt eerst `hulp-noord`, niet `spoed`",
        "regel `nee-geen-arts-noord` geldt niet op elke route",
        "`arts-noord` staat toch in het plan",
        "route: school=noord → woon=noord → q=nee",
        "`arts-noord` staat niet in het plan",
        "route: school=zuid → woon=noord → q=nee",
    ] {
        assert!(stdout.contains(expected), "`{expected}` not in:\n{stdout}");
    }
}

/// See: issue 15. `--lang en check` printed the rule's and the scenario's
/// problem in Dutch, and the coverage table's numbers out of line.
#[test]
fn issue_15_check_in_english_words_every_problem_in_english_and_lines_up_the_coverage() {
    let dir = tempfile::tempdir().unwrap();
    mixed_map(dir.path());
    let (code, stdout) = check(dir.path(), &["--lang", "en", "--min-coverage", "0"]);
    assert_eq!(code, Some(1), "{stdout}");
    assert!(
        stdout.contains("\n  the plan names `spoed` first, not `hulp`\n"),
        "{stdout}"
    );
    assert!(
        stdout.contains("\n  first contact: expected `hulp-zuid`, got `spoed` (route: "),
        "{stdout}"
    );
    // No sentence of the tool's own in Dutch (the rule's `naam` and the
    // scenario's name are the map's own text).
    for dutch in [
        "het plan",
        "verwacht",
        "gekregen",
        "ontbreekt",
        "faalt",
        "geldt niet",
        "hulp:",
        "fout:",
    ] {
        let own: String = stdout
            .lines()
            .filter(|l| !l.contains("Bij gevaar is de spoedlijn") && !l.contains("- naam:"))
            .collect::<Vec<_>>()
            .join("\n");
        assert!(!own.contains(dutch), "`{dutch}` in:\n{stdout}");
    }
    let columns: Vec<usize> = stdout
        .lines()
        .skip_while(|l| !l.starts_with("Coverage by the scenarios"))
        .skip(1)
        .take(4)
        .map(|l| l.find(" of ").expect("a coverage line"))
        .collect();
    assert_eq!(columns.len(), 4, "{stdout}");
    assert!(columns.iter().all(|c| *c == columns[0]), "{stdout}");
}

/// See: issue 15. JUnit test-case names followed the machine's locale, so a
/// CI system lost a test's history between machines.
#[test]
fn issue_15_junit_names_are_the_same_in_every_locale() {
    let dir = tempfile::tempdir().unwrap();
    mixed_map(dir.path());
    let names = |lang: &str| -> Vec<String> {
        let output = routekaart_in(dir.path())
            .env("LANG", lang)
            .args(["check", ".", "--format", "junit"])
            .output()
            .unwrap();
        let xml = String::from_utf8(output.stdout).unwrap();
        let document = roxmltree::Document::parse(&xml).unwrap();
        document
            .descendants()
            .filter(|n| n.has_tag_name("testcase"))
            .map(|n| n.attribute("name").unwrap().to_string())
            .collect()
    };
    let dutch = names("nl_NL.UTF-8");
    assert_eq!(dutch.len(), 15);
    assert_eq!(names("en_US.UTF-8"), dutch);
}
