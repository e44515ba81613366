//! `schema/school.schema.json`: the committed schema of a school's profile is
//! the one the types give, the template `school --voorbeeld` prints (and names
//! on its first line) is valid under it, and a bad profile is not.

use crate::{routekaart_in, stdout_of};
use std::path::PathBuf;

fn committed() -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("schema/school.schema.json");
    std::fs::read_to_string(path).unwrap_or_default()
}

/// The schema's complaint about `yaml`, if any.
fn problem(yaml: &str) -> Option<String> {
    let mut schemas = boon::Schemas::new();
    let mut compiler = boon::Compiler::new();
    let url = "file:///schema/school.schema.json";
    compiler
        .add_resource(url, serde_json::from_str(&committed()).unwrap())
        .unwrap();
    let index = compiler.compile(url, &mut schemas).unwrap();
    let value: serde_json::Value = serde_saphyr::from_str(yaml).expect("YAML");
    schemas
        .validate(&value, index)
        .err()
        .map(|e| format!("{e:#}"))
}

#[test]
fn the_committed_school_schema_is_what_the_types_give() {
    assert!(
        committed() == routekaart::core::schema::school(),
        "schema/school.schema.json is not current: write routekaart::core::schema::school() to it"
    );
}

#[test]
fn the_template_names_the_schema_and_is_valid_under_it() {
    let dir = tempfile::tempdir().unwrap();
    let template = stdout_of(routekaart_in(dir.path()).args(["school", "--voorbeeld"]));
    assert!(
        template.starts_with("# yaml-language-server: $schema=school.schema.json\n"),
        "{template}"
    );
    assert_eq!(problem(&template), None);
    // Filled in, as a school would: still valid.
    assert_eq!(problem(crate::school::PROEFSCHOOL), None);
}

#[test]
fn a_bad_profile_is_refused_by_the_schema() {
    for bad in [
        "school: X\nadres: Schoolstraat 1\n",
        "mensen:\n  - rol: leerplicht\n    naam: A\n    fax: 0297 000 000\n",
        "mensen:\n  - rol: leerplicht\n",
        "mensen: leerplicht\n",
    ] {
        assert!(problem(bad).is_some(), "accepted: {bad}");
    }
}
