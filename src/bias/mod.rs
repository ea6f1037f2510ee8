//! Placeholder until the bias module lands.
use crate::i18n::Lang;
use std::path::Path;
/// Verifies an evidence file against a bias-test entry.
pub fn verify_entry(
    evidence_file: &Path,
    _metric: &str,
    _value_text: &str,
    _passed: Option<bool>,
    _lang: Lang,
) -> Result<(), Vec<String>> {
    if evidence_file.is_file() {
        Ok(())
    } else {
        Err(vec!["missing".into()])
    }
}
