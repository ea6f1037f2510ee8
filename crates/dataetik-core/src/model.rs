//! The typed assessment: one data project, as described in its YAML file (docs/assessment-format.md).
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

/// How precisely a [`PartialDate`] is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum DatePrecision {
    /// Only the year (`2016`).
    Year,
    /// The year and month (`2016-03`).
    Month,
    /// The full date (`2016-03-14`).
    Day,
}

/// A date that may be known only to the month or the year (schema_version 2:
/// `lifecycle.started` and `lifecycle.ended` only; every other date is a full [`Date`]).
///
/// Real records often say no more than "stopped in 2021" or "started March 2016", and inventing
/// a day would be wrong. A partial date stands for every day it can mean: use
/// [`PartialDate::earliest`] and [`PartialDate::latest`] (or the comparison helpers) instead of
/// picking one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PartialDate {
    /// `YYYY`.
    Year(i16),
    /// `YYYY-MM`.
    Month(i16, i8),
    /// `YYYY-MM-DD`.
    Day(Date),
}

impl PartialDate {
    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (strictly: four-digit year, two-digit month and
    /// day, a day that exists).
    pub fn parse(s: &str) -> Option<PartialDate> {
        let b = s.as_bytes();
        let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
        match b.len() {
            4 if digits(0..4) => {
                let y: i16 = s.parse().ok()?;
                // The same range as a full date (jiff's civil dates).
                jiff::civil::Date::new(y, 1, 1).ok()?;
                Some(PartialDate::Year(y))
            }
            7 if digits(0..4) && b[4] == b'-' && digits(5..7) => {
                let y: i16 = s[0..4].parse().ok()?;
                let m: i8 = s[5..7].parse().ok()?;
                jiff::civil::Date::new(y, m, 1).ok()?;
                Some(PartialDate::Month(y, m))
            }
            10 => Date::parse(s).map(PartialDate::Day),
            _ => None,
        }
    }

    /// How precisely the date is known.
    pub fn precision(self) -> DatePrecision {
        match self {
            PartialDate::Year(_) => DatePrecision::Year,
            PartialDate::Month(..) => DatePrecision::Month,
            PartialDate::Day(_) => DatePrecision::Day,
        }
    }

    /// The full date, when the day is known.
    pub fn full(self) -> Option<Date> {
        match self {
            PartialDate::Day(d) => Some(d),
            _ => None,
        }
    }

    /// The year.
    pub fn year(self) -> i16 {
        match self {
            PartialDate::Year(y) | PartialDate::Month(y, _) => y,
            PartialDate::Day(d) => d.0.year(),
        }
    }

    /// The first day the date can mean (1 January for a year, the 1st for a month).
    pub fn earliest(self) -> Date {
        match self {
            PartialDate::Year(y) => Date(jiff::civil::date(y, 1, 1)),
            PartialDate::Month(y, m) => Date(jiff::civil::date(y, m, 1)),
            PartialDate::Day(d) => d,
        }
    }

    /// The last day the date can mean (31 December for a year, the month's last day).
    pub fn latest(self) -> Date {
        match self {
            PartialDate::Year(y) => Date(jiff::civil::date(y, 12, 31)),
            PartialDate::Month(y, m) => Date(jiff::civil::date(y, m, 1).last_of_month()),
            PartialDate::Day(d) => d,
        }
    }

    /// True when `day` is one of the days the date can mean.
    pub fn contains(self, day: Date) -> bool {
        self.earliest() <= day && day <= self.latest()
    }

    /// True when every day this date can mean is before every day `other` can mean
    /// (`2021` is certainly before `2022-01`; `2021` is not certainly before `2021-06`).
    pub fn certainly_before(self, other: PartialDate) -> bool {
        self.latest() < other.earliest()
    }

    /// True when some day this date can mean is before some day `other` can mean.
    pub fn possibly_before(self, other: PartialDate) -> bool {
        self.earliest() < other.latest()
    }

    /// True when every day this date can mean is before `day`.
    pub fn certainly_before_day(self, day: Date) -> bool {
        self.latest() < day
    }

    /// True when every day this date can mean is after `day`.
    pub fn certainly_after_day(self, day: Date) -> bool {
        self.earliest() > day
    }

    /// True when the date can fall in `year` (a project started `2016-03` overlaps 2016 only).
    pub fn overlaps_year(self, year: i16) -> bool {
        self.earliest().0.year() <= year && year <= self.latest().0.year()
    }
}

impl From<Date> for PartialDate {
    fn from(d: Date) -> Self {
        PartialDate::Day(d)
    }
}

/// True when a project that ran from `started` to `ended` (`None`: still running) can have been
/// running at some time in `year`. Unknown days count in the project's favour: `started: 2016`
/// overlaps 2016, `ended: 2021` overlaps 2021.
pub fn lifecycle_overlaps_year(
    started: Option<PartialDate>,
    ended: Option<PartialDate>,
    year: i16,
) -> bool {
    started.is_none_or(|s| s.earliest().0.year() <= year)
        && ended.is_none_or(|e| e.latest().0.year() >= year)
}

impl std::fmt::Display for PartialDate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PartialDate::Year(y) => write!(f, "{y:04}"),
            PartialDate::Month(y, m) => write!(f, "{y:04}-{m:02}"),
            PartialDate::Day(d) => write!(f, "{d}"),
        }
    }
}

impl Serialize for PartialDate {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// What a partial date must look like, in serde's words (turned into Danish by the loader).
pub const PARTIAL_DATE_EXPECTED: &str = "a date written as YYYY-MM-DD, YYYY-MM or YYYY";

impl<'de> Deserialize<'de> for PartialDate {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl serde::de::Visitor<'_> for V {
            type Value = PartialDate;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(PARTIAL_DATE_EXPECTED)
            }
            fn visit_str<E: serde::de::Error>(self, s: &str) -> Result<PartialDate, E> {
                PartialDate::parse(s).ok_or_else(|| {
                    if s.len() == 10 && Date::parse(s).is_none() && shaped_like_date(s) {
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
            fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<PartialDate, E> {
                self.visit_str(&v.to_string())
            }
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<PartialDate, E> {
                self.visit_str(&v.to_string())
            }
        }
        d.deserialize_str(V)
    }
}

impl JsonSchema for PartialDate {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "PartialDate".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        // YAML reads `started: 2016` as a number, so editors see an integer.
        schemars::json_schema!({
            "anyOf": [
                {
                    "type": "string",
                    "pattern": "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"
                },
                { "type": "integer", "minimum": 1000, "maximum": 9999 }
            ],
            "description": "A date written as YYYY-MM-DD, or YYYY-MM or YYYY when only the month or year is known (schema_version 2)."
        })
    }
}

fn shaped_like_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
}

/// One data project's assessment: the whole file.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "dataetik assessment",
    description = "One data project's data-ethics assessment (dataetik, schema_version 1 or 2)."
)]
pub struct Assessment {
    /// Format version: 2 (current) or 1. `dataetik migrate` rewrites a version 1 file to version 2.
    #[schemars(range(min = 1, max = 2))]
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
    /// What the data is used for: statistics, analysis, selection, decision support or automated decisions.
    pub automation: Option<Automation>,
    /// (schema_version 2) The consequence for the person: what the system's output leads to, and
    /// whether it can be undone.
    pub impact: Option<Impact>,
    /// (schema_version 2) Risk management: the risks identified, how likely and how serious they
    /// are, and what is done about them.
    pub risks: Option<Vec<RiskEntry>>,
    /// (schema_version 2, Markdown) External oversight: an ethics board, a supervisory
    /// committee, an auditor or a supervisory authority.
    pub oversight: Option<Markdown>,
    /// (schema_version 2, Markdown) The dilemmas the committee should debate, laid open in the
    /// yearly report.
    pub debate: Option<Markdown>,
    /// (schema_version 2) Where the project is described elsewhere.
    pub links: Option<Links>,
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
    /// When work started (schema_version 2: YYYY-MM or YYYY when only that is known).
    pub started: Option<PartialDate>,
    /// When the project was completed or stopped (schema_version 2: YYYY-MM or YYYY when only
    /// that is known).
    pub ended: Option<PartialDate>,
    /// When the assessment is next reviewed (required in build and operation).
    pub next_review: Option<Date>,
    /// (Markdown) For completed/stopped projects: the result, and what happened to the data.
    pub outcome: Option<Markdown>,
    /// (schema_version 2) For completed/stopped projects: what happened to the data: deleted,
    /// anonymised, archived or retained.
    pub data_fate: Option<DataFate>,
    /// (schema_version 2) When the data was deleted, anonymised or archived (required unless
    /// retained).
    pub data_fate_date: Option<Date>,
}

/// What happened to a completed or stopped project's data (schema_version 2).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum DataFate {
    /// Deleted.
    Deleted,
    /// Anonymised, so it no longer concerns identifiable persons.
    Anonymised,
    /// Handed over to an archive (e.g. under the archives act).
    Archived,
    /// Kept by the municipality (say why under data.retention).
    Retained,
}

impl DataFate {
    /// The key as written in YAML.
    pub fn key(self) -> &'static str {
        match self {
            DataFate::Deleted => "deleted",
            DataFate::Anonymised => "anonymised",
            DataFate::Archived => "archived",
            DataFate::Retained => "retained",
        }
    }
}

/// What data the project uses.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Data {
    /// (schema_version 2) Whose data is used: citizens, children, employees, businesses.
    /// Default: citizens.
    pub subjects: Option<Vec<Subject>>,
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

/// Whose data a project uses (schema_version 2).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Subject {
    /// Adult residents and other citizens.
    Citizens,
    /// Children (under 18).
    Children,
    /// The municipality's own employees.
    Employees,
    /// Businesses, associations and other organisations.
    Businesses,
}

impl Subject {
    /// The key as written in YAML.
    pub fn key(self) -> &'static str {
        match self {
            Subject::Citizens => "citizens",
            Subject::Children => "children",
            Subject::Employees => "employees",
            Subject::Businesses => "businesses",
        }
    }
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
    /// (schema_version 2) Picks individuals for control, investigation or outreach; a person
    /// then acts on the pick.
    Selection,
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
            AutomationKind::Selection => "selection",
            AutomationKind::DecisionSupport => "decision_support",
            AutomationKind::AutomatedDecision => "automated_decision",
        }
    }
}

/// What the data is used for, and how.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Automation {
    /// statistics, analysis, selection (schema_version 2), decision_support or automated_decision.
    pub kind: Option<AutomationKind>,
    /// A trained model is used.
    pub machine_learning: Option<bool>,
    /// (Markdown) The model or method, in words a caseworker understands.
    pub method: Option<Markdown>,
    /// (Markdown) How a professional reviews, can disagree and override.
    pub human_review: Option<Markdown>,
    /// (Markdown) How a citizen can complain; required for automated decisions.
    pub appeal: Option<Markdown>,
    /// (schema_version 2) The variables the model or rules use, with any protected attribute
    /// and why using it is necessary and lawful.
    pub inputs: Option<Vec<Input>>,
    /// (schema_version 2) Measured quality, as the team measured it.
    pub performance: Option<Vec<Performance>>,
}

/// A protected attribute that an input is, or stands in for (schema_version 2).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Protected {
    /// Not a protected attribute (the default).
    None,
    /// Gender or sex.
    Gender,
    /// Age or date of birth.
    Age,
    /// Ethnic origin, nationality, language or country of birth.
    Ethnicity,
    /// Health, including mental health.
    Health,
    /// Religion or belief.
    Religion,
    /// Disability.
    Disability,
    /// Sexual orientation.
    SexualOrientation,
    /// Political opinion.
    Political,
    /// Trade-union membership.
    Union,
    /// Criminal offences and convictions.
    Criminal,
}

impl Protected {
    /// The key as written in YAML.
    pub fn key(self) -> &'static str {
        match self {
            Protected::None => "none",
            Protected::Gender => "gender",
            Protected::Age => "age",
            Protected::Ethnicity => "ethnicity",
            Protected::Health => "health",
            Protected::Religion => "religion",
            Protected::Disability => "disability",
            Protected::SexualOrientation => "sexual_orientation",
            Protected::Political => "political",
            Protected::Union => "union",
            Protected::Criminal => "criminal",
        }
    }
}

/// One variable a model or rule set uses (schema_version 2).
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Input {
    /// The variable, as the team calls it (e.g. herkomst, alder, antal underretninger).
    pub name: Option<String>,
    /// The protected attribute it is or stands in for: none (default), gender, age, ethnicity,
    /// health, religion, disability, sexual_orientation, political, union or criminal.
    pub protected: Option<Protected>,
    /// (Markdown) Why using it is necessary, lawful and not discriminating (required when
    /// protected is set).
    pub justification: Option<Markdown>,
}

impl Input {
    /// The protected attribute, when one is set (not `none`).
    pub fn protected_attribute(&self) -> Option<Protected> {
        self.protected.filter(|p| *p != Protected::None)
    }
}

/// A measure of a model's quality (schema_version 2).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum PerformanceMetric {
    /// Share of the people picked who were rightly picked.
    Precision,
    /// Share of the people who should be picked who were picked.
    Recall,
    /// Area under the ROC curve.
    Auc,
    /// Share of all predictions that were right.
    Accuracy,
    /// Root mean squared error (for numbers).
    Rmse,
    /// Mean absolute error (for numbers).
    Mae,
    /// Another measure, described in `population`.
    Other,
}

impl PerformanceMetric {
    /// The key as written in YAML.
    pub fn key(self) -> &'static str {
        match self {
            PerformanceMetric::Precision => "precision",
            PerformanceMetric::Recall => "recall",
            PerformanceMetric::Auc => "auc",
            PerformanceMetric::Accuracy => "accuracy",
            PerformanceMetric::Rmse => "rmse",
            PerformanceMetric::Mae => "mae",
            PerformanceMetric::Other => "other",
        }
    }
}

/// One measurement of a model's quality (schema_version 2).
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Performance {
    /// precision, recall, auc, accuracy, rmse, mae or other.
    pub metric: Option<PerformanceMetric>,
    /// The measured value.
    pub value: Option<f64>,
    /// (Markdown) On what data it was measured.
    pub population: Option<Markdown>,
    /// When it was measured.
    pub date: Option<Date>,
}

/// What the system's output leads to for the person (schema_version 2).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Effect {
    /// No consequence for any person.
    None,
    /// The person is informed of something.
    Information,
    /// The person is offered something they may decline.
    Offer,
    /// A service is arranged or prioritised for the person (e.g. routing, waiting order).
    Service,
    /// A benefit is granted or refused.
    Benefit,
    /// The person is investigated or controlled.
    Investigation,
    /// A sanction: a benefit is cut, a fine or a repayment is imposed.
    Sanction,
    /// An intervention against the person's will, e.g. child protection.
    Intervention,
}

impl Effect {
    /// The key as written in YAML.
    pub fn key(self) -> &'static str {
        match self {
            Effect::None => "none",
            Effect::Information => "information",
            Effect::Offer => "offer",
            Effect::Service => "service",
            Effect::Benefit => "benefit",
            Effect::Investigation => "investigation",
            Effect::Sanction => "sanction",
            Effect::Intervention => "intervention",
        }
    }
}

/// Whether the consequence can be undone (schema_version 2).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Reversibility {
    /// Easily undone (a new decision, a correction).
    Reversible,
    /// Can be undone, but with effort or lasting traces.
    HardToReverse,
    /// Cannot be undone.
    Irreversible,
}

impl Reversibility {
    /// The key as written in YAML.
    pub fn key(self) -> &'static str {
        match self {
            Reversibility::Reversible => "reversible",
            Reversibility::HardToReverse => "hard_to_reverse",
            Reversibility::Irreversible => "irreversible",
        }
    }
}

/// The consequence for the person (schema_version 2; cf. Canada's AIA impact levels).
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Impact {
    /// none, information, offer, service, benefit, investigation, sanction or intervention.
    pub effect: Option<Effect>,
    /// reversible, hard_to_reverse or irreversible.
    pub reversibility: Option<Reversibility>,
}

/// Low, medium or high: a risk's likelihood or severity (schema_version 2).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Rating {
    /// Low.
    Low,
    /// Medium.
    Medium,
    /// High.
    High,
}

impl Rating {
    /// The key as written in YAML.
    pub fn key(self) -> &'static str {
        match self {
            Rating::Low => "low",
            Rating::Medium => "medium",
            Rating::High => "high",
        }
    }
}

/// One identified risk and what is done about it (schema_version 2; the Dutch register's
/// "Risicobeheer", the UK ATRS's tier 2 risks).
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RiskEntry {
    /// (Markdown) The risk, in words (required).
    #[serde(deserialize_with = "required_text")]
    #[schemars(length(min = 1))]
    pub risk: Markdown,
    /// low, medium or high.
    pub likelihood: Option<Rating>,
    /// low, medium or high.
    pub severity: Option<Rating>,
    /// (Markdown) What is done to prevent or limit it.
    pub mitigation: Option<Markdown>,
    /// Who follows up: a role, not a name.
    pub owner: Option<String>,
}

/// What a required text must be, in serde's words (turned into Danish by the loader).
pub const REQUIRED_TEXT_EXPECTED: &str = "a text that is not empty";

/// A text that must be written (not null, not empty or whitespace only).
fn required_text<'de, D: serde::Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    let s = String::deserialize(d)?;
    if s.trim().is_empty() {
        return Err(serde::de::Error::invalid_value(
            serde::de::Unexpected::Str(&s),
            &REQUIRED_TEXT_EXPECTED,
        ));
    }
    Ok(s)
}

/// Where the project is described elsewhere (schema_version 2).
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Links {
    /// The project's public page (satisfies transparency.publication).
    pub public_page: Option<String>,
    /// The source code.
    pub source_code: Option<String>,
    /// The record in a national or the municipality's own algorithm register.
    pub register: Option<String>,
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
    /// A sub-processor (underdatabehandler) that the project deals with directly.
    SubProcessor,
    /// Delivers hardware (PCs, screens, phones, sensors).
    Hardware,
    /// Another role.
    Other,
}

/// What kind of organisation a supplier is (schema_version 2).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum SupplierKind {
    /// A private company (the default); the UN Global Compact applies.
    Company,
    /// A public authority or a municipal partnership.
    Public,
    /// A university or research institution.
    Research,
}

impl SupplierKind {
    /// The key as written in YAML.
    pub fn key(self) -> &'static str {
        match self {
            SupplierKind::Company => "company",
            SupplierKind::Public => "public",
            SupplierKind::Research => "research",
        }
    }
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
    /// (schema_version 2) The id of a supplier file in the register's supplier directory
    /// (`suppliers/<id>.yaml`): the entry then needs only `role` and `processes_personal_data`,
    /// and everything else about the supplier is read from its file.
    pub supplier: Option<String>,
    /// The company, authority or institution.
    pub name: Option<String>,
    /// (schema_version 2) company (default), public or research; the Global Compact applies to
    /// companies only.
    pub kind: Option<SupplierKind>,
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
    /// (schema_version 2) Who granted it, on the approval ladder: unit_manager, director,
    /// executive_board or political.
    pub level: Option<ApprovalLevel>,
    /// (Markdown) Why the exception is justified.
    pub reason: Option<Markdown>,
    /// The body or role that approved it.
    pub approved_by: Option<String>,
    /// When it was approved.
    pub date: Option<Date>,
    /// When it expires: at most 12 months after `date`.
    pub expires: Option<Date>,
}

impl Supplier {
    /// The supplier's kind; `company` when not given.
    pub fn kind_or_default(&self) -> SupplierKind {
        self.kind.unwrap_or(SupplierKind::Company)
    }
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

    /// The data subjects; `[citizens]` when not given (the version-2 default).
    pub fn subjects(&self) -> Vec<Subject> {
        match self.data.as_ref().and_then(|d| d.subjects.as_deref()) {
            Some(s) if !s.is_empty() => s.to_vec(),
            _ => vec![Subject::Citizens],
        }
    }

    /// The inputs the model or rules use.
    pub fn inputs(&self) -> &[Input] {
        self.automation
            .as_ref()
            .and_then(|a| a.inputs.as_deref())
            .unwrap_or(&[])
    }

    /// The identified risks.
    pub fn risks(&self) -> &[RiskEntry] {
        self.risks.as_deref().unwrap_or(&[])
    }

    /// The effect on the person, if stated.
    pub fn effect(&self) -> Option<Effect> {
        self.impact.as_ref().and_then(|i| i.effect)
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

    fn pd(s: &str) -> PartialDate {
        PartialDate::parse(s).unwrap()
    }

    fn day(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    #[test]
    fn partial_dates_parse_strictly() {
        assert_eq!(pd("2016"), PartialDate::Year(2016));
        assert_eq!(pd("2016-03"), PartialDate::Month(2016, 3));
        assert_eq!(pd("2016-03-14"), PartialDate::Day(day("2016-03-14")));
        for bad in [
            "16",
            "2016-3",
            "2016-13",
            "2016-00",
            "2016-02-30",
            "2016-03-1",
            "marts 2016",
            "",
            "20161",
        ] {
            assert!(PartialDate::parse(bad).is_none(), "{bad}");
        }
        for s in ["2016", "2016-03", "2016-03-14"] {
            assert_eq!(pd(s).to_string(), s);
        }
        assert_eq!(pd("2016").precision(), DatePrecision::Year);
        assert_eq!(pd("2016-03-14").full(), Some(day("2016-03-14")));
        assert_eq!(pd("2016-03").full(), None);
    }

    #[test]
    fn partial_dates_span_every_day_they_can_mean() {
        assert_eq!(pd("2016").earliest(), day("2016-01-01"));
        assert_eq!(pd("2016").latest(), day("2016-12-31"));
        assert_eq!(pd("2024-02").latest(), day("2024-02-29"));
        assert_eq!(pd("2023-02").latest(), day("2023-02-28"));
        assert_eq!(pd("2016-03-14").earliest(), pd("2016-03-14").latest());
        assert!(pd("2016-03").contains(day("2016-03-31")));
        assert!(!pd("2016-03").contains(day("2016-04-01")));
        // Certainly before: every day of one is before every day of the other.
        assert!(pd("2021").certainly_before(pd("2022-01")));
        assert!(!pd("2021").certainly_before(pd("2021-06")));
        assert!(!pd("2021-06").certainly_before(pd("2021")));
        assert!(pd("2021-06").possibly_before(pd("2021")));
        assert!(!pd("2022").possibly_before(pd("2021-12-31")));
        assert!(pd("2021").certainly_before_day(day("2022-01-01")));
        assert!(!pd("2021").certainly_before_day(day("2021-12-31")));
        assert!(pd("2021-06").certainly_after_day(day("2021-05-31")));
        assert!(pd("2021-06").overlaps_year(2021));
        assert!(!pd("2021-06").overlaps_year(2022));
    }

    #[test]
    fn lifecycles_overlap_years_generously() {
        let (s, e) = (Some(pd("2016-03")), Some(pd("2021")));
        assert!(!lifecycle_overlaps_year(s, e, 2015));
        assert!(lifecycle_overlaps_year(s, e, 2016));
        assert!(lifecycle_overlaps_year(s, e, 2021));
        assert!(!lifecycle_overlaps_year(s, e, 2022));
        assert!(lifecycle_overlaps_year(s, None, 2030));
        assert!(lifecycle_overlaps_year(None, None, 1999));
    }

    #[test]
    fn strict_dates() {
        assert!(Date::parse("2025-05-12").is_some());
        assert!(Date::parse("2025-02-30").is_none());
        assert!(Date::parse("2025-5-12").is_none());
        assert!(Date::parse("12-05-2025").is_none());
    }
}
