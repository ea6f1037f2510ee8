//! SUP-008: the contract with a supplier has ended while a project using it is still active.

use crate::check::{CheckOptions, Detail, Finding, FindingBuilder};
use crate::supplier::{EntryCtx, SupplierProblem};

/// The rule's id.
pub const ID: &str = "SUP-008";

/// Checks one supplier reference of an assessment.
pub fn check(
    e: &EntryCtx<'_>,
    fb: &FindingBuilder<'_>,
    opts: &CheckOptions,
    out: &mut Vec<Finding>,
) {
    if !e
        .ctx
        .model
        .phase()
        .is_some_and(crate::model::Phase::is_active)
    {
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
