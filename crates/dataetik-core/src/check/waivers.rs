//! Waivers: an assessment's `waivers` turn findings of a rule into notes until they expire.
//! Invalid waivers are GEN-007 ([`crate::rules::gen_007`]), expired ones GEN-008
//! ([`crate::rules::gen_008`]); neither waives anything.

use super::{CheckOptions, Finding, FindingBuilder};
use crate::check::finding::{Detail, WaiverNote};
use crate::load::{Node, Span};
use crate::model::Assessment;
use crate::policy::{Policy, Severity};
use crate::rules::{gen_007, gen_008};

/// Applies the assessment's waivers to its findings, adding GEN-007 and GEN-008 findings.
pub(crate) fn apply(
    policy: &Policy,
    m: &Assessment,
    tree: &Node,
    fb: &FindingBuilder<'_>,
    opts: &CheckOptions,
    findings: &mut Vec<Finding>,
) {
    let Some(waivers) = &m.waivers else { return };
    let items = tree.get("waivers").map_or(&[][..], Node::items);
    let v2 = crate::version::effective(tree) == crate::version::SchemaVersion::V2;
    let mut extra = Vec::new();
    for (i, w) in waivers.iter().enumerate() {
        let item = items.get(i);
        let base = item.map_or(Span::START, |n| n.span);
        let at = |key: &str| item.map_or(base, |n| n.locate(key, base));
        let field = |key: &str| format!("waivers[{i}].{key}");
        let invalid = gen_007::problems(policy, w, item, v2);
        if !invalid.is_empty() {
            for (key, problem) in invalid {
                extra.extend(fb.make(
                    "GEN-007",
                    at(key),
                    Some(&field(key)),
                    Detail::Waiver(problem),
                    None,
                    None,
                ));
            }
            continue;
        }
        let rule_id = w.rule.as_deref().map_or("", str::trim);
        if let Some(expires) = gen_008::expired(w, opts.as_of) {
            extra.extend(fb.make(
                "GEN-008",
                at("expires"),
                Some(&field("expires")),
                Detail::WaiverExpired {
                    rule: rule_id.to_string(),
                    expires,
                },
                None,
                None,
            ));
            continue;
        }
        let reason = w.reason.clone().unwrap_or_default();
        for f in findings
            .iter_mut()
            .filter(|f| f.rule.eq_ignore_ascii_case(rule_id) && !f.waived())
        {
            f.severity = Severity::Note;
            f.waiver = Some(WaiverNote {
                reason: crate::cpr::mask(reason.trim()),
            });
        }
    }
    findings.extend(extra);
}
