//! EQU-002: a bias test that did not pass needs a mitigation. Two checks, both here:
//!
//! 1. a test with `passed: false` and a blank `mitigation` (the finding is at `mitigation`);
//! 2. a test recorded as passed although its own numbers say it failed: a ratio
//!    (`disparate_impact_ratio`) below its threshold, or a difference above it (at `passed`).
//!
//! (Until this unit existed, the first check was declarative in the policy and the second was
//! hidden in the checker; the policy now marks EQU-002 `builtin: true`.)

use super::{BuiltinRule, FileCtx, NoParams, Scope, Unit};
use crate::check::{Detail, Finding};
use crate::load::{Node, Span};
use crate::model::Metric;

/// EQU-002.
pub(crate) struct Equ002;

impl BuiltinRule for Equ002 {
    const ID: &'static str = "EQU-002";
    const SCOPE: Scope = Scope::File;
    type Params = NoParams;

    fn check_file(cx: &FileCtx<'_>, _: &NoParams, out: &mut Vec<Finding>) {
        const LIST: &str = "principles.equality.bias_tests";
        let items = cx.tree.get_path(LIST).map_or(&[][..], Node::items);
        // 1. Not passed, no mitigation.
        for (i, item) in items.iter().enumerate() {
            let failed = item
                .get("passed")
                .filter(|n| !n.is_blank())
                .and_then(Node::scalar)
                .and_then(crate::load::Scalar::as_bool)
                == Some(false);
            if failed && item.get("mitigation").is_none_or(Node::is_blank) {
                let field = format!("{LIST}[{i}].mitigation");
                let span = item.locate("mitigation", item.span);
                out.extend(
                    cx.fb
                        .make(Self::ID, span, Some(&field), Detail::None, None, None),
                );
            }
        }
        // 2. Passed, but the test's own numbers say it did not.
        for (i, b) in cx.model.bias_tests().iter().enumerate() {
            let (Some(metric), Some(value), Some(threshold), Some(true)) =
                (b.metric, b.value, b.threshold, b.passed)
            else {
                continue;
            };
            let failed = match metric {
                Metric::DisparateImpactRatio => value < threshold,
                Metric::DemographicParityDifference | Metric::EqualOpportunityDifference => {
                    value > threshold
                }
                Metric::Other => false,
            };
            if failed {
                let field = format!("{LIST}[{i}].passed");
                let span = items
                    .get(i)
                    .map_or(Span::START, |n| n.locate("passed", n.span));
                let d = Detail::BiasPassedContradicted { value, threshold };
                out.extend(cx.fb.make(Self::ID, span, Some(&field), d, None, None));
            }
        }
    }
}

/// The registry entry.
pub(crate) const UNIT: Unit = Unit::of::<Equ002>();
