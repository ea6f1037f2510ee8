//! Every user-visible text of the open formats (`dataetik export` / `dataetik import`), made
//! from the catalogue (`locales/*/formats.ftl`): the command's messages and errors, and the few
//! sentences the export writes into a record from structured fields (a risk's likelihood, the
//! consequence for the person, ...). Each function is one message with its arguments.
//!
//! Texts written into exported records and into imported files' YAML comments are in the
//! register's language (`Catalogue::new(reg.config.language)`); the command's own messages are
//! in the user's. The import's comments (`# fra algoritmeregister: name`) are built from
//! [`imported_from`] and [`header`]; field names themselves are the standards' identifiers.

use crate::i18n::{format_date, format_decimal, format_int, Catalogue};
use crate::model::{
    AutomationKind, Date, DpiaStatus, Effect, FriaStatus, PerformanceMetric, Phase, Protected,
    Rating, Reversibility, SupplierKind, SupplierRole,
};
use crate::msg;

use super::{ImportNote, Missing, Shape, Standard};

// ---------------------------------------------------------------------------------------------
// Messages of `dataetik export`

/// The export is refused because assessments cannot be read.
pub fn export_unreadable(cat: Catalogue) -> String {
    msg!(cat, "export-unreadable")
}

/// The export is refused because of unwaived PUB-001 findings.
pub fn export_cpr(cat: Catalogue) -> String {
    msg!(cat, "export-cpr")
}

/// What to do after [`export_cpr`].
pub fn export_cpr_next(cat: Catalogue) -> String {
    msg!(cat, "export-cpr-next")
}

/// The register has no assessments.
pub fn export_no_assessments(cat: Catalogue, dir: &str) -> String {
    msg!(cat, "export-no-assessments", dir = dir)
}

/// A project left out of the export because the format requires what it lacks.
pub fn export_left_out(cat: Catalogue, file: &str, id: &str, missing: &[Missing]) -> String {
    let words: Vec<String> = missing
        .iter()
        .map(|m| match m.shape {
            Some(shape) => msg!(
                cat,
                "export-missing-shape",
                field = m.field.as_str(),
                shape = shape_words(cat, shape),
                target = m.target.as_str()
            ),
            None => msg!(
                cat,
                "export-missing",
                field = m.field.as_str(),
                target = m.target.as_str()
            ),
        })
        .collect();
    msg!(
        cat,
        "export-left-out",
        file = file,
        id = id,
        missing = words.join(", ")
    )
}

/// What a required value must look like.
pub fn shape_words(cat: Catalogue, shape: Shape) -> String {
    match shape {
        Shape::EmailOrHttps => msg!(cat, "export-shape-email-or-https"),
        Shape::Email => msg!(cat, "export-shape-email"),
    }
}

/// The summary line of `dataetik export --out`.
pub fn export_written(cat: Catalogue, n: usize, standard: Standard, path: &str) -> String {
    msg!(
        cat,
        "export-written",
        n = n,
        format = standard.title(),
        path = path
    )
}

/// How many projects were left out.
pub fn export_left_out_summary(cat: Catalogue, n: usize) -> String {
    msg!(cat, "export-left-out-summary", n = n)
}

/// Writing the export (or an imported file) failed.
pub fn cannot_write(cat: Catalogue, path: &str, err: &str) -> String {
    msg!(cat, "formats-cannot-write", path = path, error = err)
}

// ---------------------------------------------------------------------------------------------
// Messages of `dataetik import`

/// The input file cannot be read.
pub fn import_cannot_read(cat: Catalogue, path: &str, err: &str) -> String {
    msg!(cat, "import-cannot-read", path = path, error = err)
}

/// The input file is too large.
pub fn import_too_large(cat: Catalogue, path: &str, max_mb: u64) -> String {
    msg!(
        cat,
        "import-too-large",
        path = path,
        max = max_mb.to_string()
    )
}

/// The input is not JSON.
pub fn import_not_json(cat: Catalogue, path: &str, err: &str) -> String {
    msg!(cat, "import-not-json", path = path, error = err)
}

/// The input holds no records of the format.
pub fn import_no_records(cat: Catalogue, path: &str, standard: Standard) -> String {
    msg!(
        cat,
        "import-no-records",
        path = path,
        format = standard.title()
    )
}

/// "post 3" / "record 3" (counted from 1).
pub fn record_number(cat: Catalogue, n: usize) -> String {
    msg!(cat, "import-record-number", n = n.to_string())
}

/// Why a record cannot be imported, in words.
pub fn import_problem(cat: Catalogue, problem: &super::ImportProblem) -> String {
    use super::ImportProblem as P;
    match problem {
        P::NotObject { record } => {
            msg!(
                cat,
                "import-not-object",
                record = record_number(cat, *record)
            )
        }
        P::NoName { record, fields } => msg!(
            cat,
            "import-no-name",
            record = record_number(cat, *record),
            fields = *fields
        ),
        P::Internal { record, detail } => msg!(
            cat,
            "import-internal",
            record = record_number(cat, *record),
            detail = detail.as_str()
        ),
    }
}

/// The target file exists: import never overwrites.
pub fn import_exists(cat: Catalogue, path: &str, record: &str) -> String {
    msg!(cat, "import-exists", path = path, record = record)
}

/// Nothing was written because of the problems listed.
pub fn import_nothing_written(cat: Catalogue) -> String {
    msg!(cat, "import-nothing-written")
}

/// What to do when target files exist.
pub fn import_exists_hint(cat: Catalogue) -> String {
    msg!(cat, "import-exists-hint")
}

/// One written file.
pub fn import_wrote(cat: Catalogue, path: &str, title: &str) -> String {
    msg!(cat, "import-wrote", path = path, title = title)
}

/// The summary of an import.
pub fn import_summary(cat: Catalogue, n: usize, dir: &str) -> String {
    msg!(cat, "import-summary", n = n, dir = dir)
}

// ---------------------------------------------------------------------------------------------
// YAML comments of imported files (language of the register)

/// The comment above an imported key: "fra algoritmeregister: name".
pub fn imported_from(cat: Catalogue, standard: Standard, fields: &str) -> String {
    msg!(cat, "import-from", source = standard.key(), fields = fields)
}

/// The comment above `id:` when it is derived from the name.
pub fn id_derived(cat: Catalogue, standard: Standard, field: &str) -> String {
    msg!(
        cat,
        "import-id-derived",
        source = standard.key(),
        field = field
    )
}

/// The header of an imported file.
pub fn header(cat: Catalogue, standard: Standard, record: usize, source_file: &str) -> String {
    msg!(
        cat,
        "import-header",
        format = standard.title(),
        record = record_number(cat, record),
        file = source_file
    )
}

/// The heading of the list of source fields with no place in the assessment.
pub fn header_unmapped(cat: Catalogue) -> String {
    msg!(cat, "import-header-unmapped")
}

/// The heading of the list of source fields that were only "N/A" or similar.
pub fn header_empty(cat: Catalogue) -> String {
    msg!(cat, "import-header-empty")
}

/// A note under an imported key.
pub(crate) fn import_note(cat: Catalogue, note: ImportNote) -> String {
    match note {
        ImportNote::PhaseStopped => msg!(cat, "import-phase-stopped"),
        ImportNote::PhaseNotInUse(chosen) => {
            let others: Vec<&str> = [Phase::Idea, Phase::Analysis, Phase::Build]
                .into_iter()
                .filter(|p| *p != chosen)
                .map(Phase::key)
                .collect();
            msg!(
                cat,
                "import-phase-not-in-use",
                first = others[0],
                second = others[1]
            )
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Sentences the export writes from structured fields (language of the register)

/// The consequence for the person, for the Dutch `goal` and the ATRS process integration.
pub fn impact_line(cat: Catalogue, effect: Option<Effect>, rev: Option<Reversibility>) -> String {
    let e = effect.map(|e| effect_words(cat, e));
    let r = rev.map(|r| reversibility_words(cat, r));
    let impact = match (e, r) {
        (Some(e), Some(r)) => msg!(cat, "record-impact-both", effect = e, reversibility = r),
        (Some(one), None) | (None, Some(one)) => one,
        (None, None) => String::new(),
    };
    msg!(cat, "record-impact", impact = impact)
}

fn effect_words(cat: Catalogue, e: Effect) -> String {
    match e {
        Effect::None => msg!(cat, "record-effect-none"),
        Effect::Information => msg!(cat, "record-effect-information"),
        Effect::Offer => msg!(cat, "record-effect-offer"),
        Effect::Service => msg!(cat, "record-effect-service"),
        Effect::Benefit => msg!(cat, "record-effect-benefit"),
        Effect::Investigation => msg!(cat, "record-effect-investigation"),
        Effect::Sanction => msg!(cat, "record-effect-sanction"),
        Effect::Intervention => msg!(cat, "record-effect-intervention"),
    }
}

fn reversibility_words(cat: Catalogue, r: Reversibility) -> String {
    match r {
        Reversibility::Reversible => msg!(cat, "record-reversibility-reversible"),
        Reversibility::HardToReverse => msg!(cat, "record-reversibility-hard-to-reverse"),
        Reversibility::Irreversible => msg!(cat, "record-reversibility-irreversible"),
    }
}

/// What the system is used for (ATRS process integration).
pub fn kind_line(cat: Catalogue, k: AutomationKind) -> String {
    match k {
        AutomationKind::Statistics => msg!(cat, "record-kind-statistics"),
        AutomationKind::Analysis => msg!(cat, "record-kind-analysis"),
        AutomationKind::Selection => msg!(cat, "record-kind-selection"),
        AutomationKind::DecisionSupport => msg!(cat, "record-kind-decision-support"),
        AutomationKind::AutomatedDecision => msg!(cat, "record-kind-automated-decision"),
    }
}

/// How many people's data is used.
pub fn people_line(cat: Catalogue, n: u64) -> String {
    msg!(cat, "record-people", n = format_int(n as i64, cat.lang()))
}

/// Whether a trained model is used.
pub fn machine_learning_line(cat: Catalogue, ml: bool) -> String {
    if ml {
        msg!(cat, "record-machine-learning")
    } else {
        msg!(cat, "record-no-machine-learning")
    }
}

/// The heading of the list of inputs.
pub fn inputs_heading(cat: Catalogue) -> String {
    msg!(cat, "record-inputs-heading")
}

/// One input, with its protected attribute when it has one.
pub fn input_line(cat: Catalogue, name: &str, protected: Option<Protected>) -> String {
    match protected {
        None => name.to_string(),
        Some(p) => msg!(
            cat,
            "record-input-protected",
            name = name,
            protected = protected_words(cat, p)
        ),
    }
}

/// A protected attribute in words.
pub fn protected_words(cat: Catalogue, p: Protected) -> String {
    match p {
        Protected::None => msg!(cat, "record-protected-none"),
        Protected::Gender => msg!(cat, "record-protected-gender"),
        Protected::Age => msg!(cat, "record-protected-age"),
        Protected::Ethnicity => msg!(cat, "record-protected-ethnicity"),
        Protected::Health => msg!(cat, "record-protected-health"),
        Protected::Religion => msg!(cat, "record-protected-religion"),
        Protected::Disability => msg!(cat, "record-protected-disability"),
        Protected::SexualOrientation => msg!(cat, "record-protected-sexual-orientation"),
        Protected::Political => msg!(cat, "record-protected-political"),
        Protected::Union => msg!(cat, "record-protected-union"),
        Protected::Criminal => msg!(cat, "record-protected-criminal"),
    }
}

/// The heading of the list of measured performance.
pub fn performance_heading(cat: Catalogue) -> String {
    msg!(cat, "record-performance-heading")
}

/// One performance measurement: "recall: 0,71 (20. maj 2025). Målt på: ...".
pub fn performance_line(
    cat: Catalogue,
    metric: Option<PerformanceMetric>,
    value: Option<f64>,
    population: Option<&str>,
    date: Option<Date>,
) -> String {
    let lang = cat.lang();
    let mut s = metric.map(|m| m.key().to_string()).unwrap_or_default();
    if let Some(v) = value {
        if !s.is_empty() {
            s.push_str(": ");
        }
        s.push_str(&format_decimal(v, 2, lang));
    }
    if let Some(d) = date {
        s.push_str(&format!(" ({})", format_date(d.0, lang)));
    }
    if let Some(p) = population.map(str::trim).filter(|p| !p.is_empty()) {
        let p = p.split_whitespace().collect::<Vec<_>>().join(" ");
        let on = msg!(cat, "record-measured-on", population = p);
        if !s.is_empty() {
            s.push_str(". ");
        }
        s.push_str(&on);
    }
    s
}

/// The heading of the list of bias tests.
pub fn bias_heading(cat: Catalogue) -> String {
    msg!(cat, "record-bias-heading")
}

/// One bias test.
pub fn bias_line(
    cat: Catalogue,
    date: Option<Date>,
    attributes: &[String],
    metric: Option<&str>,
    value: Option<f64>,
    threshold: Option<f64>,
    passed: Option<bool>,
) -> String {
    let lang = cat.lang();
    let mut parts = Vec::new();
    if let Some(d) = date {
        parts.push(format_date(d.0, lang));
    }
    if !attributes.is_empty() {
        let words: Vec<String> = attributes.iter().map(|a| attribute_words(cat, a)).collect();
        parts.push(msg!(cat, "record-bias-on", attributes = words.join(", ")));
    }
    let mut s = parts.join(", ");
    if let Some(m) = metric {
        s.push_str(&format!(": {}", m.replace('_', " ")));
        if let Some(v) = value {
            s.push_str(&format!(" {}", format_decimal(v, 2, lang)));
        }
        if let Some(t) = threshold {
            let t = msg!(
                cat,
                "record-bias-threshold",
                threshold = format_decimal(t, 2, lang)
            );
            s.push_str(&format!(" {t}"));
        }
    }
    match passed {
        Some(true) => s.push_str(&format!(": {}", msg!(cat, "record-bias-passed"))),
        Some(false) => s.push_str(&format!(": {}", msg!(cat, "record-bias-failed"))),
        None => {}
    }
    s.trim_start_matches([':', ' ']).to_string()
}

/// A tested attribute in words when it is one of the protected attributes' keys (else as
/// written): the report, the site and the exports name attributes the same way.
pub fn attribute_words(cat: Catalogue, a: &str) -> String {
    let p = [
        Protected::Gender,
        Protected::Age,
        Protected::Ethnicity,
        Protected::Health,
        Protected::Religion,
        Protected::Disability,
        Protected::SexualOrientation,
        Protected::Political,
        Protected::Union,
        Protected::Criminal,
    ]
    .into_iter()
    .find(|p| p.key() == a.trim());
    match p {
        Some(p) => protected_words(cat, p),
        None => a.to_string(),
    }
}

/// A risk's likelihood and severity.
pub fn rating_line(cat: Catalogue, likelihood: Option<Rating>, severity: Option<Rating>) -> String {
    let words = |r: Rating| match r {
        Rating::Low => msg!(cat, "record-rating-low"),
        Rating::Medium => msg!(cat, "record-rating-medium"),
        Rating::High => msg!(cat, "record-rating-high"),
    };
    let mut parts = Vec::new();
    if let Some(l) = likelihood {
        parts.push(msg!(cat, "record-likelihood", rating = words(l)));
    }
    if let Some(s) = severity {
        parts.push(msg!(cat, "record-severity", rating = words(s)));
    }
    let mut s = parts.join(", ");
    if let Some(first) = s.get(0..1) {
        s = first.to_uppercase() + &s[1..];
    }
    format!("{s}.")
}

/// The label before a risk's mitigation.
pub fn mitigation_label(cat: Catalogue) -> String {
    msg!(cat, "record-mitigation-label")
}

/// The label before a risk's owner.
pub fn risk_owner_label(cat: Catalogue) -> String {
    msg!(cat, "record-risk-owner-label")
}

/// The DPIA's status in a sentence.
pub fn dpia_line(
    cat: Catalogue,
    status: DpiaStatus,
    date: Option<Date>,
    reference: Option<&str>,
) -> String {
    let mut details = String::new();
    if let Some(d) = date {
        details.push_str(&format!(" {}", format_date(d.0, cat.lang())));
    }
    if let Some(r) = reference.map(str::trim).filter(|r| !r.is_empty()) {
        details.push_str(&format!(" ({r})"));
    }
    match status {
        DpiaStatus::Done => msg!(cat, "record-dpia-done", details = details),
        DpiaStatus::Planned => msg!(cat, "record-dpia-planned", details = details),
        DpiaStatus::NotRequired => msg!(cat, "record-dpia-not-required", details = details),
    }
}

/// The FRIA's status in a sentence.
pub fn fria_line(cat: Catalogue, status: FriaStatus) -> String {
    match status {
        FriaStatus::Done => msg!(cat, "record-fria-done"),
        FriaStatus::Planned => msg!(cat, "record-fria-planned"),
        FriaStatus::NotRequired => msg!(cat, "record-fria-not-required"),
    }
}

/// The title of a FRIA in the Dutch list of impact assessments (no recommended value fits).
pub fn fria_title(cat: Catalogue) -> String {
    msg!(cat, "record-fria-title")
}

/// Sensitive (GDPR art. 9/10) data is processed.
pub fn sensitive_line(cat: Catalogue, sensitive: bool) -> String {
    if sensitive {
        msg!(cat, "record-sensitive")
    } else {
        msg!(cat, "record-not-sensitive")
    }
}

/// A supplier's role (and kind) in words.
pub fn supplier_role(
    cat: Catalogue,
    role: Option<SupplierRole>,
    kind: Option<SupplierKind>,
) -> Option<String> {
    let r = role.map(|r| crate::supplier::role_name(cat, r));
    let k = kind.map(|k| match k {
        SupplierKind::Company => msg!(cat, "record-supplier-company"),
        SupplierKind::Public => msg!(cat, "record-supplier-public"),
        SupplierKind::Research => msg!(cat, "record-supplier-research"),
    });
    match (r, k) {
        (None, None) => None,
        (Some(one), None) | (None, Some(one)) => Some(crate::i18n::capitalise(&one)),
        (Some(r), Some(k)) => Some(crate::i18n::capitalise(&msg!(
            cat,
            "record-supplier-role-kind",
            role = r,
            kind = k
        ))),
    }
}

/// The data-processing agreement in words.
pub fn dpa_line(cat: Catalogue, reference: Option<&str>, date: Option<Date>) -> Option<String> {
    if reference.is_none() && date.is_none() {
        return None;
    }
    let mut s = msg!(cat, "record-dpa");
    if let Some(r) = reference {
        s.push_str(&format!(" {r}"));
    }
    if let Some(d) = date {
        let of = msg!(cat, "record-dpa-of", date = format_date(d.0, cat.lang()));
        s.push_str(&format!(" {of}"));
    }
    Some(format!("{s}."))
}
