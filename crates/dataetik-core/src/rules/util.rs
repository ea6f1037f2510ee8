//! Small helpers several rules share.

use crate::load::{Node, Scalar, Value};
use crate::model::Date;

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
