//! `dataetik explain`, `dataetik rules` and `dataetik schema`.

use std::process::ExitCode;

use clap::Args;

use dataetik_core::explain;
use dataetik_core::i18n::Catalogue;
use dataetik_core::load::de::did_you_mean;
use dataetik_core::msg;

use super::{open_register, print_out, resolve_lang, Cli, CliError, CliResult};

/// Arguments of `dataetik explain`.
#[derive(Debug, Args)]
pub(crate) struct ExplainArgs {
    /// The rule id, e.g. EQU-001 (case does not matter).
    pub rule: String,
}

/// Arguments of `dataetik rules`.
#[derive(Debug, Args)]
pub(crate) struct RulesArgs {
    /// Print the active policy file itself: the starting point of your municipality's own policy.
    #[arg(long)]
    pub export: bool,
}

/// Prints one rule's documentation.
pub(super) fn explain(cli: &Cli, args: &ExplainArgs) -> CliResult {
    let reg = open_register(cli.config.as_ref())?;
    let cat = Catalogue::new(resolve_lang(cli.lang, Some(&reg)));
    let policy = reg.policy();
    let Some(rule) = policy.rule(args.rule.trim()) else {
        let ids: Vec<&str> = policy.rules.iter().map(|r| r.id.as_str()).collect();
        let upper = args.rule.trim().to_uppercase();
        let rule = args.rule.as_str();
        return Err(CliError::Message(match did_you_mean(&upper, &ids) {
            Some(hint) => msg!(cat, "unknown-rule-hint", rule = rule, hint = hint),
            None => msg!(cat, "unknown-rule", rule = rule),
        }));
    };
    print_out(&explain::explain(policy, rule, cat))?;
    Ok(ExitCode::SUCCESS)
}

/// Lists the rules, or exports the policy file.
pub(super) fn rules(cli: &Cli, args: &RulesArgs) -> CliResult {
    let reg = open_register(cli.config.as_ref())?;
    if args.export {
        print_out(&reg.policy.text)?;
    } else {
        let cat = Catalogue::new(resolve_lang(cli.lang, Some(&reg)));
        print_out(&explain::rules_table(reg.policy(), cat))?;
    }
    Ok(ExitCode::SUCCESS)
}

/// Arguments of `dataetik schema`.
#[derive(Debug, clap::Args)]
pub(crate) struct SchemaArgs {
    /// Print the schema of supplier files (suppliers/<id>.yaml) instead.
    #[arg(long)]
    pub supplier: bool,
}

/// Prints the JSON Schema, titles and descriptions in `--lang`, else the register's language,
/// else Danish. With `--supplier`, the schema of supplier files.
pub(super) fn schema(cli: &Cli, args: &SchemaArgs) -> CliResult {
    let reg = open_register(cli.config.as_ref()).ok();
    let lang = resolve_lang(cli.lang, reg.as_ref());
    if args.supplier {
        print_out(&dataetik_core::supplier::supplier_schema_in(lang))?;
        return Ok(ExitCode::SUCCESS);
    }
    print_out(&dataetik_core::schema::assessment_schema_in(lang))?;
    Ok(ExitCode::SUCCESS)
}
