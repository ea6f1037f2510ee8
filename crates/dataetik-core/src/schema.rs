//! The JSON Schema of the assessment format, generated from the Rust types in [`crate::model`].
//!
//! Editors (VS Code's YAML extension and others via yaml-language-server) use it to complete and
//! validate fields while people write; `schema/assessment.schema.json` is a committed copy.

use crate::model::Assessment;

/// The schema's `$id`, stable across versions of dataetik with the same `schema_version`.
pub const SCHEMA_ID: &str =
    "https://github.com/dataetik/dataetik/raw/main/schema/assessment.schema.json";

/// The schema as pretty-printed JSON (draft 2020-12), strict about unknown keys.
pub fn assessment_schema() -> String {
    let mut schema = schemars::schema_for!(Assessment);
    schema.insert("$id".into(), SCHEMA_ID.into());
    let mut value = schema.to_value();
    consts_to_enums(&mut value);
    let mut s = serde_json::to_string_pretty(&value).expect("schema serialises");
    s.push('\n');
    s
}

/// Rewrites `oneOf: [{const: a, description}, ...]` (schemars' form for documented unit enums)
/// as `enum: [a, ...]` with `enumDescriptions`/`markdownEnumDescriptions`.
///
/// Editors offer `enum` values as completions everywhere, and a wrong value then gets one clear
/// "must be one of" error instead of a failed `oneOf` listing every alternative; the
/// descriptions stay visible in VS Code's completion list.
fn consts_to_enums(v: &mut serde_json::Value) {
    use serde_json::Value;
    match v {
        Value::Object(map) => {
            let consts: Option<Vec<(Value, String)>> =
                map.get("oneOf").and_then(Value::as_array).and_then(|alts| {
                    alts.iter()
                        .map(|a| {
                            let c = a.get("const")?.clone();
                            c.is_string().then_some(())?;
                            let d = a
                                .get("description")
                                .and_then(Value::as_str)
                                .unwrap_or("")
                                .to_string();
                            Some((c, d))
                        })
                        .collect()
                });
            if let Some(consts) = consts.filter(|c| !c.is_empty()) {
                map.remove("oneOf");
                map.insert("type".into(), "string".into());
                let descriptions: Vec<Value> =
                    consts.iter().map(|(_, d)| d.clone().into()).collect();
                map.insert(
                    "enum".into(),
                    consts
                        .into_iter()
                        .map(|(c, _)| c)
                        .collect::<Vec<_>>()
                        .into(),
                );
                map.insert("enumDescriptions".into(), descriptions.clone().into());
                map.insert("markdownEnumDescriptions".into(), descriptions.into());
            }
            for child in map.values_mut() {
                consts_to_enums(child);
            }
        }
        Value::Array(items) => items.iter_mut().for_each(consts_to_enums),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn enums_are_plain_enums() {
        let schema: serde_json::Value = serde_json::from_str(&assessment_schema()).unwrap();
        let phase = &schema["$defs"]["Phase"];
        assert_eq!(phase["type"], "string");
        assert_eq!(phase["enum"][0], "idea");
        assert!(phase.get("oneOf").is_none());
    }
}
