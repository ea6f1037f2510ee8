//! A fuzzer for the loader and checker that runs on a stable toolchain (cargo-fuzz needs nightly).
//!
//! It is not coverage-guided like libFuzzer; instead it keeps every input whose *findings* are new
//! (a different set of rules and message shapes) as a seed for further mutation, which steers it
//! into the loader's and the rules' different branches. Two kinds of input, alternating:
//!   raw:        havoc mutations of bytes (bit flips, YAML tokens, splices, deletions, repeats)
//!               of the example assessments and of the kept inputs;
//!   structured: `dataetik_fuzz::Structured` built with `arbitrary` from random bytes: line-level
//!               edits of a valid assessment (see `fuzz/src/lib.rs`).
//! A panic is caught, its input saved to `--artifacts` as `crash-<hash>`, and fuzzing goes on.
//! An input that takes longer than `--slow-ms` is saved as `slow-<hash>`; one that hangs for
//! `--hang-s` is saved as `hang-<hash>` and the run aborts.
//!
//!   cargo run --release --no-default-features --example fuzz_check -- --seconds 600
//!   cargo run --release --no-default-features --example fuzz_check -- --replay artifacts/stable/crash-*

use std::collections::HashSet;
use std::hash::{Hash, Hasher};
use std::panic::AssertUnwindSafe;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use arbitrary::{Arbitrary, Unstructured};
use dataetik_fuzz::{check_raw, save_artifact, Structured, DICTIONARY, SEEDS};

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        // xorshift64*
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
    fn bytes(&mut self, n: usize) -> Vec<u8> {
        (0..n).map(|_| self.next() as u8).collect()
    }
}

struct Args {
    seconds: u64,
    seed: u64,
    mode: String,
    artifacts: PathBuf,
    corpus: Option<PathBuf>,
    slow_ms: u128,
    hang_s: u64,
    replay: Vec<PathBuf>,
}

fn parse_args() -> Args {
    let mut a = Args {
        seconds: 60,
        seed: 0x5eed_da7a,
        mode: "both".into(),
        artifacts: PathBuf::from("artifacts/stable"),
        corpus: None,
        slow_ms: 1000,
        hang_s: 20,
        replay: Vec::new(),
    };
    let mut it = std::env::args().skip(1);
    while let Some(arg) = it.next() {
        let mut val = || it.next().unwrap_or_else(|| panic!("{arg} needs a value"));
        match arg.as_str() {
            "--seconds" => a.seconds = val().parse().expect("--seconds N"),
            "--seed" => a.seed = val().parse().expect("--seed N"),
            "--mode" => a.mode = val(),
            "--artifacts" => a.artifacts = val().into(),
            "--corpus" => a.corpus = Some(val().into()),
            "--slow-ms" => a.slow_ms = val().parse().expect("--slow-ms N"),
            "--hang-s" => a.hang_s = val().parse().expect("--hang-s N"),
            "--replay" => a.replay.extend(it.by_ref().map(PathBuf::from)),
            "-h" | "--help" => {
                eprintln!("fuzz_check [--seconds N] [--seed N] [--mode raw|structured|both] [--artifacts DIR] [--corpus DIR] [--slow-ms N] [--hang-s N] [--replay FILE...]");
                std::process::exit(0);
            }
            other => panic!("unknown argument {other}"),
        }
    }
    a
}

/// Checks one input and returns the shape of its findings.
type Runner = Box<dyn Fn(&[u8]) -> u64>;

fn hash(bytes: &[u8]) -> u64 {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    bytes.hash(&mut h);
    h.finish()
}

/// Havoc: 1..8 random edits of `input`.
fn mutate(rng: &mut Rng, input: &[u8], corpus: &[Vec<u8>]) -> Vec<u8> {
    let mut v = input.to_vec();
    let rounds = 1 + rng.below(8);
    for _ in 0..rounds {
        let len = v.len();
        match rng.below(11) {
            0 if len > 0 => {
                let i = rng.below(len);
                v[i] ^= 1 << rng.below(8);
            }
            1 if len > 0 => {
                let i = rng.below(len);
                v[i] = [0u8, 0x7f, 0x80, 0xff, b'\n', b'\t', b' ', b':', b'-', b'"'][rng.below(10)];
            }
            2 => {
                let tok = DICTIONARY[rng.below(DICTIONARY.len())].as_bytes();
                let i = rng.below(len + 1);
                v.splice(i..i, tok.iter().copied());
            }
            3 if len > 0 => {
                let i = rng.below(len);
                let n = 1 + rng.below((len - i).min(64));
                v.drain(i..i + n);
            }
            4 if len > 0 => {
                // Duplicate a chunk (repeated keys, list items).
                let i = rng.below(len);
                let n = 1 + rng.below((len - i).min(256));
                let chunk = v[i..i + n].to_vec();
                let at = rng.below(len + 1);
                v.splice(at..at, chunk);
            }
            5 if !corpus.is_empty() => {
                // Splice with another input.
                let other = &corpus[rng.below(corpus.len())];
                if !other.is_empty() {
                    let i = rng.below(other.len());
                    let n = 1 + rng.below((other.len() - i).min(512));
                    let at = rng.below(len + 1);
                    v.splice(at..at, other[i..i + n].iter().copied());
                }
            }
            6 => {
                let i = rng.below(len + 1);
                let n = 1 + rng.below(16);
                let r = rng.bytes(n);
                v.splice(i..i, r);
            }
            7 if len > 0 => {
                // Truncate.
                v.truncate(rng.below(len));
            }
            8 if len > 0 => {
                // Delete a whole line.
                let i = rng.below(len);
                let start = v[..i]
                    .iter()
                    .rposition(|&b| b == b'\n')
                    .map_or(0, |p| p + 1);
                let end = v[i..]
                    .iter()
                    .position(|&b| b == b'\n')
                    .map_or(len, |p| i + p + 1);
                v.drain(start..end);
            }
            9 if len > 0 => {
                // Change the indentation of a line.
                let i = rng.below(len);
                let start = v[..i]
                    .iter()
                    .rposition(|&b| b == b'\n')
                    .map_or(0, |p| p + 1);
                let n = rng.below(5);
                if rng.below(2) == 0 {
                    v.splice(start..start, std::iter::repeat_n(b' ', n));
                } else {
                    let spaces = v[start..].iter().take_while(|&&b| b == b' ').count();
                    v.drain(start..start + spaces.min(n));
                }
            }
            10 if len > 0 => {
                // Repeat a line many times (node and size limits).
                let i = rng.below(len);
                let start = v[..i]
                    .iter()
                    .rposition(|&b| b == b'\n')
                    .map_or(0, |p| p + 1);
                let end = v[i..]
                    .iter()
                    .position(|&b| b == b'\n')
                    .map_or(len, |p| i + p + 1);
                let line = v[start..end].to_vec();
                let n = (1 + rng.below(2000)).min((2 << 20) / (line.len() + 1));
                let rep: Vec<u8> = line.iter().copied().cycle().take(line.len() * n).collect();
                v.splice(end..end, rep);
            }
            _ => {}
        }
        if v.len() > 2 << 20 {
            v.truncate(2 << 20);
        }
    }
    v
}

/// What the checker said about an input, ignoring positions and values: new shapes are kept.
fn signature(result: &dataetik_core::check::CheckResult) -> u64 {
    let mut keys: Vec<String> = result
        .findings()
        .map(|f| {
            let message = dataetik_core::i18n::Lang::Da
                .catalogue()
                .finding_message(dataetik_fuzz::register().policy(), f);
            let shape: String = message
                .chars()
                .filter(|c| !c.is_ascii_digit())
                .take(48)
                .collect();
            format!("{}|{}|{}", f.rule, f.severity.key(), shape)
        })
        .collect();
    keys.sort();
    keys.dedup();
    hash(keys.join("\n").as_bytes())
}

thread_local! {
    static PANIC: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

fn main() {
    let args = parse_args();
    std::panic::set_hook(Box::new(|info| {
        let msg = format!("{info}");
        PANIC.with(|p| *p.borrow_mut() = Some(msg));
    }));

    if !args.replay.is_empty() {
        let mut failed = 0;
        for p in &args.replay {
            let bytes = std::fs::read(p).expect("read replay file");
            let r = std::panic::catch_unwind(|| check_raw(&bytes));
            match r {
                Ok(()) => println!("ok     {}", p.display()),
                Err(_) => {
                    failed += 1;
                    let msg = PANIC.with(|p| p.borrow_mut().take()).unwrap_or_default();
                    println!("PANIC  {}: {msg}", p.display());
                }
            }
        }
        std::process::exit(if failed > 0 { 1 } else { 0 });
    }

    // The example assessments as they are (version 2) and as version 1 files (so `migrate` and
    // the version-2-field check of version 1 files get inputs too).
    let mut corpus: Vec<Vec<u8>> = SEEDS
        .iter()
        .flat_map(|(_, s)| {
            [
                s.as_bytes().to_vec(),
                s.replacen("schema_version: 2", "schema_version: 1", 1)
                    .into_bytes(),
            ]
        })
        .collect();
    if let Some(dir) = &args.corpus {
        if let Ok(rd) = std::fs::read_dir(dir) {
            for e in rd.flatten() {
                if let Ok(b) = std::fs::read(e.path()) {
                    corpus.push(b);
                }
            }
        }
    }
    let mut rng = Rng(args.seed | 1);
    let mut seen: HashSet<u64> = HashSet::new();
    let mut crash_sites: HashSet<String> = HashSet::new();
    let (mut execs, mut raw_execs, mut structured_execs) = (0u64, 0u64, 0u64);
    let (mut crashes, mut slow) = (0u64, 0u64);
    let mut max_ms = 0u128;
    let mut total_bytes = 0u64;

    // Watchdog: saves the input in flight and aborts when one input hangs.
    let current: Arc<Mutex<Vec<u8>>> = Arc::default();
    let started_ms = Arc::new(AtomicU64::new(0));
    let done = Arc::new(AtomicBool::new(false));
    let t0 = Instant::now();
    {
        let (current, started_ms, done) = (current.clone(), started_ms.clone(), done.clone());
        let (dir, hang) = (args.artifacts.clone(), args.hang_s);
        std::thread::spawn(move || loop {
            std::thread::sleep(Duration::from_millis(500));
            if done.load(Ordering::Relaxed) {
                return;
            }
            let s = started_ms.load(Ordering::Relaxed);
            let now = t0.elapsed().as_millis() as u64;
            if s > 0 && now.saturating_sub(s) > hang * 1000 {
                let bytes = current.lock().map(|b| b.clone()).unwrap_or_default();
                let p = save_artifact(&dir, "hang", &bytes);
                eprintln!("HANG: one input ran for more than {hang} s; saved to {p:?}");
                std::process::exit(3);
            }
        });
    }

    let deadline = t0 + Duration::from_secs(args.seconds);
    let mut last_report = Instant::now();
    println!(
        "fuzz_check: mode {}, {} s, seed {}, {} seed inputs",
        args.mode,
        args.seconds,
        args.seed,
        corpus.len()
    );
    while Instant::now() < deadline {
        let structured = match args.mode.as_str() {
            "raw" => false,
            "structured" => true,
            _ => execs % 2 == 1,
        };
        let (bytes, run): (Vec<u8>, Runner) = if structured {
            let n = 8 + rng.below(600);
            let raw = rng.bytes(n);
            let Ok(s) = Structured::arbitrary(&mut Unstructured::new(&raw)) else {
                continue;
            };
            let text = s.render().into_bytes();
            let (stem, english) = (s.stem(), s.english);
            (
                text,
                Box::new(move |b: &[u8]| {
                    let lang = if english {
                        dataetik_core::i18n::Lang::En
                    } else {
                        dataetik_core::i18n::Lang::Da
                    };
                    signature(&dataetik_fuzz::check(b, stem, lang))
                }),
            )
        } else {
            let base = &corpus[rng.below(corpus.len())];
            let m = mutate(&mut rng, base, &corpus);
            (
                m,
                Box::new(|b: &[u8]| {
                    let lang = if b.first().is_some_and(|x| x & 1 == 1) {
                        dataetik_core::i18n::Lang::En
                    } else {
                        dataetik_core::i18n::Lang::Da
                    };
                    signature(&dataetik_fuzz::check(b, "fuzz", lang))
                }),
            )
        };
        if let Ok(mut c) = current.lock() {
            c.clear();
            c.extend_from_slice(&bytes);
        }
        started_ms.store(t0.elapsed().as_millis() as u64 + 1, Ordering::Relaxed);
        let t = Instant::now();
        let r = std::panic::catch_unwind(AssertUnwindSafe(|| run(&bytes)));
        let ms = t.elapsed().as_millis();
        started_ms.store(0, Ordering::Relaxed);
        execs += 1;
        total_bytes += bytes.len() as u64;
        if structured {
            structured_execs += 1;
        } else {
            raw_execs += 1;
        }
        max_ms = max_ms.max(ms);
        if ms > args.slow_ms {
            slow += 1;
            let p = save_artifact(&args.artifacts, "slow", &bytes);
            println!("SLOW ({ms} ms): saved to {p:?}");
        }
        match r {
            Ok(sig) => {
                // Inputs with a new shape of findings (raw or structured) become seeds.
                if seen.insert(sig) && corpus.len() < 20_000 {
                    corpus.push(bytes);
                }
            }
            Err(_) => {
                crashes += 1;
                let msg = PANIC.with(|p| p.borrow_mut().take()).unwrap_or_default();
                let site = msg.lines().next().unwrap_or("").to_string();
                let p = save_artifact(&args.artifacts, "crash", &bytes);
                if crash_sites.insert(site.clone()) {
                    println!("CRASH: {site}\n  saved to {p:?}");
                }
            }
        }
        if last_report.elapsed() > Duration::from_secs(10) {
            last_report = Instant::now();
            let secs = t0.elapsed().as_secs_f64();
            println!(
                "#{execs} {:.0}/s corpus {} shapes {} crashes {crashes} ({} sites) slow {slow} max {max_ms} ms",
                execs as f64 / secs,
                corpus.len(),
                seen.len(),
                crash_sites.len()
            );
        }
    }
    done.store(true, Ordering::Relaxed);
    let secs = t0.elapsed().as_secs_f64();
    println!(
        "done: {secs:.0} s, {execs} executions ({raw_execs} raw, {structured_execs} structured), {:.0}/s, {:.1} MB checked, corpus {}, {} finding shapes, {crashes} crashing inputs at {} distinct sites, {slow} slow inputs (> {} ms), slowest {max_ms} ms",
        execs as f64 / secs,
        total_bytes as f64 / 1e6,
        corpus.len(),
        seen.len(),
        crash_sites.len(),
        args.slow_ms
    );
    if crashes > 0 {
        std::process::exit(1);
    }
}
