//! GEN-013 (note, version 2): on a completed or stopped project, every finding of a rule other
//! than GEN-*, PUB-001 and SUP-001 becomes a historical note: it keeps its rule id and stays
//! visible (the report lists it as a historical gap), but it cannot fail the check. A system
//! switched off years ago cannot be fixed in its build-phase considerations any more.
//! Waived findings stay waived.

use crate::check::Finding;
use crate::model::Assessment;
use crate::policy::{param, Policy, Severity};
use crate::risk::RiskAssessment;

/// Rules whose findings stay as they are on finished projects (besides every GEN-* rule): a CPR
/// number must still not be published, and a processor still needs its agreement.
const KEPT: &[&str] = &["PUB-001", "SUP-001"];

/// Turns the findings of a completed or stopped version 2 project into historical notes.
pub fn apply(policy: &Policy, model: &Assessment, risk: &RiskAssessment, findings: &mut [Finding]) {
    let Some(rule) = policy.rule("GEN-013").filter(|r| r.builtin) else {
        return;
    };
    if !super::is_v2(risk) || model.phase().is_none_or(crate::model::Phase::is_active) {
        return;
    }
    let kept: Vec<String> = param(
        Some(rule),
        "kept_rules",
        KEPT.iter().map(|s| (*s).to_string()).collect(),
    );
    for f in findings.iter_mut() {
        let is_gen = f
            .rule
            .get(..4)
            .is_some_and(|p| p.eq_ignore_ascii_case("GEN-"));
        if f.waived() || is_gen || kept.iter().any(|k| k.eq_ignore_ascii_case(&f.rule)) {
            continue;
        }
        f.severity = Severity::Note;
        f.historical = true;
    }
}
