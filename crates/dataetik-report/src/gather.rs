//! The one step of the report that reads files: typed bias evidence for every cited file, the
//! supplier register, the register's git history and the register as it was at the time of the last report, checked
//! with today's policy. [`crate::build::build`] then works on this plain data, without I/O.

use std::collections::BTreeMap;
use std::path::PathBuf;

use dataetik_core::bias::Evidence;
use dataetik_core::check::{check_bytes, CheckOptions, CheckResult};
use dataetik_core::history::{Commit, History, NoHistory, UnknownRevision};
use dataetik_core::i18n::Lang;
use dataetik_core::model::Date;
use dataetik_core::register::{display_path, Register};
use dataetik_core::supplier::SupplierSet;

/// Everything the report is built from. Gathered once by [`gather`]; [`crate::build::build`]
/// reads nothing else.
pub struct Inputs<'a> {
    /// The register (organisation, committee, policy).
    pub register: &'a Register,
    /// The checked register.
    pub result: &'a CheckResult,
    /// The report year.
    pub year: i16,
    /// The date the report is judged as of.
    pub as_of: Date,
    /// The report's language.
    pub lang: Lang,
    /// The evidence files cited by bias tests, read and typed, by their path on disk
    /// (`assessments/` joined with the cited path). Files that cannot be read are absent: the
    /// check reports them (EQU-006).
    pub evidence: BTreeMap<PathBuf, Evidence>,
    /// The git history, or why there is none.
    pub history: Result<HistoryInputs, NoHistory>,
    /// The register's supplier files (`suppliers/*.yaml`), read here so that the build step
    /// reads nothing; empty when the register has no supplier directory.
    pub suppliers: &'a SupplierSet,
}

/// What the report takes from the register's git history.
pub struct HistoryInputs {
    /// The day the comparison starts from: the end of the year before the report year, or the
    /// date of the `--since` revision.
    pub since: Date,
    /// The revision the user named with `--since`, shortened, if any.
    pub since_rev: Option<String>,
    /// The register as it was at `since`, checked with today's program and policy (as of
    /// `since`); `None` when the history does not reach back that far.
    pub previous: Option<CheckResult>,
    /// The commits that touched each assessment (keyed by the file's path in the check result),
    /// newest first.
    pub logs: BTreeMap<PathBuf, Vec<Commit>>,
}

/// Why the report's inputs could not be gathered.
#[derive(Debug)]
pub enum GatherError {
    /// `--since REV` names no commit.
    UnknownRevision(UnknownRevision),
}

impl std::fmt::Display for GatherError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            GatherError::UnknownRevision(e) => e.fmt(f),
        }
    }
}

impl std::error::Error for GatherError {}

/// Reads what the report needs besides the check result: evidence files, the supplier files
/// and git history.
/// `since` is a git revision to compare with instead of the end of the previous year. A
/// register without history is not an error: [`Inputs::history`] says why there is none.
pub fn gather<'a>(
    register: &'a Register,
    result: &'a CheckResult,
    year: i16,
    as_of: Date,
    lang: Lang,
    since: Option<&str>,
) -> Result<Inputs<'a>, GatherError> {
    let dir = register.assessments_dir();
    let mut evidence = BTreeMap::new();
    for m in result.files.iter().filter_map(|f| f.model.as_ref()) {
        for cited in m.bias_tests().iter().filter_map(|b| b.evidence.as_deref()) {
            let Some(rel) = dataetik_core::register::normalize_relative(cited) else {
                continue;
            };
            let path = dir.join(rel);
            if evidence.contains_key(&path) {
                continue;
            }
            let typed = std::fs::read_to_string(&path)
                .ok()
                .and_then(|text| serde_json::from_str::<Evidence>(&text).ok());
            if let Some(e) = typed {
                evidence.insert(path, e);
            }
        }
    }
    let history = match History::open(&register.root, as_of) {
        Ok(h) => Ok(history_inputs(register, result, &h, year, as_of, since)?),
        Err(no) => Err(no),
    };
    Ok(Inputs {
        register,
        result,
        year,
        as_of,
        lang,
        evidence,
        history,
        suppliers: register.suppliers(),
    })
}

fn history_inputs(
    register: &Register,
    result: &CheckResult,
    h: &History,
    year: i16,
    as_of: Date,
    since: Option<&str>,
) -> Result<HistoryInputs, GatherError> {
    let (since_date, rev, since_rev) = match since {
        Some(r) => {
            let id = h.resolve(r).map_err(GatherError::UnknownRevision)?;
            let date = h
                .commits()
                .iter()
                .find(|c| c.id == id)
                .map_or(as_of, |c| c.date);
            (date, Some(id.clone()), Some(id.chars().take(7).collect()))
        }
        None => {
            let end = Date(jiff::civil::date(year - 1, 12, 31));
            (end, h.revision_at(end), None)
        }
    };
    let previous = rev.map(|rev| {
        let opts = CheckOptions {
            as_of: since_date,
            limits: Default::default(),
        };
        let dir = register.assessments_dir();
        let canonical_dir = dir.canonicalize().ok();
        let mut files: Vec<_> = h
            .files_at(&rev, &dir)
            .into_iter()
            // The assessments themselves, not the evidence files below them.
            .filter(|(p, _)| {
                p.extension().is_some_and(|e| e == "yaml" || e == "yml")
                    && p.parent().and_then(|x| x.canonicalize().ok()) == canonical_dir
            })
            .map(|(path, bytes)| {
                let file = display_path(&path);
                check_bytes(register, &path, &file, &bytes, &opts)
            })
            .collect();
        files.sort_by(|a, b| a.path.cmp(&b.path));
        CheckResult {
            files,
            register_findings: Vec::new(),
        }
    });
    let logs = result
        .files
        .iter()
        .map(|f| (f.path.clone(), h.file_log(&f.path).to_vec()))
        .collect();
    Ok(HistoryInputs {
        since: since_date,
        since_rev,
        previous,
        logs,
    })
}
