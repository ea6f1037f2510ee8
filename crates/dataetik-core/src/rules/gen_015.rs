//! GEN-015 (note): the file is written in format version 1; `dataetik migrate` rewrites it to
//! version 2 in place. Points at `schema_version`.

use super::{BuiltinRule, FileCtx, NoParams, Scope, Unit};
use crate::check::{Detail, Finding};
use crate::load::Span;

/// GEN-015.
pub(crate) struct Gen015;

impl BuiltinRule for Gen015 {
    const ID: &'static str = "GEN-015";
    const SCOPE: Scope = Scope::File;
    type Params = NoParams;

    fn check_file(cx: &FileCtx<'_>, _: &NoParams, out: &mut Vec<Finding>) {
        if crate::version::declared(cx.tree) != Some(1) {
            return;
        }
        let field = "schema_version";
        let span = cx.tree.locate(field, Span::START);
        out.extend(
            cx.fb
                .make(Self::ID, span, Some(field), Detail::None, None, None),
        );
    }
}

/// The registry entry.
pub(crate) const UNIT: Unit = Unit::of::<Gen015>();
