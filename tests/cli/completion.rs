//! Tab completion of values, run by the real shells: `--answer` ids and
//! options, `--gemeente`, `--rol`, `--signaal`, `--lang`, `--color` and
//! `help <command>` complete from the built-in map in bash and fish; zsh's
//! script carries the same lists and loads.

use super::routekaart_in;
use std::path::Path;

/// The completion script for `shell`, written to a file in `dir`.
fn script(dir: &Path, shell: &str) -> std::path::PathBuf {
    let output = routekaart_in(dir)
        .args(["completions", shell])
        .output()
        .unwrap();
    assert!(output.status.success());
    let file = dir.join(format!("routekaart.{shell}"));
    std::fs::write(&file, output.stdout).unwrap();
    file
}

/// What bash offers for `line` (the word under the cursor last), with the
/// words split as bash splits them for completion.
fn bash_complete(file: &Path, line: &str) -> Vec<String> {
    let words = line.split(' ').count() - 1;
    let program = format!(
        "source '{}'\n\
         COMP_LINE='{line}'; COMP_POINT=${{#COMP_LINE}}\n\
         read -ra COMP_WORDS <<< '{line}'\n\
         [[ '{line}' == *' ' ]] && COMP_WORDS+=('')\n\
         COMP_CWORD={words}\n\
         _routekaart routekaart \"${{COMP_WORDS[COMP_CWORD]}}\" \"${{COMP_WORDS[COMP_CWORD-1]}}\"\n\
         printf '%s\\n' \"${{COMPREPLY[@]}}\"",
        file.display()
    );
    let output = std::process::Command::new("bash")
        .args(["--norc", "-c", &program])
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .map(str::to_string)
        .collect()
}

/// The cases for every shell: a command line and values it must offer.
const CASES: [(&str, &[&str]); 10] = [
    (
        "routekaart advise --answer sig",
        &["signaal=verzuim", "signaal=veiligheid"],
    ),
    (
        "routekaart advise -a schoolgemeente=",
        &["schoolgemeente=amstelveen"],
    ),
    ("routekaart orgs --gemeente ", &["amstelveen", "uithoorn"]),
    ("routekaart orgs --rol ", &["leerplicht"]),
    ("routekaart graph --signaal ", &["verzuim", "thuiszitten"]),
    ("routekaart check --lang ", &["nl", "en"]),
    ("routekaart routes --color ", &["auto", "always", "never"]),
    // A global option's value before any command.
    ("routekaart --color ", &["auto", "always", "never"]),
    ("routekaart --lang en check --format ", &["junit", "sarif"]),
    ("routekaart help ch", &["check"]),
];

#[test]
fn bash_completes_answers_gemeenten_roles_signals_languages_and_commands() {
    let dir = tempfile::tempdir().unwrap();
    let file = script(dir.path(), "bash");
    for (line, expected) in CASES {
        // bash splits `id=value` at `=` for completion: the whole word is
        // offered while the cursor is before the `=`.
        let line = line.replace("schoolgemeente=", "schoolgem");
        let offered = bash_complete(&file, &line);
        for value in expected {
            assert!(
                offered.iter().any(|o| o == value),
                "`{line}` offers no `{value}`: {offered:?}"
            );
        }
        // No file names instead of values.
        assert!(
            !offered.iter().any(|o| o.ends_with(".bash")),
            "{line}: {offered:?}"
        );
    }
}

#[test]
fn fish_completes_the_same_values() {
    if !crate::have(
        "fish",
        "--version",
        "fish",
        "fish_completes_the_same_values",
    ) {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let file = script(dir.path(), "fish");
    for (line, expected) in CASES {
        let program = format!("source '{}'; complete -C '{line}'", file.display());
        let output = std::process::Command::new("fish")
            .args(["--no-config", "-c", &program])
            .current_dir(dir.path())
            .output()
            .unwrap();
        let stdout = String::from_utf8_lossy(&output.stdout);
        let offered: Vec<&str> = stdout
            .lines()
            .map(|l| l.split('\t').next().unwrap_or_default())
            .collect();
        for value in expected {
            assert!(
                offered.contains(value),
                "`{line}` offers no `{value}`: {offered:?}\n{}",
                String::from_utf8_lossy(&output.stderr)
            );
        }
    }
}

#[test]
fn zsh_loads_a_script_with_the_same_values() {
    let dir = tempfile::tempdir().unwrap();
    let file = script(dir.path(), "zsh");
    let text = std::fs::read_to_string(&file).unwrap();
    for (_, expected) in CASES {
        for value in expected {
            assert!(
                text.contains(&format!("({value} "))
                    || text.contains(&format!(" {value} "))
                    || text.contains(&format!(" {value})"))
                    || text.contains(&format!("({value}\\:")),
                "zsh script offers no `{value}`"
            );
        }
    }
    if crate::have(
        "zsh",
        "--version",
        "zsh",
        "zsh_loads_a_script_with_the_same_values",
    ) {
        let output = std::process::Command::new("zsh")
            .args(["-n", file.to_str().unwrap()])
            .output()
            .unwrap();
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
}

/// fish shows each value of a fixed list with its help, in the language of
/// the script: `check --format j<Tab>` offers `junit` with what it is.
#[test]
fn fish_shows_the_help_of_fixed_values_in_the_run_language() {
    if !crate::have(
        "fish",
        "--version",
        "fish",
        "fish_shows_the_help_of_fixed_values_in_the_run_language",
    ) {
        return;
    }
    for (lang, junit, never) in [
        ("nl", "JUnit-XML, het testrapport voor CI", "Nooit"),
        ("en", "JUnit XML, the test report for CI", "Never"),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let output = routekaart_in(dir.path())
            .args(["--lang", lang, "completions", "fish"])
            .output()
            .unwrap();
        let file = dir.path().join("routekaart.fish");
        std::fs::write(&file, output.stdout).unwrap();
        for (line, expected) in [
            ("routekaart check --format j", format!("junit\t{junit}")),
            ("routekaart ask --color n", format!("never\t{never}")),
        ] {
            let program = format!("source '{}'; complete -C '{line}'", file.display());
            let output = std::process::Command::new("fish")
                .args(["--no-config", "-c", &program])
                .output()
                .unwrap();
            let stdout = String::from_utf8_lossy(&output.stdout);
            assert!(
                stdout.lines().any(|l| l == expected),
                "{lang}: `{line}` offers no `{expected}`:\n{stdout}"
            );
        }
    }
}
