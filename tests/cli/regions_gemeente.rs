//! A condition on the gemeente in a rule (`als: {woongemeente: …}`): where
//! something truly differs by gemeente, `check` proves it for those gemeenten
//! only, and shows a counterexample in one of them when it fails.

use super::{copy_dir, fixture, routekaart_in};

/// `check` on the `klein` fixture with these rules: (exit code, stdout).
fn check_with_rules(rules: &str) -> (Option<i32>, String) {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&fixture("klein"), dir.path());
    std::fs::write(dir.path().join("regels.yaml"), rules).unwrap();
    let output = routekaart_in(dir.path())
        .args(["check", "."])
        .output()
        .unwrap();
    (
        output.status.code(),
        String::from_utf8_lossy(&output.stdout).replace("./", ""),
    )
}

#[test]
fn a_rule_on_one_gemeente_is_proven_there_and_may_name_its_organisation() {
    // In Zuid, help at home goes to Hulpteam Zuid, never to Noord's team; a
    // school in Noord does not change that (woonplaatsbeginsel).
    let (code, stdout) = check_with_rules(
        "regels:
  - id: zuid-hulp
    naam: Een leerling uit Zuid krijgt het hulpteam van Zuid
    als:
      woon: zuid
      zorg: hulp
    dan:
      contacten: [hulp-zuid]
      niet: [hulp-noord]
  - id: niet-noord
    naam: Buiten Noord nooit het hulpteam van Noord
    als:
      woon: {niet: [noord]}
      zorg: hulp
    dan:
      niet: [hulp-noord]
",
    );
    assert_eq!(code, Some(0), "{stdout}");
    assert!(stdout.contains("2 van 2 regels bewezen"), "{stdout}");
}

#[test]
fn a_rule_that_fails_in_its_gemeente_shows_a_route_there() {
    let (code, stdout) = check_with_rules(
        "regels:
  - id: noord-zonder-noord
    naam: Fout met opzet
    als:
      woon: [noord]
      zorg: hulp
    dan:
      niet: [hulp-noord]
  - id: school-zuid-arts
    naam: Een school in Zuid heeft de artsen van Zuid
    als:
      school: zuid
      zorg: hulp
    dan:
      contacten: [arts-zuid]
",
    );
    assert_eq!(code, Some(1), "{stdout}");
    assert!(
        stdout.contains("regel `noord-zonder-noord` geldt niet op elke route"),
        "{stdout}"
    );
    assert!(stdout.contains("--answer woon=noord"), "{stdout}");
    assert!(stdout.contains("1 van 2 regels bewezen"), "{stdout}");
}

#[test]
fn a_gemeente_condition_names_gemeenten_and_without_one_an_organisation_of_a_role_is_refused() {
    let (code, stdout) = check_with_rules(
        "regels:
  - id: onbekend
    naam: Een gemeente die er niet is
    als:
      woon: west
    dan:
      niet: [spoed]
  - id: bereik
    naam: Een bereik past niet bij een gemeente
    als:
      woon: {van: 1}
    dan:
      niet: [spoed]
  - id: zonder-gemeente
    naam: Zonder gemeente is wie een rol vervult niet bekend
    als:
      zorg: hulp
    dan:
      niet: [hulp-noord]
",
    );
    assert_eq!(code, Some(1), "{stdout}");
    assert!(stdout.contains("`west`"), "{stdout}");
    assert!(stdout.contains("regels.yaml:5:7"), "{stdout}");
    assert!(
        stdout.contains(
            "de voorwaarde op vraag `woon` past niet bij die vraag (verwacht een gemeente)"
        ),
        "{stdout}"
    );
    assert!(stdout.contains("regels.yaml:11:7"), "{stdout}");
    // Without a gemeente, an organisation that only fills roles is refused.
    assert!(
        stdout.contains("regel `zonder-gemeente`") && stdout.contains("`hulp-noord`"),
        "{stdout}"
    );
    assert!(stdout.contains("0 van 3 regels bewezen"), "{stdout}");
}
