//! The JSON Schema of the assessment format, generated from the Rust types in [`crate::model`].
//!
//! Editors (VS Code's YAML extension and others via yaml-language-server) use it to complete and
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
    version_1_restrictions(&mut value, cat);
    value
}

/// The schema of supplier files (`suppliers/<id>.yaml`) as a JSON value, titles and
/// descriptions in `lang` from the catalogue like the assessment schema's (no `$id`).
pub fn supplier_schema_value(lang: Lang) -> Value {
    let schema = schemars::schema_for!(crate::supplier::SupplierRecord);
    let mut value = schema.to_value();
    consts_to_enums(&mut value);
    let cat = Catalogue::new(lang);
    if let Some(root) = value.as_object_mut() {
        document(root, "SupplierRecord", cat);
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
    // `(Markdown) …` or `(schema_version 2, Markdown) …`: say so in words in the Markdown text.
    let markdown = description.starts_with('(')
        && description
            .split(')')
            .next()
            .is_some_and(|p| p.contains("Markdown"));
    let plain = description
        .strip_prefix("(Markdown) ")
        .unwrap_or(&description)
        .to_string();
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

/// `if schema_version is 1 then ...`: the version-2 fields, values and partial dates are not
/// allowed in a version 1 file, so editors flag them as the checker does (GEN-002).
fn version_1_restrictions(schema: &mut serde_json::Value, cat: Catalogue) {
    use serde_json::json;
    let not_in_v1 = json!({
        "not": {},
        "description": crate::msg!(cat, "schema-only-in-v2")
    });
    let mut then = json!({});
    // The schema object at a field path inside `then`, created on the way.
    fn at<'a>(then: &'a mut Value, path: &str) -> &'a mut Value {
        let mut node = then;
        for part in path.split('.') {
            let (key, each) = match part.strip_suffix("[]") {
                Some(k) => (k, true),
                None => (part, false),
            };
            node = node
                .as_object_mut()
                .expect("an object")
                .entry("properties")
                .or_insert_with(|| json!({}))
                .as_object_mut()
                .expect("an object")
                .entry(key)
                .or_insert_with(|| json!({}));
            if each {
                node = node
                    .as_object_mut()
                    .expect("an object")
                    .entry("items")
                    .or_insert_with(|| json!({}));
            }
        }
        node
    }
    for field in crate::version::V2_ONLY_FIELDS {
        *at(&mut then, field) = not_in_v1.clone();
    }
    for (field, value) in crate::version::V2_ONLY_VALUES {
        *at(&mut then, field) = json!({ "not": { "const": value } });
    }
    for field in crate::version::PARTIAL_DATE_FIELDS {
        *at(&mut then, field) = json!({
            "anyOf": [{ "$ref": "#/$defs/Date" }, { "type": "null" }],
            "description": crate::msg!(cat, "schema-v1-full-date")
        });
    }
    if let Value::Object(map) = schema {
        map.insert(
            "if".into(),
            json!({
                "properties": { "schema_version": { "const": 1 } },
                "required": ["schema_version"]
            }),
        );
        map.insert("then".into(), then);
    }
}

/// What a field of the assessment format holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FieldKind {
    /// Plain text (a name, a reference, a link).
    Text,
    /// Free text in Markdown: a consideration written for people.
    Markdown,
    /// One of a fixed set of values.
    Enum,
    /// `true` or `false`.
    Bool,
    /// A whole number.
    Integer,
    /// A number.
    Number,
    /// A full date, `YYYY-MM-DD`.
    Date,
    /// A date that may be only `YYYY-MM` or `YYYY` (schema_version 2).
    PartialDate,
    /// A section with fields of its own.
    Section,
    /// A list.
    List,
}

/// One field of the assessment format, as the JSON Schema describes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    /// Dotted path; `[]` marks the items of a list: `suppliers[].dpa.reference`.
    pub path: String,
    /// What it holds.
    pub kind: FieldKind,
    /// For lists: what each item holds.
    pub items: Option<FieldKind>,
    /// The allowed values of an enumeration (of each item, for a list of them); empty for other
    /// kinds.
    pub values: Vec<String>,
}

/// Every field of the assessment format in schema order, derived from the model's JSON Schema
/// (so the list cannot drift from the model): sections before their fields, list items as
/// `list[].field`.
pub fn fields() -> Vec<Field> {
    let mut schema = schemars::schema_for!(Assessment).to_value();
    consts_to_enums(&mut schema);
    let mut out = Vec::new();
    walk_fields(&schema, &schema, "", &mut out);
    out
}

fn resolve<'a>(root: &'a serde_json::Value, node: &'a serde_json::Value) -> &'a serde_json::Value {
    let mut node = node;
    for _ in 0..16 {
        if let Some(r) = node.get("$ref").and_then(|r| r.as_str()) {
            let name = r.trim_start_matches("#/$defs/");
            match root.get("$defs").and_then(|d| d.get(name)) {
                Some(n) => node = n,
                None => return node,
            }
        } else if let Some(alts) = node.get("anyOf").and_then(|a| a.as_array()) {
            // Option<T>: the branch that is not null.
            match alts
                .iter()
                .find(|a| a.get("type").and_then(|t| t.as_str()) != Some("null"))
            {
                Some(a) if alts.len() == 2 => node = a,
                _ => return node,
            }
        } else {
            return node;
        }
    }
    node
}

fn kind_of(root: &serde_json::Value, node: &serde_json::Value) -> FieldKind {
    let refs = |n: &serde_json::Value| -> Option<String> {
        n.get("$ref")
            .and_then(|r| r.as_str())
            .map(str::to_string)
            .or_else(|| {
                n.get("anyOf")?
                    .as_array()?
                    .iter()
                    .find_map(|a| a.get("$ref").and_then(|r| r.as_str()).map(str::to_string))
            })
    };
    match refs(node).as_deref() {
        Some("#/$defs/Date") => return FieldKind::Date,
        Some("#/$defs/PartialDate") => return FieldKind::PartialDate,
        _ => {}
    }
    let markdown = node
        .get("description")
        .and_then(|d| d.as_str())
        .is_some_and(|d| {
            d.starts_with('(') && d.split(')').next().is_some_and(|p| p.contains("Markdown"))
        });
    let r = resolve(root, node);
    let ty = match r.get("type") {
        Some(serde_json::Value::String(t)) => t.as_str(),
        Some(serde_json::Value::Array(ts)) => ts
            .iter()
            .filter_map(|t| t.as_str())
            .find(|t| *t != "null")
            .unwrap_or("null"),
        _ => "",
    };
    match ty {
        "object" => FieldKind::Section,
        "array" => FieldKind::List,
        "boolean" => FieldKind::Bool,
        "integer" => FieldKind::Integer,
        "number" => FieldKind::Number,
        "string" if r.get("enum").is_some() => FieldKind::Enum,
        _ if markdown => FieldKind::Markdown,
        _ => FieldKind::Text,
    }
}

fn walk_fields(
    root: &serde_json::Value,
    node: &serde_json::Value,
    prefix: &str,
    out: &mut Vec<Field>,
) {
    let r = resolve(root, node);
    let Some(props) = r.get("properties").and_then(|p| p.as_object()) else {
        return;
    };
    for (key, prop) in props {
        let path = if prefix.is_empty() {
            key.clone()
        } else {
            format!("{prefix}.{key}")
        };
        let kind = kind_of(root, prop);
        let items = (kind == FieldKind::List).then(|| {
            let item = resolve(root, prop)
                .get("items")
                .unwrap_or(&serde_json::Value::Null);
            kind_of(root, item)
        });
        let enum_node = match (kind, items) {
            (FieldKind::Enum, _) => Some(resolve(root, prop)),
            (FieldKind::List, Some(FieldKind::Enum)) => resolve(root, prop)
                .get("items")
                .map(|item| resolve(root, item)),
            _ => None,
        };
        let values = enum_node
            .and_then(|n| n.get("enum"))
            .and_then(serde_json::Value::as_array)
            .map(|vs| {
                vs.iter()
                    .filter_map(|v| v.as_str().map(str::to_string))
                    .collect()
            })
            .unwrap_or_default();
        out.push(Field {
            path: path.clone(),
            kind,
            items,
            values,
        });
        match kind {
            FieldKind::Section => walk_fields(root, prop, &path, out),
            FieldKind::List => {
                if let Some(item) = resolve(root, prop).get("items") {
                    walk_fields(root, item, &format!("{path}[]"), out);
                }
            }
            _ => {}
        }
    }
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
    fn fields_follow_the_model() {
        let fields = fields();
        let kind = |p: &str| {
            fields
                .iter()
                .find(|f| f.path == p)
                .unwrap_or_else(|| panic!("no field {p}"))
                .kind
        };
        assert_eq!(kind("schema_version"), FieldKind::Integer);
        assert_eq!(kind("title"), FieldKind::Text);
        assert_eq!(kind("summary"), FieldKind::Markdown);
        assert_eq!(kind("lifecycle"), FieldKind::Section);
        assert_eq!(kind("lifecycle.started"), FieldKind::PartialDate);
        assert_eq!(kind("lifecycle.next_review"), FieldKind::Date);
        assert_eq!(kind("lifecycle.data_fate"), FieldKind::Enum);
        assert_eq!(kind("data.personal_data"), FieldKind::Bool);
        assert_eq!(kind("suppliers"), FieldKind::List);
        assert_eq!(kind("suppliers[].kind"), FieldKind::Enum);
        assert_eq!(kind("suppliers[].dpa.reference"), FieldKind::Text);
        assert_eq!(kind("risks[].risk"), FieldKind::Markdown);
        assert_eq!(
            kind("automation.inputs[].justification"),
            FieldKind::Markdown
        );
        assert_eq!(kind("automation.performance[].value"), FieldKind::Number);
        assert_eq!(kind("debate"), FieldKind::Markdown);
        assert_eq!(
            kind("principles.equality.bias_tests[].date"),
            FieldKind::Date
        );
        let subjects = fields.iter().find(|f| f.path == "data.subjects").unwrap();
        assert_eq!(subjects.items, Some(FieldKind::Enum));
        // Every version-2-only field exists.
        for f in crate::version::V2_ONLY_FIELDS {
            kind(f);
        }
        assert!(fields.len() > 100, "{}", fields.len());
    }

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
    fn every_supplier_field_has_a_danish_and_an_english_text() {
        let da = supplier_schema_value(Lang::Da);
        let en = supplier_schema_value(Lang::En);
        let mut nodes: Vec<(String, &Value, &Value)> = vec![("root".into(), &da, &en)];
        for (name, def) in da["$defs"].as_object().unwrap() {
            nodes.push((name.clone(), def, &en["$defs"][name]));
        }
        let mut fields: Vec<(String, &Value, &Value)> = Vec::new();
        for (name, d, e) in &nodes {
            for (field, p) in d["properties"].as_object().into_iter().flatten() {
                fields.push((format!("{name}.{field}"), p, &e["properties"][field]));
            }
        }
        let mut checked = 0;
        for (what, d, e) in nodes.iter().chain(&fields) {
            for key in ["title", "description", "markdownDescription"] {
                for t in [d[key].as_str(), e[key].as_str()] {
                    assert!(t.is_some_and(|t| !t.trim().is_empty()), "{what}: {key}");
                }
            }
            assert_ne!(d["description"], e["description"], "{what}: not translated");
            if let Some(values) = d["enum"].as_array() {
                for lang in [d, e] {
                    let texts = lang["enumDescriptions"].as_array().unwrap();
                    assert_eq!(texts.len(), values.len(), "{what}");
                    assert!(texts
                        .iter()
                        .all(|t| t.as_str().is_some_and(|t| !t.is_empty())));
                }
            }
            checked += 1;
        }
        assert!(checked >= 45, "{checked}");
        assert_eq!(da["title"], "Leverandør");
        assert_eq!(
            en["$defs"]["DataLocation"]["properties"]["transfer_basis"]["title"],
            "Transfer basis"
        );
    }

    #[test]
    fn enums_are_plain_enums() {
        let schema: serde_json::Value = serde_json::from_str(&assessment_schema()).unwrap();
        let phase = &schema["$defs"]["Phase"];
        assert_eq!(phase["type"], "string");
        assert_eq!(phase["enum"][0], "idea");
        assert!(phase.get("oneOf").is_none());
    }
}
