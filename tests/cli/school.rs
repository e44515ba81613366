//! "Mijn school": a fictional school in Uithoorn, with clearly fake numbers
//! (0297 000 00x), whose own people come first in its plans.

use crate::{NO_SETTINGS, routekaart_in};
use std::fs;
use std::path::Path;

/// The profile of De Proefschool, a fictional primary school in Uithoorn.
/// The jeugdarts's data are from 2025-06-01: over 12 months before the tests' date.
pub const PROEFSCHOOL: &str = "\
school: De Proefschool (verzonnen)
gemeente: uithoorn
schoolsoort: po
mensen:
  - rol: leerplicht
    naam: A. de Proef
    telefoon: 0297 000 001
    email: leerplicht@proefschool.invalid
    bijgewerkt: 2026-09-01
  - rol: jeugdarts
    naam: B. de Proef
    telefoon: 0297 000 002
    bijgewerkt: 2025-06-01
  - rol: schoolbestuur
    naam: C. de Proef
    telefoon: 0297 000 000
    bijgewerkt: 2026-09-01
";

/// Writes the profile into `dir` and returns its name there.
pub fn write_profile(dir: &Path) -> &'static str {
    fs::write(dir.join("school.yaml"), PROEFSCHOOL).unwrap();
    "school.yaml"
}

/// Verzuim of a pupil who lives in Uithoorn; the school's gemeente and type
/// come from the profile.
const VERZUIM: &[&str] = &[
    "-a",
    "woongemeente=uithoorn",
    "-a",
    "al-betrokken=nee",
    "-a",
    "signaal=verzuim,ziekte",
    "-a",
    "verzuim-soort=ongeoorloofd",
    "-a",
    "verzuim-uren=20",
    "-a",
    "leeftijd=10",
    "-a",
    "ziekte-patroon=ja",
];

fn advise(dir: &Path, extra: &[&str]) -> (bool, String, String) {
    let output = routekaart_in(dir)
        .arg("advise")
        .args(extra)
        .args(VERZUIM)
        .output()
        .unwrap();
    (
        output.status.success(),
        String::from_utf8(output.stdout).unwrap(),
        String::from_utf8(output.stderr).unwrap(),
    )
}

/// The contact block of the plan that starts with `heading`.
fn contact<'p>(plan: &'p str, heading: &str) -> &'p str {
    let start = plan
        .find(heading)
        .unwrap_or_else(|| panic!("{heading} in\n{plan}"));
    let rest = &plan[start..];
    &rest[..rest.find("\n\n").unwrap_or(rest.len())]
}

#[test]
fn the_schools_own_people_come_first_with_the_regional_desk_after() {
    let dir = tempfile::tempdir().unwrap();
    let profile = write_profile(dir.path());
    let (ok, plan, stderr) = advise(dir.path(), &["--school", profile, "--uitgebreid"]);
    assert!(ok, "{stderr}");
    assert!(
        plan.contains("School: De Proefschool (verzonnen)"),
        "{plan}"
    );
    let leerplicht = contact(&plan, "Leerplicht, gemeente Uithoorn");
    let own = leerplicht
        .find("Uw school: A. de Proef, 0297 000 001")
        .unwrap();
    let regional = leerplicht
        .find("Leerplichtambtenaar · uithoorn.nl")
        .unwrap();
    assert!(own < regional, "{leerplicht}");
    // The jeugdarts's data are older than 12 months: the plan says so.
    let jeugdarts = contact(&plan, "GGD Amsterdam, jeugdgezondheidszorg");
    assert!(
        jeugdarts.contains("B. de Proef, 0297 000 002"),
        "{jeugdarts}"
    );
    let flat = jeugdarts.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flat.contains("01-06-2025: meer dan 12 maanden"),
        "{jeugdarts}"
    );
    assert!(!leerplicht.contains("meer dan 12 maanden"), "{leerplicht}");
    // The profile answered the school's gemeente; the reproduce line names it.
    assert!(
        plan.contains("routekaart advise --school school.yaml"),
        "{plan}"
    );
    assert!(plan.contains("--answer schoolgemeente=uithoorn"), "{plan}");
}

/// The reproduce line gives the same plan.
#[test]
fn the_reproduce_line_reproduces_the_plan() {
    let dir = tempfile::tempdir().unwrap();
    let profile = write_profile(dir.path());
    let (_, plan, _) = advise(dir.path(), &["--school", profile, "--uitgebreid"]);
    let line = plan
        .lines()
        .skip_while(|l| !l.starts_with("routekaart advise"))
        .take_while(|l| !l.trim().is_empty())
        .map(|l| l.trim().trim_end_matches('\\').trim())
        .collect::<Vec<_>>()
        .join(" ");
    let words: Vec<&str> = line.split_whitespace().skip(1).collect();
    let output = routekaart_in(dir.path()).args(&words).output().unwrap();
    // The same page (the command gives the plan without the appendix).
    let page = |t: &str| t[..t.find("Dit plan bevat").unwrap()].to_string();
    assert_eq!(
        page(&String::from_utf8(output.stdout).unwrap()),
        page(&plan)
    );
}

/// An explicit answer wins over the profile: a school in Aalsmeer is not the
/// Proefschool, so its people are not named.
#[test]
fn an_explicit_answer_wins_over_the_profile() {
    let dir = tempfile::tempdir().unwrap();
    let profile = write_profile(dir.path());
    let (ok, plan, stderr) = advise(
        dir.path(),
        &[
            "--school",
            profile,
            "-a",
            "schoolgemeente=aalsmeer",
            "--uitgebreid",
        ],
    );
    assert!(ok, "{stderr}");
    assert!(plan.contains("--answer schoolgemeente=aalsmeer"), "{plan}");
    assert!(!plan.contains("A. de Proef"), "{plan}");
}

/// `--school`, then ROUTEKAART_SCHOOL, then the settings folder.
#[test]
fn the_profile_is_found_by_flag_environment_or_settings_folder() {
    let dir = tempfile::tempdir().unwrap();
    write_profile(dir.path());
    let settings = dir.path().join("instellingen");
    fs::create_dir_all(settings.join("routekaart")).unwrap();
    fs::copy(
        dir.path().join("school.yaml"),
        settings.join("routekaart/school.yaml"),
    )
    .unwrap();
    let run = |env: Option<(&str, &std::ffi::OsStr)>| {
        let mut command = routekaart_in(dir.path());
        if let Some((name, value)) = env {
            command.env(name, value);
        }
        let output = command.arg("advise").args(VERZUIM).output().unwrap();
        String::from_utf8(output.stdout).unwrap()
    };
    assert!(!run(None).contains("A. de Proef"));
    assert!(run(Some(("ROUTEKAART_SCHOOL", "school.yaml".as_ref()))).contains("A. de Proef"));
    assert!(run(Some(("XDG_CONFIG_HOME", settings.as_os_str()))).contains("A. de Proef"));
    assert_ne!(NO_SETTINGS, settings.to_str().unwrap());
}

#[test]
fn the_plan_as_json_names_the_school_and_its_people() {
    let dir = tempfile::tempdir().unwrap();
    let profile = write_profile(dir.path());
    let (ok, json, _) = advise(dir.path(), &["--school", profile, "--format", "json"]);
    assert!(ok);
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(value["plan"]["school"], "De Proefschool (verzonnen)");
    let contacts = value["plan"]["contacten"].as_array().unwrap();
    let leerplicht = contacts.iter().find(|c| c["rol"] == "leerplicht").unwrap();
    assert_eq!(leerplicht["school"]["telefoon"], "0297 000 001");
    assert_eq!(leerplicht["school"]["verouderd"], false);
}

/// `check`, the views and scenarios never read the profile, even when the
/// environment names a broken one.
#[test]
fn check_and_the_views_never_read_the_profile() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("kapot.yaml"), "leerling: Jan\n").unwrap();
    for args in [
        &["check"][..],
        &["orgs"],
        &["routes", "--gemeente", "uithoorn"],
        &["graph"],
        &["export"],
    ] {
        routekaart_in(dir.path())
            .env("ROUTEKAART_SCHOOL", "kapot.yaml")
            .args(args)
            .assert()
            .success();
    }
    routekaart_in(dir.path())
        .env("ROUTEKAART_SCHOOL", "kapot.yaml")
        .arg("advise")
        .assert()
        .code(2);
}

/// `routekaart school` in a pseudo-terminal: a new profile for De Proefschool
/// in Uithoorn, a wrong phone number refused as typed, saved readable by the
/// user only in the settings folder, where `advise` then finds it.
#[test]
fn school_makes_a_profile_with_questions() {
    use expectrl::{Eof, Expect};
    const UP: &str = "\x1b[A";
    const ENTER: &str = "\r";
    let dir = tempfile::tempdir().unwrap();
    let mut s = crate::spawn_embedded_in_pty(dir.path(), &["school".as_ref()]);
    let send = |s: &mut expectrl::session::OsSession, keys: &str| crate::send_keys(s, keys);
    s.expect("nooit van leerlingen").unwrap();
    s.expect("Naam van de school:").unwrap();
    // The fields edit as a shell does: Ctrl-U erases the line.
    for key in ["Verkeerde naam", "\x15", "De Proefschool", ENTER] {
        send(&mut s, key);
    }
    // The lists start at their last option ("Niet invullen", "Klaar"); how far
    // up Uithoorn and the leerplichtambtenaar are, the map's own lists say.
    let (gemeenten, uithoorn) = position(dir.path(), &["advise", "--format", "json"], "uithoorn");
    let (roles, leerplicht) = position(dir.path(), &["school", "--voorbeeld"], "leerplicht");
    s.expect("In welke gemeente staat de school?").unwrap();
    for _ in uithoorn..gemeenten {
        send(&mut s, UP);
    }
    send(&mut s, ENTER);
    s.expect("Wat voor school is het?").unwrap();
    for key in [UP, UP, UP, ENTER] {
        send(&mut s, key); // from "Niet invullen" to Basisonderwijs
    }
    s.expect("Welke contactpersoon wilt u invullen of wijzigen?")
        .unwrap();
    for _ in leerplicht..roles {
        send(&mut s, UP);
    }
    send(&mut s, ENTER);
    s.expect("Naam (leeg: deze persoon weghalen):").unwrap();
    // Ctrl-W erases the word before the cursor.
    for key in ["A. de Fout", "\x17", "Proef", ENTER] {
        send(&mut s, key);
    }
    s.expect("Telefoonnummer:").unwrap();
    for key in ["12", ENTER] {
        send(&mut s, key);
    }
    s.expect("geen Nederlands telefoonnummer").unwrap();
    for key in ["\x7f", "\x7f", "0297 000 001", ENTER] {
        send(&mut s, key);
    }
    s.expect("E-mailadres:").unwrap();
    send(&mut s, ENTER);
    s.expect("Welke contactpersoon wilt u invullen of wijzigen?")
        .unwrap();
    send(&mut s, ENTER); // Klaar
    s.expect("Profiel opgeslagen in").unwrap();
    s.expect(Eof).unwrap();

    let saved = dir.path().join(".config/routekaart/school.yaml");
    let text = fs::read_to_string(&saved).unwrap();
    assert!(text.contains("De Proefschool"), "{text}");
    assert!(text.contains("A. de Proef"), "{text}");
    assert!(
        !text.contains("Verkeerde") && !text.contains("Fout"),
        "{text}"
    );
    assert!(text.contains("gemeente: uithoorn"), "{text}");
    assert!(text.contains("schoolsoort: po"), "{text}");
    assert!(text.contains("telefoon: \"0297 000 001\""), "{text}");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = fs::metadata(&saved).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    let output = routekaart_in(dir.path())
        .env("XDG_CONFIG_HOME", dir.path().join(".config"))
        .arg("advise")
        .args(VERZUIM)
        .output()
        .unwrap();
    let plan = String::from_utf8(output.stdout).unwrap();
    assert!(
        plan.contains("Uw school: A. de Proef, 0297 000 001"),
        "{plan}"
    );
}

/// How many gemeenten (from the first question of `advise --format json`, less
/// "anders") or school roles (from the template) there are, and where `id` is.
fn position(dir: &Path, args: &[&str], id: &str) -> (usize, usize) {
    let output = routekaart_in(dir).args(args).output().unwrap();
    let text = String::from_utf8(output.stdout).unwrap();
    let ids: Vec<String> = if args[0] == "advise" {
        let value: serde_json::Value = serde_json::from_str(&text).unwrap();
        value["vraag"]["opties"]
            .as_array()
            .unwrap()
            .iter()
            .map(|o| o["waarde"].as_str().unwrap().to_string())
            .filter(|v| v != "anders")
            .collect()
    } else {
        text.lines()
            .filter_map(|l| l.strip_prefix("#   "))
            .filter_map(|l| l.split(" — ").next())
            .map(String::from)
            .collect()
    };
    let at = ids.iter().position(|i| i == id).unwrap();
    (ids.len(), at)
}

/// The template loads as an (empty) profile, and lists the school's roles
/// but not those of a pupil.
#[test]
fn the_template_loads_and_names_no_pupil_roles() {
    let dir = tempfile::tempdir().unwrap();
    let output = routekaart_in(dir.path())
        .args(["school", "--voorbeeld"])
        .output()
        .unwrap();
    let template = String::from_utf8(output.stdout).unwrap();
    assert!(template.contains("#   jeugdarts — "), "{template}");
    assert!(!template.contains("#   huisarts — "), "{template}");
    fs::write(dir.path().join("leeg.yaml"), &template).unwrap();
    routekaart_in(dir.path())
        .args(["check", "--school", "leeg.yaml"])
        .assert()
        .success();
}

/// `check --school` finds every problem at once, with its place, and exits 1.
#[test]
fn check_school_reports_roles_numbers_and_addresses() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("school.yaml"),
        "gemeente: uithoorn\nmensen:\n  - rol: jeugdarts\n    naam: X\n    telefoon: \"12345\"\n    email: geen-adres\n    bijgewerkt: 2026-01-01\n  - rol: leerplict\n    naam: Y\n    telefoon: 0297 000 000\n    bijgewerkt: 2026-01-01\n  - rol: huisarts\n    naam: Z\n    telefoon: 0297 000 000\n    bijgewerkt: 2026-01-01\n",
    )
    .unwrap();
    let output = routekaart_in(dir.path())
        .args(["check", "--school", "school.yaml"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let report = String::from_utf8(output.stdout).unwrap();
    for expected in [
        "school.yaml:5:15",
        "`12345` is geen Nederlands telefoonnummer",
        "school.yaml:6:12",
        "`geen-adres` is geen e-mailadres",
        "school.yaml:8:10",
        "bedoelde u `leerplicht`?",
        "de rol `huisarts` hoort bij een leerling",
        "4 fouten in het profiel",
    ] {
        assert!(report.contains(expected), "{expected}:\n{report}");
    }
    let dir2 = tempfile::tempdir().unwrap();
    write_profile(dir2.path());
    routekaart_in(dir2.path())
        .args(["check", "--school", "school.yaml"])
        .assert()
        .success()
        .stdout(predicates::str::contains("past bij de kaart: 3 personen"));
}

/// Esc in `routekaart school` stops in Dutch, as in the questionnaire: the
/// prompt is marked "(gestopt)", not with inquire's English "<canceled>",
/// and nothing is saved.
#[test]
fn esc_in_school_stops_in_dutch_and_saves_nothing() {
    use expectrl::{Eof, Expect};
    let dir = tempfile::tempdir().unwrap();
    let mut s = crate::spawn_embedded_in_pty(dir.path(), &["school".as_ref()]);
    s.expect("Naam van de school:").unwrap();
    crate::send_keys(&mut s, "\x1b");
    let stopped = s.expect("(gestopt)").unwrap();
    let shown = String::from_utf8_lossy(stopped.before()).into_owned();
    assert!(!shown.contains("canceled"), "{shown}");
    s.expect(Eof).unwrap();
    assert!(!dir.path().join(".config/routekaart/school.yaml").exists());
}
