//! The publication gate: whether a checked register may be published (the yearly report, the
//! open-format exports and, later, the public website).
//!
//! Published output is public and must be complete: it is refused while an assessment cannot be
//! read (the output would silently miss projects) or while an unwaived PUB-001 finding says that
//! something looks like a CPR number.
//!
//! This is the only gate: `dataetik_report` re-exports it for the report, the exports call it
//! directly (without the report crate, so without Typst).

use crate::check::{CheckResult, Finding};

/// Why output is not published.
#[derive(Debug, Clone, PartialEq)]
pub enum PublishRefusal<'a> {
    /// Assessments that cannot be read would be missing; each file's first finding says why.
    Unreadable(Vec<UnreadableFile<'a>>),
    /// Unwaived PUB-001 findings: something looks like a CPR number.
    CprNumbers(Vec<&'a Finding>),
}

/// An assessment that cannot be read, with the first finding about it.
#[derive(Debug, Clone, PartialEq)]
pub struct UnreadableFile<'a> {
    /// The file, for display.
    pub file: &'a str,
    /// Why it cannot be read.
    pub first: Option<&'a Finding>,
}

/// Refuses while an assessment cannot be read or an unwaived PUB-001 finding remains.
pub fn publish_gate(result: &CheckResult) -> Result<(), PublishRefusal<'_>> {
    let unreadable: Vec<UnreadableFile<'_>> = result
        .files
        .iter()
        .filter(|f| f.model.is_none())
        .map(|f| UnreadableFile {
            file: &f.file,
            first: f.findings.first(),
        })
        .collect();
    if !unreadable.is_empty() {
        return Err(PublishRefusal::Unreadable(unreadable));
    }
    let cpr: Vec<&Finding> = result
        .findings()
        .filter(|f| f.rule == "PUB-001" && !f.waived())
        .collect();
    if !cpr.is_empty() {
        return Err(PublishRefusal::CprNumbers(cpr));
    }
    Ok(())
}
