//! Rendering check results for people and machines: human text, JSON (a fixed shape), JUnit XML,
//! SARIF 2.1.0 and GitHub workflow annotations.

pub mod github;
pub mod human;
pub mod json;
pub mod junit;
pub mod safe;
pub mod sarif;

use std::io::Write;
use std::str::FromStr;

use crate::check::CheckResult;
use crate::i18n::Catalogue;
use crate::policy::Policy;

/// The output formats of `dataetik check --format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// `path:line:col: severity [RULE] message` with the source line and help (default).
    Human,
    /// One JSON object in a fixed shape that scripts can rely on.
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

/// How to write a check result, besides its format.
#[derive(Debug, Clone, Copy, Default)]
pub struct EmitOptions {
    /// Show each assessment's risk points breakdown (human output, `-v`).
    pub verbose: bool,
    /// Warnings fail too (changes verdicts and failing testcases).
    pub strict: bool,
}

/// Writes `result` in `format` to `w`, every text in the catalogue's language. The one entry
/// point of every output format: the CLI, tests and other front ends call this.
///
/// Human output holds ANSI colour codes; write it through a stream that strips them when the
/// destination is not a terminal (the CLI uses `anstream`). Errors are the writer's: a closed
/// pipe comes back as [`std::io::ErrorKind::BrokenPipe`].
pub fn emit(
    format: Format,
    result: &CheckResult,
    policy: &Policy,
    cat: Catalogue,
    opts: EmitOptions,
    w: &mut dyn Write,
) -> std::io::Result<()> {
    match format {
        Format::Human => {
            let text = human::render(
                result,
                policy,
                cat,
                human::HumanOptions {
                    verbose: opts.verbose,
                    strict: opts.strict,
                },
            );
            w.write_all(text.as_bytes())?;
        }
        // Streamed: a 10,000-file result is tens of megabytes of JSON.
        Format::Json => json::render_to(result, policy, cat, w)?,
        Format::Junit => w.write_all(junit::render(result, policy, cat, opts.strict).as_bytes())?,
        Format::Sarif => w.write_all(sarif::render(result, policy, cat).as_bytes())?,
        Format::Github => w.write_all(github::render(result, policy, cat).as_bytes())?,
    }
    w.flush()
}
