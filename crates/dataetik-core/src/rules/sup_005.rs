//! SUP-005: a supplier keeps data in a third country without a transfer basis.

use crate::check::{Detail, Finding, FindingBuilder};
use crate::supplier::{Region, SupplierCtx, SupplierProblem};

/// The rule's id.
pub const ID: &str = "SUP-005";

/// Checks one supplier file.
pub fn check(ctx: &SupplierCtx<'_>, fb: &FindingBuilder<'_>, out: &mut Vec<Finding>) {
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
