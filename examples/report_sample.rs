//! Renders the sample report to a directory, for template development:
//! `cargo run --example report_sample -- OUT_DIR [da|en] [TEMPLATES_DIR]`.
//! The report is built by the real report builder from `examples/sample-register/` (three
//! projects of the fictional Lyngdal Kommune), as of 25 November 2026.

use dataetik_core::i18n::Lang;
use dataetik_report::{Format, Templates};

fn main() {
    let mut args = std::env::args().skip(1);
    let out = std::path::PathBuf::from(args.next().unwrap_or_else(|| "report-sample".into()));
    let lang: Lang = args
        .next()
        .map_or(Lang::Da, |l| l.parse().expect("da or en"));
    let templates = match args.next() {
        Some(dir) => Templates::from_dir(std::path::Path::new(&dir)),
        None => Ok(Templates::embedded()),
    };
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/sample-register");
    let as_of = dataetik_core::model::Date::parse("2026-11-25").expect("a date");
    let model = match dataetik_report::model_of_register(&root, Some(2026), as_of, lang) {
        Ok(m) => m,
        Err(e) => {
            eprintln!("error: {e}");
            std::process::exit(2);
        }
    };
    let result = templates.and_then(|t| {
        dataetik_report::write_report(
            &model,
            &[Format::Pdf, Format::Html, Format::Json],
            &out,
            &t,
            &mut |p| eprintln!("{p:?}"),
        )
    });
    match result {
        Ok(paths) => paths.iter().for_each(|p| println!("{}", p.display())),
        Err(e) => {
            eprintln!("error: {e}");
            std::process::exit(2);
        }
    }
}
