//! `check --format json`: one JSON object in a fixed shape. Messages and help are
//! written in the catalogue's language as the findings are serialised.

use serde::Serialize;

use crate::check::{CheckResult, Finding, Summary};
use crate::i18n::Catalogue;
use crate::policy::{Policy, Severity};

#[derive(Serialize)]
struct AssessmentJson<'a> {
    id: String,
    file: &'a str,
    risk_level: u8,
    risk_points: u32,
    /// False when a risk factor is not stated, so the level is a minimum (version 2).
    risk_complete: bool,
}

/// One finding as the JSON output shows it.
#[derive(Serialize)]
struct FindingJson<'a> {
    rule: &'a str,
    severity: Severity,
    principle: &'a str,
    file: &'a str,
    line: u32,
    column: u32,
    message: String,
    help: String,
    waived: bool,
    /// GEN-013: a gap of a completed or stopped project, shown as a note (only written when true).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    historical: bool,
}

/// Findings put into words per batch, in parallel: a large register has tens of thousands.
const BATCH: usize = 4096;

fn finding_json<'a>(f: &'a Finding, policy: &Policy, cat: Catalogue) -> FindingJson<'a> {
    FindingJson {
        rule: &f.rule,
        severity: f.severity,
        principle: &f.principle,
        file: &f.file,
        line: f.line,
        column: f.column,
        message: cat.finding_message(policy, f),
        help: cat.finding_help(policy, f),
        waived: f.waived(),
        historical: f.historical,
    }
}

/// Renders the result as pretty-printed JSON with a trailing newline.
pub fn render(result: &CheckResult, policy: &Policy, cat: Catalogue) -> String {
    let mut buf = Vec::new();
    // Writing to memory fails only if serialising does, which these types never do.
    let _ = render_to(result, policy, cat, &mut buf);
    String::from_utf8_lossy(&buf).into_owned()
}

/// Writes the same JSON as [`render`] straight to `w` (no copy of the whole output in memory).
/// The findings are put into words and serialised in parallel, batch by batch: each finding's
/// pretty JSON is made at depth 0 and indented to its depth (strings hold no raw newline, so
/// indenting after every newline is exact), which gives serde_json's pretty output byte for byte.
pub fn render_to(
    result: &CheckResult,
    policy: &Policy,
    cat: Catalogue,
    w: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    use rayon::prelude::*;
    let all: Vec<&Finding> = result.findings().collect();
    w.write_all(b"{\n  \"findings\": [")?;
    for (n, batch) in all.chunks(BATCH).enumerate() {
        let parts: Vec<Vec<u8>> = batch
            .par_iter()
            .map(|f| {
                let mut one = Vec::with_capacity(512);
                // Writing to memory fails only if serialising does, which these types never do.
                let _ = super::safe::to_json_writer(&mut one, &finding_json(f, policy, cat));
                indented(&one, b"    ")
            })
            .collect();
        for (k, part) in parts.iter().enumerate() {
            w.write_all(if n == 0 && k == 0 {
                b"\n    "
            } else {
                b",\n    "
            })?;
            w.write_all(part)?;
        }
    }
    w.write_all(if all.is_empty() { b"]" } else { b"\n  ]" })?;
    let tail = Tail {
        assessments: result
            .files
            .iter()
            .filter_map(|f| {
                let risk = f.risk.as_ref()?;
                Some(AssessmentJson {
                    id: f.id(),
                    file: &f.file,
                    risk_level: risk.level,
                    risk_points: risk.points,
                    risk_complete: risk.complete,
                })
            })
            .collect(),
        summary: result.summary(),
    };
    // `{"assessments": …, "summary": …}` at depth 0 has its keys at the depth they have in the
    // whole object: its text after the opening brace continues the object.
    let mut rest = Vec::new();
    super::safe::to_json_writer(&mut rest, &tail)?;
    w.write_all(b",")?;
    w.write_all(&rest[1..])?;
    w.write_all(b"\n")
}

/// `json` with `indent` after every newline.
fn indented(json: &[u8], indent: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(json.len() + json.len() / 8);
    for &b in json {
        out.push(b);
        if b == b'\n' {
            out.extend_from_slice(indent);
        }
    }
    out
}

#[derive(Serialize)]
struct Tail<'a> {
    assessments: Vec<AssessmentJson<'a>>,
    summary: Summary,
}
