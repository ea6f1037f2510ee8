//! GEN-011 (register-wide): a register without a single assessment.

use super::{BuiltinRule, NoParams, Scope, Unit};
use crate::check::{Detail, FileResult, Finding, FindingBuilder};
use crate::load::Span;
use crate::register::{display_path, Register};

/// GEN-011.
pub(crate) struct Gen011;

impl BuiltinRule for Gen011 {
    const ID: &'static str = "GEN-011";
    const SCOPE: Scope = Scope::Register;
    type Params = NoParams;

    fn check_register(
        reg: &Register,
        files: &mut [FileResult],
        _: &NoParams,
        out: &mut Vec<Finding>,
    ) {
        if !files.is_empty() {
            return;
        }
        let dir = display_path(&reg.assessments_dir());
        let fb = FindingBuilder {
            policy: reg.policy(),
            file: &dir,
            source: "",
        };
        let d = Detail::EmptyRegister { dir: dir.clone() };
        if let Some(f) = fb.make(Self::ID, Span::START, None, d, None, None) {
            out.push(super::util::at_config(
                reg,
                reg.config_source.assessments,
                "assessments",
                f,
            ));
        }
    }
}

/// The registry entry.
pub(crate) const UNIT: Unit = Unit::of::<Gen011>();
