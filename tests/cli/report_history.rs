//! The report's "changes since the last report", "sidst ændret" and history appendix, on a git
//! repository built from the example register by `scripts/example-history.py` (dated commits
//! with Danish subjects: the register during 2025, then this year's changes). Also the
//! hyphenation check of the PDF and that a register without git history still reports.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::common::{dataetik_bin, example_register_copy};

/// Builds the example register's history in a temporary directory; `None` (with a message)
/// when git, python3 or PyYAML is missing, unless `DATAETIK_HISTORY_TESTS=1` makes them
/// mandatory.
fn history_register() -> Option<(tempfile::TempDir, PathBuf)> {
    let dir = tempfile::tempdir().unwrap();
    let reg = dir.path().join("register");
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("scripts/example-history.py");
    let ok = Command::new("python3")
        .arg(&script)
        .arg(&reg)
        .output()
        .is_ok_and(|o| o.status.success());
    if !ok {
        assert!(
            std::env::var("DATAETIK_HISTORY_TESTS").as_deref() != Ok("1"),
            "DATAETIK_HISTORY_TESTS=1 but scripts/example-history.py failed (git, python3, PyYAML)"
        );
        eprintln!("SKIPPED: the history tests need git, python3 and PyYAML");
        return None;
    }
    Some((dir, reg))
}

fn report_json(reg: &Path, args: &[&str]) -> serde_json::Value {
    dataetik_bin()
        .current_dir(reg)
        .args([
            "report",
            "--as-of",
            "2026-11-25",
            "--format",
            "json",
            "--out",
            "out",
        ])
        .args(args)
        .assert()
        .success();
    let text = std::fs::read_to_string(reg.join("out/dataetisk-redegoerelse-2026.json")).unwrap();
    serde_json::from_str(&text).unwrap()
}

fn group<'a>(changes: &'a serde_json::Value, id: &str) -> Vec<&'a str> {
    changes["groups"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|g| g["id"] == id)
        .flat_map(|g| g["items"].as_array().unwrap())
        .map(|i| i.as_str().unwrap())
        .collect()
}

#[test]
fn changes_since_last_year_come_from_the_git_history() {
    let Some((_dir, reg)) = history_register() else {
        return;
    };
    let m = report_json(&reg, &[]);
    let c = &m["changes"];
    assert_eq!(c["available"], true, "{c:#}");
    assert!(c["lead"].as_str().unwrap().contains("31. december 2025"));
    let new = group(c, "new");
    assert!(
        new.iter()
            .any(|x| x.starts_with("Forebyggelse af faldulykker hos ældre")),
        "{new:?}"
    );
    assert!(
        new.iter().any(|x| x.starts_with("Chatbot på lyngdal.dk")),
        "{new:?}"
    );
    let completed = group(c, "completed");
    assert!(
        completed.iter().any(|x| x.contains("Energiforbrug")),
        "{completed:?}"
    );
    // The profiling stopped last year for a failed bias test is named, with the test.
    let stopped = group(c, "stopped");
    assert!(
        stopped
            .iter()
            .any(|x| x.contains("Profilering af ledige") && x.contains("biastest")),
        "{stopped:?}"
    );
    let phase = group(c, "phase");
    assert!(phase.iter().any(|x| x.contains("sygefravær") && x.contains("fra analysefasen til udviklingsfasen")), "{phase:?}");
    let approvals = group(c, "approvals");
    assert!(
        approvals.iter().any(|x| x.contains("9. februar 2026")),
        "{approvals:?}"
    );
    let resolved = group(c, "resolved");
    assert!(
        resolved.iter().any(|x| x.starts_with("Trafikdashboard")),
        "{resolved:?}"
    );
    // Last year's open points, each with a status now.
    let last = c["last_year"].as_array().unwrap();
    assert!(!last.is_empty());
    assert!(last.iter().any(|p| p["status"] == "resolved"));
    assert!(last.iter().any(|p| p["status"] == "open"));
    // Per project "sidst ændret" and the audit trail, without e-mail addresses.
    for p in m["projects"].as_array().unwrap() {
        assert!(p["last_changed"].is_string(), "{}", p["id"]);
    }
    let history = m["history"].as_array().unwrap();
    let fall = history
        .iter()
        .find(|h| h["id"] == "ssf-2026-faldrisiko")
        .unwrap();
    let subjects: Vec<&str> = fall["entries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["subject"].as_str().unwrap())
        .collect();
    // Only commits that changed the file: the final review left it as it was.
    assert_eq!(
        subjects,
        ["Nyt projekt: forebyggelse af faldulykker hos ældre"]
    );
    let all = m.to_string();
    assert!(
        !all.contains("example.invalid"),
        "an author e-mail address reached the report"
    );
    // The agenda names the stopped project's test only in its own year's report; this year it
    // names the projects and bodies behind each point.
    let points: Vec<&str> = m["summary"]["recommendation"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["text"].as_str().unwrap())
        .collect();
    assert!(points[0].contains("redegørelse for 2026"));
    assert!(
        points
            .iter()
            .any(|p| p.contains("meget høj risiko") && p.contains("godkendt af")),
        "{points:#?}"
    );
    insta::assert_snapshot!(
        "example_history_changes",
        serde_json::to_string_pretty(&serde_json::json!({
            "changes": m["changes"],
            "recommendation": m["summary"]["recommendation"],
            "history": m["history"],
        }))
        .unwrap()
    );
}

#[test]
fn since_a_revision_and_the_same_history_give_the_same_bytes() {
    let Some((_dir, reg)) = history_register() else {
        return;
    };
    let rev = String::from_utf8(
        Command::new("git")
            .current_dir(&reg)
            .args(["rev-list", "-n1", "--before=2026-03-01", "HEAD"])
            .output()
            .unwrap()
            .stdout,
    )
    .unwrap();
    let rev = rev.trim();
    let m = report_json(&reg, &["--since", rev]);
    assert!(m["changes"]["lead"].as_str().unwrap().contains(&rev[..7]));
    let a = std::fs::read(reg.join("out/dataetisk-redegoerelse-2026.json")).unwrap();
    report_json(&reg, &["--since", rev]);
    let b = std::fs::read(reg.join("out/dataetisk-redegoerelse-2026.json")).unwrap();
    assert!(a == b);
    dataetik_bin()
        .current_dir(&reg)
        .args([
            "report",
            "--since",
            "no-such-revision",
            "--format",
            "json",
            "--out",
            "x",
        ])
        .assert()
        .code(2);
    assert!(!reg.join("x").exists());
}

#[test]
fn without_git_history_the_report_says_so() {
    let dir = example_register_copy();
    let m = report_json(dir.path(), &[]);
    assert_eq!(m["changes"]["available"], false);
    assert!(m["changes"]["lead"].as_str().unwrap().contains("git"));
    assert!(m["history"].as_array().unwrap().is_empty());
}

/// Every line of the example report's PDF that ends in a hyphen before a lower-case
/// continuation is either a hyphen of the text itself ("Børne- og", "AI-forordningen") or a soft
/// hyphen at an allowed Danish break of a prose word, never a break in a code
/// (`dataetik_report::hyphen::bad_breaks`, which compares with the report's own words in the JSON
/// and with the break points less the compound seams the patterns miss).
#[test]
fn the_pdf_has_no_break_that_is_not_in_the_text() {
    use dataetik_report::hyphen;
    if Command::new("pdftotext").arg("-v").output().is_err() {
        assert!(std::env::var("DATAETIK_PDF_TOOLS").as_deref() != Ok("1"));
        eprintln!("SKIPPED: needs pdftotext (poppler-utils)");
        return;
    }
    let Some((_dir, reg)) = history_register() else {
        return;
    };
    dataetik_bin()
        .current_dir(&reg)
        .args(["report", "--as-of", "2026-11-25", "--out", "out"])
        .assert()
        .success();
    let json = std::fs::read_to_string(reg.join("out/dataetisk-redegoerelse-2026.json")).unwrap();
    let out = Command::new("pdftotext")
        .arg(reg.join("out/dataetisk-redegoerelse-2026.pdf"))
        .arg("-")
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    let source = hyphen::text_of(&serde_json::from_str(&json).unwrap());
    let da = hyphen::patterns("da").unwrap();
    let bad = hyphen::bad_breaks(&text, da, &source, &hyphen::code_words());
    assert!(bad.is_empty(), "breaks that are not allowed: {bad:#?}");
}
