//! Open points in plain words: a finding becomes the rule's `plain` sentence from the policy,
//! with whose data, which date, which groups and which risk filled in; no rule ids, field names
//! or file paths. A policy without `plain` texts falls back to the rule's title.

use dataetik_core::check::{Detail, Finding};
use dataetik_core::i18n::{format_date, Lang};
use dataetik_core::model::{Assessment, Protected};
use dataetik_core::policy::{Consequence, Policy, Severity, SubjectsForm};
use dataetik_core::risk::RiskAssessment;

use crate::words;

/// A finding's consequence for the people affected: the policy's, or from the severity.
pub(crate) fn consequence(policy: &Policy, f: &Finding) -> Consequence {
    policy
        .rule(&f.rule)
        .and_then(|r| r.consequence)
        .unwrap_or(match f.severity {
            Severity::Error => Consequence::Medium,
            Severity::Warning | Severity::Note => Consequence::Low,
        })
}

/// The key of a consequence (`high`, `medium`, `low`).
pub(crate) fn consequence_key(c: Consequence) -> &'static str {
    match c {
        Consequence::High => "high",
        Consequence::Medium => "medium",
        Consequence::Low => "low",
    }
}

/// The plain sentence of an open point about the project `m`.
pub(crate) fn sentence(
    policy: &Policy,
    lang: Lang,
    f: &Finding,
    m: &Assessment,
    risk: Option<&RiskAssessment>,
) -> String {
    let Some(rule) = policy.rule(&f.rule) else {
        return lang.catalogue().finding_message(policy, f);
    };
    let template = rule.plain.get(lang).trim();
    if template.is_empty() {
        return rule.title.get(lang).trim().to_string();
    }
    let cat = lang.catalogue();
    let mut out = template.to_string();
    if out.contains("{subjects}") {
        let guardians = rule.subjects_form == Some(SubjectsForm::WithGuardians);
        out = out.replace("{subjects}", &words::subjects_def(m, guardians, cat));
    }
    if out.contains("{date}") {
        let d = match &f.detail {
            Detail::BiasTestTooOld { newest } => Some(*newest),
            Detail::ReviewOverdue { due, .. } => Some(*due),
            Detail::WaiverExpired { expires, .. } => Some(*expires),
            _ => None,
        };
        out = out.replace(
            "{date}",
            &d.map_or_else(
                || dataetik_core::msg!(cat, "report-unknown-date"),
                |d| format_date(d.0, lang),
            ),
        );
    }
    if out.contains("{attributes}") {
        let list: Vec<String> = match &f.detail {
            Detail::UntestedAttributes { missing } => missing.clone(),
            _ => failed_test_attributes(f, m),
        };
        out = out.replace("{attributes}", &words::attributes(&list, lang));
    }
    if out.contains("{inputs}") {
        let names: Vec<String> = m
            .inputs()
            .iter()
            .filter(|i| i.protected.is_some_and(|p| p != Protected::None))
            .filter_map(|i| i.name.clone())
            .collect();
        out = out.replace("{inputs}", &dataetik_core::i18n::join_and(&names, cat));
    }
    if let Some(r) = risk {
        out = out.replace("{level}", &words::level_adj(r, lang));
        out = out.replace("{approval}", &words::approver(r.required_approval, cat));
    }
    out
}

/// The attributes a failed bias test compared: the test the finding points at
/// (`...bias_tests[2]...`), or else the first failed test without a mitigation.
fn failed_test_attributes(f: &Finding, m: &Assessment) -> Vec<String> {
    let tests = m.bias_tests();
    let index = f.field.as_deref().and_then(|field| {
        let start = field.find("bias_tests[")? + "bias_tests[".len();
        let end = field[start..].find(']')? + start;
        field[start..end].parse::<usize>().ok()
    });
    let test = index.and_then(|i| tests.get(i)).or_else(|| {
        tests
            .iter()
            .find(|t| t.passed == Some(false) && t.mitigation.is_none())
    });
    test.and_then(|t| t.attributes.clone()).unwrap_or_default()
}
