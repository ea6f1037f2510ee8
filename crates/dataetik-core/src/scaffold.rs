//! Scaffolding: `dataetik new ID` and `dataetik init`. Neither ever overwrites a file.

use std::path::{Path, PathBuf};

use crate::fsutil::write_new;
use crate::i18n::{Catalogue, Lang};
use crate::model::Date;
use crate::msg;

/// The assessment template with every field and Danish guidance comments.
pub const NEW_ASSESSMENT_TEMPLATE: &str = include_str!("../templates/new-assessment.yaml");

/// Why `dataetik new` cannot write the assessment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NewError {
    /// The id has characters other than a-z, 0-9 and `-`.
    InvalidId {
        /// The id.
        id: String,
    },
    /// The id starts or ends with `-`.
    Hyphen {
        /// The id.
        id: String,
    },
    /// The file exists; it is never overwritten.
    Exists {
        /// The file.
        path: PathBuf,
    },
    /// The file cannot be written.
    Write {
        /// The file.
        path: PathBuf,
        /// The operating system's reason.
        reason: String,
    },
}

impl NewError {
    /// The error in words.
    pub fn text(&self, cat: Catalogue) -> String {
        match self {
            NewError::InvalidId { id } => msg!(cat, "id-invalid", id = id.as_str()),
            NewError::Hyphen { id } => msg!(cat, "id-hyphen", id = id.as_str()),
            NewError::Exists { path } => {
                msg!(cat, "new-exists", path = path.display().to_string())
            }
            NewError::Write { path, reason } => msg!(
                cat,
                "new-cannot-write",
                path = path.display().to_string(),
                reason = reason.as_str()
            ),
        }
    }
}

impl std::fmt::Display for NewError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text(Catalogue::new(Lang::En)))
    }
}

impl std::error::Error for NewError {}

/// Checks that an id can name an assessment file: `[a-z0-9-]+`.
pub fn validate_id(id: &str) -> Result<(), NewError> {
    if id.is_empty()
        || !id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
    {
        return Err(NewError::InvalidId { id: id.to_string() });
    }
    if id.starts_with('-') || id.ends_with('-') {
        return Err(NewError::Hyphen { id: id.to_string() });
    }
    Ok(())
}

/// The text of a new assessment for `id`, started `today`.
pub fn new_assessment(id: &str, today: Date) -> String {
    NEW_ASSESSMENT_TEMPLATE
        .replace("{{id}}", id)
        .replace("{{today}}", &today.to_string())
}

/// Where `init` writes the JSON Schema, relative to the register root.
pub const SCHEMA_PATH: &str = "schema/assessment.schema.json";

/// The template's editor modeline path, valid for the default `assessments: assessments`.
const DEFAULT_SCHEMA_REF: &str = "../schema/assessment.schema.json";

/// The schema reference for the modeline of a file in the `assessments` directory (as written
/// in dataetik.yaml), so editors find `schema/assessment.schema.json` at the register root
/// however deep the directory is: `assessments` -> `../schema/...`, `data/vurderinger` ->
/// `../../schema/...`. `None` for a path that leaves the register or is absolute.
pub fn schema_ref_for(assessments: &str) -> Option<String> {
    let rel = crate::register::normalize_relative(assessments)?;
    let depth = rel.components().count();
    Some(format!("{}{SCHEMA_PATH}", "../".repeat(depth)))
}

/// Writes a new assessment to `dir/<id>.yaml`; fails if it exists.
pub fn write_new_assessment(dir: &Path, id: &str, today: Date) -> Result<PathBuf, NewError> {
    write_new_assessment_with_schema(dir, id, today, DEFAULT_SCHEMA_REF)
}

/// Like [`write_new_assessment`], with the modeline pointing at `schema_ref` (see
/// [`schema_ref_for`]) instead of `../schema/assessment.schema.json`.
pub fn write_new_assessment_with_schema(
    dir: &Path,
    id: &str,
    today: Date,
    schema_ref: &str,
) -> Result<PathBuf, NewError> {
    validate_id(id)?;
    let path = dir.join(format!("{id}.yaml"));
    let text = new_assessment(id, today).replacen(
        &format!("$schema={DEFAULT_SCHEMA_REF}"),
        &format!("$schema={schema_ref}"),
        1,
    );
    write_new(&path, text.as_bytes()).map_err(|e| match e.kind() {
        std::io::ErrorKind::AlreadyExists => NewError::Exists { path: path.clone() },
        _ => NewError::Write {
            path: path.clone(),
            reason: e.to_string(),
        },
    })?;
    Ok(path)
}

/// The dataetik.yaml written by `init`.
pub fn config_template(organisation: &str) -> String {
    format!(
        "# Opsætning af dataetik-registret. Se `dataetik --help`.\n\
         organisation: {org}\n\
         language: da                 # da | en: sprog i meddelelser og redegørelse\n\
         policy: builtin:gladsaxe     # eller stien til jeres egen politikfil (`dataetik rules --export`)\n\
         assessments: assessments     # én YAML-fil pr. dataprojekt\n\
         # Hver mappe, der passer på disse mønstre, skal være dækket af en vurderings code_paths:\n\
         projects: []                 # fx [\"projects/*\"]\n\
         report:\n  committee: Økonomiudvalget # det udvalg, der modtager den årlige redegørelse\n",
        org = serde_json::to_string(organisation).unwrap_or_else(|_| "\"\"".into())
    )
}

/// A GitHub Actions workflow that gates merges with `dataetik check`, through the dataetik
/// action; `{{version}}` stands for the version of this dataetik (see [`github_workflow`]).
pub const GITHUB_WORKFLOW: &str = include_str!("../templates/github-workflow.yml");

/// The workflow `init` writes: it pins the action (and so the binary it installs) to the
/// dataetik version that wrote it, so a new register's CI checks with the rules its author saw.
pub fn github_workflow() -> String {
    GITHUB_WORKFLOW.replace("{{version}}", env!("CARGO_PKG_VERSION"))
}

/// What `init` did with each file.
#[derive(Debug)]
pub struct InitOutcome {
    /// Files created.
    pub created: Vec<PathBuf>,
    /// Files that existed and were left untouched.
    pub kept: Vec<PathBuf>,
}

/// Creates dataetik.yaml, assessments/, the JSON Schemas (assessments and supplier files) and a
/// CI workflow example in `root`, keeping existing files.
///
/// The schema is written to `schema/assessment.schema.json` because every assessment starts with
/// a `yaml-language-server` modeline pointing there (`../schema/...` from `assessments/`), so
/// editors complete and validate fields without network access or extra settings.
pub fn init(root: &Path, organisation: &str) -> std::io::Result<InitOutcome> {
    let mut outcome = InitOutcome {
        created: Vec::new(),
        kept: Vec::new(),
    };
    let files: [(PathBuf, String); 5] = [
        (root.join("dataetik.yaml"), config_template(organisation)),
        (root.join("assessments/evidence/.gitkeep"), String::new()),
        (root.join(SCHEMA_PATH), crate::schema::assessment_schema()),
        // Supplier files (`dataetik new --supplier ID`) point at this one.
        (
            root.join(crate::supplier::SCHEMA_PATH),
            crate::supplier::supplier_schema(),
        ),
        (
            root.join(".github/workflows/dataetik.yml"),
            github_workflow(),
        ),
    ];
    for (path, text) in files {
        match write_new(&path, text.as_bytes()) {
            Ok(()) => outcome.created.push(path),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => outcome.kept.push(path),
            Err(e) => return Err(e),
        }
    }
    Ok(outcome)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn modeline_follows_the_assessments_directory() {
        assert!(NEW_ASSESSMENT_TEMPLATE.starts_with(&format!(
            "# yaml-language-server: $schema={DEFAULT_SCHEMA_REF}\n"
        )));
        assert_eq!(
            schema_ref_for("assessments").as_deref(),
            Some(DEFAULT_SCHEMA_REF)
        );
        assert_eq!(
            schema_ref_for("./data/vurderinger/").as_deref(),
            Some("../../schema/assessment.schema.json")
        );
        assert_eq!(schema_ref_for("../elsewhere"), None);
    }

    #[test]
    fn the_workflow_pins_the_action_to_this_version() {
        let workflow = github_workflow();
        assert!(!workflow.contains("{{"), "{workflow}");
        assert!(workflow.contains(&format!(
            "uses: dataetik/dataetik@v{}\n",
            env!("CARGO_PKG_VERSION")
        )));
        assert!(
            !workflow.contains("cargo"),
            "no compiling in CI: {workflow}"
        );
    }

    #[test]
    fn ids() {
        assert!(validate_id("bkf-2026-x").is_ok());
        assert!(validate_id("Bkf").is_err());
        assert!(validate_id("../x").is_err());
        assert!(validate_id("").is_err());
    }

    /// The template with its commented list examples (`key: []` followed by `#   - ...` lines)
    /// turned into real entries, as a team would after removing `[]` and the comment signs.
    fn with_examples(text: &str) -> String {
        let mut out = Vec::new();
        let mut in_example = false;
        let lines: Vec<&str> = text.lines().collect();
        for (i, line) in lines.iter().enumerate() {
            let t = line.trim_start();
            if in_example && t.starts_with("#   ") {
                out.push(line.replacen('#', " ", 1));
                continue;
            }
            in_example = false;
            let next_is_example = lines
                .get(i + 1)
                .is_some_and(|n| n.trim_start().starts_with("#   "));
            if line.ends_with(": []") && next_is_example {
                out.push(line.trim_end_matches(" []").to_string());
                in_example = true;
            } else {
                out.push(line.to_string());
            }
        }
        out.join("\n") + "\n"
    }

    fn has_path(node: &crate::load::Node, path: &str) -> bool {
        let Some((head, rest)) = path
            .split_once('.')
            .map_or(Some((path, None)), |(h, r)| Some((h, Some(r))))
        else {
            return false;
        };
        let (key, each) = match head.strip_suffix("[]") {
            Some(k) => (k, true),
            None => (head, false),
        };
        let Some(child) = node.get(key) else {
            return false;
        };
        match (rest, each) {
            (None, _) => true,
            (Some(r), false) => has_path(child, r),
            (Some(r), true) => child.items().iter().any(|i| has_path(i, r)),
        }
    }

    #[test]
    fn template_shows_every_field_and_loads_as_version_2() {
        let text = new_assessment("abc-1", Date::parse("2026-01-02").unwrap());
        let examples = with_examples(&text);
        let limits = Default::default();
        let plain = crate::load::parse(&text, &limits).unwrap();
        let filled = crate::load::parse(&examples, &limits).unwrap_or_else(|e| {
            panic!("the commented examples are not valid YAML: {e}\n{examples}")
        });
        // Filled in with nothing, the template loads as a version 2 assessment.
        assert_eq!(
            crate::version::effective(&plain),
            crate::version::SchemaVersion::V2
        );
        assert!(crate::version::problems(&plain).is_empty());
        if let Err(e) = crate::load::de::from_node::<crate::model::Assessment>(&plain) {
            panic!("{e}");
        }
        let missing: Vec<String> = crate::schema::fields()
            .into_iter()
            .map(|f| f.path)
            .filter(|p| !has_path(&plain, p) && !has_path(&filled, p))
            .collect();
        assert!(
            missing.is_empty(),
            "fields the template does not show: {missing:?}"
        );
        // Every field has a guidance comment: on the line above, or beside it.
        let lines: Vec<&str> = text.lines().collect();
        let mut bare = Vec::new();
        for (i, line) in lines.iter().enumerate() {
            let t = line.trim_start().trim_start_matches("- ");
            if line.trim_start().starts_with('#') || !t.contains(':') || line.contains(" # ") {
                continue;
            }
            if t.ends_with(':') {
                // A section: its fields carry the comments.
                continue;
            }
            // Commented on the line above, or a field of a list item or section that is.
            let indent = |l: &str| l.len() - l.trim_start().len();
            let mut k = i;
            let mut covered = false;
            loop {
                let above = lines[..k]
                    .iter()
                    .rev()
                    .find(|l| !l.trim().is_empty())
                    .unwrap_or(&"");
                if above.trim_start().starts_with('#') {
                    covered = true;
                    break;
                }
                // Up to the parent: the nearest key line above that is indented less.
                let me = indent(lines[k])
                    + if lines[k].trim_start().starts_with("- ") {
                        2
                    } else {
                        0
                    };
                match (0..k).rev().find(|&j| {
                    let l = lines[j];
                    !l.trim().is_empty() && !l.trim_start().starts_with('#') && indent(l) < me
                }) {
                    Some(j) => k = j,
                    None => break,
                }
            }
            if !covered {
                bare.push(format!("{}: {t}", i + 1));
            }
        }
        assert!(
            bare.is_empty(),
            "fields without a guidance comment: {bare:#?}"
        );
    }

    #[test]
    fn template_is_valid_yaml_for_any_id() {
        let text = new_assessment("abc-1", Date::parse("2026-01-02").unwrap());
        let tree = crate::load::parse(&text, &Default::default()).unwrap();
        assert_eq!(tree.get("id").unwrap().scalar().unwrap().text, "abc-1");
        assert!(crate::load::de::from_node::<crate::model::Assessment>(&tree).is_ok());
    }
}
