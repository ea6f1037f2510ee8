//! From a checked register to the [`ReportModel`]: selects the projects of the year, and writes
//! every fact out in the report's language, so templates only lay it out.

use std::collections::BTreeMap;

use super::gather::Inputs;
use super::markdown::Markdown;
use super::model::*;
use dataetik_core::check::{CheckResult, FileResult, Finding};
use dataetik_core::i18n::{capitalise, format_date, format_int, Lang};
use dataetik_core::model::{
    Assessment, AutomationKind, Date, DpiaStatus, FriaStatus, Metric, Phase,
};
use dataetik_core::msg;
use dataetik_core::policy::{Policy, Severity};
use dataetik_core::risk::RiskAssessment;
use dataetik_core::supplier::SupplierSet;

/// Why the report model could not be built. Building reads no files; what can fail is the
/// masking of CPR-like numbers and the language marking, and neither may fail silently: the
/// report is public.
#[derive(Debug, Clone, PartialEq)]
pub enum BuildError {
    /// An assessment's texts could not be masked (its copy did not survive the round trip).
    Masking {
        /// The assessment file.
        file: String,
    },
    /// The texts of the projects could not be marked with their language.
    LanguageMarking,
}

impl std::fmt::Display for BuildError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            BuildError::Masking { file } => write!(
                f,
                "{file}: the texts could not be masked for CPR-like numbers; the report is not written"
            ),
            BuildError::LanguageMarking => {
                f.write_str("the projects' texts could not be marked with their language")
            }
        }
    }
}

impl std::error::Error for BuildError {}

fn date(d: Date, lang: Lang) -> String {
    format_date(d.0, lang)
}

/// A start or end date, which may be only a month or a year (schema_version 2).
fn pdate(d: dataetik_core::model::PartialDate, lang: Lang) -> String {
    dataetik_core::i18n::format_partial_date(d, lang)
}

fn md(s: &Option<String>) -> Option<Markdown> {
    s.as_deref()
        .filter(|s| !s.trim().is_empty())
        .map(Markdown::new)
}

fn yes_no(v: bool, lang: Lang) -> String {
    match (v, lang) {
        (true, Lang::Da) => "Ja".into(),
        (false, Lang::Da) => "Nej".into(),
        (true, Lang::En) => "Yes".into(),
        (false, Lang::En) => "No".into(),
    }
}

/// The name of a phase as the report writes it.
pub fn phase_name(p: Phase, lang: Lang) -> String {
    match p {
        Phase::Idea => msg!(lang.catalogue(), "report-idea"),
        Phase::Analysis => msg!(lang.catalogue(), "report-analysis"),
        Phase::Build => msg!(lang.catalogue(), "report-build"),
        Phase::Operation => msg!(lang.catalogue(), "report-in-operation"),
        Phase::Completed => msg!(lang.catalogue(), "report-completed"),
        Phase::Stopped => msg!(lang.catalogue(), "report-stopped"),
    }
}

/// The name of an automation kind as the report writes it.
pub fn kind_name(k: AutomationKind, lang: Lang) -> String {
    match k {
        AutomationKind::Statistics => msg!(lang.catalogue(), "report-statistics"),
        AutomationKind::Analysis => msg!(lang.catalogue(), "report-data-analysis"),
        AutomationKind::Selection => msg!(lang.catalogue(), "report-selection"),
        AutomationKind::DecisionSupport => msg!(lang.catalogue(), "report-decision-support"),
        AutomationKind::AutomatedDecision => msg!(lang.catalogue(), "report-automated-decision"),
    }
}

fn group_name(g: &str, lang: Lang) -> String {
    match g {
        "children" => msg!(lang.catalogue(), "report-children"),
        "elderly" => msg!(lang.catalogue(), "report-older-people"),
        "disabled" => msg!(lang.catalogue(), "report-people-with-disabilities"),
        "unemployed" => msg!(lang.catalogue(), "report-unemployed-people"),
        "patients" => msg!(lang.catalogue(), "report-patients"),
        other => other.to_string(),
    }
}

fn attribute_name(a: &str, lang: Lang) -> String {
    match a {
        "gender" => msg!(lang.catalogue(), "report-gender"),
        "age" => msg!(lang.catalogue(), "report-age"),
        "ethnicity" => msg!(lang.catalogue(), "report-ethnic-origin"),
        other => other.to_string(),
    }
}

fn metric_name(m: Metric, lang: Lang) -> String {
    match m {
        Metric::DisparateImpactRatio => {
            msg!(lang.catalogue(), "report-ratio-between-groups")
        }
        Metric::DemographicParityDifference => {
            msg!(lang.catalogue(), "report-difference-in-selection-rate")
        }
        Metric::EqualOpportunityDifference => {
            msg!(lang.catalogue(), "report-difference-in-share-found")
        }
        Metric::Other => msg!(lang.catalogue(), "report-other-metric-see-method"),
    }
}

fn number(x: f64, lang: Lang) -> String {
    let s = format!("{}", (x * 1000.0).round() / 1000.0);
    let s = if s.contains('.') { s } else { format!("{s}.0") };
    let s = if s.split('.').nth(1).is_some_and(|d| d.len() == 1) {
        format!("{s}0")
    } else {
        s
    };
    s.replace('.', &lang.decimal_separator().to_string())
}

/// True when the project's lifecycle overlaps `year`.
pub fn overlaps_year(m: &Assessment, year: i16) -> bool {
    let lc = m.lifecycle.as_ref();
    let started = lc.and_then(|l| l.started);
    let ended = lc.and_then(|l| l.ended);
    dataetik_core::model::lifecycle_overlaps_year(started, ended, year)
}

/// The newest year with activity: the as-of year when any project is active, else the latest
/// end year (so a register of finished projects reports on the year they finished).
pub fn default_year(result: &CheckResult, as_of: Date) -> i16 {
    let mut newest: Option<i16> = None;
    for m in result.files.iter().filter_map(|f| f.model.as_ref()) {
        let lc = m.lifecycle.as_ref();
        let year = match (m.phase(), lc.and_then(|l| l.ended)) {
            (Some(p), _) if p.is_active() => as_of.0.year(),
            (_, Some(e)) => e.latest().0.year().min(as_of.0.year()),
            _ => as_of.0.year(),
        };
        newest = Some(newest.map_or(year, |n| n.max(year)));
    }
    newest.unwrap_or(as_of.0.year())
}

/// A readable assessment selected for the report, with its check result.
pub(crate) struct Project<'a> {
    pub(crate) file: &'a FileResult,
    pub(crate) m: &'a Assessment,
}

impl Project<'_> {
    pub(crate) fn id(&self) -> String {
        self.file.id()
    }
    pub(crate) fn title(&self) -> String {
        self.m.title.clone().unwrap_or_else(|| self.file.id())
    }
    pub(crate) fn risk(&self) -> Option<&RiskAssessment> {
        self.file.risk.as_ref()
    }
    /// Open points: one per rule (a rule that fires for several fields is one point).
    pub(crate) fn open_points(&self) -> usize {
        let mut rules: Vec<&str> = self.open().map(|f| f.rule.as_str()).collect();
        rules.sort_unstable();
        rules.dedup();
        rules.len()
    }
    pub(crate) fn department(&self, lang: Lang) -> String {
        self.m
            .owner
            .as_ref()
            .and_then(|o| o.department.clone())
            .unwrap_or_else(|| msg!(lang.catalogue(), "report-not-given"))
    }
    pub(crate) fn open(&self) -> impl Iterator<Item = &Finding> {
        self.file
            .findings
            .iter()
            .filter(|f| !f.waived() && f.severity != Severity::Note)
    }
    /// Gaps left when the project was completed or stopped (kept as historical notes by the
    /// check): nothing to follow up, but part of the project's record.
    pub(crate) fn lapsed(&self) -> impl Iterator<Item = &Finding> {
        self.file
            .findings
            .iter()
            .filter(|f| !f.waived() && f.historical)
    }
}

fn mark_of(p: &Project<'_>, principle: &str) -> MarkKind {
    let mut waived = false;
    for f in p.file.findings.iter().filter(|f| f.principle == principle) {
        if f.waived() {
            waived = true;
        } else if f.severity != Severity::Note || f.historical {
            return MarkKind::Gaps;
        }
    }
    if waived {
        MarkKind::Waived
    } else {
        MarkKind::Addressed
    }
}

fn mark_text(k: MarkKind, lang: Lang) -> String {
    match k {
        MarkKind::Addressed => msg!(lang.catalogue(), "report-met"),
        MarkKind::Gaps => msg!(lang.catalogue(), "report-outstanding-issues"),
        MarkKind::Waived => msg!(lang.catalogue(), "report-waived"),
    }
}

fn severity_text(s: Severity, lang: Lang) -> String {
    match s {
        Severity::Error => msg!(lang.catalogue(), "report-must-be-fixed"),
        Severity::Warning => msg!(lang.catalogue(), "report-should-be-fixed"),
        Severity::Note => msg!(lang.catalogue(), "report-for-information"),
    }
}

fn short_principle(id: &str, lang: Lang, fallback: &str) -> String {
    match id {
        "transparency" => msg!(lang.catalogue(), "report-transparency"),
        "dignity" => msg!(lang.catalogue(), "report-dignity"),
        "equality" => msg!(lang.catalogue(), "report-equality"),
        "integrity" => msg!(lang.catalogue(), "report-integrity"),
        "accountability" => msg!(lang.catalogue(), "report-accountability"),
        "suppliers" => msg!(lang.catalogue(), "report-suppliers"),
        _ => fallback.to_string(),
    }
}

/// Builds the report model for the projects whose lifecycle overlaps the year, from gathered
/// inputs. Reads no files and no clock.
pub fn build(input: &Inputs<'_>) -> Result<ReportModel, BuildError> {
    let lang = input.lang;
    let policy = input.register.policy();
    let year = input.year;
    // The report is public: whatever PUB-001 found or a waiver let through, a CPR-like number in
    // an assessment's text is masked before anything is rendered. Only the year's projects are
    // copied (and masked); the others are not shown.
    let files: Vec<FileResult> = input
        .result
        .files
        .iter()
        .filter(|f| f.model.as_ref().is_some_and(|m| overlaps_year(m, year)))
        .map(|f| {
            Ok(FileResult {
                path: f.path.clone(),
                file: f.file.clone(),
                model: f
                    .model
                    .as_ref()
                    .map(mask_cpr_numbers)
                    .transpose()
                    .map_err(|()| BuildError::Masking {
                        file: f.file.clone(),
                    })?,
                risk: f.risk.clone(),
                findings: f.findings.clone(),
                id_span: f.id_span,
                unparsed_text: None,
            })
        })
        .collect::<Result<_, BuildError>>()?;
    let mut projects: Vec<Project<'_>> = files
        .iter()
        .filter_map(|f| f.model.as_ref().map(|m| Project { file: f, m }))
        .collect();
    projects.sort_by_key(|p| (p.department(lang), p.title()));

    let principles: Vec<&dataetik_core::policy::Principle> = policy
        .principles
        .iter()
        .filter(|p| p.number.is_some())
        .collect();

    let mut summary = summary(input, &projects, &principles);
    let agenda = crate::agenda::agenda(
        &projects,
        policy,
        input.register.config.report.committee.as_deref(),
        year,
        input.as_of,
        lang,
    )?;
    summary.recommendation_lead = agenda.lead;
    summary.recommendation = agenda.points;
    summary.dilemmas_lead = agenda.dilemmas_lead;
    summary.dilemmas = agenda.dilemmas;
    summary.dilemmas_missing = agenda.dilemmas_missing;
    summary.key_figures = agenda.key_figures;
    summary.key_figures_note = agenda.key_figures_note;
    // The figures are shown as tables, which say more than the charts did; `charts` stays in the
    // model for templates that want them (`charts::standard_charts`).
    let charts = Vec::new();

    // The overview marks the five principles and the supplier duties, so a project with an open
    // supplier finding does not look complete in the table while the summary counts it.
    let overview_areas: Vec<&dataetik_core::policy::Principle> = principles
        .iter()
        .copied()
        .chain(policy.principle("suppliers"))
        .collect();
    let overview_principles = overview_areas
        .iter()
        .map(|p| PrincipleHead {
            number: p.number.unwrap_or(0) as u8,
            id: p.id.clone(),
            name: p.name.get(lang).to_string(),
            short: short_principle(&p.id, lang, p.name.get(lang)),
        })
        .collect();

    let overview = projects
        .iter()
        .map(|p| {
            let risk = p.file.risk.as_ref();
            let ai = p.m.ai_act.as_ref().and_then(|a| a.high_risk);
            let ml =
                p.m.automation
                    .as_ref()
                    .and_then(|a| a.machine_learning)
                    .unwrap_or(false);
            OverviewRow {
                id: p.file.id(),
                title: p.title(),
                department: p.department(lang),
                phase: p.m.phase().map(|x| phase_name(x, lang)).unwrap_or_default(),
                automation: p
                    .m
                    .automation_kind()
                    .map(|k| kind_name(k, lang))
                    .unwrap_or_default(),
                risk_level: risk.map_or(0, |r| r.level),
                risk_name: risk
                    .map(|r| r.level_name.get(lang).to_string())
                    .unwrap_or_default(),
                marks: overview_areas
                    .iter()
                    .map(|pr| {
                        let k = mark_of(p, &pr.id);
                        Mark {
                            principle: pr.id.clone(),
                            mark: k,
                            text: mark_text(k, lang),
                        }
                    })
                    .collect(),
                ai_act_high_risk: ai,
                ai_act_text: match (ai, ml) {
                    (Some(v), _) => yes_no(v, lang),
                    (None, true) => msg!(lang.catalogue(), "report-not-stated"),
                    (None, false) => msg!(lang.catalogue(), "report-not-relevant"),
                },
            }
        })
        .collect();

    let sections: Vec<ProjectSection> = projects
        .iter()
        .map(|p| project_section(input, p, &principles))
        .collect();

    let completed = projects
        .iter()
        .filter(|p| p.m.phase().is_some_and(|ph| !ph.is_active()))
        .map(|p| {
            let lc = p.m.lifecycle.as_ref();
            CompletedProject {
                id: p.file.id(),
                title: p.title(),
                department: p.department(lang),
                phase: p.m.phase().map(|x| phase_name(x, lang)).unwrap_or_default(),
                ended: lc
                    .and_then(|l| l.ended)
                    .map(|d| pdate(d, lang))
                    .unwrap_or_default(),
                outcome: md(&lc.and_then(|l| l.outcome.clone())).unwrap_or_else(|| {
                    Markdown::new(msg!(
                        lang.catalogue(),
                        "report-the-outcome-is-not-described"
                    ))
                }),
                retention: md(&p.m.data.as_ref().and_then(|d| d.retention.clone())),
            }
        })
        .collect();

    let attention = attention(&projects, policy, lang);

    let mut model = ReportModel {
        meta: Meta {
            organisation: input.register.config.organisation.clone(),
            title: msg!(lang.catalogue(), "report-title", year = year.to_string()),
            subtitle: msg!(
                lang.catalogue(),
                "report-review-of-ongoing-and-completed-data"
            ),
            year: year as i32,
            committee: input.register.config.report.committee.clone(),
            as_of: input.as_of.to_string(),
            as_of_text: date(input.as_of, lang),
            lang: lang.code().to_string(),
            policy_name: policy_name(input, lang),
            generator: format!("dataetik {}", env!("CARGO_PKG_VERSION")),
        },
        labels: labels(lang),
        summary,
        charts,
        overview_principles,
        overview,
        // The risk model the year's projects are scored with: version 2's when any project is
        // written in version 2 (the tables must match the levels shown for the projects).
        policy: policy_section(
            policy,
            policy.risk_model(
                if projects
                    .iter()
                    .any(|p| p.m.schema_version.is_some_and(|v| v >= 2))
                {
                    dataetik_core::version::SchemaVersion::V2
                } else {
                    dataetik_core::version::SchemaVersion::V1
                },
            ),
            lang,
        ),
        projects: sections,
        completed,
        attention,
        suppliers: suppliers_overview(&projects, input.suppliers, lang),
        supplier_chapter: supplier_chapter(input, &projects)?,
        appendix: Appendix {
            rules: policy
                .rules
                .iter()
                .map(|r| RuleRow {
                    id: r.id.clone(),
                    severity: r.severity.key().into(),
                    severity_text: severity_text(r.severity, lang),
                    principle: dataetik_core::explain::principle_label(policy, &r.principle, lang),
                    title: r.title.get(lang).to_string(),
                    fires_when: r
                        .fires_when
                        .get(lang)
                        .split_whitespace()
                        .collect::<Vec<_>>()
                        .join(" "),
                })
                .collect(),
            glossary: glossary(lang),
        },
        changes: crate::changes::changes(&input.history, input.result, policy, year, lang)?,
        history: crate::changes::project_histories(&input.history, &projects, lang)?,
    };
    if model.meta.policy_name != policy.name.get(lang) {
        // The built-in policy in another organisation's report: named and introduced as the
        // municipality's own, built on Gladsaxe Kommune's.
        model.policy.name = model.meta.policy_name.clone();
        model.policy.intro = Markdown::new(msg!(lang.catalogue(), "report-policy-intro-builtin"));
    }
    for (section, p) in model.projects.iter_mut().zip(&projects) {
        section.last_changed = crate::changes::last_changed(&input.history, p, lang);
    }
    // An English report of a Danish register: the data teams' texts stay Danish and are marked
    // as such, so screen readers switch voice (WCAG 3.1.2, PDF/UA).
    let content_lang = input.register.config.language;
    if content_lang != lang {
        mark_text_language(&mut model.projects, content_lang.code())?;
        mark_text_language(&mut model.completed, content_lang.code())?;
        mark_text_language(&mut model.summary.dilemmas, content_lang.code())?;
    }
    Ok(model)
}

/// The policy's name as the report states it. The built-in policy is Gladsaxe Kommune's; in any
/// other organisation's report it is "the municipality's policy" (the policy section says what it
/// builds on), never another municipality's name.
fn policy_name(input: &Inputs<'_>, lang: Lang) -> String {
    let policy = input.register.policy();
    let config = &input.register.config;
    if config.policy.starts_with("builtin:")
        && !policy.name.get(lang).contains(&config.organisation)
    {
        msg!(lang.catalogue(), "report-policy-name-builtin")
    } else {
        policy.name.get(lang).to_string()
    }
}

/// Open points across projects, one per rule and project, grouped by their consequence for the
/// people affected and ranked: must-fix points on the riskiest projects first.
fn attention(projects: &[Project<'_>], policy: &Policy, lang: Lang) -> Vec<AttentionGroup> {
    use dataetik_core::policy::Consequence;
    let cat = lang.catalogue();
    let mut items: Vec<(Consequence, Severity, u8, AttentionItem)> = Vec::new();
    for p in projects {
        let mut seen = std::collections::BTreeSet::new();
        for f in p.open() {
            if !seen.insert(f.rule.clone()) {
                continue;
            }
            let c = crate::plain::consequence(policy, f);
            items.push((
                c,
                f.severity,
                p.risk().map_or(0, |r| r.level),
                AttentionItem {
                    project_id: p.id(),
                    project: p.title(),
                    rule: f.rule.clone(),
                    severity: f.severity.key().to_string(),
                    severity_text: severity_text(f.severity, lang),
                    message: crate::plain::sentence(policy, lang, f, p.m, p.risk()),
                    principle: short_principle(
                        &f.principle,
                        lang,
                        &dataetik_core::explain::principle_label(policy, &f.principle, lang),
                    ),
                    consequence: crate::plain::consequence_key(c).to_string(),
                },
            ));
        }
    }
    // Stable: consequence, then must-fix before should-fix, then the project's risk level.
    items.sort_by(|a, b| {
        b.0.cmp(&a.0)
            .then(severity_rank(a.1).cmp(&severity_rank(b.1)))
            .then(b.2.cmp(&a.2))
    });
    [Consequence::High, Consequence::Medium, Consequence::Low]
        .into_iter()
        .filter_map(|c| {
            let group: Vec<AttentionItem> = items
                .iter()
                .filter(|(x, ..)| *x == c)
                .map(|(.., item)| item.clone())
                .collect();
            (!group.is_empty()).then(|| AttentionGroup {
                consequence: crate::plain::consequence_key(c).to_string(),
                heading: match c {
                    Consequence::High => msg!(cat, "report-open-high"),
                    Consequence::Medium => msg!(cat, "report-open-medium"),
                    Consequence::Low => msg!(cat, "report-open-low"),
                },
                items: group,
            })
        })
        .collect()
}

fn severity_rank(s: Severity) -> u8 {
    match s {
        Severity::Error => 0,
        Severity::Warning => 1,
        Severity::Note => 2,
    }
}

/// Sets `lang` on every Markdown value inside `items` (found by their shape in the serialised form).
fn mark_text_language<T: serde::Serialize + serde::de::DeserializeOwned>(
    items: &mut Vec<T>,
    code: &str,
) -> Result<(), BuildError> {
    let marked = rewrite_serialised(&*items, &mut |v| match v {
        serde_json::Value::Object(map)
            if map.contains_key("source")
                && map.contains_key("tree")
                && map.contains_key("html") =>
        {
            map.insert("lang".into(), code.into());
            true
        }
        _ => false,
    });
    *items = marked.ok_or(BuildError::LanguageMarking)?;
    Ok(())
}

/// Rewrites a value through its serialised form: `edit` sees every JSON node, top down, and
/// returns true when it handled a node (its children are then left alone). The report uses this
/// to treat every text of an assessment alike without listing the model's fields by hand.
fn rewrite_serialised<T: serde::Serialize + serde::de::DeserializeOwned>(
    value: &T,
    edit: &mut dyn FnMut(&mut serde_json::Value) -> bool,
) -> Option<T> {
    fn walk(v: &mut serde_json::Value, edit: &mut dyn FnMut(&mut serde_json::Value) -> bool) {
        if edit(v) {
            return;
        }
        match v {
            serde_json::Value::Array(items) => items.iter_mut().for_each(|x| walk(x, edit)),
            serde_json::Value::Object(map) => map.values_mut().for_each(|x| walk(x, edit)),
            _ => {}
        }
    }
    let mut v = serde_json::to_value(value).ok()?;
    walk(&mut v, edit);
    serde_json::from_value(v).ok()
}

/// A copy of the assessment with every CPR-like number in its texts replaced by X's. Fails
/// (rather than returning the unmasked copy) when the copy does not survive the round trip.
fn mask_cpr_numbers(m: &Assessment) -> Result<Assessment, ()> {
    rewrite_serialised(m, &mut |v| match v {
        serde_json::Value::String(s) => {
            *s = mask_text(s);
            true
        }
        _ => false,
    })
    .ok_or(())
}

/// A text with every CPR-like number replaced by X's (commit subjects, for instance).
pub(crate) fn mask_text(s: &str) -> String {
    if dataetik_core::cpr::find(s).is_some() {
        dataetik_core::cpr::mask(s)
    } else {
        s.to_string()
    }
}

fn lc(label: String, count: u32) -> LabelledCount {
    LabelledCount { label, count }
}

fn summary(
    input: &Inputs<'_>,
    projects: &[Project<'_>],
    principles: &[&dataetik_core::policy::Principle],
) -> Summary {
    let lang = input.lang;
    let year = input.year;
    let policy = input.register.policy();
    let started_in_year = |p: &&Project<'_>| {
        p.m.lifecycle
            .as_ref()
            .and_then(|l| l.started)
            .is_some_and(|s| s.year() == year)
    };
    let ended_as = |p: &&Project<'_>, phase: Phase| p.m.phase() == Some(phase);
    let total = projects.len() as u32;
    let new = projects.iter().filter(started_in_year).count() as u32;
    let completed = projects
        .iter()
        .filter(|p| ended_as(p, Phase::Completed))
        .count() as u32;
    let stopped = projects
        .iter()
        .filter(|p| ended_as(p, Phase::Stopped))
        .count() as u32;
    let ongoing = projects
        .iter()
        .filter(|p| p.m.phase().is_none_or(Phase::is_active))
        .count() as u32;

    let mut by_dept: BTreeMap<String, u32> = BTreeMap::new();
    for p in projects {
        *by_dept.entry(p.department(lang)).or_default() += 1;
    }
    let mut by_department: Vec<LabelledCount> =
        by_dept.into_iter().map(|(k, v)| lc(k, v)).collect();
    by_department.sort_by(|a, b| b.count.cmp(&a.count).then(a.label.cmp(&b.label)));

    let by_phase = [
        Phase::Idea,
        Phase::Analysis,
        Phase::Build,
        Phase::Operation,
        Phase::Completed,
        Phase::Stopped,
    ]
    .into_iter()
    .map(|ph| {
        lc(
            phase_name(ph, lang),
            projects.iter().filter(|p| p.m.phase() == Some(ph)).count() as u32,
        )
    })
    .collect();

    let by_risk = policy
        .risk
        .levels
        .iter()
        .map(|l| RiskCount {
            level: l.level,
            name: l.name.get(lang).to_string(),
            count: projects
                .iter()
                .filter(|p| p.file.risk.as_ref().is_some_and(|r| r.level == l.level))
                .count() as u32,
        })
        .collect();

    let coverage = principles
        .iter()
        .map(|pr| {
            let marks: Vec<MarkKind> = projects.iter().map(|p| mark_of(p, &pr.id)).collect();
            Coverage {
                number: pr.number.unwrap_or(0) as u8,
                id: pr.id.clone(),
                name: pr.name.get(lang).to_string(),
                addressed: marks.iter().filter(|m| **m == MarkKind::Addressed).count() as u32,
                gaps: marks.iter().filter(|m| **m == MarkKind::Gaps).count() as u32,
                waived: marks.iter().filter(|m| **m == MarkKind::Waived).count() as u32,
            }
        })
        .collect();

    let open: Vec<&Finding> = projects.iter().flat_map(Project::open).collect();
    let open_errors = open
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .count() as u32;
    let open_warnings = open
        .iter()
        .filter(|f| f.severity == Severity::Warning)
        .count() as u32;
    let waived = projects
        .iter()
        .flat_map(|p| p.file.findings.iter())
        .filter(|f| f.waived())
        .count() as u32;
    let with_open = projects
        .iter()
        .filter(|p| p.open().next().is_some())
        .count();
    let org = &input.register.config.organisation;

    let when = date(input.as_of, lang);
    let cat = lang.catalogue();
    let w = |x: u32| crate::words::count_words(x as usize, lang);
    let policy_in_sentence = if input.register.config.policy.starts_with("builtin:")
        && !policy.name.get(lang).contains(org.as_str())
    {
        msg!(cat, "report-policy-in-sentence")
    } else {
        policy.name.get(lang).to_string()
    };
    let lead = msg!(
        cat,
        "report-summary-lead",
        projects = if total == 1 {
            msg!(cat, "report-summary-projects-one")
        } else {
            msg!(cat, "report-summary-projects", n = w(total))
        },
        year = year.to_string(),
        ongoing = w(ongoing),
        new = w(new),
        completed = w(completed),
        stopped = w(stopped),
        policy = policy_in_sentence,
        date = when.clone()
    );
    // Open points: one per rule and project, "must" when any of its findings is an error.
    let mut must = 0;
    let mut should = 0;
    for p in projects {
        let mut rules: BTreeMap<&str, Severity> = BTreeMap::new();
        for f in p.open() {
            let e = rules.entry(f.rule.as_str()).or_insert(f.severity);
            if f.severity == Severity::Error {
                *e = Severity::Error;
            }
        }
        for s in rules.values() {
            if *s == Severity::Error {
                must += 1;
            } else {
                should += 1;
            }
        }
    }
    let waived_text = match waived {
        0 => msg!(cat, "report-summary-waived-none"),
        1 => msg!(cat, "report-summary-waived-one"),
        x => msg!(cat, "report-summary-waived", n = capitalise(&w(x))),
    };
    let findings_text = if must + should == 0 {
        format!(
            "{} {waived_text}",
            msg!(cat, "report-summary-findings-none")
        )
    } else {
        format!(
            "{} {waived_text}",
            msg!(
                cat,
                "report-summary-findings",
                with = capitalise(&w(with_open as u32)),
                total = w(total),
                points = w(must + should),
                must = w(must),
                should = w(should)
            )
        )
    };

    Summary {
        lead,
        total,
        new,
        ongoing,
        completed,
        stopped,
        counts: vec![
            // "Started this year" overlaps "still running", so the total comes first and the
            // labels say what each number counts.
            lc(msg!(lang.catalogue(), "report-projects-in-total"), total),
            lc(msg!(lang.catalogue(), "report-still-running"), ongoing),
            lc(
                format!("{} {year}", msg!(lang.catalogue(), "report-started-in")),
                new,
            ),
            lc(msg!(lang.catalogue(), "report-completed"), completed),
            lc(msg!(lang.catalogue(), "report-stopped"), stopped),
        ],
        by_department,
        by_phase,
        by_risk,
        coverage,
        open_errors,
        open_warnings,
        waived,
        findings_text,
        recommendation_lead: String::new(),
        recommendation: Vec::new(),
        dilemmas_lead: String::new(),
        dilemmas: Vec::new(),
        dilemmas_missing: Vec::new(),
        key_figures: Vec::new(),
        key_figures_note: String::new(),
    }
}

fn policy_section(
    policy: &Policy,
    model: &dataetik_core::policy::RiskModel,
    lang: Lang,
) -> PolicySection {
    let range = |i: usize| -> String {
        let levels = &model.levels;
        let lo = levels[i].min_points;
        match levels.get(i + 1) {
            Some(next) if next.min_points > lo + 1 => format!("{lo}–{}", next.min_points - 1),
            Some(_) => lo.to_string(),
            None => format!("{lo}+"),
        }
    };
    let how = format!(
        "{}\n\n{}",
        msg!(
            lang.catalogue(),
            "report-how-assessed",
            rules = policy.rules.len().to_string()
        ),
        msg!(lang.catalogue(), "report-how-risk")
    );
    PolicySection {
        name: policy.name.get(lang).to_string(),
        intro: Markdown::new(policy.source.get(lang)),
        principles: policy
            .principles
            .iter()
            .filter_map(|p| {
                Some(PolicyPrinciple {
                    number: p.number? as u8,
                    id: p.id.clone(),
                    name: p.name.get(lang).to_string(),
                    summary: p
                        .summary
                        .get(lang)
                        .split_whitespace()
                        .collect::<Vec<_>>()
                        .join(" "),
                })
            })
            .collect(),
        how: Markdown::new(how),
        risk_factors: model
            .factors
            .iter()
            .map(|f| {
                let points = if let Some(values) = &f.values {
                    let lo = values.values().min().copied().unwrap_or(0);
                    let hi = values.values().max().copied().unwrap_or(0);
                    format!("{lo}–{hi}")
                } else if let Some(t) = &f.at_least {
                    let lo = t.iter().map(|x| x.points).min().unwrap_or(0);
                    let hi = t.iter().map(|x| x.points).max().unwrap_or(0);
                    format!("{lo}–{hi}")
                } else {
                    f.points.unwrap_or(0).to_string()
                };
                RiskFactor {
                    label: f.label.get(lang).to_string(),
                    points,
                }
            })
            .collect(),
        levels: model
            .levels
            .iter()
            .enumerate()
            .map(|(i, l)| RiskLevelRow {
                level: l.level,
                name: l.name.get(lang).to_string(),
                range: range(i),
                approval: policy.approval_name(l.approval, lang),
            })
            .collect(),
    }
}

fn consideration(label: String, text: &Option<String>) -> Consideration {
    Consideration {
        label,
        md: md(text),
    }
}

fn project_section(
    input: &Inputs<'_>,
    p: &Project<'_>,
    principles: &[&dataetik_core::policy::Principle],
) -> ProjectSection {
    let lang = input.lang;
    let policy = input.register.policy();
    let m = p.m;
    let lc = m.lifecycle.clone().unwrap_or_default();
    let owner = m.owner.clone().unwrap_or_default();
    let data = m.data.clone().unwrap_or_default();
    let auto = m.automation.clone().unwrap_or_default();
    let pr = m.principles.clone().unwrap_or_default();
    let risk = p.file.risk.as_ref();
    let flag = |v: Option<bool>| v.unwrap_or(false);

    let facts = vec![
        (
            msg!(lang.catalogue(), "report-personal-data"),
            flag(data.personal_data),
        ),
        (
            msg!(lang.catalogue(), "report-sensitive-data"),
            flag(data.sensitive_data),
        ),
        (msg!(lang.catalogue(), "report-cpr-numbers"), flag(data.cpr)),
        (
            msg!(lang.catalogue(), "report-combines-data-sources"),
            flag(data.combines_sources),
        ),
        (
            msg!(lang.catalogue(), "report-profiling"),
            flag(data.profiling),
        ),
        (
            msg!(lang.catalogue(), "report-shared-with-third-parties"),
            flag(data.shared_with_third_parties),
        ),
    ]
    .into_iter()
    .map(|(label, value)| Fact {
        label,
        value,
        text: yes_no(value, lang),
    })
    .collect();

    let dpia = data
        .dpia
        .as_ref()
        .filter(|d| d.status.is_some())
        .map(|d| DpiaFacts {
            status: match d.status {
                Some(DpiaStatus::Done) => msg!(lang.catalogue(), "report-status-done"),
                Some(DpiaStatus::Planned) => msg!(lang.catalogue(), "report-planned"),
                Some(DpiaStatus::NotRequired) => msg!(lang.catalogue(), "report-not-required"),
                None => String::new(),
            },
            reference: d.reference.clone(),
            date: d.date.map(|x| date(x, lang)),
            reason: md(&d.reason),
        });

    let t = pr.transparency.clone().unwrap_or_default();
    let dg = pr.dignity.clone().unwrap_or_default();
    let eq = pr.equality.clone().unwrap_or_default();
    let ig = pr.integrity.clone().unwrap_or_default();
    let ac = pr.accountability.clone().unwrap_or_default();
    let professionals = ig
        .professionals_involved
        .as_ref()
        .filter(|v| !v.is_empty())
        .map(|v| v.join(", "));
    let considerations: BTreeMap<&str, Vec<Consideration>> = [
        (
            "transparency",
            vec![
                consideration(
                    msg!(lang.catalogue(), "report-information-to-citizens"),
                    &t.citizen_information,
                ),
                consideration(
                    msg!(lang.catalogue(), "report-explainability"),
                    &t.explainability,
                ),
                consideration(
                    msg!(lang.catalogue(), "report-access-to-own-data"),
                    &t.access,
                ),
                consideration(msg!(lang.catalogue(), "report-publication"), &t.publication),
            ],
        ),
        (
            "dignity",
            vec![
                consideration(msg!(lang.catalogue(), "report-privacy"), &dg.privacy),
                consideration(
                    msg!(lang.catalogue(), "report-proportionality"),
                    &dg.proportionality,
                ),
                consideration(
                    msg!(lang.catalogue(), "report-self-determination"),
                    &dg.self_determination,
                ),
            ],
        ),
        (
            "equality",
            vec![
                consideration(
                    msg!(lang.catalogue(), "report-bias-test-plan"),
                    &eq.bias_test_plan,
                ),
                consideration(
                    msg!(lang.catalogue(), "report-choice-of-attributes-tested"),
                    &eq.attributes_reason,
                ),
                consideration(
                    msg!(lang.catalogue(), "report-review-across-professions"),
                    &eq.diverse_review,
                ),
                consideration(
                    msg!(lang.catalogue(), "report-proxy-variables"),
                    &eq.proxies,
                ),
            ],
        ),
        (
            "integrity",
            vec![
                consideration(
                    msg!(lang.catalogue(), "report-professions-involved"),
                    &professionals,
                ),
                consideration(
                    msg!(lang.catalogue(), "report-professional-value"),
                    &ig.professional_value,
                ),
                consideration(
                    msg!(lang.catalogue(), "report-professional-judgement"),
                    &ig.human_judgement,
                ),
            ],
        ),
        (
            "accountability",
            vec![
                consideration(msg!(lang.catalogue(), "report-data-security"), &ac.security),
                consideration(
                    msg!(lang.catalogue(), "report-competences"),
                    &ac.competences,
                ),
                consideration(
                    msg!(lang.catalogue(), "report-legislation"),
                    &ac.legislation,
                ),
                consideration(msg!(lang.catalogue(), "report-monitoring"), &ac.monitoring),
                consideration(msg!(lang.catalogue(), "report-rollback"), &ac.rollback),
            ],
        ),
    ]
    .into_iter()
    .collect();

    let principles_out = principles
        .iter()
        .map(|x| {
            let k = mark_of(p, &x.id);
            ProjectPrinciple {
                id: x.id.clone(),
                number: x.number.unwrap_or(0) as u8,
                name: x.name.get(lang).to_string(),
                mark: k,
                mark_text: mark_text(k, lang),
                considerations: considerations
                    .get(x.id.as_str())
                    .cloned()
                    .unwrap_or_default(),
            }
        })
        .collect();

    let evidence_dir = input.register.assessments_dir();
    let cat = lang.catalogue();
    let bias_tests = eq
        .bias_tests
        .clone()
        .unwrap_or_default()
        .iter()
        .map(|b| {
            let groups = b
                .evidence
                .as_deref()
                .and_then(dataetik_core::register::normalize_relative)
                .and_then(|rel| input.evidence.get(&evidence_dir.join(rel)))
                .map(|e| evidence_groups(e, lang));
            BiasTestRow {
                date: b.date.map(|d| date(d, lang)).unwrap_or_default(),
                method: b.method.clone().unwrap_or_default(),
                attributes: b
                    .attributes
                    .iter()
                    .flatten()
                    .map(|a| attribute_name(a, lang))
                    .collect::<Vec<_>>()
                    .join(", "),
                metric: b.metric.map(|x| metric_name(x, lang)).unwrap_or_default(),
                value: b.value.map(|v| number(v, lang)).unwrap_or_default(),
                threshold: b.threshold.map(|v| number(v, lang)).unwrap_or_default(),
                passed: b.passed.unwrap_or(false),
                passed_text: match b.passed {
                    Some(true) => msg!(lang.catalogue(), "report-passed"),
                    Some(false) => msg!(lang.catalogue(), "report-failed"),
                    None => msg!(lang.catalogue(), "report-not-stated"),
                },
                evidence: b.evidence.clone(),
                groups,
                mitigation: md(&b.mitigation),
            }
        })
        .collect();

    let suppliers = m
        .suppliers
        .clone()
        .unwrap_or_default()
        .iter()
        // A reference to the supplier register is shown with what its file says: legal name,
        // agreement, Global Compact clauses, supply-chain risks.
        .map(|s| input.suppliers.resolve(s))
        .map(|s| SupplierFacts {
            name: s.name.clone().unwrap_or_default(),
            role: s.role.map(|r| role_name(r, lang)).unwrap_or_default(),
            dpa: s.dpa.as_ref().and_then(|d| {
                let r = d.reference.clone()?;
                Some(match d.date {
                    Some(x) => format!(
                        "{r} {} {}",
                        msg!(lang.catalogue(), "report-of"),
                        date(x, lang)
                    ),
                    None => r,
                })
            }),
            global_compact: s.global_compact.unwrap_or(false),
            global_compact_text: global_compact_text(&s, lang),
            due_diligence: md(&s.due_diligence),
        })
        .collect();

    let waivers = m
        .waivers
        .clone()
        .unwrap_or_default()
        .iter()
        .map(|w| {
            let rule = w.rule.clone().unwrap_or_default();
            WaiverFacts {
                rule_title: crate::agenda::topic(policy, &rule, lang),
                rule,
                reason: Markdown::new(w.reason.clone().unwrap_or_default()),
                approved_by: w.approved_by.clone().unwrap_or_default(),
                date: w.date.map(|d| date(d, lang)).unwrap_or_default(),
                expires: w.expires.map(|d| date(d, lang)).unwrap_or_default(),
                expired: w.expires.is_some_and(|e| e < input.as_of),
            }
        })
        .collect();

    // One plain sentence per rule, most serious first; the rule id and the help stay in the
    // JSON for data teams, the templates show the sentence.
    let mut seen = std::collections::BTreeSet::new();
    let mut findings: Vec<(dataetik_core::policy::Consequence, u8, FindingFacts)> = p
        .open()
        .chain(p.lapsed())
        .filter(|f| seen.insert(f.rule.clone()))
        .map(|f| {
            let c = crate::plain::consequence(policy, f);
            (
                c,
                severity_rank(f.severity),
                FindingFacts {
                    rule: f.rule.clone(),
                    severity: f.severity.key().into(),
                    severity_text: if f.historical {
                        msg!(cat, "report-status-ended")
                    } else {
                        severity_text(f.severity, lang)
                    },
                    principle: short_principle(
                        &f.principle,
                        lang,
                        &dataetik_core::explain::principle_label(policy, &f.principle, lang),
                    ),
                    message: crate::plain::sentence(policy, lang, f, m, risk),
                    help: cat
                        .finding_help(policy, f)
                        .split_whitespace()
                        .collect::<Vec<_>>()
                        .join(" "),
                    consequence: crate::plain::consequence_key(c).to_string(),
                },
            )
        })
        .collect();
    findings.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    let findings: Vec<FindingFacts> = findings.into_iter().map(|(.., f)| f).collect();

    let approval = m.approval().and_then(|a| {
        let level = a.level?;
        Some(ApprovalFacts {
            level: policy.approval_name(level, lang),
            by: a.by.clone().unwrap_or_default(),
            date: a.date.map(|d| date(d, lang)).unwrap_or_default(),
            reference: a.reference.clone(),
            sufficient: risk.is_none_or(|r| level >= r.required_approval),
        })
    });

    ProjectSection {
        id: p.file.id(),
        title: p.title(),
        department: p.department(lang),
        unit: owner.unit.clone(),
        responsible: owner.responsible.clone().unwrap_or_default(),
        contact: owner.contact.clone(),
        phase: m.phase().map(|x| phase_name(x, lang)).unwrap_or_default(),
        started: lc.started.map(|d| pdate(d, lang)).unwrap_or_default(),
        ended: lc.ended.map(|d| pdate(d, lang)),
        next_review: lc.next_review.map(|d| date(d, lang)),
        citizens_affected: m
            .citizens_affected
            .map(|n| format_int(n.min(i64::MAX as u64) as i64, lang)),
        vulnerable_groups: m
            .vulnerable_groups
            .iter()
            .flatten()
            .map(|g| group_name(g, lang))
            .collect(),
        purpose: md(&m.purpose).unwrap_or_else(|| {
            Markdown::new(msg!(
                lang.catalogue(),
                "report-the-purpose-is-not-described"
            ))
        }),
        summary: md(&m.summary).unwrap_or_else(|| Markdown::new("")),
        legal_basis: md(&m.legal_basis),
        data: DataFacts {
            facts,
            sources: data
                .sources
                .iter()
                .flatten()
                .map(|s| SourceFacts {
                    system: s.system.clone().unwrap_or_default(),
                    description: s.description.clone(),
                })
                .collect(),
            retention: md(&data.retention),
            minimisation: md(&data.minimisation),
            sharing: md(&data.sharing),
            dpia,
        },
        automation: AutomationFacts {
            kind: auto.kind.map(|k| kind_name(k, lang)).unwrap_or_default(),
            machine_learning: flag(auto.machine_learning),
            machine_learning_text: yes_no(flag(auto.machine_learning), lang),
            method: md(&auto.method),
            human_review: md(&auto.human_review),
            appeal: md(&auto.appeal),
        },
        risk: RiskFacts {
            points: risk.map_or(0, |r| r.points),
            level: risk.map_or(0, |r| r.level),
            name: risk
                .map(|r| r.level_name.get(lang).to_string())
                .unwrap_or_default(),
            breakdown: risk
                .map(|r| {
                    r.breakdown
                        .iter()
                        .map(|b| RiskPart {
                            label: b.label.get(lang).to_string(),
                            points: b.points,
                        })
                        .collect()
                })
                .unwrap_or_default(),
        },
        required_approval: risk
            .map(|r| policy.approval_name(r.required_approval, lang))
            .unwrap_or_default(),
        approval,
        principles: principles_out,
        bias_tests,
        suppliers,
        waivers,
        findings,
        ai_act: m.ai_act.as_ref().map(|a| AiActFacts {
            high_risk: a.high_risk,
            high_risk_text: a.high_risk.map_or_else(
                || msg!(lang.catalogue(), "report-not-stated"),
                |v| yes_no(v, lang),
            ),
            annex_iii: a.annex_iii.clone(),
            fria: a.fria.map(|f| match f {
                FriaStatus::Done => msg!(lang.catalogue(), "report-status-done"),
                FriaStatus::Planned => msg!(lang.catalogue(), "report-planned"),
                FriaStatus::NotRequired => msg!(lang.catalogue(), "report-not-required"),
            }),
        }),
        subjects: crate::words::subjects_label(m, cat),
        debate: md(&m.debate),
        last_changed: None,
    }
}

/// Whether the contract binds the supplier to the UN Global Compact, as a table cell: yes or no
/// for a company, "does not apply" for a public body or a research institution.
fn global_compact_text(s: &dataetik_core::model::Supplier, lang: Lang) -> String {
    if s.kind_or_default() == dataetik_core::model::SupplierKind::Company {
        yes_no(s.global_compact.unwrap_or(false), lang)
    } else {
        capitalise(&msg!(lang.catalogue(), "supplier-report-gc-not-applicable"))
    }
}

/// A supplier's role as a table cell ("Databehandler"): the catalogue's one set of role names.
fn role_name(r: dataetik_core::model::SupplierRole, lang: Lang) -> String {
    capitalise(&dataetik_core::supplier::role_name(lang.catalogue(), r))
}

/// The supplier chapter of the year's projects, from the supplier files gathered, with
/// CPR-like numbers masked like the assessments' texts.
fn supplier_chapter(
    input: &Inputs<'_>,
    projects: &[Project<'_>],
) -> Result<crate::suppliers::SupplierChapter, BuildError> {
    let titles: Vec<(String, String)> = projects.iter().map(|p| (p.id(), p.title())).collect();
    let list: Vec<(&str, &str, &Assessment)> = titles
        .iter()
        .zip(projects)
        .map(|((id, title), p)| (id.as_str(), title.as_str(), p.m))
        .collect();
    let chapter =
        crate::suppliers::build(input.suppliers, &list, input.as_of, input.lang.catalogue());
    rewrite_serialised(&chapter, &mut |v| match v {
        serde_json::Value::String(s) => {
            *s = mask_text(s);
            true
        }
        _ => false,
    })
    .ok_or(BuildError::Masking {
        file: input.suppliers.dir.display().to_string(),
    })
}

/// The groups named in an evidence file ("kvinde (n = 1.200), mand (n = 1.150), 1 lille gruppe skjult").
fn evidence_groups(e: &dataetik_core::bias::Evidence, lang: Lang) -> String {
    let mut shown = Vec::new();
    let mut hidden = 0;
    for g in &e.groups {
        match g.stats() {
            Some(stats) => shown.push(format!(
                "{} (n = {})",
                g.name(),
                format_int(stats.n.min(i64::MAX as u64) as i64, lang)
            )),
            None => hidden += 1,
        }
    }
    let mut s = shown.join(", ");
    if hidden > 0 {
        s.push_str(&msg!(
            lang.catalogue(),
            "report-small-groups-hidden",
            n = hidden as i64,
            count = format_int(hidden as i64, lang)
        ));
    }
    s
}

fn suppliers_overview(
    projects: &[Project<'_>],
    set: &SupplierSet,
    lang: Lang,
) -> Vec<SupplierOverview> {
    struct Acc {
        projects: Vec<String>,
        roles: Vec<String>,
        processes: bool,
        dpa_missing: bool,
        gc: bool,
        company: bool,
    }
    let mut by_name: BTreeMap<String, Acc> = BTreeMap::new();
    for p in projects {
        for s in p.m.suppliers.iter().flatten() {
            let s = &set.resolve(s);
            let name = s
                .name
                .clone()
                .unwrap_or_else(|| msg!(lang.catalogue(), "report-no-name"));
            let acc = by_name.entry(name).or_insert(Acc {
                projects: vec![],
                roles: vec![],
                processes: false,
                dpa_missing: false,
                gc: true,
                company: false,
            });
            let title = p.title();
            if !acc.projects.contains(&title) {
                acc.projects.push(title);
            }
            if let Some(r) = s.role {
                let r = role_name(r, lang);
                if !acc.roles.contains(&r) {
                    acc.roles.push(r);
                }
            }
            if s.processes_personal_data == Some(true) {
                acc.processes = true;
                if s.dpa
                    .as_ref()
                    .and_then(|d| d.reference.as_deref())
                    .is_none_or(|r| r.trim().is_empty())
                {
                    acc.dpa_missing = true;
                }
            }
            if s.kind_or_default() == dataetik_core::model::SupplierKind::Company {
                acc.company = true;
                acc.gc &= s.global_compact == Some(true);
            }
        }
    }
    by_name
        .into_iter()
        .map(|(name, a)| SupplierOverview {
            name,
            projects: a.projects.join(", "),
            roles: a.roles.join(", "),
            dpa_text: match (a.processes, a.dpa_missing) {
                (false, _) => msg!(lang.catalogue(), "report-not-relevant"),
                (true, true) => msg!(lang.catalogue(), "report-missing"),
                (true, false) => yes_no(true, lang),
            },
            global_compact_text: if a.company {
                yes_no(a.gc, lang)
            } else {
                capitalise(&msg!(lang.catalogue(), "supplier-report-gc-not-applicable"))
            },
        })
        .collect()
}
