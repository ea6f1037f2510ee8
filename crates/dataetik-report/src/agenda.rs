//! The opening pages as an agenda item (indstilling): the points the committee is asked to
//! decide, discuss and note, each naming its projects, bodies and dates; the dilemmas the
//! departments lay open for debate; and the key figures a politician uses.

use dataetik_core::i18n::{body_in_sentence, format_date, format_int, join_and, Lang};
use dataetik_core::model::{AutomationKind, DpiaStatus, Phase, Protected, Subject};
use dataetik_core::msg;
use dataetik_core::policy::Policy;

use crate::build::{BuildError, Project};
use crate::markdown::Markdown;
use crate::model::{AgendaPoint, Dilemma, KeyFigure};
use crate::words::{self, count_words, projects_words};

/// What the agenda part of the summary holds.
pub(crate) struct Agenda {
    pub(crate) lead: String,
    pub(crate) points: Vec<AgendaPoint>,
    pub(crate) dilemmas_lead: String,
    pub(crate) dilemmas: Vec<Dilemma>,
    pub(crate) dilemmas_missing: Vec<String>,
    pub(crate) key_figures: Vec<KeyFigure>,
    pub(crate) key_figures_note: String,
}

fn point(kind: &str, text: String) -> AgendaPoint {
    AgendaPoint {
        kind: kind.to_string(),
        text,
    }
}

pub(crate) fn agenda(
    projects: &[Project<'_>],
    policy: &Policy,
    committee: Option<&str>,
    year: i16,
    as_of: dataetik_core::model::Date,
    lang: Lang,
) -> Result<Agenda, BuildError> {
    let cat = lang.catalogue();
    let date = |d: dataetik_core::model::Date| format_date(d.0, lang);
    let committee = committee.map_or_else(
        || msg!(cat, "report-committee-fallback"),
        ToString::to_string,
    );
    let lead = msg!(
        cat,
        "report-agenda-lead",
        author = msg!(cat, "report-author"),
        committee = committee
    );
    let mut decide = Vec::new();
    let mut note = Vec::new();
    let top_level = policy
        .risk
        .levels
        .iter()
        .map(|l| l.level)
        .max()
        .unwrap_or(4);

    let active = |p: &&Project<'_>| p.m.phase().is_none_or(Phase::is_active);

    // Decisions: approvals missing or too low, waivers below the required level, failed bias
    // tests nobody has answered.
    for p in projects.iter().filter(active) {
        let Some(risk) = p.risk() else { continue };
        let approval = p.m.approval();
        let level = approval.and_then(|a| a.level);
        let recorded =
            approval.is_some_and(|a| a.level.is_some() && a.by.is_some() && a.date.is_some());
        if risk.level >= 3 && !recorded {
            decide.push(point(
                "decide",
                msg!(
                    cat,
                    "report-agenda-no-approval",
                    project = p.title(),
                    department = p.department(lang),
                    level = words::level_adj(risk, lang),
                    approval = words::approver(risk.required_approval, cat)
                ),
            ));
        } else if let (Some(level), Some(a)) = (level, approval) {
            if level < risk.required_approval {
                decide.push(point(
                    "decide",
                    msg!(
                        cat,
                        "report-agenda-approval-too-low",
                        project = p.title(),
                        body = body_in_sentence(a.by.as_deref().unwrap_or_default(), lang),
                        date = a.date.map(date).unwrap_or_default(),
                        level_def = words::level_def(risk, lang),
                        approval = words::approver(risk.required_approval, cat)
                    ),
                ));
            }
        }
        for w in p.m.waivers.iter().flatten() {
            if w.level.is_some_and(|l| l < risk.required_approval) {
                decide.push(point(
                    "decide",
                    msg!(
                        cat,
                        "report-agenda-waiver-too-low",
                        topic = topic(policy, w.rule.as_deref().unwrap_or_default(), lang),
                        project = p.title(),
                        body = body_in_sentence(w.approved_by.as_deref().unwrap_or_default(), lang),
                        level_def = words::level_def(risk, lang),
                        approval = words::approver(risk.required_approval, cat)
                    ),
                ));
            }
        }
    }
    // Failed bias tests: every failed test of a project still running; of an ended project,
    // those from the report year (with when it stopped).
    for p in projects {
        for t in p.m.bias_tests().iter().filter(|t| t.passed == Some(false)) {
            let tdate = t.date.map(date).unwrap_or_default();
            let attrs = words::attributes(t.attributes.as_deref().unwrap_or_default(), lang);
            let ended = p.m.lifecycle.as_ref().and_then(|l| l.ended);
            let stopped = p.m.phase() == Some(Phase::Stopped);
            if stopped {
                note.push(point(
                    "note",
                    msg!(
                        cat,
                        "report-agenda-bias-stopped",
                        project = p.title(),
                        date = tdate,
                        attributes = attrs,
                        ended = ended
                            .map(|e| dataetik_core::i18n::format_partial_date(e, lang))
                            .unwrap_or_default()
                    ),
                ));
            } else if t.mitigation.as_deref().is_none_or(|m| m.trim().is_empty()) {
                decide.push(point(
                    "decide",
                    msg!(
                        cat,
                        "report-agenda-bias-open",
                        project = p.title(),
                        date = tdate,
                        attributes = attrs
                    ),
                ));
            } else if t.date.is_some_and(|d| d.0.year() == year) {
                note.push(point(
                    "note",
                    msg!(
                        cat,
                        "report-agenda-bias-mitigated",
                        project = p.title(),
                        date = tdate,
                        attributes = attrs
                    ),
                ));
            }
        }
    }

    // Very high risk, with who approved and when.
    let very_high: Vec<String> = projects
        .iter()
        .filter(active)
        .filter(|p| p.risk().is_some_and(|r| r.level >= top_level))
        .map(|p| match p.m.approval().filter(|a| a.by.is_some()) {
            Some(a) => msg!(
                cat,
                "report-agenda-item-approved",
                project = p.title(),
                department = p.department(lang),
                body = body_in_sentence(a.by.as_deref().unwrap_or_default(), lang),
                date = a.date.map(date).unwrap_or_default()
            ),
            None => msg!(
                cat,
                "report-agenda-item-not-approved",
                project = p.title(),
                department = p.department(lang)
            ),
        })
        .collect();
    let mut ordered_notes = Vec::new();
    match very_high.len() {
        0 => {}
        1 => ordered_notes.push(point(
            "note",
            msg!(
                cat,
                "report-agenda-very-high-one",
                list = very_high[0].clone()
            ),
        )),
        n => ordered_notes.push(point(
            "note",
            msg!(
                cat,
                "report-agenda-very-high",
                n = count_words(n, lang),
                list = join_and(&very_high, cat)
            ),
        )),
    }
    // Waivers: expired ones first, then those in force, each with body, date and expiry.
    for p in projects.iter().filter(active) {
        for w in p.m.waivers.iter().flatten() {
            let (Some(expires), Some(rule)) = (w.expires, w.rule.as_deref()) else {
                continue;
            };
            if expires < as_of {
                ordered_notes.push(point(
                    "note",
                    msg!(
                        cat,
                        "report-agenda-waiver-expired",
                        project = p.title(),
                        topic = topic(policy, rule, lang),
                        expires = date(expires)
                    ),
                ));
            }
        }
    }
    for p in projects.iter().filter(active) {
        for w in p.m.waivers.iter().flatten() {
            let (Some(expires), Some(rule)) = (w.expires, w.rule.as_deref()) else {
                continue;
            };
            if expires >= as_of {
                ordered_notes.push(point(
                    "note",
                    msg!(
                        cat,
                        "report-agenda-waiver",
                        body = body_in_sentence(w.approved_by.as_deref().unwrap_or_default(), lang),
                        date = w.date.map(date).unwrap_or_default(),
                        project = p.title(),
                        topic = topic(policy, rule, lang),
                        expires = date(expires)
                    ),
                ));
            }
        }
    }
    ordered_notes.append(&mut note);
    let ai: Vec<String> = projects
        .iter()
        .filter(active)
        .filter(|p| p.m.ai_act.as_ref().and_then(|a| a.high_risk) == Some(true))
        .map(Project::title)
        .collect();
    match ai.len() {
        0 => {}
        1 => ordered_notes.push(point(
            "note",
            msg!(cat, "report-agenda-ai-one", project = ai[0].clone()),
        )),
        n => ordered_notes.push(point(
            "note",
            msg!(
                cat,
                "report-agenda-ai",
                n = count_words(n, lang),
                list = join_and(&ai, cat)
            ),
        )),
    }
    let with_open: Vec<&Project<'_>> = projects.iter().filter(|p| p.open_points() > 0).collect();
    let total_open: usize = with_open.iter().map(|p| p.open_points()).sum();
    ordered_notes.push(point(
        "note",
        match (with_open.as_slice(), total_open) {
            ([], _) => msg!(cat, "report-agenda-no-open-points"),
            ([p], 1) => msg!(cat, "report-agenda-open-point-one", project = p.title()),
            ([p], n) => msg!(
                cat,
                "report-agenda-open-points-one-project",
                project = p.title(),
                points = count_words(n, lang)
            ),
            (ps, n) => msg!(
                cat,
                "report-agenda-open-points",
                points = count_words(n, lang),
                projects = count_words(ps.len(), lang)
            ),
        },
    ));

    // Dilemmas.
    let mut dilemmas = Vec::new();
    let mut dilemmas_missing = Vec::new();
    for p in projects {
        let risk = p.risk();
        match p.m.debate.as_deref().filter(|d| !d.trim().is_empty()) {
            Some(text) => dilemmas.push(Dilemma {
                project_id: p.id(),
                heading: msg!(
                    cat,
                    "report-dilemma-heading",
                    project = p.title(),
                    department = p.department(lang),
                    level = risk.map(|r| words::level_adj(r, lang)).unwrap_or_default()
                ),
                text: Markdown::new(text),
            }),
            None if active(&p) && risk.is_some_and(|r| r.level >= 3) => {
                dilemmas_missing.push(msg!(
                    cat,
                    "report-dilemmas-missing",
                    project = p.title(),
                    level = risk.map(|r| words::level_adj(r, lang)).unwrap_or_default()
                ));
            }
            None => {}
        }
    }
    let mut points = vec![point(
        "note",
        msg!(cat, "report-agenda-report", year = year.to_string()),
    )];
    points.append(&mut decide);
    match dilemmas.as_slice() {
        [] => {}
        [d] => {
            let title = projects
                .iter()
                .find(|p| p.id() == d.project_id)
                .map(Project::title)
                .unwrap_or_default();
            points.push(point(
                "discuss",
                msg!(cat, "report-agenda-dilemmas-one", project = title),
            ));
        }
        ds => points.push(point(
            "discuss",
            msg!(
                cat,
                "report-agenda-dilemmas",
                n = count_words(ds.len(), lang)
            ),
        )),
    }
    points.append(&mut ordered_notes);

    let key_figures = key_figures(projects, year, lang, top_level);
    Ok(Agenda {
        lead,
        points,
        dilemmas_lead: if dilemmas.is_empty() {
            msg!(cat, "report-dilemmas-none")
        } else {
            msg!(cat, "report-dilemmas-lead")
        },
        dilemmas,
        dilemmas_missing,
        key_figures,
        key_figures_note: msg!(cat, "report-figures-note"),
    })
}

/// The requirement a waiver exempts from, as a noun phrase (the rule's `topic`, else its title).
pub(crate) fn topic(policy: &Policy, rule: &str, lang: Lang) -> String {
    policy.rule(rule).map_or_else(
        || rule.to_string(),
        |r| {
            let t = r.topic.get(lang).trim();
            if t.is_empty() {
                r.title.get(lang).trim().to_lowercase()
            } else {
                t.to_string()
            }
        },
    )
}

fn key_figures(projects: &[Project<'_>], year: i16, lang: Lang, top_level: u8) -> Vec<KeyFigure> {
    let cat = lang.catalogue();
    let n = |x: usize| format_int(x as i64, lang);
    let fig = |label: String, value: String| KeyFigure { label, value };
    let count = |f: &dyn Fn(&Project<'_>) -> bool| projects.iter().filter(|p| f(p)).count();
    let mut out = vec![fig(msg!(cat, "report-figure-projects"), n(projects.len()))];
    out.push(fig(
        msg!(cat, "report-figure-new", year = year.to_string()),
        n(count(&|p| {
            p.m.lifecycle
                .as_ref()
                .and_then(|l| l.started)
                .is_some_and(|s| s.year() == year)
        })),
    ));
    out.push(fig(
        msg!(cat, "report-figure-ended", year = year.to_string()),
        n(count(&|p| {
            p.m.phase().is_some_and(|ph| !ph.is_active())
                && p.m
                    .lifecycle
                    .as_ref()
                    .and_then(|l| l.ended)
                    .is_some_and(|e| e.year() == year)
        })),
    ));
    out.push(fig(
        msg!(cat, "report-figure-very-high"),
        n(count(&|p| p.risk().is_some_and(|r| r.level >= top_level))),
    ));
    for s in [
        Subject::Citizens,
        Subject::Children,
        Subject::Employees,
        Subject::Businesses,
    ] {
        let with: Vec<&Project<'_>> = projects
            .iter()
            .filter(|p| {
                p.m.data.as_ref().and_then(|d| d.personal_data) == Some(true)
                    && p.m.subjects().contains(&s)
            })
            .collect();
        let people: u64 = with.iter().filter_map(|p| p.m.citizens_affected).sum();
        let value = if with.is_empty() {
            msg!(cat, "report-figure-people-none")
        } else {
            msg!(
                cat,
                "report-figure-people-value",
                n = format_int(people.min(i64::MAX as u64) as i64, lang),
                projects = projects_words(with.len(), lang)
            )
        };
        out.push(fig(
            msg!(
                cat,
                "report-figure-people",
                subjects = words::subject_label(s, cat)
            ),
            value,
        ));
    }
    let ml = |p: &Project<'_>| {
        p.m.automation
            .as_ref()
            .and_then(|a| a.machine_learning)
            .unwrap_or(false)
    };
    out.push(fig(msg!(cat, "report-figure-ml"), n(count(&ml))));
    out.push(fig(
        msg!(cat, "report-figure-profiling"),
        n(count(&|p| {
            p.m.data.as_ref().and_then(|d| d.profiling) == Some(true)
        })),
    ));
    out.push(fig(
        msg!(cat, "report-figure-selection"),
        n(count(&|p| {
            p.m.automation_kind() == Some(AutomationKind::Selection)
        })),
    ));
    out.push(fig(
        msg!(cat, "report-figure-automated"),
        n(count(&|p| {
            p.m.automation_kind() == Some(AutomationKind::AutomatedDecision)
        })),
    ));
    // Protected inputs are only known for version-2 assessments that list their inputs.
    let protected = count(&|p| {
        p.m.inputs()
            .iter()
            .any(|i| i.protected.is_some_and(|x| x != Protected::None))
    });
    let unknown = count(&|p| {
        (ml(p) || p.m.automation_kind() == Some(AutomationKind::Selection))
            && p.m.inputs().is_empty()
    });
    out.push(fig(
        msg!(cat, "report-figure-protected"),
        if unknown == 0 {
            n(protected)
        } else {
            msg!(
                cat,
                "report-figure-protected-unknown",
                n = n(protected),
                unknown = projects_words(unknown, lang)
            )
        },
    ));
    // Bias tests dated in the report year.
    let tests: Vec<(usize, bool)> = projects
        .iter()
        .enumerate()
        .flat_map(|(i, p)| {
            p.m.bias_tests()
                .iter()
                .filter(|t| t.date.is_some_and(|d| d.0.year() == year))
                .map(move |t| (i, t.passed == Some(false)))
        })
        .collect();
    let mut tested: Vec<usize> = tests.iter().map(|(i, _)| *i).collect();
    tested.dedup();
    let failed = tests.iter().filter(|(_, f)| *f).count();
    out.push(fig(
        msg!(cat, "report-figure-bias", year = year.to_string()),
        if tests.is_empty() {
            n(0)
        } else if failed == 0 {
            msg!(
                cat,
                "report-figure-bias-passed",
                n = n(tests.len()),
                projects = projects_words(tested.len(), lang)
            )
        } else {
            msg!(
                cat,
                "report-figure-bias-value",
                n = n(tests.len()),
                projects = projects_words(tested.len(), lang),
                failed = n(failed)
            )
        },
    ));
    // DPIAs: done among the projects that need one (DIG-004's conditions are the check's; here
    // every project whose DPIA status is not "not required" and that processes personal data).
    let needs = |p: &Project<'_>| {
        let d = p.m.data.as_ref();
        d.and_then(|d| d.personal_data) == Some(true)
            && d.and_then(|d| d.dpia.as_ref()).and_then(|x| x.status)
                != Some(DpiaStatus::NotRequired)
            && (p.risk().is_some_and(|r| r.level >= 3)
                || d.and_then(|d| d.sensitive_data) == Some(true)
                || d.and_then(|d| d.combines_sources) == Some(true)
                || p.m.automation_kind() == Some(AutomationKind::AutomatedDecision))
    };
    let required = count(&needs);
    let done = count(&|p| {
        needs(p)
            && p.m
                .data
                .as_ref()
                .and_then(|d| d.dpia.as_ref())
                .and_then(|x| x.status)
                == Some(DpiaStatus::Done)
    });
    out.push(fig(
        msg!(cat, "report-figure-dpia"),
        msg!(
            cat,
            "report-figure-dpia-value",
            done = n(done),
            required = n(required)
        ),
    ));
    let mut expiries: Vec<dataetik_core::model::Date> = projects
        .iter()
        .flat_map(|p| p.m.waivers.iter().flatten())
        .filter_map(|w| w.expires)
        .collect();
    expiries.sort();
    out.push(fig(
        msg!(cat, "report-figure-waivers"),
        match expiries.first() {
            None => n(0),
            Some(first) => msg!(
                cat,
                "report-figure-waivers-value",
                n = n(expiries.len()),
                expires = format_date(first.0, lang)
            ),
        },
    ));
    out.push(fig(
        msg!(cat, "report-figure-ai"),
        n(count(&|p| {
            p.m.ai_act.as_ref().and_then(|a| a.high_risk) == Some(true)
        })),
    ));
    let open: usize = projects.iter().map(Project::open_points).sum();
    let with_open = count(&|p| p.open_points() > 0);
    out.push(fig(
        msg!(cat, "report-figure-open"),
        if open == 0 {
            n(0)
        } else {
            msg!(
                cat,
                "report-figure-open-value",
                n = n(open),
                projects = projects_words(with_open, lang)
            )
        },
    ));
    out
}
