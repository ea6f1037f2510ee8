//! GEN-002: the file does not fit the assessment format. The reader reports keys and values
//! the model does not accept ([`crate::check::check_bytes`], [`crate::version`]); this unit
//! adds what the model alone cannot see: a `schema_version` dataetik does not know, and
//! `code_paths` that leave the register. A policy must have it (`builtin: true`).

use super::{BuiltinRule, FileCtx, NoParams, Scope, Unit};
use crate::check::{Detail, Finding};
use crate::load::Span;
use crate::register::normalize_relative;

/// GEN-002.
pub(crate) struct Gen002;

impl BuiltinRule for Gen002 {
    const ID: &'static str = "GEN-002";
    const SCOPE: Scope = Scope::File;
    type Params = NoParams;

    fn check_file(cx: &FileCtx<'_>, _: &NoParams, out: &mut Vec<Finding>) {
        let (tree, fb) = (cx.tree, cx.fb);
        if let Some(v) = cx.model.schema_version {
            if v != 1 && v != 2 {
                let span = tree.locate("schema_version", Span::START);
                let d = Detail::SchemaVersion { version: v };
                out.extend(fb.make(Self::ID, span, Some("schema_version"), d, None, None));
            }
        }
        // Paths in the file must stay inside the register.
        if let Some(paths) = tree.get("code_paths") {
            for item in paths.items() {
                if let Some(s) = item.scalar() {
                    if !s.is_blank() && normalize_relative(&s.text).is_none() {
                        let d = Detail::PathOutsideRegister {
                            path: s.text.clone(),
                        };
                        out.extend(fb.make(Self::ID, item.span, Some("code_paths"), d, None, None));
                    }
                }
            }
        }
    }
}

/// The registry entry.
pub(crate) const UNIT: Unit = Unit::of::<Gen002>();
