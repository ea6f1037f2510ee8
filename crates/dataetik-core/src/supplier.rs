//! The supplier register: one file per supplier (`suppliers/<id>.yaml`), referred to by id from
//! the assessments that use the supplier.
//!
//! A supplier file says who the supplier is (legal name, CVR or other company number, kind), what
//! its contract promises (UN Global Compact clauses for each area, no sale of personal data,
//! termination on a critical breach, end date), where it keeps data (EU/EEA or a third country,
//! with the transfer basis), its sub-processors (themselves supplier ids, so a chain of
//! processors is explicit), its data-processing agreements and the due diligence of its supply
//! chain. Files are read with the same spanned loader as assessments, so every problem has a line.
//!
//! Rules about a supplier file point into that file; rules about a project's chain of processors
//! (SUP-003, SUP-004, SUP-006, SUP-008) point at the project's supplier entry and name the link.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::check::{CheckOptions, Detail, Finding, FindingBuilder};
use crate::i18n::{format_date, Catalogue};
use crate::load::{self, Limits, LoadErrorKind, Node, PathSeg, Span};
use crate::model::{Date, Markdown, SupplierKind};
use crate::msg;
use crate::register::{display_path, Register};

/// The default supplier directory, relative to the register root.
pub const DEFAULT_DIR: &str = "suppliers";

/// Where `dataetik schema --supplier` is committed, relative to the register root.
pub const SCHEMA_PATH: &str = "schema/supplier.schema.json";

/// The schema's `$id`.
pub const SCHEMA_ID: &str = "https://dataetik.dk/schema/supplier.schema.json";

/// The supplier-file template with Danish guidance comments (`dataetik new --supplier ID`).
pub const NEW_SUPPLIER_TEMPLATE: &str = include_str!("../templates/new-supplier.yaml");

/// One supplier file (`suppliers/<id>.yaml`).
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "dataetik supplier")]
pub struct SupplierRecord {
    /// The format version of supplier files; 1.
    pub schema_version: Option<u32>,
    /// The supplier's id: lowercase letters, digits and hyphens, equal to the file name; the
    /// assessments refer to the supplier by it (`supplier: kombit`).
    pub id: Option<String>,
    /// The legal name, e.g. "KOMBIT A/S".
    pub name: Option<String>,
    /// Danish CVR number (8 digits).
    pub cvr: Option<String>,
    /// Another company number for a foreign company, with its register (e.g. "US EIN 12-3456789").
    pub company_number: Option<String>,
    /// company (default), public or research; the UN Global Compact applies to companies.
    pub kind: Option<SupplierKind>,
    /// The supplier delivers hardware (PCs, screens, phones, sensors, servers): supply-chain due
    /// diligence is expected.
    pub hardware: Option<bool>,
    /// (Markdown) What the supplier delivers to the municipality, in a sentence or two.
    pub services: Option<Markdown>,
    /// The contract with the supplier.
    pub contract: Option<Contract>,
    /// The UN Global Compact: participation and the contract clauses for each area.
    pub global_compact: Option<GlobalCompact>,
    /// Where the supplier processes and stores data.
    pub data_location: Option<DataLocation>,
    /// The supplier's sub-processors (underdatabehandlere): ids of other supplier files.
    pub sub_processors: Option<Vec<String>>,
    /// Data-processing agreements (databehandleraftaler) covering the supplier's processing.
    pub data_processing_agreements: Option<Vec<DpaRecord>>,
    /// Risk-based due diligence of the supplier's supply chain, followed up over time.
    pub due_diligence: Option<DueDiligence>,
}

/// The contract with a supplier.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Contract {
    /// The contract's reference, e.g. a case number.
    pub reference: Option<String>,
    /// When it started.
    pub start: Option<Date>,
    /// When it ends; a project that is still active after this date needs a new contract.
    pub end: Option<Date>,
    /// The clause that forbids selling or otherwise passing on personal data (e.g. "§ 14.3").
    pub no_sale_of_personal_data: Option<String>,
    /// The clause that lets the municipality terminate the contract on a critical breach.
    pub termination_on_breach: Option<String>,
}

/// The UN Global Compact in the supplier's contract.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct GlobalCompact {
    /// The supplier participates in the UN Global Compact.
    pub participant: Option<bool>,
    /// The contract clause for each of the Global Compact's areas.
    pub clauses: Option<GlobalCompactClauses>,
}

/// The contract clause (a reference such as "bilag 7, pkt. 2") for each Global Compact area.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct GlobalCompactClauses {
    /// Human rights.
    pub human_rights: Option<String>,
    /// Labour rights.
    pub labour: Option<String>,
    /// The environment.
    pub environment: Option<String>,
    /// Anti-corruption.
    pub anti_corruption: Option<String>,
}

/// The four areas of the UN Global Compact, as keys.
pub const GLOBAL_COMPACT_AREAS: [&str; 4] =
    ["human_rights", "labour", "environment", "anti_corruption"];

impl GlobalCompactClauses {
    /// The areas without a clause.
    pub fn missing(&self) -> Vec<&'static str> {
        let blank = |s: &Option<String>| s.as_deref().is_none_or(|s| s.trim().is_empty());
        [
            &self.human_rights,
            &self.labour,
            &self.environment,
            &self.anti_corruption,
        ]
        .iter()
        .zip(GLOBAL_COMPACT_AREAS)
        .filter(|(v, _)| blank(v))
        .map(|(_, k)| k)
        .collect()
    }
}

/// Where data is processed and stored.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DataLocation {
    /// eu_eea or third_country.
    pub region: Option<Region>,
    /// The countries, e.g. [Danmark] or [Irland, USA].
    pub countries: Option<Vec<String>>,
    /// For a third country: the transfer basis (overførselsgrundlag).
    pub transfer_basis: Option<TransferBasis>,
    /// (Markdown) More about the transfer: which decision or clauses, supplementary measures.
    pub transfer_details: Option<Markdown>,
}

/// Inside or outside the EU/EEA.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Region {
    /// Inside the EU/EEA.
    EuEea,
    /// A third country (outside the EU/EEA).
    ThirdCountry,
}

/// The GDPR chapter V basis of a transfer to a third country.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum TransferBasis {
    /// An adequacy decision (art. 45), e.g. the EU-US Data Privacy Framework.
    Adequacy,
    /// The Commission's standard contractual clauses (art. 46).
    StandardContractualClauses,
    /// Binding corporate rules (art. 47).
    BindingCorporateRules,
    /// A derogation for a specific situation (art. 49).
    Derogation,
}

impl TransferBasis {
    /// The key as written in YAML.
    pub fn key(self) -> &'static str {
        match self {
            TransferBasis::Adequacy => "adequacy",
            TransferBasis::StandardContractualClauses => "standard_contractual_clauses",
            TransferBasis::BindingCorporateRules => "binding_corporate_rules",
            TransferBasis::Derogation => "derogation",
        }
    }
}

/// A data-processing agreement (databehandleraftale).
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DpaRecord {
    /// The agreement's reference, e.g. "DBA 2025-07" or a case number.
    pub reference: Option<String>,
    /// When it was signed.
    pub date: Option<Date>,
    /// The template it is based on, e.g. "KL's skabelon for databehandleraftaler".
    pub template: Option<String>,
    /// Who the agreement is with: the municipality (leave out) or, for a sub-processor, the
    /// supplier id of the processor above it.
    pub with: Option<String>,
}

/// Risk-based due diligence of a supplier's supply chain.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DueDiligence {
    /// (Markdown) The risks mapped: which parts of the supply chain, which human-rights, labour,
    /// environmental and corruption risks.
    pub risks: Option<Markdown>,
    /// When the due diligence was last done.
    pub date: Option<Date>,
    /// (Markdown) What was found.
    pub findings: Option<Markdown>,
    /// (Markdown) What the supplier does about it, and what the municipality demands.
    pub remediation: Option<Markdown>,
    /// When it is followed up next.
    pub follow_up: Option<Date>,
}

impl SupplierRecord {
    /// The kind; `company` when not given.
    pub fn kind_or_default(&self) -> SupplierKind {
        self.kind.unwrap_or(SupplierKind::Company)
    }

    /// The data-processing agreements with a reference.
    pub fn agreements(&self) -> impl Iterator<Item = &DpaRecord> {
        self.data_processing_agreements
            .iter()
            .flatten()
            .filter(|d| d.reference.as_deref().is_some_and(|r| !r.trim().is_empty()))
    }

    /// The region, when stated.
    pub fn region(&self) -> Option<Region> {
        self.data_location.as_ref().and_then(|l| l.region)
    }

    /// The contract's end date.
    pub fn contract_end(&self) -> Option<Date> {
        self.contract.as_ref().and_then(|c| c.end)
    }

    /// The sub-processor ids (trimmed, non-empty).
    pub fn sub_processor_ids(&self) -> impl Iterator<Item = &str> {
        self.sub_processors
            .iter()
            .flatten()
            .map(|s| s.trim())
            .filter(|s| !s.is_empty())
    }
}

/// The JSON Schema of supplier files, pretty-printed (draft 2020-12), in Danish (the committed
/// `schema/supplier.schema.json`).
pub fn supplier_schema() -> String {
    supplier_schema_in(crate::i18n::Lang::Da)
}

/// The JSON Schema of supplier files with titles and descriptions in `lang`.
pub fn supplier_schema_in(lang: crate::i18n::Lang) -> String {
    let mut value = crate::schema::supplier_schema_value(lang);
    if let Some(m) = value.as_object_mut() {
        m.insert("$id".into(), SCHEMA_ID.into());
    }
    let mut s = serde_json::to_string_pretty(&value).expect("schema serialises");
    s.push('\n');
    s
}

/// The text of a new supplier file for `id`.
pub fn new_supplier(id: &str) -> String {
    NEW_SUPPLIER_TEMPLATE.replace("{{id}}", id)
}

/// Writes a new supplier file to `dir/<id>.yaml`; never overwrites.
pub fn write_new_supplier(dir: &Path, id: &str) -> Result<PathBuf, crate::scaffold::NewError> {
    use crate::scaffold::NewError;
    crate::scaffold::validate_id(id)?;
    let path = dir.join(format!("{id}.yaml"));
    crate::fsutil::write_new(&path, new_supplier(id).as_bytes()).map_err(|e| match e.kind() {
        std::io::ErrorKind::AlreadyExists => NewError::Exists { path: path.clone() },
        _ => NewError::Write {
            path: path.clone(),
            reason: e.to_string(),
        },
    })?;
    Ok(path)
}

// -------------------------------------------------------------------------------------------
// Loading

/// One supplier file as read.
#[derive(Debug, Clone)]
pub struct SupplierFile {
    /// The path.
    pub path: PathBuf,
    /// The path for display.
    pub file: String,
    /// The id: the file stem (GEN-004 checks that `id:` agrees).
    pub id: String,
    /// The file's text (empty when it could not be read).
    pub source: String,
    /// The YAML tree, when the file parsed.
    pub tree: Option<Node>,
    /// The typed record, when it could be read.
    pub record: Option<SupplierRecord>,
    /// Findings of reading the file (GEN-001, GEN-002).
    pub load_findings: Vec<Finding>,
    /// Field paths dropped because they failed validation.
    pub removed: Vec<String>,
}

/// The register's suppliers.
#[derive(Debug, Clone, Default)]
pub struct SupplierSet {
    /// The supplier directory.
    pub dir: PathBuf,
    /// False when the directory does not exist: no supplier register.
    pub present: bool,
    /// One entry per file, sorted by path.
    pub files: Vec<SupplierFile>,
    by_id: BTreeMap<String, usize>,
}

impl SupplierSet {
    /// Reads every `*.yaml`/`*.yml` file in the register's supplier directory.
    pub fn load(reg: &Register) -> SupplierSet {
        let dir = reg.suppliers_dir();
        let mut set = SupplierSet {
            dir: dir.clone(),
            present: dir.is_dir(),
            ..Default::default()
        };
        if !set.present {
            return set;
        }
        let paths = crate::register::list_assessment_files(&reg.root, std::slice::from_ref(&dir))
            .unwrap_or_default();
        let limits = Limits::default();
        for path in paths {
            set.files.push(load_file(reg, &path, &limits));
        }
        set.index();
        set
    }

    /// Builds a set from files given as text (tests, the language server): `(path, text)`.
    pub fn from_sources(reg: &Register, sources: &[(PathBuf, String)]) -> SupplierSet {
        let limits = Limits::default();
        let mut set = SupplierSet {
            dir: reg.suppliers_dir(),
            present: true,
            ..Default::default()
        };
        for (path, text) in sources {
            set.files
                .push(load_text(reg, path, &display_path(path), text, &limits));
        }
        set.index();
        set
    }

    fn index(&mut self) {
        self.files.sort_by(|a, b| a.path.cmp(&b.path));
        self.by_id = self
            .files
            .iter()
            .enumerate()
            .map(|(i, f)| (f.id.clone(), i))
            .collect();
    }

    /// The supplier file with this id.
    pub fn get(&self, id: &str) -> Option<&SupplierFile> {
        self.by_id.get(id.trim()).map(|&i| &self.files[i])
    }

    /// The record with this id, when its file could be read.
    pub fn record(&self, id: &str) -> Option<&SupplierRecord> {
        self.get(id).and_then(|f| f.record.as_ref())
    }

    /// The processing chain below `root`: the supplier itself, then its sub-processors, depth
    /// first, each once (a loop in the chain ends the walk instead of hanging; SUP-011 reports
    /// it in the supplier file).
    pub fn chain(&self, root: &str) -> Vec<Link> {
        let mut out = Vec::new();
        let mut seen = BTreeSet::new();
        self.walk(root.trim(), Vec::new(), &mut seen, &mut out);
        out
    }

    fn walk(&self, id: &str, via: Vec<String>, seen: &mut BTreeSet<String>, out: &mut Vec<Link>) {
        if !seen.insert(id.to_string()) {
            return;
        }
        let known = self.get(id).is_some();
        out.push(Link {
            id: id.to_string(),
            via: via.clone(),
            known,
        });
        let Some(rec) = self.record(id) else { return };
        let mut next = via;
        next.push(id.to_string());
        for sub in rec.sub_processor_ids() {
            self.walk(sub, next.clone(), seen, out);
        }
    }

    /// The loop closed by `from` listing `sub` as sub-processor, when `sub` leads back to
    /// `from`: `[from, sub, ..., from]`.
    pub fn loop_through(&self, from: &str, sub: &str) -> Option<Vec<String>> {
        let mut path = self.reaches(sub, from)?;
        path.insert(0, from.to_string());
        Some(path)
    }

    /// True when `to` can be reached from `from` through sub-processors (`from` itself counts
    /// only when a path of at least one step leads back to it).
    fn reaches(&self, from: &str, to: &str) -> Option<Vec<String>> {
        // Breadth-first with parents, to name the loop.
        let mut parent: BTreeMap<String, String> = BTreeMap::new();
        let mut queue = std::collections::VecDeque::from([from.to_string()]);
        let mut seen = BTreeSet::from([from.to_string()]);
        while let Some(cur) = queue.pop_front() {
            for sub in self
                .record(&cur)
                .into_iter()
                .flat_map(SupplierRecord::sub_processor_ids)
            {
                if sub == to {
                    let mut path = vec![sub.to_string(), cur.clone()];
                    let mut c = cur.clone();
                    while let Some(p) = parent.get(&c) {
                        path.push(p.clone());
                        c = p.clone();
                    }
                    path.reverse();
                    return Some(path);
                }
                if seen.insert(sub.to_string()) {
                    parent.insert(sub.to_string(), cur.clone());
                    queue.push_back(sub.to_string());
                }
            }
        }
        None
    }

    /// Ids of the suppliers whose chain includes one of `ids` (themselves included).
    pub fn users_of(&self, ids: &BTreeSet<String>) -> BTreeSet<String> {
        self.files
            .iter()
            .filter(|f| self.chain(&f.id).iter().any(|l| ids.contains(&l.id)))
            .map(|f| f.id.clone())
            .chain(ids.iter().cloned())
            .collect()
    }
}

/// One link of a processing chain.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    /// The supplier id.
    pub id: String,
    /// The ids above it, from the project's supplier down (empty for the project's supplier).
    pub via: Vec<String>,
    /// False when no supplier file has this id.
    pub known: bool,
}

impl Link {
    /// The path from the project's supplier to this link: `kombit → netcompany`.
    pub fn path(&self) -> String {
        let mut parts = self.via.clone();
        parts.push(self.id.clone());
        parts.join(" → ")
    }
}

fn load_file(reg: &Register, path: &Path, limits: &Limits) -> SupplierFile {
    let file = display_path(path);
    match std::fs::read(path) {
        Ok(bytes) if bytes.len() > limits.max_file_bytes => {
            let e = load::file_too_large(bytes.len() as u64, limits);
            unreadable(reg, path, &file, Detail::Load(e.problem), "GEN-002")
        }
        Ok(bytes) => match load::decode(&bytes, limits) {
            Ok(text) => load_text(reg, path, &file, text, limits),
            Err(e) => unreadable(reg, path, &file, Detail::Load(e.problem), "GEN-001"),
        },
        Err(e) => unreadable(
            reg,
            path,
            &file,
            Detail::Unreadable {
                reason: e.to_string(),
            },
            "GEN-001",
        ),
    }
}

fn stem(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().to_string())
        .unwrap_or_default()
}

fn unreadable(reg: &Register, path: &Path, file: &str, detail: Detail, rule: &str) -> SupplierFile {
    let fb = FindingBuilder {
        policy: reg.policy(),
        file,
        source: "",
    };
    SupplierFile {
        path: path.to_path_buf(),
        file: file.to_string(),
        id: stem(path),
        source: String::new(),
        tree: None,
        record: None,
        load_findings: fb
            .make(rule, Span::START, None, detail, None, None)
            .into_iter()
            .collect(),
        removed: Vec::new(),
    }
}

/// Reads a supplier file's text: GEN-001 for YAML that does not parse, GEN-002 for each key or
/// value that does not fit (the field is dropped and the rest read, as for assessments).
fn load_text(reg: &Register, path: &Path, file: &str, text: &str, limits: &Limits) -> SupplierFile {
    let fb = FindingBuilder {
        policy: reg.policy(),
        file,
        source: text,
    };
    let mut out = SupplierFile {
        path: path.to_path_buf(),
        file: file.to_string(),
        id: stem(path),
        source: text.to_string(),
        tree: None,
        record: None,
        load_findings: Vec::new(),
        removed: Vec::new(),
    };
    let mut tree = match load::parse(text, limits) {
        Ok(t) => t,
        Err(e) => {
            let rule = match e.kind {
                LoadErrorKind::Syntax => "GEN-001",
                LoadErrorKind::Structure => "GEN-002",
            };
            out.load_findings.extend(fb.make(
                rule,
                e.span.unwrap_or(Span::START),
                None,
                Detail::Load(e.problem),
                None,
                None,
            ));
            return out;
        }
    };
    for _ in 0..200 {
        match load::de::from_node::<SupplierRecord>(&tree) {
            Ok(r) => {
                out.record = Some(r);
                break;
            }
            Err(e) => {
                let path_str = load::path_to_string(&e.path);
                let mut target = e.path.clone();
                if out.removed.contains(&path_str) {
                    while matches!(target.last(), Some(PathSeg::Index(_))) {
                        target.pop();
                    }
                } else {
                    out.load_findings.extend(fb.make(
                        "GEN-002",
                        e.span.unwrap_or(Span::START),
                        Some(&path_str),
                        Detail::Deserialize(e.clone()),
                        None,
                        None,
                    ));
                }
                if target.is_empty() || !tree.remove_path(&target) {
                    break;
                }
                out.removed.push(load::path_to_string(&target));
            }
        }
    }
    out.tree = Some(tree);
    out
}

// -------------------------------------------------------------------------------------------
// Checking

/// What a supplier-side rule sees.
pub struct SupplierCtx<'a> {
    /// The whole supplier register.
    pub set: &'a SupplierSet,
    /// The file being checked.
    pub file: &'a SupplierFile,
    /// Its tree.
    pub tree: &'a Node,
    /// Its record.
    pub record: &'a SupplierRecord,
    /// Ids that some assessment uses with role `hardware`.
    pub hardware_ids: &'a BTreeSet<String>,
}

impl SupplierCtx<'_> {
    /// Where a finding about `path` points (the key, or its deepest present parent).
    pub fn at(&self, path: &str) -> Span {
        self.tree.locate(path, Span::START)
    }

    /// True when `path` failed validation (GEN-002 already reported it).
    pub fn is_removed(&self, path: &str) -> bool {
        self.file.removed.iter().any(|r| {
            path == r
                || path
                    .strip_prefix(r.as_str())
                    .is_some_and(|rest| rest.starts_with('.') || rest.starts_with('['))
        })
    }

    /// True when SUP-011 found a loop through this supplier (chain rules then stay quiet).
    pub fn in_loop(&self) -> bool {
        self.set.reaches(&self.file.id, &self.file.id).is_some()
    }
}

/// Checks every supplier file of the register: reading problems (GEN-001, GEN-002), the id
/// (GEN-003, GEN-004) and the supplier rules (SUP-003, SUP-005, SUP-007, SUP-009, SUP-010,
/// SUP-011). `assessments` are the checked assessments (for the suppliers used as hardware).
pub fn check_suppliers(
    reg: &Register,
    assessments: &[crate::check::FileResult],
    opts: &CheckOptions,
) -> Vec<Finding> {
    check_supplier_set(reg, reg.suppliers(), assessments, opts)
}

/// Like [`check_suppliers`], for a given set of supplier files (the language server's: the
/// register's files with the open one's unsaved text).
pub fn check_supplier_set(
    reg: &Register,
    set: &SupplierSet,
    assessments: &[crate::check::FileResult],
    opts: &CheckOptions,
) -> Vec<Finding> {
    let policy = reg.policy();
    let enabled = |id: &str| policy.rule(id).is_some_and(|r| r.builtin);
    let hardware_ids: BTreeSet<String> = assessments
        .iter()
        .filter_map(|f| f.model.as_ref())
        .flat_map(|m| m.suppliers.iter().flatten())
        .filter(|s| s.role == Some(crate::model::SupplierRole::Hardware))
        .filter_map(|s| s.supplier.as_deref().map(|x| x.trim().to_string()))
        .collect();
    let mut out = Vec::new();
    for sf in &set.files {
        let mut findings = sf.load_findings.clone();
        if let (Some(tree), Some(record)) = (&sf.tree, &sf.record) {
            let fb = FindingBuilder {
                policy,
                file: &sf.file,
                source: &sf.source,
            };
            let ctx = SupplierCtx {
                set,
                file: sf,
                tree,
                record,
                hardware_ids: &hardware_ids,
            };
            check_identity(&ctx, &fb, &mut findings);
            let mut rules = Vec::new();
            if enabled("SUP-003") {
                crate::rules::sup_003::check_supplier(&ctx, &fb, &mut rules);
            }
            if enabled("SUP-005") {
                crate::rules::sup_005::check(&ctx, &fb, &mut rules);
            }
            if enabled("SUP-007") {
                crate::rules::sup_007::check(&ctx, &fb, opts, &mut rules);
            }
            if enabled("SUP-009") {
                crate::rules::sup_009::check(&ctx, &fb, &mut rules);
            }
            if enabled("SUP-010") {
                crate::rules::sup_010::check(&ctx, &fb, &mut rules);
            }
            if enabled("SUP-011") {
                crate::rules::sup_011::check(&ctx, &fb, &mut rules);
            }
            rules.retain(|f| f.field.as_deref().is_none_or(|p| !ctx.is_removed(p)));
            findings.extend(rules);
        }
        findings.sort_by(|a, b| (a.line, a.column, &a.rule).cmp(&(b.line, b.column, &b.rule)));
        crate::check::attach_source_lines(&mut findings, &sf.source);
        out.extend(findings);
    }
    out
}

fn check_identity(ctx: &SupplierCtx<'_>, fb: &FindingBuilder<'_>, out: &mut Vec<Finding>) {
    let r = ctx.record;
    for field in ["id", "name"] {
        let blank = match field {
            "id" => r.id.as_deref(),
            _ => r.name.as_deref(),
        }
        .is_none_or(|s| s.trim().is_empty());
        if blank && !ctx.is_removed(field) {
            out.extend(fb.make(
                "GEN-003",
                ctx.at(field),
                Some(field),
                Detail::None,
                None,
                None,
            ));
        }
    }
    if let Some(id) = r.id.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
        if id != ctx.file.id {
            let d = Detail::IdMismatch {
                id: id.to_string(),
                stem: ctx.file.id.clone(),
            };
            out.extend(fb.make("GEN-004", ctx.at("id"), Some("id"), d, None, None));
        } else if !id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        {
            let d = Detail::IdCharset { id: id.to_string() };
            out.extend(fb.make("GEN-002", ctx.at("id"), Some("id"), d, None, None));
        }
    }
    if let Some(v) = r.schema_version.filter(|&v| v != 1) {
        let d = Detail::SchemaVersion { version: v };
        out.extend(fb.make(
            "GEN-002",
            ctx.at("schema_version"),
            Some("schema_version"),
            d,
            None,
            None,
        ));
    }
}

/// What a project-side supplier rule sees: one supplier entry of an assessment that refers to
/// a supplier file.
pub struct EntryCtx<'a> {
    /// The supplier register.
    pub set: &'a SupplierSet,
    /// The assessment.
    pub model: &'a crate::model::Assessment,
    /// The entry's index in `suppliers`.
    pub index: usize,
    /// The supplier id written.
    pub id: &'a str,
    /// The entry's node.
    pub node: &'a Node,
    /// The entry as read.
    pub entry: &'a crate::model::Supplier,
}

impl EntryCtx<'_> {
    /// Where a finding about the entry points: its `supplier:` key.
    pub fn span(&self) -> Span {
        self.node.locate("supplier", self.node.span)
    }

    /// The field path of the entry's `supplier:`.
    pub fn field(&self) -> String {
        format!("suppliers[{}].supplier", self.index)
    }

    /// True when the project lets this supplier process personal data.
    pub fn processes_personal_data(&self) -> bool {
        self.entry.processes_personal_data == Some(true)
    }
}

/// Calls `f` for each supplier entry of the assessment that refers to a supplier file (the
/// project-side supplier rules SUP-003, SUP-004, SUP-006 and SUP-008).
pub(crate) fn for_each_entry(cx: &crate::rules::FileCtx<'_>, mut f: impl FnMut(&EntryCtx<'_>)) {
    let Some(entries) = &cx.model.suppliers else {
        return;
    };
    if !entries.iter().any(|e| e.supplier.is_some()) {
        return;
    }
    let set = cx.reg.suppliers();
    let nodes = cx.tree.get("suppliers").map_or(&[][..], Node::items);
    for (index, entry) in entries.iter().enumerate() {
        let (Some(id), Some(node)) = (entry.supplier.as_deref(), nodes.get(index)) else {
            continue;
        };
        let id = id.trim();
        if id.is_empty() {
            continue;
        }
        f(&EntryCtx {
            set,
            model: cx.model,
            index,
            id,
            node,
            entry,
        });
    }
}

// -------------------------------------------------------------------------------------------
// Details

/// What exactly a supplier finding is about (the typed detail of SUP-* findings).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SupplierProblem {
    /// SUP-003: no supplier file has this id.
    UnknownSupplier {
        /// The id written.
        id: String,
        /// The supplier directory.
        dir: String,
        /// A close id that exists.
        suggestion: Option<String>,
    },
    /// SUP-003: the register has no supplier directory at all.
    NoSupplierRegister {
        /// The id written.
        id: String,
        /// The directory that does not exist.
        dir: String,
    },
    /// SUP-004: a link of the chain has no data-processing agreement.
    NoAgreement {
        /// The link's id.
        link: String,
        /// The chain down to it.
        path: String,
    },
    /// SUP-005: a third country without a transfer basis.
    NoTransferBasis {
        /// The countries written.
        countries: Vec<String>,
    },
    /// SUP-006: a link of the chain has no stated location, or no file at all.
    UnknownLocation {
        /// The link's id.
        link: String,
        /// The chain down to it.
        path: String,
        /// True when no supplier file has the id.
        missing_file: bool,
    },
    /// SUP-007: the due-diligence follow-up date has passed.
    FollowUpPassed {
        /// The date.
        due: Date,
        /// Days since.
        days: i64,
    },
    /// SUP-008: the contract ended while the project is active.
    ContractEnded {
        /// The supplier.
        id: String,
        /// The end date.
        end: Date,
    },
    /// SUP-009: Global Compact areas without a contract clause.
    GlobalCompactClauses {
        /// The area keys.
        missing: Vec<&'static str>,
    },
    /// SUP-010: a hardware supplier without supply-chain due diligence.
    HardwareWithoutDueDiligence {
        /// True when the supplier is hardware because a project uses it so (not `hardware: true`).
        by_role: bool,
    },
    /// SUP-011: the sub-processor chain loops.
    Loop {
        /// The loop, first id repeated at the end.
        path: Vec<String>,
    },
}

impl SupplierProblem {
    /// The problem in words.
    pub fn text(&self, cat: Catalogue) -> String {
        match self {
            SupplierProblem::UnknownSupplier {
                id,
                dir,
                suggestion,
            } => match suggestion {
                Some(s) => msg!(
                    cat,
                    "supplier-unknown-suggest",
                    id = id.as_str(),
                    dir = dir.as_str(),
                    suggestion = s.as_str()
                ),
                None => msg!(
                    cat,
                    "supplier-unknown",
                    id = id.as_str(),
                    dir = dir.as_str()
                ),
            },
            SupplierProblem::NoSupplierRegister { id, dir } => msg!(
                cat,
                "supplier-no-register",
                id = id.as_str(),
                dir = dir.as_str()
            ),
            SupplierProblem::NoAgreement { link, path } => msg!(
                cat,
                "supplier-no-agreement",
                link = link.as_str(),
                path = path.as_str()
            ),
            SupplierProblem::NoTransferBasis { countries } => {
                if countries.is_empty() {
                    msg!(cat, "supplier-no-transfer-basis")
                } else {
                    msg!(
                        cat,
                        "supplier-no-transfer-basis-countries",
                        countries = countries.join(", ")
                    )
                }
            }
            SupplierProblem::UnknownLocation {
                link,
                path,
                missing_file,
            } => {
                if *missing_file {
                    msg!(
                        cat,
                        "supplier-link-missing",
                        link = link.as_str(),
                        path = path.as_str()
                    )
                } else {
                    msg!(
                        cat,
                        "supplier-link-no-location",
                        link = link.as_str(),
                        path = path.as_str()
                    )
                }
            }
            SupplierProblem::FollowUpPassed { due, days } => msg!(
                cat,
                "supplier-follow-up-passed",
                date = format_date(due.0, cat.lang()),
                days = *days
            ),
            SupplierProblem::ContractEnded { id, end } => msg!(
                cat,
                "supplier-contract-ended",
                id = id.as_str(),
                date = format_date(end.0, cat.lang())
            ),
            SupplierProblem::GlobalCompactClauses { missing } => msg!(
                cat,
                "supplier-gc-clauses",
                areas = crate::i18n::join_and(
                    &missing
                        .iter()
                        .map(|a| area_name(cat, a))
                        .collect::<Vec<_>>(),
                    cat
                )
            ),
            SupplierProblem::HardwareWithoutDueDiligence { by_role } => {
                if *by_role {
                    msg!(cat, "supplier-hardware-dd-role")
                } else {
                    msg!(cat, "supplier-hardware-dd")
                }
            }
            SupplierProblem::Loop { path } => {
                msg!(cat, "supplier-loop", path = path.join(" → "))
            }
        }
    }
}

/// A Global Compact area's name.
pub fn area_name(cat: Catalogue, key: &str) -> String {
    match key {
        "human_rights" => msg!(cat, "supplier-area-human-rights"),
        "labour" => msg!(cat, "supplier-area-labour"),
        "environment" => msg!(cat, "supplier-area-environment"),
        _ => msg!(cat, "supplier-area-anti-corruption"),
    }
}

/// A supplier's role in a project, in words ("databehandler", "hardwareleverandør"): the one set
/// of role names the report, the website and the exports use.
pub fn role_name(cat: Catalogue, role: crate::model::SupplierRole) -> String {
    use crate::model::SupplierRole;
    match role {
        SupplierRole::DataProcessor => msg!(cat, "supplier-role-data-processor"),
        SupplierRole::SubProcessor => msg!(cat, "supplier-role-sub-processor"),
        SupplierRole::Developer => msg!(cat, "supplier-role-developer"),
        SupplierRole::Operator => msg!(cat, "supplier-role-operator"),
        SupplierRole::Hardware => msg!(cat, "supplier-role-hardware"),
        SupplierRole::Other => msg!(cat, "supplier-role-other"),
    }
}

/// A transfer basis in words ("standardkontraktbestemmelser").
pub fn basis_name(cat: Catalogue, basis: TransferBasis) -> String {
    match basis {
        TransferBasis::Adequacy => msg!(cat, "supplier-basis-adequacy"),
        TransferBasis::StandardContractualClauses => {
            msg!(cat, "supplier-basis-standard-contractual-clauses")
        }
        TransferBasis::BindingCorporateRules => msg!(cat, "supplier-basis-binding-corporate-rules"),
        TransferBasis::Derogation => msg!(cat, "supplier-basis-derogation"),
    }
}

impl SupplierSet {
    /// A project's supplier entry with what its supplier file says filled in, as if written
    /// inline: the legal name, the kind, the first data-processing agreement, whether the
    /// contract has Global Compact clauses for all four areas (companies only) and the mapped
    /// supply-chain risks. What the entry states itself wins; an entry without a (readable)
    /// supplier file is returned as it is, apart from its name.
    pub fn resolve(&self, entry: &crate::model::Supplier) -> crate::model::Supplier {
        let mut out = entry.clone();
        out.name = self.display_name(entry);
        let Some(r) = entry.supplier.as_deref().and_then(|id| self.record(id)) else {
            return out;
        };
        out.kind = entry.kind.or(r.kind);
        if out.dpa.is_none() {
            out.dpa = r.agreements().next().map(|d| crate::model::Dpa {
                reference: d.reference.as_deref().map(|x| x.trim().to_string()),
                date: d.date,
            });
        }
        if out.global_compact.is_none() && r.kind_or_default() == SupplierKind::Company {
            out.global_compact = Some(
                r.global_compact
                    .as_ref()
                    .and_then(|g| g.clauses.as_ref())
                    .is_some_and(|c| c.missing().is_empty()),
            );
        }
        if out.due_diligence.is_none() {
            out.due_diligence = r
                .due_diligence
                .as_ref()
                .and_then(|d| d.risks.clone())
                .filter(|t| !t.trim().is_empty());
        }
        out
    }

    /// The name to show for a project's supplier entry: its own `name`, else the legal name in
    /// the supplier file it refers to, else the id it refers to.
    pub fn display_name(&self, entry: &crate::model::Supplier) -> Option<String> {
        let own = entry
            .name
            .as_deref()
            .map(str::trim)
            .filter(|n| !n.is_empty());
        let id = entry
            .supplier
            .as_deref()
            .map(str::trim)
            .filter(|n| !n.is_empty());
        let legal = id
            .and_then(|id| self.record(id))
            .and_then(|r| r.name.as_deref())
            .map(str::trim)
            .filter(|n| !n.is_empty());
        own.or(legal).or(id).map(str::to_string)
    }
}

/// The closest existing supplier id to `id`, if any is close.
pub fn suggest(set: &SupplierSet, id: &str) -> Option<String> {
    let ids: Vec<&str> = set.files.iter().map(|f| f.id.as_str()).collect();
    crate::load::de::did_you_mean(id, &ids).map(str::to_string)
}

/// The days from `from` to `to`.
pub(crate) fn days_between(from: Date, to: Date) -> i64 {
    i64::from((to.0 - from.0).get_days())
}

// -------------------------------------------------------------------------------------------
// Selecting what to report (explicit paths, `--changed-since`)

fn canonical(p: &Path) -> PathBuf {
    p.canonicalize()
        .unwrap_or_else(|_| match (p.parent(), p.file_name()) {
            (Some(parent), Some(name)) => parent
                .canonicalize()
                .map_or_else(|_| p.to_path_buf(), |c| c.join(name)),
            _ => p.to_path_buf(),
        })
}

/// True when `path` is in the register's supplier directory.
pub fn is_supplier_path(reg: &Register, path: &Path) -> bool {
    canonical(path).starts_with(canonical(&reg.suppliers_dir()))
}

/// The ids of the supplier files among `paths` (canonical paths), deleted files included (their
/// stem).
pub fn ids_in(reg: &Register, paths: &std::collections::HashSet<PathBuf>) -> BTreeSet<String> {
    let dir = canonical(&reg.suppliers_dir());
    let mut out: BTreeSet<String> = reg
        .suppliers()
        .files
        .iter()
        .filter(|f| paths.contains(&canonical(&f.path)))
        .map(|f| f.id.clone())
        .collect();
    for p in paths {
        let yaml = matches!(p.extension().and_then(|e| e.to_str()), Some("yaml" | "yml"));
        if yaml && p.parent() == Some(dir.as_path()) && !p.exists() {
            out.insert(stem(p));
        }
    }
    out
}

/// True when the assessment refers to one of `ids` (directly; pass [`SupplierSet::users_of`]
/// to include chains).
pub fn uses_any(f: &crate::check::FileResult, ids: &BTreeSet<String>) -> bool {
    f.model
        .as_ref()
        .and_then(|m| m.suppliers.as_ref())
        .is_some_and(|s| {
            s.iter()
                .filter_map(|e| e.supplier.as_deref())
                .any(|id| ids.contains(id.trim()))
        })
}

/// Narrows a check result to the supplier files `changed` (ids): only supplier files whose chain
/// includes a changed supplier keep their findings (a deleted sub-processor breaks the files
/// that list it), and the assessments whose processing chain includes a changed supplier are
/// kept in addition to those `keep` keeps.
pub fn narrow(
    reg: &Register,
    result: &mut crate::check::CheckResult,
    changed: &BTreeSet<String>,
    keep: impl Fn(&crate::check::FileResult) -> bool,
) {
    let set = reg.suppliers();
    let users = set.users_of(changed);
    result.files.retain(|f| keep(f) || uses_any(f, &users));
    let other_files: BTreeSet<&str> = set
        .files
        .iter()
        .filter(|f| !users.contains(&f.id))
        .map(|f| f.file.as_str())
        .collect();
    result
        .register_findings
        .retain(|f| !other_files.contains(f.file.as_str()));
}
