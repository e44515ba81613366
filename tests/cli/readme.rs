//! The README's examples run as written, so the README cannot drift from the tool.

use crate::routekaart_in;
use std::path::PathBuf;

fn readme() -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("README.md");
    std::fs::read_to_string(path).expect("README.md is readable")
}

/// The contents of every fenced block of `language`, in order.
fn blocks(text: &str, language: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut current: Option<String> = None;
    for line in text.lines() {
        match &mut current {
            None if line.trim() == format!("```{language}") => current = Some(String::new()),
            Some(block) if line.trim() == "```" => {
                found.push(std::mem::take(block));
                current = None;
            }
            Some(block) => {
                block.push_str(line);
                block.push('\n');
            }
            None => {}
        }
    }
    found
}

/// Complete `routekaart advise` commands in the shell blocks: continuation lines
/// joined, comments dropped, placeholders (`…`) skipped.
fn advise_commands(text: &str) -> Vec<Vec<String>> {
    let mut commands = Vec::new();
    for block in blocks(text, "sh") {
        let joined = block.replace("\\\n", " ");
        for line in joined.lines() {
            let line = line.split(" #").next().unwrap_or_default().trim();
            if line.starts_with("routekaart advise") && !line.contains('…') {
                commands.push(line.split_whitespace().skip(1).map(String::from).collect());
            }
        }
    }
    commands
}

#[test]
fn every_advise_example_in_the_readme_gives_a_plan() {
    let commands = advise_commands(&readme());
    assert!(commands.len() >= 2, "found {} examples", commands.len());
    let dir = tempfile::tempdir().unwrap();
    for args in commands {
        let output = routekaart_in(dir.path()).args(&args).output().unwrap();
        assert_eq!(
            output.status.code(),
            Some(0),
            "README example `routekaart {}` failed:\n{}{}",
            args.join(" "),
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );
        assert!(String::from_utf8_lossy(&output.stdout).contains("PLAN BIJ ZORG OM EEN LEERLING"));
    }
}

#[test]
fn the_answers_file_in_the_readme_gives_a_plan() {
    let text = readme();
    let yaml = blocks(&text, "yaml");
    let answers = yaml
        .iter()
        .find(|b| b.contains("schoolgemeente:"))
        .expect("the README shows an answers file");
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("antwoorden.yaml"), answers).unwrap();
    routekaart_in(dir.path())
        .args(["advise", "--answers", "antwoorden.yaml"])
        .assert()
        .code(0);
}

#[test]
fn the_check_examples_in_the_readme_run_on_the_shipped_map() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let mut ran = 0;
    for block in blocks(&readme(), "sh") {
        for line in block.lines() {
            let line = line.split(" #").next().unwrap_or_default().trim();
            // `./routekaart`: the downloaded program, run in its folder.
            let line = line.strip_prefix("./").unwrap_or(line);
            // Examples on a region's own map (`mijn-regio`) need that map.
            if !line.starts_with("routekaart check") || line.contains("mijn-regio") {
                continue;
            }
            let args: Vec<&str> = line.split_whitespace().skip(1).collect();
            routekaart_in(&root).args(&args).assert().code(0);
            ran += 1;
        }
    }
    assert!(ran >= 3, "found {ran} check examples");
}

#[test]
fn the_rules_example_in_the_readme_is_proven_on_the_shipped_map() {
    let text = readme();
    let rules = blocks(&text, "yaml")
        .into_iter()
        .find(|b| b.starts_with("regels:"))
        .expect("the README shows rules");
    let dir = tempfile::tempdir().unwrap();
    let shipped = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("routekaart");
    crate::copy_dir(&shipped, dir.path());
    std::fs::write(dir.path().join("regels.yaml"), rules).unwrap();
    routekaart_in(dir.path())
        .args(["check", ".", "--strict"])
        .assert()
        .code(0)
        .stdout(predicates::str::contains("2 van 2 regels bewezen"));
}

/// The CI recipes: (GitHub Actions, GitLab CI), parsed.
fn ci_recipes() -> (serde_json::Value, serde_json::Value) {
    let recipes: Vec<serde_json::Value> = blocks(&readme(), "yaml")
        .into_iter()
        .filter(|b| b.contains("routekaart check"))
        .map(|recipe| {
            serde_saphyr::from_str(&recipe)
                .unwrap_or_else(|e| panic!("not valid YAML: {e}\n{recipe}"))
        })
        .collect();
    assert_eq!(recipes.len(), 2, "a GitHub Actions and a GitLab CI recipe");
    (recipes[0].clone(), recipes[1].clone())
}

/// The strings of a YAML list.
fn strings(value: &serde_json::Value) -> Vec<String> {
    value
        .as_array()
        .unwrap_or_else(|| panic!("not a list: {value}"))
        .iter()
        .map(|v| v.as_str().expect("a string").to_string())
        .collect()
}

/// Runs a recipe's `routekaart …` command on the shipped map, as CI would on
/// `mijn-regio`; returns the file it writes to, if any.
fn run_recipe_command(line: &str) -> Option<String> {
    let line = line.trim().trim_end_matches("|| true").trim();
    let (command, target) = match line.split_once(" > ") {
        Some((command, target)) => (command, Some(target.trim().to_string())),
        None => (line, None),
    };
    let args: Vec<String> = command
        .split_whitespace()
        .skip(1)
        .map(|a| a.replace("mijn-regio", "routekaart"))
        .collect();
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let output = routekaart_in(&root).args(&args).output().unwrap();
    assert_eq!(output.status.code(), Some(0), "`{line}` failed");
    let stdout = String::from_utf8(output.stdout).unwrap();
    if args.contains(&"junit".to_string()) {
        let xml = roxmltree::Document::parse(&stdout).expect("JUnit is XML");
        assert_eq!(xml.root_element().tag_name().name(), "testsuites");
    }
    if args.contains(&"sarif".to_string()) {
        let sarif: serde_json::Value = serde_json::from_str(&stdout).expect("SARIF is JSON");
        assert_eq!(sarif["version"], "2.1.0");
    }
    target
}

/// The one way both recipes install routekaart: this package, from git.
fn assert_installs_routekaart(line: &str) {
    assert_eq!(
        line,
        format!(
            "cargo install --locked --git \"$ROUTEKAART_GIT\" {}",
            env!("CARGO_PKG_NAME")
        )
    );
}

/// A GitHub job's steps, after checking what every job of the recipe shares:
/// a time limit, the checkout, and routekaart installed from the variable.
/// Returns the steps and the files its `routekaart` commands write.
fn github_job<'a>(
    recipe: &'a serde_json::Value,
    name: &str,
) -> (&'a [serde_json::Value], Vec<String>) {
    let job = &recipe["jobs"][name];
    assert_eq!(job["runs-on"], "ubuntu-latest", "{name}");
    let minutes = job["timeout-minutes"]
        .as_u64()
        .unwrap_or_else(|| panic!("job {name} has no timeout-minutes"));
    assert!((5..=60).contains(&minutes), "{name}: {minutes} minutes");
    let steps = job["steps"]
        .as_array()
        .unwrap_or_else(|| panic!("jobs.{name}.steps"));
    assert_eq!(steps[0]["uses"], "actions/checkout@v6");
    let runs: Vec<&str> = steps.iter().filter_map(|s| s["run"].as_str()).collect();
    assert_installs_routekaart(runs[0]);
    let install = steps.iter().find(|s| s["run"] == runs[0]).unwrap();
    assert_eq!(
        install["env"]["ROUTEKAART_GIT"],
        "${{ vars.ROUTEKAART_GIT }}"
    );
    let reports = runs[1..]
        .iter()
        .filter_map(|run| run_recipe_command(run))
        .collect();
    (steps.as_slice(), reports)
}

/// The step that uses `action` (any version), with what it is given.
fn step_using<'a>(steps: &'a [serde_json::Value], action: &str) -> &'a serde_json::Value {
    steps
        .iter()
        .find(|s| {
            s["uses"]
                .as_str()
                .is_some_and(|u| u.split('@').next() == Some(action))
        })
        .unwrap_or_else(|| panic!("no step uses {action}"))
}

#[test]
fn the_github_actions_recipe_annotates_and_publishes_the_junit_report() {
    let (github, _) = ci_recipes();
    // Least privilege for every job, widened per job where an upload needs it.
    assert_eq!(github["permissions"]["contents"], "read");
    let (steps, reports) = github_job(&github, "check");
    let runs: Vec<&str> = steps.iter().filter_map(|s| s["run"].as_str()).collect();
    assert!(runs[1].contains("--format github"), "{}", runs[1]);
    let junit = step_using(steps, "mikepenz/action-junit-report");
    assert_eq!(junit["if"], "always()");
    assert_eq!(
        github["jobs"]["check"]["permissions"]["checks"], "write",
        "publishing a check needs checks: write"
    );
    let artifact = step_using(steps, "actions/upload-artifact");
    assert_eq!(artifact["if"], "always()");
    assert_eq!(reports, [junit["with"]["report_paths"].as_str().unwrap()]);
    assert_eq!(reports, [artifact["with"]["path"].as_str().unwrap()]);
}

#[test]
fn the_github_actions_recipe_uploads_sarif_to_code_scanning() {
    let (github, _) = ci_recipes();
    let (steps, reports) = github_job(&github, "code-scanning");
    let permissions = &github["jobs"]["code-scanning"]["permissions"];
    assert_eq!(permissions["security-events"], "write");
    // upload-sarif reads the run's details in a private repository.
    assert_eq!(permissions["actions"], "read");
    assert_eq!(permissions["contents"], "read");
    let upload = step_using(steps, "github/codeql-action/upload-sarif");
    assert_eq!(reports, [upload["with"]["sarif_file"].as_str().unwrap()]);
    assert!(
        upload["with"]["category"].is_string(),
        "a category keeps routekaart's results apart"
    );
}

#[test]
fn the_gitlab_recipe_reports_junit_to_the_merge_request() {
    let (_, gitlab) = ci_recipes();
    let job = &gitlab["routekaart"];
    assert!(strings(&gitlab["stages"]).contains(&job["stage"].as_str().unwrap().to_string()));
    let script = strings(&job["script"]);
    assert_installs_routekaart(&script[0]);
    let reports: Vec<String> = script[1..]
        .iter()
        .filter_map(|line| run_recipe_command(line))
        .collect();
    assert!(job["timeout"].is_string(), "the job has a timeout");
    assert_eq!(job["artifacts"]["when"], "always");
    assert_eq!(
        reports,
        [job["artifacts"]["reports"]["junit"].as_str().unwrap()]
    );
}

/// Every `text` block in the README that starts with `$ routekaart …` shows what
/// that command prints today. A line `…` stands for lines left out: the parts
/// between must appear in the output, in order.
#[test]
fn every_output_shown_in_the_readme_is_current() {
    let mut checked = 0;
    for block in blocks(&readme(), "text") {
        let Some(command) = block
            .lines()
            .next()
            .and_then(|l| l.strip_prefix("$ routekaart "))
        else {
            continue;
        };
        let args: Vec<&str> = command.split_whitespace().collect();
        let output = routekaart_in(std::path::Path::new(env!("CARGO_MANIFEST_DIR")))
            .args(&args)
            .output()
            .unwrap();
        assert!(output.status.success(), "`routekaart {command}` failed");
        let actual = String::from_utf8(output.stdout).unwrap();
        let shown: String = block.lines().skip(1).map(|l| format!("{l}\n")).collect();
        let mut rest = actual.as_str();
        for part in shown.split("…\n").filter(|p| !p.is_empty()) {
            let at = rest.find(part).unwrap_or_else(|| {
                panic!(
                    "the README shows for `routekaart {command}`:\n{part}\nbut it prints:\n{actual}"
                )
            });
            rest = &rest[at + part.len()..];
        }
        checked += 1;
    }
    assert!(checked >= 3, "checked {checked} outputs");
}

/// The README shows the shipped map's flowchart of the thuiszitten signal as
/// `graph` draws it today, in a Mermaid block GitHub renders.
#[test]
fn the_flowchart_in_the_readme_is_current() {
    let output = routekaart_in(std::path::Path::new(env!("CARGO_MANIFEST_DIR")))
        .args(["graph", "--signaal", "thuiszitten"])
        .output()
        .unwrap();
    assert!(output.status.success());
    let drawn = String::from_utf8(output.stdout).unwrap();
    assert!(
        blocks(&readme(), "mermaid").contains(&drawn),
        "the README's Mermaid block differs from `routekaart graph --signaal thuiszitten`:\n{drawn}"
    );
}

/// The README's download table names the archives that the release workflow
/// builds, for the platforms the README promises.
#[test]
fn the_readme_names_every_archive_the_release_workflow_builds() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(".github/workflows/release.yml");
    let text = std::fs::read_to_string(path).expect("the release workflow is readable");
    let workflow: serde_json::Value = serde_saphyr::from_str(&text).expect("valid YAML");
    let builds = workflow["jobs"]["build"]["strategy"]["matrix"]["include"]
        .as_array()
        .expect("jobs.build.strategy.matrix.include");
    let readme = readme();
    let mut targets = Vec::new();
    for build in builds {
        let target = build["target"].as_str().expect("target");
        let name = build["name"].as_str().expect("name");
        let extension = if target.contains("windows") {
            "zip"
        } else {
            "tar.gz"
        };
        let archive = format!("`routekaart-VERSIE-{name}.{extension}`");
        assert!(
            readme.contains(&archive),
            "the README does not name {archive}"
        );
        targets.push(target);
    }
    targets.sort_unstable();
    assert_eq!(
        targets,
        [
            "aarch64-apple-darwin",
            "x86_64-apple-darwin",
            "x86_64-pc-windows-msvc",
            "x86_64-unknown-linux-gnu"
        ]
    );
}

/// Every file or folder of the project that the README names in code
/// (`src/core/…`, `tests/cli/…`, `.ci/run`) or links to exists, so a move or split
/// cannot leave the README pointing at nothing. Patterns and placeholders
/// (`locales/*/…`, `locales/<code>/`) are not paths and are skipped, as are
/// the paths the README tells the reader to make.
#[test]
fn every_project_path_the_readme_names_exists() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let text = readme();
    let roots = [
        "src/",
        "tests/",
        "scripts/",
        "examples/",
        "docs/",
        "schema/",
        "locales/",
        ".ci/",
        ".github/",
        "routekaart/",
        "fuzz/",
    ];
    // Made by the reader (a region, a workflow, a language) or by a tool.
    let made = [
        "routekaart/regios/mijn-regio/",
        ".github/workflows/routekaart.yml",
        "locales/fy/",
        "fuzz/artifacts/",
    ];
    let mut named = 0;
    let mut missing = Vec::new();
    for span in text.split('`').skip(1).step_by(2) {
        // A path, perhaps followed by words (`scripts/bench.sh shipped`) or a
        // line (`src/check/mod.rs:12`).
        let path = span.split([' ', ':']).next().unwrap_or_default();
        if !roots.iter().any(|r| path.starts_with(r))
            || path.contains(['*', '<', '>', '{'])
            || made.contains(&path)
        {
            continue;
        }
        named += 1;
        if !root.join(path).exists() {
            missing.push(path);
        }
    }
    assert!(
        missing.is_empty(),
        "the README names paths that do not exist: {missing:?}"
    );
    assert!(named > 20, "only {named} paths found in the README");
}
