//! The profile corpus: school profiles that are broken, hostile or unreadable.
//! Each stops `advise` (and so `ask` and `kaart`) with exit 2, the file and
//! line, the key words of the Dutch message, no panic, within the ceiling:
//! nothing runs on half a profile.

use crate::{bounded, routekaart_in};
use std::fs;
use std::path::Path;

struct Case {
    name: &'static str,
    setup: fn(&Path),
    expect: &'static [&'static str],
}

fn write(dir: &Path, text: impl AsRef<[u8]>) {
    fs::write(dir.join("school.yaml"), text).unwrap();
}

const CASES: &[Case] = &[
    Case {
        name: "yaml_syntax",
        setup: |dir| write(dir, "gemeente: \"uithoorn\nmensen: []\n"),
        expect: &[
            "school.yaml:",
            "geen geldige YAML",
            "kan niet geladen worden",
        ],
    },
    Case {
        name: "pupil_data_is_an_unknown_key",
        setup: |dir| write(dir, "gemeente: uithoorn\nleerling: Jan Jansen\n"),
        expect: &["school.yaml:2:1", "onbekende sleutel `leerling`"],
    },
    Case {
        name: "bsn_in_a_person",
        setup: |dir| {
            write(
                dir,
                "mensen:\n  - rol: jeugdarts\n    naam: X\n    telefoon: 0297 000 000\n    bijgewerkt: 2026-01-01\n    bsn: 123456782\n",
            )
        },
        expect: &["school.yaml:6:5", "onbekende sleutel `bsn`"],
    },
    Case {
        name: "unknown_role_suggests",
        setup: |dir| {
            write(
                dir,
                "mensen:\n  - rol: jeugdars\n    naam: X\n    telefoon: 0297 000 000\n    bijgewerkt: 2026-01-01\n",
            )
        },
        expect: &[
            "school.yaml:2:10",
            "onbekende rol `jeugdars`",
            "bedoelde u `jeugdarts`?",
        ],
    },
    Case {
        name: "gemeente_not_on_the_map",
        setup: |dir| write(dir, "gemeente: utrecht\n"),
        expect: &[
            "school.yaml:1:11",
            "`utrecht` staat niet op de kaart",
            "uithoorn",
        ],
    },
    Case {
        name: "unknown_school_type",
        setup: |dir| write(dir, "schoolsoort: hbo\n"),
        expect: &["school.yaml:1:14", "onbekend soort school `hbo`", "`mbo`"],
    },
    Case {
        name: "impossible_date",
        setup: |dir| {
            write(
                dir,
                "mensen:\n  - rol: jeugdarts\n    naam: X\n    email: x@proefschool.invalid\n    bijgewerkt: 2026-02-30\n",
            )
        },
        expect: &["school.yaml:5:17", "`2026-02-30` is geen datum"],
    },
    Case {
        name: "one_role_twice",
        setup: |dir| {
            let person = "  - rol: jeugdarts\n    naam: X\n    telefoon: 0297 000 000\n    bijgewerkt: 2026-01-01\n";
            write(dir, format!("mensen:\n{person}{person}"))
        },
        expect: &["school.yaml:6:10", "twee keer"],
    },
    Case {
        name: "person_without_phone_or_email",
        setup: |dir| {
            write(
                dir,
                "mensen:\n  - rol: jeugdarts\n    naam: X\n    bijgewerkt: 2026-01-01\n",
            )
        },
        expect: &[
            "school.yaml:2:10",
            "geen telefoonnummer en geen e-mailadres",
        ],
    },
    Case {
        name: "wrong_type",
        setup: |dir| write(dir, "mensen: leerplicht\n"),
        expect: &["school.yaml:1:", "verkeerd soort waarde"],
    },
    Case {
        name: "empty_file",
        setup: |dir| write(dir, "# nog leeg\n"),
        expect: &["school.yaml", "bestand is leeg"],
    },
    Case {
        name: "binary_file",
        setup: |dir| write(dir, [0u8, 159, 146, 150, 0xff, 0xfe, 0, 1]),
        expect: &["school.yaml", "geen UTF-8"],
    },
    Case {
        name: "huge_file",
        setup: |dir| {
            let file = fs::File::create(dir.join("school.yaml")).unwrap();
            file.set_len(33 * 1024 * 1024).unwrap();
        },
        expect: &["school.yaml", "te groot"],
    },
    Case {
        name: "alias_bomb",
        setup: |dir| {
            let mut text = String::from(
                "school: &l0 [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n",
            );
            for level in 1..=9 {
                let aliases = vec![format!("*l{}", level - 1); 9].join(",");
                text.push_str(&format!("x{level}: &l{level} [{aliases}]\n"));
            }
            write(dir, text)
        },
        expect: &["school.yaml"],
    },
    Case {
        name: "a_folder",
        setup: |dir| fs::create_dir(dir.join("school.yaml")).unwrap(),
        expect: &["school.yaml", "map, geen bestand"],
    },
    Case {
        name: "missing",
        setup: |_| {},
        expect: &[
            "school.yaml` bestaat niet",
            "routekaart school --school school.yaml",
        ],
    },
];

#[test]
fn each_broken_profile_stops_with_its_message_quickly() {
    let mut failures = Vec::new();
    for case in CASES {
        let dir = tempfile::tempdir().unwrap();
        (case.setup)(dir.path());
        for command in [
            &["advise", "--school", "school.yaml"][..],
            &["kaart", "--school", "school.yaml"],
        ] {
            let run = bounded(routekaart_in(dir.path()).args(command));
            if let Some(problem) = run.problem(2, case.expect) {
                failures.push(format!("{} ({}): {problem}", case.name, command[0]));
            }
            if !run.stdout.is_empty() {
                failures.push(format!("{}: wrote to stdout: {}", case.name, run.stdout));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}
