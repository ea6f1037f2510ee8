//! End-to-end tests of the `dataetik` binary and the report renderers: one test binary, so the
//! Typst stack is linked once. Library-level checker tests live in `crates/dataetik-core/tests`.

mod common;

mod accessibility;
mod bias_cli;
mod ci_formats;
mod cli;
mod formats_cli;
mod limits;
mod lsp;
mod migrate_cli;
mod output_safety;
mod packaging;
mod report_cli;
mod report_history;
mod report_render;
mod site_cli;
mod snapshots;
