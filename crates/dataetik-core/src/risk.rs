//! The risk level (risikoniveau): computed from the assessment by the policy's risk model, never typed in.
//!
//! Version 1 files are scored with the policy's `risk` model, version 2 files with `risk_v2`
//! (docs/assessment-format.md, "Risk level"). A version-2 factor marked `minimum_if_unstated` that the file
//! does not state counts 0 and makes the level a minimum: [`RiskAssessment::complete`] is false
//! and [`RiskAssessment::unstated`] names the factors ("mindst 3 (høj)").

use serde::Serialize;

use crate::i18n::{Catalogue, LocalText};
use crate::load::Node;
use crate::model::ApprovalLevel;
use crate::msg;
use crate::policy::{Policy, RiskModel};
use crate::version::SchemaVersion;

/// One line of the points breakdown.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct RiskItem {
    /// The factor's id.
    pub factor: String,
    /// The factor's label.
    pub label: LocalText,
    /// Points it adds.
    pub points: u32,
}

/// A project's risk: points, level and the approval that level requires.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct RiskAssessment {
    /// Sum of the factors' points.
    pub points: u32,
    /// Level number, 1 = lowest.
    pub level: u8,
    /// Level name, e.g. "høj".
    pub level_name: LocalText,
    /// The approval level this risk requires.
    pub required_approval: ApprovalLevel,
    /// The factors that added points (zero-point factors left out).
    pub breakdown: Vec<RiskItem>,
    /// False when a factor that can raise the level is not stated: the level is then a minimum.
    pub complete: bool,
    /// The factors that are not stated, in the policy's order (empty when complete).
    pub unstated: Vec<UnstatedFactor>,
    /// The format version whose risk model was used (1 or 2).
    pub schema_version: u32,
}

/// A risk factor the assessment does not state (version 2, GEN-012).
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct UnstatedFactor {
    /// The factor's id.
    pub factor: String,
    /// The assessment field it looks at (dotted path), e.g. `impact.reversibility`.
    pub field: String,
    /// The factor's label.
    pub label: LocalText,
}

impl RiskAssessment {
    /// "9 point: niveau 3 (høj)" / "9 points: level 3 (high)".
    /// An incomplete risk reads "14 point: niveau mindst 3 (høj)".
    pub fn describe(&self, cat: Catalogue) -> String {
        if !self.complete {
            return crate::v2text::risk_describe_minimum(
                cat,
                self.points,
                self.level,
                &self.level_name,
            );
        }
        msg!(
            cat,
            "risk-describe",
            points = self.points.to_string(),
            level = self.level.to_string(),
            name = self.level_name.get(cat.lang())
        )
    }
}

impl RiskAssessment {
    /// The level for tables and sentences: "3 (høj)", or "mindst 3 (høj)" / "at least 3 (high)"
    /// when factors are unstated.
    pub fn level_label(&self, cat: Catalogue) -> String {
        crate::v2text::risk_level(cat, self.level, &self.level_name, self.complete)
    }
}

/// True when a YAML node holds `expected` (a value from a policy file).
pub fn node_matches(node: &Node, expected: &crate::policy::PolicyValue) -> bool {
    use crate::policy::PolicyValue;
    let Some(s) = node.scalar() else { return false };
    if s.is_null() {
        return expected.is_null();
    }
    match expected {
        PolicyValue::Bool(b) => s.as_bool() == Some(*b),
        PolicyValue::Int(_) | PolicyValue::Float(_) => match (s.as_f64(), expected.as_f64()) {
            (Some(a), Some(b)) => a == b,
            _ => false,
        },
        PolicyValue::Text(t) => s.text == *t,
        PolicyValue::Null => false,
    }
}

/// Computes the risk of the assessment in `root` (the file's YAML tree), with the risk model of
/// the file's `schema_version` ([`crate::version::effective`]).
pub fn assess(policy: &Policy, root: &Node) -> RiskAssessment {
    assess_as(policy, root, crate::version::effective(root))
}

/// Computes the risk of `root` as if it were a file of `version` (used by `migrate` to show the
/// level before and after).
pub fn assess_as(policy: &Policy, root: &Node, version: SchemaVersion) -> RiskAssessment {
    score(policy.risk_model(version), root, version)
}

fn score(model: &RiskModel, root: &Node, version: SchemaVersion) -> RiskAssessment {
    let mut breakdown = Vec::new();
    let mut unstated = Vec::new();
    for f in &model.factors {
        let node = root.get_path(&f.field);
        if f.minimum_if_unstated && node.is_none_or(Node::is_blank) {
            unstated.push(UnstatedFactor {
                factor: f.id.clone(),
                field: f.field.clone(),
                label: f.label.clone(),
            });
        }
        let points = match node {
            None => 0,
            Some(node) => {
                if let Some(expected) = &f.equals {
                    if node_matches(node, expected) {
                        f.points.unwrap_or(0)
                    } else {
                        0
                    }
                } else if f.non_empty == Some(true) {
                    if node.is_blank() {
                        0
                    } else {
                        f.points.unwrap_or(0)
                    }
                } else if let Some(values) = &f.values {
                    node.scalar()
                        .and_then(|s| values.get(&s.text))
                        .copied()
                        .unwrap_or(0)
                } else if let Some(thresholds) = &f.at_least {
                    let x = node
                        .scalar()
                        .and_then(super::load::Scalar::as_f64)
                        .unwrap_or(0.0);
                    thresholds
                        .iter()
                        .filter(|t| x >= t.value)
                        .map(|t| t.points)
                        .max()
                        .unwrap_or(0)
                } else {
                    0
                }
            }
        };
        if points > 0 {
            breakdown.push(RiskItem {
                factor: f.id.clone(),
                label: f.label.clone(),
                points,
            });
        }
    }
    let points: u32 = breakdown.iter().map(|i| i.points).sum();
    let level = model
        .levels
        .iter()
        .rev()
        .find(|l| points >= l.min_points)
        .unwrap_or(&model.levels[0]);
    RiskAssessment {
        points,
        level: level.level,
        level_name: level.name.clone(),
        required_approval: level.approval,
        breakdown,
        complete: unstated.is_empty(),
        unstated,
        schema_version: version.number(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::{parse, Limits};

    fn risk(yaml: &str) -> RiskAssessment {
        let policy = Policy::builtin().policy;
        assess(&policy, &parse(yaml, &Limits::default()).unwrap())
    }

    #[test]
    fn table_points_and_levels() {
        // 1 + 2 + 2 + 2 + 3 + 3 + 2 + 1 = 16 -> level 4, political approval
        let r = risk(
            "data:\n  personal_data: true\n  sensitive_data: true\n  combines_sources: true\n  profiling: true\nvulnerable_groups: [children]\nautomation:\n  kind: decision_support\n  machine_learning: true\ncitizens_affected: 4000\n",
        );
        assert_eq!(r.points, 16);
        assert_eq!(r.level, 4);
        assert_eq!(r.required_approval, ApprovalLevel::Political);
        assert_eq!(r.breakdown.len(), 8);

        let r = risk("data:\n  personal_data: false\nautomation:\n  kind: statistics\n");
        assert_eq!((r.points, r.level), (0, 1));
        assert_eq!(r.required_approval, ApprovalLevel::UnitManager);

        // Boundaries: 3 -> 1, 4 -> 2, 7 -> 2, 8 -> 3, 11 -> 3, 12 -> 4.
        let r = risk("data:\n  personal_data: true\nautomation:\n  kind: analysis\ncitizens_affected: 1000\n");
        assert_eq!((r.points, r.level), (3, 1));
        let r = risk("data:\n  personal_data: true\nautomation:\n  kind: decision_support\n");
        assert_eq!((r.points, r.level), (4, 2));
        let r = risk("automation:\n  kind: automated_decision\ncitizens_affected: 100000\n");
        assert_eq!((r.points, r.level), (8, 3));
        let r = risk("automation:\n  kind: automated_decision\n  machine_learning: true\ncitizens_affected: 99999\n");
        assert_eq!((r.points, r.level), (9, 3));
        let r = risk("automation:\n  kind: automated_decision\n  machine_learning: true\ncitizens_affected: 100000\nvulnerable_groups: [elderly]\n");
        assert_eq!((r.points, r.level), (12, 4));
        let r = risk("automation:\n  kind: automated_decision\n  machine_learning: true\nvulnerable_groups: []\ncitizens_affected: 10000\n");
        assert_eq!((r.points, r.level), (9, 3));
        let r = risk("data:\n  personal_data: true\n  profiling: true\nautomation:\n  kind: statistics\n  machine_learning: true\ncitizens_affected: 999\n");
        assert_eq!((r.points, r.level), (6, 2));
        let r = risk("data:\n  sensitive_data: true\n  combines_sources: true\nautomation:\n  kind: analysis\n  machine_learning: true\ncitizens_affected: 10000\n");
        assert_eq!((r.points, r.level), (9, 3));
        let r = risk("data:\n  profiling: true\n  sensitive_data: true\nautomation:\n  kind: decision_support\ncitizens_affected: 10000\n");
        assert_eq!((r.points, r.level), (10, 3));
        let r = risk("data:\n  profiling: true\n  sensitive_data: true\n  personal_data: true\nautomation:\n  kind: decision_support\ncitizens_affected: 10000\n");
        assert_eq!((r.points, r.level), (11, 3));
    }
}
