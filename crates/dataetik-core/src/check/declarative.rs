//! Declarative rules: conditions and requirements read from the policy file.

use super::{Detail, Finding, FindingBuilder};
use crate::load::{Node, Span};
use crate::model::Assessment;
use crate::policy::{Check, Condition, FieldTest, Policy, Requirement};
use crate::risk::{node_matches, RiskAssessment};

/// What a rule can look at.
pub struct Context<'a> {
    /// The file's YAML tree (after removing fields that failed validation).
    pub tree: &'a Node,
    /// The typed assessment.
    pub model: &'a Assessment,
    /// The computed risk.
    pub risk: &'a RiskAssessment,
    /// Field paths dropped because they failed validation (GEN-002); no other rule reports them.
    pub removed: &'a [String],
}

impl Context<'_> {
    /// True when `path` is at or below a field that failed validation.
    pub fn is_removed(&self, path: &str) -> bool {
        self.removed.iter().any(|r| {
            path == r
                || path
                    .strip_prefix(r.as_str())
                    .is_some_and(|rest| rest.starts_with('.') || rest.starts_with('['))
        })
    }
}

/// Runs every declarative rule of the policy.
pub fn run(policy: &Policy, ctx: &Context<'_>, fb: &FindingBuilder<'_>) -> Vec<Finding> {
    let mut out = Vec::new();
    for rule in policy.rules.iter().filter(|r| !r.builtin) {
        for (i, check) in rule.checks.iter().enumerate() {
            run_check(&rule.id, i, check, ctx, fb, &mut out);
        }
    }
    out
}

fn run_check(
    rule: &str,
    index: usize,
    check: &Check,
    ctx: &Context<'_>,
    fb: &FindingBuilder<'_>,
    out: &mut Vec<Finding>,
) {
    // Format version 2: a text holding only a placeholder ("Nee", "tbd") counts as blank.
    let placeholders = crate::rules::is_v2(ctx.risk).then_some(fb.policy);
    if !check
        .when
        .iter()
        .all(|c| holds_in(c, ctx.tree, ctx, placeholders, ""))
    {
        return;
    }
    match &check.each {
        None => {
            for req in &check.require {
                if let Some(detail) = unmet(req, ctx.tree, "", placeholders) {
                    let field = req.field();
                    if ctx.is_removed(field) {
                        continue;
                    }
                    let span = ctx.tree.locate(field, Span::START);
                    out.extend(fb.make(
                        rule,
                        span,
                        Some(field),
                        detail,
                        check.severity,
                        check.message.is_some().then_some(index),
                    ));
                }
            }
        }
        Some(list) => {
            let Some(list_node) = ctx.tree.get_path(list) else {
                return;
            };
            let prefix = format!("{}[].", crate::rules::shape_of(list));
            for (i, item) in list_node.items().iter().enumerate() {
                if !check
                    .item_when
                    .iter()
                    .all(|c| holds_in(c, item, ctx, placeholders, &prefix))
                {
                    continue;
                }
                for req in &check.require {
                    if let Some(detail) = unmet(req, item, &prefix, placeholders) {
                        let field = format!("{list}[{i}].{}", req.field());
                        if ctx.is_removed(&field) {
                            continue;
                        }
                        let span = item.locate(req.field(), item.span);
                        out.extend(fb.make(
                            rule,
                            span,
                            Some(&field),
                            detail,
                            check.severity,
                            check.message.is_some().then_some(index),
                        ));
                    }
                }
            }
        }
    }
}

/// True when a requirement is met by `base` (the document or a list item).
pub fn met(req: &Requirement, base: &Node) -> bool {
    match req {
        Requirement::Field(path) => base.get_path(path).is_some_and(|n| !n.is_blank()),
        Requirement::OneOf { field, values } => base
            .get_path(field)
            .is_some_and(|n| values.iter().any(|v| node_matches(n, v))),
    }
}

/// Why a requirement is not met by `base` (the document or a list item, whose fields have the
/// path shape `prefix` + field): [`Detail::None`] when the field is missing or blank,
/// [`Detail::Placeholder`] when it holds only a placeholder (with `placeholders`, format version
/// 2); `None` when it is met.
fn unmet(
    req: &Requirement,
    base: &Node,
    prefix: &str,
    placeholders: Option<&Policy>,
) -> Option<Detail> {
    if !met(req, base) {
        return Some(Detail::None);
    }
    let (Requirement::Field(path), Some(policy)) = (req, placeholders) else {
        return None;
    };
    crate::rules::placeholder_with(policy, base.get_path(path), || {
        format!("{prefix}{}", crate::rules::shape_of(path))
    })
    .map(|text| Detail::Placeholder { text })
}

/// True when a condition holds; field conditions are evaluated relative to `base`.
pub fn holds(c: &Condition, base: &Node, ctx: &Context<'_>) -> bool {
    holds_in(c, base, ctx, None, "")
}

/// [`holds`], where with `placeholders` (format version 2) a text holding only a placeholder
/// counts as blank; `prefix` is the path shape of `base`'s fields.
fn holds_in(
    c: &Condition,
    base: &Node,
    ctx: &Context<'_>,
    placeholders: Option<&Policy>,
    prefix: &str,
) -> bool {
    let phase = || ctx.model.phase();
    match c {
        Condition::Field { field, test } => {
            let node = base.get_path(field);
            if let FieldTest::Blank(blank) = test {
                let is_blank = node.is_none_or(Node::is_blank)
                    || placeholders.is_some_and(|p| {
                        crate::rules::placeholder_with(p, node, || {
                            format!("{prefix}{}", crate::rules::shape_of(field))
                        })
                        .is_some()
                    });
                return is_blank == *blank;
            }
            let Some(node) = node.filter(|n| !n.is_blank()) else {
                return false;
            };
            match test {
                FieldTest::Equals(v) => node_matches(node, v),
                FieldTest::In(vs) => vs.iter().any(|v| node_matches(node, v)),
                FieldTest::NotIn(vs) => !vs.iter().any(|v| node_matches(node, v)),
                FieldTest::Blank(_) => false,
            }
        }
        Condition::PhaseFrom(p) => phase().is_some_and(|x| x.rank() >= p.rank()),
        Condition::PhaseBefore(p) => phase().is_some_and(|x| x.rank() < p.rank()),
        Condition::PhaseIn(ps) => phase().is_some_and(|x| ps.contains(&x)),
        Condition::RiskLevelAtLeast(level) => ctx.risk.level >= *level,
    }
}
