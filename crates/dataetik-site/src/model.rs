//! The site model: every project in plain words, already localised and cleaned for
//! publication. Templates, the CSV and the JSON download all read this one model.

use serde::Serialize;

use dataetik_core::check::{CheckResult, FileResult};
use dataetik_core::history::History;
use dataetik_core::i18n::{format_date, format_decimal, format_partial_date, Catalogue, Lang};
use dataetik_core::model::{
    Assessment, AutomationKind, DataFate, Date, Effect, Phase, Reversibility, Subject,
};
use dataetik_core::msg;
use dataetik_core::register::Register;

use dataetik_report::suppliers::SupplierChapter;

use crate::lix::{lix, Grade, MIN_WORDS};
use crate::scrub::{is_functional_mailbox, Scrubber};

/// A plain-language text with its readability.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Text {
    /// The Markdown source, cleaned for publication (rendered by the template's `md` filter).
    pub source: String,
    /// "Læsbarhed: LIX 37 (middel)", for texts of at least ten words.
    pub lix: Option<String>,
    /// The LIX value, for the JSON download.
    pub lix_value: Option<f64>,
}

/// A label and a value.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Pair {
    /// What it is.
    pub label: String,
    /// The value.
    pub value: String,
}

/// A link shown on a project page.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Link {
    /// The link text.
    pub label: String,
    /// The address (http or https only).
    pub url: String,
}

/// A consideration under one principle.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Consideration {
    /// What the text answers ("Står gevinsten mål med ulemperne?").
    pub label: String,
    /// The team's text.
    pub text: Text,
}

/// The considerations under one principle of the policy.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Principle {
    /// The principle's key (`dignity`).
    pub key: String,
    /// Its short name ("Værdighed").
    pub name: String,
    /// The texts written for it.
    pub items: Vec<Consideration>,
}

/// A bias test in words and numbers.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct BiasTest {
    /// The date, in words.
    pub date: String,
    /// The method as the team wrote it.
    pub method: String,
    /// The attributes tested, comma-separated.
    pub attributes: String,
    /// "Målt 0,91 med grænsen 0,80: bestået."
    pub result: String,
    /// Whether it passed (`None`: not stated).
    pub passed: Option<bool>,
}

/// One commit that touched the project's file.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Change {
    /// The date, in words.
    pub date: String,
    /// The date as `YYYY-MM-DD`.
    pub iso: String,
    /// The commit's subject line, cleaned.
    pub subject: String,
}

/// A data subject group (borgere, børn, ...).
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct SubjectRef {
    /// The key (`children`), also the page's address.
    pub key: String,
    /// The short name ("børn").
    pub name: String,
}

/// A source system.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct SourceRef {
    /// The system's name.
    pub system: String,
    /// What the project takes from it.
    pub description: String,
}

/// One project as citizens see it.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Project {
    /// The stable id, also the page's address (`<id>/`).
    pub id: String,
    /// The title.
    pub title: String,
    /// The first sentence of the summary, as plain text (the index's one-line description).
    pub one_line: String,
    /// What the project does (`summary`).
    pub summary: Option<Text>,
    /// Why (`purpose`).
    pub purpose: Option<Text>,
    /// How it works (`automation.method`).
    pub method: Option<Text>,
    /// The department.
    pub department: String,
    /// The unit.
    pub unit: Option<String>,
    /// The functional mailbox, when it is one.
    pub contact: Option<String>,
    /// The phase key (`operation`); empty when not stated.
    pub phase_key: String,
    /// The phase in words ("I brug").
    pub phase: String,
    /// Still running (not completed or stopped).
    pub active: bool,
    /// When it started, in words.
    pub started: Option<String>,
    /// When it ended, in words.
    pub ended: Option<String>,
    /// What it led to (completed or stopped projects).
    pub outcome: Option<Text>,
    /// What happened to the data, in words.
    pub data_fate: Option<String>,
    /// The risk level (1-4).
    pub risk_level: u8,
    /// "Risikoniveau mindst 3 (høj)".
    pub risk: String,
    /// "mindst 3 (høj)", for lists.
    pub risk_short: String,
    /// "Høj. Godkendes af direktionen."
    pub risk_words: String,
    /// Whether every risk factor is stated.
    pub risk_complete: bool,
    /// Whose data.
    pub subjects: Vec<SubjectRef>,
    /// Source systems.
    pub sources: Vec<SourceRef>,
    /// What kinds of data, in words ("CPR-numre", "Følsomme oplysninger ...").
    pub data_kinds: Vec<String>,
    /// Whether personal data is used (`data.personal_data`, default true).
    pub personal_data: bool,
    /// The variables a model or rule set uses.
    pub inputs: Vec<String>,
    /// `statistics`, `decision_support`, ...; empty when not stated.
    pub kind_key: String,
    /// Who decides, in a sentence.
    pub who_decides: String,
    /// Who decides, in a few words (for lists).
    pub who_decides_short: String,
    /// How a person reviews the system's output.
    pub human_review: Option<Text>,
    /// How to complain (`automation.appeal`).
    pub appeal: Option<Text>,
    /// "Vil du vide ... skriv til data@kommune.dk ..."
    pub access_text: String,
    /// The effect key (`investigation`); empty when not stated.
    pub effect_key: String,
    /// The effect in words.
    pub effect: Option<String>,
    /// Whether it can be undone, in words.
    pub reversibility: Option<String>,
    /// The legal basis.
    pub legal_basis: Option<Text>,
    /// How long data is kept.
    pub retention: Option<Text>,
    /// Considerations by principle.
    pub principles: Vec<Principle>,
    /// Bias tests.
    pub bias_tests: Vec<BiasTest>,
    /// Suppliers, "Navn (rolle)".
    pub suppliers: Vec<String>,
    /// Approval in a sentence.
    pub approval: String,
    /// Last changed, in words (git).
    pub last_changed: Option<String>,
    /// Last changed as `YYYY-MM-DD`.
    pub last_changed_iso: Option<String>,
    /// Every change, newest first.
    pub history: Vec<Change>,
    /// Links (public page, source code, other register).
    pub links: Vec<Link>,
}

/// One entry of the change list and the feed.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ChangeEntry {
    /// The project.
    pub id: String,
    /// Its title.
    pub title: String,
    /// The change.
    pub change: Change,
    /// The position of the change in the project's history, oldest = 1 (a stable feed id).
    pub number: usize,
}

/// The whole site's data.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct SiteModel {
    /// The organisation.
    pub organisation: String,
    /// `da` or `en`.
    pub lang: String,
    /// The as-of date in words.
    pub as_of: String,
    /// The as-of date, `YYYY-MM-DD`.
    pub as_of_iso: String,
    /// Every project: active first, then completed and stopped; by title within each.
    pub projects: Vec<Project>,
    /// Changes from git, newest first (empty without history).
    pub changes: Vec<ChangeEntry>,
    /// Whether the register has git history.
    pub has_history: bool,
    /// The supplier page: who processes which projects' data, where, under which agreement,
    /// each project's chain, Global Compact and due diligence (the report's supplier chapter,
    /// built from texts cleaned for publication). Not part of the register download.
    #[serde(skip_serializing)]
    pub suppliers: SupplierChapter,
}

/// What the site is built from.
#[derive(Debug, Clone, Copy)]
pub struct SiteInput<'a> {
    /// The register (organisation, policy).
    pub register: &'a Register,
    /// The checked register.
    pub result: &'a CheckResult,
    /// The register's git history, if any.
    pub history: Option<&'a History>,
    /// The date the site is "as of" (dates, history cut-off).
    pub as_of: Date,
    /// The language of the site.
    pub lang: Lang,
}

/// "Læsbarhed: LIX 37 (middel)" for a plain text of at least ten words.
pub fn lix_label(cat: Catalogue, plain: &str) -> Option<(String, f64)> {
    let l = lix(plain).filter(|l| l.words >= MIN_WORDS)?;
    let grade = match l.grade() {
        Grade::Easy => msg!(cat, "site-lix-easy"),
        Grade::Medium => msg!(cat, "site-lix-medium"),
        Grade::Hard => msg!(cat, "site-lix-hard"),
    };
    let value = format_decimal(l.value, 0, cat.lang());
    Some((msg!(cat, "site-lix", lix = value, grade = grade), l.value))
}

/// The visible text of Markdown, for LIX and one-line descriptions.
pub fn plain_text(markdown: &str) -> String {
    use dataetik_report::markdown::MdNode;
    fn walk(nodes: &[MdNode], out: &mut String) {
        for n in nodes {
            match n {
                MdNode::Paragraph { children }
                | MdNode::Quote { children }
                | MdNode::Emph { children }
                | MdNode::Strong { children }
                | MdNode::Link { children, .. } => walk(children, out),
                MdNode::List { items, .. } => {
                    for item in items {
                        walk(item, out);
                        out.push(' ');
                    }
                }
                MdNode::CodeBlock { text } | MdNode::Code { text } | MdNode::Text { text } => {
                    out.push_str(text);
                }
                MdNode::SoftBreak | MdNode::HardBreak | MdNode::Rule => out.push(' '),
            }
            if matches!(
                n,
                MdNode::Paragraph { .. } | MdNode::Quote { .. } | MdNode::CodeBlock { .. }
            ) {
                out.push(' ');
            }
        }
    }
    let md = dataetik_report::Markdown::new(markdown);
    let mut out = String::new();
    walk(&md.tree, &mut out);
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The first sentence of a plain text (at most about 200 characters).
fn first_sentence(plain: &str) -> String {
    let chars: Vec<char> = plain.chars().collect();
    for (i, c) in chars.iter().enumerate() {
        if matches!(c, '.' | '!' | '?') && chars.get(i + 1).is_none_or(|n| n.is_whitespace()) {
            return chars[..=i].iter().collect();
        }
    }
    if chars.len() > 200 {
        let cut: String = chars[..200].iter().collect();
        let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(a, _)| a);
        return format!("{cut} …");
    }
    plain.to_string()
}

fn date(d: Date, lang: Lang) -> String {
    format_date(d.0, lang)
}

fn subject_name(cat: Catalogue, s: Subject) -> String {
    match s {
        Subject::Citizens => msg!(cat, "site-subject-citizens"),
        Subject::Children => msg!(cat, "site-subject-children"),
        Subject::Employees => msg!(cat, "site-subject-employees"),
        Subject::Businesses => msg!(cat, "site-subject-businesses"),
    }
}

/// The subject groups in the order the site lists them.
pub const SUBJECTS: [Subject; 4] = [
    Subject::Citizens,
    Subject::Children,
    Subject::Employees,
    Subject::Businesses,
];

/// "Børn (se også her, hvis du er forælder)": the group as the chooser names it.
pub fn group_name(cat: Catalogue, s: Subject) -> String {
    match s {
        Subject::Citizens => msg!(cat, "site-group-citizens"),
        Subject::Children => msg!(cat, "site-group-children"),
        Subject::Employees => msg!(cat, "site-group-employees"),
        Subject::Businesses => msg!(cat, "site-group-businesses"),
    }
}

/// "Projekter med data om børn".
pub fn subject_heading(cat: Catalogue, s: Subject) -> String {
    match s {
        Subject::Citizens => msg!(cat, "site-subject-heading-citizens"),
        Subject::Children => msg!(cat, "site-subject-heading-children"),
        Subject::Employees => msg!(cat, "site-subject-heading-employees"),
        Subject::Businesses => msg!(cat, "site-subject-heading-businesses"),
    }
}

fn phase_name(cat: Catalogue, p: Option<Phase>) -> String {
    match p {
        Some(Phase::Idea) => msg!(cat, "site-phase-idea"),
        Some(Phase::Analysis) => msg!(cat, "site-phase-analysis"),
        Some(Phase::Build) => msg!(cat, "site-phase-build"),
        Some(Phase::Operation) => msg!(cat, "site-phase-operation"),
        Some(Phase::Completed) => msg!(cat, "site-phase-completed"),
        Some(Phase::Stopped) => msg!(cat, "site-phase-stopped"),
        None => msg!(cat, "site-phase-unknown"),
    }
}

/// The effect in words.
pub fn effect_name(cat: Catalogue, e: Effect) -> String {
    match e {
        Effect::None => msg!(cat, "site-effect-none"),
        Effect::Information => msg!(cat, "site-effect-information"),
        Effect::Offer => msg!(cat, "site-effect-offer"),
        Effect::Service => msg!(cat, "site-effect-service"),
        Effect::Benefit => msg!(cat, "site-effect-benefit"),
        Effect::Investigation => msg!(cat, "site-effect-investigation"),
        Effect::Sanction => msg!(cat, "site-effect-sanction"),
        Effect::Intervention => msg!(cat, "site-effect-intervention"),
    }
}

/// Every effect, mildest first (the impact page's order).
pub const EFFECTS: [Effect; 8] = [
    Effect::Intervention,
    Effect::Sanction,
    Effect::Investigation,
    Effect::Benefit,
    Effect::Service,
    Effect::Offer,
    Effect::Information,
    Effect::None,
];

fn reversibility_name(cat: Catalogue, r: Reversibility) -> String {
    match r {
        Reversibility::Reversible => msg!(cat, "site-rev-reversible"),
        Reversibility::HardToReverse => msg!(cat, "site-rev-hard_to_reverse"),
        Reversibility::Irreversible => msg!(cat, "site-rev-irreversible"),
    }
}

fn who_decides(cat: Catalogue, kind: Option<AutomationKind>) -> (String, String) {
    match kind {
        Some(AutomationKind::Statistics | AutomationKind::Analysis) => (
            msg!(cat, "site-who-no-decision"),
            msg!(cat, "site-who-short-no-decision"),
        ),
        Some(AutomationKind::DecisionSupport) => (
            msg!(cat, "site-who-person"),
            msg!(cat, "site-who-short-person"),
        ),
        Some(AutomationKind::Selection) => (
            msg!(cat, "site-who-selection"),
            msg!(cat, "site-who-short-selection"),
        ),
        Some(AutomationKind::AutomatedDecision) => (
            msg!(cat, "site-who-system"),
            msg!(cat, "site-who-short-system"),
        ),
        None => (msg!(cat, "site-not-stated"), msg!(cat, "site-not-stated")),
    }
}

fn kind_key(kind: Option<AutomationKind>) -> &'static str {
    match kind {
        Some(AutomationKind::Statistics) => "statistics",
        Some(AutomationKind::Analysis) => "analysis",
        Some(AutomationKind::Selection) => "selection",
        Some(AutomationKind::DecisionSupport) => "decision_support",
        Some(AutomationKind::AutomatedDecision) => "automated_decision",
        None => "",
    }
}

fn risk_words(cat: Catalogue, level: u8) -> String {
    match level {
        0 | 1 => msg!(cat, "site-risk-1"),
        2 => msg!(cat, "site-risk-2"),
        3 => msg!(cat, "site-risk-3"),
        _ => msg!(cat, "site-risk-4"),
    }
}

fn fate_name(cat: Catalogue, f: DataFate) -> String {
    match f {
        DataFate::Deleted => msg!(cat, "site-fate-deleted"),
        DataFate::Anonymised => msg!(cat, "site-fate-anonymised"),
        DataFate::Archived => msg!(cat, "site-fate-archived"),
        DataFate::Retained => msg!(cat, "site-fate-retained"),
    }
}

/// A whole number without decimals, anything else with two ("0,80", "1").
fn number(x: f64, lang: Lang) -> String {
    let decimals = if x.fract() == 0.0 { 0 } else { 2 };
    format_decimal(x, decimals, lang)
}

struct Builder {
    cat: Catalogue,
    scrub: Scrubber,
}

impl Builder {
    fn clean(&self, s: &str) -> String {
        self.scrub.clean(s)
    }

    /// A Markdown field as a [`Text`], or `None` when it is blank.
    fn text(&self, s: Option<&String>) -> Option<Text> {
        let s = s.map(|s| s.trim()).filter(|s| !s.is_empty())?;
        let source = self.clean(s);
        let plain = plain_text(&source);
        let (lix, lix_value) = match lix_label(self.cat, &plain) {
            Some((l, v)) => (Some(l), Some(v)),
            None => (None, None),
        };
        Some(Text {
            source,
            lix,
            lix_value,
        })
    }

    fn opt(&self, s: Option<&String>) -> Option<String> {
        s.map(|s| s.trim())
            .filter(|s| !s.is_empty())
            .map(|s| self.clean(s))
    }
}

/// Builds the site model from a checked register.
pub fn build(input: &SiteInput<'_>) -> SiteModel {
    let mut projects: Vec<Project> = input
        .result
        .files
        .iter()
        .filter_map(|f| Some(project(input, f, f.model.as_ref()?)))
        .collect();
    projects.sort_by(|a, b| {
        (!a.active, a.title.to_lowercase(), &a.id).cmp(&(!b.active, b.title.to_lowercase(), &b.id))
    });
    let mut changes: Vec<ChangeEntry> = projects
        .iter()
        .flat_map(|p| {
            let n = p.history.len();
            p.history.iter().enumerate().map(move |(i, c)| ChangeEntry {
                id: p.id.clone(),
                title: p.title.clone(),
                change: c.clone(),
                number: n - i,
            })
        })
        .collect();
    changes.sort_by(|a, b| (&b.change.iso, &a.id, b.number).cmp(&(&a.change.iso, &b.id, a.number)));
    let suppliers = supplier_page(input, &projects);
    SiteModel {
        organisation: input.register.config.organisation.clone(),
        lang: input.lang.code().to_string(),
        as_of: date(input.as_of, input.lang),
        as_of_iso: input.as_of.0.to_string(),
        projects,
        changes,
        has_history: input.history.is_some(),
        suppliers,
    }
}

/// The supplier page's content: the report's supplier chapter for the site's projects, built
/// from supplier files and supplier entries whose every text went through the scrubber first
/// (so the chain diagrams are drawn from cleaned text too).
fn supplier_page(input: &SiteInput<'_>, projects: &[Project]) -> SupplierChapter {
    let cat = Catalogue::new(input.lang);
    let scrub = Scrubber {
        email_note: msg!(cat, "site-removed-email"),
        path_note: msg!(cat, "site-removed-path"),
        code_paths: Vec::new(),
    };
    fn cleaned<T: Serialize + serde::de::DeserializeOwned + Default>(x: &T, s: &Scrubber) -> T {
        fn walk(v: &mut serde_json::Value, s: &Scrubber) {
            match v {
                serde_json::Value::String(t) => *t = s.clean(t),
                serde_json::Value::Array(a) => a.iter_mut().for_each(|x| walk(x, s)),
                serde_json::Value::Object(o) => o.values_mut().for_each(|x| walk(x, s)),
                _ => {}
            }
        }
        let Ok(mut v) = serde_json::to_value(x) else {
            return T::default();
        };
        walk(&mut v, s);
        serde_json::from_value(v).unwrap_or_default()
    }
    let mut set = input.register.suppliers().clone();
    for f in &mut set.files {
        if let Some(r) = &f.record {
            f.record = Some(cleaned(r, &scrub));
        }
    }
    // Each project as the chapter needs it: its phase and its supplier entries, cleaned.
    let slim: Vec<(&Project, Assessment)> = projects
        .iter()
        .filter_map(|p| {
            let m = input
                .result
                .files
                .iter()
                .find(|f| f.id() == p.id)?
                .model
                .as_ref()?;
            Some((
                p,
                Assessment {
                    lifecycle: m.lifecycle.clone(),
                    suppliers: m.suppliers.as_ref().map(|s| cleaned(s, &scrub)),
                    ..Default::default()
                },
            ))
        })
        .collect();
    let list: Vec<(&str, &str, &Assessment)> = slim
        .iter()
        .map(|(p, a)| (p.id.as_str(), p.title.as_str(), a))
        .collect();
    dataetik_report::suppliers::build(&set, &list, input.as_of, cat)
}

fn project(input: &SiteInput<'_>, f: &FileResult, m: &Assessment) -> Project {
    let lang = input.lang;
    let cat = Catalogue::new(lang);
    let b = Builder {
        cat,
        scrub: Scrubber {
            email_note: msg!(cat, "site-removed-email"),
            path_note: msg!(cat, "site-removed-path"),
            code_paths: m.code_paths.clone().unwrap_or_default(),
        },
    };
    let id = f.id();
    let owner = m.owner.clone().unwrap_or_default();
    let lc = m.lifecycle.clone().unwrap_or_default();
    let data = m.data.clone().unwrap_or_default();
    let auto = m.automation.clone().unwrap_or_default();
    let impact = m.impact.clone().unwrap_or_default();
    let pr = m.principles.clone().unwrap_or_default();

    let summary = b.text(m.summary.as_ref());
    let one_line = summary
        .as_ref()
        .map(|t| first_sentence(&plain_text(&t.source)))
        .unwrap_or_default();
    let contact = owner
        .contact
        .as_deref()
        .map(str::trim)
        .filter(|c| is_functional_mailbox(c))
        .map(|c| b.clean(c))
        .filter(|c| !c.contains('[') && !c.contains("XXXX"));
    let active = lc.phase.is_none_or(Phase::is_active);
    let (risk_level, risk_short, risk, risk_complete) = match &f.risk {
        Some(r) => (
            r.level,
            r.level_label(cat),
            msg!(cat, "site-risk", level = r.level_label(cat)),
            r.complete,
        ),
        None => (
            0,
            msg!(cat, "site-not-stated"),
            msg!(cat, "site-not-stated"),
            false,
        ),
    };
    let subjects: Vec<SubjectRef> = data
        .subjects
        .clone()
        .unwrap_or_else(|| vec![Subject::Citizens])
        .into_iter()
        .map(|s| SubjectRef {
            key: s.key().to_string(),
            name: subject_name(cat, s),
        })
        .collect();
    let sources: Vec<SourceRef> = data
        .sources
        .clone()
        .unwrap_or_default()
        .iter()
        .filter_map(|s| {
            Some(SourceRef {
                system: b.opt(s.system.as_ref())?,
                description: b.opt(s.description.as_ref()).unwrap_or_default(),
            })
        })
        .collect();
    let personal_data = data.personal_data.unwrap_or(true);
    let mut data_kinds = Vec::new();
    for (flag, id) in [
        (data.personal_data, "personal"),
        (data.sensitive_data, "sensitive"),
        (data.cpr, "cpr"),
        (data.combines_sources, "combines"),
        (data.profiling, "profiling"),
        (auto.machine_learning, "ml"),
    ] {
        if flag == Some(true) {
            data_kinds.push(match id {
                "personal" => msg!(cat, "site-data-personal"),
                "sensitive" => msg!(cat, "site-data-sensitive"),
                "cpr" => msg!(cat, "site-data-cpr"),
                "combines" => msg!(cat, "site-data-combines"),
                "profiling" => msg!(cat, "site-data-profiling"),
                _ => msg!(cat, "site-data-ml"),
            });
        }
    }
    let inputs: Vec<String> = auto
        .inputs
        .clone()
        .unwrap_or_default()
        .iter()
        .filter_map(|i| b.opt(i.name.as_ref()))
        .collect();
    let (who, who_short) = who_decides(cat, auto.kind);
    let access_text = if !personal_data {
        msg!(cat, "site-project-no-personal-data")
    } else if let Some(c) = &contact {
        msg!(cat, "site-project-access-text", contact = c.clone())
    } else {
        msg!(cat, "site-project-access-no-contact")
    };
    let data_fate = lc.data_fate.map(|fate| {
        let mut s = fate_name(cat, fate);
        if let Some(d) = lc.data_fate_date {
            s.push(' ');
            s.push_str(&msg!(cat, "site-fate-date", date = date(d, lang)));
        }
        s
    });

    let t = pr.transparency.clone().unwrap_or_default();
    let dg = pr.dignity.clone().unwrap_or_default();
    let eq = pr.equality.clone().unwrap_or_default();
    let ig = pr.integrity.clone().unwrap_or_default();
    let ac = pr.accountability.clone().unwrap_or_default();
    let principle = |key: &str, name: String, items: Vec<(String, Option<&String>)>| Principle {
        key: key.to_string(),
        name,
        items: items
            .into_iter()
            .filter_map(|(label, text)| {
                Some(Consideration {
                    label,
                    text: b.text(text)?,
                })
            })
            .collect(),
    };
    let principles: Vec<Principle> = vec![
        principle(
            "transparency",
            msg!(cat, "site-principle-transparency"),
            vec![
                (
                    msg!(cat, "site-consider-citizen-information"),
                    t.citizen_information.as_ref(),
                ),
                (
                    msg!(cat, "site-consider-explainability"),
                    t.explainability.as_ref(),
                ),
                (msg!(cat, "site-consider-access"), t.access.as_ref()),
                (
                    msg!(cat, "site-consider-publication"),
                    t.publication.as_ref(),
                ),
            ],
        ),
        principle(
            "dignity",
            msg!(cat, "site-principle-dignity"),
            vec![
                (msg!(cat, "site-consider-privacy"), dg.privacy.as_ref()),
                (
                    msg!(cat, "site-consider-proportionality"),
                    dg.proportionality.as_ref(),
                ),
                (
                    msg!(cat, "site-consider-self-determination"),
                    dg.self_determination.as_ref(),
                ),
            ],
        ),
        principle(
            "equality",
            msg!(cat, "site-principle-equality"),
            vec![
                (
                    msg!(cat, "site-consider-bias-test-plan"),
                    eq.bias_test_plan.as_ref(),
                ),
                (msg!(cat, "site-consider-proxies"), eq.proxies.as_ref()),
                (
                    msg!(cat, "site-consider-diverse-review"),
                    eq.diverse_review.as_ref(),
                ),
            ],
        ),
        principle(
            "integrity",
            msg!(cat, "site-principle-integrity"),
            vec![
                (
                    msg!(cat, "site-consider-professional-value"),
                    ig.professional_value.as_ref(),
                ),
                (
                    msg!(cat, "site-consider-human-judgement"),
                    ig.human_judgement.as_ref(),
                ),
            ],
        ),
        principle(
            "accountability",
            msg!(cat, "site-principle-accountability"),
            vec![
                (
                    msg!(cat, "site-consider-monitoring"),
                    ac.monitoring.as_ref(),
                ),
                (msg!(cat, "site-consider-rollback"), ac.rollback.as_ref()),
                (msg!(cat, "site-consider-security"), ac.security.as_ref()),
            ],
        ),
    ]
    .into_iter()
    .filter(|p| !p.items.is_empty())
    .collect();

    let bias_tests: Vec<BiasTest> = eq
        .bias_tests
        .clone()
        .unwrap_or_default()
        .iter()
        .map(|t| {
            let result = match t.passed {
                Some(true) => msg!(cat, "site-project-bias-passed"),
                Some(false) => msg!(cat, "site-project-bias-failed"),
                None => msg!(cat, "site-project-bias-unknown"),
            };
            let result = match (t.value, t.threshold) {
                (Some(v), Some(th)) => msg!(
                    cat,
                    "site-project-bias-row",
                    value = number(v, lang),
                    threshold = number(th, lang),
                    result = result
                ),
                _ => {
                    let mut r = result;
                    if let Some(first) = r.get(..1) {
                        r = format!("{}{}.", first.to_uppercase(), &r[1..]);
                    }
                    r
                }
            };
            BiasTest {
                date: t.date.map(|d| date(d, lang)).unwrap_or_default(),
                method: b.opt(t.method.as_ref()).unwrap_or_default(),
                attributes: b.clean(
                    &t.attributes
                        .iter()
                        .flatten()
                        .map(|a| dataetik_core::formats::text::attribute_words(cat, a))
                        .collect::<Vec<_>>()
                        .join(", "),
                ),
                result,
                passed: t.passed,
            }
        })
        .collect();
    let suppliers: Vec<String> = m
        .suppliers
        .clone()
        .unwrap_or_default()
        .iter()
        .filter_map(|s| {
            // A reference (`supplier: kombit`) is shown by the legal name in its supplier file.
            let name = b.opt(input.register.suppliers().display_name(s).as_ref())?;
            Some(match s.role {
                Some(r) => format!("{name} ({})", dataetik_core::supplier::role_name(cat, r)),
                None => name,
            })
        })
        .collect();
    let approval = match ac
        .approval
        .as_ref()
        .and_then(|a| Some((a, b.opt(a.by.as_ref())?)))
    {
        Some((a, by)) => match a.date {
            Some(d) => msg!(
                cat,
                "site-project-approval-text",
                by = by,
                date = date(d, lang)
            ),
            None => msg!(cat, "site-project-approval-by", by = by),
        },
        None => msg!(cat, "site-project-approval-none"),
    };
    let history: Vec<Change> = input
        .history
        .map(|h| h.file_log(&f.path))
        .unwrap_or_default()
        .iter()
        .map(|c| Change {
            date: date(c.date, lang),
            iso: c.date.0.to_string(),
            subject: b.clean(&c.subject),
        })
        .collect();
    let links = m.links.clone().unwrap_or_default();
    let links: Vec<Link> = [
        (links.public_page, msg!(cat, "site-project-link-public")),
        (links.source_code, msg!(cat, "site-project-link-source")),
        (links.register, msg!(cat, "site-project-link-register")),
    ]
    .into_iter()
    .filter_map(|(url, label)| {
        let url = url?.trim().to_string();
        let lower = url.to_ascii_lowercase();
        (lower.starts_with("https://") || lower.starts_with("http://")).then(|| Link {
            label,
            url: b.clean(&url),
        })
    })
    .collect();

    Project {
        title: b.opt(m.title.as_ref()).unwrap_or_else(|| id.clone()),
        id,
        one_line,
        summary,
        purpose: b.text(m.purpose.as_ref()),
        method: b.text(auto.method.as_ref()),
        department: b
            .opt(owner.department.as_ref())
            .unwrap_or_else(|| msg!(cat, "site-department-unknown")),
        unit: b.opt(owner.unit.as_ref()),
        contact,
        phase_key: lc.phase.map(|p| p.key().to_string()).unwrap_or_default(),
        phase: phase_name(cat, lc.phase),
        active,
        started: lc.started.map(|d| format_partial_date(d, lang)),
        ended: lc.ended.map(|d| format_partial_date(d, lang)),
        outcome: b.text(lc.outcome.as_ref()),
        data_fate,
        risk_level,
        risk,
        risk_short,
        risk_words: risk_words(cat, risk_level),
        risk_complete,
        subjects,
        sources,
        data_kinds,
        personal_data,
        inputs,
        kind_key: kind_key(auto.kind).to_string(),
        who_decides: who,
        who_decides_short: who_short,
        human_review: b.text(auto.human_review.as_ref()),
        appeal: b.text(auto.appeal.as_ref()),
        access_text,
        effect_key: impact
            .effect
            .map(|e| e.key().to_string())
            .unwrap_or_default(),
        effect: impact.effect.map(|e| effect_name(cat, e)),
        reversibility: impact.reversibility.map(|r| reversibility_name(cat, r)),
        legal_basis: b.text(m.legal_basis.as_ref()),
        retention: b.text(data.retention.as_ref()),
        principles,
        bias_tests,
        suppliers,
        approval,
        last_changed: history.first().map(|c| c.date.clone()),
        last_changed_iso: history.first().map(|c| c.iso.clone()),
        history,
        links,
    }
}

/// Labels used by the CSV and JSON downloads: `Pair`s of the stable keys and values.
pub fn csv_rows(model: &SiteModel, base: &str) -> Vec<Vec<Pair>> {
    model
        .projects
        .iter()
        .map(|p| {
            let plain = |t: &Option<Text>| {
                t.as_ref()
                    .map(|t| plain_text(&t.source))
                    .unwrap_or_default()
            };
            let row: Vec<(&str, String)> = vec![
                ("id", p.id.clone()),
                ("title", p.title.clone()),
                ("summary", plain(&p.summary)),
                (
                    "summary_lix",
                    p.summary
                        .as_ref()
                        .and_then(|t| t.lix_value)
                        .map(|v| format!("{v:.1}"))
                        .unwrap_or_default(),
                ),
                ("purpose", plain(&p.purpose)),
                ("department", p.department.clone()),
                ("unit", p.unit.clone().unwrap_or_default()),
                ("contact", p.contact.clone().unwrap_or_default()),
                ("phase", p.phase_key.clone()),
                ("active", p.active.to_string()),
                ("started", p.started.clone().unwrap_or_default()),
                ("ended", p.ended.clone().unwrap_or_default()),
                ("data_fate", p.data_fate.clone().unwrap_or_default()),
                ("risk_level", p.risk_level.to_string()),
                ("risk_complete", p.risk_complete.to_string()),
                (
                    "subjects",
                    p.subjects
                        .iter()
                        .map(|s| s.key.as_str())
                        .collect::<Vec<_>>()
                        .join(";"),
                ),
                (
                    "source_systems",
                    p.sources
                        .iter()
                        .map(|s| s.system.as_str())
                        .collect::<Vec<_>>()
                        .join(";"),
                ),
                ("automation_kind", p.kind_key.clone()),
                ("who_decides", p.who_decides.clone()),
                ("effect", p.effect_key.clone()),
                ("appeal", plain(&p.appeal)),
                ("legal_basis", plain(&p.legal_basis)),
                ("bias_tests", p.bias_tests.len().to_string()),
                (
                    "bias_tests_failed",
                    p.bias_tests
                        .iter()
                        .filter(|t| t.passed == Some(false))
                        .count()
                        .to_string(),
                ),
                ("suppliers", p.suppliers.join(";")),
                (
                    "last_changed",
                    p.last_changed_iso.clone().unwrap_or_default(),
                ),
                ("page", format!("{base}{}/", p.id)),
            ];
            row.into_iter()
                .map(|(k, v)| Pair {
                    label: k.to_string(),
                    value: v,
                })
                .collect()
        })
        .collect()
}
