//! `dataetik migrate`: rewrites a version 1 assessment as version 2, in place.
//!
//! Version 2 only adds to version 1: every version 1 file is a valid version 2 file with the
//! same content. So migration changes exactly one thing, the value of `schema_version`, from `1`
//! to `2`. It works on the text, at the position the spanned loader reports, and never
//! re-serialises: comments, key order, quoting, blank lines, line endings and a byte-order mark
//! stay byte for byte. Nothing is invented (no `data_fate`, no `impact`): instead [`Migration`]
//! lists what the team should now fill in ([`Todo`]), and the risk level before and after.
//!
//! Refused, with the file left alone ([`NotMigrated`]): a file that is not readable YAML, a
//! version 2 file, a file without `schema_version` (its format is unknown) and a file with a
//! version other than 1 or 2.
//!
//! [`migrate`] is pure (bytes in, text out). [`migrate_file`] is the one function here that
//! touches the disk: it reads a file and writes the result with
//! [`crate::fsutil::write_atomic`], so a crash or kill mid-way leaves the original intact.

use crate::load::{self, Limits, LoadError, Node, Value};
use crate::model::Phase;
use crate::policy::Policy;
use crate::risk::{self, RiskAssessment};
use crate::schema::FieldKind;
use crate::version::SchemaVersion;

/// A migrated file.
#[derive(Debug, Clone)]
pub struct Migration {
    /// The new file text: the original with `schema_version: 1` changed to `2`.
    pub text: String,
    /// The line (from 1) of `schema_version`, the only line that changed.
    pub line: u32,
    /// The risk as version 1 scored it.
    pub before: RiskAssessment,
    /// The risk as version 2 scores it.
    pub after: RiskAssessment,
    /// What the team should now fill in, most important first.
    pub todo: Vec<Todo>,
}

/// Why a file was left unchanged.
#[derive(Debug, Clone, PartialEq)]
pub enum NotMigrated {
    /// It already says `schema_version: 2`.
    AlreadyVersion2,
    /// Not valid YAML, not UTF-8, or over a limit: the loader's error (GEN-001/GEN-002).
    Unreadable(LoadError),
    /// No `schema_version` (or an empty one): which format it is written in is unknown.
    NoVersion,
    /// A `schema_version` other than 1 or 2, as written (also one written quoted or through an
    /// alias, which the checker does not accept either).
    UnsupportedVersion(String),
}

/// Something the team should fill in after migration (nothing is filled in for them).
#[derive(Debug, Clone, PartialEq)]
pub enum Todo {
    /// Risk factors that are not stated (field paths), so the level is only a minimum (GEN-012).
    StateRiskFactors(Vec<String>),
    /// A completed or stopped project: `data_fate` and `data_fate_date` (GEN-010).
    DataFate,
    /// Personal data: whose (`data.subjects`), if not only adult citizens.
    Subjects,
    /// A model or profiling: the inputs, with protected attributes (EQU-008, EQU-009).
    Inputs,
    /// Risk level 3 or more: the risks and their mitigation (ACC-009).
    Risks,
    /// Risk level 3 or more: the dilemmas for the committee (TRA-006).
    Debate,
    /// Suppliers: `kind` for authorities and universities (SUP-002).
    SupplierKinds,
    /// Waivers: the level that granted each (GEN-014).
    WaiverLevels,
    /// Text fields holding only a placeholder, which version 2 counts as blank (field paths).
    Placeholders(Vec<String>),
}

/// Migrates one file's bytes (as read from disk) to version 2.
pub fn migrate(bytes: &[u8], policy: &Policy, limits: &Limits) -> Result<Migration, NotMigrated> {
    let body = load::decode(bytes, limits).map_err(NotMigrated::Unreadable)?;
    // `decode` strips a byte-order mark; it is kept in the output.
    let bom = if bytes.len() > body.len() {
        "\u{feff}"
    } else {
        ""
    };
    let tree = load::parse(body, limits).map_err(NotMigrated::Unreadable)?;

    let Some(node) = tree.get("schema_version").filter(|n| !n.is_blank()) else {
        return Err(NotMigrated::NoVersion);
    };
    let written = match &node.value {
        Value::Scalar(s) => s.text.clone(),
        _ => String::from("…"),
    };
    match crate::version::declared(&tree) {
        Some(1) => {}
        Some(2) => return Err(NotMigrated::AlreadyVersion2),
        _ => return Err(NotMigrated::UnsupportedVersion(written)),
    }
    // The value's first byte, from the loader's line and column (in characters).
    let at = byte_offset(body, node.span.line, node.span.column)
        .filter(|&at| body[at..].starts_with(&written))
        // An alias (`*v`) resolves to 1 but is not written here: not rewritten by hand.
        .ok_or_else(|| NotMigrated::UnsupportedVersion(written.clone()))?;
    let mut text = String::with_capacity(bytes.len());
    text.push_str(bom);
    text.push_str(&body[..at]);
    text.push('2');
    text.push_str(&body[at + written.len()..]);

    let before = risk::assess_as(policy, &tree, SchemaVersion::V1);
    let after = risk::assess_as(policy, &tree, SchemaVersion::V2);
    let todo = todo(&tree, policy, &after);
    Ok(Migration {
        text,
        line: node.span.line,
        before,
        after,
        todo,
    })
}

/// Migrates the file at `path` in place (`write: false`: only reports what would change).
/// The outer error is an I/O error reading or writing the file; the inner result is
/// [`migrate`]'s. The new text goes through [`crate::fsutil::write_atomic`] (a temporary file
/// renamed over the original), to the file a symbolic link points at when `path` is one.
pub fn migrate_file(
    path: &std::path::Path,
    policy: &Policy,
    limits: &Limits,
    write: bool,
) -> std::io::Result<Result<Migration, NotMigrated>> {
    use std::io::Read;
    let file = std::fs::File::open(path)?;
    if file.metadata()?.len() > limits.max_file_bytes as u64 {
        return Ok(Err(NotMigrated::Unreadable(load::file_too_large(
            file.metadata()?.len(),
            limits,
        ))));
    }
    let mut bytes = Vec::new();
    file.take(limits.max_file_bytes as u64 + 1)
        .read_to_end(&mut bytes)?;
    let result = migrate(&bytes, policy, limits);
    if let (Ok(m), true) = (&result, write) {
        let dest = path.canonicalize()?;
        crate::fsutil::write_atomic(&dest, m.text.as_bytes())?;
    }
    Ok(result)
}

/// The byte offset of (line, column), both from 1 and counted as the YAML parser counts them:
/// columns in characters; `\n`, `\r\n` and a lone `\r` end a line.
fn byte_offset(text: &str, line: u32, column: u32) -> Option<usize> {
    let mut current = 1u32;
    let mut line_start = 0usize;
    if line > 1 {
        let bytes = text.as_bytes();
        let mut i = 0;
        loop {
            if i >= bytes.len() {
                return None;
            }
            let brk = match bytes[i] {
                b'\n' => 1,
                b'\r' if bytes.get(i + 1) == Some(&b'\n') => 2,
                b'\r' => 1,
                _ => 0,
            };
            if brk > 0 {
                i += brk;
                current += 1;
                if current == line {
                    line_start = i;
                    break;
                }
            } else {
                i += 1;
            }
        }
    }
    let rest = &text[line_start..];
    let skip = (column as usize).checked_sub(1)?;
    match rest.char_indices().nth(skip) {
        Some((b, _)) => Some(line_start + b),
        None if rest.chars().count() == skip => Some(text.len()),
        None => None,
    }
}

fn truthy(tree: &Node, path: &str) -> bool {
    tree.get_path(path)
        .and_then(Node::scalar)
        .and_then(super::load::Scalar::as_bool)
        == Some(true)
}

fn todo(tree: &Node, policy: &Policy, after: &RiskAssessment) -> Vec<Todo> {
    let mut out = Vec::new();
    if !after.complete {
        out.push(Todo::StateRiskFactors(
            after.unstated.iter().map(|u| u.field.clone()).collect(),
        ));
    }
    let phase = tree
        .get_path("lifecycle.phase")
        .and_then(Node::scalar)
        .and_then(|s| Phase::from_key(&s.text));
    if phase.is_some_and(|p| !p.is_active()) {
        out.push(Todo::DataFate);
    }
    if truthy(tree, "data.personal_data") {
        out.push(Todo::Subjects);
    }
    let kind = tree
        .get_path("automation.kind")
        .and_then(Node::scalar)
        .map(|s| s.text.as_str());
    if truthy(tree, "automation.machine_learning")
        || truthy(tree, "data.profiling")
        || matches!(kind, Some("decision_support" | "automated_decision"))
    {
        out.push(Todo::Inputs);
    }
    if after.level >= 3 {
        out.push(Todo::Risks);
        out.push(Todo::Debate);
    }
    if tree.get("suppliers").is_some_and(|s| !s.items().is_empty()) {
        out.push(Todo::SupplierKinds);
    }
    if tree.get("waivers").is_some_and(|s| !s.items().is_empty()) {
        out.push(Todo::WaiverLevels);
    }
    let placeholders = placeholder_fields(tree, policy);
    if !placeholders.is_empty() {
        out.push(Todo::Placeholders(placeholders));
    }
    out
}

/// Text fields (per the schema) that hold only a placeholder, as field paths.
pub fn placeholder_fields(tree: &Node, policy: &Policy) -> Vec<String> {
    static TEXTS: std::sync::OnceLock<std::collections::HashSet<String>> =
        std::sync::OnceLock::new();
    let texts = TEXTS.get_or_init(|| {
        crate::schema::fields()
            .into_iter()
            .filter(|f| matches!(f.kind, FieldKind::Markdown | FieldKind::Text))
            .map(|f| f.path)
            .collect()
    });
    let mut out = Vec::new();
    walk(
        tree,
        &mut String::new(),
        &mut String::new(),
        &mut |shape, shown, s| {
            if texts.contains(shape) && policy.is_placeholder(s) {
                out.push(shown.to_string());
            }
        },
    );
    out
}

/// Visits every scalar with its schema path (`suppliers[].name`) and its real path
/// (`suppliers[1].name`).
fn walk(node: &Node, shape: &mut String, shown: &mut String, f: &mut impl FnMut(&str, &str, &str)) {
    match &node.value {
        Value::Scalar(s) => {
            if !s.is_blank() {
                f(shape, shown, &s.text);
            }
        }
        Value::Map(entries) => {
            for e in entries {
                let (l1, l2) = (shape.len(), shown.len());
                if !shape.is_empty() {
                    shape.push('.');
                    shown.push('.');
                }
                shape.push_str(&e.key);
                shown.push_str(&e.key);
                walk(&e.value, shape, shown, f);
                shape.truncate(l1);
                shown.truncate(l2);
            }
        }
        Value::Seq(items) => {
            for (i, item) in items.iter().enumerate() {
                let (l1, l2) = (shape.len(), shown.len());
                shape.push_str("[]");
                shown.push_str(&format!("[{i}]"));
                walk(item, shape, shown, f);
                shape.truncate(l1);
                shown.truncate(l2);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn policy() -> Policy {
        Policy::builtin().policy
    }

    fn run(text: &str) -> Result<Migration, NotMigrated> {
        migrate(text.as_bytes(), &policy(), &Limits::default())
    }

    #[test]
    fn changes_only_the_version() {
        let src = "# yaml-language-server: $schema=../schema/assessment.schema.json\n# Risiko: 16 point\nschema_version: 1   # formatets version\nid: x\nsummary: |\n  Tekst\n\n  mere\n";
        let m = run(src).unwrap();
        assert_eq!(
            m.text,
            src.replace("schema_version: 1 ", "schema_version: 2 ")
        );
        assert_eq!(m.line, 3);
    }

    #[test]
    fn keeps_bom_crlf_lone_cr_and_flow_style() {
        let src = "\u{feff}# æøå\r\nid: æøå\r\nschema_version: 1\r\n";
        assert_eq!(run(src).unwrap().text, src.replace(": 1", ": 2"));
        let src = "# a\rid: x\rschema_version: 1\r";
        assert_eq!(run(src).unwrap().text, src.replace(": 1", ": 2"));
        let src = "{id: æ, schema_version: 1, title: t}\n";
        assert_eq!(run(src).unwrap().text, src.replace(": 1", ": 2"));
        let src = "id: x\nschema_version: 01\n";
        assert_eq!(run(src).unwrap().text, "id: x\nschema_version: 2\n");
        // No newline at the end.
        assert_eq!(run("schema_version: 1").unwrap().text, "schema_version: 2");
    }

    #[test]
    fn refuses_and_says_why() {
        assert_eq!(
            run("schema_version: 2\n").unwrap_err(),
            NotMigrated::AlreadyVersion2
        );
        assert_eq!(run("id: x\n").unwrap_err(), NotMigrated::NoVersion);
        assert_eq!(
            run("schema_version:\nid: x\n").unwrap_err(),
            NotMigrated::NoVersion
        );
        assert_eq!(
            run("schema_version: 3\n").unwrap_err(),
            NotMigrated::UnsupportedVersion("3".into())
        );
        assert_eq!(
            run("schema_version: '1'\n").unwrap_err(),
            NotMigrated::UnsupportedVersion("1".into())
        );
        assert_eq!(
            run("v: &v 1\nschema_version: *v\n").unwrap_err(),
            NotMigrated::UnsupportedVersion("1".into())
        );
        assert!(matches!(
            run("schema_version: 1\nid: [x\n").unwrap_err(),
            NotMigrated::Unreadable(_)
        ));
        assert!(matches!(
            migrate(
                b"schema_version: 1\nid: \xff\n",
                &policy(),
                &Limits::default()
            )
            .unwrap_err(),
            NotMigrated::Unreadable(_)
        ));
    }

    #[test]
    fn lists_what_to_fill_in() {
        let src = "schema_version: 1\nlifecycle:\n  phase: stopped\ndata:\n  personal_data: true\n  profiling: true\nautomation:\n  kind: decision_support\n  machine_learning: true\nprinciples:\n  dignity:\n    proportionality: Nee.\nsuppliers:\n  - name: A\n    due_diligence: tbd\n";
        let m = run(src).unwrap();
        assert!(m.todo.contains(&Todo::DataFate), "{:?}", m.todo);
        assert!(m.todo.contains(&Todo::Inputs));
        assert!(m.todo.contains(&Todo::SupplierKinds));
        assert!(m.todo.contains(&Todo::Placeholders(vec![
            "principles.dignity.proportionality".into(),
            "suppliers[0].due_diligence".into()
        ])));
        assert!(!m.after.complete);
        assert!(m.before.complete);
        let unstated: Vec<&str> = m.after.unstated.iter().map(|u| u.field.as_str()).collect();
        assert!(unstated.contains(&"impact.effect"), "{unstated:?}");
    }

    #[test]
    fn byte_offsets_count_characters() {
        assert_eq!(byte_offset("æø: 1\n", 1, 5), Some(6));
        assert_eq!(byte_offset("a\r\nb: 1", 2, 4), Some(6));
        assert_eq!(byte_offset("a\n", 3, 1), None);
    }
}
