//! SUP-005: a supplier keeps data in a third country without a transfer basis.

use super::{BuiltinRule, NoParams, Scope, Unit};
use crate::check::{Detail, Finding, FindingBuilder};
use crate::supplier::{Region, SupplierCtx, SupplierProblem};

/// The rule's id.
pub(crate) const ID: &str = "SUP-005";

/// Checks one supplier file.
pub(crate) fn check(ctx: &SupplierCtx<'_>, fb: &FindingBuilder<'_>, out: &mut Vec<Finding>) {
    let Some(loc) = &ctx.record.data_location else {
        return;
    };
    if loc.region != Some(Region::ThirdCountry) || loc.transfer_basis.is_some() {
        return;
    }
    let d = Detail::Supplier(SupplierProblem::NoTransferBasis {
        countries: loc.countries.clone().unwrap_or_default(),
    });
    out.extend(fb.make(
        ID,
        ctx.at("data_location.region"),
        Some("data_location.transfer_basis"),
        d,
        None,
        None,
    ));
}

/// SUP-005.
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
