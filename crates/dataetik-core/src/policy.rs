//! The policy: principles, risk model, approval ladder and rules, all as data.
//!
//! The built-in Gladsaxe policy is `policy/gladsaxe.yaml`, embedded in the binary. A municipality
//! exports it (`dataetik rules --export`), edits it and points `policy:` in dataetik.yaml at its
//! copy: no code changes needed. The file format is documented in `docs/policy-format.md`.

use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::i18n::{Lang, LocalText};
use crate::load::{Node, Value};
use crate::model::{ApprovalLevel, Phase};
use crate::version::SchemaVersion;

/// The text of the built-in policy, as shipped.
pub const BUILTIN_GLADSAXE: &str = include_str!("../policy/gladsaxe.yaml");

/// The name used for the built-in policy in dataetik.yaml.
pub const BUILTIN_GLADSAXE_NAME: &str = "builtin:gladsaxe";

/// How serious a finding is: errors fail `check`, warnings fail only with `--strict`, notes never.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Informational; never fails.
    Note,
    /// Fails with `--strict`.
    Warning,
    /// Always fails.
    Error,
}

impl Severity {
    /// The lowercase name used in JSON and SARIF.
    pub fn key(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Note => "note",
        }
    }
}

/// A value written in a policy (`equals: false`, `in: [public, restricted]`): what a field of an
/// assessment is compared with.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum PolicyValue {
    /// `null` or `~`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A whole number.
    Int(i64),
    /// A number with decimals.
    Float(f64),
    /// Text (any other scalar).
    Text(String),
}

impl PolicyValue {
    /// True for `null`.
    pub fn is_null(&self) -> bool {
        matches!(self, PolicyValue::Null)
    }

    /// The number, for integers and decimals.
    pub fn as_f64(&self) -> Option<f64> {
        match self {
            #[allow(clippy::cast_precision_loss)]
            PolicyValue::Int(i) => Some(*i as f64),
            PolicyValue::Float(f) => Some(*f),
            _ => None,
        }
    }
}

/// A whole policy file.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Policy {
    /// Version of the policy file format; currently 1.
    pub format_version: u32,
    /// Short identifier, e.g. `gladsaxe`.
    pub id: String,
    /// The policy's name.
    pub name: LocalText,
    /// What the policy is based on.
    #[serde(default)]
    pub source: LocalText,
    /// The principles, then other areas rules can belong to.
    pub principles: Vec<Principle>,
    /// How risk points and levels are computed (for schema_version 1 files, and for version 2
    /// files when `risk_v2` is absent).
    pub risk: RiskModel,
    /// How risk points and levels are computed for schema_version 2 files.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub risk_v2: Option<RiskModel>,
    /// The approval ladder, lowest first.
    pub approval_levels: Vec<ApprovalStep>,
    /// Texts that count as blank in a required text field of a format version 2 file ("blank"
    /// means missing, empty or a placeholder), compared after trimming whitespace and trailing
    /// punctuation and lowercasing. Absent: the default list, [`DEFAULT_PLACEHOLDERS`];
    /// `placeholders: []` turns the test off.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub placeholders: Option<Vec<String>>,
    /// The rules.
    pub rules: Vec<Rule>,
}

/// A principle of the policy (or another area, when `number` is absent).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Principle {
    /// Identifier used by rules and JSON output, e.g. `equality`.
    pub id: String,
    /// The principle's number in the policy; absent for areas such as `general`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<u32>,
    /// The name.
    pub name: LocalText,
    /// A short paraphrase.
    #[serde(default)]
    pub summary: LocalText,
}

/// The risk model: points per factor, then levels by points.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RiskModel {
    /// Factors that add points.
    pub factors: Vec<RiskFactor>,
    /// Levels, ascending by `min_points`.
    pub levels: Vec<RiskLevel>,
}

/// One thing about a project that adds risk points.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RiskFactor {
    /// Identifier, e.g. `profiling`.
    pub id: String,
    /// Shown in the points breakdown.
    pub label: LocalText,
    /// The assessment field it looks at (dotted path).
    pub field: String,
    /// Points when the field has this value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub equals: Option<PolicyValue>,
    /// Points when the field is not blank.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub non_empty: Option<bool>,
    /// The points for `equals` and `non_empty`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub points: Option<u32>,
    /// Points per value of an enumeration.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub values: Option<BTreeMap<String, u32>>,
    /// Points by numeric thresholds; the highest threshold reached counts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub at_least: Option<Vec<Threshold>>,
    /// When the field is not stated (absent or empty), the factor counts 0 and the level is
    /// only a minimum ("mindst 3 (høj)", JSON `risk_complete: false`).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub minimum_if_unstated: bool,
}

/// A numeric threshold of a risk factor.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Threshold {
    /// The value to reach.
    pub value: f64,
    /// The points given when reached.
    pub points: u32,
}

/// A risk level.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RiskLevel {
    /// 1 = lowest.
    pub level: u8,
    /// Points needed to reach the level.
    pub min_points: u32,
    /// The level's name, e.g. "høj".
    pub name: LocalText,
    /// The approval the level requires.
    pub approval: ApprovalLevel,
}

/// A step of the approval ladder.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ApprovalStep {
    /// The level's key.
    pub id: ApprovalLevel,
    /// Its name.
    pub name: LocalText,
}

/// A rule: documentation and condition in one place (like a ruff rule).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rule {
    /// Stable id, e.g. `EQU-001`.
    pub id: String,
    /// The principle or area it serves.
    pub principle: String,
    /// Default severity.
    pub severity: Severity,
    /// A few words, for lists.
    pub title: LocalText,
    /// The finding's message; `{field}` and `{detail}` are filled in.
    pub message: LocalText,
    /// What to write to fix it.
    pub help: LocalText,
    /// Why it matters.
    #[serde(default)]
    pub why: LocalText,
    /// When it fires, in plain words.
    #[serde(default)]
    pub fires_when: LocalText,
    /// A YAML snippet that satisfies the rule.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub example: Option<String>,
    /// One plain sentence for politicians and citizens (the yearly report's open points): what is
    /// missing, without rule ids, field names or file paths. May use `{subjects}`, `{date}`,
    /// `{attributes}`, `{inputs}`, `{level}`, `{approval}`, `{count}`. A policy without it falls
    /// back to the rule's title.
    #[serde(default, skip_serializing_if = "LocalText::is_blank")]
    pub plain: LocalText,
    /// How much the gap matters for the people whose data are used; ranks open points in the
    /// report (high first). Not the same as severity, which says whether CI fails.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub consequence: Option<Consequence>,
    /// The requirement as a noun phrase ("kravet om en konsekvensanalyse (DPIA)"), for sentences
    /// such as "dispensation fra {topic}". Falls back to the title.
    #[serde(default, skip_serializing_if = "LocalText::is_blank")]
    pub topic: LocalText,
    /// `with_guardians`: `{subjects}` names the parents with the children ("børnene og deres
    /// forældre"), for texts about being told, insight and complaints.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subjects_form: Option<SubjectsForm>,
    /// The declarative condition.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub checks: Vec<Check>,
    /// Logic implemented in dataetik itself: the unit of this id in [`crate::rules`].
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub builtin: bool,
    /// Parameters of a built-in rule: read into the unit's typed parameters from the policy's
    /// tree when the policy loads (see [`Rule::bound_unit`]).
    #[serde(default, skip_serializing)]
    #[allow(dead_code)] // accepted here, read by the unit (`crate::rules`) from the tree
    params: Option<serde::de::IgnoredAny>,
    /// The built-in unit with its typed parameters, bound when the policy is loaded.
    #[serde(skip)]
    bound: Option<crate::rules::BoundUnit>,
}

impl Rule {
    /// The built-in unit this rule runs (with the parameters the policy gives it), when the
    /// rule is `builtin: true`.
    pub fn bound_unit(&self) -> Option<&crate::rules::BoundUnit> {
        self.bound.as_ref().filter(|_| self.builtin)
    }
}

/// How much a rule's gap matters for the people whose data are used.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Consequence {
    /// Mainly administrative (dates, templates, publication place).
    Low,
    /// Weakens the assessment without a direct harm.
    Medium,
    /// The people affected can be harmed or lose a right, or nobody accountable has decided.
    High,
}

/// Which form of `{subjects}` a rule's plain text uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SubjectsForm {
    /// Children together with the people who act for them.
    WithGuardians,
}

/// One declarative check of a rule.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Check {
    /// Conditions on the whole assessment; all must hold.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub when: Vec<Condition>,
    /// A list field to check item by item.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub each: Option<String>,
    /// Conditions on each item (with `each`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub item_when: Vec<Condition>,
    /// What must be written; each unmet requirement is one finding.
    pub require: Vec<Requirement>,
    /// Overrides the rule's severity.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub severity: Option<Severity>,
    /// Overrides the rule's message.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<LocalText>,
}

/// A requirement: a field that must not be blank, or must hold one of some values.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Requirement {
    /// The field must be present and not blank.
    Field(String),
    /// The field must hold one of the values.
    OneOf {
        /// The field.
        field: String,
        /// The allowed values.
        #[serde(rename = "in")]
        values: Vec<PolicyValue>,
    },
}

impl Requirement {
    /// The field path the requirement is about.
    pub fn field(&self) -> &str {
        match self {
            Requirement::Field(f) => f,
            Requirement::OneOf { field, .. } => field,
        }
    }
}

/// A condition of a check: exactly one form. In the policy file a condition is a map, e.g.
/// `{ field: data.personal_data, equals: true }` or `{ phase_from: operation }`; a map with no
/// form or several is a format error at the condition's line.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(try_from = "RawCondition", into = "RawCondition")]
pub enum Condition {
    /// `field:` with one test of its value.
    Field {
        /// The field path (relative to the list item under `item_when`).
        field: String,
        /// What the field's value must be.
        test: FieldTest,
    },
    /// `phase_from: P`: the phase is P or later.
    PhaseFrom(Phase),
    /// `phase_before: P`: the phase is before P.
    PhaseBefore(Phase),
    /// `phase_in: [P, ...]`: the phase is one of these.
    PhaseIn(Vec<Phase>),
    /// `risk_level_at_least: N`: the risk level is at least N.
    RiskLevelAtLeast(u8),
}

/// The test of a field condition.
#[derive(Debug, Clone, PartialEq)]
pub enum FieldTest {
    /// `equals: V`: the field is written and equals V.
    Equals(PolicyValue),
    /// `in: [V, ...]`: the field is written and holds one of the values.
    In(Vec<PolicyValue>),
    /// `not_in: [V, ...]`: the field is written and holds none of the values.
    NotIn(Vec<PolicyValue>),
    /// `blank: true` (the field is blank) or `blank: false` (it is written).
    Blank(bool),
}

impl FieldTest {
    /// The values the test compares with.
    pub fn values(&self) -> &[PolicyValue] {
        match self {
            FieldTest::Equals(v) => std::slice::from_ref(v),
            FieldTest::In(vs) | FieldTest::NotIn(vs) => vs,
            FieldTest::Blank(_) => &[],
        }
    }
}

/// A condition as written: every key optional, so that one with no form or several forms is
/// reported with the keys it has.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCondition {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    field: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    equals: Option<PolicyValue>,
    #[serde(default, rename = "in", skip_serializing_if = "Option::is_none")]
    in_values: Option<Vec<PolicyValue>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    not_in: Option<Vec<PolicyValue>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    blank: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    phase_from: Option<Phase>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    phase_before: Option<Phase>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    phase_in: Option<Vec<Phase>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    risk_level_at_least: Option<u8>,
}

/// A condition with no form or several: the keys it has. Its `Display` is understood by
/// [`crate::load::de`], which words it in the user's language.
#[derive(Debug)]
struct ConditionForm(Vec<&'static str>);

impl std::fmt::Display for ConditionForm {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::load::de::condition_form_message(&self.0))
    }
}

impl TryFrom<RawCondition> for Condition {
    type Error = ConditionForm;

    fn try_from(raw: RawCondition) -> Result<Condition, ConditionForm> {
        let RawCondition {
            field,
            equals,
            in_values,
            not_in,
            blank,
            phase_from,
            phase_before,
            phase_in,
            risk_level_at_least,
        } = raw;
        let mut keys = Vec::new();
        let mut key = |present: bool, name: &'static str| {
            if present {
                keys.push(name);
            }
        };
        key(field.is_some(), "field");
        key(equals.is_some(), "equals");
        key(in_values.is_some(), "in");
        key(not_in.is_some(), "not_in");
        key(blank.is_some(), "blank");
        key(phase_from.is_some(), "phase_from");
        key(phase_before.is_some(), "phase_before");
        key(phase_in.is_some(), "phase_in");
        key(risk_level_at_least.is_some(), "risk_level_at_least");
        let tests = [
            equals.map(FieldTest::Equals),
            in_values.map(FieldTest::In),
            not_in.map(FieldTest::NotIn),
            blank.map(FieldTest::Blank),
        ];
        let others = [
            phase_from.map(Condition::PhaseFrom),
            phase_before.map(Condition::PhaseBefore),
            phase_in.map(Condition::PhaseIn),
            risk_level_at_least.map(Condition::RiskLevelAtLeast),
        ];
        let mut tests = tests.into_iter().flatten();
        let mut others = others.into_iter().flatten();
        let condition = match (field, tests.next(), others.next()) {
            (Some(field), Some(test), None) => Condition::Field { field, test },
            (None, None, Some(other)) => other,
            _ => return Err(ConditionForm(keys)),
        };
        if tests.next().is_some() || others.next().is_some() {
            return Err(ConditionForm(keys));
        }
        Ok(condition)
    }
}

impl From<Condition> for RawCondition {
    fn from(c: Condition) -> RawCondition {
        let mut raw = RawCondition::default();
        match c {
            Condition::Field { field, test } => {
                raw.field = Some(field);
                match test {
                    FieldTest::Equals(v) => raw.equals = Some(v),
                    FieldTest::In(vs) => raw.in_values = Some(vs),
                    FieldTest::NotIn(vs) => raw.not_in = Some(vs),
                    FieldTest::Blank(b) => raw.blank = Some(b),
                }
            }
            Condition::PhaseFrom(p) => raw.phase_from = Some(p),
            Condition::PhaseBefore(p) => raw.phase_before = Some(p),
            Condition::PhaseIn(ps) => raw.phase_in = Some(ps),
            Condition::RiskLevelAtLeast(n) => raw.risk_level_at_least = Some(n),
        }
        raw
    }
}

/// A compared value outside an enumeration field's allowed values.
#[derive(Debug, Clone, PartialEq)]
pub struct NotAllowed {
    /// The rule or risk factor.
    pub owner: String,
    /// The field.
    pub path: String,
    /// The value written.
    pub value: String,
    /// The field's allowed values.
    pub allowed: Vec<String>,
    /// The closest allowed value, when one is close.
    pub suggestion: Option<String>,
}

/// A policy file that cannot be used, with the file and line (a configuration error, exit 2).
#[derive(Debug, Clone, PartialEq)]
pub struct PolicyError {
    /// The policy file (or `dataetik.yaml` for a bad `policy:` setting).
    pub file: String,
    /// The line, when known.
    pub line: Option<usize>,
    /// What is wrong.
    pub problem: PolicyProblem,
}

/// What is wrong with a policy file.
#[derive(Debug, Clone, PartialEq)]
pub enum PolicyProblem {
    /// `policy: builtin:NAME` with an unknown name.
    UnknownBuiltin {
        /// The name written.
        name: String,
    },
    /// The file cannot be read.
    CannotRead {
        /// The operating system's reason.
        reason: String,
    },
    /// The file is not valid YAML.
    Syntax {
        /// What the reader found.
        problem: Box<crate::load::LoadProblem>,
        /// The column, when known.
        column: Option<usize>,
    },
    /// The file does not fit the policy format: an unknown key (with a "did you mean"), a
    /// value of the wrong type or outside its allowed values, a missing key.
    Format {
        /// What is wrong, with the place.
        error: Box<crate::load::de::DeError>,
    },
    /// A field path in a condition, requirement, `each` or risk factor that the assessment
    /// format does not have (a typo would silently never fire).
    UnknownField {
        /// The rule or risk factor.
        owner: Box<str>,
        /// The path written.
        path: Box<str>,
        /// The closest known path, when one is close.
        suggestion: Option<Box<str>>,
    },
    /// A compared value that the field can never hold (`equals: yes` on a yes/no field,
    /// text on a number field).
    ValueType {
        /// The rule or risk factor.
        owner: String,
        /// The field.
        path: String,
        /// The value written.
        value: String,
    },
    /// A compared value outside an enumeration field's allowed values (`equals: publik`).
    ValueNotAllowed(Box<NotAllowed>),
    /// An unsupported `format_version`.
    FormatVersion {
        /// The version written.
        version: u32,
    },
    /// `risk.levels` is empty.
    NoRiskLevels,
    /// `risk.levels` is not ascending.
    RiskLevelsOrder,
    /// A risk factor uses none or several forms.
    FactorForms {
        /// The factor.
        factor: String,
    },
    /// A risk factor with `equals`/`non_empty` has no `points`.
    FactorPoints {
        /// The factor.
        factor: String,
    },
    /// Two rules share an id.
    DuplicateRule {
        /// The rule.
        rule: String,
    },
    /// A rule names a principle the policy does not have.
    UnknownPrinciple {
        /// The rule.
        rule: String,
        /// The principle named.
        principle: String,
    },
    /// `builtin: true` on a rule dataetik has no logic for.
    NotBuiltin {
        /// The rule.
        rule: String,
    },
    /// A rule has neither `checks` nor `builtin: true`.
    NoChecks {
        /// The rule.
        rule: String,
    },
    /// A check with an empty `require`.
    EmptyRequire {
        /// The rule.
        rule: String,
    },
    /// `item_when` without `each`.
    ItemWhenWithoutEach {
        /// The rule.
        rule: String,
    },
    /// A built-in rule's `params` do not fit it.
    Params {
        /// The rule.
        rule: String,
        /// What is wrong, with the place.
        error: Box<crate::load::de::DeError>,
    },
    /// A rule the checker needs is missing.
    MissingRule {
        /// The rule.
        rule: String,
    },
    /// A rule the checker needs is not `builtin: true`.
    MustBeBuiltin {
        /// The rule.
        rule: String,
    },
}

impl PolicyError {
    /// The error in words: `file:line: invalid policy: ...`.
    pub fn text(&self, cat: crate::i18n::Catalogue) -> String {
        use crate::msg;
        let problem = match &self.problem {
            PolicyProblem::UnknownBuiltin { name } => msg!(
                cat,
                "policy-unknown-builtin",
                name = name.as_str(),
                builtin = BUILTIN_GLADSAXE_NAME
            ),
            PolicyProblem::CannotRead { reason } => {
                msg!(cat, "policy-cannot-read", reason = reason.as_str())
            }
            PolicyProblem::Syntax { problem, .. } => problem.text(cat),
            PolicyProblem::Format { error } => error.text(cat),
            PolicyProblem::UnknownField {
                owner,
                path,
                suggestion,
            } => match suggestion {
                Some(s) => msg!(
                    cat,
                    "policy-unknown-field-suggest",
                    owner = &**owner,
                    path = &**path,
                    suggestion = &**s
                ),
                None => msg!(
                    cat,
                    "policy-unknown-field",
                    owner = &**owner,
                    path = &**path
                ),
            },
            PolicyProblem::ValueType { owner, path, value } => msg!(
                cat,
                "policy-value-type",
                owner = owner.as_str(),
                path = path.as_str(),
                value = value.as_str()
            ),
            PolicyProblem::ValueNotAllowed(not_allowed) => {
                let NotAllowed {
                    owner,
                    path,
                    value,
                    allowed,
                    suggestion,
                } = &**not_allowed;
                let allowed = allowed
                    .iter()
                    .map(|v| format!("`{v}`"))
                    .collect::<Vec<_>>()
                    .join(", ");
                match suggestion {
                    Some(s) => msg!(
                        cat,
                        "policy-value-not-allowed-suggest",
                        owner = owner.as_str(),
                        path = path.as_str(),
                        value = value.as_str(),
                        suggestion = s.as_str(),
                        allowed = allowed
                    ),
                    None => msg!(
                        cat,
                        "policy-value-not-allowed",
                        owner = owner.as_str(),
                        path = path.as_str(),
                        value = value.as_str(),
                        allowed = allowed
                    ),
                }
            }
            PolicyProblem::FormatVersion { version } => {
                msg!(cat, "policy-format-version", version = version.to_string())
            }
            PolicyProblem::NoRiskLevels => msg!(cat, "policy-no-risk-levels"),
            PolicyProblem::RiskLevelsOrder => msg!(cat, "policy-risk-levels-order"),
            PolicyProblem::FactorForms { factor } => {
                msg!(cat, "policy-factor-forms", factor = factor.as_str())
            }
            PolicyProblem::FactorPoints { factor } => {
                msg!(cat, "policy-factor-points", factor = factor.as_str())
            }
            PolicyProblem::DuplicateRule { rule } => {
                msg!(cat, "policy-duplicate-rule", rule = rule.as_str())
            }
            PolicyProblem::UnknownPrinciple { rule, principle } => msg!(
                cat,
                "policy-unknown-principle",
                rule = rule.as_str(),
                principle = principle.as_str()
            ),
            PolicyProblem::NotBuiltin { rule } => msg!(
                cat,
                "policy-not-builtin",
                rule = rule.as_str(),
                builtin = crate::rules::ids().collect::<Vec<_>>().join(", ")
            ),
            PolicyProblem::Params { rule, error } => msg!(
                cat,
                "policy-params",
                rule = rule.as_str(),
                problem = error.text(cat)
            ),
            PolicyProblem::NoChecks { rule } => msg!(cat, "policy-no-checks", rule = rule.as_str()),
            PolicyProblem::EmptyRequire { rule } => {
                msg!(cat, "policy-empty-require", rule = rule.as_str())
            }
            PolicyProblem::ItemWhenWithoutEach { rule } => {
                msg!(cat, "policy-item-when", rule = rule.as_str())
            }
            PolicyProblem::MissingRule { rule } => {
                msg!(cat, "policy-missing-rule", rule = rule.as_str())
            }
            PolicyProblem::MustBeBuiltin { rule } => {
                msg!(cat, "policy-must-be-builtin", rule = rule.as_str())
            }
        };
        let column = match &self.problem {
            PolicyProblem::Syntax { column, .. } => *column,
            PolicyProblem::Format { error } => error.span.map(|s| s.column as usize),
            _ => None,
        };
        match self.line {
            Some(line) => msg!(
                cat,
                "policy-invalid-at",
                file = self.file.as_str(),
                line = match column {
                    Some(c) => format!("{line}:{c}"),
                    None => line.to_string(),
                },
                problem = problem
            ),
            None => msg!(
                cat,
                "policy-invalid",
                file = self.file.as_str(),
                problem = problem
            ),
        }
    }
}

impl std::fmt::Display for PolicyError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text(crate::i18n::Catalogue::new(Lang::En)))
    }
}

impl std::error::Error for PolicyError {}

/// Where a policy came from, so `rules --export` can write it out verbatim.
#[derive(Debug, Clone)]
pub struct LoadedPolicy {
    /// The parsed policy.
    pub policy: Policy,
    /// The file's text.
    pub text: String,
    /// `builtin:gladsaxe` or the path.
    pub origin: String,
}

impl Policy {
    /// The built-in Gladsaxe policy.
    pub fn builtin() -> LoadedPolicy {
        Policy::parse(BUILTIN_GLADSAXE, BUILTIN_GLADSAXE_NAME)
            .map(|policy| LoadedPolicy {
                policy,
                text: BUILTIN_GLADSAXE.to_string(),
                origin: BUILTIN_GLADSAXE_NAME.to_string(),
            })
            .expect("the built-in policy is valid (checked by tests)")
    }

    /// Loads `builtin:gladsaxe` or a policy file path (relative to `root`).
    pub fn load(spec: &str, root: &Path) -> Result<LoadedPolicy, PolicyError> {
        if spec == BUILTIN_GLADSAXE_NAME {
            return Ok(Policy::builtin());
        }
        if let Some(name) = spec.strip_prefix("builtin:") {
            return Err(PolicyError {
                file: "dataetik.yaml".into(),
                line: None,
                problem: PolicyProblem::UnknownBuiltin {
                    name: name.to_string(),
                },
            });
        }
        let path: PathBuf = root.join(spec);
        let text = std::fs::read_to_string(&path).map_err(|e| PolicyError {
            file: path.display().to_string(),
            line: None,
            problem: PolicyProblem::CannotRead {
                reason: e.to_string(),
            },
        })?;
        let policy = Policy::parse(&text, &path.display().to_string())?;
        Ok(LoadedPolicy {
            policy,
            text,
            origin: path.display().to_string(),
        })
    }

    /// Parses and validates a policy file's text; `file` names it in errors.
    pub fn parse(text: &str, file: &str) -> Result<Policy, PolicyError> {
        let limits = crate::load::Limits {
            max_file_bytes: usize::MAX,
            max_nodes: 1_000_000,
            ..Default::default()
        };
        let tree = crate::load::parse(text, &limits).map_err(|e| PolicyError {
            file: file.to_string(),
            line: e.span.map(|s| s.line as usize),
            problem: PolicyProblem::Syntax {
                problem: Box::new(e.problem),
                column: e.span.map(|s| s.column as usize),
            },
        })?;
        let mut policy: Policy = crate::load::de::from_node(&tree).map_err(|e| PolicyError {
            file: file.to_string(),
            line: e.span.map(|s| s.line as usize),
            problem: PolicyProblem::Format { error: Box::new(e) },
        })?;
        policy.validate(&tree, file)?;
        Ok(policy)
    }

    fn validate(&mut self, tree: &Node, file: &str) -> Result<(), PolicyError> {
        let rule_node = |i: usize| tree.get("rules").and_then(|r| r.items().get(i));
        let rule_line = |i: usize| rule_node(i).map(|n| n.span.line as usize);
        let err = |line: Option<usize>, problem: PolicyProblem| PolicyError {
            file: file.to_string(),
            line,
            problem,
        };
        if self.format_version != 1 {
            return Err(err(
                None,
                PolicyProblem::FormatVersion {
                    version: self.format_version,
                },
            ));
        }
        for model in std::iter::once(&self.risk).chain(self.risk_v2.as_ref()) {
            model.validate().map_err(|problem| err(None, problem))?;
        }
        let fields = KnownFields::new();
        for (key, model) in [
            ("risk", Some(&self.risk)),
            ("risk_v2", self.risk_v2.as_ref()),
        ] {
            let Some(model) = model else { continue };
            let factors = tree.get(key).and_then(|r| r.get("factors"));
            for (i, f) in model.factors.iter().enumerate() {
                let line = factors
                    .and_then(|n| n.items().get(i))
                    .map(|n| n.span.line as usize);
                fields
                    .check(&f.id, &f.field, f.equals.iter())
                    .map_err(|p| err(line, p))?;
            }
        }
        let principles: HashSet<&str> = self.principles.iter().map(|p| p.id.as_str()).collect();
        let mut seen = HashSet::new();
        for (i, rule) in self.rules.iter_mut().enumerate() {
            let line = rule_line(i);
            if !seen.insert(rule.id.as_str()) {
                return Err(err(
                    line,
                    PolicyProblem::DuplicateRule {
                        rule: rule.id.clone(),
                    },
                ));
            }
            let id = || rule.id.clone();
            if !principles.contains(rule.principle.as_str()) {
                return Err(err(
                    line,
                    PolicyProblem::UnknownPrinciple {
                        rule: id(),
                        principle: rule.principle.clone(),
                    },
                ));
            }
            if rule.builtin {
                let Some(unit) = crate::rules::find(&rule.id) else {
                    return Err(err(line, PolicyProblem::NotBuiltin { rule: id() }));
                };
                let params = rule_node(i).and_then(|n| n.get("params"));
                let params = unit.parse_params(params).map_err(|e| {
                    let at = e.span.map_or(line, |s| Some(s.line as usize));
                    err(
                        at,
                        PolicyProblem::Params {
                            rule: id(),
                            error: Box::new(e),
                        },
                    )
                })?;
                rule.bound = Some(crate::rules::BoundUnit { unit, params });
            }
            if !rule.builtin && rule.checks.is_empty() {
                return Err(err(line, PolicyProblem::NoChecks { rule: id() }));
            }
            for check in &rule.checks {
                if check.require.is_empty() {
                    return Err(err(line, PolicyProblem::EmptyRequire { rule: id() }));
                }
                if !check.item_when.is_empty() && check.each.is_none() {
                    return Err(err(line, PolicyProblem::ItemWhenWithoutEach { rule: id() }));
                }
                // Every field path against the assessment format: `each` is a list, and
                // `item_when`/`require` under it are paths inside its items.
                let rule_id = rule.id.as_str();
                let check_path = |path: &str, values: Vec<&PolicyValue>| {
                    fields
                        .check(rule_id, path, values.into_iter())
                        .map_err(|p| err(line, p))
                };
                let item = |f: &str| match &check.each {
                    Some(list) => format!("{list}[].{f}"),
                    None => f.to_string(),
                };
                if let Some(list) = &check.each {
                    check_path(list, Vec::new())?;
                }
                for c in &check.when {
                    if let Condition::Field { field, test } = c {
                        check_path(field, test.values().iter().collect())?;
                    }
                }
                for c in &check.item_when {
                    if let Condition::Field { field, test } = c {
                        check_path(&item(field), test.values().iter().collect())?;
                    }
                }
                for r in &check.require {
                    let values = match r {
                        Requirement::Field(_) => Vec::new(),
                        Requirement::OneOf { values, .. } => values.iter().collect(),
                    };
                    check_path(&item(r.field()), values)?;
                }
            }
        }
        // Without these, a file that cannot be read or parsed would produce no finding at all
        // and the check would pass on it, so a policy cannot leave them out.
        for required in ["GEN-001", "GEN-002"] {
            let rule = required.to_string();
            match self.rule(required) {
                None => return Err(err(None, PolicyProblem::MissingRule { rule })),
                Some(r) if !r.builtin => {
                    return Err(err(None, PolicyProblem::MustBeBuiltin { rule }))
                }
                Some(_) => {}
            }
        }
        Ok(())
    }

    /// The rule with this id (case-insensitive).
    pub fn rule(&self, id: &str) -> Option<&Rule> {
        self.rules.iter().find(|r| r.id.eq_ignore_ascii_case(id))
    }

    /// The principle or area with this id.
    pub fn principle(&self, id: &str) -> Option<&Principle> {
        self.principles.iter().find(|p| p.id == id)
    }

    /// The risk model for files of `version`: `risk_v2` for version 2 when the policy has one,
    /// otherwise `risk`.
    pub fn risk_model(&self, version: SchemaVersion) -> &RiskModel {
        match version {
            SchemaVersion::V2 => self.risk_v2.as_ref().unwrap_or(&self.risk),
            SchemaVersion::V1 => &self.risk,
        }
    }

    /// True when `text` is only a placeholder of this policy's list (or of
    /// [`DEFAULT_PLACEHOLDERS`] when the policy has none): "Nee", "n/a.", "  TBD ", "-".
    pub fn is_placeholder(&self, text: &str) -> bool {
        let Some(key) = placeholder_key(text) else {
            return false;
        };
        let matches = |p: &str| placeholder_key(p).is_some_and(|k| k == key);
        match &self.placeholders {
            Some(list) => list.iter().any(|p| matches(p)),
            None => DEFAULT_PLACEHOLDERS.iter().any(|p| matches(p)),
        }
    }

    /// How far the field at `node` (`None`: absent) is written: missing, empty, only a
    /// placeholder, or written. Lists and sections count as written when not empty.
    pub fn text_state(&self, node: Option<&Node>) -> TextState {
        let Some(node) = node else {
            return TextState::Missing;
        };
        if node.is_blank() {
            return TextState::Empty;
        }
        match &node.value {
            Value::Scalar(s) if self.is_placeholder(&s.text) => TextState::Placeholder,
            _ => TextState::Written,
        }
    }

    /// The name of an approval level.
    pub fn approval_name(&self, level: ApprovalLevel, lang: Lang) -> String {
        self.approval_levels
            .iter()
            .find(|s| s.id == level)
            .map_or_else(|| level.key().to_string(), |s| s.name.get(lang).to_string())
    }
}

impl RiskModel {
    fn validate(&self) -> Result<(), PolicyProblem> {
        if self.levels.is_empty() {
            return Err(PolicyProblem::NoRiskLevels);
        }
        if self
            .levels
            .windows(2)
            .any(|w| w[0].min_points >= w[1].min_points || w[0].level >= w[1].level)
        {
            return Err(PolicyProblem::RiskLevelsOrder);
        }
        for f in &self.factors {
            let forms = [
                f.equals.is_some(),
                f.non_empty.is_some(),
                f.values.is_some(),
                f.at_least.is_some(),
            ];
            if forms.iter().filter(|x| **x).count() != 1 {
                return Err(PolicyProblem::FactorForms {
                    factor: f.id.clone(),
                });
            }
            if (f.equals.is_some() || f.non_empty.is_some()) && f.points.is_none() {
                return Err(PolicyProblem::FactorPoints {
                    factor: f.id.clone(),
                });
            }
        }
        Ok(())
    }
}

/// The default placeholders of format version 2 ("blank" means missing, empty or a placeholder), used when
/// a policy has no `placeholders:` list.
pub const DEFAULT_PLACEHOLDERS: &[&str] = &[
    "-",
    "--",
    "?",
    "n/a",
    "na",
    "nvt",
    "tbd",
    "todo",
    "xxx",
    "ja",
    "nej",
    "yes",
    "no",
    "nee",
    "ingen",
    "none",
    "intet",
    "ok",
    "ikke relevant",
    "not applicable",
    "se ovenfor",
    "see above",
    "følger",
    "kommer senere",
    "later",
    "senere",
];

/// Longer texts are never compared with the placeholder list (a quick exit for real texts).
const PLACEHOLDER_MAX_CHARS: usize = 40;

/// A text as it is compared with the placeholder list: whitespace and trailing punctuation
/// trimmed, inner whitespace collapsed, lowercased. `None` for a text too long to be a
/// placeholder.
pub fn placeholder_key(text: &str) -> Option<String> {
    // A long text (most written considerations) is never a placeholder: no need to scan it.
    if text.len() > 4 * PLACEHOLDER_MAX_CHARS + 64 {
        return None;
    }
    let t = text
        .trim()
        .trim_end_matches(|c: char| c.is_ascii_punctuation() || c == '…' || c.is_whitespace());
    if t.chars().count() > PLACEHOLDER_MAX_CHARS {
        return None;
    }
    Some(
        t.split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase(),
    )
}

/// How far a required text field is written (format version 2: "blank" means missing, empty or a placeholder).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextState {
    /// The key is absent.
    Missing,
    /// Null, whitespace only, or an empty list or section.
    Empty,
    /// Only a placeholder such as "nej", "tbd" or "-".
    Placeholder,
    /// Written.
    Written,
}

impl TextState {
    /// True unless written: what version 2 rules treat as blank.
    pub fn is_blank(self) -> bool {
        self != TextState::Written
    }
}

/// The field paths of the assessment format (from its JSON Schema, [`crate::schema::fields`]),
/// list items as `list[].field`, for checking the paths a policy names.
struct KnownFields {
    fields: std::collections::HashMap<String, crate::schema::Field>,
}

impl KnownFields {
    fn new() -> Self {
        KnownFields {
            fields: crate::schema::fields()
                .into_iter()
                .map(|f| (f.path.clone(), f))
                .collect(),
        }
    }

    /// Checks that `path` (dotted, `[]` for list items) is a field of the format and that each
    /// of `values` is something the field can hold.
    fn check<'v>(
        &self,
        owner: &str,
        path: &str,
        values: impl Iterator<Item = &'v PolicyValue>,
    ) -> Result<(), PolicyProblem> {
        use crate::schema::FieldKind;
        let Some(field) = self.fields.get(path) else {
            let candidates: Vec<&str> = self.fields.keys().map(String::as_str).collect();
            return Err(PolicyProblem::UnknownField {
                owner: owner.into(),
                path: path.into(),
                suggestion: crate::load::de::did_you_mean(path, &candidates).map(Into::into),
            });
        };
        let kind = &field.kind;
        for v in values {
            let fits = match (kind, v) {
                (_, PolicyValue::Null) => true,
                (FieldKind::Bool, PolicyValue::Bool(_)) => true,
                (FieldKind::Bool, _) => false,
                (FieldKind::Integer | FieldKind::Number, value) => value.as_f64().is_some(),
                (FieldKind::Enum, value) => matches!(value, PolicyValue::Text(_)),
                _ => true,
            };
            if !fits {
                let value = match v {
                    PolicyValue::Null => "null".to_string(),
                    PolicyValue::Bool(b) => b.to_string(),
                    PolicyValue::Int(i) => i.to_string(),
                    PolicyValue::Float(f) => f.to_string(),
                    PolicyValue::Text(t) => t.clone(),
                };
                return Err(PolicyProblem::ValueType {
                    owner: owner.to_string(),
                    path: path.to_string(),
                    value,
                });
            }
            // An enumeration (or a list of one) holds only its own values.
            if let PolicyValue::Text(t) = v {
                if !field.values.is_empty() && !field.values.contains(t) {
                    let allowed: Vec<&str> = field.values.iter().map(String::as_str).collect();
                    return Err(PolicyProblem::ValueNotAllowed(Box::new(NotAllowed {
                        owner: owner.to_string(),
                        path: path.to_string(),
                        value: t.clone(),
                        suggestion: crate::load::de::did_you_mean(t, &allowed).map(str::to_string),
                        allowed: field.values.clone(),
                    })));
                }
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_policy_is_valid_and_complete() {
        let p = Policy::builtin().policy;
        let ids: HashSet<&str> = p.rules.iter().map(|r| r.id.as_str()).collect();
        assert_eq!(ids.len(), p.rules.len(), "unique ids: {ids:?}");
        for r in &p.rules {
            for t in [&r.title, &r.message, &r.help] {
                assert!(
                    !t.da.trim().is_empty() && !t.en.trim().is_empty(),
                    "{} lacks text",
                    r.id
                );
            }
        }
        // Every unit of the registry is used by the built-in policy, with its parameters.
        for id in crate::rules::ids() {
            assert!(
                p.rule(id).and_then(Rule::bound_unit).is_some(),
                "{id} should be builtin"
            );
        }
    }

    #[test]
    fn placeholders_count_as_blank() {
        let p = Policy::builtin().policy;
        for t in [
            "Nee",
            "nee.",
            "  N/A ",
            "TBD!",
            "-",
            "--",
            "?",
            "...",
            "Ikke  relevant.",
            "Følger",
            "kommer senere…",
            "se ovenfor",
        ] {
            assert!(p.is_placeholder(t), "{t:?}");
        }
        for t in [
            "Nej tak, ikke uden samtykke",
            "Ingen data deles med andre",
            "n/a/b",
            "tbd: afventer DPO",
            "okay",
        ] {
            assert!(!p.is_placeholder(t), "{t:?}");
        }
        assert!(!p.is_placeholder(&"x".repeat(500)));
        // The built-in policy holds the default list.
        let listed: Vec<&str> = p
            .placeholders
            .as_ref()
            .unwrap()
            .iter()
            .map(String::as_str)
            .collect();
        assert_eq!(listed, DEFAULT_PLACEHOLDERS);
        // A policy's own list replaces the default; an empty list turns the test off.
        let mut own = p.clone();
        own.placeholders = Some(vec!["Afventer".into()]);
        assert!(own.is_placeholder("afventer."));
        assert!(!own.is_placeholder("nej"));
        own.placeholders = Some(vec![]);
        assert!(!own.is_placeholder("-"));
        own.placeholders = None;
        assert!(own.is_placeholder("nej"));
    }

    #[test]
    fn text_states() {
        let p = Policy::builtin().policy;
        let tree = crate::load::parse(
            "a: Nee\nb: ''\nc: En rigtig afvejning\nd: []\ne: [nej]\n",
            &Default::default(),
        )
        .unwrap();
        let st = |k: &str| p.text_state(tree.get(k));
        assert_eq!(st("a"), TextState::Placeholder);
        assert_eq!(st("b"), TextState::Empty);
        assert_eq!(st("c"), TextState::Written);
        assert_eq!(st("d"), TextState::Empty);
        assert_eq!(st("e"), TextState::Written);
        assert_eq!(st("zz"), TextState::Missing);
        assert!(st("a").is_blank() && !st("c").is_blank());
    }

    #[test]
    fn risk_models_per_version() {
        let p = Policy::builtin().policy;
        assert_eq!(p.risk_model(SchemaVersion::V1).levels[3].min_points, 12);
        assert_eq!(p.risk_model(SchemaVersion::V2).levels[3].min_points, 18);
        let mut no_v2 = p.clone();
        no_v2.risk_v2 = None;
        assert_eq!(no_v2.risk_model(SchemaVersion::V2).levels[3].min_points, 12);
        // risk_v2 is validated like risk.
        let text = BUILTIN_GLADSAXE.replacen(
            "- { level: 2, min_points: 6,",
            "- { level: 2, min_points: 0,",
            1,
        );
        let e = Policy::parse(&text, "p.yaml").unwrap_err();
        assert_eq!(e.problem, PolicyProblem::RiskLevelsOrder, "{e:?}");
    }

    #[test]
    fn field_paths_and_params_are_checked_with_their_line() {
        use crate::i18n::{Catalogue, Lang};
        let line_of =
            |text: &str, needle: &str| text.lines().position(|l| l.contains(needle)).unwrap() + 1;
        // A typo in a requirement: a configuration error at the rule, with a suggestion.
        let text = BUILTIN_GLADSAXE.replacen(
            "          - principles.transparency.citizen_information",
            "          - principles.transparency.citizen_informaton",
            1,
        );
        assert_ne!(text, BUILTIN_GLADSAXE);
        let e = Policy::parse(&text, "p.yaml").unwrap_err();
        assert!(
            matches!(
                &e.problem,
                PolicyProblem::UnknownField {
                    suggestion: Some(_),
                    ..
                }
            ),
            "{e:?}"
        );
        assert!(e.line.is_some());
        let da = e.text(Catalogue::new(Lang::Da));
        assert!(da.contains("mente du"), "{da}");
        // A value a yes/no field can never hold.
        let text = BUILTIN_GLADSAXE.replacen("equals: true", "equals: maybe", 1);
        let e = Policy::parse(&text, "p.yaml").unwrap_err();
        assert!(
            matches!(e.problem, PolicyProblem::ValueType { .. }),
            "{e:?}"
        );
        // A misspelled parameter of a built-in rule, at its own line and column.
        let text =
            BUILTIN_GLADSAXE.replacen("params: { max_months: 12 }", "params: { max_month: 12 }", 1);
        let e = Policy::parse(&text, "p.yaml").unwrap_err();
        assert!(matches!(e.problem, PolicyProblem::Params { .. }), "{e:?}");
        assert_eq!(e.line, Some(line_of(&text, "max_month: 12")));
        // An unknown key in the policy format: file, line and column, in Danish, did you mean.
        let text = BUILTIN_GLADSAXE.replacen("    severity: error", "    severty: error", 1);
        let e = Policy::parse(&text, "p.yaml").unwrap_err();
        let da = e.text(Catalogue::new(Lang::Da));
        let line = line_of(&text, "severty: error");
        assert!(da.starts_with(&format!("p.yaml:{line}:5:")), "{da}");
        assert!(da.contains("severity"), "{da}");
    }

    #[test]
    fn conditions_are_typed_and_malformed_ones_have_their_place() {
        use crate::i18n::{Catalogue, Lang};
        let line_of =
            |text: &str, needle: &str| text.lines().position(|l| l.contains(needle)).unwrap() + 1;
        let p = Policy::parse(BUILTIN_GLADSAXE, "p.yaml").unwrap();
        let conditions: Vec<&Condition> = p
            .rules
            .iter()
            .flat_map(|r| &r.checks)
            .flat_map(|c| c.when.iter().chain(&c.item_when))
            .collect();
        assert!(conditions.contains(&&Condition::Field {
            field: "data.personal_data".into(),
            test: FieldTest::Equals(PolicyValue::Bool(true)),
        }));
        assert!(conditions.contains(&&Condition::PhaseIn(vec![Phase::Completed, Phase::Stopped])));
        // Two forms in one condition: a format error at the condition, naming its keys.
        let bad = "- { field: data.personal_data, equals: true, in: [true] }";
        let text =
            BUILTIN_GLADSAXE.replacen("- { field: data.personal_data, equals: true }", bad, 1);
        let e = Policy::parse(&text, "p.yaml").unwrap_err();
        assert!(
            matches!(&e.problem, PolicyProblem::Format { error }
                if matches!(&error.kind, crate::load::de::DeErrorKind::ConditionForm { keys }
                    if keys == &["field", "equals", "in"])),
            "{e:?}"
        );
        assert_eq!(e.line, Some(line_of(&text, bad)));
        let da = e.text(Catalogue::new(Lang::Da));
        assert!(da.contains("her står `field`, `equals`, `in`"), "{da}");
        assert!(da.contains("when[0]"), "{da}");
        // A field test without `field`, and a phase with a field test.
        for bad in [
            "- { equals: true }",
            "- { phase_from: operation, blank: true }",
            "- { field: data.personal_data }",
        ] {
            let text =
                BUILTIN_GLADSAXE.replacen("- { field: data.personal_data, equals: true }", bad, 1);
            let e = Policy::parse(&text, "p.yaml").unwrap_err();
            assert!(
                matches!(e.problem, PolicyProblem::Format { .. }),
                "{bad}: {e:?}"
            );
            assert_eq!(e.line, Some(line_of(&text, bad)), "{bad}");
        }
        // A misspelled phase is the loader's unknown value, at its column, with a suggestion.
        let text = BUILTIN_GLADSAXE.replacen(
            "- { phase_in: [completed, stopped] }",
            "- { phase_in: [completed, stoped] }",
            1,
        );
        let e = Policy::parse(&text, "p.yaml").unwrap_err();
        let en = e.text(Catalogue::new(Lang::En));
        assert!(en.contains("did you mean `stopped`"), "{en}");
    }

    #[test]
    fn compared_values_of_enumerations_are_checked() {
        use crate::i18n::{Catalogue, Lang};
        let fields = crate::schema::fields();
        let kind = fields.iter().find(|f| f.path == "automation.kind").unwrap();
        assert!(
            kind.values.iter().any(|v| v == "decision_support"),
            "{kind:?}"
        );
        let text = BUILTIN_GLADSAXE.replacen(
            "{ field: automation.kind, not_in: [statistics] }",
            "{ field: automation.kind, not_in: [statistic] }",
            1,
        );
        assert_ne!(text, BUILTIN_GLADSAXE);
        let e = Policy::parse(&text, "p.yaml").unwrap_err();
        assert!(
            matches!(&e.problem, PolicyProblem::ValueNotAllowed(n)
                if n.suggestion.as_deref() == Some("statistics")),
            "{e:?}"
        );
        assert!(e.line.is_some());
        let da = e.text(Catalogue::new(Lang::Da));
        assert!(da.contains("mente du `statistics`"), "{da}");
        assert!(da.contains("`decision_support`"), "{da}");
    }

    #[test]
    fn invalid_policy_names_file_and_line() {
        let mut text = BUILTIN_GLADSAXE.to_string();
        text.push_str("  - id: XYZ-001\n    principle: nowhere\n    severity: error\n    title: {da: a, en: a}\n    message: {da: a, en: a}\n    help: {da: a, en: a}\n    builtin: true\n");
        let e = Policy::parse(&text, "my-policy.yaml").unwrap_err();
        assert_eq!(e.file, "my-policy.yaml");
        assert!(e.line.is_some(), "{e}");
        let e = Policy::parse("format_version: 1\nid: [\n", "p.yaml").unwrap_err();
        assert!(e.line.is_some());
    }
}
