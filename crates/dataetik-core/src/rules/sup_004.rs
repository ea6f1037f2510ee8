//! SUP-004: a supplier that processes the project's personal data has a link in its chain of
//! processors (itself or a sub-processor) with no data-processing agreement. From build.

use super::{BuiltinRule, FileCtx, NoParams, Scope, Unit};
use crate::check::{Detail, Finding, FindingBuilder};
use crate::model::Phase;
use crate::supplier::{EntryCtx, SupplierProblem};

/// The rule's id.
pub(crate) const ID: &str = "SUP-004";

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

/// SUP-004.
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
