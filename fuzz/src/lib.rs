//! Shared code of the fuzz targets: the check entry point with its invariants, the migrate
//! invariants, the seed assessments, and structured mutations of a valid assessment.
//!
//! Used by the cargo-fuzz (libFuzzer) targets in `fuzz_targets/` and by the stable runner
//! `examples/fuzz_check.rs`, which works without a nightly toolchain.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use arbitrary::Arbitrary;
use dataetik_core::check::{check_bytes, CheckOptions, CheckResult};
use dataetik_core::i18n::Lang;
use dataetik_core::load::{self, Limits, Node, Value as YamlValue};
use dataetik_core::migrate::{migrate, NotMigrated};
use dataetik_core::model::Date;
use dataetik_core::register::{Config, Register};

/// The example assessments of the repository, used as seeds for both fuzzers.
pub const SEEDS: &[(&str, &str)] = &[
    (
        "bif-2023-profilering-ledige",
        include_str!("../../assessments/bif-2023-profilering-ledige.yaml"),
    ),
    (
        "bif-2025-kontrol-kontanthjaelp",
        include_str!("../../assessments/bif-2025-kontrol-kontanthjaelp.yaml"),
    ),
    (
        "bkf-2024-automatisk-friplads",
        include_str!("../../assessments/bkf-2024-automatisk-friplads.yaml"),
    ),
    (
        "bkf-2024-tidlig-opsporing",
        include_str!("../../assessments/bkf-2024-tidlig-opsporing.yaml"),
    ),
    (
        "bkf-2026-fravaer-skoler",
        include_str!("../../assessments/bkf-2026-fravaer-skoler.yaml"),
    ),
    (
        "bmf-2023-energiforbrug",
        include_str!("../../assessments/bmf-2023-energiforbrug.yaml"),
    ),
    (
        "bmf-2024-trafikdashboard",
        include_str!("../../assessments/bmf-2024-trafikdashboard.yaml"),
    ),
    (
        "oepf-2025-sygefravaer",
        include_str!("../../assessments/oepf-2025-sygefravaer.yaml"),
    ),
    (
        "oepf-2026-chatbot",
        include_str!("../../assessments/oepf-2026-chatbot.yaml"),
    ),
    (
        "ssf-2025-ruteplanlaegning-hjemmepleje",
        include_str!("../../assessments/ssf-2025-ruteplanlaegning-hjemmepleje.yaml"),
    ),
    (
        "ssf-2026-faldrisiko",
        include_str!("../../assessments/ssf-2026-faldrisiko.yaml"),
    ),
];

/// Tokens that YAML parsers and the checker treat specially; mutations insert them.
pub const DICTIONARY: &[&str] = &[
    ": ",
    "- ",
    "-",
    ":",
    "&a ",
    "*a",
    "&b ",
    "*b",
    "!!str ",
    "!tag ",
    "!!binary ",
    "---\n",
    "...\n",
    "[",
    "]",
    "{",
    "}",
    ", ",
    "\t",
    "\"",
    "'",
    "|\n",
    ">\n",
    "|-\n",
    "|+\n",
    "# ",
    "\n",
    "\r\n",
    "\u{feff}",
    "\\",
    "\\u0000",
    "\\x",
    "%YAML 1.2\n",
    "%TAG ! tag:x:\n",
    "? ",
    "<<: *a\n",
    "~",
    "null",
    "true",
    "false",
    ".inf",
    "-.inf",
    ".nan",
    "1e309",
    "-0",
    "0x1F",
    "0o7",
    "99999999999999999999999",
    "2025-02-30",
    "2025-13-01",
    "0000-00-00",
    "9999-12-31",
    "010190-1234",
    "0101901234",
    "../",
    "../../etc/passwd",
    "/etc/passwd",
    "evidence/",
    "æøåÆØÅ",
    "\u{2028}",
    "\u{200b}",
    "😀",
    "schema_version: 1\n",
    "id: x\n",
    "phase: operation\n",
    "kind: automated_decision\n",
    "passed: false\n",
    "evidence: ../x.json\n",
    "waivers:\n  - rule: EQU-003\n",
    "rule: XXX-999\n",
    "expires: 2030-01-01\n",
    // Version 2.
    "schema_version: 2\n",
    "schema_version: 01\n",
    "schema_version: +1\n",
    "schema_version: \"1\"\n",
    "kind: selection\n",
    "started: 2016\n",
    "started: 2016-03\n",
    "ended: 2016-13\n",
    "data_fate: deleted\n",
    "data_fate_date: 2023\n",
    "subjects: [children, employees]\n",
    "inputs:\n  - name: herkomst\n    protected: etnicity\n",
    "protected: ethnicity\n",
    "impact: {effect: investigation, reversibility: irreversible}\n",
    "risks:\n  - likelihood: high\n",
    "risks: [{risk: ''}]\n",
    "level: borgmester\n",
    "kind: research\n",
    "links: {public_page: x}\n",
    "debate: nee\n",
    "Nee.",
    "n/a",
];

/// The date every fuzz run judges against, so runs are reproducible.
pub const AS_OF: &str = "2026-06-01";

/// The register every fuzz input is checked in (built-in policy).
pub fn register() -> &'static Register {
    static REG: OnceLock<Register> = OnceLock::new();
    REG.get_or_init(|| {
        // A throwaway register root: evidence paths in fuzzed input resolve inside it.
        let root = std::env::temp_dir().join(format!("dataetik-fuzz-{}", std::process::id()));
        let _ = std::fs::create_dir_all(root.join("assessments/evidence"));
        let _ = std::fs::write(
            root.join("assessments/evidence/x.json"),
            br#"{"metrics":{"disparate_impact_ratio":0.91},"passed":true}"#,
        );
        Register::with_config(root, None, Config::default()).expect("built-in policy loads")
    })
}

/// Checks `bytes` as the assessment `assessments/<stem>.yaml` and renders every output format
/// that exists for it, asserting invariants a user relies on:
/// every finding has a rule, a message and a position inside the file.
pub fn check(bytes: &[u8], stem: &str, lang: Lang) -> CheckResult {
    let reg = register();
    let opts = CheckOptions {
        as_of: Date::parse(AS_OF).unwrap(),
        limits: Default::default(),
    };
    let path: PathBuf = reg.root.join("assessments").join(format!("{stem}.yaml"));
    let file = format!("assessments/{stem}.yaml");
    let fr = check_bytes(reg, &path, &file, bytes, &opts);
    let cat = lang.catalogue();
    let messages: Vec<String> = fr
        .findings
        .iter()
        .map(|f| cat.finding_message(reg.policy(), f))
        .collect();
    let lines = bytes.iter().filter(|&&b| b == b'\n').count() + 1;
    for (f, message) in fr.findings.iter().zip(&messages) {
        assert!(!f.rule.is_empty(), "finding without a rule");
        assert!(
            !message.is_empty(),
            "finding {} without a message",
            f.rule
        );
        assert!(
            f.line >= 1 && f.column >= 1,
            "finding {} at line 0 or column 0",
            f.rule
        );
        assert!(
            (f.line as usize) <= lines,
            "finding {} at line {} of a {lines}-line file",
            f.rule,
            f.line
        );
    }
    let mut seen = std::collections::HashSet::new();
    for (f, message) in fr.findings.iter().zip(&messages) {
        assert!(
            seen.insert((&f.rule, f.line, f.column, message)),
            "finding {} repeated at line {}",
            f.rule,
            f.line
        );
    }
    let result = CheckResult {
        files: vec![fr],
        register_findings: Vec::new(),
    };
    let _ = dataetik_core::output::json::render(&result, reg.policy(), cat);
    let _ = dataetik_core::output::human::render(&result, reg.policy(), cat, Default::default());
    let _ = dataetik_core::output::github::render(&result, reg.policy(), cat);
    migrate_invariants(bytes);
    result
}

/// `dataetik migrate` on `bytes`: a migrated file differs from the input only in the value of
/// `schema_version` (now `2`), reads as the same tree, and migrating it again changes nothing.
pub fn migrate_invariants(bytes: &[u8]) {
    let reg = register();
    let limits = Limits::default();
    let Ok(m) = migrate(bytes, reg.policy(), &limits) else {
        return;
    };
    let original = std::str::from_utf8(bytes).expect("a migrated input is UTF-8");
    let new = m.text.as_str();
    let prefix = original
        .bytes()
        .zip(new.bytes())
        .take_while(|(a, b)| a == b)
        .count();
    let suffix = original[prefix..]
        .bytes()
        .rev()
        .zip(new[prefix..].bytes().rev())
        .take_while(|(a, b)| a == b)
        .count();
    assert_eq!(
        &new[prefix..new.len() - suffix],
        "2",
        "migrate changed more than the version"
    );
    let old_part = &original[prefix..original.len() - suffix];
    assert!(
        matches!(old_part.trim_start_matches(['+', '0']), "1" | ""),
        "migrate replaced {old_part:?}"
    );
    let parse = |b: &[u8]| load::parse(load::decode(b, &limits).expect("decodes"), &limits);
    let before = parse(bytes).expect("the original parses");
    let after = parse(new.as_bytes()).expect("the migrated file parses");
    assert!(
        same_content(&before, &after, true),
        "the migrated file reads differently"
    );
    assert_eq!(
        migrate(new.as_bytes(), reg.policy(), &limits).unwrap_err(),
        NotMigrated::AlreadyVersion2
    );
}

/// Equal trees, positions aside, where the top-level `schema_version` is `2` in `b`.
fn same_content(a: &Node, b: &Node, top: bool) -> bool {
    match (&a.value, &b.value) {
        (YamlValue::Scalar(x), YamlValue::Scalar(y)) => x == y,
        (YamlValue::Seq(x), YamlValue::Seq(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(p, q)| same_content(p, q, false))
        }
        (YamlValue::Map(x), YamlValue::Map(y)) => {
            x.len() == y.len()
                && x.iter().zip(y).all(|(p, q)| {
                    p.key == q.key
                        && if top && p.key == "schema_version" {
                            q.value.scalar().is_some_and(|s| s.text == "2")
                        } else {
                            same_content(&p.value, &q.value, false)
                        }
                })
        }
        _ => false,
    }
}

/// Raw bytes as an assessment file (both languages).
pub fn check_raw(bytes: &[u8]) {
    let lang = if bytes.first().is_some_and(|b| b & 1 == 1) {
        Lang::En
    } else {
        Lang::Da
    };
    check(bytes, "fuzz", lang);
}

/// One edit of a valid assessment, chosen by the fuzzer.
#[derive(Debug, Clone, Arbitrary)]
pub enum Mutation {
    /// Delete a line.
    DeleteLine(u16),
    /// Duplicate a line (duplicate keys, repeated list items).
    DuplicateLine(u16),
    /// Swap two lines.
    SwapLines(u16, u16),
    /// Change a line's indentation by -4..=+4 spaces.
    Reindent(u16, i8),
    /// Replace the value after `key:` on a line with a dictionary token or fuzzer text.
    ReplaceValue(u16, Value),
    /// Insert text at a character position of a line.
    Insert(u16, u16, Value),
    /// Rename the key on a line (unknown keys, typos).
    RenameKey(u16, Value),
    /// Repeat a line many times (size and node limits).
    Repeat(u16, u16),
    /// Wrap the whole document in deeper and deeper nesting.
    Nest(u8),
    /// Anchor a line's value and alias it repeatedly (alias expansion).
    AliasBomb(u16, u8),
}

/// Text a mutation writes.
#[derive(Debug, Clone, Arbitrary)]
pub enum Value {
    /// A token from [`DICTIONARY`].
    Token(u8),
    /// Text chosen by the fuzzer.
    Text(String),
    /// A long text of one repeated character.
    Long(char, u32),
}

impl Value {
    fn render(&self) -> String {
        match self {
            Value::Token(i) => DICTIONARY[*i as usize % DICTIONARY.len()].to_string(),
            Value::Text(s) => s.clone(),
            Value::Long(c, n) => std::iter::repeat_n(*c, (*n % 400_000) as usize).collect(),
        }
    }
}

/// A valid assessment and the edits to make to it.
#[derive(Debug, Clone, Arbitrary)]
pub struct Structured {
    /// Which seed assessment.
    pub seed: u8,
    /// Judge in English instead of Danish.
    pub english: bool,
    /// Turn the (version 2) seed into a version 1 file: its version-2 fields become GEN-002, and
    /// `migrate` has something to do.
    pub version_1: bool,
    /// The edits, applied in order.
    pub mutations: Vec<Mutation>,
}

impl Structured {
    /// The seed's file stem (so GEN-004 passes unless the id is mutated).
    pub fn stem(&self) -> &'static str {
        SEEDS[self.seed as usize % SEEDS.len()].0
    }

    /// The mutated file text.
    pub fn render(&self) -> String {
        let seed = SEEDS[self.seed as usize % SEEDS.len()].1;
        let seed = if self.version_1 {
            seed.replacen("schema_version: 2", "schema_version: 1", 1)
        } else {
            seed.to_string()
        };
        let mut lines: Vec<String> = seed.lines().map(str::to_string).collect();
        let mut size: usize = lines.iter().map(|l| l.len() + 1).sum();
        for m in self.mutations.iter().take(64) {
            if size > 4 << 20 {
                break;
            }
            apply(&mut lines, m);
            size = lines.iter().map(|l| l.len() + 1).sum();
        }
        let mut out = lines.join("\n");
        out.push('\n');
        out
    }
}

fn idx(lines: &[String], i: u16) -> Option<usize> {
    (!lines.is_empty()).then(|| i as usize % lines.len())
}

fn apply(lines: &mut Vec<String>, m: &Mutation) {
    match m {
        Mutation::DeleteLine(i) => {
            if let Some(i) = idx(lines, *i) {
                lines.remove(i);
            }
        }
        Mutation::DuplicateLine(i) => {
            if let Some(i) = idx(lines, *i) {
                let l = lines[i].clone();
                lines.insert(i, l);
            }
        }
        Mutation::SwapLines(a, b) => {
            if let (Some(a), Some(b)) = (idx(lines, *a), idx(lines, *b)) {
                lines.swap(a, b);
            }
        }
        Mutation::Reindent(i, d) => {
            if let Some(i) = idx(lines, *i) {
                let d = (*d % 5) as isize;
                let l = &mut lines[i];
                if d > 0 {
                    l.insert_str(0, &" ".repeat(d as usize));
                } else {
                    let strip = l.len() - l.trim_start_matches(' ').len();
                    l.drain(..strip.min((-d) as usize));
                }
            }
        }
        Mutation::ReplaceValue(i, v) => {
            if let Some(i) = idx(lines, *i) {
                let l = &mut lines[i];
                if let Some(p) = l.find(": ") {
                    l.truncate(p + 2);
                    l.push_str(&v.render());
                } else {
                    *l = v.render();
                }
            }
        }
        Mutation::Insert(i, at, v) => {
            if let Some(i) = idx(lines, *i) {
                let l = &mut lines[i];
                let n = l.chars().count();
                let at = if n == 0 { 0 } else { *at as usize % (n + 1) };
                let byte = l.char_indices().nth(at).map_or(l.len(), |(b, _)| b);
                l.insert_str(byte, &v.render());
            }
        }
        Mutation::RenameKey(i, v) => {
            if let Some(i) = idx(lines, *i) {
                let l = &mut lines[i];
                let start = l.len() - l.trim_start_matches([' ', '-']).len();
                if let Some(p) = l[start..].find(':') {
                    l.replace_range(start..start + p, &v.render());
                }
            }
        }
        Mutation::Repeat(i, n) => {
            if let Some(i) = idx(lines, *i) {
                let l = lines[i].clone();
                // At most about 4 MiB of repeats: past the file-size limit, not past memory.
                let n = ((*n as usize) % 20_000).min((4 << 20) / (l.len() + 1));
                lines.splice(i..i, std::iter::repeat_n(l, n));
            }
        }
        Mutation::Nest(depth) => {
            let depth = *depth as usize % 80;
            for (k, l) in lines.iter_mut().enumerate() {
                if k > 0 {
                    l.insert_str(0, &"  ".repeat(depth));
                }
            }
            for d in (0..depth).rev() {
                lines.insert(0, format!("{}n{d}:", "  ".repeat(d)));
            }
        }
        Mutation::AliasBomb(i, n) => {
            if let Some(i) = idx(lines, *i) {
                if let Some(p) = lines[i].find(": ") {
                    lines[i].insert_str(p + 2, "&bomb ");
                    let k = (*n as usize % 40) + 1;
                    let aliases = vec!["*bomb"; k].join(", ");
                    lines.push(format!("bomb_list: [{aliases}]"));
                }
            }
        }
    }
}

/// Checks a structured mutation of a seed assessment.
pub fn check_structured(s: &Structured) {
    let text = s.render();
    let lang = if s.english { Lang::En } else { Lang::Da };
    check(text.as_bytes(), s.stem(), lang);
}

/// Writes a reproducer: `dir/<prefix>-<hash>`; returns its path.
pub fn save_artifact(dir: &Path, prefix: &str, bytes: &[u8]) -> std::io::Result<PathBuf> {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    bytes.hash(&mut h);
    std::fs::create_dir_all(dir)?;
    let p = dir.join(format!("{prefix}-{:016x}", h.finish()));
    std::fs::write(&p, bytes)?;
    Ok(p)
}
