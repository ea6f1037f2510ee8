//! Findings are data: a rule id, a severity, a place, a field and a typed [`Detail`]. No text is
//! made when a file is checked; each output (terminal, JSON, SARIF, the report, an editor) turns
//! a finding into words at its edge, in its reader's language, with
//! [`Catalogue::finding_message`] and [`Catalogue::finding_help`].

use serde::Serialize;

use crate::bias::EvidenceProblem;
use crate::i18n::{format_date, Catalogue};
use crate::load::de::DeError;
use crate::load::LoadProblem;
use crate::model::{ApprovalLevel, Date, DpiaStatus, Phase};
use crate::msg;
use crate::policy::{Policy, Severity};

/// One problem found, pointing at a file, line and column.
#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    /// Rule id, e.g. EQU-001.
    pub rule: String,
    /// error, warning or note (after a rule's own severity changes; a waived finding is a note).
    pub severity: Severity,
    /// The principle or area the rule serves (the rule's `principle` in the policy).
    pub principle: String,
    /// The file, relative to the current directory.
    pub file: String,
    /// Line, from 1.
    pub line: u32,
    /// Column, from 1.
    pub column: u32,
    /// The field path the finding is about, when there is one (`principles.transparency.access`).
    pub field: Option<String>,
    /// What exactly is wrong, as data; [`Detail::None`] when the rule's message says it all.
    pub detail: Detail,
    /// The declarative check (index into the rule's `checks`) whose own message replaces the
    /// rule's, when it has one.
    pub check_message: Option<usize>,
    /// The approved waiver that covers the finding.
    pub waiver: Option<WaiverNote>,
    /// The text of the source line (CPR-like numbers masked), for display.
    pub source_line: Option<String>,
    /// GEN-013: a gap of a completed or stopped project, reported as a note that cannot fail
    /// the check (JSON `"historical": true`); the rule id stays the rule's own.
    pub historical: bool,
}

/// An approved waiver covering a finding.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WaiverNote {
    /// The waiver's reason, with CPR-like numbers masked.
    pub reason: String,
}

impl Finding {
    /// True when an approved waiver covers the finding.
    pub fn waived(&self) -> bool {
        self.waiver.is_some()
    }

    /// True when the finding fails the check (errors always, warnings with `--strict`).
    pub fn fails(&self, strict: bool) -> bool {
        !self.waived()
            && (self.severity == Severity::Error || strict && self.severity == Severity::Warning)
    }
}

/// What exactly a finding is about, beyond its rule and field: typed, never text.
#[derive(Debug, Clone, PartialEq)]
pub enum Detail {
    /// Nothing beyond the rule's message and the field.
    None,
    /// GEN-001: the path is a directory named like an assessment.
    IsDirectory,
    /// GEN-001: the file cannot be read (the operating system's reason).
    Unreadable {
        /// The operating system's reason.
        reason: String,
    },
    /// GEN-001/GEN-002: the file is not a YAML tree the format accepts, or breaks a limit.
    Load(LoadProblem),
    /// GEN-002: a key or value does not fit the assessment format.
    Deserialize(DeError),
    /// GEN-002: an unsupported `schema_version`.
    SchemaVersion {
        /// The version written.
        version: u32,
    },
    /// GEN-002: a path in `code_paths` leaves the register.
    PathOutsideRegister {
        /// The path as written.
        path: String,
    },
    /// GEN-002: the id has characters other than a-z, 0-9 and `-`.
    IdCharset {
        /// The id.
        id: String,
    },
    /// GEN-004: the id differs from the file stem.
    IdMismatch {
        /// The id.
        id: String,
        /// The file stem.
        stem: String,
    },
    /// GEN-004: other files use the same id.
    DuplicateId {
        /// The id.
        id: String,
        /// The other files.
        others: Vec<String>,
    },
    /// GEN-005: `ended` is before `started`.
    EndedBeforeStarted {
        /// The end date (a year or month only in format version 2).
        ended: crate::model::PartialDate,
        /// The start date.
        started: crate::model::PartialDate,
    },
    /// GEN-005: a completed or stopped project without `ended`.
    EndedMissing {
        /// The phase.
        phase: Phase,
    },
    /// GEN-005: an active project with `ended`.
    EndedWhileActive {
        /// The phase.
        phase: Phase,
    },
    /// GEN-005: `next_review` missing in build or operation.
    NextReviewMissing {
        /// The phase.
        phase: Phase,
    },
    /// GEN-006: a project directory no assessment covers.
    UnassessedDirectory {
        /// The directory relative to the register root, with `/`.
        dir: String,
    },
    /// GEN-007: a waiver that is not valid.
    Waiver(WaiverProblem),
    /// GEN-008: a waiver that has expired.
    WaiverExpired {
        /// The rule it waived.
        rule: String,
        /// When it expired.
        expires: Date,
    },
    /// GEN-009: the next review is in the past.
    ReviewOverdue {
        /// When it was due.
        due: Date,
        /// Days since.
        days: i64,
    },
    /// GEN-011: the register holds no assessments.
    EmptyRegister {
        /// The assessments directory, for display.
        dir: String,
    },
    /// DIG-004: `not_required` without a reason.
    DpiaReasonMissing,
    /// DIG-004: a DPIA is required from the build phase and is not done.
    DpiaRequired {
        /// Why it is required.
        reasons: Vec<DpiaReason>,
        /// The status written, if any.
        status: Option<DpiaStatus>,
    },
    /// DIG-004: a DPIA will be required; plan it.
    DpiaToPlan {
        /// Why it will be required.
        reasons: Vec<DpiaReason>,
    },
    /// EQU-002: a test recorded as passed whose own value is on the wrong side of its threshold.
    BiasPassedContradicted {
        /// The value written.
        value: f64,
        /// The threshold written.
        threshold: f64,
    },
    /// EQU-003: the newest bias test is too old.
    BiasTestTooOld {
        /// Its date.
        newest: Date,
    },
    /// EQU-004: default attributes that no test covers.
    UntestedAttributes {
        /// The attribute keys (`gender`, `age`, `ethnicity` or a policy's own).
        missing: Vec<String>,
    },
    /// EQU-006: a cited evidence file and its entry disagree, or the file is unusable.
    Evidence(EvidenceProblem),
    /// ACC-003: the recorded approval is below the level the risk requires.
    ApprovalTooLow {
        /// The risk level.
        level: u8,
        /// The approval the level requires.
        required: ApprovalLevel,
        /// The approval recorded.
        given: ApprovalLevel,
    },
    /// SUP-003..: a supplier file or a project's chain of processors.
    Supplier(crate::supplier::SupplierProblem),
    /// PUB-001: a text field holds what looks like a CPR number (the number itself is not kept).
    CprNumber {
        /// The field.
        field: String,
    },
    /// A required text holds only a placeholder of the policy's list ("Nee", "tbd", "-"), which
    /// counts as blank in format version 2.
    Placeholder {
        /// The text written (at most a few words: longer texts are never placeholders).
        text: String,
    },
    /// GEN-012: risk factors the assessment does not state, so its level is a minimum.
    RiskFactorsUnstated {
        /// The fields (dotted paths) of the unstated factors, in the policy's order.
        fields: Vec<String>,
        /// The risk level reached without them (a minimum).
        level: u8,
    },
    /// GEN-014: a waiver granted below the approval the project's risk level requires.
    WaiverLevelTooLow {
        /// The risk level (a minimum when `complete` is false).
        level: u8,
        /// False when the risk level is a minimum.
        complete: bool,
        /// The approval the level requires.
        required: ApprovalLevel,
        /// The level the waiver was granted at.
        given: ApprovalLevel,
    },
    /// GEN-014: a waiver that does not say at which level it was granted.
    WaiverLevelMissing {
        /// The approval the project's risk level requires.
        required: ApprovalLevel,
    },
    /// TRA-007: the summary's readability index (LIX) is above the policy's limit.
    Lix {
        /// The summary's LIX, rounded.
        lix: u32,
        /// The limit.
        max: u32,
    },
}

/// Why a waiver is not valid (GEN-007).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WaiverProblem {
    /// No `rule`.
    NoRule,
    /// The rule does not exist in the policy.
    UnknownRule {
        /// The rule id written.
        rule: String,
    },
    /// No `reason`.
    NoReason,
    /// No `approved_by`.
    NoApprover,
    /// `expires` is too long after `date`.
    TooLong {
        /// The expiry.
        expires: Date,
        /// The approval date.
        date: Date,
        /// The longest allowed, in months.
        max_months: i64,
    },
    /// `expires` is before `date`.
    ExpiresBeforeDate,
    /// No `date`.
    NoDate,
    /// No `expires`.
    NoExpiry,
    /// `reason` or `approved_by` holds only a placeholder (format version 2).
    Placeholder {
        /// The key: `reason` or `approved_by`.
        key: &'static str,
        /// The placeholder written.
        text: String,
    },
}

/// Why a DPIA is required (DIG-004).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum DpiaReason {
    /// The risk level is 3 or more.
    RiskLevel(u8),
    /// Sensitive data.
    SensitiveData,
    /// Personal data combined across sources.
    CombinesPersonalData,
    /// Automated decisions.
    AutomatedDecisions,
}

/// How many bytes, for people: "1 MiB", "256 KiB", "100 byte".
pub(crate) fn human_bytes(cat: Catalogue, n: usize) -> String {
    if n >= 1024 * 1024 && n % (1024 * 1024) == 0 {
        msg!(cat, "bytes-mib", n = (n / (1024 * 1024)).to_string())
    } else if n >= 1024 && n % 1024 == 0 {
        msg!(cat, "bytes-kib", n = (n / 1024).to_string())
    } else {
        msg!(cat, "bytes-plain", n = n.to_string())
    }
}

impl Catalogue {
    /// The finding's message: the rule's (or its check's) message template from the policy with
    /// `{field}` and `{detail}` filled in; a detail the template does not place is appended after
    /// a colon. CPR-like numbers are masked (messages may quote the user's text, and CI logs are
    /// not private).
    pub fn finding_message(self, policy: &Policy, f: &Finding) -> String {
        let Some(rule) = policy.rule(&f.rule) else {
            return self.finding_detail(policy, f).unwrap_or_default();
        };
        let template = f
            .check_message
            .and_then(|i| rule.checks.get(i))
            .and_then(|c| c.message.as_ref())
            .unwrap_or(&rule.message)
            .get(self.lang());
        let mut message = fill_field(template, f);
        let detail = self.finding_detail(policy, f);
        if message.contains("{detail}") {
            message = message.replace("{detail}", detail.as_deref().unwrap_or(""));
        } else if let Some(d) = detail.filter(|d| !d.is_empty()) {
            message.push_str(": ");
            message.push_str(&d);
        }
        let kept = message.trim_end_matches([':', ' ']).len();
        message.truncate(kept);
        if crate::cpr::find(&message).is_some() {
            message = crate::cpr::mask(&message);
        }
        message
    }

    /// What to write to fix it: the rule's help from the policy, with `{field}` filled in.
    pub fn finding_help(self, policy: &Policy, f: &Finding) -> String {
        policy
            .rule(&f.rule)
            .map(|r| fill_field(r.help.get(self.lang()), f))
            .unwrap_or_default()
    }

    /// The detail alone, in words; `None` for [`Detail::None`].
    pub fn finding_detail(self, policy: &Policy, f: &Finding) -> Option<String> {
        self.detail(policy, &f.detail)
    }

    /// A detail in words; `None` for [`Detail::None`].
    pub fn detail(self, policy: &Policy, d: &Detail) -> Option<String> {
        let cat = self;
        let date = |d: &Date| format_date(d.0, cat.lang());
        Some(match d {
            Detail::None => return None,
            Detail::IsDirectory => msg!(cat, "detail-is-directory"),
            Detail::Unreadable { reason } => {
                msg!(cat, "detail-unreadable", reason = reason.as_str())
            }
            Detail::Load(p) => p.text(cat),
            Detail::Deserialize(e) => e.text(cat),
            Detail::SchemaVersion { version } => {
                msg!(cat, "detail-schema-version", version = version.to_string())
            }
            Detail::PathOutsideRegister { path } => {
                msg!(cat, "detail-path-outside-register", path = path.as_str())
            }
            Detail::IdCharset { id } => msg!(cat, "detail-id-charset", id = id.as_str()),
            Detail::IdMismatch { id, stem } => {
                msg!(
                    cat,
                    "detail-id-mismatch",
                    id = id.as_str(),
                    stem = stem.as_str()
                )
            }
            Detail::DuplicateId { id, others } => msg!(
                cat,
                "detail-duplicate-id",
                id = id.as_str(),
                others = others.join(", ")
            ),
            Detail::EndedBeforeStarted { ended, started } => msg!(
                cat,
                "detail-ended-before-started",
                ended = crate::i18n::format_partial_date(*ended, cat.lang()),
                started = crate::i18n::format_partial_date(*started, cat.lang())
            ),
            Detail::EndedMissing { phase } => {
                msg!(cat, "detail-ended-missing", phase = phase.key())
            }
            Detail::EndedWhileActive { phase } => {
                msg!(cat, "detail-ended-while-active", phase = phase.key())
            }
            Detail::NextReviewMissing { phase } => {
                msg!(cat, "detail-next-review-missing", phase = phase.key())
            }
            Detail::UnassessedDirectory { dir } => {
                msg!(cat, "detail-unassessed-directory", dir = dir.as_str())
            }
            Detail::Waiver(p) => p.text(cat),
            Detail::WaiverExpired { rule, expires } => msg!(
                cat,
                "waiver-expired",
                rule = rule.as_str(),
                expires = date(expires)
            ),
            Detail::ReviewOverdue { due, days } => {
                msg!(cat, "detail-review-overdue", due = date(due), days = *days)
            }
            Detail::EmptyRegister { dir } => msg!(cat, "detail-empty-register", dir = dir.as_str()),
            Detail::DpiaReasonMissing => msg!(cat, "detail-dpia-reason-missing"),
            Detail::DpiaRequired { reasons, status } => {
                let status = match status {
                    Some(s) => format!("`{}`", s.key()),
                    None => msg!(cat, "detail-dpia-status-missing"),
                };
                msg!(
                    cat,
                    "detail-dpia-required",
                    reasons = dpia_reasons(cat, reasons),
                    status = status
                )
            }
            Detail::DpiaToPlan { reasons } => {
                msg!(
                    cat,
                    "detail-dpia-to-plan",
                    reasons = dpia_reasons(cat, reasons)
                )
            }
            Detail::BiasPassedContradicted { value, threshold } => msg!(
                cat,
                "detail-bias-passed-contradicted",
                value = value.to_string(),
                threshold = threshold.to_string()
            ),
            Detail::BiasTestTooOld { newest } => {
                msg!(cat, "detail-bias-test-too-old", date = date(newest))
            }
            Detail::UntestedAttributes { missing } => {
                let list = missing
                    .iter()
                    .map(|a| match a.as_str() {
                        "gender" => msg!(cat, "attribute-gender"),
                        "age" => msg!(cat, "attribute-age"),
                        "ethnicity" => msg!(cat, "attribute-ethnicity"),
                        other => msg!(cat, "attribute-other", key = other),
                    })
                    .collect::<Vec<_>>()
                    .join(", ");
                msg!(cat, "detail-untested-attributes", attributes = list)
            }
            Detail::Evidence(p) => p.text(cat),
            Detail::ApprovalTooLow {
                level,
                required,
                given,
            } => msg!(
                cat,
                "detail-approval-too-low",
                level = level.to_string(),
                required = policy.approval_name(*required, cat.lang()).to_lowercase(),
                required_key = required.key(),
                given = policy.approval_name(*given, cat.lang()).to_lowercase(),
                given_key = given.key()
            ),
            Detail::CprNumber { field } => msg!(cat, "detail-cpr-number", field = field.as_str()),
            Detail::Placeholder { text } => crate::v2text::placeholder_only(cat, text),
            Detail::RiskFactorsUnstated { fields, level } => msg!(
                cat,
                "detail-risk-factors-unstated",
                fields = fields
                    .iter()
                    .map(|f| format!("`{f}`"))
                    .collect::<Vec<_>>()
                    .join(", "),
                level = level.to_string()
            ),
            Detail::WaiverLevelTooLow {
                level,
                complete,
                required,
                given,
            } => {
                let level = level.to_string();
                let required_name = policy.approval_name(*required, cat.lang()).to_lowercase();
                let given_name = policy.approval_name(*given, cat.lang()).to_lowercase();
                if *complete {
                    msg!(
                        cat,
                        "detail-waiver-level-too-low",
                        level = level,
                        required = required_name,
                        required_key = required.key(),
                        given = given_name,
                        given_key = given.key()
                    )
                } else {
                    msg!(
                        cat,
                        "detail-waiver-level-too-low-minimum",
                        level = level,
                        required = required_name,
                        required_key = required.key(),
                        given = given_name,
                        given_key = given.key()
                    )
                }
            }
            Detail::WaiverLevelMissing { required } => msg!(
                cat,
                "detail-waiver-level-missing",
                required = policy.approval_name(*required, cat.lang()).to_lowercase(),
                required_key = required.key()
            ),
            Detail::Lix { lix, max } => msg!(
                cat,
                "detail-lix",
                lix = lix.to_string(),
                max = max.to_string()
            ),
            Detail::Supplier(p) => p.text(cat),
        })
    }

    /// The severity as people read it: "fejl", "advarsel", "note" / "error", "warning", "note".
    pub fn severity(self, s: Severity) -> String {
        match s {
            Severity::Error => msg!(self, "severity-error"),
            Severity::Warning => msg!(self, "severity-warning"),
            Severity::Note => msg!(self, "severity-note"),
        }
    }

    /// The finding's severity as shown to people: its severity, or "dispenseret"/"waived".
    pub fn finding_severity(self, f: &Finding) -> String {
        if f.waived() {
            msg!(self, "waived")
        } else if f.historical {
            msg!(self, "historical")
        } else {
            self.severity(f.severity)
        }
    }
}

fn dpia_reasons(cat: Catalogue, reasons: &[DpiaReason]) -> String {
    reasons
        .iter()
        .map(|r| match r {
            DpiaReason::RiskLevel(level) => {
                msg!(cat, "dpia-reason-risk-level", level = level.to_string())
            }
            DpiaReason::SensitiveData => msg!(cat, "dpia-reason-sensitive-data"),
            DpiaReason::CombinesPersonalData => msg!(cat, "dpia-reason-combines-personal-data"),
            DpiaReason::AutomatedDecisions => msg!(cat, "dpia-reason-automated-decisions"),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

impl WaiverProblem {
    /// The problem in words.
    pub fn text(&self, cat: Catalogue) -> String {
        let date = |d: &Date| format_date(d.0, cat.lang());
        match self {
            WaiverProblem::NoRule => msg!(cat, "waiver-no-rule"),
            WaiverProblem::UnknownRule { rule } => {
                msg!(cat, "waiver-unknown-rule", rule = rule.as_str())
            }
            WaiverProblem::NoReason => msg!(cat, "waiver-no-reason"),
            WaiverProblem::NoApprover => msg!(cat, "waiver-no-approver"),
            WaiverProblem::TooLong {
                expires,
                date: d,
                max_months,
            } => msg!(
                cat,
                "waiver-too-long",
                expires = date(expires),
                months = max_months.to_string(),
                date = date(d)
            ),
            WaiverProblem::ExpiresBeforeDate => msg!(cat, "waiver-expires-before-date"),
            WaiverProblem::NoDate => msg!(cat, "waiver-no-date"),
            WaiverProblem::NoExpiry => msg!(cat, "waiver-no-expiry"),
            WaiverProblem::Placeholder { key, text } => {
                format!("`{key}`: {}", crate::v2text::placeholder_only(cat, text))
            }
        }
    }
}

/// `template` with `{field}` replaced by the finding's field path. Most texts have no
/// placeholder, and tens of thousands of findings are worded at a time.
fn fill_field(template: &str, f: &Finding) -> String {
    if template.contains('{') {
        template.replace("{field}", f.field.as_deref().unwrap_or(""))
    } else {
        template.to_owned()
    }
}
