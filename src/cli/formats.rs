//! `dataetik export` and `dataetik import`: the open formats (library: `dataetik_core::formats`).

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Args, ValueEnum};

use dataetik_core::check::{check_register, register_files, CheckOptions};
use dataetik_core::formats::{self, text, ImportError, Standard, WriteError};
use dataetik_core::i18n::Catalogue;
use dataetik_core::msg;
use dataetik_core::publish::PublishRefusal;
use dataetik_core::register::display_path;

use super::{open_register, resolve_lang, today, Cli, CliError, CliResult};

/// The largest file `import` reads.
const MAX_IMPORT_BYTES: u64 = 64 * 1024 * 1024;

/// An open format on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// The Dutch Algoritmeregister publication standard 1.0 (JSON, the register's field names).
    Algoritmeregister,
    /// The UK Algorithmic Transparency Recording Standard v3.0, tier 1 and tier 2 (JSON).
    Atrs,
}

impl From<Format> for Standard {
    fn from(f: Format) -> Standard {
        match f {
            Format::Algoritmeregister => Standard::Algoritmeregister,
            Format::Atrs => Standard::Atrs,
        }
    }
}

/// Arguments of `dataetik export`.
#[derive(Debug, Args)]
#[command(
    after_help = "Writes one record per project as a JSON array: in the Dutch Algoritmeregister
publication standard 1.0 (field names and permitted values of the standard, texts in the
register's language, long texts as the limited HTML the standard allows) or in the UK
Algorithmic Transparency Recording Standard v3.0 (tier 1 and tier 2). Mapping and what is left
out: docs/open-formats.md.

Nothing is exported while an assessment cannot be read or something looks like a CPR number
(PUB-001, as for the report). A project that lacks what the format requires (a title, a
summary, a phase, a public contact address) is left out and named.

Exit codes:
  0  every project exported
  1  nothing exported because of PUB-001, or some projects left out (named on stderr)
  2  usage, configuration or I/O error, or an assessment cannot be read

Examples:
  dataetik export --to algoritmeregister                    to standard output
  dataetik export --to algoritmeregister --out site/algoritmeregister.json
  dataetik export --to atrs --out site/atrs.json"
)]
pub(crate) struct ExportArgs {
    /// The format to write.
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub to: Format,

    /// Write to FILE (atomically) instead of standard output.
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
}

/// Arguments of `dataetik import`.
#[derive(Debug, Args)]
#[command(
    after_help = "Reads records in an open format (one JSON object or an array of them) and writes
one version-2 assessment per record, <id>.yaml, the id taken from the record's own id when it
is a valid id, otherwise derived from its name. Each key is preceded by a comment naming the
source field; source fields with no place in an assessment are listed at the top. Nothing is
invented: what the record lacks stays out, so `dataetik check` shows what to fill in.

Accepted: the Algoritmeregister's field names, the names of its JSON Schema (schema.json) and
of records published before 1.0; ATRS v3.0 attributes (flat or grouped by section) and v2.1
names. \"N/A\" and the like count as empty.

Never overwrites: when any target file exists, or a record cannot be imported, nothing is
written.

Exit codes:
  0  every record written
  1  nothing written: a target file exists or a record cannot be imported (listed on stderr)
  2  usage or I/O error, or the file holds no records of the format

Examples:
  dataetik import algoritmeregister.json --from algoritmeregister
  dataetik import record.json --from atrs --out /tmp/imported
  curl -s https://.../records.json | dataetik import - --from algoritmeregister"
)]
pub(crate) struct ImportArgs {
    /// The JSON file to read (`-` for standard input).
    #[arg(value_name = "FILE")]
    pub file: PathBuf,

    /// The format of the records.
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub from: Format,

    /// Write the assessments to DIR (default: the register's assessments directory).
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
}

/// Checks the register, refuses while the publication gate does, and writes the records.
pub(super) fn export(cli: &Cli, args: &ExportArgs) -> CliResult {
    let reg = open_register(cli.config.as_ref())?;
    let cat = Catalogue::new(resolve_lang(cli.lang, Some(&reg)));
    let standard = Standard::from(args.to);
    let files = register_files(&reg)?;
    if files.is_empty() {
        let dir = display_path(&reg.assessments_dir());
        return Err(fail(text::export_no_assessments(cat, &dir)));
    }
    let result = check_register(
        &reg,
        &files,
        &CheckOptions {
            as_of: today(),
            limits: Default::default(),
        },
    );
    let export = match formats::export(standard, &reg, &result) {
        Ok(e) => e,
        Err(PublishRefusal::Unreadable(files)) => {
            let lines: Vec<String> = files
                .iter()
                .map(|u| {
                    let first = u
                        .first
                        .map(|x| {
                            format!(
                                ":{}:{}: [{}] {}",
                                x.line,
                                x.column,
                                x.rule,
                                cat.finding_message(reg.policy(), x)
                            )
                        })
                        .unwrap_or_default();
                    format!("{}{first}", u.file)
                })
                .collect();
            return Err(fail(format!(
                "{}\n  {}",
                text::export_unreadable(cat),
                lines.join("\n  ")
            )));
        }
        Err(PublishRefusal::CprNumbers(found)) => {
            let places: Vec<String> = found
                .iter()
                .map(|f| format!("{}:{}:{}", f.file, f.line, f.column))
                .collect();
            anstream::eprintln!(
                "{}: {}\n  {}\n{}",
                error_prefix(cat),
                text::export_cpr(cat),
                places.join("\n  "),
                text::export_cpr_next(cat)
            );
            return Ok(ExitCode::from(1));
        }
    };
    for l in &export.left_out {
        anstream::eprintln!("{}", text::export_left_out(cat, &l.file, &l.id, &l.missing));
    }
    match &args.out {
        Some(path) => {
            dataetik_core::fsutil::write_atomic(path, export.json.as_bytes())
                .map_err(|e| fail(text::cannot_write(cat, &display_path(path), &e.to_string())))?;
            println!(
                "{}",
                text::export_written(cat, export.records, standard, &display_path(path))
            );
        }
        None => {
            let mut out = std::io::stdout().lock();
            if let Err(e) = out
                .write_all(export.json.as_bytes())
                .and_then(|()| out.flush())
            {
                if e.kind() != std::io::ErrorKind::BrokenPipe {
                    return Err(fail(e.to_string()));
                }
            }
        }
    }
    if export.left_out.is_empty() {
        Ok(ExitCode::SUCCESS)
    } else {
        anstream::eprintln!(
            "{}",
            text::export_left_out_summary(cat, export.left_out.len())
        );
        Ok(ExitCode::from(1))
    }
}

/// A usage, configuration or I/O problem (exit code 2).
fn fail(message: String) -> CliError {
    CliError::Message(message)
}

/// "fejl"/"error", before a problem that is not the command's failure (exit code 1).
fn error_prefix(cat: Catalogue) -> String {
    msg!(cat, "error-prefix")
}

/// Reads the file (at most [`MAX_IMPORT_BYTES`]).
fn read_input(path: &Path, cat: Catalogue) -> Result<String, CliError> {
    let shown = display_path(path);
    let cannot = |e: std::io::Error| fail(text::import_cannot_read(cat, &shown, &e.to_string()));
    let mut bytes = Vec::new();
    if path == Path::new("-") {
        std::io::stdin()
            .lock()
            .take(MAX_IMPORT_BYTES + 1)
            .read_to_end(&mut bytes)
            .map_err(cannot)?;
    } else {
        std::fs::File::open(path)
            .map_err(cannot)?
            .take(MAX_IMPORT_BYTES + 1)
            .read_to_end(&mut bytes)
            .map_err(cannot)?;
    }
    if bytes.len() as u64 > MAX_IMPORT_BYTES {
        return Err(fail(text::import_too_large(
            cat,
            &shown,
            MAX_IMPORT_BYTES / (1024 * 1024),
        )));
    }
    // A byte-order mark is not JSON, but editors write one.
    let bytes = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(&bytes);
    String::from_utf8(bytes.to_vec())
        .map_err(|e| fail(text::import_not_json(cat, &shown, &e.to_string())))
}

/// Turns records into assessments and writes them, never overwriting.
pub(super) fn import(cli: &Cli, args: &ImportArgs) -> CliResult {
    let reg = open_register(cli.config.as_ref())?;
    let cat = Catalogue::new(resolve_lang(cli.lang, Some(&reg)));
    let standard = Standard::from(args.from);
    let json = read_input(&args.file, cat)?;
    let shown = display_path(&args.file);
    // Only the file's name goes into the assessments (they are committed; a local path is not).
    let source_name = if args.file == Path::new("-") {
        "stdin".to_string()
    } else {
        args.file
            .file_name()
            .map_or_else(|| shown.clone(), |n| n.to_string_lossy().to_string())
    };
    let imported = match formats::import(standard, &json, &source_name, reg.config.language) {
        Ok(i) => i,
        Err(ImportError::NotJson(e)) => return Err(fail(text::import_not_json(cat, &shown, &e))),
        Err(ImportError::NoRecords) => {
            return Err(fail(text::import_no_records(cat, &shown, standard)))
        }
    };
    if !imported.problems.is_empty() {
        for p in &imported.problems {
            anstream::eprintln!("{}: {}", error_prefix(cat), p.text(cat));
        }
        anstream::eprintln!("{}", text::import_nothing_written(cat));
        return Ok(ExitCode::from(1));
    }
    let dir = args.out.clone().unwrap_or_else(|| reg.assessments_dir());
    match formats::write_imported(&dir, &imported.records) {
        Ok(written) => {
            for (path, rec) in written.iter().zip(&imported.records) {
                println!(
                    "{}",
                    text::import_wrote(cat, &display_path(path), &rec.title)
                );
            }
            println!(
                "{}",
                text::import_summary(cat, written.len(), &display_path(&dir))
            );
            Ok(ExitCode::SUCCESS)
        }
        Err(WriteError::Exists(paths)) => {
            for (path, n) in &paths {
                anstream::eprintln!(
                    "{}: {}",
                    error_prefix(cat),
                    text::import_exists(cat, &display_path(path), &text::record_number(cat, *n))
                );
            }
            anstream::eprintln!(
                "{} {}",
                text::import_nothing_written(cat),
                text::import_exists_hint(cat)
            );
            Ok(ExitCode::from(1))
        }
        Err(WriteError::Io(path, e)) => Err(fail(text::cannot_write(
            cat,
            &display_path(&path),
            &e.to_string(),
        ))),
    }
}
