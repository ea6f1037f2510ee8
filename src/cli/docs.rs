//! `dataetik explain`, `dataetik rules` and `dataetik schema`.

use std::io::Write;
use std::process::ExitCode;

use clap::Args;

use dataetik_core::explain;
use dataetik_core::i18n::Lang;
use dataetik_core::load::de::did_you_mean;

use super::{open_register, resolve_lang, Cli, CliError, CliResult};

/// Arguments of `dataetik explain`.
#[derive(Debug, Args)]
pub struct ExplainArgs {
    /// The rule id, e.g. EQU-001 (case does not matter).
    pub rule: String,
}

/// Arguments of `dataetik rules`.
#[derive(Debug, Args)]
pub struct RulesArgs {
    /// Print the active policy file itself: the starting point of your municipality's own policy.
    #[arg(long)]
    pub export: bool,
}

fn print(text: &str) {
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(text.as_bytes());
    let _ = out.flush();
}

/// Prints one rule's documentation.
pub fn explain(cli: &Cli, args: &ExplainArgs) -> CliResult {
    let reg = open_register(cli.config.as_ref())?;
    let lang = resolve_lang(cli.lang, Some(&reg));
    let policy = reg.policy();
    let Some(rule) = policy.rule(args.rule.trim()) else {
        let ids: Vec<&str> = policy.rules.iter().map(|r| r.id.as_str()).collect();
        let upper = args.rule.trim().to_uppercase();
        let hint = did_you_mean(&upper, &ids);
        return Err(CliError(match lang {
            Lang::Da => format!(
                "reglen `{}` findes ikke{}; `dataetik rules` viser dem alle",
                args.rule,
                hint.map(|h| format!(" (mente du {h}?)"))
                    .unwrap_or_default()
            ),
            Lang::En => format!(
                "unknown rule `{}`{}; `dataetik rules` lists them all",
                args.rule,
                hint.map(|h| format!(" (did you mean {h}?)"))
                    .unwrap_or_default()
            ),
        }));
    };
    print(&explain::explain(policy, rule, lang));
    Ok(ExitCode::SUCCESS)
}

/// Lists the rules, or exports the policy file.
pub fn rules(cli: &Cli, args: &RulesArgs) -> CliResult {
    let reg = open_register(cli.config.as_ref())?;
    if args.export {
        print(&reg.policy.text);
    } else {
        print(&explain::rules_table(
            reg.policy(),
            resolve_lang(cli.lang, Some(&reg)),
        ));
    }
    Ok(ExitCode::SUCCESS)
}

/// Prints the JSON Schema.
pub fn schema() -> CliResult {
    print(&dataetik_core::schema::assessment_schema());
    Ok(ExitCode::SUCCESS)
}
