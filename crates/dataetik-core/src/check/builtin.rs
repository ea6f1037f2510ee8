//! Rules whose logic cannot be written as declarative conditions: dates, waivers, evidence files,
//! the CPR scan, approval levels, DPIA needs, and register-wide coverage. Each is still described
//! (texts, severity, params) by its entry in the policy file, which marks it `builtin: true`.

use std::collections::BTreeMap;
use std::path::Path;

use super::declarative::Context;
use super::finding::{Detail, DpiaReason, WaiverNote, WaiverProblem};
use super::{CheckOptions, FileResult, Finding, FindingBuilder};
use crate::bias::EvidenceProblem;
use crate::load::{Node, Span};
use crate::model::{Assessment, AutomationKind, Date, DpiaStatus, Phase};
use crate::policy::{param, Policy, Severity};
use crate::register::{display_path, normalize_relative, Register};

fn add_months(d: Date, months: i64) -> Option<Date> {
    d.0.checked_add(jiff::Span::new().months(months))
        .ok()
        .map(Date)
}

fn days_between(from: Date, to: Date) -> i64 {
    (to.0 - from.0).get_days() as i64
}

/// Runs the built-in per-file rules that the policy enables.
pub fn run(
    reg: &Register,
    ctx: &Context<'_>,
    fb: &FindingBuilder<'_>,
    path: &Path,
    opts: &CheckOptions,
) -> Vec<Finding> {
    let policy = reg.policy();
    let enabled = |id: &str| policy.rule(id).is_some_and(|r| r.builtin);
    let mut out = Vec::new();
    let m = ctx.model;
    let tree = ctx.tree;

    // GEN-002 (also): the schema version must be one this dataetik understands.
    if let Some(v) = m.schema_version {
        if v != 1 && v != 2 {
            let span = tree.locate("schema_version", Span::START);
            out.extend(fb.make(
                "GEN-002",
                span,
                Some("schema_version"),
                Detail::SchemaVersion { version: v },
                None,
                None,
            ));
        }
    }
    // Paths in the file must stay inside the register.
    if let Some(paths) = tree.get("code_paths") {
        for item in paths.items() {
            if let Some(s) = item.scalar() {
                if !s.is_blank() && normalize_relative(&s.text).is_none() {
                    out.extend(fb.make(
                        "GEN-002",
                        item.span,
                        Some("code_paths"),
                        Detail::PathOutsideRegister {
                            path: s.text.clone(),
                        },
                        None,
                        None,
                    ));
                }
            }
        }
    }

    if enabled("GEN-004") {
        if let (Some(id), Some(stem)) = (m.id.as_deref(), path.file_stem().and_then(|s| s.to_str()))
        {
            let span = tree.locate("id", Span::START);
            if id != stem {
                let d = Detail::IdMismatch {
                    id: id.to_string(),
                    stem: stem.to_string(),
                };
                out.extend(fb.make("GEN-004", span, Some("id"), d, None, None));
            } else if !id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            {
                let d = Detail::IdCharset { id: id.to_string() };
                out.extend(fb.make("GEN-002", span, Some("id"), d, None, None));
            }
        }
    }
    if enabled("GEN-005") {
        gen005(m, tree, fb, &mut out);
    }
    if enabled("GEN-009") {
        let error_after: i64 = param(policy.rule("GEN-009"), "error_after_days", 90);
        let lc = m.lifecycle.as_ref();
        if let (Some(phase), Some(review)) = (m.phase(), lc.and_then(|l| l.next_review)) {
            if phase.is_active() && review < opts.as_of {
                let days = days_between(review, opts.as_of);
                let sev = if days > error_after {
                    Severity::Error
                } else {
                    Severity::Warning
                };
                let d = Detail::ReviewOverdue { due: review, days };
                let span = tree.locate("lifecycle.next_review", Span::START);
                out.extend(fb.make(
                    "GEN-009",
                    span,
                    Some("lifecycle.next_review"),
                    d,
                    Some(sev),
                    None,
                ));
            }
        }
    }
    if enabled("DIG-004") {
        dig004(m, ctx, fb, &mut out);
    }
    if enabled("EQU-003") && m.phase() == Some(Phase::Operation) {
        let months: i64 = param(policy.rule("EQU-003"), "max_age_months", 12);
        if let Some(newest) = m.bias_tests().iter().filter_map(|b| b.date).max() {
            if add_months(newest, months).is_some_and(|limit| limit < opts.as_of) {
                let span = tree.locate("principles.equality.bias_tests", Span::START);
                out.extend(fb.make(
                    "EQU-003",
                    span,
                    Some("principles.equality.bias_tests"),
                    Detail::BiasTestTooOld { newest },
                    None,
                    None,
                ));
            }
        }
    }
    // EQU-002 also covers a test recorded as passed although its own numbers say it failed: a
    // ratio below its threshold, or a difference above it. Such a test did not pass.
    if policy.rule("EQU-002").is_some() {
        for (i, b) in m.bias_tests().iter().enumerate() {
            let (Some(metric), Some(value), Some(threshold), Some(true)) =
                (b.metric, b.value, b.threshold, b.passed)
            else {
                continue;
            };
            let failed = match metric {
                crate::model::Metric::DisparateImpactRatio => value < threshold,
                crate::model::Metric::DemographicParityDifference
                | crate::model::Metric::EqualOpportunityDifference => value > threshold,
                crate::model::Metric::Other => false,
            };
            if failed {
                let field = format!("principles.equality.bias_tests[{i}].passed");
                let item = tree
                    .get_path("principles.equality.bias_tests")
                    .and_then(|n| n.items().get(i));
                let span = item.map_or(Span::START, |n| n.locate("passed", n.span));
                let d = Detail::BiasPassedContradicted { value, threshold };
                out.extend(fb.make("EQU-002", span, Some(&field), d, None, None));
            }
        }
    }
    if enabled("EQU-004") && !m.bias_tests().is_empty() {
        equ004(policy, m, tree, fb, &mut out);
    }
    if enabled("EQU-006") {
        equ006(reg, tree, fb, &mut out);
    }
    if enabled("ACC-003") {
        if let Some(level) = m.approval().and_then(|a| a.level) {
            if level < ctx.risk.required_approval {
                let span = tree.locate("principles.accountability.approval.level", Span::START);
                let d = Detail::ApprovalTooLow {
                    level: ctx.risk.level,
                    required: ctx.risk.required_approval,
                    given: level,
                };
                out.extend(fb.make(
                    "ACC-003",
                    span,
                    Some("principles.accountability.approval.level"),
                    d,
                    None,
                    None,
                ));
            }
        }
    }
    if enabled("PUB-001") {
        pub001(tree, fb, &mut out);
    }
    crate::supplier::check_project(reg, ctx, fb, opts, &mut out);
    out.retain(|f| f.field.as_deref().is_none_or(|p| !ctx.is_removed(p)));
    out
}

fn gen005(m: &Assessment, tree: &Node, fb: &FindingBuilder<'_>, out: &mut Vec<Finding>) {
    let Some(lc) = &m.lifecycle else { return };
    let Some(phase) = lc.phase else { return };
    let mut emit = |field: &str, detail: Detail| {
        let span = tree.locate(field, Span::START);
        out.extend(fb.make("GEN-005", span, Some(field), detail, None, None));
    };
    if let (Some(started), Some(ended)) = (lc.started, lc.ended) {
        // With a year or month only (format version 2), only an end certainly before the start.
        if ended.certainly_before(started) {
            emit(
                "lifecycle.ended",
                Detail::EndedBeforeStarted { ended, started },
            );
        }
    }
    if !phase.is_active() && lc.ended.is_none() {
        emit("lifecycle.ended", Detail::EndedMissing { phase });
    }
    if phase.is_active() && lc.ended.is_some() {
        emit("lifecycle.ended", Detail::EndedWhileActive { phase });
    }
    if matches!(phase, Phase::Build | Phase::Operation) && lc.next_review.is_none() {
        emit("lifecycle.next_review", Detail::NextReviewMissing { phase });
    }
}

fn dig004(m: &Assessment, ctx: &Context<'_>, fb: &FindingBuilder<'_>, out: &mut Vec<Finding>) {
    let data = m.data.as_ref();
    let flag = |f: fn(&crate::model::Data) -> Option<bool>| data.and_then(f).unwrap_or(false);
    let mut reasons = Vec::new();
    if ctx.risk.level >= 3 {
        reasons.push(DpiaReason::RiskLevel(ctx.risk.level));
    }
    if flag(|d| d.sensitive_data) {
        reasons.push(DpiaReason::SensitiveData);
    }
    if flag(|d| d.combines_sources) && flag(|d| d.personal_data) {
        reasons.push(DpiaReason::CombinesPersonalData);
    }
    if m.automation_kind() == Some(AutomationKind::AutomatedDecision) {
        reasons.push(DpiaReason::AutomatedDecisions);
    }
    let dpia = data.and_then(|d| d.dpia.as_ref());
    let status = dpia.and_then(|d| d.status);
    let tree = ctx.tree;
    if status == Some(DpiaStatus::NotRequired)
        && dpia
            .and_then(|d| d.reason.as_deref())
            .is_none_or(|r| r.trim().is_empty())
    {
        let span = tree.locate("data.dpia.reason", Span::START);
        out.extend(fb.make(
            "DIG-004",
            span,
            Some("data.dpia.reason"),
            Detail::DpiaReasonMissing,
            None,
            None,
        ));
    }
    if reasons.is_empty() {
        return;
    }
    let Some(phase) = m.phase() else { return };
    let span = tree.locate("data.dpia.status", Span::START);
    if phase.rank() >= Phase::Build.rank() {
        if status != Some(DpiaStatus::Done) {
            out.extend(fb.make(
                "DIG-004",
                span,
                Some("data.dpia.status"),
                Detail::DpiaRequired { reasons, status },
                None,
                None,
            ));
        }
    } else if !matches!(status, Some(DpiaStatus::Done | DpiaStatus::Planned)) {
        out.extend(fb.make(
            "DIG-004",
            span,
            Some("data.dpia.status"),
            Detail::DpiaToPlan { reasons },
            Some(Severity::Warning),
            None,
        ));
    }
}

/// Names under which the default attributes are commonly written, in Danish and English.
fn attribute_aliases(attr: &str) -> &'static [&'static str] {
    match attr {
        "gender" => &["gender", "køn", "sex", "koen"],
        "age" => &["age", "alder", "aldersgruppe", "age_group"],
        "ethnicity" => &["ethnicity", "etnicitet", "herkomst", "oprindelse", "origin"],
        _ => &[],
    }
}

fn equ004(
    policy: &Policy,
    m: &Assessment,
    tree: &Node,
    fb: &FindingBuilder<'_>,
    out: &mut Vec<Finding>,
) {
    let defaults: Vec<String> = param(
        policy.rule("EQU-004"),
        "default_attributes",
        vec![
            "gender".to_string(),
            "age".to_string(),
            "ethnicity".to_string(),
        ],
    );
    let tested: Vec<String> = m
        .bias_tests()
        .iter()
        .flat_map(|b| b.attributes.iter().flatten())
        .map(|a| a.trim().to_lowercase())
        .collect();
    let missing: Vec<&String> = defaults
        .iter()
        .filter(|d| {
            let aliases = attribute_aliases(d);
            !tested
                .iter()
                .any(|x| x == *d || aliases.contains(&x.as_str()))
        })
        .collect();
    let reason_blank = m
        .equality()
        .and_then(|e| e.attributes_reason.as_deref())
        .is_none_or(|r| r.trim().is_empty());
    if !missing.is_empty() && reason_blank {
        let span = tree.locate("principles.equality.bias_tests", Span::START);
        let d = Detail::UntestedAttributes {
            missing: missing.into_iter().cloned().collect(),
        };
        out.extend(fb.make(
            "EQU-004",
            span,
            Some("principles.equality.attributes_reason"),
            d,
            None,
            None,
        ));
    }
}

fn equ006(reg: &Register, tree: &Node, fb: &FindingBuilder<'_>, out: &mut Vec<Finding>) {
    let Some(tests) = tree.get_path("principles.equality.bias_tests") else {
        return;
    };
    for (i, item) in tests.items().iter().enumerate() {
        let Some(ev) = item
            .get("evidence")
            .and_then(Node::scalar)
            .filter(|s| !s.is_blank())
        else {
            continue;
        };
        let field = format!("principles.equality.bias_tests[{i}].evidence");
        let span = item.locate("evidence", item.span);
        let mut emit = |problem: EvidenceProblem| {
            out.extend(fb.make(
                "EQU-006",
                span,
                Some(&field),
                Detail::Evidence(problem),
                None,
                None,
            ));
        };
        let rel = Path::new(&reg.config.assessments).join(&ev.text);
        let Some(rel) = normalize_relative(&rel.to_string_lossy()) else {
            emit(EvidenceProblem::PathOutside {
                path: ev.text.clone(),
            });
            continue;
        };
        let full = reg.root.join(&rel);
        let inside = match (full.canonicalize(), reg.root.canonicalize()) {
            (Ok(f), Ok(r)) => f.starts_with(r),
            _ => true, // a missing file is reported below
        };
        if !inside {
            emit(EvidenceProblem::LinksOutside {
                path: ev.text.clone(),
            });
            continue;
        }
        if !full.is_file() {
            emit(EvidenceProblem::Missing {
                path: ev.text.clone(),
                dir: reg.config.assessments.clone(),
            });
            continue;
        }
        let metric = item
            .get("metric")
            .and_then(Node::scalar)
            .map(|s| s.text.clone())
            .unwrap_or_default();
        let value = item
            .get("value")
            .and_then(Node::scalar)
            .map(|s| s.text.clone())
            .unwrap_or_default();
        let passed = item
            .get("passed")
            .and_then(Node::scalar)
            .and_then(super::super::load::Scalar::as_bool);
        // Shown relative to the current directory, like every other path in findings.
        let shown = std::path::PathBuf::from(display_path(&full));
        if let Err(problems) = crate::bias::verify_entry(&shown, &metric, &value, passed) {
            for p in problems {
                emit(p);
            }
        }
    }
}

/// Every scalar with its field path (`principles.transparency.access`, `suppliers[0].name`).
fn visit_scalars_with_path<'a>(
    node: &'a Node,
    path: &mut String,
    f: &mut impl FnMut(&str, &'a Node, &'a crate::load::Scalar),
) {
    use crate::load::Value;
    match &node.value {
        Value::Scalar(s) => f(path, node, s),
        Value::Seq(items) => {
            for (i, item) in items.iter().enumerate() {
                let len = path.len();
                path.push_str(&format!("[{i}]"));
                visit_scalars_with_path(item, path, f);
                path.truncate(len);
            }
        }
        Value::Map(entries) => {
            for e in entries {
                let len = path.len();
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(&e.key);
                visit_scalars_with_path(&e.value, path, f);
                path.truncate(len);
            }
        }
    }
}

fn pub001(tree: &Node, fb: &FindingBuilder<'_>, out: &mut Vec<Finding>) {
    // Split into lines only once a CPR-like number is found (most files have none).
    let mut lines: Vec<&str> = Vec::new();
    visit_scalars_with_path(tree, &mut String::new(), &mut |field, node, s| {
        // One finding per number, each at its own line: a text may hold several.
        let mut search_from = node.span.line.saturating_sub(1) as usize;
        for (start, end) in crate::cpr::find_all(&s.text) {
            if lines.is_empty() {
                lines = fb.source.lines().collect();
            }
            let found = &s.text[start..end];
            // Find the exact line: the value may be a block scalar spanning several lines.
            let mut span = node.span;
            for (ln, line) in lines.iter().enumerate().skip(search_from) {
                if let Some(col) = line.find(found) {
                    span = Span {
                        line: ln as u32 + 1,
                        column: line[..col].chars().count() as u32 + 1,
                    };
                    search_from = ln;
                    break;
                }
            }
            // The message names the field, never the number itself (CI logs are not private);
            // the quoted source line is masked by the finding builder.
            let d = Detail::CprNumber {
                field: field.to_string(),
            };
            out.extend(fb.make("PUB-001", span, Some(field), d, None, None));
        }
    });
}

/// Applies the assessment's waivers (GEN-007 invalid, GEN-008 expired) to its findings.
pub fn apply_waivers(
    policy: &Policy,
    m: &Assessment,
    tree: &Node,
    fb: &FindingBuilder<'_>,
    opts: &CheckOptions,
    findings: &mut Vec<Finding>,
) {
    let Some(waivers) = &m.waivers else { return };
    let max_months: i64 = param(policy.rule("GEN-007"), "max_months", 12);
    let items = tree.get("waivers").map_or(&[][..], Node::items);
    let mut extra = Vec::new();
    for (i, w) in waivers.iter().enumerate() {
        let item = items.get(i);
        let base = item.map_or(Span::START, |n| n.span);
        let at = |key: &str| item.map_or(base, |n| n.locate(key, base));
        let field = |key: &str| format!("waivers[{i}].{key}");
        let mut invalid = Vec::new();
        let rule_id = w.rule.as_deref().map_or("", str::trim);
        let rule = policy.rule(rule_id);
        if rule_id.is_empty() {
            invalid.push(("rule", WaiverProblem::NoRule));
        } else if rule.is_none() {
            invalid.push((
                "rule",
                WaiverProblem::UnknownRule {
                    rule: rule_id.to_string(),
                },
            ));
        }
        if w.reason.as_deref().is_none_or(|r| r.trim().is_empty()) {
            invalid.push(("reason", WaiverProblem::NoReason));
        }
        if w.approved_by.as_deref().is_none_or(|r| r.trim().is_empty()) {
            invalid.push(("approved_by", WaiverProblem::NoApprover));
        }
        match (w.date, w.expires) {
            (Some(date), Some(expires)) => {
                if add_months(date, max_months).is_some_and(|limit| expires > limit) {
                    invalid.push((
                        "expires",
                        WaiverProblem::TooLong {
                            expires,
                            date,
                            max_months,
                        },
                    ));
                } else if expires < date {
                    invalid.push(("expires", WaiverProblem::ExpiresBeforeDate));
                }
            }
            (None, _) => invalid.push(("date", WaiverProblem::NoDate)),
            (_, None) => invalid.push(("expires", WaiverProblem::NoExpiry)),
        }
        if !invalid.is_empty() {
            for (key, problem) in invalid {
                extra.extend(fb.make(
                    "GEN-007",
                    at(key),
                    Some(&field(key)),
                    Detail::Waiver(problem),
                    None,
                    None,
                ));
            }
            continue;
        }
        let Some(expires) = w.expires else { continue };
        if expires < opts.as_of {
            extra.extend(fb.make(
                "GEN-008",
                at("expires"),
                Some(&field("expires")),
                Detail::WaiverExpired {
                    rule: rule_id.to_string(),
                    expires,
                },
                None,
                None,
            ));
            continue;
        }
        let reason = w.reason.clone().unwrap_or_default();
        for f in findings
            .iter_mut()
            .filter(|f| f.rule.eq_ignore_ascii_case(rule_id) && !f.waived())
        {
            f.severity = Severity::Note;
            f.waiver = Some(WaiverNote {
                reason: crate::cpr::mask(reason.trim()),
            });
        }
    }
    findings.extend(extra);
}

/// Register-wide rules: duplicate ids (GEN-004), unassessed project directories (GEN-006) and an
/// empty register (GEN-011).
pub fn register_rules(reg: &Register, files: &mut [FileResult]) -> Vec<Finding> {
    let policy = reg.policy();
    let mut out = Vec::new();
    let enabled = |id: &str| policy.rule(id).is_some_and(|r| r.builtin);

    if enabled("GEN-004") {
        let mut by_id: BTreeMap<String, Vec<usize>> = BTreeMap::new();
        for (i, f) in files.iter().enumerate() {
            if let Some(id) = f.model.as_ref().and_then(|m| m.id.clone()) {
                by_id.entry(id).or_default().push(i);
            }
        }
        for (id, idx) in by_id.iter().filter(|(_, v)| v.len() > 1) {
            for &i in idx {
                let others: Vec<String> = idx
                    .iter()
                    .filter(|&&j| j != i)
                    .map(|&j| files[j].file.clone())
                    .collect();
                let fb = FindingBuilder {
                    policy,
                    file: &files[i].file,
                    source: "",
                };
                let d = Detail::DuplicateId {
                    id: id.clone(),
                    others,
                };
                let span = files[i].id_span.unwrap_or(Span::START);
                if let Some(f) = fb.make("GEN-004", span, Some("id"), d, None, None) {
                    files[i].findings.push(f);
                    files[i].findings.sort_by(|a, b| {
                        (a.line, a.column, &a.rule).cmp(&(b.line, b.column, &b.rule))
                    });
                }
            }
        }
    }

    // Register-wide findings point at the setting in dataetik.yaml they are about (a directory
    // cannot be annotated by GitHub or an editor); the directory is named in the message.
    // Without a dataetik.yaml there is no such line, and the finding names the directory itself.
    let config_file = reg.config_file.as_deref().map(display_path);
    let at_config = |key_span: Option<Span>, field: &str, mut finding: Finding| -> Finding {
        if let Some(file) = &config_file {
            let span = key_span.unwrap_or(Span::START);
            finding.file.clone_from(file);
            finding.line = span.line;
            finding.column = span.column;
            finding.field = Some(field.to_string());
            finding.source_line = reg.config_source.line_text(span.line);
        }
        finding
    };

    if enabled("GEN-011") && files.is_empty() {
        let dir = display_path(&reg.assessments_dir());
        let fb = FindingBuilder {
            policy,
            file: &dir,
            source: "",
        };
        let d = Detail::EmptyRegister { dir: dir.clone() };
        if let Some(f) = fb.make("GEN-011", Span::START, None, d, None, None) {
            out.push(at_config(reg.config_source.assessments, "assessments", f));
        }
    }

    if enabled("GEN-006") && !reg.config.projects.is_empty() {
        let covered: Vec<std::path::PathBuf> = files
            .iter()
            .filter_map(|f| f.model.as_ref())
            .flat_map(|m| m.code_paths.iter().flatten())
            .filter_map(|p| normalize_relative(p))
            .collect();
        // Each directory with the first pattern that found it.
        let mut dirs = Vec::new();
        for (i, pattern) in reg.config.projects.iter().enumerate() {
            let full = reg.root.join(pattern);
            if let Ok(paths) = glob::glob(&full.to_string_lossy()) {
                for p in paths.flatten() {
                    if p.is_dir() {
                        dirs.push((p, i));
                    }
                }
            }
        }
        dirs.sort();
        dirs.dedup_by(|a, b| a.0 == b.0);
        for (dir, pattern) in dirs {
            let rel = dir.strip_prefix(&reg.root).unwrap_or(&dir).to_path_buf();
            if rel
                .file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with('.'))
            {
                continue;
            }
            if covered.iter().any(|c| rel.starts_with(c)) {
                continue;
            }
            // An assessment with a YAML syntax error has its own GEN-001; if its text names this
            // directory it very likely covers it, so do not also call the project unassessed.
            let rel_text = rel.to_string_lossy().replace('\\', "/");
            if files
                .iter()
                .filter_map(|f| f.unparsed_text.as_deref())
                .any(|t| t.contains(rel_text.as_str()))
            {
                continue;
            }
            let shown = display_path(&dir);
            let fb = FindingBuilder {
                policy,
                file: &shown,
                source: "",
            };
            let d = Detail::UnassessedDirectory { dir: rel_text };
            if let Some(f) = fb.make("GEN-006", Span::START, None, d, None, None) {
                let span = reg
                    .config_source
                    .patterns
                    .get(pattern)
                    .copied()
                    .or(reg.config_source.projects);
                out.push(at_config(span, "projects", f));
            }
        }
    }
    out
}
