//! PDF rendering through Typst (typst-as-lib).
//!
//! The model goes to the template as `sys.inputs.model` (plain Typst values: strings, numbers,
//! arrays, dictionaries), never as Typst source, so no user text can run as code. Fonts are
//! the ones bundled in typst-assets (nothing is read from the system or the network), and the
//! PDF is made to conform to PDF/A-2a and PDF/UA-1 with the report's as-of date as document
//! date and a stable document id, so the same model always gives the same bytes.

use std::sync::OnceLock;

use typst::diag::{Severity, SourceDiagnostic};
use typst::foundations::{Bytes, Datetime, Dict, IntoValue, Smart, Value};
use typst::syntax::{DiagSpanKind, Source};
use typst_as_lib::{TypstAsLibError, TypstEngine};
use typst_pdf::{PdfOptions, PdfStandard, PdfStandards, Timestamp};

use super::{ReportError, ReportModel, Templates};

const MAIN: &str = "/report.typ";

pub(super) fn render(model: &ReportModel, templates: &Templates) -> Result<Vec<u8>, ReportError> {
    let file = templates.file("report.typ");
    let typst_err = |diagnostics: Vec<String>| ReportError::Typst {
        file: file.clone(),
        diagnostics,
    };

    let source = (MAIN, templates.report_typ.clone());
    let mut builder = TypstEngine::builder()
        .main_file(source)
        .fonts(typst_assets::fonts());
    // A municipality's own report.typ may import its other files (e.g. `#import "farver.typ"`,
    // `image("byvaaben.svg", alt: ..)`) from the templates directory, and nothing outside it.
    if let Some(dir) = &templates.dir {
        builder = builder.with_file_system_resolver(dir);
    }
    let engine = builder.build();

    let inputs = inputs(model, templates).map_err(|e| typst_err(vec![e]))?;
    let world = engine
        .world_builder()
        .with_inputs(inputs)
        .build()
        .map_err(|e| typst_err(describe_error(e, &templates.report_typ)))?;
    let compiled = super::compile::compile(&world).output;
    drop(world);
    // The memoised layouts are of no use to the export (the frames they hold are freed; comemo
    // keeps its tables' capacity for the next compile).
    comemo::evict(0);
    let doc =
        compiled.map_err(|diags| typst_err(describe_diagnostics(&diags, &templates.report_typ)))?;

    let date = parse_iso(&model.meta.as_of).ok_or_else(|| {
        typst_err(vec![format!(
            "the report date {:?} is not an ISO date",
            model.meta.as_of
        )])
    })?;
    let standards = PdfStandards::new(&[PdfStandard::A_2a, PdfStandard::Ua_1])
        .map_err(|e| typst_err(vec![e.message().to_string()]))?;
    let options = PdfOptions {
        ident: Smart::Custom(format!(
            "dataetik/{}/{}/{}",
            model.meta.organisation, model.meta.year, model.meta.lang
        )),
        creator: Smart::Custom(Some(model.meta.generator.clone())),
        timestamp: Some(Timestamp::new_utc(date)),
        standards,
        ..PdfOptions::default()
    };
    typst_pdf::pdf(&doc, &options).map_err(|diags| {
        let mut lines = vec!["PDF export failed (PDF/A-2a, PDF/UA-1):".to_string()];
        lines.extend(diags.iter().map(|d| format_diag(d, &templates.report_typ)));
        typst_err(lines)
    })
}

/// Builds `sys.inputs`: the model, the brand and the logo.
fn inputs(model: &ReportModel, templates: &Templates) -> Result<Dict, String> {
    let to_value = |v: serde_json::Value| -> Result<Value, String> {
        serde_json::from_value::<Value>(v)
            .map_err(|e| format!("cannot pass the model to Typst: {e}"))
    };
    let mut model_json = serde_json::to_value(model).map_err(|e| e.to_string())?;
    drop_html(&mut model_json);
    replace_uncovered(&mut model_json);
    super::hyphen::hyphenate_model(&mut model_json, &model.meta.lang);
    let brand_json = serde_json::to_value(&templates.brand).map_err(|e| e.to_string())?;
    let mut dict = Dict::new();
    dict.insert("model".into(), to_value(model_json)?);
    dict.insert("brand".into(), to_value(brand_json)?);
    match &templates.logo {
        Some(logo) => {
            dict.insert("logo".into(), Bytes::new(logo.bytes.clone()).into_value());
            dict.insert("logo_format".into(), logo.format.into_value());
        }
        None => {
            dict.insert("logo".into(), Value::None);
            dict.insert("logo_format".into(), Value::None);
        }
    }
    Ok(dict)
}

fn parse_iso(s: &str) -> Option<Datetime> {
    let d: jiff::civil::Date = s.parse().ok()?;
    Datetime::from_ymd(i32::from(d.year()), d.month() as u8, d.day() as u8)
}

fn describe_error(err: TypstAsLibError, text: &str) -> Vec<String> {
    match err {
        TypstAsLibError::TypstSource(diags) => describe_diagnostics(&diags, text),
        other => vec![other.to_string()],
    }
}

/// The errors of a failed compile, or every diagnostic when none of them is an error.
fn describe_diagnostics(diags: &[SourceDiagnostic], text: &str) -> Vec<String> {
    let errors: Vec<String> = diags
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .map(|d| format_diag(d, text))
        .collect();
    if errors.is_empty() {
        diags.iter().map(|d| format_diag(d, text)).collect()
    } else {
        errors
    }
}

/// `line:column: error: message (hint: ...)`, with the position in the main template.
fn format_diag(d: &SourceDiagnostic, text: &str) -> String {
    let source = Source::new(
        typst::syntax::RootedPath::new(
            typst::syntax::VirtualRoot::Project,
            typst::syntax::VirtualPath::new(MAIN).expect("valid path"),
        )
        .intern(),
        text.to_string(),
    );
    let pos = match d.span.get() {
        DiagSpanKind::Number { id, num, sub_range } if id == source.id() => {
            source.range(num, sub_range).map(|r| r.start)
        }
        DiagSpanKind::Range { id, range } if id == source.id() => Some(range.start),
        _ => None,
    };
    let loc = pos
        .and_then(|p| source.lines().byte_to_line_column(p))
        .map(|(l, c)| format!("{}:{}: ", l + 1, c + 1))
        .unwrap_or_default();
    let sev = match d.severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
    };
    let mut s = format!("{loc}{sev}: {}", d.message);
    // Hints about the typst command line (`--root`, `--font-path`) do not apply here.
    for h in d.hints.iter().filter(|h| !h.v.contains("--")) {
        s.push_str(&format!(" (hint: {})", h.v));
    }
    s
}

/// The Unicode coverage of the bundled fonts, computed once.
fn coverage() -> &'static [typst::text::Coverage] {
    static COVERAGE: OnceLock<Vec<typst::text::Coverage>> = OnceLock::new();
    COVERAGE.get_or_init(|| {
        typst_assets::fonts()
            .flat_map(|data| typst::text::Font::iter(Bytes::new(data)))
            .map(|font| font.info().coverage.clone())
            .collect()
    })
}

/// The character shown in the PDF for one no bundled font can draw.
const REPLACEMENT: char = '\u{25A1}';

/// Markdown fields reach the PDF template with their `source` and `tree`; the cleaned `html`
/// is for the web page only, and leaving it out keeps the document's inputs (which Typst holds
/// in memory throughout the layout) about a third smaller.
fn drop_html(v: &mut serde_json::Value) {
    match v {
        serde_json::Value::Object(map) => {
            if map.contains_key("source") && map.contains_key("tree") {
                map.remove("html");
            }
            map.values_mut().for_each(drop_html);
        }
        serde_json::Value::Array(items) => items.iter_mut().for_each(drop_html),
        _ => {}
    }
}

/// Replaces characters that no bundled font can draw (emoji, scripts outside Latin, Greek and
/// Cyrillic, private-use characters) in every string of the model. PDF/A forbids text without
/// a glyph, so a single emoji in a project title would otherwise stop the whole report; the
/// HTML page keeps the original text and the browser's fonts.
fn replace_uncovered(v: &mut serde_json::Value) {
    let fonts = coverage();
    let private = |c: char| matches!(c as u32, 0xE000..=0xF8FF | 0xF0000..=0x10FFFF);
    let drawable = |c: char| {
        c.is_whitespace()
            || (!c.is_control() && !private(c) && fonts.iter().any(|cov| cov.contains(c as u32)))
    };
    let fallback = if drawable(REPLACEMENT) {
        REPLACEMENT
    } else {
        '?'
    };
    fn walk(v: &mut serde_json::Value, ok: &dyn Fn(char) -> bool, fallback: char) {
        match v {
            serde_json::Value::String(s) if !s.chars().all(ok) => {
                *s = s
                    .chars()
                    .map(|c| if ok(c) { c } else { fallback })
                    .collect();
            }
            serde_json::Value::Array(items) => items.iter_mut().for_each(|i| walk(i, ok, fallback)),
            serde_json::Value::Object(map) => map.values_mut().for_each(|i| walk(i, ok, fallback)),
            _ => {}
        }
    }
    walk(v, &drawable, fallback);
}
