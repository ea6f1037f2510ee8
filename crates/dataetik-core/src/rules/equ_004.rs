//! EQU-004: the bias tests must cover the default attributes (gender, age, ethnicity, written
//! in Danish or English), unless `attributes_reason` explains why not.

use serde::Deserialize;

use super::{BuiltinRule, FileCtx, Scope, Unit};
use crate::check::{Detail, Finding};
use crate::load::Span;

/// EQU-004's parameters.
#[derive(Debug, Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub(crate) struct Params {
    /// The attributes every project's bias tests should cover.
    pub(crate) default_attributes: Vec<String>,
}

impl Default for Params {
    fn default() -> Self {
        Params {
            default_attributes: vec!["gender".into(), "age".into(), "ethnicity".into()],
        }
    }
}

/// Names under which the default attributes are commonly written, in Danish and English.
fn attribute_aliases(attr: &str) -> &'static [&'static str] {
    match attr {
        "gender" => &["gender", "køn", "sex", "koen"],
        "age" => &["age", "alder", "aldersgruppe", "age_group"],
        "ethnicity" => &["ethnicity", "etnicitet", "herkomst", "oprindelse", "origin"],
        _ => &[],
    }
}

/// EQU-004.
pub(crate) struct Equ004;

impl BuiltinRule for Equ004 {
    const ID: &'static str = "EQU-004";
    const SCOPE: Scope = Scope::File;
    type Params = Params;

    fn check_file(cx: &FileCtx<'_>, p: &Params, out: &mut Vec<Finding>) {
        let m = cx.model;
        if m.bias_tests().is_empty() {
            return;
        }
        let tested: Vec<String> = m
            .bias_tests()
            .iter()
            .flat_map(|b| b.attributes.iter().flatten())
            .map(|a| a.trim().to_lowercase())
            .collect();
        let missing: Vec<String> = p
            .default_attributes
            .iter()
            .filter(|d| {
                let aliases = attribute_aliases(d);
                !tested
                    .iter()
                    .any(|x| x == *d || aliases.contains(&x.as_str()))
            })
            .cloned()
            .collect();
        let reason_blank = m
            .equality()
            .and_then(|e| e.attributes_reason.as_deref())
            .is_none_or(|r| r.trim().is_empty())
            // Format version 2: a placeholder ("Nee", "tbd") is no reason.
            || super::blank::v2_placeholder(cx, "principles.equality.attributes_reason").is_some();
        if !missing.is_empty() && reason_blank {
            let span = cx
                .tree
                .locate("principles.equality.bias_tests", Span::START);
            let d = Detail::UntestedAttributes { missing };
            let field = "principles.equality.attributes_reason";
            out.extend(cx.fb.make(Self::ID, span, Some(field), d, None, None));
        }
    }
}

/// The registry entry.
pub(crate) const UNIT: Unit = Unit::of::<Equ004>();
