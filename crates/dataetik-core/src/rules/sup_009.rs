//! SUP-009: a company supplier whose contract lacks a UN Global Compact clause for one or more
//! areas (human rights, labour, environment, anti-corruption).

use crate::check::{Detail, Finding, FindingBuilder};
use crate::model::SupplierKind;
use crate::supplier::{SupplierCtx, SupplierProblem, GLOBAL_COMPACT_AREAS};

/// The rule's id.
pub const ID: &str = "SUP-009";

/// Checks one supplier file.
pub fn check(ctx: &SupplierCtx<'_>, fb: &FindingBuilder<'_>, out: &mut Vec<Finding>) {
    if ctx.record.kind_or_default() != SupplierKind::Company {
        return;
    }
    let missing = match ctx
        .record
        .global_compact
        .as_ref()
        .and_then(|g| g.clauses.as_ref())
    {
        Some(c) => c.missing(),
        None => GLOBAL_COMPACT_AREAS.to_vec(),
    };
    if missing.is_empty() {
        return;
    }
    let field = "global_compact.clauses";
    let span = if ctx.tree.get("global_compact").is_some() {
        ctx.at(field)
    } else {
        ctx.at("name")
    };
    let d = Detail::Supplier(SupplierProblem::GlobalCompactClauses { missing });
    out.extend(fb.make(ID, span, Some(field), d, None, None));
}
