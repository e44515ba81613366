//! `routekaart diff`: the routes whose plan changes between two maps (folders,
//! or a git revision and a folder), and changes to the directory.

use crate::{copy_dir, fixture, routekaart_in, stdout_of, write_map};
use predicates::str::contains;
use std::path::Path;
use std::process::Command;

fn diff(old: &str, new: &Path, args: &[&str]) -> String {
    stdout_of(
        routekaart_in(Path::new(env!("CARGO_MANIFEST_DIR")))
            .arg("diff")
            .arg(old)
            .arg(new)
            .args(args),
    )
}

const KLEIN: &str = "tests/fixtures/klein";

#[test]
fn one_other_contact_and_one_other_urgency_show_on_the_routes_they_change() {
    let out = diff(KLEIN, Path::new("tests/fixtures/klein-gewijzigd"), &[]);
    insta::assert_snapshot!("diff_table", out);
    let out = diff(
        KLEIN,
        Path::new("tests/fixtures/klein-gewijzigd"),
        &["--width", "200"],
    );
    // advies-melden names the arts instead of the hulp: the route of many hours.
    assert!(out.contains("eerste contact: Jeugdhulp →"), "{out}");
    // advies-hulp's hulp is deze-week instead of regulier: three routes reach it.
    assert_eq!(
        out.matches("Jeugdhulp: urgentie regulier → deze week")
            .count(),
        3,
        "{out}"
    );
    assert!(out.contains("4 routes anders, 1 gelijk."), "{out}");
}

#[test]
fn json_and_csv_name_each_change_by_kind() {
    let json = diff(
        KLEIN,
        Path::new("tests/fixtures/klein-gewijzigd"),
        &["--format", "json"],
    );
    insta::assert_snapshot!("diff_json", json);
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    let kinds: Vec<&str> = value["routes"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|r| r["wijzigingen"].as_array().unwrap())
        .map(|c| c["soort"].as_str().unwrap())
        .collect();
    assert!(kinds.contains(&"eerste_contact"));
    assert!(kinds.contains(&"contact_urgentie"));
    assert_eq!(value["routes_gelijk"], 1);
    let csv = diff(
        KLEIN,
        Path::new("tests/fixtures/klein-gewijzigd"),
        &["--format", "csv"],
    );
    insta::assert_snapshot!("diff_csv", csv);
    assert!(csv.starts_with("waar,id,antwoorden_of_naam,gemeenten,soort,"));
}

#[test]
fn the_same_map_has_no_changes() {
    let out = diff(KLEIN, Path::new(KLEIN), &[]);
    assert!(out.contains("Geen route krijgt een ander plan."), "{out}");
    assert!(out.contains("0 routes anders, 5 gelijk."), "{out}");
}

#[test]
fn a_new_phone_number_and_another_organisation_for_a_role_show_in_the_directory() {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&fixture("klein"), dir.path());
    let orgs = std::fs::read_to_string(dir.path().join("organisaties.yaml")).unwrap();
    std::fs::write(
        dir.path().join("organisaties.yaml"),
        orgs.replace("020 000 00 02", "020 000 00 03"),
    )
    .unwrap();
    let gemeenten = std::fs::read_to_string(dir.path().join("gemeenten.yaml")).unwrap();
    std::fs::write(
        dir.path().join("gemeenten.yaml"),
        gemeenten.replace("arts: arts-zuid", "arts: arts-noord"),
    )
    .unwrap();
    let out = diff(KLEIN, dir.path(), &[]);
    assert!(
        out.contains("telefoon: 020 000 00 02 → 020 000 00"),
        "{out}"
    );
    assert!(
        out.contains("Jeugdarts: Artsen Zuid → Artsen Noord"),
        "{out}"
    );
    // The route whose plan names the arts changes in Zuid only, told by organisation.
    assert!(out.contains("contact erbij: Artsen Noord"), "{out}");
}

fn git(dir: &Path, args: &[&str]) {
    let status = Command::new("git")
        .current_dir(dir)
        .args(args)
        .env("GIT_AUTHOR_NAME", "test")
        .env("GIT_AUTHOR_EMAIL", "test@example.org")
        .env("GIT_COMMITTER_NAME", "test")
        .env("GIT_COMMITTER_EMAIL", "test@example.org")
        .status()
        .expect("git runs");
    assert!(status.success(), "git {args:?}");
}

/// A git repository whose folder `name` holds `klein` as committed and
/// `klein-gewijzigd` as it is now.
fn repository_with_changed_map(name: &str) -> (tempfile::TempDir, std::path::PathBuf) {
    let repo = tempfile::tempdir().unwrap();
    let map = repo.path().join(name);
    std::fs::create_dir(&map).unwrap();
    copy_dir(&fixture("klein"), &map);
    git(repo.path(), &["init", "-q"]);
    git(repo.path(), &["add", "."]);
    git(repo.path(), &["commit", "-q", "-m", "kaart"]);
    copy_dir(&fixture("klein-gewijzigd"), &map);
    (repo, map)
}

#[test]
fn a_git_revision_is_compared_with_the_working_folder() {
    let (_repo, map) = repository_with_changed_map("kaart");
    let out = diff("HEAD", &map, &[]);
    assert!(out.contains("4 routes anders, 1 gelijk."), "{out}");
    assert!(out.contains("oud:   versie 1.2.3"), "{out}");
    assert!(out.contains("nieuw: versie 1.3.0"), "{out}");
}

#[test]
fn neither_a_folder_nor_a_revision_is_refused_clearly() {
    let repo = tempfile::tempdir().unwrap();
    copy_dir(&fixture("klein"), repo.path());
    git(repo.path(), &["init", "-q"]);
    routekaart_in(repo.path())
        .args(["diff", "v9.9", "."])
        .assert()
        .code(2)
        .stderr(contains("`v9.9` is geen map en geen git-revisie van ."));
    routekaart_in(repo.path())
        .args(["diff", "--", "-x", "."])
        .assert()
        .code(2)
        .stderr(contains("`-x` is geen map en geen git-revisie"));
}

#[test]
fn maps_with_too_many_routes_are_compared_per_advice() {
    let (old, new) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    write_map(old.path(), routekaart::testkit::chain(40));
    write_map(new.path(), routekaart::testkit::chain(40));
    let adviezen = std::fs::read_to_string(new.path().join("adviezen.yaml")).unwrap();
    std::fs::write(
        new.path().join("adviezen.yaml"),
        adviezen.replacen("urgentie: regulier", "urgentie: vandaag", 1),
    )
    .unwrap();
    let out = diff(old.path().to_str().unwrap(), new.path(), &[]);
    insta::assert_snapshot!(
        "diff_per_advice",
        out.replace(new.path().to_str().unwrap(), "NIEUW")
    );
    assert!(out.contains("hieronder per advies"), "{out}");
    assert!(out.contains("advies-1"), "{out}");
    assert!(
        out.contains("Organisatie 1: urgentie regulier → vandaag"),
        "{out}"
    );
}

/// `klein` with one text replaced in one file, in a temporary folder.
fn klein_with(file: &str, from: &str, to: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&fixture("klein"), dir.path());
    let text = std::fs::read_to_string(dir.path().join(file)).unwrap();
    assert!(text.contains(from), "{from} in {file}");
    std::fs::write(dir.path().join(file), text.replacen(from, to, 1)).unwrap();
    dir
}

#[test]
fn another_organisation_outside_the_map_shows_for_pupils_from_outside() {
    let dir = klein_with(
        "routekaart.yaml",
        "buiten_de_kaart: landelijk",
        "buiten_de_kaart: spoed",
    );
    let out = diff(KLEIN, dir.path(), &["--width", "200"]);
    assert!(
        out.contains("buiten de kaart: Landelijke lijn → Spoedlijn"),
        "{out}"
    );
    assert!(out.contains("┆ buiten de kaart ┆"), "{out}");
    assert!(!out.contains("Geen route krijgt een ander plan"), "{out}");
}

#[test]
fn a_role_that_follows_the_school_instead_of_the_home_is_listed() {
    let dir = klein_with(
        "routekaart.yaml",
        "bepaald_door: woongemeente",
        "bepaald_door: schoolgemeente",
    );
    let out = diff(KLEIN, dir.path(), &["--width", "200"]);
    assert!(
        out.contains("bepaald door: woongemeente → schoolgemeente"),
        "{out}"
    );
}

#[test]
fn a_change_of_organisation_is_not_hidden_behind_the_role_nor_invented_by_merging() {
    // Noord's hulp becomes the arts-noord that is already its jeugdarts: one
    // contact in the plan. The route must say who changed, not that the
    // jeugdarts left.
    let dir = klein_with("gemeenten.yaml", "hulp: hulp-noord", "hulp: arts-noord");
    let out = diff(KLEIN, dir.path(), &["--width", "200"]);
    assert!(!out.contains("contact weg: Jeugdarts"), "{out}");
    assert!(out.contains("Hulpteam Noord → Artsen Noord"), "{out}");
    // Other steps and another organisation together: both said, per gemeente.
    let dir = klein_with("gemeenten.yaml", "hulp: hulp-noord", "hulp: landelijk");
    let adviezen = std::fs::read_to_string(dir.path().join("adviezen.yaml")).unwrap();
    std::fs::write(
        dir.path().join("adviezen.yaml"),
        adviezen.replace(
            "[Praat met de ouders.]",
            "[Praat met de ouders en de leerling.]",
        ),
    )
    .unwrap();
    let out = diff(KLEIN, dir.path(), &["--width", "200"]);
    assert!(
        out.contains("eerste contact: Hulpteam Noord → Landelijke lijn"),
        "{out}"
    );
    assert!(out.contains("stappen van Vraag hulp"), "{out}");
}

#[test]
fn a_git_revision_is_read_from_a_hook_and_outside_a_repository_is_said_plainly() {
    let (repo, _map) = repository_with_changed_map("mijn kaart");
    // A pre-commit hook runs with GIT_DIR=.git in the repository's top folder.
    let out = stdout_of(routekaart_in(repo.path()).env("GIT_DIR", ".git").args([
        "diff",
        "HEAD",
        "mijn kaart",
    ]));
    assert!(out.contains("4 routes anders"), "{out}");
    let outside = tempfile::tempdir().unwrap();
    copy_dir(&fixture("klein"), outside.path());
    routekaart_in(outside.path())
        .args(["diff", "HEAD", "."])
        .env("GIT_CEILING_DIRECTORIES", outside.path().parent().unwrap())
        .assert()
        .code(2)
        .stderr(contains("staat niet in een git-repository"));
}
