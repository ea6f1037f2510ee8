//! `check --format junit`: JUnit XML, the one test-report format every CI system reads (GitLab's
//! `artifacts:reports:junit`, Jenkins, Azure Pipelines, CircleCI).
//!
//! Each assessment file is a testsuite; each rule family of the policy (GEN, TRA, DIG, EQU, INT,
//! ACC, SUP, PUB for the built-in one) is a testcase in it, so a merge request shows "DIG failed
//! for bkf-2026-x" rather than one opaque failed build. Register-wide rules (unassessed project
//! directories, an empty register) get a testsuite of their own. A testcase fails when it has
//! findings that fail the check (errors; warnings too with `--strict`); other findings, including
//! waived ones with their reason, go to its system-out so nothing is hidden.

use std::fmt::Write as _;

use quick_junit::{NonSuccessKind, Property, Report, TestCase, TestCaseStatus, TestSuite};

use crate::check::{CheckResult, Finding};
use crate::i18n::Catalogue;
use crate::msg;
use crate::policy::{Policy, Severity};

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

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
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
        f.file,
        f.line,
        f.column,
        f.rule,
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
    file: Option<&str>,
    findings: &[&Finding],
    strict: bool,
    w: Words<'_>,
) -> TestCase {
    let (failing, other): (Vec<&Finding>, Vec<&Finding>) =
        findings.iter().partition(|f| f.fails(strict));
    let status = if failing.is_empty() {
        TestCaseStatus::success()
    } else {
        let mut status = TestCaseStatus::non_success(NonSuccessKind::Failure);
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
                first.file,
                first.line,
                first.column,
                first.rule,
                one_line(&w.cat.finding_message(w.policy, first))
            )
        } else {
            msg!(
                w.cat,
                "junit-findings",
                n = failing.len().to_string(),
                rules = rules.join(", ")
            )
        };
        let mut text = String::new();
        for f in &failing {
            describe(f, w, &mut text);
        }
        status
            .set_message(message)
            .set_type(worst.key())
            .set_description(text);
        status
    };
    let mut tc = TestCase::new(name, status);
    tc.set_classname(classname);
    if let Some(file) = file {
        tc.extra.insert("file".into(), file.into());
    }
    if !other.is_empty() {
        let mut text = String::new();
        for f in &other {
            describe(f, w, &mut text);
        }
        tc.set_system_out(text);
    }
    tc
}

/// The JUnit report object, for callers that want to post-process it.
pub fn report(result: &CheckResult, policy: &Policy, cat: Catalogue, strict: bool) -> Report {
    let lang = cat.lang();
    let w = Words { policy, cat };
    let fams = families(policy);
    let mut report = Report::new("dataetik");
    for file in &result.files {
        let mut suite = TestSuite::new(file.file.as_str());
        suite.add_property(Property::new("id", file.id()));
        if let Some(risk) = &file.risk {
            suite.add_property(Property::new("risk_level", risk.level.to_string()));
            suite.add_property(Property::new("risk_points", risk.points.to_string()));
            suite.add_property(Property::new("risk_complete", risk.complete.to_string()));
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
            suite.add_test_case(testcase(
                name,
                &file.file,
                Some(&file.file),
                &findings,
                strict,
                w,
            ));
        }
        // Findings of rules outside the catalogue's families (should not happen) are not lost.
        let stray: Vec<&Finding> = file
            .findings
            .iter()
            .filter(|f| !fams.iter().any(|(fam, _)| fam == family(&f.rule)))
            .collect();
        if !stray.is_empty() {
            suite.add_test_case(testcase(
                "other".into(),
                &file.file,
                Some(&file.file),
                &stray,
                strict,
                w,
            ));
        }
        report.add_test_suite(suite);
    }

    let mut suite = TestSuite::new(REGISTER_SUITE);
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
        suite.add_test_case(testcase(
            format!("{id}: {title}"),
            REGISTER_SUITE,
            None,
            &findings,
            strict,
            w,
        ));
    }
    report.add_test_suite(suite);
    report
}

/// Renders the JUnit XML document.
pub fn render(result: &CheckResult, policy: &Policy, cat: Catalogue, strict: bool) -> String {
    // quick-junit fails only on XML it cannot write, which these strings never are.
    let mut s = report(result, policy, cat, strict)
        .to_string()
        .unwrap_or_default();
    if !s.ends_with('\n') {
        s.push('\n');
    }
    s
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
