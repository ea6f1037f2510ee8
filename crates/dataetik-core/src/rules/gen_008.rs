//! GEN-008: a valid waiver whose expiry date has passed; it waives nothing any more. Reported
//! while the assessment's waivers are applied ([`crate::check::waivers`]).

use super::{BuiltinRule, NoParams, Scope, Unit};
use crate::model::{Date, Waiver};

/// GEN-008.
pub(crate) struct Gen008;

impl BuiltinRule for Gen008 {
    const ID: &'static str = "GEN-008";
    const SCOPE: Scope = Scope::Waivers;
    type Params = NoParams;
}

/// The expiry date of a valid waiver `w` when it has passed by `as_of`.
pub(crate) fn expired(w: &Waiver, as_of: Date) -> Option<Date> {
    w.expires.filter(|e| *e < as_of)
}

/// The registry entry.
pub(crate) const UNIT: Unit = Unit::of::<Gen008>();
