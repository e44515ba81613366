//! `check` as a gate for CI (issue 19): one answer domain for the engine,
//! `routes` and `check`; dates after today; a coverage gate with nothing to
//! measure; and `advise` answers that are never dropped or order-dependent.

use super::{copy_dir, fixture, replace_in, routekaart_in};
use std::fs;
use std::path::Path;

/// `check .` in `dir` with `args`: exit code and stdout.
fn check(dir: &Path, args: &[&str]) -> (Option<i32>, String) {
    let output = routekaart_in(dir)
        .args(["check", "."])
        .args(args)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    (
        output.status.code(),
        String::from_utf8_lossy(&output.stdout).into_owned(),
    )
}

/// The fixture `schoon` in a fresh folder, with `file`'s `old` replaced by `new`.
fn schoon_with(file: &str, old: &str, new: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&fixture("schoon"), dir.path());
    replace_in(dir.path(), file, old, new);
    dir
}

/// The 1-based line of the first line of `file` in `dir` that contains `needle`.
fn line_of(dir: &Path, file: &str, needle: &str) -> usize {
    fs::read_to_string(dir.join(file))
        .unwrap()
        .lines()
        .position(|l| l.contains(needle))
        .unwrap_or_else(|| panic!("`{needle}` not in {file}"))
        + 1
}

/// A range above `max` is no possible answer: an error at the range, the
/// advice only it leads to is unreachable, and a rule's counterexample stays
/// inside `min..=max` (it reproduces with `advise`).
#[test]
fn a_range_outside_min_max_is_an_error_and_what_only_it_reaches_is_unreachable() {
    let dir = schoon_with(
        "vragen.yaml",
        "      - van: 16\n        tot_en_met: 100\n        naar: advies-melden",
        "      - van: 16\n        tot_en_met: 100\n        naar: advies-hulp\n      - van: 101\n        tot_en_met: 1000\n        naar: advies-melden",
    );
    let (code, stdout) = check(dir.path(), &[]);
    assert_eq!(code, Some(1), "{stdout}");
    let line = line_of(dir.path(), "vragen.yaml", "van: 101");
    assert!(
        stdout.contains(&format!("vragen.yaml:{line}:")),
        "no finding at vragen.yaml:{line}:\n{stdout}"
    );
    assert!(
        stdout.contains(
            "vraag `uren`: dit deel van de vraag kan niemand kiezen: 101 tot en met 1000 valt buiten 0 tot en met 100"
        ),
        "{stdout}"
    );
    assert!(
        stdout.contains("advies `advies-melden` is vanaf de start niet te bereiken"),
        "{stdout}"
    );
    // No counterexample outside the domain: every `advise` line `check`
    // prints runs (exit 0), and none names an answer above 100.
    for line in stdout.lines().filter(|l| l.contains("routekaart advise")) {
        let command = &line[line.find("routekaart advise").unwrap()..];
        let words: Vec<String> = command
            .split_whitespace()
            .skip(1)
            .map(|w| w.trim_matches('\'').to_string())
            .collect();
        let output = routekaart_in(dir.path()).args(&words).output().unwrap();
        assert!(
            output.status.success(),
            "`{command}` fails: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        for word in words.iter().filter_map(|w| w.strip_prefix("uren=")) {
            assert!(word.parse::<i64>().unwrap() <= 100, "{command}");
        }
    }
}

/// A range that reaches past `max` is reported for the part past it, and
/// urgency is only compared within the domain.
#[test]
fn a_range_partly_past_max_is_reported_for_that_part() {
    let dir = schoon_with(
        "vragen.yaml",
        "        tot_en_met: 100\n",
        "        tot_en_met: 250\n",
    );
    let (code, stdout) = check(dir.path(), &["--lang", "en"]);
    assert_eq!(code, Some(1), "{stdout}");
    assert!(
        stdout.contains(
            "question `uren`: no one can choose this part of the question: 101 to 250 lies outside 0 to 100"
        ),
        "{stdout}"
    );
    assert!(!stdout.contains("urgency"), "{stdout}");
}

#[test]
fn a_check_date_in_the_future_is_an_error_on_its_line() {
    // The tests' today is 2026-12-05.
    let dir = schoon_with(
        "organisaties.yaml",
        "    telefoon: \"112\"\n    gecontroleerd: 2026-01-15",
        "    telefoon: \"112\"\n    gecontroleerd: 2027-01-15",
    );
    let (code, stdout) = check(dir.path(), &[]);
    assert_eq!(code, Some(1), "{stdout}");
    let line = line_of(dir.path(), "organisaties.yaml", "2027-01-15");
    assert!(
        stdout.contains(&format!("organisaties.yaml:{line}:")),
        "{stdout}"
    );
    assert!(
        stdout.contains(
            "organisatie `spoed`: `gecontroleerd` is 2027-01-15, een datum in de toekomst"
        ),
        "{stdout}"
    );
    let dir = schoon_with(
        "organisaties.yaml",
        "    telefoon: \"112\"\n    gecontroleerd: 2026-01-15",
        "    telefoon: \"112\"\n    bron_bekeken: 2026-12-06",
    );
    let (code, stdout) = check(dir.path(), &[]);
    assert_eq!(code, Some(1), "{stdout}");
    assert!(stdout.contains("`bron_bekeken` is 2026-12-06"), "{stdout}");
}

#[test]
fn a_coverage_gate_without_scenarios_fails() {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&fixture("schoon"), dir.path());
    fs::remove_file(dir.path().join("scenarios.yaml")).unwrap();
    let (code, stdout) = check(dir.path(), &[]);
    assert_eq!(code, Some(0), "without a gate nothing is asked: {stdout}");
    let (code, stdout) = check(dir.path(), &["--min-coverage", "90", "--strict"]);
    assert_eq!(code, Some(1), "{stdout}");
    assert!(
        stdout.contains(
            "--min-coverage vraagt 90,0% dekking, maar er zijn geen scenario's om te meten"
        ),
        "{stdout}"
    );
}

/// `advise` on the embedded map: stdout, stderr and exit code.
fn advise(args: &[&str]) -> (Option<i32>, String, String) {
    let dir = tempfile::tempdir().unwrap();
    let output = routekaart_in(dir.path())
        .arg("advise")
        .args(args)
        .output()
        .unwrap();
    (
        output.status.code(),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

#[test]
fn a_second_answer_flag_for_one_question_is_refused_not_dropped() {
    let (code, stdout, stderr) = advise(&["-a", "signaal=veiligheid", "-a", "signaal=opvoeding"]);
    assert_eq!(code, Some(2), "{stdout}");
    assert!(
        stderr.contains(
            "vraag `signaal` kreeg twee antwoorden: `signaal=veiligheid` en `signaal=opvoeding`"
        ),
        "{stderr}"
    );
    assert!(
        stderr.contains("--answer signaal=veiligheid,opvoeding"),
        "{stderr}"
    );
    let (code, _, stderr) = advise(&[
        "-a",
        "schoolgemeente=amstelveen",
        "-a",
        "schoolgemeente=aalsmeer",
    ]);
    assert_eq!(code, Some(2));
    assert!(stderr.contains("geef elke vraag één --answer"), "{stderr}");
}

#[test]
fn the_order_of_multiple_choices_does_not_change_the_plan() {
    let plan = |signals: &str| {
        let signals = format!("signaal={signals}");
        let (code, stdout, stderr) = advise(&[
            "-a",
            "schoolgemeente=amstelveen",
            "-a",
            "woongemeente=amstelveen",
            "-a",
            &signals,
        ]);
        assert!(code == Some(0) || code == Some(3), "{stderr}");
        stdout
    };
    let (forward, backward) = (plan("veiligheid,verzuim"), plan("verzuim,veiligheid"));
    assert_eq!(forward, backward);
    assert!(!forward.is_empty());
}
