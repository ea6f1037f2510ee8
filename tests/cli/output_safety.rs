//! Issue 14: every output format against the tools CI users run on it, with hostile text.
//!
//! - Text from assessments (keys, values, file names) with CR, LF, ESC, BEL, NUL, `::error::`,
//!   `##[error]` and invisible formatting characters goes through every format; each result is
//!   read by the format's real parser (or a faithful port): the Actions runner's workflow-command
//!   parser (ported below), serde_json, the SARIF 2.1.0 schema, quick-xml, Jenkins' junit-10.xsd
//!   (Python `xmlschema`), `junitparser` and a port of GitLab's JUnit parser
//!   (tests/tools/junit_readers.py).
//! - SARIF meets GitHub's code-scanning requirements, with fingerprints that survive unrelated
//!   edits.
//!
//! The Python checks run when `xmlschema` and `junitparser` are importable; otherwise they are
//! skipped with a message, unless `DATAETIK_CI_TOOLS=1` (set by `.ci/run`), where they must run.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::common;

const AS_OF: &str = "2026-06-01";

/// Every character the issue names, and some the .NET runner's culture-sensitive comparison
/// skips (soft hyphen, zero-width space, right-to-left override), in a YAML double-quoted key.
const HOSTILE_KEY: &str =
    r#""\r\n::error::key-injection\e[2J\a\0##[error]v1\u202e\u00ad\u200b::warning::x""#;

/// A file name with the same kind of text (Linux allows all but `/` and NUL).
const HOSTILE_FILE: &str = "evil\r\n::error file=x::name\u{1b}\u{7}.yaml";

fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The example register with hostile text in a key, a value, an id and a file name.
fn hostile_register() -> tempfile::TempDir {
    let dir = common::example_register_copy();
    let a = dir.path().join("assessments");
    let chatbot = a.join("oepf-2026-chatbot.yaml");
    let mut text = std::fs::read_to_string(&chatbot).unwrap();
    text.push_str(&format!("{HOSTILE_KEY}: x\n"));
    std::fs::write(&chatbot, text).unwrap();
    std::fs::write(
        a.join(HOSTILE_FILE),
        "id: \"::error::id-injection\\a\"\ntitle: \"x\\r\\n::warning::title\\0\"\n",
    )
    .unwrap();
    dir
}

/// Runs `dataetik check --as-of AS_OF ARGS` in `dir` (colour off, outside GitHub Actions).
fn check(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> (i32, String) {
    let mut cmd = common::dataetik_bin();
    cmd.current_dir(dir)
        .env_remove("GITHUB_ACTIONS")
        .env_remove("GITHUB_STEP_SUMMARY")
        .env("NO_COLOR", "1")
        .args(["check", "--as-of", AS_OF])
        .args(args);
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd.output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).expect("UTF-8 output"),
    )
}

fn json_findings(dir: &Path) -> Vec<Value> {
    let (_, out) = check(dir, &["--format", "json"], &[]);
    let v: Value = serde_json::from_str(&out).unwrap();
    v["findings"].as_array().unwrap().clone()
}

// ---------------------------------------------------------------------------------------------
// The Actions runner's workflow-command parser, ported from actions/runner:
// src/Runner.Common/ActionCommand.cs (`TryParseV2`, `TryParse`, the escape mappings) and
// src/Runner.Worker/ActionCommandManager.cs (`TryProcessCommand` tries V2, then V1, on every
// line of a step's output; the registered commands are the command extensions plus
// `stop-commands`).

/// The commands the runner registers.
const REGISTERED: [&str; 15] = [
    "set-env",
    "set-output",
    "save-state",
    "add-mask",
    "add-path",
    "add-matcher",
    "remove-matcher",
    "debug",
    "warning",
    "error",
    "notice",
    "group",
    "endgroup",
    "echo",
    "stop-commands",
];

#[derive(Debug)]
struct ActionCommand {
    command: String,
    properties: HashMap<String, String>,
    data: String,
}

/// The runner compares with .NET's culture-sensitive `StartsWith`/`IndexOf`, which skip
/// default-ignorable characters under ICU. The port removes them first, so it finds at least
/// every command the runner finds.
fn without_ignorables(s: &str) -> String {
    s.chars()
        .filter(|c| {
            !matches!(c, '\u{ad}' | '\u{34f}' | '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}'
                | '\u{2060}'..='\u{206f}' | '\u{feff}' | '\u{fe00}'..='\u{fe0f}')
        })
        .collect()
}

fn unescape(s: &str, mappings: &[(&str, &str)]) -> String {
    let mut s = s.to_string();
    for (token, replacement) in mappings {
        s = s.replace(replacement, token);
    }
    s
}

const DATA_MAPPINGS: [(&str, &str); 3] = [("\r", "%0D"), ("\n", "%0A"), ("%", "%25")];
const PROPERTY_MAPPINGS: [(&str, &str); 5] = [
    ("\r", "%0D"),
    ("\n", "%0A"),
    (":", "%3A"),
    (",", "%2C"),
    ("%", "%25"),
];
const V1_MAPPINGS: [(&str, &str); 5] = [
    (";", "%3B"),
    ("\r", "%0D"),
    ("\n", "%0A"),
    ("]", "%5D"),
    ("%", "%25"),
];

/// `ActionCommand.TryParseV2`: `::name k=v,k=v::data` after leading whitespace.
fn try_parse_v2(line: &str) -> Option<ActionCommand> {
    let message = without_ignorables(line);
    let message = message.trim_start();
    let rest = message.strip_prefix("::")?;
    let end = rest.find("::")?;
    let info = &rest[..end];
    let (name, props) = match info.find(' ') {
        Some(i) => (&info[..i], Some(info[i + 1..].trim())),
        None => (info, None),
    };
    if !REGISTERED.contains(&name) {
        return None;
    }
    let mut properties = HashMap::new();
    for p in props.into_iter().flat_map(|p| p.split(',')) {
        let mut kv = p.splitn(2, '=').filter(|s| !s.is_empty());
        if let (Some(k), Some(v)) = (kv.next(), kv.next()) {
            properties.insert(k.to_lowercase(), unescape(v, &PROPERTY_MAPPINGS));
        }
    }
    Some(ActionCommand {
        command: name.to_string(),
        properties,
        data: unescape(&rest[end + 2..], &DATA_MAPPINGS),
    })
}

/// `ActionCommand.TryParse`: `##[name k=v;k=v]data` anywhere in the line.
fn try_parse_v1(line: &str) -> Option<ActionCommand> {
    let message = without_ignorables(line);
    let start = message.find("##[")?;
    let rb = start + message[start..].find(']')?;
    let info = &message[start + 3..rb];
    let (name, props) = match info.find(' ') {
        Some(i) => (&info[..i], Some(&info[i + 1..])),
        None => (info, None),
    };
    if !REGISTERED.contains(&name) {
        return None;
    }
    let mut properties = HashMap::new();
    for p in props.into_iter().flat_map(|p| p.split(';')) {
        let mut kv = p.splitn(2, '=').filter(|s| !s.is_empty());
        if let (Some(k), Some(v)) = (kv.next(), kv.next()) {
            properties.insert(k.to_lowercase(), unescape(v, &V1_MAPPINGS));
        }
    }
    Some(ActionCommand {
        command: name.to_string(),
        properties,
        data: unescape(&message[rb + 1..], &V1_MAPPINGS),
    })
}

/// The lines the runner sees: .NET's `StreamReader.ReadLine` ends a line at CR, LF or CR LF.
fn runner_lines(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    let (mut start, mut i) = (0, 0);
    while i < bytes.len() {
        match bytes[i] {
            b'\r' => {
                out.push(&text[start..i]);
                if bytes.get(i + 1) == Some(&b'\n') {
                    i += 1;
                }
                start = i + 1;
            }
            b'\n' => {
                out.push(&text[start..i]);
                start = i + 1;
            }
            _ => {}
        }
        i += 1;
    }
    if start < text.len() {
        out.push(&text[start..]);
    }
    out
}

/// Every line the runner would process as a command.
fn commands(text: &str) -> Vec<(String, ActionCommand)> {
    runner_lines(text)
        .into_iter()
        .filter_map(|l| {
            try_parse_v2(l)
                .or_else(|| try_parse_v1(l))
                .map(|c| (l.to_string(), c))
        })
        .collect()
}

#[test]
fn the_runner_port_reads_commands_as_the_runner_does() {
    let c = try_parse_v2("  ::error file=a%2Cb.yaml,line=3::one%0Atwo").unwrap();
    assert_eq!(c.command, "error");
    assert_eq!(c.properties["file"], "a,b.yaml");
    assert_eq!(c.data, "one\ntwo");
    assert!(try_parse_v2("::unknown::x").is_none());
    assert!(try_parse_v2("x ::error::y").is_none());
    assert_eq!(
        try_parse_v1("text ##[warning]careful").unwrap().command,
        "warning"
    );
    assert_eq!(commands("a\r::error::b\r\nc\n##[debug]d").len(), 2);
    assert_eq!(commands("\u{ad}::error::soft hyphen").len(), 1);
}

/// No raw control character (but the line breaks of the format itself) and no invisible
/// formatting character.
fn assert_clean(what: &str, text: &str) {
    let bad: Vec<String> = text
        .chars()
        .filter(|c| *c != '\n' && *c != '\t' && dataetik_core::output::safe::is_hazard(*c))
        .map(|c| format!("U+{:04X}", u32::from(c)))
        .collect();
    assert!(bad.is_empty(), "{what}: raw {bad:?}");
}

#[test]
fn human_output_never_starts_a_workflow_command() {
    let dir = hostile_register();
    for args in [&[][..], &["-v"][..], &["--lang", "en", "-v"][..]] {
        let (code, out) = check(dir.path(), args, &[]);
        assert_eq!(code, 1);
        // The hostile texts are there, made visible...
        assert!(
            out.contains("::error::key-injection\\u{1b}[2J\\u{7}\\0"),
            "{out}"
        );
        assert!(out.contains("evil\\r\\n::error file=x::name\\u{1b}\\u{7}.yaml"));
        // ...and no line of it is a command for the runner.
        let found = commands(&out);
        assert!(
            found.is_empty(),
            "workflow commands in human output: {found:#?}"
        );
        assert_clean("human", &out);
    }
}

#[test]
fn github_output_has_exactly_one_command_per_finding_and_no_raw_controls() {
    let dir = hostile_register();
    let (code, out) = check(dir.path(), &["--format", "github"], &[]);
    assert_eq!(code, 1);
    let found = commands(&out);
    let findings = json_findings(dir.path());
    assert_eq!(found.len(), findings.len(), "one command per finding");
    for (line, c) in &found {
        assert!(
            ["error", "warning", "notice"].contains(&c.command.as_str()),
            "{line}"
        );
        assert!(line.starts_with("::"), "{line}");
        for v in c.properties.values().chain([&c.data]) {
            assert_clean(line, v);
        }
        // Our own line break between message and help is the only one in a message.
        assert!(c.data.matches('\n').count() <= 1, "{line}");
        assert!(!c.properties["file"].contains(['\r', '\n']));
    }
    // The hostile key reached an annotation as visible text, inside one command's data.
    assert!(found
        .iter()
        .any(|(_, c)| c.data.contains("\\r\\n::error::key-injection\\u{1b}[2J")));
    // The file name with CR LF is the file property of its annotations, made visible.
    assert!(found.iter().any(|(_, c)| c.properties["file"]
        == "assessments/evil\\r\\n::error file=x::name\\u{1b}\\u{7}.yaml"));
    // Nothing else on stdout is a command: every other line is the closing summary.
    let lines = runner_lines(&out);
    assert_eq!(lines.len(), found.len() + 1, "{out}");
    assert_clean("github", &out);
}

#[test]
fn job_summary_is_a_clean_markdown_table() {
    let dir = hostile_register();
    let summary = dir.path().join("summary.md");
    let summary_s = summary.to_string_lossy().to_string();
    let (code, _) = check(
        dir.path(),
        &[],
        &[
            ("GITHUB_ACTIONS", "true"),
            ("GITHUB_STEP_SUMMARY", &summary_s),
        ],
    );
    assert_eq!(code, 1);
    let md = std::fs::read_to_string(&summary).unwrap();
    assert_clean("job summary", &md);
    assert!(commands(&md).is_empty());
    for row in md.lines().filter(|l| l.starts_with('|')) {
        // Five cells: six pipes that are not escaped.
        let pipes = row
            .char_indices()
            .filter(|(i, c)| *c == '|' && (*i == 0 || row.as_bytes()[i - 1] != b'\\'))
            .count();
        assert_eq!(pipes, 6, "{row}");
    }
    assert!(md.contains("::error::key-injection\\u{1b}[2J"), "{md}");
    // Failing findings first: no error row after a warning or note row.
    let sev: Vec<&str> = md
        .lines()
        .filter(|l| l.starts_with("| ") && !l.starts_with("| Fil "))
        .map(|l| l.split(" | ").nth(2).unwrap())
        .collect();
    let first_other = sev.iter().position(|s| *s != "fejl").unwrap();
    assert!(sev[first_other..].iter().all(|s| *s != "fejl"), "{sev:?}");
}

#[test]
fn json_keeps_the_exact_text_escaped_as_json() {
    let dir = hostile_register();
    let (_, out) = check(dir.path(), &["--format", "json"], &[]);
    // JSON escapes every control character itself: the raw bytes never appear...
    assert_clean("json", &out);
    // ...and a program reading it gets the key exactly as written.
    let v: Value = serde_json::from_str(&out).unwrap();
    let files: HashSet<&str> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["file"].as_str().unwrap())
        .collect();
    assert!(files.contains(format!("assessments/{HOSTILE_FILE}").as_str()));
    assert!(v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .any(|f| f["message"]
            .as_str()
            .unwrap()
            .contains("\r\n::error::key-injection\u{1b}[2J\u{7}\0")));
}

#[test]
fn sarif_with_hostile_text_is_valid_and_clean() {
    let dir = hostile_register();
    let (code, out) = check(dir.path(), &["--format", "sarif"], &[]);
    assert_eq!(code, 1);
    assert_clean("sarif", &out);
    let sarif: Value = serde_json::from_str(&out).unwrap();
    let problems = sarif_problems(&sarif);
    assert!(problems.is_empty(), "{problems:#?}");
    for r in sarif["runs"][0]["results"].as_array().unwrap() {
        assert_clean("message", r["message"]["text"].as_str().unwrap());
    }
}

/// What the SARIF 2.1.0 schema (OASIS, tests/fixtures/sarif-schema-2.1.0.json) and GitHub's
/// code-scanning requirements say is wrong with `sarif`.
///
/// GitHub's requirements are from "SARIF support for code scanning"
/// (https://docs.github.com/code-security/secure-coding/sarif-support-for-code-scanning, read via
/// the search tool): `version` and `$schema`; `tool.driver.name`; each rule's `id`,
/// `shortDescription.text`, `fullDescription.text` and `help.text`; each result's `ruleId`
/// (in the rules array), `message.text`, 1 to 10 `locations` with a relative
/// `artifactLocation.uri`, a `region` with `startLine`, `startColumn`, `endLine`, `endColumn`,
/// and `partialFingerprints`, stable across runs so alerts are not duplicated.
pub(crate) fn sarif_problems(sarif: &Value) -> Vec<String> {
    let mut problems = Vec::new();
    let schema: Value = serde_json::from_str(
        &std::fs::read_to_string(repo_root().join("tests/fixtures/sarif-schema-2.1.0.json"))
            .unwrap(),
    )
    .unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    problems.extend(
        validator
            .iter_errors(sarif)
            .map(|e| format!("schema: {e} at {}", e.instance_path)),
    );
    let mut need = |ok: bool, what: String| {
        if !ok {
            problems.push(what);
        }
    };
    let text = |v: &Value| v.as_str().is_some_and(|s| !s.trim().is_empty());
    need(sarif["version"] == "2.1.0", "version".into());
    need(text(&sarif["$schema"]), "$schema".into());
    let run = &sarif["runs"][0];
    let driver = &run["tool"]["driver"];
    need(text(&driver["name"]), "tool.driver.name".into());
    need(
        driver["informationUri"]
            .as_str()
            .is_some_and(|u| u.starts_with("https://github.com/dataetik/dataetik")),
        "informationUri is the repository".into(),
    );
    let rules = driver["rules"].as_array().cloned().unwrap_or_default();
    let ids: HashSet<&str> = rules.iter().filter_map(|r| r["id"].as_str()).collect();
    for r in &rules {
        let id = r["id"].as_str().unwrap_or("?");
        for field in ["shortDescription", "fullDescription", "help"] {
            need(text(&r[field]["text"]), format!("rule {id}: {field}.text"));
        }
    }
    let mut seen = HashSet::new();
    for (i, res) in run["results"]
        .as_array()
        .cloned()
        .unwrap_or_default()
        .iter()
        .enumerate()
    {
        let at = format!("result {i} ({})", res["ruleId"]);
        need(
            res["ruleId"].as_str().is_some_and(|id| ids.contains(id)),
            format!("{at}: ruleId in the rules array"),
        );
        need(text(&res["message"]["text"]), format!("{at}: message.text"));
        let locations = res["locations"].as_array().cloned().unwrap_or_default();
        need(
            (1..=10).contains(&locations.len()),
            format!("{at}: 1 to 10 locations"),
        );
        for loc in &locations {
            let p = &loc["physicalLocation"];
            let uri = p["artifactLocation"]["uri"].as_str().unwrap_or("");
            need(
                !uri.is_empty() && !uri.contains("://") && !uri.starts_with('/'),
                format!("{at}: relative uri {uri}"),
            );
            let reg = &p["region"];
            for k in ["startLine", "startColumn", "endLine", "endColumn"] {
                need(
                    reg[k].as_u64().is_some_and(|n| n >= 1),
                    format!("{at}: region.{k}"),
                );
            }
            need(
                (reg["endLine"].as_u64(), reg["endColumn"].as_u64())
                    > (reg["startLine"].as_u64(), reg["startColumn"].as_u64()),
                format!("{at}: region ends after it starts"),
            );
        }
        let fp = res["partialFingerprints"]["dataetik/v1"].as_str();
        need(
            fp.is_some_and(|f| !f.is_empty()),
            format!("{at}: partialFingerprints"),
        );
        need(
            fp.is_none_or(|f| seen.insert(f.to_string())),
            format!("{at}: fingerprint unique in the run"),
        );
    }
    problems
}

#[test]
fn sarif_meets_githubs_requirements_and_fingerprints_survive_unrelated_edits() {
    let dir = common::example_register_copy();
    let a = dir.path().join("assessments");
    // Findings of several kinds: a typo (GEN-002) and an unassessed project (GEN-006).
    std::fs::remove_file(a.join("bmf-2024-trafikdashboard.yaml")).unwrap();
    let chatbot = a.join("oepf-2026-chatbot.yaml");
    let original = std::fs::read_to_string(&chatbot).unwrap();
    std::fs::write(&chatbot, format!("{original}transparancy: x\n")).unwrap();

    let sarif_now = || -> Value {
        let (_, out) = check(dir.path(), &["--format", "sarif"], &[]);
        serde_json::from_str(&out).unwrap()
    };
    let before = sarif_now();
    let problems = sarif_problems(&before);
    assert!(problems.is_empty(), "{problems:#?}");

    // Unrelated edits: lines added above every finding, another file changed.
    std::fs::write(
        &chatbot,
        format!("# en kommentar\n# og en til\n\n{original}transparancy: x\n"),
    )
    .unwrap();
    let other = a.join("ssf-2026-faldrisiko.yaml");
    let text = std::fs::read_to_string(&other).unwrap();
    std::fs::write(&other, format!("# ændret\n{text}")).unwrap();
    let after = sarif_now();

    let by_fp = |s: &Value| -> HashMap<String, (String, u64)> {
        s["runs"][0]["results"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| {
                let loc = &r["locations"][0]["physicalLocation"];
                (
                    r["partialFingerprints"]["dataetik/v1"]
                        .as_str()
                        .unwrap()
                        .to_string(),
                    (
                        format!("{} {}", r["ruleId"], loc["artifactLocation"]["uri"]),
                        loc["region"]["startLine"].as_u64().unwrap(),
                    ),
                )
            })
            .collect()
    };
    let (b, a) = (by_fp(&before), by_fp(&after));
    assert_eq!(
        b.keys().collect::<HashSet<_>>(),
        a.keys().collect::<HashSet<_>>(),
        "the same fingerprints after unrelated edits"
    );
    // ...although the chatbot's findings moved three lines down.
    let moved = b
        .iter()
        .filter(|(fp, (what, line))| what.contains("oepf-2026-chatbot") && a[*fp].1 == line + 3)
        .count();
    assert!(moved > 0);
    // The typo's fingerprint changes when the problem does.
    std::fs::write(&chatbot, format!("{original}transparensy: x\n")).unwrap();
    let changed = by_fp(&sarif_now());
    assert_ne!(
        b.keys().collect::<HashSet<_>>(),
        changed.keys().collect::<HashSet<_>>()
    );
}

// ---------------------------------------------------------------------------------------------
// JUnit

/// Runs tests/tools/junit_readers.py on `xml`: Jenkins' junit-10.xsd, junitparser, GitLab's
/// parser. `None` when the Python packages are missing (skipped) outside CI.
fn junit_readers(xml: &str) -> Option<Value> {
    let have = std::process::Command::new("python3")
        .args(["-c", "import xmlschema, junitparser"])
        .output()
        .is_ok_and(|o| o.status.success());
    if !have {
        assert!(
            std::env::var("DATAETIK_CI_TOOLS").as_deref() != Ok("1"),
            "DATAETIK_CI_TOOLS=1 but python3 cannot import xmlschema and junitparser"
        );
        eprintln!("skipped: the JUnit readers need `python3 -m pip install xmlschema junitparser`");
        return None;
    }
    let dir = tempfile::tempdir().unwrap();
    let report = dir.path().join("report.xml");
    std::fs::write(&report, xml).unwrap();
    let out = std::process::Command::new("python3")
        .arg(repo_root().join("tests/tools/junit_readers.py"))
        .arg(&report)
        .arg(repo_root().join("tests/fixtures/junit-10.xsd"))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    Some(serde_json::from_slice(&out.stdout).unwrap())
}

/// What every JUnit reader must agree on for `xml`.
fn assert_junit_read_alike(xml: &str) {
    // quick-xml: well-formed.
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut testcases = 0;
    let mut failures = 0;
    loop {
        match reader.read_event().expect("well-formed XML") {
            quick_xml::events::Event::Eof => break,
            quick_xml::events::Event::Start(e) | quick_xml::events::Event::Empty(e) => {
                match e.name().as_ref() {
                    b"testcase" => testcases += 1,
                    b"failure" => failures += 1,
                    _ => {}
                }
            }
            _ => {}
        }
    }
    assert_clean("junit", xml);
    let Some(read) = junit_readers(xml) else {
        return;
    };
    assert_eq!(read["jenkins"], "ok", "junit-10.xsd: {}", read["jenkins"]);
    let jp = read["junitparser"].as_array().unwrap();
    let gl = read["gitlab"].as_array().unwrap();
    assert_eq!(jp.len(), testcases, "junitparser reads every testcase");
    assert_eq!(gl.len(), testcases, "GitLab reads every testcase");
    assert_eq!(jp.iter().filter(|c| c["failed"] == true).count(), failures);
    assert_eq!(
        gl.iter().filter(|c| c["status"] == "failed").count(),
        failures
    );
    for (j, g) in jp.iter().zip(gl) {
        assert_eq!(j["name"], g["name"]);
        assert_eq!(j["classname"], g["classname"]);
        assert_eq!(j["suite"], g["suite_name"]);
        assert!(g["classname"].as_str().is_some_and(|c| !c.is_empty()));
        if g["status"] == "failed" {
            // GitLab shows the failure's text as the details: file:line:col and the message.
            let details = g["system_output"].as_str().unwrap();
            assert!(details.contains(": "), "{details}");
        }
    }
}

#[test]
fn junit_is_valid_for_jenkins_and_read_alike_by_junitparser_and_gitlab() {
    let dir = common::example_register_copy();
    let a = dir.path().join("assessments");
    std::fs::remove_file(a.join("bmf-2024-trafikdashboard.yaml")).unwrap();
    for args in [
        &["--format", "junit"][..],
        &["--format", "junit", "--strict"][..],
    ] {
        let (code, xml) = check(dir.path(), args, &[]);
        assert_eq!(code, 1);
        assert!(
            !xml.contains("disabled=") && !xml.contains(" file="),
            "{xml}"
        );
        assert_junit_read_alike(&xml);
    }
}

#[test]
fn junit_with_hostile_text_is_valid_xml_for_every_reader() {
    let dir = hostile_register();
    let (code, xml) = check(dir.path(), &["--format", "junit"], &[]);
    assert_eq!(code, 1);
    assert!(xml.contains("::error::key-injection\\u{1b}[2J\\u{7}\\0"));
    assert_junit_read_alike(&xml);
}
