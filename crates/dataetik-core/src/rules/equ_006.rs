//! EQU-006: a bias test's `evidence` file must exist inside the register and agree with the
//! test (metric, value, passed), as `dataetik bias` wrote it ([`crate::bias::verify_entry`]).

use std::path::Path;

use super::{BuiltinRule, FileCtx, NoParams, Scope, Unit};
use crate::bias::EvidenceProblem;
use crate::check::{Detail, Finding};
use crate::load::{Node, Scalar};
use crate::register::{display_path, normalize_relative};

/// EQU-006.
pub(crate) struct Equ006;

impl BuiltinRule for Equ006 {
    const ID: &'static str = "EQU-006";
    const SCOPE: Scope = Scope::File;
    type Params = NoParams;

    fn check_file(cx: &FileCtx<'_>, _: &NoParams, out: &mut Vec<Finding>) {
        let reg = cx.reg;
        let Some(tests) = cx.tree.get_path("principles.equality.bias_tests") else {
            return;
        };
        for (i, item) in tests.items().iter().enumerate() {
            let Some(ev) = item
                .get("evidence")
                .and_then(Node::scalar)
                .filter(|s| !s.is_blank())
            else {
                continue;
            };
            let field = format!("principles.equality.bias_tests[{i}].evidence");
            let span = item.locate("evidence", item.span);
            let mut emit = |problem: EvidenceProblem| {
                let d = Detail::Evidence(problem);
                out.extend(cx.fb.make(Self::ID, span, Some(&field), d, None, None));
            };
            let rel = Path::new(&reg.config.assessments).join(&ev.text);
            let Some(rel) = normalize_relative(&rel.to_string_lossy()) else {
                emit(EvidenceProblem::PathOutside {
                    path: ev.text.clone(),
                });
                continue;
            };
            let full = reg.root.join(&rel);
            let inside = match (full.canonicalize(), reg.root.canonicalize()) {
                (Ok(f), Ok(r)) => f.starts_with(r),
                _ => true, // a missing file is reported below
            };
            if !inside {
                emit(EvidenceProblem::LinksOutside {
                    path: ev.text.clone(),
                });
                continue;
            }
            if !full.is_file() {
                emit(EvidenceProblem::Missing {
                    path: ev.text.clone(),
                    dir: reg.config.assessments.clone(),
                });
                continue;
            }
            let text_of = |key: &str| {
                item.get(key)
                    .and_then(Node::scalar)
                    .map(|s| s.text.clone())
                    .unwrap_or_default()
            };
            let (metric, value) = (text_of("metric"), text_of("value"));
            let passed = item
                .get("passed")
                .and_then(Node::scalar)
                .and_then(Scalar::as_bool);
            // Shown relative to the current directory, like every other path in findings.
            let shown = std::path::PathBuf::from(display_path(&full));
            if let Err(problems) = crate::bias::verify_entry(&shown, &metric, &value, passed) {
                for p in problems {
                    emit(p);
                }
            }
        }
    }
}

/// The registry entry.
pub(crate) const UNIT: Unit = Unit::of::<Equ006>();
