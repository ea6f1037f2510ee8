//! SUP-004: a supplier that processes the project's personal data has a link in its chain of
//! processors (itself or a sub-processor) with no data-processing agreement. From build.

use crate::check::{Detail, Finding, FindingBuilder};
use crate::model::Phase;
use crate::supplier::{EntryCtx, SupplierProblem};

/// The rule's id.
pub const ID: &str = "SUP-004";

/// Checks one supplier reference of an assessment.
pub fn check(e: &EntryCtx<'_>, fb: &FindingBuilder<'_>, out: &mut Vec<Finding>) {
    let from_build = e
        .ctx
        .model
        .phase()
        .is_some_and(|p| p.rank() >= Phase::Build.rank());
    if !from_build || !e.processes_personal_data() {
        return;
    }
    for link in e.set.chain(e.id) {
        let Some(rec) = e.set.record(&link.id) else {
            continue;
        };
        if rec.agreements().next().is_none() {
            let d = Detail::Supplier(SupplierProblem::NoAgreement {
                link: link.id.clone(),
                path: link.path(),
            });
            out.extend(fb.make(ID, e.span(), Some(&e.field()), d, None, None));
        }
    }
}
