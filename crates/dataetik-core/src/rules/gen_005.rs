//! GEN-005: the lifecycle dates and phase must agree: no end before the start, an end date
//! once the project has ended and none while it is active, a next review once it is built.

use super::{BuiltinRule, FileCtx, NoParams, Scope, Unit};
use crate::check::{Detail, Finding};
use crate::load::Span;
use crate::model::Phase;

/// GEN-005.
pub(crate) struct Gen005;

impl BuiltinRule for Gen005 {
    const ID: &'static str = "GEN-005";
    const SCOPE: Scope = Scope::File;
    type Params = NoParams;

    fn check_file(cx: &FileCtx<'_>, _: &NoParams, out: &mut Vec<Finding>) {
        let Some(lc) = &cx.model.lifecycle else {
            return;
        };
        let Some(phase) = lc.phase else { return };
        let mut emit = |field: &str, detail: Detail| {
            let span = cx.tree.locate(field, Span::START);
            out.extend(cx.fb.make(Self::ID, span, Some(field), detail, None, None));
        };
        if let (Some(started), Some(ended)) = (lc.started, lc.ended) {
            // With a year or month only (format version 2), only an end certainly before the
            // start.
            if ended.certainly_before(started) {
                emit(
                    "lifecycle.ended",
                    Detail::EndedBeforeStarted { ended, started },
                );
            }
        }
        if !phase.is_active() && lc.ended.is_none() {
            emit("lifecycle.ended", Detail::EndedMissing { phase });
        }
        if phase.is_active() && lc.ended.is_some() {
            emit("lifecycle.ended", Detail::EndedWhileActive { phase });
        }
        if matches!(phase, Phase::Build | Phase::Operation) && lc.next_review.is_none() {
            emit("lifecycle.next_review", Detail::NextReviewMissing { phase });
        }
    }
}

/// The registry entry.
pub(crate) const UNIT: Unit = Unit::of::<Gen005>();
