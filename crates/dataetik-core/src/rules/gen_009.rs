//! GEN-009: an active project whose `lifecycle.next_review` has passed; an error once it is
//! more than `error_after_days` overdue.

use serde::Deserialize;

use super::util::days_between;
use super::{BuiltinRule, FileCtx, Scope, Unit};
use crate::check::{Detail, Finding};
use crate::load::Span;
use crate::policy::Severity;

/// GEN-009's parameters.
#[derive(Debug, Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub(crate) struct Params {
    /// Days overdue after which the warning becomes an error.
    pub(crate) error_after_days: i64,
}

impl Default for Params {
    fn default() -> Self {
        Params {
            error_after_days: 90,
        }
    }
}

/// GEN-009.
pub(crate) struct Gen009;

impl BuiltinRule for Gen009 {
    const ID: &'static str = "GEN-009";
    const SCOPE: Scope = Scope::File;
    type Params = Params;

    fn check_file(cx: &FileCtx<'_>, p: &Params, out: &mut Vec<Finding>) {
        let lc = cx.model.lifecycle.as_ref();
        let (Some(phase), Some(review)) = (cx.model.phase(), lc.and_then(|l| l.next_review)) else {
            return;
        };
        if phase.is_active() && review < cx.opts.as_of {
            let days = days_between(review, cx.opts.as_of);
            let sev = if days > p.error_after_days {
                Severity::Error
            } else {
                Severity::Warning
            };
            let d = Detail::ReviewOverdue { due: review, days };
            let field = "lifecycle.next_review";
            let span = cx.tree.locate(field, Span::START);
            out.extend(cx.fb.make(Self::ID, span, Some(field), d, Some(sev), None));
        }
    }
}

/// The registry entry.
pub(crate) const UNIT: Unit = Unit::of::<Gen009>();
