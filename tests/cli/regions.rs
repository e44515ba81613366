//! Regions as folders (`regios/<id>/`): the shipped map's three regions keep
//! their organisations to themselves, a pupil across a regional border gets
//! the organisations of his woongemeente, `--regio` limits `check`, `routes`
//! and `export`, and a broken region is reported where it is broken.

use crate::{copy_dir, routekaart_in, stdout_of};
use predicates::str::contains;
use routekaart::core::answer::Answer;
use routekaart::core::engine::Session;
use routekaart::core::map::{Map, QuestionKind, RoleSource};
use routekaart::core::plan::{Plan, Whom};
use routekaart::shell::load::{MapSource, load};
use std::path::{Path, PathBuf};

fn shipped() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("routekaart")
}

/// The map's own region (`None`) or a region folder: where an organisation
/// belongs. An organisation of the core that a gemeente names for a role
/// belongs to that gemeente's region; one no gemeente names is national.
fn homes(map: &Map) -> Vec<Vec<Option<usize>>> {
    let mut homes: Vec<Vec<Option<usize>>> = map
        .organisations
        .iter()
        .map(|org| org.region.map(|r| vec![Some(r)]).unwrap_or_default())
        .collect();
    for gemeente in &map.gemeenten {
        for &org in gemeente.roles.values() {
            if !homes[org].contains(&gemeente.region) {
                homes[org].push(gemeente.region);
            }
        }
    }
    homes
}

/// For every gemeente as school's and pupil's gemeente, every signal alone and
/// the first answer to every later question: no plan names an organisation
/// that belongs only to other regions than the gemeente's.
#[test]
fn a_pupils_plan_names_no_organisation_of_another_region() {
    let loaded =
        load(&MapSource::Embedded, routekaart::i18n::Lang::Nl).expect("the shipped map loads");
    let map = &loaded.map;
    assert!(map.regions.len() >= 2, "{} regions", map.regions.len());
    let homes = homes(map);
    let (signal, options) = map.signals().expect("a signal question");
    let mut plans = 0;
    for (g, gemeente) in map.gemeenten.iter().enumerate() {
        for option in 0..options.len() {
            let mut session = Session::new(map);
            while let Some(q) = session.walk().next {
                let answer = match &map.questions[q].kind {
                    QuestionKind::Gemeente { .. } => Answer::Gemeente(Some(g)),
                    _ if q == signal => Answer::Choices(vec![option]),
                    QuestionKind::Choice(_) => Answer::Choice(0),
                    QuestionKind::MultiChoice(_) => Answer::Choices(vec![0]),
                    QuestionKind::Number { ranges, .. } => Answer::Number(ranges[0].to),
                    QuestionKind::YesNo { .. } => Answer::YesNo(false),
                };
                session.answer(q, answer);
            }
            let plan = Plan::build(map, &session.walk());
            for contact in &plan.contacts {
                if let Whom::Organisation(o) = contact.whom {
                    let home = &homes[o];
                    assert!(
                        home.is_empty() || home.contains(&gemeente.region),
                        "a plan for {} names {}, of another region",
                        gemeente.id,
                        map.organisations[o].id
                    );
                }
            }
            plans += 1;
        }
    }
    assert!(plans >= 8 * 10, "{plans} plans");
}

/// The woonplaatsbeginsel across regions: a role that follows the woongemeente
/// is filled by the woongemeente's organisation, in whatever region; a role
/// that follows the school by the school's.
#[test]
fn a_pupil_living_across_a_regional_border_gets_the_organisations_of_both_gemeenten() {
    let loaded =
        load(&MapSource::Embedded, routekaart::i18n::Lang::Nl).expect("the shipped map loads");
    let map = &loaded.map;
    let pairs = [
        ("coevorden", "amstelveen"),
        ("amstelveen", "coevorden"),
        ("emmen", "groningen"),
        ("groningen", "emmen"),
    ];
    for (school, woon) in pairs {
        let (s, w) = (
            map.gemeente_index(school).unwrap(),
            map.gemeente_index(woon).unwrap(),
        );
        assert_ne!(
            map.gemeenten[s].region, map.gemeenten[w].region,
            "{school} {woon}"
        );
        for (role, def) in map.roles.iter().enumerate() {
            let from = match def.bepaald_door {
                RoleSource::Woongemeente => w,
                RoleSource::Schoolgemeente => s,
                RoleSource::Dossier => continue,
            };
            let filled = map.gemeenten[from].roles.get(&role);
            assert!(
                filled.is_some(),
                "{} not filled in {}",
                def.id,
                map.gemeenten[from].id
            );
        }
    }
    let plan = stdout_of(routekaart_in(&shipped()).args([
        "advise",
        "-a",
        "schoolgemeente=amstelveen",
        "-a",
        "woongemeente=coevorden",
        "-a",
        "al-betrokken=nee",
        "-a",
        "signaal=opvoeding",
    ]));
    assert!(
        plan.contains("Sociaal team van de gemeente Coevorden"),
        "{plan}"
    );
    assert!(
        plan.contains("Maatschappelijk Welzijn Coevorden (MWC)"),
        "{plan}"
    );
    assert!(!plan.contains("Jeugdhulp Amstelveen"), "{plan}");
}

#[test]
fn advise_in_coevorden_names_the_coevorden_organisations() {
    let plan = stdout_of(routekaart_in(&shipped()).args([
        "advise",
        "-a",
        "schoolgemeente=coevorden",
        "-a",
        "woongemeente=coevorden",
        "-a",
        "al-betrokken=nee",
        "-a",
        "signaal=verzuim",
        "-a",
        "verzuim-soort=ongeoorloofd",
        "-a",
        "verzuim-uren=20",
        "-a",
        "leeftijd=9",
    ]));
    assert!(
        plan.contains("Menso, leerplicht (gemeente Coevorden)"),
        "{plan}"
    );
    assert!(
        plan.contains("bron bekeken op 05-12-2026") || plan.contains("05-12-2026"),
        "{plan}"
    );
    // A region's note on a role shows with the organisation that fills it.
    let dyslexie = stdout_of(routekaart_in(&shipped()).args([
        "advise",
        "-a",
        "schoolgemeente=emmen",
        "-a",
        "woongemeente=emmen",
        "-a",
        "al-betrokken=nee",
        "-a",
        "signaal=leren",
        "-a",
        "leren-soort=dyslexie",
        "-a",
        "schoolsoort=po",
        "--format",
        "json",
    ]));
    assert!(
        dyslexie.contains("Vergoede dyslexiezorg via de gemeente Emmen"),
        "{dyslexie}"
    );
    assert!(dyslexie.contains("regio Zuid-Drenthe"), "{dyslexie}");
}

#[test]
fn orgs_of_coevorden_lists_mwc_and_the_gemeente_shows_its_region() {
    let orgs = stdout_of(routekaart_in(&shipped()).args(["orgs", "--gemeente", "coevorden"]));
    assert!(
        orgs.contains("Maatschappelijk Welzijn Coevorden (MWC)"),
        "{orgs}"
    );
    assert!(!orgs.contains("Participe"), "{orgs}");
    // Not all answers given: `advise` asks for the next question, with its options.
    let output = routekaart_in(&shipped())
        .args([
            "advise",
            "--format",
            "json",
            "-a",
            "schoolgemeente=groningen",
        ])
        .output()
        .unwrap();
    let json = String::from_utf8_lossy(&output.stdout);
    assert!(json.contains("Coevorden (Zuidoost-Drenthe)"), "{json}");
    assert!(json.contains("Groningen (Groningen)"), "{json}");
}

#[test]
fn regio_limits_check_routes_and_export_and_an_unknown_one_is_named() {
    let check = stdout_of(routekaart_in(&shipped()).args(["check", "--regio", "groningen"]));
    assert!(check.contains("Groningen: 1 van 1 gemeente"), "{check}");
    assert!(!check.contains("Zuidoost-Drenthe:"), "{check}");
    let export = stdout_of(routekaart_in(&shipped()).args(["export", "--regio", "groningen"]));
    assert!(export.contains("WIJ Groningen"), "{export}");
    assert!(!export.contains("Menso"), "{export}");
    let routes = stdout_of(routekaart_in(&shipped()).args([
        "routes",
        "--regio",
        "zuidoost-drenthe",
        "--format",
        "csv",
    ]));
    assert!(
        routes.contains("coevorden") || routes.contains("Coevorden"),
        "{routes}"
    );
    assert!(!routes.contains("Groningen"), "{routes}");
    routekaart_in(&shipped())
        .args(["check", "--regio", "drenthe"])
        .assert()
        .code(2)
        .stderr(contains("er is geen regio `drenthe` in deze kaart"))
        .stderr(contains("groningen, zuidoost-drenthe"));
}

/// A copy of the shipped map with `edit` applied to one of its files.
fn copy_with(file: &str, old: &str, new: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&shipped(), dir.path());
    let path = dir.path().join(file);
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains(old), "{file}: {old}");
    std::fs::write(&path, text.replacen(old, new, 1)).unwrap();
    dir
}

fn check(dir: &Path) -> (Option<i32>, String) {
    let output = routekaart_in(dir).args(["check", "."]).output().unwrap();
    (
        output.status.code(),
        String::from_utf8_lossy(&output.stdout).into_owned(),
    )
}

#[test]
fn a_gemeente_in_two_regions_is_an_error_at_the_second() {
    let dir = copy_with(
        "regios/groningen/gemeenten.yaml",
        "gemeenten:\n",
        "gemeenten:\n  - id: coevorden\n    naam: Coevorden\n    rollen: {}\n",
    );
    let (code, stdout) = check(dir.path());
    assert_eq!(code, Some(1), "{stdout}");
    assert!(
        stdout.contains("Gemeente `coevorden` bestaat al"),
        "{stdout}"
    );
    assert!(
        stdout.contains("regios/groningen/gemeenten.yaml:"),
        "{stdout}"
    );
    assert!(
        stdout.contains("regios/zuidoost-drenthe/gemeenten.yaml"),
        "{stdout}"
    );
}

#[test]
fn a_role_no_organisation_fills_in_a_region_is_an_error_naming_it() {
    let dir = copy_with(
        "regios/groningen/gemeenten.yaml",
        "      rmc: leerlingzaken-groningen\n",
        "",
    );
    let (code, stdout) = check(dir.path());
    assert_eq!(code, Some(1), "{stdout}");
    assert!(
        stdout.contains("`rmc`") && stdout.contains("`groningen`"),
        "{stdout}"
    );
}

#[test]
fn the_one_folder_layout_still_loads_and_a_region_folder_without_regio_yaml_is_no_region() {
    // Amstelland in today's one-folder layout: its organisations appended to
    // the national ones, its gemeenten.yaml beside the core files, no regios/.
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&shipped(), dir.path());
    let region = dir.path().join("regios/amstelland-en-de-meerlanden");
    let own = std::fs::read_to_string(region.join("organisaties.yaml")).unwrap();
    let own = own.split_once("organisaties:\n").unwrap().1;
    let mut national = std::fs::read_to_string(dir.path().join("organisaties.yaml")).unwrap();
    national.push('\n');
    national.push_str(own);
    std::fs::write(dir.path().join("organisaties.yaml"), national).unwrap();
    std::fs::copy(
        region.join("gemeenten.yaml"),
        dir.path().join("gemeenten.yaml"),
    )
    .unwrap();
    std::fs::remove_dir_all(dir.path().join("regios")).unwrap();
    let orgs =
        stdout_of(routekaart_in(dir.path()).args(["--routekaart", ".", "orgs", "--format", "csv"]));
    assert!(
        orgs.contains("participe-amstelland") || orgs.contains("Participe"),
        "{orgs}"
    );
    assert!(!orgs.contains("Menso"), "{orgs}");
    let (code, stdout) = check(dir.path());
    assert_eq!(code, Some(0), "{stdout}");
    // A folder in regios/ without regio.yaml (a draft) is not read.
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&shipped(), dir.path());
    std::fs::remove_file(dir.path().join("regios/groningen/regio.yaml")).unwrap();
    let orgs =
        stdout_of(routekaart_in(dir.path()).args(["--routekaart", ".", "orgs", "--format", "csv"]));
    assert!(!orgs.contains("WIJ Groningen"), "{orgs}");
    assert!(orgs.contains("Menso"), "{orgs}");
}

#[test]
fn diff_sees_a_change_in_a_region_folder() {
    let old = tempfile::tempdir().unwrap();
    copy_dir(&shipped(), old.path());
    let new = copy_with(
        "regios/zuidoost-drenthe/gemeenten.yaml",
        "      welzijn: mwc-coevorden\n",
        "      welzijn: sociaal-team-coevorden\n",
    );
    let output = routekaart_in(new.path())
        .args(["diff", old.path().to_str().unwrap(), "."])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        stdout.contains("mwc-coevorden") || stdout.contains("MWC"),
        "{stdout}"
    );
}

#[test]
fn a_region_that_names_another_regions_organisation_is_an_error_at_the_name() {
    let fixture = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/andere-regio");
    let (code, stdout) = check(&fixture);
    assert_eq!(code, Some(1), "{stdout}");
    assert!(
        stdout.contains(
            "gemeente `zuid` van regio `zuid` laat rol `arts` vervullen door `arts-noord`, een organisatie van regio `noord`"
        ),
        "{stdout}"
    );
    assert!(
        stdout.contains("regios/zuid/gemeenten.yaml:6:13"),
        "{stdout}"
    );
    assert!(stdout.contains("regios/zuid/organisaties.yaml"), "{stdout}");
    // Only that one: national organisations (`landelijk`) are fine in any region.
    assert!(stdout.contains("1 fout, 0 waarschuwingen"), "{stdout}");
    // The fix the help names (an organisation of Zuid's own) makes it pass.
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&fixture, dir.path());
    let gemeenten = dir.path().join("regios/zuid/gemeenten.yaml");
    let text = std::fs::read_to_string(&gemeenten).unwrap();
    std::fs::write(
        &gemeenten,
        text.replace("arts: arts-noord", "arts: hulp-zuid"),
    )
    .unwrap();
    let (code, stdout) = check(dir.path());
    assert_eq!(code, Some(0), "{stdout}");
}
