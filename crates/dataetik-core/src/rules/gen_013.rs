//! GEN-013 (note, version 2): on a completed or stopped project, every finding of a rule other
//! than GEN-*, PUB-001 and SUP-001 becomes a historical note: it keeps its rule id and stays
//! visible (the report lists it as a historical gap), but it cannot fail the check. A system
//! switched off years ago cannot be fixed in its build-phase considerations any more.
//! Waived findings stay waived. Applied by the checker to a file's findings after its waivers
//! ([`apply`]).

use serde::Deserialize;

use super::{BuiltinRule, Scope, Unit};
use crate::check::Finding;
use crate::model::Assessment;
use crate::policy::{Policy, Severity};
use crate::risk::RiskAssessment;

/// GEN-013's parameters.
#[derive(Debug, Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub(crate) struct Params {
    /// Rules whose findings stay as they are on finished projects (besides every GEN-* rule):
    /// a CPR number must still not be published, and a processor still needs its agreement.
    pub(crate) kept_rules: Vec<String>,
}

impl Default for Params {
    fn default() -> Self {
        Params {
            kept_rules: vec!["PUB-001".into(), "SUP-001".into()],
        }
    }
}

/// GEN-013.
pub(crate) struct Gen013;

impl BuiltinRule for Gen013 {
    const ID: &'static str = "GEN-013";
    const SCOPE: Scope = Scope::Findings;
    type Params = Params;
}

/// Turns the findings of a completed or stopped version 2 project into historical notes, when
/// the policy enables GEN-013.
pub(crate) fn apply(
    policy: &Policy,
    model: &Assessment,
    risk: &RiskAssessment,
    findings: &mut [Finding],
) {
    let Some(bound) = policy
        .rule(Gen013::ID)
        .and_then(crate::policy::Rule::bound_unit)
    else {
        return;
    };
    if !super::is_v2(risk) || model.phase().is_none_or(crate::model::Phase::is_active) {
        return;
    }
    let default = Params::default();
    let kept = &bound.params::<Params>().unwrap_or(&default).kept_rules;
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

/// The registry entry.
pub(crate) const UNIT: Unit = Unit::of::<Gen013>();
