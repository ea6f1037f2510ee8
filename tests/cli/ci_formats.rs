//! CI and editor integration, end to end through the binary: SARIF, JUnit and GitHub output parsed
//! back, the JSON Schema validated with a real validator, `--changed-since` in a real git
//! repository, and `init`/`new` never overwriting anything.
//!
//! Every test works on a copy of the example register in a temporary directory, so the
//! repository's own files are never touched.

use crate::common;

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::process::Command as StdCommand;

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;

/// Fixed date so waivers and review dates give the same result on every day.
const AS_OF: &str = "2026-06-01";

fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

/// A copy of the example register (config, assessments, project directories, schema).
fn example_register() -> tempfile::TempDir {
    common::example_register_copy()
}

/// The example register with failures of several kinds: an unassessed project directory
/// (GEN-006), a misspelled key (GEN-002) and a file that is not YAML (GEN-001).
fn broken_register() -> tempfile::TempDir {
    let dir = example_register();
    let a = dir.path().join("assessments");
    std::fs::remove_file(a.join("bmf-2024-trafikdashboard.yaml")).unwrap();
    let chatbot = a.join("oepf-2026-chatbot.yaml");
    let mut text = std::fs::read_to_string(&chatbot).unwrap();
    text.push_str("transparancy: glemt at stave rigtigt\n");
    std::fs::write(&chatbot, text).unwrap();
    std::fs::write(a.join("broken-yaml.yaml"), "id: [unclosed\ntitle: x\n").unwrap();
    dir
}

/// Where the example register's `projects:` pattern is written in its dataetik.yaml.
fn pattern_position(dir: &Path) -> (u32, u32) {
    let config = std::fs::read_to_string(dir.join("dataetik.yaml")).unwrap();
    common::find(&config, "\"projects/*\"")
}

/// The binary under test (see `common::bin_path`).
fn bin() -> PathBuf {
    common::bin_path().to_path_buf()
}

fn dataetik(dir: &Path) -> Command {
    let mut cmd = Command::new(bin());
    cmd.current_dir(dir)
        .env_remove("GITHUB_ACTIONS")
        .env("NO_COLOR", "1");
    cmd
}

fn check_output(dir: &Path, args: &[&str]) -> (i32, String) {
    let out = dataetik(dir)
        .arg("check")
        .args(["--as-of", AS_OF])
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
    )
}

fn json_findings(dir: &Path, extra: &[&str]) -> Vec<Value> {
    let mut args = vec!["--format", "json"];
    args.extend_from_slice(extra);
    let (_, out) = check_output(dir, &args);
    let v: Value = serde_json::from_str(&out).unwrap();
    v["findings"].as_array().unwrap().clone()
}

// ---------------------------------------------------------------------------------------------
// SARIF

fn sarif_of(dir: &Path) -> (i32, Value) {
    let (code, out) = check_output(dir, &["--format", "sarif"]);
    // The typed model of the serde-sarif crate must accept it...
    let typed: serde_sarif::sarif::Sarif = serde_json::from_str(&out).expect("typed SARIF");
    assert_eq!(typed.runs.len(), 1);
    // ...and we check the structure on the plain JSON.
    (code, serde_json::from_str(&out).unwrap())
}

#[test]
fn sarif_is_valid_sarif_2_1_0_with_the_whole_rule_catalogue() {
    let dir = broken_register();
    let (code, sarif) = sarif_of(dir.path());
    assert_eq!(code, 1, "errors fail the check in every format");

    // Against the official SARIF 2.1.0 JSON Schema (OASIS), with a real validator.
    let schema: Value = serde_json::from_str(
        &std::fs::read_to_string(repo_root().join("tests/fixtures/sarif-schema-2.1.0.json"))
            .unwrap(),
    )
    .unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let errors: Vec<String> = validator
        .iter_errors(&sarif)
        .map(|e| format!("{} at {}", e, e.instance_path))
        .collect();
    assert!(errors.is_empty(), "SARIF schema errors: {errors:#?}");
    // And GitHub's code-scanning requirements (partialFingerprints, full regions, ...).
    let problems = crate::output_safety::sarif_problems(&sarif);
    assert!(problems.is_empty(), "{problems:#?}");

    assert_eq!(sarif["version"], "2.1.0");
    assert!(sarif["$schema"]
        .as_str()
        .unwrap()
        .contains("sarif-schema-2.1.0"));
    let run = &sarif["runs"][0];
    let driver = &run["tool"]["driver"];
    assert_eq!(driver["name"], "dataetik");
    assert!(driver["version"].as_str().is_some_and(|v| !v.is_empty()));
    assert!(driver["informationUri"]
        .as_str()
        .unwrap()
        .starts_with("https://"));
    let rules = driver["rules"].as_array().unwrap();
    let policy = dataetik_core::policy::Policy::builtin().policy;
    assert_eq!(
        rules.len(),
        policy.rules.len(),
        "the whole catalogue of the built-in policy"
    );
    let ids: Vec<&str> = rules.iter().map(|r| r["id"].as_str().unwrap()).collect();
    assert_eq!(
        ids.iter().collect::<HashSet<_>>().len(),
        policy.rules.len(),
        "unique rule ids"
    );
    for r in rules {
        assert!(r["shortDescription"]["text"]
            .as_str()
            .is_some_and(|t| !t.is_empty()));
        assert!(r["fullDescription"]["text"]
            .as_str()
            .is_some_and(|t| !t.is_empty()));
        assert!(r["help"]["text"].as_str().is_some_and(|t| !t.is_empty()));
        assert!(["error", "warning", "note"]
            .contains(&r["defaultConfiguration"]["level"].as_str().unwrap()));
        assert!(r["properties"]["principle"].is_string());
    }

    let results = run["results"].as_array().unwrap();
    assert!(!results.is_empty());
    for res in results {
        let id = res["ruleId"].as_str().unwrap();
        let index = res["ruleIndex"].as_u64().unwrap() as usize;
        assert_eq!(ids[index], id, "ruleIndex points at ruleId");
        assert!(["error", "warning", "note"].contains(&res["level"].as_str().unwrap()));
        assert!(res["message"]["text"]
            .as_str()
            .is_some_and(|t| !t.is_empty()));
        let loc = &res["locations"][0]["physicalLocation"];
        let uri = loc["artifactLocation"]["uri"].as_str().unwrap();
        assert!(
            !uri.starts_with('/') && !uri.contains('\\'),
            "relative URI: {uri}"
        );
        assert!(loc["region"]["startLine"].as_u64().unwrap() >= 1);
        assert!(loc["region"]["startColumn"].as_u64().unwrap() >= 1);
    }
    let find = |rule: &str| {
        results
            .iter()
            .find(|r| r["ruleId"] == rule)
            .unwrap_or_else(|| panic!("a {rule} result"))
    };
    let gen006 = find("GEN-006");
    assert_eq!(gen006["level"], "error");
    // Changed by issue 14: a directory cannot be annotated, so an unassessed project is
    // reported at the `projects:` pattern in dataetik.yaml that found it, the directory named
    // in the message.
    let (line, col) = pattern_position(dir.path());
    let loc = &gen006["locations"][0]["physicalLocation"];
    assert_eq!(loc["artifactLocation"]["uri"], "dataetik.yaml");
    assert_eq!(loc["region"]["startLine"], line);
    assert_eq!(loc["region"]["startColumn"], col);
    assert!(gen006["message"]["text"]
        .as_str()
        .unwrap()
        .contains("projects/trafikdashboard"));
    let typo = find("GEN-002");
    assert_eq!(
        typo["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
        "assessments/oepf-2026-chatbot.yaml"
    );
    assert!(typo["message"]["text"]
        .as_str()
        .unwrap()
        .contains("transparancy"));
    // A waived finding is a note with a suppression carrying the waiver's reason.
    let waived = find("ACC-008");
    assert_eq!(waived["level"], "note");
    assert_eq!(waived["suppressions"][0]["kind"], "external");
    assert!(waived["suppressions"][0]["justification"]
        .as_str()
        .unwrap()
        .contains("FRIA"));
}

#[test]
fn sarif_of_a_clean_register_has_no_errors_and_exit_code_0() {
    let dir = example_register();
    let (code, sarif) = sarif_of(dir.path());
    assert_eq!(code, 0);
    let results = sarif["runs"][0]["results"].as_array().unwrap();
    assert!(results.iter().all(|r| r["level"] != "error"));
}

// ---------------------------------------------------------------------------------------------
// JUnit

/// A parsed JUnit document: per testsuite, its name and testcases (name, failure text).
#[derive(Debug, Default)]
struct Suite {
    name: String,
    cases: Vec<Case>,
}

#[derive(Debug, Default)]
struct Case {
    name: String,
    failure: Option<(String, String)>,
    system_out: String,
}

fn parse_junit(xml: &str) -> (HashSet<String>, Vec<Suite>) {
    use quick_xml::events::Event;
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut roots = HashSet::new();
    let mut suites: Vec<Suite> = Vec::new();
    let mut in_failure = false;
    let mut in_out = false;
    let attr = |e: &quick_xml::events::BytesStart<'_>, name: &str| -> String {
        e.attributes()
            .flatten()
            .find(|a| a.key.as_ref() == name.as_bytes())
            .map(|a| a.unescape_value().unwrap().into_owned())
            .unwrap_or_default()
    };
    loop {
        match reader.read_event().expect("well-formed XML") {
            Event::Eof => break,
            Event::Start(e) | Event::Empty(e) => match e.name().as_ref() {
                b"testsuites" => {
                    roots.insert("testsuites".to_string());
                }
                b"testsuite" => suites.push(Suite {
                    name: attr(&e, "name"),
                    ..Default::default()
                }),
                b"testcase" => suites.last_mut().unwrap().cases.push(Case {
                    name: attr(&e, "name"),
                    ..Default::default()
                }),
                b"failure" => {
                    let case = suites.last_mut().unwrap().cases.last_mut().unwrap();
                    case.failure = Some((attr(&e, "message"), String::new()));
                    in_failure = true;
                }
                b"system-out" => in_out = true,
                _ => {}
            },
            Event::End(e) => match e.name().as_ref() {
                b"failure" => in_failure = false,
                b"system-out" => in_out = false,
                _ => {}
            },
            Event::Text(t) => {
                let text = t.decode().unwrap().into_owned();
                let text = quick_xml::escape::unescape(&text).unwrap().into_owned();
                if let Some(case) = suites.last_mut().and_then(|s| s.cases.last_mut()) {
                    if in_failure {
                        case.failure.as_mut().unwrap().1.push_str(&text);
                    } else if in_out {
                        case.system_out.push_str(&text);
                    }
                }
            }
            Event::GeneralRef(r) => {
                // Entity references (&amp; etc.) split text; resolve the common ones.
                let name = r.decode().unwrap().into_owned();
                let c = match name.as_str() {
                    "amp" => "&",
                    "lt" => "<",
                    "gt" => ">",
                    "quot" => "\"",
                    "apos" => "'",
                    _ => "",
                };
                if let Some(case) = suites.last_mut().and_then(|s| s.cases.last_mut()) {
                    if in_failure {
                        case.failure.as_mut().unwrap().1.push_str(c);
                    } else if in_out {
                        case.system_out.push_str(c);
                    }
                }
            }
            _ => {}
        }
    }
    (roots, suites)
}

#[test]
fn junit_has_a_suite_per_assessment_and_a_case_per_rule_family() {
    let dir = broken_register();
    let (code, xml) = check_output(dir.path(), &["--format", "junit"]);
    assert_eq!(code, 1);
    let (roots, suites) = parse_junit(&xml);
    assert!(roots.contains("testsuites"));
    // 11 examples - 1 removed + 1 broken file = 11 assessment files, plus the register suite.
    assert_eq!(
        suites.len(),
        12,
        "{:?}",
        suites.iter().map(|s| &s.name).collect::<Vec<_>>()
    );
    let families = ["GEN", "TRA", "DIG", "EQU", "INT", "ACC", "SUP", "PUB"];
    for suite in suites.iter().filter(|s| s.name != "register") {
        assert!(suite.name.starts_with("assessments/"), "{}", suite.name);
        let names: Vec<&str> = suite
            .cases
            .iter()
            .map(|c| c.name.split(':').next().unwrap())
            .collect();
        assert_eq!(
            names, families,
            "one testcase per rule family in {}",
            suite.name
        );
    }

    let suite = |name: &str| suites.iter().find(|s| s.name == name).unwrap();
    let chatbot = suite("assessments/oepf-2026-chatbot.yaml");
    let gen = &chatbot.cases[0];
    let (message, text) = gen.failure.as_ref().expect("GEN fails for the typo");
    assert!(message.contains("GEN-002"), "{message}");
    assert!(
        text.contains("assessments/oepf-2026-chatbot.yaml:") && text.contains("transparancy"),
        "failure text carries file:line:col and the message: {text}"
    );
    let line_col = text
        .split_whitespace()
        .next()
        .unwrap()
        .trim_start_matches("assessments/oepf-2026-chatbot.yaml:");
    let parts: Vec<&str> = line_col.trim_end_matches(':').split(':').collect();
    assert_eq!(parts.len(), 2, "line:col in {line_col}");
    assert!(parts.iter().all(|p| p.parse::<u32>().is_ok()));
    assert!(chatbot.cases[1..].iter().all(|c| c.failure.is_none()));

    let broken = suite("assessments/broken-yaml.yaml");
    assert!(broken.cases[0]
        .failure
        .as_ref()
        .unwrap()
        .1
        .contains("GEN-001"));

    let register = suite("register");
    let gen006 = register
        .cases
        .iter()
        .find(|c| c.name.starts_with("GEN-006"))
        .unwrap();
    // Changed by issue 14: at the `projects:` pattern in dataetik.yaml, the directory named.
    let (line, col) = pattern_position(dir.path());
    let text = &gen006.failure.as_ref().unwrap().1;
    assert!(
        text.contains(&format!("dataetik.yaml:{line}:{col}:"))
            && text.contains("projects/trafikdashboard"),
        "{text}"
    );
    let gen011 = register
        .cases
        .iter()
        .find(|c| c.name.starts_with("GEN-011"))
        .unwrap();
    assert!(gen011.failure.is_none(), "the register is not empty");

    // Waived findings are not failures, but are visible in system-out with their reason.
    let fall = suite("assessments/ssf-2026-faldrisiko.yaml");
    let acc = fall
        .cases
        .iter()
        .find(|c| c.name.starts_with("ACC"))
        .unwrap();
    assert!(acc.failure.is_none());
    assert!(acc.system_out.contains("ACC-008") && acc.system_out.contains("FRIA"));
}

#[test]
fn junit_warnings_fail_only_with_strict() {
    let dir = example_register();
    let (code, xml) = check_output(dir.path(), &["--format", "junit"]);
    assert_eq!(code, 0);
    let (_, suites) = parse_junit(&xml);
    assert!(suites
        .iter()
        .flat_map(|s| &s.cases)
        .all(|c| c.failure.is_none()));

    let (code, xml) = check_output(dir.path(), &["--format", "junit", "--strict"]);
    assert_eq!(code, 1);
    let (_, suites) = parse_junit(&xml);
    assert!(suites.iter().flat_map(|s| &s.cases).any(|c| c
        .failure
        .as_ref()
        .is_some_and(|(_, t)| t.contains("warning") || t.contains("advarsel"))));
}

// ---------------------------------------------------------------------------------------------
// GitHub annotations

const ANNOTATION: &str =
    r"^::(error|warning|notice) file=[^,]+,line=\d+,col=\d+,title=[A-Z]+-\d{3}::";

#[test]
fn github_annotations_are_well_formed_workflow_commands() {
    let dir = broken_register();
    let (code, out) = check_output(dir.path(), &["--format", "github"]);
    assert_eq!(code, 1);
    let is_annotation = predicate::str::is_match(ANNOTATION).unwrap();
    let lines: Vec<&str> = out.lines().collect();
    let annotations: Vec<&str> = lines
        .iter()
        .copied()
        .filter(|l| l.starts_with("::"))
        .collect();
    assert!(!annotations.is_empty());
    for line in &annotations {
        assert!(is_annotation.eval(line), "malformed annotation: {line}");
    }
    // Every finding is one line: messages have no raw newlines (escaped as %0A).
    assert_eq!(
        annotations.len(),
        json_findings(dir.path(), &[]).len(),
        "one annotation per finding"
    );
    // Changed by issue 14: at the `projects:` pattern in dataetik.yaml, the directory named.
    let (line, col) = pattern_position(dir.path());
    let start = format!("::error file=dataetik.yaml,line={line},col={col},title=GEN-006::");
    assert!(
        annotations
            .iter()
            .any(|l| l.starts_with(&start) && l.contains("projects/trafikdashboard")),
        "{annotations:?}"
    );
    assert!(annotations
        .iter()
        .any(|l| l.starts_with("::notice ") && l.contains("title=ACC-008")));
    // Anything that is not an annotation is the one summary line.
    let other: Vec<&&str> = lines.iter().filter(|l| !l.starts_with("::")).collect();
    assert_eq!(other.len(), 1, "{other:?}");
}

#[test]
fn github_format_is_chosen_automatically_inside_github_actions() {
    let dir = broken_register();
    let summary = dir.path().join("step-summary.md");
    std::fs::write(&summary, "earlier step\n").unwrap();
    let out = dataetik(dir.path())
        .env("GITHUB_ACTIONS", "true")
        .env("GITHUB_STEP_SUMMARY", &summary)
        .args(["check", "--as-of", AS_OF])
        .output()
        .unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(
        stdout.lines().any(|l| l.starts_with("::error file=")),
        "{stdout}"
    );
    // The job summary is appended to, with a table row per finding.
    let md = std::fs::read_to_string(&summary).unwrap();
    assert!(
        md.starts_with("earlier step\n### :x: dataetik: ikke bestået"),
        "{md}"
    );
    // Changed by issue 14: at the `projects:` pattern in dataetik.yaml, the directory named.
    let (line, col) = pattern_position(dir.path());
    assert!(
        md.lines().any(|l| l.starts_with(&format!(
            "| dataetik.yaml | {line}:{col} | fejl | GEN-006 |"
        )) && l.contains("projects/trafikdashboard")),
        "{md}"
    );
    let rows = md.lines().filter(|l| l.starts_with("| ")).count();
    assert_eq!(
        rows,
        1 + json_findings(dir.path(), &[]).len(),
        "header + one row per finding"
    );
    // An explicit --format still wins.
    let out = dataetik(dir.path())
        .env("GITHUB_ACTIONS", "true")
        .args(["check", "--as-of", AS_OF, "--format", "json"])
        .output()
        .unwrap();
    assert!(serde_json::from_slice::<Value>(&out.stdout).is_ok());
}

#[test]
fn github_properties_escape_commas_and_colons_in_file_names() {
    let dir = example_register();
    let a = dir.path().join("assessments");
    std::fs::copy(
        a.join("bmf-2023-energiforbrug.yaml"),
        a.join("odd,na:me.yaml"),
    )
    .unwrap();
    let (_, out) = check_output(dir.path(), &["--format", "github"]);
    let line = out
        .lines()
        .find(|l| l.contains("file=assessments/odd"))
        .expect("a finding for the odd file (GEN-004: id differs from the file name)");
    assert!(
        line.contains("file=assessments/odd%2Cna%3Ame.yaml,line="),
        "{line}"
    );
    assert!(predicate::str::is_match(ANNOTATION).unwrap().eval(line));
}

// ---------------------------------------------------------------------------------------------
// JSON Schema

fn schema_json() -> Value {
    let out = dataetik(&repo_root()).arg("schema").output().unwrap();
    assert!(out.status.success());
    serde_json::from_slice(&out.stdout).unwrap()
}

/// YAML -> JSON as an editor's YAML language server sees it (dates are plain strings).
fn yaml_to_json(text: &str) -> Value {
    let yaml: serde_yaml::Value = serde_yaml::from_str(text).unwrap();
    serde_json::to_value(yaml).unwrap()
}

/// Issue 14: hover showed English from `dataetik schema --lang da`. Titles and descriptions
/// follow `--lang`, then the register's language; the committed schema is the Danish one.
#[test]
fn schema_texts_follow_the_language() {
    let schema_in = |args: &[&str]| -> Value {
        let out = dataetik(&repo_root())
            .arg("schema")
            .args(args)
            .output()
            .unwrap();
        assert!(out.status.success());
        serde_json::from_slice(&out.stdout).unwrap()
    };
    let da = schema_in(&["--lang", "da"]);
    let en = schema_in(&["--lang", "en"]);
    assert_eq!(
        schema_in(&[]),
        da,
        "the example register's language is Danish"
    );
    let owner = |s: &Value| s["$defs"]["Owner"]["properties"]["department"].clone();
    assert_eq!(owner(&da)["title"], "Forvaltning");
    assert_eq!(owner(&en)["title"], "Department");
    assert!(owner(&da)["markdownDescription"]
        .as_str()
        .unwrap()
        .starts_with("**Forvaltning**"));
    assert_eq!(
        da["$defs"]["Phase"]["enumDescriptions"][3], "I drift.",
        "enum values described in Danish"
    );
    assert_eq!(
        da["$id"], "https://github.com/dataetik/dataetik/raw/main/schema/assessment.schema.json",
        "no domain the project does not own"
    );
}

#[test]
fn committed_schema_is_the_generated_one() {
    let out = dataetik(&repo_root()).arg("schema").output().unwrap();
    let generated = String::from_utf8(out.stdout).unwrap();
    let committed =
        std::fs::read_to_string(repo_root().join("schema/assessment.schema.json")).unwrap();
    assert!(
        committed == generated,
        "schema/assessment.schema.json is out of date; regenerate it with\n    \
         cargo run -- schema > schema/assessment.schema.json"
    );
}

#[test]
fn schema_is_draft_2020_12_and_strict() {
    let schema = schema_json();
    assert_eq!(
        schema["$schema"],
        "https://json-schema.org/draft/2020-12/schema"
    );
    // A valid schema by the draft 2020-12 meta-schema.
    if let Err(e) = jsonschema::meta::validate(&schema) {
        panic!(
            "not a valid draft 2020-12 schema: {e} at {}",
            e.instance_path
        );
    }
    fn walk(v: &Value, path: &str, open: &mut Vec<String>) {
        // `if`/`then` (version 1 files may not use version-2 fields) only narrows the objects
        // defined elsewhere; it defines none of its own.
        if path == "/if" || path == "/then" {
            return;
        }
        match v {
            Value::Object(m) => {
                let is_object =
                    m.get("type") == Some(&Value::from("object")) || m.contains_key("properties");
                if is_object && m.get("additionalProperties") != Some(&Value::Bool(false)) {
                    open.push(path.to_string());
                }
                for (k, c) in m {
                    walk(c, &format!("{path}/{k}"), open);
                }
            }
            Value::Array(a) => {
                for (i, c) in a.iter().enumerate() {
                    walk(c, &format!("{path}/{i}"), open);
                }
            }
            _ => {}
        }
    }
    let mut open = Vec::new();
    walk(&schema, "", &mut open);
    assert!(open.is_empty(), "objects accepting unknown keys: {open:?}");
    let defs = &schema["$defs"];
    assert_eq!(
        defs["Phase"]["enum"],
        serde_json::json!([
            "idea",
            "analysis",
            "build",
            "operation",
            "completed",
            "stopped"
        ])
    );
    assert_eq!(
        defs["AutomationKind"]["enum"],
        serde_json::json!([
            "statistics",
            "analysis",
            "selection",
            "decision_support",
            "automated_decision"
        ])
    );
    for def in [
        "DpiaStatus",
        "FriaStatus",
        "ApprovalLevel",
        "SupplierRole",
        "Metric",
    ] {
        assert!(defs[def]["enum"].is_array(), "{def} is an enum");
    }
    assert!(defs["Date"]["pattern"].is_string());
}

#[test]
fn every_example_assessment_validates_and_a_typo_is_rejected() {
    let schema = schema_json();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let mut checked = 0;
    for entry in std::fs::read_dir(repo_root().join("assessments")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "yaml") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        let first = text.lines().next().unwrap();
        assert_eq!(
            first,
            "# yaml-language-server: $schema=../schema/assessment.schema.json",
            "{} starts with the editor modeline",
            path.display()
        );
        let instance = yaml_to_json(&text);
        let errors: Vec<String> = validator
            .iter_errors(&instance)
            .map(|e| format!("{e} at {}", e.instance_path))
            .collect();
        assert!(errors.is_empty(), "{}: {errors:#?}", path.display());
        checked += 1;
    }
    assert!(checked >= 10);

    let text =
        std::fs::read_to_string(repo_root().join("assessments/bkf-2024-tidlig-opsporing.yaml"))
            .unwrap();
    let mut instance = yaml_to_json(&text);
    let principles = instance["principles"].as_object_mut().unwrap();
    let t = principles.remove("transparency").unwrap();
    principles.insert("transparancy".into(), t);
    let errors: Vec<String> = validator
        .iter_errors(&instance)
        .map(|e| e.to_string())
        .collect();
    assert!(
        errors.iter().any(|e| e.contains("transparancy")),
        "a misspelled key is rejected: {errors:?}"
    );
    // A bad enum value and a malformed date too.
    let mut instance = yaml_to_json(&text);
    instance["lifecycle"]["phase"] = "drift".into();
    assert!(!validator.is_valid(&instance));
    let mut instance = yaml_to_json(&text);
    instance["lifecycle"]["started"] = "1/2/2025".into();
    assert!(!validator.is_valid(&instance));
}

#[test]
fn schema_flags_version_2_fields_in_version_1_files() {
    let validator = jsonschema::validator_for(&schema_json()).unwrap();
    let text =
        std::fs::read_to_string(repo_root().join("assessments/bkf-2024-tidlig-opsporing.yaml"))
            .unwrap();
    let v2 = yaml_to_json(&text);
    assert!(validator.is_valid(&v2));
    // The same file as version 1: its version-2 fields are not allowed.
    let mut v1 = v2.clone();
    v1["schema_version"] = 1.into();
    assert!(!validator.is_valid(&v1));
    let errors: Vec<String> = validator
        .iter_errors(&v1)
        .map(|e| e.instance_path.to_string())
        .collect();
    for path in [
        "/impact",
        "/risks",
        "/debate",
        "/links",
        "/data/subjects",
        "/automation/inputs",
    ] {
        assert!(errors.iter().any(|e| e == path), "{path}: {errors:?}");
    }
    // Without them, it is a valid version 1 file.
    let obj = v1.as_object_mut().unwrap();
    for k in ["impact", "risks", "oversight", "debate", "links"] {
        obj.remove(k);
    }
    v1["data"].as_object_mut().unwrap().remove("subjects");
    let a = v1["automation"].as_object_mut().unwrap();
    a.remove("inputs");
    a.remove("performance");
    v1["suppliers"][0].as_object_mut().unwrap().remove("kind");
    // A supplier reference is version 2 too: name the supplier inline instead.
    let first = v1["suppliers"][0].as_object_mut().unwrap();
    if first.remove("supplier").is_some() {
        first.insert("name".into(), "Nordisk Analyseplatform A/S".into());
    }
    let errors: Vec<String> = validator
        .iter_errors(&v1)
        .map(|e| format!("{e} at {}", e.instance_path))
        .collect();
    assert!(errors.is_empty(), "{errors:?}");
    // Month-only dates and `selection` only in version 2.
    let mut partial = v1.clone();
    partial["lifecycle"]["started"] = "2024-03".into();
    assert!(!validator.is_valid(&partial));
    partial["schema_version"] = 2.into();
    assert!(validator.is_valid(&partial));
    partial["lifecycle"]["started"] = 2024.into();
    assert!(validator.is_valid(&partial));
    let mut selection = v1.clone();
    selection["automation"]["kind"] = "selection".into();
    assert!(!validator.is_valid(&selection));
    selection["schema_version"] = 2.into();
    assert!(validator.is_valid(&selection));
}

#[test]
fn new_scaffold_validates_against_the_schema() {
    let dir = tempfile::tempdir().unwrap();
    dataetik(dir.path())
        .args(["init", "--organisation", "Testby Kommune"])
        .assert()
        .success();
    dataetik(dir.path())
        .args(["new", "abc-2026-x"])
        .assert()
        .success();
    let text = std::fs::read_to_string(dir.path().join("assessments/abc-2026-x.yaml")).unwrap();
    assert!(text.starts_with("# yaml-language-server: $schema=../schema/assessment.schema.json\n"));
    // init wrote the schema the modeline points at.
    let schema: Value = serde_json::from_str(
        &std::fs::read_to_string(dir.path().join("schema/assessment.schema.json")).unwrap(),
    )
    .unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let instance = yaml_to_json(&text);
    let errors: Vec<String> = validator
        .iter_errors(&instance)
        .map(|e| e.to_string())
        .collect();
    assert!(errors.is_empty(), "{errors:?}");
}

// ---------------------------------------------------------------------------------------------
// init and new

#[test]
fn init_creates_a_register_and_never_overwrites() {
    let dir = tempfile::tempdir().unwrap();
    dataetik(dir.path())
        .args(["init", "--organisation", "Lyngdal Kommune"])
        .assert()
        .success();
    for f in [
        "dataetik.yaml",
        "assessments/evidence/.gitkeep",
        "schema/assessment.schema.json",
        "schema/supplier.schema.json",
        ".github/workflows/dataetik.yml",
    ] {
        assert!(dir.path().join(f).is_file(), "{f} created");
    }
    let config = dir.path().join("dataetik.yaml");
    std::fs::write(&config, "organisation: Min egen\n").unwrap();
    let workflow = dir.path().join(".github/workflows/dataetik.yml");
    std::fs::write(&workflow, "# mine\n").unwrap();
    dataetik(dir.path())
        .args(["init", "--organisation", "Testby Kommune"])
        .assert()
        .success()
        .stdout(predicate::str::contains("findes allerede, uændret"));
    assert_eq!(
        std::fs::read_to_string(&config).unwrap(),
        "organisation: Min egen\n"
    );
    assert_eq!(std::fs::read_to_string(&workflow).unwrap(), "# mine\n");
}

#[test]
fn new_never_overwrites_an_assessment() {
    let dir = tempfile::tempdir().unwrap();
    dataetik(dir.path())
        .args(["init", "--organisation", "Testby Kommune"])
        .assert()
        .success();
    dataetik(dir.path())
        .args(["new", "abc-1"])
        .assert()
        .success();
    let path = dir.path().join("assessments/abc-1.yaml");
    std::fs::write(&path, "mit arbejde\n").unwrap();
    // Errors are in the register's language; English here, for the assertion.
    dataetik(dir.path())
        .args(["--lang", "en", "new", "abc-1"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("already exists"));
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "mit arbejde\n");
    dataetik(dir.path())
        .args(["new", "../evil"])
        .assert()
        .code(2);
    assert!(!dir.path().join("evil.yaml").exists());
}

#[test]
fn a_new_scaffold_yields_only_blank_field_findings() {
    let dir = tempfile::tempdir().unwrap();
    dataetik(dir.path())
        .args(["init", "--organisation", "Testby Kommune"])
        .assert()
        .success();
    dataetik(dir.path())
        .args(["new", "abc-2026-x"])
        .assert()
        .success();
    let text = std::fs::read_to_string(dir.path().join("assessments/abc-2026-x.yaml")).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    let findings = json_findings(dir.path(), &[]);
    assert!(
        !findings.is_empty(),
        "a blank scaffold is not a finished assessment"
    );
    let blank_key =
        predicate::str::is_match(r#"^\s*(- )?[a-z_]+:\s*(""|''|\[\])?\s*(#.*)?$"#).unwrap();
    for f in &findings {
        let rule = f["rule"].as_str().unwrap();
        assert!(
            !["GEN-001", "GEN-002", "GEN-004", "GEN-005", "GEN-011", "PUB-001"].contains(&rule),
            "the scaffold itself is well-formed, but got {f}"
        );
        let line = lines[f["line"].as_u64().unwrap() as usize - 1];
        assert!(
            blank_key.eval(line),
            "{rule} points at a blank field, not at `{line}`"
        );
    }
    // The first thing a writer learns: which required fields are still empty.
    assert!(findings.iter().any(|f| f["rule"] == "GEN-003"));
}

// ---------------------------------------------------------------------------------------------
// --changed-since

fn git(dir: &Path, args: &[&str]) {
    let out = StdCommand::new("git")
        .current_dir(dir)
        .args([
            "-c",
            "user.name=Test",
            "-c",
            "user.email=test@example.invalid",
        ])
        .args([
            "-c",
            "commit.gpgsign=false",
            "-c",
            "init.defaultBranch=main",
        ])
        .args(args)
        .output()
        .expect("git is installed");
    assert!(
        out.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

fn files_reported(findings: &[Value]) -> HashSet<String> {
    findings
        .iter()
        .map(|f| f["file"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn changed_since_reports_only_changed_files_and_register_wide_rules() {
    let dir = example_register();
    let root = dir.path();
    git(root, &["init", "-q"]);
    git(root, &["add", "-A"]);
    git(root, &["commit", "-q", "-m", "register"]);

    // Nothing changed: no per-file findings at all, even though the register has warnings.
    assert!(json_findings(root, &[]).len() > 1);
    assert!(json_findings(root, &["--changed-since", "HEAD"]).is_empty());

    // Change one committed file, add one untracked file, and leave a project unassessed.
    let chatbot = root.join("assessments/oepf-2026-chatbot.yaml");
    let mut text = std::fs::read_to_string(&chatbot).unwrap();
    text.push_str("transparancy: x\n");
    std::fs::write(&chatbot, text).unwrap();
    std::fs::write(root.join("assessments/ny-fil.yaml"), "id: ny-fil\n").unwrap();
    std::fs::create_dir(root.join("projects/nyt-projekt")).unwrap();
    std::fs::write(root.join("projects/nyt-projekt/README.md"), "x\n").unwrap();

    let findings = json_findings(root, &["--changed-since", "HEAD"]);
    let files = files_reported(&findings);
    let expected: HashSet<String> = [
        "assessments/oepf-2026-chatbot.yaml",
        "assessments/ny-fil.yaml",
        // Changed by issue 14: GEN-006 points at dataetik.yaml and names the directory.
        "dataetik.yaml",
    ]
    .into_iter()
    .map(String::from)
    .collect();
    assert_eq!(files, expected);
    assert!(findings.iter().any(|f| f["rule"] == "GEN-006"
        && f["message"]
            .as_str()
            .unwrap()
            .contains("projects/nyt-projekt")));

    // Committed changes count too, against an older revision.
    git(root, &["add", "-A"]);
    git(root, &["commit", "-q", "-m", "change"]);
    let files = files_reported(&json_findings(root, &["--changed-since", "HEAD~1"]));
    assert_eq!(files, expected);
    // The summary counts only the reported files.
    let (code, out) = check_output(root, &["--format", "json", "--changed-since", "HEAD~1"]);
    assert_eq!(code, 1);
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["summary"]["files"], 2);

    // A changed policy or configuration affects every assessment.
    let config = root.join("dataetik.yaml");
    let mut text = std::fs::read_to_string(&config).unwrap();
    text.push_str("# changed\n");
    std::fs::write(&config, text).unwrap();
    let files = files_reported(&json_findings(root, &["--changed-since", "HEAD"]));
    assert!(files.len() > 3, "{files:?}");
}

#[test]
fn changed_since_keeps_the_empty_register_gate() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    dataetik(root)
        .args(["init", "--organisation", "Testby Kommune"])
        .assert()
        .success();
    git(root, &["init", "-q"]);
    git(root, &["add", "-A"]);
    git(root, &["commit", "-q", "-m", "init"]);
    let findings = json_findings(root, &["--changed-since", "HEAD"]);
    assert!(
        findings.iter().any(|f| f["rule"] == "GEN-011"),
        "{findings:?}"
    );
    dataetik(root)
        .args(["check", "--changed-since", "HEAD"])
        .assert()
        .code(1);
}

#[test]
fn changed_since_outside_git_or_with_an_unknown_revision_is_a_clear_error() {
    let dir = example_register();
    let root = dir.path();
    // A temporary directory is not in a git repository (GIT_CEILING_DIRECTORIES makes sure git
    // does not find one further up).
    dataetik(root)
        .env("GIT_CEILING_DIRECTORIES", root.parent().unwrap())
        .args(["--lang", "en", "check", "--changed-since", "main"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("git repository"));

    git(root, &["init", "-q"]);
    git(root, &["add", "-A"]);
    git(root, &["commit", "-q", "-m", "register"]);
    dataetik(root)
        .args(["--lang", "en", "check", "--changed-since", "no-such-branch"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "unknown git revision `no-such-branch`",
        ));
    dataetik(root)
        .args(["check", "--changed-since", "--output=x"])
        .assert()
        .code(2);
}

// ---------------------------------------------------------------------------------------------
// rules and explain

#[test]
fn rules_lists_the_active_policy_and_explain_documents_a_rule() {
    let dir = example_register();
    let out = dataetik(dir.path())
        .args(["--lang", "en", "rules"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    let rule_lines: Vec<&str> = text
        .lines()
        .filter(|l| {
            predicate::str::is_match(r"^[A-Z]{3}-\d{3} ")
                .unwrap()
                .eval(l)
        })
        .collect();
    assert_eq!(
        rule_lines.len(),
        dataetik_core::policy::Policy::builtin().policy.rules.len()
    );
    assert!(rule_lines
        .iter()
        .any(|l| l.starts_with("EQU-001") && l.contains("error") && l.contains("3.")));

    dataetik(dir.path())
        .args(["explain", "equ-001"])
        .assert()
        .success()
        .stdout(predicate::str::contains("EQU-001").and(predicate::str::contains("Lighed")));
    dataetik(dir.path())
        .args(["explain", "EQU-01"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("mente du"));
}

// ---------------------------------------------------------------------------------------------
// The empty-register gate in every machine format

#[test]
fn an_empty_register_fails_in_every_format() {
    let dir = tempfile::tempdir().unwrap();
    dataetik(dir.path())
        .args(["init", "--organisation", "Testby Kommune"])
        .assert()
        .success();

    // Changed by issue 14: an empty register is reported at `assessments:` in dataetik.yaml
    // (a directory cannot be annotated), the directory named in the message.
    let config = std::fs::read_to_string(dir.path().join("dataetik.yaml")).unwrap();
    let (line, col) = common::find(&config, "assessments:");
    let (code, out) = check_output(dir.path(), &["--format", "github"]);
    assert_eq!(code, 1);
    let start = format!("::error file=dataetik.yaml,line={line},col={col},title=GEN-011::");
    assert!(
        out.lines()
            .any(|l| l.starts_with(&start) && l.contains("`assessments`")),
        "{out}"
    );

    let (code, sarif) = sarif_of(dir.path());
    assert_eq!(code, 1);
    let results = sarif["runs"][0]["results"].as_array().unwrap();
    assert_eq!(results.len(), 1);
    assert_eq!(results[0]["ruleId"], "GEN-011");
    assert_eq!(results[0]["level"], "error");

    let (code, xml) = check_output(dir.path(), &["--format", "junit"]);
    assert_eq!(code, 1);
    let (_, suites) = parse_junit(&xml);
    assert_eq!(suites.len(), 1, "only the register suite");
    let gen011 = suites[0]
        .cases
        .iter()
        .find(|c| c.name.starts_with("GEN-011"))
        .unwrap();
    assert!(gen011
        .failure
        .as_ref()
        .unwrap()
        .1
        .contains(&format!("dataetik.yaml:{line}:{col}:")));
}

#[test]
fn new_points_the_modeline_at_the_register_schema_from_a_deeper_directory() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("dataetik.yaml"),
        "assessments: data/vurderinger\n",
    )
    .unwrap();
    dataetik(dir.path())
        .args(["new", "abc-1"])
        .assert()
        .success();
    let text = std::fs::read_to_string(dir.path().join("data/vurderinger/abc-1.yaml")).unwrap();
    assert!(
        text.starts_with("# yaml-language-server: $schema=../../schema/assessment.schema.json\n"),
        "{}",
        text.lines().next().unwrap()
    );
}

#[test]
fn changed_since_rechecks_assessments_whose_evidence_or_policy_changed() {
    let dir = example_register();
    let root = dir.path();
    // Cite an evidence file from one bias test, and use the policy as a file of the register.
    let file = root.join("assessments/bkf-2024-tidlig-opsporing.yaml");
    let text = std::fs::read_to_string(&file).unwrap().replacen(
        "        passed: true\n",
        "        passed: true\n        evidence: evidence/tidlig.json\n",
        1,
    );
    std::fs::write(&file, text).unwrap();
    std::fs::create_dir_all(root.join("assessments/evidence")).unwrap();
    std::fs::write(root.join("assessments/evidence/tidlig.json"), "{}\n").unwrap();
    let policy = dataetik(root).args(["rules", "--export"]).output().unwrap();
    std::fs::write(root.join("policy.yaml"), policy.stdout).unwrap();
    let config = std::fs::read_to_string(root.join("dataetik.yaml"))
        .unwrap()
        .replace("policy: builtin:gladsaxe", "policy: policy.yaml");
    std::fs::write(root.join("dataetik.yaml"), config).unwrap();
    git(root, &["init", "-q"]);
    git(root, &["add", "-A"]);
    git(root, &["commit", "-q", "-m", "register"]);
    assert!(json_findings(root, &["--changed-since", "HEAD"]).is_empty());

    // Only the evidence file changes (here: it is deleted): the assessment citing it is
    // checked again, and EQU-006 reports the missing evidence.
    std::fs::remove_file(root.join("assessments/evidence/tidlig.json")).unwrap();
    let findings = json_findings(root, &["--changed-since", "HEAD"]);
    assert_eq!(
        files_reported(&findings),
        HashSet::from(["assessments/bkf-2024-tidlig-opsporing.yaml".to_string()])
    );
    assert!(findings.iter().any(|f| f["rule"] == "EQU-006"));
    git(root, &["checkout", "-q", "--", "."]);

    // Only the policy file changes: every assessment with findings is reported again.
    let mut text = std::fs::read_to_string(root.join("policy.yaml")).unwrap();
    text.push_str("# a local amendment\n");
    std::fs::write(root.join("policy.yaml"), text).unwrap();
    assert_eq!(
        files_reported(&json_findings(root, &["--changed-since", "HEAD"])),
        files_reported(&json_findings(root, &[]))
    );
}

#[test]
fn changed_since_works_for_a_register_in_a_subdirectory_of_the_repository() {
    let repo = tempfile::tempdir().unwrap();
    let register = repo.path().join("dataetik-register");
    copy_dir(example_register().path(), &register);
    std::fs::write(repo.path().join("README.md"), "monorepo\n").unwrap();
    git(repo.path(), &["init", "-q"]);
    git(repo.path(), &["add", "-A"]);
    git(repo.path(), &["commit", "-q", "-m", "monorepo"]);
    let chatbot = register.join("assessments/oepf-2026-chatbot.yaml");
    let mut text = std::fs::read_to_string(&chatbot).unwrap();
    text.push_str("transparancy: x\n");
    std::fs::write(&chatbot, text).unwrap();
    std::fs::write(repo.path().join("README.md"), "changed\n").unwrap();
    let findings = json_findings(&register, &["--changed-since", "HEAD"]);
    assert_eq!(
        files_reported(&findings),
        HashSet::from(["assessments/oepf-2026-chatbot.yaml".to_string()])
    );
}
