//! SUP-003: a supplier id that no supplier file has: in an assessment's `suppliers[].supplier`
//! or in a supplier file's `sub_processors`.

use super::{BuiltinRule, FileCtx, NoParams, Scope, Unit};
use crate::check::{Detail, Finding, FindingBuilder};
use crate::register::display_path;
use crate::supplier::{suggest, EntryCtx, SupplierCtx, SupplierProblem, SupplierSet};

/// The rule's id.
pub(crate) const ID: &str = "SUP-003";

fn problem(set: &SupplierSet, id: &str) -> SupplierProblem {
    let dir = display_path(&set.dir);
    if set.present {
        SupplierProblem::UnknownSupplier {
            id: id.to_string(),
            dir,
            suggestion: suggest(set, id),
        }
    } else {
        SupplierProblem::NoSupplierRegister {
            id: id.to_string(),
            dir,
        }
    }
}

/// An assessment's supplier entry refers to an unknown id.
pub(crate) fn check_entry(e: &EntryCtx<'_>, fb: &FindingBuilder<'_>, out: &mut Vec<Finding>) {
    if e.set.get(e.id).is_some() {
        return;
    }
    let d = Detail::Supplier(problem(e.set, e.id));
    out.extend(fb.make(ID, e.span(), Some(&e.field()), d, None, None));
}

/// A supplier file lists an unknown sub-processor.
pub(crate) fn check_supplier(
    ctx: &SupplierCtx<'_>,
    fb: &FindingBuilder<'_>,
    out: &mut Vec<Finding>,
) {
    let items = ctx
        .tree
        .get("sub_processors")
        .map_or(&[][..], crate::load::Node::items);
    for (i, item) in items.iter().enumerate() {
        let Some(id) = item.scalar().map(|s| s.text.trim()) else {
            continue;
        };
        if id.is_empty() || ctx.set.get(id).is_some() {
            continue;
        }
        let d = Detail::Supplier(problem(ctx.set, id));
        let field = format!("sub_processors[{i}]");
        out.extend(fb.make(ID, item.span, Some(&field), d, None, None));
    }
}

/// SUP-003.
pub(crate) struct Rule;

impl BuiltinRule for Rule {
    const ID: &'static str = ID;
    const SCOPE: Scope = Scope::File;
    type Params = NoParams;

    // Also in supplier files' `sub_processors`, checked while they are read
    // ([`crate::supplier::check_suppliers`]).
    fn check_file(cx: &FileCtx<'_>, _: &NoParams, out: &mut Vec<Finding>) {
        crate::supplier::for_each_entry(cx, |e| check_entry(e, cx.fb, out));
    }
}

/// The registry entry.
pub(crate) const UNIT: Unit = Unit::of::<Rule>();
