//! `dataetik report`.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use clap::Args;

use dataetik_core::check::{check_register, CheckOptions};
use dataetik_core::i18n::Lang;
use dataetik_core::model::Date;
use dataetik_core::register::{display_path, list_assessment_files};
use dataetik_report::{self as report, build, Format, Progress, Templates};

use super::{open_register, parse_date, resolve_lang, today, Cli, CliError, CliResult};

/// Arguments of `dataetik report`.
#[derive(Debug, Args)]
#[command(after_help = "Examples:
  dataetik report                                  this year's report to reports/<year>/
  dataetik report --year 2025 --as-of 2025-12-31   last year's, judged as of New Year's Eve
  dataetik report --format html --out /tmp/r       only the web page
  dataetik report --templates my-templates         the municipality's own templates (report.typ,
                                                   report.html.j2, report.css, brand.json, logo.svg)")]
pub struct ReportArgs {
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
pub fn run(cli: &Cli, args: &ReportArgs) -> CliResult {
    let reg = open_register(cli.config.as_ref())?;
    let lang = resolve_lang(cli.lang, Some(&reg));
    let as_of = args.as_of.unwrap_or_else(today);
    let templates = match &args.templates {
        Some(dir) => Templates::from_dir(dir)?,
        None => Templates::embedded(),
    };
    let pb = progress_bar();
    let msg = |da: &str, en: &str| {
        if lang == Lang::Da {
            da.to_string()
        } else {
            en.to_string()
        }
    };
    pb.set_message(msg("Tjekker vurderingerne", "Checking the assessments"));
    let files = if reg.assessments_dir().is_dir() {
        list_assessment_files(&reg.root, &[reg.assessments_dir()])?
    } else {
        Vec::new()
    };
    if files.is_empty() {
        pb.finish_and_clear();
        let dir = display_path(&reg.assessments_dir());
        return Err(CliError(match lang {
            Lang::Da => format!("der er ingen vurderinger i {dir}; en redegørelse kræver mindst én (`dataetik new ID`)"),
            Lang::En => format!("there are no assessments in {dir}; a report needs at least one (`dataetik new ID`)"),
        }));
    }
    let result = check_register(
        &reg,
        &files,
        &CheckOptions {
            as_of,
            lang,
            limits: Default::default(),
        },
    );

    // A file that cannot be read would silently be missing from the report: refuse instead.
    let unreadable: Vec<String> = result
        .files
        .iter()
        .filter(|f| f.model.is_none())
        .map(|f| {
            let first = f
                .findings
                .first()
                .map(|x| format!(":{}:{}: [{}] {}", x.line, x.column, x.rule, x.message))
                .unwrap_or_default();
            format!("{}{first}", f.file)
        })
        .collect();
    if !unreadable.is_empty() {
        pb.finish_and_clear();
        return Err(CliError(match lang {
            Lang::Da => format!("disse vurderinger kan ikke læses, så redegørelsen ville mangle projekter; ret dem først (`dataetik check`):\n  {}", unreadable.join("\n  ")),
            Lang::En => format!("these assessments cannot be read, so the report would be incomplete; fix them first (`dataetik check`):\n  {}", unreadable.join("\n  ")),
        }));
    }
    // Reports are public: never publish while something looks like a CPR number.
    let cpr: Vec<String> = result
        .findings()
        .filter(|f| f.rule == "PUB-001" && !f.waived)
        .map(|f| format!("{}:{}:{}", f.file, f.line, f.column))
        .collect();
    if !cpr.is_empty() {
        pb.finish_and_clear();
        match lang {
            Lang::Da => anstream::eprintln!(
                "fejl: redegørelsen offentliggøres ikke: PUB-001 fandt noget, der ligner et CPR-nummer, i\n  {}\nFjern numrene (redegørelsen er offentlig), og kør igen. Der er ikke skrevet nogen filer.",
                cpr.join("\n  ")
            ),
            Lang::En => anstream::eprintln!(
                "error: the report is not published: PUB-001 found what looks like a CPR number in\n  {}\nRemove the numbers (reports are public) and run again. No files were written.",
                cpr.join("\n  ")
            ),
        }
        return Ok(ExitCode::from(1));
    }

    let year = args
        .year
        .unwrap_or_else(|| build::default_year(&result, as_of));
    let model = build::build(&build::BuildInput {
        register: &reg,
        result: &result,
        year,
        as_of,
        lang,
    });
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
            Progress::Rendering(f) => pb.set_message(match (lang, f) {
                (Lang::Da, Format::Pdf) => "Sætter PDF'en med Typst".to_string(),
                (Lang::Da, Format::Html) => "Danner websiden".to_string(),
                (Lang::Da, Format::Json) => "Skriver JSON".to_string(),
                (Lang::En, Format::Pdf) => "Typesetting the PDF".to_string(),
                (Lang::En, Format::Html) => "Rendering the web page".to_string(),
                (Lang::En, Format::Json) => "Writing JSON".to_string(),
            }),
            Progress::Writing(path) => pb.set_message(format!(
                "{} {}",
                msg("Skriver", "Writing"),
                display_path(&path)
            )),
        },
    );
    pb.finish_and_clear();
    let written = written?;
    let names: Vec<String> = written.iter().map(|p| display_path(p)).collect();
    let n = model.projects.len();
    let when = dataetik_core::i18n::format_date(as_of.0, lang);
    match lang {
        Lang::Da => println!(
            "Dataetisk redegørelse {year}: {n} projekter, opgjort pr. {when}. Skrev {}",
            names.join(", ")
        ),
        Lang::En => println!(
            "Data ethics report {year}: {n} projects, as of {when}. Wrote {}",
            names.join(", ")
        ),
    }
    Ok(ExitCode::SUCCESS)
}
