//! Mutation test: a copy of the shipped map (whatever it holds today) is
//! broken in each known way, and `check` must catch each with the right code,
//! file and line. Targets are picked by the files' structure (the first number
//! question with two ranges, the first gemeente, …), never by line numbers, so
//! the test follows the map as it grows.

use super::{copy_dir, routekaart_in};
use serde_json::Value;
use std::fs;
use std::path::{Path, PathBuf};

/// The shipped map's folder.
fn shipped() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("routekaart")
}

/// The first region folder of a map (by name), relative to the map folder:
/// where the gemeenten and the scenarios are.
fn first_region(dir: &Path) -> String {
    let mut regions: Vec<String> = fs::read_dir(dir.join("regios"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    regions.sort();
    format!("regios/{}", regions[0])
}

/// The lines of a map file.
fn lines(dir: &Path, file: &str) -> Vec<String> {
    fs::read_to_string(dir.join(file))
        .unwrap()
        .lines()
        .map(String::from)
        .collect()
}

fn write(dir: &Path, file: &str, lines: &[String]) {
    fs::write(dir.join(file), lines.join("\n") + "\n").unwrap();
}

/// The index of the first line at or after `from` that satisfies `wanted`.
fn find(lines: &[String], from: usize, wanted: impl Fn(&str) -> bool) -> usize {
    (from..lines.len())
        .find(|&i| wanted(&lines[i]))
        .expect("the shipped map has what the mutation needs")
}

/// The value after `key:` on a line.
fn value_of<'l>(line: &'l str, key: &str) -> &'l str {
    line.trim()
        .trim_start_matches("- ")
        .strip_prefix(key)
        .and_then(|rest| rest.strip_prefix(':'))
        .unwrap_or_else(|| panic!("`{key}:` not on `{line}`"))
        .trim()
}

/// A mutation: what it breaks, and the code, file and (1-based) line that
/// `check` must report.
struct Mutant {
    name: &'static str,
    code: &'static str,
    file: &'static str,
    lines: Vec<usize>,
}

/// Applies `mutate` to a fresh copy of the shipped map and checks what `check
/// --strict --format json` reports.
fn caught(mutate: impl Fn(&Path) -> Mutant) {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&shipped(), dir.path());
    let mutant = mutate(dir.path());
    let output = routekaart_in(dir.path())
        .args(["check", ".", "--strict", "--format", "json"])
        .output()
        .unwrap();
    let report: Value =
        serde_json::from_slice(&output.stdout).unwrap_or_else(|e| panic!("{}: {e}", mutant.name));
    assert_eq!(output.status.code(), Some(1), "{}: {report:#}", mutant.name);
    let findings = report["bevindingen"].as_array().unwrap();
    let hit = findings.iter().any(|f| {
        f["code"] == mutant.code
            && f["bestand"]
                .as_str()
                .is_some_and(|b| Path::new(b).file_name() == Path::new(mutant.file).file_name())
            && f["regel"]
                .as_u64()
                .is_some_and(|l| mutant.lines.contains(&(l as usize)))
    });
    assert!(
        hit,
        "{}: no `{}` at {}:{:?}; found:\n{}",
        mutant.name,
        mutant.code,
        mutant.file,
        mutant.lines,
        findings
            .iter()
            .map(|f| format!("{} {}:{}", f["code"], f["bestand"], f["regel"]))
            .collect::<Vec<_>>()
            .join("\n")
    );
}

/// The question blocks of vragen.yaml: (start index, id).
fn questions(lines: &[String]) -> Vec<(usize, String)> {
    lines
        .iter()
        .enumerate()
        .filter(|(_, l)| l.starts_with("  - id: "))
        .map(|(i, l)| (i, value_of(l, "id").to_string()))
        .collect()
}

/// The first number question with at least two ranges: the index of each
/// `- van:` line, and of its `max:` line.
fn number_question(lines: &[String]) -> (Vec<usize>, usize) {
    let blocks = questions(lines);
    for (n, (start, _)) in blocks.iter().enumerate() {
        let end = blocks.get(n + 1).map_or(lines.len(), |(s, _)| *s);
        let block = &lines[*start..end];
        if !block.iter().any(|l| l.trim() == "soort: getal") {
            continue;
        }
        let ranges: Vec<usize> = (*start..end)
            .filter(|&i| lines[i].trim_start().starts_with("- van:"))
            .collect();
        let max = (*start..end).find(|&i| lines[i].trim_start().starts_with("max:"));
        if let (true, Some(max)) = (ranges.len() >= 2, max) {
            return (ranges, max);
        }
    }
    panic!("the shipped map has no number question with two ranges");
}

#[test]
fn a_dangling_reference_is_caught_at_its_line() {
    caught(|dir| {
        let mut v = lines(dir, "vragen.yaml");
        let at = find(&v, 0, |l| l.starts_with("    naar: "));
        v[at] = "    naar: bestaat-niet".into();
        write(dir, "vragen.yaml", &v);
        Mutant {
            name: "dangling",
            code: "onbekende-verwijzing",
            file: "vragen.yaml",
            lines: vec![at + 1],
        }
    });
}

#[test]
fn a_duplicate_id_is_caught_at_the_second() {
    caught(|dir| {
        let mut v = lines(dir, "vragen.yaml");
        let blocks = questions(&v);
        let (second, _) = blocks[1];
        v[second] = format!("  - id: {}", blocks[0].1);
        write(dir, "vragen.yaml", &v);
        Mutant {
            name: "duplicate id",
            code: "dubbel-id",
            file: "vragen.yaml",
            lines: vec![second + 1],
        }
    });
}

#[test]
fn a_cycle_is_caught_at_a_question_on_it() {
    caught(|dir| {
        // The second question points back at the first.
        let mut v = lines(dir, "vragen.yaml");
        let blocks = questions(&v);
        let (second, _) = blocks[1];
        let at = find(&v, second, |l| l.starts_with("    naar: "));
        v[at] = format!("    naar: {}", blocks[0].1);
        write(dir, "vragen.yaml", &v);
        Mutant {
            name: "cycle",
            code: "kring",
            file: "vragen.yaml",
            lines: vec![blocks[0].0 + 1, second + 1],
        }
    });
}

#[test]
fn an_unreachable_question_and_advice_are_caught_at_their_ids() {
    caught(|dir| {
        let a = lines(dir, "adviezen.yaml");
        let advice = find(&a, 0, |l| l.starts_with("  - id: "));
        let advice = value_of(&a[advice], "id").to_string();
        let mut v = lines(dir, "vragen.yaml");
        v.push(String::new());
        v.push("  - id: nergens-vandaan".into());
        let line = v.len();
        v.extend([
            "    soort: janee".into(),
            "    tekst: Komt hier iemand?".into(),
            format!("    ja: {advice}"),
            format!("    nee: {advice}"),
        ]);
        write(dir, "vragen.yaml", &v);
        Mutant {
            name: "unreachable question",
            code: "onbereikbaar",
            file: "vragen.yaml",
            lines: vec![line],
        }
    });
    caught(|dir| {
        // A copy of the first advice under a new id: nothing leads to it.
        let mut a = lines(dir, "adviezen.yaml");
        let first = find(&a, 0, |l| l.starts_with("  - id: "));
        let next = find(&a, first + 1, |l| l.starts_with("  - id: "));
        let mut copy: Vec<String> = a[first..next].to_vec();
        copy[0] = "  - id: advies-nergens-vandaan".into();
        a.push(String::new());
        let line = a.len() + 1;
        a.extend(copy);
        write(dir, "adviezen.yaml", &a);
        Mutant {
            name: "unreachable advice",
            code: "onbereikbaar",
            file: "adviezen.yaml",
            lines: vec![line],
        }
    });
}

/// The second range of the first number question starts at `shift` from where
/// it should.
fn shift_second_range(dir: &Path, shift: i64, name: &'static str, code: &'static str) -> Mutant {
    let mut v = lines(dir, "vragen.yaml");
    let (ranges, _) = number_question(&v);
    let at = ranges[1];
    let from: i64 = value_of(&v[at], "van").parse().unwrap();
    v[at] = v[at].replace(&format!("van: {from}"), &format!("van: {}", from + shift));
    write(dir, "vragen.yaml", &v);
    Mutant {
        name,
        code,
        file: "vragen.yaml",
        lines: vec![at + 1],
    }
}

#[test]
fn a_range_gap_and_overlap_are_caught_at_the_range() {
    caught(|dir| shift_second_range(dir, 1, "gap", "bereik-gat"));
    caught(|dir| shift_second_range(dir, -1, "overlap", "bereik-overlap"));
}

#[test]
fn a_range_outside_min_max_is_caught_at_the_range() {
    caught(|dir| {
        // `max` lowered below the last range's start: that range is outside.
        let mut v = lines(dir, "vragen.yaml");
        let (ranges, max) = number_question(&v);
        let last = *ranges.last().unwrap();
        let from: i64 = value_of(&v[last], "van").parse().unwrap();
        let old_max = value_of(&v[max], "max").to_string();
        v[max] = v[max].replace(&format!("max: {old_max}"), &format!("max: {}", from - 1));
        write(dir, "vragen.yaml", &v);
        Mutant {
            name: "outside min–max",
            code: "bereik-buiten-min-max",
            file: "vragen.yaml",
            lines: vec![last + 1],
        }
    });
}

#[test]
fn a_gemeente_missing_a_role_is_caught_at_the_gemeente() {
    caught(|dir| {
        let file = format!("{}/gemeenten.yaml", first_region(dir));
        let mut g = lines(dir, &file);
        let gemeente = find(&g, 0, |l| l.starts_with("  - id: "));
        let roles = find(&g, gemeente, |l| l.trim() == "rollen:");
        g.remove(roles + 1);
        write(dir, &file, &g);
        Mutant {
            name: "missing role",
            code: "rol-niet-ingevuld",
            file: "gemeenten.yaml",
            lines: vec![gemeente + 1],
        }
    });
}

#[test]
fn a_changed_scenario_expectation_is_caught_at_its_scenario() {
    caught(|dir| {
        let file = format!("{}/scenarios.yaml", first_region(dir));
        let mut s = lines(dir, &file);
        let at = find(&s, 0, |l| l.trim_start().starts_with("eerste_contact: "));
        let start = (0..at).rev().find(|&i| s[i].starts_with("  - ")).unwrap();
        let other = if value_of(&s[at], "eerste_contact") == "alarmnummer-112" {
            "veilig-thuis"
        } else {
            "alarmnummer-112"
        };
        let indent = &s[at][..s[at].find('e').unwrap()];
        s[at] = format!("{indent}eerste_contact: {other}");
        write(dir, &file, &s);
        Mutant {
            name: "scenario",
            code: "scenario-faalt",
            file: "scenarios.yaml",
            lines: (start + 1..=at + 1).collect(),
        }
    });
}

/// The first `bron_bekeken` date of organisaties.yaml set to `date`.
fn checked_on(dir: &Path, date: &str, name: &'static str, code: &'static str) -> Mutant {
    let mut o = lines(dir, "organisaties.yaml");
    let at = find(&o, 0, |l| l.trim_start().starts_with("bron_bekeken: "));
    let old = value_of(&o[at], "bron_bekeken").to_string();
    o[at] = o[at].replace(&old, date);
    write(dir, "organisaties.yaml", &o);
    Mutant {
        name,
        code,
        file: "organisaties.yaml",
        lines: vec![at + 1],
    }
}

#[test]
fn a_stale_and_a_future_date_are_caught_at_the_date() {
    caught(|dir| checked_on(dir, "2020-01-15", "stale", "bron-lang-niet-bekeken"));
    caught(|dir| checked_on(dir, "2030-01-15", "future", "datum-in-de-toekomst"));
}
