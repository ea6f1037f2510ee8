//! Asking git which files changed, for `check --changed-since REV`.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Files changed since `rev` (committed, staged, unstaged and untracked), as canonical paths.
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
            let p = top.join(name);
            if let Ok(c) = p.canonicalize() {
                out.insert(c);
            }
        }
    }
    Ok(out)
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
