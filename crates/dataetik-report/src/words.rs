//! Small pieces of language the report's sentences are built from: whose data, who approves,
//! risk levels inside a sentence, counts in words, lists joined with "og".

use dataetik_core::formats::text::attribute_words;
use dataetik_core::i18n::{format_int, Catalogue, Lang};
use dataetik_core::model::{ApprovalLevel, Assessment, Phase, Subject};
use dataetik_core::msg;
use dataetik_core::risk::RiskAssessment;

/// `{subjects}`: whose data, definite plural ("borgerne", "børnene", "de berørte" for several).
pub(crate) fn subjects_def(m: &Assessment, with_guardians: bool, cat: Catalogue) -> String {
    let subjects = m.subjects();
    match subjects.as_slice() {
        [Subject::Citizens] => msg!(cat, "report-subjects-citizens"),
        [Subject::Children] if with_guardians => msg!(cat, "report-subjects-children-guardians"),
        [Subject::Children] => msg!(cat, "report-subjects-children"),
        [Subject::Employees] => msg!(cat, "report-subjects-employees"),
        [Subject::Businesses] => msg!(cat, "report-subjects-businesses"),
        _ => msg!(cat, "report-subjects-mixed"),
    }
}

/// The label of one data subject ("Borgere", "Børn").
pub(crate) fn subject_label(s: Subject, cat: Catalogue) -> String {
    match s {
        Subject::Citizens => msg!(cat, "report-subject-label-citizens"),
        Subject::Children => msg!(cat, "report-subject-label-children"),
        Subject::Employees => msg!(cat, "report-subject-label-employees"),
        Subject::Businesses => msg!(cat, "report-subject-label-businesses"),
    }
}

/// Whose data, for a project's facts: "Borgere", "Børn og borgere".
pub(crate) fn subjects_label(m: &Assessment, cat: Catalogue) -> String {
    let labels: Vec<String> = m
        .subjects()
        .into_iter()
        .enumerate()
        .map(|(i, s)| {
            let l = subject_label(s, cat);
            if i == 0 {
                l
            } else {
                l.to_lowercase()
            }
        })
        .collect();
    dataetik_core::i18n::join_and(&labels, cat)
}

/// Who must approve, with its article ("direktionen", "et politisk udvalg").
pub(crate) fn approver(level: ApprovalLevel, cat: Catalogue) -> String {
    match level {
        ApprovalLevel::UnitManager => msg!(cat, "report-approval-unit-manager"),
        ApprovalLevel::Director => msg!(cat, "report-approval-director"),
        ApprovalLevel::ExecutiveBoard => msg!(cat, "report-approval-executive-board"),
        ApprovalLevel::Political => msg!(cat, "report-approval-political"),
    }
}

/// The risk level as an adjective inside a sentence ("høj", "mindst høj").
pub(crate) fn level_adj(r: &RiskAssessment, lang: Lang) -> String {
    let name = r.level_name.get(lang).to_lowercase();
    if r.complete {
        name
    } else {
        msg!(lang.catalogue(), "report-level-at-least", level = name)
    }
}

/// The risk level after a genitive ("projektets høje risiko"): Danish inflects the adjective.
pub(crate) fn level_def(r: &RiskAssessment, lang: Lang) -> String {
    let name = r.level_name.get(lang).to_lowercase();
    match lang {
        Lang::Da if name.ends_with('j') || name.ends_with('v') => format!("{name}e"),
        _ => name,
    }
}

/// A count in running text: one to ten in words ("ni"), larger numbers in digits.
pub(crate) fn count_words(n: usize, lang: Lang) -> String {
    msg!(
        lang.catalogue(),
        "report-count-in-words",
        n = n as i64,
        digits = format_int(n as i64, lang)
    )
}

/// "ét projekt" / "ni projekter".
pub(crate) fn projects_words(n: usize, lang: Lang) -> String {
    let cat = lang.catalogue();
    if n == 1 {
        msg!(cat, "report-projects-one")
    } else {
        msg!(cat, "report-projects", n = count_words(n, lang))
    }
}

/// Attributes joined for a sentence ("køn, alder og etnisk oprindelse").
pub(crate) fn attributes(list: &[String], lang: Lang) -> String {
    let names: Vec<String> = list
        .iter()
        .map(|a| attribute_words(lang.catalogue(), a))
        .collect();
    dataetik_core::i18n::join_and(&names, lang.catalogue())
}

/// A phase inside a sentence ("fra analysefasen til udviklingsfasen").
pub(crate) fn phase_noun(p: Phase, cat: Catalogue) -> String {
    match p {
        Phase::Idea => msg!(cat, "report-phase-idea"),
        Phase::Analysis => msg!(cat, "report-phase-analysis"),
        Phase::Build => msg!(cat, "report-phase-build"),
        Phase::Operation => msg!(cat, "report-phase-operation"),
        Phase::Completed => msg!(cat, "report-phase-completed"),
        Phase::Stopped => msg!(cat, "report-phase-stopped"),
    }
}
