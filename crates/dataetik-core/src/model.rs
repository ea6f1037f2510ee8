//! The typed assessment: one data project, as described in its YAML file (SPEC "The assessment file").
//!
//! Almost every field is optional here: a missing consideration is not a parse error but a
//! finding with a rule id, a place and a fix, produced by the checker. Unknown keys are rejected
//! (`deny_unknown_fields`) so a typo never silently drops a consideration. The same types
//! generate the JSON Schema (`dataetik schema`) that editors use.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// Free text written in Markdown; shown to citizens and politicians in the report.
pub type Markdown = String;

/// A calendar date written as `YYYY-MM-DD`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date(pub jiff::civil::Date);

impl Date {
    /// Parses a strict ISO date (`2025-05-12`).
    pub fn parse(s: &str) -> Option<Date> {
        let b = s.as_bytes();
        let shape_ok = b.len() == 10
            && b[4] == b'-'
            && b[7] == b'-'
            && b.iter()
                .enumerate()
                .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
        if !shape_ok {
            return None;
        }
        let y = s[0..4].parse().ok()?;
        let m = s[5..7].parse().ok()?;
        let d = s[8..10].parse().ok()?;
        jiff::civil::Date::new(y, m, d).ok().map(Date)
    }
}

impl std::fmt::Display for Date {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.0)
    }
}

impl Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl serde::de::Visitor<'_> for V {
            type Value = Date;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a date written as YYYY-MM-DD")
            }
            fn visit_str<E: serde::de::Error>(self, s: &str) -> Result<Date, E> {
                Date::parse(s).ok_or_else(|| {
                    let shaped =
                        s.len() == 10 && s.as_bytes()[4] == b'-' && s.as_bytes()[7] == b'-';
                    if shaped
                        && s.bytes()
                            .enumerate()
                            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
                    {
                        // Written right, but no such day (2025-02-30).
                        E::invalid_value(
                            serde::de::Unexpected::Str(s),
                            &"a date that exists in the calendar",
                        )
                    } else {
                        E::invalid_value(serde::de::Unexpected::Str(s), &self)
                    }
                })
            }
        }
        d.deserialize_str(V)
    }
}

impl JsonSchema for Date {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Date".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "format": "date",
            "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
            "description": "A date written as YYYY-MM-DD."
        })
    }
}

/// One data project's assessment: the whole file.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "dataetik assessment",
    description = "One data project's data-ethics assessment (dataetik, schema_version 1)."
)]
pub struct Assessment {
    /// Format version; currently 1.
    pub schema_version: Option<u32>,
    /// Lowercase letters, digits and hyphens; equal to the file name without `.yaml`.
    #[schemars(regex(pattern = r"^[a-z0-9-]+$"))]
    pub id: Option<String>,
    /// The project's name as citizens and politicians will read it.
    pub title: Option<String>,
    /// (Markdown) A plain-language description for citizens and politicians.
    pub summary: Option<Markdown>,
    /// Who owns the project.
    pub owner: Option<Owner>,
    /// Source directories in the register repository that this assessment covers.
    pub code_paths: Option<Vec<String>>,
    /// Phase and dates.
    pub lifecycle: Option<Lifecycle>,
    /// (Markdown) Why: the professional or welfare problem the project serves.
    pub purpose: Option<Markdown>,
    /// (Markdown) The legal basis (hjemmel): GDPR art. 6/9 and national law.
    pub legal_basis: Option<Markdown>,
    /// Estimate of how many individuals' data is used.
    pub citizens_affected: Option<u64>,
    /// Vulnerable groups whose data is used: children, elderly, disabled, unemployed, patients or other text.
    pub vulnerable_groups: Option<Vec<String>>,
    /// What data is used and how.
    pub data: Option<Data>,
    /// What the data is used for: statistics, analysis, decision support or automated decisions.
    pub automation: Option<Automation>,
    /// Considerations under each of the five principles.
    pub principles: Option<Principles>,
    /// EU AI Act classification, for machine-learning systems.
    pub ai_act: Option<AiAct>,
    /// Suppliers involved.
    pub suppliers: Option<Vec<Supplier>>,
    /// Approved exceptions from single rules.
    pub waivers: Option<Vec<Waiver>>,
}

/// Who owns the project.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Owner {
    /// The department (forvaltning).
    pub department: Option<String>,
    /// The unit within the department.
    pub unit: Option<String>,
    /// A functional mailbox, not a person's address.
    pub contact: Option<String>,
    /// The accountable role, not a name.
    pub responsible: Option<String>,
}

/// Where a project is in its life.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Phase {
    /// An idea being considered.
    Idea,
    /// Analysis and design.
    Analysis,
    /// Being built or tested.
    Build,
    /// In operation.
    Operation,
    /// Finished as planned.
    Completed,
    /// Stopped before finishing.
    Stopped,
}

impl Phase {
    /// Rank for "from build" comparisons: completed and stopped rank equal.
    pub fn rank(self) -> u8 {
        match self {
            Phase::Idea => 0,
            Phase::Analysis => 1,
            Phase::Build => 2,
            Phase::Operation => 3,
            Phase::Completed | Phase::Stopped => 4,
        }
    }

    /// True while the project is not completed or stopped.
    pub fn is_active(self) -> bool {
        !matches!(self, Phase::Completed | Phase::Stopped)
    }

    /// The key as written in YAML.
    pub fn key(self) -> &'static str {
        match self {
            Phase::Idea => "idea",
            Phase::Analysis => "analysis",
            Phase::Build => "build",
            Phase::Operation => "operation",
            Phase::Completed => "completed",
            Phase::Stopped => "stopped",
        }
    }

    /// Parses the YAML key.
    pub fn from_key(s: &str) -> Option<Phase> {
        [
            Phase::Idea,
            Phase::Analysis,
            Phase::Build,
            Phase::Operation,
            Phase::Completed,
            Phase::Stopped,
        ]
        .into_iter()
        .find(|p| p.key() == s)
    }
}

/// Phase and dates.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Lifecycle {
    /// idea, analysis, build, operation, completed or stopped.
    pub phase: Option<Phase>,
    /// When work started.
    pub started: Option<Date>,
    /// When the project was completed or stopped.
    pub ended: Option<Date>,
    /// When the assessment is next reviewed (required in build and operation).
    pub next_review: Option<Date>,
    /// (Markdown) For completed/stopped projects: the result, and what happened to the data.
    pub outcome: Option<Markdown>,
}

/// What data the project uses.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Data {
    /// Individual-level data about citizens.
    pub personal_data: Option<bool>,
    /// GDPR article 9 or 10 categories.
    pub sensitive_data: Option<bool>,
    /// CPR numbers are processed.
    pub cpr: Option<bool>,
    /// Data combined across systems or administrations (samkøring).
    pub combines_sources: Option<bool>,
    /// Individual scores, predictions or risk flags about citizens.
    pub profiling: Option<bool>,
    /// The systems the data comes from.
    pub sources: Option<Vec<Source>>,
    /// (Markdown) How long data is kept, and why.
    pub retention: Option<Markdown>,
    /// (Markdown) Why each data item is necessary.
    pub minimisation: Option<Markdown>,
    /// Personal data is disclosed outside the organisation.
    pub shared_with_third_parties: Option<bool>,
    /// (Markdown) Recipients, purpose and legal basis of any disclosure.
    pub sharing: Option<Markdown>,
    /// The data protection impact assessment (konsekvensanalyse).
    pub dpia: Option<Dpia>,
}

/// One source system.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// The system's name.
    pub system: Option<String>,
    /// What is taken from it.
    pub description: Option<String>,
}

/// Status of a DPIA.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum DpiaStatus {
    /// Carried out.
    Done,
    /// Planned.
    Planned,
    /// Judged not required (give the reason).
    NotRequired,
}

impl DpiaStatus {
    /// The key as written in YAML.
    pub fn key(self) -> &'static str {
        match self {
            DpiaStatus::Done => "done",
            DpiaStatus::Planned => "planned",
            DpiaStatus::NotRequired => "not_required",
        }
    }
}

/// The data protection impact assessment.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Dpia {
    /// done, planned or not_required.
    pub status: Option<DpiaStatus>,
    /// Case number or document reference.
    pub reference: Option<String>,
    /// When it was completed.
    pub date: Option<Date>,
    /// (Markdown) Why a DPIA is not required.
    pub reason: Option<Markdown>,
}

/// How far the project automates.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum AutomationKind {
    /// Aggregate statistics.
    Statistics,
    /// Analysis that informs planning, not individual cases.
    Analysis,
    /// Supports a caseworker's decision about a citizen.
    DecisionSupport,
    /// Decides about a citizen without a person deciding.
    AutomatedDecision,
}

impl AutomationKind {
    /// The key as written in YAML.
    pub fn key(self) -> &'static str {
        match self {
            AutomationKind::Statistics => "statistics",
            AutomationKind::Analysis => "analysis",
            AutomationKind::DecisionSupport => "decision_support",
            AutomationKind::AutomatedDecision => "automated_decision",
        }
    }
}

/// What the data is used for, and how.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Automation {
    /// statistics, analysis, decision_support or automated_decision.
    pub kind: Option<AutomationKind>,
    /// A trained model is used.
    pub machine_learning: Option<bool>,
    /// (Markdown) The model or method, in words a caseworker understands.
    pub method: Option<Markdown>,
    /// (Markdown) How a professional reviews, can disagree and override.
    pub human_review: Option<Markdown>,
    /// (Markdown) How a citizen can complain; required for automated decisions.
    pub appeal: Option<Markdown>,
}

/// Considerations under each principle.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Principles {
    /// 1. Transparency and openness.
    pub transparency: Option<Transparency>,
    /// 2. Dignity.
    pub dignity: Option<Dignity>,
    /// 3. Equality, objectivity and fairness (bias testing).
    pub equality: Option<Equality>,
    /// 4. Professional integrity.
    pub integrity: Option<Integrity>,
    /// 5. Accountability.
    pub accountability: Option<Accountability>,
}

/// 1. Transparency and openness.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Transparency {
    /// (Markdown) How citizens learn that and how their data is used.
    pub citizen_information: Option<Markdown>,
    /// (Markdown) How the method is explained to staff and citizens.
    pub explainability: Option<Markdown>,
    /// (Markdown) How a citizen gets insight into their own data.
    pub access: Option<Markdown>,
    /// (Markdown) Where the project is publicly described.
    pub publication: Option<Markdown>,
}

/// 2. Dignity.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Dignity {
    /// (Markdown) How privacy is respected.
    pub privacy: Option<Markdown>,
    /// (Markdown) The weighing of value, inconvenience and risk for the citizen against the gain.
    pub proportionality: Option<Markdown>,
    /// (Markdown) How the citizen's self-determination is respected.
    pub self_determination: Option<Markdown>,
}

/// 3. Equality, objectivity and fairness.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Equality {
    /// (Markdown) How bias will be tested (enough in idea and analysis).
    pub bias_test_plan: Option<Markdown>,
    /// Bias tests carried out.
    pub bias_tests: Option<Vec<BiasTest>>,
    /// (Markdown) Why some default attributes (gender, age, ethnicity) were not tested.
    pub attributes_reason: Option<Markdown>,
    /// (Markdown) Which professional backgrounds and departments reviewed the results.
    pub diverse_review: Option<Markdown>,
    /// (Markdown) Variables that may stand in for protected attributes, and how they are handled.
    pub proxies: Option<Markdown>,
}

/// The fairness metric a bias test reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Metric {
    /// min selection rate / max selection rate (four-fifths rule).
    DisparateImpactRatio,
    /// max selection rate - min selection rate.
    DemographicParityDifference,
    /// max true-positive rate - min true-positive rate.
    EqualOpportunityDifference,
    /// Another metric, described in `method`.
    Other,
}

impl Metric {
    /// The key as written in YAML and evidence files.
    pub fn key(self) -> &'static str {
        match self {
            Metric::DisparateImpactRatio => "disparate_impact_ratio",
            Metric::DemographicParityDifference => "demographic_parity_difference",
            Metric::EqualOpportunityDifference => "equal_opportunity_difference",
            Metric::Other => "other",
        }
    }
}

/// One bias test.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct BiasTest {
    /// When the test was run.
    pub date: Option<Date>,
    /// How it was run.
    pub method: Option<String>,
    /// The attributes tested, e.g. gender, age, ethnicity.
    pub attributes: Option<Vec<String>>,
    /// The metric reported.
    pub metric: Option<Metric>,
    /// The metric's value.
    pub value: Option<f64>,
    /// The threshold it was judged against.
    pub threshold: Option<f64>,
    /// Whether the test passed.
    pub passed: Option<bool>,
    /// Evidence file written by `dataetik bias`, relative to the assessments directory.
    pub evidence: Option<String>,
    /// (Markdown) What was done about a failed test.
    pub mitigation: Option<Markdown>,
}

/// 4. Professional integrity.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Integrity {
    /// The professions involved in developing and using the solution.
    pub professionals_involved: Option<Vec<String>>,
    /// (Markdown) How it supports and qualifies professional work.
    pub professional_value: Option<Markdown>,
    /// (Markdown) How staff can stand behind decisions and disagree with the data.
    pub human_judgement: Option<Markdown>,
}

/// 5. Accountability.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Accountability {
    /// (Markdown) Data-security measures.
    pub security: Option<Markdown>,
    /// (Markdown) The specialists involved.
    pub competences: Option<Markdown>,
    /// (Markdown) Legislation considered besides the policy.
    pub legislation: Option<Markdown>,
    /// (Markdown) How results, drift and fairness are followed in operation.
    pub monitoring: Option<Markdown>,
    /// (Markdown) How the solution is switched off or rolled back if it harms.
    pub rollback: Option<Markdown>,
    /// Who approved the project.
    pub approval: Option<Approval>,
}

/// Levels of the approval ladder.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum ApprovalLevel {
    /// The unit's manager.
    UnitManager,
    /// The department's director.
    Director,
    /// The executive board (direktionen).
    ExecutiveBoard,
    /// A political committee or the council.
    Political,
}

impl ApprovalLevel {
    /// The key as written in YAML and policy files.
    pub fn key(self) -> &'static str {
        match self {
            ApprovalLevel::UnitManager => "unit_manager",
            ApprovalLevel::Director => "director",
            ApprovalLevel::ExecutiveBoard => "executive_board",
            ApprovalLevel::Political => "political",
        }
    }
}

/// A recorded approval.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Approval {
    /// unit_manager, director, executive_board or political.
    pub level: Option<ApprovalLevel>,
    /// The body or role that approved, not a person's name.
    pub by: Option<String>,
    /// When.
    pub date: Option<Date>,
    /// Case number.
    pub reference: Option<String>,
}

/// Fundamental-rights impact assessment status (AI Act art. 27).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum FriaStatus {
    /// Carried out.
    Done,
    /// Planned.
    Planned,
    /// Not required.
    NotRequired,
}

/// EU AI Act classification.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AiAct {
    /// The system is high-risk under Annex III.
    pub high_risk: Option<bool>,
    /// The Annex III point, e.g. "5(a)".
    pub annex_iii: Option<String>,
    /// Fundamental-rights impact assessment status.
    pub fria: Option<FriaStatus>,
}

/// A supplier's role.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum SupplierRole {
    /// Processes personal data on the municipality's behalf.
    DataProcessor,
    /// Develops the solution.
    Developer,
    /// Operates the solution.
    Operator,
    /// Another role.
    Other,
}

/// A data-processing agreement (databehandleraftale).
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Dpa {
    /// The agreement's reference.
    pub reference: Option<String>,
    /// When it was signed.
    pub date: Option<Date>,
}

/// A supplier involved in the project.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Supplier {
    /// The company.
    pub name: Option<String>,
    /// data_processor, developer, operator or other.
    pub role: Option<SupplierRole>,
    /// The supplier processes personal data.
    pub processes_personal_data: Option<bool>,
    /// The data-processing agreement.
    pub dpa: Option<Dpa>,
    /// Committed to the UN Global Compact (environment, labour, anti-corruption).
    pub global_compact: Option<bool>,
    /// (Markdown) Supply-chain human-rights due diligence.
    pub due_diligence: Option<Markdown>,
}

/// An approved exception from one rule.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Waiver {
    /// The rule id, e.g. EQU-003.
    pub rule: Option<String>,
    /// (Markdown) Why the exception is justified.
    pub reason: Option<Markdown>,
    /// The body or role that approved it.
    pub approved_by: Option<String>,
    /// When it was approved.
    pub date: Option<Date>,
    /// When it expires: at most 12 months after `date`.
    pub expires: Option<Date>,
}

impl Assessment {
    /// The lifecycle phase, if given and valid.
    pub fn phase(&self) -> Option<Phase> {
        self.lifecycle.as_ref().and_then(|l| l.phase)
    }

    /// The automation kind, if given and valid.
    pub fn automation_kind(&self) -> Option<AutomationKind> {
        self.automation.as_ref().and_then(|a| a.kind)
    }

    /// True when the project uses personal data.
    pub fn personal_data(&self) -> bool {
        self.data
            .as_ref()
            .and_then(|d| d.personal_data)
            .unwrap_or(false)
    }

    /// The equality section, if any.
    pub fn equality(&self) -> Option<&Equality> {
        self.principles.as_ref().and_then(|p| p.equality.as_ref())
    }

    /// Recorded bias tests.
    pub fn bias_tests(&self) -> &[BiasTest] {
        self.equality()
            .and_then(|e| e.bias_tests.as_deref())
            .unwrap_or(&[])
    }

    /// The recorded approval, if any.
    pub fn approval(&self) -> Option<&Approval> {
        self.principles
            .as_ref()
            .and_then(|p| p.accountability.as_ref())
            .and_then(|a| a.approval.as_ref())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strict_dates() {
        assert!(Date::parse("2025-05-12").is_some());
        assert!(Date::parse("2025-02-30").is_none());
        assert!(Date::parse("2025-5-12").is_none());
        assert!(Date::parse("12-05-2025").is_none());
    }
}
