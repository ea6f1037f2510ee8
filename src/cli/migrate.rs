//! `dataetik migrate`.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Args;

use dataetik_core::load::Limits;
use dataetik_core::migrate::{migrate_file, NotMigrated};
use dataetik_core::register::{display_path, list_assessment_files};
use dataetik_core::v2text;

use super::{open_register, resolve_lang, Cli, CliResult};

/// Arguments of `dataetik migrate`.
#[derive(Debug, Args)]
#[command(
    after_help = "Rewrites version 1 assessments as version 2 (SPEC \"Version 2\"), in place: only the
value of `schema_version` changes; comments, key order and every other byte stay as they are.
Nothing is filled in for you: for each file it lists what to fill in now (data_fate, impact,
inputs, ...). Files with a YAML error, without `schema_version` or already at version 2 are left
unchanged, with the reason.

Exit codes:
  0  every file is version 2 now (with --check: nothing to change)
  1  some file could not be migrated (with --check: also when some file would change)
  2  usage, configuration or I/O error

Examples:
  dataetik migrate                     migrate the whole register
  dataetik migrate assessments/x.yaml  one file
  dataetik migrate --check             only show what would change (for CI)"
)]
pub struct MigrateArgs {
    /// Files or directories to migrate (default: the register's assessments directory).
    pub paths: Vec<PathBuf>,

    /// Change nothing; report what would change and exit 1 if anything would.
    #[arg(long)]
    pub check: bool,
}

/// Migrates the files and prints, per file, what changed and what to fill in.
pub fn run(cli: &Cli, args: &MigrateArgs) -> CliResult {
    let reg = open_register(cli.config.as_ref())?;
    let lang = resolve_lang(cli.lang, Some(&reg));
    let paths = if args.paths.is_empty() {
        vec![reg.assessments_dir()]
    } else {
        args.paths.clone()
    };
    let files = list_assessment_files(&reg.root, &paths)?;
    let limits = Limits::default();
    let (mut migrated, mut unchanged, mut refused) = (0usize, 0usize, 0usize);
    for path in &files {
        let shown = display_path(path);
        let outcome = match migrate_file(path, reg.policy(), &limits, !args.check) {
            Ok(o) => o,
            Err(e) => {
                println!("{}", v2text::migrate_io_error(&shown, &e).get(lang));
                refused += 1;
                continue;
            }
        };
        match outcome {
            Ok(m) => {
                migrated += 1;
                println!("{}", v2text::migrate_done(&shown, args.check).get(lang));
                println!("  {}", v2text::migrate_risk(&m.before, &m.after).get(lang));
                if !m.todo.is_empty() {
                    println!("  {}", v2text::migrate_todo_heading().get(lang));
                    for t in &m.todo {
                        println!("  - {}", v2text::migrate_todo(t).get(lang));
                    }
                }
            }
            Err(NotMigrated::AlreadyVersion2) => {
                unchanged += 1;
                println!(
                    "{}",
                    v2text::migrate_not_done(&shown, &NotMigrated::AlreadyVersion2).get(lang)
                );
            }
            Err(reason) => {
                refused += 1;
                println!("{}", v2text::migrate_not_done(&shown, &reason).get(lang));
            }
        }
    }
    println!(
        "{}",
        v2text::migrate_summary(migrated, unchanged, refused, args.check).get(lang)
    );
    let failed = refused > 0 || (args.check && migrated > 0);
    Ok(if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
