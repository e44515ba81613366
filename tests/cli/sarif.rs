//! `check --format sarif` as code scanning reads it: valid against the
//! official SARIF 2.1.0 schema (vendored in `tests/schemas/`, see its
//! README), files as percent-encoded URIs relative to the repository root or
//! the current directory, wherever `check` runs and however the folder is
//! written; fingerprints, rules with descriptions and help, a region for
//! findings about a whole file, and what a failed coverage gate leaves out.

use super::{copy_dir, fixture, replace_in, routekaart_in};
use serde_json::Value;
use std::fs;
use std::path::{Path, PathBuf};

/// The official SARIF 2.1.0 schema, compiled.
fn validator() -> (boon::Schemas, boon::SchemaIndex) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/schemas/sarif-2.1.0.json");
    let schema: Value = serde_json::from_str(&fs::read_to_string(path).unwrap()).unwrap();
    let mut schemas = boon::Schemas::new();
    let mut compiler = boon::Compiler::new();
    // `format` (uri, uri-reference, date-time) checked, not only noted.
    compiler.enable_format_assertions();
    compiler
        .add_resource("file:///sarif-2.1.0.json", schema)
        .unwrap();
    let index = compiler
        .compile("file:///sarif-2.1.0.json", &mut schemas)
        .unwrap_or_else(|e| panic!("{e:#}"));
    (schemas, index)
}

/// A map with findings of several kinds, a whole-file one among them (the
/// coverage gate), in `dir`.
fn broken_map(dir: &Path) {
    fs::create_dir_all(dir).unwrap();
    copy_dir(&fixture("schoon"), dir);
    let edit = |file: &str, old: &str, new: &str| replace_in(dir, file, old, new);
    edit(
        "regels.yaml",
        "      eerste_contact: spoed",
        "      eerste_contact: hulp",
    );
    edit(
        "organisaties.yaml",
        "020 000 00 02",
        "\"020 000 00 02, toestel 3: 50%\"",
    );
    edit(
        "organisaties.yaml",
        "    telefoon: \"112\"\n    gecontroleerd: 2026-01-15\n",
        "    telefoon: \"112\"\n",
    );
    edit(
        "scenarios.yaml",
        "  - naam: hulp thuis\n    antwoorden: {school: noord, woon: noord, zorg: hulp}\n    verwacht:\n      adviezen: [advies-hulp]\n      contacten: [hulp-noord, arts-noord]\n",
        "",
    );
}

/// `check FOLDER --format sarif --min-coverage 100` run in `cwd`.
fn sarif(cwd: &Path, folder: &str) -> Value {
    let output = routekaart_in(cwd)
        .args([
            "check",
            folder,
            "--format",
            "sarif",
            "--min-coverage",
            "100",
        ])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    serde_json::from_slice(&output.stdout).unwrap()
}

/// Undoes percent-encoding.
fn decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            out.push(u8::from_str_radix(&text[i + 1..i + 3], 16).unwrap());
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).unwrap()
}

/// Every result's file, as code scanning finds it: the base's URI and the
/// result's relative URI, as a path.
fn files(log: &Value) -> Vec<PathBuf> {
    let run = &log["runs"][0];
    let base = run["originalUriBaseIds"]["%SRCROOT%"]["uri"]
        .as_str()
        .expect("a named base");
    assert!(
        base.starts_with("file:///") && base.ends_with('/'),
        "{base}"
    );
    run["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|result| {
            let artifact = &result["locations"][0]["physicalLocation"]["artifactLocation"];
            assert_eq!(artifact["uriBaseId"], "%SRCROOT%");
            let uri = artifact["uri"].as_str().unwrap();
            for c in [' ', ':', '\\'] {
                assert!(!uri.contains(c), "`{c}` in {uri}");
            }
            assert!(!uri.starts_with('/') && !uri.starts_with("./"), "{uri}");
            PathBuf::from(decode(&base["file://".len()..])).join(decode(uri))
        })
        .collect()
}

fn assert_valid(log: &Value) {
    let (schemas, index) = validator();
    if let Err(e) = schemas.validate(log, index) {
        panic!("not valid SARIF 2.1.0: {e:#}\n{log:#}");
    }
}

#[test]
fn sarif_is_valid_and_names_files_relative_to_the_current_directory_however_given() {
    let top = tempfile::tempdir().unwrap();
    let top = top.path().canonicalize().unwrap();
    let map = top.join("regio's").join("kaart 100%: noord");
    broken_map(&map);
    let elsewhere = top.join("elders");
    fs::create_dir_all(&elsewhere).unwrap();
    let absolute = map.display().to_string();
    let runs = [
        (map.clone(), "./".to_string()),
        (map.clone(), ".".to_string()),
        (top.clone(), "regio's/kaart 100%: noord".to_string()),
        (top.clone(), "./regio's/kaart 100%: noord/".to_string()),
        (top.clone(), absolute.clone()),
        (elsewhere.clone(), absolute.clone()),
        (
            elsewhere.clone(),
            "../regio's/kaart 100%: noord".to_string(),
        ),
    ];
    let mut uris: Vec<Vec<String>> = Vec::new();
    for (cwd, folder) in &runs {
        let log = sarif(cwd, folder);
        assert_valid(&log);
        let found = files(&log);
        assert!(found.len() >= 4, "{log:#}");
        for file in &found {
            assert!(
                file.is_file(),
                "{folder} from {}: {} is no file",
                cwd.display(),
                file.display()
            );
            assert!(file.starts_with(&map), "{}", file.display());
        }
        uris.push(found.iter().map(|f| f.display().to_string()).collect());
    }
    assert!(uris.iter().all(|u| *u == uris[0]));
}

#[test]
fn sarif_names_files_relative_to_the_git_repository_that_holds_the_map() {
    let repository = tempfile::tempdir().unwrap();
    let repository = repository.path().canonicalize().unwrap();
    fs::create_dir(repository.join(".git")).unwrap();
    let map = repository.join("kaarten").join("noord");
    broken_map(&map);
    for cwd in [
        map.clone(),
        repository.join("kaarten"),
        std::env::temp_dir(),
    ] {
        let folder = if cwd == map {
            "."
        } else {
            map.to_str().unwrap()
        };
        let log = sarif(&cwd, folder);
        assert_valid(&log);
        let run = &log["runs"][0];
        let base = run["originalUriBaseIds"]["%SRCROOT%"]["uri"]
            .as_str()
            .unwrap();
        assert_eq!(
            decode(base),
            format!("file://{}/", repository.display()),
            "from {}",
            cwd.display()
        );
        let uri = run["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
            .as_str()
            .unwrap();
        assert!(uri.starts_with("kaarten/noord/"), "{uri}");
        for file in files(&log) {
            assert!(file.is_file(), "{}", file.display());
        }
    }
}

#[test]
fn sarif_rules_results_and_fingerprints_are_what_code_scanning_asks_for() {
    let dir = tempfile::tempdir().unwrap();
    broken_map(dir.path());
    let log = sarif(dir.path(), ".");
    let run = &log["runs"][0];
    let driver = &run["tool"]["driver"];
    assert_eq!(driver["name"], "routekaart");
    let rules = driver["rules"].as_array().unwrap();
    let mut titles: Vec<&str> = rules
        .iter()
        .map(|r| r["shortDescription"]["text"].as_str().unwrap())
        .collect();
    for rule in rules {
        for key in ["fullDescription", "help"] {
            let text = rule[key]["text"].as_str().unwrap_or_default();
            assert!(text.len() > 20, "{key} of {rule:#}");
        }
        assert_ne!(rule["name"], rule["id"]);
    }
    titles.sort_unstable();
    titles.dedup();
    assert_eq!(titles.len(), rules.len(), "titles not distinct: {rules:#?}");
    // `informationUri` comes from Cargo.toml and only from there.
    let page = [env!("CARGO_PKG_HOMEPAGE"), env!("CARGO_PKG_REPOSITORY")]
        .into_iter()
        .find(|u| !u.is_empty());
    assert_eq!(driver["informationUri"].as_str(), page);

    let results = run["results"].as_array().unwrap();
    let mut fingerprints: Vec<&str> = results
        .iter()
        .map(|r| {
            r["partialFingerprints"]["routekaartFinding/v1"]
                .as_str()
                .unwrap()
        })
        .collect();
    fingerprints.sort_unstable();
    fingerprints.dedup();
    assert_eq!(fingerprints.len(), results.len());
    for result in results {
        let region = &result["locations"][0]["physicalLocation"]["region"];
        assert!(region["startLine"].as_u64().unwrap() >= 1, "{result:#}");
    }
    // The coverage gate is about the whole file, and says what is not covered.
    let gate = results
        .iter()
        .find(|r| r["ruleId"] == "dekking-te-laag")
        .expect("the coverage gate fails");
    let text = gate["message"]["text"].as_str().unwrap();
    assert!(
        text.contains("niet gedekt (antwoorden): zorg=hulp"),
        "{text}"
    );
    let rule = log["runs"][0]["tool"]["driver"]["rules"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == "dekking-te-laag")
        .expect("the gate's rule");
    let help = rule["help"]["text"].as_str().unwrap();
    assert!(
        help.contains("`zorg=hulp`") && !help.contains("zie de lijst"),
        "{help}"
    );

    // A line added above every finding moves them, not their fingerprints.
    for file in ["organisaties.yaml", "regels.yaml", "scenarios.yaml"] {
        let path = dir.path().join(file);
        let text = fs::read_to_string(&path).unwrap();
        fs::write(&path, format!("# een regel erbij\n{text}")).unwrap();
    }
    let moved = sarif(dir.path(), ".");
    let keys = |log: &Value| -> Vec<(String, u64)> {
        log["runs"][0]["results"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| {
                (
                    r["partialFingerprints"]["routekaartFinding/v1"].to_string(),
                    r["locations"][0]["physicalLocation"]["region"]["startLine"]
                        .as_u64()
                        .unwrap(),
                )
            })
            .collect()
    };
    let (before, after) = (keys(&log), keys(&moved));
    assert_eq!(before.len(), after.len());
    for ((key, line), (moved_key, moved_line)) in before.iter().zip(&after) {
        assert_eq!(key, moved_key);
        assert!(
            *moved_line == line + 1 || *line == 1,
            "{line} → {moved_line}"
        );
    }
}

#[test]
fn github_annotations_say_what_is_not_covered() {
    let dir = tempfile::tempdir().unwrap();
    broken_map(dir.path());
    let output = routekaart_in(dir.path())
        .args(["check", ".", "--format", "github", "--min-coverage", "100"])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    let gate = stdout
        .lines()
        .find(|l| l.contains("dekking-te-laag"))
        .expect("an annotation for the gate");
    assert!(
        gate.contains("%0Aniet gedekt (antwoorden): zorg=hulp"),
        "{gate}"
    );
    // The help names it too: there is no list to point at here.
    assert!(
        gate.contains("hulp: voeg scenario's toe die bereiken wat nog niet gedekt is: `zorg=hulp`"),
        "{gate}"
    );
    assert!(!gate.contains("zie de lijst"), "{gate}");
}
