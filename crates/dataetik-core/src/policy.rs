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
    /// Texts that count as blank in a required text field (SPEC version 2 "Blank"), compared
    /// after trimming whitespace and trailing punctuation and lowercasing. Absent: the SPEC's
    /// list, [`DEFAULT_PLACEHOLDERS`]; `placeholders: []` turns the test off.
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
    pub equals: Option<serde_yaml::Value>,
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
    /// The declarative condition.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub checks: Vec<Check>,
    /// Logic implemented in dataetik itself (see `check::builtin`).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub builtin: bool,
    /// Parameters of a built-in rule.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub params: Option<serde_yaml::Value>,
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
        values: Vec<serde_yaml::Value>,
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

/// A condition of a check. Exactly one form is used per condition.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Condition {
    /// The field a field condition looks at.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    /// The field equals this value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub equals: Option<serde_yaml::Value>,
    /// The field holds one of these values.
    #[serde(default, rename = "in", skip_serializing_if = "Option::is_none")]
    pub in_values: Option<Vec<serde_yaml::Value>>,
    /// The field is present and holds none of these values.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub not_in: Option<Vec<serde_yaml::Value>>,
    /// The field is blank (true) or not blank (false).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub blank: Option<bool>,
    /// The phase is this one or later.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phase_from: Option<Phase>,
    /// The phase is before this one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phase_before: Option<Phase>,
    /// The phase is one of these.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phase_in: Option<Vec<Phase>>,
    /// The risk level is at least this.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub risk_level_at_least: Option<u8>,
}

/// Ids of the rules whose logic is built into dataetik; a policy may reference these with `builtin: true`.
pub const BUILTIN_RULES: &[&str] = &[
    "GEN-001", "GEN-002", "GEN-004", "GEN-005", "GEN-006", "GEN-007", "GEN-008", "GEN-009",
    "GEN-011", "DIG-004", "EQU-003", "EQU-004", "EQU-006", "ACC-003", "PUB-001", "SUP-003",
    "SUP-004", "SUP-005", "SUP-006", "SUP-007", "SUP-008", "SUP-009", "SUP-010", "SUP-011",
];

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
    /// The file is not valid YAML or does not fit the policy format (the YAML reader's words).
    Format {
        /// The reader's message.
        reason: String,
    },
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
    /// A condition that is not exactly one form.
    ConditionForm {
        /// The rule.
        rule: String,
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
            PolicyProblem::Format { reason } => reason.clone(),
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
                builtin = BUILTIN_RULES.join(", ")
            ),
            PolicyProblem::NoChecks { rule } => msg!(cat, "policy-no-checks", rule = rule.as_str()),
            PolicyProblem::EmptyRequire { rule } => {
                msg!(cat, "policy-empty-require", rule = rule.as_str())
            }
            PolicyProblem::ItemWhenWithoutEach { rule } => {
                msg!(cat, "policy-item-when", rule = rule.as_str())
            }
            PolicyProblem::ConditionForm { rule } => {
                msg!(cat, "policy-condition-form", rule = rule.as_str())
            }
            PolicyProblem::MissingRule { rule } => {
                msg!(cat, "policy-missing-rule", rule = rule.as_str())
            }
            PolicyProblem::MustBeBuiltin { rule } => {
                msg!(cat, "policy-must-be-builtin", rule = rule.as_str())
            }
        };
        match self.line {
            Some(line) => msg!(
                cat,
                "policy-invalid-at",
                file = self.file.as_str(),
                line = line.to_string(),
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
        let policy: Policy = serde_yaml::from_str(text).map_err(|e| PolicyError {
            file: file.to_string(),
            line: e.location().map(|l| l.line()),
            problem: PolicyProblem::Format {
                reason: e.to_string(),
            },
        })?;
        policy.validate(text, file)?;
        Ok(policy)
    }

    fn validate(&self, text: &str, file: &str) -> Result<(), PolicyError> {
        let tree = crate::load::parse(
            text,
            &crate::load::Limits {
                max_file_bytes: usize::MAX,
                max_nodes: 1_000_000,
                ..Default::default()
            },
        )
        .ok();
        let rule_line = |i: usize| -> Option<usize> {
            tree.as_ref()
                .and_then(|t| t.get("rules"))
                .and_then(|r| r.items().get(i))
                .map(|n| n.span.line as usize)
        };
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
        let principles: HashSet<&str> = self.principles.iter().map(|p| p.id.as_str()).collect();
        let mut seen = HashSet::new();
        for (i, rule) in self.rules.iter().enumerate() {
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
            if rule.builtin && !BUILTIN_RULES.contains(&rule.id.as_str()) {
                return Err(err(line, PolicyProblem::NotBuiltin { rule: id() }));
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
                for c in check.when.iter().chain(&check.item_when) {
                    if !c.is_one_form() {
                        return Err(err(line, PolicyProblem::ConditionForm { rule: id() }));
                    }
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

/// The placeholders of SPEC version 2 ("Blank means missing, empty or a placeholder"), used when
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

/// How far a required text field is written (SPEC version 2 "Blank").
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

impl Condition {
    /// True when the condition is exactly one form: `field` with one of equals/in/not_in/blank,
    /// or one of phase_from/phase_before/phase_in/risk_level_at_least.
    fn is_one_form(&self) -> bool {
        let field_forms = [
            self.equals.is_some(),
            self.in_values.is_some(),
            self.not_in.is_some(),
            self.blank.is_some(),
        ];
        let n_field = field_forms.iter().filter(|x| **x).count();
        let other = [
            self.phase_from.is_some(),
            self.phase_before.is_some(),
            self.phase_in.is_some(),
            self.risk_level_at_least.is_some(),
        ];
        let n_other = other.iter().filter(|x| **x).count();
        matches!(
            (self.field.is_some(), n_field, n_other),
            (true, 1, 0) | (false, 0, 1)
        )
    }
}

/// Rules' `params` read as a typed value, with a default when absent.
pub fn param<T: serde::de::DeserializeOwned>(rule: Option<&Rule>, key: &str, default: T) -> T {
    rule.and_then(|r| r.params.as_ref())
        .and_then(|p| p.get(key))
        .and_then(|v| serde_yaml::from_value(v.clone()).ok())
        .unwrap_or(default)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_policy_is_valid_and_complete() {
        let p = Policy::builtin().policy;
        let ids: Vec<&str> = p.rules.iter().map(|r| r.id.as_str()).collect();
        // The SPEC table's 43 rules and the supplier register's SUP-003..SUP-011.
        assert_eq!(ids.len(), 43 + 9, "{ids:?}");
        for r in &p.rules {
            for t in [&r.title, &r.message, &r.help] {
                assert!(
                    !t.da.trim().is_empty() && !t.en.trim().is_empty(),
                    "{} lacks text",
                    r.id
                );
            }
        }
        for id in BUILTIN_RULES {
            assert!(
                p.rule(id).is_some_and(|r| r.builtin),
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
        // The built-in policy holds the SPEC's list.
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
