//! The `dataetik` command: parses arguments and hands over to the library (see `cli`).

mod cli;

/// mimalloc instead of the system allocator: much cheaper for the many small, short-lived strings
/// of YAML parsing across threads (see docs/benchmarks.md).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    cli::main()
}
