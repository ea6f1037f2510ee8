//! Where the time of `dataetik check` goes, phase by phase, on one thread.
//!
//!   cargo run --release --example profile_check -- REGISTER_DIR
//!
//! Reads every assessment into memory first, then times each phase over all files: UTF-8
//! decoding, the bare YAML event stream (yaml-rust2), building the span tree, deserialising the
//! typed model, the whole per-file check, and rendering the JSON output. Used for
//! docs/benchmarks.md; it is not a benchmark of the command itself (scripts/bench.sh is).

use std::path::PathBuf;
use std::time::Instant;

use dataetik_core::check::{check_bytes, CheckOptions, CheckResult};
use dataetik_core::load::{self, Limits};
use dataetik_core::model::{Assessment, Date};
use dataetik_core::register::Register;

// The same allocator as the `dataetik` binary.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let dir = PathBuf::from(
        std::env::args()
            .nth(1)
            .expect("usage: profile_check REGISTER_DIR"),
    );
    let t = Instant::now();
    let reg = Register::open_config(&dir.join("dataetik.yaml")).expect("register");
    let open = t.elapsed();
    let t = Instant::now();
    let files = dataetik_core::register::list_assessment_files(&reg.root, &[reg.assessments_dir()])
        .expect("list");
    let list = t.elapsed();

    let t = Instant::now();
    let contents: Vec<(PathBuf, Vec<u8>)> = files
        .iter()
        .map(|p| (p.clone(), std::fs::read(p).unwrap()))
        .collect();
    let read = t.elapsed();
    let bytes: usize = contents.iter().map(|c| c.1.len()).sum();
    println!(
        "{} files, {:.1} MB; one thread; times are totals over all files",
        contents.len(),
        bytes as f64 / 1e6
    );
    let row = |name: &str, d: std::time::Duration| {
        println!(
            "  {name:<34} {:>8.1} ms  {:>7.1} MB/s",
            d.as_secs_f64() * 1e3,
            bytes as f64 / 1e6 / d.as_secs_f64()
        );
    };
    println!(
        "  {:<34} {:>8.1} ms",
        "open register (parse the policy)",
        open.as_secs_f64() * 1e3
    );
    println!(
        "  {:<34} {:>8.1} ms",
        "list files",
        list.as_secs_f64() * 1e3
    );
    row("read files (page cache)", read);

    let limits = Limits::default();
    let t = Instant::now();
    for (_, b) in &contents {
        std::hint::black_box(load::decode(b, &limits).unwrap());
    }
    row("UTF-8 decode", t.elapsed());

    let t = Instant::now();
    let mut events = 0usize;
    for (_, b) in &contents {
        let s = load::decode(b, &limits).unwrap();
        let mut p = yaml_rust2::parser::Parser::new_from_str(s);
        while let Ok((ev, _)) = p.next_token() {
            events += 1;
            if matches!(ev, yaml_rust2::Event::StreamEnd) {
                break;
            }
        }
    }
    row("yaml-rust2 event stream only", t.elapsed());
    println!("  ({events} events)");

    let t = Instant::now();
    let trees: Vec<_> = contents
        .iter()
        .map(|(_, b)| load::parse(load::decode(b, &limits).unwrap(), &limits))
        .collect();
    row("decode + span tree (load::parse)", t.elapsed());

    let t = Instant::now();
    for tree in trees.iter().flatten() {
        let _ = std::hint::black_box(load::de::from_node::<Assessment>(tree));
    }
    row("typed model (de::from_node)", t.elapsed());
    drop(trees);

    let opts = CheckOptions {
        as_of: Date::parse("2026-06-01").unwrap(),
        limits,
    };
    let t = Instant::now();
    let results: Vec<_> = contents
        .iter()
        .map(|(p, b)| check_bytes(&reg, p, &p.to_string_lossy(), b, &opts))
        .collect();
    row("whole check_bytes", t.elapsed());
    let findings: usize = results.iter().map(|r| r.findings.len()).sum();
    println!("  ({findings} findings)");

    let result = CheckResult {
        files: results,
        register_findings: Vec::new(),
    };
    let t = Instant::now();
    let json = dataetik_core::output::json::render(
        &result,
        reg.policy(),
        dataetik_core::i18n::Lang::Da.catalogue(),
    );
    row("JSON output", t.elapsed());
    println!("  ({:.1} MB of JSON)", json.len() as f64 / 1e6);
}
