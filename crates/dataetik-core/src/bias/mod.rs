//! Bias testing (`dataetik bias`): group-fairness metrics from a CSV of decisions.
//!
//! The policy makes bias testing a fixed part of all data work (principle 3). This module turns a
//! CSV with one row per citizen or case into an evidence file: selection rate and (with a
//! label) true-positive rate per group, and the demographic parity difference, disparate impact
//! ratio and equal opportunity difference over the groups. The definitions are fairlearn's
//! `between_groups` ones (max − min, min / max), so numbers can be reproduced with fairlearn.
//!
//! The CSV is streamed once: the bytes are hashed (SHA-256) as the parser reads them, one
//! `csv::ByteRecord` is reused for every row, and only per-group counters are kept, so memory does
//! not grow with the number of rows. Small groups are suppressed everywhere (see
//! [`GroupResult`]). Rule EQU-006 uses [`verify_entry`] to re-read a cited evidence file.

#![warn(missing_docs)]

mod error;
mod evidence;
mod metrics;
mod privacy;
mod render;

use std::collections::{HashMap, HashSet};
use std::io::{self, Read};
use std::path::{Component, Path, PathBuf};

use metrics::Counts;
use sha2::{Digest, Sha256};

pub use error::{BiasError, ColumnRole, OptionProblem};
pub use evidence::{
    verify_entry, Evidence, EvidenceProblem, GroupResult, GroupStats, InputInfo, Metrics,
};
pub use privacy::MIN_GROUP_SIZE_FLOOR;
pub use render::{bias_test_entry, render_table};

/// The largest equal opportunity difference that passes (a test passes at ≤ 0.1).
pub const EQUAL_OPPORTUNITY_LIMIT: f64 = 0.1;

/// More distinct group values than this means the group column is probably an id or a free-text
/// field; stopping keeps memory bounded and tells the user early.
pub const MAX_GROUPS: usize = 10_000;

/// How many distinct values of the outcome (or label) column are counted for the message when no
/// row has the positive value; beyond this the message says "more than".
const MAX_COUNTED_VALUES: usize = 1_000;

/// What to compute: the CLI flags of `dataetik bias`, usable from library code and tests too.
#[derive(Debug, Clone, PartialEq)]
pub struct BiasOptions {
    /// The CSV file of decisions (one row per citizen or case, with a header row).
    pub csv: PathBuf,
    /// The column holding the group (protected attribute), e.g. `køn`.
    pub group: String,
    /// The column holding the decision or prediction.
    pub outcome: String,
    /// The column holding the true label; enables true-positive rates and equal opportunity.
    pub label: Option<String>,
    /// The value that counts as positive in the outcome and label columns (default `1`).
    pub positive: String,
    /// A group the table compares every other group with (default: the group with the highest
    /// selection rate). The metrics themselves are always min/max over all shown groups.
    pub reference: Option<String>,
    /// Groups with fewer rows than this are suppressed (default 10, at least
    /// [`MIN_GROUP_SIZE_FLOOR`]).
    pub min_group_size: u64,
    /// The disparate impact ratio needed to pass (default 0.8, the four-fifths rule).
    pub threshold: f64,
    /// The field delimiter; `None` detects `;`, `,` or tab from the header row.
    pub delimiter: Option<u8>,
}

impl BiasOptions {
    /// Options with the defaults of `dataetik bias` for everything but the file and the two required columns.
    pub fn new(
        csv: impl Into<PathBuf>,
        group: impl Into<String>,
        outcome: impl Into<String>,
    ) -> Self {
        BiasOptions {
            csv: csv.into(),
            group: group.into(),
            outcome: outcome.into(),
            label: None,
            positive: "1".to_string(),
            reference: None,
            min_group_size: 10,
            threshold: 0.8,
            delimiter: None,
        }
    }
}

/// A `Read` adapter that feeds every byte the CSV parser reads into SHA-256, so the file is hashed
/// in the same pass that parses it.
struct HashingReader<R> {
    inner: R,
    hasher: Sha256,
}

impl<R: Read> Read for HashingReader<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.hasher.update(&buf[..n]);
        Ok(n)
    }
}

/// The file name to record and show: the path as given when relative, relative to the current
/// directory when possible, otherwise just the file name (never a user's absolute local path).
fn display_name(path: &Path) -> String {
    let rel = if path.is_absolute() {
        std::env::current_dir()
            .ok()
            .and_then(|cwd| path.strip_prefix(cwd).ok().map(Path::to_path_buf))
            .unwrap_or_else(|| PathBuf::from(path.file_name().unwrap_or(path.as_os_str())))
    } else {
        path.to_path_buf()
    };
    let parts: Vec<String> = rel
        .components()
        .filter(|c| !matches!(c, Component::CurDir))
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    parts.join("/")
}

/// Detects the delimiter from the header row: the most frequent of `;`, `,` and tab outside
/// quotes (Danish Excel writes `;`); `,` when none occurs (a one-column file).
fn sniff_delimiter(path: &Path, file: &str) -> Result<u8, BiasError> {
    let read_err = |e: io::Error| BiasError::read(file, &e);
    let f = std::fs::File::open(path).map_err(read_err)?;
    let mut head = Vec::with_capacity(8192);
    f.take(64 * 1024).read_to_end(&mut head).map_err(read_err)?;
    let mut counts = [0usize; 3];
    let mut in_quotes = false;
    for &b in &head {
        match b {
            b'"' => in_quotes = !in_quotes,
            b'\n' | b'\r' if !in_quotes => break,
            b';' if !in_quotes => counts[0] += 1,
            b',' if !in_quotes => counts[1] += 1,
            b'\t' if !in_quotes => counts[2] += 1,
            _ => {}
        }
    }
    let candidates = [b';', b',', b'\t'];
    let best = (0..3)
        .max_by_key(|&i| (counts[i], i == 1))
        .expect("three candidates");
    Ok(if counts[best] == 0 {
        b','
    } else {
        candidates[best]
    })
}

fn csv_error(e: csv::Error, file: &str) -> BiasError {
    let line = e.position().map(csv::Position::line);
    let text = e.to_string();
    match e.into_kind() {
        csv::ErrorKind::Io(io) => BiasError::read(file, &io),
        csv::ErrorKind::UnequalLengths {
            pos,
            expected_len,
            len,
        } => BiasError::Ragged {
            file: file.to_string(),
            line: pos.map(|p| p.line()).or(line).unwrap_or(0),
            expected: expected_len,
            found: len,
        },
        csv::ErrorKind::Utf8 { pos, .. } => BiasError::NotUtf8 {
            file: file.to_string(),
            line: pos.map(|p| p.line()).or(line).unwrap_or(0),
        },
        _ => BiasError::Csv {
            file: file.to_string(),
            line,
            reason: text,
        },
    }
}

/// Finds a column by exact name; a miss gets "did you mean" suggestions.
fn find_column(
    headers: &[String],
    name: &str,
    role: ColumnRole,
    file: &str,
) -> Result<usize, BiasError> {
    let name = name.trim();
    let mut hits = headers
        .iter()
        .enumerate()
        .filter(|(_, h)| h.as_str() == name);
    match (hits.next(), hits.next()) {
        (Some((i, _)), None) => Ok(i),
        (Some(_), Some(_)) => Err(BiasError::DuplicateColumn {
            file: file.to_string(),
            column: name.to_string(),
        }),
        (None, _) => Err(BiasError::MissingColumn {
            file: file.to_string(),
            column: name.to_string(),
            role,
            suggestions: error::suggest(name, headers.iter().map(String::as_str)),
            available: headers.to_vec(),
        }),
    }
}

/// What is known about the values of the outcome (or label) column while no row has had the
/// positive value yet: only counts, never the values themselves, so the error message can help
/// without quoting data (the cells may be CPR numbers or names).
#[derive(Default)]
struct ValueCensus {
    /// Positive rows so far.
    positive: u64,
    /// Distinct non-empty values seen before the first positive one (at most
    /// [`MAX_COUNTED_VALUES`] are kept, in memory only).
    distinct: HashSet<Vec<u8>>,
    /// More distinct values than the cap were seen.
    more: bool,
    /// Empty cells seen before the first positive one.
    empty: u64,
    /// A value equal to the positive one but for upper/lower case was seen.
    case_variant: bool,
}

impl ValueCensus {
    /// Counts `value`; returns whether it is the positive value.
    fn add(&mut self, value: &[u8], positive: &[u8], positive_lower: &str) -> bool {
        if value == positive {
            self.positive += 1;
            return true;
        }
        if self.positive > 0 {
            return false;
        }
        if value.is_empty() {
            self.empty += 1;
        } else if !self.distinct.contains(value) {
            if self.distinct.len() < MAX_COUNTED_VALUES {
                self.case_variant |=
                    std::str::from_utf8(value).is_ok_and(|v| v.to_lowercase() == positive_lower);
                self.distinct.insert(value.to_vec());
            } else {
                self.more = true;
            }
        }
        false
    }

    fn into_error(
        self,
        file: String,
        column: &str,
        column_number: usize,
        delimiter: u8,
        positive: &str,
    ) -> BiasError {
        BiasError::NoPositive {
            file,
            column: column.to_string(),
            column_number,
            delimiter,
            positive: positive.to_string(),
            distinct: self.distinct.len(),
            more: self.more,
            empty: self.empty,
            case_variant: self.case_variant,
        }
    }
}

/// Where `dataetik bias` writes the evidence file when no `--out` is given:
/// `<assessments>/evidence/<csv stem>.json` (`bias.json` for a CSV without a name).
pub fn default_evidence_path(
    csv: &std::path::Path,
    assessments_dir: &std::path::Path,
) -> std::path::PathBuf {
    let stem = csv
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| "bias".to_string());
    assessments_dir
        .join("evidence")
        .join(format!("{stem}.json"))
}

/// Computes the bias test described by `opts`: streams the CSV once, hashes it, counts per group,
/// suppresses small groups and computes the metrics and the pass/fail verdict.
///
/// Memory is O(number of groups); the number of rows only costs time. Fields are trimmed of
/// surrounding spaces, so `" kvinde"` and `"kvinde"` are the same group; blank lines are skipped.
pub fn compute(opts: &BiasOptions) -> Result<Evidence, BiasError> {
    if !(opts.threshold.is_finite() && (0.0..=1.0).contains(&opts.threshold)) {
        return Err(BiasError::InvalidOption {
            problem: OptionProblem::Threshold {
                value: opts.threshold,
            },
        });
    }
    if opts.min_group_size < MIN_GROUP_SIZE_FLOOR {
        return Err(BiasError::InvalidOption {
            problem: OptionProblem::MinGroupSize {
                n: opts.min_group_size,
                floor: MIN_GROUP_SIZE_FLOOR,
            },
        });
    }
    let file = display_name(&opts.csv);
    let delimiter = match opts.delimiter {
        Some(d) => d,
        None => sniff_delimiter(&opts.csv, &file)?,
    };
    let f = std::fs::File::open(&opts.csv).map_err(|e| BiasError::read(&file, &e))?;
    let mut rdr = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(true)
        .flexible(false)
        .trim(csv::Trim::All)
        .buffer_capacity(256 * 1024)
        .from_reader(HashingReader {
            inner: f,
            hasher: Sha256::new(),
        });

    let header = rdr.byte_headers().map_err(|e| csv_error(e, &file))?.clone();
    if header.is_empty() || (header.len() == 1 && header[0].is_empty()) {
        return Err(BiasError::Empty { file });
    }
    if std::str::from_utf8(header.as_slice()).is_err() {
        return Err(BiasError::NotUtf8 { file, line: 1 });
    }
    if header.iter().any(privacy::looks_like_cpr) {
        return Err(BiasError::HeaderLooksLikeData { file });
    }
    let headers: Vec<String> = header
        .iter()
        .map(|h| String::from_utf8_lossy(h).into_owned())
        .collect();
    let gi = find_column(&headers, &opts.group, ColumnRole::Group, &file)?;
    let oi = find_column(&headers, &opts.outcome, ColumnRole::Outcome, &file)?;
    let li = match &opts.label {
        Some(l) => Some(find_column(&headers, l, ColumnRole::Label, &file)?),
        None => None,
    };

    let positive = opts.positive.trim().as_bytes();
    let positive_lower = opts.positive.trim().to_lowercase();
    let mut groups: HashMap<Vec<u8>, Counts> = HashMap::new();
    let mut rows = 0u64;
    let mut empty_group_rows = 0u64;
    let mut outcome_census = ValueCensus::default();
    let mut label_census = ValueCensus::default();
    let mut rec = csv::ByteRecord::new();
    loop {
        match rdr.read_byte_record(&mut rec) {
            Ok(true) => {}
            Ok(false) => break,
            Err(e) => return Err(csv_error(e, &file)),
        }
        rows += 1;
        let line = || rec.position().map_or(0, csv::Position::line);
        if std::str::from_utf8(rec.as_slice()).is_err() {
            return Err(BiasError::NotUtf8 { file, line: line() });
        }
        let selected = outcome_census.add(&rec[oi], positive, &positive_lower);
        let label = li.map(|i| label_census.add(&rec[i], positive, &positive_lower));
        let g = &rec[gi];
        if g.is_empty() {
            empty_group_rows += 1;
            continue;
        }
        let add = |c: &mut Counts| {
            c.n += 1;
            c.selected += u64::from(selected);
            if label == Some(true) {
                c.label_positive += 1;
                c.label_positive_selected += u64::from(selected);
            }
        };
        if let Some(c) = groups.get_mut(g) {
            add(c);
        } else {
            // Checked before the value is kept anywhere: a CPR number must never reach the
            // evidence file, the table or a message.
            if privacy::looks_like_cpr(g) {
                return Err(BiasError::CprInGroup {
                    file,
                    column: headers[gi].clone(),
                    line: line(),
                });
            }
            if groups.len() >= MAX_GROUPS {
                return Err(BiasError::TooManyGroups {
                    file,
                    column: headers[gi].clone(),
                    limit: MAX_GROUPS,
                    line: line(),
                });
            }
            let mut c = Counts::default();
            add(&mut c);
            groups.insert(g.to_vec(), c);
        }
    }
    let sha256: String = rdr
        .into_inner()
        .hasher
        .finalize()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();

    if rows == 0 {
        return Err(BiasError::NoRows { file });
    }
    let positive = opts.positive.trim();
    if outcome_census.positive == 0 {
        return Err(outcome_census.into_error(file, &headers[oi], oi + 1, delimiter, positive));
    }
    if let (Some(li), 0) = (li, label_census.positive) {
        return Err(label_census.into_error(file, &headers[li], li + 1, delimiter, positive));
    }
    // An id or name column: most rows have a value of their own, so the "groups" would be
    // individuals (and their names would be written as suppressed groups).
    let with_group = rows - empty_group_rows;
    let singletons = groups.values().filter(|c| c.n == 1).count() as u64;
    if singletons > 0 && singletons * 2 > with_group {
        return Err(BiasError::IdLikeGroup {
            file,
            column: headers[gi].clone(),
            distinct: groups.len(),
            singletons,
            rows: with_group,
        });
    }

    let mut sorted: Vec<(String, Counts)> = groups
        .into_iter()
        .map(|(k, c)| (String::from_utf8_lossy(&k).into_owned(), c))
        .collect();
    sorted.sort_by(|a, b| a.0.cmp(&b.0));
    let (results, metrics, shown) = metrics::evaluate(&sorted, li.is_some(), opts.min_group_size);
    if shown < 2 {
        return Err(BiasError::TooFewGroups {
            file,
            column: headers[gi].clone(),
            min_group_size: opts.min_group_size,
            large_enough: shown,
            total: sorted.len(),
        });
    }
    if let Some(reference) = &opts.reference {
        let reference = reference.trim();
        match results.iter().find(|r| r.name() == reference) {
            Some(GroupResult::Shown(_)) => {}
            Some(GroupResult::Suppressed { .. }) => {
                return Err(BiasError::BadReference {
                    file,
                    reference: reference.to_string(),
                    suppressed: true,
                    suggestions: Vec::new(),
                });
            }
            None => {
                return Err(BiasError::BadReference {
                    file,
                    reference: reference.to_string(),
                    suppressed: false,
                    // Only shown groups are suggested: a hidden group's name is not repeated in
                    // logs more than needed.
                    suggestions: error::suggest(
                        reference,
                        results
                            .iter()
                            .filter_map(GroupResult::stats)
                            .map(|g| g.group.as_str()),
                    ),
                });
            }
        }
    }
    let passed = metrics::passed(&metrics, li.is_some(), opts.threshold);
    Ok(Evidence {
        input: InputInfo {
            file,
            sha256,
            rows,
            empty_group_rows,
        },
        group_column: headers[gi].clone(),
        outcome_column: headers[oi].clone(),
        label_column: li.map(|i| headers[i].clone()),
        positive: opts.positive.trim().to_string(),
        groups: results,
        metrics,
        threshold: opts.threshold,
        passed,
    })
}

#[cfg(test)]
mod tests;
