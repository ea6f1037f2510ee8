//! Shared helpers of the end-to-end tests: the binary under test, a private copy of the example
//! register, and an independent way to find text positions.
#![allow(dead_code)]

use std::path::Path;

/// The `dataetik` binary under test, as a private copy made once per test run: `$DATAETIK_BIN`
/// when set (several worktrees sharing one target directory overwrite `target/debug/dataetik`),
/// otherwise the one cargo built for these tests. A copy, because the packaging tests' `maturin
/// build` re-links `target/debug/dataetik` while other tests run, and a test starting it at that
/// moment would find no file.
pub(crate) fn bin_path() -> &'static Path {
    static BIN: std::sync::OnceLock<std::path::PathBuf> = std::sync::OnceLock::new();
    BIN.get_or_init(|| {
        let built = std::env::var_os("DATAETIK_BIN").map_or_else(
            || std::path::PathBuf::from(env!("CARGO_BIN_EXE_dataetik")),
            std::path::PathBuf::from,
        );
        let dir = std::path::PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("bin-under-test");
        std::fs::create_dir_all(&dir).unwrap();
        let copy = dir.join(built.file_name().unwrap());
        // Copy, then rename over the last run's copy (which may still be executing).
        let partial = dir.join(format!("partial-{}", std::process::id()));
        std::fs::copy(&built, &partial).unwrap();
        std::fs::rename(&partial, &copy).unwrap();
        copy
    })
}

/// A command running the `dataetik` binary under test (see [`bin_path`]).
pub(crate) fn dataetik_bin() -> assert_cmd::Command {
    assert_cmd::Command::new(bin_path())
}

/// The fixed date every test judges dates by.
pub(crate) const AS_OF: &str = "2026-11-25";

/// The (line, column) of the first occurrence of `needle` in `text`.
pub(crate) fn find(text: &str, needle: &str) -> (u32, u32) {
    for (i, line) in text.lines().enumerate() {
        if let Some(b) = line.find(needle) {
            return (i as u32 + 1, line[..b].chars().count() as u32 + 1);
        }
    }
    panic!("`{needle}` not in text");
}

/// A temporary copy of the example register at the repository root: dataetik.yaml,
/// assessments (with evidence), project directories and the schema.
pub(crate) fn example_register_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    std::fs::copy(root.join("dataetik.yaml"), dir.path().join("dataetik.yaml")).unwrap();
    for sub in ["assessments", "projects", "schema", "suppliers"] {
        for entry in walkdir::WalkDir::new(root.join(sub)) {
            let entry = entry.unwrap();
            let to = dir.path().join(entry.path().strip_prefix(root).unwrap());
            if entry.file_type().is_dir() {
                std::fs::create_dir_all(&to).unwrap();
            } else {
                std::fs::copy(entry.path(), &to).unwrap();
            }
        }
    }
    dir
}
