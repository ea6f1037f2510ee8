//! `dataetik site`: the public register website (library: `dataetik_site`).

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use clap::Args;

use dataetik_core::check::{check_register, register_files, CheckOptions};
use dataetik_core::history::History;
use dataetik_core::i18n::Catalogue;
use dataetik_core::model::Date;
use dataetik_core::msg;
use dataetik_core::publish::{publish_gate, PublishRefusal};
use dataetik_core::register::display_path;
use dataetik_report::Templates;
use dataetik_site::{SiteInput, SiteOptions};

use super::{open_register, parse_date, print_out, resolve_lang, today, Cli, CliError, CliResult};

/// Arguments of `dataetik site`.
#[derive(Debug, Args)]
#[command(
    after_help = "Builds a static website for citizens and journalists from the register: an index of
every project (active first, completed and stopped too), one page per project at <id>/, pages
by department, by whose data is used and by effect on the individual, \"Hvilke data om mig
bruges?\", downloads (CSV, JSON, the Dutch Algoritmeregister and the UK ATRS formats), an Atom
feed of changes from git and a sitemap. No page has a script. Documentation: docs/site.md.

Nothing is written while an assessment cannot be read or something looks like a CPR number
(PUB-001, as for the report). E-mail addresses of persons and internal file paths are never
published. The site is written all at once: a failure leaves the previous site in place.

Exit codes:
  0  the site is written
  1  not written because of PUB-001 (the places are listed)
  2  usage, configuration or I/O error, or an assessment cannot be read

Examples:
  dataetik site                                   to site/ in the register, in Danish
  dataetik site --lang en --out site-en           in English
  dataetik site --as-of 2026-11-25 --base-url https://kommune.dk/data/"
)]
pub(crate) struct SiteArgs {
    /// Output directory (default: site/ in the register). An existing directory is replaced
    /// only if it holds a site written by dataetik or is empty.
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,

    /// Judge findings, dates and git history as of this date (YYYY-MM-DD; default: today).
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub as_of: Option<Date>,

    /// The address the site is published at, for the sitemap and the feed.
    #[arg(long, value_name = "URL")]
    pub base_url: Option<String>,

    /// A directory with brand.json and logo.svg/.png (the report's templates directory).
    #[arg(long, value_name = "DIR")]
    pub templates: Option<PathBuf>,
}

/// Checks the register and writes the site.
pub(super) fn run(cli: &Cli, args: &SiteArgs) -> CliResult {
    let started = Instant::now();
    let reg = open_register(cli.config.as_ref())?;
    let lang = resolve_lang(cli.lang, Some(&reg));
    let cat = Catalogue::new(lang);
    let as_of = args.as_of.unwrap_or_else(today);
    let templates = match &args.templates {
        Some(dir) => Templates::from_dir(dir)?,
        None => Templates::embedded(),
    };
    let files = register_files(&reg)?;
    if files.is_empty() {
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
    match publish_gate(&result) {
        Ok(()) => {}
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
            return Err(CliError::Message(format!(
                "{}\n  {}",
                msg!(cat, "site-refused-unreadable"),
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
                msg!(cat, "error-prefix"),
                msg!(cat, "site-refused-cpr"),
                places.join("\n  "),
                msg!(cat, "report-cpr-next")
            );
            return Ok(ExitCode::from(1));
        }
    }
    let history = History::open(&reg.root, as_of).ok();
    let input = SiteInput {
        register: &reg,
        result: &result,
        history: history.as_ref(),
        as_of,
        lang,
    };
    let options = SiteOptions {
        base_url: args.base_url.clone(),
    };
    let site = dataetik_site::build(&input, &templates, &options)
        .map_err(|e| CliError::Message(e.to_string()))?;
    let out = args.out.clone().unwrap_or_else(|| reg.root.join("site"));
    dataetik_site::write_site(&site, &out).map_err(|e| CliError::Message(e.to_string()))?;
    let pages = site.pages().count();
    print_out(&format!(
        "{}\n",
        msg!(
            cat,
            "site-done",
            pages = pages.to_string(),
            projects = site.model.projects.len().to_string(),
            dir = display_path(&out),
            seconds = format!("{:.1}", started.elapsed().as_secs_f64())
        )
    ))?;
    Ok(ExitCode::SUCCESS)
}
