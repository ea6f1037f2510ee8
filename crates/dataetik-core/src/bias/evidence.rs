//! The evidence file: the JSON that `dataetik bias` writes and that rule EQU-006 re-reads.
//!
//! The shape is fixed: an assessment's bias test cites the file (README "Bias testing from data"),
//! and a reviewer or auditor must be able to read it without dataetik. The field order is part of
//! that shape and does not change.

use std::path::Path;

use serde::de::Error as _;
use serde::ser::SerializeStruct;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::i18n::Catalogue;
use crate::msg;

/// The result of one bias test, exactly as written to the evidence file.
///
/// It is both the output of [`super::compute`] and the input of [`verify_entry`], so the numbers
/// an assessment cites can always be traced back to a file that was produced by a measurement.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Evidence {
    /// Which data the test was computed from.
    pub input: InputInfo,
    /// The column holding the group (the protected attribute, e.g. `køn`).
    pub group_column: String,
    /// The column holding the decision or prediction.
    pub outcome_column: String,
    /// The column holding the true label (what should have happened), when one was given.
    pub label_column: Option<String>,
    /// The value that counts as positive in the outcome (and label) column.
    pub positive: String,
    /// One entry per group, sorted by name; suppressed groups carry only their name.
    pub groups: Vec<GroupResult>,
    /// The fairness metrics over the groups that are not suppressed.
    pub metrics: Metrics,
    /// The disparate-impact threshold the test was judged against (default 0.8).
    pub threshold: f64,
    /// Whether the test passed (see [`super::EQUAL_OPPORTUNITY_LIMIT`] for the label part).
    pub passed: bool,
}

/// Identifies the input file, so a later reader can tell whether the evidence matches the data.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InputInfo {
    /// The CSV's path as given on the command line (relative), never an absolute local path.
    pub file: String,
    /// SHA-256 of the file's bytes, lower-case hex.
    pub sha256: String,
    /// Number of data rows (the header row not counted), including rows with an empty group.
    pub rows: u64,
    /// Rows whose group value is empty: counted and reported rather than silently dropped.
    pub empty_group_rows: u64,
}

/// One group's line in the evidence file.
///
/// A suppressed group is serialised as `{"group": "…", "suppressed": true}` only: its counts and
/// rates exist nowhere in the output, so no individual in a small group can be singled out.
#[derive(Debug, Clone, PartialEq)]
pub enum GroupResult {
    /// A group large enough to be shown and to take part in the metrics.
    Shown(GroupStats),
    /// A group with fewer rows than the minimum group size.
    Suppressed {
        /// The group's value in the group column.
        group: String,
    },
}

impl GroupResult {
    /// The group's name, whether shown or suppressed.
    pub fn name(&self) -> &str {
        match self {
            GroupResult::Shown(g) => &g.group,
            GroupResult::Suppressed { group } => group,
        }
    }

    /// The statistics, or `None` for a suppressed group.
    pub fn stats(&self) -> Option<&GroupStats> {
        match self {
            GroupResult::Shown(g) => Some(g),
            GroupResult::Suppressed { .. } => None,
        }
    }
}

/// Counts and rates of a group that is shown.
#[derive(Debug, Clone, PartialEq)]
pub struct GroupStats {
    /// The group's value in the group column.
    pub group: String,
    /// Number of rows in the group.
    pub n: u64,
    /// Share of the group's rows whose outcome is positive.
    pub selection_rate: f64,
    /// Share of the group's label-positive rows whose outcome is positive; `None` without a label
    /// column or when the group has no label-positive rows.
    pub true_positive_rate: Option<f64>,
}

impl Serialize for GroupResult {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            GroupResult::Shown(g) => {
                let mut s = serializer.serialize_struct("GroupResult", 5)?;
                s.serialize_field("group", &g.group)?;
                s.serialize_field("n", &g.n)?;
                s.serialize_field("selection_rate", &g.selection_rate)?;
                s.serialize_field("true_positive_rate", &g.true_positive_rate)?;
                s.serialize_field("suppressed", &false)?;
                s.end()
            }
            GroupResult::Suppressed { group } => {
                let mut s = serializer.serialize_struct("GroupResult", 2)?;
                s.serialize_field("group", group)?;
                s.serialize_field("suppressed", &true)?;
                s.end()
            }
        }
    }
}

impl<'de> Deserialize<'de> for GroupResult {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        struct Raw {
            group: String,
            #[serde(default)]
            n: Option<u64>,
            #[serde(default)]
            selection_rate: Option<f64>,
            #[serde(default)]
            true_positive_rate: Option<f64>,
            suppressed: bool,
        }
        let raw = Raw::deserialize(deserializer)?;
        if raw.suppressed {
            if raw.n.is_some() || raw.selection_rate.is_some() || raw.true_positive_rate.is_some() {
                return Err(D::Error::custom(format!(
                    "suppressed group `{}` must not carry counts or rates",
                    raw.group
                )));
            }
            return Ok(GroupResult::Suppressed { group: raw.group });
        }
        let n = raw
            .n
            .ok_or_else(|| D::Error::custom(format!("group `{}` has no `n`", raw.group)))?;
        let selection_rate = raw.selection_rate.ok_or_else(|| {
            D::Error::custom(format!("group `{}` has no `selection_rate`", raw.group))
        })?;
        Ok(GroupResult::Shown(GroupStats {
            group: raw.group,
            n,
            selection_rate,
            true_positive_rate: raw.true_positive_rate,
        }))
    }
}

/// The three group-fairness metrics of a bias test (fairlearn's min/max definitions).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Metrics {
    /// max SR − min SR over the shown groups (0 is parity).
    pub demographic_parity_difference: Option<f64>,
    /// min SR / max SR over the shown groups (1 is parity; the four-fifths rule asks ≥ 0.8);
    /// `None` when no shown group has any positive outcome.
    pub disparate_impact_ratio: Option<f64>,
    /// max TPR − min TPR over the shown groups; `None` without a label column or when a shown
    /// group has no label-positive rows.
    pub equal_opportunity_difference: Option<f64>,
}

impl Metrics {
    /// Looks a metric up by the name used in an assessment's `metric:` field.
    /// The outer `None` means the name is not one of the three metrics dataetik computes.
    pub fn get(&self, metric: &str) -> Option<Option<f64>> {
        match metric {
            "disparate_impact_ratio" => Some(self.disparate_impact_ratio),
            "demographic_parity_difference" => Some(self.demographic_parity_difference),
            "equal_opportunity_difference" => Some(self.equal_opportunity_difference),
            _ => None,
        }
    }
}

impl Evidence {
    /// The evidence as the pretty-printed JSON written to disk (with a final newline).
    pub fn to_json(&self) -> String {
        let mut s = serde_json::to_string_pretty(self).expect("evidence always serialises");
        s.push('\n');
        s
    }
}

/// The number of decimals written in a value such as `0.91` (2) or `1` (0); `None` when the text is
/// not a plain decimal number.
fn decimals_written(value_text: &str) -> Option<usize> {
    let t = value_text.trim();
    let mantissa = t.split(['e', 'E']).next().unwrap_or(t);
    let digits = mantissa.strip_prefix(['-', '+']).unwrap_or(mantissa);
    let (int, frac) = match digits.split_once(['.', ',']) {
        Some((i, f)) => (i, f),
        None => (digits, ""),
    };
    if (int.is_empty() && frac.is_empty())
        || !int.bytes().all(|b| b.is_ascii_digit())
        || !frac.bytes().all(|b| b.is_ascii_digit())
    {
        return None;
    }
    if mantissa.len() != t.len() {
        // Scientific notation: decimals of the mantissa shifted by the exponent.
        let exp: i64 = t[mantissa.len() + 1..].parse().ok()?;
        return Some((frac.len() as i64 - exp).max(0) as usize);
    }
    Some(frac.len())
}

/// Why a bias test entry and the evidence file it cites disagree (rule EQU-006), as data; the
/// words come from the catalogue ([`EvidenceProblem::text`]). Each names the evidence file.
#[derive(Debug, Clone, PartialEq)]
pub enum EvidenceProblem {
    /// The cited path leaves the register.
    PathOutside {
        /// The path as written.
        path: String,
    },
    /// The cited path is a link out of the register.
    LinksOutside {
        /// The path as written.
        path: String,
    },
    /// The cited file does not exist.
    Missing {
        /// The path as written.
        path: String,
        /// The assessments directory the path is relative to.
        dir: String,
    },
    /// The evidence file vanished between listing and reading.
    NotFound {
        /// The evidence file, for display.
        file: String,
    },
    /// The evidence file cannot be read.
    Unreadable {
        /// The evidence file, for display.
        file: String,
        /// The operating system's reason.
        reason: String,
    },
    /// The file is not an evidence file written by `dataetik bias`.
    Invalid {
        /// The evidence file, for display.
        file: String,
        /// Where the JSON is wrong.
        line: usize,
        /// Where the JSON is wrong.
        column: usize,
        /// The JSON reader's reason.
        reason: String,
    },
    /// The entry's metric is not one dataetik computes.
    UnknownMetric {
        /// The evidence file, for display.
        file: String,
        /// The metric named in the entry.
        metric: String,
    },
    /// The evidence has no value for the metric, but the entry gives one.
    NoValue {
        /// The evidence file, for display.
        file: String,
        /// The metric.
        metric: String,
        /// The entry's value as written.
        value: String,
    },
    /// The entry's value differs from the evidence's at the written precision.
    ValueDiffers {
        /// The evidence file, for display.
        file: String,
        /// The metric.
        metric: String,
        /// The evidence's value, written with a few decimals.
        evidence: String,
        /// The entry's value as written.
        value: String,
    },
    /// The entry's value is not a number.
    NotANumber {
        /// The evidence file, for display.
        file: String,
        /// The entry's value as written.
        value: String,
    },
    /// The entry's `passed` differs from the evidence's.
    PassedDiffers {
        /// The evidence file, for display.
        file: String,
        /// The evidence's verdict.
        evidence: bool,
        /// The entry's verdict.
        entry: bool,
    },
}

impl EvidenceProblem {
    /// The problem in words.
    pub fn text(&self, cat: Catalogue) -> String {
        match self {
            EvidenceProblem::PathOutside { path } => {
                msg!(cat, "evidence-path-outside", path = path.as_str())
            }
            EvidenceProblem::LinksOutside { path } => {
                msg!(cat, "evidence-links-outside", path = path.as_str())
            }
            EvidenceProblem::Missing { path, dir } => {
                msg!(
                    cat,
                    "evidence-missing",
                    path = path.as_str(),
                    dir = dir.as_str()
                )
            }
            EvidenceProblem::NotFound { file } => {
                msg!(cat, "evidence-not-found", file = file.as_str())
            }
            EvidenceProblem::Unreadable { file, reason } => msg!(
                cat,
                "evidence-unreadable",
                file = file.as_str(),
                reason = reason.as_str()
            ),
            EvidenceProblem::Invalid {
                file,
                line,
                column,
                reason,
            } => msg!(
                cat,
                "evidence-invalid",
                file = file.as_str(),
                line = line.to_string(),
                column = column.to_string(),
                reason = reason.as_str()
            ),
            EvidenceProblem::UnknownMetric { file, metric } => msg!(
                cat,
                "evidence-unknown-metric",
                file = file.as_str(),
                metric = metric.as_str()
            ),
            EvidenceProblem::NoValue {
                file,
                metric,
                value,
            } => msg!(
                cat,
                "evidence-no-value",
                file = file.as_str(),
                metric = metric.as_str(),
                value = value.as_str()
            ),
            EvidenceProblem::ValueDiffers {
                file,
                metric,
                evidence,
                value,
            } => msg!(
                cat,
                "evidence-value-differs",
                file = file.as_str(),
                metric = metric.as_str(),
                evidence = evidence.as_str(),
                value = value.as_str()
            ),
            EvidenceProblem::NotANumber { file, value } => msg!(
                cat,
                "evidence-not-a-number",
                file = file.as_str(),
                value = value.as_str()
            ),
            EvidenceProblem::PassedDiffers {
                file,
                evidence,
                entry,
            } => msg!(
                cat,
                "evidence-passed-differs",
                file = file.as_str(),
                evidence = evidence.to_string(),
                entry = entry.to_string()
            ),
        }
    }
}

/// Checks a `bias_tests` entry against the evidence file it cites (rule EQU-006).
///
/// The evidence file is re-read; the entry's `value` must equal the evidence's value of `metric`
/// rounded to the number of decimals written in `value_text` (either rounding direction of an
/// exact tie is accepted), and the entry's `passed`, when given, must agree with the evidence.
/// `metric: other` is not compared by value. Returns every problem found.
pub fn verify_entry(
    evidence_file: &Path,
    metric: &str,
    value_text: &str,
    passed: Option<bool>,
) -> Result<(), Vec<EvidenceProblem>> {
    let file = evidence_file.display().to_string();
    let bytes = match std::fs::read(evidence_file) {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(vec![EvidenceProblem::NotFound { file }]);
        }
        Err(e) => {
            return Err(vec![EvidenceProblem::Unreadable {
                file,
                reason: e.to_string(),
            }]);
        }
    };
    let evidence: Evidence = match serde_json::from_slice(&bytes) {
        Ok(e) => e,
        Err(e) => {
            return Err(vec![EvidenceProblem::Invalid {
                file,
                line: e.line(),
                column: e.column(),
                reason: e.to_string(),
            }]);
        }
    };

    let mut problems = Vec::new();
    match evidence.metrics.get(metric) {
        None if metric == "other" => {}
        None => problems.push(EvidenceProblem::UnknownMetric {
            file: file.clone(),
            metric: metric.to_string(),
        }),
        Some(None) => problems.push(EvidenceProblem::NoValue {
            file: file.clone(),
            metric: metric.to_string(),
            value: value_text.to_string(),
        }),
        Some(Some(actual)) => match (
            decimals_written(value_text),
            value_text.trim().replace(',', ".").parse::<f64>(),
        ) {
            (Some(decimals), Ok(written)) if written.is_finite() => {
                // Equal when rounded to the written decimals: |actual − written| ≤ half a unit in
                // the last written place (a small slack absorbs binary floating-point error).
                let half_unit = 0.5 * 10f64.powi(-(decimals as i32));
                if (actual - written).abs() > half_unit + 1e-9 {
                    problems.push(EvidenceProblem::ValueDiffers {
                        file: file.clone(),
                        metric: metric.to_string(),
                        evidence: format_plain(actual, (decimals + 1).max(3)),
                        value: value_text.to_string(),
                    });
                }
            }
            _ => problems.push(EvidenceProblem::NotANumber {
                file: file.clone(),
                value: value_text.to_string(),
            }),
        },
    }
    if let Some(p) = passed {
        if p != evidence.passed {
            problems.push(EvidenceProblem::PassedDiffers {
                file,
                evidence: evidence.passed,
                entry: p,
            });
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems)
    }
}

/// `x` with at most `max_decimals` decimals and trailing zeros removed ("0.874", "1").
pub(crate) fn format_plain(x: f64, max_decimals: usize) -> String {
    let s = format!("{x:.max_decimals$}");
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    /// The problems as the sentences people read (with the full stop the finding drops).
    fn verify(
        file: &Path,
        metric: &str,
        value: &str,
        passed: Option<bool>,
        lang: Lang,
    ) -> Result<(), Vec<String>> {
        verify_entry(file, metric, value, passed).map_err(|problems| {
            problems
                .iter()
                .map(|p| format!("{}.", p.text(Catalogue::new(lang))))
                .collect()
        })
    }

    fn sample() -> Evidence {
        Evidence {
            input: InputInfo {
                file: "decisions.csv".into(),
                sha256: "ab".repeat(32),
                rows: 25,
                empty_group_rows: 1,
            },
            group_column: "køn".into(),
            outcome_column: "udpeget".into(),
            label_column: None,
            positive: "1".into(),
            groups: vec![
                GroupResult::Suppressed {
                    group: "andet".into(),
                },
                GroupResult::Shown(GroupStats {
                    group: "kvinde".into(),
                    n: 12,
                    selection_rate: 0.25,
                    true_positive_rate: None,
                }),
            ],
            metrics: Metrics {
                demographic_parity_difference: Some(0.036),
                disparate_impact_ratio: Some(0.874),
                equal_opportunity_difference: None,
            },
            threshold: 0.8,
            passed: true,
        }
    }

    #[test]
    fn json_has_exactly_the_fixed_shape() {
        let v: serde_json::Value = serde_json::from_str(&sample().to_json()).unwrap();
        let keys: Vec<_> = v.as_object().unwrap().keys().cloned().collect();
        assert_eq!(
            keys,
            [
                "input",
                "group_column",
                "outcome_column",
                "label_column",
                "positive",
                "groups",
                "metrics",
                "threshold",
                "passed"
            ]
        );
        let input: Vec<_> = v["input"].as_object().unwrap().keys().cloned().collect();
        assert_eq!(input, ["file", "sha256", "rows", "empty_group_rows"]);
        assert_eq!(
            v["groups"][0],
            serde_json::json!({"group": "andet", "suppressed": true})
        );
        let g: Vec<_> = v["groups"][1]
            .as_object()
            .unwrap()
            .keys()
            .cloned()
            .collect();
        assert_eq!(
            g,
            [
                "group",
                "n",
                "selection_rate",
                "true_positive_rate",
                "suppressed"
            ]
        );
        assert!(v["groups"][1]["true_positive_rate"].is_null());
        let m: Vec<_> = v["metrics"].as_object().unwrap().keys().cloned().collect();
        assert_eq!(
            m,
            [
                "demographic_parity_difference",
                "disparate_impact_ratio",
                "equal_opportunity_difference"
            ]
        );
        assert!(v["label_column"].is_null());
    }

    #[test]
    fn json_round_trips_and_rejects_counts_on_suppressed_groups() {
        let e = sample();
        let back: Evidence = serde_json::from_str(&e.to_json()).unwrap();
        assert_eq!(back, e);
        let bad = e.to_json().replace(
            r#""group": "andet",
      "suppressed": true"#,
            r#""group": "andet", "n": 3, "suppressed": true"#,
        );
        assert_ne!(bad, e.to_json());
        assert!(serde_json::from_str::<Evidence>(&bad).is_err());
    }

    #[test]
    fn decimals_are_counted_as_written() {
        assert_eq!(decimals_written("0.91"), Some(2));
        assert_eq!(decimals_written("0.910"), Some(3));
        assert_eq!(decimals_written("1"), Some(0));
        assert_eq!(decimals_written("0,9"), Some(1));
        assert_eq!(decimals_written("-0.05"), Some(2));
        assert_eq!(decimals_written("8.7e-1"), Some(2));
        assert_eq!(decimals_written("abc"), None);
        assert_eq!(decimals_written(""), None);
        assert_eq!(decimals_written("."), None);
    }

    fn write_sample(dir: &Path) -> std::path::PathBuf {
        let p = dir.join("ev.json");
        std::fs::write(&p, sample().to_json()).unwrap();
        p
    }

    #[test]
    fn verify_accepts_the_rounded_value() {
        let dir = tempfile::tempdir().unwrap();
        let p = write_sample(dir.path());
        verify(&p, "disparate_impact_ratio", "0.87", Some(true), Lang::En).unwrap();
        verify(&p, "disparate_impact_ratio", "0.874", Some(true), Lang::En).unwrap();
        verify(&p, "disparate_impact_ratio", "0.9", None, Lang::En).unwrap();
        verify(
            &p,
            "demographic_parity_difference",
            "0.04",
            Some(true),
            Lang::Da,
        )
        .unwrap();
        verify(&p, "other", "whatever", Some(true), Lang::Da).unwrap();
    }

    #[test]
    fn verify_accepts_either_rounding_of_an_exact_tie() {
        let dir = tempfile::tempdir().unwrap();
        let mut e = sample();
        e.metrics.disparate_impact_ratio = Some(0.875);
        let p = dir.path().join("tie.json");
        std::fs::write(&p, e.to_json()).unwrap();
        verify(&p, "disparate_impact_ratio", "0.88", None, Lang::En).unwrap();
        verify(&p, "disparate_impact_ratio", "0.87", None, Lang::En).unwrap();
        assert!(verify(&p, "disparate_impact_ratio", "0.86", None, Lang::En).is_err());
    }

    #[test]
    fn verify_reports_changed_value_and_disagreeing_passed() {
        let dir = tempfile::tempdir().unwrap();
        let p = write_sample(dir.path());
        let problems =
            verify(&p, "disparate_impact_ratio", "0.91", Some(false), Lang::En).unwrap_err();
        assert_eq!(problems.len(), 2, "{problems:?}");
        assert!(
            problems[0].contains("evidence says 0.874, entry says 0.91"),
            "{}",
            problems[0]
        );
        assert!(problems[0].contains("ev.json"));
        assert!(
            problems[1].contains("evidence says true, entry says false"),
            "{}",
            problems[1]
        );
        let da = verify(&p, "disparate_impact_ratio", "0.91", None, Lang::Da).unwrap_err();
        assert!(
            da[0].contains("evidensen siger 0.874, testen siger 0.91"),
            "{}",
            da[0]
        );
    }

    #[test]
    fn verify_reports_missing_invalid_and_null() {
        let dir = tempfile::tempdir().unwrap();
        let missing = dir.path().join("nope.json");
        let e = verify(&missing, "disparate_impact_ratio", "0.9", None, Lang::En).unwrap_err();
        assert!(
            e[0].contains("does not exist") && e[0].contains("nope.json"),
            "{e:?}"
        );
        let e = verify(&missing, "disparate_impact_ratio", "0.9", None, Lang::Da).unwrap_err();
        assert!(e[0].contains("findes ikke"), "{e:?}");

        let bad = dir.path().join("bad.json");
        std::fs::write(&bad, "{\"input\": 3").unwrap();
        let e = verify(&bad, "disparate_impact_ratio", "0.9", None, Lang::En).unwrap_err();
        assert!(
            e[0].contains("not a valid") && e[0].contains("line 1"),
            "{e:?}"
        );

        let p = write_sample(dir.path());
        let e = verify(&p, "equal_opportunity_difference", "0.05", None, Lang::En).unwrap_err();
        assert!(
            e[0].contains("no value for `equal_opportunity_difference`"),
            "{e:?}"
        );
        let e = verify(&p, "disparate_impact_ratio", "høj", None, Lang::En).unwrap_err();
        assert!(e[0].contains("not a number"), "{e:?}");
        let e = verify(&p, "gini", "0.5", None, Lang::En).unwrap_err();
        assert!(e[0].contains("`gini`"), "{e:?}");

        let unreadable = dir.path().join("dir.json");
        std::fs::create_dir(&unreadable).unwrap();
        let e = verify(&unreadable, "disparate_impact_ratio", "0.9", None, Lang::En).unwrap_err();
        assert!(e[0].contains("cannot be read"), "{e:?}");
    }
}
