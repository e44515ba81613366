//! The schema of a date field (`gecontroleerd`, `bron_bekeken`, `geldig_tot`,
//! `datum`): a date as the loader reads one, JJJJ-MM-DD, so an editor flags
//! `gecontroleerd: gisteren` as `check` does. Schema only: the field itself
//! stays a located string, checked by the resolver (which also refuses a day
//! that does not exist, such as 2026-02-30).

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use std::borrow::Cow;

/// A date written as JJJJ-MM-DD.
pub struct DateText;

impl JsonSchema for DateText {
    fn schema_name() -> Cow<'static, str> {
        "datum".into()
    }

    /// Inline, without a description of its own: the editor then shows the
    /// field's meaning on hover, not "a date".
    fn inline_schema() -> bool {
        true
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "string",
            "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
        })
    }
}
