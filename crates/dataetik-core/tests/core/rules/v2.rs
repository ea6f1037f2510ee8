//! Per-rule cases of the format version 2 rules (GEN-010, GEN-012..015, TRA-004, TRA-006,
//! TRA-007, INT-003, ACC-002, ACC-009, EQU-008, EQU-009, SUP-002), in the manner of the version 1
//! cases: each fires once with its severity at an exact position, and is quiet without its
//! condition. Also: placeholders count as blank in version 2 files only, and GEN-013 turns a
//! finished project's gaps into historical notes.

use super::{fires, quiet, Fires, Quiet};
use crate::common::*;
use dataetik_core::policy::Severity::{self, Error, Note, Warning};

/// The complete fixture as a complete, passing version 2 file (every risk factor stated, risks,
/// debate, inputs), with `extra` edits after.
pub(super) fn v2(extra: Vec<Edit>) -> Vec<Edit> {
    let mut all = vec![
        set("schema_version", "2"),
        set("data.subjects", "[children, citizens]"),
        set(
            "automation.inputs",
            "[{name: herkomst, protected: ethnicity, justification: Kun til biastest}, {name: antal underretninger}]",
        ),
        set("impact", "{effect: offer, reversibility: reversible}"),
        set(
            "risks",
            "[{risk: Forkert markering, likelihood: medium, severity: high, mitigation: Rådgiveren vurderer altid selv, owner: Teamleder}]",
        ),
        set("debate", "'**Tidlig hjælp eller stempel?** Udvalget kan drøfte det.'"),
        set("links", "{public_page: 'https://kommune.dk/x'}"),
        set("suppliers[0].kind", "company"),
    ];
    all.extend(extra);
    all
}

/// A finished version 2 project (stopped or completed) with its data's fate recorded.
fn finished_v2(phase: &str, extra: Vec<Edit>) -> Vec<Edit> {
    let mut all = v2(vec![
        set("lifecycle.phase", phase),
        set("lifecycle.started", "2017"),
        set("lifecycle.ended", "2018"),
        remove("lifecycle.next_review"),
        set("lifecycle.outcome", "Projektet blev stoppet i 2018."),
        set("lifecycle.data_fate", "deleted"),
        set("lifecycle.data_fate_date", "2019-01-31"),
    ]);
    all.extend(extra);
    all
}

const WAIVER_V2: &str = "[{rule: INT-004, level: LEVEL, reason: Beskrives ved næste gennemgang, approved_by: Direktionen, date: 2026-01-10, expires: 2026-12-31}]";

fn waiver(level: &str) -> String {
    if level.is_empty() {
        WAIVER_V2.replace("level: LEVEL, ", "")
    } else {
        WAIVER_V2.replace("LEVEL", level)
    }
}

/// A summary with a LIX far above 45: one long sentence of long words.
const HARD_SUMMARY: &str = "'Beslutningsstøtteværktøjet anvender maskinlæringsbaserede risikovurderinger af underretningsoplysninger kombineret med registeroplysninger vedrørende familiernes socioøkonomiske karakteristika og tidligere foranstaltninger.'";

pub(super) fn fires_cases_v2() -> Vec<Fires> {
    let sel = |effect: &str, extra: Vec<Edit>| {
        let mut e = v2(vec![
            set("automation.kind", "selection"),
            set("impact.effect", effect),
            remove("automation.appeal"),
        ]);
        e.extend(extra);
        e
    };
    vec![
        // Placeholders count as blank in version 2 files (every declarative `require`).
        fires(
            "DIG-002",
            v2(vec![set("principles.dignity.proportionality", "Nee")]),
            Error,
            "principles.dignity.proportionality",
        ),
        fires(
            "ACC-001",
            v2(vec![set("legal_basis", "n/a.")]),
            Error,
            "legal_basis",
        ),
        // ... and in built-in text checks: a DPIA reason, a waiver's reason.
        fires(
            "DIG-004",
            v2(vec![
                set("data.dpia", "{status: not_required, reason: '-'}"),
                set("data.sensitive_data", "false"),
                set("data.combines_sources", "false"),
                set("data.profiling", "false"),
                set("automation.kind", "analysis"),
            ]),
            Error,
            "data.dpia.reason",
        ),
        fires(
            "GEN-007",
            v2(vec![
                set("waivers", &waiver("executive_board")),
                set("waivers[0].reason", "TBD"),
            ]),
            Error,
            "waivers[0].reason",
        ),
        // GEN-010: a finished version 2 project must say what happened to the data.
        fires(
            "GEN-010",
            finished_v2("stopped", vec![remove("lifecycle.data_fate")]),
            Error,
            "lifecycle",
        ),
        fires(
            "GEN-010",
            finished_v2("completed", vec![remove("lifecycle.data_fate_date")]),
            Error,
            "lifecycle",
        ),
        // GEN-012: a risk factor not stated, from analysis; at the first such field.
        fires(
            "GEN-012",
            v2(vec![remove("impact.reversibility")]),
            Warning,
            "impact",
        ),
        fires(
            "GEN-012",
            v2(vec![
                remove("data.sensitive_data"),
                remove("citizens_affected"),
                set("lifecycle.phase", "analysis"),
                remove("lifecycle.next_review"),
            ]),
            Warning,
            "data",
        ),
        // GEN-014: a waiver granted below the approval the risk level (3) requires.
        fires(
            "GEN-014",
            v2(vec![set("waivers", &waiver("director"))]),
            Error,
            "waivers[0].level",
        ),
        fires(
            "GEN-014",
            v2(vec![set("waivers", &waiver(""))]),
            Warning,
            "waivers[0]",
        ),
        // TRA-004: blank publication and no public page.
        fires(
            "TRA-004",
            v2(vec![
                remove("links"),
                set("principles.transparency.publication", "Følger."),
            ]),
            Warning,
            "principles.transparency.publication",
        ),
        // TRA-006: high risk without dilemmas for debate.
        fires("TRA-006", v2(vec![remove("debate")]), Warning, "debate"),
        fires(
            "TRA-006",
            v2(vec![set("debate", "Ingen")]),
            Warning,
            "debate",
        ),
        // TRA-007: a summary that is hard to read.
        fires(
            "TRA-007",
            v2(vec![set("summary", HARD_SUMMARY)]),
            Note,
            "summary",
        ),
        // INT-003: selection or decision support with serious consequences, without appeal.
        fires("INT-003", sel("investigation", vec![]), Error, "automation"),
        fires(
            "INT-003",
            v2(vec![
                set("impact.effect", "benefit"),
                set("automation.appeal", "Nej."),
            ]),
            Error,
            "automation.appeal",
        ),
        // ACC-002: a high-risk project in analysis without approval to start.
        fires(
            "ACC-002",
            v2(vec![
                set("lifecycle.phase", "analysis"),
                remove("principles.accountability.approval.by"),
            ]),
            Warning,
            "principles.accountability.approval",
        ),
        // ACC-009: no risks at a high level from build; a high risk without mitigation.
        fires("ACC-009", v2(vec![remove("risks")]), Warning, "risks"),
        fires(
            "ACC-009",
            v2(vec![remove("risks[0].mitigation")]),
            Error,
            "risks[0]",
        ),
        fires(
            "ACC-009",
            v2(vec![
                set("risks[0].likelihood", "high"),
                set("risks[0].mitigation", "'?'"),
            ]),
            Error,
            "risks[0].mitigation",
        ),
        // EQU-008: a protected attribute as input without justification.
        fires(
            "EQU-008",
            v2(vec![remove("automation.inputs[0].justification")]),
            Error,
            "automation.inputs[0]",
        ),
        fires(
            "EQU-008",
            v2(vec![set("automation.inputs[0].justification", "Nee")]),
            Error,
            "automation.inputs[0].justification",
        ),
        // EQU-009: machine learning from build without listed inputs.
        fires(
            "EQU-009",
            v2(vec![remove("automation.inputs")]),
            Warning,
            "automation",
        ),
        fires(
            "EQU-009",
            v2(vec![
                remove("automation.inputs"),
                set("automation.machine_learning", "false"),
                set("automation.kind", "selection"),
            ]),
            Warning,
            "automation",
        ),
        // SUP-002: companies are asked for the Global Compact.
        fires(
            "SUP-002",
            v2(vec![set("suppliers[0].global_compact", "false")]),
            Warning,
            "suppliers[0].global_compact",
        ),
        fires(
            "SUP-002",
            v2(vec![set("suppliers[0].due_diligence", "ok")]),
            Warning,
            "suppliers[0].due_diligence",
        ),
    ]
}

pub(super) fn quiet_cases_v2() -> Vec<Quiet> {
    vec![
        // Version 1 files check exactly as before: a placeholder is a text there.
        quiet(
            "DIG-002",
            vec![set("principles.dignity.proportionality", "Nee")],
        ),
        quiet("ACC-001", vec![set("legal_basis", "n/a.")]),
        quiet(
            "GEN-007",
            vec![
                set("waivers", super::WAIVER),
                set("waivers[0].reason", "TBD"),
            ],
        ),
        // GEN-013 gives no findings of its own (see gen013_a_finished_projects_gaps_are_...).
        quiet("GEN-013", finished_v2("stopped", vec![])),
        // A real text that starts like a placeholder is a text.
        quiet(
            "DIG-002",
            v2(vec![set(
                "principles.dignity.proportionality",
                "Nej til fuld automatisering: gevinsten opvejer ikke risikoen.",
            )]),
        ),
        quiet(
            "GEN-010",
            finished_v2(
                "stopped",
                vec![
                    set("lifecycle.data_fate", "retained"),
                    remove("lifecycle.data_fate_date"),
                ],
            ),
        ),
        quiet("GEN-012", v2(vec![])),
        quiet(
            "GEN-012",
            v2(vec![
                remove("impact.reversibility"),
                set("lifecycle.phase", "idea"),
                remove("lifecycle.next_review"),
            ]),
        ),
        // Version 1 files have no unstated factors.
        quiet("GEN-012", vec![remove("data.sensitive_data")]),
        quiet(
            "GEN-014",
            v2(vec![set("waivers", &waiver("executive_board"))]),
        ),
        quiet("GEN-014", v2(vec![set("waivers", &waiver("political"))])),
        quiet("GEN-015", v2(vec![])),
        quiet(
            "TRA-004",
            v2(vec![remove("principles.transparency.publication")]),
        ),
        quiet(
            "TRA-006",
            v2(vec![remove("debate"), set("citizens_affected", "10")])
                .into_iter()
                .chain(v2_low_risk())
                .collect(),
        ),
        quiet("TRA-006", vec![]),
        quiet("TRA-007", v2(vec![])),
        quiet("TRA-007", vec![set("summary", HARD_SUMMARY)]),
        quiet(
            "INT-003",
            v2(vec![
                set("automation.kind", "selection"),
                set("impact.effect", "offer"),
                remove("automation.appeal"),
            ]),
        ),
        quiet(
            "INT-003",
            v2(vec![
                set("automation.kind", "analysis"),
                set("impact.effect", "investigation"),
                remove("automation.appeal"),
            ]),
        ),
        quiet(
            "ACC-002",
            v2(vec![
                set("lifecycle.phase", "analysis"),
                remove("principles.accountability.approval"),
            ])
            .into_iter()
            .chain(v2_low_risk())
            .collect(),
        ),
        quiet(
            "ACC-009",
            v2(vec![remove("risks")])
                .into_iter()
                .chain(v2_low_risk())
                .collect(),
        ),
        quiet(
            "ACC-009",
            v2(vec![
                set("risks[0].severity", "medium"),
                remove("risks[0].mitigation"),
            ]),
        ),
        quiet(
            "EQU-008",
            v2(vec![
                set("automation.inputs[0].protected", "none"),
                remove("automation.inputs[0].justification"),
            ]),
        ),
        quiet(
            "EQU-009",
            v2(vec![
                remove("automation.inputs"),
                set("lifecycle.phase", "analysis"),
            ]),
        ),
        quiet("EQU-009", vec![set("automation.machine_learning", "true")]),
        quiet(
            "SUP-002",
            v2(vec![
                set("suppliers[0].kind", "research"),
                set("suppliers[0].global_compact", "false"),
                remove("suppliers[0].due_diligence"),
            ]),
        ),
        quiet(
            "SUP-002",
            v2(vec![
                set("suppliers[0].kind", "public"),
                remove("suppliers[0].global_compact"),
            ]),
        ),
    ]
}

/// Edits that bring the version 2 fixture below risk level 3 (4 points: personal data,
/// analysis, 1,000+ people; offer, reversible).
fn v2_low_risk() -> Vec<Edit> {
    vec![
        set("data.sensitive_data", "false"),
        set("data.combines_sources", "false"),
        set("data.profiling", "false"),
        set("vulnerable_groups", "[]"),
        set("automation.kind", "analysis"),
        set("automation.machine_learning", "false"),
    ]
}

fn risk_level(edits: &[Edit]) -> (u8, bool) {
    let risk = super::risk_with(edits);
    (risk.level, risk.complete)
}

#[test]
fn the_version_2_fixture_is_level_3_and_passes() {
    assert_eq!(risk_level(&v2(vec![])), (3, true));
    assert!(risk_level(&v2(v2_low_risk())).0 < 3);
    let f = check(&edited(&v2(vec![])));
    assert!(f.is_empty(), "{}", show(&f));
    let f = check(&edited(&finished_v2("stopped", vec![])));
    assert!(f.is_empty(), "{}", show(&f));
}

#[test]
fn a_placeholder_is_named_in_the_message() {
    let text = edited(&v2(vec![set("principles.dignity.proportionality", "Nee")]));
    let f = fires_at(
        &check(&text),
        "DIG-002",
        Error,
        locate(&text, "principles.dignity.proportionality"),
    );
    let m = f.message();
    assert!(m.contains("pladsholder") && m.contains("Nee"), "{m}");
    let en = dataetik_core::i18n::Lang::En
        .catalogue()
        .finding_message(builtin(), &f);
    assert!(en.contains("placeholder") && en.contains("Nee"), "{en}");
    // A missing field says nothing about placeholders.
    let text = edited(&v2(vec![remove("principles.dignity.proportionality")]));
    let f = check(&text);
    let m = of(&f, "DIG-002")[0].message();
    assert!(!m.contains("pladsholder"), "{m}");
    // The waiver's placeholder names the key.
    let text = edited(&v2(vec![
        set("waivers", &waiver("executive_board")),
        set("waivers[0].approved_by", "'?'"),
    ]));
    let f = check(&text);
    let m = of(&f, "GEN-007")[0].message();
    assert!(
        m.contains("`approved_by`") && m.contains("pladsholder"),
        "{m}"
    );
    // An invalid waiver does not waive: INT-004 is not waived here (its condition is absent in
    // the fixture anyway), and a placeholder EQU-004 reason counts as blank.
    let text = edited(&v2(vec![
        set("principles.equality.bias_tests[0].attributes", "[køn]"),
        set("principles.equality.attributes_reason", "Ingen."),
    ]));
    assert_eq!(of(&check(&text), "EQU-004").len(), 1);
    let text = edited(&[
        set("principles.equality.bias_tests[0].attributes", "[køn]"),
        set("principles.equality.attributes_reason", "Ingen."),
    ]);
    silent(&check(&text), "EQU-004");
}

#[test]
fn a_policy_can_turn_placeholders_off() {
    let mut policy = builtin().clone();
    policy.placeholders = Some(vec![]);
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("p.yaml"),
        serde_yaml::to_string(&policy).unwrap(),
    )
    .unwrap();
    std::fs::create_dir_all(dir.path().join("assessments")).unwrap();
    let config = dataetik_core::register::Config {
        policy: "p.yaml".into(),
        ..Default::default()
    };
    let reg =
        dataetik_core::register::Register::with_config(dir.path().to_path_buf(), None, config)
            .expect("register with own policy");
    let text = edited(&v2(vec![set("principles.dignity.proportionality", "Nee")]));
    let res = dataetik_core::check::check_bytes(
        &reg,
        &dir.path().join("assessments/complete.yaml"),
        "assessments/complete.yaml",
        text.as_bytes(),
        &opts(AS_OF),
    );
    silent(&res.findings, "DIG-002");
}

#[test]
fn gen013_a_finished_projects_gaps_are_historical_notes() {
    // Gaps of several rules on a stopped version 2 project: notes, historical, own rule ids.
    let text = edited(&finished_v2(
        "stopped",
        vec![
            remove("principles.transparency.citizen_information"),
            remove("data.dpia"),
            remove("risks"),
            set("title", "Sag om 010190-1234"),
            remove("suppliers[0].dpa"),
            remove("owner.responsible"),
            set("lifecycle.data_fate", "archived"),
            remove("lifecycle.data_fate_date"),
        ],
    ));
    let r = Reg::new();
    let res = r.check_all_findings("complete", &text, AS_OF);
    let sev = |rule: &str| -> Vec<(Severity, bool)> {
        of(&res, rule)
            .iter()
            .map(|f| (f.severity, f.historical))
            .collect()
    };
    assert_eq!(sev("TRA-001"), vec![(Note, true)], "{}", show(&res));
    assert_eq!(sev("DIG-004"), vec![(Note, true)], "{}", show(&res));
    assert_eq!(sev("ACC-009"), vec![(Note, true)], "{}", show(&res));
    // GEN-*, PUB-001 and SUP-001 keep their severity.
    assert_eq!(sev("GEN-003"), vec![(Error, false)], "{}", show(&res));
    assert_eq!(sev("GEN-010"), vec![(Error, false)], "{}", show(&res));
    assert_eq!(sev("PUB-001"), vec![(Error, false)], "{}", show(&res));
    assert_eq!(sev("SUP-001"), vec![(Error, false)], "{}", show(&res));
    // The human words mark it.
    let f = of(&res, "TRA-001")[0];
    assert_eq!(
        dataetik_core::i18n::Lang::Da
            .catalogue()
            .finding_severity(f),
        "historisk note"
    );
    // Without the kept rules' findings, the stopped project passes even --strict.
    let text = edited(&finished_v2(
        "stopped",
        vec![
            remove("principles.transparency.citizen_information"),
            remove("data.dpia"),
            remove("risks"),
            remove("automation.inputs"),
        ],
    ));
    let res = r.check_all_findings("complete", &text, AS_OF);
    assert!(!res.is_empty());
    assert!(
        res.iter().all(|f| !f.fails(true) && f.historical),
        "{}",
        show(&res)
    );
    // A waived finding stays waived (not historical).
    let text = edited(&finished_v2(
        "stopped",
        vec![
            remove("principles.integrity.professional_value"),
            set("waivers", &waiver("executive_board")),
        ],
    ));
    let res = r.check_all_findings("complete", &text, AS_OF);
    let f = of(&res, "INT-004");
    assert_eq!(f.len(), 1, "{}", show(&res));
    assert!(f[0].waived() && !f[0].historical);
    // Active projects, and version 1 files, are not touched.
    let text = edited(&v2(vec![remove(
        "principles.transparency.citizen_information",
    )]));
    let res = r.check_all_findings("complete", &text, AS_OF);
    assert_eq!(sev_of(&res, "TRA-001"), vec![(Error, false)]);
    let text = edited(&[
        set("lifecycle.phase", "stopped"),
        set("lifecycle.ended", "2026-10-31"),
        set("lifecycle.outcome", "Stoppet."),
        remove("principles.transparency.citizen_information"),
    ]);
    let res = r.check_all_findings("complete", &text, AS_OF);
    assert_eq!(sev_of(&res, "TRA-001"), vec![(Error, false)]);
}

fn sev_of(res: &[dataetik_core::check::Finding], rule: &str) -> Vec<(Severity, bool)> {
    of(res, rule)
        .iter()
        .map(|f| (f.severity, f.historical))
        .collect()
}

#[test]
fn gen015_a_version_1_file_gets_a_note() {
    let r = Reg::new();
    let res = r.check_all_findings("complete", COMPLETE, AS_OF);
    let f = fires_at(&res, "GEN-015", Note, locate(COMPLETE, "schema_version"));
    assert!(f.message().contains("dataetik migrate"), "{}", f.message());
    assert!(!f.fails(true));
    let text = edited(&v2(vec![]));
    silent(&r.check_all_findings("complete", &text, AS_OF), "GEN-015");
    // No schema_version at all: GEN-003 says so, GEN-015 does not guess.
    let text = edited(&[remove("schema_version")]);
    silent(&r.check_all_findings("complete", &text, AS_OF), "GEN-015");
}

#[test]
fn gen012_names_every_unstated_factor() {
    let text = edited(&v2(vec![
        remove("data.sensitive_data"),
        remove("citizens_affected"),
        remove("impact"),
    ]));
    let f = check(&text);
    let hits = of(&f, "GEN-012");
    assert_eq!(hits.len(), 1, "{}", show(&f));
    let m = hits[0].message();
    for field in [
        "data.sensitive_data",
        "citizens_affected",
        "impact.effect",
        "impact.reversibility",
    ] {
        assert!(m.contains(field), "{field}: {m}");
    }
    assert!(m.contains("mindst"), "{m}");
}

#[test]
fn gen014_a_minimum_level_still_requires_its_approval() {
    // Level at least 3 (a factor unstated): the board is still required.
    let text = edited(&v2(vec![
        remove("impact.reversibility"),
        set("waivers", &waiver("director")),
    ]));
    let f = check(&text);
    let hit = fires_at(&f, "GEN-014", Error, locate(&text, "waivers[0].level"));
    assert!(hit.message().contains("mindst 3"), "{}", hit.message());
    assert!(
        hit.message().contains("executive_board"),
        "{}",
        hit.message()
    );
}
