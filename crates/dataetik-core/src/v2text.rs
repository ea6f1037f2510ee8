//! Every user-visible text that assessment format version 2 added in code (not in the policy
//! file), in one place.
//!
//! TODO(catalogue): these move to the Fluent catalogue (`locales/da/*.ftl`, `locales/en/*.ftl`)
//! when the catalogue lands; each function is one message with its arguments, so each becomes
//! one message id. Nothing else in the version-2 code writes words for people.

use crate::i18n::LocalText;
use crate::version::V2Feature;

/// GEN-002 detail: a version-2 field, value or partial date in a version 1 file. `at` is the
/// field path.
pub fn needs_version_2(at: &str, what: &V2Feature) -> LocalText {
    match what {
        V2Feature::Field => LocalText::new(
            format!("feltet `{at}` findes først i formatets version 2; skriv `schema_version: 2` (kør `dataetik migrate`) eller fjern feltet"),
            format!("the field `{at}` exists only in version 2 of the format; write `schema_version: 2` (run `dataetik migrate`) or remove the field"),
        ),
        V2Feature::Value(v) => LocalText::new(
            format!("`{at}`: værdien `{v}` findes først i formatets version 2; skriv `schema_version: 2` (kør `dataetik migrate`) eller vælg en anden værdi"),
            format!("`{at}`: the value `{v}` exists only in version 2 of the format; write `schema_version: 2` (run `dataetik migrate`) or choose another value"),
        ),
        V2Feature::PartialDate(d) => LocalText::new(
            format!("`{at}`: `{d}` angiver kun år eller måned, og det kan en dato først i formatets version 2; skriv en hel dato (ÅÅÅÅ-MM-DD) eller `schema_version: 2` (kør `dataetik migrate`)"),
            format!("`{at}`: `{d}` gives only a year or month, which a date may only do in version 2 of the format; write a full date (YYYY-MM-DD) or `schema_version: 2` (run `dataetik migrate`)"),
        ),
    }
}

/// What serde's "expected" phrases added by version 2 say in Danish, if `expected` is one.
pub fn expected_da(expected: &str) -> Option<&'static str> {
    if expected == crate::model::PARTIAL_DATE_EXPECTED {
        Some("en dato skrevet som ÅÅÅÅ-MM-DD, eller ÅÅÅÅ-MM eller ÅÅÅÅ, når kun måned eller år kendes")
    } else if expected == crate::model::REQUIRED_TEXT_EXPECTED {
        Some("en tekst, der ikke er tom")
    } else {
        None
    }
}

/// GEN-002 detail: an unsupported `schema_version`.
pub fn unsupported_version(v: u32) -> LocalText {
    LocalText::new(
        format!("schema_version {v} understøttes ikke; brug 2 (eller 1 for det gamle format)"),
        format!("schema_version {v} is not supported; use 2 (or 1 for the old format)"),
    )
}

/// The risk level with "at least" when factors are unstated: "mindst 3 (høj)" / "3 (høj)".
pub fn risk_level(level: u8, name: &LocalText, complete: bool) -> LocalText {
    if complete {
        LocalText::new(
            format!("{level} ({})", name.da),
            format!("{level} ({})", name.en),
        )
    } else {
        LocalText::new(
            format!("mindst {level} ({})", name.da),
            format!("at least {level} ({})", name.en),
        )
    }
}

/// The `check -v` headline of an incomplete risk: "14 point: niveau mindst 3 (høj)".
pub fn risk_describe_minimum(points: u32, level: u8, name: &LocalText) -> LocalText {
    let l = risk_level(level, name, false);
    LocalText::new(
        format!("{points} point: niveau {}", l.da),
        format!("{points} points: level {}", l.en),
    )
}

/// A line of the `check -v` breakdown for a factor that is not stated.
pub fn risk_unstated(label: &LocalText, field: &str) -> LocalText {
    LocalText::new(
        format!("{} (ikke angivet: `{field}`)", label.da),
        format!("{} (not stated: `{field}`)", label.en),
    )
}

/// For the rules engineer: the detail of a finding whose field holds only a placeholder.
pub fn placeholder_only(text: &str) -> LocalText {
    let shown: String = text.trim().chars().take(40).collect();
    LocalText::new(
        format!("feltet indeholder kun en pladsholder (`{shown}`), ikke en beskrivelse"),
        format!("the field holds only a placeholder (`{shown}`), not a description"),
    )
}

// ---------------------------------------------------------------------------------------------
// dataetik migrate

/// Why a file was not migrated.
pub fn migrate_refused(reason: &crate::migrate::NotMigrated) -> LocalText {
    use crate::migrate::NotMigrated as N;
    match reason {
        N::AlreadyVersion2 => LocalText::new(
            "er allerede version 2; intet ændret",
            "is already version 2; nothing changed",
        ),
        N::Unreadable(e) => LocalText::new(
            format!("kan ikke læses som YAML, så intet er ændret: {}; ret fejlen (`dataetik check` viser den) og kør igen", e.message.da),
            format!("cannot be read as YAML, so nothing was changed: {}; fix it (`dataetik check` shows it) and run again", e.message.en),
        ),
        N::NoVersion => LocalText::new(
            "har intet `schema_version`, så det er uklart, hvilket format filen er skrevet i; intet ændret. Skriv `schema_version: 1` øverst, kør `dataetik check`, og kør så `dataetik migrate` igen",
            "has no `schema_version`, so it is unclear which format the file is written in; nothing changed. Write `schema_version: 1` at the top, run `dataetik check`, then run `dataetik migrate` again",
        ),
        N::UnsupportedVersion(v) => LocalText::new(
            format!("har `schema_version: {v}`, som dataetik ikke kender; intet ændret (kun version 1 kan opdateres)"),
            format!("has `schema_version: {v}`, which dataetik does not know; nothing changed (only version 1 can be migrated)"),
        ),
    }
}

/// One thing the team should now fill in or look at after migration.
pub fn migrate_todo(todo: &crate::migrate::Todo) -> LocalText {
    use crate::migrate::Todo as T;
    match todo {
        T::StateRiskFactors(fields) => LocalText::new(
            format!("angiv risikofaktorerne {} (ellers er niveauet kun et minimum)", code_list(fields)),
            format!("state the risk factors {} (otherwise the level is only a minimum)", code_list(fields)),
        ),
        T::DataFate => LocalText::new(
            "projektet er afsluttet eller stoppet: angiv `lifecycle.data_fate` (deleted, anonymised, archived eller retained) og `lifecycle.data_fate_date`",
            "the project is completed or stopped: state `lifecycle.data_fate` (deleted, anonymised, archived or retained) and `lifecycle.data_fate_date`",
        ),
        T::Subjects => LocalText::new(
            "angiv `data.subjects`, hvis data ikke kun handler om voksne borgere (children, employees, businesses)",
            "state `data.subjects` if the data is not only about adult citizens (children, employees, businesses)",
        ),
        T::Inputs => LocalText::new(
            "list modellens eller reglernes variabler i `automation.inputs`, med `protected` og `justification` for dem, der er eller afspejler fx køn, alder eller etnisk oprindelse",
            "list the model's or rules' variables under `automation.inputs`, with `protected` and `justification` for those that are or stand in for e.g. gender, age or ethnicity",
        ),
        T::Risks => LocalText::new(
            "beskriv de vigtigste risici og deres afhjælpning i `risks`",
            "describe the main risks and their mitigation under `risks`",
        ),
        T::Debate => LocalText::new(
            "skriv de dilemmaer, udvalget bør drøfte, i `debate`",
            "write the dilemmas the committee should discuss under `debate`",
        ),
        T::SupplierKinds => LocalText::new(
            "angiv `kind: public` eller `kind: research` for leverandører, der er en myndighed eller et universitet (Global Compact gælder kun virksomheder)",
            "set `kind: public` or `kind: research` for suppliers that are an authority or a university (the Global Compact applies to companies only)",
        ),
        T::WaiverLevels => LocalText::new(
            "angiv for hver dispensation, på hvilket niveau den er givet (`level`: unit_manager, director, executive_board eller political)",
            "state for each waiver the level that granted it (`level`: unit_manager, director, executive_board or political)",
        ),
        T::Placeholders(fields) => LocalText::new(
            format!("{} indeholder kun en pladsholder (fx \"nej\" eller \"tbd\"), som i version 2 tæller som tom", code_list(fields)),
            format!("{} hold only a placeholder (such as \"no\" or \"tbd\"), which counts as blank in version 2", code_list(fields)),
        ),
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
    before: &crate::risk::RiskAssessment,
    after: &crate::risk::RiskAssessment,
) -> LocalText {
    let b = risk_level(before.level, &before.level_name, true);
    let a = risk_level(after.level, &after.level_name, after.complete);
    LocalText::new(
        format!(
            "risikoniveau efter version 2: {} point, niveau {} (efter version 1: {} point, niveau {})",
            after.points, a.da, before.points, b.da
        ),
        format!(
            "risk level under version 2: {} points, level {} (under version 1: {} points, level {})",
            after.points, a.en, before.points, b.en
        ),
    )
}

/// `dataetik migrate`: a file was (or would be) rewritten.
pub fn migrate_done(file: &str, check: bool) -> LocalText {
    if check {
        LocalText::new(
            format!("{file}: ville blive opdateret til version 2"),
            format!("{file}: would be migrated to version 2"),
        )
    } else {
        LocalText::new(
            format!("{file}: opdateret til version 2"),
            format!("{file}: migrated to version 2"),
        )
    }
}

/// `dataetik migrate`: a file that could not be read or written.
pub fn migrate_io_error(file: &str, error: &std::io::Error) -> LocalText {
    LocalText::new(
        format!("{file}: kan ikke læses eller skrives, så intet er ændret: {error}"),
        format!("{file}: cannot be read or written, so nothing was changed: {error}"),
    )
}

/// `dataetik migrate`: a file that was not migrated, and why.
pub fn migrate_not_done(file: &str, reason: &crate::migrate::NotMigrated) -> LocalText {
    let r = migrate_refused(reason);
    LocalText::new(format!("{file}: {}", r.da), format!("{file}: {}", r.en))
}

/// `dataetik migrate`: the heading of the list of things to fill in.
pub fn migrate_todo_heading() -> LocalText {
    LocalText::new("udfyld nu:", "now fill in:")
}

/// `dataetik migrate`: the closing line.
pub fn migrate_summary(
    migrated: usize,
    unchanged: usize,
    refused: usize,
    check: bool,
) -> LocalText {
    let verb = if check {
        ("ville blive opdateret", "would be migrated")
    } else {
        ("opdateret", "migrated")
    };
    LocalText::new(
        format!(
            "{migrated} {} {}, {unchanged} allerede version 2, {refused} ikke ændret på grund af fejl",
            if migrated == 1 { "fil" } else { "filer" },
            verb.0
        ),
        format!(
            "{migrated} {} {}, {unchanged} already version 2, {refused} not changed because of errors",
            if migrated == 1 { "file" } else { "files" },
            verb.1
        ),
    )
}
