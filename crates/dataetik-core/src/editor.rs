//! What an editor integration (`dataetik lsp`) needs from the checker: the findings of one open
//! assessment as `check` finds them, from the editor's unsaved text, with ranges and hover texts.
//!
//! The per-file rules run on the open text; the register-wide duplicate-id rule (GEN-004) sees
//! the register's other assessments as they are on disk. Texts come from the same catalogue
//! functions as every output format.

use std::path::{Path, PathBuf};

use crate::check::{self, CheckOptions, FileResult, Finding};
use crate::i18n::Catalogue;
use crate::register::Register;

/// The register's other assessments, checked once and kept small (only what the register-wide
/// rules read), so each keystroke re-checks one file.
#[derive(Debug, Default)]
pub struct Others {
    results: Vec<FileResult>,
}

impl Others {
    /// Checks every assessment of `reg` except `except`.
    pub fn load(reg: &Register, except: &Path, opts: &CheckOptions) -> Others {
        let files: Vec<PathBuf> = check::register_files(reg).unwrap_or_default();
        let except = canonical(except);
        let results = files
            .iter()
            .filter(|p| canonical(p) != except)
            .map(|p| {
                let mut r = check::check_file(reg, p, opts);
                check::slim_model(&mut r);
                r.findings.clear();
                r
            })
            .collect();
        Others { results }
    }
}

fn canonical(p: &Path) -> PathBuf {
    p.canonicalize().unwrap_or_else(|_| p.to_path_buf())
}

/// Checks the text of an open assessment at `path`: every per-file rule of the register's
/// policy, and GEN-004 against `others`. Never fails: unreadable text is a finding like in
/// `check`.
pub fn check_document(
    reg: &Register,
    path: &Path,
    text: &str,
    others: &Others,
    opts: &CheckOptions,
) -> FileResult {
    let file = crate::register::display_path(path);
    let this = check::check_bytes(reg, path, &file, text.as_bytes(), opts);
    let mut all: Vec<FileResult> = others.results.clone();
    all.push(this);
    let _ = crate::rules::run_register_rules(reg, &mut all);
    all.pop()
        .unwrap_or_else(|| FileResult::with_findings_only(path, file, Vec::new()))
}

/// Checks the text of an open supplier file (`suppliers/<id>.yaml`) at `path` as `check` does:
/// the supplier rules on the open text, with the register's other supplier files and its
/// assessments (`others`) as they are on disk, so a chain through other files and the roles
/// projects give the supplier count. Never fails.
pub fn check_supplier_document(
    reg: &Register,
    path: &Path,
    text: &str,
    others: &Others,
    opts: &CheckOptions,
) -> FileResult {
    let file = crate::register::display_path(path);
    let this = canonical(path);
    let disk = reg.suppliers();
    let mut sources: Vec<(PathBuf, String)> = disk
        .files
        .iter()
        .filter(|f| canonical(&f.path) != this)
        .map(|f| (f.path.clone(), f.source.clone()))
        .collect();
    sources.push((path.to_path_buf(), text.to_string()));
    let set = crate::supplier::SupplierSet::from_sources(reg, &sources);
    let shown = set
        .files
        .iter()
        .find(|f| canonical(&f.path) == this)
        .map_or_else(|| file.clone(), |f| f.file.clone());
    let findings = crate::supplier::check_supplier_set(reg, &set, &others.results, opts)
        .into_iter()
        .filter(|f| f.file == shown)
        .collect();
    FileResult::with_findings_only(path, file, findings)
}

/// Where a finding is: line (from 1) and the columns (from 1, in characters) of the part it is
/// about, end exclusive, as SARIF's region.
pub fn finding_range(f: &Finding) -> (u32, u32, u32) {
    let start = f.column.max(1);
    (
        f.line.max(1),
        start,
        crate::output::sarif::end_column(f).max(start + 1),
    )
}

/// The hover text of a finding: its message and the rule's explanation (`dataetik explain`),
/// Markdown.
pub fn hover_text(reg: &Register, f: &Finding, cat: Catalogue) -> String {
    let policy = reg.policy();
    let mut out = format!(
        "**{}** {}\n\n",
        f.rule,
        crate::output::safe::visible(&cat.finding_message(policy, f))
    );
    if let Some(rule) = policy.rule(&f.rule) {
        out.push_str("```text\n");
        out.push_str(&crate::explain::explain(policy, rule, cat));
        out.push_str("\n```\n");
    }
    out
}

/// The hover text on `id:`: the project's risk level and points, and what drives them.
pub fn risk_text(result: &FileResult, cat: Catalogue) -> Option<String> {
    let risk = result.risk.as_ref()?;
    let mut out = format!("**{}**\n", risk.describe(cat));
    for item in &risk.breakdown {
        out.push_str(&format!(
            "\n- +{} {}",
            item.points,
            crate::output::safe::visible(item.label.get(cat.lang()))
        ));
    }
    Some(out)
}
