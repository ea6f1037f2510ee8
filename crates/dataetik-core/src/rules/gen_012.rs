//! GEN-012 (warning, version 2): from the analysis phase, a risk factor that can raise the level
//! is not stated, so the level is only a minimum. One finding per file, naming every such field,
//! at the first of them (or its parent key when it is missing).

use super::{BuiltinRule, FileCtx, NoParams, Scope, Unit};
use crate::check::{Detail, Finding};
use crate::load::Span;
use crate::model::Phase;

/// GEN-012.
pub(crate) struct Gen012;

impl BuiltinRule for Gen012 {
    const ID: &'static str = "GEN-012";
    const SCOPE: Scope = Scope::File;
    type Params = NoParams;

    fn check_file(cx: &FileCtx<'_>, _: &NoParams, out: &mut Vec<Finding>) {
        let risk = cx.risk;
        if risk.complete || !super::is_v2(risk) {
            return;
        }
        if cx
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
        let span = cx.tree.locate(&first, Span::START);
        let d = Detail::RiskFactorsUnstated {
            fields,
            level: risk.level,
        };
        out.extend(cx.fb.make(Self::ID, span, Some(&first), d, None, None));
    }
}

/// The registry entry.
pub(crate) const UNIT: Unit = Unit::of::<Gen012>();
