//! The supplier register: supplier files (loader, schema, template), supplier references in
//! assessments, the processing chain (cycles, unknown links) and rules SUP-003..SUP-011, each
//! firing with its exact severity and position, and quiet when its condition is absent.

use std::collections::BTreeSet;

use crate::common::*;
use dataetik_core::check::Finding;
use dataetik_core::policy::Severity::{self, Error, Warning};
use dataetik_core::supplier::{Link, SupplierRecord};

/// The supplier rules; `rules::every_policy_rule_is_exercised` counts on this module for them.
pub(crate) const RULES: &[&str] = &[
    "SUP-003", "SUP-004", "SUP-005", "SUP-006", "SUP-007", "SUP-008", "SUP-009", "SUP-010",
    "SUP-011",
];

/// A supplier file that every supplier rule accepts; `extra` is appended (top-level keys).
fn good(id: &str, extra: &str) -> String {
    format!(
        "schema_version: 1
id: {id}
name: Leverandør {id} A/S
cvr: \"12345678\"
kind: company
contract:
  reference: \"Sag 24/1\"
  end: 2029-12-31
  no_sale_of_personal_data: \"§ 14\"
  termination_on_breach: \"§ 22\"
global_compact:
  participant: true
  clauses:
    human_rights: \"bilag 7, pkt. 1\"
    labour: \"bilag 7, pkt. 2\"
    environment: \"bilag 7, pkt. 3\"
    anti_corruption: \"bilag 7, pkt. 4\"
data_location:
  region: eu_eea
  countries: [Danmark]
data_processing_agreements:
  - reference: \"DBA 2024-01\"
    date: 2024-01-15
    template: \"KL's skabelon\"
due_diligence:
  risks: Kortlagt for underleverandører i Danmark og Polen.
  follow_up: 2027-06-01
{extra}"
    )
}

/// `good(id)` with one line replaced.
fn good_with(id: &str, from: &str, to: &str) -> String {
    let text = good(id, "");
    assert!(text.contains(from), "{from}");
    text.replacen(from, to, 1)
}

/// The complete fixture as version 2, with these supplier entries (YAML list).
fn project(suppliers: &str) -> String {
    edited(&[set("schema_version", "2"), set("suppliers", suppliers)])
}

fn project_in(phase: &str, suppliers: &str) -> String {
    let mut edits = vec![
        set("schema_version", "2"),
        set("suppliers", suppliers),
        set("lifecycle.phase", phase),
    ];
    if phase == "analysis" {
        edits.push(remove("lifecycle.next_review"));
    }
    if phase == "completed" {
        edits.push(set("lifecycle.ended", "2026-06-30"));
        edits.push(set("lifecycle.outcome", "Afsluttet."));
    }
    edited(&edits)
}

const KOMBIT_PD: &str = "[{supplier: kombit, role: data_processor, processes_personal_data: true}]";

/// A register with these supplier files (`id`, text).
fn register(files: &[(&str, String)]) -> Reg {
    let reg = Reg::new();
    std::fs::create_dir_all(reg.root().join("suppliers")).unwrap();
    for (id, text) in files {
        reg.write(&format!("suppliers/{id}.yaml"), text);
    }
    reg
}

/// Every finding of a whole-register check (assessments and supplier files).
fn all(reg: &Reg, as_of: &str) -> Vec<Finding> {
    reg.check_all(as_of).findings().cloned().collect()
}

/// Findings in one file.
fn in_file(findings: &[Finding], file: &str) -> Vec<Finding> {
    findings
        .iter()
        .filter(|f| f.file.ends_with(file))
        .cloned()
        .collect()
}

#[track_caller]
fn fires_in(
    findings: &[Finding],
    file: &str,
    rule: &str,
    sev: Severity,
    pos: (u32, u32),
) -> Finding {
    fires_at(&in_file(findings, file), rule, sev, pos)
}

// ---------------------------------------------------------------------------------------------
// Reading supplier files

#[test]
fn the_committed_schema_is_current() {
    let committed = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../schema/supplier.schema.json"),
    )
    .unwrap();
    assert_eq!(
        committed,
        dataetik_core::supplier::supplier_schema(),
        "schema/supplier.schema.json is out of date; regenerate it with\n    \
         cargo run -- schema --supplier > schema/supplier.schema.json"
    );
}

#[test]
fn the_template_reads_and_has_only_content_findings() {
    let text = dataetik_core::supplier::new_supplier("kombit");
    assert!(text.starts_with("# yaml-language-server: $schema=../schema/supplier.schema.json"));
    let reg = register(&[("kombit", text.clone())]);
    let findings = all(&reg, AS_OF);
    let rules: BTreeSet<String> = in_file(&findings, "kombit.yaml")
        .iter()
        .map(|f| f.rule.clone())
        .collect();
    assert_eq!(
        rules,
        BTreeSet::from(["GEN-003".to_string(), "SUP-009".to_string()]),
        "{}",
        show(&findings)
    );
    let set = reg.reg.suppliers();
    assert!(set.record("kombit").is_some());
}

#[test]
fn a_good_supplier_file_has_no_findings() {
    let reg = register(&[("kombit", good("kombit", ""))]);
    let findings = all(&reg, AS_OF);
    assert!(
        in_file(&findings, "kombit.yaml").is_empty(),
        "{}",
        show(&findings)
    );
}

#[test]
fn bad_supplier_files_are_gen_001_and_gen_002_with_positions() {
    let syntax = "id: a\nname: [unclosed\n".to_string();
    let typo = good_with("b", "  countries: [Danmark]", "  countrys: [Danmark]");
    let bad_value = good_with("c", "  region: eu_eea", "  region: europa");
    let reg = register(&[("a", syntax), ("b", typo.clone()), ("c", bad_value.clone())]);
    let findings = all(&reg, AS_OF);
    fires_in(&findings, "a.yaml", "GEN-001", Error, (3, 1));
    let f = fires_in(
        &findings,
        "b.yaml",
        "GEN-002",
        Error,
        find(&typo, "countrys"),
    );
    assert!(
        f.message().contains("countries"),
        "did you mean: {}",
        f.message()
    );
    fires_in(
        &findings,
        "c.yaml",
        "GEN-002",
        Error,
        find(&bad_value, "europa"),
    );
    // The rest of the file is still read: the dropped region makes no other finding.
    assert_eq!(in_file(&findings, "c.yaml").len(), 1, "{}", show(&findings));
}

#[test]
fn supplier_id_must_equal_the_file_stem_and_name_is_required() {
    let text = good_with("kombit", "id: kombit", "id: kombit-as").replacen(
        "name: Leverandør kombit A/S",
        "name: \"\"",
        1,
    );
    let reg = register(&[("kombit", text.clone())]);
    let findings = all(&reg, AS_OF);
    fires_in(
        &findings,
        "kombit.yaml",
        "GEN-004",
        Error,
        find(&text, "id: kombit-as"),
    );
    fires_in(
        &findings,
        "kombit.yaml",
        "GEN-003",
        Error,
        find(&text, "name:"),
    );
}

#[test]
fn a_version_1_assessment_cannot_refer_to_a_supplier_file() {
    let reg = register(&[("kombit", good("kombit", ""))]);
    let text = edited(&[set("suppliers", KOMBIT_PD)]);
    let findings = reg.check("complete", &text);
    let f = fires_at(&findings, "GEN-002", Error, find(&text, "supplier: kombit"));
    assert_eq!(f.field.as_deref(), Some("suppliers[0].supplier"));
}

#[test]
fn inline_suppliers_keep_their_rules_and_references_do_not_get_them() {
    let reg = register(&[("kombit", good("kombit", ""))]);
    // A reference has no dpa, global_compact or due_diligence of its own.
    let findings = reg.check("complete", &project(KOMBIT_PD));
    silent(&findings, "SUP-001");
    silent(&findings, "SUP-002");
    // An inline entry without a dpa still fires SUP-001.
    let text = project("[{name: Leverandør A/S, role: data_processor, processes_personal_data: true, global_compact: true, due_diligence: Kortlagt.}]");
    let findings = reg.check("complete", &text);
    fires_at(&findings, "SUP-001", Error, find(&text, "name: Leverandør"));
}

// ---------------------------------------------------------------------------------------------
// The chain

#[test]
fn chains_follow_sub_processors_once_and_survive_loops() {
    let reg = register(&[
        ("a", good("a", "sub_processors: [b, ghost]\n")),
        ("b", good("b", "sub_processors: [c]\n")),
        ("c", good("c", "sub_processors: [a]\n")),
    ]);
    let set = reg.reg.suppliers();
    let chain = set.chain("a");
    let ids: Vec<&str> = chain.iter().map(|l| l.id.as_str()).collect();
    assert_eq!(ids, ["a", "b", "c", "ghost"]);
    assert_eq!(
        chain[2],
        Link {
            id: "c".into(),
            via: vec!["a".into(), "b".into()],
            known: true
        }
    );
    assert_eq!(chain[2].path(), "a → b → c");
    assert!(!chain[3].known);
    assert_eq!(
        set.loop_through("c", "a"),
        Some(vec!["c".into(), "a".into(), "b".into(), "c".into()])
    );
    let users = set.users_of(&BTreeSet::from(["c".to_string()]));
    assert_eq!(users, BTreeSet::from(["a".into(), "b".into(), "c".into()]));
}

// ---------------------------------------------------------------------------------------------
// Rules: each fires once with its severity and position, and is quiet without its condition.

#[test]
fn sup003_unknown_supplier_in_an_assessment() {
    let reg = register(&[("kombit", good("kombit", ""))]);
    let text =
        project("[{supplier: kombitt, role: data_processor, processes_personal_data: true}]");
    let findings = reg.check("complete", &text);
    let f = fires_at(
        &findings,
        "SUP-003",
        Error,
        find(&text, "supplier: kombitt"),
    );
    assert_eq!(f.field.as_deref(), Some("suppliers[0].supplier"));
    assert!(f.message().contains("kombit?"), "{}", f.message());
    // No other chain rule piles up on an unknown id.
    for r in ["SUP-004", "SUP-006", "SUP-008"] {
        silent(&findings, r);
    }
    silent(&reg.check("complete", &project(KOMBIT_PD)), "SUP-003");
}

#[test]
fn sup003_without_a_supplier_directory() {
    let reg = Reg::new();
    let text = project(KOMBIT_PD);
    let f = fires_at(
        &reg.check("complete", &text),
        "SUP-003",
        Error,
        find(&text, "supplier: kombit"),
    );
    assert!(f.message().contains("suppliers"), "{}", f.message());
}

#[test]
fn sup003_unknown_sub_processor_in_a_supplier_file() {
    let text = good("kombit", "sub_processors:\n  - netcompany\n");
    let reg = register(&[("kombit", text.clone())]);
    let findings = all(&reg, AS_OF);
    let f = fires_in(
        &findings,
        "kombit.yaml",
        "SUP-003",
        Error,
        find(&text, "netcompany"),
    );
    assert_eq!(f.field.as_deref(), Some("sub_processors[0]"));
    let reg = register(&[("kombit", text), ("netcompany", good("netcompany", ""))]);
    silent(&all(&reg, AS_OF), "SUP-003");
}

/// KOMBIT with Netcompany as sub-processor, whose data processing agreement is blank.
fn chain_without_agreement() -> Reg {
    let sub = good_with(
        "netcompany",
        "  - reference: \"DBA 2024-01\"",
        "  - reference: \"\"",
    );
    register(&[
        ("kombit", good("kombit", "sub_processors: [netcompany]\n")),
        ("netcompany", sub),
    ])
}

#[test]
fn sup004_a_link_without_an_agreement() {
    let reg = chain_without_agreement();
    let text = project(KOMBIT_PD);
    let findings = reg.check("complete", &text);
    let f = fires_at(&findings, "SUP-004", Error, find(&text, "supplier: kombit"));
    let m = f.message();
    assert!(
        m.contains("netcompany") && m.contains("kombit → netcompany"),
        "{m}"
    );
    // Not before build, and not when the supplier processes no personal data.
    silent(
        &reg.check("complete", &project_in("analysis", KOMBIT_PD)),
        "SUP-004",
    );
    let no_pd = project("[{supplier: kombit, role: developer, processes_personal_data: false}]");
    silent(&reg.check("complete", &no_pd), "SUP-004");
}

#[test]
fn sup004_stays_an_error_on_a_completed_project() {
    // Like SUP-001, a missing agreement is not a historical gap (GEN-013): data kept after the
    // project ended is still processed under the chain's agreements.
    let reg = chain_without_agreement();
    let text = project_in("completed", KOMBIT_PD);
    let findings = reg.check("complete", &text);
    let f = fires_at(&findings, "SUP-004", Error, find(&text, "supplier: kombit"));
    assert!(!f.historical);
}

#[test]
fn sup005_third_country_without_transfer_basis() {
    let text = good_with(
        "cloud",
        "  region: eu_eea\n  countries: [Danmark]",
        "  region: third_country\n  countries: [USA]",
    );
    let reg = register(&[("cloud", text.clone())]);
    let findings = all(&reg, AS_OF);
    let f = fires_in(
        &findings,
        "cloud.yaml",
        "SUP-005",
        Error,
        find(&text, "region:"),
    );
    assert!(f.message().contains("USA"), "{}", f.message());
    let fixed = text.replacen(
        "  countries: [USA]",
        "  countries: [USA]\n  transfer_basis: standard_contractual_clauses",
        1,
    );
    silent(&all(&register(&[("cloud", fixed)]), AS_OF), "SUP-005");
}

#[test]
fn sup006_a_link_of_unknown_location() {
    let sub = good_with("netcompany", "  region: eu_eea\n", "");
    let reg = register(&[
        ("kombit", good("kombit", "sub_processors: [netcompany]\n")),
        ("netcompany", sub),
    ]);
    let text = project(KOMBIT_PD);
    let f = fires_at(
        &reg.check("complete", &text),
        "SUP-006",
        Error,
        find(&text, "supplier: kombit"),
    );
    assert!(
        f.message().contains("kombit → netcompany"),
        "{}",
        f.message()
    );
    // A sub-processor without a file: its location is unknown too (and SUP-003 fires in the
    // supplier file).
    let reg = register(&[("kombit", good("kombit", "sub_processors: [ghost]\n"))]);
    let f = fires_at(
        &reg.check("complete", &text),
        "SUP-006",
        Error,
        find(&text, "supplier: kombit"),
    );
    assert!(f.message().contains("ghost"), "{}", f.message());
    let reg = register(&[
        ("kombit", good("kombit", "sub_processors: [netcompany]\n")),
        ("netcompany", good("netcompany", "")),
    ]);
    silent(&reg.check("complete", &text), "SUP-006");
}

#[test]
fn sup007_due_diligence_follow_up_passed() {
    let text = good_with("dell", "  follow_up: 2027-06-01", "  follow_up: 2026-10-01");
    let reg = register(&[("dell", text.clone())]);
    let f = fires_in(
        &all(&reg, AS_OF),
        "dell.yaml",
        "SUP-007",
        Warning,
        find(&text, "follow_up:"),
    );
    assert!(f.message().contains("55"), "{}", f.message());
    silent(&all(&reg, "2026-09-30"), "SUP-007");
}

#[test]
fn sup008_contract_ended_while_the_project_is_active() {
    let reg = register(&[(
        "kombit",
        good_with("kombit", "  end: 2029-12-31", "  end: 2026-06-30"),
    )]);
    let text = project(KOMBIT_PD);
    fires_at(
        &reg.check("complete", &text),
        "SUP-008",
        Error,
        find(&text, "supplier: kombit"),
    );
    silent(
        &reg.check("complete", &project_in("completed", KOMBIT_PD)),
        "SUP-008",
    );
    silent(&reg.check_as_of("complete", &text, "2026-06-30"), "SUP-008");
}

#[test]
fn sup008_can_be_waived_in_the_assessment() {
    let reg = register(&[(
        "kombit",
        good_with("kombit", "  end: 2029-12-31", "  end: 2026-06-30"),
    )]);
    let text = edited(&[
        set("schema_version", "2"),
        set("suppliers", KOMBIT_PD),
        set("waivers", "[{rule: SUP-008, level: director, reason: Forlængelsen er under underskrivelse, approved_by: Direktionen, date: 2026-07-01, expires: 2026-12-31}]"),
    ]);
    let findings = reg.check("complete", &text);
    assert!(
        of(&findings, "SUP-008").iter().all(|f| f.waived()),
        "{}",
        show(&findings)
    );
    assert_eq!(of(&findings, "SUP-008").len(), 1);
}

#[test]
fn sup009_company_without_global_compact_clauses() {
    let text = good_with("vendor", "    labour: \"bilag 7, pkt. 2\"\n", "");
    let reg = register(&[("vendor", text.clone())]);
    let f = fires_in(
        &all(&reg, AS_OF),
        "vendor.yaml",
        "SUP-009",
        Warning,
        find(&text, "clauses:"),
    );
    assert!(
        f.message().contains("arbejdstagerrettigheder"),
        "{}",
        f.message()
    );
    // The Global Compact applies to companies: a university is not asked.
    let research = text.replacen("kind: company", "kind: research", 1);
    silent(&all(&register(&[("vendor", research)]), AS_OF), "SUP-009");
}

#[test]
fn sup010_hardware_supplier_without_due_diligence() {
    let text = good_with(
        "dell",
        "  risks: Kortlagt for underleverandører i Danmark og Polen.\n",
        "",
    )
    .replacen("kind: company", "kind: company\nhardware: true", 1);
    let reg = register(&[("dell", text.clone())]);
    fires_in(
        &all(&reg, AS_OF),
        "dell.yaml",
        "SUP-010",
        Warning,
        find(&text, "due_diligence:"),
    );
    // Hardware by a project's role, without `hardware: true`.
    let by_role = text.replacen("hardware: true\n", "", 1);
    let reg = register(&[("dell", by_role.clone())]);
    reg.write(
        "assessments/complete.yaml",
        project("[{supplier: dell, role: hardware, processes_personal_data: false}]"),
    );
    fires_in(
        &all(&reg, AS_OF),
        "dell.yaml",
        "SUP-010",
        Warning,
        find(&by_role, "due_diligence:"),
    );
    // Quiet with the risks mapped, or when nobody uses it for hardware.
    silent(&all(&register(&[("dell", by_role)]), AS_OF), "SUP-010");
    let mapped = good("dell", "hardware: true\n");
    silent(&all(&register(&[("dell", mapped)]), AS_OF), "SUP-010");
}

#[test]
fn sup011_a_loop_of_sub_processors_is_an_error_not_a_hang() {
    let a = good("a", "sub_processors:\n  - b\n");
    let b = good("b", "sub_processors:\n  - a\n");
    let reg = register(&[("a", a.clone()), ("b", b.clone())]);
    let findings = all(&reg, AS_OF);
    // At the list item's value.
    let item = |text: &str, needle: &str| {
        let (l, c) = find(text, needle);
        (l, c + 2)
    };
    let f = fires_in(&findings, "a.yaml", "SUP-011", Error, item(&a, "- b"));
    assert!(f.message().contains("a → b → a"), "{}", f.message());
    fires_in(&findings, "b.yaml", "SUP-011", Error, item(&b, "- a"));
    // A supplier listing itself.
    let selfish = good("c", "sub_processors: [c]\n");
    let findings = all(&register(&[("c", selfish.clone())]), AS_OF);
    let (l, c) = find(&selfish, "[c]");
    fires_in(&findings, "c.yaml", "SUP-011", Error, (l, c + 1));
    // The project's chain checks terminate too.
    let text = project("[{supplier: a, role: data_processor, processes_personal_data: true}]");
    silent(&reg.check("complete", &text), "SUP-006");
    // No loop: quiet.
    let reg = register(&[("a", a), ("b", good("b", ""))]);
    silent(&all(&reg, AS_OF), "SUP-011");
}

#[test]
fn supplier_rules_are_builtin_with_texts_in_both_languages() {
    let policy = builtin();
    for id in RULES {
        let rule = policy.rule(id).unwrap_or_else(|| panic!("{id} missing"));
        assert!(rule.builtin, "{id}");
        assert_eq!(rule.principle, "suppliers");
        for t in [
            &rule.title,
            &rule.message,
            &rule.help,
            &rule.why,
            &rule.fires_when,
        ] {
            assert!(!t.da.trim().is_empty() && !t.en.trim().is_empty(), "{id}");
        }
    }
}

#[test]
fn records_deserialize_every_field() {
    let text = good(
        "x",
        "sub_processors: [y]\nhardware: false\nservices: Drift.\n",
    );
    let tree = dataetik_core::load::parse(&text, &Default::default()).unwrap();
    let r: SupplierRecord = dataetik_core::load::de::from_node(&tree).unwrap();
    assert_eq!(r.sub_processor_ids().collect::<Vec<_>>(), ["y"]);
    assert_eq!(r.agreements().count(), 1);
    assert_eq!(r.contract_end(), Some(date("2029-12-31")));
}

// ---------------------------------------------------------------------------------------------
// Selection: `--changed-since` re-checks the assessments whose chain includes a changed supplier.

fn git(dir: &std::path::Path, args: &[&str]) {
    let out = std::process::Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(["-c", "user.name=t", "-c", "user.email=t@example.org"])
        .args(args)
        .output()
        .expect("git runs");
    assert!(
        out.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn changed_since_keeps_assessments_whose_chain_changed() {
    let reg = register(&[
        ("kombit", good("kombit", "sub_processors: [netcompany]\n")),
        ("netcompany", good("netcompany", "")),
        ("other", good("other", "")),
    ]);
    let uses = |id: &str| {
        project(&format!(
            "[{{supplier: {id}, role: data_processor, processes_personal_data: true}}]"
        ))
        .replacen("id: complete", &format!("id: uses-{id}"), 1)
    };
    reg.write("assessments/uses-kombit.yaml", uses("kombit"));
    reg.write("assessments/uses-other.yaml", uses("other"));
    git(reg.root(), &["init", "-q"]);
    git(reg.root(), &["add", "-A"]);
    git(reg.root(), &["commit", "-qm", "start"]);
    // The sub-processor moves its data out of the EU/EEA without a transfer basis, and loses
    // its location statement: the project using KOMBIT is affected two links up.
    let changed_text = good_with("netcompany", "  region: eu_eea\n", "");
    reg.write("suppliers/netcompany.yaml", &changed_text);
    let files =
        dataetik_core::register::list_assessment_files(reg.root(), &[reg.reg.assessments_dir()])
            .unwrap();
    // A fresh register: the supplier files are read once per register.
    let fresh = dataetik_core::register::Register::with_config(
        reg.root().to_path_buf(),
        None,
        reg.reg.config.clone(),
    )
    .unwrap();
    let mut result = dataetik_core::check::check_register_with(
        &fresh,
        &files,
        &opts(AS_OF),
        dataetik_core::check::slim_model,
    );
    let changed = dataetik_core::git::changed_files(reg.root(), "HEAD").unwrap();
    dataetik_core::git::retain_changed(&fresh, &mut result, &changed);
    let kept: Vec<String> = result
        .files
        .iter()
        .map(dataetik_core::check::FileResult::id)
        .collect();
    assert_eq!(kept, ["uses-kombit"]);
    let findings: Vec<Finding> = result.findings().cloned().collect();
    fires_in(
        &findings,
        "uses-kombit.yaml",
        "SUP-006",
        Error,
        find(&uses("kombit"), "supplier: kombit"),
    );
    // Nothing about unchanged supplier files.
    assert!(in_file(&findings, "other.yaml").is_empty());
    // Deleting the sub-processor's file is a change too.
    std::fs::remove_file(reg.root().join("suppliers/netcompany.yaml")).unwrap();
    let fresh = dataetik_core::register::Register::with_config(
        reg.root().to_path_buf(),
        None,
        reg.reg.config.clone(),
    )
    .unwrap();
    let mut result = dataetik_core::check::check_register(&fresh, &files, &opts(AS_OF));
    let changed = dataetik_core::git::changed_files(reg.root(), "HEAD").unwrap();
    dataetik_core::git::retain_changed(&fresh, &mut result, &changed);
    let kept: Vec<String> = result
        .files
        .iter()
        .map(dataetik_core::check::FileResult::id)
        .collect();
    assert_eq!(kept, ["uses-kombit"]);
    let findings: Vec<Finding> = result.findings().cloned().collect();
    fires_in(
        &findings,
        "kombit.yaml",
        "SUP-003",
        Error,
        find(
            &good("kombit", "sub_processors: [netcompany]\n"),
            "netcompany",
        ),
    );
}
