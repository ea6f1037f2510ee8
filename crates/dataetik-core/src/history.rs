//! The register's git history: when each file last changed, the commits that touched it, and the
//! register as it was at an earlier point (the end of last year, or a given revision).
//!
//! The yearly report and the public register use it for "sidst ændret", the audit trail and the
//! changes since the last report. History is optional: outside a git repository, without a git
//! program or in a shallow clone without the old commits, [`History::open`] says so and callers
//! show that there is no history; nothing fails.
//!
//! Everything is read as of a date (`--as-of`): commits made after that day are ignored, so the
//! same history and date give the same result. Only commit ids, committer dates and subjects are
//! read, never author names or e-mail addresses.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::model::Date;

/// One commit, as the report and the site show it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Commit {
    /// The full commit id.
    pub id: String,
    /// The committer date, in the commit's own time zone.
    pub date: Date,
    /// The first line of the commit message.
    pub subject: String,
}

/// Why there is no history to read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NoHistory {
    /// The register is not inside a git repository.
    NotARepository,
    /// The `git` program could not be run.
    GitMissing,
    /// The repository has no commits on or before the as-of date.
    NoCommits,
}

impl std::fmt::Display for NoHistory {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            NoHistory::NotARepository => "the register is not in a git repository",
            NoHistory::GitMissing => "git cannot be run",
            NoHistory::NoCommits => "the repository has no commits up to the date",
        })
    }
}

/// A revision that could not be used (`--since REV`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownRevision(pub String);

impl std::fmt::Display for UnknownRevision {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "unknown git revision `{}`", self.0)
    }
}

impl std::error::Error for UnknownRevision {}

/// The history of the files under a register root, read once.
#[derive(Debug, Clone)]
pub struct History {
    /// The repository's top-level directory.
    top: PathBuf,
    /// The commit the history ends at: the newest on or before the as-of date.
    head: String,
    /// Commits touching each file (path relative to `top`, `/`-separated), newest first.
    by_file: HashMap<String, Vec<Commit>>,
    /// Every commit up to `head` that touched the register, newest first.
    commits: Vec<Commit>,
}

impl History {
    /// Reads the history of everything under `root`, up to and including `as_of`.
    pub fn open(root: &Path, as_of: Date) -> Result<History, NoHistory> {
        let top = match git(root, &["rev-parse", "--show-toplevel"]) {
            Ok(out) => PathBuf::from(out.trim_end_matches(['\n', '\r'])),
            Err(GitError::Missing) => return Err(NoHistory::GitMissing),
            Err(GitError::Failed) => return Err(NoHistory::NotARepository),
        };
        let head = newest_on_or_before(&top, "HEAD", as_of).ok_or(NoHistory::NoCommits)?;
        // One `git log` for every file under the register root: a record per commit, then the
        // files it touched. `%x1e`/`%x1f` separate records and fields; subjects cannot hold them.
        let scope = pathspec_of(&top, root);
        let log = git(
            &top,
            &[
                "log",
                "--no-renames",
                "--name-only",
                "-z",
                "--format=%x1e%H%x1f%cs%x1f%s",
                &head,
                "--",
                &scope,
            ],
        )
        .map_err(|_| NoHistory::NoCommits)?;
        let mut by_file: HashMap<String, Vec<Commit>> = HashMap::new();
        let mut commits = Vec::new();
        for record in log.split('\u{1e}').filter(|r| !r.is_empty()) {
            let (head_line, files) = record.split_once('\0').unwrap_or((record, ""));
            let mut fields = head_line.trim_end_matches('\n').splitn(3, '\u{1f}');
            let (Some(id), Some(date), Some(subject)) =
                (fields.next(), fields.next(), fields.next())
            else {
                continue;
            };
            // A commit dated after the as-of day (a clock off, a rebase) is not yet history.
            let Some(date) = Date::parse(date).filter(|d| *d <= as_of) else {
                continue;
            };
            let commit = Commit {
                id: id.to_string(),
                date,
                subject: subject.to_string(),
            };
            for file in files.split('\0').map(|f| f.trim_start_matches('\n')) {
                if !file.is_empty() {
                    by_file
                        .entry(file.to_string())
                        .or_default()
                        .push(commit.clone());
                }
            }
            commits.push(commit);
        }
        Ok(History {
            top,
            head,
            by_file,
            commits,
        })
    }

    /// The commit the history ends at (the newest on or before the as-of date).
    pub fn head(&self) -> &str {
        &self.head
    }

    /// Every commit that touched the register, newest first.
    pub fn commits(&self) -> &[Commit] {
        &self.commits
    }

    /// The commits that touched `path` (a path on disk under the register), newest first.
    pub fn file_log(&self, path: &Path) -> &[Commit] {
        self.relative(path)
            .and_then(|rel| self.by_file.get(&rel))
            .map_or(&[], Vec::as_slice)
    }

    /// The newest commit that touched `path`.
    pub fn last_changed(&self, path: &Path) -> Option<&Commit> {
        self.file_log(path).first()
    }

    /// The newest commit on or before the end of `date`, if any: the register "as it was" then.
    pub fn revision_at(&self, date: Date) -> Option<String> {
        newest_on_or_before(&self.top, &self.head, date)
    }

    /// Resolves a revision given by the user (`--since REV`) to a commit id.
    pub fn resolve(&self, rev: &str) -> Result<String, UnknownRevision> {
        if rev.starts_with('-') {
            return Err(UnknownRevision(rev.to_string()));
        }
        git(
            &self.top,
            &[
                "rev-parse",
                "--verify",
                "--quiet",
                &format!("{rev}^{{commit}}"),
            ],
        )
        .map(|s| s.trim().to_string())
        .map_err(|_| UnknownRevision(rev.to_string()))
    }

    /// The files under `dir` (a path on disk) as they were at `rev`, with their contents: the
    /// register's assessments at the time of the last report. Paths are returned as they would
    /// be on disk today (joined to the repository's top-level directory).
    pub fn files_at(&self, rev: &str, dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
        let Some(rel) = self.relative(dir) else {
            return Vec::new();
        };
        let spec = if rel.is_empty() { ".".to_string() } else { rel };
        let Ok(listing) = git(
            &self.top,
            &["ls-tree", "-r", "-z", "--name-only", rev, "--", &spec],
        ) else {
            return Vec::new();
        };
        let mut out = Vec::new();
        for name in listing.split('\0').filter(|n| !n.is_empty()) {
            if let Ok(bytes) = git_bytes(&self.top, &["show", &format!("{rev}:{name}")]) {
                out.push((self.top.join(name), bytes));
            }
        }
        out.sort();
        out
    }

    /// `path` relative to the repository's top-level directory, `/`-separated.
    fn relative(&self, path: &Path) -> Option<String> {
        let abs = absolute(path)?;
        let top = absolute(&self.top)?;
        let rel = abs.strip_prefix(&top).ok()?;
        Some(
            rel.components()
                .map(|c| c.as_os_str().to_string_lossy())
                .collect::<Vec<_>>()
                .join("/"),
        )
    }
}

/// The newest commit reachable from `start` whose committer date, in the commit's own time zone,
/// is on or before `date`. Dates are compared as the commit states them, so the answer does not
/// depend on the time zone of the machine reading the history.
fn newest_on_or_before(top: &Path, start: &str, date: Date) -> Option<String> {
    let log = git(top, &["log", "--format=%H %cs", start, "--"]).ok()?;
    log.lines().find_map(|line| {
        let (id, day) = line.split_once(' ')?;
        (Date::parse(day)? <= date).then(|| id.to_string())
    })
}

/// The pathspec of `root` relative to the repository's top level (`.` for the top itself).
fn pathspec_of(top: &Path, root: &Path) -> String {
    match (absolute(top), absolute(root)) {
        (Some(t), Some(r)) => match r.strip_prefix(&t) {
            Ok(rel) if !rel.as_os_str().is_empty() => rel.to_string_lossy().replace('\\', "/"),
            _ => ".".to_string(),
        },
        _ => ".".to_string(),
    }
}

/// The canonical form of a path, or of its parent joined with its name when it no longer exists.
fn absolute(p: &Path) -> Option<PathBuf> {
    p.canonicalize().ok().or_else(|| {
        let parent = p.parent().filter(|x| !x.as_os_str().is_empty())?;
        Some(parent.canonicalize().ok()?.join(p.file_name()?))
    })
}

enum GitError {
    /// git could not be started.
    Missing,
    /// git ran and failed (not a repository, unknown revision, ...).
    Failed,
}

fn git(dir: &Path, args: &[&str]) -> Result<String, GitError> {
    git_bytes(dir, args).map(|b| String::from_utf8_lossy(&b).into_owned())
}

fn git_bytes(dir: &Path, args: &[&str]) -> Result<Vec<u8>, GitError> {
    let output = Command::new("git")
        .arg("-C")
        .arg(dir)
        // Never ask for credentials or use a pager; the user's configuration must not change what
        // is read (e.g. `log.showSignature`, `core.quotePath`).
        .args(["-c", "core.quotepath=off", "-c", "log.showSignature=false"])
        .args(args)
        .env("GIT_TERMINAL_PROMPT", "0")
        .env("GIT_PAGER", "cat")
        .output()
        .map_err(|_| GitError::Missing)?;
    if output.status.success() {
        Ok(output.stdout)
    } else {
        Err(GitError::Failed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(dir: &Path, args: &[&str], date: &str) {
        let status = Command::new("git")
            .arg("-C")
            .arg(dir)
            .args(args)
            .env("GIT_AUTHOR_DATE", date)
            .env("GIT_COMMITTER_DATE", date)
            .env("GIT_AUTHOR_NAME", "Test")
            .env("GIT_AUTHOR_EMAIL", "test@example.org")
            .env("GIT_COMMITTER_NAME", "Test")
            .env("GIT_COMMITTER_EMAIL", "test@example.org")
            .status()
            .unwrap();
        assert!(status.success(), "git {args:?}");
    }

    fn commit(dir: &Path, file: &str, text: &str, subject: &str, date: &str) {
        let path = dir.join(file);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, text).unwrap();
        run(dir, &["add", "-A"], date);
        run(dir, &["commit", "-q", "-m", subject], date);
    }

    fn date(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    #[test]
    fn reads_file_logs_as_of_a_date() {
        let tmp = tempfile::tempdir().unwrap();
        let repo = tmp.path();
        run(
            repo,
            &["init", "-q", "-b", "main"],
            "2025-01-01T10:00:00+01:00",
        );
        commit(
            repo,
            "reg/assessments/a.yaml",
            "a: 1\n",
            "Tilføj a",
            "2025-03-01T10:00:00+01:00",
        );
        commit(
            repo,
            "reg/assessments/b.yaml",
            "b: 1\n",
            "Tilføj b",
            "2025-06-01T10:00:00+02:00",
        );
        commit(
            repo,
            "reg/assessments/a.yaml",
            "a: 2\n",
            "Ret a",
            "2025-12-31T23:30:00+01:00",
        );
        commit(
            repo,
            "other/x.txt",
            "x\n",
            "Uden for registret",
            "2026-01-05T10:00:00+01:00",
        );
        commit(
            repo,
            "reg/assessments/a.yaml",
            "a: 3\n",
            "Ret a igen",
            "2026-02-01T10:00:00+01:00",
        );

        let reg = repo.join("reg");
        let h = History::open(&reg, date("2026-01-31")).unwrap();
        let a = reg.join("assessments/a.yaml");
        let subjects: Vec<&str> = h.file_log(&a).iter().map(|c| c.subject.as_str()).collect();
        // The February commit is after the as-of date; the commit outside the register is not read.
        assert_eq!(subjects, ["Ret a", "Tilføj a"]);
        assert_eq!(h.last_changed(&a).unwrap().date, date("2025-12-31"));
        assert_eq!(h.commits().len(), 3);
        assert!(h.file_log(&reg.join("assessments/none.yaml")).is_empty());

        // The register at the end of 2025 holds a.yaml as committed on 31 December.
        let rev = h.revision_at(date("2025-12-31")).unwrap();
        let files = h.files_at(&rev, &reg.join("assessments"));
        let names: Vec<String> = files
            .iter()
            .map(|(p, _)| p.file_name().unwrap().to_string_lossy().into_owned())
            .collect();
        assert_eq!(names, ["a.yaml", "b.yaml"]);
        assert_eq!(files[0].1, b"a: 2\n");
        // Before the first commit there is no revision.
        assert!(h.revision_at(date("2024-12-31")).is_none());

        assert!(h.resolve("main").is_ok());
        assert!(h.resolve("no-such-branch").is_err());
        assert!(h.resolve("--output=x").is_err());
    }

    #[test]
    fn no_history_is_not_an_error() {
        let tmp = tempfile::tempdir().unwrap();
        assert_eq!(
            History::open(tmp.path(), date("2026-01-01")).unwrap_err(),
            NoHistory::NotARepository
        );
        run(tmp.path(), &["init", "-q"], "2025-01-01T10:00:00+01:00");
        assert_eq!(
            History::open(tmp.path(), date("2026-01-01")).unwrap_err(),
            NoHistory::NoCommits
        );
        commit(
            tmp.path(),
            "a.yaml",
            "a: 1\n",
            "Første",
            "2026-05-01T10:00:00+02:00",
        );
        // A commit after the as-of date does not count.
        assert_eq!(
            History::open(tmp.path(), date("2026-01-01")).unwrap_err(),
            NoHistory::NoCommits
        );
        assert!(History::open(tmp.path(), date("2026-05-01")).is_ok());
    }
}
