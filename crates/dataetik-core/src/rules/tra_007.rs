//! TRA-007 (note, version 2): the summary is hard to read: its LIX is above the policy's limit
//! (`max_lix`, default 45). Citizens and politicians read the summary first; the public register
//! shows each text's LIX ([`crate::lix`]).

use crate::check::declarative::Context;
use crate::check::{Detail, Finding, FindingBuilder};
use crate::load::Span;
use crate::policy::param;

/// Checks one file.
pub fn check(ctx: &Context<'_>, fb: &FindingBuilder<'_>, out: &mut Vec<Finding>) {
    if !super::is_v2(ctx.risk) {
        return;
    }
    let Some(summary) = ctx.model.summary.as_deref() else {
        return;
    };
    let Some(lix) = crate::lix::lix(summary) else {
        return;
    };
    let max: u32 = param(fb.policy.rule("TRA-007"), "max_lix", 45);
    if lix > f64::from(max) {
        let span = ctx.tree.locate("summary", Span::START);
        let d = Detail::Lix {
            lix: lix.round() as u32,
            max,
        };
        out.extend(fb.make("TRA-007", span, Some("summary"), d, None, None));
    }
}
