//! The JSON Schema of the assessment format, generated from the Rust types in [`crate::model`].
//!
//! Editors (VS Code's YAML extension and others via yaml-language-server) use it to complete and
//! validate fields while people write; `schema/assessment.schema.json` is a committed copy, in
//! Danish (the register's language).
//!
//! Titles and descriptions come from the message catalogue (`locales/*/schema.ftl`), not from the
//! Rust doc comments, so hover and completion are in the language asked for; each field also gets
//! a `markdownDescription`, which VS Code's YAML extension shows instead of `description`.

use serde_json::{Map, Value};

use crate::i18n::{Catalogue, Lang};
use crate::model::Assessment;

/// The schema's `$id`, stable across versions of dataetik with the same `schema_version`.
pub const SCHEMA_ID: &str =
    "https://github.com/dataetik/dataetik/raw/main/schema/assessment.schema.json";

/// The schema as pretty-printed JSON (draft 2020-12), strict about unknown keys, in Danish.
pub fn assessment_schema() -> String {
    assessment_schema_in(Lang::Da)
}

/// The schema with titles and descriptions in `lang`.
pub fn assessment_schema_in(lang: Lang) -> String {
    let mut value = schema_value(lang);
    value
        .as_object_mut()
        .map(|m| m.insert("$id".into(), SCHEMA_ID.into()));
    let mut s = serde_json::to_string_pretty(&value).expect("schema serialises");
    s.push('\n');
    s
}

/// The schema as a JSON value, texts in `lang` (no `$id`).
pub fn schema_value(lang: Lang) -> Value {
    let schema = schemars::schema_for!(Assessment);
    let mut value = schema.to_value();
    consts_to_enums(&mut value);
    let cat = Catalogue::new(lang);
    if let Some(root) = value.as_object_mut() {
        document(root, "Assessment", cat);
        if let Some(Value::Object(defs)) = root.get_mut("$defs") {
            for (name, def) in defs.iter_mut() {
                if let Value::Object(def) = def {
                    document(def, name, cat);
                }
            }
        }
    }
    value
}

/// Sets the texts of the type `name` (`def`), its properties and its enum values from the
/// catalogue. A text the catalogue lacks is removed rather than left in English (the catalogue
/// test makes sure none is missing).
fn document(def: &mut Map<String, Value>, name: &str, cat: Catalogue) {
    set_texts(def, &format!("def-{name}"), cat);
    if let Some(Value::Object(props)) = def.get_mut("properties") {
        for (field, prop) in props.iter_mut() {
            if let Value::Object(prop) = prop {
                set_texts(prop, &format!("field-{name}-{field}"), cat);
            }
        }
    }
    let values: Option<Vec<String>> = def.get("enum").and_then(Value::as_array).map(|v| {
        v.iter()
            .filter_map(|e| e.as_str().map(str::to_string))
            .collect()
    });
    if let Some(values) = values {
        let texts: Vec<Value> = values
            .iter()
            .map(|v| {
                let id = format!("enum-{name}-{v}");
                Value::from(if cat.has(&id) {
                    cat.text(&id, None)
                } else {
                    String::new()
                })
            })
            .collect();
        def.insert("enumDescriptions".into(), texts.clone().into());
        def.insert("markdownEnumDescriptions".into(), texts.into());
    }
}

/// `title`, `description` and `markdownDescription` from the catalogue's `id` and `id-title`.
fn set_texts(node: &mut Map<String, Value>, id: &str, cat: Catalogue) {
    if !cat.has(id) {
        node.remove("description");
        node.remove("title");
        return;
    }
    let description = cat.text(id, None);
    let title = cat.text(&format!("{id}-title"), None);
    let (markdown, plain) = match description.strip_prefix("(Markdown) ") {
        Some(rest) => (true, rest.to_string()),
        None => (false, description.clone()),
    };
    let mut md = format!("**{title}**\n\n{plain}");
    if markdown {
        md.push_str("\n\n_");
        md.push_str(&crate::msg!(cat, "schema-markdown-allowed"));
        md.push('_');
    }
    node.insert("title".into(), title.into());
    node.insert("description".into(), description.into());
    node.insert("markdownDescription".into(), md.into());
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

    /// Every type, field and enum value has a title and description in Danish and in English
    /// (from the catalogue, none left from the doc comments), and a markdownDescription.
    #[test]
    fn every_field_has_a_danish_and_an_english_text() {
        let da = schema_value(Lang::Da);
        let en = schema_value(Lang::En);
        let mut nodes: Vec<(String, &Value, &Value)> = vec![("root".into(), &da, &en)];
        for (name, def) in da["$defs"].as_object().unwrap() {
            nodes.push((name.clone(), def, &en["$defs"][name]));
        }
        let mut checked = 0;
        let mut fields: Vec<(String, &Value, &Value)> = Vec::new();
        for (name, d, e) in &nodes {
            if let Some(props) = d["properties"].as_object() {
                for (field, p) in props {
                    fields.push((format!("{name}.{field}"), p, &e["properties"][field]));
                }
            }
        }
        for (what, d, e) in nodes.iter().chain(&fields) {
            for key in ["title", "description", "markdownDescription"] {
                let (dt, et) = (d[key].as_str(), e[key].as_str());
                assert!(
                    dt.is_some_and(|t| !t.trim().is_empty()),
                    "{what}: Danish {key}"
                );
                assert!(
                    et.is_some_and(|t| !t.trim().is_empty()),
                    "{what}: English {key}"
                );
            }
            assert_ne!(d["description"], e["description"], "{what}: not translated");
            checked += 1;
            if let Some(values) = d["enum"].as_array() {
                for k in ["enumDescriptions", "markdownEnumDescriptions"] {
                    for lang in [d, e] {
                        let texts = lang[k].as_array().unwrap();
                        assert_eq!(texts.len(), values.len(), "{what}: {k}");
                        assert!(texts
                            .iter()
                            .all(|t| t.as_str().is_some_and(|t| !t.is_empty())));
                    }
                }
                assert_ne!(d["enumDescriptions"], e["enumDescriptions"], "{what}");
            }
        }
        assert!(checked >= 130, "{checked}");
        assert_eq!(
            da["properties"]["owner"]["description"],
            "Hvem der ejer projektet."
        );
        assert_eq!(en["properties"]["owner"]["title"], "Owner");
    }

    #[test]
    fn enums_are_plain_enums() {
        let schema: Value = serde_json::from_str(&assessment_schema()).unwrap();
        let phase = &schema["$defs"]["Phase"];
        assert_eq!(phase["type"], "string");
        assert_eq!(phase["enum"][0], "idea");
        assert!(phase.get("oneOf").is_none());
    }
}
