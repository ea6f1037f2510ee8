//! `dataetik export` and `dataetik import` end to end, as a Dutch or UK register would use them:
//! the example register exported to standard output and to a file, refused while a CPR number or
//! an unreadable assessment remains, projects without a public contact left out and named; the
//! export imported into a new register (one file per record, never overwriting) and checked.
//! The field-by-field validation against the standards is in crates/dataetik-core/tests/core/formats.rs.

use std::path::Path;

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;

use crate::common;

fn dataetik(dir: &Path) -> Command {
    let mut cmd = common::dataetik_bin();
    cmd.current_dir(dir)
        .env_remove("GITHUB_ACTIONS")
        .env_remove("CLICOLOR_FORCE")
        .env("NO_COLOR", "1");
    cmd
}

fn records(bytes: &[u8]) -> Vec<Value> {
    match serde_json::from_slice(bytes).expect("JSON") {
        Value::Array(a) => a,
        other => panic!("not an array: {other}"),
    }
}

fn edit(dir: &Path, rel: &str, from: &str, to: &str) {
    let p = dir.join(rel);
    let text = std::fs::read_to_string(&p).unwrap();
    assert!(text.contains(from), "{from} not in {rel}");
    std::fs::write(&p, text.replacen(from, to, 1)).unwrap();
}

/// A new, empty register with the example's organisation.
fn empty_register() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("dataetik.yaml"),
        "organisation: Lyngdal Kommune\nlanguage: da\n",
    )
    .unwrap();
    dir
}

#[test]
fn export_writes_every_project_to_stdout_or_a_file() {
    let dir = common::example_register_copy();
    let out = dataetik(dir.path())
        .args(["export", "--to", "algoritmeregister"])
        .assert()
        .code(0)
        .stderr("")
        .get_output()
        .stdout
        .clone();
    let recs = records(&out);
    assert_eq!(recs.len(), 11);
    assert!(recs
        .iter()
        .all(|r| r["standard_version"] == "1.0" && r["lang"] == "dan"));
    // --out writes the same bytes atomically and says so.
    dataetik(dir.path())
        .args([
            "export",
            "--to",
            "algoritmeregister",
            "--out",
            "site/nl.json",
        ])
        .assert()
        .code(0)
        .stdout(predicate::str::contains(
            "Skrev 11 poster i formatet Algoritmeregister publicatiestandaard 1.0 til site/nl.json",
        ));
    assert_eq!(std::fs::read(dir.path().join("site/nl.json")).unwrap(), out);
    let names: Vec<String> = std::fs::read_dir(dir.path().join("site"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().to_string())
        .collect();
    assert_eq!(names, ["nl.json"], "no temporary file left");
    // ATRS, in English messages.
    let out = dataetik(dir.path())
        .args(["--lang", "en", "export", "--to", "atrs", "--out", "atrs.json"])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("Wrote 11 records in the Algorithmic Transparency Recording Standard (ATRS) v3.0 format to atrs.json"))
        .get_output()
        .stdout
        .clone();
    let _ = out;
    let recs = records(&std::fs::read(dir.path().join("atrs.json")).unwrap());
    assert_eq!(recs.len(), 11);
    assert!(recs
        .iter()
        .all(|r| r["metadata"]["standard_version"] == "v3.0"));
}

#[test]
fn export_refuses_cpr_numbers_and_unreadable_files() {
    let dir = common::example_register_copy();
    edit(
        dir.path(),
        "assessments/bmf-2024-trafikdashboard.yaml",
        "summary: |\n",
        "summary: |\n  Henvendelse fra 010190-1234.\n",
    );
    dataetik(dir.path())
        .args(["export", "--to", "algoritmeregister", "--out", "nl.json"])
        .assert()
        .code(1)
        .stdout("")
        .stderr(predicate::str::contains(
            "fejl: eksporten skrives ikke: PUB-001 fandt noget, der ligner et CPR-nummer, i\n  assessments/bmf-2024-trafikdashboard.yaml:",
        ))
        .stderr(predicate::str::contains("010190").not());
    assert!(!dir.path().join("nl.json").exists());

    let dir = common::example_register_copy();
    std::fs::write(
        dir.path().join("assessments/broken.yaml"),
        "title: [unclosed\n",
    )
    .unwrap();
    dataetik(dir.path())
        .args(["export", "--to", "atrs"])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains(
            "fejl: eksporten skrives ikke: disse vurderinger kan ikke læses",
        ))
        .stderr(predicate::str::contains("assessments/broken.yaml:"));
}

#[test]
fn a_project_without_a_public_contact_is_left_out_and_named() {
    let dir = common::example_register_copy();
    edit(
        dir.path(),
        "assessments/bmf-2024-trafikdashboard.yaml",
        "  contact: trafik@lyngdal.dk\n",
        "  contact: Ring til Trafik og Vej\n",
    );
    let out = dataetik(dir.path())
        .args(["export", "--to", "algoritmeregister"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "assessments/bmf-2024-trafikdashboard.yaml: projektet bmf-2024-trafikdashboard er ikke med i eksporten; formatet kræver `owner.contact` som en e-mailadresse eller en https-adresse (til contact_email)",
        ))
        .stderr(predicate::str::contains("1 projekt mangler i eksporten"))
        .get_output()
        .stdout
        .clone();
    assert_eq!(records(&out).len(), 10);
}

#[test]
fn an_export_imports_into_a_new_register_that_checks_without_format_errors() {
    let example = common::example_register_copy();
    for (format, file) in [("algoritmeregister", "nl.json"), ("atrs", "uk.json")] {
        dataetik(example.path())
            .args(["export", "--to", format, "--out", file])
            .assert()
            .code(0);
        let target = empty_register();
        std::fs::copy(example.path().join(file), target.path().join(file)).unwrap();
        dataetik(target.path())
            .args(["import", file, "--from", format])
            .assert()
            .code(0)
            .stdout(predicate::str::contains(
                "Skrev assessments/bif-2023-profilering-ledige.yaml: Profilering af ledige i Jobcentret",
            ).or(predicate::str::contains("Skrev assessments/profilering-af-ledige-i-jobcentret.yaml")))
            .stdout(predicate::str::contains(
                "Importerede 11 poster til assessments. Kør `dataetik check` for at se, hvad der mangler.",
            ));
        let files: Vec<_> = std::fs::read_dir(target.path().join("assessments"))
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        assert_eq!(files.len(), 11, "{format}");
        let one = std::fs::read_to_string(&files[0]).unwrap();
        assert!(one.contains(&format!("# fra {format}: ")), "{one}");
        assert!(one.contains("schema_version: 2\n"));
        assert!(
            !one.contains(&target.path().display().to_string()),
            "no local path in the file"
        );
        // check: every file loads; what the format lacks is reported, no unknown key or bad value.
        let out = dataetik(target.path())
            .args(["check", "--format", "json", "--as-of", "2026-11-25"])
            .assert()
            .code(1)
            .get_output()
            .stdout
            .clone();
        let json: Value = serde_json::from_slice(&out).unwrap();
        let rules: Vec<&str> = json["findings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["rule"].as_str().unwrap())
            .collect();
        assert!(
            !rules.contains(&"GEN-001") && !rules.contains(&"GEN-002"),
            "{format}: {rules:?}"
        );
        assert!(rules.contains(&"GEN-003"), "missing fields are reported");
        assert_eq!(json["assessments"].as_array().unwrap().len(), 11);

        // Importing again never overwrites: nothing is written, exit 1.
        let before = std::fs::read_to_string(&files[0]).unwrap();
        dataetik(target.path())
            .args(["import", file, "--from", format])
            .assert()
            .code(1)
            .stdout("")
            .stderr(predicate::str::contains("findes allerede (post "))
            .stderr(predicate::str::contains(
                "importen overskriver aldrig en vurdering",
            ))
            .stderr(predicate::str::contains(
                "Der er ikke skrevet nogen filer. Omdøb eller flyt",
            ));
        assert_eq!(std::fs::read_to_string(&files[0]).unwrap(), before);
        // --out DIR, from standard input.
        let input = std::fs::read(target.path().join(file)).unwrap();
        dataetik(target.path())
            .args(["import", "-", "--from", format, "--out", "andre"])
            .write_stdin(input)
            .assert()
            .code(0)
            .stdout(predicate::str::contains("Importerede 11 poster til andre."));
        let other = std::fs::read_dir(target.path().join("andre"))
            .unwrap()
            .count();
        assert_eq!(other, 11);
    }
}

#[test]
fn import_reports_bad_input_with_exit_code_2() {
    let dir = empty_register();
    std::fs::write(dir.path().join("x.json"), "<html>").unwrap();
    dataetik(dir.path())
        .args(["import", "x.json", "--from", "atrs"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("fejl: x.json er ikke gyldig JSON"));
    std::fs::write(dir.path().join("y.json"), "[{\"colour\": \"blue\"}]").unwrap();
    dataetik(dir.path())
        .args(["--lang", "en", "import", "y.json", "--from", "algoritmeregister"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "error: y.json holds no records in the Algoritmeregister publicatiestandaard 1.0 format",
        ));
    dataetik(dir.path())
        .args(["import", "missing.json", "--from", "atrs"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("fejl: kan ikke læse missing.json"));
    // A record without a name: nothing is written.
    std::fs::write(
        dir.path().join("z.json"),
        "[{\"name\": \"Et\"}, {\"description_short\": \"uden navn\"}]",
    )
    .unwrap();
    dataetik(dir.path())
        .args(["import", "z.json", "--from", "algoritmeregister"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "fejl: post 2: har intet navn (name), så der kan ikke dannes et id",
        ));
    assert!(!dir.path().join("assessments").exists());
    // Usage errors.
    dataetik(dir.path())
        .args(["export"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--to <FORMAT>"));
    dataetik(dir.path())
        .args(["export", "--to", "csv"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "possible values: algoritmeregister, atrs",
        ));
}

#[test]
fn help_shows_examples_and_exit_codes() {
    let dir = empty_register();
    for (cmd, example) in [
        ("export", "dataetik export --to atrs --out site/atrs.json"),
        (
            "import",
            "dataetik import algoritmeregister.json --from algoritmeregister",
        ),
    ] {
        dataetik(dir.path())
            .args([cmd, "--help"])
            .assert()
            .code(0)
            .stdout(predicate::str::contains(example))
            .stdout(predicate::str::contains("Exit codes:"))
            .stdout(
                predicate::str::contains("docs/open-formats.md")
                    .or(predicate::str::contains("Never overwrites")),
            );
    }
}
