//! File-system helpers shared by every command that writes files.
//!
//! Every output dataetik produces (reports, evidence files, scaffolds, exported policies) goes
//! through [`write_atomic`], so an interrupted run never leaves a truncated file behind.

use std::io::{self, Write};
use std::path::{Component, Path, PathBuf};

/// `a/./b/../c` → `a/c`, without touching the file system (the file may not exist yet).
pub fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in path.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir => {
                if !out.pop() {
                    out.push("..");
                }
            }
            other => out.push(other),
        }
    }
    out
}

/// `path` relative to `base` (both made absolute against the current directory), with `/`.
pub fn relative_to(path: &Path, base: &Path) -> String {
    let cwd = std::env::current_dir().unwrap_or_default();
    let path = normalize(&cwd.join(path));
    let base = normalize(&cwd.join(base));
    let p: Vec<_> = path.components().collect();
    let b: Vec<_> = base.components().collect();
    let common = p.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let mut parts: Vec<String> = vec!["..".to_string(); b.len() - common];
    parts.extend(
        p[common..]
            .iter()
            .map(|c| c.as_os_str().to_string_lossy().into_owned()),
    );
    parts.join("/")
}

/// Whether `a` and `b` name the same file, both taken against the current directory without
/// touching the file system (either may not exist yet).
pub fn same_path(a: &Path, b: &Path) -> bool {
    let cwd = std::env::current_dir().unwrap_or_default();
    normalize(&cwd.join(a)) == normalize(&cwd.join(b))
}

/// Writes `bytes` to `path` atomically: the data goes to a temporary file in the same directory,
/// is flushed to disk, and then renamed over the destination. A crash or Ctrl-C mid-way leaves
/// the old file (or no file) in place, never a partial one. Missing parent directories are created.
///
/// The temporary file is named `.<name>.dataetik-<pid>-<random>.tmp` next to the destination.
/// It is removed on every error and when the writer unwinds; a process killed outright (SIGKILL,
/// power loss) cannot remove it, so each write first deletes the temporary files of the same
/// destination whose writing process no longer runs (on Unix). At most the one write in flight
/// leaves a temporary file behind; the next write to the same file cleans it up.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let parent = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    std::fs::create_dir_all(parent)?;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    remove_stale_temp_files(parent, &name);
    let mut tmp = tempfile::Builder::new()
        .prefix(&format!("{}{}-", temp_prefix(&name), std::process::id()))
        .suffix(".tmp")
        .tempfile_in(parent)?;
    tmp.write_all(bytes)?;
    set_permissions(tmp.as_file(), path)?;
    tmp.as_file().sync_all()?;
    tmp.persist(path).map_err(|e| e.error)?;
    sync_dir(parent);
    Ok(())
}

/// The start of the temporary file names for a destination named `name`.
fn temp_prefix(name: &str) -> String {
    format!(".{name}.dataetik-")
}

/// Deletes temporary files left by killed writers of the destination `name` in `dir`.
fn remove_stale_temp_files(dir: &Path, name: &str) {
    let prefix = temp_prefix(name);
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let file_name = entry.file_name();
        let Some(rest) = file_name
            .to_str()
            .and_then(|n| n.strip_prefix(&prefix))
            .filter(|n| n.ends_with(".tmp"))
        else {
            continue;
        };
        let Some(pid) = rest.split('-').next().and_then(|p| p.parse::<u32>().ok()) else {
            continue;
        };
        if pid != std::process::id() && !process_alive(pid) {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

/// True when a process with this id runs (or when that cannot be told: never delete then).
#[cfg(unix)]
fn process_alive(pid: u32) -> bool {
    let Ok(pid) = libc::pid_t::try_from(pid) else {
        return true;
    };
    // Signal 0 checks for existence without sending anything.
    // SAFETY: kill with signal 0 has no effect besides the existence and permission check.
    let r = unsafe { libc::kill(pid, 0) };
    r == 0 || io::Error::last_os_error().raw_os_error() != Some(libc::ESRCH)
}

#[cfg(not(unix))]
fn process_alive(_pid: u32) -> bool {
    true
}

/// Flushes a directory entry change (the rename) to disk where the platform allows it.
fn sync_dir(dir: &Path) {
    #[cfg(unix)]
    if let Ok(d) = std::fs::File::open(dir) {
        let _ = d.sync_all();
    }
    #[cfg(not(unix))]
    let _ = dir;
}

/// Creates `path` with `bytes` only if it does not exist yet; never overwrites user files
/// (used by `init` and `new`). Returns `AlreadyExists` when the file is there.
pub fn write_new(path: &Path, bytes: &[u8]) -> io::Result<()> {
    if path.exists() {
        return Err(io::Error::new(
            io::ErrorKind::AlreadyExists,
            format!("{} already exists", path.display()),
        ));
    }
    let parent = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    std::fs::create_dir_all(parent)?;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    remove_stale_temp_files(parent, &name);
    let mut tmp = tempfile::Builder::new()
        .prefix(&format!("{}{}-", temp_prefix(&name), std::process::id()))
        .suffix(".tmp")
        .tempfile_in(parent)?;
    tmp.write_all(bytes)?;
    set_permissions(tmp.as_file(), path)?;
    tmp.as_file().sync_all()?;
    // persist_noclobber fails instead of replacing a file created in the meantime.
    tmp.persist_noclobber(path).map_err(|e| e.error)?;
    Ok(())
}

/// Temporary files are created private (0600); the result gets the destination's existing
/// permissions, or ordinary ones (0644) for a new file, so a report is readable like any file.
fn set_permissions(file: &std::fs::File, dest: &Path) -> io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(dest).map_or(0o644, |m| m.permissions().mode());
        file.set_permissions(std::fs::Permissions::from_mode(mode & 0o7777))?;
    }
    #[cfg(not(unix))]
    {
        let _ = (file, dest);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    #[test]
    fn relative_paths_from_the_assessments_dir() {
        assert_eq!(
            relative_to(
                Path::new("assessments/evidence/x.json"),
                Path::new("assessments")
            ),
            "evidence/x.json"
        );
        assert_eq!(
            relative_to(
                Path::new("./assessments/../out/x.json"),
                Path::new("assessments")
            ),
            "../out/x.json"
        );
        assert_eq!(
            relative_to(Path::new("x.json"), Path::new("assessments")),
            "../x.json"
        );
    }

    use super::*;

    #[test]
    fn atomic_write_replaces_whole_file_and_leaves_no_temp_files() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("out/report.html");
        write_atomic(&p, b"first version, long text").unwrap();
        write_atomic(&p, b"second").unwrap();
        assert_eq!(std::fs::read(&p).unwrap(), b"second");
        let names: Vec<_> = std::fs::read_dir(p.parent().unwrap())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names.len(), 1, "temp files left behind: {names:?}");
    }

    #[test]
    fn write_new_never_overwrites() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("a.yaml");
        std::fs::write(&p, "keep me").unwrap();
        let err = write_new(&p, b"new").unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::AlreadyExists);
        assert_eq!(std::fs::read_to_string(&p).unwrap(), "keep me");
    }
}
