//! GEN-006 (register-wide): every project directory matched by `projects:` in dataetik.yaml
//! must be covered by some assessment's `code_paths`.

use super::{BuiltinRule, NoParams, Scope, Unit};
use crate::check::{Detail, FileResult, Finding, FindingBuilder};
use crate::load::Span;
use crate::register::{display_path, normalize_relative, Register};

/// GEN-006.
pub(crate) struct Gen006;

impl BuiltinRule for Gen006 {
    const ID: &'static str = "GEN-006";
    const SCOPE: Scope = Scope::Register;
    type Params = NoParams;

    fn check_register(
        reg: &Register,
        files: &mut [FileResult],
        _: &NoParams,
        out: &mut Vec<Finding>,
    ) {
        if reg.config.projects.is_empty() {
            return;
        }
        let policy = reg.policy();
        let covered: Vec<std::path::PathBuf> = files
            .iter()
            .filter_map(|f| f.model.as_ref())
            .flat_map(|m| m.code_paths.iter().flatten())
            .filter_map(|p| normalize_relative(p))
            .collect();
        // Each directory with the first pattern that found it.
        let mut dirs = Vec::new();
        for (i, pattern) in reg.config.projects.iter().enumerate() {
            let full = reg.root.join(pattern);
            if let Ok(paths) = glob::glob(&full.to_string_lossy()) {
                for p in paths.flatten() {
                    if p.is_dir() {
                        dirs.push((p, i));
                    }
                }
            }
        }
        dirs.sort();
        dirs.dedup_by(|a, b| a.0 == b.0);
        for (dir, pattern) in dirs {
            let rel = dir.strip_prefix(&reg.root).unwrap_or(&dir).to_path_buf();
            if rel
                .file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with('.'))
            {
                continue;
            }
            if covered.iter().any(|c| rel.starts_with(c)) {
                continue;
            }
            // An assessment with a YAML syntax error has its own GEN-001; if its text names
            // this directory it very likely covers it, so do not also call the project
            // unassessed.
            let rel_text = rel.to_string_lossy().replace('\\', "/");
            if files
                .iter()
                .filter_map(|f| f.unparsed_text.as_deref())
                .any(|t| t.contains(rel_text.as_str()))
            {
                continue;
            }
            let shown = display_path(&dir);
            let fb = FindingBuilder {
                policy,
                file: &shown,
                source: "",
            };
            let d = Detail::UnassessedDirectory { dir: rel_text };
            if let Some(f) = fb.make(Self::ID, Span::START, None, d, None, None) {
                let span = reg
                    .config_source
                    .patterns
                    .get(pattern)
                    .copied()
                    .or(reg.config_source.projects);
                out.push(super::util::at_config(reg, span, "projects", f));
            }
        }
    }
}

/// The registry entry.
pub(crate) const UNIT: Unit = Unit::of::<Gen006>();
