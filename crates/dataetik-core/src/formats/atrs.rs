//! The UK Algorithmic Transparency Recording Standard, version 3.0 (co-cddo/
//! algorithmic-transparency-recording-standard, `previous-versions/v3.0/template_table.md`):
//! title information, tier 1 and tier 2, with the v3.0 snake_case attribute names.
//!
//! The standard has no JSON form (records are a spreadsheet, published as GOV.UK pages), so the
//! JSON shape is ours: one object per record with `metadata`, `title_information`,
//! `tier_1_information` and `tier_2`, tier 2 grouped by section (snake_case section names), the
//! supplier fields (2.1.4.1-2.1.4.5) as `external_suppliers[]` and the model and data
//! specifications (2.4.2, 2.4.3) as `models[]` of `{model_specification, data_specification}`.
//! Texts are plain text (lists as `- ` lines). A required field the assessment cannot fill is
//! `"N/A"`, as the standard's guidance asks; an optional one is `null`.
//!
//! The mapping both ways, and what has no place, is in docs/open-formats.md.

use serde_json::{json, Value};

use super::algoritmeregister::{inputs_blocks, performance_blocks, risk_blocks, source_item};
use super::markup::{self, Block};
use super::{
    blocks, contact, is_not_applicable, md_value, source_line, source_markdown, text, value_text,
    Draft, ExportContext, Fields, ImportNote, Missing, Shape,
};
use crate::check::FileResult;
use crate::i18n::Catalogue;
use crate::model::{
    Accountability, Assessment, Automation, Data, Dignity, Integrity, Lifecycle, Links, Owner,
    Phase, Principles, RiskEntry, Source, Supplier,
};

/// The value of `metadata.standard_version`.
pub const STANDARD_VERSION: &str = "v3.0";

/// The text of a required field the assessment cannot fill.
pub const NOT_AVAILABLE: &str = "N/A";

/// The phase for a lifecycle phase.
pub fn phase(p: Phase) -> &'static str {
    match p {
        Phase::Idea | Phase::Analysis => "Pre-deployment",
        Phase::Build => "Beta/Pilot",
        Phase::Operation => "Production",
        Phase::Completed | Phase::Stopped => "Retired",
    }
}

/// The lifecycle phase of an ATRS phase (v3.0 values, and v4.0's private and public beta):
/// Pre-deployment is `analysis`, a beta or pilot `build`, Retired `stopped`.
pub fn phase_of(s: &str) -> Option<Phase> {
    match s.trim().to_lowercase().as_str() {
        "pre-deployment" => Some(Phase::Analysis),
        "beta/pilot" | "beta" | "pilot" | "private beta" | "public beta" => Some(Phase::Build),
        "production" => Some(Phase::Operation),
        "retired" => Some(Phase::Stopped),
        _ => None,
    }
}

/// The snake_case key of a section name ("Decision-making Process" -> `decision_making_process`).
pub fn section_key(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('_') {
            out.push('_');
        }
    }
    out.trim_matches('_').to_string()
}

fn plain(b: Vec<Block>) -> Option<String> {
    (!b.is_empty()).then(|| markup::to_plain(&b))
}

fn req(v: Option<String>) -> Value {
    json!(v.unwrap_or_else(|| NOT_AVAILABLE.to_string()))
}

fn opt(v: Option<String>) -> Value {
    v.map_or(Value::Null, Value::String)
}

fn md(m: Option<&String>) -> Option<String> {
    plain(blocks(m).unwrap_or_default())
}

fn line(s: Option<&String>) -> Option<String> {
    s.map(|s| s.trim().to_string()).filter(|s| !s.is_empty())
}

/// The first sentence of a text (ATRS 0.15 "one sentence description").
fn first_sentence(s: &str) -> String {
    let mut end = s.len();
    for (i, c) in s.char_indices() {
        if matches!(c, '.' | '!' | '?') {
            let next = s[i + c.len_utf8()..].chars().next();
            if next.is_none_or(char::is_whitespace) {
                end = i + c.len_utf8();
                break;
            }
        }
    }
    s[..end].trim().to_string()
}

/// A record for one assessment, or what the standard requires and the assessment lacks.
pub(crate) fn record(
    ctx: &ExportContext<'_>,
    _file: &FileResult,
    m: &Assessment,
) -> Result<Value, Vec<Missing>> {
    let lang = ctx.lang;
    let cat = Catalogue::new(lang);
    let mut missing = Vec::new();
    let mut need = |field: &str, target: &str| {
        missing.push(Missing {
            field: field.into(),
            target: target.into(),
            shape: (field == "owner.contact").then_some(Shape::Email),
        });
    };
    let title = line(m.title.as_ref());
    if title.is_none() {
        need("title", "name");
    }
    let summary = blocks(m.summary.as_ref());
    if summary.is_none() {
        need("summary", "description");
    }
    if ctx.organisation.trim().is_empty() {
        need("dataetik.yaml: organisation", "organisation_name");
    }
    let ph = m.phase();
    if ph.is_none() {
        need("lifecycle.phase", "phase");
    }
    let contact = contact(m, Shape::Email);
    if contact.is_none() {
        need("owner.contact", "contact_email");
    }
    let (Some(title), Some(summary), Some(ph), Some(contact)) = (title, summary, ph, contact)
    else {
        return Err(missing);
    };
    if !missing.is_empty() {
        return Err(missing);
    }

    let owner = m.owner.as_ref();
    let auto = m.automation.as_ref();
    let data = m.data.as_ref();
    let pr = m.principles.as_ref();
    let suppliers = m.suppliers.as_deref().unwrap_or(&[]);

    let metadata = json!({ "standard_version": STANDARD_VERSION });
    let one_line = markup::to_one_line(&summary);
    let title_information = json!({
        "title": title,
        "organisation_name": ctx.organisation.trim(),
        "phase": phase(ph),
        "region": Value::Null,
        "one_sentence_description": first_sentence(&one_line),
    });
    let tier_1 = json!({
        "name": title,
        "description": markup::to_plain(&summary),
        "website_url": req(m
            .links
            .as_ref()
            .and_then(|l| line(l.public_page.as_ref()))
            .filter(|u| u.starts_with("https://") || u.starts_with("http://"))),
        "contact_email": contact,
    });

    let external: Vec<Value> = suppliers
        .iter()
        .map(|s| {
            // A reference to the supplier register is named by the legal name in its file, and
            // its kind and first data-processing agreement come from there when the entry
            // does not give them.
            let s = ctx.suppliers.resolve(s);
            json!({
                "external_supplier": opt(s.name.clone()),
                "companies_house_number": Value::Null,
                "external_supplier_role": opt(text::supplier_role(cat, s.role, s.kind)),
                "procurement_procedure_type": Value::Null,
                "data_access_terms": opt(s.dpa.as_ref().and_then(|d| text::dpa_line(cat, d.reference.as_deref(), d.date))),
            })
        })
        .collect();
    let owner_section = json!({
        "organisation_or_department": req(owner.and_then(|o| line(o.department.as_ref()))),
        "team": req(owner.and_then(|o| line(o.unit.as_ref()))),
        "senior_responsible_owner": req(owner.and_then(|o| line(o.responsible.as_ref()))),
        "external_supplier_involvement": if suppliers.is_empty() { "No" } else { "Yes" },
        "external_suppliers": external,
    });

    let description_section = json!({
        "detailed_description": Value::Null,
        "scope": req(md(m.purpose.as_ref())),
        "benefit": req(md(pr.and_then(|p| p.integrity.as_ref()).and_then(|i| i.professional_value.as_ref()))),
        "previous_process": Value::Null,
        "alternatives_considered": opt(md(pr.and_then(|p| p.dignity.as_ref()).and_then(|d| d.proportionality.as_ref()))),
    });

    let mut integration = Vec::new();
    if let Some(k) = m.automation_kind() {
        integration.push(Block::Para(text::kind_line(cat, k)));
    }
    if let Some(i) = &m.impact {
        if i.effect.is_some() || i.reversibility.is_some() {
            integration.push(Block::Para(text::impact_line(
                cat,
                i.effect,
                i.reversibility,
            )));
        }
    }
    let decision_section = json!({
        "process_integration": req(plain(integration)),
        "provided_information": NOT_AVAILABLE,
        "frequency_and_scale_of_usage": req(m.citizens_affected.map(|n| text::people_line(cat, n))),
        "human_decisions_and_review": req(md(auto.and_then(|a| a.human_review.as_ref()))),
        "required_training": NOT_AVAILABLE,
        "appeals_and_review": opt(md(auto.and_then(|a| a.appeal.as_ref()))),
    });

    let tool_section = json!({
        "system_architecture": NOT_AVAILABLE,
        "phase": phase(ph),
        "maintenance": req(md(pr.and_then(|p| p.accountability.as_ref()).and_then(|a| a.monitoring.as_ref()))),
        "models": NOT_AVAILABLE,
    });

    // The model: its inputs, architecture (method) and measured quality.
    let inputs: Vec<Block> = inputs_blocks(m, cat).into_iter().skip(1).collect();
    let mut architecture = blocks(auto.and_then(|a| a.method.as_ref())).unwrap_or_default();
    if let Some(ml) = auto.and_then(|a| a.machine_learning) {
        architecture.push(Block::Para(text::machine_learning_line(cat, ml)));
    }
    let model_specification = json!({
        "model_name": NOT_AVAILABLE,
        "model_version": NOT_AVAILABLE,
        "model_task": NOT_AVAILABLE,
        "model_input": req(plain(inputs)),
        "model_output": NOT_AVAILABLE,
        "model_architecture": req(plain(architecture)),
        "model_performance": req(plain(performance_blocks(m, cat))),
        "datasets": NOT_AVAILABLE,
        "dataset_purposes": NOT_AVAILABLE,
    });

    // The data: source systems, sensitive attributes, sharing, retention.
    let sources = data.and_then(|d| d.sources.as_deref()).unwrap_or(&[]);
    let names: Vec<Vec<Block>> = sources
        .iter()
        .filter_map(|s| line(s.system.as_ref()))
        .map(|n| vec![Block::Para(n)])
        .collect();
    let described: Vec<Vec<Block>> = sources
        .iter()
        .filter(|s| {
            s.description
                .as_deref()
                .is_some_and(|d| !d.trim().is_empty())
        })
        .filter_map(source_item)
        .collect();
    let list = |items: Vec<Vec<Block>>| {
        if items.is_empty() {
            Vec::new()
        } else {
            vec![Block::List {
                ordered: false,
                items,
            }]
        }
    };
    let mut sensitive = Vec::new();
    if let Some(s) = data.and_then(|d| d.sensitive_data) {
        sensitive.push(Block::Para(text::sensitive_line(cat, s)));
    }
    let protected: Vec<Vec<Block>> = m
        .inputs()
        .iter()
        .filter_map(|i| {
            let p = i.protected_attribute()?;
            let name = line(i.name.as_ref())?;
            Some(vec![Block::Para(text::input_line(cat, &name, Some(p)))])
        })
        .collect();
    sensitive.extend(list(protected));
    if let Some(p) = blocks(
        pr.and_then(|p| p.equality.as_ref())
            .and_then(|e| e.proxies.as_ref()),
    ) {
        sensitive.extend(p);
    }
    let data_specification = json!({
        "source_data_name": req(plain(list(names))),
        "data_modality": NOT_AVAILABLE,
        "data_description": req(plain(list(described))),
        "data_quantities": NOT_AVAILABLE,
        "sensitive_attributes": req(plain(sensitive)),
        "data_completeness_and_representativeness": NOT_AVAILABLE,
        "source_data_url": NOT_AVAILABLE,
        "data_collection": NOT_AVAILABLE,
        "data_cleaning": Value::Null,
        "data_sharing_agreements": req(md(data.and_then(|d| d.sharing.as_ref()))),
        "data_access_and_storage": req(md(data.and_then(|d| d.retention.as_ref()))),
    });

    // Impact assessments and risks.
    let mut impact_assessment = Vec::new();
    if let Some(d) = data.and_then(|d| d.dpia.as_ref()) {
        if let Some(s) = d.status {
            impact_assessment.push(Block::Para(text::dpia_line(
                cat,
                s,
                d.date,
                d.reference.as_deref(),
            )));
        }
        impact_assessment.extend(blocks(d.reason.as_ref()).unwrap_or_default());
    }
    if let Some(s) = m.ai_act.as_ref().and_then(|a| a.fria) {
        impact_assessment.push(Block::Para(text::fria_line(cat, s)));
    }
    let risks: Vec<Vec<Block>> = m.risks().iter().map(|r| risk_blocks(r, cat)).collect();
    let risk_section = json!({
        "impact_assessment": req(plain(impact_assessment)),
        "risks_and_mitigations": req(plain(list(risks))),
    });

    Ok(json!({
        "metadata": metadata,
        "title_information": title_information,
        "tier_1_information": tier_1,
        "tier_2": {
            "owner_and_responsibility": owner_section,
            "description_and_rationale": description_section,
            "decision_making_process": decision_section,
            "tool_specification": tool_section,
            "models": [ { "model_specification": model_specification, "data_specification": data_specification } ],
            "risks_mitigations_and_impact_assessments": risk_section,
        }
    }))
}

// ---------------------------------------------------------------------------------------------
// Import

/// Names used by version 2.1 records, and their v3.0 attribute.
const V2_1_NAMES: &[(&str, &str)] = &[
    ("website", "website_url"),
    ("organisation", "organisation_or_department"),
    ("impact_assessments", "impact_assessment"),
    ("risks", "risks_and_mitigations"),
    ("source_data_description", "data_description"),
    ("method", "model_architecture"),
    ("date_completion", "date_of_completion"),
    ("date_update", "date_updated"),
    ("date_archive", "date_archived"),
];

/// The record's fields: every `attribute: text` found in it (sections flattened), the
/// suppliers and the models. Names are v3.0 attributes (v2.1 names translated).
#[derive(Default)]
struct Flat {
    fields: Vec<(String, String, Value)>,
    suppliers: Vec<Fields>,
    models: Vec<Fields>,
}

impl Flat {
    fn read(obj: &Fields) -> Flat {
        let mut f = Flat::default();
        f.walk(obj, "");
        f
    }

    fn walk(&mut self, obj: &Fields, prefix: &str) {
        for (k, v) in obj {
            match v {
                Value::Object(o) => self.walk(o, &format!("{prefix}{k}.")),
                Value::Array(items) if items.iter().all(Value::is_object) && !items.is_empty() => {
                    let objs = items.iter().filter_map(Value::as_object).cloned();
                    if k.contains("supplier") || k.contains("third_part") {
                        self.suppliers.extend(objs);
                    } else {
                        self.models.extend(objs);
                    }
                }
                v => {
                    let canonical = V2_1_NAMES
                        .iter()
                        .find(|(old, _)| *old == k)
                        .map_or_else(|| k.clone(), |(_, new)| (*new).to_string());
                    self.fields
                        .push((canonical, format!("{prefix}{k}"), v.clone()));
                }
            }
        }
    }
}

/// Reads values by attribute, remembering which were used.
struct Reader {
    fields: Vec<(String, String, Value)>,
    used: Vec<usize>,
    empty: Vec<String>,
}

impl Reader {
    fn new(fields: Vec<(String, String, Value)>) -> Reader {
        Reader {
            fields,
            used: Vec::new(),
            empty: Vec::new(),
        }
    }

    /// The text of `attribute` with the field's written path, or `None` when absent, blank or N/A.
    fn get(&mut self, attribute: &str) -> Option<(String, String)> {
        let mut found = None;
        for (i, (a, path, v)) in self.fields.iter().enumerate() {
            if a != attribute || self.used.contains(&i) {
                continue;
            }
            self.used.push(i);
            let s = match v {
                Value::String(s) => s.clone(),
                Value::Array(items) => items
                    .iter()
                    .filter_map(Value::as_str)
                    .map(|s| format!("- {s}"))
                    .collect::<Vec<_>>()
                    .join("\n"),
                Value::Null => continue,
                other => other.to_string(),
            };
            if s.trim().is_empty() {
                continue;
            }
            if is_not_applicable(&s) {
                self.empty.push(path.clone());
                continue;
            }
            found = Some((path.clone(), s));
            break;
        }
        found
    }

    /// The fields not read, with their values; those that only say N/A go to `empty`.
    fn rest(&mut self) -> Vec<(String, String)> {
        let mut out = Vec::new();
        for (i, (_, path, v)) in self.fields.iter().enumerate() {
            if self.used.contains(&i) {
                continue;
            }
            let text = value_text(v);
            if v.is_null() || text.trim().is_empty() {
                continue;
            }
            if is_not_applicable(&text) {
                self.empty.push(path.clone());
            } else {
                out.push((path.clone(), text));
            }
        }
        out
    }
}

fn source_md(s: &str) -> Option<String> {
    source_markdown(s, false)
}

/// Turns one record into an assessment draft.
pub(crate) fn draft(obj: &Fields) -> Draft {
    let flat = Flat::read(obj);
    let mut d = Draft::default();
    let mut r = Reader::new(flat.fields);
    let mut a = Assessment::default();
    let name = r.get("name").or_else(|| r.get("title"));
    if let Some((n, s)) = name {
        if let Some(title) = source_line(&s) {
            d.name = Some(title.clone());
            a.title = Some(title);
            d.from("title", &n);
            d.id_from = Some((n, false));
        }
    }
    // The title information repeats the name (GOV.UK: "Organisation: Name") and the
    // description's first sentence.
    if let Some((n, s)) = r.get("title") {
        let repeats = match (source_line(&s), &a.title) {
            (Some(t), Some(name)) => t == *name || t.ends_with(&format!(": {name}")),
            _ => false,
        };
        if !repeats {
            d.unmapped.push((n, s));
        }
    }
    let summary = r
        .get("description")
        .or_else(|| r.get("one_sentence_description"));
    if let Some((n, s)) = summary {
        a.summary = source_md(&s);
        d.from("summary", &n);
    }
    if let Some((n, s)) = r.get("one_sentence_description") {
        let first = a
            .summary
            .as_deref()
            .map(|m| first_sentence(&markup::to_one_line(&markup::parse_markdown(m))));
        if first.as_deref() != Some(s.trim()) {
            d.unmapped.push((n, s));
        }
    }

    let mut owner = Owner::default();
    if let Some((n, s)) = r.get("contact_email") {
        owner.contact = source_line(&s);
        d.from("owner.contact", &n);
    }
    for (attr, target) in [
        ("organisation_or_department", "department"),
        ("team", "unit"),
        ("senior_responsible_owner", "responsible"),
    ] {
        if let Some((n, s)) = r.get(attr) {
            let v = source_line(&s);
            match target {
                "department" => owner.department = v,
                "unit" => owner.unit = v,
                _ => owner.responsible = v,
            }
            d.from(&format!("owner.{target}"), &n);
        }
    }
    if owner.contact.is_some()
        || owner.department.is_some()
        || owner.unit.is_some()
        || owner.responsible.is_some()
    {
        a.owner = Some(owner);
    }

    // phase: the title information's, else the tool specification's.
    let mut lc = Lifecycle::default();
    while let Some((n, s)) = r.get("phase") {
        if let Some(p) = lc.phase {
            if phase_of(&s) != Some(p) {
                d.unmapped.push((n, s));
            }
            continue;
        }
        match phase_of(&s) {
            Some(p) => {
                lc.phase = Some(p);
                d.from("lifecycle.phase", &n);
                let note = match p {
                    Phase::Stopped => Some(ImportNote::PhaseStopped),
                    Phase::Analysis => Some(ImportNote::PhaseNotInUse(p)),
                    _ => None,
                };
                if let Some(note) = note {
                    d.notes.insert("lifecycle.phase".into(), note);
                }
            }
            None => d.unmapped.push((n, s)),
        }
    }
    if lc.phase.is_some() {
        a.lifecycle = Some(lc);
    }

    if let Some((n, s)) = r.get("website_url") {
        a.links = Some(Links {
            public_page: source_line(&s),
            ..Default::default()
        });
        d.from("links.public_page", &n);
    }

    if let Some((n, s)) = r.get("scope") {
        a.purpose = source_md(&s);
        d.from("purpose", &n);
    }

    // automation
    let mut auto = Automation::default();
    if let Some((n, s)) = r.get("human_decisions_and_review") {
        auto.human_review = source_md(&s);
        d.from("automation.human_review", &n);
    }
    if let Some((n, s)) = r.get("appeals_and_review") {
        auto.appeal = source_md(&s);
        d.from("automation.appeal", &n);
    }

    // principles
    let mut principles = Principles::default();
    if let Some((n, s)) = r.get("benefit") {
        principles.integrity = Some(Integrity {
            professional_value: source_md(&s),
            ..Default::default()
        });
        d.from("principles.integrity.professional_value", &n);
    }
    if let Some((n, s)) = r.get("alternatives_considered") {
        principles.dignity = Some(Dignity {
            proportionality: source_md(&s),
            ..Default::default()
        });
        d.from("principles.dignity.proportionality", &n);
    }
    if let Some((n, s)) = r.get("maintenance") {
        principles.accountability = Some(Accountability {
            monitoring: source_md(&s),
            ..Default::default()
        });
        d.from("principles.accountability.monitoring", &n);
    }

    let mut data = Data::default();

    // risks: one per list item, or the whole text as one.
    if let Some((n, s)) = r.get("risks_and_mitigations") {
        let b = markup::parse_plain(&s);
        let entries: Vec<RiskEntry> = match b.as_slice() {
            [Block::List { items, .. }] => items
                .iter()
                .map(|i| RiskEntry {
                    risk: md_value(markup::to_markdown(i)),
                    ..Default::default()
                })
                .collect(),
            [] => Vec::new(),
            _ => vec![RiskEntry {
                risk: md_value(markup::to_markdown(&b)),
                ..Default::default()
            }],
        };
        if !entries.is_empty() {
            a.risks = Some(entries);
            d.from("risks", &n);
        }
    }

    // Suppliers: each supplier's name; "Yes"/"No" says whether there are any.
    let _ = r.get("external_supplier_involvement");
    let mut suppliers = Vec::new();
    for (i, s) in flat.suppliers.iter().enumerate() {
        let mut sr = Reader::new(
            s.iter()
                .map(|(k, v)| (k.clone(), k.clone(), v.clone()))
                .collect(),
        );
        if let Some((_, name)) = sr
            .get("external_supplier")
            .or_else(|| sr.get("third_party"))
        {
            if let Some(name) = source_line(&name) {
                suppliers.push(Supplier {
                    name: Some(name),
                    ..Default::default()
                });
            }
        }
        let rest = sr.rest();
        for (k, v) in rest {
            d.unmapped
                .push((format!("external_suppliers[{}].{k}", i + 1), v));
        }
        d.empty.extend(
            sr.empty
                .into_iter()
                .map(|k| format!("external_suppliers[{}].{k}", i + 1)),
        );
    }
    if suppliers.is_empty() {
        // A flat record: supplier names one per line.
        if let Some((n, s)) = r.get("external_supplier") {
            for l in s.lines() {
                if let Some(name) = source_line(l.trim_start_matches(['-', '*', '•', ' '])) {
                    suppliers.push(Supplier {
                        name: Some(name),
                        ..Default::default()
                    });
                }
            }
            if !suppliers.is_empty() {
                d.from("suppliers", &n);
            }
        }
    } else {
        d.from("suppliers", "external_suppliers[].external_supplier");
    }
    if !suppliers.is_empty() {
        a.suppliers = Some(suppliers);
    }

    // Models: the architecture is the method; the data specification gives the sources.
    let mut models: Vec<Reader> = flat
        .models
        .iter()
        .map(|m| {
            let mut mf = Flat::default();
            mf.walk(m, "");
            Reader::new(mf.fields)
        })
        .collect();
    if models.is_empty() {
        // A flat record: the model and data attributes are in the record itself.
        models.push(Reader::new(Vec::new()));
    }
    let many = models.len() > 1;
    let mut methods = Vec::new();
    let mut sources: Vec<Source> = Vec::new();
    for (i, mr) in models.iter_mut().enumerate() {
        let at = |n: &str| {
            if many {
                format!("models[{}].{n}", i + 1)
            } else {
                n.to_string()
            }
        };
        let read = |mr: &mut Reader, r: &mut Reader, attr: &str| -> Option<(String, String)> {
            mr.get(attr)
                .map(|(n, s)| (at(&n), s))
                .or_else(|| r.get(attr))
        };
        if let Some((n, s)) = read(mr, &mut r, "model_architecture") {
            methods.push(s);
            d.from("automation.method", &n);
        }
        // Sharing and storage: the first model's (a record describes one data set per model).
        for (attr, target) in [
            ("data_sharing_agreements", "data.sharing"),
            ("data_access_and_storage", "data.retention"),
        ] {
            let slot = if attr == "data_sharing_agreements" {
                &mut data.sharing
            } else {
                &mut data.retention
            };
            if slot.is_some() {
                continue;
            }
            if let Some((n, s)) = read(mr, &mut r, attr) {
                *slot = source_md(&s);
                d.from(target, &n);
            }
        }
        let names = read(mr, &mut r, "source_data_name");
        let descriptions = read(mr, &mut r, "data_description");
        let before = sources.len();
        if let Some((n, s)) = names {
            for b in markup::parse_plain(&s) {
                match b {
                    Block::List { items, .. } => {
                        for item in items {
                            if let Some(Block::Para(p)) = item.first() {
                                sources.push(Source {
                                    system: Some(p.replace('\n', " ")),
                                    description: None,
                                });
                            }
                        }
                    }
                    Block::Para(p) => {
                        for l in p.split('\n') {
                            sources.push(Source {
                                system: Some(l.to_string()),
                                description: None,
                            });
                        }
                    }
                }
            }
            d.from("data.sources", &n);
        }
        if let Some((n, s)) = descriptions {
            let mine = &mut sources[before..];
            let b = markup::parse_plain(&s);
            let mut extra = Vec::new();
            match b.as_slice() {
                [Block::List { items, .. }] => {
                    for item in items {
                        let matched = match item.split_first() {
                            Some((Block::Para(p), rest)) => mine.iter_mut().find_map(|src| {
                                let sys = src.system.clone()?;
                                let desc = p.strip_prefix(&format!("{sys}: "))?;
                                let mut blocks = vec![Block::Para(desc.to_string())];
                                blocks.extend(rest.iter().cloned());
                                src.description = Some(md_value(markup::to_markdown(&blocks)));
                                Some(())
                            }),
                            _ => None,
                        };
                        if matched.is_none() {
                            extra.push(Source {
                                system: None,
                                description: Some(md_value(markup::to_markdown(item))),
                            });
                        }
                    }
                }
                [] => {}
                _ if mine.len() == 1 => mine[0].description = source_md(&s),
                _ => extra.push(Source {
                    system: None,
                    description: source_md(&s),
                }),
            }
            sources.extend(extra);
            d.from("data.sources", &n);
        }
        let rest = mr.rest();
        for (k, v) in rest {
            d.unmapped.push((at(&k), v));
        }
        d.empty.extend(mr.empty.drain(..).map(|k| at(&k)));
    }
    if methods.is_empty() {
        if let Some((n, s)) = r.get("detailed_description") {
            methods.push(s);
            d.from("automation.method", &n);
        }
    }
    if !methods.is_empty() {
        auto.method = source_md(&methods.join("\n\n"));
    }
    if !sources.is_empty() {
        data.sources = Some(sources);
    }

    if auto.method.is_some() || auto.human_review.is_some() || auto.appeal.is_some() {
        a.automation = Some(auto);
    }
    if data.sources.is_some() || data.sharing.is_some() || data.retention.is_some() {
        a.data = Some(data);
    }
    if principles.integrity.is_some()
        || principles.dignity.is_some()
        || principles.accountability.is_some()
    {
        a.principles = Some(principles);
    }

    // Everything else goes into the header, so nothing the source said is lost.
    let rest = r.rest();
    d.unmapped.extend(rest);
    d.empty.extend(r.empty);
    d.assessment = a;
    d
}
