//! `dataetik check`.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::Args;

use dataetik_core::check::{slim_model, CheckOptions, Selection};
use dataetik_core::i18n::Catalogue;
use dataetik_core::model::Date;
use dataetik_core::msg;
use dataetik_core::output::{self, EmitOptions, Format};

use super::{open_register, parse_date, resolve_lang, today, Cli, CliError, CliResult};

/// Arguments of `dataetik check`.
#[derive(Debug, Args)]
#[command(after_help = "Examples:
  dataetik check                              check the whole register
  dataetik check assessments/x.yaml           check one file
  dataetik check --format github              annotations for GitHub Actions (automatic there)
  dataetik check --format sarif > x.sarif     for code scanning (upload-sarif)
  dataetik check --format junit > x.xml       test report for GitLab, Jenkins, Azure
  dataetik check --changed-since origin/main  only what a branch changed (+ register rules)
  dataetik check --strict                     warnings fail too
  dataetik check --as-of 2026-12-31           judge dates as of another day

CI and pre-commit recipes: docs/ci.md")]
pub(crate) struct CheckArgs {
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
pub(super) fn run(cli: &Cli, args: &CheckArgs) -> CliResult {
    let reg = open_register(cli.config.as_ref())?;
    let cat = Catalogue::new(resolve_lang(cli.lang, Some(&reg)));
    let opts = CheckOptions {
        as_of: args.as_of.unwrap_or_else(today),
        limits: Default::default(),
    };
    let selection = Selection {
        paths: args.paths.clone(),
        changed_since: args.changed_since.clone(),
    };
    // The output needs only ids, risk and findings of each file: drop the texts right away.
    let result = selection.check_with(&reg, &opts, slim_model)?;
    let format = args.format.unwrap_or_else(|| {
        if std::env::var_os("GITHUB_ACTIONS").is_some_and(|v| v == "true") {
            Format::Github
        } else {
            Format::Human
        }
    });
    if format == Format::Github {
        write_step_summary(
            &output::github::step_summary(&result, reg.policy(), cat, args.strict),
            cat,
        );
    }
    let emit_opts = EmitOptions {
        verbose: args.verbose,
        strict: args.strict,
    };
    let written = if format == Format::Human {
        // anstream strips colour when stdout is not a terminal.
        let mut stdout = anstream::stdout();
        output::emit(format, &result, reg.policy(), cat, emit_opts, &mut stdout)
    } else {
        // Machine formats hold no colour codes: skip anstream's scan of every byte.
        let mut stdout = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
        output::emit(format, &result, reg.policy(), cat, emit_opts, &mut stdout)
    };
    match written {
        Ok(()) => {}
        // The reader went away (`| head`): the verdict is still the exit code.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => {}
        Err(e) => return Err(CliError::Write(e)),
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

/// Appends to the job summary file GitHub Actions names in `GITHUB_STEP_SUMMARY`, if any. A
/// failure to write it is reported but does not change the check's verdict.
fn write_step_summary(markdown: &str, cat: Catalogue) {
    let Some(path) = std::env::var_os("GITHUB_STEP_SUMMARY").filter(|p| !p.is_empty()) else {
        return;
    };
    let written = std::fs::OpenOptions::new()
        .append(true)
        .create(true)
        .open(&path)
        .and_then(|mut f| f.write_all(markdown.as_bytes()));
    if let Err(e) = written {
        let _ = writeln!(
            std::io::stderr(),
            "{}: {}",
            msg!(cat, "warning-prefix"),
            msg!(
                cat,
                "warning-step-summary",
                path = PathBuf::from(path).display().to_string(),
                reason = e.to_string()
            )
        );
    }
}
