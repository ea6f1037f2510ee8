//! From per-group counts to the fairness metrics: pure arithmetic, kept apart from CSV reading so
//! it can be tested against hand-computed values.

use super::evidence::{GroupResult, GroupStats, Metrics};

/// Floating-point slack when comparing a metric with a threshold, so that a ratio that is exactly
/// 4/5 in integers (but 0.7999999999999999 in binary) passes the four-fifths rule.
pub(crate) const EPS: f64 = 1e-9;

/// Counts for one group, accumulated while streaming the CSV.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Counts {
    /// Rows in the group.
    pub n: u64,
    /// Rows whose outcome is positive.
    pub selected: u64,
    /// Rows whose label is positive.
    pub label_positive: u64,
    /// Rows whose label and outcome are both positive.
    pub label_positive_selected: u64,
}

/// Suppresses small groups and computes the rates and metrics.
///
/// `groups` must be sorted by name. Returns the per-group results (in the same order), the metrics
/// and the number of groups that are shown.
pub(crate) fn evaluate(
    groups: &[(String, Counts)],
    with_label: bool,
    min_group_size: u64,
) -> (Vec<GroupResult>, Metrics, usize) {
    let results: Vec<GroupResult> = groups
        .iter()
        .map(|(name, c)| {
            if c.n < min_group_size {
                GroupResult::Suppressed {
                    group: name.clone(),
                }
            } else {
                GroupResult::Shown(GroupStats {
                    group: name.clone(),
                    n: c.n,
                    selection_rate: c.selected as f64 / c.n as f64,
                    true_positive_rate: (with_label && c.label_positive > 0)
                        .then(|| c.label_positive_selected as f64 / c.label_positive as f64),
                })
            }
        })
        .collect();
    let shown: Vec<&GroupStats> = results.iter().filter_map(GroupResult::stats).collect();
    let (metrics, count) = (metrics_of(&shown, with_label), shown.len());
    drop(shown);
    (results, metrics, count)
}

fn min_max(values: impl Iterator<Item = f64>) -> Option<(f64, f64)> {
    values.fold(None, |acc, v| match acc {
        None => Some((v, v)),
        Some((lo, hi)) => Some((lo.min(v), hi.max(v))),
    })
}

/// The three metrics over the shown groups (fairlearn's `method="between_groups"`: max − min and
/// min / max). Needs at least two groups for the differences to mean anything.
fn metrics_of(shown: &[&GroupStats], with_label: bool) -> Metrics {
    if shown.len() < 2 {
        return Metrics {
            demographic_parity_difference: None,
            disparate_impact_ratio: None,
            equal_opportunity_difference: None,
        };
    }
    let (lo, hi) = min_max(shown.iter().map(|g| g.selection_rate)).expect("two groups");
    let tprs: Vec<f64> = shown.iter().filter_map(|g| g.true_positive_rate).collect();
    // Equal opportunity is only defined when every shown group has label-positive rows; a group
    // without them cannot be judged, so the metric is absent (and the test does not pass).
    let eod = (with_label && tprs.len() == shown.len())
        .then(|| min_max(tprs.into_iter()).map(|(l, h)| h - l))
        .flatten();
    Metrics {
        demographic_parity_difference: Some(hi - lo),
        disparate_impact_ratio: (hi > 0.0).then(|| lo / hi),
        equal_opportunity_difference: eod,
    }
}

/// The pass rule of a bias test: disparate impact ratio ≥ threshold and, with a label, equal opportunity
/// difference ≤ 0.1. A metric that could not be computed fails the test.
pub(crate) fn passed(m: &Metrics, with_label: bool, threshold: f64) -> bool {
    let dir_ok = m
        .disparate_impact_ratio
        .is_some_and(|r| r >= threshold - EPS);
    let eod_ok = !with_label
        || m.equal_opportunity_difference
            .is_some_and(|d| d <= super::EQUAL_OPPORTUNITY_LIMIT + EPS);
    dir_ok && eod_ok
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(n: u64, selected: u64, lp: u64, lps: u64) -> Counts {
        Counts {
            n,
            selected,
            label_positive: lp,
            label_positive_selected: lps,
        }
    }

    #[test]
    fn hand_computed_without_label() {
        // a: 4/20 = 0.2, b: 5/20 = 0.25, c: 3 rows (suppressed, would be 3/3 = 1.0).
        let groups = vec![
            ("a".to_string(), c(20, 4, 0, 0)),
            ("b".to_string(), c(20, 5, 0, 0)),
            ("c".to_string(), c(3, 3, 0, 0)),
        ];
        let (res, m, shown) = evaluate(&groups, false, 10);
        assert_eq!(shown, 2);
        assert_eq!(res[2], GroupResult::Suppressed { group: "c".into() });
        assert!((m.demographic_parity_difference.unwrap() - 0.05).abs() < 1e-12);
        assert!((m.disparate_impact_ratio.unwrap() - 0.8).abs() < 1e-12);
        assert_eq!(m.equal_opportunity_difference, None);
        // 0.2 / 0.25 is exactly the four-fifths line: passes.
        assert!(passed(&m, false, 0.8));
        assert!(!passed(&m, false, 0.81));
    }

    #[test]
    fn hand_computed_with_label() {
        // a: TPR 6/10 = 0.6, b: TPR 7/10 = 0.7 → EOD 0.1 (passes, boundary); SR 8/20, 10/20.
        let groups = vec![
            ("a".to_string(), c(20, 8, 10, 6)),
            ("b".to_string(), c(20, 10, 10, 7)),
        ];
        let (res, m, _) = evaluate(&groups, true, 10);
        assert_eq!(res[0].stats().unwrap().true_positive_rate, Some(0.6));
        assert!((m.equal_opportunity_difference.unwrap() - 0.1).abs() < 1e-12);
        assert!((m.disparate_impact_ratio.unwrap() - 0.8).abs() < 1e-12);
        assert!((m.demographic_parity_difference.unwrap() - 0.1).abs() < 1e-12);
        assert!(passed(&m, true, 0.8));
        // b: TPR 8/10 → EOD 0.2: fails even though the ratio passes.
        let groups = vec![
            ("a".to_string(), c(20, 8, 10, 6)),
            ("b".to_string(), c(20, 9, 10, 8)),
        ];
        let (_, m, _) = evaluate(&groups, true, 10);
        assert!(m.disparate_impact_ratio.unwrap() >= 0.8);
        assert!(!passed(&m, true, 0.8));
    }

    #[test]
    fn undefined_metrics_fail() {
        // No positive outcome in any shown group: the ratio is 0/0.
        let groups = vec![
            ("a".to_string(), c(10, 0, 0, 0)),
            ("b".to_string(), c(10, 0, 0, 0)),
        ];
        let (_, m, _) = evaluate(&groups, false, 10);
        assert_eq!(m.demographic_parity_difference, Some(0.0));
        assert_eq!(m.disparate_impact_ratio, None);
        assert!(!passed(&m, false, 0.8));
        // A shown group without label-positive rows: equal opportunity cannot be judged.
        let groups = vec![
            ("a".to_string(), c(10, 5, 4, 2)),
            ("b".to_string(), c(10, 5, 0, 0)),
        ];
        let (res, m, _) = evaluate(&groups, true, 10);
        assert_eq!(res[1].stats().unwrap().true_positive_rate, None);
        assert_eq!(m.equal_opportunity_difference, None);
        assert!(!passed(&m, true, 0.8));
    }

    #[test]
    fn suppression_boundary_is_strictly_fewer_than_n() {
        let groups = vec![
            ("a".to_string(), c(9, 1, 0, 0)),
            ("b".to_string(), c(10, 1, 0, 0)),
        ];
        let (res, _, shown) = evaluate(&groups, false, 10);
        assert!(matches!(res[0], GroupResult::Suppressed { .. }));
        assert!(matches!(res[1], GroupResult::Shown(_)));
        assert_eq!(shown, 1);
    }
}
