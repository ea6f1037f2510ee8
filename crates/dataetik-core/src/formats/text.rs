//! Every user-visible text of the open formats (`dataetik export` / `dataetik import`), in one
//! place: the command's messages and errors, and the few sentences the export writes into a
//! record from structured fields (a risk's likelihood, the consequence for the person, ...).
//!
//! TODO(catalogue): these move to the Fluent catalogue (`locales/{da,en}/formats.ftl`) when it
//! lands; each function is one message with its arguments, so each becomes one message id.
//! The import's YAML comments (`# fra algoritmeregister: name`) are built from
//! [`imported_from`] and [`header`]; field names themselves are the standards' identifiers.

use crate::i18n::{format_date, format_decimal, format_int, Lang, LocalText};
use crate::model::{
    AutomationKind, Date, Effect, PerformanceMetric, Protected, Rating, Reversibility,
    SupplierKind, SupplierRole,
};

use super::Standard;

// ---------------------------------------------------------------------------------------------
// Messages of `dataetik export`

/// The export is refused because assessments cannot be read.
pub fn export_unreadable() -> LocalText {
    LocalText::new(
        "eksporten skrives ikke: disse vurderinger kan ikke læses, så eksporten ville mangle projekter; ret dem først (`dataetik check`):",
        "nothing is exported: these assessments cannot be read, so the export would miss projects; fix them first (`dataetik check`):",
    )
}

/// The export is refused because of unwaived PUB-001 findings.
pub fn export_cpr() -> LocalText {
    LocalText::new(
        "eksporten skrives ikke: PUB-001 fandt noget, der ligner et CPR-nummer, i",
        "nothing is exported: PUB-001 found what looks like a CPR number in",
    )
}

/// What to do after [`export_cpr`].
pub fn export_cpr_next() -> LocalText {
    LocalText::new(
        "Fjern numrene (eksporten er offentlig), og kør igen. Der er ikke skrevet noget.",
        "Remove the numbers (exports are public) and run again. Nothing was written.",
    )
}

/// The register has no assessments.
pub fn export_no_assessments(dir: &str) -> LocalText {
    LocalText::new(
        format!("der er ingen vurderinger i {dir}; der er intet at eksportere"),
        format!("there are no assessments in {dir}; there is nothing to export"),
    )
}

/// A project left out of the export because the format requires what it lacks.
pub fn export_left_out(file: &str, id: &str, missing: &[super::Missing]) -> LocalText {
    let words = |lang: Lang| -> Vec<String> {
        missing
            .iter()
            .map(|m| {
                let target = if lang == Lang::Da { "til" } else { "for" };
                if let Some(shape) = m.shape {
                    let like = if lang == Lang::Da { "som" } else { "as" };
                    format!(
                        "`{}` {like} {} ({target} {})",
                        m.field,
                        shape_words(shape).get(lang),
                        m.target
                    )
                } else {
                    format!("`{}` ({target} {})", m.field, m.target)
                }
            })
            .collect()
    };
    let (da, en) = (words(Lang::Da), words(Lang::En));
    LocalText::new(
        format!(
            "{file}: projektet {id} er ikke med i eksporten; formatet kræver {}",
            da.join(", ")
        ),
        format!(
            "{file}: the project {id} is left out of the export; the format requires {}",
            en.join(", ")
        ),
    )
}

/// What a required value must look like.
pub fn shape_words(shape: super::Shape) -> LocalText {
    match shape {
        super::Shape::EmailOrHttps => LocalText::new(
            "en e-mailadresse eller en https-adresse",
            "an e-mail address or an https address",
        ),
        super::Shape::Email => LocalText::new("en e-mailadresse", "an e-mail address"),
    }
}

/// The summary line of `dataetik export --out`.
pub fn export_written(n: usize, standard: Standard, path: &str) -> LocalText {
    LocalText::new(
        format!(
            "Skrev {n} {} i formatet {} til {path}",
            if n == 1 { "post" } else { "poster" },
            standard.title()
        ),
        format!(
            "Wrote {n} {} in the {} format to {path}",
            if n == 1 { "record" } else { "records" },
            standard.title()
        ),
    )
}

/// How many projects were left out.
pub fn export_left_out_summary(n: usize) -> LocalText {
    LocalText::new(
        format!(
            "{n} {} mangler i eksporten (se ovenfor).",
            if n == 1 { "projekt" } else { "projekter" }
        ),
        format!(
            "{n} {} missing from the export (see above).",
            if n == 1 { "project is" } else { "projects are" }
        ),
    )
}

/// Writing the export failed.
pub fn cannot_write(path: &str, err: &str) -> LocalText {
    LocalText::new(
        format!("kan ikke skrive {path}: {err}"),
        format!("cannot write {path}: {err}"),
    )
}

// ---------------------------------------------------------------------------------------------
// Messages of `dataetik import`

/// The input file cannot be read.
pub fn import_cannot_read(path: &str, err: &str) -> LocalText {
    LocalText::new(
        format!("kan ikke læse {path}: {err}"),
        format!("cannot read {path}: {err}"),
    )
}

/// The input file is too large.
pub fn import_too_large(path: &str, max_mb: u64) -> LocalText {
    LocalText::new(
        format!("{path} er større end {max_mb} MB; del filen op"),
        format!("{path} is larger than {max_mb} MB; split the file"),
    )
}

/// The input is not JSON.
pub fn import_not_json(path: &str, err: &str) -> LocalText {
    LocalText::new(
        format!("{path} er ikke gyldig JSON: {err}"),
        format!("{path} is not valid JSON: {err}"),
    )
}

/// The input holds no records of the format.
pub fn import_no_records(path: &str, standard: Standard) -> LocalText {
    LocalText::new(
        format!(
            "{path} indeholder ingen poster i formatet {}: forventede et JSON-objekt eller en liste af objekter med formatets feltnavne",
            standard.title()
        ),
        format!(
            "{path} holds no records in the {} format: expected a JSON object or an array of objects with the format's field names",
            standard.title()
        ),
    )
}

/// "post 3" / "record 3" (counted from 1).
pub fn record_number(n: usize) -> LocalText {
    LocalText::new(format!("post {n}"), format!("record {n}"))
}

/// A record without a name: no id can be derived.
pub fn import_no_name(record: &str, fields: &str) -> LocalText {
    LocalText::new(
        format!("{record}: har intet navn ({fields}), så der kan ikke dannes et id"),
        format!("{record}: has no name ({fields}), so no id can be derived"),
    )
}

/// A record that is not a JSON object.
pub fn import_not_object(record: &str) -> LocalText {
    LocalText::new(
        format!("{record}: er ikke et JSON-objekt"),
        format!("{record}: is not a JSON object"),
    )
}

/// The target file exists: import never overwrites.
pub fn import_exists(path: &str, record: &str) -> LocalText {
    LocalText::new(
        format!("{path} findes allerede ({record}); importen overskriver aldrig en vurdering"),
        format!("{path} already exists ({record}); import never overwrites an assessment"),
    )
}

/// Nothing was written because of the problems listed.
pub fn import_nothing_written() -> LocalText {
    LocalText::new("Der er ikke skrevet nogen filer.", "No files were written.")
}

/// What to do when target files exist.
pub fn import_exists_hint() -> LocalText {
    LocalText::new(
        "Omdøb eller flyt de eksisterende filer, eller importér til en anden mappe med --out DIR.",
        "Rename or move the existing files, or import into another directory with --out DIR.",
    )
}

/// One written file.
pub fn import_wrote(path: &str, title: &str) -> LocalText {
    LocalText::new(
        format!("Skrev {path}: {title}"),
        format!("Wrote {path}: {title}"),
    )
}

/// The summary of an import.
pub fn import_summary(n: usize, dir: &str) -> LocalText {
    LocalText::new(
        format!(
            "Importerede {n} {} til {dir}. Kør `dataetik check` for at se, hvad der mangler.",
            if n == 1 { "post" } else { "poster" }
        ),
        format!(
            "Imported {n} {} into {dir}. Run `dataetik check` to see what is missing.",
            if n == 1 { "record" } else { "records" }
        ),
    )
}

/// The imported YAML did not read back as written (a bug).
pub fn import_internal(record: &str, detail: &str) -> LocalText {
    LocalText::new(
        format!("{record}: intern fejl: den skrevne YAML kunne ikke læses tilbage som skrevet ({detail}); rapportér venligst fejlen"),
        format!("{record}: internal error: the YAML written did not read back as written ({detail}); please report the bug"),
    )
}

// ---------------------------------------------------------------------------------------------
// YAML comments of imported files (language of the register)

/// The comment above an imported key: "fra algoritmeregister: name".
pub fn imported_from(standard: Standard, fields: &str) -> LocalText {
    LocalText::new(
        format!("fra {}: {fields}", standard.key()),
        format!("from {}: {fields}", standard.key()),
    )
}

/// The comment above `id:` when it is derived from the name.
pub fn id_derived(standard: Standard, field: &str) -> LocalText {
    LocalText::new(
        format!("afledt af {}: {field}", standard.key()),
        format!("derived from {}: {field}", standard.key()),
    )
}

/// The header of an imported file.
pub fn header(standard: Standard, record: &str, source_file: &str) -> LocalText {
    LocalText::new(
        format!(
            "Importeret med `dataetik import` fra {} ({record} i {source_file}).\n\
             Hvert felt er mærket med det felt i kilden, det kommer fra. Intet er tilføjet: det, kilden\n\
             ikke har, mangler også her, så `dataetik check` viser, hvad der skal udfyldes.",
            standard.title()
        ),
        format!(
            "Imported with `dataetik import` from {} ({record} in {source_file}).\n\
             Each field is marked with the source field it comes from. Nothing was added: what the\n\
             source lacks is missing here too, so `dataetik check` shows what to fill in.",
            standard.title()
        ),
    )
}

/// The heading of the list of source fields with no place in the assessment.
pub fn header_unmapped() -> LocalText {
    LocalText::new(
        "Felter i kilden uden et tilsvarende felt i vurderingen (til oplysning):",
        "Source fields with no matching assessment field (for information):",
    )
}

/// The heading of the list of source fields that were only "N/A" or similar.
pub fn header_empty() -> LocalText {
    LocalText::new(
        "Felter i kilden, der kun siger \"ikke relevant\" (N/A o.l.), og derfor ikke er overført:",
        "Source fields that only say \"not applicable\" (N/A and the like), so not imported:",
    )
}

/// The note under `lifecycle.phase` when the source said "out of use".
pub fn phase_stopped_note() -> LocalText {
    LocalText::new(
        "Kilden siger kun, at systemet er taget ud af brug: ret til completed, hvis projektet blev afsluttet som planlagt",
        "The source says only that the system is out of use: change to completed if the project finished as planned",
    )
}

/// The note under `lifecycle.phase` when the source said only "not in use yet" ("In
/// ontwikkeling", "Pre-deployment"); `chosen` is the phase written.
pub fn phase_not_in_use_note(chosen: crate::model::Phase) -> LocalText {
    use crate::model::Phase;
    let others: Vec<&str> = [Phase::Idea, Phase::Analysis, Phase::Build]
        .into_iter()
        .filter(|p| *p != chosen)
        .map(Phase::key)
        .collect();
    LocalText::new(
        format!(
            "Kilden siger kun, at systemet ikke er i brug endnu: ret til {} eller {}, hvis det passer bedre",
            others[0], others[1]
        ),
        format!(
            "The source says only that the system is not in use yet: change to {} or {} if that fits better",
            others[0], others[1]
        ),
    )
}

// ---------------------------------------------------------------------------------------------
// Sentences the export writes from structured fields (language of the register)

/// The consequence for the person, for the Dutch `goal` and the ATRS process integration.
pub fn impact_line(effect: Option<Effect>, rev: Option<Reversibility>) -> LocalText {
    let e = effect.map(effect_words);
    let r = rev.map(reversibility_words);
    let join = |e: Option<&LocalText>, r: Option<&LocalText>, lang: Lang| -> String {
        match (e, r) {
            (Some(e), Some(r)) => format!("{}; {}", e.get(lang), r.get(lang)),
            (Some(e), None) => e.get(lang).to_string(),
            (None, Some(r)) => r.get(lang).to_string(),
            (None, None) => String::new(),
        }
    };
    LocalText::new(
        format!(
            "Konsekvens for den enkelte: {}.",
            join(e.as_ref(), r.as_ref(), Lang::Da)
        ),
        format!(
            "Consequence for the person: {}.",
            join(e.as_ref(), r.as_ref(), Lang::En)
        ),
    )
}

fn effect_words(e: Effect) -> LocalText {
    match e {
        Effect::None => LocalText::new("ingen for den enkelte", "none for any person"),
        Effect::Information => LocalText::new("information", "information"),
        Effect::Offer => {
            LocalText::new("et tilbud, som kan afslås", "an offer that may be declined")
        }
        Effect::Service => LocalText::new(
            "en ydelse eller service tilrettelægges eller prioriteres",
            "a service is arranged or prioritised",
        ),
        Effect::Benefit => LocalText::new(
            "en ydelse bevilges eller afslås",
            "a benefit is granted or refused",
        ),
        Effect::Investigation => LocalText::new(
            "personen undersøges eller kontrolleres",
            "the person is investigated or controlled",
        ),
        Effect::Sanction => LocalText::new(
            "en sanktion, fx nedsat ydelse, bøde eller tilbagebetaling",
            "a sanction, e.g. a reduced benefit, a fine or a repayment",
        ),
        Effect::Intervention => LocalText::new(
            "et indgreb mod personens vilje, fx en foranstaltning for et barn",
            "an intervention against the person's will, e.g. child protection",
        ),
    }
}

fn reversibility_words(r: Reversibility) -> LocalText {
    match r {
        Reversibility::Reversible => LocalText::new("kan let gøres om", "easily undone"),
        Reversibility::HardToReverse => LocalText::new(
            "kan gøres om, men kun med besvær",
            "can be undone, but only with effort",
        ),
        Reversibility::Irreversible => LocalText::new("kan ikke gøres om", "cannot be undone"),
    }
}

/// What the system is used for (ATRS process integration).
pub fn kind_line(k: AutomationKind) -> LocalText {
    match k {
        AutomationKind::Statistics => LocalText::new(
            "Statistik: resultaterne er tal for grupper, ikke for den enkelte.",
            "Statistics: the results are figures for groups, not for individuals.",
        ),
        AutomationKind::Analysis => LocalText::new(
            "Analyse: resultaterne bruges til planlægning, ikke i den enkeltes sag.",
            "Analysis: the results inform planning, not individual cases.",
        ),
        AutomationKind::Selection => LocalText::new(
            "Udvælgelse: systemet udpeger personer til kontrol, undersøgelse eller en opsøgende indsats, og en medarbejder handler derefter på udpegningen.",
            "Selection: the system picks individuals for control, investigation or outreach, and a member of staff then acts on the pick.",
        ),
        AutomationKind::DecisionSupport => LocalText::new(
            "Beslutningsstøtte: systemet støtter en medarbejders afgørelse i den enkeltes sag; medarbejderen træffer afgørelsen.",
            "Decision support: the system supports a member of staff's decision in an individual case; the member of staff decides.",
        ),
        AutomationKind::AutomatedDecision => LocalText::new(
            "Automatisk afgørelse: systemet træffer afgørelsen uden, at en medarbejder træffer den.",
            "Automated decision: the system decides without a member of staff making the decision.",
        ),
    }
}

/// How many people's data is used.
pub fn people_line(n: u64) -> LocalText {
    LocalText::new(
        format!(
            "Projektet bruger oplysninger om ca. {} personer.",
            format_int(n as i64, Lang::Da)
        ),
        format!(
            "The project uses data about some {} people.",
            format_int(n as i64, Lang::En)
        ),
    )
}

/// Whether a trained model is used.
pub fn machine_learning_line(ml: bool) -> LocalText {
    if ml {
        LocalText::new(
            "Der bruges maskinlæring (en model, der er trænet på data).",
            "Machine learning is used (a model trained on data).",
        )
    } else {
        LocalText::new(
            "Der bruges ikke maskinlæring.",
            "No machine learning is used.",
        )
    }
}

/// The heading of the list of inputs.
pub fn inputs_heading() -> LocalText {
    LocalText::new(
        "Oplysninger, som modellen eller reglerne bruger:",
        "Variables the model or rules use:",
    )
}

/// One input, with its protected attribute when it has one.
pub fn input_line(name: &str, protected: Option<Protected>) -> LocalText {
    match protected {
        None => LocalText::new(name, name),
        Some(p) => {
            let w = protected_words(p);
            LocalText::new(
                format!("{name} (beskyttet egenskab: {})", w.da),
                format!("{name} (protected characteristic: {})", w.en),
            )
        }
    }
}

/// A protected attribute in words.
pub fn protected_words(p: Protected) -> LocalText {
    match p {
        Protected::None => LocalText::new("ingen", "none"),
        Protected::Gender => LocalText::new("køn", "gender"),
        Protected::Age => LocalText::new("alder", "age"),
        Protected::Ethnicity => LocalText::new("etnisk oprindelse", "ethnicity"),
        Protected::Health => LocalText::new("helbred", "health"),
        Protected::Religion => LocalText::new("religion eller tro", "religion or belief"),
        Protected::Disability => LocalText::new("handicap", "disability"),
        Protected::SexualOrientation => LocalText::new("seksuel orientering", "sexual orientation"),
        Protected::Political => LocalText::new("politisk overbevisning", "political opinion"),
        Protected::Union => LocalText::new(
            "fagforeningsmæssigt tilhørsforhold",
            "trade-union membership",
        ),
        Protected::Criminal => LocalText::new("strafbare forhold", "criminal offences"),
    }
}

/// The heading of the list of measured performance.
pub fn performance_heading() -> LocalText {
    LocalText::new("Målt kvalitet:", "Measured quality:")
}

/// One performance measurement: "recall: 0,71 (20. maj 2025). Målt på: ...".
pub fn performance_line(
    metric: Option<PerformanceMetric>,
    value: Option<f64>,
    population: Option<&str>,
    date: Option<Date>,
) -> LocalText {
    let line = |lang: Lang| {
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
            let on = if lang == Lang::Da {
                "Målt på"
            } else {
                "Measured on"
            };
            let p = p.split_whitespace().collect::<Vec<_>>().join(" ");
            if s.is_empty() {
                s = format!("{on}: {p}");
            } else {
                s.push_str(&format!(". {on}: {p}"));
            }
        }
        s
    };
    LocalText::new(line(Lang::Da), line(Lang::En))
}

/// The heading of the list of bias tests.
pub fn bias_heading() -> LocalText {
    LocalText::new("Biastest:", "Bias tests:")
}

/// One bias test.
pub fn bias_line(
    date: Option<Date>,
    attributes: &[String],
    metric: Option<&str>,
    value: Option<f64>,
    threshold: Option<f64>,
    passed: Option<bool>,
) -> LocalText {
    let line = |lang: Lang| {
        let da = lang == Lang::Da;
        let mut parts = Vec::new();
        if let Some(d) = date {
            parts.push(format_date(d.0, lang));
        }
        if !attributes.is_empty() {
            let words: Vec<String> = attributes
                .iter()
                .map(|a| attribute_words(a).get(lang).to_string())
                .collect();
            parts.push(format!(
                "{} {}",
                if da { "på" } else { "on" },
                words.join(", ")
            ));
        }
        let mut s = parts.join(", ");
        if let Some(m) = metric {
            s.push_str(&format!(": {}", m.replace('_', " ")));
            if let Some(v) = value {
                s.push_str(&format!(" {}", format_decimal(v, 2, lang)));
            }
            if let Some(t) = threshold {
                s.push_str(&format!(
                    " ({} {})",
                    if da { "grænse" } else { "threshold" },
                    format_decimal(t, 2, lang)
                ));
            }
        }
        match passed {
            Some(true) => s.push_str(if da { ": bestået" } else { ": passed" }),
            Some(false) => s.push_str(if da { ": ikke bestået" } else { ": failed" }),
            None => {}
        }
        s.trim_start_matches([':', ' ']).to_string()
    };
    LocalText::new(line(Lang::Da), line(Lang::En))
}

/// A tested attribute in words when it is one of the protected attributes' keys.
fn attribute_words(a: &str) -> LocalText {
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
        Some(p) => protected_words(p),
        None => LocalText::new(a, a),
    }
}

/// A risk's likelihood and severity.
pub fn rating_line(likelihood: Option<Rating>, severity: Option<Rating>) -> LocalText {
    let words = |r: Rating| match r {
        Rating::Low => LocalText::new("lav", "low"),
        Rating::Medium => LocalText::new("middel", "medium"),
        Rating::High => LocalText::new("høj", "high"),
    };
    let line = |lang: Lang| {
        let mut parts = Vec::new();
        if let Some(l) = likelihood {
            parts.push(format!(
                "{}: {}",
                if lang == Lang::Da {
                    "Sandsynlighed"
                } else {
                    "Likelihood"
                },
                words(l).get(lang)
            ));
        }
        if let Some(s) = severity {
            parts.push(format!(
                "{}: {}",
                if lang == Lang::Da {
                    "alvor"
                } else {
                    "severity"
                },
                words(s).get(lang)
            ));
        }
        let mut s = parts.join(", ");
        if let Some(first) = s.get(0..1) {
            s = first.to_uppercase() + &s[1..];
        }
        format!("{s}.")
    };
    LocalText::new(line(Lang::Da), line(Lang::En))
}

/// The label before a risk's mitigation.
pub fn mitigation_label() -> LocalText {
    LocalText::new("Tiltag:", "Mitigation:")
}

/// The label before a risk's owner.
pub fn risk_owner_label() -> LocalText {
    LocalText::new("Ansvarlig:", "Owner:")
}

/// The DPIA's status in a sentence.
pub fn dpia_line(
    status: crate::model::DpiaStatus,
    date: Option<Date>,
    reference: Option<&str>,
) -> LocalText {
    use crate::model::DpiaStatus;
    let tail = |lang: Lang| {
        let mut t = String::new();
        if let Some(d) = date {
            t.push_str(&format!(" {}", format_date(d.0, lang)));
        }
        if let Some(r) = reference.map(str::trim).filter(|r| !r.is_empty()) {
            t.push_str(&format!(" ({r})"));
        }
        t
    };
    match status {
        DpiaStatus::Done => LocalText::new(
            format!("Konsekvensanalyse (DPIA) gennemført{}.", tail(Lang::Da)),
            format!(
                "Data protection impact assessment (DPIA) carried out{}.",
                tail(Lang::En)
            ),
        ),
        DpiaStatus::Planned => LocalText::new(
            format!("Konsekvensanalyse (DPIA) planlagt{}.", tail(Lang::Da)),
            format!(
                "Data protection impact assessment (DPIA) planned{}.",
                tail(Lang::En)
            ),
        ),
        DpiaStatus::NotRequired => LocalText::new(
            format!(
                "Konsekvensanalyse (DPIA) vurderet ikke nødvendig{}.",
                tail(Lang::Da)
            ),
            format!(
                "Data protection impact assessment (DPIA) judged not required{}.",
                tail(Lang::En)
            ),
        ),
    }
}

/// The FRIA's status in a sentence.
pub fn fria_line(status: crate::model::FriaStatus) -> LocalText {
    use crate::model::FriaStatus;
    match status {
        FriaStatus::Done => LocalText::new(
            "Konsekvensanalyse for grundlæggende rettigheder (FRIA, AI-forordningens art. 27) gennemført.",
            "Fundamental rights impact assessment (FRIA, AI Act art. 27) carried out.",
        ),
        FriaStatus::Planned => LocalText::new(
            "Konsekvensanalyse for grundlæggende rettigheder (FRIA, AI-forordningens art. 27) planlagt.",
            "Fundamental rights impact assessment (FRIA, AI Act art. 27) planned.",
        ),
        FriaStatus::NotRequired => LocalText::new(
            "Konsekvensanalyse for grundlæggende rettigheder (FRIA, AI-forordningens art. 27) ikke påkrævet.",
            "Fundamental rights impact assessment (FRIA, AI Act art. 27) not required.",
        ),
    }
}

/// The title of a FRIA in the Dutch list of impact assessments (no recommended value fits).
pub fn fria_title() -> LocalText {
    LocalText::new(
        "Konsekvensanalyse for grundlæggende rettigheder (FRIA)",
        "Fundamental Rights Impact Assessment (FRIA)",
    )
}

/// Sensitive (GDPR art. 9/10) data is processed.
pub fn sensitive_line(sensitive: bool) -> LocalText {
    if sensitive {
        LocalText::new(
            "Projektet behandler følsomme personoplysninger (databeskyttelsesforordningens art. 9 eller 10).",
            "The project processes special-category personal data (GDPR art. 9 or 10).",
        )
    } else {
        LocalText::new(
            "Projektet behandler ikke følsomme personoplysninger (databeskyttelsesforordningens art. 9 eller 10).",
            "The project processes no special-category personal data (GDPR art. 9 or 10).",
        )
    }
}

/// A supplier's role (and kind) in words.
pub fn supplier_role(role: Option<SupplierRole>, kind: Option<SupplierKind>) -> Option<LocalText> {
    let r = role.map(|r| match r {
        SupplierRole::DataProcessor => LocalText::new("databehandler", "data processor"),
        SupplierRole::Developer => LocalText::new("udvikler løsningen", "develops the solution"),
        SupplierRole::Operator => LocalText::new("driver løsningen", "operates the solution"),
        SupplierRole::SubProcessor => LocalText::new("underdatabehandler", "sub-processor"),
        SupplierRole::Hardware => LocalText::new("leverer hardware", "supplies hardware"),
        SupplierRole::Other => LocalText::new("anden rolle", "other role"),
    });
    let k = kind.map(|k| match k {
        SupplierKind::Company => LocalText::new("virksomhed", "company"),
        SupplierKind::Public => LocalText::new("offentlig myndighed", "public authority"),
        SupplierKind::Research => LocalText::new("forskningsinstitution", "research institution"),
    });
    match (r, k) {
        (None, None) => None,
        (Some(r), None) => Some(capitalise(r)),
        (None, Some(k)) => Some(capitalise(k)),
        (Some(r), Some(k)) => Some(capitalise(LocalText::new(
            format!("{} ({})", r.da, k.da),
            format!("{} ({})", r.en, k.en),
        ))),
    }
}

/// The data-processing agreement in words.
pub fn dpa_line(reference: Option<&str>, date: Option<Date>) -> Option<LocalText> {
    if reference.is_none() && date.is_none() {
        return None;
    }
    let line = |lang: Lang| {
        let mut s = if lang == Lang::Da {
            "Databehandleraftale".to_string()
        } else {
            "Data processing agreement".to_string()
        };
        if let Some(r) = reference {
            s.push_str(&format!(" {r}"));
        }
        if let Some(d) = date {
            s.push_str(&format!(
                " {} {}",
                if lang == Lang::Da { "af" } else { "of" },
                format_date(d.0, lang)
            ));
        }
        format!("{s}.")
    };
    Some(LocalText::new(line(Lang::Da), line(Lang::En)))
}

fn capitalise(t: LocalText) -> LocalText {
    let up = |s: &str| {
        let mut c = s.chars();
        match c.next() {
            Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
            None => String::new(),
        }
    };
    LocalText::new(up(&t.da), up(&t.en))
}
