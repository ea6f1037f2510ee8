//! Hostile and broken files: each gives one clear GEN-001/GEN-002 finding naming the file (and
//! the line where there is one), the good file next to it is still checked, nothing panics,
//! hangs or is executed.

use std::time::{Duration, Instant};

use crate::common::*;
use dataetik_core::check::{CheckResult, FileResult};
use dataetik_core::policy::Severity;

/// A register holding the complete fixture plus `bad` (bytes) at `assessments/<name>`.
fn with_bad(name: &str, bad: &[u8]) -> (Reg, CheckResult) {
    let r = Reg::new();
    r.write("assessments/complete.yaml", COMPLETE);
    r.write(&format!("assessments/{name}"), bad);
    let start = Instant::now();
    let result = r.check_all(AS_OF);
    assert!(
        start.elapsed() < Duration::from_secs(10),
        "{name}: took {:?}",
        start.elapsed()
    );
    (r, result)
}

fn file<'a>(result: &'a CheckResult, name: &str) -> &'a FileResult {
    result
        .files
        .iter()
        .find(|f| f.path.ends_with(name))
        .unwrap_or_else(|| panic!("{name} was not checked"))
}

/// Asserts one error of `rule` in `name` (at `line` when given) and a clean good file.
#[track_caller]
fn one_error(result: &CheckResult, name: &str, rule: &str, line: Option<u32>) -> String {
    let good = file(result, "complete.yaml");
    assert!(
        good.findings.is_empty(),
        "good file: {}",
        show(&good.findings)
    );
    assert!(good.model.is_some(), "the good file was checked");
    let bad = file(result, name);
    assert_eq!(bad.findings.len(), 1, "{name}: {}", show(&bad.findings));
    let f = &bad.findings[0];
    assert!(
        rule.split('|').any(|r| r == f.rule),
        "{name}: expected {rule}: {}",
        show(&bad.findings)
    );
    assert_eq!(f.severity, Severity::Error);
    assert!(f.file.ends_with(name), "finding names the file: {}", f.file);
    if let Some(line) = line {
        assert_eq!(f.line, line, "{name}: {}", show(&bad.findings));
    }
    assert!(result.failed(false));
    f.message()
}

#[test]
fn empty_file() {
    let (_r, res) = with_bad("tom.yaml", b"");
    let m = one_error(&res, "tom.yaml", "GEN-001", Some(1));
    assert!(m.contains("tom"), "{m}");
    let (_r, res) = with_bad("tom.yaml", b"   \n\n# kun en kommentar\n");
    one_error(&res, "tom.yaml", "GEN-001", Some(1));
}

#[test]
fn not_yaml() {
    let (_r, res) = with_bad("rod.yaml", b"id: rod\ntitle: \"ikke lukket\nowner: x\n");
    one_error(&res, "rod.yaml", "GEN-001", None);
    let (_r, res) = with_bad("rod.yaml", b"id: rod\ntitle: [a, b\n");
    one_error(&res, "rod.yaml", "GEN-001", None);
    let (_r, res) = with_bad("rod.yaml", b"id: rod\nowner:\n  department: X\n unit: Y\n");
    one_error(&res, "rod.yaml", "GEN-001", Some(4));
}

#[test]
fn non_utf8_bytes() {
    let (_r, res) = with_bad(
        "latin1.yaml",
        b"id: latin1\ntitle: Tidlig opsporing\nsummary: B\xf8rn\n",
    );
    let m = one_error(&res, "latin1.yaml", "GEN-001", Some(3));
    assert!(m.contains("UTF-8"), "{m}");
    let (_r, res) = with_bad(
        "bin.yaml",
        &[0x00, 0xff, 0xfe, 0x00, 0x89, b'P', b'N', b'G'],
    );
    one_error(&res, "bin.yaml", "GEN-001", Some(1));
}

#[test]
fn top_level_list_and_scalar() {
    let (_r, res) = with_bad("liste.yaml", b"- id: liste\n- title: x\n");
    let m = one_error(&res, "liste.yaml", "GEN-002", Some(1));
    assert!(m.contains("mapping"), "{m}");
    let (_r, res) = with_bad("tekst.yaml", b"bare en tekst\n");
    one_error(&res, "tekst.yaml", "GEN-002", Some(1));
}

#[test]
fn alias_bomb() {
    let mut bomb = String::from("id: bombe\na: &a [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n");
    for i in 0..12 {
        let prev = if i == 0 {
            "a".to_string()
        } else {
            format!("b{}", i - 1)
        };
        let refs = vec![format!("*{prev}"); 9].join(", ");
        bomb.push_str(&format!("b{i}: &b{i} [{refs}]\n"));
    }
    let (_r, res) = with_bad("bombe.yaml", bomb.as_bytes());
    let m = one_error(&res, "bombe.yaml", "GEN-002", None);
    assert!(m.contains("alias"), "{m}");
}

#[test]
fn deep_nesting() {
    let deep = format!("id: dyb\nx: {}{}\n", "[".repeat(10_000), "]".repeat(10_000));
    let (_r, res) = with_bad("dyb.yaml", deep.as_bytes());
    // The YAML scanner's own recursion limit or ours, whichever comes first.
    let m = one_error(&res, "dyb.yaml", "GEN-001|GEN-002", Some(2));
    assert!(m.contains("dyb"), "{m}");
    let unclosed = format!("id: dyb\nx: {}\n", "[".repeat(10_000));
    let (_r, res) = with_bad("dyb.yaml", unclosed.as_bytes());
    let bad = file(&res, "dyb.yaml");
    assert_eq!(bad.findings.len(), 1, "{}", show(&bad.findings));
    let flow_maps = format!(
        "id: dyb\nx: {}{}\n",
        "{a: ".repeat(10_000),
        "}".repeat(10_000)
    );
    let (_r, res) = with_bad("dyb.yaml", flow_maps.as_bytes());
    one_error(&res, "dyb.yaml", "GEN-001|GEN-002", Some(2));
    let block: String = (0..200)
        .map(|i| format!("{}k{i}:\n", "  ".repeat(i)))
        .collect();
    let (_r, res) = with_bad("dyb.yaml", block.as_bytes());
    one_error(&res, "dyb.yaml", "GEN-002", None);
}

#[test]
fn huge_file_string_and_number() {
    // 2 MB: over the size limit, reported with its real size.
    let big = format!(
        "id: stor\nsummary: |\n{}",
        "  abcdefghij\n".repeat(2 * 1024 * 1024 / 13)
    );
    let size = big.len();
    let (_r, res) = with_bad("stor.yaml", big.as_bytes());
    let m = one_error(&res, "stor.yaml", "GEN-002", None);
    assert!(m.contains(&size.to_string()), "real size {size} in: {m}");
    // A 300 KB text in one field.
    let long = format!("id: lang\nsummary: \"{}\"\n", "x".repeat(300 * 1024));
    let (_r, res) = with_bad("lang.yaml", long.as_bytes());
    one_error(&res, "lang.yaml", "GEN-002", Some(2));
    // A number too large for any integer type.
    let text = edited(&[set("id", "tal"), set("code_paths", "[projects/tal]")]).replace(
        "citizens_affected: 5800",
        "citizens_affected: 99999999999999999999999",
    );
    let (_r, res) = with_bad("tal.yaml", text.as_bytes());
    let line = find(&text, "citizens_affected").0;
    let m = one_error(&res, "tal.yaml", "GEN-002", Some(line));
    assert!(m.contains("citizens_affected"), "{m}");
    // Negative and fractional counts are wrong too.
    for v in ["-5", "12.5", "1e30"] {
        let t = text.replace("99999999999999999999999", v);
        let (_r, res) = with_bad("tal.yaml", t.as_bytes());
        one_error(&res, "tal.yaml", "GEN-002", Some(line));
    }
}

#[test]
fn duplicate_keys() {
    let text = "id: dobbelt\ntitle: A\nowner:\n  department: X\n  department: Y\n";
    let (_r, res) = with_bad("dobbelt.yaml", text.as_bytes());
    let m = one_error(&res, "dobbelt.yaml", "GEN-002", Some(5));
    assert!(m.contains("department") && m.contains('4'), "{m}");
}

#[test]
fn tabs() {
    let text = "id: tab\nowner:\n\tdepartment: X\n";
    let (_r, res) = with_bad("tab.yaml", text.as_bytes());
    let m = one_error(&res, "tab.yaml", "GEN-001", Some(3));
    assert!(m.contains("tabulator"), "{m}");
}

#[test]
fn yaml_tags_are_rejected_and_never_executed() {
    let marker = std::env::temp_dir().join(format!("dataetik-pwned-{}", std::process::id()));
    let text = format!(
        "id: tag\ntitle: !!python/object/apply:os.system [\"touch {}\"]\n",
        marker.display()
    );
    let (_r, res) = with_bad("tag.yaml", text.as_bytes());
    let m = one_error(&res, "tag.yaml", "GEN-002", Some(2));
    assert!(m.contains("python/object"), "{m}");
    assert!(!marker.exists());
    for text in [
        "id: tag\ntitle: !!str x\n",
        "id: tag\nowner: !custom {department: X}\n",
        "--- !tag\nid: tag\n",
    ] {
        let (_r, res) = with_bad("tag.yaml", text.as_bytes());
        one_error(&res, "tag.yaml", "GEN-002", None);
    }
}

#[test]
fn several_documents() {
    let (_r, res) = with_bad("to.yaml", b"id: to\n---\nid: tre\n");
    one_error(&res, "to.yaml", "GEN-002", Some(2));
}

#[test]
fn directory_named_like_a_file() {
    let r = Reg::new();
    r.write("assessments/complete.yaml", COMPLETE);
    std::fs::create_dir_all(r.root().join("assessments/mappe.yaml")).unwrap();
    let res = r.check_all(AS_OF);
    let m = one_error(&res, "mappe.yaml", "GEN-001", Some(1));
    assert!(m.contains("mappe"), "{m}");
}

#[cfg(unix)]
#[test]
fn symlink_loops() {
    let r = Reg::new();
    r.write("assessments/complete.yaml", COMPLETE);
    std::fs::create_dir_all(r.root().join("assessments/sub")).unwrap();
    // A directory loop is not followed.
    std::os::unix::fs::symlink(
        r.root().join("assessments"),
        r.root().join("assessments/sub/loop"),
    )
    .unwrap();
    std::os::unix::fs::symlink("..", r.root().join("assessments/sub/up.yaml")).unwrap();
    // A file link pointing at itself is reported, not skipped.
    std::os::unix::fs::symlink("self.yaml", r.root().join("assessments/self.yaml")).unwrap();
    let start = Instant::now();
    let res = r.check_all(AS_OF);
    assert!(start.elapsed() < Duration::from_secs(10));
    assert_eq!(
        res.files.len(),
        2,
        "{:?}",
        res.files.iter().map(|f| &f.path).collect::<Vec<_>>()
    );
    one_error(&res, "self.yaml", "GEN-001", Some(1));
}

#[test]
fn bom_and_crlf_keep_positions() {
    let broken = edited(&[remove("principles.transparency.access")]);
    let expected = locate(&broken, "principles.transparency.access");
    let lf = check(&broken);
    assert_eq!(lf.len(), 1, "{}", show(&lf));
    assert_eq!((lf[0].line, lf[0].column), expected);

    let crlf = broken.replace('\n', "\r\n");
    let f = check(&crlf);
    assert_eq!(show(&f), show(&lf), "CRLF");
    assert_eq!(f[0].source_line, lf[0].source_line);

    let bom = format!("\u{feff}{broken}");
    let f = check(&bom);
    assert_eq!(show(&f), show(&lf), "BOM");
    // A finding on the first line keeps its column after a BOM.
    let text = format!("\u{feff}{}", edited(&[set("schema_version", "3")]));
    let f = check(&text);
    assert_eq!(
        (f[0].rule.as_str(), f[0].line, f[0].column),
        ("GEN-002", 1, 1),
        "{}",
        show(&f)
    );
    // Multi-line values with CRLF do not carry `\r` into texts or positions.
    let text = COMPLETE.replace('\n', "\r\n");
    assert!(check(&text).is_empty());
}

#[test]
fn unknown_key_with_suggestion() {
    let text = edited(&[set("principles.transparancy", "{access: x}")]);
    let f = check(&text);
    let hit = fires_at(
        &f,
        "GEN-002",
        Severity::Error,
        locate(&text, "principles.transparancy"),
    );
    assert!(
        hit.message().contains("transparency"),
        "did you mean: {}",
        hit.message()
    );
}

#[test]
fn many_small_problems_do_not_loop() {
    // 300 unknown keys: each is reported, the loop that drops bad fields stays bounded.
    let mut text = COMPLETE.to_string();
    for i in 0..300 {
        text.push_str(&format!("ukendt{i}: x\n"));
    }
    let start = Instant::now();
    let f = check(&text);
    assert!(start.elapsed() < Duration::from_secs(10));
    assert!(of(&f, "GEN-002").len() >= 100, "{}", f.len());
}

#[test]
fn arbitrary_bytes_never_panic() {
    // A tiny deterministic fuzz: mutate the fixture byte by byte.
    let base = COMPLETE.as_bytes();
    let mut seed: u64 = 0x9e3779b97f4a7c15;
    let r = Reg::new();
    let path = r.root().join("assessments/complete.yaml");
    let n: usize = std::env::var("FUZZ_N")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(300);
    for _ in 0..n {
        let mut bytes = base.to_vec();
        for _ in 0..8 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let i = (seed as usize) % bytes.len();
            let alphabet = b" :-[]{}#&*!|>'\"\t\n%@`,?\xff";
            bytes[i] = alphabet[(seed >> 32) as usize % alphabet.len()];
        }
        let _ = dataetik_core::check::check_bytes(&r.reg, &path, "x.yaml", &bytes, &opts(AS_OF));
    }
}

/// Every field path of a YAML value, with list indices.
fn paths(v: &serde_yaml::Value, prefix: &str, out: &mut Vec<String>) {
    match v {
        serde_yaml::Value::Mapping(m) => {
            for (k, v) in m {
                let k = k.as_str().unwrap();
                let p = if prefix.is_empty() {
                    k.to_string()
                } else {
                    format!("{prefix}.{k}")
                };
                out.push(p.clone());
                paths(v, &p, out);
            }
        }
        serde_yaml::Value::Sequence(items) => {
            for (i, v) in items.iter().enumerate() {
                let p = format!("{prefix}[{i}]");
                out.push(p.clone());
                paths(v, &p, out);
            }
        }
        _ => {}
    }
}

#[test]
fn every_field_with_every_wrong_type() {
    let doc: serde_yaml::Value = serde_yaml::from_str(COMPLETE).unwrap();
    let mut all = Vec::new();
    paths(&doc, "", &mut all);
    let values = [
        "null",
        "''",
        "[]",
        "{}",
        "[[1, 2], {a: b}]",
        "{x: {y: [1]}}",
        "-1",
        "1.5e400",
        "true",
        "2025-13-01",
        "'010190-1234'",
        ".nan",
    ];
    let r = Reg::new();
    let path = r.root().join("assessments/complete.yaml");
    for p in &all {
        for v in values {
            let text = edited(&[set(p, v)]);
            let lines = text.lines().count() as u32;
            let res = dataetik_core::check::check_bytes(
                &r.reg,
                &path,
                "complete.yaml",
                text.as_bytes(),
                &opts(AS_OF),
            );
            for f in &res.findings {
                assert!(
                    f.line >= 1 && f.line <= lines.max(1) && f.column >= 1,
                    "{p} = {v}: {}",
                    show(&res.findings)
                );
                assert!(
                    !f.message().contains("010190-1234"),
                    "{p} = {v}: {}",
                    f.message()
                );
            }
        }
    }
}

#[test]
fn common_yaml_mistakes_are_explained_in_danish() {
    for text in [
        "id: a\ntitle:x\nowner: y\n",
        "id: a\ntitle: \"abc\nowner: y\n",
        "id: a\nsummary: Vi bruger data: meget\n",
        "id: a\nowner:\n  department: X\n   unit: Y\n",
        "id: a\ntitle: [a, b\nowner: y\n",
        "id: a\nowner:\n\tunit: Y\n",
        "id: a\ntitle: 'abc\n",
    ] {
        let f = check(text);
        assert_eq!(f.len(), 1, "{text:?}: {}", show(&f));
        assert_eq!(f[0].rule, "GEN-001");
        // The Danish explanation, with the parser's own words in parentheses.
        assert!(
            f[0].message().ends_with(')') && f[0].message().contains(" ("),
            "{text:?}: {}",
            f[0].message()
        );
    }
}

#[test]
fn a_huge_key_is_quoted_short() {
    // Up to 1024 characters a key is valid YAML (GEN-002, unknown key); beyond, YAML itself
    // refuses it (GEN-001). Either way the finding stays small.
    for len in [1000, 200 * 1024] {
        let key = "k".repeat(len);
        let text = format!("{COMPLETE}{key}: x\n");
        let findings = check(&text);
        assert_eq!(findings.len(), 1, "{}", findings.len());
        let f = &findings[0];
        assert!(f.rule == "GEN-002" || f.rule == "GEN-001", "{}", f.rule);
        assert!(
            f.message().len() < 2000,
            "message is {} bytes",
            f.message().len()
        );
        let mut out = String::new();
        dataetik_core::output::human::render_finding(
            f,
            builtin(),
            dataetik_core::i18n::Lang::Da.catalogue(),
            &mut out,
        );
        assert!(out.len() < 4000, "rendered finding is {} bytes", out.len());
    }
    // A huge invalid value too.
    let text = COMPLETE.replace(
        "  phase: operation",
        &format!("  phase: {}", "x".repeat(200 * 1024)),
    );
    let findings = check(&text);
    assert_eq!(findings.len(), 1);
    assert!(findings[0].message().len() < 2000);
    let mut out = String::new();
    dataetik_core::output::human::render_finding(
        &findings[0],
        builtin(),
        dataetik_core::i18n::Lang::Da.catalogue(),
        &mut out,
    );
    assert!(out.len() < 4000, "rendered finding is {} bytes", out.len());
}
