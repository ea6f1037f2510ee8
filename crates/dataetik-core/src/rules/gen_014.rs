//! GEN-014 (version 2): a waiver's `level` (who granted it, on the approval ladder) is below the
//! approval the project's risk level requires: error. A waiver without `level`: warning. A
//! minimum risk level ("mindst 3") still requires at least its approval.

use super::{BuiltinRule, FileCtx, NoParams, Scope, Unit};
use crate::check::{Detail, Finding};
use crate::load::{Node, Span};
use crate::policy::Severity;

/// GEN-014.
pub(crate) struct Gen014;

impl BuiltinRule for Gen014 {
    const ID: &'static str = "GEN-014";
    const SCOPE: Scope = Scope::File;
    type Params = NoParams;

    fn check_file(cx: &FileCtx<'_>, _: &NoParams, out: &mut Vec<Finding>) {
        if !super::is_v2(cx.risk) {
            return;
        }
        let Some(waivers) = &cx.model.waivers else {
            return;
        };
        let items = cx.tree.get("waivers").map_or(&[][..], Node::items);
        let required = cx.risk.required_approval;
        for (i, w) in waivers.iter().enumerate() {
            // A `level` that failed validation is dropped with its findings by the checker.
            let field = format!("waivers[{i}].level");
            let item = items.get(i);
            let base = item.map_or(Span::START, |n| n.span);
            let span = item.map_or(base, |n| n.locate("level", base));
            match w.level {
                None => {
                    let d = Detail::WaiverLevelMissing { required };
                    let severity = Some(Severity::Warning);
                    out.extend(cx.fb.make(Self::ID, span, Some(&field), d, severity, None));
                }
                Some(given) if given < required => {
                    let d = Detail::WaiverLevelTooLow {
                        level: cx.risk.level,
                        complete: cx.risk.complete,
                        required,
                        given,
                    };
                    out.extend(cx.fb.make(Self::ID, span, Some(&field), d, None, None));
                }
                Some(_) => {}
            }
        }
    }
}

/// The registry entry.
pub(crate) const UNIT: Unit = Unit::of::<Gen014>();
