//! Writes an imported assessment as YAML with a comment above each key naming its source field.
//!
//! serde_yaml cannot write comments, so this small emitter writes the document itself: keys in
//! the model's order, nested maps indented by two, lists of maps as `- key: ...`, Markdown texts
//! as `|` blocks when that keeps every character, everything else double-quoted with escapes.
//! [`emit_checked`] reads the result back and compares it with what was meant, so a bug here
//! can never write a file that says something other than the source.

use std::collections::BTreeMap;

use serde_json::{Map, Value};

use crate::model::Assessment;

/// Keys whose values are dates (written unquoted, like hand-written assessments).
const DATE_KEYS: &[&str] = &[
    "started",
    "ended",
    "next_review",
    "data_fate_date",
    "date",
    "expires",
];

/// Writes `doc` (an assessment serialised to JSON) as YAML. `comments` maps a dotted key path
/// (`owner.contact`, `risks`) to the comment lines written above that key; `header` lines come
/// first.
pub(super) fn emit(
    doc: &Map<String, Value>,
    comments: &BTreeMap<String, Vec<String>>,
    header: &[String],
) -> String {
    let mut out = String::new();
    for h in header {
        push_comment(&mut out, 0, h);
    }
    emit_map(doc, 0, "", comments, &mut out);
    out
}

/// [`emit`], then reads the YAML back as an assessment and checks it equals `assessment`.
pub(super) fn emit_checked(
    assessment: &Assessment,
    comments: &BTreeMap<String, Vec<String>>,
    header: &[String],
) -> Result<String, String> {
    let doc = strip_nulls(serde_json::to_value(assessment).map_err(|e| e.to_string())?);
    let Value::Object(map) = &doc else {
        return Err("the assessment is not a map".into());
    };
    let yaml = emit(map, comments, header);
    let tree = crate::load::parse(&yaml, &crate::load::Limits::default()).map_err(|e| {
        e.problem
            .text(crate::i18n::Catalogue::new(crate::i18n::Lang::En))
    })?;
    let back: Assessment = crate::load::de::from_node(&tree).map_err(|e| e.to_string())?;
    let back = strip_nulls(serde_json::to_value(&back).map_err(|e| e.to_string())?);
    if back != doc {
        return Err("the YAML reads back differently".into());
    }
    Ok(yaml)
}

/// Removes nulls and empty maps, recursively.
pub fn strip_nulls(v: Value) -> Value {
    match v {
        Value::Object(m) => Value::Object(
            m.into_iter()
                .map(|(k, v)| (k, strip_nulls(v)))
                .filter(|(_, v)| !v.is_null() && !matches!(v, Value::Object(m) if m.is_empty()))
                .collect(),
        ),
        Value::Array(a) => Value::Array(a.into_iter().map(strip_nulls).collect()),
        v => v,
    }
}

fn push_comment(out: &mut String, indent: usize, text: &str) {
    for line in text.split('\n') {
        let line = line.replace(['\r', '\t'], " ");
        out.push_str(&" ".repeat(indent));
        if line.trim().is_empty() {
            out.push_str("#\n");
        } else {
            out.push_str("# ");
            out.push_str(&escape_nonprintable(line.trim_end()));
            out.push('\n');
        }
    }
}

fn emit_map(
    map: &Map<String, Value>,
    indent: usize,
    path: &str,
    comments: &BTreeMap<String, Vec<String>>,
    out: &mut String,
) {
    for (k, v) in map {
        if v.is_null() || matches!(v, Value::Object(m) if m.is_empty()) {
            continue;
        }
        let p = if path.is_empty() {
            k.clone()
        } else {
            format!("{path}.{k}")
        };
        if let Some(cs) = comments.get(&p) {
            for c in cs {
                push_comment(out, indent, c);
            }
        }
        emit_entry(k, v, indent, &p, comments, out);
    }
}

fn emit_entry(
    key: &str,
    v: &Value,
    indent: usize,
    path: &str,
    comments: &BTreeMap<String, Vec<String>>,
    out: &mut String,
) {
    let pad = " ".repeat(indent);
    match v {
        Value::Object(m) => {
            out.push_str(&format!("{pad}{key}:\n"));
            emit_map(m, indent + 2, path, comments, out);
        }
        Value::Array(items) if items.is_empty() => out.push_str(&format!("{pad}{key}: []\n")),
        Value::Array(items) if items.iter().all(|i| !i.is_object() && !i.is_array()) => {
            let parts: Vec<String> = items.iter().map(flow_scalar).collect();
            out.push_str(&format!("{pad}{key}: [{}]\n", parts.join(", ")));
        }
        Value::Array(items) => {
            out.push_str(&format!("{pad}{key}:\n"));
            for item in items {
                match item {
                    Value::Object(m) => {
                        let mut body = String::new();
                        emit_map(m, indent + 4, &format!("{path}[]"), comments, &mut body);
                        let inner = " ".repeat(indent + 4);
                        let body = body.strip_prefix(&inner).unwrap_or(&body);
                        out.push_str(&format!("{pad}  - {body}"));
                    }
                    other => out.push_str(&format!("{pad}  - {}\n", flow_scalar(other))),
                }
            }
        }
        Value::String(s) => {
            let is_date = DATE_KEYS.contains(&key);
            out.push_str(&format!("{pad}{key}:{}", string_value(s, indent, is_date)));
        }
        other => out.push_str(&format!("{pad}{key}: {other}\n")),
    }
}

fn flow_scalar(v: &Value) -> String {
    match v {
        Value::String(s) if is_plain(s) && !s.contains([',', '[', ']', '{', '}']) => s.clone(),
        Value::String(s) => double_quoted(s),
        other => other.to_string(),
    }
}

/// The value part after `key:`, with its line break(s).
fn string_value(s: &str, indent: usize, is_date: bool) -> String {
    if is_date && crate::model::PartialDate::parse(s).is_some() {
        return format!(" {s}\n");
    }
    if is_plain(s) {
        return format!(" {s}\n");
    }
    if let Some(block) = block_scalar(s, indent + 2) {
        return block;
    }
    format!(" {}\n", double_quoted(s))
}

/// A one-line text that YAML reads back as exactly this string when written without quotes:
/// no indicator at the start, no `: ` or ` #` inside, not a number, date, boolean or null.
fn is_plain(s: &str) -> bool {
    const SPECIAL: &[&str] = &[
        "true", "false", "null", "yes", "no", "on", "off", "y", "n", "nan", "inf", "~",
    ];
    let Some(first) = s.chars().next() else {
        return false;
    };
    let indicator = "-?:,[]{}#&*!|>'\"%@`~+.".contains(first) || first.is_ascii_digit();
    !indicator
        && s.chars().all(|c| printable(c) && c != '\n' && c != '\t')
        && s.trim() == s
        && !s.contains(": ")
        && !s.contains(" #")
        && !s.ends_with(':')
        && !SPECIAL.contains(&s.to_lowercase().as_str())
}

fn printable(c: char) -> bool {
    let unprintable = (c.is_control() && c != '\n')
        || matches!(
            c,
            '\u{2028}' | '\u{2029}' | '\u{feff}' | '\u{fffe}' | '\u{ffff}'
        );
    !unprintable
}

/// A `|` or `|-` block when the text survives one unchanged: it has a line break, ends with at
/// most one, has no tabs, carriage returns or unprintable characters, does not start with a space
/// or an empty line, and has no line of only spaces.
fn block_scalar(s: &str, indent: usize) -> Option<String> {
    if !s.contains('\n') || s.starts_with('\n') || s.starts_with(' ') {
        return None;
    }
    if s.ends_with("\n\n") || s.chars().any(|c| c == '\t' || c == '\r' || !printable(c)) {
        return None;
    }
    let (body, indicator) = match s.strip_suffix('\n') {
        Some(b) => (b, "|"),
        None => (s, "|-"),
    };
    if body
        .split('\n')
        .any(|l| !l.is_empty() && l.trim().is_empty())
    {
        return None;
    }
    let pad = " ".repeat(indent);
    let mut out = format!(" {indicator}\n");
    for line in body.split('\n') {
        if line.is_empty() {
            out.push('\n');
        } else {
            out.push_str(&pad);
            out.push_str(line);
            out.push('\n');
        }
    }
    Some(out)
}

/// A YAML double-quoted string (JSON escapes plus every unprintable character escaped).
pub(super) fn double_quoted(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if !printable(c) => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn escape_nonprintable(s: &str) -> String {
    s.chars()
        .map(|c| {
            if printable(c) {
                c.to_string()
            } else {
                format!("\\u{:04x}", c as u32)
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hostile_texts_read_back_unchanged() {
        for text in [
            "enkel",
            "yes",
            "2017",
            "- ikke en liste",
            "# ikke en kommentar",
            "tekst: med kolon",
            "linje\n  indrykket\n\nafsnit\n",
            "  starter med mellemrum\nog linje",
            "ender med to\n\n",
            "tab\there",
            "nul\u{0}tegn \u{85} \u{2028} \u{feff}",
            "\"citat\" og \\ backslash",
            "tom linje med mellemrum\n   \nnæste\n",
            "ingen ny linje til sidst\nanden",
            "æøå ÆØÅ € …",
            "",
        ] {
            let a = Assessment {
                schema_version: Some(2),
                id: Some("x".into()),
                title: Some(text.into()),
                purpose: Some(text.into()),
                ..Default::default()
            };
            let mut comments = BTreeMap::new();
            comments.insert("title".to_string(), vec![format!("fra kilde: {text}")]);
            let yaml = emit_checked(&a, &comments, &["hoved\nlinje to".into()])
                .unwrap_or_else(|e| panic!("{text:?}: {e}"));
            let back: Assessment = serde_yaml::from_str(&yaml).unwrap();
            assert_eq!(back.title.as_deref(), Some(text), "{yaml}");
        }
    }

    #[test]
    fn lists_of_maps_and_dates() {
        let yaml = r#"
schema_version: 2
id: x
lifecycle: { phase: operation, started: 2016-03, ended: 2018 }
risks:
  - risk: "en risiko\nmed to linjer\n"
    likelihood: high
  - risk: anden
data: { subjects: [children, citizens], sources: [ { system: "BRP", description: "adresse" } ] }
"#;
        let a: Assessment = serde_yaml::from_str(yaml).unwrap();
        let mut comments = BTreeMap::new();
        comments.insert("risks".to_string(), vec!["fra x: risks".to_string()]);
        let out = emit_checked(&a, &comments, &[]).unwrap();
        assert!(out.contains("  started: 2016-03\n"), "{out}");
        assert!(out.contains("  ended: 2018\n"), "{out}");
        assert!(
            out.contains("# fra x: risks\nrisks:\n  - risk: |\n      en risiko\n"),
            "{out}"
        );
        assert!(out.contains("  subjects: [children, citizens]\n"), "{out}");
    }
}
