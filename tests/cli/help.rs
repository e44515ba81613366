//! `--help` in Dutch with an example per command, `help`, the man pages and the
//! shell completions (bash runs the script it gets).

use crate::{routekaart_in, stdout_of};
use std::process::Command;

/// The names of the commands, as the top-level help lists them.
fn commands() -> Vec<String> {
    let help = long_help(&["--help"]);
    let listing = help
        .split("Opdrachten:\n")
        .nth(1)
        .and_then(|rest| rest.split("\n\n").next())
        .expect("the help lists the commands");
    listing
        .lines()
        .filter_map(|line| line.strip_prefix("  ").filter(|l| !l.starts_with(' ')))
        .filter_map(|line| line.split_whitespace().next())
        .map(String::from)
        .collect()
}

/// What `routekaart ARGS` prints, at a fixed width (clap reads COLUMNS when
/// the output is not a terminal).
fn long_help(args: &[&str]) -> String {
    let here = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    stdout_of(routekaart_in(here).env("COLUMNS", "100").args(args))
}

#[test]
fn every_help_is_dutch_and_snapshotted() {
    let names = commands();
    assert_eq!(
        names,
        [
            "ask",
            "advise",
            "check",
            "orgs",
            "routes",
            "graph",
            "diff",
            "kaart",
            "school",
            "export",
            "schema",
            "completions",
            "man",
            "help"
        ]
    );
    insta::assert_snapshot!("help", long_help(&["--help"]));
    for name in &names {
        let help = long_help(&[name, "--help"]);
        insta::assert_snapshot!(format!("help_{name}"), help);
    }
}

#[test]
fn every_command_has_an_example_and_the_top_level_several() {
    for name in commands() {
        let help = long_help(&[&name, "--help"]);
        assert!(
            help.contains(&format!("Voorbeeld: routekaart {name}")),
            "`routekaart {name} --help` has no example:\n{help}"
        );
    }
    let top = long_help(&["--help"]);
    assert!(top.contains("Voorbeelden:\n  routekaart "), "{top}");
}

#[test]
fn help_command_shows_the_same_as_the_help_flag() {
    for name in ["check", "advise", "man"] {
        assert_eq!(long_help(&["help", name]), long_help(&[name, "--help"]));
    }
    assert_eq!(long_help(&["help"]), long_help(&["--help"]));
    routekaart_in(std::path::Path::new("."))
        .args(["help", "chek"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains(
            "`chek` is geen opdracht van routekaart; kies uit `ask`",
        ));
}

#[test]
fn short_help_is_a_summary_and_version_is_in_dutch_too() {
    let short = long_help(&["check", "-h"]);
    assert!(short.contains("-h, --help              Toon de hulp (meer met --help)"));
    assert!(short.len() < long_help(&["check", "--help"]).len());
    assert_eq!(
        long_help(&["--version"]),
        format!("routekaart {}\n", env!("CARGO_PKG_VERSION"))
    );
    assert!(long_help(&["--help"]).contains("-V, --version"));
}

/// Runs `script` in a clean, non-interactive bash; returns stdout.
fn bash(script: &str) -> String {
    let output = Command::new("bash")
        .args(["--norc", "--noprofile", "-c", script])
        .output()
        .expect("bash runs");
    assert!(
        output.status.success(),
        "bash failed: {}\n{script}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

#[test]
fn bash_loads_the_completions_and_completes_commands_options_and_values() {
    let dir = tempfile::tempdir().unwrap();
    let script = stdout_of(routekaart_in(dir.path()).args(["completions", "bash"]));
    let file = dir.path().join("routekaart.bash");
    std::fs::write(&file, script).unwrap();
    let complete = |line: &str| {
        let words = line.split(' ').count() - 1;
        bash(&format!(
            "source '{}'\n\
             COMP_LINE='{line}'; COMP_POINT=${{#COMP_LINE}}\n\
             read -ra COMP_WORDS <<< '{line}'\n\
             [[ '{line}' == *' ' ]] && COMP_WORDS+=('')\n\
             COMP_CWORD={words}\n\
             _routekaart routekaart \"${{COMP_WORDS[COMP_CWORD]}}\" \"${{COMP_WORDS[COMP_CWORD-1]}}\"\n\
             printf '%s\\n' \"${{COMPREPLY[@]}}\"",
            file.display()
        ))
    };
    let registered = bash(&format!(
        "source '{}'; complete -p routekaart",
        file.display()
    ));
    assert!(registered.contains("-F _routekaart"), "{registered}");
    let check = complete("routekaart ch");
    assert_eq!(check.trim(), "check", "{check}");
    let all = complete("routekaart ");
    for name in commands() {
        assert!(all.lines().any(|l| l == name), "`{name}` not in:\n{all}");
    }
    let options = complete("routekaart check --for");
    assert_eq!(options.trim(), "--format", "{options}");
    let formats = complete("routekaart check --format ");
    assert_eq!(
        formats.split_whitespace().collect::<Vec<_>>(),
        ["human", "json", "junit", "github", "sarif"]
    );
    let kinds = complete("routekaart schema ");
    assert!(kinds.lines().any(|l| l == "vragen"), "{kinds}");
    let shells = complete("routekaart completions ");
    assert!(shells.lines().any(|l| l == "powershell"), "{shells}");
}

#[test]
fn completions_for_the_other_shells_name_every_command() {
    let here = std::path::Path::new(".");
    for (shell, marker) in [
        ("zsh", "#compdef routekaart"),
        ("fish", "complete -c routekaart"),
        ("powershell", "Register-ArgumentCompleter"),
        ("elvish", "set edit:completion:arg-completer[routekaart]"),
    ] {
        let script = stdout_of(routekaart_in(here).args(["completions", shell]));
        assert!(script.contains(marker), "{shell}:\n{script}");
        for name in commands() {
            assert!(script.contains(&name), "{shell} lacks `{name}`");
        }
    }
}

/// The page as `man` would show it: groff's text, with every warning on and
/// no preprocessor (the roff is ASCII, other characters as `\[uXXXX]`).
fn render(roff: &str) -> String {
    let args = ["-man", "-Tutf8", "-ww", "-P-cbou"];
    let (success, page, stderr) = crate::pipe_through("groff", &args, roff);
    assert!(success && stderr.is_empty(), "groff: {stderr}");
    page
}

#[test]
fn the_man_page_is_roff_with_dutch_sections_and_every_command() {
    let roff = long_help(&["man"]);
    assert!(
        roff.contains(
            ".TH routekaart 1 2026-12-05 \"routekaart 0.1.0\" \"Handleiding routekaart\""
        ),
        "{roff}"
    );
    for section in [
        "NAAM",
        "OVERZICHT",
        "BESCHRIJVING",
        "\"ALGEMENE OPTIES\"",
        "OPDRACHTEN",
        "VERSIE",
        "VOORBEELDEN",
    ] {
        assert!(
            roff.contains(&format!(".SH {section}\n")),
            "{section}:\n{roff}"
        );
    }
    for name in commands() {
        assert!(
            roff.contains(&format!("routekaart\\-{name}(1)")),
            "{name}:\n{roff}"
        );
    }
    if crate::have(
        "groff",
        "--version",
        "groff-base",
        "the_man_page_is_roff_with_dutch_sections_and_every_command",
    ) {
        let page = render(&roff);
        assert!(
            page.contains("NAAM\n       routekaart - routekaart: welke organisatie"),
            "{page}"
        );
        assert!(page.contains("--routekaart <MAP>"), "{page}");
    }
}

#[test]
fn man_dir_writes_a_page_per_command_each_rendering() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("man1");
    let output = routekaart_in(dir.path())
        .args(["man", "--dir", "man1"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(
        String::from_utf8_lossy(&output.stderr),
        format!(
            "{} man-pagina's geschreven in man1.\n",
            commands().len() + 1
        )
    );
    let check = std::fs::read_to_string(out.join("routekaart-check.1")).unwrap();
    // An ISO date (mandoc warns on any other) and a footer that names the program.
    assert!(
        check.contains(".TH routekaart-check 1 2026-12-05 \"routekaart 0.1.0\""),
        "{check}"
    );
    for name in commands() {
        let page = std::fs::read_to_string(out.join(format!("routekaart-{name}.1"))).unwrap();
        assert!(page.is_ascii(), "routekaart-{name}.1 is not ASCII");
        assert!(
            page.contains(" \"routekaart 0.1.0\" "),
            "routekaart-{name}.1"
        );
    }
    assert!(check.contains("Voorbeeld: routekaart check"), "{check}");
    if crate::have(
        "groff",
        "--version",
        "groff-base",
        "man_dir_writes_a_page_per_command_each_rendering",
    ) {
        for name in commands() {
            let file = out.join(format!("routekaart-{name}.1"));
            let page = render(&std::fs::read_to_string(&file).unwrap());
            assert!(page.contains("OVERZICHT"), "{}", file.display());
        }
    }
}

/// A wrong call gets clap's message in Dutch, in the form of routekaart's own.
#[test]
fn wrong_calls_are_answered_in_dutch() {
    let here = std::path::Path::new(".");
    let cases: [(&[&str], &[&str]); 6] = [
        (
            &["chek"],
            &[
                "fout: onbekende opdracht `chek`\n  = hulp: bedoelde u `check`?\n",
                "\nGebruik: routekaart [OPTIES] [OPDRACHT]\n",
                "\nMeer uitleg: routekaart --help\n",
            ],
        ),
        (
            &["check", "--format", "xml"],
            &[
                "fout: `xml` is geen geldige waarde voor --format <FORMAT>; kies uit `human`, `json`, `junit`, `github` en `sarif`\n",
            ],
        ),
        (
            &["check", "--strikt"],
            &[
                "fout: onbekende optie `--strikt`\n  = hulp: bedoelde u `--strict`?",
                "Meer uitleg: routekaart check --help\n",
            ],
        ),
        (&["diff"], &["fout: dit ontbreekt nog: <OUD>, <NIEUW>\n"]),
        (
            &["--width", "10", "orgs"],
            &["10 kolommen is te smal; geef 40 of meer"],
        ),
        (
            &["routes", "--max-routes", "veel"],
            &["`veel` is geen geheel getal van 0 of meer"],
        ),
    ];
    for (args, expected) in cases {
        let output = routekaart_in(here).args(args).output().unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(2), "{args:?}: {stderr}");
        for part in expected {
            assert!(
                stderr.contains(part),
                "{args:?}: `{part}` not in:\n{stderr}"
            );
        }
        for english in ["error", "Usage", "tip:", "For more", "invalid", "not in"] {
            assert!(
                !stderr.contains(english),
                "{args:?}: `{english}` in:\n{stderr}"
            );
        }
    }
}
