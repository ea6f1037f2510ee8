//! The built-in policy against the SPEC's rule table, and the texts every rule must carry.

use dataetik_core::i18n::Lang;
use dataetik_core::policy::{Policy, Severity};

/// The SPEC table: id and severity, in order.
const SPEC_RULES: &[(&str, &str)] = &[
    ("GEN-001", "error"),
    ("GEN-002", "error"),
    ("GEN-003", "error"),
    ("GEN-004", "error"),
    ("GEN-005", "error"),
    ("GEN-006", "error"),
    ("GEN-007", "error"),
    ("GEN-008", "warning"),
    ("GEN-009", "warning"),
    ("GEN-010", "error"),
    ("GEN-011", "error"),
    ("TRA-001", "error"),
    ("TRA-002", "error"),
    ("TRA-003", "warning"),
    ("TRA-004", "warning"),
    ("TRA-005", "error"),
    ("DIG-001", "error"),
    ("DIG-002", "error"),
    ("DIG-003", "warning"),
    ("DIG-004", "error"),
    ("DIG-005", "error"),
    ("EQU-001", "error"),
    ("EQU-002", "error"),
    ("EQU-003", "warning"),
    ("EQU-004", "warning"),
    ("EQU-005", "error"),
    ("EQU-006", "error"),
    ("EQU-007", "warning"),
    ("INT-001", "error"),
    ("INT-002", "error"),
    ("INT-003", "error"),
    ("INT-004", "warning"),
    ("ACC-001", "error"),
    ("ACC-002", "error"),
    ("ACC-003", "error"),
    ("ACC-004", "error"),
    ("ACC-005", "warning"),
    ("ACC-006", "warning"),
    ("ACC-007", "warning"),
    ("ACC-008", "error"),
    ("SUP-001", "error"),
    ("SUP-002", "warning"),
    // The supplier register.
    ("SUP-003", "error"),
    ("SUP-004", "error"),
    ("SUP-005", "error"),
    ("SUP-006", "error"),
    ("SUP-007", "warning"),
    ("SUP-008", "error"),
    ("SUP-009", "warning"),
    ("SUP-010", "warning"),
    ("SUP-011", "error"),
    ("PUB-001", "error"),
];

#[test]
fn the_policy_has_exactly_the_spec_rules_and_severities() {
    let policy = Policy::builtin().policy;
    let ids: Vec<&str> = policy.rules.iter().map(|r| r.id.as_str()).collect();
    let spec: Vec<&str> = SPEC_RULES.iter().map(|(id, _)| *id).collect();
    assert_eq!(ids, spec);
    for (id, sev) in SPEC_RULES {
        let rule = policy.rule(id).unwrap();
        let expected = match *sev {
            "error" => Severity::Error,
            "warning" => Severity::Warning,
            _ => Severity::Note,
        };
        assert_eq!(rule.severity, expected, "{id}");
    }
}

#[test]
fn every_rule_has_both_languages_and_renders() {
    let policy = Policy::builtin().policy;
    for rule in &policy.rules {
        for lang in [Lang::Da, Lang::En] {
            for (what, text) in [
                ("title", &rule.title),
                ("message", &rule.message),
                ("help", &rule.help),
                ("why", &rule.why),
                ("fires_when", &rule.fires_when),
            ] {
                assert!(
                    !text.get(lang).trim().is_empty(),
                    "{} has no {what} in {lang:?}",
                    rule.id
                );
            }
            assert!(
                policy.principle(&rule.principle).is_some(),
                "{}: unknown principle {}",
                rule.id,
                rule.principle
            );
            let doc = dataetik_core::explain::explain(&policy, rule, lang.catalogue());
            assert!(doc.contains(&rule.id));
            assert!(doc.contains(rule.help.get(lang).split_whitespace().next().unwrap()));
        }
        assert!(
            rule.builtin == rule.checks.is_empty(),
            "{}: a rule is either built in or has checks",
            rule.id
        );
        if let Some(example) = &rule.example {
            serde_yaml::from_str::<serde_yaml::Value>(example)
                .unwrap_or_else(|e| panic!("{}: example is not YAML: {e}", rule.id));
        }
    }
}

#[test]
fn exported_policy_loads_and_equals_the_builtin() {
    let builtin = Policy::builtin();
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("p.yaml"), &builtin.text).unwrap();
    let loaded = Policy::load("p.yaml", dir.path()).expect("exported policy loads");
    assert_eq!(loaded.policy.rules.len(), builtin.policy.rules.len());
    for (a, b) in loaded.policy.rules.iter().zip(&builtin.policy.rules) {
        assert_eq!(a.id, b.id);
        assert_eq!(a.severity, b.severity);
        assert_eq!(a.builtin, b.builtin);
    }
}

#[test]
fn an_invalid_policy_names_its_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    let text = Policy::builtin()
        .text
        .replacen("severity: error", "severity: fatal", 1);
    std::fs::write(dir.path().join("p.yaml"), &text).unwrap();
    let err = Policy::load("p.yaml", dir.path()).unwrap_err().to_string();
    assert!(err.contains("p.yaml"), "{err}");
    let line = text
        .lines()
        .position(|l| l.contains("severity: fatal"))
        .unwrap()
        + 1;
    assert!(err.contains(&line.to_string()), "line {line} in: {err}");
}

#[test]
fn a_policy_without_the_file_rules_is_refused() {
    // Without GEN-001/GEN-002 an unreadable file would give no finding and pass the gate.
    let text = Policy::builtin().text;
    for id in ["GEN-001", "GEN-002"] {
        let start = text.find(&format!("  - id: {id}")).unwrap();
        let end = start + 4 + text[start + 4..].find("\n  - id: ").unwrap() + 1;
        let cut = format!("{}{}", &text[..start], &text[end..]);
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("p.yaml"), &cut).unwrap();
        let err = Policy::load("p.yaml", dir.path()).unwrap_err().to_string();
        assert!(err.contains(id) && err.contains("p.yaml"), "{err}");
    }
}
