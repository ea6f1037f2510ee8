//! The public register: a static website for citizens and journalists, built from the same
//! assessment files as the yearly report.
//!
//! [`build`] turns a checked register (and its git history, for "sidst ændret" and the feed) into
//! a [`Site`]: every page and download as bytes in memory. [`write_site`] then puts it on disk
//! all at once (built next to the target, then renamed), so a failure never leaves half a site.
//!
//! Pages are minijinja templates in this crate with one shared stylesheet; the brand (colours,
//! logo) comes from the report's templates mechanism. No page has a script. Every text from an
//! assessment or a commit is cleaned before publication ([`scrub`]): CPR-like numbers, e-mail
//! addresses of persons and internal file paths never reach the site, and the finished files are
//! checked again. The same register, history and as-of date give the same bytes.

pub mod lix;
pub mod model;
pub mod render;
pub mod scrub;

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

use dataetik_core::formats::{self, Standard};
use dataetik_core::i18n::Catalogue;
use dataetik_core::msg;
use dataetik_core::publish::{publish_gate, PublishRefusal};
use dataetik_report::Templates;

pub use model::{SiteInput, SiteModel};

/// A built site: relative path (`/`-separated) to bytes, in path order.
#[derive(Debug, Clone, PartialEq)]
pub struct Site {
    /// Every file.
    pub files: BTreeMap<String, Vec<u8>>,
    /// The model the pages were made from.
    pub model: SiteModel,
}

impl Site {
    /// The HTML pages.
    pub fn pages(&self) -> impl Iterator<Item = (&String, &Vec<u8>)> {
        self.files.iter().filter(|(p, _)| p.ends_with(".html"))
    }
}

/// Options of a build.
#[derive(Debug, Clone, Default)]
pub struct SiteOptions {
    /// The address the site will be published at (`https://kommune.dk/data/`), for the sitemap
    /// and the feed; without it they hold addresses relative to the site.
    pub base_url: Option<String>,
}

/// Why the site was not built.
#[derive(Debug)]
pub enum SiteError {
    /// The publication gate refused: files that cannot be read, or unwaived PUB-001 findings
    /// (file:line:column of each).
    Refused {
        /// Unreadable files (display paths).
        unreadable: Vec<String>,
        /// Places of unwaived PUB-001 findings.
        cpr: Vec<String>,
    },
    /// A project id is also the name of one of the site's own pages.
    ReservedId(String),
    /// A template failed or a page broke a promise (language, CSP, landmark, no scripts).
    Template(String),
    /// A finished file still holds something that must not be published.
    Leak {
        /// The file in the site.
        file: String,
        /// What was found.
        what: String,
    },
    /// Writing the site failed.
    Io {
        /// The path.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
}

impl fmt::Display for SiteError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SiteError::Refused { unreadable, cpr } => {
                write!(f, "the site is not published:")?;
                for u in unreadable {
                    write!(f, "\n  {u}: the assessment cannot be read")?;
                }
                for c in cpr {
                    write!(f, "\n  {c}: PUB-001 (something looks like a CPR number)")?;
                }
                Ok(())
            }
            SiteError::ReservedId(id) => write!(
                f,
                "the project id `{id}` is the name of one of the site's own pages ({}); rename the assessment",
                render::RESERVED.join(", ")
            ),
            SiteError::Template(m) => write!(f, "a site template failed: {m}"),
            SiteError::Leak { file, what } => write!(
                f,
                "{file} would publish {what}; nothing was written (report this as a bug in dataetik)"
            ),
            SiteError::Io { path, source } => write!(f, "cannot write {}: {source}", path.display()),
        }
    }
}

impl std::error::Error for SiteError {}

/// Builds the whole site in memory. Refused while the publication gate refuses.
pub fn build(
    input: &SiteInput<'_>,
    templates: &Templates,
    options: &SiteOptions,
) -> Result<Site, SiteError> {
    match publish_gate(input.result) {
        Ok(()) => {}
        Err(PublishRefusal::Unreadable(files)) => {
            return Err(SiteError::Refused {
                unreadable: files.iter().map(|u| u.file.to_string()).collect(),
                cpr: Vec::new(),
            })
        }
        Err(PublishRefusal::CprNumbers(found)) => {
            return Err(SiteError::Refused {
                unreadable: Vec::new(),
                cpr: found
                    .iter()
                    .map(|f| format!("{}:{}:{}", f.file, f.line, f.column))
                    .collect(),
            })
        }
    }
    templates.brand.validate().map_err(SiteError::Template)?;
    let model = model::build(input);
    if let Some(p) = model
        .projects
        .iter()
        .find(|p| render::RESERVED.contains(&p.id.as_str()))
    {
        return Err(SiteError::ReservedId(p.id.clone()));
    }
    let cat = Catalogue::new(input.lang);
    let base = options
        .base_url
        .as_deref()
        .map(|b| {
            if b.ends_with('/') {
                b.to_string()
            } else {
                format!("{b}/")
            }
        })
        .unwrap_or_default();

    let code_paths: Vec<String> = input
        .result
        .files
        .iter()
        .filter_map(|f| f.model.as_ref()?.code_paths.clone())
        .flatten()
        .collect();
    // The open formats, from the core library (the same records as `dataetik export`).
    let mut open = Vec::new();
    for (standard, file, label) in [
        (
            Standard::Algoritmeregister,
            "algoritmeregister.json",
            msg!(cat, "site-download-algoritmeregister"),
        ),
        (Standard::Atrs, "atrs.json", msg!(cat, "site-download-atrs")),
    ] {
        let export = formats::export(standard, input.register, input.result).map_err(|_| {
            SiteError::Template("the publication gate refused the open formats".into())
        })?;
        // The exports mask CPR-like numbers themselves; persons' addresses and file paths are
        // removed here, in every string of the records.
        let scrub = scrub::Scrubber {
            email_note: msg!(cat, "site-removed-email"),
            path_note: msg!(cat, "site-removed-path"),
            code_paths: code_paths.clone(),
        };
        let mut records: serde_json::Value =
            serde_json::from_str(&export.json).expect("the exports are JSON");
        clean_json(&mut records, &scrub);
        let mut json = serde_json::to_string_pretty(&records).expect("JSON serialises");
        json.push('\n');
        open.push(render::OpenFormat {
            file: file.to_string(),
            label,
            json,
            left_out: export.left_out.iter().map(|l| l.id.clone()).collect(),
        });
    }

    let renderer = render::Renderer::new(&model, templates).map_err(SiteError::Template)?;
    let pages = renderer.pages(&open).map_err(SiteError::Template)?;
    let mut files: BTreeMap<String, Vec<u8>> = BTreeMap::new();
    let page_paths: Vec<String> = pages.iter().map(|(p, _)| p.clone()).collect();
    for (path, html) in pages {
        files.insert(path, html.into_bytes());
    }
    let brand = &templates.brand;
    let css = format!(
        ":root {{ --primary: {}; --accent: {}; }}\n{}",
        brand.primary,
        brand.accent,
        render::SITE_CSS
    );
    files.insert("site.css".into(), css.into_bytes());
    if let Some(logo) = &templates.logo {
        files.insert(format!("logo.{}", logo.format), logo.bytes.clone());
    }
    files.insert(
        "downloads/register.csv".into(),
        render::register_csv(&model, &base),
    );
    files.insert(
        "downloads/register.json".into(),
        render::register_json(&model),
    );
    for o in &open {
        files.insert(format!("downloads/{}", o.file), o.json.clone().into_bytes());
    }
    files.insert("feed.xml".into(), render::atom(&model, cat, &base));
    files.insert(
        "sitemap.xml".into(),
        render::sitemap(&page_paths, &model, &base),
    );

    for (path, bytes) in &files {
        if path.starts_with("logo.") {
            continue;
        }
        let text = String::from_utf8_lossy(bytes);
        if let Some(what) = scrub::find_leak(&text) {
            return Err(SiteError::Leak {
                file: path.clone(),
                what,
            });
        }
    }
    Ok(Site { files, model })
}

/// Cleans every string in a JSON value.
fn clean_json(v: &mut serde_json::Value, scrub: &scrub::Scrubber) {
    match v {
        serde_json::Value::String(s) => *s = scrub.clean(s),
        serde_json::Value::Array(a) => a.iter_mut().for_each(|x| clean_json(x, scrub)),
        serde_json::Value::Object(o) => o.values_mut().for_each(|x| clean_json(x, scrub)),
        _ => {}
    }
}

/// Writes the site to `out` all at once: the files go to a new directory next to `out`, which
/// then replaces `out`. An existing `out` is replaced only when it holds a site written by
/// dataetik (it has `site.css` and `index.html`) or is empty, so a wrong `--out` cannot delete
/// other files.
pub fn write_site(site: &Site, out: &Path) -> Result<(), SiteError> {
    let io = |path: &Path| {
        let path = path.to_path_buf();
        move |source: std::io::Error| SiteError::Io { path, source }
    };
    let parent = match out.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    std::fs::create_dir_all(&parent).map_err(io(&parent))?;
    let name = out
        .file_name()
        .map_or_else(|| "site".into(), |n| n.to_string_lossy().to_string());
    if out.exists() {
        let ours = out.join("site.css").is_file() && out.join("index.html").is_file();
        let empty = std::fs::read_dir(out).is_ok_and(|mut d| d.next().is_none());

        if !ours && !empty {
            return Err(SiteError::Io {
                path: out.to_path_buf(),
                source: std::io::Error::new(
                    std::io::ErrorKind::AlreadyExists,
                    "the directory exists and does not hold a site written by dataetik; choose another --out or empty it",
                ),
            });
        }
    }
    let pid = std::process::id();
    let tmp = parent.join(format!(".{name}.new-{pid}"));
    let old = parent.join(format!(".{name}.old-{pid}"));
    let _ = std::fs::remove_dir_all(&tmp);
    let result = (|| -> Result<(), SiteError> {
        for (path, bytes) in &site.files {
            let target = tmp.join(path);
            if let Some(dir) = target.parent() {
                std::fs::create_dir_all(dir).map_err(io(dir))?;
            }
            std::fs::write(&target, bytes).map_err(io(&target))?;
        }
        Ok(())
    })();
    if let Err(e) = result {
        let _ = std::fs::remove_dir_all(&tmp);
        return Err(e);
    }
    if out.exists() {
        std::fs::rename(out, &old).map_err(io(out))?;
    }
    if let Err(e) = std::fs::rename(&tmp, out) {
        // Put the old site back.
        let _ = std::fs::rename(&old, out);
        let _ = std::fs::remove_dir_all(&tmp);
        return Err(io(out)(e));
    }
    let _ = std::fs::remove_dir_all(&old);
    Ok(())
}
