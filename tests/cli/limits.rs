//! Each loader limit gives a finding that names the limit and the file, through the CLI.

use assert_cmd::Command;
use serde_json::Value;

fn check(file: &str, content: &[u8], lang: &str) -> Value {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("dataetik.yaml"), "organisation: Test\n").unwrap();
    std::fs::create_dir(dir.path().join("assessments")).unwrap();
    std::fs::write(dir.path().join("assessments").join(file), content).unwrap();
    let out = Command::new(crate::common::bin_path())
        .current_dir(dir.path())
        .args([
            "check",
            "--format",
            "json",
            "--lang",
            lang,
            "--as-of",
            "2026-06-01",
        ])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

/// The one load finding of the file: (rule, file, line, message).
fn load_finding(v: &Value) -> (String, String, u64, String) {
    let f = &v["findings"][0];
    assert_eq!(v["findings"].as_array().unwrap().len(), 1, "{v:#}");
    (
        f["rule"].as_str().unwrap().into(),
        f["file"].as_str().unwrap().into(),
        f["line"].as_u64().unwrap(),
        f["message"].as_str().unwrap().into(),
    )
}

#[test]
fn file_size_limit() {
    // 2 MiB of valid YAML: the real size is reported, not the bytes read.
    let mut big = b"id: big\nsummary: |\n".to_vec();
    while big.len() < 2 << 20 {
        big.extend_from_slice(b"  Lorem ipsum dolor sit amet, consectetur adipiscing elit.\n");
    }
    let (rule, file, _, msg) = load_finding(&check("big.yaml", &big, "en"));
    assert_eq!(rule, "GEN-002");
    assert_eq!(file, "assessments/big.yaml");
    assert!(
        msg.contains("file-size limit of 1048576 bytes (1 MiB)"),
        "{msg}"
    );
    assert!(
        msg.contains(&format!("the file is {} bytes", big.len())),
        "{msg}"
    );
    let (_, _, _, da) = load_finding(&check("big.yaml", &big, "da"));
    assert!(
        da.contains("grænsen for filstørrelse på 1048576 byte"),
        "{da}"
    );
}

#[test]
fn nesting_depth_limit() {
    let mut deep = String::from("id: deep\nx:\n");
    for i in 0..40 {
        deep.push_str(&format!("{}k{i}:\n", "  ".repeat(i + 1)));
    }
    let (rule, file, line, msg) = load_finding(&check("deep.yaml", deep.as_bytes(), "en"));
    assert_eq!(rule, "GEN-002");
    assert_eq!(file, "assessments/deep.yaml");
    assert!(line > 30, "points at the too-deep level, line {line}");
    assert!(msg.contains("nesting-depth limit of 32 levels"), "{msg}");
    let flow = format!("id: deep\nx: {}{}\n", "[".repeat(100), "]".repeat(100));
    let (_, _, _, msg) = load_finding(&check("deep.yaml", flow.as_bytes(), "en"));
    assert!(msg.contains("nesting-depth limit of 32 levels"), "{msg}");
}

#[test]
fn alias_expansion_limit() {
    // "Billion laughs": 10 levels of ten aliases each.
    let mut bomb = String::from("id: bomb\na: &a [x, x, x, x, x, x, x, x, x, x]\n");
    for i in 0..10 {
        let prev = if i == 0 {
            "a".into()
        } else {
            format!("b{}", i - 1)
        };
        let refs = vec![format!("*{prev}"); 10].join(", ");
        bomb.push_str(&format!("b{i}: &b{i} [{refs}]\n"));
    }
    let (rule, file, line, msg) = load_finding(&check("bomb.yaml", bomb.as_bytes(), "en"));
    assert_eq!(rule, "GEN-002");
    assert_eq!(file, "assessments/bomb.yaml");
    assert!(line >= 3, "{line}");
    assert!(msg.contains("more than 100000 nodes"), "{msg}");
    assert!(msg.contains("alias-expansion limit"), "{msg}");
    let (_, _, _, da) = load_finding(&check("bomb.yaml", bomb.as_bytes(), "da"));
    assert!(da.contains("grænsen for aliasudfoldelse"), "{da}");
}

#[test]
fn text_length_limit() {
    let long = format!("id: long\npurpose: \"{}\"\n", "æ".repeat(200 * 1024));
    let (rule, file, line, msg) = load_finding(&check("long.yaml", long.as_bytes(), "en"));
    assert_eq!(rule, "GEN-002");
    assert_eq!(file, "assessments/long.yaml");
    assert_eq!(line, 2);
    assert!(
        msg.contains("text-length limit of 262144 bytes (256 KiB) per field"),
        "{msg}"
    );
    assert!(
        msg.contains(&format!("a text is {} bytes", 400 * 1024)),
        "{msg}"
    );
}
