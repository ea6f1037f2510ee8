//! What `dataetik bias` shows people: the terminal table and the ready `bias_tests` YAML entry.

use super::evidence::{format_plain, Evidence, GroupResult};
use super::metrics::EPS;
use super::privacy::rows as n_rows;
use super::EQUAL_OPPORTUNITY_LIMIT;
use crate::i18n::{format_decimal, format_int, Catalogue, Lang};
use crate::msg;

fn opt_decimal(x: Option<f64>, lang: Lang) -> String {
    x.map_or_else(|| "–".to_string(), |v| format_decimal(v, 3, lang))
}

fn width(s: &str) -> usize {
    s.chars().count()
}

fn pad_right(s: &str, w: usize) -> String {
    format!("{s}{}", " ".repeat(w.saturating_sub(width(s))))
}

fn pad_left(s: &str, w: usize) -> String {
    format!("{}{s}", " ".repeat(w.saturating_sub(width(s))))
}

/// A readable table of the result for the terminal: one row per group (n, selection rate, the
/// true-positive rate ("Andel fundet") with a label, and the ratio of its selection rate to the
/// reference group's, or to the highest when no reference is given), then the metrics and the
/// verdict.
///
/// Suppressed groups appear only as "skjult (< N)" / "hidden (< N)" with no number of theirs, as
/// in the evidence file. `min_group_size` is the N (it is not part of the evidence file's shape).
/// When exactly one group is hidden, a note says that its size follows from the row counts.
pub fn render_table(
    e: &Evidence,
    reference: Option<&str>,
    min_group_size: u64,
    lang: Lang,
) -> String {
    let cat = Catalogue::new(lang);
    let with_label = e.label_column.is_some();
    let shown: Vec<_> = e.groups.iter().filter_map(GroupResult::stats).collect();
    let max_sr = shown.iter().map(|g| g.selection_rate).fold(0.0, f64::max);
    let reference = reference.and_then(|r| shown.iter().find(|g| g.group == r));
    let (base_name, base_sr) = match reference {
        Some(g) => (g.group.clone(), g.selection_rate),
        None => (msg!(cat, "bias-highest"), max_sr),
    };

    let mut header = vec![
        msg!(cat, "bias-head-group"),
        "n".to_string(),
        msg!(cat, "bias-head-selection-rate"),
    ];
    if with_label {
        header.push(msg!(cat, "bias-head-tpr"));
    }
    header.push(msg!(cat, "bias-head-ratio", base = base_name));

    let hidden = msg!(cat, "bias-hidden", min = min_group_size.to_string());
    let mut rows: Vec<Vec<String>> = Vec::new();
    for g in &e.groups {
        match g {
            GroupResult::Shown(s) => {
                let mut row = vec![
                    s.group.clone(),
                    format_int(s.n as i64, lang),
                    format_decimal(s.selection_rate, 3, lang),
                ];
                if with_label {
                    row.push(opt_decimal(s.true_positive_rate, lang));
                }
                row.push(if base_sr > 0.0 {
                    format_decimal(s.selection_rate / base_sr, 3, lang)
                } else {
                    "–".to_string()
                });
                rows.push(row);
            }
            GroupResult::Suppressed { group } => rows.push(vec![group.clone(), hidden.clone()]),
        }
    }
    let cols = header.len();
    let mut widths: Vec<usize> = header.iter().map(|h| width(h)).collect();
    for row in rows.iter().filter(|r| r.len() == cols) {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(width(cell));
        }
    }
    for row in rows.iter().filter(|r| r.len() != cols) {
        widths[0] = widths[0].max(width(&row[0]));
    }

    let mut out = String::new();
    let label_part = match &e.label_column {
        Some(l) => msg!(cat, "bias-table-label", column = l.as_str()),
        None => String::new(),
    };
    out.push_str(&msg!(
        cat,
        "bias-table-title",
        file = e.input.file.as_str(),
        rows = n_rows(e.input.rows, lang),
        group = e.group_column.as_str(),
        outcome = e.outcome_column.as_str(),
        positive = e.positive.as_str(),
        label = label_part
    ));
    out.push_str("\n\n");
    let line = |cells: &[String]| -> String {
        let mut s = String::from("  ");
        for (i, cell) in cells.iter().enumerate() {
            if i > 0 {
                s.push_str("  ");
            }
            if i == 0 || cells.len() != cols {
                s.push_str(&pad_right(cell, widths[i]));
            } else {
                s.push_str(&pad_left(cell, widths[i]));
            }
        }
        s.trim_end().to_string() + "\n"
    };
    out.push_str(&line(&header));
    let rule: usize = widths.iter().sum::<usize>() + 2 * (cols - 1);
    out.push_str(&format!("  {}\n", "─".repeat(rule)));
    for row in &rows {
        out.push_str(&line(row));
    }
    out.push('\n');
    if with_label {
        out.push_str(&msg!(cat, "bias-tpr-note"));
        out.push('\n');
    }

    let suppressed = e.groups.len() - shown.len();
    if suppressed > 0 {
        let min = n_rows(min_group_size, lang);
        out.push_str(&msg!(cat, "bias-suppressed-note", min = min));
        out.push('\n');
        out.push_str(&msg!(cat, "bias-suppressed-note-2"));
        out.push('\n');
    }
    if suppressed == 1 {
        out.push_str(&msg!(cat, "bias-one-hidden"));
        out.push('\n');
        out.push_str(&msg!(cat, "bias-one-hidden-2"));
        out.push('\n');
    }
    out.push_str(&msg!(
        cat,
        "bias-empty-group-rows",
        n = format_int(e.input.empty_group_rows as i64, lang)
    ));
    out.push_str("\n\n");

    let m = &e.metrics;
    let threshold = format_decimal(e.threshold, 2, lang);
    let limit = format_decimal(EQUAL_OPPORTUNITY_LIMIT, 2, lang);
    let mut metric_lines = vec![
        (
            msg!(cat, "bias-dpd"),
            opt_decimal(m.demographic_parity_difference, lang),
            msg!(cat, "bias-dpd-note"),
        ),
        (
            msg!(cat, "bias-dir"),
            opt_decimal(m.disparate_impact_ratio, lang),
            msg!(cat, "bias-dir-note", threshold = threshold.as_str()),
        ),
    ];
    metric_lines.push((
        msg!(cat, "bias-eod"),
        opt_decimal(m.equal_opportunity_difference, lang),
        if with_label {
            msg!(cat, "bias-eod-note", limit = limit.as_str())
        } else {
            msg!(cat, "bias-eod-needs-label")
        },
    ));
    // Value first: the Danish names are long, and aligning the values after them would push
    // the numbers far to the right.
    let val_w = metric_lines
        .iter()
        .map(|(_, v, _)| width(v))
        .max()
        .unwrap_or(0);
    out.push_str(&msg!(cat, "bias-metrics"));
    out.push('\n');
    for (name, value, note) in &metric_lines {
        out.push_str(&format!("  {}  {name}: {note}\n", pad_left(value, val_w)));
    }
    out.push('\n');
    let passed = if e.passed { "yes" } else { "no" };
    out.push_str(&msg!(cat, "bias-result", passed = passed));
    out.push('\n');
    out
}

/// True when `s`, written plain as a value, reads back as exactly this text (not a number,
/// yes/no, null, or trimmed).
fn reads_back_as_text(s: &str) -> bool {
    crate::load::parse(&format!("v: {s}\n"), &crate::load::Limits::default())
        .ok()
        .and_then(|n| n.get("v").and_then(|i| i.scalar()).cloned())
        .is_some_and(|sc| {
            sc.text == s
                && !sc.is_null()
                && sc.as_bool().is_none()
                && sc.as_f64().is_none()
                && sc.as_i64().is_none()
        })
}

/// A YAML scalar that is safe in a flow list: plain when YAML reads it back as the same string,
/// otherwise a double-quoted (JSON) string.
fn yaml_scalar(s: &str) -> String {
    let plain_ok = !s.is_empty()
        && !s.contains([',', '[', ']', '{', '}', '#', '"', '\''])
        && reads_back_as_text(s);
    if plain_ok {
        s.to_string()
    } else {
        serde_json::to_string(s).expect("strings serialise")
    }
}

/// The value to write for `value:` with 2 decimals, or more when rounding to 2 would put it on
/// the other side of the threshold than the unrounded value (0.796 is written 0.796, not 0.80).
fn entry_value(actual: f64, threshold: Option<f64>) -> String {
    for decimals in 2..=6 {
        let text = format!("{actual:.decimals$}");
        let rounded: f64 = text.parse().expect("formatted number parses");
        match threshold {
            Some(th) if (rounded >= th - EPS) != (actual >= th - EPS) => continue,
            _ => return text,
        }
    }
    format!("{actual:.6}")
}

/// A ready `bias_tests` list entry to paste under `principles.equality.bias_tests` in the
/// assessment, so the numbers in the assessment come from the measurement rather than retyping.
///
/// `evidence_path_rel` is the evidence file's path relative to the assessments directory (an
/// assessment's `evidence:` is relative to `assessments/`, docs/assessment-format.md). The value is rounded to 2 decimals (more
/// when needed to stay on the right side of the threshold); EQU-006 compares at that precision.
/// A failed test gets an empty `mitigation:` to fill in (EQU-002). The prose of `method` (and the
/// mitigation comment) is in `lang`, with numbers written as the table writes them.
pub fn bias_test_entry(
    e: &Evidence,
    date: jiff::civil::Date,
    evidence_path_rel: &str,
    lang: Lang,
) -> String {
    let (metric, value) = match (
        e.metrics.disparate_impact_ratio,
        e.metrics.demographic_parity_difference,
    ) {
        (Some(r), _) => ("disparate_impact_ratio", entry_value(r, Some(e.threshold))),
        // No group had a positive outcome: the ratio is undefined, the difference is not.
        (None, Some(d)) => ("demographic_parity_difference", entry_value(d, None)),
        (None, None) => ("disparate_impact_ratio", "null".to_string()),
    };
    let cat = Catalogue::new(lang);
    let mut method = msg!(cat, "bias-entry-method");
    if let Some(d) = e.metrics.equal_opportunity_difference {
        method.push(' ');
        method.push_str(&msg!(
            cat,
            "bias-entry-eod",
            value = format_decimal(d, 3, lang)
        ));
    }
    method.push_str(", ");
    method.push_str(&msg!(
        cat,
        "bias-entry-computed",
        file = e.input.file.as_str(),
        rows = n_rows(e.input.rows, lang),
        sha = &e.input.sha256[..e.input.sha256.len().min(12)]
    ));
    let mut s = String::new();
    s.push_str(&format!("- date: {date}\n"));
    s.push_str(&format!(
        "  method: {}\n",
        serde_json::to_string(&method).expect("string")
    ));
    s.push_str(&format!(
        "  attributes: [{}]\n",
        yaml_scalar(&e.group_column)
    ));
    s.push_str(&format!("  metric: {metric}\n"));
    s.push_str(&format!("  value: {value}\n"));
    s.push_str(&format!("  threshold: {}\n", format_plain(e.threshold, 6)));
    s.push_str(&format!("  passed: {}\n", e.passed));
    s.push_str(&format!("  evidence: {}\n", yaml_scalar(evidence_path_rel)));
    if !e.passed {
        s.push_str("  ");
        s.push_str(&msg!(cat, "bias-entry-mitigation"));
        s.push('\n');
    }
    s
}

#[cfg(test)]
mod tests {
    use super::super::evidence::{GroupStats, InputInfo, Metrics};
    use super::*;

    fn ev(passed: bool, ratio: f64) -> Evidence {
        Evidence {
            input: InputInfo {
                file: "data/afgørelser.csv".into(),
                sha256: "0123456789abcdef".repeat(4),
                rows: 12345,
                empty_group_rows: 2,
            },
            group_column: "køn".into(),
            outcome_column: "udpeget".into(),
            label_column: Some("faktisk".into()),
            positive: "1".into(),
            groups: vec![
                GroupResult::Suppressed {
                    group: "andet".into(),
                },
                GroupResult::Shown(GroupStats {
                    group: "kvinde".into(),
                    n: 6000,
                    selection_rate: 0.12,
                    true_positive_rate: Some(0.61),
                }),
                GroupResult::Shown(GroupStats {
                    group: "mand".into(),
                    n: 6336,
                    selection_rate: 0.12 / ratio,
                    true_positive_rate: Some(0.66),
                }),
            ],
            metrics: Metrics {
                demographic_parity_difference: Some(0.12 / ratio - 0.12),
                disparate_impact_ratio: Some(ratio),
                equal_opportunity_difference: Some(0.05),
            },
            threshold: 0.8,
            passed,
        }
    }

    #[test]
    fn table_shows_groups_metrics_and_hides_small_groups() {
        let e = ev(true, 0.9);
        let da = render_table(&e, None, 10, Lang::Da);
        assert!(da.contains("andet"), "{da}");
        assert!(da.contains("skjult (< 10)"), "{da}");
        assert!(da.contains("6.000"), "{da}");
        assert!(da.contains("0,900"), "{da}");
        assert!(da.contains("Forhold til højeste"), "{da}");
        assert!(da.contains("Resultat: bestået"), "{da}");
        assert!(
            da.contains("Rækker uden gruppeværdi (ikke med i målene): 2"),
            "{da}"
        );
        let andet = da.lines().find(|l| l.contains("andet")).unwrap();
        assert_eq!(andet.trim(), "andet   skjult (< 10)", "{da}");
        let en = render_table(&e, Some("mand"), 10, Lang::En);
        assert!(en.contains("Ratio to mand"), "{en}");
        assert!(en.contains("hidden (< 10)"), "{en}");
        assert!(en.contains("0.050"), "{en}");
        assert!(en.contains("Result: passed"), "{en}");
        let kvinde = en.lines().find(|l| l.contains("kvinde")).unwrap();
        assert!(kvinde.trim_end().ends_with("0.900"), "{en}");
    }

    #[test]
    fn entry_is_yaml_matching_the_assessment_format() {
        let e = ev(true, 0.874);
        let y = bias_test_entry(
            &e,
            jiff::civil::date(2026, 11, 25),
            "evidence/afgørelser.json",
            Lang::Da,
        );
        let v: serde_yaml::Value = serde_yaml::from_str(&y).unwrap();
        let entry = &v[0];
        assert_eq!(entry["date"].as_str(), Some("2026-11-25"));
        assert_eq!(entry["attributes"][0].as_str(), Some("køn"));
        assert_eq!(entry["metric"].as_str(), Some("disparate_impact_ratio"));
        assert_eq!(entry["value"].as_f64(), Some(0.87));
        assert_eq!(entry["threshold"].as_f64(), Some(0.8));
        assert_eq!(entry["passed"].as_bool(), Some(true));
        assert_eq!(entry["evidence"].as_str(), Some("evidence/afgørelser.json"));
        assert!(entry.get("mitigation").is_none());
        assert!(y.contains("value: 0.87\n"), "{y}");
    }

    #[test]
    fn entry_keeps_the_value_on_the_right_side_of_the_threshold() {
        let e = ev(false, 0.796);
        let y = bias_test_entry(
            &e,
            jiff::civil::date(2026, 1, 2),
            "evidence/x.json",
            Lang::Da,
        );
        assert!(y.contains("value: 0.796\n"), "{y}");
        assert!(y.contains("passed: false"), "{y}");
        let v: serde_yaml::Value = serde_yaml::from_str(&y).unwrap();
        assert_eq!(v[0]["mitigation"].as_str(), Some(""));
        assert_eq!(entry_value(0.79999, Some(0.8)), "0.79999");
        assert_eq!(entry_value(0.8, Some(0.8)), "0.80");
        assert_eq!(entry_value(0.123, None), "0.12");
    }

    #[test]
    fn entry_method_is_danish_with_danish_numbers_and_english_in_english() {
        let mut e = ev(true, 0.874);
        e.metrics.equal_opportunity_difference = Some(0.1107);
        let date = jiff::civil::date(2026, 11, 25);
        let y = bias_test_entry(&e, date, "evidence/x.json", Lang::Da);
        let v: serde_yaml::Value = serde_yaml::from_str(&y).unwrap();
        let method = v[0]["method"].as_str().unwrap();
        assert_eq!(
            method,
            "Forholdstal mellem laveste og højeste udvælgelsesrate (disparate impact) og forskel i \
             andel fundet (equal opportunity): 0,111, beregnet med dataetik bias på \
             data/afgørelser.csv (12.345 rækker, sha256 0123456789ab)"
        );
        // The machine-read fields keep the YAML number format.
        assert!(
            y.contains("value: 0.87\n") && y.contains("threshold: 0.8\n"),
            "{y}"
        );
        e.input.rows = 1;
        let y = bias_test_entry(&e, date, "evidence/x.json", Lang::Da);
        assert!(y.contains("(1 række, sha256"), "{y}");
        e.input.rows = 12345;
        let y = bias_test_entry(&e, date, "evidence/x.json", Lang::En);
        let v: serde_yaml::Value = serde_yaml::from_str(&y).unwrap();
        assert_eq!(
            v[0]["method"].as_str().unwrap(),
            "Disparate impact ratio (lowest / highest selection rate) and equal opportunity \
             difference: 0.111, computed with dataetik bias on data/afgørelser.csv (12,345 rows, \
             sha256 0123456789ab)"
        );
        e.passed = false;
        let y = bias_test_entry(&e, date, "evidence/x.json", Lang::En);
        assert!(y.contains("# required when the test did not pass"), "{y}");
    }

    #[test]
    fn one_hidden_group_gets_a_note_two_do_not() {
        let mut e = ev(true, 0.9);
        let da = render_table(&e, None, 10, Lang::Da);
        assert!(da.contains("præcis én skjult gruppe"), "{da}");
        e.groups.insert(
            0,
            GroupResult::Suppressed {
                group: "aaa".into(),
            },
        );
        let da = render_table(&e, None, 10, Lang::Da);
        assert!(!da.contains("præcis én skjult gruppe"), "{da}");
        assert!(
            da.contains("I evidensfilen står skjulte grupper kun med navn."),
            "{da}"
        );
        e.groups.drain(..2);
        let en = render_table(&e, None, 10, Lang::En);
        assert!(!en.contains("hidden"), "{en}");
    }

    #[test]
    fn awkward_column_names_are_quoted() {
        assert_eq!(yaml_scalar("køn"), "køn");
        assert_eq!(yaml_scalar("a, b"), "\"a, b\"");
        assert_eq!(yaml_scalar("true"), "\"true\"");
        assert_eq!(yaml_scalar("# x"), "\"# x\"");
        for s in ["a, b", "true", "# x", "[x]", "1", "x: y", "null", ""] {
            let y = format!("k: [{}]", yaml_scalar(s));
            let v: serde_yaml::Value = serde_yaml::from_str(&y).unwrap();
            assert_eq!(v["k"][0].as_str(), Some(s), "{y}");
        }
    }
}

#[cfg(test)]
mod layout {
    use super::super::evidence::{GroupStats, InputInfo, Metrics};
    use super::*;

    #[test]
    fn full_table_layout() {
        let e = Evidence {
            input: InputInfo {
                file: "afgørelser.csv".into(),
                sha256: "0".repeat(64),
                rows: 12345,
                empty_group_rows: 2,
            },
            group_column: "køn".into(),
            outcome_column: "udpeget".into(),
            label_column: Some("faktisk".into()),
            positive: "1".into(),
            groups: vec![
                GroupResult::Suppressed {
                    group: "andet".into(),
                },
                GroupResult::Shown(GroupStats {
                    group: "kvinde".into(),
                    n: 6000,
                    selection_rate: 0.12,
                    true_positive_rate: Some(0.61),
                }),
                GroupResult::Shown(GroupStats {
                    group: "mand".into(),
                    n: 6336,
                    selection_rate: 0.15,
                    true_positive_rate: None,
                }),
            ],
            metrics: Metrics {
                demographic_parity_difference: Some(0.03),
                disparate_impact_ratio: Some(0.8),
                equal_opportunity_difference: None,
            },
            threshold: 0.8,
            passed: false,
        };
        let expected = r#"Bias-test af afgørelser.csv (12.345 rækker; gruppe `køn`, udfald `udpeget` = 1, facit `faktisk`)

  Gruppe      n  Udvælgelsesrate  Andel fundet  Forhold til kvinde
  ────────────────────────────────────────────────────────────────
  andet   skjult (< 10)
  kvinde  6.000            0,120         0,610               1,000
  mand    6.336            0,150             –               1,250

Andel fundet: andelen af de reelt positive, som blev udpeget (true positive rate).
Grupper med færre end 10 rækker er skjult og indgår ikke i målene.
I evidensfilen står skjulte grupper kun med navn.
Bemærk: der er præcis én skjult gruppe, så dens størrelse kan regnes ud af rækketallene.
Slå små grupper sammen (fx til "andet"), før testen køres.
Rækker uden gruppeværdi (ikke med i målene): 2

Mål over de viste grupper:
  0,030  Demografisk paritetsforskel: højeste − laveste udvælgelsesrate
  0,800  Forholdstal mellem laveste og højeste udvælgelsesrate (disparate impact): skal være ≥ 0,80
      –  Forskel i andel fundet (equal opportunity): højeste − laveste andel fundet; skal være ≤ 0,10

Resultat: IKKE bestået
"#;
        assert_eq!(render_table(&e, Some("kvinde"), 10, Lang::Da), expected);

        let expected_en = r#"Bias test of afgørelser.csv (12,345 rows; group `køn`, outcome `udpeget` = 1, label `faktisk`)

  Group       n  Selection rate    TPR  Ratio to highest
  ──────────────────────────────────────────────────────
  andet   hidden (< 10)
  kvinde  6,000           0.120  0.610             0.800
  mand    6,336           0.150      –             1.000

TPR: the share of the truly positive that were selected (true positive rate).
Groups with fewer than 10 rows are hidden and not part of the metrics.
The evidence file lists hidden groups by name only.
Note: exactly one group is hidden, so its size can be worked out from the row counts.
Merge small groups (e.g. into "other") before running the test.
Rows without a group value (not in the metrics): 2

Metrics over the shown groups:
  0.030  Demographic parity difference: highest − lowest selection rate
  0.800  Disparate impact ratio: lowest / highest selection rate; must be ≥ 0.80
      –  Equal opportunity difference: highest − lowest TPR; must be ≤ 0.10

Result: NOT passed
"#;
        assert_eq!(render_table(&e, None, 10, Lang::En), expected_en);
    }
}
