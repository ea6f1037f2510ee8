//! WCAG 2.1 A/AA check of the HTML report with axe-core in headless Chromium.
//!
//! Needs Debian's `chromium`, Node.js and `npm ci` in tests/browser (`.ci/run` installs them).
//! Without them the test skips with a message; with `DATAETIK_BROWSER_TESTS=1` (set by `.ci/run`)
//! a missing piece is a failure, so CI can never pass by skipping.

use std::path::{Path, PathBuf};
use std::process::Command;

use dataetik_core::check::{check_register, CheckOptions};
use dataetik_core::i18n::Lang;
use dataetik_core::model::Date;
use dataetik_core::register::{list_assessment_files, Register};
use dataetik_report::{self as report, build, Templates};

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Returns false (after printing why) when the browser tooling is missing and not required.
pub(crate) fn browser_available() -> bool {
    let required = std::env::var("DATAETIK_BROWSER_TESTS").is_ok_and(|v| v == "1");
    let chromium = std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into());
    let mut missing = Vec::new();
    if !Path::new(&chromium).exists() {
        missing.push(format!("Chromium ({chromium}; apt-get install chromium)"));
    }
    if Command::new("node").arg("--version").output().is_err() {
        missing.push("Node.js".to_string());
    }
    for pkg in ["axe-core", "playwright-core"] {
        if !repo().join("tests/browser/node_modules").join(pkg).exists() {
            missing.push(format!("{pkg} (cd tests/browser && npm ci)"));
        }
    }
    if missing.is_empty() {
        return true;
    }
    assert!(
        !required,
        "DATAETIK_BROWSER_TESTS=1 but the browser tooling is missing: {}",
        missing.join(", ")
    );
    eprintln!(
        "SKIPPED: accessibility test needs {} (set DATAETIK_BROWSER_TESTS=1 to make it mandatory)",
        missing.join(", ")
    );
    false
}

fn example_report_html(lang: Lang) -> String {
    let reg = Register::open_config(&repo().join("dataetik.yaml")).unwrap();
    let files = list_assessment_files(&reg.root, &[reg.assessments_dir()]).unwrap();
    let as_of = Date::parse("2026-11-25").unwrap();
    let result = check_register(
        &reg,
        &files,
        &CheckOptions {
            as_of,
            limits: Default::default(),
        },
    );
    let inputs = report::gather::gather(&reg, &result, 2026, as_of, lang, None).unwrap();
    let model = build::build(&inputs).unwrap();
    report::render_html(&model, &Templates::embedded()).unwrap()
}

fn axe(html: &str, name: &str) {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join(name);
    std::fs::write(&file, html).unwrap();
    let out = Command::new("node")
        .arg(repo().join("tests/browser/axe.mjs"))
        .arg(&file)
        .current_dir(repo().join("tests/browser"))
        .output()
        .expect("node runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "axe-core found WCAG 2.1 A/AA violations (or the page made network requests) in {name}:\n{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let summary: serde_json::Value = serde_json::from_str(&stdout).expect("axe.mjs prints JSON");
    assert_eq!(summary["violations"].as_array().map(Vec::len), Some(0));
    assert!(
        summary["passes"].as_u64().unwrap_or(0) > 10,
        "axe ran too few checks: {stdout}"
    );
}

#[test]
fn example_report_has_no_wcag_violations_in_danish_and_english() {
    if !browser_available() {
        return;
    }
    axe(&example_report_html(Lang::Da), "report-da.html");
    axe(&example_report_html(Lang::En), "report-en.html");
}

#[test]
fn report_with_hostile_text_has_no_wcag_violations() {
    if !browser_available() {
        return;
    }
    let mut model = report::model_of_register(
        &repo().join("examples/sample-register"),
        Some(2026),
        Date::parse("2026-11-25").unwrap(),
        Lang::Da,
    )
    .unwrap();
    for p in &mut model.projects {
        p.title = format!("{} <script>alert(1)</script> {{{{ 7*7 }}}}", p.title);
        p.purpose = report::Markdown::new(
            "#panic(\"x\") <img src=x onerror=alert(1)> [klik](javascript:alert(1))",
        );
    }
    let html = report::render_html(&model, &Templates::embedded()).unwrap();
    axe(&html, "hostile.html");
}
