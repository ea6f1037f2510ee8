//! Built-in rules of assessment format version 2, one file per rule. Each file exposes one
//! function that `check::builtin` (or the checker itself, for GEN-013) calls with one line.
//! The rule's texts, severity and params live in the policy file, like every other rule.
//!
//! Also here: what "blank" means in version 2 ([`placeholder`]): a required text that holds only
//! a placeholder of the policy's `placeholders:` list counts as blank.

pub mod gen_012;
pub mod gen_013;
pub mod gen_014;
pub mod gen_015;
pub mod tra_007;

use std::collections::HashSet;
use std::sync::OnceLock;

use crate::load::{Node, Value};
use crate::policy::Policy;
use crate::schema::FieldKind;

/// True when `shape` (a field path with `[]` for list items, `suppliers[].due_diligence`) is a
/// text field of the assessment format (plain text or Markdown), per the schema.
pub fn is_text_field(shape: &str) -> bool {
    static TEXTS: OnceLock<HashSet<String>> = OnceLock::new();
    TEXTS
        .get_or_init(|| {
            crate::schema::fields()
                .into_iter()
                .filter(|f| matches!(f.kind, FieldKind::Markdown | FieldKind::Text))
                .map(|f| f.path)
                .collect()
        })
        .contains(shape)
}

/// `principles.equality.bias_tests[0].mitigation` -> `principles.equality.bias_tests[].mitigation`.
pub fn shape_of(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    let mut in_index = false;
    for c in path.chars() {
        match c {
            '[' => {
                in_index = true;
                out.push_str("[]");
            }
            ']' => in_index = false,
            _ if in_index => {}
            _ => out.push(c),
        }
    }
    out
}

/// The placeholder written in the text field at `node` (field path shape `shape`), when the
/// field holds only a placeholder of the policy's list ("Nee", "tbd", "-"). Only text fields
/// count: `impact.effect: none` is a value, not a placeholder.
pub fn placeholder(policy: &Policy, node: Option<&Node>, shape: &str) -> Option<String> {
    placeholder_with(policy, node, || shape.to_string())
}

/// [`placeholder`], with the field's path shape made only when the text is a placeholder (the
/// checker asks for every written text of every requirement).
pub fn placeholder_with(
    policy: &Policy,
    node: Option<&Node>,
    shape: impl FnOnce() -> String,
) -> Option<String> {
    let node = node?;
    let Value::Scalar(s) = &node.value else {
        return None;
    };
    if s.is_blank() || !policy.is_placeholder(&s.text) || !is_text_field(&shape()) {
        return None;
    }
    Some(s.text.trim().to_string())
}

/// True when the file is read as format version 2 (its risk was scored with the version 2
/// model); the version 2 rules and the placeholder test apply only then.
pub fn is_v2(risk: &crate::risk::RiskAssessment) -> bool {
    risk.schema_version >= 2
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes_and_text_fields() {
        assert_eq!(
            shape_of("principles.equality.bias_tests[10].mitigation"),
            "principles.equality.bias_tests[].mitigation"
        );
        assert!(is_text_field("principles.dignity.proportionality"));
        assert!(is_text_field("automation.inputs[].justification"));
        assert!(is_text_field("legal_basis"));
        assert!(!is_text_field("impact.effect"));
        assert!(!is_text_field("data.personal_data"));
        let p = Policy::builtin().policy;
        let tree = crate::load::parse(
            "legal_basis: Nee.\nimpact: {effect: none}\nsummary: Nej tak, ikke uden samtykke\n",
            &Default::default(),
        )
        .unwrap();
        assert_eq!(
            placeholder(&p, tree.get("legal_basis"), "legal_basis").as_deref(),
            Some("Nee.")
        );
        assert_eq!(
            placeholder(&p, tree.get_path("impact.effect"), "impact.effect"),
            None
        );
        assert_eq!(placeholder(&p, tree.get("summary"), "summary"), None);
    }
}
