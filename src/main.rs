//! The `dataetik` command line. In the `bias` branch this is a minimal program with only the
//! `bias` subcommand, so it can be tested end to end; the real CLI merges `cli::bias` into its own.

use std::process::ExitCode;

use clap::{Parser, Subcommand};
use dataetik::i18n::Lang;

mod cli {
    pub mod bias;
}

/// Turns a municipality's data-ethics policy into everyday engineering practice.
#[derive(Debug, Parser)]
#[command(name = "dataetik", version)]
struct Cli {
    /// Language of messages: da (default) or en.
    #[arg(long, global = true, value_name = "da|en")]
    lang: Option<Lang>,

    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    // No doc comment here: it would replace the about/long_about that BiasArgs carries.
    Bias(cli::bias::BiasArgs),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let lang = cli.lang.unwrap_or_default();
    let result = match &cli.command {
        Command::Bias(args) => cli::bias::run(args, lang),
    };
    match result {
        Ok(code) => code,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::from(2)
        }
    }
}
