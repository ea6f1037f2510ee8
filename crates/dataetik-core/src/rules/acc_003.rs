//! ACC-003: the approval given is lower than the project's risk level requires.

use super::{BuiltinRule, FileCtx, NoParams, Scope, Unit};
use crate::check::{Detail, Finding};
use crate::load::Span;

/// ACC-003.
pub(crate) struct Acc003;

impl BuiltinRule for Acc003 {
    const ID: &'static str = "ACC-003";
    const SCOPE: Scope = Scope::File;
    type Params = NoParams;

    fn check_file(cx: &FileCtx<'_>, _: &NoParams, out: &mut Vec<Finding>) {
        let Some(level) = cx.model.approval().and_then(|a| a.level) else {
            return;
        };
        if level < cx.risk.required_approval {
            let field = "principles.accountability.approval.level";
            let span = cx.tree.locate(field, Span::START);
            let d = Detail::ApprovalTooLow {
                level: cx.risk.level,
                required: cx.risk.required_approval,
                given: level,
            };
            out.extend(cx.fb.make(Self::ID, span, Some(field), d, None, None));
        }
    }
}

/// The registry entry.
pub(crate) const UNIT: Unit = Unit::of::<Acc003>();
