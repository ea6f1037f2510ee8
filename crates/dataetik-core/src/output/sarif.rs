//! `check --format sarif`: SARIF 2.1.0, the format code-scanning services read (GitHub code
//! scanning via `github/codeql-action/upload-sarif`, GitLab, Azure DevOps, IDE viewers).
//!
//! The whole rule catalogue of the active policy goes into `tool.driver.rules`, so a viewer can
//! show each rule's title, why it matters and how to fix it next to every result, even for a
//! municipality's own policy file. Waived findings are kept as `note` results with a
//! `suppressions` entry carrying the waiver's reason: the exception stays visible and auditable.

use serde_json::json;
use serde_sarif::sarif::{
    ArtifactLocation, Location, Message, MultiformatMessageString, PhysicalLocation, PropertyBag,
    Region, ReportingConfiguration, ReportingDescriptor, Result as SarifResult, ResultLevel, Run,
    Sarif, Suppression, Tool, ToolComponent,
};

use crate::check::{CheckResult, Finding};
use crate::i18n::{Catalogue, Lang};
use crate::msg;
use crate::policy::{Policy, Rule, Severity};

use super::safe::{one_line, visible};

/// The JSON Schema of SARIF 2.1.0 (OASIS errata 01), referenced as `$schema`.
pub const SARIF_SCHEMA: &str =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

/// Where people learn about the tool; shown by code-scanning UIs next to the tool name. The
/// project's repository: the one address the project owns.
pub const INFORMATION_URI: &str = "https://github.com/dataetik/dataetik";

/// The key of dataetik's own entry in `partialFingerprints` (versioned: a change to how it is
/// computed gets a new key, so GitHub does not match old and new results by accident).
pub const FINGERPRINT_KEY: &str = "dataetik/v1";

fn level(sev: Severity) -> ResultLevel {
    match sev {
        Severity::Error => ResultLevel::Error,
        Severity::Warning => ResultLevel::Warning,
        Severity::Note => ResultLevel::Note,
    }
}

/// A rule's name in SARIF's PascalCase convention, from its English title
/// ("Required field missing" -> "RequiredFieldMissing"), so it is stable across languages.
fn rule_name(rule: &Rule) -> String {
    let title = rule.title.get(Lang::En);
    let name: String = title
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| {
            let mut cs = w.chars();
            match cs.next() {
                Some(first) => first.to_uppercase().chain(cs).collect::<String>(),
                None => String::new(),
            }
        })
        .collect();
    if name.is_empty() {
        rule.id.clone()
    } else {
        name
    }
}

fn descriptor(policy: &Policy, rule: &Rule, cat: Catalogue) -> ReportingDescriptor {
    let lang = cat.lang();
    let help = rule.help.get(lang).trim();
    let example = rule.example.as_deref().map_or("", str::trim_end);
    let (help_text, help_md) = if example.trim().is_empty() {
        (help.to_string(), help.to_string())
    } else {
        let label = msg!(cat, "example");
        (
            format!("{help}\n\n{label}:\n{example}"),
            format!("{help}\n\n**{label}:**\n\n```yaml\n{example}\n```"),
        )
    };
    let why = rule.why.get(lang).trim();
    let full = if why.is_empty() {
        rule.fires_when.get(lang).trim()
    } else {
        why
    };
    let mut props = PropertyBag::builder()
        .tags(vec![rule.principle.clone(), "data-ethics".to_string()])
        .build();
    props
        .additional_properties
        .insert("principle".into(), json!(rule.principle));
    props.additional_properties.insert(
        "principleName".into(),
        json!(crate::explain::principle_label(
            policy,
            &rule.principle,
            lang
        )),
    );
    let mut d = ReportingDescriptor::builder()
        .id(rule.id.clone())
        .name(rule_name(rule))
        .short_description(
            MultiformatMessageString::builder()
                .text(rule.title.get(lang).trim().to_string())
                .build(),
        )
        .help(
            MultiformatMessageString::builder()
                .text(help_text)
                .markdown(help_md)
                .build(),
        )
        .default_configuration(
            ReportingConfiguration::builder()
                .level(json!(rule.severity.key()))
                .build(),
        )
        .properties(props)
        .build();
    // GitHub requires fullDescription.text and help.text: the title stands in when the policy
    // has no text for them.
    let title = rule.title.get(lang).trim();
    let full = if full.is_empty() { title } else { full };
    d.full_description = Some(
        MultiformatMessageString::builder()
            .text(full.to_string())
            .build(),
    );
    if d.help.as_ref().is_some_and(|h| h.text.trim().is_empty()) {
        d.help = Some(
            MultiformatMessageString::builder()
                .text(title.to_string())
                .markdown(title.to_string())
                .build(),
        );
    }
    d
}

/// Percent-encodes a relative path into a URI reference (RFC 3986), keeping `/` separators.
fn path_to_uri(file: &str) -> String {
    let file = file.replace('\\', "/");
    let mut out = String::with_capacity(file.len());
    for b in file.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'/' => {
                out.push(b as char);
            }
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    if file.starts_with('/') {
        format!("file://{out}")
    } else {
        out
    }
}

/// The column just after the underlined part of a finding (SARIF's `endColumn` is exclusive):
/// the key or value at the finding's column, as the human output underlines it.
pub fn end_column(f: &Finding) -> u32 {
    let start = f.column.max(1);
    let width = f.source_line.as_deref().map_or(1, |line| {
        let rest: String = line.chars().skip(start as usize - 1).collect();
        if rest.is_empty() {
            1
        } else {
            super::human::underline_width(&rest)
        }
    });
    start + u32::try_from(width).unwrap_or(1)
}

/// The stable part of a finding's identity: rule, file, field and the detail without its
/// numbers (days overdue, dates and line numbers change without the problem changing). Not the
/// line: a result keeps its fingerprint when lines are added above it.
fn fingerprint_base(f: &Finding) -> String {
    use sha2::{Digest, Sha256};
    let detail: String = format!("{:?}", f.detail)
        .chars()
        .filter(|c| !c.is_ascii_digit())
        .collect();
    let mut h = Sha256::new();
    for part in [
        f.rule.as_str(),
        f.file.as_str(),
        f.field.as_deref().unwrap_or(""),
        detail.as_str(),
    ] {
        h.update(part.as_bytes());
        h.update([0]);
    }
    h.finalize()[..16]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

fn sarif_result(policy: &Policy, f: &Finding, cat: Catalogue, fingerprint: String) -> SarifResult {
    let rule_index = policy.rules.iter().position(|r| r.id == f.rule);
    let line = i64::from(f.line.max(1));
    let region = Region::builder()
        .start_line(line)
        .start_column(i64::from(f.column.max(1)))
        .end_line(line)
        .end_column(i64::from(end_column(f)))
        .build();
    let location = Location::builder()
        .physical_location(
            PhysicalLocation::builder()
                .artifact_location(
                    ArtifactLocation::builder()
                        .uri(path_to_uri(&f.file))
                        .build(),
                )
                .region(region)
                .build(),
        )
        .build();
    // Control characters from user text become visible escapes (JSON would carry them, but
    // viewers show the text to people); the paragraph break before the help is ours.
    let mut text = visible(&cat.finding_message(policy, f)).into_owned();
    let help = cat.finding_help(policy, f);
    if !f.waived() && !help.trim().is_empty() {
        text.push_str("\n\n");
        text.push_str(&one_line(&help));
    }
    let mut props = PropertyBag::builder().build();
    props
        .additional_properties
        .insert("principle".into(), json!(f.principle));
    if let Some(field) = &f.field {
        props
            .additional_properties
            .insert("field".into(), json!(field));
    }
    // GEN-013: a finished project's gap, reported at level note.
    if f.historical {
        props
            .additional_properties
            .insert("historical".into(), json!(true));
    }
    let mut fingerprints = std::collections::BTreeMap::new();
    fingerprints.insert(FINGERPRINT_KEY.to_string(), fingerprint);
    let mut r = SarifResult::builder()
        .rule_id(f.rule.clone())
        .level(if f.waived() {
            ResultLevel::Note
        } else {
            level(f.severity)
        })
        .message(Message::builder().text(text).build())
        .locations(vec![location])
        .partial_fingerprints(fingerprints)
        .properties(props)
        .build();
    if let Some(i) = rule_index {
        r.rule_index = Some(i as i64);
    }
    if let Some(waiver) = &f.waiver {
        r.suppressions = Some(vec![Suppression::builder()
            .kind(json!("external"))
            .status(json!("accepted"))
            .justification(one_line(&waiver.reason))
            .build()]);
    }
    r
}

/// Every finding's fingerprint: [`fingerprint_base`] and, when several findings share it, the
/// occurrence number in file order (`…:2`), so each result has its own.
fn fingerprints<'a>(findings: impl Iterator<Item = &'a Finding>) -> Vec<String> {
    let mut seen: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    findings
        .map(|f| {
            let base = fingerprint_base(f);
            let n = seen.entry(base.clone()).or_insert(0);
            *n += 1;
            format!("{base}:{n}")
        })
        .collect()
}

/// The SARIF log object, for callers that want to post-process it before serialising.
pub fn log(result: &CheckResult, policy: &Policy, cat: Catalogue) -> Sarif {
    let lang = cat.lang();
    let driver = ToolComponent::builder()
        .name("dataetik")
        .full_name(format!("dataetik {}", env!("CARGO_PKG_VERSION")))
        .version(env!("CARGO_PKG_VERSION"))
        .semantic_version(env!("CARGO_PKG_VERSION"))
        .information_uri(INFORMATION_URI)
        .rules(
            policy
                .rules
                .iter()
                .map(|r| descriptor(policy, r, cat))
                .collect::<Vec<_>>(),
        )
        .build();
    // Which policy the rules come from: a municipality's own policy file changes the catalogue.
    let mut run_props = PropertyBag::builder().build();
    run_props
        .additional_properties
        .insert("policy".into(), json!(policy.id));
    run_props
        .additional_properties
        .insert("policyName".into(), json!(policy.name.get(lang)));
    // Each assessment's risk, as in the JSON output (level, points, and whether it is complete).
    run_props.additional_properties.insert(
        "assessments".into(),
        json!(result
            .files
            .iter()
            .filter_map(|f| {
                let r = f.risk.as_ref()?;
                Some(json!({
                    "id": f.id(),
                    "file": f.file,
                    "riskLevel": r.level,
                    "riskPoints": r.points,
                    "riskComplete": r.complete,
                }))
            })
            .collect::<Vec<_>>()),
    );
    let run = Run::builder()
        .tool(Tool::builder().driver(driver).build())
        .properties(run_props)
        .results(
            result
                .findings()
                .zip(fingerprints(result.findings()))
                .map(|(f, fp)| sarif_result(policy, f, cat, fp))
                .collect::<Vec<_>>(),
        )
        // Span columns count characters, as editors do.
        .column_kind(json!("unicodeCodePoints"))
        .language(lang.with_region())
        .build();
    Sarif::builder()
        .schema(SARIF_SCHEMA)
        .version(json!("2.1.0"))
        .runs(vec![run])
        .build()
}

/// Renders the SARIF log as pretty-printed JSON with a trailing newline.
pub fn render(result: &CheckResult, policy: &Policy, cat: Catalogue) -> String {
    // The SARIF types are plain data that always serialise.
    let mut buf = Vec::new();
    let _ = super::safe::to_json_writer(&mut buf, &log(result, policy, cat));
    let mut s = String::from_utf8(buf).unwrap_or_default();
    s.push('\n');
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uris_are_relative_and_encoded() {
        assert_eq!(path_to_uri("assessments/x.yaml"), "assessments/x.yaml");
        assert_eq!(
            path_to_uri("a b\\frav\u{e6}r.yaml"),
            "a%20b/frav%C3%A6r.yaml"
        );
        assert_eq!(path_to_uri("/tmp/x.yaml"), "file:///tmp/x.yaml");
    }

    #[test]
    fn every_rule_is_described() {
        let policy = crate::policy::Policy::builtin().policy;
        let log = log(
            &CheckResult {
                files: Vec::new(),
                register_findings: Vec::new(),
            },
            &policy,
            Catalogue::new(Lang::Da),
        );
        let rules = log.runs[0].tool.driver.rules.as_ref().unwrap();
        assert_eq!(rules.len(), policy.rules.len());
        assert!(rules
            .iter()
            .all(|r| r.name.as_deref().is_some_and(|n| !n.contains(' '))));
    }
}
