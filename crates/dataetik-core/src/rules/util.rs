//! Small helpers several rules share.

use crate::check::Finding;
use crate::load::{Node, Scalar, Span, Value};
use crate::model::Date;
use crate::register::{display_path, Register};

/// `d` plus `months` calendar months, when representable.
pub(crate) fn add_months(d: Date, months: i64) -> Option<Date> {
    d.0.checked_add(jiff::Span::new().months(months))
        .ok()
        .map(Date)
}

/// Whole days from `from` to `to`.
pub(crate) fn days_between(from: Date, to: Date) -> i64 {
    i64::from((to.0 - from.0).get_days())
}

/// Every scalar with its field path (`principles.transparency.access`, `suppliers[0].name`).
pub(crate) fn visit_scalars_with_path<'a>(
    node: &'a Node,
    path: &mut String,
    f: &mut impl FnMut(&str, &'a Node, &'a Scalar),
) {
    match &node.value {
        Value::Scalar(s) => f(path, node, s),
        Value::Seq(items) => {
            for (i, item) in items.iter().enumerate() {
                let len = path.len();
                path.push_str(&format!("[{i}]"));
                visit_scalars_with_path(item, path, f);
                path.truncate(len);
            }
        }
        Value::Map(entries) => {
            for e in entries {
                let len = path.len();
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(&e.key);
                visit_scalars_with_path(&e.value, path, f);
                path.truncate(len);
            }
        }
    }
}

/// A register-wide finding moved to the setting in dataetik.yaml it is about (a directory
/// cannot be annotated by GitHub or an editor); the directory is named in the message. Without
/// a dataetik.yaml there is no such line, and the finding names the directory itself.
pub(crate) fn at_config(
    reg: &Register,
    key_span: Option<Span>,
    field: &str,
    mut finding: Finding,
) -> Finding {
    if let Some(file) = reg.config_file.as_deref().map(display_path) {
        let span = key_span.unwrap_or(Span::START);
        finding.file = file;
        finding.line = span.line;
        finding.column = span.column;
        finding.field = Some(field.to_string());
        finding.source_line = reg.config_source.line_text(span.line);
    }
    finding
}
