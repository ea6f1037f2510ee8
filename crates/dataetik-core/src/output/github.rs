//! `check --format github`: GitHub Actions workflow commands, which GitHub shows as annotations on
//! the pull request's changed lines.

use std::fmt::Write as _;

use crate::check::CheckResult;
use crate::i18n::Catalogue;
use crate::msg;
use crate::policy::{Policy, Severity};

use super::safe::{one_line, visible};

/// Escapes a workflow-command message (`%`, CR, LF).
fn escape_data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escapes a workflow-command property value (also `:` and `,`).
fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

/// One `::error`/`::warning`/`::notice` line per finding, then a plain summary line.
pub fn render(result: &CheckResult, policy: &Policy, cat: Catalogue) -> String {
    let mut out = String::new();
    for f in result.findings() {
        let kind = match (f.waived(), f.severity) {
            (false, Severity::Error) => "error",
            (false, Severity::Warning) => "warning",
            _ => "notice",
        };
        // User text is made visible first (no raw CR, LF, ESC, BEL or NUL reaches the log or
        // the annotation); the one line break is ours, between the message and the help, and
        // is escaped as the runner expects (`%0A`).
        let mut message = visible(&cat.finding_message(policy, f)).into_owned();
        let help = one_line(&cat.finding_help(policy, f));
        if let Some(waiver) = &f.waiver {
            message.push_str(&format!(
                " ({}: {})",
                msg!(cat, "waived"),
                one_line(&waiver.reason)
            ));
        } else if !help.is_empty() {
            message.push('\n');
            message.push_str(&help);
        }
        let _ = writeln!(
            out,
            "::{kind} file={},line={},col={},title={}::{}",
            escape_property(&visible(&f.file)),
            f.line,
            f.column,
            escape_property(&visible(&f.rule)),
            escape_data(&message)
        );
    }
    let s = result.summary();
    let files = super::human::files_count(s.files, cat);
    let _ = writeln!(
        out,
        "dataetik: {files}, {}",
        super::human::counts(s.errors, s.warnings, s.notes, cat)
    );
    out
}

/// Most rows written to the job summary; GitHub caps a step summary at 1 MiB.
pub const SUMMARY_MAX_ROWS: usize = 300;

/// Makes user-influenced text safe inside a Markdown table cell: one line, no control
/// characters, no pipes, no HTML.
fn md_cell(s: &str) -> String {
    one_line(s)
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('|', "\\|")
        .replace('`', "'")
}

/// Where a finding sorts in the job summary: what fails the check first (errors, then warnings
/// that fail with `--strict`), then warnings, notes and waived findings.
fn summary_rank(f: &crate::check::Finding, strict: bool) -> u8 {
    match (f.waived(), f.severity) {
        (true, _) => 4,
        (false, Severity::Error) => 0,
        (false, Severity::Warning) if strict => 1,
        (false, Severity::Warning) => 2,
        (false, Severity::Note) => 3,
    }
}

/// Counts in words, `3 fejl, 1 advarsel, 0 noter, 1 dispenseret`, for the findings given.
fn counts_of<'a>(
    findings: impl Iterator<Item = &'a crate::check::Finding>,
    cat: Catalogue,
) -> String {
    let (mut e, mut w, mut n, mut x) = (0, 0, 0, 0);
    for f in findings {
        match (f.waived(), f.severity) {
            (true, _) => x += 1,
            (false, Severity::Error) => e += 1,
            (false, Severity::Warning) => w += 1,
            (false, Severity::Note) => n += 1,
        }
    }
    let waived = if x == 0 {
        String::new()
    } else {
        msg!(cat, "waived-count", n = x)
    };
    super::human::counts(e, w, n, cat) + &waived
}

/// A Markdown job summary (for `$GITHUB_STEP_SUMMARY`): the verdict, the counts and a table of
/// the findings, those that fail the check first.
///
/// Annotations on a pull request are capped by GitHub (10 errors and 10 warnings per step), so
/// the summary is where a reviewer sees all findings at once, on the workflow run's page. The
/// table holds at most [`SUMMARY_MAX_ROWS`] rows; because it is sorted by severity, a cut never
/// drops an error while a warning or note is shown, and the line under it says how many of each
/// were left out.
pub fn step_summary(result: &CheckResult, policy: &Policy, cat: Catalogue, strict: bool) -> String {
    let mut out = String::new();
    let s = result.summary();
    let failed = result.failed(strict);
    let verdict = if failed {
        msg!(cat, "verdict-failed")
    } else {
        msg!(cat, "verdict-passed")
    };
    let files = msg!(
        cat,
        "summary-files-checked",
        files = super::human::files_count(s.files, cat),
        counts = counts_of(result.findings(), cat)
    );
    let head = msg!(cat, "summary-table-head");
    let icon = if failed { ":x:" } else { ":white_check_mark:" };
    let _ = writeln!(out, "### {icon} dataetik: {verdict}\n\n{files}\n");
    let mut findings: Vec<_> = result.findings().collect();
    if findings.is_empty() {
        return out;
    }
    // Stable: within a severity, findings stay in file and line order.
    findings.sort_by_key(|f| summary_rank(f, strict));
    let _ = writeln!(out, "{head}\n|---|---:|---|---|---|");
    for f in findings.iter().take(SUMMARY_MAX_ROWS) {
        let sev = cat.finding_severity(f);
        let _ = writeln!(
            out,
            "| {} | {}:{} | {sev} | {} | {} |",
            md_cell(&f.file),
            f.line,
            f.column,
            md_cell(&f.rule),
            md_cell(&cat.finding_message(policy, f))
        );
    }
    if findings.len() > SUMMARY_MAX_ROWS {
        let left_out = counts_of(findings[SUMMARY_MAX_ROWS..].iter().copied(), cat);
        let _ = writeln!(
            out,
            "\n{}",
            msg!(cat, "summary-left-out", counts = left_out)
        );
    }
    // The summary is a file, not the log; still, no line of it reads as a workflow command if
    // a step ever prints it.
    super::safe::defuse_workflow_commands(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn summary_cells_cannot_break_the_table() {
        assert_eq!(md_cell("a|b\n<c>"), "a\\|b &lt;c&gt;");
    }

    /// Issue 14: on a register with 3,001 findings and one error, the error was cut from the
    /// table. Failing findings come first; the cut says how many of each were left out.
    #[test]
    fn summary_shows_failing_findings_first_and_counts_what_it_leaves_out() {
        use crate::check::{Detail, Finding};
        use crate::i18n::Lang;
        let policy = crate::policy::Policy::builtin().policy;
        let finding = |rule: &str, severity: Severity, line: u32| Finding {
            rule: rule.into(),
            severity,
            principle: "GEN".into(),
            file: "assessments/a.yaml".into(),
            line,
            column: 1,
            field: None,
            detail: Detail::None,
            check_message: None,
            waiver: None,
            source_line: None,
            historical: false,
        };
        let mut findings: Vec<Finding> = (1..=2000)
            .map(|i| finding("GEN-008", Severity::Warning, i))
            .chain((2001..=3000).map(|i| finding("GEN-008", Severity::Note, i)))
            .collect();
        findings.push(finding("GEN-002", Severity::Error, 3001));
        let result = CheckResult::one_file(findings);
        for strict in [false, true] {
            let md = step_summary(&result, &policy, Catalogue::new(Lang::En), strict);
            let rows: Vec<&str> = md
                .lines()
                .filter(|l| l.starts_with("| assessments/"))
                .collect();
            assert_eq!(rows.len(), SUMMARY_MAX_ROWS);
            assert!(
                rows[0].contains("| 3001:1 | error | GEN-002 |"),
                "{}",
                rows[0]
            );
            assert!(rows[1..].iter().all(|r| r.contains("| warning |")));
            assert!(
                md.contains("Not shown in the table: 0 errors, 1701 warnings, 1000 notes."),
                "{md}"
            );
        }
        let md = step_summary(&result, &policy, Catalogue::new(Lang::Da), false);
        assert!(
            md.contains("1 fil tjekket: 1 fejl, 2000 advarsler, 1000 noter"),
            "{md}"
        );
        assert!(md.contains("Ikke vist i tabellen: 0 fejl, 1701 advarsler, 1000 noter."));
    }

    /// Issue 14: a waived finding is counted as waived, not as "1 noter".
    #[test]
    fn summary_counts_waived_findings_by_name() {
        use crate::check::{Detail, FileResult, Finding, WaiverNote};
        use crate::i18n::Lang;
        let policy = crate::policy::Policy::builtin().policy;
        let result = CheckResult {
            files: vec![FileResult {
                path: "a.yaml".into(),
                file: "a.yaml".into(),
                model: None,
                risk: None,
                findings: vec![Finding {
                    rule: "ACC-008".into(),
                    severity: Severity::Note,
                    principle: "ACC".into(),
                    file: "a.yaml".into(),
                    line: 1,
                    column: 1,
                    field: None,
                    detail: Detail::None,
                    check_message: None,
                    waiver: Some(WaiverNote {
                        reason: "FRIA\u{1b}[2J afventer".into(),
                    }),
                    source_line: None,
                    historical: false,
                }],
                id_span: None,
                unparsed_text: None,
            }],
            register_findings: Vec::new(),
        };
        let md = step_summary(&result, &policy, Catalogue::new(Lang::Da), false);
        assert!(
            md.contains("1 fil tjekket: 0 fejl, 0 advarsler, 0 noter, 1 dispenseret"),
            "{md}"
        );
        assert!(!md.contains("1 noter"));
        assert!(md.contains("| dispenseret | ACC-008 |"), "{md}");
    }

    #[test]
    fn escapes_like_the_actions_toolkit() {
        assert_eq!(escape_property("a:b,c%"), "a%3Ab%2Cc%25");
        assert_eq!(escape_data("x\ny"), "x%0Ay");
    }
}
