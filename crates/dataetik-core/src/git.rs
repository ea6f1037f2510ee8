//! Asking git which files changed, for `check --changed-since REV`.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::check::CheckResult;
use crate::i18n::{Catalogue, Lang};
use crate::msg;
use crate::register::Register;

/// Why the files changed since a revision cannot be listed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GitError {
    /// The revision looks like an option (`--output=...`).
    NotARevision {
        /// The revision given.
        rev: String,
    },
    /// The register is not in a git repository.
    NotARepository {
        /// The register root.
        root: PathBuf,
        /// git's reason.
        reason: String,
    },
    /// git does not know the revision.
    UnknownRevision {
        /// The revision given.
        rev: String,
    },
    /// git cannot be started.
    CannotRun {
        /// The operating system's reason.
        reason: String,
    },
    /// git failed; its own message.
    Failed {
        /// git's standard error.
        stderr: String,
    },
}

impl GitError {
    /// The error in words.
    pub fn text(&self, cat: Catalogue) -> String {
        match self {
            GitError::NotARevision { rev } => msg!(cat, "git-not-a-revision", rev = rev.as_str()),
            GitError::NotARepository { root, reason } => msg!(
                cat,
                "git-not-a-repository",
                root = root.display().to_string(),
                reason = reason.as_str()
            ),
            GitError::UnknownRevision { rev } => {
                msg!(cat, "git-unknown-revision", rev = rev.as_str())
            }
            GitError::CannotRun { reason } => msg!(cat, "git-cannot-run", reason = reason.as_str()),
            GitError::Failed { stderr } => stderr.clone(),
        }
    }
}

impl std::fmt::Display for GitError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text(Catalogue::new(Lang::En)))
    }
}

impl std::error::Error for GitError {}

/// Files changed since `rev` (committed, staged, unstaged and untracked, and deleted ones), as
/// canonical paths.
///
/// Reads the repository that contains `root`. Errors name the revision and say what to do,
/// e.g. outside a git repository or for an unknown revision.
pub fn changed_files(root: &Path, rev: &str) -> Result<HashSet<PathBuf>, GitError> {
    if rev.starts_with('-') {
        return Err(GitError::NotARevision {
            rev: rev.to_string(),
        });
    }
    let toplevel = git(root, &["rev-parse", "--show-toplevel"]).map_err(|e| match e {
        GitError::Failed { stderr } => GitError::NotARepository {
            root: root.to_path_buf(),
            reason: stderr,
        },
        other => other,
    })?;
    let top = PathBuf::from(toplevel.trim());
    git(
        root,
        &[
            "rev-parse",
            "--verify",
            "--quiet",
            &format!("{rev}^{{commit}}"),
        ],
    )
    .map_err(|e| match e {
        GitError::Failed { .. } => GitError::UnknownRevision {
            rev: rev.to_string(),
        },
        other => other,
    })?;
    let mut out = HashSet::new();
    for args in [
        vec!["diff", "--name-only", "--no-renames", "-z", rev, "--"],
        vec![
            "ls-files",
            "--others",
            "--exclude-standard",
            "-z",
            "--full-name",
        ],
    ] {
        let listed = git(&top, &args)?;
        for name in listed.split('\0').filter(|s| !s.is_empty()) {
            if let Some(c) = canonical(&top.join(name)) {
                out.insert(c);
            }
        }
    }
    Ok(out)
}

/// The canonical path of `p`; for a path that no longer exists (a deleted file), its canonical
/// parent joined with its name, so deletions can be compared with the files that cite them.
fn canonical(p: &Path) -> Option<PathBuf> {
    p.canonicalize().ok().or_else(|| {
        let parent = p.parent()?;
        let parent = if parent.as_os_str().is_empty() {
            Path::new(".")
        } else {
            parent
        };
        Some(parent.canonicalize().ok()?.join(p.file_name()?))
    })
}

fn git(dir: &Path, args: &[&str]) -> Result<String, GitError> {
    let output = Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(args)
        .output()
        .map_err(|e| GitError::CannotRun {
            reason: e.to_string(),
        })?;
    if !output.status.success() {
        return Err(GitError::Failed {
            stderr: String::from_utf8_lossy(&output.stderr).trim().to_string(),
        });
    }
    Ok(String::from_utf8_lossy(&output.stdout).into_owned())
}

/// Keeps only the files that `--changed-since` should report, given the changed paths.
///
/// A file is kept when it changed itself or when a bias-test evidence file it cites changed
/// (EQU-006 may now fire). When dataetik.yaml or the policy file changed, every file is kept:
/// new rules or settings can change the verdict of untouched assessments. Register-wide
/// findings (GEN-006, GEN-011) are never filtered: an unassessed project is a problem whatever
/// the diff touched.
pub fn retain_changed(reg: &Register, result: &mut CheckResult, changed: &HashSet<PathBuf>) {
    let is_changed = |p: &Path| canonical(p).is_some_and(|c| changed.contains(&c));
    let mut settings: Vec<PathBuf> = reg.config_file.iter().cloned().collect();
    if !reg.config.policy.starts_with("builtin:") {
        settings.push(reg.root.join(&reg.config.policy));
    }
    if settings.iter().any(|p| is_changed(p)) {
        return;
    }
    let evidence_dir = reg.assessments_dir();
    // Supplier files: only the changed ones are reported, and every assessment whose chain of
    // processors includes one of them is re-checked.
    let suppliers = crate::supplier::ids_in(reg, changed);
    crate::supplier::narrow(reg, result, &suppliers, |f| {
        is_changed(&f.path)
            || f.model.as_ref().is_some_and(|m| {
                m.bias_tests()
                    .iter()
                    .filter_map(|t| t.evidence.as_deref())
                    .any(|e| is_changed(&evidence_dir.join(e)))
            })
    });
}
