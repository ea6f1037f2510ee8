//! Open formats (`dataetik export` / `dataetik import`) as a library.
//!
//! The exports are validated against the standards' own field definitions, kept as fixtures
//! with their source named: `fixtures/algoritmeregister-1.0-fields.json` (MinBZK/Algoritmeregister,
//! `backend/app/schemas/config/v1_0.json` @ be01f3a) and `fixtures/atrs-3.0-fields.json`
//! (co-cddo/algorithmic-transparency-recording-standard, `previous-versions/v3.0/template_table.md`
//! @ 9b076c4). The validators below read only those fixtures: types, permitted values, required
//! fields, maximum lengths, allowed HTML. They run on the export of the example register and of
//! the real published records (`fixtures/real-records/`). Then every export is imported into an
//! empty register, checked (it loads, no GEN-001/GEN-002), exported again, and compared field by
//! field with the first export: equal wherever the second has a value, and no value the first
//! lacked (nothing invented).

use std::path::{Path, PathBuf};

use dataetik_core::check::{check_register, CheckResult};
use dataetik_core::formats::{self, Standard};
use dataetik_core::publish::PublishRefusal;
use dataetik_core::register::{list_assessment_files, Config, Register};
use serde_json::{json, Map, Value};

use crate::common::{opts, Reg, AS_OF};

const DUTCH_FIELDS: &str = include_str!("../fixtures/algoritmeregister-1.0-fields.json");
const ATRS_FIELDS: &str = include_str!("../fixtures/atrs-3.0-fields.json");

// ---------------------------------------------------------------------------------------------
// Registers

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The example register at the repository root, checked.
fn example() -> (Register, CheckResult) {
    let reg = Register::open_config(&repo_root().join("dataetik.yaml")).expect("example register");
    let files = list_assessment_files(&reg.root, &[reg.assessments_dir()]).unwrap();
    let result = check_register(&reg, &files, &opts(AS_OF));
    (reg, result)
}

/// A register holding copies of the real published records, each edited by `edit`.
fn real_records(edit: impl Fn(&str) -> String) -> Reg {
    let reg = Reg::with_config(Config {
        organisation: "Testregister".into(),
        ..Config::default()
    });
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/real-records");
    for entry in std::fs::read_dir(dir).unwrap() {
        let p = entry.unwrap().path();
        if p.extension().is_some_and(|e| e == "yaml") {
            let text = std::fs::read_to_string(&p).unwrap();
            reg.write(
                &format!("assessments/{}", p.file_name().unwrap().to_string_lossy()),
                edit(&text),
            );
        }
    }
    reg
}

fn records(json: &str) -> Vec<Value> {
    match serde_json::from_str(json).expect("export is JSON") {
        Value::Array(a) => a,
        other => panic!("export is not an array: {other}"),
    }
}

// ---------------------------------------------------------------------------------------------
// The Dutch standard's validator (reads only the fixture)

fn tags(html: &str) -> Vec<(bool, String)> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(i) = rest.find('<') {
        let after = &rest[i + 1..];
        let end = after.find('>').unwrap_or(after.len());
        let inner = &after[..end];
        let closing = inner.starts_with('/');
        let name: String = inner
            .trim_start_matches('/')
            .chars()
            .take_while(char::is_ascii_alphanumeric)
            .collect();
        out.push((closing, name.to_lowercase()));
        rest = &after[end.min(after.len())..];
    }
    out
}

fn strip_tags(html: &str) -> String {
    let mut out = String::new();
    let mut inside = false;
    for c in html.chars() {
        match c {
            '<' => inside = true,
            '>' if inside => inside = false,
            c if !inside => out.push(c),
            _ => {}
        }
    }
    out
}

fn is_email(s: &str) -> bool {
    let Some((l, d)) = s.split_once('@') else {
        return false;
    };
    !l.is_empty() && d.contains('.') && !d.contains('@') && !s.contains(char::is_whitespace)
}

fn is_https(s: &str) -> bool {
    s.starts_with("https://") && s.len() > 8 && !s.contains(char::is_whitespace)
}

fn check_kind(kind: &str, s: &str, at: &str, out: &mut Vec<String>) {
    let ok = match kind {
        "https_url" => is_https(s),
        "email_or_https_url" => is_email(s) || is_https(s),
        "year_month" => {
            let b = s.as_bytes();
            b.len() == 7
                && b[..4].iter().all(u8::is_ascii_digit)
                && b[4] == b'-'
                && matches!(s[5..].parse::<u8>(), Ok(1..=12))
        }
        _ => true,
    };
    if !ok {
        out.push(format!("{at}: `{s}` is not a valid {kind}"));
    }
}

/// Every way `record` breaks the Algoritmeregister 1.0 field definitions.
fn dutch_violations(record: &Value) -> Vec<String> {
    let fx: Value = serde_json::from_str(DUTCH_FIELDS).unwrap();
    let fields = fx["fields"].as_array().unwrap();
    let mut out = Vec::new();
    let Some(obj) = record.as_object() else {
        return vec!["the record is not a JSON object".into()];
    };
    for k in obj.keys() {
        match fields.iter().find(|f| f["name"] == *k) {
            None => out.push(format!("{k}: not a field of the standard")),
            Some(f) if f["generated"] == true => {
                out.push(format!("{k}: generated by the register, not supplied"));
            }
            _ => {}
        }
    }
    for f in fields.iter().filter(|f| f["generated"] != true) {
        let name = f["name"].as_str().unwrap();
        let kind = f["kind"].as_str().unwrap();
        let v = obj.get(name).unwrap_or(&Value::Null);
        let blank = v.is_null() || v.as_str().is_some_and(|s| s.trim().is_empty());
        if f["required"] == true && blank {
            out.push(format!("{name}: required"));
            continue;
        }
        if v.is_null() {
            continue;
        }
        match f["type"].as_str().unwrap() {
            "string" => {
                let Some(s) = v.as_str() else {
                    out.push(format!("{name}: not a string"));
                    continue;
                };
                // Only fields with allowed_html_tags are HTML; in the others `<` is text.
                let html = f["allowed_html_tags"].as_array();
                let allowed: Vec<&str> = html
                    .map(|a| a.iter().filter_map(Value::as_str).collect())
                    .unwrap_or_default();
                let mut stack: Vec<String> = Vec::new();
                for (closing, t) in if html.is_some() { tags(s) } else { Vec::new() } {
                    if !allowed.contains(&t.as_str()) {
                        out.push(format!("{name}: tag <{t}> not allowed"));
                    } else if t != "br" {
                        if closing {
                            if stack.pop().as_deref() != Some(t.as_str()) {
                                out.push(format!("{name}: </{t}> does not close the open tag"));
                            }
                        } else {
                            stack.push(t);
                        }
                    }
                }
                if !stack.is_empty() {
                    out.push(format!("{name}: unclosed {stack:?}"));
                }
                let len = if html.is_some() {
                    strip_tags(s).chars().count()
                } else {
                    s.chars().count()
                };
                if let Some(max) = f["max_length"].as_u64() {
                    if len as u64 > max {
                        out.push(format!("{name}: {len} characters, at most {max}"));
                    }
                }
                check_kind(kind, s, name, &mut out);
            }
            "enum" => {
                let permitted = f["permitted_values"].as_array().unwrap();
                if !permitted.contains(v) {
                    out.push(format!("{name}: {v} is not one of {permitted:?}"));
                }
            }
            "array" => {
                let Some(items) = v.as_array() else {
                    out.push(format!("{name}: not an array"));
                    continue;
                };
                for (i, item) in items.iter().enumerate() {
                    let at = format!("{name}[{i}]");
                    if kind == "enum_array" {
                        if !f["permitted_values"].as_array().unwrap().contains(item) {
                            out.push(format!("{at}: {item} not permitted"));
                        }
                        continue;
                    }
                    let Some(o) = item.as_object() else {
                        out.push(format!("{at}: not an object"));
                        continue;
                    };
                    let spec = f["items"].as_object().unwrap();
                    for k in o.keys() {
                        if !spec.contains_key(k) {
                            out.push(format!("{at}.{k}: not a field"));
                        }
                    }
                    for (k, s) in spec {
                        let iv = o.get(k).unwrap_or(&Value::Null);
                        let blank =
                            iv.is_null() || iv.as_str().is_some_and(|x| x.trim().is_empty());
                        if s["required"] == true && blank {
                            out.push(format!("{at}.{k}: required"));
                        }
                        if let Some(x) = iv.as_str() {
                            if let Some(max) = s["max_length"].as_u64() {
                                if x.chars().count() as u64 > max {
                                    out.push(format!("{at}.{k}: longer than {max}"));
                                }
                            }
                            check_kind(
                                s["kind"].as_str().unwrap(),
                                x,
                                &format!("{at}.{k}"),
                                &mut out,
                            );
                        } else if !iv.is_null() {
                            out.push(format!("{at}.{k}: not a string"));
                        }
                    }
                }
            }
            t => out.push(format!("{name}: unknown type {t} in the fixture")),
        }
    }
    out
}

/// The one documented deviation: `lang` names the language the texts are written in (ISO
/// 639-3, as the field asks); the Dutch register offers only `nld` so far.
fn dutch_deviations(record: &Value, lang_code: &str) -> Vec<String> {
    let v = dutch_violations(record);
    let expected = format!("lang: \"{lang_code}\" is not one of [String(\"nld\")]");
    assert!(
        v.contains(&expected),
        "the lang deviation is gone; update docs/open-formats.md: {v:?}"
    );
    v.into_iter().filter(|x| *x != expected).collect()
}

// ---------------------------------------------------------------------------------------------
// The ATRS validator (reads only the fixture)

fn section_key(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('_') {
            out.push('_');
        }
    }
    out.trim_matches('_').to_string()
}

/// Every way `record` breaks the ATRS v3.0 field table, in our JSON shape (docs/open-formats.md).
fn atrs_violations(record: &Value) -> Vec<String> {
    let fx: Value = serde_json::from_str(ATRS_FIELDS).unwrap();
    let fields = fx["fields"].as_array().unwrap();
    let mut out = Vec::new();
    let empty = Map::new();
    let obj = record.as_object().unwrap_or(&empty);
    let tier_2 = obj
        .get("tier_2")
        .and_then(Value::as_object)
        .unwrap_or(&empty);
    let owner = tier_2
        .get("owner_and_responsibility")
        .and_then(Value::as_object)
        .unwrap_or(&empty);
    let suppliers: Vec<&Map<String, Value>> = owner
        .get("external_suppliers")
        .and_then(Value::as_array)
        .map(|a| a.iter().filter_map(Value::as_object).collect())
        .unwrap_or_default();
    let models: Vec<&Value> = tier_2
        .get("models")
        .and_then(Value::as_array)
        .map(|a| a.iter().collect())
        .unwrap_or_default();
    if models.is_empty() {
        out.push("tier_2.models: no model (the model and data specifications are required)".into());
    }

    // Where each field lives, and the keys each object may hold.
    let mut places: Vec<(String, &Map<String, Value>, &Value)> = Vec::new();
    let mut allowed: std::collections::BTreeMap<String, Vec<String>> = Default::default();
    for f in fields {
        let attr = f["attribute"].as_str().unwrap().to_string();
        let section = f["section"].as_str().unwrap();
        let tier = f["tier"].as_str().unwrap();
        let key = section_key(section);
        match f["repeatable_per"].as_str() {
            Some("supplier") => {
                allowed
                    .entry("supplier".into())
                    .or_default()
                    .push(attr.clone());
                for (i, s) in suppliers.iter().enumerate() {
                    places.push((
                        format!("tier_2.owner_and_responsibility.external_suppliers[{i}].{attr}"),
                        s,
                        f,
                    ));
                }
            }
            Some("model") => {
                allowed.entry(key.clone()).or_default().push(attr.clone());
                for (i, m) in models.iter().enumerate() {
                    let spec = m[&key].as_object().unwrap_or(&empty);
                    places.push((format!("tier_2.models[{i}].{key}.{attr}"), spec, f));
                }
            }
            _ => {
                allowed.entry(key.clone()).or_default().push(attr.clone());
                let container = if tier == "2" {
                    tier_2
                        .get(&key)
                        .and_then(Value::as_object)
                        .unwrap_or(&empty)
                } else {
                    obj.get(&key).and_then(Value::as_object).unwrap_or(&empty)
                };
                let at = if tier == "2" {
                    format!("tier_2.{key}.{attr}")
                } else {
                    format!("{key}.{attr}")
                };
                places.push((at, container, f));
            }
        }
    }
    // No keys outside the table (our containers aside).
    for (k, v) in obj {
        if k == "tier_2" {
            continue;
        }
        match allowed.get(k) {
            Some(attrs) => {
                for a in v.as_object().map_or_else(Vec::new, |o| o.keys().collect()) {
                    if !attrs.contains(a) {
                        out.push(format!("{k}.{a}: not an attribute of the section"));
                    }
                }
            }
            None => out.push(format!("{k}: not a section")),
        }
    }
    for (k, v) in tier_2 {
        if k == "models" {
            for (i, m) in models.iter().enumerate() {
                for (mk, mv) in m.as_object().unwrap_or(&empty) {
                    match allowed.get(mk) {
                        Some(attrs) => {
                            for a in mv.as_object().unwrap_or(&empty).keys() {
                                if !attrs.contains(a) {
                                    out.push(format!("models[{i}].{mk}.{a}: not an attribute"));
                                }
                            }
                        }
                        None => out.push(format!("models[{i}].{mk}: not a section")),
                    }
                }
            }
            continue;
        }
        match allowed.get(k) {
            Some(attrs) => {
                for a in v.as_object().unwrap_or(&empty).keys() {
                    let ours = k == "owner_and_responsibility" && a == "external_suppliers";
                    if !attrs.contains(a) && !ours {
                        out.push(format!("tier_2.{k}.{a}: not an attribute of the section"));
                    }
                }
            }
            None => out.push(format!("tier_2.{k}: not a section")),
        }
    }
    for s in &suppliers {
        for a in s.keys() {
            if !allowed["supplier"].contains(a) {
                out.push(format!("external_suppliers.{a}: not a supplier attribute"));
            }
        }
    }
    // Values.
    for (at, container, f) in places {
        let attr = f["attribute"].as_str().unwrap();
        let v = container.get(attr).unwrap_or(&Value::Null);
        let filled_by_team = f["filled_by"] == "ATRS team";
        let blank = v.is_null() || v.as_str().is_some_and(|s| s.trim().is_empty());
        if f["required"] == true && !filled_by_team && blank {
            out.push(format!("{at}: required"));
            continue;
        }
        if v.is_null() {
            continue;
        }
        match f["type"].as_str().unwrap() {
            "UTF-8 string" => {
                let Some(s) = v.as_str() else {
                    out.push(format!("{at}: not a string"));
                    continue;
                };
                if let Some(p) = f["permitted_values"].as_array() {
                    if !p.iter().any(|x| x == s) {
                        out.push(format!("{at}: `{s}` is not one of {p:?}"));
                    }
                }
                if s.contains('\u{0}') {
                    out.push(format!("{at}: not valid text"));
                }
                match f["kind"].as_str() {
                    Some("email") if !is_email(s) => {
                        out.push(format!("{at}: `{s}` is not an e-mail address"));
                    }
                    Some("url_or_na")
                        if s != "N/A" && !(is_https(s) || s.starts_with("http://")) =>
                    {
                        out.push(format!("{at}: `{s}` is not a URL"));
                    }
                    _ => {}
                }
            }
            t => out.push(format!("{at}: {t} values are written by the ATRS team")),
        }
    }
    // Suppliers are listed when involvement is Yes.
    if owner.get("external_supplier_involvement") == Some(&json!("Yes"))
        && !suppliers.iter().any(|s| {
            s.get("external_supplier")
                .and_then(Value::as_str)
                .is_some_and(|n| !n.trim().is_empty())
        })
    {
        out.push("external_supplier_involvement is Yes but no supplier is named".into());
    }
    out
}

/// The one documented deviation: `region` takes UK regions only (v3.0; v4.0 adds
/// "International"), so a Danish register leaves it empty.
fn atrs_deviations(record: &Value) -> Vec<String> {
    let v = atrs_violations(record);
    let expected = "title_information.region: required".to_string();
    assert!(
        v.contains(&expected),
        "the region deviation is gone; update the docs: {v:?}"
    );
    v.into_iter().filter(|x| *x != expected).collect()
}

// ---------------------------------------------------------------------------------------------
// The validators themselves catch what they should

#[test]
fn the_validators_reject_what_the_standards_forbid() {
    let good = json!({
        "name": "Risico-inschatting", "description_short": "Kort.", "organization": "Gemeente X",
        "status": "In gebruik", "contact_email": "a@b.nl", "publication_category": "Overige algoritmes",
        "lang": "nld", "goal": "<p>Doel</p><ul><li>een</li></ul>", "begin_date": "2017-01",
        "impacttoetsen_grouping": [{"title": "Data Protection Impact Assessment (DPIA)", "link": null}]
    });
    assert_eq!(dutch_violations(&good), Vec::<String>::new());
    let mut bad = good.clone();
    bad["status"] = json!("in use");
    bad["begin_date"] = json!("2017");
    bad["goal"] = json!(format!("<p>{}</p><script>x</script>", "a".repeat(2500)));
    bad["website"] = json!("http://x.nl");
    bad["contact_email"] = json!("14 010");
    bad["lars"] = json!("123");
    bad["unknown"] = json!(1);
    bad.as_object_mut().unwrap().remove("name");
    let v = dutch_violations(&bad);
    for expected in [
        "name: required",
        "status: \"in use\" is not one of",
        "begin_date: `2017` is not a valid year_month",
        "goal: tag <script> not allowed",
        "goal: 2501 characters, at most 2500",
        "website: `http://x.nl` is not a valid https_url",
        "contact_email: `14 010` is not a valid email_or_https_url",
        "lars: generated by the register",
        "unknown: not a field of the standard",
    ] {
        assert!(
            v.iter().any(|x| x.starts_with(expected)),
            "{expected} not in {v:?}"
        );
    }

    let (reg, result) = example();
    let export = formats::export(Standard::Atrs, &reg, &result).unwrap();
    let mut rec = records(&export.json).remove(0);
    assert_eq!(atrs_deviations(&rec), Vec::<String>::new());
    rec["title_information"]["phase"] = json!("Live");
    rec["tier_1_information"]["contact_email"] = Value::Null;
    rec["tier_1_information"]["website_url"] = json!("lyngdal.dk");
    rec["tier_2"]["owner_and_responsibility"]["external_supplier_involvement"] = json!("Maybe");
    rec["tier_2"]["tool_specification"]["colour"] = json!("blue");
    rec["tier_2"]["models"] = json!([]);
    let v = atrs_violations(&rec);
    for expected in [
        "title_information.phase: `Live` is not one of",
        "tier_1_information.contact_email: required",
        "tier_1_information.website_url: `lyngdal.dk` is not a URL",
        "tier_2.owner_and_responsibility.external_supplier_involvement: `Maybe`",
        "tier_2.tool_specification.colour: not an attribute",
        "tier_2.models: no model",
    ] {
        assert!(
            v.iter().any(|x| x.starts_with(expected)),
            "{expected} not in {v:?}"
        );
    }
}

// ---------------------------------------------------------------------------------------------
// Export

#[test]
fn the_example_register_exports_valid_dutch_records() {
    let (reg, result) = example();
    let export = formats::export(Standard::Algoritmeregister, &reg, &result).unwrap();
    assert_eq!(
        export.left_out,
        vec![],
        "every example project has what the standard requires"
    );
    let recs = records(&export.json);
    assert_eq!(recs.len(), result.files.len());
    assert_eq!(export.records, recs.len());
    for r in &recs {
        assert_eq!(
            dutch_deviations(r, "dan"),
            Vec::<String>::new(),
            "{}",
            r["source_id"]
        );
    }
    let by_id = |id: &str| recs.iter().find(|r| r["source_id"] == id).unwrap().clone();
    // The stopped profiling project: out of use, month precision, high-risk AI system.
    let r = by_id("bif-2023-profilering-ledige");
    assert_eq!(r["name"], "Profilering af ledige i Jobcentret");
    assert_eq!(r["organization"], "Lyngdal Kommune");
    assert_eq!(r["status"], "Buiten gebruik");
    assert_eq!(r["begin_date"], "2023-04");
    assert_eq!(r["end_date"], "2025-10");
    assert_eq!(r["publication_category"], "Hoog-risico AI-systeem");
    assert_eq!(r["contact_email"], "jobcenter-data@lyngdal.dk");
    assert_eq!(
        r["website"],
        "https://lyngdal.dk/dataetik/profilering-af-ledige"
    );
    assert_eq!(r["lang"], "dan");
    assert_eq!(r["standard_version"], "1.0");
    assert_eq!(r["provider"], "Analysehuset Vest ApS");
    assert_eq!(
        r["impacttoetsen_grouping"][0]["title"],
        "Data Protection Impact Assessment (DPIA)"
    );
    let methods = r["methods_and_models"].as_str().unwrap();
    assert!(
        methods.contains(
            "<li>deltagelse i danskuddannelse (beskyttet egenskab: etnisk oprindelse)</li>"
        ),
        "{methods}"
    );
    assert!(methods.contains("Der bruges maskinlæring"), "{methods}");
    let goal = r["goal"].as_str().unwrap();
    assert!(goal.starts_with("<p>Nogle nyledige"), "{goal}");
    assert!(goal.ends_with("<p>Konsekvens for den enkelte: en ydelse eller service tilrettelægges eller prioriteres; kan let gøres om.</p>"), "{goal}");
    // Every status and category the example has is one of the standard's values (the validator
    // checks), and the three statuses all occur.
    for s in ["In ontwikkeling", "In gebruik", "Buiten gebruik"] {
        assert!(recs.iter().any(|r| r["status"] == s), "{s}");
    }
    // Dates of use: none before the system is in use, no end while it is.
    for r in &recs {
        match r["status"].as_str().unwrap() {
            "In ontwikkeling" => assert_eq!(
                (&r["begin_date"], &r["end_date"]),
                (&Value::Null, &Value::Null)
            ),
            "In gebruik" => assert_eq!(r["end_date"], Value::Null),
            _ => {}
        }
    }
    for c in [
        "Hoog-risico AI-systeem",
        "Impactvolle algoritmes",
        "Overige algoritmes",
    ] {
        assert!(recs.iter().any(|r| r["publication_category"] == c), "{c}");
    }
    assert_no_internal_paths(&export.json, &reg);
}

#[test]
fn the_example_register_exports_valid_atrs_records() {
    let (reg, result) = example();
    let export = formats::export(Standard::Atrs, &reg, &result).unwrap();
    assert_eq!(export.left_out, vec![]);
    let recs = records(&export.json);
    assert_eq!(recs.len(), result.files.len());
    for r in &recs {
        assert_eq!(
            atrs_deviations(r),
            Vec::<String>::new(),
            "{}",
            r["tier_1_information"]["name"]
        );
    }
    let r = recs
        .iter()
        .find(|r| r["tier_1_information"]["name"] == "Profilering af ledige i Jobcentret")
        .unwrap();
    assert_eq!(r["metadata"]["standard_version"], "v3.0");
    assert_eq!(r["title_information"]["phase"], "Retired");
    assert_eq!(
        r["title_information"]["organisation_name"],
        "Lyngdal Kommune"
    );
    assert!(r["title_information"]["one_sentence_description"]
        .as_str()
        .unwrap()
        .ends_with("intensiv indsats."));
    let owner = &r["tier_2"]["owner_and_responsibility"];
    assert_eq!(owner["external_supplier_involvement"], "Yes");
    assert_eq!(
        owner["external_suppliers"][0]["external_supplier"],
        "Analysehuset Vest ApS"
    );
    assert_eq!(
        owner["external_suppliers"][0]["external_supplier_role"],
        "Udvikler (virksomhed)"
    );
    assert_eq!(
        owner["senior_responsible_owner"],
        "Direktør for Beskæftigelses- og Integrationsforvaltningen"
    );
    let data = &r["tier_2"]["models"][0]["data_specification"];
    assert_eq!(
        data["source_data_name"],
        "- Jobcentrets fagsystem\n- Det fælles datagrundlag for beskæftigelsesindsatsen"
    );
    assert!(data["sensitive_attributes"]
        .as_str()
        .unwrap()
        .contains("- alder (beskyttet egenskab: alder)"));
    // Required fields the assessment cannot fill say N/A, as the standard asks.
    assert_eq!(
        r["tier_2"]["models"][0]["model_specification"]["model_version"],
        "N/A"
    );
    assert_no_internal_paths(&export.json, &reg);
}

/// Nothing in an export points into the register: no assessment or evidence file, no code path.
fn assert_no_internal_paths(json: &str, reg: &Register) {
    assert!(!json.contains(".yaml"), "a file name in the export");
    assert!(
        !json.contains("evidence/"),
        "an evidence path in the export"
    );
    assert!(!json.contains(&reg.root.display().to_string()));
    let files = list_assessment_files(&reg.root, &[reg.assessments_dir()]).unwrap();
    for f in files {
        let text = std::fs::read_to_string(&f).unwrap();
        let a: dataetik_core::model::Assessment = serde_yaml::from_str(&text).unwrap();
        for p in a.code_paths.unwrap_or_default() {
            assert!(
                !json.contains(&format!("\"{p}")),
                "code path {p} in the export"
            );
        }
    }
}

#[test]
fn the_real_records_export_valid_records_or_say_what_is_missing() {
    // As transcribed: ten records give no usable public contact (Rotterdam's is a phone number).
    let reg = real_records(std::string::ToString::to_string);
    let result = reg.check_all(AS_OF);
    for standard in Standard::ALL {
        let export = formats::export(standard, &reg.reg, &result).unwrap();
        let recs = records(&export.json);
        assert_eq!(recs.len() + export.left_out.len(), 14);
        assert_eq!(export.left_out.len(), 10, "{:?}", export.left_out);
        for l in &export.left_out {
            assert_eq!(l.missing.len(), 1, "{l:?}");
            assert_eq!(l.missing[0].field, "owner.contact");
            assert_eq!(l.missing[0].target, "contact_email");
        }
        assert!(export
            .left_out
            .iter()
            .any(|l| l.id == "nl-rotterdam-heronderzoek-uitkeringen"));
        validate(standard, &recs);
    }
    // With a contact added to each, all fourteen are valid records.
    let reg = real_records(|t| {
        let t = t.replace("  contact: \"14 010\"", "  contact: algoritmes@example.org");
        if t.contains("\n  contact: ") {
            t
        } else if t.contains("\nowner:\n") {
            t.replacen(
                "\nowner:\n",
                "\nowner:\n  contact: algoritmes@example.org\n",
                1,
            )
        } else {
            t.replacen(
                "\nlifecycle:",
                "\nowner:\n  contact: algoritmes@example.org\nlifecycle:",
                1,
            )
        }
    });
    let result = reg.check_all(AS_OF);
    for standard in Standard::ALL {
        let export = formats::export(standard, &reg.reg, &result).unwrap();
        assert_eq!(export.left_out, vec![], "{standard}");
        let recs = records(&export.json);
        assert_eq!(recs.len(), 14);
        validate(standard, &recs);
        if standard == Standard::Algoritmeregister {
            let syri = recs
                .iter()
                .find(|r| r["source_id"] == "nl-szw-syri")
                .unwrap();
            assert_eq!(syri["status"], "Buiten gebruik");
            assert_eq!(syri["end_date"], "2020-02");
            // A year-only date has no month: left empty rather than invented.
            let gladsaxe = recs
                .iter()
                .find(|r| r["source_id"] == "dk-gladsaxe-tidlig-opsporing")
                .unwrap();
            assert_eq!(gladsaxe["begin_date"], Value::Null);
            assert_eq!(gladsaxe["end_date"], Value::Null);
            let denhaag = recs
                .iter()
                .find(|r| r["source_id"] == "nl-denhaag-wmo-voorspelmodel")
                .unwrap();
            assert_eq!(
                denhaag["publication_category"], "Overige algoritmes",
                "level 1, complete"
            );
        }
    }
}

fn validate(standard: Standard, recs: &[Value]) {
    for r in recs {
        let v = match standard {
            Standard::Algoritmeregister => dutch_deviations(r, "dan"),
            Standard::Atrs => atrs_deviations(r),
        };
        assert_eq!(v, Vec::<String>::new(), "{standard}: {r}");
    }
}

#[test]
fn long_texts_are_cut_between_words_and_markup_is_escaped() {
    let reg = Reg::new();
    let long_title = format!("Et meget langt navn {}", "ordene fortsætter ".repeat(10));
    let summary = format!(
        "Første sætning om projektet. {}Sidste sætning.",
        "Her kommer en sætning med <b>fed</b> & andet, som gentages mange gange. ".repeat(12)
    );
    let text = format!(
        "schema_version: 2\nid: lang\ntitle: \"{long_title}\"\nsummary: \"{summary}\"\nowner: {{ contact: a@b.dk }}\nlifecycle: {{ phase: idea }}\npurpose: |\n  Formålet er <script>alert(1)</script> og **fed**.\n\n  - et punkt\n  - to & tre\nlegal_basis: \"{}\"\n",
        "Lovtekst. ".repeat(400)
    );
    reg.write("assessments/lang.yaml", &text);
    let result = reg.check_all(AS_OF);
    let export = formats::export(Standard::Algoritmeregister, &reg.reg, &result).unwrap();
    let r = &records(&export.json)[0];
    assert_eq!(dutch_deviations(r, "dan"), Vec::<String>::new());
    let name = r["name"].as_str().unwrap();
    assert!(
        name.chars().count() <= 100 && name.ends_with(" …"),
        "{name}"
    );
    assert!(
        long_title.starts_with(name.trim_end_matches(" …")),
        "cut mid-word: {name}"
    );
    let desc = r["description_short"].as_str().unwrap();
    assert!(desc.chars().count() <= 400, "{desc}");
    assert!(desc.ends_with(". …"), "cut at a sentence: {desc}");
    assert!(
        desc.contains("<b>fed</b> & andet"),
        "plain text keeps the characters: {desc}"
    );
    assert_eq!(
        r["goal"],
        "<p>Formålet er &lt;script&gt;alert(1)&lt;/script&gt; og fed.</p><ul><li>et punkt</li><li>to &amp; tre</li></ul>"
    );
    let lb = r["lawful_basis"].as_str().unwrap();
    assert!(lb.ends_with(". …</p>"), "{}", &lb[lb.len() - 30..]);
    assert_eq!(r["status"], "In ontwikkeling");
    assert_eq!(
        r["publication_category"], "Impactvolle algoritmes",
        "risk not complete: not 'other'"
    );
}

// ---------------------------------------------------------------------------------------------
// The publication gate

#[test]
fn export_is_refused_while_a_cpr_number_or_an_unreadable_file_remains() {
    let base = "schema_version: 2\nid: x\ntitle: X\nsummary: Borger 010190-1234 nævnt.\nowner: { contact: a@b.dk }\nlifecycle: { phase: idea }\n";
    let reg = Reg::new();
    reg.write("assessments/x.yaml", base);
    let result = reg.check_all(AS_OF);
    for standard in Standard::ALL {
        match formats::export(standard, &reg.reg, &result) {
            Err(PublishRefusal::CprNumbers(found)) => {
                assert!(
                    found[0].file.ends_with("assessments/x.yaml"),
                    "{}",
                    found[0].file
                );
            }
            other => panic!("{standard}: {other:?}"),
        }
    }
    // Waived: exported, with the number masked anyway.
    let waived = format!(
        "{base}waivers:\n  - rule: PUB-001\n    level: political\n    reason: Et fiktivt eksempelnummer.\n    approved_by: Udvalget\n    date: 2026-01-05\n    expires: 2026-12-31\n"
    );
    reg.write("assessments/x.yaml", &waived);
    let result = reg.check_all(AS_OF);
    let export = formats::export(Standard::Algoritmeregister, &reg.reg, &result).unwrap();
    assert!(!export.json.contains("010190-1234"));
    assert!(export.json.contains("XXXXXXXXXXX"), "{}", export.json);
    // An unreadable file: nothing is exported.
    reg.write("assessments/y.yaml", "title: [unclosed\n");
    let result = reg.check_all(AS_OF);
    match formats::export(Standard::Atrs, &reg.reg, &result) {
        Err(PublishRefusal::Unreadable(files)) => {
            assert!(
                files[0].file.ends_with("assessments/y.yaml"),
                "{:?}",
                files[0].file
            );
        }
        other => panic!("{other:?}"),
    }
}

// ---------------------------------------------------------------------------------------------
// Import and the round trip

/// Imports `json` into a fresh register and checks it.
fn import_into_fresh(standard: Standard, json: &str) -> (Reg, formats::Imported, CheckResult) {
    let reg = Reg::with_config(Config {
        organisation: "Lyngdal Kommune".into(),
        ..Config::default()
    });
    let imported =
        formats::import(standard, json, "eksport.json", reg.reg.config.language).unwrap();
    assert_eq!(imported.problems, vec![], "{standard}");
    formats::write_imported(&reg.reg.assessments_dir(), &imported.records).unwrap();
    let result = reg.check_all(AS_OF);
    (reg, imported, result)
}

/// Compares a re-export with the first export: equal wherever the re-export has a value, and
/// the re-export has no value the first lacked.
fn compare(
    first: &Value,
    again: &Value,
    path: &str,
    skip: &[&str],
    out: &mut Vec<String>,
) -> usize {
    let absent = |v: &Value| v.is_null() || *v == json!("N/A");
    if absent(again) || skip.contains(&path) {
        return 0;
    }
    match (first, again) {
        (Value::Object(a), Value::Object(b)) => b
            .iter()
            .map(|(k, vb)| {
                let p = if path.is_empty() {
                    k.clone()
                } else {
                    format!("{path}.{k}")
                };
                compare(a.get(k).unwrap_or(&Value::Null), vb, &p, skip, out)
            })
            .sum(),
        (Value::Array(a), Value::Array(b)) if b.iter().all(Value::is_object) => b
            .iter()
            .enumerate()
            .map(|(i, vb)| {
                compare(
                    a.get(i).unwrap_or(&Value::Null),
                    vb,
                    &format!("{path}[{i}]"),
                    skip,
                    out,
                )
            })
            .sum(),
        (x, y) if absent(x) => {
            out.push(format!("{path}: invented {y}"));
            0
        }
        (x, y) if x != y => {
            out.push(format!("{path}:\n  first: {x}\n  again: {y}"));
            0
        }
        _ => 1,
    }
}

/// `mapped_back`: the fields the mapping table (docs/open-formats.md) says come back; each must be
/// in the re-export, equal, whenever the first export has it.
fn round_trip(standard: Standard, key: &str, skip: &[&str], mapped_back: &[&str]) {
    let (reg, result) = example();
    let first = formats::export(standard, &reg, &result).unwrap();
    let (fresh, imported, checked) = import_into_fresh(standard, &first.json);
    assert_eq!(imported.records.len(), result.files.len());
    // Every imported file loads, with no unknown key or invalid value.
    for f in &checked.files {
        assert!(f.model.is_some(), "{} does not load", f.file);
        let bad: Vec<_> = f
            .findings
            .iter()
            .filter(|x| x.rule == "GEN-001" || x.rule == "GEN-002")
            .collect();
        assert!(bad.is_empty(), "{}: {bad:?}", f.file);
    }
    // The same ids as the register exported (taken from the records, not invented).
    let mut ids: Vec<String> = imported.records.iter().map(|r| r.id.clone()).collect();
    ids.sort();
    let mut original: Vec<String> = result
        .files
        .iter()
        .map(dataetik_core::check::FileResult::id)
        .collect();
    original.sort();
    if standard == Standard::Algoritmeregister {
        assert_eq!(ids, original);
    }
    // What the source lacks, check reports: required fields (GEN-003) and the risk factors the
    // format does not carry (the level is only a minimum).
    assert!(
        checked.findings().any(|f| f.rule == "GEN-003"),
        "missing required fields reported"
    );
    assert!(
        checked
            .files
            .iter()
            .all(|f| f.risk.as_ref().is_some_and(|r| !r.complete)),
        "risk factors are not invented"
    );
    // Exported again: equal wherever both have the field.
    let again = formats::export(standard, &fresh.reg, &checked).unwrap();
    assert_eq!(again.left_out, vec![]);
    let first_recs = records(&first.json);
    let again_recs = records(&again.json);
    let mut diffs = Vec::new();
    for a in &again_recs {
        let name = |r: &Value| r.pointer(key).cloned().unwrap_or(Value::Null);
        let f = first_recs
            .iter()
            .find(|r| name(r) == name(a))
            .unwrap_or_else(|| panic!("no first record for {}", name(a)));
        let same = compare(f, a, "", skip, &mut diffs);
        assert!(same > 0);
        // Not a vacuous comparison: every field mapped both ways comes back.
        for path in mapped_back {
            let first_value = f
                .pointer(path)
                .filter(|v| !v.is_null() && **v != json!("N/A"));
            if let Some(v) = first_value {
                assert_eq!(
                    a.pointer(path),
                    Some(v),
                    "{path} did not come back for {}",
                    name(a)
                );
            }
        }
    }
    assert_eq!(diffs, Vec::<String>::new());
}

#[test]
fn dutch_round_trip_keeps_every_field_both_sides_have() {
    // publication_category is derived from the risk level, whose factors the format does not
    // carry; it is compared by the import test instead.
    let back: Vec<String> = [
        "name",
        "description_short",
        "organization",
        "status",
        "begin_date",
        "end_date",
        "contact_email",
        "website",
        "url",
        "goal",
        "proportionality",
        "human_intervention",
        "risks",
        "lawful_basis",
        "impacttoetsen_grouping",
        "impacttoetsen",
        "source_data",
        "methods_and_models",
        "provider",
        "publiccode",
        "lang",
        "standard_version",
        "source_id",
    ]
    .iter()
    .map(|f| format!("/{f}"))
    .collect();
    let back: Vec<&str> = back.iter().map(String::as_str).collect();
    round_trip(
        Standard::Algoritmeregister,
        "/source_id",
        &["publication_category"],
        &back,
    );
}

#[test]
fn atrs_round_trip_keeps_every_field_both_sides_have() {
    round_trip(
        Standard::Atrs,
        "/tier_1_information/name",
        &[],
        &[
            "/metadata/standard_version",
            "/title_information/title",
            "/title_information/organisation_name",
            "/title_information/phase",
            "/title_information/one_sentence_description",
            "/tier_1_information/name",
            "/tier_1_information/description",
            "/tier_1_information/website_url",
            "/tier_1_information/contact_email",
            "/tier_2/owner_and_responsibility/organisation_or_department",
            "/tier_2/owner_and_responsibility/team",
            "/tier_2/owner_and_responsibility/senior_responsible_owner",
            "/tier_2/owner_and_responsibility/external_supplier_involvement",
            "/tier_2/owner_and_responsibility/external_suppliers/0/external_supplier",
            "/tier_2/description_and_rationale/scope",
            "/tier_2/description_and_rationale/benefit",
            "/tier_2/description_and_rationale/alternatives_considered",
            "/tier_2/decision_making_process/human_decisions_and_review",
            "/tier_2/decision_making_process/appeals_and_review",
            "/tier_2/tool_specification/phase",
            "/tier_2/tool_specification/maintenance",
            "/tier_2/models/0/model_specification/model_architecture",
            "/tier_2/models/0/data_specification/source_data_name",
            "/tier_2/models/0/data_specification/data_description",
            "/tier_2/models/0/data_specification/data_sharing_agreements",
            "/tier_2/models/0/data_specification/data_access_and_storage",
            "/tier_2/risks_mitigations_and_impact_assessments/risks_and_mitigations",
        ],
    );
}

#[test]
fn a_dutch_record_imports_with_a_comment_per_field_and_nothing_invented() {
    // The research notes' example record, in the standard's field names.
    let record = json!({
      "name": "Risico-inschatting heronderzoek bijstand",
      "description_short": "Dit algoritme helpt bepalen welke mensen met een bijstandsuitkering worden uitgenodigd voor een heronderzoek.",
      "organization": "Gemeente Noorderhaaks",
      "category": ["Sociale zekerheid", "Werk"],
      "status": "Buiten gebruik",
      "begin_date": "2017-01",
      "end_date": "2021-06",
      "contact_email": "algoritmes@gemeentenoorderhaaks.nl",
      "website": "https://www.gemeentenoorderhaaks.nl/heronderzoek",
      "publication_category": "Impactvolle algoritmes",
      "url": "https://algoritmeregister.gemeentenoorderhaaks.nl/heronderzoek",
      "goal": "<p>Het doel is <b>sneller</b> onderzoek.</p>",
      "proportionality": "Nee",
      "human_intervention": "<p>Een medewerker beoordeelt elke uitnodiging.</p>",
      "risks": "<ul><li>Discriminatie op leeftijd.</li><li>Fouten in de gegevens.</li></ul>",
      "lawful_basis": "Participatiewet",
      "lawful_basis_grouping": [{"title": "Participatiewet", "link": "https://wetten.overheid.nl/BWBR0015703"}],
      "process_index_url": "https://example.nl/avg",
      "impacttoetsen_grouping": [{"title": "Data Protection Impact Assessment (DPIA)", "link": null},
                                 {"title": "De Ethische Data Assistant (DEDA)", "link": null}],
      "impacttoetsen": null,
      "source_data": "<ul><li>Uitkeringsadministratie: leeftijd, woonsituatie</li><li>BRP</li></ul>",
      "source_data_grouping": [{"title": "Uitkeringsadministratie", "link": "https://data.example.nl/uitkering"}],
      "methods_and_models": "<p>Gradient boosting model.</p><script>alert(1)</script>",
      "provider": "Accenture; Intern ontwikkeld",
      "publiccode": "N.v.t.",
      "lang": "nld",
      "standard_version": "1.0",
      "source_id": "ALG-042",
      "tags": "bijstand, heronderzoek",
      "lars": "36585638"
    });
    let reg = Reg::new();
    let imported = formats::import(
        Standard::Algoritmeregister,
        &record.to_string(),
        "export.json",
        reg.reg.config.language,
    )
    .unwrap();
    assert_eq!(imported.problems, vec![]);
    let rec = &imported.records[0];
    assert_eq!(
        rec.id, "risico-inschatting-heronderzoek-bijstand",
        "from the name; ALG-042 is no id"
    );
    let y = &rec.yaml;
    for expected in [
        "# Importeret med `dataetik import` fra Algoritmeregister publicatiestandaard 1.0 (post 1 i export.json).",
        "#   organization: Gemeente Noorderhaaks",
        "#   category: Sociale zekerheid, Werk",
        "#   publication_category: Impactvolle algoritmes",
        "#   source_id: ALG-042",
        "#   lars: 36585638",
        "#   impacttoetsen_grouping: De Ethische Data Assistant (DEDA)",
        "#   process_index_url: https://example.nl/avg",
        "#   publiccode",
        "schema_version: 2\n# afledt af algoritmeregister: name\nid: risico-inschatting-heronderzoek-bijstand\n# fra algoritmeregister: name\ntitle: Risico-inschatting heronderzoek bijstand\n",
        "  # fra algoritmeregister: status\n  # Kilden siger kun, at systemet er taget ud af brug: ret til completed, hvis projektet blev afsluttet som planlagt\n  phase: stopped\n",
        "  # fra algoritmeregister: begin_date\n  started: 2017-01\n",
        "  # fra algoritmeregister: end_date\n  ended: 2021-06\n",
        "# fra algoritmeregister: goal\npurpose: Het doel is sneller onderzoek.\n",
        "# fra algoritmeregister: lawful_basis, lawful_basis_grouping\nlegal_basis: |\n  Participatiewet\n\n  - Participatiewet: https://wetten.overheid.nl/BWBR0015703\n",
        "  # fra algoritmeregister: source_data, source_data_grouping\n  sources:\n    - system: Uitkeringsadministratie\n      description: leeftijd, woonsituatie\n    - system: BRP\n    - system: Uitkeringsadministratie\n      description: https://data.example.nl/uitkering\n",
        "  # fra algoritmeregister: impacttoetsen_grouping\n  dpia:\n    status: done\n",
        "  # fra algoritmeregister: methods_and_models\n  method: Gradient boosting model.\n",
        "# fra algoritmeregister: risks\nrisks:\n  - risk: Discriminatie op leeftijd.\n  - risk: Fouten in de gegevens.\n",
        "principles:\n  dignity:\n    # fra algoritmeregister: proportionality\n    proportionality: Nee\n",
        "# fra algoritmeregister: provider\nsuppliers:\n  - name: Accenture\n",
        "#   provider: Intern ontwikkeld",
    ] {
        assert!(y.contains(expected), "missing:\n{expected}\nin:\n{y}");
    }
    // Nothing invented: no risk factor, impact, approval or AI Act classification appears.
    for absent in [
        "impact:",
        "personal_data",
        "kind:",
        "machine_learning",
        "approval",
        "ai_act",
        "alert(1)",
        "source_code",
    ] {
        assert!(!y.contains(absent), "{absent} in:\n{y}");
    }
    // Written and checked: it loads, and check reports what is missing.
    formats::write_imported(&reg.reg.assessments_dir(), &imported.records).unwrap();
    let result = reg.check_all(AS_OF);
    let f = &result.files[0];
    assert!(f.model.is_some());
    let rules: Vec<&str> = f.findings.iter().map(|x| x.rule.as_str()).collect();
    assert!(!rules.contains(&"GEN-002"), "{rules:?}");
    assert!(
        rules.contains(&"GEN-010"),
        "stopped without data_fate: {rules:?}"
    );
    assert!(
        rules.contains(&"GEN-003"),
        "missing required fields: {rules:?}"
    );
    assert!(
        !f.risk.as_ref().unwrap().complete,
        "risk factors are not invented"
    );
    for field in [
        "owner.department",
        "owner.responsible",
        "data.personal_data",
        "automation.kind",
    ] {
        assert!(
            f.findings.iter().any(|x| x.field.as_deref() == Some(field)),
            "{field} not reported"
        );
    }
}

#[test]
fn json_schema_names_older_records_and_odd_values_import_too() {
    // The JSON Schema's names (schema.json), an older record's fields, a high-risk category
    // with its suffix, an unknown status.
    let record = json!([{
      "name": "Parkeerscan",
      "description_short": "Scanauto.",
      "status": "Actief",
      "start_date": "2019-03",
      "contact": "https://gemeente.nl/contact",
      "link": "https://gemeente.nl/parkeren",
      "publication_category": "Hoog-risico AI-systeem (Categorie A)",
      "purpose_and_impact": "Sneller handhaven.",
      "considerations": "Minder mensen nodig.",
      "risk_management": "Foute boetes; bezwaar mogelijk.",
      "legal_basis": "Wegenverkeerswet",
      "legal_basis_title": "Wegenverkeerswet 1994",
      "legal_basis_link": "https://wetten.overheid.nl/BWBR0006622",
      "impact_assessments": "Impact Assessment Mensenrechten en Algoritmes (IAMA)",
      "data": "Kentekens",
      "technical_operation": "Beeldherkenning.",
      "supplier": "Scanbedrijf B.V.",
      "source_code_link": "https://github.com/x/y",
      "language": "nld",
      "type": "Zelflerend",
      "objection_procedure": "Bezwaar bij de gemeente.",
      "department": "Parkeren"
    }, {
      "name": "Parkeerscan",
      "description_short": "Een tweede registratie met dezelfde naam.",
      "status": "In ontwikkeling"
    }, {
      "description_short": "Geen naam."
    }, "geen object"]);
    let imported = formats::import(
        Standard::Algoritmeregister,
        &record.to_string(),
        "schema.json",
        dataetik_core::i18n::Lang::En,
    )
    .unwrap();
    let ids: Vec<&str> = imported.records.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(ids, ["parkeerscan", "parkeerscan-2"]);
    let en = dataetik_core::i18n::Catalogue::new(dataetik_core::i18n::Lang::En);
    let problems: Vec<String> = imported.problems.iter().map(|p| p.text(en)).collect();
    assert_eq!(
        problems,
        [
            "record 3: has no name (name), so no id can be derived",
            "record 4: is not a JSON object"
        ]
    );
    let y = &imported.records[0].yaml;
    let a: dataetik_core::model::Assessment = serde_yaml::from_str(y).unwrap();
    assert_eq!(
        a.lifecycle.as_ref().unwrap().phase,
        None,
        "Actief is not guessed"
    );
    assert!(y.contains("#   status: Actief"), "{y}");
    assert_eq!(
        a.lifecycle.as_ref().unwrap().started.unwrap().to_string(),
        "2019-03"
    );
    assert_eq!(
        a.owner.as_ref().unwrap().contact.as_deref(),
        Some("https://gemeente.nl/contact")
    );
    assert_eq!(
        a.owner.as_ref().unwrap().department.as_deref(),
        Some("Parkeren")
    );
    assert_eq!(a.ai_act.as_ref().unwrap().high_risk, Some(true));
    assert_eq!(
        a.ai_act.as_ref().unwrap().fria,
        Some(dataetik_core::model::FriaStatus::Done)
    );
    let auto = a.automation.as_ref().unwrap();
    assert_eq!(auto.machine_learning, Some(true));
    assert_eq!(auto.appeal.as_deref(), Some("Bezwaar bij de gemeente."));
    assert!(a
        .legal_basis
        .as_deref()
        .unwrap()
        .contains("Wegenverkeerswet 1994: https://wetten.overheid.nl/BWBR0006622"));
    assert!(
        y.contains("  # from algoritmeregister: start_date\n  started: 2019-03\n"),
        "{y}"
    );
    assert!(
        y.contains("# from algoritmeregister: legal_basis, legal_basis_title, legal_basis_link\n"),
        "{y}"
    );
    assert_eq!(
        a.links.as_ref().unwrap().source_code.as_deref(),
        Some("https://github.com/x/y")
    );
    assert_eq!(
        a.suppliers.as_ref().unwrap()[0].name.as_deref(),
        Some("Scanbedrijf B.V.")
    );
    assert_eq!(
        a.risks.as_ref().unwrap()[0].risk,
        "Foute boetes; bezwaar mogelijk."
    );

    // Not records of the format at all.
    assert!(matches!(
        formats::import(
            Standard::Algoritmeregister,
            "{\"foo\": 1}",
            "x.json",
            dataetik_core::i18n::Lang::Da
        ),
        Err(formats::ImportError::NoRecords)
    ));
    assert!(matches!(
        formats::import(
            Standard::Atrs,
            "not json",
            "x.json",
            dataetik_core::i18n::Lang::Da
        ),
        Err(formats::ImportError::NotJson(_))
    ));
}

#[test]
fn an_atrs_record_imports_with_na_as_empty() {
    // A flat record with version 2.1 names, N/A values and a supplier.
    let record = json!({
      "title": "Camden: RentSense",
      "name": "RentSense",
      "description": "RentSense helps identify tenants at risk of rent arrears.\n\n- prioritises cases\n- suggests contact",
      "website": "N/A",
      "contact_email": "CamdensDataCharter@camden.gov.uk",
      "organisation": "Camden Council",
      "team": "Income Collection",
      "senior_responsible_owner": "Head of Income",
      "external_supplier_involvement": "Yes",
      "external_suppliers": [{"external_supplier": "Mobysoft Ltd", "companies_house_number": "05205493", "external_supplier_role": "Developer"}],
      "phase": "Beta/Pilot",
      "region": "London",
      "scope": "Arrears *prevention*.",
      "benefit": "Earlier support.",
      "previous_process": "Manual lists.",
      "human_decisions_and_review": "Officers decide.",
      "appeals_and_review": "not applicable",
      "method": "Gradient boosted trees.",
      "source_data_name": "Rent accounts",
      "source_data_description": "Payments and arrears history.",
      "risks": "- Wrong prioritisation\n- Data quality"
    });
    let imported = formats::import(
        Standard::Atrs,
        &record.to_string(),
        "camden.json",
        dataetik_core::i18n::Lang::En,
    )
    .unwrap();
    let rec = &imported.records[0];
    assert_eq!(rec.id, "rentsense");
    let y = &rec.yaml;
    let a: dataetik_core::model::Assessment = serde_yaml::from_str(y).unwrap();
    assert_eq!(a.title.as_deref(), Some("RentSense"));
    assert_eq!(
        a.lifecycle.as_ref().unwrap().phase,
        Some(dataetik_core::model::Phase::Build)
    );
    assert!(a.links.is_none(), "N/A is no page");
    assert!(
        a.automation.as_ref().unwrap().appeal.is_none(),
        "not applicable is empty"
    );
    assert_eq!(
        a.owner.as_ref().unwrap().department.as_deref(),
        Some("Camden Council")
    );
    assert_eq!(
        a.purpose.as_deref(),
        Some("Arrears \\*prevention\\*."),
        "Markdown escaped"
    );
    assert_eq!(
        a.automation.as_ref().unwrap().method.as_deref(),
        Some("Gradient boosted trees.")
    );
    let src = &a.data.as_ref().unwrap().sources.as_ref().unwrap()[0];
    assert_eq!(src.system.as_deref(), Some("Rent accounts"));
    assert_eq!(
        src.description.as_deref(),
        Some("Payments and arrears history.")
    );
    assert_eq!(a.risks.as_ref().unwrap().len(), 2);
    assert_eq!(
        a.suppliers.as_ref().unwrap()[0].name.as_deref(),
        Some("Mobysoft Ltd")
    );
    for expected in [
        "# from atrs: name\ntitle: RentSense\n",
        "  # from atrs: organisation\n  department: Camden Council\n",
        "#   region: London",
        "#   previous_process: Manual lists.",
        "#   external_suppliers[1].companies_house_number: 05205493",
        "#   external_suppliers[1].external_supplier_role: Developer",
        "#   website, appeals_and_review",
        "  # from atrs: source_data_name, source_data_description\n  sources:\n",
    ] {
        assert!(y.contains(expected), "missing:\n{expected}\nin:\n{y}");
    }
    assert!(
        !y.contains("Camden: RentSense\n"),
        "the title repeats organisation and name: {y}"
    );
}

#[test]
fn import_never_overwrites() {
    let reg = Reg::new();
    let json = json!({"name": "Et projekt", "description_short": "Kort."}).to_string();
    let imported = formats::import(
        Standard::Algoritmeregister,
        &json,
        "x.json",
        reg.reg.config.language,
    )
    .unwrap();
    let dir = reg.reg.assessments_dir();
    let written = formats::write_imported(&dir, &imported.records).unwrap();
    assert_eq!(written, vec![dir.join("et-projekt.yaml")]);
    std::fs::write(dir.join("et-projekt.yaml"), "# edited by hand\n").unwrap();
    match formats::write_imported(&dir, &imported.records) {
        Err(formats::WriteError::Exists(paths)) => {
            assert_eq!(paths, vec![(dir.join("et-projekt.yaml"), 1)]);
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(
        std::fs::read_to_string(dir.join("et-projekt.yaml")).unwrap(),
        "# edited by hand\n"
    );
    // A .yml of the same id counts too, and nothing at all is written then.
    std::fs::remove_file(dir.join("et-projekt.yaml")).unwrap();
    std::fs::write(dir.join("et-projekt.yml"), "x").unwrap();
    assert!(matches!(
        formats::write_imported(&dir, &imported.records),
        Err(formats::WriteError::Exists(_))
    ));
    assert!(!dir.join("et-projekt.yaml").exists());
    // No temporary files are left behind.
    let names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().to_string())
        .collect();
    assert_eq!(names, vec!["et-projekt.yml"]);
}

#[test]
fn hostile_records_import_safely() {
    let record = json!([{
        "name": "../../etc/passwd",
        "description_short": "Tekst med\u{0} nul, \u{2028} og \"citat\": ja",
        "goal": "<p>a</p><p>- ikke en liste</p><p># ikke en overskrift</p><p>1. ikke nummer</p>",
        "status": "In gebruik",
        "contact_email": "yes",
        "source_id": "null"
    }, {
        "name": "x".repeat(5000),
        "risks": "<ul><li>" .to_string() + &"<ul><li>dyb".repeat(200)
    }]);
    let reg = Reg::new();
    let imported = formats::import(
        Standard::Algoritmeregister,
        &record.to_string(),
        "x.json",
        reg.reg.config.language,
    )
    .unwrap();
    assert_eq!(imported.problems, vec![]);
    assert_eq!(
        imported.records[0].id, "null",
        "a valid id as written, and only in the register's directory"
    );
    assert_eq!(imported.records[1].id.len(), 60);
    formats::write_imported(&reg.reg.assessments_dir(), &imported.records).unwrap();
    let result = reg.check_all(AS_OF);
    for f in &result.files {
        assert!(f.model.is_some(), "{}: {:?}", f.file, f.findings);
        assert!(
            !f.findings.iter().any(|x| x.rule == "GEN-002"),
            "{:?}",
            f.findings
        );
    }
    let a = result
        .files
        .iter()
        .find(|f| f.id() == "null")
        .unwrap()
        .model
        .clone()
        .unwrap();
    assert_eq!(a.title.as_deref(), Some("../../etc/passwd"));
    assert_eq!(a.owner.unwrap().contact.as_deref(), Some("yes"));
    let goal = a.purpose.unwrap();
    assert_eq!(
        dataetik_core::formats::markup::parse_markdown(&goal),
        dataetik_core::formats::markup::parse_html(
            "<p>a</p><p>- ikke en liste</p><p># ikke en overskrift</p><p>1. ikke nummer</p>"
        ),
        "{goal}"
    );
}

/// A reference to the supplier register (`supplier: kombit`) is exported by the legal name in
/// its supplier file, in both standards; the ATRS record takes its data-processing agreement
/// from the file when the entry gives none.
#[test]
fn supplier_references_are_exported_by_their_legal_names() {
    let (reg, result) = example();
    let dutch = records(
        &formats::export(Standard::Algoritmeregister, &reg, &result)
            .unwrap()
            .json,
    );
    let friplads = dutch
        .iter()
        .find(|r| r.to_string().contains("friplads"))
        .expect("the friplads record");
    assert_eq!(friplads["provider"], "KOMBIT A/S");
    let atrs = records(&formats::export(Standard::Atrs, &reg, &result).unwrap().json);
    // Every external supplier entry of every ATRS record.
    let suppliers: Vec<&serde_json::Value> = atrs
        .iter()
        .flat_map(|r| {
            r["tier_2"]["owner_and_responsibility"]["external_suppliers"]
                .as_array()
                .into_iter()
                .flatten()
        })
        .collect();
    let names: Vec<&str> = suppliers
        .iter()
        .filter_map(|s| s["external_supplier"].as_str())
        .collect();
    for legal in [
        "KOMBIT A/S",
        "Nordisk Analyseplatform A/S",
        "Sensorik Nord ApS",
        "Syddansk Universitet",
    ] {
        assert!(names.contains(&legal), "{legal} not in {names:?}");
    }
    for id in [
        "kombit",
        "nordisk-analyseplatform",
        "sensorik-nord",
        "syddansk-universitet",
    ] {
        assert!(!names.contains(&id), "{id} exported by its id");
    }
    let kombit = suppliers
        .iter()
        .find(|s| s["external_supplier"] == "KOMBIT A/S")
        .unwrap();
    assert_eq!(
        kombit["data_access_terms"],
        "Databehandleraftale DBA 2022-09 af 1. september 2022."
    );
    assert_eq!(
        kombit["external_supplier_role"],
        "Databehandler (offentlig myndighed)"
    );
}
