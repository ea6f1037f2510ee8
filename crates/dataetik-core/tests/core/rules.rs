//! Per-rule tests: for every rule of the built-in policy, a case where it fires (rule, severity,
//! exact line and column) and a case where it does not (the condition is absent).

use std::collections::BTreeSet;

use crate::common::*;
use dataetik_core::policy::{Policy, Severity};
use Severity::{Error, Warning};

mod v2;

/// A change of the complete fixture that makes `rule` fire once with `severity`, at the key
/// `at` (a field path, located in the edited text; a missing key is located at its parent).
struct Fires {
    rule: &'static str,
    edits: Vec<Edit>,
    severity: Severity,
    at: &'static str,
    as_of: &'static str,
}

fn fires(rule: &'static str, edits: Vec<Edit>, severity: Severity, at: &'static str) -> Fires {
    Fires {
        rule,
        edits,
        severity,
        at,
        as_of: AS_OF,
    }
}

fn fires_on(
    rule: &'static str,
    edits: Vec<Edit>,
    severity: Severity,
    at: &'static str,
    as_of: &'static str,
) -> Fires {
    Fires {
        rule,
        edits,
        severity,
        at,
        as_of,
    }
}

/// A change that would make `rule` fire, combined with one that removes its condition.
struct Quiet {
    rule: &'static str,
    edits: Vec<Edit>,
}

fn quiet(rule: &'static str, edits: Vec<Edit>) -> Quiet {
    Quiet { rule, edits }
}

const WAIVER: &str = "[{rule: INT-004, reason: Beskrives ved næste gennemgang, approved_by: Direktionen, date: 2026-01-10, expires: 2026-12-31}]";

fn fires_cases() -> Vec<Fires> {
    let mut cases = fires_cases_v1();
    cases.extend(v2::fires_cases_v2());
    cases
}

fn fires_cases_v1() -> Vec<Fires> {
    vec![
        // GEN-002: unknown key, wrong type, bad enum value, invalid date.
        fires(
            "GEN-002",
            vec![set("principles.transparancy", "x")],
            Error,
            "principles.transparancy",
        ),
        // A bad value is pointed at where the value starts.
        fires(
            "GEN-002",
            vec![set("lifecycle.phase", "drift")],
            Error,
            "text:drift",
        ),
        fires(
            "GEN-002",
            vec![set("lifecycle.started", "2024-02-30")],
            Error,
            "text:2024-02-30",
        ),
        fires(
            "GEN-002",
            vec![set("citizens_affected", "mange")],
            Error,
            "text:mange",
        ),
        fires(
            "GEN-002",
            vec![set("data.personal_data", "jaja")],
            Error,
            "text:jaja",
        ),
        fires(
            "GEN-002",
            vec![set("principles.accountability.approval.date", "''")],
            Error,
            "text:''",
        ),
        fires(
            "GEN-002",
            vec![set("schema_version", "3")],
            Error,
            "schema_version",
        ),
        fires(
            "GEN-002",
            vec![set("code_paths", "[../udenfor]")],
            Error,
            "code_paths[0]",
        ),
        // GEN-003: missing (at the parent key, or 1:1 at top level) and blank (at the key).
        fires("GEN-003", vec![remove("title")], Error, "title"),
        fires(
            "GEN-003",
            vec![remove("owner.responsible")],
            Error,
            "owner.responsible",
        ),
        fires("GEN-003", vec![set("purpose", "'   '")], Error, "purpose"),
        fires(
            "GEN-003",
            vec![remove("automation.kind")],
            Error,
            "automation.kind",
        ),
        fires(
            "GEN-003",
            vec![set("data.personal_data", "null")],
            Error,
            "data.personal_data",
        ),
        // GEN-004: id differs from the file stem.
        fires("GEN-004", vec![set("id", "noget-andet")], Error, "id"),
        // GEN-005: each inconsistency.
        fires(
            "GEN-005",
            vec![set("lifecycle.ended", "2026-01-01")],
            Error,
            "lifecycle.ended",
        ),
        fires(
            "GEN-005",
            vec![remove("lifecycle.next_review")],
            Error,
            "lifecycle.next_review",
        ),
        fires(
            "GEN-005",
            vec![
                set("lifecycle.phase", "completed"),
                set("lifecycle.outcome", "Afsluttet."),
            ],
            Error,
            "lifecycle.ended",
        ),
        fires(
            "GEN-005",
            vec![
                set("lifecycle.phase", "stopped"),
                set("lifecycle.ended", "2023-12-31"),
                set("lifecycle.outcome", "Stoppet."),
            ],
            Error,
            "lifecycle.ended",
        ),
        // GEN-007: invalid waivers.
        fires(
            "GEN-007",
            vec![set("waivers", &WAIVER.replace("INT-004", "XYZ-999"))],
            Error,
            "waivers[0].rule",
        ),
        fires(
            "GEN-007",
            vec![set(
                "waivers",
                &WAIVER.replace("Beskrives ved næste gennemgang", "' '"),
            )],
            Error,
            "waivers[0].reason",
        ),
        fires(
            "GEN-007",
            vec![set(
                "waivers",
                &WAIVER.replace("approved_by: Direktionen, ", ""),
            )],
            Error,
            "waivers[0]",
        ),
        fires(
            "GEN-007",
            vec![set("waivers", &WAIVER.replace("2026-12-31", "2027-01-11"))],
            Error,
            "waivers[0].expires",
        ),
        // GEN-008: expired.
        fires_on(
            "GEN-008",
            vec![
                set("waivers", WAIVER),
                remove("principles.integrity.professional_value"),
            ],
            Warning,
            "waivers[0].expires",
            "2027-01-01",
        ),
        // GEN-009: warning within 90 days, error after.
        fires(
            "GEN-009",
            vec![set("lifecycle.next_review", "2026-08-27")],
            Warning,
            "lifecycle.next_review",
        ),
        fires(
            "GEN-009",
            vec![set("lifecycle.next_review", "2026-11-24")],
            Warning,
            "lifecycle.next_review",
        ),
        fires(
            "GEN-009",
            vec![set("lifecycle.next_review", "2026-08-26")],
            Error,
            "lifecycle.next_review",
        ),
        // GEN-010.
        fires(
            "GEN-010",
            vec![
                set("lifecycle.phase", "completed"),
                set("lifecycle.ended", "2026-06-30"),
            ],
            Error,
            "lifecycle.outcome",
        ),
        fires(
            "GEN-010",
            vec![
                set("lifecycle.phase", "stopped"),
                set("lifecycle.ended", "2026-06-30"),
                set("lifecycle.outcome", "''"),
            ],
            Error,
            "lifecycle.outcome",
        ),
        // "From build" includes completed and stopped projects.
        fires(
            "TRA-004",
            [
                finished("completed"),
                vec![remove("principles.transparency.publication")],
            ]
            .concat(),
            Warning,
            "principles.transparency.publication",
        ),
        fires(
            "ACC-008",
            [finished("stopped"), vec![set("ai_act.fria", "planned")]].concat(),
            Error,
            "ai_act.fria",
        ),
        fires(
            "EQU-001",
            [
                finished("stopped"),
                vec![remove("principles.equality.bias_tests")],
            ]
            .concat(),
            Error,
            "principles.equality.bias_tests",
        ),
        // Transparency.
        fires(
            "TRA-001",
            vec![remove("principles.transparency.citizen_information")],
            Error,
            "principles.transparency.citizen_information",
        ),
        fires(
            "TRA-002",
            vec![remove("principles.transparency.explainability")],
            Error,
            "principles.transparency.explainability",
        ),
        fires(
            "TRA-003",
            vec![remove("principles.transparency.access")],
            Warning,
            "principles.transparency.access",
        ),
        fires(
            "TRA-004",
            vec![remove("principles.transparency.publication")],
            Warning,
            "principles.transparency.publication",
        ),
        fires(
            "TRA-005",
            vec![remove("automation.method")],
            Error,
            "automation.method",
        ),
        // Dignity.
        fires(
            "DIG-001",
            vec![remove("principles.dignity.privacy")],
            Error,
            "principles.dignity.privacy",
        ),
        fires(
            "DIG-002",
            vec![set("principles.dignity.proportionality", "''")],
            Error,
            "principles.dignity.proportionality",
        ),
        fires(
            "DIG-002",
            vec![remove("principles.dignity")],
            Error,
            "principles.dignity",
        ),
        fires(
            "DIG-003",
            vec![remove("data.retention")],
            Warning,
            "data.retention",
        ),
        fires(
            "DIG-003",
            vec![set("data.minimisation", "''")],
            Warning,
            "data.minimisation",
        ),
        fires(
            "DIG-004",
            vec![set("data.dpia.status", "planned")],
            Error,
            "data.dpia.status",
        ),
        fires("DIG-004", vec![remove("data.dpia")], Error, "data.dpia"),
        fires(
            "DIG-004",
            vec![
                set("lifecycle.phase", "analysis"),
                remove("data.dpia.status"),
            ],
            Warning,
            "data.dpia.status",
        ),
        // not_required needs a reason, even when no DPIA is needed.
        fires(
            "DIG-004",
            [vec![set("data.dpia.status", "not_required")], low_risk()].concat(),
            Error,
            "data.dpia.reason",
        ),
        // Needed but declared not_required, before build: a warning.
        fires(
            "DIG-004",
            vec![
                set("lifecycle.phase", "analysis"),
                set("data.dpia.status", "not_required"),
                set("data.dpia.reason", "Vi mener ikke, den er nødvendig."),
            ],
            Warning,
            "data.dpia.status",
        ),
        fires(
            "DIG-005",
            vec![remove("data.sharing")],
            Error,
            "data.sharing",
        ),
        // Equality.
        fires(
            "EQU-001",
            vec![remove("principles.equality.bias_tests")],
            Error,
            "principles.equality.bias_tests",
        ),
        fires(
            "EQU-001",
            vec![set("principles.equality.bias_tests", "[]")],
            Error,
            "principles.equality.bias_tests",
        ),
        fires(
            "EQU-001",
            vec![
                set("lifecycle.phase", "analysis"),
                remove("principles.equality.bias_tests"),
                remove("principles.equality.bias_test_plan"),
            ],
            Warning,
            "principles.equality.bias_test_plan",
        ),
        fires(
            "EQU-002",
            vec![set("principles.equality.bias_tests[0].passed", "false")],
            Error,
            "principles.equality.bias_tests[0].mitigation",
        ),
        fires(
            "EQU-003",
            vec![set("principles.equality.bias_tests[0].date", "2025-11-24")],
            Warning,
            "principles.equality.bias_tests",
        ),
        fires(
            "EQU-004",
            vec![
                set(
                    "principles.equality.bias_tests[0].attributes",
                    "[gender, age]",
                ),
                remove("principles.equality.attributes_reason"),
            ],
            Warning,
            "principles.equality.bias_tests",
        ),
        fires(
            "EQU-005",
            vec![remove("principles.equality.diverse_review")],
            Error,
            "principles.equality.diverse_review",
        ),
        fires(
            "EQU-007",
            vec![remove("principles.equality.proxies")],
            Warning,
            "principles.equality.proxies",
        ),
        // Integrity.
        fires(
            "INT-001",
            vec![set("principles.integrity.professionals_involved", "[]")],
            Error,
            "principles.integrity.professionals_involved",
        ),
        fires(
            "INT-001",
            vec![remove("principles.integrity.professionals_involved")],
            Error,
            "principles.integrity.professionals_involved",
        ),
        fires(
            "INT-002",
            vec![remove("automation.human_review")],
            Error,
            "automation.human_review",
        ),
        fires(
            "INT-002",
            vec![remove("principles.integrity.human_judgement")],
            Error,
            "principles.integrity.human_judgement",
        ),
        fires(
            "INT-003",
            vec![
                set("automation.kind", "automated_decision"),
                remove("automation.appeal"),
            ],
            Error,
            "automation.appeal",
        ),
        fires(
            "INT-003",
            vec![
                set("automation.kind", "automated_decision"),
                remove("automation.human_review"),
            ],
            Error,
            "automation.human_review",
        ),
        fires(
            "INT-004",
            vec![remove("principles.integrity.professional_value")],
            Warning,
            "principles.integrity.professional_value",
        ),
        // Accountability.
        fires("ACC-001", vec![remove("legal_basis")], Error, "legal_basis"),
        fires(
            "ACC-002",
            vec![remove("principles.accountability.approval.by")],
            Error,
            "principles.accountability.approval.by",
        ),
        fires(
            "ACC-002",
            vec![set("principles.accountability.approval.date", "null")],
            Error,
            "principles.accountability.approval.date",
        ),
        fires(
            "ACC-003",
            vec![set("principles.accountability.approval.level", "director")],
            Error,
            "principles.accountability.approval.level",
        ),
        fires(
            "ACC-004",
            vec![remove("principles.accountability.security")],
            Error,
            "principles.accountability.security",
        ),
        fires(
            "ACC-005",
            vec![remove("principles.accountability.competences")],
            Warning,
            "principles.accountability.competences",
        ),
        fires(
            "ACC-005",
            vec![remove("principles.accountability.legislation")],
            Warning,
            "principles.accountability.legislation",
        ),
        fires(
            "ACC-006",
            vec![remove("principles.accountability.monitoring")],
            Warning,
            "principles.accountability.monitoring",
        ),
        fires(
            "ACC-006",
            vec![remove("principles.accountability.rollback")],
            Warning,
            "principles.accountability.rollback",
        ),
        fires(
            "ACC-007",
            vec![remove("ai_act.high_risk")],
            Warning,
            "ai_act.high_risk",
        ),
        fires(
            "ACC-008",
            vec![set("ai_act.fria", "planned")],
            Error,
            "ai_act.fria",
        ),
        fires("ACC-008", vec![remove("ai_act.fria")], Error, "ai_act.fria"),
        // Suppliers.
        fires(
            "SUP-001",
            vec![remove("suppliers[0].dpa")],
            Error,
            "suppliers[0].dpa",
        ),
        fires(
            "SUP-001",
            vec![remove("suppliers[0].dpa.reference")],
            Error,
            "suppliers[0].dpa.reference",
        ),
        fires(
            "SUP-002",
            vec![set("suppliers[0].global_compact", "false")],
            Warning,
            "suppliers[0].global_compact",
        ),
        fires(
            "SUP-002",
            vec![remove("suppliers[0].due_diligence")],
            Warning,
            "suppliers[0].due_diligence",
        ),
        // Publication: a CPR number in a one-line text.
        fires(
            "PUB-001",
            vec![set("title", "Sag om 010190-1234")],
            Error,
            "text:010190-1234",
        ),
        fires(
            "PUB-001",
            vec![set("data.sources[0].description", "Fx 0101901234.")],
            Error,
            "text:0101901234",
        ),
    ]
}

/// Edits that remove every reason for a DPIA (low risk, no sensitive data, no combining).
fn low_risk() -> Vec<Edit> {
    vec![
        set("data.sensitive_data", "false"),
        set("data.combines_sources", "false"),
        set("data.profiling", "false"),
        set("vulnerable_groups", "[]"),
        set("automation.kind", "analysis"),
        set("automation.machine_learning", "false"),
    ]
}

/// Edits that make the fixture a finished project (valid dates and outcome).
fn finished(phase: &str) -> Vec<Edit> {
    vec![
        set("lifecycle.phase", phase),
        set("lifecycle.ended", "2026-10-31"),
        set(
            "lifecycle.outcome",
            "Projektet er afsluttet; data er slettet.",
        ),
    ]
}

fn quiet_cases() -> Vec<Quiet> {
    let mut cases = quiet_cases_v1();
    cases.extend(v2::quiet_cases_v2());
    cases
}

fn quiet_cases_v1() -> Vec<Quiet> {
    vec![
        quiet("GEN-002", vec![set("citizens_affected", "0")]),
        quiet(
            "GEN-003",
            vec![remove("owner.unit"), remove("owner.contact")],
        ),
        quiet("GEN-004", vec![]),
        quiet(
            "GEN-005",
            vec![
                set("lifecycle.phase", "analysis"),
                remove("lifecycle.next_review"),
            ],
        ),
        quiet(
            "GEN-005",
            vec![
                set("lifecycle.phase", "completed"),
                set("lifecycle.ended", "2024-03-01"),
                set("lifecycle.outcome", "Afsluttet."),
            ],
        ),
        quiet("GEN-007", vec![set("waivers", WAIVER)]),
        quiet("GEN-008", vec![set("waivers", WAIVER)]),
        quiet("GEN-009", vec![set("lifecycle.next_review", AS_OF)]),
        quiet(
            "GEN-009",
            vec![
                set("lifecycle.phase", "completed"),
                set("lifecycle.ended", "2026-01-01"),
                set("lifecycle.outcome", "Afsluttet."),
                set("lifecycle.next_review", "2025-01-01"),
            ],
        ),
        quiet("GEN-010", vec![set("lifecycle.phase", "build")]),
        // A finished project: no review is due, no monitoring in operation, no stale bias test.
        quiet("GEN-005", finished("completed")),
        quiet(
            "GEN-009",
            [
                finished("stopped"),
                vec![set("lifecycle.next_review", "2020-01-01")],
            ]
            .concat(),
        ),
        quiet(
            "ACC-006",
            [
                finished("completed"),
                vec![remove("principles.accountability.monitoring")],
            ]
            .concat(),
        ),
        quiet(
            "EQU-003",
            [
                finished("completed"),
                vec![set("principles.equality.bias_tests[0].date", "2020-01-01")],
            ]
            .concat(),
        ),
        quiet(
            "TRA-001",
            vec![
                remove("principles.transparency.citizen_information"),
                set("data.personal_data", "false"),
            ],
        ),
        quiet(
            "TRA-002",
            vec![
                remove("principles.transparency.explainability"),
                set("automation.kind", "statistics"),
            ],
        ),
        quiet(
            "TRA-003",
            vec![
                remove("principles.transparency.access"),
                set("data.personal_data", "false"),
            ],
        ),
        quiet(
            "TRA-004",
            vec![
                remove("principles.transparency.publication"),
                set("lifecycle.phase", "analysis"),
            ],
        ),
        quiet(
            "TRA-005",
            vec![
                remove("automation.method"),
                set("automation.machine_learning", "false"),
            ],
        ),
        quiet(
            "DIG-001",
            vec![
                remove("principles.dignity.privacy"),
                set("data.personal_data", "false"),
            ],
        ),
        quiet("DIG-002", vec![remove("principles.dignity.privacy")]),
        quiet(
            "DIG-003",
            vec![remove("data.retention"), set("data.personal_data", "false")],
        ),
        quiet(
            "DIG-004",
            vec![
                set("lifecycle.phase", "analysis"),
                set("data.dpia.status", "planned"),
            ],
        ),
        quiet(
            "DIG-004",
            vec![
                // No DPIA need: no sensitive data, no combining, analysis only, low risk.
                remove("data.dpia"),
                set("data.sensitive_data", "false"),
                set("data.combines_sources", "false"),
                set("data.profiling", "false"),
                set("vulnerable_groups", "[]"),
                set("automation.kind", "analysis"),
                set("automation.machine_learning", "false"),
            ],
        ),
        quiet(
            "DIG-004",
            vec![
                set("data.dpia.status", "not_required"),
                set("data.dpia.reason", "Ingen personoplysninger."),
                set("data.personal_data", "false"),
                set("data.sensitive_data", "false"),
                set("data.combines_sources", "false"),
                set("data.profiling", "false"),
                set("vulnerable_groups", "[]"),
                set("automation.kind", "statistics"),
                set("automation.machine_learning", "false"),
            ],
        ),
        quiet(
            "DIG-005",
            vec![
                remove("data.sharing"),
                set("data.shared_with_third_parties", "false"),
            ],
        ),
        quiet(
            "EQU-001",
            vec![
                set("lifecycle.phase", "analysis"),
                remove("principles.equality.bias_tests"),
            ],
        ),
        quiet(
            "EQU-001",
            vec![
                remove("principles.equality.bias_tests"),
                set("data.personal_data", "false"),
            ],
        ),
        quiet(
            "EQU-002",
            vec![
                set("principles.equality.bias_tests[0].passed", "false"),
                set(
                    "principles.equality.bias_tests[0].mitigation",
                    "Modellen er genoptrænet.",
                ),
            ],
        ),
        quiet(
            "EQU-003",
            vec![set("principles.equality.bias_tests[0].date", "2025-11-25")],
        ),
        quiet(
            "EQU-003",
            vec![
                set("principles.equality.bias_tests[0].date", "2024-01-01"),
                set("lifecycle.phase", "build"),
            ],
        ),
        quiet(
            "EQU-004",
            vec![set(
                "principles.equality.bias_tests[0].attributes",
                "[gender, age]",
            )],
        ),
        quiet(
            "EQU-004",
            vec![
                set(
                    "principles.equality.bias_tests[0].attributes",
                    "[køn, alder, herkomst]",
                ),
                remove("principles.equality.attributes_reason"),
            ],
        ),
        quiet(
            "EQU-005",
            vec![
                remove("principles.equality.diverse_review"),
                set("automation.kind", "analysis"),
            ],
        ),
        quiet("EQU-006", vec![]),
        quiet(
            "EQU-007",
            vec![
                remove("principles.equality.proxies"),
                set("automation.machine_learning", "false"),
            ],
        ),
        quiet(
            "INT-001",
            vec![
                remove("principles.integrity.professionals_involved"),
                set("automation.kind", "statistics"),
            ],
        ),
        quiet(
            "INT-002",
            vec![
                remove("automation.human_review"),
                set("automation.kind", "analysis"),
            ],
        ),
        quiet("INT-003", vec![remove("automation.appeal")]),
        quiet("INT-004", vec![]),
        quiet(
            "ACC-001",
            vec![remove("legal_basis"), set("data.personal_data", "false")],
        ),
        quiet(
            "ACC-002",
            vec![
                remove("principles.accountability.approval"),
                set("lifecycle.phase", "analysis"),
            ],
        ),
        quiet(
            "ACC-003",
            vec![
                remove("principles.accountability.approval"),
                set("lifecycle.phase", "analysis"),
            ],
        ),
        quiet(
            "ACC-004",
            vec![
                remove("principles.accountability.security"),
                set("data.personal_data", "false"),
            ],
        ),
        quiet("ACC-005", vec![]),
        quiet(
            "ACC-006",
            vec![
                remove("principles.accountability.monitoring"),
                set("lifecycle.phase", "build"),
            ],
        ),
        quiet(
            "ACC-006",
            vec![
                remove("principles.accountability.rollback"),
                set("automation.kind", "analysis"),
            ],
        ),
        quiet(
            "ACC-007",
            vec![
                remove("ai_act.high_risk"),
                set("automation.machine_learning", "false"),
            ],
        ),
        quiet(
            "ACC-008",
            vec![
                set("ai_act.fria", "planned"),
                set("lifecycle.phase", "analysis"),
            ],
        ),
        quiet(
            "ACC-008",
            vec![
                set("ai_act.fria", "planned"),
                set("ai_act.high_risk", "false"),
            ],
        ),
        quiet(
            "SUP-001",
            vec![
                remove("suppliers[0].dpa"),
                set("lifecycle.phase", "analysis"),
            ],
        ),
        quiet(
            "SUP-001",
            vec![
                remove("suppliers[0].dpa"),
                set("suppliers[0].processes_personal_data", "false"),
            ],
        ),
        quiet("SUP-002", vec![]),
        quiet(
            "PUB-001",
            vec![set(
                "title",
                "Sag 25/1234 og telefon 12345678, dato 2025-05-12",
            )],
        ),
    ]
}

#[test]
fn complete_fixture_has_no_findings() {
    let f = check(COMPLETE);
    assert!(f.is_empty(), "{}", show(&f));
    let f = check(&edited(&[]));
    assert!(f.is_empty(), "re-serialised: {}", show(&f));
}

#[test]
fn every_rule_fires_where_expected() {
    let mut failures = Vec::new();
    for c in fires_cases() {
        let text = edited(&c.edits);
        let findings = check_as_of(&text, c.as_of);
        let hits = of(&findings, c.rule);
        let pos = match c.at.strip_prefix("text:") {
            Some(needle) => find(&text, needle),
            None => locate(&text, c.at),
        };
        let ok = hits.len() == 1
            && hits[0].severity == c.severity
            && (hits[0].line, hits[0].column) == pos
            && !hits[0].waived()
            && !hits[0].message().is_empty()
            && !hits[0].help().is_empty();
        if !ok {
            failures.push(format!(
                "{} {:?}: expected once, {:?} at {}:{} ({});\n  got:\n{}",
                c.rule,
                c.edits,
                c.severity,
                pos.0,
                pos.1,
                c.at,
                show(&findings)
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn no_rule_fires_without_its_condition() {
    let mut failures = Vec::new();
    for c in quiet_cases() {
        let text = edited(&c.edits);
        let findings = check(&text);
        if !of(&findings, c.rule).is_empty() {
            failures.push(format!("{} {:?}:\n{}", c.rule, c.edits, show(&findings)));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

/// Rules that need a register (several files, directories, evidence) rather than one edited
/// file: each scenario is run here and yields the findings it produced, so the coverage below is
/// measured on real findings, not on a list of names. Dedicated tests further down assert their
/// details (positions, messages).
fn register_scenarios() -> Vec<(&'static str, Vec<dataetik_core::check::Finding>)> {
    let all = |r: &Reg| r.check_all(AS_OF).findings().cloned().collect::<Vec<_>>();
    let gen001 = check("id: [ikke lukket\n");
    let gen004 = {
        let r = Reg::new();
        r.write("assessments/a/complete.yaml", COMPLETE);
        r.write("assessments/b/complete.yaml", COMPLETE);
        all(&r)
    };
    let gen006 = {
        let r = Reg::with_config(dataetik_core::register::Config {
            projects: vec!["projects/*".into()],
            ..Default::default()
        });
        std::fs::create_dir_all(r.root().join("projects/andet")).unwrap();
        r.write("assessments/complete.yaml", COMPLETE);
        all(&r)
    };
    let gen011 = all(&Reg::new());
    let equ006 = check(&edited(&[set(
        "principles.equality.bias_tests[0].evidence",
        "evidence/findes-ikke.json",
    )]));
    // GEN-015 is a note on every version 1 file, left out of `check`; see v2.rs.
    let gen015 = Reg::new().check_all_findings("complete", COMPLETE, AS_OF);
    vec![
        ("GEN-001", gen001),
        ("GEN-015", gen015),
        ("GEN-004", gen004),
        ("GEN-006", gen006),
        ("GEN-011", gen011),
        ("EQU-006", equ006),
    ]
}

#[test]
fn every_policy_rule_is_exercised() {
    let policy = Policy::builtin().policy;
    let ids: BTreeSet<String> = policy.rules.iter().map(|r| r.id.clone()).collect();
    assert_eq!(ids.len(), policy.rules.len(), "unique rule ids");
    // Rules seen in real findings: the single-file cases (whose exact position is asserted in
    // `every_rule_fires_where_expected`) and the register scenarios.
    let mut fired = BTreeSet::new();
    // The supplier rules are exercised, with positions, in `suppliers.rs`.
    fired.extend(crate::suppliers::RULES.iter().map(|r| (*r).to_string()));
    for c in fires_cases() {
        let findings = check_as_of(&edited(&c.edits), c.as_of);
        if findings.iter().any(|f| f.rule == c.rule) {
            fired.insert(c.rule.to_string());
        }
    }
    for (rule, findings) in register_scenarios() {
        assert!(
            findings.iter().any(|f| f.rule == rule),
            "{rule}: {}",
            show(&findings)
        );
        fired.insert(rule.to_string());
    }
    // GEN-013 gives no findings of its own: it turns a finished project's findings into
    // historical notes (v2::gen013_a_finished_projects_gaps_are_historical_notes).
    fired.insert("GEN-013".to_string());
    let quieted: BTreeSet<String> = quiet_cases()
        .iter()
        .map(|c| c.rule.to_string())
        .chain(
            ["GEN-001", "GEN-006", "GEN-011"]
                .iter()
                .chain(crate::suppliers::RULES)
                .map(std::string::ToString::to_string),
        )
        .collect();
    let missing: Vec<_> = ids.difference(&fired).collect();
    assert!(
        missing.is_empty(),
        "rules without a firing test: {missing:?}"
    );
    let missing: Vec<_> = ids.difference(&quieted).collect();
    assert!(
        missing.is_empty(),
        "rules without a quiet test: {missing:?}"
    );
}

// ---------------------------------------------------------------------------------------------
// Dedicated tests: waivers, file-level and register-wide rules, the CPR scan, evidence files.

fn waived_text(waiver: &str) -> String {
    edited(&[
        set("waivers", waiver),
        remove("principles.integrity.professional_value"),
    ])
}

#[test]
fn valid_waiver_turns_the_finding_into_a_waived_note() {
    let text = waived_text(WAIVER);
    let findings = check(&text);
    assert_eq!(findings.len(), 1, "{}", show(&findings));
    let f = &findings[0];
    assert_eq!(f.rule, "INT-004");
    assert!(f.waived());
    assert_eq!(f.severity, Severity::Note);
    assert_eq!(
        f.waiver.as_ref().map(|w| w.reason.as_str()),
        Some("Beskrives ved næste gennemgang")
    );
    assert!(!f.fails(true));
    // The waiver is valid on its expiry date.
    let findings = check_as_of(&text, "2026-12-31");
    assert!(
        findings.iter().all(dataetik_core::check::Finding::waived),
        "{}",
        show(&findings)
    );
    // Rule ids are matched without regard to case.
    let findings = check(&waived_text(&WAIVER.replace("INT-004", "int-004")));
    assert!(
        findings.iter().all(dataetik_core::check::Finding::waived),
        "{}",
        show(&findings)
    );
}

#[test]
fn expired_waiver_warns_and_the_rule_fires_again() {
    let text = waived_text(WAIVER);
    let findings = check_as_of(&text, "2027-01-01");
    fires_at(
        &findings,
        "GEN-008",
        Warning,
        locate(&text, "waivers[0].expires"),
    );
    fires_at(
        &findings,
        "INT-004",
        Warning,
        locate(&text, "principles.integrity.professional_value"),
    );
    assert!(
        of(&findings, "GEN-008")[0].message().contains("INT-004"),
        "{}",
        show(&findings)
    );
}

#[test]
fn invalid_waiver_is_an_error_and_waives_nothing() {
    for (waiver, key) in [
        (WAIVER.replace("INT-004", "INT-999"), "waivers[0].rule"),
        (
            WAIVER.replace("2026-12-31", "2027-06-30"),
            "waivers[0].expires",
        ),
        (
            WAIVER.replace("2026-12-31", "2025-12-31"),
            "waivers[0].expires",
        ),
        (WAIVER.replace("date: 2026-01-10, ", ""), "waivers[0]"),
        (WAIVER.replace("rule: INT-004, ", ""), "waivers[0]"),
        (WAIVER.replace(", expires: 2026-12-31", ""), "waivers[0]"),
    ] {
        let text = waived_text(&waiver);
        let findings = check(&text);
        fires_at(&findings, "GEN-007", Error, locate(&text, key));
        fires_at(
            &findings,
            "INT-004",
            Warning,
            locate(&text, "principles.integrity.professional_value"),
        );
    }
}

#[test]
fn gen001_invalid_yaml_has_the_syntax_errors_position() {
    let findings = check("schema_version: 1\nid: complete\ntitle: [ikke lukket\n");
    assert_eq!(findings.len(), 1, "{}", show(&findings));
    assert_eq!(findings[0].rule, "GEN-001");
    assert_eq!(findings[0].severity, Error);
    assert!(findings[0].line >= 3, "{}", show(&findings));
    // Valid YAML is not GEN-001.
    silent(&check(COMPLETE), "GEN-001");
}

#[test]
fn gen004_two_files_share_an_id() {
    let r = Reg::new();
    let text = COMPLETE;
    r.write("assessments/a/complete.yaml", text);
    r.write("assessments/b/complete.yaml", text);
    let result = r.check_all(AS_OF);
    assert_eq!(result.files.len(), 2);
    for (i, file) in result.files.iter().enumerate() {
        let f = fires_at(&file.findings, "GEN-004", Error, find(text, "id: complete"));
        let other = if i == 0 {
            "b/complete.yaml"
        } else {
            "a/complete.yaml"
        };
        assert!(f.message().contains(other), "{}", f.message());
    }
    // Different ids: no GEN-004.
    let r = Reg::new();
    r.write("assessments/complete.yaml", text);
    r.write(
        "assessments/andet.yaml",
        edited(&[set("id", "andet"), set("code_paths", "[projects/andet]")]),
    );
    let result = r.check_all(AS_OF);
    assert!(
        result.findings().next().is_none(),
        "{:?}",
        result.findings().collect::<Vec<_>>()
    );
}

#[test]
fn gen006_uncovered_project_directories() {
    let config = dataetik_core::register::Config {
        projects: vec!["projects/*".into()],
        ..Default::default()
    };
    let r = Reg::with_config(config);
    for d in [
        "projects/opsporing/src",
        "projects/andet",
        "projects/.skjult",
    ] {
        std::fs::create_dir_all(r.root().join(d)).unwrap();
    }
    r.write("projects/README.md", "not a directory");
    r.write("assessments/complete.yaml", COMPLETE);
    let result = r.check_all(AS_OF);
    let hits: Vec<_> = result
        .register_findings
        .iter()
        .filter(|f| f.rule == "GEN-006")
        .collect();
    assert_eq!(hits.len(), 1, "{:?}", result.register_findings);
    assert_eq!(hits[0].severity, Error);
    assert!(
        hits[0].message().contains("projects/andet"),
        "{}",
        hits[0].message()
    );
    assert!(hits[0].file.ends_with("projects/andet"), "{}", hits[0].file);
    assert!(result.failed(false));

    // A code path naming a parent directory covers everything below it.
    r.write(
        "assessments/complete.yaml",
        edited(&[set("code_paths", "[projects/opsporing, ./projects/andet/]")]),
    );
    let result = r.check_all(AS_OF);
    assert!(
        result.register_findings.is_empty(),
        "{:?}",
        result.register_findings
    );
    // Without `projects` in the config, nothing is required.
    let r = Reg::new();
    std::fs::create_dir_all(r.root().join("projects/andet")).unwrap();
    r.write("assessments/complete.yaml", COMPLETE);
    assert!(r.check_all(AS_OF).register_findings.is_empty());
}

#[test]
fn gen011_empty_register() {
    let r = Reg::new();
    let result = r.check_all(AS_OF);
    assert_eq!(result.files.len(), 0);
    let f = &result.register_findings;
    assert_eq!(f.len(), 1, "{f:?}");
    assert_eq!((f[0].rule.as_str(), f[0].severity), ("GEN-011", Error));
    assert!(result.failed(false));
    // A non-YAML file does not count as an assessment.
    r.write("assessments/README.md", "# Vurderinger");
    assert_eq!(r.check_all(AS_OF).register_findings.len(), 1);
    r.write("assessments/complete.yaml", COMPLETE);
    assert!(r.check_all(AS_OF).register_findings.is_empty());
}

#[test]
fn pub001_cpr_in_a_block_scalar_points_at_its_exact_line() {
    let text = COMPLETE.replace(
        "  være i fare. Det er altid en socialrådgiver, der vurderer sagen.\n",
        "  være i fare. Det er altid en socialrådgiver, der vurderer sagen.\n  Eksempel: borgeren med 120395-1234 blev fundet.\n",
    );
    let findings = check(&text);
    let f = fires_at(&findings, "PUB-001", Error, find(&text, "120395-1234"));
    assert_eq!(f.line, 9);
    assert_eq!(f.column, 26);
    assert!(!f.message().contains("120395"), "{}", f.message());
    assert!(!f.help().contains("120395"));
    assert!(f.message().contains("summary"), "{}", f.message());
    let src = f.source_line.as_deref().unwrap();
    assert!(
        !src.contains("120395") && src.contains("XXXXXXXXXXX"),
        "{src}"
    );
    // Ten digits with an invalid date, case numbers, phone numbers and ISO dates are not CPR numbers.
    let text = COMPLETE.replace(
        "Underretninger og tidligere indsatser.",
        "Sag 25/1234, tlf. 12345678, 3102901234, 2025-05-12, 12345678901.",
    );
    silent(&check(&text), "PUB-001");
}

#[test]
fn no_finding_message_repeats_a_cpr_number() {
    // GEN-002 quotes invalid values; a CPR number typed into a date must not be echoed.
    let text = edited(&[set("lifecycle.started", "'010190-1234'")]);
    let findings = check(&text);
    assert!(!findings.is_empty());
    for f in &findings {
        assert!(!f.message().contains("010190-1234"), "{}", f.message());
    }
}

fn with_evidence(path: &str) -> String {
    edited(&[set("principles.equality.bias_tests[0].evidence", path)])
}

#[test]
fn equ006_evidence_files() {
    let r = Reg::new();
    // Missing.
    let text = with_evidence("evidence/complete-2026-06-12.json");
    let findings = r.check("complete", &text);
    let f = fires_at(
        &findings,
        "EQU-006",
        Error,
        locate(&text, "principles.equality.bias_tests[0].evidence"),
    );
    assert!(
        f.message().contains("evidence/complete-2026-06-12.json"),
        "{}",
        f.message()
    );
    // Present: quiet.
    r.write(
        "assessments/evidence/complete-2026-06-12.json",
        // A complete evidence file as `dataetik bias` writes it, agreeing with the entry (0.88, passed).
        r#"{"input":{"file":"afgoerelser.csv","sha256":"0000000000000000000000000000000000000000000000000000000000000000","rows":1200,"empty_group_rows":0},
 "group_column":"køn","outcome_column":"markeret","label_column":null,"positive":"1",
 "groups":[{"group":"kvinde","n":600,"selection_rate":0.110,"true_positive_rate":null,"suppressed":false},
           {"group":"mand","n":600,"selection_rate":0.125,"true_positive_rate":null,"suppressed":false}],
 "metrics":{"demographic_parity_difference":0.015,"disparate_impact_ratio":0.88,"equal_opportunity_difference":null},
 "threshold":0.8,"passed":true}
"#,
    );
    silent(&r.check("complete", &text), "EQU-006");
    // Escaping the register with `../`.
    let text = with_evidence("../../../etc/passwd");
    let findings = r.check("complete", &text);
    let f = fires_at(
        &findings,
        "EQU-006",
        Error,
        locate(&text, "principles.equality.bias_tests[0].evidence"),
    );
    assert!(f.message().contains("uden for"), "{}", f.message());
    // An absolute path is outside too.
    let findings = r.check("complete", &with_evidence("/etc/passwd"));
    assert_eq!(of(&findings, "EQU-006").len(), 1, "{}", show(&findings));
}

#[cfg(unix)]
#[test]
fn equ006_symlink_out_of_the_register() {
    let r = Reg::new();
    let outside = tempfile::tempdir().unwrap();
    std::fs::write(outside.path().join("e.json"), "{}").unwrap();
    std::fs::create_dir_all(r.root().join("assessments/evidence")).unwrap();
    std::os::unix::fs::symlink(
        outside.path().join("e.json"),
        r.root().join("assessments/evidence/e.json"),
    )
    .unwrap();
    let findings = r.check("complete", &with_evidence("evidence/e.json"));
    let hits = of(&findings, "EQU-006");
    assert_eq!(hits.len(), 1, "{}", show(&findings));
    assert!(hits[0].message().contains("link"), "{}", hits[0].message());
}

// ---------------------------------------------------------------------------------------------
// Risk points.

/// The risk the check computes for the complete fixture with `edits`.
fn risk_with(edits: &[Edit]) -> dataetik_core::risk::RiskAssessment {
    let r = Reg::new();
    let text = edited(edits);
    let path = r.root().join("assessments/complete.yaml");
    let res = dataetik_core::check::check_bytes(
        &r.reg,
        &path,
        "assessments/complete.yaml",
        text.as_bytes(),
        &opts(AS_OF),
    );
    res.risk.expect("risk")
}

fn risk_of(edits: &[Edit]) -> (u32, u8) {
    let risk = risk_with(edits);
    (risk.points, risk.level)
}

#[test]
fn risk_points_follow_the_documented_table() {
    // 1 + 2 + 2 + 2 + 3 + 3 + 2 + 1 = 16: level 4.
    assert_eq!(risk_of(&[]), (16, 4));
    assert_eq!(risk_of(&[set("data.personal_data", "false")]), (15, 4));
    assert_eq!(risk_of(&[set("data.sensitive_data", "false")]), (14, 4));
    assert_eq!(risk_of(&[set("data.combines_sources", "false")]), (14, 4));
    assert_eq!(risk_of(&[set("vulnerable_groups", "[]")]), (14, 4));
    assert_eq!(risk_of(&[remove("vulnerable_groups")]), (14, 4));
    assert_eq!(risk_of(&[set("data.profiling", "false")]), (13, 4));
    assert_eq!(risk_of(&[set("automation.kind", "statistics")]), (13, 4));
    assert_eq!(risk_of(&[set("automation.kind", "analysis")]), (14, 4));
    assert_eq!(
        risk_of(&[set("automation.kind", "automated_decision")]),
        (18, 4)
    );
    assert_eq!(
        risk_of(&[set("automation.machine_learning", "false")]),
        (14, 4)
    );
    assert_eq!(risk_of(&[set("citizens_affected", "999")]), (15, 4));
    assert_eq!(risk_of(&[set("citizens_affected", "10000")]), (17, 4));
    assert_eq!(risk_of(&[set("citizens_affected", "100000")]), (18, 4));
    assert_eq!(risk_of(&[remove("citizens_affected")]), (15, 4));
    // The level boundaries: 3/4, 7/8, 11/12.
    let base = low_risk(); // personal 1 + analysis 1 + 1,000-9,999 citizens 1 = 3
    assert_eq!(risk_of(&base), (3, 1));
    let with = |extra: &[Edit]| [base.clone(), extra.to_vec()].concat();
    assert_eq!(risk_of(&with(&[set("citizens_affected", "10000")])), (4, 2));
    assert_eq!(
        risk_of(&with(&[
            set("data.profiling", "true"),
            set("citizens_affected", "100000")
        ])),
        (8, 3)
    );
    assert_eq!(
        risk_of(&with(&[
            set("data.profiling", "true"),
            set("citizens_affected", "10000")
        ])),
        (7, 2)
    );
    assert_eq!(
        risk_of(&with(&[
            set("data.profiling", "true"),
            set("citizens_affected", "100000"),
            set("data.sensitive_data", "true"),
            set("automation.machine_learning", "true"),
        ])),
        (12, 4)
    );
    assert_eq!(
        risk_of(&with(&[
            set("data.profiling", "true"),
            set("citizens_affected", "100000"),
            set("data.sensitive_data", "true"),
            set("data.combines_sources", "true"),
            set("automation.kind", "statistics"),
        ])),
        (11, 3)
    );
}

#[test]
fn acc003_follows_the_approval_ladder() {
    // Level 2 (4 points) needs a director; a unit manager is too low, the board is enough.
    let base = [
        low_risk(),
        vec![
            set("citizens_affected", "10000"),
            set("ai_act.high_risk", "false"),
        ],
    ]
    .concat();
    assert_eq!(risk_of(&base), (4, 2));
    let level = |l: &str| {
        check(&edited(
            &[
                base.clone(),
                vec![set("principles.accountability.approval.level", l)],
            ]
            .concat(),
        ))
    };
    assert_eq!(of(&level("unit_manager"), "ACC-003").len(), 1);
    silent(&level("director"), "ACC-003");
    silent(&level("executive_board"), "ACC-003");
    silent(&level("political"), "ACC-003");
}

#[test]
fn a_misspelt_key_is_one_finding() {
    let text = COMPLETE.replace("    access: |", "    acess: |");
    let findings = check(&text);
    let f = fires_at(&findings, "GEN-002", Error, find(&text, "acess"));
    assert!(f.message().contains("mente du `access`"), "{}", f.message());
    assert_eq!(findings.len(), 1, "{}", show(&findings));
    // A misspelt section: its required fields are not reported one by one.
    let text = COMPLETE.replace("  dignity:", "  dignty:");
    let findings = check(&text);
    assert_eq!(findings.len(), 1, "{}", show(&findings));
    // A typo next to the real key does not hide that the real key is blank.
    let text = COMPLETE.replace(
        "    access: |\n      Forældre kan få aktindsigt i markeringen og de oplysninger, den byggede på.\n",
        "    access: ''\n    acess: x\n",
    );
    let findings = check(&text);
    assert_eq!(of(&findings, "GEN-002").len(), 1, "{}", show(&findings));
    assert_eq!(of(&findings, "TRA-003").len(), 1, "{}", show(&findings));
}

#[test]
fn columns_count_characters_not_bytes() {
    let text = COMPLETE.replace(
        "  contact: data@kommune.dk\n",
        "  contact: data@kommune.dk\n  æøå_ekstra: { første: 1, ødelagt: 2 }\n",
    );
    let findings = check(&text);
    let f = fires_at(&findings, "GEN-002", Error, find(&text, "æøå_ekstra"));
    assert_eq!(f.column, 3);
    let text = COMPLETE.replace(
        "title: Tidlig opsporing af børn i udsatte positioner",
        "title: Tidlig opsporing af børn i udsatte positioner, fx 010190-1234",
    );
    let findings = check(&text);
    let (line, col) = find(&text, "010190-1234");
    fires_at(&findings, "PUB-001", Error, (line, col));
    assert_eq!(col, 58);
    let text = COMPLETE.replace("  phase: operation", "  phase: børnedrift");
    let findings = check(&text);
    fires_at(&findings, "GEN-002", Error, find(&text, "børnedrift"));
}

/// A bias test recorded as passed although its own value is on the wrong side of its threshold
/// did not pass: EQU-002 points at `passed`.
#[test]
fn equ002_a_passed_flag_that_contradicts_the_numbers() {
    let text = edited(&[set("principles.equality.bias_tests[0].value", "0.55")]);
    let findings = check(&text);
    let f = of(&findings, "EQU-002");
    assert_eq!(f.len(), 1, "{}", show(&findings));
    assert_eq!(f[0].severity, Error);
    assert_eq!(
        (f[0].line, f[0].column),
        locate(&text, "principles.equality.bias_tests[0].passed")
    );
    assert!(f[0].message().contains("0.55"), "{}", f[0].message());

    // A difference metric fails when it is above its threshold.
    let text = edited(&[
        set(
            "principles.equality.bias_tests[0].metric",
            "demographic_parity_difference",
        ),
        set("principles.equality.bias_tests[0].value", "0.15"),
        set("principles.equality.bias_tests[0].threshold", "0.1"),
    ]);
    assert_eq!(of(&check(&text), "EQU-002").len(), 1);
    // Consistent numbers: silent.
    let text = edited(&[set("principles.equality.bias_tests[0].value", "0.81")]);
    silent(&check(&text), "EQU-002");
}

#[test]
fn day_counts_agree_in_number() {
    // "1 dag siden", never "1 dage siden" (a Fluent plural selector on the number).
    let reg = Reg::new();
    let one = edited(&[set("lifecycle.next_review", "2026-11-24")]);
    let two = edited(&[set("lifecycle.next_review", "2026-11-23")]);
    let msg = |text: &str| {
        reg.check("complete", text)
            .iter()
            .find(|f| f.rule == "GEN-009")
            .map(Words::message)
            .unwrap_or_default()
    };
    assert!(msg(&one).contains("(1 dag siden)"), "{}", msg(&one));
    assert!(msg(&two).contains("(2 dage siden)"), "{}", msg(&two));
}
