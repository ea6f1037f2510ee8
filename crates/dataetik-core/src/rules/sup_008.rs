//! SUP-008: the contract with a supplier has ended while a project using it is still active.

use super::{BuiltinRule, FileCtx, NoParams, Scope, Unit};
use crate::check::{CheckOptions, Detail, Finding, FindingBuilder};
use crate::supplier::{EntryCtx, SupplierProblem};

/// The rule's id.
pub(crate) const ID: &str = "SUP-008";

/// Checks one supplier reference of an assessment.
pub(crate) fn check(
    e: &EntryCtx<'_>,
    fb: &FindingBuilder<'_>,
    opts: &CheckOptions,
    out: &mut Vec<Finding>,
) {
    if e.set.get(e.id).is_none() {
        return;
    }
    if !e.model.phase().is_some_and(crate::model::Phase::is_active) {
        return;
    }
    let Some(end) = e
        .set
        .record(e.id)
        .and_then(crate::supplier::SupplierRecord::contract_end)
    else {
        return;
    };
    if end >= opts.as_of {
        return;
    }
    let d = Detail::Supplier(SupplierProblem::ContractEnded {
        id: e.id.to_string(),
        end,
    });
    out.extend(fb.make(ID, e.span(), Some(&e.field()), d, None, None));
}

/// SUP-008.
pub(crate) struct Rule;

impl BuiltinRule for Rule {
    const ID: &'static str = ID;
    const SCOPE: Scope = Scope::File;
    type Params = NoParams;

    fn check_file(cx: &FileCtx<'_>, _: &NoParams, out: &mut Vec<Finding>) {
        crate::supplier::for_each_entry(cx, |e| check(e, cx.fb, cx.opts, out));
    }
}

/// The registry entry.
pub(crate) const UNIT: Unit = Unit::of::<Rule>();
