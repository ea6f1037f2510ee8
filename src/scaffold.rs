//! Scaffolding: `dataetik new ID` and `dataetik init`. Neither ever overwrites a file.

use std::path::{Path, PathBuf};

use crate::fsutil::write_new;
use crate::model::Date;

/// The assessment template with every field and Danish guidance comments.
pub const NEW_ASSESSMENT_TEMPLATE: &str = include_str!("../templates/new-assessment.yaml");

/// Checks that an id can name an assessment file: `[a-z0-9-]+`.
pub fn validate_id(id: &str) -> Result<(), String> {
    if id.is_empty()
        || !id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
    {
        return Err(format!(
            "`{id}` is not a valid id: use lowercase letters a-z, digits and hyphens, e.g. bkf-2026-tidlig-opsporing"
        ));
    }
    if id.starts_with('-') || id.ends_with('-') {
        return Err(format!(
            "`{id}` is not a valid id: it may not start or end with a hyphen"
        ));
    }
    Ok(())
}

/// The text of a new assessment for `id`, started `today`.
pub fn new_assessment(id: &str, today: Date) -> String {
    NEW_ASSESSMENT_TEMPLATE
        .replace("{{id}}", id)
        .replace("{{today}}", &today.to_string())
}

/// Writes a new assessment to `dir/<id>.yaml`; fails if it exists.
pub fn write_new_assessment(dir: &Path, id: &str, today: Date) -> Result<PathBuf, String> {
    validate_id(id)?;
    let path = dir.join(format!("{id}.yaml"));
    write_new(&path, new_assessment(id, today).as_bytes()).map_err(|e| match e.kind() {
        std::io::ErrorKind::AlreadyExists => {
            format!(
                "{} already exists; dataetik never overwrites an assessment",
                path.display()
            )
        }
        _ => format!("{}: {e}", path.display()),
    })?;
    Ok(path)
}

/// The dataetik.yaml written by `init`.
pub fn config_template(organisation: &str) -> String {
    format!(
        "# dataetik register configuration. See `dataetik --help`.\n\
         organisation: {org}\n\
         language: da                 # da | en: language of messages and reports\n\
         policy: builtin:gladsaxe     # or a path to your own policy file (`dataetik rules --export`)\n\
         assessments: assessments     # one YAML file per data project\n\
         # Every directory matching these patterns must be covered by an assessment's code_paths:\n\
         projects: []                 # e.g. [\"projects/*\"]\n\
         report:\n  committee: Økonomiudvalget # who receives the annual report\n",
        org = serde_json::to_string(organisation).unwrap_or_else(|_| "\"\"".into())
    )
}

/// A GitHub Actions workflow that gates merges with `dataetik check`.
pub const GITHUB_WORKFLOW: &str = include_str!("../templates/github-workflow.yml");

/// What `init` did with each file.
#[derive(Debug)]
pub struct InitOutcome {
    /// Files created.
    pub created: Vec<PathBuf>,
    /// Files that existed and were left untouched.
    pub kept: Vec<PathBuf>,
}

/// Creates dataetik.yaml, assessments/ and a CI workflow example in `root`, keeping existing files.
pub fn init(root: &Path, organisation: &str) -> std::io::Result<InitOutcome> {
    let mut outcome = InitOutcome {
        created: Vec::new(),
        kept: Vec::new(),
    };
    let files: [(PathBuf, String); 3] = [
        (root.join("dataetik.yaml"), config_template(organisation)),
        (root.join("assessments/evidence/.gitkeep"), String::new()),
        (
            root.join(".github/workflows/dataetik.yml"),
            GITHUB_WORKFLOW.to_string(),
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
    fn ids() {
        assert!(validate_id("bkf-2026-x").is_ok());
        assert!(validate_id("Bkf").is_err());
        assert!(validate_id("../x").is_err());
        assert!(validate_id("").is_err());
    }

    #[test]
    fn template_is_valid_yaml_for_any_id() {
        let text = new_assessment("abc-1", Date::parse("2026-01-02").unwrap());
        let tree = crate::load::parse(&text, &Default::default()).unwrap();
        assert_eq!(tree.get("id").unwrap().scalar().unwrap().text, "abc-1");
        assert!(crate::load::de::from_node::<crate::model::Assessment>(&tree).is_ok());
    }
}
