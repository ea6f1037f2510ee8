//! Generates a register of realistic assessments for benchmarks and load tests.
//!
//!   cargo run --release --example gen_corpus -- DIR [COUNT] [--seed N] [--schema-version 1|2]
//!
//! Writes `DIR/dataetik.yaml` and `DIR/assessments/<id>.yaml` (COUNT files, default 10,000).
//! Deterministic: the same COUNT, seed and version give byte-identical files.
//!
//! `--schema-version 1` writes version 1 files (the version-2 fields of the examples left out,
//! no `selection`), as registers were before version 2; the default is version 2. The migrate
//! property test (`crates/dataetik-core/tests/core/migrate.rs`) includes this file to generate
//! a version 1 corpus in memory ([`Corpus`]).
//!
//! Each assessment starts from one of the repository's example assessments, and every Danish text
//! field is taken from the same field of a randomly chosen example, so the prose is real policy
//! prose in varied combinations. Phase, automation kind, data flags, dates, number of citizens,
//! bias tests and suppliers vary; early-phase projects leave the later fields out, as real ones do.
//! About a third of the files carry a realistic mistake (a missing consideration, a typo in a key,
//! a bad date, an overdue review, a CPR number pasted into a text), so the checker has findings
//! to report. About 10,000 files come to roughly 57 MB.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use dataetik_core::load::{self, Entry, Limits, Node, Scalar, Span, Value};

const EXAMPLES: &[&str] = &[
    include_str!("../assessments/bif-2023-profilering-ledige.yaml"),
    include_str!("../assessments/bif-2025-kontrol-kontanthjaelp.yaml"),
    include_str!("../assessments/bkf-2024-automatisk-friplads.yaml"),
    include_str!("../assessments/bkf-2024-tidlig-opsporing.yaml"),
    include_str!("../assessments/bkf-2026-fravaer-skoler.yaml"),
    include_str!("../assessments/bmf-2023-energiforbrug.yaml"),
    include_str!("../assessments/bmf-2024-trafikdashboard.yaml"),
    include_str!("../assessments/oepf-2025-sygefravaer.yaml"),
    include_str!("../assessments/oepf-2026-chatbot.yaml"),
    include_str!("../assessments/ssf-2025-ruteplanlaegning-hjemmepleje.yaml"),
    include_str!("../assessments/ssf-2026-faldrisiko.yaml"),
];

const DEPARTMENTS: &[(&str, &str)] = &[
    ("bkf", "Børne- og Kulturforvaltningen"),
    ("bmf", "By- og Miljøforvaltningen"),
    ("bif", "Beskæftigelses- og Integrationsforvaltningen"),
    ("ssf", "Social- og Sundhedsforvaltningen"),
    ("oepf", "Økonomi- og Personaleforvaltningen"),
];

const AREAS: &[&str] = &[
    "Bagsværd",
    "Buddinge",
    "Gladsaxe",
    "Mørkhøj",
    "Søborg",
    "Værebro",
    "hele kommunen",
    "Familieafdelingen",
    "Jobcentret",
    "hjemmeplejen",
    "skoleområdet",
    "dagtilbud",
];

const PHASES: &[(&str, u32)] = &[
    ("idea", 10),
    ("analysis", 15),
    ("build", 20),
    ("operation", 35),
    ("completed", 15),
    ("stopped", 5),
];

const KINDS: &[(&str, u32)] = &[
    ("statistics", 25),
    ("analysis", 35),
    ("decision_support", 30),
    ("automated_decision", 10),
];

/// Version 2 adds `selection` (systems that pick people for control or outreach).
const KINDS_V2: &[(&str, u32)] = &[
    ("statistics", 25),
    ("analysis", 30),
    ("selection", 10),
    ("decision_support", 25),
    ("automated_decision", 10),
];

/// Share of long texts cut to their first lines (tunes the average file to about 5.7 KB).
const SHORTEN_PERCENT: u64 = 70;

fn weighted(rng: &mut Rng, xs: &[(&'static str, u32)]) -> &'static str {
    let total: u32 = xs.iter().map(|p| p.1).sum();
    let mut r = rng.below(total as usize) as u32;
    for (x, w) in xs {
        if r < *w {
            return x;
        }
        r -= w;
    }
    xs[0].0
}

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        // splitmix64: small, fast and good enough for test data.
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
    fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[self.below(xs.len())]
    }
}

fn scalar(text: impl Into<String>, plain: bool) -> Node {
    Node {
        span: Span::START,
        value: Value::Scalar(Scalar {
            text: text.into(),
            plain,
        }),
    }
}

fn map_mut<'a>(node: &'a mut Node, key: &str) -> &'a mut Node {
    if !matches!(node.value, Value::Map(_)) {
        node.value = Value::Map(Vec::new());
    }
    let Value::Map(entries) = &mut node.value else {
        unreachable!()
    };
    if let Some(i) = entries.iter().position(|e| e.key == key) {
        return &mut entries[i].value;
    }
    entries.push(Entry {
        key: key.to_string(),
        key_span: Span::START,
        value: Node {
            span: Span::START,
            value: Value::Map(Vec::new()),
        },
    });
    &mut entries.last_mut().unwrap().value
}

fn set(tree: &mut Node, path: &str, value: Node) {
    let mut node = tree;
    for part in path.split('.') {
        node = map_mut(node, part);
    }
    *node = value;
}

fn remove(tree: &mut Node, path: &str) {
    let (parent, last) = match path.rsplit_once('.') {
        Some((p, l)) => (Some(p), l),
        None => (None, path),
    };
    let node = match parent {
        Some(p) => match get_mut(tree, p) {
            Some(n) => n,
            None => return,
        },
        None => tree,
    };
    if let Value::Map(entries) = &mut node.value {
        entries.retain(|e| e.key != last);
    }
}

fn get_mut<'a>(tree: &'a mut Node, path: &str) -> Option<&'a mut Node> {
    let mut node = tree;
    for part in path.split('.') {
        let Value::Map(entries) = &mut node.value else {
            return None;
        };
        node = &mut entries.iter_mut().find(|e| e.key == part)?.value;
    }
    Some(node)
}

/// Every text field of the examples, by dotted path (list items share `[]`).
fn collect_texts(node: &Node, path: &str, out: &mut BTreeMap<String, Vec<Node>>) {
    match &node.value {
        Value::Scalar(s) => {
            if !s.plain || s.text.contains(' ') {
                out.entry(path.to_string()).or_default().push(node.clone());
            }
        }
        Value::Seq(items) => {
            let p = format!("{path}[]");
            for it in items {
                collect_texts(it, &p, out);
            }
            out.entry(format!("{path}#list"))
                .or_default()
                .push(node.clone());
        }
        Value::Map(entries) => {
            for e in entries {
                let p = if path.is_empty() {
                    e.key.clone()
                } else {
                    format!("{path}.{}", e.key)
                };
                collect_texts(&e.value, &p, out);
            }
        }
    }
}

/// Replaces text fields with the same field from another example.
fn mix(node: &mut Node, path: &str, pool: &BTreeMap<String, Vec<Node>>, rng: &mut Rng) {
    match &mut node.value {
        Value::Scalar(s) => {
            if (!s.plain || s.text.contains(' ')) && rng.chance(70) {
                if let Some(choices) = pool.get(path) {
                    *node = rng.pick(choices).clone();
                }
            }
            // Shorter texts, as many real assessments have: keep the first lines.
            if let Value::Scalar(s) = &mut node.value {
                if s.text.len() > 200 && rng.chance(SHORTEN_PERCENT) {
                    let keep: Vec<&str> = s.text.lines().take(1).collect();
                    s.text = keep.join("\n") + "\n";
                }
            }
        }
        Value::Seq(items) => {
            let p = format!("{path}[]");
            for it in items {
                mix(it, &p, pool, rng);
            }
        }
        Value::Map(entries) => {
            for e in entries {
                let p = if path.is_empty() {
                    e.key.clone()
                } else {
                    format!("{path}.{}", e.key)
                };
                mix(&mut e.value, &p, pool, rng);
            }
        }
    }
}

fn date(y: i32, m: u32, d: u32) -> String {
    format!("{y:04}-{m:02}-{d:02}")
}

fn rand_date(rng: &mut Rng, from_year: i32, to_year: i32) -> (i32, u32, u32) {
    let y = from_year + rng.below((to_year - from_year + 1) as usize) as i32;
    (y, 1 + rng.below(12) as u32, 1 + rng.below(28) as u32)
}

fn plain_ok(s: &str) -> bool {
    !s.is_empty()
        && s.chars()
            .all(|c| c.is_alphanumeric() || matches!(c, ' ' | '-' | '_' | '.' | '/' | ','))
        && !s.starts_with(['-', ' '])
        && !s.ends_with(' ')
}

fn emit_scalar(s: &Scalar, indent: usize, out: &mut String) {
    if s.plain {
        out.push_str(&s.text);
        out.push('\n');
        return;
    }
    if s.text.contains('\n') && !s.text.starts_with([' ', '\n']) {
        let body = s.text.trim_end_matches('\n');
        let trailing = s.text.len() - body.len();
        out.push_str(match trailing {
            0 => "|-\n",
            1 => "|\n",
            _ => "|+\n",
        });
        let pad = " ".repeat(indent);
        for line in body.split('\n') {
            if line.trim().is_empty() {
                out.push('\n');
            } else {
                let _ = writeln!(out, "{pad}{line}");
            }
        }
        for _ in 1..trailing {
            out.push('\n');
        }
        return;
    }
    if plain_ok(&s.text) && !s.text.contains(": ") && !s.text.contains(" #") {
        // Quoted because it was quoted; keep quoting texts that would change type.
        let _ = writeln!(out, "\"{}\"", s.text);
        return;
    }
    out.push_str(&serde_json::to_string(&s.text).unwrap());
    out.push('\n');
}

fn emit(node: &Node, indent: usize, out: &mut String) {
    let pad = " ".repeat(indent);
    match &node.value {
        Value::Map(entries) => {
            for e in entries {
                let _ = write!(out, "{pad}{}:", e.key);
                emit_value(&e.value, indent, out);
            }
        }
        _ => emit_value(node, indent, out),
    }
}

fn emit_value(node: &Node, indent: usize, out: &mut String) {
    let pad = " ".repeat(indent);
    match &node.value {
        Value::Scalar(s) => {
            if s.plain && s.text.is_empty() {
                out.push('\n');
            } else {
                out.push(' ');
                emit_scalar(s, indent + 2, out);
            }
        }
        Value::Map(entries) if entries.is_empty() => out.push_str(" {}\n"),
        Value::Seq(items) if items.is_empty() => out.push_str(" []\n"),
        Value::Map(_) => {
            out.push('\n');
            emit(node, indent + 2, out);
        }
        Value::Seq(items) => {
            let simple = items.iter().all(|i| {
                i.scalar()
                    .is_some_and(|s| plain_ok(&s.text) && !s.text.contains(','))
            });
            if simple {
                let texts: Vec<&str> = items
                    .iter()
                    .map(|i| i.scalar().unwrap().text.as_str())
                    .collect();
                let _ = writeln!(out, " [{}]", texts.join(", "));
                return;
            }
            out.push('\n');
            for it in items {
                match &it.value {
                    Value::Map(entries) if !entries.is_empty() => {
                        let mut first = String::new();
                        emit(it, indent + 4, &mut first);
                        // `- key: value` for the first line of a mapping item.
                        let _ = write!(out, "{pad}  - {}", &first[indent + 4..]);
                    }
                    _ => {
                        let _ = write!(out, "{pad}  -");
                        emit_value(it, indent + 2, out);
                    }
                }
            }
        }
    }
}

fn slug(title: &str) -> String {
    let mut s = String::new();
    for c in title.to_lowercase().chars() {
        let c = match c {
            'æ' => "ae".to_string(),
            'ø' => "oe".to_string(),
            'å' => "aa".to_string(),
            c if c.is_ascii_alphanumeric() => c.to_string(),
            _ => "-".to_string(),
        };
        s.push_str(&c);
    }
    let parts: Vec<&str> = s.split('-').filter(|p| !p.is_empty()).take(4).collect();
    parts.join("-")
}

/// Removes the fields only version 2 has (`[]`: from every list item).
fn remove_v2_only(tree: &mut Node) {
    for field in dataetik_core::version::V2_ONLY_FIELDS {
        match field.split_once("[].") {
            None => remove(tree, field),
            Some((list, rest)) => {
                if let Some(Node {
                    value: Value::Seq(items),
                    ..
                }) = get_mut(tree, list)
                {
                    for item in items {
                        remove(item, rest);
                    }
                }
            }
        }
    }
}

/// The generator: the example assessments, their texts by field, and the random state.
pub struct Corpus {
    base: Vec<Node>,
    pool: BTreeMap<String, Vec<Node>>,
    rng: Rng,
    version: u32,
}

impl Corpus {
    /// A generator of version `version` (1 or 2) files from `seed`.
    pub fn new(seed: u64, version: u32) -> Corpus {
        let limits = Limits::default();
        let base: Vec<Node> = EXAMPLES
            .iter()
            .map(|s| load::parse(s, &limits).expect("example assessments parse"))
            .collect();
        let mut pool = BTreeMap::new();
        for b in &base {
            collect_texts(b, "", &mut pool);
        }
        Corpus {
            base,
            pool,
            rng: Rng(seed),
            version,
        }
    }

    /// The `i`th file: its id and text. Call with i = 0, 1, 2, ... in order.
    pub fn file(&mut self, i: usize) -> (String, String) {
        generate(i, &self.base, &self.pool, &mut self.rng, self.version)
    }
}

/// The register config written next to the corpus.
pub const CONFIG: &str = "# Genereret af examples/gen_corpus.rs til benchmarks.\norganisation: Gladsaxe Kommune\nlanguage: da\npolicy: builtin:gladsaxe\nassessments: assessments\nreport:\n  committee: Økonomiudvalget\n";

fn generate(
    i: usize,
    base: &[Node],
    pool: &BTreeMap<String, Vec<Node>>,
    rng: &mut Rng,
    version: u32,
) -> (String, String) {
    let mut tree = rng.pick(base).clone();
    mix(&mut tree, "", pool, rng);
    set(
        &mut tree,
        "schema_version",
        scalar(version.to_string(), true),
    );
    if version < 2 {
        remove_v2_only(&mut tree);
    }

    let (prefix, department) = *rng.pick(DEPARTMENTS);
    let title_base = rng
        .pick(&pool["title"])
        .scalar()
        .map(|s| s.text.clone())
        .unwrap_or_default();
    let area = rng.pick(AREAS);
    let title = format!("{title_base} i {area}");
    let phase = weighted(rng, PHASES);
    let (sy, sm, sd) = rand_date(rng, 2020, 2026);
    let id = format!("{prefix}-{sy}-{}-{i:05}", slug(&title_base));

    set(&mut tree, "id", scalar(&id, true));
    set(&mut tree, "title", scalar(&title, true));
    set(&mut tree, "owner.department", scalar(department, true));
    set(&mut tree, "lifecycle.phase", scalar(phase, true));
    set(
        &mut tree,
        "lifecycle.started",
        scalar(date(sy, sm, sd), true),
    );
    remove(&mut tree, "lifecycle.ended");
    remove(&mut tree, "lifecycle.next_review");
    remove(&mut tree, "lifecycle.outcome");
    match phase {
        "completed" | "stopped" => {
            let ey = (sy + 1 + rng.below(3) as i32).min(2026);
            set(
                &mut tree,
                "lifecycle.ended",
                scalar(date(ey, 1 + rng.below(12) as u32, 15), true),
            );
            if let Some(o) = pool.get("lifecycle.outcome") {
                set(&mut tree, "lifecycle.outcome", rng.pick(o).clone());
            }
        }
        "build" | "operation" => {
            set(
                &mut tree,
                "lifecycle.next_review",
                scalar(
                    date(2026 + rng.below(2) as i32, 1 + rng.below(12) as u32, 1),
                    true,
                ),
            );
        }
        _ => {}
    }
    let kind = weighted(rng, if version < 2 { KINDS } else { KINDS_V2 });
    set(&mut tree, "automation.kind", scalar(kind, true));
    let ml = kind != "statistics" && rng.chance(40);
    set(
        &mut tree,
        "automation.machine_learning",
        scalar(ml.to_string(), true),
    );
    let personal = rng.chance(80);
    set(
        &mut tree,
        "data.personal_data",
        scalar(personal.to_string(), true),
    );
    for flag in ["sensitive_data", "combines_sources", "profiling", "cpr"] {
        let v = personal && rng.chance(45);
        set(
            &mut tree,
            &format!("data.{flag}"),
            scalar(v.to_string(), true),
        );
    }
    let citizens = [0u64, 40, 300, 1_200, 4_000, 12_000, 35_000, 70_000, 120_000][rng.below(9)];
    let citizens = citizens + rng.below(1000) as u64 * (citizens / 1000);
    set(
        &mut tree,
        "citizens_affected",
        scalar(citizens.to_string(), true),
    );

    // Early phases leave out what is only known later.
    if matches!(phase, "idea" | "analysis") {
        if let Some(eq) = get_mut(&mut tree, "principles.equality") {
            if let Value::Map(entries) = &mut eq.value {
                entries.retain(|e| e.key != "bias_tests" && e.key != "diverse_review");
            }
        }
        remove(&mut tree, "principles.accountability.approval");
        remove(&mut tree, "principles.accountability.monitoring");
        remove(&mut tree, "principles.accountability.rollback");
        remove(&mut tree, "waivers");
        if phase == "idea" {
            remove(&mut tree, "suppliers");
            remove(&mut tree, "principles.transparency.publication");
            remove(&mut tree, "principles.integrity.professional_value");
        }
    }
    if !ml {
        remove(&mut tree, "ai_act");
    }
    if rng.chance(40) {
        remove(&mut tree, "suppliers");
    }

    // A realistic share of mistakes.
    if rng.chance(33) {
        match rng.below(8) {
            0 => remove(&mut tree, "principles.dignity.proportionality"),
            1 => remove(&mut tree, "principles.transparency.citizen_information"),
            2 => {
                if let Some(Node {
                    value: Value::Map(entries),
                    ..
                }) = get_mut(&mut tree, "principles")
                {
                    if let Some(e) = entries.iter_mut().find(|e| e.key == "transparency") {
                        e.key = "transparancy".into();
                    }
                }
            }
            3 => set(
                &mut tree,
                "lifecycle.started",
                scalar(date(sy, 2, 30), true),
            ),
            4 => {
                if matches!(phase, "build" | "operation") {
                    set(
                        &mut tree,
                        "lifecycle.next_review",
                        scalar(date(2024, 3, 1), true),
                    );
                } else {
                    remove(&mut tree, "purpose");
                }
            }
            5 => {
                let t = format!(
                    "Eksempel fra en sag: borgeren med CPR-nummer {:02}{:02}{:02}-{:04} blev kontaktet.\n",
                    1 + rng.below(28),
                    1 + rng.below(12),
                    rng.below(100),
                    rng.below(10000)
                );
                set(
                    &mut tree,
                    "principles.dignity.self_determination",
                    scalar(t, false),
                );
            }
            6 => set(
                &mut tree,
                "automation.kind",
                scalar("decision-support", true),
            ),
            _ => remove(&mut tree, "legal_basis"),
        }
    }

    let mut out =
        String::from("# yaml-language-server: $schema=../schema/assessment.schema.json\n");
    emit(&tree, 0, &mut out);
    (id, out)
}

#[allow(dead_code)] // the migrate test includes this file for `Corpus` only
fn main() {
    let mut args = std::env::args().skip(1);
    let mut dir: Option<PathBuf> = None;
    let mut count = 10_000usize;
    let mut seed = 2026u64;
    let mut version = 2u32;
    while let Some(a) = args.next() {
        match a.as_str() {
            "--seed" => seed = args.next().and_then(|s| s.parse().ok()).expect("--seed N"),
            "--schema-version" => {
                version = args
                    .next()
                    .and_then(|s| s.parse().ok())
                    .filter(|v| *v == 1 || *v == 2)
                    .expect("--schema-version 1|2");
            }
            _ if dir.is_none() => dir = Some(PathBuf::from(a)),
            _ => count = a.parse().expect("COUNT is a number"),
        }
    }
    let dir = dir.expect("usage: gen_corpus DIR [COUNT] [--seed N] [--schema-version 1|2]");
    let mut corpus = Corpus::new(seed, version);
    let adir = dir.join("assessments");
    std::fs::create_dir_all(&adir).expect("create DIR/assessments");
    write(&dir.join("dataetik.yaml"), CONFIG);
    let mut total = 0usize;
    for i in 0..count {
        let (id, text) = corpus.file(i);
        total += text.len();
        write(&adir.join(format!("{id}.yaml")), &text);
    }
    eprintln!(
        "wrote {count} version {version} assessments, {:.1} MB ({:.1} KB each on average), to {}",
        total as f64 / 1e6,
        total as f64 / count.max(1) as f64 / 1e3,
        adir.display()
    );
}

#[allow(dead_code)]
fn write(path: &Path, text: &str) {
    std::fs::write(path, text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
}
