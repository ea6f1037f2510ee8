//! Shared helpers: the complete fixture, small edits of it, running the checker as a library, and
//! an independent way to find where a key is written (so line/column assertions do not rely on
//! the loader under test).
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use dataetik_core::check::{check_bytes, check_register, CheckOptions, CheckResult, Finding};
use dataetik_core::i18n::Lang;
use dataetik_core::model::Date;
use dataetik_core::policy::Severity;
use dataetik_core::policy::{LoadedPolicy, Policy};
use dataetik_core::register::{Config, Register};
use serde_yaml::{Mapping, Value};

/// The complete, passing assessment.
pub(crate) const COMPLETE: &str = include_str!("../fixtures/complete.yaml");

/// The fixed date every test judges dates by.
pub(crate) const AS_OF: &str = "2026-11-25";

pub(crate) fn date(s: &str) -> Date {
    Date::parse(s).expect("test date")
}

pub(crate) fn opts(as_of: &str) -> CheckOptions {
    CheckOptions {
        as_of: date(as_of),
        limits: Default::default(),
    }
}

/// The built-in policy, loaded once.
pub(crate) fn builtin() -> &'static Policy {
    static BUILTIN: std::sync::OnceLock<LoadedPolicy> = std::sync::OnceLock::new();
    &BUILTIN.get_or_init(Policy::builtin).policy
}

/// A finding's words as the built-in policy and the Danish catalogue write them.
pub(crate) trait Words {
    /// The message.
    fn message(&self) -> String;
    /// The help.
    fn help(&self) -> String;
}

impl Words for Finding {
    fn message(&self) -> String {
        Lang::Da.catalogue().finding_message(builtin(), self)
    }
    fn help(&self) -> String {
        Lang::Da.catalogue().finding_help(builtin(), self)
    }
}

/// A temporary register (default config) to check files in.
pub(crate) struct Reg {
    pub dir: tempfile::TempDir,
    pub reg: Register,
}

impl Reg {
    pub(crate) fn new() -> Reg {
        Reg::with_config(Config::default())
    }

    pub(crate) fn with_config(config: Config) -> Reg {
        let dir = tempfile::tempdir().expect("tempdir");
        std::fs::create_dir_all(dir.path().join("assessments")).unwrap();
        let reg = Register::with_config(dir.path().to_path_buf(), None, config).expect("register");
        Reg { dir, reg }
    }

    pub(crate) fn root(&self) -> &Path {
        self.dir.path()
    }

    /// Writes a file relative to the register root, creating directories.
    pub(crate) fn write(&self, rel: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
        let p = self.root().join(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(&p, bytes).unwrap();
        p
    }

    /// Checks one assessment given as text, named `assessments/<stem>.yaml`, as of `as_of`.
    /// GEN-015 (the note on every version 1 file, which the complete fixture is) is left out;
    /// [`Reg::check_all_findings`] keeps it.
    pub(crate) fn check_as_of(&self, stem: &str, text: &str, as_of: &str) -> Vec<Finding> {
        let mut findings = self.check_all_findings(stem, text, as_of);
        findings.retain(|f| f.rule != "GEN-015");
        findings
    }

    /// Like [`Reg::check_as_of`], with every finding (GEN-015 too).
    pub(crate) fn check_all_findings(&self, stem: &str, text: &str, as_of: &str) -> Vec<Finding> {
        let path = self.root().join("assessments").join(format!("{stem}.yaml"));
        let file = format!("assessments/{stem}.yaml");
        check_bytes(&self.reg, &path, &file, text.as_bytes(), &opts(as_of)).findings
    }

    pub(crate) fn check(&self, stem: &str, text: &str) -> Vec<Finding> {
        self.check_as_of(stem, text, AS_OF)
    }

    /// Checks every file under assessments/ like `dataetik check` does; GEN-015 (the note on
    /// every version 1 file) is left out, as in [`Reg::check_as_of`].
    pub(crate) fn check_all(&self, as_of: &str) -> CheckResult {
        let files = dataetik_core::register::list_assessment_files(
            self.root(),
            &[self.reg.assessments_dir()],
        )
        .expect("listing");
        let mut result = check_register(&self.reg, &files, &opts(as_of));
        for f in &mut result.files {
            f.findings.retain(|f| f.rule != "GEN-015");
        }
        result
    }
}

/// Checks `text` as `assessments/complete.yaml` in a fresh register.
pub(crate) fn check(text: &str) -> Vec<Finding> {
    Reg::new().check("complete", text)
}

pub(crate) fn check_as_of(text: &str, as_of: &str) -> Vec<Finding> {
    Reg::new().check_as_of("complete", text, as_of)
}

// ---------------------------------------------------------------------------------------------
// Edits

/// One step of a field path.
#[derive(Debug, Clone)]
enum Seg {
    Key(String),
    Index(usize),
}

fn segments(path: &str) -> Vec<Seg> {
    let mut out = Vec::new();
    for part in path.split('.') {
        let mut rest = part;
        if let Some(i) = rest.find('[') {
            if i > 0 {
                out.push(Seg::Key(rest[..i].to_string()));
            }
            rest = &rest[i..];
            while let Some(stripped) = rest.strip_prefix('[') {
                let end = stripped.find(']').expect("closing ]");
                out.push(Seg::Index(stripped[..end].parse().expect("index")));
                rest = &stripped[end + 1..];
            }
        } else {
            out.push(Seg::Key(rest.to_string()));
        }
    }
    out
}

/// An edit of an assessment.
#[derive(Debug, Clone)]
pub(crate) enum Edit {
    /// Remove the key (or list item) at a path.
    Remove(String),
    /// Set the value at a path (YAML text), creating parent mappings.
    Set(String, String),
}

pub(crate) fn remove(path: &str) -> Edit {
    Edit::Remove(path.into())
}

pub(crate) fn set(path: &str, yaml: &str) -> Edit {
    Edit::Set(path.into(), yaml.into())
}

fn child<'a>(v: &'a mut Value, seg: &Seg, create: bool) -> Option<&'a mut Value> {
    match seg {
        Seg::Key(k) => {
            if v.is_null() && create {
                *v = Value::Mapping(Mapping::new());
            }
            let m = v.as_mapping_mut()?;
            let key = Value::String(k.clone());
            if !m.contains_key(&key) {
                if !create {
                    return None;
                }
                m.insert(key.clone(), Value::Null);
            }
            m.get_mut(&key)
        }
        Seg::Index(i) => v.as_sequence_mut()?.get_mut(*i),
    }
}

/// Applies edits to YAML text and returns the re-serialised text.
pub(crate) fn apply(text: &str, edits: &[Edit]) -> String {
    let mut doc: Value = serde_yaml::from_str(text).expect("fixture parses");
    for e in edits {
        match e {
            Edit::Remove(path) => {
                let segs = segments(path);
                let (last, parents) = segs.split_last().unwrap();
                let mut v = &mut doc;
                for s in parents {
                    v = child(v, s, false).unwrap_or_else(|| panic!("no {path}"));
                }
                match last {
                    Seg::Key(k) => {
                        v.as_mapping_mut()
                            .unwrap()
                            .remove(Value::String(k.clone()))
                            .unwrap_or_else(|| panic!("no {path}"));
                    }
                    Seg::Index(i) => {
                        v.as_sequence_mut().unwrap().remove(*i);
                    }
                }
            }
            Edit::Set(path, yaml) => {
                let value: Value = serde_yaml::from_str(yaml).expect("edit value parses");
                let mut v = &mut doc;
                for s in segments(path) {
                    v = child(v, &s, true).unwrap_or_else(|| panic!("cannot reach {path}"));
                }
                *v = value;
            }
        }
    }
    serde_yaml::to_string(&doc).expect("serialises")
}

/// The complete fixture with edits applied.
pub(crate) fn edited(edits: &[Edit]) -> String {
    apply(COMPLETE, edits)
}

// ---------------------------------------------------------------------------------------------
// Locating keys in text, independently of the loader.

fn indent_of(line: &str) -> usize {
    line.chars().take_while(|c| *c == ' ').count()
}

fn is_content(line: &str) -> bool {
    let t = line.trim_start();
    !t.is_empty() && !t.starts_with('#')
}

/// Columns (0-based, in chars) where a key may start on this line: the indentation, and after
/// each `- ` list marker.
fn key_starts(line: &str) -> Vec<usize> {
    let chars: Vec<char> = line.chars().collect();
    let mut col = indent_of(line);
    let mut out = vec![col];
    while col + 1 < chars.len() && chars[col] == '-' && chars[col + 1] == ' ' {
        col += 2;
        while col < chars.len() && chars[col] == ' ' {
            col += 1;
        }
        out.push(col);
    }
    out
}

fn key_at(line: &str, col: usize, key: &str) -> bool {
    let rest: String = line.chars().skip(col).collect();
    let rest = rest.trim_start_matches(['"', '\'']);
    rest.strip_prefix(key)
        .is_some_and(|r| r.trim_start_matches(['"', '\'']).starts_with(':'))
}

/// Where a dotted path is written: (line, column), both from 1. For a missing key, the deepest
/// parent key that exists (or 1:1), like SPEC asks of findings. Works for block-style YAML as
/// written by people and by serde_yaml.
pub(crate) fn locate(text: &str, path: &str) -> (u32, u32) {
    let lines: Vec<&str> = text.lines().collect();
    // The current block: lines [start, end) with keys at columns > parent_col.
    let mut start = 0usize;
    let mut end = lines.len();
    let mut parent_col: isize = -1;
    let mut found = (1u32, 1u32);
    // For a key right after a `- ` item marker, the item's first key is on the marker line.
    let mut item_col: Option<usize> = None;
    for seg in segments(path) {
        match seg {
            Seg::Key(k) => {
                let mut hit = None;
                for (i, line) in lines.iter().enumerate().take(end).skip(start) {
                    if !is_content(line) {
                        continue;
                    }
                    let starts = key_starts(line);
                    let cols: Vec<usize> = match item_col {
                        Some(c) => starts.into_iter().filter(|&s| s == c).collect(),
                        None => starts
                            .into_iter()
                            .filter(|&s| s as isize > parent_col)
                            .collect(),
                    };
                    if let Some(&c) = cols.iter().find(|&&c| key_at(line, c, &k)) {
                        hit = Some((i, c));
                        break;
                    }
                }
                let Some((i, c)) = hit else { return found };
                found = (i as u32 + 1, c as u32 + 1);
                // The key's block: following lines indented deeper than the key (or list items
                // at the same column, as serde_yaml writes them).
                let mut e = i + 1;
                while e < lines.len() {
                    let l = lines[e];
                    if is_content(l) {
                        let ind = indent_of(l);
                        let dash = l.trim_start().starts_with("- ");
                        if ind < c || (ind == c && !dash) {
                            break;
                        }
                    }
                    e += 1;
                }
                start = i + 1;
                // Flow mappings `{ a: 1 }` are not supported here; block style only.
                end = e;
                parent_col = c as isize;
                item_col = None;
            }
            Seg::Index(n) => {
                let mut count = 0;
                let mut dash_col = None;
                let mut hit = None;
                for (i, line) in lines.iter().enumerate().take(end).skip(start) {
                    if !is_content(line) {
                        continue;
                    }
                    let ind = indent_of(line);
                    if !line.trim_start().starts_with("- ") {
                        continue;
                    }
                    let dc = *dash_col.get_or_insert(ind);
                    if ind != dc {
                        continue;
                    }
                    if count == n {
                        hit = Some(i);
                        break;
                    }
                    count += 1;
                }
                let (Some(i), Some(dc)) = (hit, dash_col) else {
                    return found;
                };
                let content = key_starts(lines[i])[1];
                found = (i as u32 + 1, content as u32 + 1);
                let mut e = i + 1;
                while e < end {
                    let l = lines[e];
                    if is_content(l) && indent_of(l) <= dc {
                        break;
                    }
                    e += 1;
                }
                start = i;
                end = e;
                parent_col = dc as isize;
                item_col = Some(content);
                // Keys on later lines of the item are at the same column as the first key.
                let _ = item_col;
            }
        }
    }
    found
}

/// The (line, column) of the first occurrence of `needle` in `text`.
pub(crate) fn find(text: &str, needle: &str) -> (u32, u32) {
    for (i, line) in text.lines().enumerate() {
        if let Some(b) = line.find(needle) {
            return (i as u32 + 1, line[..b].chars().count() as u32 + 1);
        }
    }
    panic!("`{needle}` not in text");
}

// ---------------------------------------------------------------------------------------------
// Assertions

/// Findings of one rule.
pub(crate) fn of<'a>(findings: &'a [Finding], rule: &str) -> Vec<&'a Finding> {
    findings.iter().filter(|f| f.rule == rule).collect()
}

pub(crate) fn show(findings: &[Finding]) -> String {
    findings
        .iter()
        .map(|f| {
            format!(
                "{}:{}:{} {:?} [{}] {}",
                f.file,
                f.line,
                f.column,
                f.severity,
                f.rule,
                f.message()
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Asserts that `rule` fires exactly once with `severity` at `pos`, and returns the finding.
#[track_caller]
pub(crate) fn fires_at(
    findings: &[Finding],
    rule: &str,
    severity: Severity,
    pos: (u32, u32),
) -> Finding {
    let hits = of(findings, rule);
    assert_eq!(
        hits.len(),
        1,
        "{rule} should fire once; findings:\n{}",
        show(findings)
    );
    let f = hits[0].clone();
    assert_eq!(f.severity, severity, "{rule} severity; {}", show(findings));
    assert_eq!(
        (f.line, f.column),
        pos,
        "{rule} position; findings:\n{}",
        show(findings)
    );
    assert!(!f.waived());
    assert!(!f.message().is_empty() && !f.help().is_empty());
    f
}

#[track_caller]
pub(crate) fn silent(findings: &[Finding], rule: &str) {
    assert!(
        of(findings, rule).is_empty(),
        "{rule} should not fire; findings:\n{}",
        show(findings)
    );
}
