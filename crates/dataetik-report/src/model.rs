//! The report model: everything the annual report shows, already localised and formatted.
//!
//! The model is a *view model*. Dates are written out ("12. maj 2025"), enum values carry their
//! Danish or English names ("høj", "I drift", "Beslutningsstøtte"), and Markdown fields are
//! parsed once into [`Markdown`]. Templates (Typst for the PDF, minijinja for the HTML page) only
//! lay it out, so the PDF, the HTML page and the JSON file can never disagree, and a
//! municipality that rewrites a template never has to reimplement formatting or risk rules.
//! The JSON output of the report is this model serialised.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::markdown::Markdown;

/// The whole annual report (*dataetisk redegørelse*) for one year, in one language.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReportModel {
    /// Title-page and document metadata.
    pub meta: Meta,
    /// Fixed texts of the report (headings, column names, ...) in the report's language, keyed
    /// by a stable English key, so templates are language-independent. See [`labels`].
    pub labels: BTreeMap<String, String>,
    /// Section 2: the summary for politicians.
    pub summary: Summary,
    /// Charts, drawn as SVG in Rust and shown identically in PDF and HTML.
    pub charts: Vec<Chart>,
    /// Section 3: the column heads of the principle marks in the overview table.
    pub overview_principles: Vec<PrincipleHead>,
    /// Section 3: one row per project.
    pub overview: Vec<OverviewRow>,
    /// Section 4: the policy in brief and how assessments are made.
    pub policy: PolicySection,
    /// Section 5: one section per selected project.
    pub projects: Vec<ProjectSection>,
    /// Section 6: completed and stopped projects.
    pub completed: Vec<CompletedProject>,
    /// Section 7: open points across projects, ranked by their consequence for the people
    /// affected (error-level gaps on high-risk projects first).
    pub attention: Vec<AttentionGroup>,
    /// Section 7: all suppliers across projects.
    pub suppliers: Vec<SupplierOverview>,
    /// The supplier chapter: who processes which projects' data, where, under which agreement;
    /// each project's processing chain (SVG and words); Global Compact, due diligence and what
    /// is overdue, from the supplier register.
    pub supplier_chapter: crate::suppliers::SupplierChapter,
    /// Section 8: the appendix.
    pub appendix: Appendix,
    /// What changed since the last report, read from the register's git history.
    pub changes: Changes,
    /// The appendix's audit trail: every project's history (date, subject, commit).
    pub history: Vec<ProjectHistory>,
}

/// One point of the agenda item (indstilling), completing its lead ("... indstiller, at
/// Økonomiudvalget").
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AgendaPoint {
    /// `decide`, `discuss` or `note`: what the committee is asked to do.
    pub kind: String,
    /// The point, naming projects, bodies and dates.
    pub text: String,
}

/// A dilemma a department has laid open for debate.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Dilemma {
    /// Project id.
    pub project_id: String,
    /// "Project (department, risiko høj)".
    pub heading: String,
    /// The department's text.
    pub text: Markdown,
}

/// A key figure: a label and its value, written.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct KeyFigure {
    /// What is counted.
    pub label: String,
    /// The value, written ("3", "6 i fem projekter, alle bestået").
    pub value: String,
}

/// A list of changes under one heading ("Nye projekter").
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ChangeGroup {
    /// Stable key (`new`, `completed`, `stopped`, `phase`, `risk`, `approvals`, `resolved`,
    /// `added`).
    pub id: String,
    /// The heading.
    pub heading: String,
    /// A lead sentence, when the list needs one.
    pub lead: Option<String>,
    /// One line per change.
    pub items: Vec<String>,
}

/// One of last year's open points and its status now.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LastYearPoint {
    /// Project title.
    pub project: String,
    /// The point, in plain words.
    pub point: String,
    /// `resolved`, `open`, `waived`, `ended` or `gone`.
    pub status: String,
    /// The status, written.
    pub status_text: String,
}

/// What changed since the last report.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Changes {
    /// Whether a history was available to compare with.
    pub available: bool,
    /// The opening sentence (what is compared with what), or why there is nothing to show.
    pub lead: String,
    /// How the comparison was made (shown when available).
    pub method: Option<String>,
    /// The lists of changes; empty when nothing changed.
    pub groups: Vec<ChangeGroup>,
    /// "Der er ingen ændringer ..." when available and nothing changed.
    pub none_text: Option<String>,
    /// Lead of the table of last year's open points.
    pub last_year_lead: Option<String>,
    /// Last year's open points with their status now.
    pub last_year: Vec<LastYearPoint>,
}

/// One commit in a project's history.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct HistoryEntry {
    /// Date, written.
    pub date: String,
    /// The commit subject, as written (CPR-like numbers masked).
    pub subject: String,
    /// The short commit id.
    pub commit: String,
}

/// A project's history, newest first.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProjectHistory {
    /// Project id.
    pub id: String,
    /// Title.
    pub title: String,
    /// The assessment file, relative to the register.
    pub file: String,
    /// The commits.
    pub entries: Vec<HistoryEntry>,
}

/// Title page and document metadata.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Meta {
    /// The municipality, e.g. "Gladsaxe Kommune" (document author).
    pub organisation: String,
    /// The document title, e.g. "Dataetisk redegørelse 2026".
    pub title: String,
    /// A one-line subtitle for the title page.
    pub subtitle: String,
    /// The report year.
    pub year: i32,
    /// The committee that receives the report, if configured.
    pub committee: Option<String>,
    /// The date the report is judged as of, ISO `YYYY-MM-DD`; the PDF's document date.
    pub as_of: String,
    /// The same date written for people ("12. maj 2026").
    pub as_of_text: String,
    /// Language code of the report (`da` or `en`): `lang` of the HTML and PDF.
    pub lang: String,
    /// The name of the policy the projects were checked against.
    pub policy_name: String,
    /// The program and version that produced the report, e.g. "dataetik 0.1.0".
    pub generator: String,
}

/// A count with its label, ready to print ("Igangværende: 3").
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LabelledCount {
    /// What is counted, localised.
    pub label: String,
    /// The count.
    pub count: u32,
}

/// Section 2: the summary for politicians.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Summary {
    /// An opening paragraph in plain language.
    pub lead: String,
    /// Projects in the report in total.
    pub total: u32,
    /// Projects started in the year.
    pub new: u32,
    /// Projects still active at the end of the period.
    pub ongoing: u32,
    /// Projects completed in the year.
    pub completed: u32,
    /// Projects stopped in the year.
    pub stopped: u32,
    /// The four counts above with labels, in display order.
    pub counts: Vec<LabelledCount>,
    /// Projects per department, largest first.
    pub by_department: Vec<LabelledCount>,
    /// Projects per phase, in phase order.
    pub by_phase: Vec<LabelledCount>,
    /// Projects per risk level, level 1 to 4 (all four listed, zeros included).
    pub by_risk: Vec<RiskCount>,
    /// Per principle: how many projects address it, have gaps, or have waived rules.
    pub coverage: Vec<Coverage>,
    /// Unresolved errors across projects.
    pub open_errors: u32,
    /// Unresolved warnings across projects.
    pub open_warnings: u32,
    /// Waived findings across projects.
    pub waived: u32,
    /// One sentence on the open findings ("Der er 3 uløste fejl og 5 advarsler ...").
    pub findings_text: String,
    /// The agenda item's lead ("Forvaltningen indstiller, at Økonomiudvalget").
    pub recommendation_lead: String,
    /// The agenda item's points: decisions first, then debate, then points to note.
    pub recommendation: Vec<AgendaPoint>,
    /// The lead of "Dilemmaer til debat".
    pub dilemmas_lead: String,
    /// Dilemmas the departments have described (`debate`).
    pub dilemmas: Vec<Dilemma>,
    /// Projects at high risk whose department has described no dilemma.
    pub dilemmas_missing: Vec<String>,
    /// The figures a politician uses.
    pub key_figures: Vec<KeyFigure>,
    /// The note under the key figures.
    pub key_figures_note: String,
}

/// Projects at one risk level.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RiskCount {
    /// The level, 1 to 4.
    pub level: u8,
    /// Its name ("lav", "middel", "høj", "meget høj").
    pub name: String,
    /// Number of projects.
    pub count: u32,
}

/// How the projects fare on one principle.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Coverage {
    /// Principle number in the policy, 1 to 5.
    pub number: u8,
    /// Principle id (`transparency`, ...).
    pub id: String,
    /// Principle name, localised.
    pub name: String,
    /// Projects with no open finding under this principle.
    pub addressed: u32,
    /// Projects with at least one open finding under this principle.
    pub gaps: u32,
    /// Projects whose only findings under this principle are waived.
    pub waived: u32,
}

/// A chart as SVG, with the texts that make it accessible.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Chart {
    /// Stable id, unique in the report (`phase`, `department`, `risk`, `coverage`).
    pub id: String,
    /// The chart title (also the SVG `<title>`).
    pub title: String,
    /// Alternative text stating the data in words (also the SVG `<desc>`, and PDF alt text).
    pub alt: String,
    /// The SVG document.
    pub svg: String,
}

/// A column head for a principle mark in the overview table.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PrincipleHead {
    /// Principle number, 1 to 5.
    pub number: u8,
    /// Principle id.
    pub id: String,
    /// Full name.
    pub name: String,
    /// Short name for a narrow column ("Gennemsigtighed").
    pub short: String,
}

/// How a project stands on one principle.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MarkKind {
    /// No open finding under the principle.
    Addressed,
    /// At least one open finding under the principle.
    Gaps,
    /// Findings exist but are all waived.
    Waived,
}

/// A principle mark with its printed text (never colour alone).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Mark {
    /// Principle id.
    pub principle: String,
    /// The state.
    pub mark: MarkKind,
    /// The printed text ("Behandlet", "Mangler", "Dispensation").
    pub text: String,
}

/// One row of the overview table.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OverviewRow {
    /// Project id.
    pub id: String,
    /// Project title.
    pub title: String,
    /// Department.
    pub department: String,
    /// Phase name.
    pub phase: String,
    /// Automation kind name.
    pub automation: String,
    /// Risk level 1 to 4.
    pub risk_level: u8,
    /// Risk level name.
    pub risk_name: String,
    /// One mark per principle, in policy order.
    pub marks: Vec<Mark>,
    /// Whether the project is a high-risk AI system under the AI Act (None: not stated).
    pub ai_act_high_risk: Option<bool>,
    /// The printed AI Act value ("Ja", "Nej", "Ikke angivet", "Ikke relevant").
    pub ai_act_text: String,
}

/// Section 4: the policy in brief.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PolicySection {
    /// Policy name.
    pub name: String,
    /// Introductory text.
    pub intro: Markdown,
    /// The principles.
    pub principles: Vec<PolicyPrinciple>,
    /// How assessments are made and checked.
    pub how: Markdown,
    /// The risk factors and their points.
    pub risk_factors: Vec<RiskFactor>,
    /// The risk levels with point ranges and required approval.
    pub levels: Vec<RiskLevelRow>,
}

/// A principle of the policy.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PolicyPrinciple {
    /// Number, 1 to 5.
    pub number: u8,
    /// Id.
    pub id: String,
    /// Name.
    pub name: String,
    /// A short paraphrase.
    pub summary: String,
}

/// A risk factor and its points.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RiskFactor {
    /// What gives points.
    pub label: String,
    /// The points, written ("2", "0–5").
    pub points: String,
}

/// A risk level.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RiskLevelRow {
    /// Level, 1 to 4.
    pub level: u8,
    /// Name.
    pub name: String,
    /// Point range, written ("4–7").
    pub range: String,
    /// The approval the level requires ("Direktør").
    pub approval: String,
}

/// Section 5: one project.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProjectSection {
    /// Project id (also an anchor in the HTML page).
    pub id: String,
    /// Title.
    pub title: String,
    /// Department.
    pub department: String,
    /// Unit within the department, if given.
    pub unit: Option<String>,
    /// Accountable role.
    pub responsible: String,
    /// Functional contact mailbox.
    pub contact: Option<String>,
    /// Phase name.
    pub phase: String,
    /// Start date, written.
    pub started: String,
    /// End date, written (completed/stopped projects).
    pub ended: Option<String>,
    /// Next review date, written.
    pub next_review: Option<String>,
    /// Estimated number of citizens affected, written ("4.000").
    pub citizens_affected: Option<String>,
    /// Vulnerable groups, localised names.
    pub vulnerable_groups: Vec<String>,
    /// Why: the professional or welfare problem.
    pub purpose: Markdown,
    /// Plain-language description.
    pub summary: Markdown,
    /// Legal basis (hjemmel).
    pub legal_basis: Option<Markdown>,
    /// Facts about the data.
    pub data: DataFacts,
    /// The automation.
    pub automation: AutomationFacts,
    /// The risk level and how it was computed.
    pub risk: RiskFacts,
    /// The approval the risk level requires ("Direktionen").
    pub required_approval: String,
    /// The approval recorded in the assessment.
    pub approval: Option<ApprovalFacts>,
    /// Each principle's considerations.
    pub principles: Vec<ProjectPrinciple>,
    /// Bias tests, newest last.
    pub bias_tests: Vec<BiasTestRow>,
    /// Suppliers.
    pub suppliers: Vec<SupplierFacts>,
    /// Waivers.
    pub waivers: Vec<WaiverFacts>,
    /// Unresolved findings, stated plainly.
    pub findings: Vec<FindingFacts>,
    /// EU AI Act classification.
    pub ai_act: Option<AiActFacts>,
    /// Whose data: "Borgere", "Børn og borgere".
    pub subjects: String,
    /// The dilemmas the department lays open for debate.
    pub debate: Option<Markdown>,
    /// "25. november 2026": the last commit that touched the assessment, if known.
    pub last_changed: Option<String>,
}

/// A yes/no fact with its printed value.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Fact {
    /// What the fact is about ("Personoplysninger").
    pub label: String,
    /// The value.
    pub value: bool,
    /// The printed value ("Ja"/"Nej").
    pub text: String,
}

/// A data source.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SourceFacts {
    /// The system.
    pub system: String,
    /// What is taken from it.
    pub description: Option<String>,
}

/// Facts about the data of a project.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DataFacts {
    /// Personal data, sensitive data, CPR, combining sources, profiling, shared with third
    /// parties, in that order.
    pub facts: Vec<Fact>,
    /// Data sources.
    pub sources: Vec<SourceFacts>,
    /// Retention.
    pub retention: Option<Markdown>,
    /// Minimisation.
    pub minimisation: Option<Markdown>,
    /// Sharing with third parties.
    pub sharing: Option<Markdown>,
    /// The DPIA (konsekvensanalyse), if stated.
    pub dpia: Option<DpiaFacts>,
}

/// The data-protection impact assessment of a project.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DpiaFacts {
    /// Printed status ("Gennemført", "Planlagt", "Ikke påkrævet").
    pub status: String,
    /// Case reference.
    pub reference: Option<String>,
    /// Date, written.
    pub date: Option<String>,
    /// Why it is not required.
    pub reason: Option<Markdown>,
}

/// The automation of a project.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AutomationFacts {
    /// Kind name ("Beslutningsstøtte").
    pub kind: String,
    /// Machine learning used.
    pub machine_learning: bool,
    /// Printed machine-learning value ("Ja"/"Nej").
    pub machine_learning_text: String,
    /// The method, in words a caseworker understands.
    pub method: Option<Markdown>,
    /// How professionals review and override.
    pub human_review: Option<Markdown>,
    /// How a citizen complains.
    pub appeal: Option<Markdown>,
}

/// One contribution to the risk points.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RiskPart {
    /// What gives the points ("Profilering").
    pub label: String,
    /// The points.
    pub points: u32,
}

/// A project's risk level and how it was computed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RiskFacts {
    /// Total points.
    pub points: u32,
    /// Level 1 to 4.
    pub level: u8,
    /// Level name.
    pub name: String,
    /// The contributions, in policy order (zero contributions left out).
    pub breakdown: Vec<RiskPart>,
}

/// A recorded approval.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ApprovalFacts {
    /// Level name ("Direktionen").
    pub level: String,
    /// The approving body or role.
    pub by: String,
    /// Date, written.
    pub date: String,
    /// Case reference.
    pub reference: Option<String>,
    /// Whether the level meets what the risk level requires.
    pub sufficient: bool,
}

/// One consideration of a principle ("Borgerinformation": text).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Consideration {
    /// The consideration's name.
    pub label: String,
    /// The text; `None` when not written (printed as "Ikke beskrevet").
    pub md: Option<Markdown>,
}

/// A project's considerations under one principle.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProjectPrinciple {
    /// Principle id.
    pub id: String,
    /// Principle number.
    pub number: u8,
    /// Principle name.
    pub name: String,
    /// The project's state on it.
    pub mark: MarkKind,
    /// Printed state.
    pub mark_text: String,
    /// The considerations in policy order.
    pub considerations: Vec<Consideration>,
}

/// One bias test.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BiasTestRow {
    /// Date, written.
    pub date: String,
    /// Method.
    pub method: String,
    /// Attributes tested, localised and joined ("køn, alder, etnicitet").
    pub attributes: String,
    /// Metric name, localised.
    pub metric: String,
    /// Value, written ("0,91").
    pub value: String,
    /// Threshold, written ("0,80").
    pub threshold: String,
    /// Passed.
    pub passed: bool,
    /// Printed result ("Bestået"/"Ikke bestået").
    pub passed_text: String,
    /// Evidence file reference, if any.
    pub evidence: Option<String>,
    /// Groups in the evidence file ("kvinde, mand"; suppressed groups named as such).
    pub groups: Option<String>,
    /// Mitigation when the test failed.
    pub mitigation: Option<Markdown>,
}

/// A supplier of one project.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SupplierFacts {
    /// Name.
    pub name: String,
    /// Role name ("Databehandler").
    pub role: String,
    /// Data processing agreement, written ("DBA 2025-07 af 1. marts 2025"), or None.
    pub dpa: Option<String>,
    /// Committed to the UN Global Compact.
    pub global_compact: bool,
    /// Printed Global Compact value.
    pub global_compact_text: String,
    /// Human-rights due diligence in the supply chain.
    pub due_diligence: Option<Markdown>,
}

/// A waiver of a rule.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WaiverFacts {
    /// Rule id.
    pub rule: String,
    /// Rule title.
    pub rule_title: String,
    /// Why.
    pub reason: Markdown,
    /// Approving body.
    pub approved_by: String,
    /// Date, written.
    pub date: String,
    /// Expiry, written.
    pub expires: String,
    /// Whether the waiver has expired as of the report date.
    pub expired: bool,
}

/// An unresolved finding, stated plainly.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FindingFacts {
    /// Rule id.
    pub rule: String,
    /// `error`, `warning` or `note`.
    pub severity: String,
    /// Printed severity ("Fejl", "Advarsel", "Note").
    pub severity_text: String,
    /// Principle name.
    pub principle: String,
    /// The plain sentence.
    pub message: String,
    /// What to write to resolve it (the technical appendix and the data teams).
    pub help: String,
    /// `high`, `medium` or `low`: the consequence for the people affected.
    pub consequence: String,
}

/// A project's EU AI Act classification.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AiActFacts {
    /// High-risk under Annex III (None: not stated).
    pub high_risk: Option<bool>,
    /// Printed high-risk value.
    pub high_risk_text: String,
    /// The Annex III point.
    pub annex_iii: Option<String>,
    /// Printed FRIA status.
    pub fria: Option<String>,
}

/// Section 6: a completed or stopped project.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CompletedProject {
    /// Project id.
    pub id: String,
    /// Title.
    pub title: String,
    /// Department.
    pub department: String,
    /// Phase name ("Afsluttet", "Stoppet").
    pub phase: String,
    /// End date, written.
    pub ended: String,
    /// Result, and what happened to the data.
    pub outcome: Markdown,
    /// The retention text, for what happens to the data from here.
    pub retention: Option<Markdown>,
}

/// Open points of one consequence level, most serious first.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AttentionGroup {
    /// The consequence for the people affected: `high`, `medium` or `low`.
    pub consequence: String,
    /// The group's heading.
    pub heading: String,
    /// The findings.
    pub items: Vec<AttentionItem>,
}

/// One unresolved finding in the attention list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AttentionItem {
    /// Project id.
    pub project_id: String,
    /// Project title.
    pub project: String,
    /// Rule id.
    pub rule: String,
    /// `error`, `warning` or `note`.
    pub severity: String,
    /// Printed severity.
    pub severity_text: String,
    /// The plain sentence.
    pub message: String,
    /// Principle name.
    pub principle: String,
    /// `high`, `medium` or `low`: the consequence for the people affected.
    pub consequence: String,
}

/// A supplier across projects.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SupplierOverview {
    /// Name.
    pub name: String,
    /// Titles of the projects it serves, joined.
    pub projects: String,
    /// Role names, joined.
    pub roles: String,
    /// Printed DPA status ("Ja"/"Mangler"/"Ikke relevant").
    pub dpa_text: String,
    /// Printed Global Compact status.
    pub global_compact_text: String,
}

/// Section 8: the appendix.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Appendix {
    /// The rule catalogue of the policy.
    pub rules: Vec<RuleRow>,
    /// Terms a politician may not know.
    pub glossary: Vec<GlossaryEntry>,
}

/// One rule in the catalogue.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RuleRow {
    /// Rule id.
    pub id: String,
    /// `error`, `warning` or `note`.
    pub severity: String,
    /// Printed severity.
    pub severity_text: String,
    /// Principle name.
    pub principle: String,
    /// Title.
    pub title: String,
    /// When it fires.
    pub fires_when: String,
}

/// A glossary entry.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GlossaryEntry {
    /// The term.
    pub term: String,
    /// Its explanation.
    pub explanation: String,
}

/// The fixed texts of the report in `lang`, keyed by stable English keys. Templates look texts
/// up here (`labels.summary`), so one template serves both languages and a municipality that
/// overrides a template keeps the translations.
pub fn labels(lang: dataetik_core::i18n::Lang) -> BTreeMap<String, String> {
    let cat = lang.catalogue();
    LABEL_KEYS
        .iter()
        .map(|k| {
            let id = format!("report-label-{}", k.replace('_', "-"));
            (k.to_string(), cat.text(&id, None))
        })
        .collect()
}

/// The keys of [`labels`]; each has the message `report-label-<key>` (dashes for underscores) in
/// the catalogue (`locales/*/report-labels.ftl`).
pub const LABEL_KEYS: &[&str] = &[
    "toc",
    "skip",
    "page",
    "of",
    "date",
    "committee",
    "as_of",
    "policy",
    "generated_by",
    "summary",
    "key_figures",
    "by_department",
    "by_risk",
    "coverage",
    "open_findings",
    "recommendation",
    "dilemmas",
    "figure",
    "changes",
    "last_year_points",
    "point_last_year",
    "status_now",
    "subjects",
    "last_changed",
    "last_changed_unknown",
    "waiver_from",
    "debate",
    "history_appendix",
    "history_intro",
    "no_history",
    "change",
    "version",
    "charts",
    "overview",
    "overview_intro",
    "project",
    "department",
    "unit",
    "phase",
    "automation",
    "risk_level",
    "ai_act_high_risk",
    "ai_act_short",
    "count",
    "principle",
    "addressed",
    "gaps",
    "waived",
    "marks_legend",
    "the_policy",
    "principles",
    "how_assessed",
    "risk_factors",
    "factor",
    "points",
    "levels",
    "level",
    "range",
    "approval_required",
    "projects",
    "responsible",
    "contact",
    "started",
    "ended",
    "next_review",
    "citizens_affected",
    "vulnerable_groups",
    "purpose",
    "description",
    "legal_basis",
    "data",
    "sources",
    "retention",
    "minimisation",
    "sharing",
    "dpia",
    "reference",
    "reason",
    "method",
    "machine_learning",
    "human_review",
    "appeal",
    "risk",
    "risk_points_total",
    "approval",
    "approved_by",
    "approval_missing",
    "approval_insufficient",
    "considerations",
    "not_described",
    "bias_tests",
    "no_bias_tests",
    "attributes",
    "metric",
    "value",
    "threshold",
    "result",
    "evidence",
    "groups",
    "mitigation",
    "suppliers",
    "no_suppliers",
    "supplier",
    "role",
    "dpa",
    "global_compact",
    "due_diligence",
    "waivers",
    "rule",
    "expires",
    "expired",
    "findings",
    "no_findings",
    "severity",
    "message",
    "help",
    "ai_act",
    "annex_iii",
    "fria",
    "completed",
    "no_completed",
    "outcome",
    "attention",
    "attention_intro",
    "no_attention",
    "suppliers_overview",
    "projects_served",
    "appendix",
    "rule_catalogue",
    "fires_when",
    "title",
    "glossary",
    "term",
    "explanation",
    "yes",
    "no",
    "chart_table_note",
];

/// The glossary of the appendix: terms from the policy and the assessments explained for a
/// reader without a background in data or law.
pub fn glossary(lang: dataetik_core::i18n::Lang) -> Vec<GlossaryEntry> {
    let cat = lang.catalogue();
    GLOSSARY_KEYS
        .iter()
        .map(|k| GlossaryEntry {
            term: cat.text(&format!("report-glossary-{k}-term"), None),
            explanation: cat.text(&format!("report-glossary-{k}-explanation"), None),
        })
        .collect()
}

/// The terms of [`glossary`], in the order shown; each has `report-glossary-<key>-term` and
/// `-explanation` in the catalogue (`locales/*/report-labels.ftl`).
pub const GLOSSARY_KEYS: &[&str] = &[
    "the-ai-act",
    "bias",
    "bias-test",
    "data-processing-agreement",
    "waiver",
    "legal-basis",
    "impact-assessment-dpia",
    "machine-learning",
    "profiling",
    "risk-level",
    "combining-sources",
];

#[cfg(test)]
mod tests {
    use super::*;
    use dataetik_core::i18n::Lang;

    /// Labels and glossary entries are looked up by a key made at run time, which the catalogue
    /// test (it reads `msg!` ids) cannot see: every key must have its messages in both languages.
    #[test]
    fn every_label_and_glossary_key_is_in_the_catalogue() {
        for lang in [Lang::Da, Lang::En] {
            let cat = lang.catalogue();
            for k in LABEL_KEYS {
                let id = format!("report-label-{}", k.replace('_', "-"));
                assert!(cat.has(&id), "{lang:?}: {id} missing");
            }
            for k in GLOSSARY_KEYS {
                for part in ["term", "explanation"] {
                    let id = format!("report-glossary-{k}-{part}");
                    assert!(cat.has(&id), "{lang:?}: {id} missing");
                }
            }
            assert_eq!(labels(lang).len(), LABEL_KEYS.len());
            assert!(glossary(lang)
                .iter()
                .all(|g| !g.term.starts_with("report-")));
        }
    }
}
