//! SUP-007: the supplier's due-diligence follow-up date has passed.

use crate::check::{CheckOptions, Detail, Finding, FindingBuilder};
use crate::supplier::{days_between, SupplierCtx, SupplierProblem};

/// The rule's id.
pub const ID: &str = "SUP-007";

/// Checks one supplier file.
pub fn check(
    ctx: &SupplierCtx<'_>,
    fb: &FindingBuilder<'_>,
    opts: &CheckOptions,
    out: &mut Vec<Finding>,
) {
    let Some(due) = ctx.record.due_diligence.as_ref().and_then(|d| d.follow_up) else {
        return;
    };
    if due >= opts.as_of {
        return;
    }
    let d = Detail::Supplier(SupplierProblem::FollowUpPassed {
        due,
        days: days_between(due, opts.as_of),
    });
    let field = "due_diligence.follow_up";
    out.extend(fb.make(ID, ctx.at(field), Some(field), d, None, None));
}
