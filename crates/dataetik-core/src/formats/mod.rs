//! Open formats: the register's projects as records of the Dutch Algoritmeregister publication
//! standard 1.0 and of the UK Algorithmic Transparency Recording Standard (ATRS v3.0), and such
//! records read back into version-2 assessments (docs/open-formats.md).
//!
//! - [`export`] turns a checked register into a JSON array of records, one per project. It goes
//!   through the [`crate::publish::publish_gate`] first (unreadable assessments, unwaived
//!   PUB-001), masks anything that looks like a CPR number, never writes a file path, and leaves
//!   out a project that lacks what the format requires (named in [`Export::left_out`]).
//! - [`import`] turns records into assessment YAML, one file per record, each key preceded by a
//!   comment naming its source field. Nothing is invented: what the source lacks stays out, so
//!   `dataetik check` reports it. [`write_imported`] writes the files and never overwrites one.

pub mod algoritmeregister;
pub mod atrs;
pub mod markup;
pub mod text;
mod yaml;

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};

use serde_json::{Map, Value};

use crate::check::{CheckResult, FileResult};
use crate::i18n::{Catalogue, Lang};
use crate::model::{Assessment, Markdown};
use crate::publish::{publish_gate, PublishRefusal};
use crate::register::Register;

pub use yaml::strip_nulls;

/// An open format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Standard {
    /// The Dutch Algoritmeregister publication standard, version 1.0.
    Algoritmeregister,
    /// The UK Algorithmic Transparency Recording Standard, version 3.0 (tier 1 and tier 2).
    Atrs,
}

impl Standard {
    /// Every format.
    pub const ALL: [Standard; 2] = [Standard::Algoritmeregister, Standard::Atrs];

    /// The name on the command line and in YAML comments.
    pub fn key(self) -> &'static str {
        match self {
            Standard::Algoritmeregister => "algoritmeregister",
            Standard::Atrs => "atrs",
        }
    }

    /// The standard's own name and version.
    pub fn title(self) -> &'static str {
        match self {
            Standard::Algoritmeregister => "Algoritmeregister publicatiestandaard 1.0",
            Standard::Atrs => "Algorithmic Transparency Recording Standard (ATRS) v3.0",
        }
    }
}

impl std::str::FromStr for Standard {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Standard::ALL
            .into_iter()
            .find(|f| f.key() == s)
            .ok_or_else(|| format!("unknown format `{s}` (use `algoritmeregister` or `atrs`)"))
    }
}

impl std::fmt::Display for Standard {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.key())
    }
}

// ---------------------------------------------------------------------------------------------
// Export

/// What an exporter needs besides the assessment.
#[derive(Debug, Clone, Copy)]
pub struct ExportContext<'a> {
    /// The register's organisation (`organisation:` in dataetik.yaml).
    pub organisation: &'a str,
    /// The language the register's texts are written in (`language:` in dataetik.yaml): the
    /// sentences the export writes from structured fields use it too.
    pub lang: Lang,
}

/// An assessment field a format requires, and the format field it fills.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Missing {
    /// The assessment field (dotted path), or `dataetik.yaml: organisation`.
    pub field: String,
    /// The format's field.
    pub target: String,
    /// What the value must look like, when more than "written".
    pub shape: Option<Shape>,
}

/// What a required value must look like.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// An e-mail address or an `https://` address (the Dutch contact).
    EmailOrHttps,
    /// An e-mail address (the ATRS contact).
    Email,
}

/// A project left out of an export.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LeftOut {
    /// The assessment file, for display.
    pub file: String,
    /// The project id.
    pub id: String,
    /// What the format requires and the assessment lacks.
    pub missing: Vec<Missing>,
}

/// The result of an export.
#[derive(Debug, Clone)]
pub struct Export {
    /// The records as pretty-printed JSON (an array), with a final newline.
    pub json: String,
    /// How many records it holds.
    pub records: usize,
    /// Projects that could not be exported, with the reason.
    pub left_out: Vec<LeftOut>,
}

/// Exports every project of a checked register in `standard`. Refused (nothing exported) while
/// the publication gate refuses.
pub fn export<'a>(
    standard: Standard,
    reg: &Register,
    result: &'a CheckResult,
) -> Result<Export, PublishRefusal<'a>> {
    publish_gate(result)?;
    let ctx = ExportContext {
        organisation: &reg.config.organisation,
        lang: reg.config.language,
    };
    let mut records = Vec::new();
    let mut left_out = Vec::new();
    for f in &result.files {
        let Some(m) = &f.model else { continue };
        let record = match standard {
            Standard::Algoritmeregister => algoritmeregister::record(&ctx, f, m),
            Standard::Atrs => atrs::record(&ctx, f, m),
        };
        match record {
            Ok(mut r) => {
                mask_cpr(&mut r);
                records.push(r);
            }
            Err(missing) => left_out.push(LeftOut {
                file: f.file.clone(),
                id: f.id(),
                missing,
            }),
        }
    }
    let n = records.len();
    let mut json =
        serde_json::to_string_pretty(&Value::Array(records)).expect("records always serialise");
    json.push('\n');
    Ok(Export {
        json,
        records: n,
        left_out,
    })
}

/// Replaces anything that looks like a CPR number in every string (a waived PUB-001 finding
/// must still not publish the number).
fn mask_cpr(v: &mut Value) {
    match v {
        Value::String(s) if crate::cpr::find(s).is_some() => *s = crate::cpr::mask(s),
        Value::Array(a) => a.iter_mut().for_each(mask_cpr),
        Value::Object(m) => m.values_mut().for_each(mask_cpr),
        _ => {}
    }
}

/// A Markdown text as blocks, or `None` when it is blank.
pub(crate) fn blocks(md: Option<&Markdown>) -> Option<Vec<markup::Block>> {
    let b = markup::parse_markdown(md?);
    (!b.is_empty()).then_some(b)
}

/// True for something that looks like an e-mail address.
pub fn is_email(s: &str) -> bool {
    let s = s.trim();
    let Some((local, domain)) = s.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && !domain.contains('@')
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !s.chars().any(|c| c.is_whitespace() || c.is_control())
}

/// True for an `https://` address without spaces.
pub fn is_https_url(s: &str) -> bool {
    let s = s.trim();
    s.len() > "https://".len()
        && s[.."https://".len()].eq_ignore_ascii_case("https://")
        && !s.chars().any(|c| c.is_whitespace() || c.is_control())
}

/// The owner's contact when it has the shape a standard needs.
pub(crate) fn contact(m: &Assessment, shape: Shape) -> Option<String> {
    let c = m.owner.as_ref()?.contact.as_deref()?.trim();
    let ok = match shape {
        Shape::EmailOrHttps => is_email(c) || is_https_url(c),
        Shape::Email => is_email(c),
    };
    ok.then(|| c.to_string())
}

/// The project's risk level for publication: `(level, complete)`.
pub(crate) fn risk_level(f: &FileResult) -> Option<(u8, bool)> {
    f.risk.as_ref().map(|r| (r.level, r.complete))
}

// ---------------------------------------------------------------------------------------------
// Import

/// One record turned into an assessment file.
#[derive(Debug, Clone)]
pub struct ImportedRecord {
    /// The record's position in the input, from 1.
    pub number: usize,
    /// The project id (and file name without `.yaml`).
    pub id: String,
    /// The title, for display.
    pub title: String,
    /// The assessment as YAML.
    pub yaml: String,
}

/// Why an import cannot start.
#[derive(Debug, Clone)]
pub enum ImportError {
    /// The input is not JSON (serde's words).
    NotJson(String),
    /// The input holds no record of the format.
    NoRecords,
}

/// The outcome of reading records: the files to write, and records that cannot be imported.
#[derive(Debug, Clone, Default)]
pub struct Imported {
    /// One assessment per importable record, in input order.
    pub records: Vec<ImportedRecord>,
    /// Records that cannot be imported, with the reason (in words: [`text::import_problem`]).
    pub problems: Vec<ImportProblem>,
}

/// Why one record cannot be imported. `record` counts the input's records from 1.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportProblem {
    /// The record is not a JSON object.
    NotObject {
        /// The record's number.
        record: usize,
    },
    /// The record has no name (in `fields`), so no id can be derived.
    NoName {
        /// The record's number.
        record: usize,
        /// The format's name fields, for the message.
        fields: &'static str,
    },
    /// The YAML written did not read back as written (a bug).
    Internal {
        /// The record's number.
        record: usize,
        /// What differed.
        detail: String,
    },
}

impl ImportProblem {
    /// The problem in words.
    pub fn text(&self, cat: Catalogue) -> String {
        text::import_problem(cat, self)
    }
}

/// A note written under an imported key, besides its source comment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ImportNote {
    /// The source says only that the system is out of use (written as `stopped`).
    PhaseStopped,
    /// The source says only "not in use yet"; the phase written.
    PhaseNotInUse(crate::model::Phase),
}

/// An assessment being built from a record, with the source field of each key.
#[derive(Debug, Clone, Default)]
pub(crate) struct Draft {
    pub assessment: Assessment,
    /// Dotted key path -> source field names.
    pub sources: BTreeMap<String, Vec<String>>,
    /// Dotted key path -> an extra note under the source comment.
    pub notes: BTreeMap<String, ImportNote>,
    /// Source fields with no place in the assessment, with their value as text.
    pub unmapped: Vec<(String, String)>,
    /// Source fields that only said N/A or the like.
    pub empty: Vec<String>,
    /// The source field the id comes from, and whether it was used as written.
    pub id_from: Option<(String, bool)>,
    /// The name to derive the id from.
    pub name: Option<String>,
}

impl Draft {
    /// Notes that `path` came from the source field `field`.
    pub(crate) fn from(&mut self, path: &str, field: &str) {
        let v = self.sources.entry(path.to_string()).or_default();
        if !v.iter().any(|f| f == field) {
            v.push(field.to_string());
        }
    }
}

/// Reads `json` (one record or an array of records in `standard`) and turns each record into
/// assessment YAML. `source_name` (the input's file name, without directories) and `lang` (the
/// register's language) go into the files' comments.
pub fn import(
    standard: Standard,
    json: &str,
    source_name: &str,
    lang: Lang,
) -> Result<Imported, ImportError> {
    let value: Value =
        serde_json::from_str(json).map_err(|e| ImportError::NotJson(e.to_string()))?;
    let items: Vec<Value> = match value {
        Value::Array(a) => a,
        v @ Value::Object(_) => vec![v],
        _ => return Err(ImportError::NoRecords),
    };
    if items.is_empty() {
        return Err(ImportError::NoRecords);
    }
    let cat = Catalogue::new(lang);
    let mut out = Imported::default();
    let mut any_known = false;
    let mut taken: Vec<String> = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let number = i + 1;
        let Value::Object(obj) = item else {
            out.problems
                .push(ImportProblem::NotObject { record: number });
            continue;
        };
        let draft = match standard {
            Standard::Algoritmeregister => algoritmeregister::draft(obj),
            Standard::Atrs => atrs::draft(obj),
        };
        if !draft.sources.is_empty() {
            any_known = true;
        }
        let name_fields = match standard {
            Standard::Algoritmeregister => "name",
            Standard::Atrs => "name, title",
        };
        let Some(id) = pick_id(&draft, &taken) else {
            out.problems.push(ImportProblem::NoName {
                record: number,
                fields: name_fields,
            });
            continue;
        };
        taken.push(id.clone());
        match finish(standard, draft, &id, number, source_name, cat) {
            Ok(rec) => out.records.push(rec),
            Err(detail) => out.problems.push(ImportProblem::Internal {
                record: number,
                detail,
            }),
        }
    }
    if !any_known {
        return Err(ImportError::NoRecords);
    }
    Ok(out)
}

/// The id: the source's own id when it is a valid dataetik id, otherwise derived from the name;
/// a second record with the same id in one import gets `-2`, `-3`, ...
fn pick_id(draft: &Draft, taken: &[String]) -> Option<String> {
    let base = match &draft.id_from {
        Some((_, true)) => draft.assessment.id.clone(),
        _ => None,
    }
    .or_else(|| draft.name.as_deref().and_then(slug))?;
    let mut id = base.clone();
    let mut n = 2;
    while taken.contains(&id) {
        id = format!("{base}-{n}");
        n += 1;
    }
    Some(id)
}

/// True for a valid project id: lowercase letters, digits and single hyphens, at most 80 long.
pub fn is_valid_id(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 80
        && !s.starts_with('-')
        && !s.ends_with('-')
        && !s.contains("--")
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// An id from a name: lowercase `a-z0-9-`, Danish and Dutch letters spelled out (`æ` -> `ae`),
/// at most 60 characters, cut between words.
pub fn slug(name: &str) -> Option<String> {
    let mut s = String::new();
    for c in name.chars().flat_map(char::to_lowercase) {
        let t: &str = match c {
            'æ' => "ae",
            'ø' | 'ö' | 'œ' => "oe",
            'å' => "aa",
            'ä' => "ae",
            'ü' => "ue",
            'ß' => "ss",
            'é' | 'è' | 'ê' | 'ë' => "e",
            'á' | 'à' | 'â' | 'ã' => "a",
            'í' | 'ì' | 'î' | 'ï' => "i",
            'ó' | 'ò' | 'ô' | 'õ' => "o",
            'ú' | 'ù' | 'û' => "u",
            'ç' => "c",
            'ñ' => "n",
            'ĳ' => "ij",
            c if c.is_ascii_lowercase() || c.is_ascii_digit() => {
                s.push(c);
                continue;
            }
            _ => "-",
        };
        s.push_str(t);
    }
    let mut out = String::new();
    for part in s.split('-').filter(|p| !p.is_empty()) {
        if !out.is_empty() && out.len() + 1 + part.len() > 60 {
            break;
        }
        if !out.is_empty() {
            out.push('-');
        }
        out.push_str(&part[..part.len().min(60)]);
    }
    (!out.is_empty()).then_some(out)
}

fn finish(
    standard: Standard,
    mut draft: Draft,
    id: &str,
    number: usize,
    source_name: &str,
    cat: Catalogue,
) -> Result<ImportedRecord, String> {
    draft.assessment.schema_version = Some(2);
    draft.assessment.id = Some(id.to_string());
    let mut comments: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (path, fields) in &draft.sources {
        comments
            .entry(path.clone())
            .or_default()
            .push(text::imported_from(cat, standard, &fields.join(", ")));
    }
    for (path, note) in &draft.notes {
        comments
            .entry(path.clone())
            .or_default()
            .push(text::import_note(cat, *note));
    }
    if let Some((field, as_written)) = &draft.id_from {
        let c = if *as_written {
            text::imported_from(cat, standard, field)
        } else {
            text::id_derived(cat, standard, field)
        };
        comments.insert("id".into(), vec![c]);
    }
    let mut header = vec![text::header(cat, standard, number, source_name)];
    if !draft.unmapped.is_empty() {
        let mut h = text::header_unmapped(cat);
        for (field, value) in &draft.unmapped {
            let value = value.trim();
            if value.contains('\n') {
                h.push_str(&format!("\n  {field}:"));
                for line in value.lines() {
                    h.push_str(&format!("\n    {line}"));
                }
            } else {
                h.push_str(&format!("\n  {field}: {value}"));
            }
        }
        header.push(h);
    }
    if !draft.empty.is_empty() {
        header.push(format!(
            "{}\n  {}",
            text::header_empty(cat),
            draft.empty.join(", ")
        ));
    }
    let yaml = yaml::emit_checked(&draft.assessment, &comments, &header)?;
    Ok(ImportedRecord {
        number,
        id: id.to_string(),
        title: draft.assessment.title.clone().unwrap_or_default(),
        yaml,
    })
}

/// Why imported files were not written.
#[derive(Debug)]
pub enum WriteError {
    /// These files exist already (nothing was written).
    Exists(Vec<(PathBuf, usize)>),
    /// Writing a file failed.
    Io(PathBuf, std::io::Error),
}

/// The file an imported record goes to.
pub fn target_path(dir: &Path, rec: &ImportedRecord) -> PathBuf {
    dir.join(format!("{}.yaml", rec.id))
}

/// Writes each record to `<dir>/<id>.yaml`. Never overwrites: when any target (or `<id>.yml`)
/// exists, nothing is written. Each file is written to a temporary file first and then linked
/// into place only if the name is still free.
pub fn write_imported(dir: &Path, records: &[ImportedRecord]) -> Result<Vec<PathBuf>, WriteError> {
    let exists: Vec<(PathBuf, usize)> = records
        .iter()
        .filter_map(|r| {
            let yaml = target_path(dir, r);
            let yml = dir.join(format!("{}.yml", r.id));
            if std::fs::symlink_metadata(&yaml).is_ok() {
                Some((yaml, r.number))
            } else if std::fs::symlink_metadata(&yml).is_ok() {
                Some((yml, r.number))
            } else {
                None
            }
        })
        .collect();
    if !exists.is_empty() {
        return Err(WriteError::Exists(exists));
    }
    std::fs::create_dir_all(dir).map_err(|e| WriteError::Io(dir.to_path_buf(), e))?;
    let mut written = Vec::new();
    for r in records {
        let path = target_path(dir, r);
        let io = |e: std::io::Error| WriteError::Io(path.clone(), e);
        let mut tmp = tempfile::Builder::new()
            .prefix(&format!(".{}.yaml.dataetik-import-", r.id))
            .suffix(".tmp")
            .tempfile_in(dir)
            .map_err(io)?;
        tmp.write_all(r.yaml.as_bytes()).map_err(io)?;
        tmp.as_file().sync_all().map_err(io)?;
        match tmp.persist_noclobber(&path) {
            Ok(_) => written.push(path),
            Err(e) if e.error.kind() == std::io::ErrorKind::AlreadyExists => {
                return Err(WriteError::Exists(vec![(path, r.number)]))
            }
            Err(e) => return Err(WriteError::Io(path, e.error)),
        }
    }
    Ok(written)
}

// ---------------------------------------------------------------------------------------------
// Helpers for the importers

/// The placeholder words a register uses for "nothing here" (ATRS asks for "N/A").
pub(crate) fn is_not_applicable(s: &str) -> bool {
    let k = s.trim().trim_end_matches('.').trim().to_lowercase();
    matches!(
        k.as_str(),
        "" | "n/a"
            | "na"
            | "n.a"
            | "not applicable"
            | "none"
            | "-"
            | "--"
            | "nvt"
            | "n.v.t"
            | "niet van toepassing"
            | "ikke relevant"
    )
}

/// A JSON value as one line of text for the header comment.
pub(crate) fn value_text(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Array(items) if items.iter().all(Value::is_string) => items
            .iter()
            .filter_map(Value::as_str)
            .collect::<Vec<_>>()
            .join(", "),
        other => other.to_string(),
    }
}

/// Markdown with a final newline when it is long or has several lines (written as a `|` block).
pub(crate) fn md_value(md: String) -> Markdown {
    if md.contains('\n') || md.chars().count() > 70 {
        format!("{}\n", md.trim_end())
    } else {
        md
    }
}

/// A text field of the source as Markdown (`html`: the source may hold HTML), or `None` when blank.
pub(crate) fn source_markdown(s: &str, html: bool) -> Option<Markdown> {
    let blocks = if html {
        markup::parse_html(s)
    } else {
        markup::parse_plain(s)
    };
    let md = markup::to_markdown(&blocks);
    (!md.trim().is_empty()).then(|| md_value(md))
}

/// A one-line text of the source (a name, a contact), whitespace collapsed.
pub(crate) fn source_line(s: &str) -> Option<String> {
    let t = markup::to_one_line(&markup::parse_html(s));
    (!t.is_empty()).then_some(t)
}

/// The source's record as a flat list of `(field, value)`, for the importers.
pub(crate) type Fields = Map<String, Value>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_and_ids() {
        assert_eq!(
            slug("Risico-inschatting heronderzoek bijstand").as_deref(),
            Some("risico-inschatting-heronderzoek-bijstand")
        );
        assert_eq!(
            slug("Tidlig opsporing af børn i udsatte positioner (Gladsaxe-modellen)").as_deref(),
            Some("tidlig-opsporing-af-boern-i-udsatte-positioner-gladsaxe")
        );
        assert_eq!(slug("../../etc/passwd").as_deref(), Some("etc-passwd"));
        assert_eq!(slug("  ---  ").as_deref(), None);
        assert_eq!(slug("Één Café").as_deref(), Some("een-cafe"));
        assert!(is_valid_id("bif-2023-profilering-ledige"));
        assert!(!is_valid_id("ALG-042"));
        assert!(!is_valid_id("a--b"));
    }

    #[test]
    fn contacts() {
        assert!(is_email("data@lyngdal.dk"));
        assert!(!is_email("14 010"));
        assert!(!is_email("a@b"));
        assert!(is_https_url("https://lyngdal.dk/kontakt"));
        assert!(!is_https_url("http://lyngdal.dk"));
        assert!(is_not_applicable(" N/A. "));
        assert!(is_not_applicable("Not applicable"));
        assert!(!is_not_applicable("No"));
    }
}
