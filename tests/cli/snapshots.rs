//! Snapshots of what users see: human output (no colour: not a terminal) and JSON. Each command
//! runs with the register as its working directory, so paths are relative and stable.

use crate::common;

use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn broken_register() -> PathBuf {
    root().join("tests/fixtures/broken-register")
}

fn run(dir: &Path, args: &[&str], code: i32) -> String {
    let out = common::dataetik_bin()
        .current_dir(dir)
        .env_remove("GITHUB_ACTIONS")
        .env_remove("CLICOLOR_FORCE")
        .args(args)
        .assert()
        .code(code)
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(out).unwrap();
    assert!(!text.contains('\u{1b}'), "no colour when not a terminal");
    text
}

#[test]
fn example_register_verbose() {
    let out = run(&root(), &["check", "--as-of", "2026-11-25", "-v"], 0);
    insta::assert_snapshot!("example_register_verbose", out);
}

#[test]
fn broken_fixture_human() {
    let out = run(&broken_register(), &["check", "--as-of", "2026-11-25"], 1);
    insta::assert_snapshot!("broken_fixture_human", out);
}

#[test]
fn broken_fixture_human_english() {
    let out = run(
        &broken_register(),
        &["--lang", "en", "check", "--as-of", "2026-11-25"],
        1,
    );
    insta::assert_snapshot!("broken_fixture_human_en", out);
}

#[test]
fn broken_fixture_json() {
    let out = run(
        &broken_register(),
        &["check", "--as-of", "2026-11-25", "--format", "json"],
        1,
    );
    insta::assert_snapshot!("broken_fixture_json", out);
}

#[test]
fn broken_fixture_github() {
    let out = run(
        &broken_register(),
        &["check", "--as-of", "2026-11-25", "--format", "github"],
        1,
    );
    insta::assert_snapshot!("broken_fixture_github", out);
}

/// Findings of one small file, rendered for humans: checks the underline of flow lists, quoted
/// values, keys, and a missing top-level key (no source line: line 1 is a comment).
#[test]
fn underlines() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("assessments")).unwrap();
    let text = r#"# yaml-language-server: $schema=../schema/assessment.schema.json
schema_version: 1
id: underline
title: "Understregning"
owner: { department: X, responsible: "Direktør" }
code_paths: [projects/a, ../udenfor]
lifecycle:
  phase: "drift"
  started: '2024-02-30'
purpose: Formål
data:
  personal_data: false
automation:
  kind: statistics
"#;
    std::fs::write(dir.path().join("assessments/underline.yaml"), text).unwrap();
    let out = run(dir.path(), &["check", "--as-of", "2026-11-25"], 1);
    insta::assert_snapshot!("underlines", out);
}
