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
        assert!(String::from_utf8_lossy(&output.stdout).contains("PLAN VOOR"));
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
