//! Built-in rules: one small unit per rule, listed once in [`registry`].
//!
//! A built-in rule is the logic of a rule that cannot be written as declarative conditions
//! (dates, waivers, evidence files, the CPR scan, approval levels, DPIA needs, register-wide
//! coverage). Its texts, severity and principle stay in the policy file, which marks it
//! `builtin: true` and may set its `params`. Each unit lives in its own file (`gen_009.rs`) and
//! declares:
//!
//! - its id ([`BuiltinRule::ID`]),
//! - its typed parameters ([`BuiltinRule::Params`], a serde struct with defaults, read and
//!   validated when the policy loads: a wrong key or value is a configuration error naming its
//!   line),
//! - its check: per file ([`BuiltinRule::check_file`]) or register-wide
//!   ([`BuiltinRule::check_register`]). GEN-001 and GEN-002 are reported by the reader
//!   ([`crate::check::check_bytes`]) and GEN-007/GEN-008 while waivers are applied
//!   ([`crate::check`]); GEN-013 is applied to a file's findings after its waivers. Their units
//!   hold the parts of that logic that are theirs.
//!
//! What "blank" means in format version 2 (a placeholder such as "Nee" or "tbd" in a text
//! field) is in [`blank`], shared by the declarative checks and the units that test texts.
//!
//! The policy loader, `rules`, `explain`, SARIF metadata, the report and the tests read the
//! registry and the policy; no other list of rule ids exists.

use std::any::Any;
use std::fmt;
use std::path::Path;
use std::sync::Arc;

use serde::de::DeserializeOwned;
use serde::Deserialize;

use crate::check::{CheckOptions, FileResult, Finding, FindingBuilder};
use crate::load::de::DeError;
use crate::load::Node;
use crate::model::Assessment;
use crate::policy::Policy;
use crate::register::Register;
use crate::risk::RiskAssessment;

pub(crate) mod acc_003;
pub mod blank;
pub(crate) mod dig_004;
pub(crate) mod equ_002;
pub(crate) mod equ_003;
pub(crate) mod equ_004;
pub(crate) mod equ_006;
pub(crate) mod gen_001;
pub(crate) mod gen_002;
pub(crate) mod gen_004;
pub(crate) mod gen_005;
pub(crate) mod gen_006;
pub(crate) mod gen_007;
pub(crate) mod gen_008;
pub(crate) mod gen_009;
pub(crate) mod gen_011;
pub(crate) mod gen_012;
pub(crate) mod gen_013;
pub(crate) mod gen_014;
pub(crate) mod gen_015;
pub(crate) mod pub_001;
mod registry;
pub(crate) mod sup_003;
pub(crate) mod sup_004;
pub(crate) mod sup_005;
pub(crate) mod sup_006;
pub(crate) mod sup_007;
pub(crate) mod sup_008;
pub(crate) mod sup_009;
pub(crate) mod sup_010;
pub(crate) mod sup_011;
pub(crate) mod tra_007;
pub(crate) mod util;

pub use blank::{is_text_field, is_v2, placeholder, placeholder_with, shape_of};
pub use registry::REGISTRY;

/// What a per-file rule can look at.
pub struct FileCtx<'a> {
    /// The register (configuration, root directory).
    pub reg: &'a Register,
    /// The file's YAML tree (after removing fields that failed validation).
    pub tree: &'a Node,
    /// The typed assessment.
    pub model: &'a Assessment,
    /// The computed risk.
    pub risk: &'a RiskAssessment,
    /// Makes findings of the policy's rules for this file.
    pub fb: &'a FindingBuilder<'a>,
    /// The file's path as given to the checker.
    pub path: &'a Path,
    /// The run's options (`as_of`).
    pub opts: &'a CheckOptions,
}

/// Where a built-in rule's findings come from (documentation; the checker calls every enabled
/// unit's `check_file` and `check_register`, whose defaults do nothing).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// Checks each assessment ([`BuiltinRule::check_file`]).
    File,
    /// Checks the register as a whole ([`BuiltinRule::check_register`]).
    Register,
    /// Both: each assessment, then the register.
    FileAndRegister,
    /// Reported by the reader while a file is read (GEN-001, GEN-002), before any rule runs.
    Reader,
    /// Reported while the assessment's waivers are applied (GEN-007, GEN-008), after every
    /// other rule of the file.
    Waivers,
    /// Applied to a file's findings after its waivers: GEN-013 turns the findings of a finished
    /// project into historical notes (`gen_013::apply`).
    Findings,
}

/// A rule without parameters: any `params:` key is a configuration error.
#[derive(Debug, Clone, Copy, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NoParams {}

/// One built-in rule: written once per rule file, listed once in the registry.
pub trait BuiltinRule {
    /// The rule's id, as in the policy (`GEN-009`).
    const ID: &'static str;
    /// Where its findings come from.
    const SCOPE: Scope;
    /// Its parameters (`params:` in the policy); `Default` gives the values used when absent.
    type Params: DeserializeOwned + Default + Send + Sync + 'static;

    /// Checks one assessment ([`Scope::File`]).
    fn check_file(_cx: &FileCtx<'_>, _params: &Self::Params, _out: &mut Vec<Finding>) {}

    /// Checks the register ([`Scope::Register`]): `files` are every checked assessment (a
    /// rule may add findings to one of them); findings of no single file go to `out`.
    fn check_register(
        _reg: &Register,
        _files: &mut [FileResult],
        _params: &Self::Params,
        _out: &mut Vec<Finding>,
    ) {
    }
}

/// Parsed parameters of one built-in rule, as the policy gives them.
pub type ParamsBox = Arc<dyn Any + Send + Sync>;

type ParseFn = fn(Option<&Node>) -> Result<ParamsBox, DeError>;
type FileFn = for<'a, 'b> fn(&'a FileCtx<'b>, &'a (dyn Any + Send + Sync), &'a mut Vec<Finding>);
type RegisterFn = for<'a> fn(
    &'a Register,
    &'a mut [FileResult],
    &'a (dyn Any + Send + Sync),
    &'a mut Vec<Finding>,
);

/// A built-in rule as the registry holds it (made by [`Unit::of`]).
pub struct Unit {
    /// The rule's id.
    pub id: &'static str,
    /// Where its findings come from.
    pub scope: Scope,
    parse: ParseFn,
    file: FileFn,
    register: RegisterFn,
}

impl fmt::Debug for Unit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Unit")
            .field("id", &self.id)
            .field("scope", &self.scope)
            .finish_non_exhaustive()
    }
}

impl Unit {
    /// The registry entry of rule `R`.
    pub const fn of<R: BuiltinRule>() -> Unit {
        Unit {
            id: R::ID,
            scope: R::SCOPE,
            parse: parse_params::<R>,
            file: run_file::<R>,
            register: run_register::<R>,
        }
    }

    /// Reads the rule's `params:` node (absent: the defaults).
    ///
    /// # Errors
    /// A key the rule does not know or a value of the wrong type, with its place.
    pub fn parse_params(&self, node: Option<&Node>) -> Result<ParamsBox, DeError> {
        (self.parse)(node)
    }

    /// The rule's parameters when the policy sets none.
    pub fn default_params(&self) -> ParamsBox {
        (self.parse)(None).unwrap_or_else(|_| Arc::new(NoParams {}))
    }
}

fn parse_params<R: BuiltinRule>(node: Option<&Node>) -> Result<ParamsBox, DeError> {
    match node.filter(|n| !n.scalar().is_some_and(crate::load::Scalar::is_null)) {
        None => Ok(Arc::new(R::Params::default())),
        Some(n) => Ok(Arc::new(crate::load::de::from_node::<R::Params>(n)?)),
    }
}

fn run_file<R: BuiltinRule>(
    cx: &FileCtx<'_>,
    params: &(dyn Any + Send + Sync),
    out: &mut Vec<Finding>,
) {
    if let Some(p) = params.downcast_ref::<R::Params>() {
        R::check_file(cx, p, out);
    }
}

fn run_register<R: BuiltinRule>(
    reg: &Register,
    files: &mut [FileResult],
    params: &(dyn Any + Send + Sync),
    out: &mut Vec<Finding>,
) {
    if let Some(p) = params.downcast_ref::<R::Params>() {
        R::check_register(reg, files, p, out);
    }
}

/// The registry entry for `id` (case-insensitive).
pub fn find(id: &str) -> Option<&'static Unit> {
    REGISTRY
        .iter()
        .copied()
        .find(|u| u.id.eq_ignore_ascii_case(id))
}

/// Every built-in rule's id, in registry order.
pub fn ids() -> impl Iterator<Item = &'static str> {
    REGISTRY.iter().map(|u| u.id)
}

/// The built-in rules `policy` enables (`builtin: true`), in registry order.
fn enabled(policy: &Policy) -> impl Iterator<Item = &BoundUnit> {
    REGISTRY.iter().filter_map(move |unit| {
        policy
            .rules
            .iter()
            .filter_map(crate::policy::Rule::bound_unit)
            .find(|b| std::ptr::eq(b.unit, *unit))
    })
}

/// Runs the per-file built-in rules the policy enables, in registry order.
pub(crate) fn run_file_rules(cx: &FileCtx<'_>, out: &mut Vec<Finding>) {
    for bound in enabled(cx.fb.policy) {
        (bound.unit.file)(cx, &*bound.params, out);
    }
}

/// Runs the register-wide built-in rules the policy enables, in registry order (which is the
/// order their findings are listed in).
pub(crate) fn run_register_rules(reg: &Register, files: &mut [FileResult]) -> Vec<Finding> {
    let mut out = Vec::new();
    for bound in enabled(reg.policy()) {
        (bound.unit.register)(reg, files, &*bound.params, &mut out);
    }
    out
}

/// A built-in rule of a policy with the parameters the policy gives it.
#[derive(Clone)]
pub struct BoundUnit {
    /// The registry entry.
    pub unit: &'static Unit,
    /// The parameters, parsed when the policy was loaded.
    pub params: ParamsBox,
}

impl fmt::Debug for BoundUnit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("BoundUnit")
            .field("unit", &self.unit.id)
            .finish_non_exhaustive()
    }
}

impl BoundUnit {
    /// The parameters as `P` (the unit's own type), when they are.
    pub fn params<P: 'static>(&self) -> Option<&P> {
        self.params.downcast_ref::<P>()
    }
}
