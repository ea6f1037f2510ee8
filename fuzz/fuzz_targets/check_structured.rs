//! cargo-fuzz target: structured mutations (deleted, duplicated, re-indented and rewritten lines,
//! renamed keys, deep nesting, alias bombs) of the valid example assessments.
//! Run with `cargo fuzz run check_structured` (see docs/fuzzing.md).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: dataetik_fuzz::Structured| {
    dataetik_fuzz::check_structured(&input);
});
