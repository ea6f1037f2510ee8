//! The command-line interface: argument parsing and dispatch only. Each subcommand lives in its
//! own file and calls into the library.
//!
//! Exit codes (like cargo): 0 no failing findings; 1 failing findings; 2 usage, configuration or
//! I/O error.

mod bias;
mod check;
mod docs;
mod formats;
mod lsp;
mod migrate;
mod report;
mod scaffold;
mod site;

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use dataetik_core::i18n::{Catalogue, Lang};
use dataetik_core::model::Date;
use dataetik_core::msg;
use dataetik_core::register::Register;

/// A usage, configuration or I/O problem: printed as `fejl: ...`/`error: ...` in the user's
/// language, exit code 2. The one error type at the binary's edge.
#[derive(Debug)]
pub(crate) enum CliError {
    /// A problem already described in words (in the user's language).
    Message(String),
    /// dataetik.yaml, the policy, or the files to check.
    Config(dataetik_core::register::ConfigError),
    /// `--changed-since`.
    Git(dataetik_core::git::GitError),
    /// `dataetik new`.
    New(dataetik_core::scaffold::NewError),
    /// Another I/O problem (the operating system's words).
    Io(std::io::Error),
    /// Writing the command's output to standard output failed. A closed pipe (`| head`) ends the
    /// command quietly; anything else (a full disk) is an error.
    Write(std::io::Error),
}

impl From<dataetik_core::register::ConfigError> for CliError {
    fn from(e: dataetik_core::register::ConfigError) -> Self {
        CliError::Config(e)
    }
}

impl From<dataetik_core::git::GitError> for CliError {
    fn from(e: dataetik_core::git::GitError) -> Self {
        CliError::Git(e)
    }
}

impl From<dataetik_core::scaffold::NewError> for CliError {
    fn from(e: dataetik_core::scaffold::NewError) -> Self {
        CliError::New(e)
    }
}

impl From<dataetik_core::check::SelectError> for CliError {
    fn from(e: dataetik_core::check::SelectError) -> Self {
        match e {
            dataetik_core::check::SelectError::Config(e) => CliError::Config(e),
            dataetik_core::check::SelectError::Git(e) => CliError::Git(e),
        }
    }
}

impl From<std::io::Error> for CliError {
    fn from(e: std::io::Error) -> Self {
        CliError::Io(e)
    }
}

impl From<dataetik_report::ReportError> for CliError {
    fn from(e: dataetik_report::ReportError) -> Self {
        CliError::Message(e.to_string())
    }
}

/// Writes `text` to standard output, flushed; a failure is [`CliError::Write`].
pub(crate) fn print_out(text: &str) -> Result<(), CliError> {
    let mut out = std::io::stdout().lock();
    out.write_all(text.as_bytes())
        .and_then(|()| out.flush())
        .map_err(CliError::Write)
}

/// The result of a subcommand.
pub(crate) type CliResult = Result<ExitCode, CliError>;

const AFTER_HELP: &str = "\
Exit codes:
  0  no failing findings
  1  failing findings (errors; warnings too with --strict)
  2  usage, configuration or I/O error

The register's dataetik.yaml is found in the current directory or its parents.
Documentation of every rule: `dataetik explain RULE`, all rules: `dataetik rules`.";

/// dataetik: data-ethics assessments for municipal data projects, checked against the
/// municipality's policy, and the yearly report (dataetisk redegørelse) for politicians.
#[derive(Debug, Parser)]
#[command(name = "dataetik", version, about, long_about = None, after_help = AFTER_HELP, propagate_version = true)]
pub(crate) struct Cli {
    /// Language of messages and reports: da (default, or `language:` in dataetik.yaml) or en.
    #[arg(long, global = true, value_name = "da|en")]
    pub lang: Option<Lang>,

    /// Use this dataetik.yaml instead of searching the current directory and its parents.
    #[arg(long, global = true, value_name = "FILE")]
    pub config: Option<PathBuf>,

    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    /// Check assessments against the policy and report every missing consideration.
    Check(check::CheckArgs),
    /// Compile the annual report (dataetisk redegørelse) as PDF, HTML and JSON.
    Report(report::ReportArgs),
    // No doc comment here: it would replace the long help that BiasArgs carries.
    #[allow(missing_docs)]
    Bias(bias::BiasArgs),
    /// Explain a rule: what it checks, why, when it fires, and how to fix it.
    Explain(docs::ExplainArgs),
    /// List the rules of the active policy, or export the policy file itself.
    Rules(docs::RulesArgs),
    /// Print the JSON Schema of the assessment file format (for editors), with titles and
    /// descriptions in the chosen language (`--lang da|en`); `--supplier`: of supplier files.
    Schema(docs::SchemaArgs),
    /// Run a language server on stdin/stdout: live diagnostics, hover and risk level in
    /// editors (see docs/ci.md for VS Code and Neovim).
    Lsp,
    /// Create a new assessment with every field and Danish guidance comments.
    New(scaffold::NewArgs),
    /// Rewrite version 1 assessments as version 2, in place, and list what to fill in.
    Migrate(migrate::MigrateArgs),
    /// Create dataetik.yaml, an assessments directory and a CI workflow example.
    Init(scaffold::InitArgs),
    /// Export every project in an open format: the Dutch Algoritmeregister or the UK ATRS.
    Export(formats::ExportArgs),
    /// Import records in an open format as assessments, one file per record.
    Import(formats::ImportArgs),
    /// Build the public register website: a page per project in plain language, downloads, feed.
    Site(site::SiteArgs),
}

/// Parses a `YYYY-MM-DD` date argument.
pub(crate) fn parse_date(s: &str) -> Result<Date, String> {
    Date::parse(s).ok_or_else(|| format!("`{s}` is not a date written as YYYY-MM-DD"))
}

/// Today's date in the local time zone (the default for `--as-of`).
pub(crate) fn today() -> Date {
    Date(jiff::Zoned::now().date())
}

/// Opens the register from `--config` or by searching upwards from the current directory.
pub(crate) fn open_register(cli_config: Option<&PathBuf>) -> Result<Register, CliError> {
    let reg = match cli_config {
        Some(path) => Register::open_config(path)?,
        None => Register::discover(&std::env::current_dir()?)?,
    };
    Ok(reg)
}

/// The language: `--lang`, else the register's `language:`, else Danish.
pub(crate) fn resolve_lang(flag: Option<Lang>, reg: Option<&Register>) -> Lang {
    flag.or(reg.map(|r| r.config.language)).unwrap_or_default()
}

/// Parses arguments, runs the subcommand and maps the outcome to an exit code.
pub(crate) fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match &cli.command {
        Command::Check(args) => check::run(&cli, args),
        Command::Report(args) => report::run(&cli, args),
        Command::Bias(args) => {
            // The evidence path in the ready YAML entry is relative to the register's assessments
            // directory; outside a register the default `assessments` applies.
            let reg = open_register(cli.config.as_ref()).ok();
            let lang = resolve_lang(cli.lang, reg.as_ref());
            let dir = reg.map_or_else(
                || PathBuf::from("assessments"),
                |r| PathBuf::from(dataetik_core::register::display_path(&r.assessments_dir())),
            );
            bias::run(args, lang, &dir)
        }
        Command::Explain(args) => docs::explain(&cli, args),
        Command::Rules(args) => docs::rules(&cli, args),
        Command::Schema(args) => docs::schema(&cli, args),
        Command::Lsp => lsp::run(),
        Command::New(args) => scaffold::new(&cli, args),
        Command::Migrate(args) => migrate::run(&cli, args),
        Command::Init(args) => scaffold::init(&cli, args),
        Command::Export(args) => formats::export(&cli, args),
        Command::Import(args) => formats::import(&cli, args),
        Command::Site(args) => site::run(&cli, args),
    };
    let error = match result {
        Ok(code) => return code,
        // Whoever read the output has gone (`dataetik rules | head`): nothing left to say.
        Err(CliError::Write(e)) if e.kind() == std::io::ErrorKind::BrokenPipe => {
            return ExitCode::SUCCESS
        }
        Err(e) => e,
    };
    // The language of the message: --lang, else the register's (a broken dataetik.yaml is
    // Danish, the default).
    let lang = cli
        .lang
        .or_else(|| {
            open_register(cli.config.as_ref())
                .ok()
                .map(|r| r.config.language)
        })
        .unwrap_or_default();
    let cat = Catalogue::new(lang);
    let text = match error {
        CliError::Message(text) => text,
        CliError::Config(e) => e.text(cat),
        CliError::Git(e) => e.text(cat),
        CliError::New(e) => e.text(cat),
        CliError::Io(e) => e.to_string(),
        CliError::Write(e) => msg!(cat, "error-write-stdout", reason = e.to_string()),
    };
    let style = anstyle::AnsiColor::Red.on_default().bold();
    let prefix = msg!(cat, "error-prefix");
    let _ = writeln!(anstream::stderr(), "{style}{prefix}:{style:#} {text}");
    ExitCode::from(2)
}
