//! `check --format github`: GitHub Actions workflow commands, which GitHub shows as annotations on
//! the pull request's changed lines.

use std::fmt::Write as _;

use crate::check::CheckResult;
use crate::i18n::Lang;
use crate::policy::Severity;

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
pub fn render(result: &CheckResult, lang: Lang) -> String {
    let mut out = String::new();
    for f in result.findings() {
        let kind = match (f.waived, f.severity) {
            (false, Severity::Error) => "error",
            (false, Severity::Warning) => "warning",
            _ => "notice",
        };
        let mut message = f.message.clone();
        if let Some(reason) = &f.waiver_reason {
            message.push_str(&format!(
                " ({}: {})",
                if lang == Lang::Da {
                    "dispenseret"
                } else {
                    "waived"
                },
                reason.trim()
            ));
        } else if !f.help.is_empty() {
            message.push('\n');
            message.push_str(&f.help);
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
    let _ = writeln!(
        out,
        "dataetik: {} files, {} errors, {} warnings, {} notes",
        s.files, s.errors, s.warnings, s.notes
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_like_the_actions_toolkit() {
        assert_eq!(escape_property("a:b,c%"), "a%3Ab%2Cc%25");
        assert_eq!(escape_data("x\ny"), "x%0Ay");
    }
}
