//! The JSON Schema of the assessment format, generated from the Rust types in [`crate::model`].
//!
//! Editors (VS Code's YAML extension and others via yaml-language-server) use it to complete and
//! validate fields while people write; `schema/assessment.schema.json` is a committed copy.

use crate::model::Assessment;

/// The schema's `$id`, stable across versions of dataetik with the same `schema_version`.
pub const SCHEMA_ID: &str = "https://dataetik.dk/schema/assessment.schema.json";

/// The schema as pretty-printed JSON (draft 2020-12), strict about unknown keys.
pub fn assessment_schema() -> String {
    let mut schema = schemars::schema_for!(Assessment);
    schema.insert("$id".into(), SCHEMA_ID.into());
    let mut s = serde_json::to_string_pretty(&schema).expect("schema serialises");
    s.push('\n');
    s
}
