//! TRA-007 (note, version 2): the summary is hard to read: its LIX is above the policy's limit
//! (`max_lix`, default 45). Citizens and politicians read the summary first; the public register
//! shows each text's LIX ([`crate::lix`]).

use serde::Deserialize;

use super::{BuiltinRule, FileCtx, Scope, Unit};
use crate::check::{Detail, Finding};
use crate::load::Span;

/// TRA-007's parameters.
#[derive(Debug, Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub(crate) struct Params {
    /// The highest LIX a summary may have.
    pub(crate) max_lix: u32,
}

impl Default for Params {
    fn default() -> Self {
        Params { max_lix: 45 }
    }
}

/// TRA-007.
pub(crate) struct Tra007;

impl BuiltinRule for Tra007 {
    const ID: &'static str = "TRA-007";
    const SCOPE: Scope = Scope::File;
    type Params = Params;

    fn check_file(cx: &FileCtx<'_>, p: &Params, out: &mut Vec<Finding>) {
        if !super::is_v2(cx.risk) {
            return;
        }
        let Some(summary) = cx.model.summary.as_deref() else {
            return;
        };
        let Some(lix) = crate::lix::lix(summary) else {
            return;
        };
        if lix > f64::from(p.max_lix) {
            let field = "summary";
            let span = cx.tree.locate(field, Span::START);
            let d = Detail::Lix {
                lix: lix.round() as u32,
                max: p.max_lix,
            };
            out.extend(cx.fb.make(Self::ID, span, Some(field), d, None, None));
        }
    }
}

/// The registry entry.
pub(crate) const UNIT: Unit = Unit::of::<Tra007>();
