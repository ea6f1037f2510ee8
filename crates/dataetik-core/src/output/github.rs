//! `check --format github`: GitHub Actions workflow commands, which GitHub shows as annotations on
//! the pull request's changed lines.

use std::fmt::Write as _;

use crate::check::CheckResult;
use crate::i18n::Catalogue;
use crate::msg;
use crate::policy::{Policy, Severity};

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
        let mut message = cat.finding_message(policy, f);
        let help = cat.finding_help(policy, f);
        if let Some(waiver) = &f.waiver {
            message.push_str(&format!(
                " ({}: {})",
                msg!(cat, "waived"),
                waiver
                    .reason
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ")
            ));
        } else if !help.is_empty() {
            message.push('\n');
            message.push_str(&help);
        }
        let _ = writeln!(
            out,
            "::{kind} file={},line={},col={},title={}::{}",
            escape_property(&f.file),
            f.line,
            f.column,
            escape_property(&f.rule),
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
const SUMMARY_MAX_ROWS: usize = 300;

/// Makes user-influenced text safe inside a Markdown table cell: no pipes, no HTML, one line.
fn md_cell(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('|', "\\|")
        .replace('`', "'")
}

/// A Markdown job summary (for `$GITHUB_STEP_SUMMARY`): the verdict, the counts and a table of
/// every finding.
///
/// Annotations on a pull request are capped by GitHub (10 errors and 10 warnings per step), so
/// the summary is where a reviewer sees all findings at once, on the workflow run's page.
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
        files = s.files.to_string(),
        errors = s.errors.to_string(),
        warnings = s.warnings.to_string(),
        notes = s.notes.to_string()
    );
    let head = msg!(cat, "summary-table-head");
    let icon = if failed { ":x:" } else { ":white_check_mark:" };
    let _ = writeln!(out, "### {icon} dataetik: {verdict}\n\n{files}\n");
    let findings: Vec<_> = result.findings().collect();
    if findings.is_empty() {
        return out;
    }
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
        let _ = writeln!(
            out,
            "\n{} {}",
            findings.len() - SUMMARY_MAX_ROWS,
            msg!(cat, "summary-more")
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn summary_cells_cannot_break_the_table() {
        assert_eq!(md_cell("a|b\n<c>"), "a\\|b &lt;c&gt;");
    }

    #[test]
    fn escapes_like_the_actions_toolkit() {
        assert_eq!(escape_property("a:b,c%"), "a%3Ab%2Cc%25");
        assert_eq!(escape_data("x\ny"), "x%0Ay");
    }
}
