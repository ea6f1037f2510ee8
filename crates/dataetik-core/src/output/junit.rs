//! `check --format junit`: JUnit XML, the one test-report format every CI system reads (GitLab's
//! `artifacts:reports:junit`, Jenkins, Azure Pipelines, CircleCI).
//!
//! Each assessment file is a testsuite; each rule family of the policy (GEN, TRA, DIG, EQU, INT,
//! ACC, SUP, PUB for the built-in one) is a testcase in it, so a merge request shows "DIG failed
//! for bkf-2026-x" rather than one opaque failed build. Register-wide rules (unassessed project
//! directories, an empty register) get a testsuite of their own. A testcase fails when it has
//! findings that fail the check (errors; warnings too with `--strict`); other findings, including
//! waived ones with their reason, go to its system-out so nothing is hidden.
//!
//! The XML is written by hand to the subset every reader accepts: Jenkins' `junit-10.xsd` (no
//! `disabled` on testsuite, no `file` on testcase; the file is the testcase's classname and the
//! testsuite's name) and GitLab's parser (testsuites > testsuite > testcase, failure text as the
//! details). Every text from assessments, file names and the policy is made visible first
//! (XML 1.0 allows no control characters but tab, CR and LF, not even as references).

use std::fmt::Write as _;

use crate::check::{CheckResult, Finding};
use crate::i18n::Catalogue;
use crate::msg;
use crate::policy::{Policy, Severity};

use super::safe::visible;

/// The name of the testsuite holding register-wide rules.
pub const REGISTER_SUITE: &str = "register";

/// Rules that belong to the register rather than to one file; always listed, so a passing run
/// shows that the gate was checked.
const REGISTER_RULES: [&str; 2] = ["GEN-006", "GEN-011"];

/// The family of a rule id: `EQU-001` -> `EQU`.
pub fn family(rule_id: &str) -> &str {
    rule_id.split('-').next().unwrap_or(rule_id)
}

/// The policy's rule families in catalogue order, each with the principle of its first rule.
pub fn families(policy: &Policy) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    for r in &policy.rules {
        let fam = family(&r.id);
        if !out.iter().any(|(f, _)| f == fam) {
            out.push((fam.to_string(), r.principle.clone()));
        }
    }
    out
}

use super::safe::one_line;

/// A failing testcase's `<failure>`.
#[derive(Debug, Clone)]
pub struct Failure {
    /// The one-line summary (`message` attribute).
    pub message: String,
    /// `error` or `warning`: the worst failing severity (`type` attribute).
    pub kind: &'static str,
    /// Every failing finding, one per line with its help (the element's text).
    pub text: String,
}

/// One testcase: a rule family of one assessment, or one register-wide rule.
#[derive(Debug, Clone)]
pub struct TestCase {
    /// `GEN: Generelt`, `GEN-006: …`.
    pub name: String,
    /// The assessment file, or `register`.
    pub classname: String,
    /// Set when findings fail the check.
    pub failure: Option<Failure>,
    /// The other findings (warnings, notes, waived with their reason).
    pub system_out: String,
}

/// One testsuite: an assessment file, or the register.
#[derive(Debug, Clone)]
pub struct TestSuite {
    /// The file, or `register`.
    pub name: String,
    /// `id`, `risk_level`, `risk_points`.
    pub properties: Vec<(String, String)>,
    /// The testcases.
    pub cases: Vec<TestCase>,
}

/// The whole report.
#[derive(Debug, Clone, Default)]
pub struct Report {
    /// The testsuites, in file order, the register last.
    pub suites: Vec<TestSuite>,
}

/// Everything a testcase needs to put findings into words.
#[derive(Clone, Copy)]
struct Words<'a> {
    policy: &'a Policy,
    cat: Catalogue,
}

fn describe(f: &Finding, w: Words<'_>, out: &mut String) {
    let sev = w.cat.finding_severity(f);
    let _ = writeln!(
        out,
        "{}:{}:{}: {sev} [{}] {}",
        visible(&f.file),
        f.line,
        f.column,
        visible(&f.rule),
        one_line(&w.cat.finding_message(w.policy, f))
    );
    let help = w.cat.finding_help(w.policy, f);
    if let Some(waiver) = &f.waiver {
        let label = msg!(w.cat, "waiver-label");
        let _ = writeln!(out, "  = {label}: {}", one_line(&waiver.reason));
    } else if !help.trim().is_empty() {
        let _ = writeln!(out, "  = help: {}", one_line(&help));
    }
}

/// One testcase from the findings that belong to it.
fn testcase(
    name: String,
    classname: &str,
    findings: &[&Finding],
    strict: bool,
    w: Words<'_>,
) -> TestCase {
    let (failing, other): (Vec<&Finding>, Vec<&Finding>) =
        findings.iter().partition(|f| f.fails(strict));
    let failure = if failing.is_empty() {
        None
    } else {
        let worst = if failing.iter().any(|f| f.severity == Severity::Error) {
            Severity::Error
        } else {
            Severity::Warning
        };
        let mut rules: Vec<&str> = Vec::new();
        for f in &failing {
            if !rules.contains(&f.rule.as_str()) {
                rules.push(&f.rule);
            }
        }
        let first = failing[0];
        let message = if failing.len() == 1 {
            format!(
                "{}:{}:{}: [{}] {}",
                visible(&first.file),
                first.line,
                first.column,
                visible(&first.rule),
                one_line(&w.cat.finding_message(w.policy, first))
            )
        } else {
            one_line(&msg!(
                w.cat,
                "junit-findings",
                n = failing.len().to_string(),
                rules = rules.join(", ")
            ))
        };
        let mut text = String::new();
        for f in &failing {
            describe(f, w, &mut text);
        }
        Some(Failure {
            message,
            kind: worst.key(),
            text,
        })
    };
    let mut system_out = String::new();
    for f in &other {
        describe(f, w, &mut system_out);
    }
    TestCase {
        name: one_line(&name),
        classname: visible(classname).into_owned(),
        failure,
        system_out,
    }
}

/// The JUnit report object, for callers that want to post-process it.
pub fn report(result: &CheckResult, policy: &Policy, cat: Catalogue, strict: bool) -> Report {
    let lang = cat.lang();
    let w = Words { policy, cat };
    let fams = families(policy);
    let mut report = Report::default();
    for file in &result.files {
        let mut suite = TestSuite {
            name: visible(&file.file).into_owned(),
            properties: vec![("id".into(), visible(&file.id()).into_owned())],
            cases: Vec::new(),
        };
        if let Some(risk) = &file.risk {
            suite
                .properties
                .push(("risk_level".into(), risk.level.to_string()));
            suite
                .properties
                .push(("risk_points".into(), risk.points.to_string()));
            suite
                .properties
                .push(("risk_complete".into(), risk.complete.to_string()));
        }
        for (fam, principle) in &fams {
            let findings: Vec<&Finding> = file
                .findings
                .iter()
                .filter(|f| family(&f.rule) == fam)
                .collect();
            let name = format!(
                "{fam}: {}",
                crate::explain::principle_label(policy, principle, lang)
            );
            suite
                .cases
                .push(testcase(name, &file.file, &findings, strict, w));
        }
        // Findings of rules outside the catalogue's families (should not happen) are not lost.
        let stray: Vec<&Finding> = file
            .findings
            .iter()
            .filter(|f| !fams.iter().any(|(fam, _)| fam == family(&f.rule)))
            .collect();
        if !stray.is_empty() {
            suite
                .cases
                .push(testcase("other".into(), &file.file, &stray, strict, w));
        }
        report.suites.push(suite);
    }

    let mut suite = TestSuite {
        name: REGISTER_SUITE.into(),
        properties: Vec::new(),
        cases: Vec::new(),
    };
    let mut ids: Vec<&str> = REGISTER_RULES
        .iter()
        .copied()
        .filter(|id| policy.rule(id).is_some())
        .collect();
    for f in &result.register_findings {
        if !ids.contains(&f.rule.as_str()) {
            ids.push(&f.rule);
        }
    }
    for id in ids {
        let findings: Vec<&Finding> = result
            .register_findings
            .iter()
            .filter(|f| f.rule == id)
            .collect();
        let title = policy
            .rule(id)
            .map(|r| r.title.get(lang).trim().to_string())
            .unwrap_or_default();
        suite.cases.push(testcase(
            format!("{id}: {title}"),
            REGISTER_SUITE,
            &findings,
            strict,
            w,
        ));
    }
    report.suites.push(suite);
    report
}

/// Escapes text for XML content or a double-quoted attribute. Line breaks and tabs in
/// attributes are written as references, so attribute-value normalisation keeps them.
fn xml_escape(s: &str, attribute: bool, out: &mut String) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' if attribute => out.push_str("&quot;"),
            '\n' if attribute => out.push_str("&#10;"),
            '\r' => out.push_str("&#13;"),
            '\t' if attribute => out.push_str("&#9;"),
            // Not allowed in XML 1.0 at all; `visible` has already escaped them in user text.
            c if c.is_control() && !matches!(c, '\n' | '\t') => {}
            '\u{fffe}' | '\u{ffff}' => {}
            c => out.push(c),
        }
    }
}

fn attr(out: &mut String, name: &str, value: &str) {
    out.push(' ');
    out.push_str(name);
    out.push_str("=\"");
    xml_escape(value, true, out);
    out.push('"');
}

impl Report {
    /// The XML document.
    pub fn to_xml(&self) -> String {
        let cases = |s: &TestSuite| s.cases.len();
        let fails = |s: &TestSuite| s.cases.iter().filter(|c| c.failure.is_some()).count();
        let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites");
        attr(&mut out, "name", "dataetik");
        attr(
            &mut out,
            "tests",
            &self.suites.iter().map(cases).sum::<usize>().to_string(),
        );
        attr(
            &mut out,
            "failures",
            &self.suites.iter().map(fails).sum::<usize>().to_string(),
        );
        attr(&mut out, "errors", "0");
        attr(&mut out, "time", "0");
        out.push_str(">\n");
        for suite in &self.suites {
            out.push_str("    <testsuite");
            attr(&mut out, "name", &suite.name);
            attr(&mut out, "tests", &cases(suite).to_string());
            attr(&mut out, "failures", &fails(suite).to_string());
            attr(&mut out, "errors", "0");
            attr(&mut out, "skipped", "0");
            attr(&mut out, "time", "0");
            out.push_str(">\n");
            if !suite.properties.is_empty() {
                out.push_str("        <properties>\n");
                for (name, value) in &suite.properties {
                    out.push_str("            <property");
                    attr(&mut out, "name", name);
                    attr(&mut out, "value", value);
                    out.push_str("/>\n");
                }
                out.push_str("        </properties>\n");
            }
            for case in &suite.cases {
                out.push_str("        <testcase");
                attr(&mut out, "name", &case.name);
                attr(&mut out, "classname", &case.classname);
                attr(&mut out, "time", "0");
                if case.failure.is_none() && case.system_out.is_empty() {
                    out.push_str("/>\n");
                    continue;
                }
                out.push_str(">\n");
                if let Some(f) = &case.failure {
                    out.push_str("            <failure");
                    attr(&mut out, "message", &f.message);
                    attr(&mut out, "type", f.kind);
                    out.push('>');
                    xml_escape(&f.text, false, &mut out);
                    out.push_str("</failure>\n");
                }
                if !case.system_out.is_empty() {
                    out.push_str("            <system-out>");
                    xml_escape(&case.system_out, false, &mut out);
                    out.push_str("</system-out>\n");
                }
                out.push_str("        </testcase>\n");
            }
            out.push_str("    </testsuite>\n");
        }
        out.push_str("</testsuites>\n");
        out
    }
}

/// Renders the JUnit XML document.
pub fn render(result: &CheckResult, policy: &Policy, cat: Catalogue, strict: bool) -> String {
    report(result, policy, cat, strict).to_xml()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_families() {
        let policy = crate::policy::Policy::builtin().policy;
        let fams: Vec<String> = families(&policy).into_iter().map(|(f, _)| f).collect();
        assert_eq!(
            fams,
            ["GEN", "TRA", "DIG", "EQU", "INT", "ACC", "SUP", "PUB"]
        );
    }
}
