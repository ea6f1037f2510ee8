//! GEN-012 (warning, version 2): from the analysis phase, a risk factor that can raise the level
//! is not stated, so the level is only a minimum. One finding per file, naming every such field,
//! at the first of them (or its parent key when it is missing).

use crate::check::declarative::Context;
use crate::check::{Detail, Finding, FindingBuilder};
use crate::load::Span;
use crate::model::Phase;

/// Checks one file.
pub fn check(ctx: &Context<'_>, fb: &FindingBuilder<'_>, out: &mut Vec<Finding>) {
    let risk = ctx.risk;
    if risk.complete || !super::is_v2(risk) {
        return;
    }
    if ctx
        .model
        .phase()
        .is_none_or(|p| p.rank() < Phase::Analysis.rank())
    {
        return;
    }
    let fields: Vec<String> = risk.unstated.iter().map(|u| u.field.clone()).collect();
    let Some(first) = fields.first().cloned() else {
        return;
    };
    let span = ctx.tree.locate(&first, Span::START);
    let d = Detail::RiskFactorsUnstated {
        fields,
        level: risk.level,
    };
    out.extend(fb.make("GEN-012", span, Some(&first), d, None, None));
}
