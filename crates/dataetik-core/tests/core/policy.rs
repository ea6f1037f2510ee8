//! The built-in policy against the SPEC's rule table, and the texts every rule must carry.

use dataetik_core::i18n::Lang;
use dataetik_core::policy::{Policy, Severity};

/// The documented rule table (`docs/rules.md`): id and severity, in order. The documentation
/// is the contract; no list of ids is kept in code.
fn documented_rules() -> Vec<(String, String)> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../docs/rules.md");
    let text = std::fs::read_to_string(path).expect("docs/rules.md");
    text.lines()
        .filter_map(|l| {
            let cells: Vec<&str> = l.split('|').map(str::trim).collect();
            let id = *cells.get(1)?;
            let is_id = id.len() == 7
                && id.as_bytes()[3] == b'-'
                && id[..3].bytes().all(|b| b.is_ascii_uppercase())
                && id[4..].bytes().all(|b| b.is_ascii_digit());
            let sev = cells.get(2)?;
            is_id.then(|| (id.to_string(), sev.to_string()))
        })
        .collect()
}

#[test]
fn the_policy_has_exactly_the_documented_rules_and_severities() {
    let policy = Policy::builtin().policy;
    let documented = documented_rules();
    let ids: Vec<&str> = policy.rules.iter().map(|r| r.id.as_str()).collect();
    let spec: Vec<&str> = documented.iter().map(|(id, _)| id.as_str()).collect();
    assert_eq!(ids, spec);
    for (id, sev) in &documented {
        let rule = policy.rule(id).unwrap();
        let expected = match sev.as_str() {
            "error" => Severity::Error,
            "warning" => Severity::Warning,
            _ => Severity::Note,
        };
        assert_eq!(rule.severity, expected, "{id}");
    }
}

#[test]
fn the_registry_and_the_policy_agree() {
    let policy = Policy::builtin().policy;
    // Every built-in unit is a rule of the built-in policy, marked builtin, and every rule
    // marked builtin runs a unit of the registry.
    for id in dataetik_core::rules::ids() {
        let rule = policy
            .rule(id)
            .unwrap_or_else(|| panic!("{id} not in the policy"));
        assert!(
            rule.bound_unit().is_some(),
            "{id} is not builtin in the policy"
        );
    }
    for rule in policy.rules.iter().filter(|r| r.builtin) {
        assert!(
            dataetik_core::rules::find(&rule.id).is_some(),
            "{} has no unit",
            rule.id
        );
    }
    let units: Vec<&str> = dataetik_core::rules::ids().collect();
    let mut unique = units.clone();
    unique.sort_unstable();
    unique.dedup();
    assert_eq!(unique.len(), units.len(), "one registry line per rule");
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

/// docs/rules.md, the overview of the rules, names every rule of the built-in policy.
#[test]
fn the_rules_overview_names_every_rule() {
    let doc = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/rules.md"),
    )
    .unwrap();
    for rule in Policy::builtin().policy.rules {
        assert!(
            doc.contains(&format!("| {} ", rule.id)),
            "{} is missing from docs/rules.md",
            rule.id
        );
    }
}
