//! The map shipped in the binary: it loads, every route ends in a plan with a
//! contact the school can reach, and its scenarios pass.

use crate::routekaart_in;
use predicates::str::contains;
use routekaart::check::dataflow::{Named, Tracking, resolve_roles};
use routekaart::core::answer::Answer;
use routekaart::core::engine::Session;
use routekaart::core::map::{GemeenteKind, Map, QuestionKind};
use routekaart::core::model::ScenariosFile;
use routekaart::core::plan::{Plan, Unresolved, Whom};
use routekaart::shell::load::{MapSource, load};

/// Every answer worth trying for a question: each option, both ends of each
/// range, every gemeente offered. For multiple choice: each option alone, and all
/// of them together. Every set in between is not needed: chosen branches are
/// walked independently and the plan is the union of theirs, so a property that
/// holds for each option alone (a reachable contact) holds for any set; "all
/// together" proves that shared questions are asked once and answers combine.
fn candidate_answers(map: &Map, q: usize) -> Vec<Answer> {
    match &map.questions[q].kind {
        QuestionKind::Choice(options) => (0..options.len()).map(Answer::Choice).collect(),
        QuestionKind::MultiChoice(options) => (0..options.len())
            .map(|i| Answer::Choices(vec![i]))
            .chain([Answer::Choices((0..options.len()).collect())])
            .collect(),
        QuestionKind::Number { ranges, .. } => ranges
            .iter()
            .flat_map(|r| [Answer::Number(r.from), Answer::Number(r.to)])
            .collect(),
        QuestionKind::YesNo { .. } => vec![Answer::YesNo(true), Answer::YesNo(false)],
        // Exactly what a user can answer: "another gemeente" only where offered.
        QuestionKind::Gemeente { .. } => {
            routekaart::core::answer::options(map, &map.questions[q], routekaart::i18n::Lang::Nl)
                .iter()
                .map(|(value, _)| {
                    routekaart::core::answer::parse(map, &map.questions[q], value).unwrap()
                })
                .collect()
        }
    }
}

/// Walks every route depth-first through the engine; calls `visit` on each complete one.
/// Below an "all options" answer only one answer per question is tried (the
/// middle candidate): the cross product of every branch would be millions of
/// routes, and each branch is already walked in full on its own.
fn every_route(session: Session, combined: bool, visit: &mut impl FnMut(&Session)) {
    let walk = session.walk();
    let Some(q) = walk.next else {
        visit(&session);
        return;
    };
    let mut candidates = candidate_answers(session.map(), q);
    if combined {
        candidates = vec![candidates.swap_remove(candidates.len() / 2)];
    }
    for answer in candidates {
        let all_options = match (&session.map().questions[q].kind, &answer) {
            (QuestionKind::MultiChoice(options), Answer::Choices(chosen)) => {
                options.len() > 1 && chosen.len() == options.len()
            }
            _ => false,
        };
        let mut next = session.clone();
        next.answer(q, answer);
        every_route(next, combined || all_options, visit);
    }
}

#[test]
fn every_route_of_the_shipped_map_ends_in_a_plan_with_a_reachable_contact() {
    let loaded =
        load(&MapSource::Embedded, routekaart::i18n::Lang::Nl).expect("the shipped map loads");
    let map = &loaded.map;
    let mut routes = 0;
    let mut unreachable = Vec::new();
    let mut advices_seen = std::collections::HashSet::new();
    every_route(Session::new(map), false, &mut |session| {
        routes += 1;
        let walk = session.walk();
        let plan = Plan::build(map, &walk);
        assert!(!plan.advices.is_empty());
        // What `check` proves rules with must agree with the plan on every
        // route: its first contact (roles resolved by the route's gemeenten,
        // as the plan merges them) and its urgency.
        let gemeente = |kind: GemeenteKind| {
            walk.steps
                .iter()
                .find_map(|s| match (&map.questions[s.question].kind, &s.answer) {
                    (QuestionKind::Gemeente { kind: k, .. }, Answer::Gemeente(g)) if *k == kind => {
                        Some(*g)
                    }
                    _ => None,
                })
        };
        let (woon, school) = (
            gemeente(GemeenteKind::Woongemeente).expect("asked"),
            gemeente(GemeenteKind::Schoolgemeente).expect("asked"),
        );
        let tracking = Tracking {
            first_contact: true,
            roles: resolve_roles(map, woon, school),
            ..Tracking::default()
        };
        let outcome = tracking.of_walk(map, &walk);
        let top = outcome.top.expect("a plan has contacts");
        let named = match plan.contacts[0].whom {
            Whom::Organisation(o) => Named::Organisation(o),
            Whom::FromDossier(role) | Whom::Unresolved { role, .. } => Named::Role(role),
        };
        assert_eq!(
            top.first(),
            Some(named),
            "first contact of {:?}",
            walk.steps
        );
        assert_eq!(top.urgency, plan.urgency(), "urgency of {:?}", walk.steps);
        advices_seen.extend(plan.advices.iter().map(|a| a.advice));
        // A contact the school can reach: an organisation with a phone, e-mail or
        // website; or, for a pupil from outside the region, the plan's instruction
        // to look the role up in that gemeente.
        let reachable = plan.contacts.iter().any(|c| match c.whom {
            Whom::Organisation(o) => {
                let org = &map.organisations[o];
                org.telefoon.is_some() || org.email.is_some() || org.website.is_some()
            }
            Whom::Unresolved {
                reason: Unresolved::OtherGemeente,
                ..
            } => true,
            Whom::Unresolved { .. } | Whom::FromDossier(_) => false,
        });
        if !reachable && unreachable.len() < 5 {
            unreachable.push(format!("{:?}", walk.steps));
        }
    });
    assert!(
        unreachable.is_empty(),
        "routes without a reachable contact: {unreachable:#?}"
    );
    assert_eq!(
        advices_seen.len(),
        map.advices.len(),
        "every advice is reachable"
    );
    eprintln!("walked {routes} routes of the shipped map");
    assert!(routes > 10_000, "walked {routes} routes");
}

/// The shipped map's scenario files: each region's (the core has none).
fn scenario_files() -> Vec<routekaart::core::source::SourceFile> {
    routekaart::core::embedded::region_scenarios()
}

/// The shipped map's scenarios, every file together.
fn all_scenarios() -> ScenariosFile {
    let mut all = ScenariosFile {
        scenarios: Vec::new(),
    };
    for file in scenario_files() {
        let parsed: ScenariosFile = routekaart::core::parse::parse(&file).expect("scenarios parse");
        all.scenarios.extend(parsed.scenarios);
    }
    all
}

#[test]
fn the_shipped_scenarios_pass() {
    let loaded =
        load(&MapSource::Embedded, routekaart::i18n::Lang::Nl).expect("the shipped map loads");
    let mut outcomes = Vec::new();
    for file in scenario_files() {
        outcomes.extend(
            routekaart::core::scenario::run_file(&loaded.map, &file).expect("scenarios parse"),
        );
    }
    assert!(outcomes.len() >= 90, "{} scenarios", outcomes.len());
    let failed: Vec<String> = outcomes
        .iter()
        .filter(|o| !o.passed())
        .map(|o| {
            let problems: Vec<String> = o
                .problems
                .iter()
                .map(|p| p.text(routekaart::i18n::Lang::Nl))
                .collect();
            format!("{}: {}", o.name, problems.join("; "))
        })
        .collect();
    assert!(failed.is_empty(), "{}", failed.join("\n"));
}

#[test]
fn the_binary_advises_from_the_embedded_map_in_any_folder() {
    let dir = tempfile::tempdir().unwrap();
    routekaart_in(dir.path())
        .args([
            "advise",
            "--answer",
            "schoolgemeente=aalsmeer",
            "--answer",
            "woongemeente=uithoorn",
        ])
        .args([
            "--answer",
            "al-betrokken=nee",
            "--answer",
            "signaal=verzuim",
        ])
        .args([
            "--answer",
            "verzuim-soort=ongeoorloofd",
            "--answer",
            "verzuim-uren=16",
        ])
        .args(["--answer", "leeftijd=12"])
        .assert()
        .code(0)
        .stdout(contains("DUO, verzuim melden"))
        .stdout(contains("Leerplicht, gemeente Uithoorn"))
        .stdout(contains("binnen 5 werkdagen"));
}

#[test]
fn ask_without_a_terminal_points_to_advise() {
    let dir = tempfile::tempdir().unwrap();
    routekaart_in(dir.path())
        .write_stdin("")
        .assert()
        .code(2)
        .stderr(contains("terminal"))
        .stderr(contains("routekaart advise"));
}

#[test]
fn the_shipped_scenarios_expect_every_advice_gemeente_and_school_type() {
    let loaded =
        load(&MapSource::Embedded, routekaart::i18n::Lang::Nl).expect("the shipped map loads");
    let map = &loaded.map;
    let file = all_scenarios();
    let expected_advices: Vec<&String> = file
        .scenarios
        .iter()
        .flat_map(|s| s.verwacht.adviezen.iter().flatten())
        .collect();
    let answered = |question: &str, value: &str| {
        file.scenarios.iter().any(|s| {
            s.antwoorden
                .iter()
                .any(|(id, answer)| id.value == question && answer.to_text() == value)
        })
    };
    let mut missing: Vec<String> = map
        .advices
        .iter()
        .filter(|a| !expected_advices.contains(&&a.id))
        .map(|a| format!("advies {}", a.id))
        .collect();
    for gemeente in &map.gemeenten {
        for key in ["schoolgemeente", "woongemeente"] {
            if !answered(key, &gemeente.id) {
                missing.push(format!("{key} {}", gemeente.id));
            }
        }
    }
    for school in ["po", "vo", "mbo"] {
        if !answered("schoolsoort", school) {
            missing.push(format!("schoolsoort {school}"));
        }
    }
    assert!(missing.is_empty(), "no scenario for: {missing:?}");
}

#[test]
fn a_thuiszitter_plan_dates_the_three_month_line_and_puts_the_regisseur_first() {
    let dir = tempfile::tempdir().unwrap();
    // Six weeks at home on 05-12-2026 (EPOCH): 13 weeks is 7 weeks from now.
    let output = routekaart_in(dir.path())
        .args(["advise", "-a", "schoolgemeente=haarlemmermeer"])
        .args(["-a", "woongemeente=haarlemmermeer", "-a", "al-betrokken=ja"])
        .args(["-a", "signaal=thuiszitten", "-a", "leeftijd=9"])
        .args(["-a", "thuis-weken=6", "-a", "schoolsoort=po"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
    let plan = String::from_utf8_lossy(&output.stdout);
    assert!(
        plan.contains("EERST: De casusregisseur of hulpverlener die al betrokken is"),
        "{plan}"
    );
    assert!(plan.contains("WETTELIJKE PLICHTEN EN DATA"), "{plan}");
    assert!(plan.contains("rond 23-01-2027: 3 maanden thuis"), "{plan}");
    assert!(
        !plan.contains("Na 4 weken thuis"),
        "the four-week line belongs to the threatened route only: {plan}"
    );

    let threatened = routekaart_in(dir.path())
        .args(["advise", "-a", "schoolgemeente=haarlemmermeer"])
        .args([
            "-a",
            "woongemeente=haarlemmermeer",
            "-a",
            "al-betrokken=nee",
        ])
        .args(["-a", "signaal=thuiszitten", "-a", "leeftijd=9"])
        .args([
            "-a",
            "thuis-weken=0",
            "-a",
            "schoolsoort=po",
            "--format",
            "json",
        ])
        .output()
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&threatened.stdout).unwrap();
    let dates: Vec<(&str, bool)> = json["plan"]["mijlpalen"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| {
            (
                m["datum"].as_str().unwrap(),
                m["voorbij"].as_bool().unwrap(),
            )
        })
        .collect();
    assert_eq!(dates, [("2027-01-02", false), ("2027-03-06", false)]);
}

#[test]
fn an_answer_to_a_question_with_antwoord_van_counts_for_the_question_it_names() {
    let dir = tempfile::tempdir().unwrap();
    let plan = |school_answer: &str| {
        let output = routekaart_in(dir.path())
            .args([
                "advise",
                "-a",
                "schoolgemeente=uithoorn",
                "-a",
                "woongemeente=uithoorn",
            ])
            .args([
                "-a",
                "al-betrokken=nee",
                "-a",
                "signaal=conflict",
                "-a",
                school_answer,
            ])
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(0), "{school_answer}");
        String::from_utf8_lossy(&output.stdout).into_owned()
    };
    let direct = plan("schoolsoort=mbo");
    assert!(direct.contains("Onderwijsconsulenten"), "{direct}");
    assert_eq!(plan("conflict-schoolsoort=mbo"), direct);
}

#[test]
fn the_shipped_map_passes_check_strict_with_full_coverage() {
    let scenarios = all_scenarios().scenarios.len();
    let dir = tempfile::tempdir().unwrap();
    let manifest = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    for args in [
        vec!["check", "--strict", "--min-coverage", "100"],
        vec!["check", "routekaart", "--strict", "--min-coverage", "100"],
    ] {
        let folder = if args.len() == 5 {
            manifest
        } else {
            dir.path()
        };
        routekaart_in(folder)
            .args(&args)
            .assert()
            .code(0)
            .stdout(contains(format!(
                "0 fouten, 0 waarschuwingen, {scenarios} scenario's geslaagd"
            )))
            .stdout(contains("20 van 20 regels bewezen"))
            .stdout(contains("Dekking door de scenario's: 100,0%"));
    }
}

#[test]
fn the_embedded_summaries_are_exactly_the_kept_files() {
    let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("routekaart");
    let mut kept: Vec<String> = std::fs::read_dir(folder.join("samenvattingen"))
        .unwrap()
        .map(|e| {
            format!(
                "samenvattingen/{}",
                e.unwrap().file_name().to_string_lossy()
            )
        })
        .collect();
    kept.sort();
    let mut embedded: Vec<String> = routekaart::core::embedded::SUMMARIES
        .iter()
        .map(|(path, _)| path.to_string())
        .collect();
    embedded.sort();
    assert_eq!(embedded, kept, "list every kept summary in src/embedded.rs");
}

#[test]
fn the_embedded_regions_are_exactly_the_region_files() {
    let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("routekaart");
    let mut kept = Vec::new();
    for region in std::fs::read_dir(folder.join("regios")).unwrap() {
        let region = region.unwrap();
        for file in std::fs::read_dir(region.path()).unwrap() {
            kept.push(format!(
                "regios/{}/{}",
                region.file_name().to_string_lossy(),
                file.unwrap().file_name().to_string_lossy()
            ));
        }
    }
    kept.sort();
    let mut embedded: Vec<String> = routekaart::core::embedded::REGIONS
        .iter()
        .map(|(path, _)| path.to_string())
        .collect();
    embedded.sort();
    assert_eq!(
        embedded, kept,
        "list every region file in src/core/embedded.rs"
    );
}

/// Breaks a copy of the shipped map as a maintainer might, and checks that
/// `check` names the mistake and its line.
#[test]
fn check_catches_mistakes_in_a_copy_of_the_shipped_map() {
    let source = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("routekaart");
    let cases: [(&str, &str, &str, &[&str]); 4] = [
        (
            "regios/amstelland-en-de-meerlanden/gemeenten.yaml",
            "      leerplicht: leerplicht-aalsmeer\n",
            "",
            &[
                "gemeente `aalsmeer` vult rol `leerplicht` niet in",
                "amstelland-en-de-meerlanden/gemeenten.yaml:6:9",
            ],
        ),
        (
            "adviezen.yaml",
            "      - organisatie: alarmnummer-112\n        urgentie: acuut",
            "      - organisatie: alarmnummer-112\n        urgentie: deze-week",
            &[
                "regel `acuut-gevaar-eerst-112` geldt niet op elke route",
                "het plan noemt eerst `betrokken-hulpverlener`, niet `alarmnummer-112`",
                "--answer direct-gevaar=ja",
            ],
        ),
        (
            "vragen.yaml",
            "        tot_en_met: 15\n        naar: verzuim-laag-leeftijd",
            "        tot_en_met: 14\n        naar: verzuim-laag-leeftijd",
            &["vraag `verzuim-uren`: het getal 15 valt in geen enkel bereik"],
        ),
        (
            "regios/amstelland-en-de-meerlanden/organisaties.yaml",
            "0900 1852",
            "0900 18 52 1",
            &["`0900 18 52 1` is geen Nederlands telefoonnummer"],
        ),
    ];
    for (file, old, new, expect) in cases {
        let dir = tempfile::tempdir().unwrap();
        crate::copy_dir(&source, dir.path());
        let path = dir.path().join(file);
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.contains(old), "`{old}` not in {file}");
        std::fs::write(&path, text.replacen(old, new, 1)).unwrap();
        let output = routekaart_in(dir.path())
            .args(["check", "."])
            .output()
            .unwrap();
        let stdout = String::from_utf8_lossy(&output.stdout).replace("./", "");
        assert_eq!(output.status.code(), Some(1), "{file}: {stdout}");
        for e in expect {
            assert!(stdout.contains(e), "{file}: `{e}` not in:\n{stdout}");
        }
    }
}
