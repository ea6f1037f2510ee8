//! SUP-011: the sub-processor chain loops back to a supplier already in it (a supplier is, via
//! its sub-processors, its own sub-processor). Each list entry that closes a loop is reported.

use super::{BuiltinRule, NoParams, Scope, Unit};
use crate::check::{Detail, Finding, FindingBuilder};
use crate::supplier::{SupplierCtx, SupplierProblem};

/// The rule's id.
pub(crate) const ID: &str = "SUP-011";

/// Checks one supplier file.
pub(crate) fn check(ctx: &SupplierCtx<'_>, fb: &FindingBuilder<'_>, out: &mut Vec<Finding>) {
    let me = ctx.file.id.as_str();
    let items = ctx
        .tree
        .get("sub_processors")
        .map_or(&[][..], crate::load::Node::items);
    for (i, item) in items.iter().enumerate() {
        let Some(sub) = item.scalar().map(|s| s.text.trim()) else {
            continue;
        };
        let path = if sub == me {
            Some(vec![me.to_string(), me.to_string()])
        } else {
            ctx.set.loop_through(me, sub)
        };
        if let Some(path) = path {
            let d = Detail::Supplier(SupplierProblem::Loop { path });
            let field = format!("sub_processors[{i}]");
            out.extend(fb.make(ID, item.span, Some(&field), d, None, None));
        }
    }
}

/// SUP-011.
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
