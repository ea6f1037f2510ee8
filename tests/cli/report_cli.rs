//! End-to-end tests of `dataetik report` on copies of the example register: which projects a year
//! holds, user text as data (never code) through the whole pipeline, the CPR refusal, determinism
//! and the PDF's tagging.
//!
//! PDF text checks use poppler's `pdftotext`/`pdfinfo`; without them those parts are skipped with
//! a message, unless `DATAETIK_PDF_TOOLS=1` (set by `.ci/run`) makes them mandatory.

use std::path::Path;
use std::process::Command;

use crate::common::dataetik_bin;

use crate::common::example_register_copy as example_copy;

fn report(dir: &Path, args: &[&str]) -> assert_cmd::assert::Assert {
    dataetik_bin()
        .current_dir(dir)
        .arg("report")
        .args(args)
        .assert()
}

fn pdf_tools() -> bool {
    let ok = Command::new("pdftotext").arg("-v").output().is_ok()
        && Command::new("pdfinfo").arg("-v").output().is_ok();
    if !ok {
        assert!(
            std::env::var("DATAETIK_PDF_TOOLS").as_deref() != Ok("1"),
            "DATAETIK_PDF_TOOLS=1 but pdftotext/pdfinfo (poppler-utils) are missing"
        );
        eprintln!(
            "SKIPPED: PDF text checks need pdftotext and pdfinfo (apt-get install poppler-utils)"
        );
    }
    ok
}

fn pdf_text(pdf: &Path) -> String {
    let out = Command::new("pdftotext")
        .arg("-layout")
        .arg(pdf)
        .arg("-")
        .output()
        .unwrap();
    assert!(out.status.success());
    // Join hyphenation (soft hyphens, U+00AD) and line breaks so phrases can be searched.
    String::from_utf8_lossy(&out.stdout)
        .replace("\u{ad}\n", "")
        .replace('\u{ad}', "")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn read(dir: &Path, year: &str, ext: &str) -> String {
    std::fs::read_to_string(dir.join(format!("out/dataetisk-redegoerelse-{year}.{ext}"))).unwrap()
}

#[test]
fn a_year_holds_exactly_the_projects_whose_lifecycle_overlaps_it() {
    let dir = example_copy();
    report(
        dir.path(),
        &["--year", "2025", "--as-of", "2025-12-31", "--out", "out"],
    )
    .success();
    let json: serde_json::Value = serde_json::from_str(&read(dir.path(), "2025", "json")).unwrap();
    let ids: Vec<&str> = json["projects"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["id"].as_str().unwrap())
        .collect();
    // Stopped in October 2025: in 2025, not in 2026.
    assert!(ids.contains(&"bif-2023-profilering-ledige"), "{ids:?}");
    // Started in 2026: not in 2025.
    assert!(!ids.contains(&"oepf-2026-chatbot"), "{ids:?}");
    assert!(!ids.contains(&"ssf-2026-faldrisiko"), "{ids:?}");
    let html = read(dir.path(), "2025", "html");
    assert!(html.contains("Dataetisk redegørelse 2025"));
    assert!(!html.contains("Chatbot på lyngdal.dk"));

    report(
        dir.path(),
        &["--year", "2026", "--as-of", "2026-11-25", "--out", "out"],
    )
    .success();
    let json: serde_json::Value = serde_json::from_str(&read(dir.path(), "2026", "json")).unwrap();
    let ids: Vec<&str> = json["projects"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["id"].as_str().unwrap())
        .collect();
    assert!(ids.contains(&"oepf-2026-chatbot"));
    assert!(!ids.contains(&"bif-2023-profilering-ledige"));
    assert_eq!(json["meta"]["as_of"], "2026-11-25");

    if pdf_tools() {
        let text = pdf_text(&dir.path().join("out/dataetisk-redegoerelse-2026.pdf"));
        assert!(
            text.contains("Chatbot på lyngdal.dk"),
            "2026 PDF lacks a 2026 project"
        );
        assert!(
            !text.contains("Profilering af ledige"),
            "2026 PDF holds a project stopped in 2025"
        );
        let text = pdf_text(&dir.path().join("out/dataetisk-redegoerelse-2025.pdf"));
        assert!(
            !text.contains("Chatbot på lyngdal.dk"),
            "2025 PDF holds a project started in 2026"
        );
    }
}

#[test]
fn default_year_is_the_newest_year_with_activity() {
    let dir = example_copy();
    report(dir.path(), &["--as-of", "2026-11-25", "--format", "json"])
        .success()
        .stdout(predicates::str::contains(
            "reports/2026/dataetisk-redegoerelse-2026.json",
        ));
    assert!(dir
        .path()
        .join("reports/2026/dataetisk-redegoerelse-2026.json")
        .is_file());
}

#[test]
fn user_text_is_data_in_pdf_html_and_json() {
    let dir = example_copy();
    let file = dir.path().join("assessments/bmf-2024-trafikdashboard.yaml");
    let text = std::fs::read_to_string(&file).unwrap();
    let title_line = text
        .lines()
        .find(|l| l.starts_with("title:"))
        .unwrap()
        .to_string();
    let hostile_title =
        r##"title: "Trafik #panic(\"x\") <script>alert(1)</script> {{ 7*7 }} $x$ @ref \\ ]""##;
    let text = text.replacen(&title_line, hostile_title, 1);
    let text = text.replacen(
        "summary: |",
        "summary: |\n  Se <img src=x onerror=alert(1)> og [klik her](javascript:alert(1)) samt #eval(\"1+1\") og {% raw %}.\n",
        1,
    );
    std::fs::write(&file, text).unwrap();
    report(dir.path(), &["--as-of", "2026-11-25", "--out", "out"]).success();

    let html = read(dir.path(), "2026", "html");
    assert!(!html.contains("<script"), "a script tag reached the HTML");
    assert!(
        html.contains("&lt;script&gt;alert(1)&lt;"),
        "the title is not shown literally"
    );
    assert!(
        html.contains("{{ 7*7 }}"),
        "template syntax in user text was evaluated"
    );
    assert!(
        !html.contains("<img src=x"),
        "raw HTML from Markdown reached the page"
    );
    assert!(!html.contains("javascript:"), "a javascript: link survived");
    assert!(
        html.contains("&lt;img src=x onerror=alert(1)&gt;"),
        "raw HTML in Markdown is not shown as text"
    );

    let json: serde_json::Value = serde_json::from_str(&read(dir.path(), "2026", "json")).unwrap();
    let p = json["projects"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["id"] == "bmf-2024-trafikdashboard")
        .unwrap();
    assert!(p["title"].as_str().unwrap().contains("#panic(\"x\")"));

    if pdf_tools() {
        let text = pdf_text(&dir.path().join("out/dataetisk-redegoerelse-2026.pdf"));
        assert!(
            text.contains("#panic(\"x\")"),
            "Typst code in user text did not show literally"
        );
        assert!(text.contains("{{ 7*7 }}"));
        assert!(text.contains("<script>alert(1)</script>"));
        assert!(text.contains("#eval(\"1+1\")"));
    }
}

#[test]
fn a_cpr_number_stops_publication_and_writes_nothing() {
    let dir = example_copy();
    let file = dir.path().join("assessments/bkf-2026-fravaer-skoler.yaml");
    let text = std::fs::read_to_string(&file).unwrap();
    let text = text.replacen(
        "summary: |",
        "summary: |\n  Eksempel: barnet med CPR 010190-1234 blev fulgt.\n",
        1,
    );
    std::fs::write(&file, text).unwrap();
    let out = report(dir.path(), &["--as-of", "2026-11-25", "--out", "out"]).code(1);
    let stderr = String::from_utf8_lossy(&out.get_output().stderr).to_string();
    assert!(stderr.contains("PUB-001"), "{stderr}");
    assert!(
        stderr.contains("assessments/bkf-2026-fravaer-skoler.yaml:"),
        "{stderr}"
    );
    assert!(
        !stderr.contains("010190-1234"),
        "the number itself must not be repeated"
    );
    assert!(
        !dir.path().join("out").exists(),
        "files were written despite the refusal"
    );
}

#[test]
fn an_unreadable_assessment_stops_the_report() {
    let dir = example_copy();
    std::fs::write(
        dir.path().join("assessments/oepf-2026-chatbot.yaml"),
        "id: [unclosed\n",
    )
    .unwrap();
    let out = report(dir.path(), &["--as-of", "2026-11-25", "--out", "out"]).code(2);
    let stderr = String::from_utf8_lossy(&out.get_output().stderr).to_string();
    assert!(stderr.contains("oepf-2026-chatbot.yaml"), "{stderr}");
    assert!(!dir.path().join("out").exists());
}

#[test]
fn same_inputs_give_byte_identical_files() {
    let dir = example_copy();
    report(dir.path(), &["--as-of", "2026-11-25", "--out", "a"]).success();
    report(dir.path(), &["--as-of", "2026-11-25", "--out", "b"]).success();
    for ext in ["pdf", "html", "json"] {
        let a = std::fs::read(
            dir.path()
                .join(format!("a/dataetisk-redegoerelse-2026.{ext}")),
        )
        .unwrap();
        let b = std::fs::read(
            dir.path()
                .join(format!("b/dataetisk-redegoerelse-2026.{ext}")),
        )
        .unwrap();
        assert!(a == b, "{ext} differs between two runs");
    }
}

#[test]
fn pdf_is_tagged_danish_and_titled() {
    if !pdf_tools() {
        return;
    }
    let dir = example_copy();
    report(
        dir.path(),
        &["--as-of", "2026-11-25", "--out", "out", "--format", "pdf"],
    )
    .success();
    let out = Command::new("pdfinfo")
        .arg(dir.path().join("out/dataetisk-redegoerelse-2026.pdf"))
        .output()
        .unwrap();
    let info = String::from_utf8_lossy(&out.stdout);
    assert!(info.contains("Tagged:          yes"), "{info}");
    assert!(
        info.contains("Title:           Dataetisk redegørelse 2026"),
        "{info}"
    );
    assert!(info.contains("Author:          Lyngdal Kommune"), "{info}");
    assert!(info.contains("A4"), "{info}");
    let raw = std::fs::read(dir.path().join("out/dataetisk-redegoerelse-2026.pdf")).unwrap();
    let raw = String::from_utf8_lossy(&raw);
    assert!(
        raw.contains("pdfaid:part") || raw.contains("pdfaid"),
        "no PDF/A identification in the XMP metadata"
    );
    assert!(
        raw.contains("pdfuaid"),
        "no PDF/UA identification in the XMP metadata"
    );
}

#[test]
fn english_report_with_lang_en() {
    let dir = example_copy();
    report(
        dir.path(),
        &[
            "--as-of",
            "2026-11-25",
            "--out",
            "out",
            "--lang",
            "en",
            "--format",
            "html",
        ],
    )
    .success();
    let html = read(dir.path(), "2026", "html");
    assert!(html.contains("lang=\"en\""));
    assert!(html.contains("Data ethics report 2026"));
    // The register is Danish: its texts are marked as Danish inside the English page (WCAG 3.1.2).
    assert!(
        html.matches("<div lang=\"da\">").count() > 20,
        "Danish texts are not marked"
    );
}

#[test]
fn a_waived_cpr_finding_still_never_reaches_the_report() {
    let dir = example_copy();
    let file = dir.path().join("assessments/bmf-2024-trafikdashboard.yaml");
    let mut text = std::fs::read_to_string(&file).unwrap();
    text = text.replacen(
        "summary: |",
        "summary: |\n  Bilag 010203 1234 og 020304-5678 samt 0102031234.\n",
        1,
    );
    text.push_str(
        "waivers:\n  - rule: PUB-001\n    reason: Bilagsnumre, ikke CPR-numre. Se også 030405-6789.\n    approved_by: Direktionen\n    date: 2026-09-01\n    expires: 2027-08-31\n",
    );
    std::fs::write(&file, text).unwrap();
    let check = dataetik_bin()
        .current_dir(dir.path())
        .args(["check", "--as-of", "2026-11-25"])
        .assert()
        .success();
    let stdout = String::from_utf8_lossy(&check.get_output().stdout).to_string();
    assert_eq!(
        stdout.matches("[PUB-001]").count(),
        4,
        "one finding per number, the waiver's own reason included: {stdout}"
    );
    report(dir.path(), &["--as-of", "2026-11-25", "--out", "out"]).success();
    let secrets = ["010203 1234", "020304-5678", "0102031234", "030405-6789"];
    for ext in ["html", "json"] {
        let out = read(dir.path(), "2026", ext);
        for s in secrets {
            assert!(!out.contains(s), "{s} reached the {ext} report");
        }
        assert!(
            !stdout.contains(secrets[3]),
            "the waiver's reason was printed unmasked"
        );
    }
    if pdf_tools() {
        let text = pdf_text(&dir.path().join("out/dataetisk-redegoerelse-2026.pdf"));
        for s in secrets {
            assert!(!text.contains(s), "{s} reached the PDF");
        }
    }
}

/// Every word the PDF breaks at a line end is broken where the Danish patterns allow (less the
/// compound seams they miss, `dataetik_report::hyphen::break_points`), and no code is broken:
/// `pdftotext` of the example report, each line ending in a letter and a hyphen with the next
/// line starting in lower case, the word rebuilt and checked against the report's own text.
#[test]
fn pdf_breaks_words_only_at_danish_hyphenation_points() {
    use dataetik_report::hyphen;
    if !pdf_tools() {
        return;
    }
    let dir = example_copy();
    report(
        dir.path(),
        &[
            "--as-of",
            "2026-11-25",
            "--out",
            "out",
            "--format",
            "pdf,json",
        ],
    )
    .success();
    let out = Command::new("pdftotext")
        .arg(dir.path().join("out/dataetisk-redegoerelse-2026.pdf"))
        .arg("-")
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    let model: serde_json::Value = serde_json::from_str(&read(dir.path(), "2026", "json")).unwrap();
    let source = hyphen::text_of(&model);
    let da = hyphen::patterns("da").unwrap();
    let bad = hyphen::bad_breaks(&text, da, &source, &hyphen::code_words());
    assert!(bad.is_empty(), "wrong line-end breaks in the PDF: {bad:#?}");
    // The check saw breaks at all (the example report hyphenates some words).
    let breaks = text
        .lines()
        .filter(|l| l.ends_with(hyphen::SHY) || l.ends_with('-'))
        .count();
    assert!(breaks > 10, "only {breaks} hyphenated line ends");
}
