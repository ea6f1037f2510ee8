//! What "blank" means in format version 2: a required text that holds only a placeholder of
//! the policy's `placeholders:` list ("Nee", "tbd", "-") counts as blank ([`placeholder`]).
//! Used by the declarative checks (`require`, `blank:`), DIG-004 (the DPIA's reason), EQU-004
//! (`attributes_reason`) and GEN-007 (a waiver's `reason` and `approved_by`); only in files
//! read as version 2 ([`is_v2`]).

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

/// The placeholder in the text field at `path` of a version 2 file ("Nee", "tbd"), which counts
/// as blank there; `None` in a version 1 file or when the field is written.
pub(crate) fn v2_placeholder(cx: &super::FileCtx<'_>, path: &str) -> Option<String> {
    if !is_v2(cx.risk) {
        return None;
    }
    placeholder(cx.fb.policy, cx.tree.get_path(path), &shape_of(path))
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
