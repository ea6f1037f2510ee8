//! SUP-010: a hardware supplier (PCs, screens, phones, ...) without a mapping of the risks in
//! its supply chain. A supplier is a hardware supplier when its file says `hardware: true` or
//! a project uses it with role `hardware`.

use super::{BuiltinRule, NoParams, Scope, Unit};
use crate::check::{Detail, Finding, FindingBuilder};
use crate::supplier::{SupplierCtx, SupplierProblem};

/// The rule's id.
pub(crate) const ID: &str = "SUP-010";

/// Checks one supplier file.
pub(crate) fn check(ctx: &SupplierCtx<'_>, fb: &FindingBuilder<'_>, out: &mut Vec<Finding>) {
    let declared = ctx.record.hardware == Some(true);
    let by_role = !declared && ctx.hardware_ids.contains(&ctx.file.id);
    if !declared && !by_role {
        return;
    }
    let mapped = ctx
        .record
        .due_diligence
        .as_ref()
        .and_then(|d| d.risks.as_deref())
        .is_some_and(|r| !r.trim().is_empty());
    if mapped {
        return;
    }
    let field = "due_diligence.risks";
    let span = if ctx.tree.get("due_diligence").is_some() {
        ctx.at(field)
    } else if declared {
        ctx.at("hardware")
    } else {
        ctx.at("name")
    };
    let d = Detail::Supplier(SupplierProblem::HardwareWithoutDueDiligence { by_role });
    out.extend(fb.make(ID, span, Some(field), d, None, None));
}

/// SUP-010.
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
