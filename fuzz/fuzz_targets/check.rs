//! cargo-fuzz target: arbitrary bytes as an assessment file, through the loader, the checker and
//! every output renderer. Run with `cargo fuzz run check` (see docs/fuzzing.md).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    dataetik_fuzz::check_raw(data);
});
