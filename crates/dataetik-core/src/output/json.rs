//! `check --format json`: one JSON object in a fixed shape. Messages and help are
//! written in the catalogue's language as the findings are serialised.

use serde::ser::SerializeSeq;
use serde::{Serialize, Serializer};

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

/// The findings, each put into words only when it is written (no second copy of every message
/// in memory).
struct Findings<'a> {
    result: &'a CheckResult,
    policy: &'a Policy,
    cat: Catalogue,
}

/// Findings put into words per batch, in parallel: a large register has tens of thousands.
const BATCH: usize = 4096;

impl Serialize for Findings<'_> {
    /// A second thread has the next batch put into words (on rayon's threads) while this one
    /// writes the current batch, so neither waits for the other on a large register.
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use rayon::prelude::*;
        let all: Vec<&Finding> = self.result.findings().collect();
        let mut seq = s.serialize_seq(Some(all.len()))?;
        if all.len() <= BATCH {
            for f in &all {
                seq.serialize_element(&finding_json(f, self.policy, self.cat))?;
            }
            return seq.end();
        }
        let (policy, cat) = (self.policy, self.cat);
        let written = std::thread::scope(|scope| {
            let (batches, worded) = std::sync::mpsc::sync_channel::<Vec<FindingJson<'_>>>(1);
            let all = &all;
            scope.spawn(move || {
                for batch in all.chunks(BATCH) {
                    let words = batch
                        .par_iter()
                        .map(|f| finding_json(f, policy, cat))
                        .collect();
                    // The writer stops early only on an error; then nobody needs the words.
                    if batches.send(words).is_err() {
                        break;
                    }
                }
            });
            for words in worded {
                for f in &words {
                    seq.serialize_element(f)?;
                }
            }
            Ok(())
        });
        written?;
        seq.end()
    }
}

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

#[derive(Serialize)]
struct Output<'a> {
    findings: Findings<'a>,
    assessments: Vec<AssessmentJson<'a>>,
    summary: Summary,
}

/// Renders the result as pretty-printed JSON with a trailing newline.
pub fn render(result: &CheckResult, policy: &Policy, cat: Catalogue) -> String {
    let mut buf = Vec::new();
    // Writing to memory fails only if serialising does, which these types never do.
    let _ = render_to(result, policy, cat, &mut buf);
    String::from_utf8_lossy(&buf).into_owned()
}

/// Writes the same JSON as [`render`] straight to `w` (no copy of the whole output in memory).
pub fn render_to(
    result: &CheckResult,
    policy: &Policy,
    cat: Catalogue,
    w: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    let out = Output {
        findings: Findings {
            result,
            policy,
            cat,
        },
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
    super::safe::to_json_writer(&mut *w, &out)?;
    w.write_all(b"\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::Detail;
    use crate::i18n::Lang;

    /// More findings than one batch, so the second thread words batches while this one writes.
    fn large_result(count: u32) -> CheckResult {
        let findings = (1..=count)
            .map(|line| Finding {
                rule: "GEN-008".into(),
                severity: Severity::Warning,
                principle: "GEN".into(),
                file: "assessments/a.yaml".into(),
                line,
                column: 1,
                field: Some("next_review".into()),
                detail: Detail::None,
                check_message: None,
                waiver: None,
                source_line: None,
                historical: false,
            })
            .collect();
        CheckResult::one_file(findings)
    }

    #[test]
    fn findings_of_many_batches_are_written_in_order() {
        let policy = Policy::builtin().policy;
        let count = (BATCH * 2 + 17) as u32;
        let json = render(&large_result(count), &policy, Catalogue::new(Lang::En));
        let value: serde_json::Value = serde_json::from_str(&json).unwrap();
        let lines: Vec<u64> = value["findings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["line"].as_u64().unwrap())
            .collect();
        assert_eq!(lines, (1..=u64::from(count)).collect::<Vec<_>>());
        let message = value["findings"][BATCH + 1]["message"].as_str().unwrap();
        assert!(!message.is_empty() && !message.contains('{'), "{message}");
    }

    /// A writer that fails part-way (a full disk) ends the output with the error; the thread
    /// that words the next batches stops instead of waiting for a reader that is gone.
    #[test]
    fn a_failing_writer_stops_the_batches() {
        struct FailsAfter(usize);
        impl std::io::Write for FailsAfter {
            fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
                if buf.len() > self.0 {
                    return Err(std::io::Error::other("disk full"));
                }
                self.0 -= buf.len();
                Ok(buf.len())
            }
            fn flush(&mut self) -> std::io::Result<()> {
                Ok(())
            }
        }
        let policy = Policy::builtin().policy;
        let result = large_result((BATCH * 3) as u32);
        let err = render_to(
            &result,
            &policy,
            Catalogue::new(Lang::En),
            &mut FailsAfter(200_000),
        )
        .unwrap_err();
        assert_eq!(err.to_string(), "disk full");
    }
}
