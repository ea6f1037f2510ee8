//! Which assessments a command looks at: the register's, the paths asked for, or those changed
//! since a git revision. `check`, `report`, `export` and the language server share this; the CLI
//! only turns its flags into a [`Selection`].
//!
//! Register-wide rules (duplicate ids, unassessed project directories) always see every
//! assessment of the register; only the per-file results are narrowed to the selection.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use super::{check_register_with, CheckOptions, CheckResult, FileResult};
use crate::git::{self, GitError};
use crate::i18n::Catalogue;
use crate::register::{list_assessment_files, ConfigError, Register};

/// The assessments a command reports on.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Selection {
    /// Files or directories asked for; empty means the register's assessments directory.
    pub paths: Vec<PathBuf>,
    /// Report only files changed since this git revision (`--changed-since`).
    pub changed_since: Option<String>,
}

/// Why the selected files cannot be listed.
#[derive(Debug, thiserror::Error)]
pub enum SelectError {
    /// A path asked for does not exist, cannot be read or leaves the register.
    #[error("{0}")]
    Config(#[from] ConfigError),
    /// git cannot list the files changed since the revision.
    #[error("{0}")]
    Git(#[from] GitError),
}

impl SelectError {
    /// The error in words.
    pub fn text(&self, cat: Catalogue) -> String {
        match self {
            SelectError::Config(e) => e.text(cat),
            SelectError::Git(e) => e.text(cat),
        }
    }
}

/// The files of a [`Selection`], listed.
#[derive(Debug, Clone, Default)]
pub struct SelectedFiles {
    /// Every file to check: the files asked for, then the register's other assessments.
    pub to_check: Vec<PathBuf>,
    /// The files whose results are reported, as listed; `None` is every file checked.
    pub reported: Option<Vec<PathBuf>>,
    /// The files changed since `--changed-since` (canonical paths), when given.
    pub changed: Option<HashSet<PathBuf>>,
    /// Supplier files asked for (canonical paths): they are checked as supplier files, together
    /// with the assessments whose chain of processors includes them.
    pub suppliers: HashSet<PathBuf>,
}

/// Every assessment of the register: the files under its assessments directory, sorted; none
/// when the directory does not exist.
pub fn register_files(reg: &Register) -> Result<Vec<PathBuf>, ConfigError> {
    let dir = reg.assessments_dir();
    if dir.exists() {
        list_assessment_files(&reg.root, &[dir])
    } else {
        Ok(Vec::new())
    }
}

impl Selection {
    /// Every assessment of the register.
    pub fn everything() -> Selection {
        Selection::default()
    }

    /// Lists the files: what to check and what to report. Asks git when `changed_since` is set.
    pub fn files(&self, reg: &Register) -> Result<SelectedFiles, SelectError> {
        let all = register_files(reg)?;
        let mut selected = SelectedFiles::default();
        if self.paths.is_empty() {
            selected.to_check = all;
        } else {
            let (supplier_files, asked): (Vec<PathBuf>, Vec<PathBuf>) =
                list_assessment_files(&reg.root, &self.paths)?
                    .into_iter()
                    .partition(|p| crate::supplier::is_supplier_path(reg, p));
            selected.suppliers = supplier_files.iter().map(|p| canonical(p)).collect();
            let asked_canonical: HashSet<PathBuf> = asked.iter().map(|p| canonical(p)).collect();
            let mut files = asked.clone();
            files.extend(
                all.into_iter()
                    .filter(|p| !asked_canonical.contains(&canonical(p))),
            );
            selected.to_check = files;
            selected.reported = Some(asked);
        }
        if let Some(rev) = &self.changed_since {
            selected.changed = Some(git::changed_files(&reg.root, rev)?);
        }
        Ok(selected)
    }

    /// Checks the register and keeps the results of the selected files. `each` gets every
    /// file's result as soon as it is checked (see [`check_register_with`]).
    pub fn check_with<F>(
        &self,
        reg: &Register,
        opts: &CheckOptions,
        each: F,
    ) -> Result<CheckResult, SelectError>
    where
        F: Fn(&mut FileResult) + Sync,
    {
        let files = self.files(reg)?;
        let mut result = check_register_with(reg, &files.to_check, opts, each);
        files.narrow(reg, &mut result);
        Ok(result)
    }

    /// Checks the register and keeps the results of the selected files.
    pub fn check(&self, reg: &Register, opts: &CheckOptions) -> Result<CheckResult, SelectError> {
        self.check_with(reg, opts, |_| {})
    }
}

impl SelectedFiles {
    /// Keeps the per-file results of the selected files (register-wide findings stay).
    pub fn narrow(&self, reg: &Register, result: &mut CheckResult) {
        if let Some(reported) = &self.reported {
            let ids = crate::supplier::ids_in(reg, &self.suppliers);
            crate::supplier::narrow(reg, result, &ids, |f| reported.contains(&f.path));
        }
        if let Some(changed) = &self.changed {
            git::retain_changed(reg, result, changed);
        }
    }
}

fn canonical(p: &Path) -> PathBuf {
    p.canonicalize().unwrap_or_else(|_| p.to_path_buf())
}
