//! Every input under `tests/fuzz-regressions/` once made the fuzzer (docs/fuzzing.md) find a
//! problem, or is a hand-written hostile input of the same kind. Each is checked the way the fuzz
//! targets check: the loader and checker must not panic, every finding must name a rule and a
//! position inside the file, and every output renderer must cope.

use std::path::Path;

use dataetik_core::check::{check_bytes, CheckOptions, CheckResult};
use dataetik_core::i18n::Lang;
use dataetik_core::model::Date;
use dataetik_core::register::{Config, Register};

use crate::common::Words;

fn check_like_the_fuzzer(reg: &Register, name: &str, bytes: &[u8], lang: Lang) {
    let opts = CheckOptions {
        as_of: Date::parse("2026-06-01").unwrap(),
        limits: Default::default(),
    };
    let path = reg.root.join("assessments/fuzz.yaml");
    let fr = check_bytes(reg, &path, "assessments/fuzz.yaml", bytes, &opts);
    let lines = bytes.iter().filter(|&&b| b == b'\n').count() + 1;
    assert!(
        !fr.findings.is_empty() || fr.model.is_some(),
        "{name}: no result"
    );
    for f in &fr.findings {
        assert!(
            !f.rule.is_empty() && !f.message().is_empty(),
            "{name}: {f:?}"
        );
        assert!(f.line >= 1 && f.column >= 1, "{name}: {f:?}");
        assert!(
            f.line as usize <= lines,
            "{name}: line {} of {lines}: {f:?}",
            f.line
        );
    }
    let mut seen = std::collections::HashSet::new();
    for f in &fr.findings {
        assert!(
            seen.insert((f.rule.clone(), f.line, f.column, f.message())),
            "{name}: finding repeated: {f:?}"
        );
    }
    let result = CheckResult {
        files: vec![fr],
        register_findings: Vec::new(),
    };
    let cat = lang.catalogue();
    dataetik_core::output::json::render(&result, reg.policy(), cat);
    dataetik_core::output::human::render(&result, reg.policy(), cat, Default::default());
    dataetik_core::output::github::render(&result, reg.policy(), cat);
    for f in result.findings() {
        assert!(
            !cat.finding_message(reg.policy(), f).is_empty(),
            "{name}: {f:?}"
        );
    }
}

#[test]
fn fuzz_regressions() {
    let root = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(root.path().join("assessments/evidence")).unwrap();
    let reg = Register::with_config(root.path().to_path_buf(), None, Config::default()).unwrap();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz-regressions");
    let mut n = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let p = entry.unwrap().path();
        if p.extension().is_some_and(|e| e == "md") {
            continue;
        }
        let name = p.file_name().unwrap().to_string_lossy().to_string();
        let bytes = std::fs::read(&p).unwrap();
        for lang in [Lang::Da, Lang::En] {
            check_like_the_fuzzer(&reg, &name, &bytes, lang);
        }
        n += 1;
    }
    assert!(n > 0, "no regression inputs found in {}", dir.display());
}
