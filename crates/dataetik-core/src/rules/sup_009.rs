//! SUP-009: a company supplier whose contract lacks a UN Global Compact clause for one or more
//! areas (human rights, labour, environment, anti-corruption).

use super::{BuiltinRule, NoParams, Scope, Unit};
use crate::check::{Detail, Finding, FindingBuilder};
use crate::model::SupplierKind;
use crate::supplier::{SupplierCtx, SupplierProblem, GLOBAL_COMPACT_AREAS};

/// The rule's id.
pub(crate) const ID: &str = "SUP-009";

/// Checks one supplier file.
pub(crate) fn check(ctx: &SupplierCtx<'_>, fb: &FindingBuilder<'_>, out: &mut Vec<Finding>) {
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

/// SUP-009.
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
