//! `dataetik new` and `dataetik init`.

use std::process::ExitCode;

use clap::Args;

use dataetik::register::display_path;

use super::{open_register, today, Cli, CliError, CliResult};

/// Arguments of `dataetik new`.
#[derive(Debug, Args)]
#[command(
    after_help = "The file is written to the register's assessments directory as ID.yaml.\nRun `dataetik check` afterwards: it explains, field by field, what is still missing."
)]
pub struct NewArgs {
    /// The project's id: lowercase letters, digits and hyphens, e.g. bkf-2026-tidlig-opsporing.
    pub id: String,
}

/// Arguments of `dataetik init`.
#[derive(Debug, Args)]
pub struct InitArgs {
    /// The municipality or public body that owns the register.
    #[arg(long, default_value = "Gladsaxe Kommune")]
    pub organisation: String,
}

/// Writes a new assessment scaffold.
pub fn new(cli: &Cli, args: &NewArgs) -> CliResult {
    let reg = open_register(cli.config.as_ref())?;
    // The editor modeline points at the register's schema, however deep `assessments:` is.
    let schema_ref = dataetik::scaffold::schema_ref_for(&reg.config.assessments)
        .unwrap_or_else(|| format!("../{}", dataetik::scaffold::SCHEMA_PATH));
    let path = dataetik::scaffold::write_new_assessment_with_schema(
        &reg.assessments_dir(),
        &args.id,
        today(),
        &schema_ref,
    )
    .map_err(CliError)?;
    println!(
        "Oprettede {} / created {}",
        display_path(&path),
        display_path(&path)
    );
    println!(
        "Næste skridt: udfyld felterne og kør `dataetik check {}`",
        display_path(&path)
    );
    Ok(ExitCode::SUCCESS)
}

/// Creates a register in the current directory.
pub fn init(_cli: &Cli, args: &InitArgs) -> CliResult {
    let root = std::env::current_dir()?;
    let outcome = dataetik::scaffold::init(&root, &args.organisation)?;
    for p in &outcome.created {
        println!("oprettet / created   {}", display_path(p));
    }
    for p in &outcome.kept {
        println!(
            "findes / kept        {} (uændret / unchanged)",
            display_path(p)
        );
    }
    println!("Næste skridt: `dataetik new MIT-PROJEKT` opretter den første vurdering.");
    Ok(ExitCode::SUCCESS)
}
