//! GEN-004: the project id must equal the file name (per file) and be unique in the register
//! (register-wide). An id equal to its file name but written with other characters than
//! lowercase letters, digits and `-` is a format problem and reported as GEN-002.

use std::collections::BTreeMap;

use super::{BuiltinRule, FileCtx, NoParams, Scope, Unit};
use crate::check::{Detail, FileResult, Finding, FindingBuilder};
use crate::load::Span;
use crate::register::Register;

/// GEN-004.
pub(crate) struct Gen004;

impl BuiltinRule for Gen004 {
    const ID: &'static str = "GEN-004";
    const SCOPE: Scope = Scope::FileAndRegister;
    type Params = NoParams;

    fn check_file(cx: &FileCtx<'_>, _: &NoParams, out: &mut Vec<Finding>) {
        let stem = cx.path.file_stem().and_then(|s| s.to_str());
        let (Some(id), Some(stem)) = (cx.model.id.as_deref(), stem) else {
            return;
        };
        let span = cx.tree.locate("id", Span::START);
        if id != stem {
            let d = Detail::IdMismatch {
                id: id.to_string(),
                stem: stem.to_string(),
            };
            out.extend(cx.fb.make(Self::ID, span, Some("id"), d, None, None));
        } else if !id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        {
            let d = Detail::IdCharset { id: id.to_string() };
            out.extend(cx.fb.make("GEN-002", span, Some("id"), d, None, None));
        }
    }

    fn check_register(
        reg: &Register,
        files: &mut [FileResult],
        _: &NoParams,
        _: &mut Vec<Finding>,
    ) {
        duplicate_ids(reg, files);
    }
}

/// The register-wide half: every file whose id another file has too.
fn duplicate_ids(reg: &Register, files: &mut [FileResult]) {
    let policy = reg.policy();
    let mut by_id: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (i, f) in files.iter().enumerate() {
        if let Some(id) = f.model.as_ref().and_then(|m| m.id.clone()) {
            by_id.entry(id).or_default().push(i);
        }
    }
    for (id, idx) in by_id.iter().filter(|(_, v)| v.len() > 1) {
        for &i in idx {
            let others: Vec<String> = idx
                .iter()
                .filter(|&&j| j != i)
                .map(|&j| files[j].file.clone())
                .collect();
            let fb = FindingBuilder {
                policy,
                file: &files[i].file,
                source: "",
            };
            let d = Detail::DuplicateId {
                id: id.clone(),
                others,
            };
            let span = files[i].id_span.unwrap_or(Span::START);
            if let Some(f) = fb.make(Gen004::ID, span, Some("id"), d, None, None) {
                files[i].findings.push(f);
                files[i]
                    .findings
                    .sort_by(|a, b| (a.line, a.column, &a.rule).cmp(&(b.line, b.column, &b.rule)));
            }
        }
    }
}

/// The registry entry.
pub(crate) const UNIT: Unit = Unit::of::<Gen004>();
