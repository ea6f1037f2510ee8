//! `dataetik migrate`.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Args;

use dataetik_core::i18n::Catalogue;
use dataetik_core::load::Limits;
use dataetik_core::migrate::{migrate_file, NotMigrated};
use dataetik_core::register::{display_path, list_assessment_files};
use dataetik_core::v2text;

use super::{open_register, print_out, resolve_lang, Cli, CliResult};

/// Arguments of `dataetik migrate`.
#[derive(Debug, Args)]
#[command(
    after_help = "Rewrites version 1 assessments as version 2 (docs/assessment-format.md), in place: only the
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
pub(crate) struct MigrateArgs {
    /// Files or directories to migrate (default: the register's assessments directory).
    pub paths: Vec<PathBuf>,

    /// Change nothing; report what would change and exit 1 if anything would.
    #[arg(long)]
    pub check: bool,
}

/// Migrates the files and prints, per file, what changed and what to fill in.
pub(super) fn run(cli: &Cli, args: &MigrateArgs) -> CliResult {
    let reg = open_register(cli.config.as_ref())?;
    let cat = Catalogue::new(resolve_lang(cli.lang, Some(&reg)));
    let paths = if args.paths.is_empty() {
        vec![reg.assessments_dir()]
    } else {
        args.paths.clone()
    };
    let files = list_assessment_files(&reg.root, &paths)?;
    let limits = Limits::default();
    let (mut migrated, mut unchanged, mut refused) = (0usize, 0usize, 0usize);
    let mut out = String::new();
    for path in &files {
        let shown = display_path(path);
        let outcome = match migrate_file(path, reg.policy(), &limits, !args.check) {
            Ok(o) => o,
            Err(e) => {
                line(&mut out, v2text::migrate_io_error(cat, &shown, &e));
                refused += 1;
                continue;
            }
        };
        match outcome {
            Ok(m) => {
                migrated += 1;
                line(&mut out, v2text::migrate_done(cat, &shown, args.check));
                line(
                    &mut out,
                    format!("  {}", v2text::migrate_risk(cat, &m.before, &m.after)),
                );
                if !m.todo.is_empty() {
                    line(&mut out, format!("  {}", v2text::migrate_todo_heading(cat)));
                    for t in &m.todo {
                        line(&mut out, format!("  - {}", v2text::migrate_todo(cat, t)));
                    }
                }
            }
            Err(reason) => {
                if reason == NotMigrated::AlreadyVersion2 {
                    unchanged += 1;
                } else {
                    refused += 1;
                }
                line(&mut out, v2text::migrate_not_done(cat, &shown, &reason));
            }
        }
        // Each file's lines as soon as it is done (a long register shows progress).
        print_out(&std::mem::take(&mut out))?;
    }
    line(
        &mut out,
        v2text::migrate_summary(cat, migrated, unchanged, refused, args.check),
    );
    print_out(&out)?;
    let failed = refused > 0 || (args.check && migrated > 0);
    Ok(if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn line(out: &mut String, text: String) {
    out.push_str(&text);
    out.push('\n');
}
