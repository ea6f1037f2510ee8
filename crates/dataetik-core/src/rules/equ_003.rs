//! EQU-003: a project in operation whose newest bias test is older than `max_age_months`.

use serde::Deserialize;

use super::util::add_months;
use super::{BuiltinRule, FileCtx, Scope, Unit};
use crate::check::{Detail, Finding};
use crate::load::Span;
use crate::model::Phase;

/// EQU-003's parameters.
#[derive(Debug, Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub(crate) struct Params {
    /// How old the newest bias test may be, in months.
    pub(crate) max_age_months: i64,
}

impl Default for Params {
    fn default() -> Self {
        Params { max_age_months: 12 }
    }
}

/// EQU-003.
pub(crate) struct Equ003;

impl BuiltinRule for Equ003 {
    const ID: &'static str = "EQU-003";
    const SCOPE: Scope = Scope::File;
    type Params = Params;

    fn check_file(cx: &FileCtx<'_>, p: &Params, out: &mut Vec<Finding>) {
        if cx.model.phase() != Some(Phase::Operation) {
            return;
        }
        let Some(newest) = cx.model.bias_tests().iter().filter_map(|b| b.date).max() else {
            return;
        };
        if add_months(newest, p.max_age_months).is_some_and(|limit| limit < cx.opts.as_of) {
            let field = "principles.equality.bias_tests";
            let span = cx.tree.locate(field, Span::START);
            let d = Detail::BiasTestTooOld { newest };
            out.extend(cx.fb.make(Self::ID, span, Some(field), d, None, None));
        }
    }
}

/// The registry entry.
pub(crate) const UNIT: Unit = Unit::of::<Equ003>();
