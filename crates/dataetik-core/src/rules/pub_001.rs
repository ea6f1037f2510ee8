//! PUB-001: a CPR-like number anywhere in the assessment (it will be published). One finding
//! per number, at its own line; the message names the field, never the number.

use super::util::visit_scalars_with_path;
use super::{BuiltinRule, FileCtx, NoParams, Scope, Unit};
use crate::check::{Detail, Finding};
use crate::load::Span;

/// PUB-001.
pub(crate) struct Pub001;

impl BuiltinRule for Pub001 {
    const ID: &'static str = "PUB-001";
    const SCOPE: Scope = Scope::File;
    type Params = NoParams;

    fn check_file(cx: &FileCtx<'_>, _: &NoParams, out: &mut Vec<Finding>) {
        let fb = cx.fb;
        // Split into lines only once a CPR-like number is found (most files have none).
        let mut lines: Vec<&str> = Vec::new();
        visit_scalars_with_path(cx.tree, &mut String::new(), &mut |field, node, s| {
            // One finding per number, each at its own line: a text may hold several.
            let mut search_from = node.span.line.saturating_sub(1) as usize;
            for (start, end) in crate::cpr::find_all(&s.text) {
                if lines.is_empty() {
                    lines = fb.source.lines().collect();
                }
                let found = &s.text[start..end];
                // Find the exact line: the value may be a block scalar spanning several lines.
                let mut span = node.span;
                for (ln, line) in lines.iter().enumerate().skip(search_from) {
                    if let Some(col) = line.find(found) {
                        span = Span {
                            line: ln as u32 + 1,
                            column: line[..col].chars().count() as u32 + 1,
                        };
                        search_from = ln;
                        break;
                    }
                }
                // The message names the field, never the number itself (CI logs are not
                // private); the quoted source line is masked by the finding builder.
                let d = Detail::CprNumber {
                    field: field.to_string(),
                };
                out.extend(fb.make(Self::ID, span, Some(field), d, None, None));
            }
        });
    }
}

/// The registry entry.
pub(crate) const UNIT: Unit = Unit::of::<Pub001>();
