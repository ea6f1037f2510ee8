//! GEN-001: the file cannot be read or is not valid YAML. Reported by the reader
//! ([`crate::check::check_file`], [`crate::check::check_bytes`]) before any rule runs; a policy
//! must have it (`builtin: true`), or an unreadable file would pass the check unnoticed.

use super::{BuiltinRule, NoParams, Scope, Unit};

/// GEN-001.
pub(crate) struct Gen001;

impl BuiltinRule for Gen001 {
    const ID: &'static str = "GEN-001";
    const SCOPE: Scope = Scope::Reader;
    type Params = NoParams;
}

/// The registry entry.
pub(crate) const UNIT: Unit = Unit::of::<Gen001>();
