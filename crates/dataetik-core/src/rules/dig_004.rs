//! DIG-004: a project that needs a data protection impact assessment (high risk, sensitive
//! data, combined personal data, automated decisions) must have done it once built, and have
//! planned it before; `not_required` needs a reason.

use super::{BuiltinRule, FileCtx, NoParams, Scope, Unit};
use crate::check::{Detail, DpiaReason, Finding};
use crate::load::Span;
use crate::model::{AutomationKind, DpiaStatus, Phase};
use crate::policy::Severity;

/// DIG-004.
pub(crate) struct Dig004;

impl BuiltinRule for Dig004 {
    const ID: &'static str = "DIG-004";
    const SCOPE: Scope = Scope::File;
    type Params = NoParams;

    fn check_file(cx: &FileCtx<'_>, _: &NoParams, out: &mut Vec<Finding>) {
        let (m, fb, tree) = (cx.model, cx.fb, cx.tree);
        let data = m.data.as_ref();
        let flag = |f: fn(&crate::model::Data) -> Option<bool>| data.and_then(f).unwrap_or(false);
        let mut reasons = Vec::new();
        if cx.risk.level >= 3 {
            reasons.push(DpiaReason::RiskLevel(cx.risk.level));
        }
        if flag(|d| d.sensitive_data) {
            reasons.push(DpiaReason::SensitiveData);
        }
        if flag(|d| d.combines_sources) && flag(|d| d.personal_data) {
            reasons.push(DpiaReason::CombinesPersonalData);
        }
        if m.automation_kind() == Some(AutomationKind::AutomatedDecision) {
            reasons.push(DpiaReason::AutomatedDecisions);
        }
        let dpia = data.and_then(|d| d.dpia.as_ref());
        let status = dpia.and_then(|d| d.status);
        // Format version 2: a placeholder ("Nee", "tbd") is no reason.
        let reason_placeholder = super::blank::v2_placeholder(cx, "data.dpia.reason");
        if status == Some(DpiaStatus::NotRequired)
            && (reason_placeholder.is_some()
                || dpia
                    .and_then(|d| d.reason.as_deref())
                    .is_none_or(|r| r.trim().is_empty()))
        {
            let field = "data.dpia.reason";
            let span = tree.locate(field, Span::START);
            let d = reason_placeholder.map_or(Detail::DpiaReasonMissing, |text| {
                Detail::Placeholder { text }
            });
            out.extend(fb.make(Self::ID, span, Some(field), d, None, None));
        }
        if reasons.is_empty() {
            return;
        }
        let Some(phase) = m.phase() else { return };
        let field = "data.dpia.status";
        let span = tree.locate(field, Span::START);
        if phase.rank() >= Phase::Build.rank() {
            if status != Some(DpiaStatus::Done) {
                let d = Detail::DpiaRequired { reasons, status };
                out.extend(fb.make(Self::ID, span, Some(field), d, None, None));
            }
        } else if !matches!(status, Some(DpiaStatus::Done | DpiaStatus::Planned)) {
            let d = Detail::DpiaToPlan { reasons };
            out.extend(fb.make(
                Self::ID,
                span,
                Some(field),
                d,
                Some(Severity::Warning),
                None,
            ));
        }
    }
}

/// The registry entry.
pub(crate) const UNIT: Unit = Unit::of::<Dig004>();
