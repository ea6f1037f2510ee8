//! Human output: rustc/ruff-style diagnostics with the source line, the key underlined and a help
//! line, then a summary per principle. Colour only on a terminal (anstream strips it otherwise).

use std::collections::BTreeMap;
use std::fmt::Write as _;

use anstyle::{AnsiColor, Style};

use crate::check::{CheckResult, Finding};
use crate::i18n::Catalogue;
use crate::msg;
use crate::policy::{Policy, Severity};

use super::safe::{one_line, visible};

const BOLD: Style = Style::new().bold();
const RED: Style = AnsiColor::Red.on_default().bold();
const YELLOW: Style = AnsiColor::Yellow.on_default().bold();
const CYAN: Style = AnsiColor::Cyan.on_default().bold();
const BLUE: Style = AnsiColor::Blue.on_default().bold();
const GREEN: Style = AnsiColor::Green.on_default().bold();

fn sev_style(s: Severity, waived: bool) -> Style {
    match (waived, s) {
        (true, _) | (_, Severity::Note) => CYAN,
        (_, Severity::Error) => RED,
        (_, Severity::Warning) => YELLOW,
    }
}

/// Options for human output.
#[derive(Debug, Clone, Copy, Default)]
pub struct HumanOptions {
    /// Show each assessment's risk points breakdown (`-v`).
    pub verbose: bool,
    /// Warnings fail too (changes the closing line).
    pub strict: bool,
}

/// Renders one finding.
pub fn render_finding(f: &Finding, policy: &Policy, cat: Catalogue, out: &mut String) {
    let style = sev_style(f.severity, f.waived());
    let sev = cat.finding_severity(f);
    let _ = writeln!(
        out,
        "{BOLD}{}:{}:{}:{BOLD:#} {style}{sev}{style:#} {BOLD}[{}]{BOLD:#} {}",
        visible(&f.file),
        f.line,
        f.column,
        visible(&f.rule),
        visible(&cat.finding_message(policy, f))
    );
    if let Some(line) = &f.source_line {
        let num = f.line.to_string();
        let pad = " ".repeat(num.len());
        // Escaped before the underline is placed: the column counts the escapes' characters
        // too only after the finding's column, so map the column through the escaping.
        let raw: Vec<char> = line.chars().collect();
        let col_raw = (f.column.saturating_sub(1) as usize).min(raw.len());
        let before: String = raw[..col_raw].iter().collect();
        let after: String = raw[col_raw..].iter().collect();
        let before = visible(&before).into_owned();
        let col_shift = before.chars().count();
        let chars: Vec<char> = format!("{before}{}", visible(&after)).chars().collect();
        let col = col_shift.min(chars.len());
        let rest: String = chars[col..].iter().collect();
        let width = underline_width(&rest).min(80);
        // A very long line (a hostile key, minified text) is shown as a window around the
        // underlined part, so one finding never prints hundreds of kilobytes.
        let (from, to) = if chars.len() > 200 {
            (col.saturating_sub(60), (col + width + 60).min(chars.len()))
        } else {
            (0, chars.len())
        };
        let mut shown: String = chars[from..to].iter().collect();
        let mut indent: String = chars[from..col]
            .iter()
            .map(|c| if *c == '\t' { '\t' } else { ' ' })
            .collect();
        if from > 0 {
            shown.insert(0, '…');
            indent.insert(0, ' ');
        }
        if to < chars.len() {
            shown.push('…');
        }
        let line = shown;
        let _ = writeln!(out, "{BLUE}{pad} |{BLUE:#}");
        let _ = writeln!(out, "{BLUE}{num} |{BLUE:#} {line}");
        let _ = writeln!(
            out,
            "{BLUE}{pad} |{BLUE:#} {indent}{style}{}{style:#}",
            "^".repeat(width)
        );
    }
    if let Some(waiver) = &f.waiver {
        let label = msg!(cat, "waiver-label");
        let _ = writeln!(
            out,
            "  {CYAN}= {label}:{CYAN:#} {}",
            one_line(&waiver.reason)
        );
    }
    let help = cat.finding_help(policy, f);
    if !help.is_empty() && !f.waived() {
        let _ = writeln!(out, "  {GREEN}= help:{GREEN:#} {}", one_line(&help));
    }
}

/// How many characters to underline at the start of `rest`: a quoted scalar up to its closing
/// quote, otherwise the key or plain value up to `:`, whitespace or flow punctuation.
pub(crate) fn underline_width(rest: &str) -> usize {
    let mut chars = rest.chars();
    let width = match chars.next() {
        Some(q @ ('"' | '\'')) => {
            let mut n = 1;
            let mut escaped = false;
            for c in chars {
                n += 1;
                if c == q && !escaped {
                    break;
                }
                escaped = q == '"' && c == '\\' && !escaped;
            }
            n
        }
        _ => rest
            .chars()
            .take_while(|c| !matches!(c, ':' | ',' | ']' | '}' | '#') && !c.is_whitespace())
            .count(),
    };
    width.max(1)
}

/// Renders every finding, the optional risk breakdown, and the summary.
pub fn render(result: &CheckResult, policy: &Policy, cat: Catalogue, opts: HumanOptions) -> String {
    let lang = cat.lang();
    let mut out = String::new();
    for f in result.findings() {
        render_finding(f, policy, cat, &mut out);
        out.push('\n');
    }
    if opts.verbose {
        let title = msg!(cat, "risk-per-project");
        let _ = writeln!(out, "{BOLD}{title}{BOLD:#}");
        for f in &result.files {
            let Some(risk) = &f.risk else { continue };
            let _ = writeln!(
                out,
                "  {BOLD}{}{BOLD:#} ({}): {}",
                visible(&f.id()),
                visible(&f.file),
                visible(&risk.describe(cat))
            );
            for item in &risk.breakdown {
                let _ = writeln!(
                    out,
                    "      +{:>2}  {}",
                    item.points,
                    visible(item.label.get(lang))
                );
            }
            for u in &risk.unstated {
                let text = crate::v2text::risk_unstated(cat, &u.label, &u.field);
                let _ = writeln!(out, "       ?  {text}");
            }
        }
        out.push('\n');
    }

    // Summary per principle, in the policy's order.
    let mut per: BTreeMap<usize, (usize, usize, usize, usize)> = BTreeMap::new();
    for f in result.findings() {
        let idx = policy
            .principles
            .iter()
            .position(|p| p.id == f.principle)
            .unwrap_or(usize::MAX);
        let e = per.entry(idx).or_default();
        match (f.waived(), f.severity) {
            (true, _) => e.3 += 1,
            (false, Severity::Note) => e.2 += 1,
            (false, Severity::Error) => e.0 += 1,
            (false, Severity::Warning) => e.1 += 1,
        }
    }
    if !per.is_empty() {
        let title = msg!(cat, "findings-per-principle");
        let _ = writeln!(out, "{BOLD}{title}{BOLD:#}");
        for (idx, (e, w, n, x)) in &per {
            let name = policy.principles.get(*idx).map_or_else(
                || "?".into(),
                |p| match p.number {
                    Some(n) => format!("{n}. {}", visible(p.name.get(lang))),
                    None => visible(p.name.get(lang)).into_owned(),
                },
            );
            let _ = writeln!(
                out,
                "  {name:<40} {}",
                counts(*e, *w, *n, cat) + &waived_count(*x, cat)
            );
        }
        out.push('\n');
    }
    let s = result.summary();
    let files = files_count(s.files, cat);
    let failed = result.failed(opts.strict);
    let (style, verdict) = if failed {
        (RED, msg!(cat, "verdict-failed"))
    } else {
        (GREEN, msg!(cat, "verdict-passed"))
    };
    let checked = msg!(cat, "checked");
    // Waived findings count as notes in the JSON summary; people see them by name.
    let waived = result.findings().filter(|f| f.waived()).count();
    let _ = writeln!(
        out,
        "{style}{verdict}{style:#}: {files} {checked}, {}{}",
        counts(s.errors, s.warnings, s.notes - waived, cat),
        waived_count(waived, cat)
    );
    // User text is escaped above; this last pass makes sure no line can be read as a workflow
    // command by the Actions runner even where escaped text starts a line.
    super::safe::defuse_workflow_commands(&out).into_owned()
}

/// `1 fil`, `12 filer` / `1 file`, `12 files`.
pub(crate) fn files_count(n: usize, cat: Catalogue) -> String {
    msg!(cat, "files-count", n = n)
}

/// `, 1 dispenseret` / `, 2 waived`, or nothing.
fn waived_count(n: usize, cat: Catalogue) -> String {
    if n == 0 {
        String::new()
    } else {
        msg!(cat, "waived-count", n = n)
    }
}

/// `3 fejl, 1 advarsel, 0 noter` / `3 errors, 1 warning, 0 notes`.
pub(crate) fn counts(e: usize, w: usize, n: usize, cat: Catalogue) -> String {
    msg!(cat, "counts", errors = e, warnings = w, notes = n)
}
