//! `dataetik check`.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::Args;

use dataetik::check::{check_register_with, slim_model, CheckOptions};
use dataetik::model::Date;
use dataetik::output::{self, Format};
use dataetik::register::list_assessment_files;

use super::{open_register, parse_date, resolve_lang, today, Cli, CliResult};

/// Arguments of `dataetik check`.
#[derive(Debug, Args)]
#[command(after_help = "Examples:
  dataetik check                         check the whole register
  dataetik check assessments/x.yaml      check one file
  dataetik check --format github         annotations for GitHub Actions (automatic there)
  dataetik check --strict                warnings fail too
  dataetik check --as-of 2026-12-31      judge dates as of another day")]
pub struct CheckArgs {
    /// Files or directories to check (default: the register's assessments directory).
    pub paths: Vec<PathBuf>,

    /// Output format: human, json, junit, sarif or github (default: human; github inside GitHub Actions).
    #[arg(long, value_name = "FORMAT")]
    pub format: Option<Format>,

    /// Warnings fail the check too.
    #[arg(long)]
    pub strict: bool,

    /// Only report files changed since this git revision (register-wide rules still apply).
    #[arg(long, value_name = "REV")]
    pub changed_since: Option<String>,

    /// Judge every date-dependent rule as of this date (YYYY-MM-DD; default: today).
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub as_of: Option<Date>,

    /// Show each project's risk points breakdown.
    #[arg(short, long)]
    pub verbose: bool,
}

/// Runs the check and prints the result in the chosen format.
pub fn run(cli: &Cli, args: &CheckArgs) -> CliResult {
    let reg = open_register(cli.config.as_ref())?;
    let lang = resolve_lang(cli.lang, Some(&reg));
    let opts = CheckOptions {
        as_of: args.as_of.unwrap_or_else(today),
        lang,
        limits: Default::default(),
    };
    let paths = if args.paths.is_empty() {
        vec![reg.assessments_dir()]
    } else {
        args.paths.clone()
    };
    if args.paths.is_empty() && !reg.assessments_dir().is_dir() {
        // An empty register is a finding (GEN-011), not a crash.
        std::fs::metadata(reg.assessments_dir()).ok();
    }
    let files = if args.paths.is_empty() && !reg.assessments_dir().exists() {
        Vec::new()
    } else {
        list_assessment_files(&reg.root, &paths)?
    };
    // The output needs only ids, risk and findings of each file: drop the texts right away.
    let mut result = check_register_with(&reg, &files, &opts, slim_model);
    if let Some(rev) = &args.changed_since {
        let changed = dataetik::git::changed_files(&reg.root, rev)?;
        result.files.retain(|f| {
            f.path
                .canonicalize()
                .map(|p| changed.contains(&p))
                .unwrap_or(false)
        });
    }
    let format = args.format.unwrap_or_else(|| {
        if std::env::var_os("GITHUB_ACTIONS").is_some_and(|v| v == "true") {
            Format::Github
        } else {
            Format::Human
        }
    });
    let text = match format {
        Format::Human => output::human::render(
            &result,
            reg.policy(),
            lang,
            output::human::HumanOptions {
                verbose: args.verbose,
                strict: args.strict,
            },
        ),
        Format::Json => {
            // Streamed: a 10,000-file result is tens of megabytes of JSON.
            let mut stdout = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
            let _ = output::json::render_to(&result, &mut stdout);
            let _ = stdout.flush();
            String::new()
        }
        Format::Junit | Format::Sarif => {
            return Err(super::CliError(
                "this output format is not available yet".into(),
            ))
        }
        Format::Github => output::github::render(&result, lang),
    };
    if matches!(format, Format::Human) {
        // anstream strips colour when stdout is not a terminal.
        let mut stdout = anstream::stdout();
        let _ = stdout.write_all(text.as_bytes());
        let _ = stdout.flush();
    } else {
        // Machine formats hold no colour codes: skip anstream's scan of every byte.
        let mut stdout = std::io::stdout().lock();
        let _ = stdout.write_all(text.as_bytes());
        let _ = stdout.flush();
    }
    let failed = result.failed(args.strict);
    // Freeing every result one by one just before exiting is wasted time on a large register.
    std::mem::forget(result);
    Ok(if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
