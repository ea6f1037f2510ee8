//! Why a bias test could not be computed, in words a data team can act on.

use super::privacy::rows;
use crate::i18n::{format_int, Catalogue, Lang};
use crate::msg;

/// Which role a column plays, so a missing-column message can say which flag to fix.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColumnRole {
    /// `--group`
    Group,
    /// `--outcome`
    Outcome,
    /// `--label`
    Label,
}

impl ColumnRole {
    fn flag(self) -> &'static str {
        match self {
            ColumnRole::Group => "--group",
            ColumnRole::Outcome => "--outcome",
            ColumnRole::Label => "--label",
        }
    }
}

/// An option of `dataetik bias` that is out of range.
#[derive(Debug, Clone, PartialEq)]
pub enum OptionProblem {
    /// `--threshold` is not between 0 and 1.
    Threshold {
        /// The value given.
        value: f64,
    },
    /// `--min-group-size` is below the floor.
    MinGroupSize {
        /// The value given.
        n: u64,
        /// The smallest allowed.
        floor: u64,
    },
}

/// Everything that stops [`super::compute`]. Every variant names the file, and the line where the
/// problem is when there is one, so the user can open the CSV at the right place.
#[derive(Debug, Clone, PartialEq)]
pub enum BiasError {
    /// An option is out of range (threshold not in 0..=1, minimum group size below the floor).
    InvalidOption {
        /// Which option, and its value.
        problem: OptionProblem,
    },
    /// The file cannot be opened or read.
    Read {
        /// The file as given.
        file: String,
        /// The kind of I/O error, for a translated message.
        kind: std::io::ErrorKind,
        /// The operating system's reason.
        reason: String,
    },
    /// The file is empty: not even a header row.
    Empty {
        /// The file as given.
        file: String,
    },
    /// The file has a header row but no data rows.
    NoRows {
        /// The file as given.
        file: String,
    },
    /// The first row holds a CPR number, so it is data rather than column names (a file exported
    /// without a header row). Its cells are not shown.
    HeaderLooksLikeData {
        /// The file as given.
        file: String,
    },
    /// The file is not UTF-8 (often a Latin-1/Windows-1252 export from Excel).
    NotUtf8 {
        /// The file as given.
        file: String,
        /// The line where the first invalid byte sequence is.
        line: u64,
    },
    /// A row has a different number of fields than the header.
    Ragged {
        /// The file as given.
        file: String,
        /// The line where the row starts.
        line: u64,
        /// Number of fields in the header.
        expected: u64,
        /// Number of fields in the row.
        found: u64,
    },
    /// Any other CSV syntax problem reported by the parser.
    Csv {
        /// The file as given.
        file: String,
        /// The line, when known.
        line: Option<u64>,
        /// The parser's message.
        reason: String,
    },
    /// A named column is not in the header.
    MissingColumn {
        /// The file as given.
        file: String,
        /// The column asked for.
        column: String,
        /// Which flag named it.
        role: ColumnRole,
        /// Close column names, best first.
        suggestions: Vec<String>,
        /// All column names of the file.
        available: Vec<String>,
    },
    /// A named column appears more than once in the header, so it is ambiguous.
    DuplicateColumn {
        /// The file as given.
        file: String,
        /// The column name.
        column: String,
    },
    /// No row has the positive value in the outcome (or label) column: probably a wrong
    /// `--positive` or a wrong column. The values that do occur are never part of the error (they
    /// may be CPR numbers or names and the message ends up in CI logs): only how many there are.
    NoPositive {
        /// The file as given.
        file: String,
        /// The column.
        column: String,
        /// The column's position in the header, from 1 (for the `cut -f` hint).
        column_number: usize,
        /// The file's field delimiter (for the `cut -d` hint).
        delimiter: u8,
        /// The positive value looked for.
        positive: String,
        /// How many distinct non-empty values the column has (counted up to a limit).
        distinct: usize,
        /// True when there are more distinct values than were counted.
        more: bool,
        /// How many cells of the column are empty.
        empty: u64,
        /// True when a value differs from the positive value only in upper/lower case.
        case_variant: bool,
    },
    /// A group value looks like a CPR number: the column holds personal identifiers, not groups.
    /// The value itself is never shown.
    CprInGroup {
        /// The file as given.
        file: String,
        /// The group column.
        column: String,
        /// The line of the first such value.
        line: u64,
    },
    /// More than half of the rows (with a group value) have a group value of their own: the column
    /// is an id or name column, and its "groups" would be individuals.
    IdLikeGroup {
        /// The file as given.
        file: String,
        /// The group column.
        column: String,
        /// Distinct group values.
        distinct: usize,
        /// Rows whose group value occurs only once.
        singletons: u64,
        /// Rows with a group value.
        rows: u64,
    },
    /// The group column has so many distinct values that it is probably not a group (e.g. an id).
    TooManyGroups {
        /// The file as given.
        file: String,
        /// The column.
        column: String,
        /// The limit that was exceeded.
        limit: usize,
        /// The line where the limit was exceeded.
        line: u64,
    },
    /// Fewer than two groups are large enough to be compared.
    TooFewGroups {
        /// The file as given.
        file: String,
        /// The group column.
        column: String,
        /// The minimum group size.
        min_group_size: u64,
        /// How many groups reached it.
        large_enough: usize,
        /// How many groups there are in total.
        total: usize,
    },
    /// `--reference` names a group that does not occur, or one that is suppressed.
    BadReference {
        /// The file as given.
        file: String,
        /// The reference group asked for.
        reference: String,
        /// True when the group exists but is suppressed.
        suppressed: bool,
        /// Close group names, best first.
        suggestions: Vec<String>,
    },
}

fn or_list(items: &[String], cat: Catalogue) -> String {
    let quoted: Vec<String> = items.iter().map(|s| format!("`{s}`")).collect();
    match quoted.len() {
        0 => String::new(),
        1 => quoted[0].clone(),
        n => {
            let word = msg!(cat, "or");
            format!("{} {word} {}", quoted[..n - 1].join(", "), quoted[n - 1])
        }
    }
}

/// A count with its noun, singular or plural, the number written for the language.
fn counted(cat: Catalogue, n: u64, what: Counted) -> String {
    let shown = format_int(i64::try_from(n).unwrap_or(i64::MAX), cat.lang());
    match what {
        Counted::Fields => msg!(cat, "count-fields", n = n, shown = shown),
        Counted::DistinctValues => msg!(cat, "count-distinct-values", n = n, shown = shown),
        Counted::EmptyCells => msg!(cat, "count-empty-cells", n = n, shown = shown),
        Counted::Groups => msg!(cat, "count-groups", n = n, shown = shown),
    }
}

#[derive(Clone, Copy)]
enum Counted {
    Fields,
    DistinctValues,
    EmptyCells,
    Groups,
}

impl BiasError {
    /// A read error for `file`, keeping the kind so the message can be translated.
    pub fn read(file: &str, e: &std::io::Error) -> Self {
        BiasError::Read {
            file: file.to_string(),
            kind: e.kind(),
            reason: e.to_string(),
        }
    }

    /// The message for people in `lang`, naming the file (and line where there is one).
    pub fn message(&self, lang: Lang) -> String {
        let cat = Catalogue::new(lang);
        match self {
            BiasError::InvalidOption {
                problem: OptionProblem::Threshold { value },
            } => msg!(cat, "bias-threshold-range", value = value.to_string()),
            BiasError::InvalidOption {
                problem: OptionProblem::MinGroupSize { n, floor },
            } => msg!(
                cat,
                "bias-min-group-size",
                n = n.to_string(),
                floor = floor.to_string()
            ),
            BiasError::Read { file, kind, reason } => {
                use std::io::ErrorKind as K;
                let reason = match kind {
                    K::NotFound => msg!(cat, "bias-read-not-found"),
                    K::PermissionDenied => msg!(cat, "bias-read-permission"),
                    K::IsADirectory => msg!(cat, "bias-read-directory"),
                    _ => reason.clone(),
                };
                msg!(cat, "bias-read", file = file.as_str(), reason = reason)
            }
            BiasError::Empty { file } => msg!(cat, "bias-empty", file = file.as_str()),
            BiasError::NoRows { file } => msg!(cat, "bias-no-rows", file = file.as_str()),
            BiasError::HeaderLooksLikeData { file } => {
                msg!(cat, "bias-header-looks-like-data", file = file.as_str())
            }
            BiasError::NotUtf8 { file, line } => msg!(
                cat,
                "bias-not-utf8",
                file = file.as_str(),
                line = line.to_string()
            ),
            BiasError::Ragged {
                file,
                line,
                expected,
                found,
            } => msg!(
                cat,
                "bias-ragged",
                file = file.as_str(),
                line = line.to_string(),
                found = counted(cat, *found, Counted::Fields),
                expected = format_int(i64::try_from(*expected).unwrap_or(i64::MAX), lang)
            ),
            BiasError::Csv { file, line, reason } => match line {
                Some(l) => msg!(
                    cat,
                    "bias-csv-at",
                    file = file.as_str(),
                    line = l.to_string(),
                    reason = reason.as_str()
                ),
                None => msg!(
                    cat,
                    "bias-csv",
                    file = file.as_str(),
                    reason = reason.as_str()
                ),
            },
            BiasError::MissingColumn {
                file,
                column,
                role,
                suggestions,
                available,
            } => {
                let all = available
                    .iter()
                    .map(|c| format!("`{c}`"))
                    .collect::<Vec<_>>()
                    .join(", ");
                let mut s = msg!(
                    cat,
                    "bias-missing-column",
                    file = file.as_str(),
                    column = column.as_str(),
                    flag = role.flag()
                );
                if !suggestions.is_empty() {
                    s.push_str(&msg!(
                        cat,
                        "bias-did-you-mean",
                        alternatives = or_list(suggestions, cat)
                    ));
                }
                s.push(' ');
                s.push_str(&msg!(cat, "bias-columns", columns = all));
                s
            }
            BiasError::DuplicateColumn { file, column } => msg!(
                cat,
                "bias-duplicate-column",
                file = file.as_str(),
                column = column.as_str()
            ),
            BiasError::NoPositive {
                file,
                column,
                column_number,
                delimiter,
                positive,
                distinct,
                more,
                empty,
                case_variant,
            } => {
                let distinct = *distinct as u64;
                let values = if *more {
                    msg!(
                        cat,
                        "count-more-distinct-values",
                        shown = format_int(i64::try_from(distinct).unwrap_or(i64::MAX), lang)
                    )
                } else {
                    counted(cat, distinct, Counted::DistinctValues)
                };
                let empty = match *empty {
                    0 => String::new(),
                    n => format!(
                        " {} {}",
                        msg!(cat, "and"),
                        counted(cat, n, Counted::EmptyCells)
                    ),
                };
                let mut s = msg!(
                    cat,
                    "bias-no-positive",
                    file = file.as_str(),
                    positive = positive.as_str(),
                    column = column.as_str(),
                    values = values,
                    empty = empty
                );
                if *case_variant {
                    s.push(' ');
                    s.push_str(&msg!(cat, "bias-no-positive-case"));
                }
                s.push(' ');
                s.push_str(&msg!(
                    cat,
                    "bias-no-positive-look",
                    command = cut_hint(file, *column_number, *delimiter)
                ));
                s
            }
            BiasError::CprInGroup { file, column, line } => msg!(
                cat,
                "bias-cpr-in-group",
                file = file.as_str(),
                line = line.to_string(),
                column = column.as_str()
            ),
            BiasError::IdLikeGroup {
                file,
                column,
                distinct,
                singletons,
                rows: with_group,
            } => msg!(
                cat,
                "bias-id-like-group",
                file = file.as_str(),
                column = column.as_str(),
                singletons = format_int(i64::try_from(*singletons).unwrap_or(i64::MAX), lang),
                rows = rows(*with_group, lang),
                values = counted(cat, *distinct as u64, Counted::DistinctValues)
            ),
            BiasError::TooManyGroups {
                file,
                column,
                limit,
                line,
            } => msg!(
                cat,
                "bias-too-many-groups",
                file = file.as_str(),
                line = line.to_string(),
                column = column.as_str(),
                limit = format_int(i64::try_from(*limit).unwrap_or(i64::MAX), lang)
            ),
            BiasError::TooFewGroups {
                file,
                column,
                min_group_size,
                large_enough,
                total,
            } => msg!(
                cat,
                "bias-too-few-groups",
                file = file.as_str(),
                large = large_enough.to_string(),
                groups = counted(cat, *total as u64, Counted::Groups),
                total = *total,
                column = column.as_str(),
                min = rows(*min_group_size, lang)
            ),
            BiasError::BadReference {
                file,
                reference,
                suppressed: true,
                ..
            } => msg!(
                cat,
                "bias-reference-suppressed",
                file = file.as_str(),
                reference = reference.as_str()
            ),
            BiasError::BadReference {
                file,
                reference,
                suggestions,
                ..
            } => {
                let mut s = msg!(
                    cat,
                    "bias-reference-missing",
                    file = file.as_str(),
                    reference = reference.as_str()
                );
                if !suggestions.is_empty() {
                    s.push_str(&msg!(
                        cat,
                        "bias-did-you-mean",
                        alternatives = or_list(suggestions, cat)
                    ));
                }
                s
            }
        }
    }
}

impl std::fmt::Display for BiasError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Lang::default()))
    }
}

impl std::error::Error for BiasError {}

/// A shell command that counts the values of one column, for people to run themselves:
/// `cut -d';' -f3 d.csv | sort | uniq -c`. It does not handle quoted fields, which is fine for a
/// quick look.
fn cut_hint(file: &str, column_number: usize, delimiter: u8) -> String {
    let quote = |s: &str| {
        if !s.is_empty()
            && s.chars()
                .all(|c| c.is_alphanumeric() || matches!(c, '.' | '_' | '-' | '/'))
        {
            s.to_string()
        } else {
            format!("'{}'", s.replace('\'', r"'\''"))
        }
    };
    let d = match delimiter {
        b'\t' => String::new(),
        b',' => "-d, ".to_string(),
        other => format!("-d{} ", quote(&char::from(other).to_string())),
    };
    format!("cut {d}-f{column_number} {} | sort | uniq -c", quote(file))
}

/// Names close to `wanted` among `candidates`, best first (for "did you mean").
pub(crate) fn suggest<'a>(
    wanted: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Vec<String> {
    let w = wanted.to_lowercase();
    let mut scored: Vec<(f64, &str)> = candidates
        .into_iter()
        .filter_map(|c| {
            let lc = c.to_lowercase();
            let score = if lc == w {
                1.0
            } else {
                let jw = strsim::jaro_winkler(&w, &lc);
                let contains = !w.is_empty() && (lc.contains(&w) || w.contains(&lc));
                if contains {
                    jw.max(0.85)
                } else {
                    jw
                }
            };
            (score >= 0.75).then_some((score, c))
        })
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(b.1)));
    scored
        .into_iter()
        .take(3)
        .map(|(_, c)| c.to_string())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggestions_find_danish_letters_and_case() {
        let cols = ["id", "køn", "alder", "udpeget"];
        assert_eq!(suggest("kon", cols)[0], "køn");
        assert_eq!(suggest("Udpeget", cols)[0], "udpeget");
        assert!(suggest("zzz", cols).is_empty());
    }

    #[test]
    fn messages_name_file_and_line_in_both_languages() {
        let e = BiasError::Ragged {
            file: "d.csv".into(),
            line: 7,
            expected: 3,
            found: 4,
        };
        assert!(e.message(Lang::Da).starts_with("d.csv:7:"));
        assert!(e.message(Lang::Da).contains("linje 7"));
        assert!(e.message(Lang::En).contains("line 7"));
        assert_eq!(e.to_string(), e.message(Lang::Da));
        let m = BiasError::MissingColumn {
            file: "d.csv".into(),
            column: "kon".into(),
            role: ColumnRole::Group,
            suggestions: vec!["køn".into(), "kode".into()],
            available: vec!["køn".into(), "kode".into()],
        };
        assert!(
            m.message(Lang::En)
                .contains("did you mean `køn` or `kode`?"),
            "{}",
            m.message(Lang::En)
        );
        assert!(m.message(Lang::Da).contains("mente du `køn` eller `kode`?"));
    }
}
