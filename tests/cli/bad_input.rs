//! The bad-input corpus beyond one defect in a well-formed map (those are in
//! `load_errors`): files that are not text, not YAML, too big, too deep, alias
//! bombs, symbolic-link loops, folders without files, and map text that tries
//! to reach the terminal (answers given wrong are in `bad_answers`). Every
//! case asserts the documented exit code, the key words of the Dutch message,
//! no panic, and an end within [`CEILING`](crate::CEILING); broken maps also
//! within 256 MiB of memory. Huge and binary files are generated here rather
//! than kept in the repository.

use crate::{bounded, fixture, routekaart_in};
use std::fs;
use std::path::Path;

/// A broken map: the fixture `klein`, changed by `setup`; `advise` on it must
/// exit `code` with every one of `expect` on stderr.
struct MapCase {
    name: &'static str,
    setup: fn(&Path),
    code: i32,
    expect: &'static [&'static str],
}

/// Writes `text` as the map file `file`.
pub fn write(dir: &Path, file: &str, text: impl AsRef<[u8]>) {
    fs::write(dir.join(file), text).unwrap();
}

/// A billion-laughs document: nine levels of nine aliases each (9^9 strings
/// when expanded), placed where the map expects a list of texts.
fn alias_bomb() -> String {
    let mut text = String::from("vragen:\n  - id: a\n    soort: janee\n    tekst: x\n");
    text.push_str("    uitleg: &l0 [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    for level in 1..=9 {
        let aliases = vec![format!("*l{}", level - 1); 9].join(",");
        text.push_str(&format!("    x{level}: &l{level} [{aliases}]\n"));
    }
    text
}

const MAP_CASES: &[MapCase] = &[
    MapCase {
        name: "folder_without_files",
        setup: |dir| {
            for entry in fs::read_dir(dir).unwrap() {
                fs::remove_file(entry.unwrap().path()).unwrap();
            }
        },
        code: 2,
        expect: &[
            "bestand ontbreekt",
            "routekaart.yaml",
            "adviezen.yaml",
            "5 fouten",
        ],
    },
    MapCase {
        name: "one_file_missing",
        setup: |dir| fs::remove_file(dir.join("gemeenten.yaml")).unwrap(),
        code: 2,
        expect: &["gemeenten.yaml", "bestand ontbreekt", "1 fout"],
    },
    MapCase {
        name: "map_file_is_a_folder",
        setup: |dir| {
            fs::remove_file(dir.join("vragen.yaml")).unwrap();
            fs::create_dir(dir.join("vragen.yaml")).unwrap();
        },
        code: 2,
        expect: &["vragen.yaml", "dit is een map, geen bestand"],
    },
    MapCase {
        name: "file_of_50_mb",
        setup: |dir| {
            let file = fs::File::create(dir.join("vragen.yaml")).unwrap();
            file.set_len(50 * 1024 * 1024).unwrap();
        },
        code: 2,
        // A decimal comma in Dutch, as in "94,1%" (see: issue 15).
        expect: &[
            "vragen.yaml",
            "bestand is te groot: 50,0 MiB",
            "de grens is 32,0 MiB",
        ],
    },
    MapCase {
        name: "nesting_10000_deep_in_brackets",
        setup: |dir| {
            let text = format!("vragen: {}{}\n", "[".repeat(10_000), "]".repeat(10_000));
            write(dir, "vragen.yaml", text);
        },
        code: 2,
        expect: &["vragen.yaml:1:", "te diep genest", "64 niveaus"],
    },
    MapCase {
        name: "nesting_10000_deep_in_lists",
        setup: |dir| {
            let text = format!("vragen:\n  {}x\n", "- ".repeat(10_000));
            write(dir, "vragen.yaml", text);
        },
        // The reader stops at the first list where a question belongs, long
        // before the depth limit: what matters is no stack overflow and no wait.
        code: 2,
        expect: &["vragen.yaml:2:5", "verkeerd soort waarde"],
    },
    MapCase {
        name: "alias_bomb",
        setup: |dir| write(dir, "vragen.yaml", alias_bomb()),
        code: 2,
        expect: &["vragen.yaml:"],
    },
    MapCase {
        name: "twenty_thousand_aliases",
        setup: |dir| {
            let aliases = vec!["*t"; 20_000].join(", ");
            let text = format!(
                "organisaties:\n  - id: a\n    naam: &t https://x.example\n    bronnen: [{aliases}]\n"
            );
            write(dir, "organisaties.yaml", text);
        },
        code: 2,
        expect: &["organisaties.yaml", "te veel of te grote ankers"],
    },
    MapCase {
        name: "alias_of_a_megabyte_ten_thousand_times",
        setup: |dir| {
            let aliases = vec!["*t"; 9_999].join(", ");
            let text = format!(
                "organisaties:\n  - id: a\n    naam: &t {}\n    bronnen: [{aliases}]\n",
                "x".repeat(1_000_000)
            );
            write(dir, "organisaties.yaml", text);
        },
        code: 2,
        expect: &["organisaties.yaml:3:", "te veel tekst"],
    },
    MapCase {
        name: "symlink_loop",
        setup: |dir| {
            fs::remove_file(dir.join("vragen.yaml")).unwrap();
            std::os::unix::fs::symlink("lus-b", dir.join("lus-a")).unwrap();
            std::os::unix::fs::symlink("lus-a", dir.join("lus-b")).unwrap();
            std::os::unix::fs::symlink("lus-a", dir.join("vragen.yaml")).unwrap();
        },
        code: 2,
        expect: &["vragen.yaml", "symbolische links", "in een kring"],
    },
    MapCase {
        name: "symlink_to_a_real_file_loads",
        setup: |dir| {
            fs::rename(dir.join("vragen.yaml"), dir.join("echt.yaml")).unwrap();
            std::os::unix::fs::symlink("echt.yaml", dir.join("vragen.yaml")).unwrap();
        },
        code: 3,
        expect: &[],
    },
    MapCase {
        name: "binary_file",
        setup: |dir| {
            // A fixed pseudo-random byte stream, as from a file saved as .docx or .zip.
            let mut state: u32 = 0x2545_f491;
            let bytes: Vec<u8> = (0..4096)
                .map(|_| {
                    state ^= state << 13;
                    state ^= state >> 17;
                    state ^= state << 5;
                    state.to_le_bytes()[0]
                })
                .collect();
            write(dir, "organisaties.yaml", bytes);
        },
        code: 2,
        expect: &["organisaties.yaml", "geen UTF-8-tekst", "Opslaan als"],
    },
    MapCase {
        name: "utf16_file",
        setup: |dir| {
            let text = fs::read_to_string(dir.join("routekaart.yaml")).unwrap();
            let mut bytes = vec![0xff, 0xfe];
            bytes.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
            write(dir, "routekaart.yaml", bytes);
        },
        code: 2,
        expect: &["routekaart.yaml", "geen UTF-8-tekst"],
    },
    MapCase {
        name: "nul_and_control_bytes",
        setup: |dir| {
            let text = fs::read_to_string(dir.join("vragen.yaml")).unwrap();
            write(
                dir,
                "vragen.yaml",
                text.replacen("id: uren", "id: ur\0en\u{1b}[2J", 1),
            );
        },
        code: 2,
        expect: &[
            "vragen.yaml:",
            "teken dat niet in een YAML-bestand mag",
            "ur␀en",
        ],
    },
    MapCase {
        name: "escape_in_an_option_value",
        setup: |dir| {
            let text = fs::read_to_string(dir.join("vragen.yaml")).unwrap();
            let text = text.replacen("- waarde: gevaar", "- waarde: \"gev\\e[2Jaar\"", 1);
            write(dir, "vragen.yaml", text);
        },
        code: 2,
        expect: &[
            "vragen.yaml:15:17",
            "Antwoord `gev\\u{1b}[2Jaar` is geen geldig id",
            "--answer id=waarde",
        ],
    },
    MapCase {
        name: "comma_in_an_organisation_id",
        setup: |dir| {
            let text = fs::read_to_string(dir.join("organisaties.yaml")).unwrap();
            write(
                dir,
                "organisaties.yaml",
                text.replacen("id: landelijk", "id: \"lande,lijk\"", 1),
            );
        },
        code: 2,
        expect: &[
            "organisaties.yaml:",
            "Organisatie `lande,lijk` is geen geldig id",
        ],
    },
    MapCase {
        name: "only_comments",
        setup: |dir| write(dir, "gemeenten.yaml", "# nog invullen\n\n# later\n"),
        code: 2,
        expect: &["gemeenten.yaml", "bestand is leeg"],
    },
    MapCase {
        name: "unclosed_quote",
        setup: |dir| {
            let text = fs::read_to_string(dir.join("vragen.yaml")).unwrap();
            write(
                dir,
                "vragen.yaml",
                text.replacen("tekst: Nu gevaar?", "tekst: \"Nu gevaar?", 1),
            );
        },
        code: 2,
        expect: &["vragen.yaml:", "aanhalingsteken"],
    },
    MapCase {
        name: "one_megabyte_line",
        setup: |dir| {
            let text = format!("naam: {}: x\n", "a".repeat(1_000_000));
            write(dir, "routekaart.yaml", text);
        },
        code: 2,
        expect: &["routekaart.yaml:1:", "…"],
    },
    MapCase {
        name: "number_too_large_for_the_map",
        setup: |dir| {
            let text = fs::read_to_string(dir.join("vragen.yaml")).unwrap();
            write(
                dir,
                "vragen.yaml",
                text.replacen("max: 100", "max: 1000000000000000000000000000000", 1),
            );
        },
        code: 2,
        expect: &["vragen.yaml:", "verkeerd soort waarde", "geheel getal"],
    },
];

/// The most memory (address space) any case may use: 256 MiB, about five times
/// what `check` on the shipped map needs.
const MEMORY_LIMIT: &str = "--as=268435456";

/// The binary in `dir` under [`MEMORY_LIMIT`], through util-linux's `prlimit`,
/// so a case that would fill memory fails instead. Without `prlimit` (not on
/// Linux) the limit is skipped, except in CI.
fn within_memory(dir: &Path) -> assert_cmd::Command {
    let prlimit = Path::new("/usr/bin/prlimit");
    if !prlimit.exists() {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI needs /usr/bin/prlimit"
        );
        return routekaart_in(dir);
    }
    let mut command = assert_cmd::Command::new(prlimit);
    command
        .args([MEMORY_LIMIT, "--"])
        .arg(assert_cmd::cargo::cargo_bin("routekaart"))
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .env("SOURCE_DATE_EPOCH", crate::EPOCH)
        .env_remove("RUST_BACKTRACE");
    command
}

#[test]
fn each_broken_map_file_gives_its_message_quickly() {
    let mut failures = Vec::new();
    for case in MAP_CASES {
        let dir = tempfile::tempdir().unwrap();
        crate::copy_dir(&fixture("klein"), dir.path());
        (case.setup)(dir.path());
        let run = bounded(routekaart_in(dir.path()).args([
            "--routekaart",
            ".",
            "advise",
            "--answer",
            "school=noord",
        ]));
        if let Some(problem) = run.problem(case.code, case.expect) {
            failures.push(format!("{}: {problem}", case.name));
        }
        // `check` reads the same files through the same loader: bounded too.
        let checked = bounded(within_memory(dir.path()).args(["check", "."]));
        let expected = if case.code == 3 { [0, 1] } else { [1, 2] };
        if !checked.code.is_some_and(|c| expected.contains(&c))
            || checked.stderr.contains("panicked")
            || checked.elapsed > crate::CEILING
        {
            failures.push(format!(
                "{}: check exit {:?} in {:?}:\n{}{}",
                case.name, checked.code, checked.elapsed, checked.stdout, checked.stderr
            ));
        }
        if case.name == "one_megabyte_line" && run.stderr.len() > 2_000 {
            failures.push(format!(
                "{}: {} bytes of message for one error",
                case.name,
                run.stderr.len()
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

/// Map text is data: escapes, control characters and bidirectional overrides
/// in every text field of the fixture `vijandig` reach no output of any command.
#[test]
fn no_control_character_from_the_map_reaches_any_output() {
    let map = fixture("vijandig");
    let map = map.to_str().unwrap();
    let mut commands: Vec<Vec<&str>> = vec![
        vec!["check"],
        vec!["check", "--format", "junit"],
        vec!["check", "--format", "github"],
        vec!["advise", "--answer", "school=noord"],
        vec!["orgs"],
        vec!["orgs", "--format", "csv"],
        vec!["routes"],
        vec!["routes", "--format", "csv"],
        vec!["graph"],
        vec!["graph", "--format", "dot"],
        vec!["export"],
        vec!["export", "--format", "markdown"],
    ];
    for format in ["text", "markdown"] {
        let mut advise = vec!["advise", "--format", format];
        advise.extend(crate::advise::FULL);
        commands.push(advise);
    }
    let mut failures = Vec::new();
    for args in &commands {
        let dir = tempfile::tempdir().unwrap();
        let run = bounded(
            routekaart_in(dir.path())
                .args(["--routekaart", map])
                .args(args),
        );
        // CSV ends its records in CRLF (RFC 4180): that one is ours.
        let shown = format!("{}{}", run.stdout, run.stderr).replace("\r\n", "\n");
        let bad: Vec<char> = shown
            .chars()
            .filter(|&c| {
                (c.is_control() && c != '\n')
                    || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
            })
            .collect();
        if !bad.is_empty() || run.stderr.contains("panicked") || run.stdout.trim().is_empty() {
            failures.push(format!("{args:?}: {bad:?}"));
        }
    }
    let dir = tempfile::tempdir().unwrap();
    let run =
        bounded(routekaart_in(dir.path()).args(["diff", fixture("klein").to_str().unwrap(), map]));
    if run.stdout.contains(|c: char| c.is_control() && c != '\n') {
        failures.push("diff".into());
    }
    assert!(failures.is_empty(), "{failures:#?}");
}
