//! GEN-007: a waiver that is not valid: no rule or an unknown one, no reason, no approver (in
//! format version 2 also a placeholder such as "-" or "tbd" as either), no date or expiry, an
//! expiry before its date or more than `max_months` after it. Reported while the assessment's
//! waivers are applied ([`crate::check::waivers`]); an invalid waiver waives nothing.

use serde::Deserialize;

use super::util::add_months;
use super::{BuiltinRule, Scope, Unit};
use crate::check::WaiverProblem;
use crate::load::Node;
use crate::model::Waiver;
use crate::policy::Policy;

/// GEN-007's parameters.
#[derive(Debug, Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub(crate) struct Params {
    /// How long a waiver may last, in months from its date.
    pub(crate) max_months: i64,
}

impl Default for Params {
    fn default() -> Self {
        Params { max_months: 12 }
    }
}

/// GEN-007.
pub(crate) struct Gen007;

impl BuiltinRule for Gen007 {
    const ID: &'static str = "GEN-007";
    const SCOPE: Scope = Scope::Waivers;
    type Params = Params;
}

/// What is wrong with waiver `w` (written at `item`; `v2`: in a format version 2 file), each
/// with the key it is about; empty when it is valid.
pub(crate) fn problems(
    policy: &Policy,
    w: &Waiver,
    item: Option<&Node>,
    v2: bool,
) -> Vec<(&'static str, WaiverProblem)> {
    let default = Params::default();
    let max_months = policy
        .rule(Gen007::ID)
        .and_then(crate::policy::Rule::bound_unit)
        .and_then(|b| b.params::<Params>())
        .unwrap_or(&default)
        .max_months;
    let mut invalid = Vec::new();
    let rule_id = w.rule.as_deref().map_or("", str::trim);
    if rule_id.is_empty() {
        invalid.push(("rule", WaiverProblem::NoRule));
    } else if policy.rule(rule_id).is_none() {
        invalid.push((
            "rule",
            WaiverProblem::UnknownRule {
                rule: rule_id.to_string(),
            },
        ));
    }
    if w.reason.as_deref().is_none_or(|r| r.trim().is_empty()) {
        invalid.push(("reason", WaiverProblem::NoReason));
    }
    if w.approved_by.as_deref().is_none_or(|r| r.trim().is_empty()) {
        invalid.push(("approved_by", WaiverProblem::NoApprover));
    }
    // Format version 2: a placeholder ("-", "tbd") is no reason and no approver.
    if v2 {
        for key in ["reason", "approved_by"] {
            let node = item.and_then(|n| n.get(key));
            let shape = format!("waivers[].{key}");
            if let Some(text) = super::blank::placeholder(policy, node, &shape) {
                invalid.push((key, WaiverProblem::Placeholder { key, text }));
            }
        }
    }
    match (w.date, w.expires) {
        (Some(date), Some(expires)) => {
            if add_months(date, max_months).is_some_and(|limit| expires > limit) {
                invalid.push((
                    "expires",
                    WaiverProblem::TooLong {
                        expires,
                        date,
                        max_months,
                    },
                ));
            } else if expires < date {
                invalid.push(("expires", WaiverProblem::ExpiresBeforeDate));
            }
        }
        (None, _) => invalid.push(("date", WaiverProblem::NoDate)),
        (_, None) => invalid.push(("expires", WaiverProblem::NoExpiry)),
    }
    invalid
}

/// The registry entry.
pub(crate) const UNIT: Unit = Unit::of::<Gen007>();
