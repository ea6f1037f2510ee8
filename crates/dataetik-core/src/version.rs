//! The two versions of the assessment format (docs/assessment-format.md, "Two versions").
//!
//! One model ([`crate::model::Assessment`]) reads both versions. Version 2 adds fields, the kind
//! `selection` and partial dates for `lifecycle.started`/`ended`; in a version 1 file those are
//! reported as GEN-002 ("needs `schema_version: 2`, run `dataetik migrate`") and dropped before
//! the model is read, so a version 1 file is checked exactly as before. [`problems`] finds them;
//! the risk model ([`crate::risk`]) and `migrate` use [`effective`] to agree on the version.

use crate::load::de::{DeError, DeErrorKind};
use crate::load::{Node, PathSeg, Span};
use crate::model::{Date, PartialDate};

/// The format version a file is read and scored as.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
pub enum SchemaVersion {
    /// `schema_version: 1`, and files without a valid version (as before version 2 existed).
    V1,
    /// `schema_version: 2`.
    V2,
}

impl SchemaVersion {
    /// The number as written in the file.
    pub fn number(self) -> u32 {
        match self {
            SchemaVersion::V1 => 1,
            SchemaVersion::V2 => 2,
        }
    }
}

/// The newest format version.
pub const LATEST: SchemaVersion = SchemaVersion::V2;

/// Fields that only version 2 has. `[]` marks every item of a list.
pub const V2_ONLY_FIELDS: &[&str] = &[
    "lifecycle.data_fate",
    "lifecycle.data_fate_date",
    "data.subjects",
    "automation.inputs",
    "automation.performance",
    "impact",
    "risks",
    "oversight",
    "debate",
    "links",
    "suppliers[].kind",
    "suppliers[].supplier",
    "waivers[].level",
];

/// Enumeration values that only version 2 has: (field, value).
pub const V2_ONLY_VALUES: &[(&str, &str)] = &[("automation.kind", "selection")];

/// The fields that may hold a partial date (`YYYY-MM`, `YYYY`) in version 2.
pub const PARTIAL_DATE_FIELDS: &[&str] = &["lifecycle.started", "lifecycle.ended"];

/// The `schema_version` written in the file, when it is a plain whole number.
pub fn declared(tree: &Node) -> Option<i64> {
    tree.get("schema_version")
        .and_then(Node::scalar)
        .and_then(crate::load::Scalar::as_i64)
}

/// The version a file is read and scored as: 2 for `schema_version: 2` (and for higher
/// versions, which GEN-002 reports as unsupported), otherwise 1, as before version 2 existed.
pub fn effective(tree: &Node) -> SchemaVersion {
    match declared(tree) {
        Some(v) if v >= 2 => SchemaVersion::V2,
        _ => SchemaVersion::V1,
    }
}

/// What a version 1 file uses that needs version 2.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum V2Feature {
    /// A field that version 1 does not have.
    Field,
    /// An enumeration value that version 1 does not have (`selection`).
    Value(String),
    /// A date with only the year or month (`2016-03`).
    PartialDate(String),
}

/// In a file read as version 1: every version-2 field, value and partial date, and every
/// `started`/`ended` that is not a valid full date (reported exactly as before version 2), as
/// deserialisation errors with their path and position. The checker reports each as GEN-002 and
/// drops the path, so the rest of the file is read as version 1. Empty for version 2 files.
pub fn problems(tree: &Node) -> Vec<DeError> {
    let mut out = Vec::new();
    if effective(tree) == SchemaVersion::V2 {
        return out;
    }
    for field in V2_ONLY_FIELDS {
        visit_keys(tree, field, &mut Vec::new(), &mut |path, span| {
            out.push(DeError {
                kind: DeErrorKind::NeedsVersion2(V2Feature::Field),
                span: Some(span),
                path,
            });
        });
    }
    for (field, value) in V2_ONLY_VALUES {
        if let Some(node) = tree.get_path(field) {
            if node.scalar().is_some_and(|s| s.text == *value) {
                out.push(DeError {
                    kind: DeErrorKind::NeedsVersion2(V2Feature::Value((*value).to_string())),
                    span: Some(node.span),
                    path: key_path(field),
                });
            }
        }
    }
    for field in PARTIAL_DATE_FIELDS {
        let Some(node) = tree.get_path(field) else {
            continue;
        };
        let Some(s) = node.scalar().filter(|s| !s.is_null()) else {
            // Lists and sections are reported by the model as before.
            continue;
        };
        if Date::parse(&s.text).is_some() {
            continue;
        }
        let kind = if PartialDate::parse(&s.text).is_some() {
            DeErrorKind::NeedsVersion2(V2Feature::PartialDate(s.text.clone()))
        } else {
            // Exactly the error a version 1 file always got for this value.
            match crate::load::de::from_node::<Date>(node) {
                Err(e) => e.kind,
                Ok(_) => continue,
            }
        };
        out.push(DeError {
            kind,
            span: Some(node.span),
            path: key_path(field),
        });
    }
    out.sort_by_key(|e| e.span);
    out
}

fn key_path(field: &str) -> Vec<PathSeg> {
    field
        .split('.')
        .map(|k| PathSeg::Key(k.to_string()))
        .collect()
}

/// Calls `f` with the path and key position of every key matching `pattern` (dotted keys, `[]`
/// for every list item).
fn visit_keys(
    node: &Node,
    pattern: &str,
    prefix: &mut Vec<PathSeg>,
    f: &mut impl FnMut(Vec<PathSeg>, Span),
) {
    let (head, rest) = match pattern.split_once('.') {
        Some((h, r)) => (h, Some(r)),
        None => (pattern, None),
    };
    let (key, each) = match head.strip_suffix("[]") {
        Some(k) => (k, true),
        None => (head, false),
    };
    let Some(entry) = node.entry(key) else {
        return;
    };
    prefix.push(PathSeg::Key(key.to_string()));
    match (rest, each) {
        (None, _) => f(prefix.clone(), entry.key_span),
        (Some(rest), false) => visit_keys(&entry.value, rest, prefix, f),
        (Some(rest), true) => {
            for (i, item) in entry.value.items().iter().enumerate() {
                prefix.push(PathSeg::Index(i));
                visit_keys(item, rest, prefix, f);
                prefix.pop();
            }
        }
    }
    prefix.pop();
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::{parse, path_to_string, Limits};

    fn probs(yaml: &str) -> Vec<(String, u32, DeErrorKind)> {
        problems(&parse(yaml, &Limits::default()).unwrap())
            .into_iter()
            .map(|e| (path_to_string(&e.path), e.span.unwrap().line, e.kind))
            .collect()
    }

    #[test]
    fn version_two_fields_in_version_one_files() {
        let yaml = "schema_version: 1\nlifecycle:\n  started: 2016-03\n  ended: 2020-01-01\n  data_fate: deleted\nautomation:\n  kind: selection\nsuppliers:\n  - name: A\n  - name: B\n    kind: research\ndebate: x\n";
        let p = probs(yaml);
        let paths: Vec<&str> = p.iter().map(|(p, ..)| p.as_str()).collect();
        assert_eq!(
            paths,
            [
                "lifecycle.started",
                "lifecycle.data_fate",
                "automation.kind",
                "suppliers[1].kind",
                "debate"
            ]
        );
        assert_eq!(
            p[0].2,
            DeErrorKind::NeedsVersion2(V2Feature::PartialDate("2016-03".into()))
        );
        assert_eq!(p[3].1, 11);
        // Files without a version are read as version 1, as before.
        assert_eq!(probs("impact: {}\n").len(), 1);
        // Version 2 files have none.
        assert!(probs(&yaml.replace("schema_version: 1", "schema_version: 2")).is_empty());
    }

    #[test]
    fn invalid_dates_in_version_one_keep_their_old_error() {
        let p = probs("schema_version: 1\nlifecycle:\n  started: 2024-02-30\n  ended: 1/2/2025\n");
        assert!(
            matches!(&p[0].2, DeErrorKind::InvalidValue { expected, .. } if expected.contains("exists in the calendar"))
        );
        assert!(
            matches!(&p[1].2, DeErrorKind::InvalidValue { expected, .. } if expected == "a date written as YYYY-MM-DD")
        );
    }
}
