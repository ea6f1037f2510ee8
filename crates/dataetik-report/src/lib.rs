//! The annual report (*dataetisk redegørelse*): one [`ReportModel`], rendered three ways.
//!
//! The committee reads the report as a PDF (Typst, PDF/A-2a + PDF/UA-1) and as an accessible
//! web page (minijinja, WCAG 2.1 AA); tools read the JSON of the model. All three come from the
//! same model so they cannot disagree, and all three are byte-for-byte reproducible: the same
//! model gives the same files, whatever the machine or the wall clock.
//!
//! User text is data, never code. The PDF template receives the model as `sys.inputs` values
//! and renders Markdown from a data tree ([`markdown`]); the HTML template autoescapes, and
//! Markdown arrives as ammonia-cleaned HTML. Templates are embedded in the binary and a
//! municipality can replace any of them with a file of the same name in `--templates DIR`.

mod agenda;
pub mod build;
mod changes;
pub mod charts;
mod compile;
pub mod gather;
mod html;
pub mod hyphen;
pub mod markdown;
pub mod model;
mod pdf;
mod plain;
pub mod suppliers;
mod words;

use std::fmt;
use std::path::{Path, PathBuf};

pub use html::admit_svg;
pub use markdown::Markdown;
pub use model::ReportModel;

/// The publication gate is core's, one for the report, the exports and the public site:
/// refused while an assessment cannot be read or an unwaived PUB-001 finding remains.
pub use dataetik_core::publish::{publish_gate, PublishRefusal, UnreadableFile};

/// The report of a register on disk, the way `dataetik report` builds it: check, publish gate,
/// gather, build. Used for the sample report template authors render
/// (`examples/sample-register/`) and by tests; errors come back as text.
pub fn model_of_register(
    root: &Path,
    year: Option<i16>,
    as_of: dataetik_core::model::Date,
    lang: dataetik_core::i18n::Lang,
) -> Result<ReportModel, String> {
    use dataetik_core::register::Register;
    let cat = lang.catalogue();
    let reg = Register::open_config(&root.join("dataetik.yaml")).map_err(|e| e.text(cat))?;
    let files = dataetik_core::check::register_files(&reg).map_err(|e| e.text(cat))?;
    let result = dataetik_core::check::check_register(
        &reg,
        &files,
        &dataetik_core::check::CheckOptions {
            as_of,
            limits: Default::default(),
        },
    );
    if publish_gate(&result).is_err() {
        return Err(format!(
            "{}: the register cannot be published",
            root.display()
        ));
    }
    let year = year.unwrap_or_else(|| build::default_year(&result, as_of));
    let inputs =
        gather::gather(&reg, &result, year, as_of, lang, None).map_err(|e| e.to_string())?;
    build::build(&inputs).map_err(|e| e.to_string())
}

/// The default PDF template.
const REPORT_TYP: &str = include_str!("../templates/report.typ");
/// The default HTML template.
const REPORT_HTML: &str = include_str!("../templates/report.html.j2");
/// The default stylesheet, inlined in the HTML page.
const REPORT_CSS: &str = include_str!("../templates/report.css");
/// The default brand (colours and logo text).
const BRAND_JSON: &str = include_str!("../templates/brand.json");

/// File names a `--templates DIR` may hold; each one present replaces the embedded default.
pub const TEMPLATE_FILES: [&str; 6] = [
    "report.typ",
    "report.html.j2",
    "report.css",
    "brand.json",
    "logo.svg",
    "logo.png",
];

/// A municipality's visual identity: colours and logo text. Kept apart from the report model
/// because it belongs to the templates, not to the year's data.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Brand {
    /// Headings, table heads and rules (`#rrggbb`); must have 4.5:1 contrast against white.
    pub primary: String,
    /// Secondary accent for lines and the title page band (`#rrggbb`); 3:1 against white.
    pub accent: String,
    /// Alternative text of the logo ("Gladsaxe Kommunes logo").
    #[serde(default)]
    pub logo_alt: String,
}

impl Brand {
    /// Checks that colours are plain `#rrggbb` values (so they cannot carry CSS or Typst code)
    /// and contrast well enough with white for WCAG 2.1 AA.
    pub fn validate(&self) -> Result<(), String> {
        for (name, value, min) in [
            ("primary", &self.primary, 4.5),
            ("accent", &self.accent, 3.0),
        ] {
            let rgb = parse_hex(value).ok_or_else(|| {
                format!("brand.json: `{name}` must be a colour like \"#1f4e79\", got {value:?}")
            })?;
            let ratio = contrast_with_white(rgb);
            if ratio < min {
                return Err(format!(
                    "brand.json: `{name}` {value} has contrast {ratio:.1}:1 against white; \
                     at least {min}:1 is needed (WCAG 2.1 AA); choose a darker colour"
                ));
            }
        }
        Ok(())
    }
}

fn parse_hex(s: &str) -> Option<[u8; 3]> {
    let hex = s.strip_prefix('#')?;
    if hex.len() != 6 || !hex.chars().all(|c| c.is_ascii_hexdigit()) {
        return None;
    }
    let byte = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).ok();
    Some([byte(0)?, byte(2)?, byte(4)?])
}

/// WCAG contrast ratio of an sRGB colour against white.
pub fn contrast_with_white(rgb: [u8; 3]) -> f64 {
    let lin = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.03928 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    let l = 0.2126 * lin(rgb[0]) + 0.7152 * lin(rgb[1]) + 0.0722 * lin(rgb[2]);
    1.05 / (l + 0.05)
}

/// A logo image from the templates directory.
#[derive(Debug, Clone, PartialEq)]
pub struct Logo {
    /// `svg` or `png`.
    pub format: &'static str,
    /// The file's bytes.
    pub bytes: Vec<u8>,
}

/// The templates a report is rendered with: the embedded defaults, or a municipality's
/// replacements read from a directory at run time (no recompiling to change name, logo,
/// colours or layout).
#[derive(Debug, Clone)]
pub struct Templates {
    /// The Typst source of the PDF.
    pub report_typ: String,
    /// The minijinja source of the HTML page.
    pub report_html: String,
    /// The stylesheet inlined in the HTML page.
    pub report_css: String,
    /// Colours and logo text.
    pub brand: Brand,
    /// An optional logo for the title page and the page header.
    pub logo: Option<Logo>,
    /// Where replacements came from (shown in error messages).
    pub dir: Option<PathBuf>,
}

impl Default for Templates {
    fn default() -> Self {
        Self::embedded()
    }
}

impl Templates {
    /// The templates built into the binary.
    pub fn embedded() -> Self {
        Templates {
            report_typ: REPORT_TYP.to_string(),
            report_html: REPORT_HTML.to_string(),
            report_css: REPORT_CSS.to_string(),
            brand: serde_json::from_str(BRAND_JSON).expect("embedded brand.json is valid"),
            logo: None,
            dir: None,
        }
    }

    /// The embedded templates with every file present in `dir` replacing its default
    /// (see [`TEMPLATE_FILES`]). A missing directory or an invalid `brand.json` is an error.
    pub fn from_dir(dir: &Path) -> Result<Self, ReportError> {
        if !dir.is_dir() {
            return Err(ReportError::Template {
                file: dir.to_path_buf(),
                message: "the templates directory does not exist".into(),
            });
        }
        let mut t = Self::embedded();
        let read = |name: &str| -> Result<Option<Vec<u8>>, ReportError> {
            let path = dir.join(name);
            match std::fs::read(&path) {
                Ok(b) => Ok(Some(b)),
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
                Err(e) => Err(ReportError::Io { path, source: e }),
            }
        };
        let text = |name: &str, bytes: Vec<u8>| -> Result<String, ReportError> {
            String::from_utf8(bytes).map_err(|_| ReportError::Template {
                file: dir.join(name),
                message: "the file is not UTF-8 text".into(),
            })
        };
        if let Some(b) = read("report.typ")? {
            t.report_typ = text("report.typ", b)?;
        }
        if let Some(b) = read("report.html.j2")? {
            t.report_html = text("report.html.j2", b)?;
        }
        if let Some(b) = read("report.css")? {
            t.report_css = text("report.css", b)?;
        }
        if let Some(b) = read("brand.json")? {
            let s = text("brand.json", b)?;
            t.brand = serde_json::from_str(&s).map_err(|e| ReportError::Template {
                file: dir.join("brand.json"),
                message: e.to_string(),
            })?;
        }
        if let Some(bytes) = read("logo.svg")? {
            t.logo = Some(Logo {
                format: "svg",
                bytes,
            });
        } else if let Some(bytes) = read("logo.png")? {
            t.logo = Some(Logo {
                format: "png",
                bytes,
            });
        }
        t.brand
            .validate()
            .map_err(|message| ReportError::Template {
                file: dir.join("brand.json"),
                message,
            })?;
        t.dir = Some(dir.to_path_buf());
        Ok(t)
    }

    /// The brand is checked again at render time: `Templates` has public fields, and a colour
    /// goes into CSS and Typst code, so only validated `#rrggbb` values may get there.
    fn check_brand(&self) -> Result<(), ReportError> {
        self.brand
            .validate()
            .map_err(|message| ReportError::Template {
                file: self.file("brand.json"),
                message,
            })
    }

    fn file(&self, name: &str) -> PathBuf {
        match &self.dir {
            Some(d) if d.join(name).exists() => d.join(name),
            _ => PathBuf::from(format!("<built-in templates>/{name}")),
        }
    }
}

/// An output format of the report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Format {
    /// PDF/A-2a + PDF/UA-1 through Typst.
    Pdf,
    /// One self-contained accessible HTML file.
    Html,
    /// The report model as JSON.
    Json,
}

impl Format {
    /// The file extension.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Pdf => "pdf",
            Format::Html => "html",
            Format::Json => "json",
        }
    }
}

impl std::str::FromStr for Format {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim() {
            "pdf" => Ok(Format::Pdf),
            "html" => Ok(Format::Html),
            "json" => Ok(Format::Json),
            other => Err(format!(
                "unknown report format `{other}` (use pdf, html or json)"
            )),
        }
    }
}

/// What [`write_report`] is doing, for a progress bar.
#[derive(Debug, Clone, PartialEq)]
pub enum Progress {
    /// Rendering one format (Typst takes a second or two).
    Rendering(Format),
    /// Writing one file.
    Writing(PathBuf),
}

/// Why a report could not be produced. Every variant says what to do next.
#[derive(Debug)]
pub enum ReportError {
    /// A template is missing, unreadable or invalid.
    Template {
        /// The template file.
        file: PathBuf,
        /// What is wrong.
        message: String,
    },
    /// Typst reported errors compiling the PDF template.
    Typst {
        /// The template file.
        file: PathBuf,
        /// The diagnostics, one per line, with line and column in the template.
        diagnostics: Vec<String>,
    },
    /// The HTML template failed to render, or its output broke an accessibility/safety rule.
    Html {
        /// The template file.
        file: PathBuf,
        /// What is wrong.
        message: String,
    },
    /// The report may not be published yet (an unwaived PUB-001 finding: a CPR number).
    Unpublishable {
        /// Which projects hold the findings.
        projects: Vec<String>,
    },
    /// Writing an output file failed.
    Io {
        /// The file.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
}

impl fmt::Display for ReportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReportError::Template { file, message } => {
                write!(f, "template {}: {message}", file.display())
            }
            ReportError::Typst { file, diagnostics } => {
                write!(f, "the PDF template {} did not compile:", file.display())?;
                for d in diagnostics {
                    write!(f, "\n  {d}")?;
                }
                Ok(())
            }
            ReportError::Html { file, message } => {
                write!(f, "the HTML template {} failed: {message}", file.display())
            }
            ReportError::Unpublishable { projects } => write!(
                f,
                "the report cannot be published: PUB-001 (what looks like a CPR number) is \
                 unresolved in {}; remove the number from the assessment or waive the finding",
                projects.join(", ")
            ),
            ReportError::Io { path, source } => {
                write!(f, "cannot write {}: {source}", path.display())
            }
        }
    }
}

impl std::error::Error for ReportError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            ReportError::Io { source, .. } => Some(source),
            _ => None,
        }
    }
}

/// Renders the PDF (PDF/A-2a and PDF/UA-1, A4, fonts embedded, dated by the report's as-of date).
pub fn render_pdf(model: &ReportModel, templates: &Templates) -> Result<Vec<u8>, ReportError> {
    templates.check_brand()?;
    pdf::render(model, templates)
}

/// Renders the self-contained HTML page and checks it (lang, CSP, no scripts, table headers).
pub fn render_html(model: &ReportModel, templates: &Templates) -> Result<String, ReportError> {
    templates.check_brand()?;
    html::render(model, templates)
}

/// The model as pretty-printed JSON with a final newline; stable field order.
pub fn render_json(model: &ReportModel) -> String {
    let mut s = serde_json::to_string_pretty(model).expect("the report model always serialises");
    s.push('\n');
    s
}

/// The file name of the report in `format` for `year`: `dataetisk-redegoerelse-2026.pdf`.
pub fn file_name(year: i32, format: Format) -> String {
    format!("dataetisk-redegoerelse-{year}.{}", format.extension())
}

/// Projects with an unresolved PUB-001 finding: while there are any, the report is not written.
pub fn unpublishable_projects(model: &ReportModel) -> Vec<String> {
    model
        .projects
        .iter()
        .filter(|p| p.findings.iter().any(|f| f.rule == "PUB-001"))
        .map(|p| p.id.clone())
        .collect()
}

/// Renders every requested format, then writes them atomically to
/// `<out_dir>/dataetisk-redegoerelse-<year>.<ext>`. Rendering happens first, so a failure in
/// any format writes nothing. Returns the written paths in the order of `formats`.
pub fn write_report(
    model: &ReportModel,
    formats: &[Format],
    out_dir: &Path,
    templates: &Templates,
    progress: &mut dyn FnMut(Progress),
) -> Result<Vec<PathBuf>, ReportError> {
    let blocked = unpublishable_projects(model);
    if !blocked.is_empty() {
        return Err(ReportError::Unpublishable { projects: blocked });
    }
    let mut wanted: Vec<Format> = Vec::new();
    for &format in formats {
        if !wanted.contains(&format) {
            wanted.push(format);
        }
    }
    // Typst takes most of the time; the page and the JSON are rendered alongside it. The PDF is
    // announced last, so a progress display shows it while the work is under way.
    for &format in wanted.iter().filter(|f| **f != Format::Pdf) {
        progress(Progress::Rendering(format));
    }
    if wanted.contains(&Format::Pdf) {
        progress(Progress::Rendering(Format::Pdf));
    }
    let render = |format: Format| -> Result<Vec<u8>, ReportError> {
        Ok(match format {
            Format::Pdf => render_pdf(model, templates)?,
            Format::Html => render_html(model, templates)?.into_bytes(),
            Format::Json => render_json(model).into_bytes(),
        })
    };
    let (pdf, others) = rayon::join(
        || wanted.contains(&Format::Pdf).then(|| render(Format::Pdf)),
        || {
            wanted
                .iter()
                .filter(|f| **f != Format::Pdf)
                .map(|&f| (f, render(f)))
                .collect::<Vec<_>>()
        },
    );
    let mut by_format: Vec<(Format, Vec<u8>)> = Vec::new();
    if let Some(pdf) = pdf {
        by_format.push((Format::Pdf, pdf?));
    }
    for (format, bytes) in others {
        by_format.push((format, bytes?));
    }
    let mut rendered: Vec<(PathBuf, Vec<u8>)> = Vec::new();
    for format in &wanted {
        if let Some((_, bytes)) = by_format.iter_mut().find(|(f, _)| f == format) {
            rendered.push((
                out_dir.join(file_name(model.meta.year, *format)),
                std::mem::take(bytes),
            ));
        }
    }
    let mut written = Vec::new();
    for (path, bytes) in rendered {
        progress(Progress::Writing(path.clone()));
        dataetik_core::fsutil::write_atomic(&path, &bytes).map_err(|source| ReportError::Io {
            path: path.clone(),
            source,
        })?;
        written.push(path);
    }
    Ok(written)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn brand_validation() {
        let mut b = Templates::embedded().brand;
        assert_eq!(b.validate(), Ok(()));
        b.primary = "#ffcc00".into();
        assert!(b.validate().unwrap_err().contains("contrast"));
        b.primary = "red; } body { display:none".into();
        assert!(b.validate().unwrap_err().contains("#1f4e79"));
    }

    #[test]
    fn chart_colours_have_contrast() {
        for c in [
            charts::BAR,
            charts::ADDRESSED,
            charts::GAPS,
            charts::WAIVED,
            charts::AXIS,
        ] {
            let ratio = contrast_with_white(parse_hex(c).unwrap());
            assert!(ratio >= 4.5, "{c}: {ratio}");
        }
    }
}
