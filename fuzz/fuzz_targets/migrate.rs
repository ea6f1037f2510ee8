//! cargo-fuzz target: arbitrary bytes through `dataetik migrate`; a migrated file may differ
//! from the input only in the value of `schema_version`, must read as the same tree, and must not
//! be migrated twice. Run with `cargo fuzz run migrate` (see docs/fuzzing.md).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    dataetik_fuzz::migrate_invariants(data);
});
