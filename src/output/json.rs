//! `check --format json`: one JSON object exactly in the SPEC shape.

use serde::Serialize;

use crate::check::{CheckResult, Finding, Summary};

#[derive(Serialize)]
struct AssessmentJson<'a> {
    id: String,
    file: &'a str,
    risk_level: u8,
    risk_points: u32,
}

#[derive(Serialize)]
struct Output<'a> {
    findings: Vec<&'a Finding>,
    assessments: Vec<AssessmentJson<'a>>,
    summary: Summary,
}

/// Renders the result as pretty-printed JSON with a trailing newline.
pub fn render(result: &CheckResult) -> String {
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
                })
            })
            .collect(),
        summary: result.summary(),
    };
    let mut s = serde_json::to_string_pretty(&out).expect("check output serialises");
    s.push('\n');
    s
}
