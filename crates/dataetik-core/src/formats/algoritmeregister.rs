//! The Dutch Algoritmeregister publication standard 1.0 (MinBZK/Algoritmeregister,
//! `backend/app/schemas/config/v1_0.json`): one flat JSON object per algorithm with the API
//! field names, long texts in limited HTML, dates as `YYYY-MM`.
//!
//! The mapping both ways, and what has no place, is in docs/open-formats.md.

use serde_json::{json, Map, Value};

use super::markup::{self, Block};
use super::{
    blocks, contact, is_https_url, is_not_applicable, risk_level, source_line, source_markdown,
    text, value_text, Draft, ExportContext, Fields, ImportNote, Missing, Shape,
};
use crate::check::FileResult;
use crate::i18n::Catalogue;
use crate::model::{
    AiAct, Assessment, Automation, Data, Dignity, Dpia, DpiaStatus, FriaStatus, Lifecycle, Links,
    Owner, PartialDate, Phase, Principles, RiskEntry, Source, Supplier,
};

/// The value of `standard_version`.
pub const STANDARD_VERSION: &str = "1.0";

/// The recommended title of a DPIA in `impacttoetsen_grouping`.
pub const DPIA_TITLE: &str = "Data Protection Impact Assessment (DPIA)";

/// Maximum lengths (characters; for HTML fields without tags), from the standard.
mod max {
    pub(super) const NAME: usize = 100;
    pub(super) const DESCRIPTION_SHORT: usize = 400;
    pub(super) const ORGANIZATION: usize = 100;
    pub(super) const URL: usize = 500;
    pub(super) const TEXT: usize = 2500;
    pub(super) const METHODS: usize = 5000;
    pub(super) const PROVIDER: usize = 200;
    pub(super) const SOURCE_ID: usize = 100;
}

/// The status for a lifecycle phase.
pub fn status(p: Phase) -> &'static str {
    match p {
        Phase::Idea | Phase::Analysis | Phase::Build => "In ontwikkeling",
        Phase::Operation => "In gebruik",
        Phase::Completed | Phase::Stopped => "Buiten gebruik",
    }
}

/// `YYYY-MM` of a date known at least to the month.
fn month(d: Option<PartialDate>) -> Value {
    match d {
        Some(PartialDate::Day(d)) => json!(format!("{:04}-{:02}", d.0.year(), d.0.month())),
        Some(PartialDate::Month(y, m)) => json!(format!("{y:04}-{m:02}")),
        _ => Value::Null,
    }
}

/// The publication category: a high-risk AI system when `ai_act.high_risk`, "other" only when
/// the risk level is the lowest and every risk factor is stated, otherwise "impactful".
pub fn publication_category(m: &Assessment, f: &FileResult) -> &'static str {
    if m.ai_act.as_ref().and_then(|a| a.high_risk) == Some(true) {
        "Hoog-risico AI-systeem"
    } else if risk_level(f) == Some((1, true)) {
        "Overige algoritmes"
    } else {
        "Impactvolle algoritmes"
    }
}

fn plain_cut(s: &str, max: usize) -> String {
    markup::cut_text(s.trim(), max, &|_| 1)
}

fn html(blocks: Vec<Block>, max: usize) -> Value {
    if blocks.is_empty() {
        return Value::Null;
    }
    json!(markup::to_html(&markup::cut_blocks_html(&blocks, max)))
}

fn url(s: Option<&String>) -> Value {
    match s.map(|s| s.trim()) {
        Some(s) if is_https_url(s) && s.chars().count() <= max::URL => json!(s),
        _ => Value::Null,
    }
}

/// A record for one assessment, or what the standard requires and the assessment lacks.
pub(crate) fn record(
    ctx: &ExportContext<'_>,
    f: &FileResult,
    m: &Assessment,
) -> Result<Value, Vec<Missing>> {
    let lang = ctx.lang;
    let cat = Catalogue::new(lang);
    let mut missing = Vec::new();
    let mut need = |field: &str, target: &str| {
        missing.push(Missing {
            field: field.into(),
            target: target.into(),
            shape: (field == "owner.contact").then_some(Shape::EmailOrHttps),
        });
    };
    let title = m.title.as_deref().map(str::trim).filter(|s| !s.is_empty());
    if title.is_none() {
        need("title", "name");
    }
    let summary = blocks(m.summary.as_ref());
    if summary.is_none() {
        need("summary", "description_short");
    }
    if ctx.organisation.trim().is_empty() {
        need("dataetik.yaml: organisation", "organization");
    }
    let phase = m.phase();
    if phase.is_none() {
        need("lifecycle.phase", "status");
    }
    let contact = contact(m, Shape::EmailOrHttps);
    if contact.is_none() {
        need("owner.contact", "contact_email");
    }
    let (Some(title), Some(summary), Some(phase), Some(contact)) = (title, summary, phase, contact)
    else {
        return Err(missing);
    };
    if !missing.is_empty() {
        return Err(missing);
    }

    // goal: the purpose, and the consequence for the person.
    let mut goal = blocks(m.purpose.as_ref()).unwrap_or_default();
    if let Some(i) = &m.impact {
        if i.effect.is_some() || i.reversibility.is_some() {
            goal.push(Block::Para(text::impact_line(
                cat,
                i.effect,
                i.reversibility,
            )));
        }
    }

    // risks: one item per risk, with its rating, mitigation and owner.
    let risk_items: Vec<Vec<Block>> = m.risks().iter().map(|r| risk_blocks(r, cat)).collect();
    let risks = if risk_items.is_empty() {
        Vec::new()
    } else {
        vec![Block::List {
            ordered: false,
            items: risk_items,
        }]
    };

    // impact assessments carried out.
    let dpia = m.data.as_ref().and_then(|d| d.dpia.as_ref());
    let mut assessments = Vec::new();
    if let Some(d) = dpia.filter(|d| d.status == Some(DpiaStatus::Done)) {
        assessments.push(json!({"title": DPIA_TITLE, "link": url(d.reference.as_ref())}));
    }
    if m.ai_act.as_ref().and_then(|a| a.fria) == Some(FriaStatus::Done) {
        assessments.push(json!({"title": text::fria_title(cat), "link": Value::Null}));
    }
    let dpia_reason = blocks(dpia.and_then(|d| d.reason.as_ref())).unwrap_or_default();

    // source data: one item per source system.
    let sources: Vec<Vec<Block>> = m
        .data
        .as_ref()
        .and_then(|d| d.sources.as_deref())
        .unwrap_or(&[])
        .iter()
        .filter_map(source_item)
        .collect();
    let source_data = if sources.is_empty() {
        Vec::new()
    } else {
        vec![Block::List {
            ordered: false,
            items: sources,
        }]
    };

    // A reference to the supplier register is named by the legal name in its file.
    let providers: Vec<String> = m
        .suppliers
        .as_deref()
        .unwrap_or(&[])
        .iter()
        .filter_map(|s| ctx.suppliers.display_name(s))
        .collect();

    let links = m.links.as_ref();
    let principles = m.principles.as_ref();
    let proportionality = principles
        .and_then(|p| p.dignity.as_ref())
        .and_then(|d| d.proportionality.as_ref());
    let automation = m.automation.as_ref();

    let mut r = Map::new();
    r.insert("name".into(), json!(plain_cut(title, max::NAME)));
    r.insert(
        "description_short".into(),
        json!(plain_cut(
            &markup::to_one_line(&summary),
            max::DESCRIPTION_SHORT
        )),
    );
    r.insert(
        "organization".into(),
        json!(plain_cut(ctx.organisation, max::ORGANIZATION)),
    );
    r.insert("category".into(), Value::Null);
    r.insert("status".into(), json!(status(phase)));
    // begin_date is the month the system went into use, end_date the month it went out of use
    // ("must stay empty while in use"). dataetik records when the project started, so the start
    // is given once the system is in use or was; the end only once it is out of use.
    let lc = m.lifecycle.as_ref();
    let in_use_or_was = phase.rank() >= Phase::Operation.rank();
    let begin = lc.and_then(|l| l.started).filter(|_| in_use_or_was);
    let end = lc.and_then(|l| l.ended).filter(|_| !phase.is_active());
    r.insert("begin_date".into(), month(begin));
    r.insert("end_date".into(), month(end));
    r.insert("contact_email".into(), json!(contact));
    r.insert(
        "website".into(),
        url(links.and_then(|l| l.public_page.as_ref())),
    );
    r.insert(
        "publication_category".into(),
        json!(publication_category(m, f)),
    );
    r.insert("url".into(), url(links.and_then(|l| l.register.as_ref())));
    r.insert("goal".into(), html(goal, max::TEXT));
    r.insert(
        "proportionality".into(),
        html(blocks(proportionality).unwrap_or_default(), max::TEXT),
    );
    r.insert(
        "human_intervention".into(),
        html(
            blocks(automation.and_then(|a| a.human_review.as_ref())).unwrap_or_default(),
            max::TEXT,
        ),
    );
    r.insert("risks".into(), html(risks, max::TEXT));
    r.insert(
        "lawful_basis".into(),
        html(
            blocks(m.legal_basis.as_ref()).unwrap_or_default(),
            max::TEXT,
        ),
    );
    r.insert("lawful_basis_grouping".into(), Value::Null);
    r.insert("process_index_url".into(), Value::Null);
    r.insert(
        "impacttoetsen_grouping".into(),
        if assessments.is_empty() {
            Value::Null
        } else {
            Value::Array(assessments)
        },
    );
    r.insert("impacttoetsen".into(), html(dpia_reason, max::TEXT));
    r.insert("source_data".into(), html(source_data, max::TEXT));
    r.insert("source_data_grouping".into(), Value::Null);
    r.insert(
        "methods_and_models".into(),
        html(methods_blocks(m, cat), max::METHODS),
    );
    r.insert(
        "provider".into(),
        if providers.is_empty() {
            Value::Null
        } else {
            json!(plain_cut(&providers.join("; "), max::PROVIDER))
        },
    );
    r.insert(
        "publiccode".into(),
        url(links.and_then(|l| l.source_code.as_ref())),
    );
    r.insert("lang".into(), json!(lang.iso639_3()));
    r.insert("standard_version".into(), json!(STANDARD_VERSION));
    r.insert("source_id".into(), {
        let id = m.id.clone().unwrap_or_else(|| f.id());
        if id.is_empty() || id.len() > max::SOURCE_ID {
            Value::Null
        } else {
            json!(id)
        }
    });
    r.insert("tags".into(), Value::Null);
    Ok(Value::Object(r))
}

/// A risk as the blocks of one list item: the risk, its rating, mitigation and owner.
pub(crate) fn risk_blocks(r: &RiskEntry, cat: Catalogue) -> Vec<Block> {
    let mut b = markup::parse_markdown(&r.risk);
    if r.likelihood.is_some() || r.severity.is_some() {
        b.push(Block::Para(text::rating_line(
            cat,
            r.likelihood,
            r.severity,
        )));
    }
    if let Some(mut mit) = blocks(r.mitigation.as_ref()) {
        let label = text::mitigation_label(cat);
        match mit.first_mut() {
            Some(Block::Para(p)) => *p = format!("{label} {p}"),
            _ => b.push(Block::Para(label)),
        }
        b.extend(mit);
    }
    if let Some(o) = r.owner.as_deref().map(str::trim).filter(|o| !o.is_empty()) {
        b.push(Block::Para(format!("{} {o}", text::risk_owner_label(cat))));
    }
    b
}

/// A source system as a list item: "system: description".
pub(crate) fn source_item(s: &Source) -> Option<Vec<Block>> {
    let system = s.system.as_deref().map(str::trim).filter(|x| !x.is_empty());
    let desc = s.description.as_ref().and_then(|d| blocks(Some(d)));
    match (system, desc) {
        (None, None) => None,
        (Some(sys), None) => Some(vec![Block::Para(sys.to_string())]),
        (None, Some(d)) => Some(d),
        (Some(sys), Some(mut d)) => {
            match d.first_mut() {
                Some(Block::Para(p)) => *p = format!("{sys}: {p}"),
                _ => d.insert(0, Block::Para(format!("{sys}:"))),
            }
            Some(d)
        }
    }
}

/// The technical working: method, machine learning, inputs, measured quality and bias tests.
pub(crate) fn methods_blocks(m: &Assessment, cat: Catalogue) -> Vec<Block> {
    let a = m.automation.as_ref();
    let mut b = blocks(a.and_then(|a| a.method.as_ref())).unwrap_or_default();
    if let Some(ml) = a.and_then(|a| a.machine_learning) {
        b.push(Block::Para(text::machine_learning_line(cat, ml)));
    }
    b.extend(inputs_blocks(m, cat));
    b.extend(performance_blocks(m, cat));
    b
}

/// The inputs as a heading and a list (with protected attributes and their justification).
pub(crate) fn inputs_blocks(m: &Assessment, cat: Catalogue) -> Vec<Block> {
    let items: Vec<Vec<Block>> = m
        .inputs()
        .iter()
        .filter_map(|i| {
            let name = i.name.as_deref().map(str::trim).filter(|n| !n.is_empty())?;
            let mut item = vec![Block::Para(text::input_line(
                cat,
                name,
                i.protected_attribute(),
            ))];
            item.extend(blocks(i.justification.as_ref()).unwrap_or_default());
            Some(item)
        })
        .collect();
    if items.is_empty() {
        return Vec::new();
    }
    vec![
        Block::Para(text::inputs_heading(cat)),
        Block::List {
            ordered: false,
            items,
        },
    ]
}

/// Measured performance and bias tests as headed lists.
pub(crate) fn performance_blocks(m: &Assessment, cat: Catalogue) -> Vec<Block> {
    let mut b = Vec::new();
    let perf: Vec<Vec<Block>> = m
        .automation
        .as_ref()
        .and_then(|a| a.performance.as_deref())
        .unwrap_or(&[])
        .iter()
        .map(|p| {
            vec![Block::Para(text::performance_line(
                cat,
                p.metric,
                p.value,
                p.population.as_deref(),
                p.date,
            ))]
        })
        .filter(|i| !matches!(i.first(), Some(Block::Para(s)) if s.trim().is_empty()))
        .collect();
    if !perf.is_empty() {
        b.push(Block::Para(text::performance_heading(cat)));
        b.push(Block::List {
            ordered: false,
            items: perf,
        });
    }
    let bias: Vec<Vec<Block>> = m
        .bias_tests()
        .iter()
        .map(|bt| {
            let mut item = vec![Block::Para(text::bias_line(
                cat,
                bt.date,
                bt.attributes.as_deref().unwrap_or(&[]),
                bt.metric.map(super::super::model::Metric::key),
                bt.value,
                bt.threshold,
                bt.passed,
            ))];
            if let Some(mit) = blocks(bt.mitigation.as_ref()) {
                item.extend(mit);
            }
            item
        })
        .filter(|i| !matches!(i.first(), Some(Block::Para(s)) if s.trim().is_empty()))
        .collect();
    if !bias.is_empty() {
        b.push(Block::Para(text::bias_heading(cat)));
        b.push(Block::List {
            ordered: false,
            items: bias,
        });
    }
    b
}

// ---------------------------------------------------------------------------------------------
// Import

/// Each field of the standard with the other names it goes by: the JSON Schema names of
/// `schema.json` and names of records published before 1.0.
const ALIASES: &[(&str, &[&str])] = &[
    ("name", &["name"]),
    ("description_short", &["description_short"]),
    ("status", &["status"]),
    ("begin_date", &["begin_date", "start_date"]),
    ("end_date", &["end_date"]),
    ("contact_email", &["contact_email", "contact"]),
    ("website", &["website", "link"]),
    ("publication_category", &["publication_category"]),
    ("url", &["url", "source_link"]),
    ("goal", &["goal", "purpose_and_impact"]),
    ("proportionality", &["proportionality", "considerations"]),
    ("human_intervention", &["human_intervention"]),
    ("risks", &["risks", "risk_management"]),
    ("lawful_basis", &["lawful_basis", "legal_basis"]),
    ("lawful_basis_grouping", &["lawful_basis_grouping"]),
    (
        "impacttoetsen_grouping",
        &["impacttoetsen_grouping", "impact_assessments"],
    ),
    (
        "impacttoetsen",
        &["impacttoetsen", "impact_assessment_explanation"],
    ),
    ("source_data", &["source_data", "data"]),
    ("source_data_grouping", &["source_data_grouping"]),
    (
        "methods_and_models",
        &["methods_and_models", "technical_operation"],
    ),
    ("provider", &["provider", "supplier"]),
    ("publiccode", &["publiccode", "source_code_link"]),
    ("source_id", &["source_id"]),
    // Records published before 1.0.
    ("description", &["description"]),
    ("department", &["department"]),
    ("objection_procedure", &["objection_procedure"]),
    ("type", &["type"]),
];

struct Reader<'a> {
    obj: &'a Fields,
    used: Vec<String>,
    empty: Vec<String>,
}

impl<'a> Reader<'a> {
    /// The first non-empty value of `canonical` or one of its other names, with the name it
    /// was written under. Values that only say N/A are noted and skipped.
    fn get(&mut self, canonical: &str) -> Option<(String, &'a Value)> {
        let names = ALIASES
            .iter()
            .find(|(c, _)| *c == canonical)
            .map_or(&[][..], |(_, n)| *n);
        let mut found = None;
        for n in names {
            let Some(v) = self.obj.get(*n) else { continue };
            self.used.push((*n).to_string());
            if found.is_some() || is_blank(v) {
                continue;
            }
            if v.as_str().is_some_and(is_not_applicable) {
                self.empty.push((*n).to_string());
                continue;
            }
            found = Some(((*n).to_string(), v));
        }
        found
    }

    fn string(&mut self, canonical: &str) -> Option<(String, &'a str)> {
        let (n, v) = self.get(canonical)?;
        v.as_str().map(|s| (n, s))
    }

    /// Marks a field as read without using it.
    fn touch(&mut self, name: &str) {
        self.used.push(name.to_string());
    }
}

fn is_blank(v: &Value) -> bool {
    match v {
        Value::Null => true,
        Value::String(s) => s.trim().is_empty(),
        Value::Array(a) => a.is_empty(),
        Value::Object(o) => o.is_empty(),
        _ => false,
    }
}

/// The status as a phase (only the standard's three values; older free texts are not guessed).
pub fn phase_of_status(s: &str) -> Option<Phase> {
    match s.trim().to_lowercase().as_str() {
        "in ontwikkeling" => Some(Phase::Build),
        "in gebruik" => Some(Phase::Operation),
        "buiten gebruik" => Some(Phase::Stopped),
        _ => None,
    }
}

/// A `{title, link}` list (or the JSON Schema's flat `*_title` / `*_link` pair).
fn grouping(
    obj: &Fields,
    list: &str,
    flat_title: &str,
    flat_link: &str,
) -> Vec<(String, Option<String>)> {
    let mut out = Vec::new();
    match obj.get(list) {
        Some(Value::Array(items)) => {
            for i in items {
                match i {
                    Value::Object(o) => {
                        let title = o.get("title").and_then(Value::as_str).map(str::trim);
                        let link = o
                            .get("link")
                            .and_then(Value::as_str)
                            .map(str::trim)
                            .filter(|l| !l.is_empty())
                            .map(str::to_string);
                        if let Some(t) = title.filter(|t| !t.is_empty()) {
                            out.push((t.to_string(), link));
                        } else if let Some(l) = link {
                            out.push((l.clone(), Some(l)));
                        }
                    }
                    Value::String(s) if !s.trim().is_empty() => {
                        out.push((s.trim().to_string(), None));
                    }
                    _ => {}
                }
            }
        }
        Some(Value::String(s)) if !s.trim().is_empty() => {
            for part in s.split([',', ';']) {
                if !part.trim().is_empty() {
                    out.push((part.trim().to_string(), None));
                }
            }
        }
        _ => {}
    }
    let title = obj
        .get(flat_title)
        .and_then(Value::as_str)
        .map(str::trim)
        .filter(|t| !t.is_empty());
    let link = obj
        .get(flat_link)
        .and_then(Value::as_str)
        .map(str::trim)
        .filter(|t| !t.is_empty());
    match (title, link) {
        (Some(t), l) => out.push((t.to_string(), l.map(str::to_string))),
        (None, Some(l)) => {
            if let Some(last) = out.last_mut().filter(|x| x.1.is_none()) {
                last.1 = Some(l.to_string());
            } else {
                out.push((l.to_string(), Some(l.to_string())));
            }
        }
        (None, None) => {}
    }
    out
}

/// "Intern ontwikkeld" (developed in-house) and the like: no supplier.
fn is_in_house(name: &str) -> bool {
    let n = name.trim().trim_end_matches('.').to_lowercase();
    n.starts_with("intern ontwikkeld")
        || n.starts_with("eigen ontwikkeling")
        || n == "intern"
        || n == "in-house"
        || n == "in house"
        || n == "geen"
}

fn is_dpia(title: &str) -> bool {
    let t = title.to_lowercase();
    (t.contains("dpia") || t.contains("data protection impact"))
        && !t.contains("pre-scan")
        && !t.contains("prescan")
        && !t.contains("quickscan")
}

fn is_fundamental_rights(title: &str) -> bool {
    let t = title.to_lowercase();
    t.contains("fraia")
        || t.contains("iama")
        || t.contains("fria")
        || t.contains("fundamental rights")
        || t.contains("fundamentele rechten")
        || t.contains("mensenrechten")
        || t.contains("grundlæggende rettigheder")
}

/// Turns one record into an assessment draft.
pub(crate) fn draft(obj: &Fields) -> Draft {
    let mut d = Draft::default();
    let mut r = Reader {
        obj,
        used: Vec::new(),
        empty: Vec::new(),
    };
    let mut a = Assessment::default();

    if let Some((n, s)) = r.string("name") {
        if let Some(title) = source_line(s) {
            d.name = Some(title.clone());
            a.title = Some(title);
            d.from("title", &n);
        }
    }
    // source_id: the id when it is a valid dataetik id; otherwise the id comes from the name.
    match r.string("source_id") {
        Some((n, s)) if super::is_valid_id(s.trim()) => {
            a.id = Some(s.trim().to_string());
            d.id_from = Some((n, true));
        }
        Some((n, s)) => {
            d.unmapped.push((n, s.to_string()));
            d.id_from = Some(("name".into(), false));
        }
        None => d.id_from = Some(("name".into(), false)),
    }
    let summary = r
        .string("description_short")
        .or_else(|| r.string("description"));
    if let Some((n, s)) = summary {
        a.summary = source_markdown(s, true);
        d.from("summary", &n);
    }
    if r.obj.contains_key("description_short") {
        // An older record's long description next to the short one (often the same text).
        if let Some((n, s)) = r.string("description") {
            let short = r.obj.get("description_short").and_then(Value::as_str);
            if short.map(str::trim) != Some(s.trim()) {
                d.unmapped.push((n, s.to_string()));
            }
        }
    }

    // owner
    let mut owner = Owner::default();
    if let Some((n, s)) = r.string("contact_email") {
        owner.contact = source_line(s);
        d.from("owner.contact", &n);
    }
    if let Some((n, s)) = r.string("department") {
        owner.department = source_line(s);
        d.from("owner.department", &n);
    }
    if owner.contact.is_some() || owner.department.is_some() {
        a.owner = Some(owner);
    }

    // lifecycle
    let mut lc = Lifecycle::default();
    if let Some((n, s)) = r.string("status") {
        match phase_of_status(s) {
            Some(p) => {
                lc.phase = Some(p);
                d.from("lifecycle.phase", &n);
                match p {
                    Phase::Stopped => {
                        d.notes
                            .insert("lifecycle.phase".into(), ImportNote::PhaseStopped);
                    }
                    Phase::Build => {
                        d.notes
                            .insert("lifecycle.phase".into(), ImportNote::PhaseNotInUse(p));
                    }
                    _ => {}
                }
            }
            None => d.unmapped.push((n, s.to_string())),
        }
    }
    for (canonical, target) in [("begin_date", "started"), ("end_date", "ended")] {
        if let Some((n, s)) = r.string(canonical) {
            match PartialDate::parse(s.trim()) {
                Some(date) => {
                    if target == "started" {
                        lc.started = Some(date);
                    } else {
                        lc.ended = Some(date);
                    }
                    d.from(&format!("lifecycle.{target}"), &n);
                }
                None => d.unmapped.push((n, s.to_string())),
            }
        }
    }
    if lc.phase.is_some() || lc.started.is_some() || lc.ended.is_some() {
        a.lifecycle = Some(lc);
    }

    if let Some((n, s)) = r.string("goal") {
        a.purpose = source_markdown(s, true);
        d.from("purpose", &n);
    }

    // legal basis: the text, and the titled links as a list under it.
    let mut legal = r
        .string("lawful_basis")
        .map(|(n, s)| {
            d.from("legal_basis", &n);
            markup::parse_html(s)
        })
        .unwrap_or_default();
    r.touch("lawful_basis_grouping");
    r.touch("legal_basis_title");
    r.touch("legal_basis_link");
    let laws = grouping(
        obj,
        "lawful_basis_grouping",
        "legal_basis_title",
        "legal_basis_link",
    );
    if !laws.is_empty() {
        let field = if obj.contains_key("lawful_basis_grouping") {
            "lawful_basis_grouping"
        } else {
            "legal_basis_title, legal_basis_link"
        };
        d.from("legal_basis", field);
        legal.push(Block::List {
            ordered: false,
            items: laws
                .into_iter()
                .map(|(t, l)| {
                    vec![Block::Para(match l {
                        Some(l) if l != t => format!("{t}: {l}"),
                        _ => t,
                    })]
                })
                .collect(),
        });
    }
    if !legal.is_empty() {
        a.legal_basis = Some(super::md_value(markup::to_markdown(&legal)));
    }

    // data: sources, DPIA
    let mut data = Data::default();
    let mut sources = Vec::new();
    if let Some((n, s)) = r.string("source_data") {
        sources.extend(sources_from(&markup::parse_html(s)));
        d.from("data.sources", &n);
    }
    r.touch("source_data_grouping");
    r.touch("data_source_title");
    r.touch("data_source_link");
    let source_links = grouping(
        obj,
        "source_data_grouping",
        "data_source_title",
        "data_source_link",
    );
    if !source_links.is_empty() {
        let field = if obj.contains_key("source_data_grouping") {
            "source_data_grouping"
        } else {
            "data_source_title, data_source_link"
        };
        d.from("data.sources", field);
        for (t, l) in source_links {
            sources.push(Source {
                system: Some(t.clone()),
                description: l.filter(|l| *l != t),
            });
        }
    }
    if !sources.is_empty() {
        data.sources = Some(sources);
    }
    let mut ai_act = AiAct::default();
    r.touch("impacttoetsen_grouping");
    r.touch("impact_assessments");
    r.touch("impact_assessment_link");
    let assessments = grouping(
        obj,
        "impacttoetsen_grouping",
        "impact_assessments",
        "impact_assessment_link",
    );
    let assess_field = if obj.contains_key("impacttoetsen_grouping") {
        "impacttoetsen_grouping"
    } else {
        "impact_assessments"
    };
    let mut dpia = Dpia::default();
    for (title, link) in assessments {
        if is_dpia(&title) {
            dpia.status = Some(DpiaStatus::Done);
            if link.is_some() {
                dpia.reference = link;
            }
            d.from("data.dpia", assess_field);
        } else if is_fundamental_rights(&title) {
            ai_act.fria = Some(FriaStatus::Done);
            d.from("ai_act.fria", assess_field);
        } else {
            let v = match link {
                Some(l) => format!("{title} ({l})"),
                None => title,
            };
            d.unmapped.push((assess_field.to_string(), v));
        }
    }
    if let Some((n, s)) = r.string("impacttoetsen") {
        dpia.reason = source_markdown(s, true);
        d.from("data.dpia", &n);
    }
    if dpia.status.is_some() || dpia.reason.is_some() || dpia.reference.is_some() {
        data.dpia = Some(dpia);
    }
    if data.sources.is_some() || data.dpia.is_some() {
        a.data = Some(data);
    }

    // automation
    let mut auto = Automation::default();
    if let Some((n, s)) = r.string("methods_and_models") {
        auto.method = source_markdown(s, true);
        d.from("automation.method", &n);
    }
    if let Some((n, s)) = r.string("human_intervention") {
        auto.human_review = source_markdown(s, true);
        d.from("automation.human_review", &n);
    }
    if let Some((n, s)) = r.string("objection_procedure") {
        auto.appeal = source_markdown(s, true);
        d.from("automation.appeal", &n);
    }
    if let Some((n, s)) = r.string("type") {
        let t = s.to_lowercase();
        if t.contains("zelflerend") || t.contains("self-learning") || t.contains("machine learning")
        {
            auto.machine_learning = Some(true);
            d.from("automation.machine_learning", &n);
        } else if t.contains("regelgebaseerd")
            || t.contains("rule-based")
            || t.contains("rule based")
        {
            auto.machine_learning = Some(false);
            d.from("automation.machine_learning", &n);
        } else {
            d.unmapped.push((n, s.to_string()));
        }
    }
    if auto.method.is_some()
        || auto.human_review.is_some()
        || auto.appeal.is_some()
        || auto.machine_learning.is_some()
    {
        a.automation = Some(auto);
    }

    // risks: one per list item, or the whole text as one.
    if let Some((n, s)) = r.string("risks") {
        let b = markup::parse_html(s);
        let entries: Vec<RiskEntry> = match b.as_slice() {
            [Block::List { items, .. }] => items
                .iter()
                .map(|i| RiskEntry {
                    risk: super::md_value(markup::to_markdown(i)),
                    ..Default::default()
                })
                .collect(),
            [] => Vec::new(),
            _ => vec![RiskEntry {
                risk: super::md_value(markup::to_markdown(&b)),
                ..Default::default()
            }],
        };
        if !entries.is_empty() {
            a.risks = Some(entries);
            d.from("risks", &n);
        }
    }

    // links
    let mut links = Links::default();
    for (canonical, target) in [
        ("website", "public_page"),
        ("url", "register"),
        ("publiccode", "source_code"),
    ] {
        if let Some((n, s)) = r.string(canonical) {
            let v = source_line(s);
            match target {
                "public_page" => links.public_page = v,
                "register" => links.register = v,
                _ => links.source_code = v,
            }
            d.from(&format!("links.{target}"), &n);
        }
    }
    if links.public_page.is_some() || links.register.is_some() || links.source_code.is_some() {
        a.links = Some(links);
    }

    // proportionality
    if let Some((n, s)) = r.string("proportionality") {
        a.principles = Some(Principles {
            dignity: Some(Dignity {
                proportionality: source_markdown(s, true),
                ..Default::default()
            }),
            ..Default::default()
        });
        d.from("principles.dignity.proportionality", &n);
    }

    // ai_act: only category A says something about the AI Act.
    if let Some((n, s)) = r.string("publication_category") {
        if s.trim().to_lowercase().starts_with("hoog-risico") {
            ai_act.high_risk = Some(true);
            d.from("ai_act.high_risk", &n);
        } else {
            d.unmapped.push((n, s.to_string()));
        }
    }
    if ai_act.high_risk.is_some() || ai_act.fria.is_some() {
        a.ai_act = Some(ai_act);
    }

    // provider: one supplier per name (names separated by `;`); the standard asks for
    // "Intern ontwikkeld" when there is no supplier.
    if let Some((n, s)) = r.string("provider") {
        let mut names = Vec::new();
        for name in s.split(';').filter_map(source_line) {
            if is_in_house(&name) {
                d.unmapped.push((n.clone(), name));
            } else {
                names.push(Supplier {
                    name: Some(name),
                    ..Default::default()
                });
            }
        }
        if !names.is_empty() {
            a.suppliers = Some(names);
            d.from("suppliers", &n);
        }
    }

    // Everything else goes into the header, so nothing the source said is lost.
    for (k, v) in obj {
        if r.used.iter().any(|u| u == k) || is_blank(v) {
            continue;
        }
        if v.as_str().is_some_and(is_not_applicable) {
            r.empty.push(k.clone());
            continue;
        }
        d.unmapped.push((k.clone(), value_text(v)));
    }
    d.empty = r.empty;
    d.assessment = a;
    d
}

/// Source systems from `source_data`: a list gives one source per item ("system: description"
/// when the item starts so, a short item is a system's name), anything else one source described
/// by the whole text.
fn sources_from(b: &[Block]) -> Vec<Source> {
    match b {
        [Block::List { items, .. }] => items.iter().map(|i| source_of_item(i)).collect(),
        [] => Vec::new(),
        _ => vec![Source {
            system: None,
            description: Some(super::md_value(markup::to_markdown(b))),
        }],
    }
}

fn source_of_item(item: &[Block]) -> Source {
    if let Some((Block::Para(first), rest)) = item.split_first() {
        if let Some((sys, desc)) = first.split_once(": ") {
            if !sys.trim().is_empty() && sys.chars().count() <= 100 && !sys.contains('\n') {
                let mut blocks = Vec::new();
                if !desc.trim().is_empty() {
                    blocks.push(Block::Para(desc.trim().to_string()));
                }
                blocks.extend(rest.iter().cloned());
                let md = markup::to_markdown(&blocks);
                return Source {
                    system: Some(sys.trim().to_string()),
                    description: (!md.trim().is_empty()).then(|| super::md_value(md)),
                };
            }
        }
        if rest.is_empty() && !first.contains('\n') && first.chars().count() <= 100 {
            return Source {
                system: Some(first.trim().to_string()),
                description: None,
            };
        }
    }
    Source {
        system: None,
        description: Some(super::md_value(markup::to_markdown(item))),
    }
}
