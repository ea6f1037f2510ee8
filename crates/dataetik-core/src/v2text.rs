//! The words of assessment format version 2 and `dataetik migrate`, made from the catalogue
//! (`locales/*/version2.ftl`). Each function is one message with its arguments.

use crate::i18n::{Catalogue, LocalText};
use crate::msg;
use crate::version::V2Feature;

/// GEN-002 detail: a version-2 field, value or partial date in a version 1 file. `at` is the
/// field path.
pub fn needs_version_2(cat: Catalogue, at: &str, what: &V2Feature) -> String {
    match what {
        V2Feature::Field => msg!(cat, "v2-needs-field", at = at),
        V2Feature::Value(v) => msg!(cat, "v2-needs-value", at = at, value = v.as_str()),
        V2Feature::PartialDate(d) => {
            msg!(cat, "v2-needs-partial-date", at = at, date = d.as_str())
        }
    }
}

/// What serde's "expected" phrases added by version 2 say in words, if `expected` is one.
pub fn expected(cat: Catalogue, expected: &str) -> Option<String> {
    if expected == crate::model::PARTIAL_DATE_EXPECTED {
        Some(msg!(cat, "de-expected-partial-date"))
    } else if expected == crate::model::REQUIRED_TEXT_EXPECTED {
        Some(msg!(cat, "de-expected-required-text"))
    } else {
        None
    }
}

/// The risk level with "at least" when factors are unstated: "mindst 3 (høj)" / "3 (høj)".
pub fn risk_level(cat: Catalogue, level: u8, name: &LocalText, complete: bool) -> String {
    let name = name.get(cat.lang());
    let level = level.to_string();
    if complete {
        msg!(cat, "risk-level-complete", level = level, name = name)
    } else {
        msg!(cat, "risk-level-minimum", level = level, name = name)
    }
}

/// The `check -v` headline of an incomplete risk: "14 point: niveau mindst 3 (høj)".
pub fn risk_describe_minimum(cat: Catalogue, points: u32, level: u8, name: &LocalText) -> String {
    msg!(
        cat,
        "risk-describe-minimum",
        points = points.to_string(),
        level = level.to_string(),
        name = name.get(cat.lang())
    )
}

/// A line of the `check -v` breakdown for a factor that is not stated.
pub fn risk_unstated(cat: Catalogue, label: &LocalText, field: &str) -> String {
    msg!(
        cat,
        "risk-unstated",
        label = label.get(cat.lang()),
        field = field
    )
}

/// For the rules engineer: the detail of a finding whose field holds only a placeholder.
pub fn placeholder_only(cat: Catalogue, text: &str) -> String {
    let shown: String = text.trim().chars().take(40).collect();
    msg!(cat, "placeholder-only", text = shown)
}

// ---------------------------------------------------------------------------------------------
// dataetik migrate

/// Why a file was not migrated.
pub fn migrate_refused(cat: Catalogue, reason: &crate::migrate::NotMigrated) -> String {
    use crate::migrate::NotMigrated as N;
    match reason {
        N::AlreadyVersion2 => msg!(cat, "migrate-already-v2"),
        N::Unreadable(e) => msg!(cat, "migrate-unreadable", error = e.problem.text(cat)),
        N::NoVersion => msg!(cat, "migrate-no-version"),
        N::UnsupportedVersion(v) => {
            msg!(cat, "migrate-unsupported-version", version = v.clone())
        }
    }
}

/// One thing the team should now fill in or look at after migration.
pub fn migrate_todo(cat: Catalogue, todo: &crate::migrate::Todo) -> String {
    use crate::migrate::Todo as T;
    match todo {
        T::StateRiskFactors(fields) => {
            msg!(cat, "migrate-todo-risk-factors", fields = code_list(fields))
        }
        T::DataFate => msg!(cat, "migrate-todo-data-fate"),
        T::Subjects => msg!(cat, "migrate-todo-subjects"),
        T::Inputs => msg!(cat, "migrate-todo-inputs"),
        T::Risks => msg!(cat, "migrate-todo-risks"),
        T::Debate => msg!(cat, "migrate-todo-debate"),
        T::SupplierKinds => msg!(cat, "migrate-todo-supplier-kinds"),
        T::WaiverLevels => msg!(cat, "migrate-todo-waiver-levels"),
        T::Placeholders(fields) => {
            msg!(cat, "migrate-todo-placeholders", fields = code_list(fields))
        }
    }
}

fn code_list(fields: &[String]) -> String {
    fields
        .iter()
        .map(|f| format!("`{f}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// `dataetik migrate`: the risk level as version 1 scored it and as version 2 scores it.
pub fn migrate_risk(
    cat: Catalogue,
    before: &crate::risk::RiskAssessment,
    after: &crate::risk::RiskAssessment,
) -> String {
    msg!(
        cat,
        "migrate-risk",
        after_points = after.points.to_string(),
        after = risk_level(cat, after.level, &after.level_name, after.complete),
        before_points = before.points.to_string(),
        before = risk_level(cat, before.level, &before.level_name, true)
    )
}

/// `dataetik migrate`: a file was (or would be) rewritten.
pub fn migrate_done(cat: Catalogue, file: &str, check: bool) -> String {
    if check {
        msg!(cat, "migrate-would-do", file = file)
    } else {
        msg!(cat, "migrate-done", file = file)
    }
}

/// `dataetik migrate`: a file that could not be read or written.
pub fn migrate_io_error(cat: Catalogue, file: &str, error: &std::io::Error) -> String {
    msg!(
        cat,
        "migrate-io-error",
        file = file,
        error = error.to_string()
    )
}

/// `dataetik migrate`: a file that was not migrated, and why.
pub fn migrate_not_done(
    cat: Catalogue,
    file: &str,
    reason: &crate::migrate::NotMigrated,
) -> String {
    msg!(
        cat,
        "migrate-not-done",
        file = file,
        reason = migrate_refused(cat, reason)
    )
}

/// `dataetik migrate`: the heading of the list of things to fill in.
pub fn migrate_todo_heading(cat: Catalogue) -> String {
    msg!(cat, "migrate-todo-heading")
}

/// `dataetik migrate`: the closing line.
pub fn migrate_summary(
    cat: Catalogue,
    migrated: usize,
    unchanged: usize,
    refused: usize,
    check: bool,
) -> String {
    let (migrated, unchanged, refused) = (migrated as u64, unchanged as u64, refused as u64);
    if check {
        msg!(
            cat,
            "migrate-summary-check",
            migrated = migrated,
            unchanged = unchanged,
            refused = refused
        )
    } else {
        msg!(
            cat,
            "migrate-summary",
            migrated = migrated,
            unchanged = unchanged,
            refused = refused
        )
    }
}
