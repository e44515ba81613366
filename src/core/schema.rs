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
    let mut schema = schema;
    // In place: the schema writes its keywords in a readable order, a plain value would not.
    if let Some(object) = schema.as_object_mut() {
        object.values_mut().for_each(enums_as_lists);
    }
    let json = serde_json::to_string_pretty(&schema).expect("a schema is plain JSON");
    Some(json + "\n")
}

/// Rewrites each `oneOf` of described constants (how schemars writes an enum)
/// as one `enum` with `enumDescriptions`. The YAML language server shows on
/// hover the first description among the schemas that match a value, deepest
/// first: with `oneOf`, hovering `urgentie:` showed the meaning of `acuut`
/// instead of the key's. With a list, the key's meaning shows, and each value's
/// meaning still comes with it and with completion.
fn enums_as_lists(value: &mut serde_json::Value) {
    use serde_json::{Value, json};
    match value {
        Value::Object(map) => {
            let constants: Option<Vec<(Value, Value)>> = map
                .get("oneOf")
                .and_then(Value::as_array)
                .and_then(|items| {
                    items
                        .iter()
                        .map(|item| {
                            let object = item.as_object()?;
                            let only_const = object
                                .keys()
                                .all(|k| matches!(k.as_str(), "const" | "type" | "description"));
                            let constant = object.get("const").filter(|c| c.is_string())?;
                            only_const.then(|| {
                                let words = object.get("description").cloned();
                                (constant.clone(), words.unwrap_or(json!("")))
                            })
                        })
                        .collect()
                });
            if let Some(constants) = constants {
                map.remove("oneOf");
                map.insert("type".into(), json!("string"));
                let (values, words): (Vec<Value>, Vec<Value>) = constants.into_iter().unzip();
                map.insert("enum".into(), Value::Array(values));
                map.insert("enumDescriptions".into(), Value::Array(words));
            }
            map.values_mut().for_each(enums_as_lists);
        }
        Value::Array(items) => items.iter_mut().for_each(enums_as_lists),
        _ => {}
    }
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

    /// Hovering a key shows its meaning: no enum is a `oneOf` whose branches
    /// carry the values' descriptions, and every value keeps its words.
    #[test]
    fn enums_are_lists_so_a_key_shows_its_own_meaning() {
        let advices: Value = serde_json::from_str(&schema("adviezen").unwrap()).unwrap();
        let urgency = &advices["definitions"]["urgentie"];
        assert!(urgency.get("oneOf").is_none(), "{urgency}");
        assert_eq!(
            urgency["enum"],
            serde_json::json!(["acuut", "vandaag", "deze-week", "regulier"])
        );
        assert_eq!(urgency["enumDescriptions"][0], "Nu: gevaar, bel meteen.");
        for kind in KINDS {
            let schema: Value = serde_json::from_str(&schema(kind).unwrap()).unwrap();
            let mut found = Vec::new();
            objects(&schema, String::new(), &mut found);
            for (path, object) in found {
                let branches = object.get("oneOf").and_then(Value::as_array);
                let all_constants =
                    branches.is_some_and(|b| b.iter().all(|x| x.get("const").is_some()));
                assert!(!all_constants, "{kind}{path}: an enum as oneOf");
            }
        }
    }

    /// Hovering a key whose value is a map text (`titel:`, `uitleg:`) shows
    /// what that key means: the shared `tekst` type has no description of its
    /// own to win over the key's, and every key that uses it has one.
    #[test]
    fn a_text_key_shows_its_own_meaning_not_the_text_types() {
        let mut keys = 0;
        for kind in KINDS {
            let schema: Value = serde_json::from_str(&schema(kind).unwrap()).unwrap();
            if let Some(text) = schema["definitions"].get("tekst") {
                assert!(text.get("description").is_none(), "{kind}: {text}");
                assert!(text.get("$comment").is_some(), "{kind}: {text}");
            }
            let mut found = Vec::new();
            objects(&schema, String::new(), &mut found);
            for (path, object) in found {
                let Some(properties) = object.get("properties").and_then(Value::as_object) else {
                    continue;
                };
                for (key, property) in properties {
                    if property.to_string().contains("\"#/definitions/tekst\"") {
                        keys += 1;
                        assert!(
                            property.get("description").is_some(),
                            "{kind}{path}/{key}: a text key without its own meaning"
                        );
                    }
                }
            }
        }
        assert!(keys > 20, "{keys} text keys");
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
