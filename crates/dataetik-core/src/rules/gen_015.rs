//! GEN-015 (note): the file is written in format version 1; `dataetik migrate` rewrites it to
//! version 2 in place. Points at `schema_version`.

use crate::check::declarative::Context;
use crate::check::{Detail, Finding, FindingBuilder};
use crate::load::Span;

/// Checks one file.
pub fn check(ctx: &Context<'_>, fb: &FindingBuilder<'_>, out: &mut Vec<Finding>) {
    if crate::version::declared(ctx.tree) != Some(1) {
        return;
    }
    let span = ctx.tree.locate("schema_version", Span::START);
    out.extend(fb.make(
        "GEN-015",
        span,
        Some("schema_version"),
        Detail::None,
        None,
        None,
    ));
}
