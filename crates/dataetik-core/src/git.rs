//! Asking git which files changed, for `check --changed-since REV`.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::check::CheckResult;
use crate::register::Register;

/// Files changed since `rev` (committed, staged, unstaged and untracked, and deleted ones), as
/// canonical paths.
///
/// Reads the repository that contains `root`. Errors name the revision and say what to do,
/// e.g. outside a git repository or for an unknown revision.
pub fn changed_files(root: &Path, rev: &str) -> Result<HashSet<PathBuf>, String> {
    if rev.starts_with('-') {
        return Err(format!("`{rev}` is not a git revision"));
    }
    let toplevel = git(root, &["rev-parse", "--show-toplevel"]).map_err(|e| {
        format!(
            "--changed-since needs a git repository, but {} is not in one ({e})",
            root.display()
        )
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
    .map_err(|_| {
        format!(
            "unknown git revision `{rev}` (try `git log --oneline` to find one, e.g. origin/main)"
        )
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

fn git(dir: &Path, args: &[&str]) -> Result<String, String> {
    let output = Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(args)
        .output()
        .map_err(|e| format!("cannot run git: {e}"))?;
    if !output.status.success() {
        return Err(String::from_utf8_lossy(&output.stderr).trim().to_string());
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
    result.files.retain(|f| {
        is_changed(&f.path)
            || f.model.as_ref().is_some_and(|m| {
                m.bias_tests()
                    .iter()
                    .filter_map(|t| t.evidence.as_deref())
                    .any(|e| is_changed(&evidence_dir.join(e)))
            })
    });
}
