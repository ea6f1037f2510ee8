//! The site built from the example register: deterministic, no broken links or anchors, every
//! child-related project on the children page, downloads that parse, and refusals.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use dataetik_core::check::{check_register, CheckOptions, CheckResult};
use dataetik_core::history::History;
use dataetik_core::i18n::{Catalogue, Lang};
use dataetik_core::model::Date;
use dataetik_core::register::{list_assessment_files, Register};
use dataetik_report::Templates;
use dataetik_site::{build, write_site, Site, SiteError, SiteInput, SiteOptions};

const AS_OF: &str = "2026-11-25";

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn check(reg: &Register) -> CheckResult {
    let files = list_assessment_files(&reg.root, &[reg.assessments_dir()]).unwrap();
    check_register(
        reg,
        &files,
        &CheckOptions {
            as_of: Date::parse(AS_OF).unwrap(),
            limits: Default::default(),
        },
    )
}

fn site_of(root: &Path, lang: Lang, history: bool) -> Result<Site, SiteError> {
    let reg = Register::open_config(&root.join("dataetik.yaml")).unwrap();
    let result = check(&reg);
    let as_of = Date::parse(AS_OF).unwrap();
    let history = history
        .then(|| History::open(&reg.root, as_of).ok())
        .flatten();
    build(
        &SiteInput {
            register: &reg,
            result: &result,
            history: history.as_ref(),
            as_of,
            lang,
        },
        &Templates::embedded(),
        &SiteOptions {
            base_url: Some("https://data.lyngdal.example/".into()),
        },
    )
}

fn example(lang: Lang) -> Site {
    site_of(&repo(), lang, true).unwrap()
}

fn text(site: &Site, path: &str) -> String {
    String::from_utf8(
        site.files
            .get(path)
            .unwrap_or_else(|| panic!("no {path}"))
            .clone(),
    )
    .unwrap()
}

/// Values of `attr="..."` in `html`.
fn attrs(html: &str, attr: &str) -> Vec<String> {
    let needle = format!(" {attr}=\"");
    html.match_indices(&needle)
        .filter_map(|(i, _)| {
            let rest = &html[i + needle.len()..];
            rest.find('"').map(|end| rest[..end].replace("&amp;", "&"))
        })
        .collect()
}

/// Resolves `href` found on page `from` to a path in the site.
fn resolve(from: &str, href: &str) -> String {
    let mut parts: Vec<&str> = from.split('/').collect();
    parts.pop();
    for seg in href.split('/') {
        match seg {
            ".." => {
                parts.pop();
            }
            "." | "" => {}
            s => parts.push(s),
        }
    }
    let mut p = parts.join("/");
    if href.ends_with('/') || p.is_empty() {
        p = format!("{}{}index.html", p, if p.is_empty() { "" } else { "/" });
    }
    p
}

#[test]
fn same_inputs_give_the_same_bytes() {
    let a = example(Lang::Da);
    let b = example(Lang::Da);
    assert_eq!(
        a.files.keys().collect::<Vec<_>>(),
        b.files.keys().collect::<Vec<_>>()
    );
    for (path, bytes) in &a.files {
        assert!(b.files[path] == *bytes, "{path} differs between two builds");
    }
    // Written to disk the same way twice.
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("site");
    write_site(&a, &out).unwrap();
    write_site(&b, &out).unwrap();
    for (path, bytes) in &a.files {
        assert_eq!(&std::fs::read(out.join(path)).unwrap(), bytes, "{path}");
    }
    // No temporary directories are left next to the site.
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names.len(), 1, "{names:?}");
}

#[test]
fn every_internal_link_and_anchor_resolves() {
    for lang in [Lang::Da, Lang::En] {
        let site = example(lang);
        let ids: BTreeMap<&String, BTreeSet<String>> = site
            .pages()
            .map(|(p, html)| {
                (
                    p,
                    attrs(&String::from_utf8_lossy(html), "id")
                        .into_iter()
                        .collect(),
                )
            })
            .collect();
        let mut checked = 0;
        for (page, html) in site.pages() {
            let html = String::from_utf8_lossy(html);
            for href in attrs(&html, "href") {
                if href.starts_with("https://")
                    || href.starts_with("http://")
                    || href.starts_with("mailto:")
                {
                    continue;
                }
                let (path, anchor) = match href.split_once('#') {
                    Some((p, a)) => (p.to_string(), Some(a.to_string())),
                    None => (href.clone(), None),
                };
                let target = if path.is_empty() {
                    page.clone()
                } else {
                    resolve(page, &path)
                };
                assert!(
                    site.files.contains_key(&target),
                    "{page}: broken link {href} ({target})"
                );
                if let Some(a) = anchor {
                    let known = ids
                        .get(&target)
                        .unwrap_or_else(|| panic!("{page}: {href} is not a page"));
                    assert!(known.contains(&a), "{page}: no #{a} in {target}");
                }
                checked += 1;
            }
        }
        assert!(checked > 300, "only {checked} links checked");
    }
}

#[test]
fn pages_have_lang_landmarks_skip_link_and_no_scripts() {
    let site = example(Lang::En);
    assert!(site.files.contains_key("site.css"));
    for (path, html) in site.pages() {
        let html = String::from_utf8_lossy(html);
        assert!(
            html.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"),
            "{path}"
        );
        assert!(html.contains("<main id=\"main\""), "{path}");
        assert!(html.contains("<nav aria-label="), "{path}");
        assert!(html.contains("href=\"#main\""), "{path}");
        assert!(!html.to_lowercase().contains("<script"), "{path}");
        assert!(
            !html.contains("style=\""),
            "{path}: inline styles break the CSP"
        );
        assert_eq!(html.matches("<h1").count(), 1, "{path}");
    }
}

#[test]
fn a_parent_finds_every_project_about_children() {
    let reg = Register::open_config(&repo().join("dataetik.yaml")).unwrap();
    let result = check(&reg);
    let children: Vec<(String, String)> = result
        .files
        .iter()
        .filter_map(|f| {
            let m = f.model.as_ref()?;
            let subjects = m.data.as_ref()?.subjects.as_ref()?;
            subjects
                .contains(&dataetik_core::model::Subject::Children)
                .then(|| (f.id(), m.title.clone().unwrap()))
        })
        .collect();
    assert!(
        children.len() >= 2,
        "the example register has projects about children"
    );
    let site = example(Lang::Da);
    // From the front page, through "Hvilke data om mig bruges?", to the children's page.
    let index = text(&site, "index.html");
    assert!(index.contains("href=\"my-data/index.html\""));
    let my_data = text(&site, "my-data/index.html");
    assert!(my_data.contains(
        "href=\"../my-data/children/index.html\">Børn (se også her, hvis du er forælder)</a>"
    ));
    let page = text(&site, "my-data/children/index.html");
    assert!(page.contains("<h1>Projekter med data om børn</h1>"));
    for (id, _title) in &children {
        assert!(
            page.contains(&format!("href=\"../../{id}/index.html\"")),
            "{id} missing on the children page"
        );
    }
    let listed = page.matches("<li class=\"card\">").count();
    assert_eq!(
        listed,
        children.len(),
        "only projects about children are listed"
    );
}

#[test]
fn project_page_speaks_plain_danish() {
    let site = example(Lang::Da);
    let page = text(&site, "bkf-2024-automatisk-friplads/index.html");
    for s in [
        "Hvem træffer afgørelsen?",
        "Systemet træffer afgørelsen.",
        "Sidst ændret",
        "Risikoniveau",
        "Indsigt og klage",
        "pladsanvisning@lyngdal.dk",
        "Læsbarhed: LIX",
    ] {
        assert!(page.contains(s), "missing {s:?}");
    }
    let ended = text(&site, "bif-2023-profilering-ledige/index.html");
    assert!(ended.contains("Hvad skete der med data?"));
    // Active projects come before completed and stopped ones on the front page.
    let index = text(&site, "index.html");
    let active = index.find("id=\"active\"").unwrap();
    let ended_at = index.find("id=\"ended\"").unwrap();
    let stopped = index
        .find("bif-2023-profilering-ledige/index.html")
        .unwrap();
    assert!(active < ended_at && ended_at < stopped);
}

#[test]
fn csv_and_json_downloads_parse_back() {
    let site = example(Lang::Da);
    let csv_bytes = site.files["downloads/register.csv"].clone();
    let mut r = csv::Reader::from_reader(csv_bytes.as_slice());
    let headers = r.headers().unwrap().clone();
    for h in [
        "id",
        "title",
        "summary",
        "department",
        "phase",
        "risk_level",
        "subjects",
        "last_changed",
        "page",
    ] {
        assert!(headers.iter().any(|x| x == h), "no column {h}");
    }
    let rows: Vec<csv::StringRecord> = r.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), site.model.projects.len());
    let id_col = headers.iter().position(|h| h == "id").unwrap();
    let page_col = headers.iter().position(|h| h == "page").unwrap();
    for (row, p) in rows.iter().zip(&site.model.projects) {
        assert_eq!(&row[id_col], p.id);
        assert_eq!(
            row[page_col],
            format!("https://data.lyngdal.example/{}/", p.id)
        );
    }
    let json: serde_json::Value =
        serde_json::from_slice(&site.files["downloads/register.json"]).unwrap();
    assert_eq!(
        json["projects"].as_array().unwrap().len(),
        site.model.projects.len()
    );
    for f in ["downloads/algoritmeregister.json", "downloads/atrs.json"] {
        let v: serde_json::Value = serde_json::from_slice(&site.files[f]).unwrap();
        assert!(!v.as_array().unwrap().is_empty(), "{f}");
    }
}

fn parse_xml(bytes: &[u8]) -> Vec<String> {
    let mut reader = quick_xml::Reader::from_reader(bytes);
    let mut names = Vec::new();
    let mut buf = Vec::new();
    loop {
        match reader.read_event_into(&mut buf).expect("well-formed XML") {
            quick_xml::events::Event::Start(e) | quick_xml::events::Event::Empty(e) => {
                names.push(String::from_utf8_lossy(e.name().as_ref()).to_string());
            }
            quick_xml::events::Event::Eof => break,
            _ => {}
        }
        buf.clear();
    }
    names
}

#[test]
fn feed_and_sitemap_are_xml() {
    let site = example(Lang::Da);
    let names = parse_xml(&site.files["feed.xml"]);
    assert_eq!(names.first().map(String::as_str), Some("feed"));
    let entries = names.iter().filter(|n| *n == "entry").count();
    // The example register is committed with its history in this repository.
    assert!(entries > 0, "no entries in the feed");
    assert_eq!(entries, site.model.changes.len().min(50));
    let names = parse_xml(&site.files["sitemap.xml"]);
    assert_eq!(
        names.iter().filter(|n| *n == "url").count(),
        site.pages().count()
    );
    let sitemap = text(&site, "sitemap.xml");
    assert!(sitemap.contains("<loc>https://data.lyngdal.example/bkf-2024-tidlig-opsporing/</loc>"));
}

#[test]
fn without_history_the_site_says_so() {
    let site = site_of(&repo(), Lang::Da, false).unwrap();
    assert!(site.model.changes.is_empty());
    let page = text(&site, "bkf-2024-tidlig-opsporing/index.html");
    assert!(page.contains("Registret har ingen historik"));
}

/// A register with one assessment whose title is `title` and whose purpose is `purpose`.
fn register_with(title: &str, purpose: &str, extra_file: Option<&str>) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("dataetik.yaml"),
        "organisation: Testkommune\nlanguage: da\nassessments: assessments\n",
    )
    .unwrap();
    std::fs::create_dir(dir.path().join("assessments")).unwrap();
    let src =
        std::fs::read_to_string(repo().join("assessments/bkf-2026-fravaer-skoler.yaml")).unwrap();
    let mut out = String::new();
    let mut skip = false;
    for line in src.lines() {
        if skip {
            if line.starts_with(' ') {
                continue;
            }
            skip = false;
        }
        if line.starts_with("title:") {
            out.push_str(&format!("title: \"{title}\"\n"));
        } else if line.starts_with("purpose:") {
            out.push_str(&format!("purpose: \"{purpose}\"\n"));
            skip = true;
        } else {
            out.push_str(line);
            out.push('\n');
        }
    }
    std::fs::write(
        dir.path().join("assessments/bkf-2026-fravaer-skoler.yaml"),
        out,
    )
    .unwrap();
    if let Some(text) = extra_file {
        std::fs::write(dir.path().join("assessments/broken.yaml"), text).unwrap();
    }
    dir
}

#[test]
fn never_publishes_personal_addresses_or_paths() {
    let dir = register_with(
        "Fravær (spørg jens.hansen@lyngdal.dk)",
        "Se /home/jens/analyse/noter.txt og projects/fravaer/model.py. Skriv til skoledata@lyngdal.dk eller mt@lyngdal.dk.",
        None,
    );
    let site = site_of(dir.path(), Lang::Da, false).unwrap();
    for (path, bytes) in &site.files {
        let s = String::from_utf8_lossy(bytes);
        for bad in ["jens.hansen@", "mt@lyngdal", "/home/jens", "model.py"] {
            assert!(!s.contains(bad), "{path} publishes {bad}");
        }
    }
    let page = text(&site, "bkf-2026-fravaer-skoler/index.html");
    assert!(page.contains("skoledata@lyngdal.dk"));
    assert!(page.contains("[personlig e-mailadresse fjernet]"));
    assert!(page.contains("[intern filsti fjernet]"));
}

#[test]
fn refuses_on_cpr_numbers_and_unreadable_files() {
    let dir = register_with("Fravær 010203-1234", "Formål.", None);
    match site_of(dir.path(), Lang::Da, false) {
        Err(SiteError::Refused { cpr, .. }) => assert_eq!(cpr.len(), 1, "{cpr:?}"),
        other => panic!("expected a refusal, got {:?}", other.map(|s| s.files.len())),
    }
    let dir = register_with("Fravær", "Formål.", Some("id: [unclosed\n"));
    match site_of(dir.path(), Lang::Da, false) {
        Err(SiteError::Refused { unreadable, .. }) => assert_eq!(unreadable.len(), 1),
        other => panic!("expected a refusal, got {:?}", other.map(|s| s.files.len())),
    }
}

#[test]
fn every_text_the_templates_name_exists_in_both_languages() {
    let ids = dataetik_site::render::template_text_ids();
    assert!(ids.len() > 40, "{ids:?}");
    for lang in [Lang::Da, Lang::En] {
        let cat = Catalogue::new(lang);
        for id in &ids {
            assert!(cat.has(id), "{id} missing in {lang:?}");
        }
        for n in 1..=4 {
            assert!(cat.has(&format!("site-risk-{n}")));
        }
    }
}

#[test]
fn written_site_replaces_only_a_site() {
    let site = example(Lang::Da);
    let dir = tempfile::tempdir().unwrap();
    let other = dir.path().join("other");
    std::fs::create_dir(&other).unwrap();
    std::fs::write(other.join("notes.txt"), "keep").unwrap();
    assert!(matches!(
        write_site(&site, &other),
        Err(SiteError::Io { .. })
    ));
    assert_eq!(
        std::fs::read_to_string(other.join("notes.txt")).unwrap(),
        "keep"
    );
}

#[test]
fn the_supplier_page_answers_who_processes_which_data_where_and_under_which_agreement() {
    for lang in [Lang::Da, Lang::En] {
        let site = example(lang);
        let page = text(&site, "suppliers/index.html");
        // Legal names, never a bare id, for every supplier in a chain.
        for name in [
            "KOMBIT A/S",
            "Institutionsdata A/S",
            "Nordisk Analyseplatform A/S",
            "SkyVault Inc.",
            "Sensorik Nord ApS",
            "Syddansk Universitet",
        ] {
            assert!(page.contains(name), "{lang:?}: {name} missing");
        }
        assert!(!page.contains(">kombit<") && !page.contains("(kombit)"));
        // Where and under which agreement: the third country with its transfer basis.
        let (third, basis, sub) = match lang {
            Lang::Da => (
                "tredjeland (USA)",
                "tilstrækkelighedsafgørelse",
                "underdatabehandler for KOMBIT A/S",
            ),
            Lang::En => (
                "third country (USA)",
                "adequacy decision",
                "sub-processor for KOMBIT A/S",
            ),
        };
        assert!(page.contains(third) && page.contains(basis), "{lang:?}");
        assert!(page.contains(sub), "{lang:?}");
        assert!(page.contains("UDBA NAP-2024-03"));
        // One accessible chain per project with suppliers, with unique ids.
        let chains = &site.model.suppliers.chains;
        assert!(chains.len() >= 4, "{}", chains.len());
        assert_eq!(page.matches("<svg ").count(), chains.len());
        for c in chains {
            let key = &c.project;
            assert!(page.contains(&format!(
                "role=\"img\" aria-labelledby=\"chain-{key}-title chain-{key}-desc\""
            )));
            assert_eq!(
                page.matches(&format!("id=\"chain-{key}-title\"")).count(),
                1
            );
            assert!(page.contains(&format!("id=\"chain-{key}\"")));
            // Linked from the project page, to the project's chain.
            let project = text(&site, &format!("{key}/index.html"));
            assert!(
                project.contains(&format!("href=\"../suppliers/index.html#chain-{key}\"")),
                "{key} does not link to its chain"
            );
        }
        // Linked from the index and the menu, and in the sitemap.
        let index = text(&site, "index.html");
        assert!(index.matches("href=\"suppliers/index.html\"").count() >= 2);
        assert!(text(&site, "sitemap.xml")
            .contains("<loc>https://data.lyngdal.example/suppliers/</loc>"));
        // Not in the register download (the download lists projects).
        assert!(!text(&site, "downloads/register.json").contains("<svg"));
    }
}

#[test]
fn supplier_files_are_cleaned_before_publication() {
    let dir = register_with("Fravær", "Formål.", None);
    let path = dir.path().join("assessments/bkf-2026-fravaer-skoler.yaml");
    let mut a = std::fs::read_to_string(&path).unwrap();
    a.push_str("suppliers:\n  - supplier: skoleanalyse\n    role: data_processor\n    processes_personal_data: true\n");
    std::fs::write(&path, a).unwrap();
    std::fs::create_dir(dir.path().join("suppliers")).unwrap();
    std::fs::write(
        dir.path().join("suppliers/skoleanalyse.yaml"),
        "schema_version: 1
id: skoleanalyse
name: Skoleanalyse ApS (kontakt jens.hansen@skoleanalyse.dk)
kind: research
data_location:
  region: eu_eea
  countries: [Danmark]
data_processing_agreements:
  - reference: Se /home/jens/aftaler/dba.pdf
",
    )
    .unwrap();
    let site = site_of(dir.path(), Lang::Da, false).unwrap();
    for (path, bytes) in &site.files {
        let s = String::from_utf8_lossy(bytes);
        for bad in ["jens.hansen@", "/home/jens"] {
            assert!(!s.contains(bad), "{path} publishes {bad}");
        }
    }
    let page = text(&site, "suppliers/index.html");
    assert!(page.contains("Skoleanalyse ApS"));
    assert!(page.contains("[personlig e-mailadresse fjernet]"));
    assert!(page.contains("[intern filsti fjernet]"));
}
