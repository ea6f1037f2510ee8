//! `dataetik site` end to end: the command, its refusals, and WCAG 2.1 AA (axe-core in Chromium)
//! plus a 390 px phone layout on every generated page, in Danish and English.

use std::process::Command;

use crate::accessibility::browser_available;
use crate::common::{dataetik_bin, example_register_copy, AS_OF};

fn build_site(lang: &str) -> (tempfile::TempDir, std::path::PathBuf) {
    let reg = example_register_copy();
    let out = reg.path().join("site");
    let assert = dataetik_bin()
        .current_dir(reg.path())
        .args(["--lang", lang, "site", "--as-of", AS_OF, "--out"])
        .arg(&out)
        .assert()
        .success();
    let stdout = String::from_utf8_lossy(&assert.get_output().stdout).to_string();
    assert!(stdout.contains("11"), "{stdout}");
    (reg, out)
}

#[test]
fn site_command_writes_every_page_and_download() {
    let (_reg, out) = build_site("da");
    for f in [
        "index.html",
        "site.css",
        "bkf-2024-tidlig-opsporing/index.html",
        "my-data/index.html",
        "my-data/children/index.html",
        "departments/index.html",
        "impact/index.html",
        "changes/index.html",
        "downloads/index.html",
        "downloads/register.csv",
        "downloads/register.json",
        "downloads/algoritmeregister.json",
        "downloads/atrs.json",
        "about/index.html",
        "feed.xml",
        "sitemap.xml",
    ] {
        assert!(out.join(f).is_file(), "{f} missing");
    }
    let index = std::fs::read_to_string(out.join("index.html")).unwrap();
    assert!(index.contains("<html lang=\"da\">"));
}

#[test]
fn site_refuses_on_a_cpr_number() {
    let reg = example_register_copy();
    let file = reg.path().join("assessments/bkf-2026-fravaer-skoler.yaml");
    let text = std::fs::read_to_string(&file).unwrap().replacen(
        "title: Analyse af elevfravær i folkeskolerne",
        "title: Analyse af elevfravær 010203-1234",
        1,
    );
    std::fs::write(&file, text).unwrap();
    let out = reg.path().join("site");
    dataetik_bin()
        .current_dir(reg.path())
        .args(["site", "--as-of", AS_OF, "--out"])
        .arg(&out)
        .assert()
        .code(1)
        .stderr(predicates::str::contains("PUB-001"));
    assert!(!out.exists(), "nothing is written");
}

#[test]
fn every_site_page_meets_wcag_and_fits_a_phone() {
    if !browser_available() {
        return;
    }
    let repo = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    for lang in ["da", "en"] {
        let (_reg, out) = build_site(lang);
        let run = Command::new("node")
            .arg(repo.join("tests/browser/site.mjs"))
            .arg(&out)
            .current_dir(repo.join("tests/browser"))
            .output()
            .expect("node runs");
        let stdout = String::from_utf8_lossy(&run.stdout);
        assert!(
            run.status.success(),
            "site ({lang}): axe-core violations, sideways scrolling at 390 px or network requests:\n{stdout}\n{}",
            String::from_utf8_lossy(&run.stderr)
        );
        let summary: serde_json::Value = serde_json::from_str(&stdout).unwrap();
        assert!(summary["pages"].as_u64().unwrap() >= 20, "{stdout}");
    }
}
