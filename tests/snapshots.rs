//! Snapshots of what users see: human output (no colour: not a terminal) and JSON. Each command
//! runs with the register as its working directory, so paths are relative and stable.

use std::path::{Path, PathBuf};

use assert_cmd::Command;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn broken_register() -> PathBuf {
    root().join("tests/fixtures/broken-register")
}

fn run(dir: &Path, args: &[&str], code: i32) -> String {
    let out = Command::cargo_bin("dataetik")
        .unwrap()
        .current_dir(dir)
        .env_remove("GITHUB_ACTIONS")
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
