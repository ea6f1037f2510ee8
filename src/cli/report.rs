//! `dataetik report`.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use clap::Args;

use dataetik_core::check::{check_register, register_files, CheckOptions};
use dataetik_core::i18n::Catalogue;
use dataetik_core::model::Date;
use dataetik_core::msg;
use dataetik_core::register::display_path;
use dataetik_report::{self as report, build, Format, Progress, PublishRefusal, Templates};

use super::{open_register, parse_date, print_out, resolve_lang, today, Cli, CliError, CliResult};

/// Arguments of `dataetik report`.
#[derive(Debug, Args)]
#[command(after_help = "Examples:
  dataetik report                                  this year's report to reports/<year>/
  dataetik report --year 2025 --as-of 2025-12-31   last year's, judged as of New Year's Eve
  dataetik report --format html --out /tmp/r       only the web page
  dataetik report --templates my-templates         the municipality's own templates (report.typ,
                                                   report.html.j2, report.css, brand.json, logo.svg)")]
pub(crate) struct ReportArgs {
    /// The report year (default: the newest year with activity).
    #[arg(long, value_name = "YYYY")]
    pub year: Option<i16>,

    /// Formats to write, comma-separated.
    #[arg(
        long,
        value_name = "pdf,html,json",
        value_delimiter = ',',
        default_value = "pdf,html,json"
    )]
    pub format: Vec<Format>,

    /// Output directory (default: reports/<year> in the register).
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,

    /// A directory whose template files replace the built-in ones.
    #[arg(long, value_name = "DIR")]
    pub templates: Option<PathBuf>,

    /// Compare with the register as it was at this git revision (default: the end of the year
    /// before the report year) in "changes since the last report".
    #[arg(long, value_name = "REV")]
    pub since: Option<String>,

    /// Judge findings and dates as of this date (YYYY-MM-DD; default: today). Also the PDF's date.
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub as_of: Option<Date>,
}

fn progress_bar() -> indicatif::ProgressBar {
    let pb =
        indicatif::ProgressBar::with_draw_target(None, indicatif::ProgressDrawTarget::stderr());
    pb.set_style(
        indicatif::ProgressStyle::with_template("{spinner} {msg} ({elapsed})")
            .expect("valid template"),
    );
    pb.enable_steady_tick(Duration::from_millis(120));
    pb
}

/// Checks the register, builds the report model and writes the requested formats.
pub(super) fn run(cli: &Cli, args: &ReportArgs) -> CliResult {
    let reg = open_register(cli.config.as_ref())?;
    let lang = resolve_lang(cli.lang, Some(&reg));
    let as_of = args.as_of.unwrap_or_else(today);
    let templates = match &args.templates {
        Some(dir) => Templates::from_dir(dir)?,
        None => Templates::embedded(),
    };
    let cat = Catalogue::new(lang);
    let pb = progress_bar();
    pb.set_message(msg!(cat, "report-checking"));
    let files = register_files(&reg)?;
    if files.is_empty() {
        pb.finish_and_clear();
        let dir = display_path(&reg.assessments_dir());
        return Err(CliError::Message(msg!(
            cat,
            "report-no-assessments",
            dir = dir
        )));
    }
    let result = check_register(
        &reg,
        &files,
        &CheckOptions {
            as_of,
            limits: Default::default(),
        },
    );

    match report::publish_gate(&result) {
        Ok(()) => {}
        Err(PublishRefusal::Unreadable(files)) => {
            pb.finish_and_clear();
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
            return Err(CliError::Message(format!(
                "{}\n  {}",
                msg!(cat, "report-unreadable"),
                lines.join("\n  ")
            )));
        }
        Err(PublishRefusal::CprNumbers(found)) => {
            pb.finish_and_clear();
            let places: Vec<String> = found
                .iter()
                .map(|f| format!("{}:{}:{}", f.file, f.line, f.column))
                .collect();
            anstream::eprintln!(
                "{}: {}\n  {}\n{}",
                msg!(cat, "error-prefix"),
                msg!(cat, "report-cpr"),
                places.join("\n  "),
                msg!(cat, "report-cpr-next")
            );
            return Ok(ExitCode::from(1));
        }
    }

    let year = args
        .year
        .unwrap_or_else(|| build::default_year(&result, as_of));
    let inputs = report::gather::gather(&reg, &result, year, as_of, lang, args.since.as_deref())
        .map_err(|e| {
            pb.finish_and_clear();
            let report::gather::GatherError::UnknownRevision(rev) = e;
            CliError::Message(msg!(cat, "git-unknown-revision", rev = rev.0))
        })?;
    let model = build::build(&inputs).map_err(|e| {
        pb.finish_and_clear();
        CliError::Message(e.to_string())
    })?;
    let out_dir = args
        .out
        .clone()
        .unwrap_or_else(|| reg.root.join("reports").join(year.to_string()));
    let written = report::write_report(
        &model,
        &args.format,
        &out_dir,
        &templates,
        &mut |p| match p {
            Progress::Rendering(f) => pb.set_message(match f {
                Format::Pdf => msg!(cat, "report-rendering-pdf"),
                Format::Html => msg!(cat, "report-rendering-html"),
                Format::Json => msg!(cat, "report-rendering-json"),
            }),
            Progress::Writing(path) => {
                pb.set_message(msg!(cat, "report-writing", path = display_path(&path)));
            }
        },
    );
    pb.finish_and_clear();
    let written = written?;
    let names: Vec<String> = written.iter().map(|p| display_path(p)).collect();
    let n = model.projects.len();
    let when = dataetik_core::i18n::format_date(as_of.0, lang);
    print_out(&format!(
        "{}\n",
        msg!(
            cat,
            "report-done",
            year = year.to_string(),
            n = n.to_string(),
            date = when,
            files = names.join(", ")
        )
    ))?;
    Ok(ExitCode::SUCCESS)
}
