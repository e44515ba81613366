//! `routekaart export`: the whole map as one printable document, in text and
//! Markdown, for the small fixture map (snapshots) and the shipped map.

use crate::{fixture, routekaart_in};
use predicates::str::contains;
use routekaart::core::map::{Map, QuestionKind};
use routekaart::shell::load::{MapSource, load};

/// `routekaart [--routekaart MAP] export ARGS` in a fresh folder: exit code,
/// stdout and stderr.
fn export(map: Option<&str>, args: &[&str]) -> (Option<i32>, String, String) {
    let dir = tempfile::tempdir().unwrap();
    let mut command = routekaart_in(dir.path());
    if let Some(map) = map {
        command.arg("--routekaart").arg(fixture(map));
    }
    let output = command.arg("export").args(args).output().unwrap();
    (
        output.status.code(),
        String::from_utf8(output.stdout).unwrap(),
        String::from_utf8(output.stderr).unwrap(),
    )
}

/// The export's stdout; fails on any other exit than 0.
fn exported(map: Option<&str>, args: &[&str]) -> String {
    let (code, stdout, stderr) = export(map, args);
    assert_eq!(code, Some(0), "{stderr}");
    assert!(!stdout.contains('\u{1b}'), "never colour in a printout");
    stdout
}

/// Fails when a line is wider than `width` characters (not bytes).
fn assert_fits(text: &str, width: usize) {
    for (n, line) in text.lines().enumerate() {
        let length = line.chars().count();
        assert!(
            length <= width,
            "line {} has {length} columns, more than {width}: {line}",
            n + 1
        );
    }
}

/// Text with every run of blanks and line breaks made one space, so a title
/// wrapped over lines (with its indent) is found as written.
fn flat(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Markdown with its escapes undone, flattened.
fn unescaped(markdown: &str) -> String {
    flat(&markdown.replace('\\', ""))
}

/// Fails unless every table has a header, a separator row and rows with as many
/// cells as the header (an escaped `\|` is no cell border).
fn assert_tables_are_valid(markdown: &str) {
    let cells = |line: &str| line.replace("\\|", "").matches('|').count();
    let lines: Vec<&str> = markdown.lines().collect();
    let mut n = 0;
    let mut tables = 0;
    while n < lines.len() {
        if !lines[n].starts_with('|') {
            n += 1;
            continue;
        }
        tables += 1;
        assert!(
            n > 0 && lines[n - 1].is_empty(),
            "blank line before a table"
        );
        let header = cells(lines[n]);
        let separator = lines[n + 1];
        assert_eq!(
            separator,
            format!("|{}", " --- |".repeat(header - 1)),
            "separator under {}",
            lines[n]
        );
        n += 2;
        while n < lines.len() && lines[n].starts_with('|') {
            assert_eq!(cells(lines[n]), header, "row: {}", lines[n]);
            n += 1;
        }
    }
    assert!(tables > 0, "the directory is in tables");
}

fn shipped() -> Map {
    load(&MapSource::Embedded, routekaart::i18n::Lang::Nl)
        .unwrap()
        .map
}

/// The signal options of the shipped map: value and label.
fn shipped_signals(map: &Map) -> Vec<(String, String)> {
    let q = map
        .question_index("signaal")
        .expect("the shipped map asks for signals");
    match &map.questions[q].kind {
        QuestionKind::MultiChoice(options) | QuestionKind::Choice(options) => options
            .iter()
            .map(|o| (o.value.clone(), o.label.nl.clone()))
            .collect(),
        _ => panic!("`signaal` is a choice question"),
    }
}

#[test]
fn text_export_of_the_fixture() {
    let text = exported(Some("klein"), &[]);
    assert_fits(&text, 80);
    insta::assert_snapshot!("export_text_klein", text);
}

#[test]
fn markdown_export_of_the_fixture() {
    let markdown = exported(Some("klein"), &["--format", "markdown"]);
    assert_tables_are_valid(&markdown);
    insta::assert_snapshot!("export_markdown_klein", markdown);
}

#[test]
fn the_shipped_map_prints_whole_in_80_columns() {
    let map = shipped();
    let text = exported(None, &[]);
    assert_fits(&text, 80);
    let flat_text = flat(&text);
    for advice in &map.advices {
        assert!(flat_text.contains(&advice.titel.nl), "advice {}", advice.id);
    }
    for org in &map.organisations {
        assert!(flat_text.contains(&org.naam), "organisation {}", org.id);
    }
    for (n, (value, label)) in shipped_signals(&map).iter().enumerate() {
        let heading = format!("3.{} {label}", n + 1);
        assert!(flat_text.contains(&heading), "signal {value}: {heading}");
    }
    for gemeente in &map.gemeenten {
        assert!(text.contains(&gemeente.naam), "gemeente {}", gemeente.id);
    }
    assert!(text.contains(&format!("Versie: {}", map.meta.versie)));
    assert!(text.contains("Afgedrukt op: 05-12-2026"));
}

#[test]
fn the_shipped_map_in_markdown_has_every_signal_advice_and_organisation() {
    let map = shipped();
    let markdown = exported(None, &["--format", "markdown"]);
    assert_tables_are_valid(&markdown);
    let plain = unescaped(&markdown);
    for advice in &map.advices {
        assert!(plain.contains(&advice.titel.nl), "advice {}", advice.id);
    }
    for org in &map.organisations {
        assert!(plain.contains(&org.naam), "organisation {}", org.id);
    }
    for (n, (value, label)) in shipped_signals(&map).iter().enumerate() {
        let heading = format!("### 3.{} {label}", n + 1);
        assert!(plain.contains(&heading), "signal {value}: {heading}");
    }
}

#[test]
fn every_source_is_listed_once_in_chapter_five() {
    let map = shipped();
    let text = flat(&exported(None, &["--width", "200"]));
    let sources = &text[text.find("5. BRONNEN").expect("chapter 5")..];
    let cited = map
        .advices
        .iter()
        .flat_map(|a| &a.bronnen)
        .chain(map.organisations.iter().flat_map(|o| &o.bronnen));
    for source in cited {
        let entry = format!("] {}", flat(source));
        assert_eq!(sources.matches(&entry).count(), 1, "source {source}");
    }
}

#[test]
fn a_narrow_width_is_kept() {
    let text = exported(None, &["--width", "60"]);
    assert_fits(&text, 60);
}

#[test]
fn the_file_is_written_and_kept_unless_forced() {
    let dir = tempfile::tempdir().unwrap();
    let klein = fixture("klein");
    let run = |extra: &[&str]| {
        let mut command = routekaart_in(dir.path());
        command
            .arg("--routekaart")
            .arg(&klein)
            .args(["export", "-o", "kaart.md", "--format", "markdown"])
            .args(extra);
        command
    };
    run(&[])
        .assert()
        .success()
        .stdout("")
        .stderr(contains("Kaart geschreven naar kaart.md"));
    let path = dir.path().join("kaart.md");
    let written = std::fs::read_to_string(&path).unwrap();
    assert_eq!(
        written,
        exported(Some("klein"), &["--format", "markdown"]),
        "the file holds what stdout would"
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&path).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }

    std::fs::write(&path, "eigen aantekeningen\n").unwrap();
    run(&[])
        .assert()
        .code(2)
        .stderr(contains("kaart.md bestaat al"))
        .stderr(contains("--force"));
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        "eigen aantekeningen\n",
        "an existing file is left alone"
    );

    run(&["--force"]).assert().success();
    assert_eq!(std::fs::read_to_string(&path).unwrap(), written);
}
