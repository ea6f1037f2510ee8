//! Renders the sample report to a directory, for template development:
//! `cargo run --example report_sample -- OUT_DIR [da|en] [TEMPLATES_DIR]`.

use dataetik_core::i18n::Lang;
use dataetik_report::{fixture, Format, Templates};

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
    let model = fixture::sample(lang);
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
