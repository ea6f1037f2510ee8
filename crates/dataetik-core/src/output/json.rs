//! `check --format json`: one JSON object exactly in the SPEC shape.

use serde::Serialize;

use crate::check::{CheckResult, Finding, Summary};

#[derive(Serialize)]
struct AssessmentJson<'a> {
    id: String,
    file: &'a str,
    risk_level: u8,
    risk_points: u32,
    /// False when a risk factor is not stated, so the level is a minimum (SPEC version 2).
    risk_complete: bool,
}

#[derive(Serialize)]
struct Output<'a> {
    findings: Vec<&'a Finding>,
    assessments: Vec<AssessmentJson<'a>>,
    summary: Summary,
}

/// Renders the result as pretty-printed JSON with a trailing newline.
pub fn render(result: &CheckResult) -> String {
    let mut buf = Vec::new();
    render_to(result, &mut buf).expect("writing to memory cannot fail");
    String::from_utf8(buf).expect("JSON is UTF-8")
}

/// Writes the same JSON as [`render`] straight to `w` (no copy of the whole output in memory).
pub fn render_to(result: &CheckResult, w: &mut impl std::io::Write) -> std::io::Result<()> {
    let out = Output {
        findings: result.findings().collect(),
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
    serde_json::to_writer_pretty(&mut *w, &out).map_err(std::io::Error::other)?;
    w.write_all(b"\n")
}
