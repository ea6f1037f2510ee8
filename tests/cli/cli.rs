//! End-to-end tests of the `dataetik` binary on copies of the example register.

use crate::common;

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use predicates::prelude::*;

/// The example register at the repository root.
fn example_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

use crate::common::example_register_copy as example_copy;

fn dataetik(dir: &Path) -> Command {
    let mut cmd = common::dataetik_bin();
    cmd.current_dir(dir)
        .env_remove("GITHUB_ACTIONS")
        .env_remove("CLICOLOR_FORCE")
        .env("NO_COLOR", "1");
    cmd
}

fn edit(dir: &Path, rel: &str, from: &str, to: &str) -> String {
    let p = dir.join(rel);
    let text = std::fs::read_to_string(&p).unwrap();
    assert!(text.contains(from), "{from} not in {rel}");
    let new = text.replacen(from, to, 1);
    std::fs::write(&p, &new).unwrap();
    new
}

const AS_OF: &str = "2026-11-25";
const OPSPORING: &str = "assessments/bkf-2024-tidlig-opsporing.yaml";

#[test]
fn example_register_passes() {
    let dir = example_copy();
    dataetik(dir.path())
        .args(["check", "--as-of", AS_OF])
        .assert()
        .code(0)
        .stdout(predicate::str::contains(
            "bestået: 11 filer tjekket, 0 fejl, 3 advarsler, 11 noter, 1 dispenseret",
        ));
    // The same from the repository itself, as the README promises.
    dataetik(&example_root())
        .args(["check", "--as-of", AS_OF])
        .assert()
        .code(0);
}

#[test]
fn a_broken_field_shows_rule_line_and_fix() {
    let dir = example_copy();
    let text = edit(dir.path(), OPSPORING, "  fria: done", "  fria: planned");
    let (line, col) = common::find(&text, "fria: planned");
    let out = dataetik(dir.path())
        .args(["check", "--as-of", AS_OF])
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let out = String::from_utf8(out).unwrap();
    let head = format!("{OPSPORING}:{line}:{col}: fejl [ACC-008] ");
    assert!(out.contains(&head), "{head} in:\n{out}");
    assert!(out.contains("fria: planned\n"), "{out}");
    assert!(out.contains("= help: "), "{out}");
    assert!(out.contains("1 fejl"), "{out}");

    // A bad enum value: the value is pointed at, with the allowed values.
    let dir = example_copy();
    let text = edit(
        dir.path(),
        OPSPORING,
        "kind: decision_support",
        "kind: beslutningsstøtte",
    );
    let (line, col) = common::find(&text, "kind: beslutningsstøtte");
    let col = col + "kind: ".len() as u32;
    dataetik(dir.path())
        .args(["check", "--as-of", AS_OF, OPSPORING])
        .assert()
        .code(1)
        .stdout(predicate::str::contains(format!(
            "{OPSPORING}:{line}:{col}: fejl [GEN-002] "
        )))
        .stdout(predicate::str::contains("`decision_support`"))
        // Checking one file still sees the register's other assessments for GEN-004/GEN-006.
        .stdout(predicate::str::contains("GEN-006").not())
        .stdout(predicate::str::contains("ikke bestået: 1 fil tjekket"));
}

#[test]
fn checking_one_file_keeps_register_wide_rules_right() {
    let dir = example_copy();
    // A duplicate id in another file is still found when only one file is checked.
    let text = std::fs::read_to_string(dir.path().join(OPSPORING)).unwrap();
    std::fs::create_dir_all(dir.path().join("assessments/kopi")).unwrap();
    std::fs::write(
        dir.path()
            .join("assessments/kopi/bkf-2024-tidlig-opsporing.yaml"),
        &text,
    )
    .unwrap();
    dataetik(dir.path())
        .args(["check", "--as-of", AS_OF, OPSPORING])
        .assert()
        .code(1)
        .stdout(predicate::str::contains("[GEN-004]"))
        .stdout(predicate::str::contains(
            "kopi/bkf-2024-tidlig-opsporing.yaml",
        ))
        .stdout(predicate::str::contains("GEN-006").not());
    // The file itself, passing, from another directory via --config.
    dataetik(&example_root().join("projects"))
        .args([
            "check",
            "--as-of",
            AS_OF,
            "../assessments/bmf-2023-energiforbrug.yaml",
        ])
        .assert()
        .code(0);
}

#[test]
fn strict_fails_on_warnings() {
    dataetik(&example_root())
        .args(["check", "--as-of", AS_OF, "--strict"])
        .assert()
        .code(1);
}

#[test]
fn json_output_has_exactly_the_spec_keys() {
    let out = dataetik(&example_root())
        .args(["check", "--as-of", AS_OF, "--format", "json"])
        .assert()
        .code(0)
        .get_output()
        .stdout
        .clone();
    let v: serde_json::Value = serde_json::from_slice(&out).expect("valid JSON");
    let keys = |v: &serde_json::Value| -> Vec<String> {
        let mut k: Vec<String> = v.as_object().unwrap().keys().cloned().collect();
        k.sort();
        k
    };
    assert_eq!(keys(&v), ["assessments", "findings", "summary"]);
    let findings = v["findings"].as_array().unwrap();
    assert_eq!(findings.len(), 15);
    for f in findings {
        // GEN-013's historical notes (completed and stopped projects) add `"historical": true`.
        let mut f = f.clone();
        if let Some(h) = f.as_object_mut().unwrap().remove("historical") {
            assert_eq!(h, true);
            assert_eq!(f["severity"], "note");
        }
        let f = &f;
        assert_eq!(
            keys(f),
            [
                "column",
                "file",
                "help",
                "line",
                "message",
                "principle",
                "rule",
                "severity",
                "waived"
            ]
        );
        assert!(f["line"].is_u64() && f["column"].is_u64() && f["waived"].is_boolean());
        assert!(["error", "warning", "note"].contains(&f["severity"].as_str().unwrap()));
        let file = f["file"].as_str().unwrap();
        assert!(file.starts_with("assessments/") || file.starts_with("suppliers/"));
    }
    let waived: Vec<_> = findings.iter().filter(|f| f["waived"] == true).collect();
    assert_eq!(waived.len(), 1);
    assert_eq!(waived[0]["rule"], "ACC-008");
    assert_eq!(waived[0]["severity"], "note");
    let assessments = v["assessments"].as_array().unwrap();
    assert_eq!(assessments.len(), 11);
    for a in assessments {
        assert_eq!(
            keys(a),
            ["file", "id", "risk_complete", "risk_level", "risk_points"]
        );
        assert!(a["risk_complete"].is_boolean());
    }
    let opsporing = assessments
        .iter()
        .find(|a| a["id"] == "bkf-2024-tidlig-opsporing")
        .unwrap();
    // Version 2 points: the consequence for the child (an intervention, hard to undo) counts.
    assert_eq!(opsporing["risk_points"], 21);
    assert_eq!(opsporing["risk_level"], 4);
    assert_eq!(opsporing["file"], OPSPORING);
    assert_eq!(
        keys(&v["summary"]),
        ["errors", "files", "notes", "warnings"]
    );
    assert_eq!(
        v["summary"],
        serde_json::json!({"files": 11, "errors": 0, "warnings": 3, "notes": 12})
    );
}

#[test]
fn english_messages() {
    dataetik(&example_root())
        .args(["--lang", "en", "check", "--as-of", AS_OF])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("warning [SUP-009]"))
        .stdout(predicate::str::contains("historical note [ACC-005]"))
        .stdout(predicate::str::contains("= help: "))
        .stdout(predicate::str::contains("advarsel").not())
        .stdout(predicate::str::contains("fejl").not());
}

#[test]
fn usage_and_config_errors_exit_2() {
    dataetik(&example_root())
        .args(["check", "--as-of", "25-11-2026"])
        .assert()
        .code(2);
    dataetik(&example_root())
        .args(["check", "--as-of", "2026-02-30"])
        .assert()
        .code(2);
    dataetik(&example_root())
        .args(["check", "--as-of", AS_OF, "assessments/findes-ikke.yaml"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("findes-ikke.yaml"));
    dataetik(&example_root())
        .args(["check", "--format", "xml"])
        .assert()
        .code(2);

    let dir = example_copy();
    edit(dir.path(), "dataetik.yaml", "language: da", "langauge: da");
    dataetik(dir.path())
        .args(["check", "--as-of", AS_OF])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("dataetik.yaml"))
        .stderr(predicate::str::contains("langauge"));

    let dir = example_copy();
    edit(
        dir.path(),
        "dataetik.yaml",
        "policy: builtin:gladsaxe",
        "policy: findes-ikke.yaml",
    );
    dataetik(dir.path())
        .args(["check", "--as-of", AS_OF])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("findes-ikke.yaml"));

    let dir = example_copy();
    std::fs::write(
        dir.path().join("politik.yaml"),
        "format_version: 1\nrules: [\n",
    )
    .unwrap();
    edit(
        dir.path(),
        "dataetik.yaml",
        "policy: builtin:gladsaxe",
        "policy: politik.yaml",
    );
    dataetik(dir.path())
        .args(["check", "--as-of", AS_OF])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("politik.yaml"));

    let dir = example_copy();
    edit(
        dir.path(),
        "dataetik.yaml",
        "projects: [\"projects/*\"]",
        "projects: [\"projects/[\"]",
    );
    dataetik(dir.path())
        .args(["check", "--as-of", AS_OF])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("projects/["));
}

#[test]
fn no_backtrace_on_errors() {
    dataetik(&example_root())
        .args(["check", "--as-of", AS_OF, "findes-ikke"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("fejl:"))
        .stderr(predicate::str::contains("panicked").not())
        .stderr(predicate::str::contains("backtrace").not());
}

#[test]
fn empty_register_fails_with_gen011() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("dataetik.yaml"), "organisation: X\n").unwrap();
    dataetik(dir.path())
        .args(["check", "--as-of", AS_OF])
        .assert()
        .code(1)
        .stdout(predicate::str::contains("[GEN-011]"));
    std::fs::create_dir(dir.path().join("assessments")).unwrap();
    dataetik(dir.path())
        .args(["check", "--as-of", AS_OF])
        .assert()
        .code(1)
        .stdout(predicate::str::contains("[GEN-011]"));
}

#[test]
fn unassessed_project_directory_fails() {
    let dir = example_copy();
    std::fs::create_dir_all(dir.path().join("projects/nyt-projekt")).unwrap();
    dataetik(dir.path())
        .args(["check", "--as-of", AS_OF])
        .assert()
        .code(1)
        .stdout(predicate::str::contains("[GEN-006]"))
        .stdout(predicate::str::contains("projects/nyt-projekt"));
}

#[test]
fn explain_rules() {
    let upper = dataetik(&example_root())
        .args(["explain", "EQU-001"])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("EQU-001"))
        .stdout(predicate::str::contains("Lighed"))
        .get_output()
        .stdout
        .clone();
    let lower = dataetik(&example_root())
        .args(["explain", "equ-001"])
        .assert()
        .code(0)
        .get_output()
        .stdout
        .clone();
    assert_eq!(upper, lower);
    dataetik(&example_root())
        .args(["--lang", "en", "explain", "EQU-001"])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("Equality"));
    dataetik(&example_root())
        .args(["explain", "XYZ"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("XYZ"))
        .stderr(predicate::str::contains("dataetik rules"));
    dataetik(&example_root())
        .args(["explain", "EQU-01"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("EQU-001"));
}

#[test]
fn rules_lists_every_rule() {
    let out = dataetik(&example_root())
        .args(["rules"])
        .assert()
        .code(0)
        .get_output()
        .stdout
        .clone();
    let out = String::from_utf8(out).unwrap();
    let policy = dataetik_core::policy::Policy::builtin().policy;
    assert!(!policy.rules.is_empty());
    for r in &policy.rules {
        assert!(out.contains(&r.id), "{} missing from `rules`", r.id);
    }
}

#[test]
fn exported_policy_round_trips() {
    let dir = example_copy();
    let exported = dataetik(dir.path())
        .args(["rules", "--export"])
        .assert()
        .code(0)
        .get_output()
        .stdout
        .clone();
    std::fs::write(dir.path().join("exported.yaml"), &exported).unwrap();
    // Break something so the comparison covers findings, not just an empty list.
    edit(dir.path(), OPSPORING, "  fria: done", "  fria: planned");
    let run = |dir: &Path| {
        dataetik(dir)
            .args(["check", "--as-of", AS_OF, "--format", "json"])
            .assert()
            .code(1)
            .get_output()
            .stdout
            .clone()
    };
    let builtin = run(dir.path());
    edit(
        dir.path(),
        "dataetik.yaml",
        "policy: builtin:gladsaxe",
        "policy: exported.yaml",
    );
    let custom = run(dir.path());
    assert_eq!(
        String::from_utf8(builtin).unwrap(),
        String::from_utf8(custom).unwrap()
    );
}

#[test]
fn new_writes_a_scaffold_and_never_overwrites() {
    let dir = tempfile::tempdir().unwrap();
    dataetik(dir.path())
        .args(["init", "--organisation", "Testby Kommune"])
        .assert()
        .code(0);
    dataetik(dir.path())
        .args(["new", "bkf-2027-nyt-projekt"])
        .assert()
        .code(0);
    let path = dir.path().join("assessments/bkf-2027-nyt-projekt.yaml");
    let original = std::fs::read_to_string(&path).unwrap();
    // The scaffold only lacks content: every finding is about a missing or blank field.
    let out = dataetik(dir.path())
        .args(["check", "--as-of", AS_OF, "--format", "json"])
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
    let findings = v["findings"].as_array().unwrap();
    assert!(!findings.is_empty());
    for f in findings {
        let rule = f["rule"].as_str().unwrap();
        assert!(
            !["GEN-001", "GEN-002", "GEN-004", "GEN-005", "GEN-007", "PUB-001"].contains(&rule),
            "scaffold gives a non-content finding: {f}"
        );
    }
    // Never overwrite.
    std::fs::write(&path, "id: mit-arbejde\n").unwrap();
    // Errors are in the register's language; English here, for the assertion.
    dataetik(dir.path())
        .args(["--lang", "en", "new", "bkf-2027-nyt-projekt"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("overwrite"));
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "id: mit-arbejde\n");
    assert!(!original.is_empty());
    // An invalid id is refused.
    dataetik(dir.path())
        .args(["new", "Ugyldigt ID"])
        .assert()
        .code(2);
    dataetik(dir.path())
        .args(["new", "../udenfor"])
        .assert()
        .code(2);
    assert!(!dir.path().join("udenfor.yaml").exists());
}

#[test]
fn init_never_overwrites() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("dataetik.yaml"),
        "organisation: Min Kommune\n",
    )
    .unwrap();
    dataetik(dir.path())
        .args(["init", "--organisation", "Testby Kommune"])
        .assert()
        .code(0);
    assert_eq!(
        std::fs::read_to_string(dir.path().join("dataetik.yaml")).unwrap(),
        "organisation: Min Kommune\n"
    );
    assert!(dir.path().join("assessments").is_dir());
    // Twice is fine and changes nothing.
    let before: Vec<_> = walkdir::WalkDir::new(dir.path())
        .into_iter()
        .map(|e| e.unwrap().path().to_path_buf())
        .collect();
    dataetik(dir.path())
        .args(["init", "--organisation", "Testby Kommune"])
        .assert()
        .code(0);
    let after: Vec<_> = walkdir::WalkDir::new(dir.path())
        .into_iter()
        .map(|e| e.unwrap().path().to_path_buf())
        .collect();
    assert_eq!(before, after);
}

#[test]
fn schema_is_json() {
    let out = dataetik(&example_root())
        .args(["schema"])
        .assert()
        .code(0)
        .get_output()
        .stdout
        .clone();
    let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
    assert!(v["properties"]["principles"].is_object());
}

fn git(dir: &Path, args: &[&str]) {
    let status = std::process::Command::new("git")
        .current_dir(dir)
        .args(["-c", "user.name=Test", "-c", "user.email=test@example.org"])
        .args([
            "-c",
            "commit.gpgsign=false",
            "-c",
            "init.defaultBranch=main",
        ])
        .args(args)
        .output()
        .expect("git runs");
    assert!(status.status.success(), "git {args:?}: {status:?}");
}

#[test]
fn changed_since_reports_only_changed_files() {
    if std::process::Command::new("git")
        .arg("--version")
        .output()
        .is_err()
    {
        eprintln!("git not available; skipped");
        return;
    }
    let dir = example_copy();
    git(dir.path(), &["init", "-q"]);
    git(dir.path(), &["add", "-A"]);
    git(dir.path(), &["commit", "-q", "-m", "start"]);
    // Nothing changed: nothing to report, and it passes.
    dataetik(dir.path())
        .args([
            "check",
            "--as-of",
            AS_OF,
            "--changed-since",
            "HEAD",
            "--format",
            "json",
        ])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("\"files\": 0"));
    // One file broken: only its findings; an untracked new file counts as changed.
    edit(dir.path(), OPSPORING, "  fria: done", "  fria: planned");
    let out = dataetik(dir.path())
        .args([
            "check",
            "--as-of",
            AS_OF,
            "--changed-since",
            "HEAD",
            "--format",
            "json",
        ])
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(v["summary"]["files"], 1);
    let rules: Vec<&str> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        // Notes (a hard-to-read summary, TRA-007) are not what this test is about.
        .filter(|f| f["severity"] != "note")
        .map(|f| f["rule"].as_str().unwrap())
        .collect();
    assert_eq!(rules, ["ACC-008"]);
    // Register-wide rules still apply.
    std::fs::create_dir_all(dir.path().join("projects/nyt")).unwrap();
    dataetik(dir.path())
        .args(["check", "--as-of", AS_OF, "--changed-since", "HEAD"])
        .assert()
        .code(1)
        .stdout(predicate::str::contains("[GEN-006]"));
    // An unknown revision is a usage error.
    dataetik(dir.path())
        .args(["check", "--as-of", AS_OF, "--changed-since", "findes-ikke"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("findes-ikke"));
    dataetik(dir.path())
        .args([
            "check",
            "--as-of",
            AS_OF,
            "--changed-since",
            "--output=/tmp/x",
        ])
        .assert()
        .code(2);
}

#[test]
fn github_annotations_by_default_inside_actions() {
    let dir = example_copy();
    let text = edit(dir.path(), OPSPORING, "  fria: done", "  fria: planned");
    let (line, col) = common::find(&text, "fria: planned");
    let mut cmd = common::dataetik_bin();
    cmd.current_dir(dir.path())
        .env("GITHUB_ACTIONS", "true")
        .args(["check", "--as-of", AS_OF])
        .assert()
        .code(1)
        .stdout(predicate::str::contains(format!(
            "::error file={OPSPORING},line={line},col={col},title=ACC-008::"
        )))
        .stdout(predicate::str::contains(
            "::notice file=assessments/ssf-2026-faldrisiko.yaml",
        ));
}

/// The `dataetik` binary as a plain process, for redirecting its standard output.
fn dataetik_process(dir: &Path) -> std::process::Command {
    let mut cmd = std::process::Command::new(common::bin_path());
    cmd.current_dir(dir)
        .env_remove("GITHUB_ACTIONS")
        .env("NO_COLOR", "1");
    cmd
}

#[cfg(target_os = "linux")]
#[test]
fn a_full_disk_is_an_error_with_exit_2() {
    for (args, lang_prefix) in [
        (&["rules"][..], "fejl: kan ikke skrive til standard output"),
        (
            &["--lang", "en", "schema"][..],
            "error: cannot write to standard output",
        ),
        (
            &["check", "--as-of", common::AS_OF, "--format", "json"][..],
            "fejl: kan ikke skrive",
        ),
        (
            &["check", "--as-of", common::AS_OF][..],
            "fejl: kan ikke skrive",
        ),
    ] {
        let out = dataetik_process(&example_root())
            .args(args)
            .stdout(std::fs::File::create("/dev/full").unwrap())
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(stderr.starts_with(lang_prefix), "{args:?}: {stderr}");
        assert!(!stderr.contains("panicked"), "{stderr}");
    }
}

#[cfg(unix)]
#[test]
fn a_closed_pipe_ends_quietly() {
    use std::process::Stdio;
    // The reader closes its end before dataetik writes: like `dataetik rules --export | head -0`.
    for (dir, args, code) in [
        (example_root(), &["rules", "--export"][..], 0),
        (
            example_root().join("tests/fixtures/broken-register"),
            // A failing check keeps its verdict when nobody reads the output.
            &["check", "--as-of", common::AS_OF, "--format", "json"][..],
            1,
        ),
    ] {
        let mut child = dataetik_process(&dir)
            .args(args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        drop(child.stdout.take());
        let out = child.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(code), "{args:?}: {stderr}");
        assert!(stderr.is_empty(), "{args:?}: {stderr}");
    }
}
