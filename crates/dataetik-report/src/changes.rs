//! What changed since the last report: the register as it was then (checked with today's
//! program and policy) against the register now, and each project's history.

use std::collections::{BTreeMap, BTreeSet};

use dataetik_core::check::{CheckResult, FileResult, Finding};
use dataetik_core::history::NoHistory;
use dataetik_core::i18n::{format_date, format_partial_date, Lang};
use dataetik_core::model::Phase;
use dataetik_core::msg;
use dataetik_core::policy::{Policy, Severity};

use crate::build::{mask_text, BuildError, Project};
use crate::gather::HistoryInputs;
use crate::model::{ChangeGroup, Changes, HistoryEntry, LastYearPoint, ProjectHistory};
use crate::plain;
use crate::words::count_words;

fn open(f: &FileResult) -> impl Iterator<Item = &Finding> {
    f.findings
        .iter()
        .filter(|x| !x.waived() && x.severity != Severity::Note)
}

/// One sentence per rule per project, in plain words.
fn points(policy: &Policy, lang: Lang, f: &FileResult) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    if let Some(m) = f.model.as_ref() {
        for x in open(f) {
            out.entry(x.rule.clone())
                .or_insert_with(|| plain::sentence(policy, lang, x, m, f.risk.as_ref()));
        }
    }
    out
}

fn title(f: &FileResult) -> String {
    f.model
        .as_ref()
        .and_then(|m| m.title.clone())
        .unwrap_or_else(|| f.id())
}

fn department(f: &FileResult) -> String {
    f.model
        .as_ref()
        .and_then(|m| m.owner.as_ref())
        .and_then(|o| o.department.clone())
        .unwrap_or_default()
}

fn group(
    id: &str,
    heading: String,
    lead: Option<String>,
    items: Vec<String>,
) -> Option<ChangeGroup> {
    (!items.is_empty()).then(|| ChangeGroup {
        id: id.to_string(),
        heading,
        lead,
        items,
    })
}

/// The changes section. `now` is every readable assessment today (not only the year's), so a
/// project that ended before the year is still found.
pub(crate) fn changes(
    history: &Result<HistoryInputs, NoHistory>,
    now: &CheckResult,
    policy: &Policy,
    year: i16,
    lang: Lang,
) -> Result<Changes, BuildError> {
    let cat = lang.catalogue();
    let Ok(h) = history else {
        return Ok(Changes {
            available: false,
            lead: msg!(cat, "report-changes-no-git"),
            method: None,
            groups: Vec::new(),
            none_text: None,
            last_year_lead: None,
            last_year: Vec::new(),
        });
    };
    let since = format_date(h.since.0, lang);
    let Some(previous) = h.previous.as_ref() else {
        return Ok(Changes {
            available: false,
            lead: msg!(cat, "report-changes-no-history", date = since),
            method: None,
            groups: Vec::new(),
            none_text: None,
            last_year_lead: None,
            last_year: Vec::new(),
        });
    };
    let lead = match &h.since_rev {
        Some(rev) => msg!(
            cat,
            "report-changes-lead-rev",
            rev = rev.clone(),
            date = since
        ),
        None => msg!(cat, "report-changes-lead", date = since),
    };
    let by_id = |r: &CheckResult| -> BTreeMap<String, FileResult> {
        r.files
            .iter()
            .filter(|f| f.model.is_some())
            .map(|f| (f.id(), f.clone()))
            .collect()
    };
    let before = by_id(previous);
    let after = by_id(now);
    let since_date = h.since;

    let mut new = Vec::new();
    let mut completed = Vec::new();
    let mut stopped = Vec::new();
    let mut phase = Vec::new();
    let mut risk = Vec::new();
    let mut approvals = Vec::new();
    let mut resolved = Vec::new();
    let mut added = Vec::new();
    for (id, a) in &after {
        let m = a.model.as_ref().expect("readable");
        let lc = m.lifecycle.as_ref();
        let b = before.get(id);
        let bm = b.and_then(|b| b.model.as_ref());
        // Ended since the comparison date, or during the year before the report year: a project
        // stopped last year is named this year too (the last report may have been made before).
        let ended_recently = lc
            .and_then(|l| l.ended)
            .is_some_and(|e| e.year() >= year - 1);
        let was_active =
            bm.is_none_or(|bm| bm.phase().is_none_or(Phase::is_active)) || ended_recently;
        let ended = lc.and_then(|l| l.ended);
        let ended_text = ended
            .map(|e| format_partial_date(e, lang))
            .unwrap_or_default();
        match (bm, m.phase()) {
            (None, _) => {
                // New in the register. A project that started and ended before the comparison
                // date was only added to the register late; it is listed as new all the same.
                new.push(msg!(
                    cat,
                    "report-changes-new-item",
                    project = title(a),
                    department = department(a),
                    started = lc
                        .and_then(|l| l.started)
                        .map(|s| format_partial_date(s, lang))
                        .unwrap_or_default()
                ));
            }
            (Some(_), Some(Phase::Completed)) if was_active => completed.push(msg!(
                cat,
                "report-changes-completed-item",
                project = title(a),
                department = department(a),
                ended = ended_text
            )),
            (Some(_), Some(Phase::Stopped)) if was_active => {
                let mut item = msg!(
                    cat,
                    "report-changes-stopped-item",
                    project = title(a),
                    department = department(a),
                    ended = ended_text
                );
                for t in m.bias_tests().iter().filter(|t| t.passed == Some(false)) {
                    item.push_str(". ");
                    item.push_str(&msg!(
                        cat,
                        "report-changes-stopped-bias",
                        date = t.date.map(|d| format_date(d.0, lang)).unwrap_or_default(),
                        attributes = crate::words::attributes(
                            t.attributes.as_deref().unwrap_or_default(),
                            lang
                        )
                    ));
                }
                stopped.push(item);
            }
            (Some(bm), Some(now_phase)) => {
                if let Some(was) = bm.phase() {
                    if was != now_phase {
                        phase.push(msg!(
                            cat,
                            "report-changes-phase-item",
                            project = title(a),
                            from = crate::words::phase_noun(was, cat),
                            to = crate::words::phase_noun(now_phase, cat)
                        ));
                    }
                }
            }
            _ => {}
        }
        if let (Some(rb), Some(ra)) = (b.and_then(|b| b.risk.as_ref()), a.risk.as_ref()) {
            if rb.level != ra.level {
                let label = |r: &dataetik_core::risk::RiskAssessment| {
                    format!("{} ({})", r.level, r.level_name.get(lang))
                };
                let id = if rb.schema_version == ra.schema_version {
                    "report-changes-risk-item"
                } else {
                    "report-changes-risk-model"
                };
                let text = if id == "report-changes-risk-item" {
                    msg!(
                        cat,
                        "report-changes-risk-item",
                        project = title(a),
                        now = label(ra),
                        before = label(rb)
                    )
                } else {
                    msg!(
                        cat,
                        "report-changes-risk-model",
                        project = title(a),
                        now = label(ra),
                        before = label(rb)
                    )
                };
                risk.push(text);
            }
        }
        if let Some(ap) = m.approval() {
            if let (Some(d), Some(by)) = (ap.date, ap.by.as_deref()) {
                if d > since_date {
                    approvals.push(msg!(
                        cat,
                        "report-changes-approval-item",
                        project = title(a),
                        body = dataetik_core::i18n::body_in_sentence(by, lang),
                        date = format_date(d.0, lang)
                    ));
                }
            }
        }
        let now_points = points(policy, lang, a);
        let then_points = b.map(|b| points(policy, lang, b)).unwrap_or_default();
        // A gap that stayed when the project was completed or stopped is kept as a historical
        // note: it lapsed with the project, it was not resolved.
        let lapsed: BTreeSet<&str> = a
            .findings
            .iter()
            .filter(|x| x.historical)
            .map(|x| x.rule.as_str())
            .collect();
        for (rule, text) in &then_points {
            if !now_points.contains_key(rule) && !lapsed.contains(rule.as_str()) {
                resolved.push(msg!(
                    cat,
                    "report-changes-point",
                    project = title(a),
                    text = text.clone()
                ));
            }
        }
        if b.is_some() {
            for (rule, text) in &now_points {
                if !then_points.contains_key(rule) {
                    added.push(msg!(
                        cat,
                        "report-changes-point",
                        project = title(a),
                        text = text.clone()
                    ));
                }
            }
        }
    }
    // Last year's open points and their status now.
    let mut last_year = Vec::new();
    for (id, b) in &before {
        let bm = b.model.as_ref().expect("readable");
        if bm.phase().is_some_and(|p| !p.is_active()) {
            continue;
        }
        let a = after.get(id);
        let now_points = a.map(|a| points(policy, lang, a)).unwrap_or_default();
        let waived: BTreeSet<String> = a
            .map(|a| {
                a.findings
                    .iter()
                    .filter(|x| x.waived())
                    .map(|x| x.rule.clone())
                    .collect()
            })
            .unwrap_or_default();
        let ended = a
            .and_then(|a| a.model.as_ref())
            .and_then(dataetik_core::model::Assessment::phase)
            .is_some_and(|p| !p.is_active());
        for (rule, text) in points(policy, lang, b) {
            let status = if a.is_none() {
                "gone"
            } else if now_points.contains_key(&rule) {
                "open"
            } else if waived.contains(&rule) {
                "waived"
            } else if ended {
                "ended"
            } else {
                "resolved"
            };
            last_year.push(LastYearPoint {
                project: title(b),
                point: text,
                status: status.to_string(),
                status_text: match status {
                    "gone" => msg!(cat, "report-status-gone"),
                    "open" => msg!(cat, "report-status-open"),
                    "waived" => msg!(cat, "report-status-waived"),
                    "ended" => msg!(cat, "report-status-ended"),
                    _ => msg!(cat, "report-status-resolved"),
                },
            });
        }
    }
    let count_lead = |n: usize, one: &str, many: &str| -> Option<String> {
        Some(if n == 1 {
            one.to_string()
        } else {
            many.to_string()
        })
    };
    let resolved_lead = count_lead(
        resolved.len(),
        &msg!(cat, "report-changes-resolved-one"),
        &msg!(
            cat,
            "report-changes-resolved",
            n = dataetik_core::i18n::capitalise(&count_words(resolved.len(), lang))
        ),
    );
    let added_lead = count_lead(
        added.len(),
        &msg!(cat, "report-changes-added-one"),
        &msg!(
            cat,
            "report-changes-added",
            n = dataetik_core::i18n::capitalise(&count_words(added.len(), lang))
        ),
    );
    let groups: Vec<ChangeGroup> = [
        group("new", msg!(cat, "report-changes-new"), None, new),
        group(
            "completed",
            msg!(cat, "report-changes-completed"),
            None,
            completed,
        ),
        group(
            "stopped",
            msg!(cat, "report-changes-stopped"),
            None,
            stopped,
        ),
        group("phase", msg!(cat, "report-changes-phase"), None, phase),
        group("risk", msg!(cat, "report-changes-risk"), None, risk),
        group(
            "approvals",
            msg!(cat, "report-changes-approvals"),
            None,
            approvals,
        ),
        group(
            "resolved",
            msg!(cat, "report-changes-resolved-heading"),
            resolved_lead,
            resolved,
        ),
        group(
            "added",
            msg!(cat, "report-changes-added-heading"),
            added_lead,
            added,
        ),
    ]
    .into_iter()
    .flatten()
    .collect();
    let last_year_lead = (!last_year.is_empty()).then(|| {
        msg!(
            cat,
            "report-changes-last-year-lead",
            year = (year - 1).to_string(),
            n = count_words(last_year.len(), lang)
        )
    });
    Ok(Changes {
        available: true,
        lead,
        method: Some(msg!(cat, "report-changes-method")),
        none_text: (groups.is_empty() && last_year.is_empty())
            .then(|| msg!(cat, "report-changes-none")),
        groups,
        last_year_lead,
        last_year,
    })
}

/// "Sidst ændret" of a project, from its file's history.
pub(crate) fn last_changed(
    history: &Result<HistoryInputs, NoHistory>,
    p: &Project<'_>,
    lang: Lang,
) -> Option<String> {
    let h = history.as_ref().ok()?;
    let c = h.logs.get(&p.file.path)?.first()?;
    Some(format_date(c.date.0, lang))
}

/// The audit trail: every selected project's commits, newest first, subjects masked.
pub(crate) fn project_histories(
    history: &Result<HistoryInputs, NoHistory>,
    projects: &[Project<'_>],
    lang: Lang,
) -> Result<Vec<ProjectHistory>, BuildError> {
    let Ok(h) = history.as_ref() else {
        return Ok(Vec::new());
    };
    projects
        .iter()
        .map(|p| {
            let entries = h
                .logs
                .get(&p.file.path)
                .map(Vec::as_slice)
                .unwrap_or_default()
                .iter()
                .map(|c| {
                    Ok(HistoryEntry {
                        date: format_date(c.date.0, lang),
                        subject: mask_text(&c.subject),
                        commit: c.id.chars().take(7).collect(),
                    })
                })
                .collect::<Result<Vec<_>, BuildError>>()?;
            Ok(ProjectHistory {
                id: p.id(),
                title: p.title(),
                file: p.file.file.clone(),
                entries,
            })
        })
        .collect()
}
