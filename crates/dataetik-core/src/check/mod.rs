//! The checker: runs the policy's rules over assessments and produces findings.
//!
//! Per file: bytes -> tree ([`crate::load`]) -> typed model ([`crate::model`]) -> risk
//! ([`crate::risk`]) -> declarative rules ([`declarative`]) and built-in rules
//! ([`crate::rules`]) -> waivers ([`waivers`]). Then the register-wide built-in rules. Files are
//! checked in parallel; results keep a stable, sorted order.

pub mod declarative;
pub mod finding;
pub mod select;
pub(crate) mod waivers;

use std::path::{Path, PathBuf};

use rayon::prelude::*;
use serde::Serialize;

use crate::load::{self, Limits, LoadErrorKind, PathSeg, Span};
use crate::model::{Assessment, Date};
use crate::policy::{Policy, Severity};
use crate::register::{display_path, Register};
use crate::risk::{self, RiskAssessment};

/// Settings of one check run.
#[derive(Debug, Clone, Copy)]
pub struct CheckOptions {
    /// Date-dependent rules are judged as of this date (`--as-of`), so results are reproducible.
    pub as_of: Date,
    /// Loader limits.
    pub limits: Limits,
}

pub use finding::{Detail, DpiaReason, Finding, WaiverNote, WaiverProblem};
pub use select::{register_files, SelectError, SelectedFiles, Selection};

/// The result of checking one assessment file.
#[derive(Debug, Clone)]
pub struct FileResult {
    /// The path as given to the checker.
    pub path: PathBuf,
    /// The path for display.
    pub file: String,
    /// The typed assessment, when the file could be read.
    pub model: Option<Assessment>,
    /// The risk, when the file could be read.
    pub risk: Option<RiskAssessment>,
    /// Findings for this file, sorted by position.
    pub findings: Vec<Finding>,
    /// Where `id:` is, for register-wide findings about it.
    pub id_span: Option<Span>,
    /// The text of a file that could not be read as an assessment, kept only for those files so
    /// register-wide rules can tell whether it mentions a project directory (GEN-006).
    pub unparsed_text: Option<String>,
}

impl FileResult {
    /// A result with findings only: for a file that could not be read as an assessment, or one
    /// (a supplier file) that has no assessment model.
    pub fn with_findings_only(path: &Path, file: String, findings: Vec<Finding>) -> FileResult {
        FileResult {
            path: path.to_path_buf(),
            file,
            model: None,
            risk: None,
            findings,
            id_span: None,
            unparsed_text: None,
        }
    }

    /// The project id: from the file, or the file stem.
    pub fn id(&self) -> String {
        self.model
            .as_ref()
            .and_then(|m| m.id.clone())
            .unwrap_or_else(|| {
                self.path
                    .file_stem()
                    .map(|s| s.to_string_lossy().to_string())
                    .unwrap_or_default()
            })
    }
}

/// The result of checking a register.
#[derive(Debug, Clone)]
pub struct CheckResult {
    /// One result per assessment file, sorted by path.
    pub files: Vec<FileResult>,
    /// Findings that belong to no single assessment (GEN-006, GEN-011).
    pub register_findings: Vec<Finding>,
}

/// Counts of findings by severity.
#[derive(Debug, Clone, Copy, Default, Serialize, PartialEq, Eq)]
pub struct Summary {
    /// Assessment files checked.
    pub files: usize,
    /// Unwaived errors.
    pub errors: usize,
    /// Unwaived warnings.
    pub warnings: usize,
    /// Notes, including waived findings.
    pub notes: usize,
}

impl CheckResult {
    /// A result for tests of the outputs: one file, `assessments/a.yaml`, with these findings.
    #[cfg(test)]
    pub(crate) fn one_file(findings: Vec<Finding>) -> CheckResult {
        let path = "assessments/a.yaml";
        CheckResult {
            files: vec![FileResult::with_findings_only(
                Path::new(path),
                path.into(),
                findings,
            )],
            register_findings: Vec::new(),
        }
    }

    /// Every finding: per file in path order, then register-wide ones.
    pub fn findings(&self) -> impl Iterator<Item = &Finding> {
        self.files
            .iter()
            .flat_map(|f| f.findings.iter())
            .chain(self.register_findings.iter())
    }

    /// Counts by severity.
    pub fn summary(&self) -> Summary {
        let mut s = Summary {
            files: self.files.len(),
            ..Default::default()
        };
        for f in self.findings() {
            match (f.waived(), f.severity) {
                (true, _) | (false, Severity::Note) => s.notes += 1,
                (false, Severity::Error) => s.errors += 1,
                (false, Severity::Warning) => s.warnings += 1,
            }
        }
        s
    }

    /// True when the check fails.
    pub fn failed(&self, strict: bool) -> bool {
        self.findings().any(|f| f.fails(strict))
    }
}

/// Builds findings of the policy's rules for one file.
pub struct FindingBuilder<'a> {
    /// The policy whose rules are used.
    pub policy: &'a Policy,
    /// The file, for display.
    pub file: &'a str,
    /// The file's text, to quote the offending line.
    pub source: &'a str,
}

impl FindingBuilder<'_> {
    /// A finding of `rule_id` at `span`; `None` when the policy has no such rule (disabled).
    /// `severity` overrides the rule's; `check_message` names the declarative check whose own
    /// message replaces the rule's.
    pub fn make(
        &self,
        rule_id: &str,
        span: Span,
        field: Option<&str>,
        detail: Detail,
        severity: Option<Severity>,
        check_message: Option<usize>,
    ) -> Option<Finding> {
        let rule = self.policy.rule(rule_id)?;
        Some(Finding {
            rule: rule.id.clone(),
            severity: severity.unwrap_or(rule.severity),
            principle: rule.principle.clone(),
            file: self.file.to_string(),
            line: span.line,
            column: span.column,
            field: field.map(str::to_string),
            detail,
            check_message,
            waiver: None,
            // Filled in by `attach_source_lines` in one pass over the file once every rule has
            // run: scanning to the line here for each finding was 5% of a check and quadratic
            // with thousands of findings in a large file (found by fuzzing).
            source_line: None,
            historical: false,
        })
    }
}

/// The message template a finding is written with (its check's own or the rule's), for telling
/// apart findings that read the same.
fn template<'p>(policy: &'p Policy, f: &Finding) -> Option<&'p crate::i18n::LocalText> {
    let rule = policy.rule(&f.rule)?;
    Some(
        f.check_message
            .and_then(|i| rule.checks.get(i))
            .and_then(|c| c.message.as_ref())
            .unwrap_or(&rule.message),
    )
}

/// In one pass over `source`: fills in missing source lines, and moves a finding that points
/// past the end of the file (yaml-rust2 reports some end-of-file positions on the line after the
/// last one, found by fuzzing) to the end of the last line.
pub(crate) fn attach_source_lines(findings: &mut [Finding], source: &str) {
    if source.is_empty() || findings.is_empty() {
        return;
    }
    // `segments` are the text between newlines; `str::lines` yields the same, with "\r\n"
    // endings trimmed and without the empty segment after a final newline.
    let segments: Vec<&str> = source.split('\n').collect();
    let n = segments.len();
    let line_text = |i: usize| -> Option<String> {
        let seg = segments[i];
        if i + 1 == n {
            (!seg.is_empty()).then(|| seg.to_string())
        } else {
            Some(seg.strip_suffix('\r').unwrap_or(seg).to_string())
        }
    };
    for f in findings {
        let line = f.line.max(1) as usize;
        if line > n {
            f.line = n as u32;
            f.column = segments[n - 1].chars().count() as u32 + 1;
            f.source_line = line_text(n - 1);
        } else if f.source_line.is_none() {
            f.source_line = line_text(line - 1);
        }
        let at_start = f.line == 1 && f.column == 1;
        let field = f.field.clone();
        f.source_line = f
            .source_line
            .take()
            // A comment is never what a finding is about (a missing top-level key points at the
            // start of the file, which is often a comment): show no source line then.
            .filter(|l| !l.trim_start().starts_with('#') && !l.trim().is_empty())
            // At 1:1 because a top-level key is missing: line 1 is some other key, and
            // underlining it would point at the wrong thing.
            .filter(|l| {
                !at_start
                    || field.as_deref().is_none_or(|fl| {
                        let root = fl.split(['.', '[']).next().unwrap_or(fl);
                        l.starts_with(&format!("{root}:"))
                    })
            })
            // Never quote a CPR-like number (CI logs are not private).
            .map(|l| crate::cpr::mask(&l));
    }
}

/// Reads and checks one assessment file.
pub fn check_file(reg: &Register, path: &Path, opts: &CheckOptions) -> FileResult {
    let file = display_path(path);
    let unreadable = |detail: Detail, rule: &str| {
        let fb = FindingBuilder {
            policy: reg.policy(),
            file: &file,
            source: "",
        };
        let findings = fb
            .make(rule, Span::START, None, detail, None, None)
            .into_iter()
            .collect();
        FileResult::with_findings_only(path, file.clone(), findings)
    };
    if path.is_dir() {
        return unreadable(Detail::IsDirectory, "GEN-001");
    }
    match read_limited(path, opts.limits.max_file_bytes) {
        Ok((bytes, size)) if size > opts.limits.max_file_bytes as u64 => {
            // Only the first bytes were read; report the file's real size.
            let e = load::file_too_large(size.max(bytes.len() as u64), &opts.limits);
            unreadable(Detail::Load(e.problem), "GEN-002")
        }
        Ok((bytes, _)) => check_bytes(reg, path, &file, &bytes, opts),
        Err(e) => unreadable(
            Detail::Unreadable {
                reason: e.to_string(),
            },
            "GEN-001",
        ),
    }
}

/// Reads at most `max + 1` bytes (so an oversized file is reported, not silently cut); returns
/// the bytes and the file's size on disk.
fn read_limited(path: &Path, max: usize) -> std::io::Result<(Vec<u8>, u64)> {
    use std::io::Read;
    let f = std::fs::File::open(path)?;
    let meta = f.metadata()?;
    if meta.is_dir() {
        return Err(std::io::Error::other("it is a directory, not a file"));
    }
    let size = meta.len();
    if size > max as u64 {
        return Ok((Vec::new(), size));
    }
    let mut buf = Vec::with_capacity(size as usize + 1);
    f.take(max as u64 + 1).read_to_end(&mut buf)?;
    // A file that grew while being read is still reported as too large.
    let n = buf.len() as u64;
    let reported = if n > max as u64 { n.max(size) } else { n };
    Ok((buf, reported))
}

/// Checks one assessment given as bytes (used by `check_file`, fuzzing and tests).
pub fn check_bytes(
    reg: &Register,
    path: &Path,
    file: &str,
    bytes: &[u8],
    opts: &CheckOptions,
) -> FileResult {
    let policy = reg.policy();
    let mut result = FileResult {
        path: path.to_path_buf(),
        file: file.to_string(),
        model: None,
        risk: None,
        findings: Vec::new(),
        id_span: None,
        unparsed_text: None,
    };
    let source = match load::decode(bytes, &opts.limits) {
        Ok(s) => s,
        Err(e) => {
            let fb = FindingBuilder {
                policy,
                file,
                source: "",
            };
            result.findings.extend(load_error_finding(&fb, e));
            return result;
        }
    };
    let fb = FindingBuilder {
        policy,
        file,
        source,
    };
    let mut tree = match load::parse(source, &opts.limits) {
        Ok(t) => t,
        Err(e) if e.kind == LoadErrorKind::Syntax => {
            result.findings.extend(load_error_finding(&fb, e));
            result.unparsed_text = Some(source.to_string());
            return result;
        }
        Err(e) => {
            result.findings.extend(load_error_finding(&fb, e));
            attach_source_lines(&mut result.findings, source);
            return result;
        }
    };

    // Typed model: on each error, report it (GEN-002), drop the offending field and retry, so
    // one typo does not hide every other finding in the file.
    let mut removed: Vec<String> = Vec::new();
    // Version-2 fields, values and partial dates in a version 1 file: GEN-002 saying so, and the
    // field is dropped so the rest of the file is read as version 1 (`crate::version`).
    for e in crate::version::problems(&tree) {
        let path_str = load::path_to_string(&e.path);
        result.findings.extend(fb.make(
            "GEN-002",
            e.span.unwrap_or(Span::START),
            Some(&path_str),
            Detail::Deserialize(e.clone()),
            None,
            None,
        ));
        if tree.remove_path(&e.path) {
            removed.push(path_str);
        }
    }
    let mut model: Option<Assessment> = None;
    for _ in 0..200 {
        match load::de::from_node::<Assessment>(&tree) {
            Ok(m) => {
                model = Some(m);
                break;
            }
            Err(e) => {
                let span = e.span.unwrap_or(Span::START);
                let path_str = load::path_to_string(&e.path);
                let mut target = e.path.clone();
                if removed.contains(&path_str) {
                    // A list item already replaced by null is still invalid (an item that must
                    // be a section): drop the whole list. Reporting it again would repeat the
                    // same finding up to 200 times (found by fuzzing).
                    while matches!(target.last(), Some(PathSeg::Index(_))) {
                        target.pop();
                    }
                } else if matches!(&e.kind, load::de::DeErrorKind::MissingField { field }
                    if removed.contains(&format!("{path_str}.{field}")))
                {
                    // A required key dropped for its invalid value (`risk: ""`) is one mistake,
                    // already reported; the section it belongs to is dropped silently.
                } else {
                    result.findings.extend(fb.make(
                        "GEN-002",
                        span,
                        Some(&path_str),
                        Detail::Deserialize(e.clone()),
                        None,
                        None,
                    ));
                }
                if target.is_empty() || !tree.remove_path(&target) {
                    break;
                }
                // A misspelled key (`transparancy`) is one mistake: do not also report every
                // consideration under the key it was meant to be.
                if let load::de::DeErrorKind::UnknownField { field, expected } = &e.kind {
                    if let Some(meant) = load::de::did_you_mean(field, expected) {
                        let mut p = e.path.clone();
                        p.pop();
                        p.push(PathSeg::Key(meant.to_string()));
                        if tree.get_path(&load::path_to_string(&p)).is_none() {
                            removed.push(load::path_to_string(&p));
                        }
                    }
                }
                removed.push(load::path_to_string(&target));
            }
        }
    }
    let Some(model) = model else {
        result.findings.sort_by_key(|f| (f.line, f.column));
        attach_source_lines(&mut result.findings, source);
        return result;
    };
    result.id_span = tree.entry("id").map(|e| e.key_span);
    let risk = risk::assess(policy, &tree);

    let ctx = declarative::Context {
        tree: &tree,
        model: &model,
        risk: &risk,
        removed: &removed,
    };
    let mut findings = declarative::run(policy, &ctx, &fb);
    let mut built_in = Vec::new();
    let cx = crate::rules::FileCtx {
        reg,
        tree: &tree,
        model: &model,
        risk: &risk,
        fb: &fb,
        path,
        opts,
    };
    crate::rules::run_file_rules(&cx, &mut built_in);
    built_in.retain(|f| f.field.as_deref().is_none_or(|p| !ctx.is_removed(p)));
    findings.extend(built_in);
    waivers::apply(policy, &model, &tree, &fb, opts, &mut findings);
    crate::rules::gen_013::apply(policy, &model, &risk, &mut findings);
    result.findings.extend(findings);
    result
        .findings
        .sort_by(|a, b| (a.line, a.column, &a.rule).cmp(&(b.line, b.column, &b.rule)));
    // The same finding twice (two checks requiring one field): compare what the message is
    // made of, as the words would be the same.
    result.findings.dedup_by(|a, b| {
        a.rule == b.rule
            && a.line == b.line
            && a.column == b.column
            && a.field == b.field
            && a.detail == b.detail
            && template(policy, a) == template(policy, b)
    });
    attach_source_lines(&mut result.findings, source);
    result.model = Some(model);
    result.risk = Some(risk);
    result
}

fn load_error_finding(fb: &FindingBuilder<'_>, e: load::LoadError) -> Option<Finding> {
    let rule = match e.kind {
        LoadErrorKind::Syntax => "GEN-001",
        LoadErrorKind::Structure => "GEN-002",
    };
    fb.make(
        rule,
        e.span.unwrap_or(Span::START),
        None,
        Detail::Load(e.problem),
        None,
        None,
    )
}

/// Checks the given files of a register, and the register-wide rules.
///
/// Register-wide rules (duplicate ids, unassessed directories, an empty register) see exactly
/// `files`, so pass every assessment of the register; to report only some files (explicit paths,
/// `--changed-since`), use [`Selection`].
pub fn check_register(reg: &Register, files: &[PathBuf], opts: &CheckOptions) -> CheckResult {
    check_register_with(reg, files, opts, |_| {})
}

/// Like [`check_register`], but hands every file's result to `each` as soon as the file is
/// checked, before the register-wide rules run. `dataetik check` passes [`slim_model`] so that
/// 10,000 assessments' texts are not all held in memory at once.
pub fn check_register_with<F>(
    reg: &Register,
    files: &[PathBuf],
    opts: &CheckOptions,
    each: F,
) -> CheckResult
where
    F: Fn(&mut FileResult) + Sync,
{
    // Small pieces of work: rayon's default split can leave one thread checking the last
    // few hundred files alone while the other waits.
    let mut results: Vec<FileResult> = files
        .par_iter()
        .with_max_len(16)
        .map(|p| {
            let mut r = check_file(reg, p, opts);
            each(&mut r);
            r
        })
        .collect();
    results.sort_by(|a, b| a.path.cmp(&b.path));
    let mut register_findings = crate::rules::run_register_rules(reg, &mut results);
    register_findings.extend(crate::supplier::check_suppliers(reg, &results, opts));
    CheckResult {
        files: results,
        register_findings,
    }
}

/// Drops everything from a file's typed model except what the register-wide rules and the
/// check output read (`id` and `code_paths`); findings and risk are kept.
pub fn slim_model(result: &mut FileResult) {
    if let Some(m) = result.model.as_mut() {
        // `--changed-since` also needs the evidence files each bias test cites.
        let tests: Vec<crate::model::BiasTest> = m
            .bias_tests()
            .iter()
            .filter(|b| b.evidence.is_some())
            .map(|b| crate::model::BiasTest {
                evidence: b.evidence.clone(),
                ..Default::default()
            })
            .collect();
        let principles = (!tests.is_empty()).then(|| crate::model::Principles {
            equality: Some(crate::model::Equality {
                bias_tests: Some(tests),
                ..Default::default()
            }),
            ..Default::default()
        });
        // `--changed-since` also needs the supplier files each assessment refers to.
        let suppliers = m.suppliers.take().map(|list| {
            list.into_iter()
                .map(|s| crate::model::Supplier {
                    supplier: s.supplier,
                    // SUP-010 asks whether any project uses a supplier for hardware.
                    role: s.role,
                    ..Default::default()
                })
                .collect()
        });
        *m = Assessment {
            id: m.id.take(),
            code_paths: m.code_paths.take(),
            suppliers,
            principles,
            ..Default::default()
        };
    }
}
