//! End-to-end tests of the annual report renderers on the sample model: PDF (Typst), HTML
//! (minijinja) and JSON. They check what the committee and the accessibility law rely on:
//! content present, user text shown literally, tagging, determinism and atomic output.

use std::path::Path;
use std::process::Command;

use dataetik_core::i18n::Lang;
use dataetik_report::charts::standard_charts;
use dataetik_report::model::{FindingFacts, ReportModel};
use dataetik_report::{
    render_html, render_json, render_pdf, write_report, Format, Markdown, ReportError, Templates,
};

/// The sample report: the real builder run on `examples/sample-register/` as of 25 November
/// 2026 (three projects of the fictional Lyngdal Kommune).
fn sample(lang: Lang) -> ReportModel {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/sample-register");
    let as_of = dataetik_core::model::Date::parse("2026-11-25").unwrap();
    dataetik_report::model_of_register(&root, Some(2026), as_of, lang).expect("the sample builds")
}

/// Text that must never be interpreted: Typst code, HTML, Jinja, Markdown link tricks and the
/// characters that are special in Typst markup.
const PAYLOAD: &str = "#panic(\"x\") <script>alert(1)</script> {{ 7*7 }} ] ) $ \\ @ \
                       <img src=x onerror=alert(1)> [klik](javascript:alert(1))";

/// Whether a poppler tool is installed; with `DATAETIK_PDF_TOOLS=1` (set by `.ci/run`) a missing
/// tool fails the test instead of skipping the check.
fn tool(name: &str) -> bool {
    let found = Command::new(name).arg("-v").output().is_ok();
    assert!(
        found || std::env::var("DATAETIK_PDF_TOOLS").as_deref() != Ok("1"),
        "DATAETIK_PDF_TOOLS=1 but {name} (poppler-utils) is missing"
    );
    found
}

fn pdf_text(pdf: &[u8]) -> Option<String> {
    if !tool("pdftotext") {
        eprintln!("pdftotext (poppler-utils) not installed: skipping the PDF text checks");
        return None;
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("r.pdf");
    std::fs::write(&path, pdf).unwrap();
    let out = Command::new("pdftotext")
        .arg(&path)
        .arg("-")
        .output()
        .unwrap();
    assert!(out.status.success(), "pdftotext failed");
    // Soft hyphens (U+00AD) mark where the PDF may break a word; the text has none of them, and
    // a line broken at one continues the word.
    let text = String::from_utf8_lossy(&out.stdout);
    Some(text.replace("\u{ad}\n", "").replace('\u{ad}', ""))
}

/// pdftotext breaks lines and hyphenates; compare on text with whitespace removed.
fn squash(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// Adds the payload to every user text in the model: every string except structural fields,
/// and every Markdown source (re-parsed so tree and HTML follow).
fn inject(model: &ReportModel) -> ReportModel {
    fn walk(v: &mut serde_json::Value, key: &str) {
        const STRUCTURAL: [&str; 8] = [
            "kind",
            "mark",
            "severity",
            "lang",
            "as_of",
            "svg",
            "principle_id",
            "url",
        ];
        match v {
            serde_json::Value::Object(map) => {
                if map.contains_key("source") && map.contains_key("tree") {
                    let src = format!(
                        "{} {PAYLOAD} [Læs mere](https://gladsaxe.dk/dataetik)",
                        map["source"].as_str().unwrap()
                    );
                    *v = serde_json::to_value(Markdown::new(src)).unwrap();
                    return;
                }
                for (k, child) in map.iter_mut() {
                    if k != "labels" {
                        walk(child, k);
                    }
                }
            }
            serde_json::Value::Array(items) => items.iter_mut().for_each(|i| walk(i, key)),
            serde_json::Value::String(s) if !STRUCTURAL.contains(&key) => {
                s.push(' ');
                s.push_str(PAYLOAD);
            }
            _ => {}
        }
    }
    let mut json = serde_json::to_value(model).unwrap();
    walk(&mut json, "");
    let mut m: ReportModel = serde_json::from_value(json).unwrap();
    m.charts = standard_charts(&m.summary, Lang::Da);
    m
}

#[test]
fn pdf_has_title_projects_and_tags() {
    let model = sample(Lang::Da);
    let pdf = render_pdf(&model, &Templates::embedded()).expect("PDF renders");
    assert!(pdf.starts_with(b"%PDF-"), "not a PDF");
    if let Some(text) = pdf_text(&pdf) {
        let flat = squash(&text);
        for want in [
            "Dataetisk redegørelse 2026",
            "Lyngdal Kommune",
            "Økonomiudvalget",
            "25. november 2026",
            "Indhold",
            "Resumé",
            "Indstilling",
            "Dilemmaer til debat",
            "Ændringer siden sidste redegørelse",
            "Oversigt over projekterne",
            "Ordforklaring",
            "Regelkatalog",
        ] {
            assert!(flat.contains(&squash(want)), "PDF text lacks {want:?}");
        }
        for p in &model.projects {
            assert!(
                flat.contains(&squash(&p.title)),
                "PDF text lacks project {:?}",
                p.title
            );
        }
    }
    if tool("pdfinfo") {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("r.pdf");
        std::fs::write(&path, &pdf).unwrap();
        let out = Command::new("pdfinfo").arg(&path).output().unwrap();
        let info = String::from_utf8_lossy(&out.stdout);
        assert!(info.contains("Tagged:          yes"), "{info}");
        assert!(
            info.contains("Title:           Dataetisk redegørelse 2026"),
            "{info}"
        );
        assert!(info.contains("Author:          Lyngdal Kommune"), "{info}");
        assert!(
            info.contains("Page size:       595.276 x 841.89 pts (A4)"),
            "{info}"
        );
        assert!(
            info.contains("CreationDate:    Wed Nov 25 00:00:00 2026 UTC"),
            "{info}"
        );
    } else {
        eprintln!("pdfinfo (poppler-utils) not installed: skipping the tagging check");
    }
    // PDF/A and PDF/UA identification in the XMP metadata.
    let raw = String::from_utf8_lossy(&pdf);
    assert!(
        raw.contains("<pdfaid:part>2</pdfaid:part><pdfaid:conformance>A</pdfaid:conformance>")
            && raw.contains("<pdfuaid:part>1</pdfuaid:part>"),
        "not identified as PDF/A-2a and PDF/UA-1"
    );
    assert!(
        raw.contains("<dc:language><rdf:Bag><rdf:li>da</rdf:li></rdf:Bag></dc:language>"),
        "no document language"
    );
}

#[test]
fn injection_is_shown_literally_in_pdf() {
    let model = inject(&sample(Lang::Da));
    let pdf = render_pdf(&model, &Templates::embedded()).expect("PDF with hostile text compiles");
    if let Some(text) = pdf_text(&pdf) {
        let flat = squash(&text);
        for want in [
            "#panic(\"x\")",
            "<script>alert(1)</script>",
            "{{7*7}}",
            "<imgsrc=xonerror=alert(1)>",
            "$\\@",
        ] {
            assert!(flat.contains(want), "PDF text lacks literal {want:?}");
        }
        assert!(!flat.contains("49])$"), "template code was evaluated");
    }
    // The javascript: link is text, not a link annotation; the safe link stays a link.
    let raw = String::from_utf8_lossy(&pdf).to_ascii_lowercase();
    assert!(
        !raw.contains("/uri(javascript") && !raw.contains("/uri (javascript"),
        "javascript: link in PDF"
    );
    assert!(
        raw.contains("/uri(https://gladsaxe.dk/dataetik)"),
        "the https link was lost"
    );
}

#[test]
fn injection_is_escaped_in_html() {
    let model = inject(&sample(Lang::Da));
    let html = render_html(&model, &Templates::embedded()).expect("HTML renders");
    let lower = html.to_ascii_lowercase();
    assert!(!lower.contains("<script"), "script element in HTML");
    assert!(
        !lower.contains("<img src=x"),
        "img element from user text in HTML"
    );
    assert!(
        !lower.contains("href=\"javascript"),
        "javascript: link in HTML"
    );
    assert!(
        lower.contains("href=\"https://gladsaxe.dk/dataetik\""),
        "the https link was lost"
    );
    // No real tag (user text's `<` is escaped) carries an event handler.
    for tag in lower
        .split('<')
        .skip(1)
        .map(|t| t.split('>').next().unwrap_or(""))
    {
        // Drop quoted attribute values (user text inside them has its quotes escaped).
        let unquoted: String = tag.split('"').step_by(2).collect::<Vec<_>>().join(" ");
        let handler = unquoted
            .split_whitespace()
            .skip(1)
            .any(|a| a.starts_with("on") && a.contains('='));
        assert!(!handler, "event handler attribute in <{tag}>");
    }
    assert!(
        html.contains("&lt;script&gt;alert(1)&lt;&#x2f;script&gt;")
            || html.contains("&lt;script&gt;alert(1)&lt;/script&gt;")
    );
    assert!(
        html.contains("{{ 7*7 }}"),
        "Jinja syntax in user text was not kept literally"
    );
    assert!(
        html.contains("#panic("),
        "Typst syntax in user text was not kept"
    );
}

#[test]
fn html_is_accessible_and_self_contained() {
    let model = sample(Lang::Da);
    let html = render_html(&model, &Templates::embedded()).unwrap();
    assert!(
        html.starts_with("<!doctype html>\n<html lang=\"da\">"),
        "{}",
        &html[..80]
    );
    assert!(html.contains(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; \
         style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'\">"
    ));
    assert!(!html.to_ascii_lowercase().contains("<script"));
    // No external resources at all.
    for bad in ["src=\"http", "href=\"//", "<link ", "@import", "url("] {
        assert!(!html.contains(bad), "external resource: {bad}");
    }
    // Landmarks and skip link.
    let skip = html
        .find("class=\"skip-link\" href=\"#indhold\"")
        .expect("skip link");
    assert!(
        skip < html.find("<header").unwrap(),
        "skip link must come first"
    );
    for landmark in ["<header", "<nav", "<main id=\"indhold\"", "<footer"] {
        assert!(html.contains(landmark), "missing {landmark}");
    }
    // Table headers carry scope.
    assert_eq!(html.matches("<th>").count(), 0, "header cell without scope");
    assert_eq!(
        html.matches("<th ").count(),
        html.matches("<th scope=\"").count()
    );
    // Heading levels never skip, and there is exactly one h1.
    let mut prev = 0;
    let mut h1 = 0;
    for (i, _) in html.match_indices("<h") {
        let Some(level) = html[i + 2..].chars().next().and_then(|c| c.to_digit(10)) else {
            continue;
        };
        if level == 1 {
            h1 += 1;
        }
        assert!(level <= prev + 1, "heading jumps from h{prev} to h{level}");
        prev = level;
    }
    assert_eq!(h1, 1);
    // Every chart and every processing chain is an inline SVG with a title and a description.
    let chains = &model.supplier_chapter.chains;
    assert!(!chains.is_empty(), "the sample register has suppliers");
    assert_eq!(
        html.matches("<svg ").count(),
        model.charts.len() + chains.len()
    );
    assert_eq!(
        html.matches("role=\"img\" aria-labelledby=\"chart-")
            .count(),
        model.charts.len()
    );
    for c in chains {
        let key = &c.project;
        assert!(html.contains(&format!(
            "role=\"img\" aria-labelledby=\"chain-{key}-title chain-{key}-desc\""
        )));
        assert_eq!(
            html.matches(&format!("id=\"chain-{key}-title\"")).count(),
            1
        );
    }
    // Print stylesheet.
    assert!(html.contains("@media print"));
    for p in &model.projects {
        assert!(html.contains(&p.title));
    }
}

#[test]
fn english_report_renders() {
    let model = sample(Lang::En);
    let html = render_html(&model, &Templates::embedded()).unwrap();
    assert!(html.contains("<html lang=\"en\">"));
    assert!(html.contains("Skip to content"));
    let pdf = render_pdf(&model, &Templates::embedded()).unwrap();
    if let Some(text) = pdf_text(&pdf) {
        assert!(squash(&text).contains("Contents"));
    }
}

#[test]
fn outputs_are_deterministic() {
    let t = Templates::embedded();
    let a = sample(Lang::Da);
    let b = sample(Lang::Da);
    assert_eq!(render_json(&a), render_json(&b));
    assert_eq!(render_html(&a, &t).unwrap(), render_html(&b, &t).unwrap());
    assert!(
        render_pdf(&a, &t).unwrap() == render_pdf(&b, &t).unwrap(),
        "PDF bytes differ"
    );
}

#[test]
fn json_round_trips() {
    let model = sample(Lang::Da);
    let json = render_json(&model);
    let back: ReportModel = serde_json::from_str(&json).unwrap();
    assert_eq!(back, model);
    assert!(json.ends_with("}\n"));
}

#[test]
fn json_snapshot() {
    let mut model = sample(Lang::Da);
    // Charts and Markdown HTML are checked elsewhere; keep the snapshot about content.
    for c in &mut model.charts {
        c.svg = "<svg>(charts are tested on their own)</svg>".into();
    }
    insta::assert_snapshot!("sample_model_json", render_json(&model));
}

#[test]
fn write_report_writes_all_formats_atomically() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("reports/2026");
    let model = sample(Lang::Da);
    let mut steps = Vec::new();
    let paths = write_report(
        &model,
        &[Format::Pdf, Format::Html, Format::Json],
        &out,
        &Templates::embedded(),
        &mut |p| steps.push(p),
    )
    .unwrap();
    let names: Vec<_> = paths
        .iter()
        .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    assert_eq!(
        names,
        [
            "dataetisk-redegoerelse-2026.pdf",
            "dataetisk-redegoerelse-2026.html",
            "dataetisk-redegoerelse-2026.json"
        ]
    );
    assert_eq!(steps.len(), 6);
    assert_eq!(
        std::fs::read_dir(&out).unwrap().count(),
        3,
        "temporary files left behind"
    );
}

#[test]
fn failing_template_writes_nothing() {
    let tdir = tempfile::tempdir().unwrap();
    std::fs::write(
        tdir.path().join("report.typ"),
        "#import sys: inputs\n\n#let x = (\n",
    )
    .unwrap();
    let templates = Templates::from_dir(tdir.path()).unwrap();
    let out = tempfile::tempdir().unwrap();
    let err = write_report(
        &sample(Lang::Da),
        &[Format::Json, Format::Html, Format::Pdf],
        out.path(),
        &templates,
        &mut |_| {},
    )
    .unwrap_err();
    let msg = err.to_string();
    assert!(matches!(err, ReportError::Typst { .. }), "{msg}");
    assert!(
        msg.contains("report.typ") && msg.contains("3:"),
        "no file/line in {msg}"
    );
    assert_eq!(
        std::fs::read_dir(out.path()).unwrap().count(),
        0,
        "files written despite the error"
    );
}

#[test]
fn unwaived_cpr_finding_blocks_publication() {
    let mut model = sample(Lang::Da);
    model.projects[1].findings.push(FindingFacts {
        rule: "PUB-001".into(),
        severity: "error".into(),
        severity_text: "Fejl".into(),
        principle: "Generelt".into(),
        message: "Teksten indeholder noget, der ligner et CPR-nummer.".into(),
        help: "Fjern nummeret.".into(),
        consequence: "high".into(),
    });
    let out = tempfile::tempdir().unwrap();
    let err = write_report(
        &model,
        &[Format::Json],
        out.path(),
        &Templates::embedded(),
        &mut |_| {},
    )
    .unwrap_err();
    assert!(matches!(err, ReportError::Unpublishable { .. }));
    assert!(err.to_string().contains(&model.projects[1].id));
    assert_eq!(std::fs::read_dir(out.path()).unwrap().count(), 0);
}

#[test]
fn templates_dir_overrides_brand_logo_and_css() {
    let tdir = tempfile::tempdir().unwrap();
    let d = tdir.path();
    std::fs::write(
        d.join("brand.json"),
        r##"{"primary": "#7b1e3a", "accent": "#b03a5b", "logo_alt": "Byvåben"}"##,
    )
    .unwrap();
    std::fs::write(
        d.join("logo.svg"),
        r##"<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40"><rect width="40" height="40" fill="#7b1e3a"/></svg>"##,
    )
    .unwrap();
    std::fs::write(
        d.join("report.css"),
        "body { font-family: serif; } /* kommunens egen */",
    )
    .unwrap();
    let t = Templates::from_dir(d).unwrap();
    let model = sample(Lang::Da);
    let html = render_html(&model, &t).unwrap();
    assert!(html.contains("--primary: #7b1e3a"));
    assert!(html.contains("kommunens egen"));
    assert!(html.contains("<img class=\"logo\" src=\"data:image/svg+xml;base64,"));
    assert!(html.contains("alt=\"Byvåben\""));
    let pdf = render_pdf(&model, &t).unwrap();
    assert!(pdf.starts_with(b"%PDF-"));
}

#[test]
fn bad_brand_is_rejected() {
    let tdir = tempfile::tempdir().unwrap();
    std::fs::write(
        tdir.path().join("brand.json"),
        r##"{"primary": "#ffdd00", "accent": "#2e75b6"}"##,
    )
    .unwrap();
    let err = Templates::from_dir(tdir.path()).unwrap_err();
    assert!(err.to_string().contains("contrast"), "{err}");
    assert!(Templates::from_dir(Path::new("/nonexistent/templates")).is_err());
    // Built in code, a bad colour is refused at render time too (it would land in CSS).
    let mut t = Templates::embedded();
    t.brand.primary = "#000; } body { display: none".into();
    assert!(render_html(&sample(Lang::Da), &t).is_err());
    assert!(render_pdf(&sample(Lang::Da), &t).is_err());
}

#[test]
fn characters_without_a_bundled_glyph_do_not_break_the_pdf() {
    // PDF/A forbids text without a glyph; emoji, CJK and private-use characters are replaced
    // in the PDF only (the HTML page keeps them).
    let mut model = sample(Lang::Da);
    model.projects[0].title = "Tjek ✓ → ≥ – “citat” 😀 中文 \u{e000}".into();
    let pdf = render_pdf(&model, &Templates::embedded()).expect("PDF renders");
    if let Some(text) = pdf_text(&pdf) {
        assert!(
            text.contains("Tjek ✓ → ≥ – “citat” □ □□ □"),
            "{}",
            &text[..400.min(text.len())]
        );
    }
    let html = render_html(&model, &Templates::embedded()).unwrap();
    assert!(html.contains("😀 中文"));
}

#[test]
fn rich_markdown_renders_in_both_formats() {
    let rich = "# Overskrift\n\nAfsnit med *kursiv*, **fed**, `kode`, [et link](https://gladsaxe.dk) \
                og et linjeskift  \nny linje.\n\n> Citat med **fed**\n>\n> - liste i citat\n\n\
                1. første\n2. anden\n   - indlejret\n   - liste\n\n- løs liste\n\n- med to afsnit\n\n  \
                andet afsnit\n\n```\nkodeblok #panic(\"x\")\n```\n\n---\n\n***fed kursiv*** \
                <b>html</b> ![billede](https://gladsaxe.dk/a.png) **[fed link](mailto:a@b.dk)**\n";
    let mut model = sample(Lang::Da);
    model.projects[0].purpose = Markdown::new(rich);
    model.projects[0].summary = Markdown::new("");
    let pdf = render_pdf(&model, &Templates::embedded()).expect("rich Markdown compiles to PDF/UA");
    if let Some(text) = pdf_text(&pdf) {
        let flat = squash(&text);
        for want in [
            "Overskrift",
            "kodeblok#panic(\"x\")",
            "<b>html</b>",
            "billede",
            "andetafsnit",
        ] {
            assert!(flat.contains(want), "PDF text lacks {want:?}");
        }
    }
    let html = render_html(&model, &Templates::embedded()).unwrap();
    assert!(html.contains("<blockquote>"));
    assert!(html.contains("<pre><code>kodeblok #panic(\"x\")"), "{html}");
    assert!(html.contains("&lt;b&gt;html&lt;/b&gt;"));
    assert!(html.contains(
        "<strong><a href=\"mailto:a@b.dk\" rel=\"noopener noreferrer\">fed link</a></strong>"
    ));
}

/// The values of every `name="..."` attribute in `html`.
fn attr_values<'a>(html: &'a str, name: &str) -> Vec<&'a str> {
    let needle = format!(" {name}=\"");
    html.match_indices(&needle)
        .map(|(i, _)| {
            let rest = &html[i + needle.len()..];
            &rest[..rest.find('"').unwrap()]
        })
        .collect()
}

#[test]
fn html_ids_are_unique_and_references_resolve() {
    let html = render_html(&sample(Lang::Da), &Templates::embedded()).unwrap();
    let ids = attr_values(&html, "id");
    let unique: std::collections::BTreeSet<_> = ids.iter().collect();
    assert_eq!(unique.len(), ids.len(), "duplicate ids");
    for refs in attr_values(&html, "aria-labelledby") {
        for r in refs.split_whitespace() {
            assert!(ids.contains(&r), "aria-labelledby points at missing id {r}");
        }
    }
    for href in attr_values(&html, "href") {
        if let Some(target) = href.strip_prefix('#') {
            assert!(ids.contains(&target), "link to missing anchor #{target}");
        }
    }
}

#[test]
fn custom_typst_template_can_import_files_from_its_directory() {
    let tdir = tempfile::tempdir().unwrap();
    let d = tdir.path();
    std::fs::write(d.join("farver.typ"), "#let hoved = rgb(\"#7b1e3a\")\n").unwrap();
    std::fs::write(
        d.join("report.typ"),
        "#import sys: inputs\n#import \"farver.typ\": hoved\n\
         #set document(title: inputs.model.meta.title, author: inputs.model.meta.organisation)\n\
         #set text(lang: inputs.model.meta.lang, font: \"Libertinus Serif\")\n\
         #outline()\n= #text(fill: hoved, inputs.model.meta.title)\n\
         #for p in inputs.model.projects [== #p.title\n]\n",
    )
    .unwrap();
    let t = Templates::from_dir(d).unwrap();
    let pdf = render_pdf(&sample(Lang::Da), &t).expect("custom template compiles");
    if let Some(text) = pdf_text(&pdf) {
        assert!(text.contains("Forebyggelse af faldulykker hos ældre"));
    }
    // Files outside the templates directory stay out of reach.
    std::fs::write(d.join("report.typ"), "#read(\"../../etc/passwd\")").unwrap();
    let t = Templates::from_dir(d).unwrap();
    let err = render_pdf(&sample(Lang::Da), &t).unwrap_err().to_string();
    assert!(
        err.contains("1:7: error") && err.contains("escape"),
        "{err}"
    );
    assert!(!err.contains("--root"), "CLI-only hint shown: {err}");
}

#[test]
fn an_almost_empty_report_renders() {
    // A register with nothing to report on this year must still give a valid PDF and page.
    let mut model = sample(Lang::Da);
    model.meta.committee = None;
    model.projects.clear();
    model.overview.clear();
    model.completed.clear();
    model.attention.clear();
    model.suppliers.clear();
    model.summary.recommendation.clear();
    model.summary.counts.clear();
    model.summary.by_department.clear();
    model.summary.by_phase.iter_mut().for_each(|c| c.count = 0);
    model.summary.by_risk.iter_mut().for_each(|c| c.count = 0);
    model.summary.coverage.clear();
    model.charts = standard_charts(&model.summary, Lang::Da);
    model.appendix.rules.clear();
    let pdf = render_pdf(&model, &Templates::embedded()).expect("empty report compiles");
    if let Some(text) = pdf_text(&pdf) {
        assert!(squash(&text).contains(&squash("Ingen projekter blev afsluttet eller stoppet")));
        assert!(squash(&text).contains(&squash("Der er ingen åbne punkter")));
    }
    let html = render_html(&model, &Templates::embedded()).expect("empty page renders");
    assert!(html.contains("Der er ingen åbne punkter."));
}

/// The example register's supplier chapter: every project with suppliers has its chain, the
/// KOMBIT chain runs KOMBIT -> Institutionsdata, the US sub-processor shows its transfer basis,
/// and a referenced supplier is named by its legal name everywhere in the report, with its
/// agreement and Global Compact status taken from its supplier file.
#[test]
fn example_report_has_the_supplier_chapter_with_legal_names() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let as_of = dataetik_core::model::Date::parse("2026-11-25").unwrap();
    let model = dataetik_report::model_of_register(root, Some(2026), as_of, Lang::Da).unwrap();
    let c = &model.supplier_chapter;
    let friplads = c
        .chains
        .iter()
        .find(|x| x.project == "bkf-2024-automatisk-friplads")
        .expect("the friplads chain");
    let names: Vec<(&str, usize)> = friplads
        .links
        .iter()
        .map(|l| (l.name.as_str(), l.depth))
        .collect();
    assert_eq!(names, [("KOMBIT A/S", 0), ("Institutionsdata A/S", 1)]);
    assert_eq!(friplads.links[1].role, "underdatabehandler for KOMBIT A/S");
    let skyvault = c.processors.iter().find(|r| r.id == "skyvault").unwrap();
    assert_eq!(
        skyvault.location,
        "tredjeland (USA), overførselsgrundlag: tilstrækkelighedsafgørelse"
    );
    assert_eq!(skyvault.agreement, "UDBA NAP-2024-03");
    // Every project with suppliers has a chain, in the report's project order.
    let with_suppliers: Vec<&str> = model
        .projects
        .iter()
        .filter(|p| !p.suppliers.is_empty())
        .map(|p| p.id.as_str())
        .collect();
    let chained: Vec<&str> = c.chains.iter().map(|x| x.project.as_str()).collect();
    assert_eq!(chained, with_suppliers);
    // No supplier id where a name is shown.
    let ids = [
        "kombit",
        "institutionsdata",
        "nordisk-analyseplatform",
        "skyvault",
        "sensorik-nord",
        "syddansk-universitet",
    ];
    let mut shown: Vec<&str> = model.suppliers.iter().map(|s| s.name.as_str()).collect();
    shown.extend(
        model
            .projects
            .iter()
            .flat_map(|p| p.suppliers.iter().map(|s| s.name.as_str())),
    );
    shown.extend(c.processors.iter().map(|r| r.name.as_str()));
    shown.extend(c.suppliers.iter().map(|r| r.name.as_str()));
    for id in ids {
        assert!(!shown.contains(&id), "{id} shown by its id: {shown:?}");
    }
    assert!(shown.contains(&"KOMBIT A/S"));
    // The project section and the overview take the agreement and Global Compact from the file.
    let kombit = model
        .projects
        .iter()
        .flat_map(|p| &p.suppliers)
        .find(|s| s.name == "KOMBIT A/S")
        .unwrap();
    assert_eq!(
        kombit.dpa.as_deref(),
        Some("DBA 2022-09 af 1. september 2022")
    );
    assert_eq!(
        kombit.global_compact_text,
        "Gælder ikke (ikke en virksomhed)"
    );
    let nap = model
        .suppliers
        .iter()
        .find(|s| s.name == "Nordisk Analyseplatform A/S")
        .unwrap();
    assert_eq!(
        (nap.dpa_text.as_str(), nap.global_compact_text.as_str()),
        ("Ja", "Ja")
    );
    // The PDF renders it (PDF/A-2a and PDF/UA-1 are enforced by Typst's export).
    let pdf = render_pdf(&model, &Templates::embedded()).unwrap();
    if let Some(text) = pdf_text(&pdf) {
        let text = squash(&text);
        assert!(text.contains(&squash("Leverandører og databehandlere")));
        assert!(text.contains(&squash("Institutionsdata A/S")));
    }
}
