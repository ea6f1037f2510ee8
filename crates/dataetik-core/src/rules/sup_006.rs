//! SUP-006: a supplier that processes the project's personal data has a link in its chain (a
//! sub-processor, or a sub-processor's sub-processor) whose data location is not stated, or that
//! has no supplier file at all. From build.

use crate::check::{Detail, Finding, FindingBuilder};
use crate::model::Phase;
use crate::supplier::{EntryCtx, SupplierProblem};

/// The rule's id.
pub const ID: &str = "SUP-006";

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
        let problem = if !link.known {
            SupplierProblem::UnknownLocation {
                link: link.id.clone(),
                path: link.path(),
                missing_file: true,
            }
        } else {
            match e.set.record(&link.id) {
                // An unreadable file has its own GEN-001/GEN-002.
                None => continue,
                Some(rec) if rec.region().is_some() => continue,
                Some(_) => SupplierProblem::UnknownLocation {
                    link: link.id.clone(),
                    path: link.path(),
                    missing_file: false,
                },
            }
        };
        let d = Detail::Supplier(problem);
        out.extend(fb.make(ID, e.span(), Some(&e.field()), d, None, None));
    }
}
