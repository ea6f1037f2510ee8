//! SUP-007: the supplier's due-diligence follow-up date has passed.

use super::{BuiltinRule, NoParams, Scope, Unit};
use crate::check::{CheckOptions, Detail, Finding, FindingBuilder};
use crate::supplier::{days_between, SupplierCtx, SupplierProblem};

/// The rule's id.
pub(crate) const ID: &str = "SUP-007";

/// Checks one supplier file.
pub(crate) fn check(
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

/// SUP-007.
pub(crate) struct Rule;

impl BuiltinRule for Rule {
    const ID: &'static str = ID;
    const SCOPE: Scope = Scope::Register;
    type Params = NoParams;

    // Checked while the supplier files are read ([`crate::supplier::check_suppliers`]), which
    // knows `--as-of` and each file's text.
}

/// The registry entry.
pub(crate) const UNIT: Unit = Unit::of::<Rule>();
