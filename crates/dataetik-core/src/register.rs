//! The register: a git repository of assessments with an optional `dataetik.yaml`.
//!
//! Like cargo finds `Cargo.toml`, dataetik looks for `dataetik.yaml` in the current directory and
//! its parents; the directory holding it is the register root. Without one, the current directory
//! is the root and the defaults apply.

use std::path::{Component, Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::i18n::{Catalogue, Lang};
use crate::msg;
use crate::policy::{LoadedPolicy, Policy, PolicyError};

/// The name of the register configuration file.
pub const CONFIG_FILE: &str = "dataetik.yaml";

/// `dataetik.yaml`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Config {
    /// The municipality or public body.
    pub organisation: String,
    /// Language of messages and reports.
    pub language: Lang,
    /// `builtin:gladsaxe` or a path to a policy file.
    pub policy: String,
    /// The directory of assessment files, relative to the root.
    pub assessments: String,
    /// The directory of supplier files, relative to the root (absent directory: no supplier
    /// register).
    pub suppliers: String,
    /// Glob patterns of project directories that must be covered by an assessment (GEN-006).
    pub projects: Vec<String>,
    /// Report settings.
    pub report: ReportConfig,
}

/// The `report:` section of dataetik.yaml.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct ReportConfig {
    /// Who receives the report, e.g. "Økonomiudvalget".
    pub committee: Option<String>,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            organisation: "Gladsaxe Kommune".into(),
            language: Lang::Da,
            policy: crate::policy::BUILTIN_GLADSAXE_NAME.into(),
            assessments: "assessments".into(),
            suppliers: crate::supplier::DEFAULT_DIR.into(),
            projects: Vec::new(),
            report: ReportConfig::default(),
        }
    }
}

/// A configuration problem (exit code 2), naming the file and, where known, the line.
#[derive(Debug, Clone, PartialEq)]
pub enum ConfigError {
    /// dataetik.yaml cannot be read.
    Read {
        /// The file.
        path: PathBuf,
        /// The operating system's reason.
        reason: String,
    },
    /// dataetik.yaml is not valid YAML.
    Syntax {
        /// The file.
        path: PathBuf,
        /// What is wrong, and where.
        error: crate::load::LoadError,
    },
    /// dataetik.yaml has an unknown key or a wrong value.
    Invalid {
        /// The file.
        path: PathBuf,
        /// What is wrong, and where.
        error: crate::load::de::DeError,
    },
    /// A `projects` pattern is not a valid glob.
    Pattern {
        /// The file.
        path: PathBuf,
        /// The pattern.
        pattern: String,
        /// Why it is invalid.
        reason: String,
    },
    /// The policy cannot be used.
    Policy(PolicyError),
    /// A path given to check cannot be read.
    Path {
        /// The path.
        path: PathBuf,
        /// The operating system's reason.
        reason: String,
    },
    /// A symlink named on the command line leaves the register.
    SymlinkOutside {
        /// The link.
        path: PathBuf,
        /// The register root.
        root: PathBuf,
    },
    /// A directory cannot be listed.
    ReadDir {
        /// The directory.
        path: PathBuf,
        /// Why.
        reason: String,
    },
}

impl ConfigError {
    /// The error in words.
    pub fn text(&self, cat: Catalogue) -> String {
        match self {
            ConfigError::Read { path, reason } => msg!(
                cat,
                "config-read",
                path = path.display().to_string(),
                reason = reason.as_str()
            ),
            ConfigError::Syntax { path, error } => {
                let at = error
                    .span
                    .map(|s| format!(":{}:{}", s.line, s.column))
                    .unwrap_or_default();
                msg!(
                    cat,
                    "config-invalid",
                    path = format!("{}{at}", path.display()),
                    reason = error.problem.text(cat)
                )
            }
            ConfigError::Invalid { path, error } => {
                let at = error
                    .span
                    .map(|s| format!(":{}:{}", s.line, s.column))
                    .unwrap_or_default();
                msg!(
                    cat,
                    "config-invalid",
                    path = format!("{}{at}", path.display()),
                    reason = error.text(cat)
                )
            }
            ConfigError::Pattern {
                path,
                pattern,
                reason,
            } => msg!(
                cat,
                "config-pattern",
                path = path.display().to_string(),
                pattern = pattern.as_str(),
                reason = reason.as_str()
            ),
            ConfigError::Policy(e) => e.text(cat),
            ConfigError::Path { path, reason } => format!("{}: {reason}", path.display()),
            ConfigError::SymlinkOutside { path, root } => msg!(
                cat,
                "config-symlink-outside",
                path = path.display().to_string(),
                root = root.display().to_string()
            ),
            ConfigError::ReadDir { path, reason } => msg!(
                cat,
                "config-read-dir",
                path = path.display().to_string(),
                reason = reason.as_str()
            ),
        }
    }
}

impl std::fmt::Display for ConfigError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text(Catalogue::new(Lang::En)))
    }
}

impl std::error::Error for ConfigError {}

impl From<PolicyError> for ConfigError {
    fn from(e: PolicyError) -> Self {
        ConfigError::Policy(e)
    }
}

/// An opened register: root, configuration and policy.
#[derive(Debug, Clone)]
pub struct Register {
    /// The directory holding dataetik.yaml (or the starting directory without one).
    pub root: PathBuf,
    /// The config file, if there is one.
    pub config_file: Option<PathBuf>,
    /// The configuration (defaults where the file is silent).
    pub config: Config,
    /// The active policy.
    pub policy: LoadedPolicy,
    /// The supplier register, read on first use.
    suppliers: std::sync::OnceLock<std::sync::Arc<crate::supplier::SupplierSet>>,
    /// Where settings are written in dataetik.yaml, for findings about them (empty without one).
    pub config_source: ConfigSource,
}

/// Where the settings that register-wide findings are about are written in dataetik.yaml, so
/// such findings point at a line of a file (a directory cannot be annotated by GitHub or an
/// editor): GEN-011 at `assessments:`, GEN-006 at the `projects:` pattern that found the
/// directory.
#[derive(Debug, Clone, Default)]
pub struct ConfigSource {
    /// dataetik.yaml's text.
    pub text: String,
    /// The `assessments:` key.
    pub assessments: Option<crate::load::Span>,
    /// The `projects:` key.
    pub projects: Option<crate::load::Span>,
    /// Each `projects` pattern, in order.
    pub patterns: Vec<crate::load::Span>,
}

impl ConfigSource {
    fn from_text(text: &str) -> ConfigSource {
        let mut out = ConfigSource {
            text: text.to_string(),
            ..ConfigSource::default()
        };
        let Ok(tree) = crate::load::parse(text, &crate::load::Limits::default()) else {
            return out;
        };
        out.assessments = tree.entry("assessments").map(|e| e.key_span);
        if let Some(e) = tree.entry("projects") {
            out.projects = Some(e.key_span);
            out.patterns = e.value.items().iter().map(|n| n.span).collect();
        }
        out
    }

    /// The text of line `line` (from 1), CPR-like numbers masked, for display.
    pub fn line_text(&self, line: u32) -> Option<String> {
        let text = self.text.lines().nth(line.checked_sub(1)? as usize)?;
        Some(crate::cpr::mask(text))
    }
}

impl Register {
    /// Finds dataetik.yaml from `start` upwards and loads it with its policy.
    pub fn discover(start: &Path) -> Result<Register, ConfigError> {
        let start = start.to_path_buf();
        let mut dir = Some(start.as_path());
        while let Some(d) = dir {
            let candidate = d.join(CONFIG_FILE);
            if candidate.is_file() {
                return Register::open_config(&candidate);
            }
            dir = d.parent();
        }
        Register::with_config(start, None, Config::default())
    }

    /// Loads a given config file.
    pub fn open_config(path: &Path) -> Result<Register, ConfigError> {
        let text = std::fs::read_to_string(path).map_err(|e| ConfigError::Read {
            path: path.to_path_buf(),
            reason: e.to_string(),
        })?;
        let config = parse_config(&text).map_err(|e| match e {
            Ok(error) => ConfigError::Invalid {
                path: path.to_path_buf(),
                error,
            },
            Err(error) => ConfigError::Syntax {
                path: path.to_path_buf(),
                error,
            },
        })?;
        let root = path
            .parent()
            .map_or_else(|| PathBuf::from("."), Path::to_path_buf);
        let root = if root.as_os_str().is_empty() {
            PathBuf::from(".")
        } else {
            root
        };
        let mut reg = Register::with_config(root, Some(path.to_path_buf()), config)?;
        reg.config_source = ConfigSource::from_text(&text);
        Ok(reg)
    }

    /// Builds a register from a root and configuration.
    pub fn with_config(
        root: PathBuf,
        config_file: Option<PathBuf>,
        config: Config,
    ) -> Result<Register, ConfigError> {
        for pattern in &config.projects {
            if let Err(e) = glob::Pattern::new(pattern) {
                return Err(ConfigError::Pattern {
                    path: config_file
                        .clone()
                        .unwrap_or_else(|| PathBuf::from(CONFIG_FILE)),
                    pattern: pattern.clone(),
                    reason: e.to_string(),
                });
            }
        }
        let policy = Policy::load(&config.policy, &root)?;
        Ok(Register {
            root,
            config_file,
            config,
            policy,
            suppliers: std::sync::OnceLock::new(),
            config_source: ConfigSource::default(),
        })
    }

    /// The assessments directory.
    pub fn assessments_dir(&self) -> PathBuf {
        self.root.join(&self.config.assessments)
    }

    /// The supplier directory.
    pub fn suppliers_dir(&self) -> PathBuf {
        self.root.join(&self.config.suppliers)
    }

    /// The supplier register (`suppliers/*.yaml`), read once on first use.
    pub fn suppliers(&self) -> &crate::supplier::SupplierSet {
        self.suppliers
            .get_or_init(|| std::sync::Arc::new(crate::supplier::SupplierSet::load(self)))
    }

    /// The policy in use.
    pub fn policy(&self) -> &Policy {
        &self.policy.policy
    }
}

/// Reads dataetik.yaml's text with the same loader as assessments, so errors name the line and
/// are in the user's language. An empty file (or only comments) means the defaults.
/// `Err(Ok(_))` is a key or value that does not fit, `Err(Err(_))` a file that is not YAML.
#[allow(clippy::type_complexity)]
fn parse_config(
    text: &str,
) -> Result<Config, Result<crate::load::de::DeError, crate::load::LoadError>> {
    use crate::load::{self, LoadProblem};
    let limits = load::Limits::default();
    let tree = match load::parse(text, &limits) {
        Ok(tree) => tree,
        Err(e) if matches!(e.problem, LoadProblem::Empty | LoadProblem::NoFields) => {
            return Ok(Config::default())
        }
        Err(e) => return Err(Err(e)),
    };
    load::de::from_node::<Config>(&tree).map_err(Ok)
}

/// Lists assessment files (`*.yaml`, `*.yml`) under the given paths, sorted, without following
/// symlinked directories (no loops) and without leaving the register through symlinked files.
/// Hidden entries and the `evidence` directory are skipped.
pub fn list_assessment_files(root: &Path, paths: &[PathBuf]) -> Result<Vec<PathBuf>, ConfigError> {
    let canonical_root = root.canonicalize().unwrap_or_else(|_| root.to_path_buf());
    let mut out = Vec::new();
    for path in paths {
        let meta = std::fs::symlink_metadata(path).map_err(|e| ConfigError::Path {
            path: path.clone(),
            reason: e.to_string(),
        })?;
        if meta.is_file() {
            out.push(path.clone());
            continue;
        }
        if meta.file_type().is_symlink() {
            // A symlink named on the command line is read only when it stays inside the register.
            match path.canonicalize() {
                Ok(target) if target.starts_with(&canonical_root) => {
                    if target.is_file() {
                        out.push(path.clone());
                        continue;
                    }
                }
                _ => {
                    return Err(ConfigError::SymlinkOutside {
                        path: path.clone(),
                        root: canonical_root.clone(),
                    })
                }
            }
        }
        let walker = walkdir::WalkDir::new(path)
            .follow_links(false)
            // Siblings share their parent's path, so comparing whole paths orders them by file
            // name, without taking each path apart again for every comparison as
            // `sort_by_file_name` does (a fifth of the listing on 10,000 files).
            .sort_by(|a, b| a.path().as_os_str().cmp(b.path().as_os_str()))
            .into_iter();
        for entry in walker.filter_entry(|e| {
            let name = e.file_name().to_string_lossy();
            e.depth() == 0
                || !(name.starts_with('.') || (e.file_type().is_dir() && name == "evidence"))
        }) {
            let entry = match entry {
                Ok(e) => e,
                Err(e) => {
                    return Err(ConfigError::ReadDir {
                        path: e.path().unwrap_or(path).to_path_buf(),
                        reason: e.to_string(),
                    })
                }
            };
            let p = entry.path();
            let is_yaml = matches!(p.extension().and_then(|e| e.to_str()), Some("yaml" | "yml"));
            if !is_yaml {
                continue;
            }
            if entry.file_type().is_symlink() {
                // Only follow symlinked files that stay inside the register. A broken or looping
                // link is listed, so the checker reports it instead of silently skipping it.
                match p.canonicalize() {
                    Ok(target) if target.starts_with(&canonical_root) && target.is_file() => {
                        out.push(p.to_path_buf());
                    }
                    Err(_) => out.push(p.to_path_buf()),
                    _ => continue,
                }
            } else if entry.file_type().is_file() || entry.file_type().is_dir() && entry.depth() > 0
            {
                // A directory named like an assessment (`x.yaml`) is listed too: the checker
                // reports it as an error rather than the project silently going unchecked.
                out.push(p.to_path_buf());
            }
        }
    }
    out.sort();
    out.dedup();
    Ok(out)
}

/// Normalises a path lexically (`a/./b/../c` -> `a/c`); `None` if it climbs above its start or is absolute.
pub fn normalize_relative(path: &str) -> Option<PathBuf> {
    let p = Path::new(path);
    let mut out = PathBuf::new();
    for c in p.components() {
        match c {
            Component::Normal(x) => out.push(x),
            Component::CurDir => {}
            Component::ParentDir => {
                if !out.pop() {
                    return None;
                }
            }
            Component::RootDir | Component::Prefix(_) => return None,
        }
    }
    Some(out)
}

/// A path for display: relative to the current directory when below it, with `/` separators.
pub fn display_path(path: &Path) -> String {
    let cwd = std::env::current_dir().ok();
    let shown = cwd
        .as_deref()
        .and_then(|c| path.strip_prefix(c).ok())
        .unwrap_or(path);
    let s = shown.to_string_lossy().replace('\\', "/");
    s.strip_prefix("./").map(str::to_string).unwrap_or(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalizes_and_refuses_escapes() {
        assert_eq!(normalize_relative("a/./b/../c"), Some(PathBuf::from("a/c")));
        assert_eq!(normalize_relative("../x"), None);
        assert_eq!(normalize_relative("/etc/passwd"), None);
        assert_eq!(normalize_relative("a/../../x"), None);
    }

    #[cfg(unix)]
    #[test]
    fn listing_survives_symlink_loops_and_escapes() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        std::fs::create_dir_all(root.join("assessments/sub")).unwrap();
        std::fs::write(root.join("assessments/a.yaml"), "id: a").unwrap();
        std::os::unix::fs::symlink(root.join("assessments"), root.join("assessments/sub/loop"))
            .unwrap();
        let outside = tempfile::tempdir().unwrap();
        std::fs::write(outside.path().join("secret.yaml"), "x: 1").unwrap();
        std::os::unix::fs::symlink(
            outside.path().join("secret.yaml"),
            root.join("assessments/evil.yaml"),
        )
        .unwrap();
        std::fs::create_dir(root.join("assessments/dir.yaml")).unwrap();
        let files = list_assessment_files(root, &[root.join("assessments")]).unwrap();
        let names: Vec<_> = files
            .iter()
            .map(|p| p.file_name().unwrap().to_string_lossy().to_string())
            .collect();
        // The directory named like a file is listed so the checker can report it.
        assert_eq!(names, vec!["a.yaml", "dir.yaml"]);
        // Named explicitly, a link out of the register is refused; one inside is read.
        let err = list_assessment_files(root, &[root.join("assessments/evil.yaml")]).unwrap_err();
        assert!(err.to_string().contains("outside the register"), "{err}");
        std::os::unix::fs::symlink(root.join("assessments/a.yaml"), root.join("inside.yaml"))
            .unwrap();
        let files = list_assessment_files(root, &[root.join("inside.yaml")]).unwrap();
        assert_eq!(files.len(), 1);
    }
}
