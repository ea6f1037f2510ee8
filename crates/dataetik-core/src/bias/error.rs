//! Why a bias test could not be computed, in words a data team can act on.

use super::privacy::{count, rows};
use crate::i18n::{format_int, Lang};

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

/// Everything that stops [`super::compute`]. Every variant names the file, and the line where the
/// problem is when there is one, so the user can open the CSV at the right place.
#[derive(Debug, Clone, PartialEq)]
pub enum BiasError {
    /// An option is out of range (threshold not in 0..=1, minimum group size 0).
    InvalidOption {
        /// The message in Danish.
        da: String,
        /// The message in English.
        en: String,
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

fn or_list(items: &[String], lang: Lang) -> String {
    let quoted: Vec<String> = items.iter().map(|s| format!("`{s}`")).collect();
    match quoted.len() {
        0 => String::new(),
        1 => quoted[0].clone(),
        n => {
            let word = if lang == Lang::Da { "eller" } else { "or" };
            format!("{} {word} {}", quoted[..n - 1].join(", "), quoted[n - 1])
        }
    }
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
        let da = lang == Lang::Da;
        match self {
            BiasError::InvalidOption { da: d, en } => {
                if da {
                    d.clone()
                } else {
                    en.clone()
                }
            }
            BiasError::Read { file, kind, reason } => {
                use std::io::ErrorKind as K;
                let reason = match (kind, da) {
                    (K::NotFound, true) => "filen findes ikke".to_string(),
                    (K::NotFound, false) => "the file does not exist".to_string(),
                    (K::PermissionDenied, true) => "ingen adgang til filen".to_string(),
                    (K::PermissionDenied, false) => "permission denied".to_string(),
                    (K::IsADirectory, true) => "det er en mappe, ikke en fil".to_string(),
                    (K::IsADirectory, false) => "it is a directory, not a file".to_string(),
                    _ => reason.clone(),
                };
                if da {
                    format!("{file}: filen kan ikke læses: {reason}")
                } else {
                    format!("{file}: cannot read the file: {reason}")
                }
            }
            BiasError::Empty { file } => {
                if da {
                    format!(
                        "{file}: filen er tom; der skal være en overskriftsrække med kolonnenavne"
                    )
                } else {
                    format!("{file}: the file is empty; a header row with column names is needed")
                }
            }
            BiasError::NoRows { file } => {
                if da {
                    format!(
                        "{file}: filen har ingen datarækker, kun overskriftsrækken; der skal være \
                         én række pr. borger eller sag"
                    )
                } else {
                    format!(
                        "{file}: the file has no data rows, only the header row; one row per \
                         citizen or case is needed"
                    )
                }
            }
            BiasError::HeaderLooksLikeData { file } => {
                if da {
                    format!(
                        "{file}:1: første række ligner data (den indeholder noget, der ligner et \
                         CPR-nummer), ikke kolonnenavne; tilføj en overskriftsrække med \
                         kolonnenavne (værdierne vises ikke)"
                    )
                } else {
                    format!(
                        "{file}:1: the first row looks like data (it holds something that looks \
                         like a CPR number), not column names; add a header row with column names \
                         (the values are not shown)"
                    )
                }
            }
            BiasError::NotUtf8 { file, line } => {
                if da {
                    format!(
                        "{file}:{line}: filen er ikke UTF-8 (linje {line}); gem den som UTF-8, \
                         fx med `iconv -f windows-1252 -t utf-8` eller \"CSV UTF-8\" i Excel"
                    )
                } else {
                    format!(
                        "{file}:{line}: the file is not UTF-8 (line {line}); save it as UTF-8, \
                         e.g. with `iconv -f windows-1252 -t utf-8` or \"CSV UTF-8\" in Excel"
                    )
                }
            }
            BiasError::Ragged {
                file,
                line,
                expected,
                found,
            } => {
                let fields = |n: u64| count(n, lang, ("felt", "felter"), ("field", "fields"));
                let (found, expected) = (fields(*found), format_int(*expected as i64, lang));
                if da {
                    format!(
                        "{file}:{line}: rækken på linje {line} har {found}, men \
                         overskriften har {expected}; tjek skilletegn og anførselstegn"
                    )
                } else {
                    format!(
                        "{file}:{line}: the row on line {line} has {found} but the header \
                         has {expected}; check delimiters and quotes"
                    )
                }
            }
            BiasError::Csv { file, line, reason } => match (line, da) {
                (Some(l), true) => format!("{file}:{l}: ugyldig CSV på linje {l}: {reason}"),
                (Some(l), false) => format!("{file}:{l}: invalid CSV on line {l}: {reason}"),
                (None, true) => format!("{file}: ugyldig CSV: {reason}"),
                (None, false) => format!("{file}: invalid CSV: {reason}"),
            },
            BiasError::MissingColumn {
                file,
                column,
                role,
                suggestions,
                available,
            } => {
                let flag = role.flag();
                let all = available
                    .iter()
                    .map(|c| format!("`{c}`"))
                    .collect::<Vec<_>>()
                    .join(", ");
                let mut s = if da {
                    format!("{file}:1: kolonnen `{column}` ({flag}) findes ikke i overskriften")
                } else {
                    format!("{file}:1: the column `{column}` ({flag}) is not in the header")
                };
                if !suggestions.is_empty() {
                    let alts = or_list(suggestions, lang);
                    s.push_str(&if da {
                        format!("; mente du {alts}?")
                    } else {
                        format!("; did you mean {alts}?")
                    });
                }
                s.push_str(&if da {
                    format!(" Kolonner: {all}")
                } else {
                    format!(" Columns: {all}")
                });
                s
            }
            BiasError::DuplicateColumn { file, column } => {
                if da {
                    format!("{file}:1: kolonnen `{column}` står flere gange i overskriften; omdøb den ene")
                } else {
                    format!("{file}:1: the column `{column}` occurs more than once in the header; rename one")
                }
            }
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
                let values = match (more, da) {
                    (true, true) => format!(
                        "over {} forskellige værdier",
                        format_int(distinct as i64, lang)
                    ),
                    (true, false) => format!(
                        "more than {} distinct values",
                        format_int(distinct as i64, lang)
                    ),
                    (false, _) => count(
                        distinct,
                        lang,
                        ("forskellig værdi", "forskellige værdier"),
                        ("distinct value", "distinct values"),
                    ),
                };
                let empty = match *empty {
                    0 => String::new(),
                    n => format!(
                        " {} {}",
                        if da { "og" } else { "and" },
                        count(
                            n,
                            lang,
                            ("tomt felt", "tomme felter"),
                            ("empty cell", "empty cells")
                        )
                    ),
                };
                let cut = cut_hint(file, *column_number, *delimiter);
                let mut s = if da {
                    format!(
                        "{file}: ingen rækker har den positive værdi `{positive}` i kolonnen \
                         `{column}`, som har {values}{empty}. Angiv den værdi, der betyder \
                         udpeget/positiv, med --positive."
                    )
                } else {
                    format!(
                        "{file}: no row has the positive value `{positive}` in the column \
                         `{column}`, which has {values}{empty}. Give the value that means \
                         selected/positive with --positive."
                    )
                };
                if *case_variant {
                    s.push_str(if da {
                        " En værdi i kolonnen er den samme bortset fra store og små bogstaver \
                         (der skelnes mellem dem)."
                    } else {
                        " A value in the column is the same except for upper/lower case \
                         (case matters)."
                    });
                }
                s.push_str(&if da {
                    format!(
                        " Værdierne vises ikke, da de kan være personoplysninger; se dem selv, \
                         fx med et filter i regnearket eller `{cut}`"
                    )
                } else {
                    format!(
                        " The values are not shown, as they may be personal data; look at them \
                         yourself, e.g. with a filter in the spreadsheet or `{cut}`"
                    )
                });
                s
            }
            BiasError::CprInGroup { file, column, line } => {
                if da {
                    format!(
                        "{file}:{line}: gruppekolonnen `{column}` ser ud til at indeholde \
                         CPR-numre (første på linje {line}; værdien vises ikke): vælg en kolonne \
                         med grupper som køn eller aldersgruppe (--group)"
                    )
                } else {
                    format!(
                        "{file}:{line}: the group column `{column}` looks like it holds CPR \
                         numbers (the first on line {line}; the value is not shown): choose a \
                         column with groups such as køn or aldersgruppe (--group)"
                    )
                }
            }
            BiasError::IdLikeGroup {
                file,
                column,
                distinct,
                singletons,
                rows: with_group,
            } => {
                let values = count(
                    *distinct as u64,
                    lang,
                    ("forskellig værdi", "forskellige værdier"),
                    ("distinct value", "distinct values"),
                );
                let (singletons, with_group) = (
                    format_int(*singletons as i64, lang),
                    rows(*with_group, lang),
                );
                if da {
                    format!(
                        "{file}: gruppekolonnen `{column}` ligner en id- eller navnekolonne: \
                         {singletons} af {with_group} har en værdi, som ingen andre har \
                         ({values}). Grupperne ville være enkeltpersoner; vælg en kolonne med \
                         grupper som køn eller aldersgruppe (--group)"
                    )
                } else {
                    format!(
                        "{file}: the group column `{column}` looks like an id or name column: \
                         {singletons} of {with_group} have a value no other row has \
                         ({values}). The groups would be individuals; choose a column with groups \
                         such as køn or aldersgruppe (--group)"
                    )
                }
            }
            BiasError::TooManyGroups {
                file,
                column,
                limit,
                line,
            } => {
                let limit = format_int(*limit as i64, lang);
                if da {
                    format!(
                        "{file}:{line}: kolonnen `{column}` har over {limit} forskellige værdier \
                         (ved linje {line}) og ligner en id- eller navnekolonne; vælg en kolonne \
                         med grupper som køn eller aldersgruppe (--group)"
                    )
                } else {
                    format!(
                        "{file}:{line}: the column `{column}` has more than {limit} distinct values \
                         (at line {line}) and looks like an id or name column; choose a column \
                         with groups such as køn or aldersgruppe (--group)"
                    )
                }
            }
            BiasError::TooFewGroups {
                file,
                column,
                min_group_size,
                large_enough,
                total,
            } => {
                let groups = count(
                    *total as u64,
                    lang,
                    ("gruppe", "grupper"),
                    ("group", "groups"),
                );
                let min = rows(*min_group_size, lang);
                if da {
                    format!(
                        "{file}: kun {large_enough} af {groups} i `{column}` har mindst {min}; \
                         der skal mindst to til en sammenligning (mindre grupper skjules, \
                         --min-group-size)"
                    )
                } else {
                    let verb = if *total == 1 { "has" } else { "have" };
                    format!(
                        "{file}: only {large_enough} of {groups} in `{column}` {verb} at least \
                         {min}; at least two are needed for a comparison (smaller groups are \
                         suppressed, --min-group-size)"
                    )
                }
            }
            BiasError::BadReference {
                file,
                reference,
                suppressed: true,
                ..
            } => {
                if da {
                    format!(
                        "{file}: referencegruppen `{reference}` er for lille og skjules; vælg en \
                         anden --reference"
                    )
                } else {
                    format!(
                        "{file}: the reference group `{reference}` is too small and is suppressed; \
                         choose another --reference"
                    )
                }
            }
            BiasError::BadReference {
                file,
                reference,
                suggestions,
                ..
            } => {
                let mut s = if da {
                    format!(
                        "{file}: referencegruppen `{reference}` (--reference) findes ikke i data"
                    )
                } else {
                    format!("{file}: the reference group `{reference}` (--reference) does not occur in the data")
                };
                if !suggestions.is_empty() {
                    let alts = or_list(suggestions, lang);
                    s.push_str(&if da {
                        format!("; mente du {alts}?")
                    } else {
                        format!("; did you mean {alts}?")
                    });
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
