//! The shapes that once made `check` or `routes` exponential (issue 14), as
//! generated maps: answers shared by the branches of a multiple choice,
//! numbers asked again through `antwoord_van` (and, where higher is more
//! urgent, too many combinations for the urgency check: refused at once), a
//! multiple choice of up to 64 options asked again, a 2^60 diamond under an
//! `eerste_contact` rule, organisations filling roles in many patterns, and a
//! 120-stage chain for `routes`. Each must give the right verdict within a bound. The bound is
//! generous (release builds take milliseconds, `roles` about a second): it
//! catches an exponential, not noise. `cargo test --release --test cli
//! shapes` runs them on the release binary.

use crate::{routekaart_in, write_map};
use routekaart::testkit::{self, Files, adversarial};
use std::time::{Duration, Instant};

/// Five seconds for a release build; debug builds run some twenty times slower.
fn bound() -> Duration {
    Duration::from_secs(if cfg!(debug_assertions) { 60 } else { 5 })
}

/// Runs `args` on the map `files`, within [`bound`]: exit code and stdout.
fn run(files: Files, args: &[&str]) -> (Option<i32>, String) {
    let dir = tempfile::tempdir().unwrap();
    write_map(dir.path(), files);
    let started = Instant::now();
    let output = routekaart_in(dir.path()).args(args).output().unwrap();
    let elapsed = started.elapsed();
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    assert!(
        elapsed < bound(),
        "{args:?} took {elapsed:?}, bound {:?}\n{stdout}",
        bound()
    );
    assert!(
        output.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    (output.status.code(), stdout)
}

/// Fails unless `stdout` contains every one of `expected`.
fn contains_all(stdout: &str, expected: &[&str]) {
    for expected in expected {
        assert!(stdout.contains(expected), "`{expected}` not in:\n{stdout}");
    }
}

fn proves_every_rule(files: Files, rules: usize) {
    let (code, stdout) = run(files, &["check", "."]);
    assert_eq!(code, Some(0), "{stdout}");
    let every = format!("{rules} van {rules} regel");
    assert!(stdout.contains(&every), "`{every}` not in:\n{stdout}");
}

#[test]
fn closing_questions_shared_by_30_signals_are_proven_not_enumerated() {
    // 24 yes/no questions reached through every chosen signal: 2^24 combinations.
    proves_every_rule(adversarial::signal(24), 3);
}

#[test]
fn numbers_asked_again_at_many_places_are_proven() {
    // 5 numbers, each asked again at 12 places with a boundary of its own.
    proves_every_rule(adversarial::recall(5, 12), 3);
}

#[test]
fn an_urgency_check_past_its_bound_is_refused_at_once_naming_the_shared_answers() {
    // Below the first number, 5 numbers each split into 13 stretches by the
    // places that ask them again: 13^5 combinations, more than the urgency
    // check goes through. It refuses, naming that question and those
    // answers, and the rules are still proven.
    let started = Instant::now();
    let (code, stdout) = run(adversarial::urgent_recall(5, 12), &["check", "."]);
    assert!(started.elapsed() < bound() / 5, "{:?}", started.elapsed());
    assert_eq!(code, Some(1), "{stdout}");
    contains_all(
        &stdout,
        &[
            "de urgentie langs getalvraag `n1` is te complex om na te gaan",
            "de antwoorden op `n1`, `n2`, `n3`, `n4` en `n5` op meer plekken gebruikt",
            "3 van 3 regels bewezen",
        ],
    );
    // One refusal for the one cause, not one per question above it.
    assert_eq!(stdout.matches("te complex").count(), 1, "{stdout}");
    // Fewer places: few enough combinations, and no refusal.
    let (code, stdout) = run(adversarial::urgent_recall(3, 8), &["check", "."]);
    assert_eq!(code, Some(0), "{stdout}");
}

#[test]
fn a_first_contact_rule_holds_over_a_2_pow_60_diamond_of_organisations() {
    // Every route has its own set of organisations at the top urgency.
    proves_every_rule(adversarial::diamond(60), 1);
}

#[test]
fn a_shared_multiple_choice_of_many_options_gives_its_real_counterexample() {
    // 2^17 and 2^64 subsets; only the options that change what a rule looks
    // at are told apart.
    for options in [17, 64] {
        let (code, stdout) = run(adversarial::shared_choice(options), &["check", "."]);
        assert_eq!(code, Some(1), "{stdout}");
        contains_all(
            &stdout,
            &[
                "regel `nooit-spoed` geldt niet op elke route",
                "`spoedlijn` staat toch in het plan",
                "1 van 2 regels bewezen",
            ],
        );
        // The route chooses the last option, the one that adds the line.
        let route = stdout
            .lines()
            .find(|l| l.trim_start().starts_with("route: "))
            .unwrap();
        let last = format!("o{}", options - 1);
        let chosen = route.rsplit("keuze=").next().unwrap();
        assert!(chosen.split(',').any(|o| o == last), "{route}");
        assert!(!stdout.contains("te complex"), "{stdout}");
    }
}

#[test]
fn roles_filled_in_many_patterns_give_one_real_counterexample() {
    // The full national size in release builds; fewer gemeenten in debug ones.
    let (gemeenten, nodes) = if cfg!(debug_assertions) {
        (24, 120)
    } else {
        (342, 433)
    };
    let (code, stdout) = run(adversarial::roles(gemeenten, nodes), &["check", "."]);
    assert_eq!(code, Some(1), "{stdout}");
    contains_all(
        &stdout,
        &[
            "regel `verzuim-niet-te-vroeg` geldt niet op elke route",
            "`leerplicht` staat toch in het plan",
            "13 van 14 regels bewezen",
        ],
    );
    assert!(!stdout.contains("interne fout"), "{stdout}");
}

#[test]
fn routes_on_a_120_stage_map_are_counted_not_walked() {
    let (code, stdout) = run(testkit::chain(120), &["routes", "--routekaart", "."]);
    assert_eq!(code, Some(0), "{stdout}");
    // 2^120 routes, per advice.
    let total = "1.329.227.995.784.915.872.903.807.060.280.344.576";
    assert!(stdout.contains(total), "`{total}` not in:\n{stdout}");
}
