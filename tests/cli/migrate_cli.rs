//! `dataetik migrate` and `dataetik new` end to end: version 1 copies of the example register are
//! migrated back to exactly the committed version 2 files (the version line aside, nothing
//! differs), `--check` changes nothing and exits 1 while anything would change, files it cannot
//! migrate are left alone with the reason, and a new scaffold is a version 2 file.

use std::path::Path;

use assert_cmd::Command;
use predicates::prelude::*;

use crate::common::{self, AS_OF};

fn dataetik(dir: &Path) -> Command {
    let mut cmd = common::dataetik_bin();
    cmd.current_dir(dir)
        .env_remove("GITHUB_ACTIONS")
        .env("NO_COLOR", "1");
    cmd
}

/// The example register, with the files turned back into version 1 files: what a register
/// looked like before version 2, for files that use no version-2 field.
fn version_1_register() -> (tempfile::TempDir, Vec<String>) {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("dataetik.yaml"),
        "organisation: Testby Kommune\nassessments: assessments\n",
    )
    .unwrap();
    std::fs::create_dir_all(dir.path().join("assessments")).unwrap();
    let v1 = include_str!("../../crates/dataetik-core/tests/fixtures/complete.yaml");
    let names = vec!["complete".to_string(), "kopi-crlf".to_string()];
    std::fs::write(dir.path().join("assessments/complete.yaml"), v1).unwrap();
    std::fs::write(
        dir.path().join("assessments/kopi-crlf.yaml"),
        v1.replace("id: complete", "id: kopi-crlf")
            .replace('\n', "\r\n"),
    )
    .unwrap();
    (dir, names)
}

fn read(dir: &Path, name: &str) -> String {
    std::fs::read_to_string(dir.join(format!("assessments/{name}.yaml"))).unwrap()
}

#[test]
fn migrate_check_changes_nothing_then_migrate_changes_only_the_version() {
    let (dir, names) = version_1_register();
    let before: Vec<String> = names.iter().map(|n| read(dir.path(), n)).collect();
    dataetik(dir.path())
        .args(["migrate", "--check"])
        .assert()
        .code(1)
        .stdout(predicate::str::contains(
            "assessments/complete.yaml: ville blive opdateret til version 2",
        ))
        .stdout(predicate::str::contains("2 filer ville blive opdateret"));
    for (n, b) in names.iter().zip(&before) {
        assert_eq!(&read(dir.path(), n), b, "--check changed {n}");
    }
    dataetik(dir.path())
        .args(["migrate"])
        .assert()
        .code(0)
        .stdout(predicate::str::contains(
            "assessments/complete.yaml: opdateret til version 2",
        ))
        // What to fill in, as the team's to-do list; nothing is invented.
        .stdout(predicate::str::contains("`impact.effect`"))
        .stdout(predicate::str::contains(
            "risikoniveau efter version 2: 16 point, niveau mindst 3 (høj) (efter version 1: 16 point, niveau 4 (meget høj))",
        ));
    for (n, b) in names.iter().zip(&before) {
        let after = read(dir.path(), n);
        assert_eq!(
            after,
            b.replacen("schema_version: 1", "schema_version: 2", 1),
            "{n}"
        );
    }
    // Nothing left to do: both modes exit 0 and say so.
    dataetik(dir.path())
        .args(["migrate", "--check"])
        .assert()
        .code(0)
        .stdout(predicate::str::contains(
            "er allerede version 2; intet ændret",
        ));
    dataetik(dir.path())
        .args(["migrate", "--lang", "en"])
        .assert()
        .code(0)
        .stdout(predicate::str::contains(
            "0 files migrated, 2 already version 2",
        ));
    // The migrated files check as version 2 files: no GEN-002, and the level is a minimum.
    dataetik(dir.path())
        .args(["check", "--as-of", AS_OF, "-v"])
        .assert()
        .stdout(predicate::str::contains("GEN-002").not())
        .stdout(predicate::str::contains("16 point: niveau mindst 3 (høj)"));
}

#[test]
fn migrate_leaves_broken_and_unversioned_files_alone_and_says_why() {
    let (dir, _) = version_1_register();
    let broken = "schema_version: 1\nid: [ikke lukket\n";
    let unversioned = "id: uden-version\ntitle: x\n";
    std::fs::write(dir.path().join("assessments/broken.yaml"), broken).unwrap();
    std::fs::write(
        dir.path().join("assessments/uden-version.yaml"),
        unversioned,
    )
    .unwrap();
    dataetik(dir.path())
        .args(["migrate"])
        .assert()
        .code(1)
        .stdout(predicate::str::contains(
            "assessments/broken.yaml: kan ikke læses som YAML, så intet er ændret",
        ))
        .stdout(predicate::str::contains(
            "assessments/uden-version.yaml: har intet `schema_version`",
        ))
        .stdout(predicate::str::contains(
            "2 filer opdateret, 0 allerede version 2, 2 ikke ændret på grund af fejl",
        ));
    assert_eq!(read(dir.path(), "broken"), broken);
    assert_eq!(read(dir.path(), "uden-version"), unversioned);
    // Only the paths given.
    dataetik(dir.path())
        .args(["migrate", "--check", "assessments/broken.yaml"])
        .assert()
        .code(1)
        .stdout(predicate::str::contains("0 filer ville blive opdateret"));
}

#[test]
fn the_example_register_is_version_2_and_migrates_back_from_version_1() {
    let dir = common::example_register_copy();
    dataetik(dir.path())
        .args(["migrate", "--check"])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("11 allerede version 2"));
    // A version 1 file of the register (the version-2 fields left out) migrates to the same
    // text with `schema_version: 2`.
    let p = dir.path().join("assessments/bmf-2024-trafikdashboard.yaml");
    let v2 = std::fs::read_to_string(&p).unwrap();
    let mut v1 = v2.replacen("schema_version: 2", "schema_version: 1", 1);
    let (start, end) = (
        v1.find("impact:\n").unwrap(),
        v1.find("principles:\n").unwrap(),
    );
    v1.replace_range(start..end, "");
    // Supplier references (`supplier: id`) and kinds are version 2 too: leave the list out.
    v1.truncate(v1.find("\nsuppliers:\n").unwrap() + 1);
    std::fs::write(&p, &v1).unwrap();
    dataetik(dir.path())
        .args([
            "check",
            "--as-of",
            AS_OF,
            "assessments/bmf-2024-trafikdashboard.yaml",
        ])
        .assert()
        .stdout(predicate::str::contains("GEN-002").not());
    dataetik(dir.path())
        .args(["migrate", "assessments/bmf-2024-trafikdashboard.yaml"])
        .assert()
        .code(0);
    assert_eq!(
        std::fs::read_to_string(&p).unwrap(),
        v1.replacen("schema_version: 1", "schema_version: 2", 1)
    );
}

#[test]
fn new_writes_a_version_2_scaffold_that_checks_without_format_errors() {
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
    assert!(text.contains("\nschema_version: 2\n"));
    for key in [
        "data_fate:",
        "subjects:",
        "inputs:",
        "impact:",
        "risks:",
        "debate:",
        "links:",
    ] {
        assert!(text.contains(key), "{key}");
    }
    let out = dataetik(dir.path())
        .args(["check", "--as-of", AS_OF, "--format", "json"])
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
    let rules: Vec<&str> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["rule"].as_str().unwrap())
        .collect();
    assert!(
        !rules.contains(&"GEN-001") && !rules.contains(&"GEN-002"),
        "{rules:?}"
    );
    // Nothing is stated yet, so the risk level is only a minimum.
    assert_eq!(v["assessments"][0]["risk_complete"], false);
    // And nothing to migrate.
    dataetik(dir.path())
        .args(["migrate", "--check"])
        .assert()
        .code(0);
}
