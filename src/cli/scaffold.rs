//! `dataetik new` and `dataetik init`.

use std::process::ExitCode;

use clap::Args;

use dataetik_core::i18n::Catalogue;
use dataetik_core::msg;
use dataetik_core::register::display_path;

use super::{open_register, print_out, resolve_lang, today, Cli, CliResult};

/// Arguments of `dataetik new`.
#[derive(Debug, Args)]
#[command(
    after_help = "The file is written to the register's assessments directory as ID.yaml.\nRun `dataetik check` afterwards: it explains, field by field, what is still missing."
)]
pub(crate) struct NewArgs {
    /// The project's id: lowercase letters, digits and hyphens, e.g. bkf-2026-tidlig-opsporing.
    pub id: String,

    /// Create a supplier file (suppliers/ID.yaml) for the supplier register instead, e.g.
    /// `dataetik new --supplier kombit`.
    #[arg(long)]
    pub supplier: bool,
}

/// Arguments of `dataetik init`.
#[derive(Debug, Args)]
pub(crate) struct InitArgs {
    /// The municipality or public body that owns the register; its name goes on every report,
    /// so there is no default (e.g. --organisation "Lyngdal Kommune").
    #[arg(long, value_name = "NAME")]
    pub organisation: String,
}

/// Writes a new assessment scaffold.
pub(super) fn new(cli: &Cli, args: &NewArgs) -> CliResult {
    let reg = open_register(cli.config.as_ref())?;
    if args.supplier {
        return new_supplier(cli, &reg, &args.id);
    }
    // The editor modeline points at the register's schema, however deep `assessments:` is.
    let schema_ref = dataetik_core::scaffold::schema_ref_for(&reg.config.assessments)
        .unwrap_or_else(|| format!("../{}", dataetik_core::scaffold::SCHEMA_PATH));
    let path = dataetik_core::scaffold::write_new_assessment_with_schema(
        &reg.assessments_dir(),
        &args.id,
        today(),
        &schema_ref,
    )?;
    let shown = display_path(&path);
    let cat = Catalogue::new(resolve_lang(cli.lang, Some(&reg)));
    print_out(&format!(
        "{}\n{}\n",
        msg!(cat, "new-created", path = shown.as_str()),
        msg!(cat, "new-next", path = shown.as_str())
    ))?;
    Ok(ExitCode::SUCCESS)
}

/// Writes a new supplier file to the register's supplier directory.
fn new_supplier(cli: &Cli, reg: &dataetik_core::register::Register, id: &str) -> CliResult {
    let path = dataetik_core::supplier::write_new_supplier(&reg.suppliers_dir(), id)?;
    let shown = display_path(&path);
    let cat = Catalogue::new(resolve_lang(cli.lang, Some(reg)));
    print_out(&format!(
        "{}\n{}\n",
        msg!(cat, "supplier-new-created", path = shown.as_str()),
        msg!(cat, "supplier-new-next", id = id)
    ))?;
    Ok(ExitCode::SUCCESS)
}

/// Creates a register in the current directory.
pub(super) fn init(cli: &Cli, args: &InitArgs) -> CliResult {
    let root = std::env::current_dir()?;
    let outcome = dataetik_core::scaffold::init(&root, &args.organisation)?;
    let cat = Catalogue::new(resolve_lang(cli.lang, None));
    let mut text = String::new();
    for p in &outcome.created {
        text.push_str(&msg!(cat, "init-created", path = display_path(p)));
        text.push('\n');
    }
    for p in &outcome.kept {
        text.push_str(&msg!(cat, "init-kept", path = display_path(p)));
        text.push('\n');
    }
    text.push_str(&msg!(cat, "init-next"));
    text.push('\n');
    print_out(&text)?;
    Ok(ExitCode::SUCCESS)
}
