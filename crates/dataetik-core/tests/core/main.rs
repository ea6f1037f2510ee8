//! The checker as a library: every rule, the policy format, bad input, fuzz regressions and
//! atomic writes. One test binary that links no report renderer (no Typst).

mod common;

mod atomic_write;
mod bad_input;
mod formats;
mod fuzz_regressions;
mod migrate;
mod policy;
mod real_records;
mod rules;
mod select;
mod suppliers;
mod version2;
