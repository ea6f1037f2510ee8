//! Rendering check results for people and machines: human text, JSON (SPEC shape), JUnit XML,
//! SARIF 2.1.0 and GitHub workflow annotations.

pub mod github;
pub mod human;
pub mod json;
pub mod junit;
pub mod sarif;

use std::str::FromStr;

/// The output formats of `dataetik check --format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// `path:line:col: severity [RULE] message` with the source line and help (default).
    Human,
    /// One JSON object in the SPEC shape.
    Json,
    /// JUnit XML, one testcase per assessment and rule family.
    Junit,
    /// SARIF 2.1.0 for code-scanning tools.
    Sarif,
    /// GitHub Actions workflow commands (`::error file=...`).
    Github,
}

impl FromStr for Format {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "human" => Ok(Format::Human),
            "json" => Ok(Format::Json),
            "junit" => Ok(Format::Junit),
            "sarif" => Ok(Format::Sarif),
            "github" => Ok(Format::Github),
            other => Err(format!(
                "unknown format `{other}` (use human, json, junit, sarif or github)"
            )),
        }
    }
}
