//! `dataetik bias`: compute bias metrics from a CSV of decisions and write an evidence file.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use dataetik_core::bias::{self, BiasOptions};
use dataetik_core::fsutil::{normalize, relative_to, same_path};
use dataetik_core::i18n::{Catalogue, Lang};
use dataetik_core::msg;

use super::{print_out, CliError};

const LONG_ABOUT: &str = "\
Compute group-fairness metrics from a CSV of decisions and write an evidence file that an \
assessment's bias test can cite (principles.equality.bias_tests[].evidence; checked by EQU-006).

The CSV has a header row and one row per citizen or case. It is streamed once (memory does not \
grow with the number of rows) and its SHA-256 is recorded. The delimiter (`;`, `,` or tab) is \
detected from the header row unless --delimiter is given. Fields are trimmed; the file must be \
UTF-8 (a UTF-8 BOM is fine).

Per group (the values of --group):
  selection rate SR(g)        share of the group's rows whose --outcome equals --positive
  true-positive rate TPR(g)   SR among the group's rows whose --label equals --positive

Metrics, over the groups that are not suppressed:
  demographic_parity_difference  = max SR − min SR        (0 is parity)
  disparate_impact_ratio         = min SR / max SR        (1 is parity)
  equal_opportunity_difference   = max TPR − min TPR      (only with --label)
These are the min/max (\"between_groups\") definitions of fairlearn's \
demographic_parity_difference, demographic_parity_ratio (= disparate impact ratio) and \
equal_opportunity_difference, so the numbers can be reproduced with fairlearn.

The test passes when disparate_impact_ratio ≥ --threshold (default 0.8: the four-fifths rule, a \
group's selection rate should be at least 80 % of the most selected group's) and, with --label, \
equal_opportunity_difference ≤ 0.1. A metric that cannot be computed does not pass.

Suppression: a group with fewer than --min-group-size rows (default 10, at least 5) is left out of \
the metrics and its counts and rates are shown nowhere (not in the file, not on the terminal): \
only its name and \"suppressed\", so no individual can be singled out. Rows with an empty group \
value are counted and reported, not silently dropped.

Privacy (the evidence file is committed to git, and the output often ends up in CI logs):
  - --min-group-size must be at least 5: groups of fewer than 5 could identify individuals.
  - The evidence file and the table list a hidden group by name only.
  - A group column with a value that looks like a CPR number is refused before anything is
    written: DDMMYY-SSSS, DDMMYY SSSS, or ten digits starting with a valid DDMMYY date.
  - So is a column where more than half of the rows have a value of their own (an id or name
    column): its \"groups\" would be individuals.
  - Messages never quote values from the data, only column names, counts and line numbers.
    When no row has the --positive value, the message says how many distinct values the
    column has and how to look at them yourself.
Known limit: the evidence file states the number of rows and of rows
without a group (rows, empty_group_rows), and each shown group's n. So when exactly one group
is hidden, its size can be worked out (rows − empty_group_rows − the shown n's); the table
then says so. Merge tiny groups (e.g. into \"andet\") before testing, so that no group is hidden.

Prints a table, writes the evidence JSON (default assessments/evidence/<csv stem>.json), and \
prints a ready bias_tests entry to paste into the assessment. The exit code is 0 whether or not \
the test passed (it is a measurement); 2 on a usage, data or I/O error.";

/// Flags of `dataetik bias` (README "Bias testing from data").
#[derive(Debug, Clone, clap::Args)]
#[command(
    about = "Compute bias metrics from a CSV of decisions and write an evidence file",
    long_about = LONG_ABOUT
)]
pub(crate) struct BiasArgs {
    /// CSV of decisions: a header row, then one row per citizen or case.
    #[arg(value_name = "CSV")]
    pub csv: PathBuf,

    /// Column holding the group to compare (the protected attribute), e.g. `køn`.
    #[arg(long, value_name = "COL")]
    pub group: String,

    /// Column holding the decision or prediction (selected when it equals --positive).
    #[arg(long, value_name = "COL")]
    pub outcome: String,

    /// Column holding the true label (what should have happened); adds true-positive rates and
    /// equal_opportunity_difference.
    #[arg(long, value_name = "COL")]
    pub label: Option<String>,

    /// Value that counts as positive in the outcome and label columns.
    #[arg(long, value_name = "VALUE", default_value = "1")]
    pub positive: String,

    /// Group the table compares every group's selection rate with (default: the highest).
    /// The metrics are always min/max over all groups shown.
    #[arg(long, value_name = "GROUP")]
    pub reference: Option<String>,

    /// Groups with fewer rows are suppressed: left out of the metrics, their numbers shown nowhere
    /// (only their name). At least 5: smaller groups could identify individuals.
    // The floor is checked by `bias::compute`, so the message is in the user's language.
    #[arg(long, value_name = "N", default_value_t = 10)]
    pub min_group_size: u64,

    /// Disparate impact ratio needed to pass (0.8 = the four-fifths rule).
    #[arg(long, value_name = "R", default_value_t = 0.8, value_parser = parse_threshold)]
    pub threshold: f64,

    /// Where to write the evidence JSON [default: assessments/evidence/<csv stem>.json].
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,

    /// Field delimiter: `;`, `,`, `tab` or any single ASCII character [default: detected].
    #[arg(long, value_name = "CHAR", value_parser = parse_delimiter)]
    pub delimiter: Option<u8>,
}

fn parse_threshold(s: &str) -> Result<f64, String> {
    let v: f64 = s
        .trim()
        .replace(',', ".")
        .parse()
        .map_err(|_| format!("`{s}` is not a number"))?;
    if v.is_finite() && (0.0..=1.0).contains(&v) {
        Ok(v)
    } else {
        Err(format!("{s} is not between 0 and 1"))
    }
}

fn parse_delimiter(s: &str) -> Result<u8, String> {
    match s {
        "tab" | "\\t" | "\t" => Ok(b'\t'),
        _ if s.len() == 1 && s.is_ascii() && s != "\"" && s != "\n" && s != "\r" => {
            Ok(s.as_bytes()[0])
        }
        _ => Err(format!(
            "`{s}` is not a single ASCII character (use e.g. `;`, `,` or `tab`)"
        )),
    }
}

/// Runs `dataetik bias`: computes, writes the evidence file atomically, prints the table, where
/// the file went and the ready YAML entry. `Ok(ExitCode::SUCCESS)` whether or not the test passed;
/// `Err` is a usage, data or I/O error (the caller prints "error: …" and exits 2).
pub(super) fn run(
    args: &BiasArgs,
    lang: Lang,
    assessments_dir: &Path,
) -> Result<ExitCode, CliError> {
    let cat = Catalogue::new(lang);
    let opts = BiasOptions {
        csv: args.csv.clone(),
        group: args.group.clone(),
        outcome: args.outcome.clone(),
        label: args.label.clone(),
        positive: args.positive.clone(),
        reference: args.reference.clone(),
        min_group_size: args.min_group_size,
        threshold: args.threshold,
        delimiter: args.delimiter,
    };
    let evidence = bias::compute(&opts).map_err(|e| CliError::Message(e.message(lang)))?;

    let out = args
        .out
        .clone()
        .unwrap_or_else(|| bias::default_evidence_path(&args.csv, assessments_dir));
    if same_path(&out, &args.csv) {
        return Err(CliError::Message(msg!(
            cat,
            "bias-out-is-csv",
            path = out.display().to_string()
        )));
    }
    dataetik_core::fsutil::write_atomic(&out, evidence.to_json().as_bytes()).map_err(|e| {
        CliError::Message(msg!(
            cat,
            "bias-cannot-write",
            path = out.display().to_string(),
            reason = e.to_string()
        ))
    })?;

    let rel = relative_to(&out, assessments_dir);
    let today = jiff::Zoned::now().date();
    let entry = bias::bias_test_entry(&evidence, today, &rel, lang);
    let table = bias::render_table(
        &evidence,
        args.reference.as_deref(),
        args.min_group_size,
        lang,
    );
    let shown_out: String = normalize(&out).to_string_lossy().into_owned();
    let (written, paste) = (msg!(cat, "bias-written"), msg!(cat, "bias-paste"));
    print_out(&format!(
        "{table}\n{written}: {shown_out}\n\n{paste}\n\n{entry}"
    ))?;
    Ok(ExitCode::SUCCESS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn delimiters_and_thresholds_parse() {
        assert_eq!(parse_delimiter(";"), Ok(b';'));
        assert_eq!(parse_delimiter("tab"), Ok(b'\t'));
        assert!(parse_delimiter(";;").is_err());
        assert!(parse_delimiter("ø").is_err());
        assert_eq!(parse_threshold("0,75"), Ok(0.75));
        assert!(parse_threshold("1.5").is_err());
        assert!(parse_threshold("NaN").is_err());
    }
}
