//! SUP-006: a supplier that processes the project's personal data has a link in its chain (a
//! sub-processor, or a sub-processor's sub-processor) whose data location is not stated, or that
//! has no supplier file at all. From build.

use super::{BuiltinRule, FileCtx, NoParams, Scope, Unit};
use crate::check::{Detail, Finding, FindingBuilder};
use crate::model::Phase;
use crate::supplier::{EntryCtx, SupplierProblem};

/// The rule's id.
pub(crate) const ID: &str = "SUP-006";

/// Checks one supplier reference of an assessment.
pub(crate) fn check(e: &EntryCtx<'_>, fb: &FindingBuilder<'_>, out: &mut Vec<Finding>) {
    if e.set.get(e.id).is_none() {
        return;
    }
    let from_build = e
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

/// SUP-006.
pub(crate) struct Rule;

impl BuiltinRule for Rule {
    const ID: &'static str = ID;
    const SCOPE: Scope = Scope::File;
    type Params = NoParams;

    fn check_file(cx: &FileCtx<'_>, _: &NoParams, out: &mut Vec<Finding>) {
        crate::supplier::for_each_entry(cx, |e| check(e, cx.fb, out));
    }
}

/// The registry entry.
pub(crate) const UNIT: Unit = Unit::of::<Rule>();
