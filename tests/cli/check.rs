//! `routekaart check`: one broken map per kind of finding, each asserting the
//! message, the place and the exit code. The output formats are in
//! `check_formats`, the command's runs (exits, `--bless`, colour, proofs on
//! generated maps) in `check_runs`.
//!
//! Each case is the fixture `schoon` (which passes `check --strict`) with a few
//! edits, so a new case is a few lines of data.

use crate::{copy_dir, fixture, routekaart_in};
use std::fs;
use std::path::Path;

/// A broken map: `edits` replace `old` by `new` in `file` (an empty `old` writes
/// `new` as the whole file; an empty `new` with `old` "-" deletes the file).
pub struct Case {
    pub name: &'static str,
    pub edits: &'static [(&'static str, &'static str, &'static str)],
    /// Extra arguments after `check .`.
    pub args: &'static [&'static str],
    pub exit: i32,
    /// Every one of these must be in the human report.
    pub expect: &'static [&'static str],
}

pub const CASES: &[Case] = &[
    Case {
        name: "broken_reference",
        edits: &[("vragen.yaml", "naar: advies-melden", "naar: advies-meldne")],
        args: &[],
        exit: 1,
        expect: &[
            "fout: verwijzing naar onbekende vraag of advies `advies-meldne`",
            "vragen.yaml:41:15",
            "bedoelde u `advies-melden`?",
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
            "bedoelde u `gevaar`?",
            "regel `gevaar-eerst-spoed`: de voorwaarde op vraag `gevaar-nu` past niet bij die vraag (verwacht ja of nee)",
            "regel `gevaar-eerst-spoed`: de voorwaarde op vraag `school` past niet bij die vraag (verwacht een gemeente)",
            "verwijzing naar onbekende organisatie of rol `spoet`",
            "bedoelde u `spoed`?",
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
pub fn broken_map(dir: &Path, case: &Case) {
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
pub fn check(dir: &Path, args: &[&str]) -> (Option<i32>, String) {
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
