//! JSON Schemas of the map files, generated from the serde types in
//! [`crate::core::model`], so they accept what the loader accepts.
//!
//! Editors use them (yaml-language-server: VS Code, Neovim, Helix, …) to
//! complete keys, explain them in Dutch and flag a typo while a map author
//! types. Draft 7, the version those editors know best. Pure: returns text.

use crate::core::model::{
    AdvicesFile, GemeentenFile, MetaFile, OrganisationsFile, QuestionsFile, RulesFile,
    ScenariosFile,
};
use schemars::generate::SchemaSettings;

/// The kinds of map file, each named after its file without `.yaml`.
pub const KINDS: [&str; 8] = [
    "routekaart",
    "organisaties",
    "gemeenten",
    "vragen",
    "adviezen",
    "regels",
    "scenarios",
    "regio",
];

/// The schema of one kind of map file as pretty JSON ending in a newline;
/// `None` for a kind not in [`KINDS`].
pub fn schema(kind: &str) -> Option<String> {
    let generator = SchemaSettings::draft07().into_generator();
    let schema = match kind {
        "routekaart" => generator.into_root_schema_for::<MetaFile>(),
        "organisaties" => generator.into_root_schema_for::<OrganisationsFile>(),
        "gemeenten" => generator.into_root_schema_for::<GemeentenFile>(),
        "vragen" => generator.into_root_schema_for::<QuestionsFile>(),
        "adviezen" => generator.into_root_schema_for::<AdvicesFile>(),
        "regels" => generator.into_root_schema_for::<RulesFile>(),
        "scenarios" => generator.into_root_schema_for::<ScenariosFile>(),
        "regio" => generator.into_root_schema_for::<crate::core::model::RegionFile>(),
        _ => return None,
    };
    let json = serde_json::to_string_pretty(&schema).expect("a schema is plain JSON");
    Some(json + "\n")
}

/// The schema of a school's profile (`routekaart school`), kept as
/// `schema/school.schema.json` beside the map's schemas; the profile's
/// template names it on its first line.
pub fn school() -> String {
    let generator = SchemaSettings::draft07().into_generator();
    let schema = generator.into_root_schema_for::<crate::core::school::SchoolFile>();
    serde_json::to_string_pretty(&schema).expect("a schema is plain JSON") + "\n"
}

/// The file a schema is kept in: `vragen.schema.json`.
pub fn file_name(kind: &str) -> String {
    format!("{kind}.schema.json")
}

/// Every schema as (file name, JSON).
pub fn all() -> Vec<(String, String)> {
    KINDS
        .iter()
        .filter_map(|kind| Some((file_name(kind), schema(kind)?)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::Value;

    /// Every object in `value` with its path, depth first.
    fn objects<'a>(value: &'a Value, path: String, out: &mut Vec<(String, &'a Value)>) {
        match value {
            Value::Object(map) => {
                out.push((path.clone(), value));
                for (key, child) in map {
                    objects(child, format!("{path}/{key}"), out);
                }
            }
            Value::Array(items) => {
                for (i, child) in items.iter().enumerate() {
                    objects(child, format!("{path}/{i}"), out);
                }
            }
            _ => {}
        }
    }

    #[test]
    fn there_is_a_schema_for_every_kind_and_none_for_others() {
        assert_eq!(all().len(), KINDS.len());
        assert!(schema("vraag").is_none());
    }

    /// An editor shows the description on hover: every key has one, in Dutch,
    /// and an unknown key is flagged.
    #[test]
    fn every_key_is_described_in_dutch_and_no_object_allows_unknown_keys() {
        for kind in KINDS {
            let schema: Value = serde_json::from_str(&schema(kind).unwrap()).unwrap();
            let mut found = Vec::new();
            objects(&schema, String::new(), &mut found);
            for (path, object) in found {
                let Some(properties) = object.get("properties").and_then(Value::as_object) else {
                    continue;
                };
                assert_eq!(
                    object.get("additionalProperties"),
                    Some(&Value::Bool(false)),
                    "{kind}{path}"
                );
                for (key, property) in properties {
                    let mut text = Vec::new();
                    objects(property, String::new(), &mut text);
                    let described = text.iter().any(|(_, o)| o.get("description").is_some())
                        || property.get("$ref").is_some()
                        || property["allOf"][0].get("$ref").is_some();
                    assert!(described, "{kind}{path}/{key} has no description");
                }
            }
            for english in [" the ", "The ", " of the ", " must "] {
                assert!(!schema.to_string().contains(english), "{kind}: `{english}`");
            }
        }
    }
}
