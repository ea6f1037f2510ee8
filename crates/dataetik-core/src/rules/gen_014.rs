//! GEN-014 (version 2): a waiver's `level` (who granted it, on the approval ladder) is below the
//! approval the project's risk level requires: error. A waiver without `level`: warning. A
//! minimum risk level ("mindst 3") still requires at least its approval.

use crate::check::declarative::Context;
use crate::check::{Detail, Finding, FindingBuilder};
use crate::load::{Node, Span};
use crate::policy::Severity;

/// Checks one file.
pub fn check(ctx: &Context<'_>, fb: &FindingBuilder<'_>, out: &mut Vec<Finding>) {
    if !super::is_v2(ctx.risk) {
        return;
    }
    let Some(waivers) = &ctx.model.waivers else {
        return;
    };
    let items = ctx.tree.get("waivers").map_or(&[][..], Node::items);
    let required = ctx.risk.required_approval;
    for (i, w) in waivers.iter().enumerate() {
        let field = format!("waivers[{i}].level");
        if ctx.is_removed(&field) {
            continue;
        }
        let item = items.get(i);
        let base = item.map_or(Span::START, |n| n.span);
        let span = item.map_or(base, |n| n.locate("level", base));
        match w.level {
            None => {
                let d = Detail::WaiverLevelMissing { required };
                out.extend(fb.make(
                    "GEN-014",
                    span,
                    Some(&field),
                    d,
                    Some(Severity::Warning),
                    None,
                ));
            }
            Some(given) if given < required => {
                let d = Detail::WaiverLevelTooLow {
                    level: ctx.risk.level,
                    complete: ctx.risk.complete,
                    required,
                    given,
                };
                out.extend(fb.make("GEN-014", span, Some(&field), d, None, None));
            }
            Some(_) => {}
        }
    }
}
