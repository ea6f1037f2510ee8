//! Pages through minijinja, and the downloads, feed and sitemap.

use std::collections::BTreeMap;

use minijinja::value::Value;
use minijinja::{AutoEscape, Environment, Error, ErrorKind, UndefinedBehavior};
use serde::Serialize;

use dataetik_core::i18n::Catalogue;
use dataetik_core::model::Subject;
use dataetik_core::msg;
use dataetik_report::{Markdown, Templates};

use crate::model::{
    csv_rows, effect_name, group_name, lix_label, subject_heading, Project, SiteModel, EFFECTS,
    SUBJECTS,
};

/// The Content-Security-Policy of every page: nothing runs; styles and images only from the
/// site itself.
pub const CSP: &str =
    "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'";

/// The templates built into the crate: (name, source).
pub const TEMPLATES: [(&str, &str); 11] = [
    ("base.html.j2", include_str!("../templates/base.html.j2")),
    (
        "macros.html.j2",
        include_str!("../templates/macros.html.j2"),
    ),
    ("index.html.j2", include_str!("../templates/index.html.j2")),
    (
        "project.html.j2",
        include_str!("../templates/project.html.j2"),
    ),
    (
        "groups.html.j2",
        include_str!("../templates/groups.html.j2"),
    ),
    (
        "my-data.html.j2",
        include_str!("../templates/my-data.html.j2"),
    ),
    (
        "subject.html.j2",
        include_str!("../templates/subject.html.j2"),
    ),
    (
        "changes.html.j2",
        include_str!("../templates/changes.html.j2"),
    ),
    (
        "downloads.html.j2",
        include_str!("../templates/downloads.html.j2"),
    ),
    ("about.html.j2", include_str!("../templates/about.html.j2")),
    (
        "suppliers.html.j2",
        include_str!("../templates/suppliers.html.j2"),
    ),
];

/// The shared stylesheet.
pub const SITE_CSS: &str = include_str!("../templates/site.css");

/// Directory names that a project id may not take (they hold the site's own pages).
pub const RESERVED: [&str; 8] = [
    "my-data",
    "suppliers",
    "departments",
    "impact",
    "changes",
    "downloads",
    "about",
    "assets",
];

/// A group of projects on a list page.
#[derive(Debug, Serialize)]
struct Group<'a> {
    anchor: String,
    heading: String,
    projects: Vec<&'a Project>,
}

/// A source system and the projects that take data from it.
#[derive(Debug, Serialize)]
struct SystemRow<'a> {
    system: String,
    projects: Vec<&'a Project>,
}

/// A subject group on "Hvilke data om mig bruges?".
#[derive(Debug, Serialize)]
struct SubjectGroup<'a> {
    key: String,
    name: String,
    heading: String,
    count: usize,
    systems: Vec<SystemRow<'a>>,
    projects: Vec<&'a Project>,
}

/// A download on the downloads page.
#[derive(Debug, Serialize)]
struct Download {
    file: String,
    label: String,
    note: Option<String>,
}

/// Open-format exports passed in from the core library (file name, label id, JSON, left-out ids).
#[derive(Debug, Clone)]
pub struct OpenFormat {
    /// `algoritmeregister.json`.
    pub file: String,
    /// The label in the site's language.
    pub label: String,
    /// The JSON.
    pub json: String,
    /// Projects the standard could not take.
    pub left_out: Vec<String>,
}

pub(crate) struct Renderer<'a> {
    env: Environment<'a>,
    model: &'a SiteModel,
    cat: Catalogue,
    brand: Value,
    logo: Option<String>,
}

/// `{{ text | md }}`: sanitised HTML of a cleaned Markdown source (pulldown-cmark + ammonia).
fn md_filter(value: Value) -> Result<Value, Error> {
    if value.is_none() || value.is_undefined() {
        return Ok(Value::from_safe_string(String::new()));
    }
    let source = match value.as_str() {
        Some(s) => s.to_string(),
        None => value
            .get_attr("source")?
            .as_str()
            .ok_or_else(|| Error::new(ErrorKind::InvalidOperation, "md expects a text"))?
            .to_string(),
    };
    Ok(Value::from_safe_string(Markdown::new(source).html))
}

impl<'a> Renderer<'a> {
    pub(crate) fn new(model: &'a SiteModel, templates: &Templates) -> Result<Self, String> {
        let lang = match model.lang.as_str() {
            "en" => dataetik_core::i18n::Lang::En,
            _ => dataetik_core::i18n::Lang::Da,
        };
        let cat = Catalogue::new(lang);
        let mut env = Environment::new();
        env.set_auto_escape_callback(|_| AutoEscape::Html);
        env.set_undefined_behavior(UndefinedBehavior::Strict);
        // minijinja's own escaping also writes `/` as `&#x2f;`; the five characters that matter
        // in HTML text and quoted attributes are enough, and keep addresses readable.
        env.set_formatter(|out, state, value| {
            if !value.is_safe() {
                if let Some(s) = value.as_str() {
                    return out.write_str(&html_escape(s)).map_err(Error::from);
                }
            }
            minijinja::escape_formatter(out, state, value)
        });
        env.add_filter("md", md_filter);
        // `{{ chain.svg | svg }}`: the report's admission check (no scripts, links or styles).
        env.add_filter("svg", |value: String| -> Result<Value, Error> {
            dataetik_report::admit_svg(&value).map_err(|why| {
                Error::new(
                    ErrorKind::InvalidOperation,
                    format!("chain SVG rejected: {why}"),
                )
            })?;
            Ok(Value::from_safe_string(value))
        });
        env.add_function(
            "t",
            move |id: String, kwargs: minijinja::value::Kwargs| -> Result<String, Error> {
                if !cat.has(&id) {
                    return Err(Error::new(
                        ErrorKind::InvalidOperation,
                        format!("no text `{id}` in the catalogue"),
                    ));
                }
                let mut args = dataetik_core::i18n::FluentArgs::new();
                let keys: Vec<String> = kwargs.args().map(str::to_string).collect();
                for key in keys {
                    let v: Value = kwargs.get(&key)?;
                    match v.as_i64() {
                        Some(n) => args.set(key, n),
                        None => args.set(key, v.to_string()),
                    }
                }
                Ok(cat.text(&id, Some(&args)))
            },
        );
        env.add_function("lix", move |text: String| -> Option<String> {
            lix_label(cat, &text).map(|(l, _)| l)
        });
        for (name, source) in TEMPLATES {
            env.add_template(name, source)
                .map_err(|e| format!("{name}: {e}"))?;
        }
        Ok(Renderer {
            env,
            model,
            cat,
            brand: Value::from_serialize(&templates.brand),
            logo: templates
                .logo
                .as_ref()
                .map(|l| format!("logo.{}", l.format)),
        })
    }

    fn page(
        &self,
        template: &str,
        path: &str,
        title: &str,
        extra: Value,
    ) -> Result<String, String> {
        let depth = path.matches('/').count();
        let root = "../".repeat(depth);
        let tmpl = self
            .env
            .get_template(template)
            .map_err(|e| format!("{template}: {e}"))?;
        let ctx = minijinja::context! {
            m => Value::from_serialize(self.model),
            root => root,
            path => path,
            title => title,
            csp => Value::from_safe_string(CSP.to_string()),
            brand => self.brand.clone(),
            logo => self.logo.clone(),
            ..extra
        };
        let html = tmpl.render(ctx).map_err(|e| {
            let mut s = format!("{template}: {e}");
            let mut src = std::error::Error::source(&e);
            while let Some(inner) = src {
                s.push_str(": ");
                s.push_str(&inner.to_string());
                src = std::error::Error::source(inner);
            }
            s
        })?;
        validate(&html).map_err(|e| format!("{path}: {e}"))?;
        Ok(html)
    }

    /// Every HTML page: (path, html).
    pub(crate) fn pages(&self, downloads: &[OpenFormat]) -> Result<Vec<(String, String)>, String> {
        let cat = self.cat;
        let m = self.model;
        let mut out = Vec::new();
        out.push((
            "index.html".to_string(),
            self.page(
                "index.html.j2",
                "index.html",
                &msg!(cat, "site-index-heading"),
                minijinja::context! {
                    active => m.projects.iter().filter(|p| p.active).collect::<Vec<_>>(),
                    ended => m.projects.iter().filter(|p| !p.active).collect::<Vec<_>>(),
                },
            )?,
        ));
        for p in &m.projects {
            let path = format!("{}/index.html", p.id);
            out.push((
                path.clone(),
                self.page(
                    "project.html.j2",
                    &path,
                    &p.title,
                    minijinja::context! { p => p },
                )?,
            ));
        }
        // By department.
        let mut by_dept: BTreeMap<String, Vec<&Project>> = BTreeMap::new();
        for p in &m.projects {
            by_dept.entry(p.department.clone()).or_default().push(p);
        }
        let groups: Vec<Group<'_>> = by_dept
            .into_iter()
            .map(|(d, projects)| Group {
                anchor: slug(&d),
                heading: d,
                projects,
            })
            .collect();
        let heading = msg!(cat, "site-departments-heading");
        out.push((
            "departments/index.html".into(),
            self.page(
                "groups.html.j2",
                "departments/index.html",
                &heading,
                minijinja::context! { heading => heading, groups => groups },
            )?,
        ));
        // By impact.
        let mut groups: Vec<Group<'_>> = EFFECTS
            .iter()
            .map(|e| Group {
                anchor: e.key().to_string(),
                heading: effect_name(cat, *e),
                projects: m
                    .projects
                    .iter()
                    .filter(|p| p.effect_key == e.key())
                    .collect(),
            })
            .filter(|g| !g.projects.is_empty())
            .collect();
        let unknown: Vec<&Project> = m
            .projects
            .iter()
            .filter(|p| p.effect_key.is_empty())
            .collect();
        if !unknown.is_empty() {
            groups.push(Group {
                anchor: "not-stated".into(),
                heading: msg!(cat, "site-impact-unknown"),
                projects: unknown,
            });
        }
        let heading = msg!(cat, "site-impact-heading");
        out.push((
            "impact/index.html".into(),
            self.page(
                "groups.html.j2",
                "impact/index.html",
                &heading,
                minijinja::context! { heading => heading, groups => groups },
            )?,
        ));
        // Hvilke data om mig bruges? and one page per subject.
        let subjects: Vec<SubjectGroup<'_>> =
            SUBJECTS.iter().map(|s| subject_group(cat, m, *s)).collect();
        out.push((
            "my-data/index.html".into(),
            self.page(
                "my-data.html.j2",
                "my-data/index.html",
                &msg!(cat, "site-my-data-heading"),
                minijinja::context! { subjects => subjects },
            )?,
        ));
        for g in &subjects {
            let path = format!("my-data/{}/index.html", g.key);
            out.push((
                path.clone(),
                self.page(
                    "subject.html.j2",
                    &path,
                    &g.heading,
                    minijinja::context! { g => g },
                )?,
            ));
        }
        out.push((
            "changes/index.html".into(),
            self.page(
                "changes.html.j2",
                "changes/index.html",
                &msg!(cat, "site-changes-heading"),
                minijinja::context! {},
            )?,
        ));
        let mut files = vec![
            Download {
                file: "register.csv".into(),
                label: msg!(cat, "site-download-csv"),
                note: None,
            },
            Download {
                file: "register.json".into(),
                label: msg!(cat, "site-download-json"),
                note: None,
            },
        ];
        for f in downloads {
            files.push(Download {
                file: f.file.clone(),
                label: f.label.clone(),
                note: (!f.left_out.is_empty())
                    .then(|| msg!(cat, "site-download-left-out", ids = f.left_out.join(", "))),
            });
        }
        out.push((
            "downloads/index.html".into(),
            self.page(
                "downloads.html.j2",
                "downloads/index.html",
                &msg!(cat, "site-downloads-heading"),
                minijinja::context! { files => files },
            )?,
        ));
        out.push((
            "suppliers/index.html".into(),
            self.page(
                "suppliers.html.j2",
                "suppliers/index.html",
                &msg!(cat, "site-suppliers-heading"),
                minijinja::context! { S => Value::from_serialize(&m.suppliers) },
            )?,
        ));
        out.push((
            "about/index.html".into(),
            self.page(
                "about.html.j2",
                "about/index.html",
                &msg!(cat, "site-about-heading"),
                minijinja::context! {},
            )?,
        ));
        Ok(out)
    }
}

fn subject_group<'a>(cat: Catalogue, m: &'a SiteModel, s: Subject) -> SubjectGroup<'a> {
    let projects: Vec<&Project> = m
        .projects
        .iter()
        .filter(|p| p.subjects.iter().any(|x| x.key == s.key()))
        .collect();
    let mut systems: BTreeMap<String, Vec<&Project>> = BTreeMap::new();
    for p in &projects {
        for src in &p.sources {
            let list = systems.entry(src.system.clone()).or_default();
            if !list.iter().any(|x| x.id == p.id) {
                list.push(p);
            }
        }
    }
    SubjectGroup {
        key: s.key().to_string(),
        name: group_name(cat, s),
        heading: subject_heading(cat, s),
        count: projects.len(),
        systems: systems
            .into_iter()
            .map(|(system, projects)| SystemRow { system, projects })
            .collect(),
        projects,
    }
}

/// An anchor from a name: lowercase letters and digits joined by `-` (æøå kept as ae, oe, aa).
pub fn slug(s: &str) -> String {
    let mut out = String::new();
    for c in s.to_lowercase().chars() {
        match c {
            'æ' => out.push_str("ae"),
            'ø' => out.push_str("oe"),
            'å' => out.push_str("aa"),
            c if c.is_ascii_alphanumeric() => out.push(c),
            _ => {
                if !out.ends_with('-') && !out.is_empty() {
                    out.push('-');
                }
            }
        }
    }
    let out = out.trim_end_matches('-').to_string();
    if out.is_empty() {
        "x".into()
    } else {
        out
    }
}

/// Checks the promises of a page: language, CSP, no scripts, main landmark, skip link, table
/// headers with scope.
pub fn validate(html: &str) -> Result<(), String> {
    let lower = html.to_ascii_lowercase();
    if !lower.contains("<html lang=\"") {
        return Err("the page has no <html lang=...>".into());
    }
    if !html.contains(&format!("content=\"{CSP}\"")) {
        return Err("the page lacks the Content-Security-Policy meta tag".into());
    }
    if lower.contains("<script") {
        return Err("the page contains a <script> element".into());
    }
    if !lower.contains("<main id=\"main\"") {
        return Err("the page has no <main id=\"main\"> landmark".into());
    }
    if !lower.contains("href=\"#main\"") {
        return Err("the page has no skip link".into());
    }
    for (i, table) in lower.split("<table").skip(1).enumerate() {
        let body = table.split("</table>").next().unwrap_or("");
        if body.contains("<th>") {
            return Err(format!("table {} has a header cell without scope", i + 1));
        }
    }
    Ok(())
}

/// HTML escaping of text and quoted attribute values.
pub fn html_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// XML text escaping.
pub fn xml_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c if (c as u32) < 0x20 && !matches!(c, '\n' | '\t') => {}
            c => out.push(c),
        }
    }
    out
}

/// The register as CSV: one row per project, English column names (stable for tools).
pub fn register_csv(model: &SiteModel, base: &str) -> Vec<u8> {
    let rows = csv_rows(model, base);
    let mut w = csv::WriterBuilder::new().from_writer(Vec::new());
    let header: Vec<&str> = rows
        .first()
        .map(|r| r.iter().map(|p| p.label.as_str()).collect())
        .unwrap_or_default();
    if !header.is_empty() {
        w.write_record(&header).expect("writing to memory");
    }
    for r in &rows {
        w.write_record(r.iter().map(|p| p.value.as_str()))
            .expect("writing to memory");
    }
    w.into_inner().expect("writing to memory")
}

/// The register as JSON: the site model (every text cleaned, in the site's language).
pub fn register_json(model: &SiteModel) -> Vec<u8> {
    let mut s = serde_json::to_string_pretty(model).expect("the site model serialises");
    s.push('\n');
    s.into_bytes()
}

/// The Atom feed of changes (newest 50).
pub fn atom(model: &SiteModel, cat: Catalogue, base: &str) -> Vec<u8> {
    let title = msg!(
        cat,
        "site-feed-title",
        organisation = model.organisation.clone()
    );
    let updated = model
        .changes
        .first()
        .map_or(model.as_of_iso.clone(), |c| c.change.iso.clone());
    let feed_id = if base.is_empty() {
        format!("urn:dataetik:{}:changes", slug(&model.organisation))
    } else {
        format!("{base}changes/")
    };
    let mut x = String::new();
    x.push_str("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
    x.push_str(&format!(
        "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{}\">\n",
        model.lang
    ));
    x.push_str(&format!("  <title>{}</title>\n", xml_escape(&title)));
    x.push_str(&format!("  <id>{}</id>\n", xml_escape(&feed_id)));
    x.push_str(&format!("  <updated>{updated}T00:00:00Z</updated>\n"));
    x.push_str(&format!(
        "  <author><name>{}</name></author>\n",
        xml_escape(&model.organisation)
    ));
    x.push_str(&format!(
        "  <link rel=\"self\" href=\"{}feed.xml\"/>\n  <link rel=\"alternate\" href=\"{}changes/\"/>\n",
        xml_escape(base),
        xml_escape(base)
    ));
    for c in model.changes.iter().take(50) {
        let id = if base.is_empty() {
            format!(
                "urn:dataetik:{}:{}:{}",
                slug(&model.organisation),
                c.id,
                c.number
            )
        } else {
            format!("{base}{}/#change-{}", c.id, c.number)
        };
        x.push_str("  <entry>\n");
        x.push_str(&format!(
            "    <title>{}: {}</title>\n",
            xml_escape(&c.title),
            xml_escape(&c.change.subject)
        ));
        x.push_str(&format!("    <id>{}</id>\n", xml_escape(&id)));
        x.push_str(&format!(
            "    <updated>{}T00:00:00Z</updated>\n",
            c.change.iso
        ));
        x.push_str(&format!(
            "    <link rel=\"alternate\" href=\"{}{}/\"/>\n",
            xml_escape(base),
            c.id
        ));
        x.push_str(&format!(
            "    <summary>{}</summary>\n",
            xml_escape(&c.change.subject)
        ));
        x.push_str("  </entry>\n");
    }
    x.push_str("</feed>\n");
    x.into_bytes()
}

/// The sitemap of every page (addresses relative to the site without a base URL).
pub fn sitemap(pages: &[String], model: &SiteModel, base: &str) -> Vec<u8> {
    let mut x = String::new();
    x.push_str("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
    x.push_str("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    for p in pages {
        let loc = match p.strip_suffix("index.html").unwrap_or(p) {
            "" if base.is_empty() => "./",
            loc => loc,
        };
        let lastmod = model
            .projects
            .iter()
            .find(|x| loc == format!("{}/", x.id))
            .and_then(|x| x.last_changed_iso.clone());
        x.push_str(&format!(
            "  <url><loc>{}{}</loc>",
            xml_escape(base),
            xml_escape(loc)
        ));
        if let Some(d) = lastmod {
            x.push_str(&format!("<lastmod>{d}</lastmod>"));
        }
        x.push_str("</url>\n");
    }
    x.push_str("</urlset>\n");
    x.into_bytes()
}

/// The catalogue ids the templates name (`"site-..."` literals), for the catalogue test. Ids
/// built from a prefix (`"site-risk-" ~ n`) are left out.
pub fn template_text_ids() -> Vec<String> {
    let mut ids = Vec::new();
    for (_, source) in TEMPLATES {
        for (i, _) in source.match_indices("\"site-") {
            let rest = &source[i + 1..];
            if let Some(end) = rest.find('"') {
                let id = &rest[..end];
                if !id.ends_with('-') {
                    ids.push(id.to_string());
                }
            }
        }
    }
    ids.sort();
    ids.dedup();
    ids
}
