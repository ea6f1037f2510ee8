//! A serde deserializer over the span-carrying [`Node`] tree.
//!
//! Errors come back as [`DeError`] with the path and span of the offending key or value, and a
//! structured kind so the message can be written in Danish or English with a "did you mean".

use std::fmt;

use serde::de::{self, DeserializeSeed, IntoDeserializer, Visitor};

use super::{Entry, Node, PathSeg, Scalar, Span, Value};
use crate::i18n::{Catalogue, Lang};
use crate::msg;

/// What went wrong while reading a value into the model.
#[derive(Debug, Clone, PartialEq)]
pub enum DeErrorKind {
    /// The value has the wrong type, e.g. text where a yes/no is expected.
    InvalidType {
        /// What was written (serde's description: `string "x"`, `integer 5`).
        found: String,
        /// What the format expects (serde's description).
        expected: String,
    },
    /// The value has the right type but is not allowed, e.g. an invalid date.
    InvalidValue {
        /// What was written (serde's description).
        found: String,
        /// What the format expects (serde's description).
        expected: String,
    },
    /// A value outside an enumeration, e.g. `phase: biuld`.
    UnknownVariant {
        /// The value written.
        value: String,
        /// The allowed values.
        expected: Vec<&'static str>,
    },
    /// A key the format does not know, e.g. `transparancy`.
    UnknownField {
        /// The key written.
        field: String,
        /// The keys known here.
        expected: Vec<&'static str>,
    },
    /// A key the format requires inside a list item or section.
    MissingField {
        /// The key.
        field: &'static str,
    },
    /// A version-2 field, value or partial date in a version 1 file (see [`crate::version`]).
    NeedsVersion2(crate::version::V2Feature),
    /// A policy condition with no form or several (see [`crate::policy::Condition`]): the keys
    /// it has.
    ConditionForm {
        /// The keys written.
        keys: Vec<String>,
    },
    /// Anything else.
    Custom(String),
}

/// Starts the [`de::Error::custom`] message of a condition with no form or several, so that the
/// deserializer can report it as [`DeErrorKind::ConditionForm`] in the user's language.
const CONDITION_FORM: &str = "\u{0}condition-form\u{0}";

/// The message by which a condition's `TryFrom` reports the keys of a condition with no form or
/// several (see [`DeErrorKind::ConditionForm`]).
pub(crate) fn condition_form_message(keys: &[&str]) -> String {
    format!("{CONDITION_FORM}{}", keys.join(" "))
}

/// A deserialisation error with its location.
#[derive(Debug, Clone, PartialEq)]
pub struct DeError {
    /// What went wrong.
    pub kind: DeErrorKind,
    /// Where: the key for unknown keys, the value otherwise.
    pub span: Option<Span>,
    /// The path from the document root to the offending key or value.
    pub path: Vec<PathSeg>,
}

impl fmt::Display for DeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text(Catalogue::new(Lang::En)))
    }
}

impl std::error::Error for DeError {}

impl de::Error for DeError {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        let msg = msg.to_string();
        match msg.strip_prefix(CONDITION_FORM) {
            Some(keys) => DeError::new(DeErrorKind::ConditionForm {
                keys: keys.split_whitespace().map(str::to_string).collect(),
            }),
            None => DeError::new(DeErrorKind::Custom(msg)),
        }
    }
    fn invalid_type(unexp: de::Unexpected<'_>, exp: &dyn de::Expected) -> Self {
        DeError::new(DeErrorKind::InvalidType {
            found: unexp.to_string(),
            expected: exp.to_string(),
        })
    }
    fn invalid_value(unexp: de::Unexpected<'_>, exp: &dyn de::Expected) -> Self {
        DeError::new(DeErrorKind::InvalidValue {
            found: unexp.to_string(),
            expected: exp.to_string(),
        })
    }
    fn unknown_variant(variant: &str, expected: &'static [&'static str]) -> Self {
        DeError::new(DeErrorKind::UnknownVariant {
            value: variant.to_string(),
            expected: expected.to_vec(),
        })
    }
    fn unknown_field(field: &str, expected: &'static [&'static str]) -> Self {
        DeError::new(DeErrorKind::UnknownField {
            field: field.to_string(),
            expected: expected.to_vec(),
        })
    }
    fn missing_field(field: &'static str) -> Self {
        DeError::new(DeErrorKind::MissingField { field })
    }
}

/// The closest of `candidates` to `word`, if it is close enough to be a likely typo.
pub fn did_you_mean<'a>(word: &str, candidates: &[&'a str]) -> Option<&'a str> {
    candidates
        .iter()
        .map(|c| (strsim::jaro_winkler(word, c), *c))
        .filter(|(score, _)| *score > 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| c)
}

/// What serde says was expected, in words (the format's own English description is kept
/// where the catalogue has nothing better).
fn expected(cat: Catalogue, raw: &str) -> String {
    let e = raw;
    if let Some(text) = crate::v2text::expected(cat, e) {
        text
    } else if e.contains("bool") {
        msg!(cat, "de-expected-bool")
    } else if e == "u64" || e == "u32" || e == "i64" || e == "i32" {
        msg!(cat, "de-expected-integer")
    } else if e.starts_with('f') {
        msg!(cat, "de-expected-number")
    } else if e.contains("sequence") {
        msg!(cat, "de-expected-list", raw = raw)
    } else if e.contains("string") {
        msg!(cat, "de-expected-text", raw = raw)
    } else if e.starts_with("struct") || e.contains("map") {
        msg!(cat, "de-expected-section")
    } else if e.contains("thousands separator") {
        msg!(cat, "de-expected-whole-number", raw = raw)
    } else if e.contains("exists in the calendar") {
        msg!(cat, "de-expected-calendar-date", raw = raw)
    } else if e.contains("date") {
        msg!(cat, "de-expected-date", raw = raw)
    } else {
        msg!(cat, "de-expected-other", raw = raw)
    }
}

/// What serde says was found (`string "x"`, `integer 5`, `map`), in words: only the leading type
/// word is translated; the user's own text after it is left exactly as written.
fn found(cat: Catalogue, found: &str) -> String {
    for (word, id) in [
        ("string", 0),
        ("sequence", 1),
        ("map", 2),
        ("integer", 3),
        ("floating point", 4),
        ("boolean", 5),
        ("unit value", 6),
    ] {
        if let Some(rest) = found.strip_prefix(word) {
            return match id {
                0 => msg!(cat, "de-found-string", rest = rest),
                1 => msg!(cat, "de-found-sequence", rest = rest),
                2 => msg!(cat, "de-found-map", rest = rest),
                3 => msg!(cat, "de-found-integer", rest = rest),
                4 => msg!(cat, "de-found-float", rest = rest),
                5 => msg!(cat, "de-found-boolean", rest = rest),
                _ => msg!(cat, "de-found-unit", rest = rest),
            };
        }
    }
    msg!(cat, "de-found-other", raw = found)
}

/// At most 80 characters of user text, with `…` when cut.
fn short(s: &str) -> String {
    const MAX: usize = 80;
    if s.chars().count() <= MAX {
        s.to_string()
    } else {
        let cut: String = s.chars().take(MAX).collect();
        format!("{cut}…")
    }
}

fn list(items: &[&str]) -> String {
    items
        .iter()
        .map(|s| format!("`{s}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

impl DeError {
    fn new(kind: DeErrorKind) -> Self {
        DeError {
            kind,
            span: None,
            path: Vec::new(),
        }
    }

    /// The error in words.
    pub fn text(&self, cat: Catalogue) -> String {
        let at = short(&super::path_to_string(&self.path));
        let at = at.as_str();
        match &self.kind {
            DeErrorKind::InvalidType {
                found: f,
                expected: e,
            } => msg!(
                cat,
                "de-invalid-type",
                at = at,
                found = found(cat, &short(f)),
                expected = expected(cat, e)
            ),
            DeErrorKind::InvalidValue {
                found: f,
                expected: e,
            } => msg!(
                cat,
                "de-invalid-value",
                at = at,
                found = found(cat, &short(f)),
                expected = expected(cat, e)
            ),
            DeErrorKind::UnknownVariant {
                value,
                expected: allowed,
            } => {
                let short_value = short(value);
                match did_you_mean(value, allowed) {
                    Some(hint) => msg!(
                        cat,
                        "de-unknown-variant-hint",
                        at = at,
                        value = short_value,
                        hint = hint,
                        allowed = list(allowed)
                    ),
                    None => msg!(
                        cat,
                        "de-unknown-variant",
                        at = at,
                        value = short_value,
                        allowed = list(allowed)
                    ),
                }
            }
            DeErrorKind::UnknownField {
                field,
                expected: allowed,
            } => match did_you_mean(field, allowed) {
                Some(hint) => msg!(
                    cat,
                    "de-unknown-field-hint",
                    at = at,
                    hint = hint,
                    allowed = list(allowed)
                ),
                None => msg!(cat, "de-unknown-field", at = at, allowed = list(allowed)),
            },
            DeErrorKind::MissingField { field } => {
                msg!(cat, "de-missing-field", at = at, field = *field)
            }
            DeErrorKind::NeedsVersion2(what) => crate::v2text::needs_version_2(cat, at, what),
            DeErrorKind::ConditionForm { keys } if keys.is_empty() => {
                msg!(cat, "de-condition-form-empty", at = at)
            }
            DeErrorKind::ConditionForm { keys } => {
                let keys: Vec<&str> = keys.iter().map(String::as_str).collect();
                msg!(cat, "de-condition-form", at = at, keys = list(&keys))
            }
            DeErrorKind::Custom(message) => {
                msg!(cat, "de-custom", at = at, message = message.as_str())
            }
        }
    }

    fn at(mut self, span: Span) -> Self {
        if self.span.is_none() {
            self.span = Some(span);
        }
        self
    }

    fn under(mut self, seg: PathSeg) -> Self {
        self.path.insert(0, seg);
        self
    }
}

/// Deserialises `T` from a node.
pub fn from_node<'de, T: de::Deserialize<'de>>(node: &'de Node) -> Result<T, DeError> {
    T::deserialize(NodeDe(node)).map_err(|e| e.at(node.span))
}

/// The deserializer for one node.
pub struct NodeDe<'a>(pub &'a Node);

impl<'a> NodeDe<'a> {
    fn scalar(&self) -> Option<&'a Scalar> {
        match &self.0.value {
            Value::Scalar(s) => Some(s),
            _ => None,
        }
    }

    fn unexpected(&self) -> de::Unexpected<'a> {
        match &self.0.value {
            Value::Scalar(s) if s.is_null() => de::Unexpected::Unit,
            Value::Scalar(s) => {
                if let Some(b) = s.as_bool() {
                    de::Unexpected::Bool(b)
                } else if let Some(i) = s.as_i64() {
                    de::Unexpected::Signed(i)
                } else if let Some(f) = s.as_f64() {
                    de::Unexpected::Float(f)
                } else {
                    de::Unexpected::Str(&s.text)
                }
            }
            Value::Seq(_) => de::Unexpected::Seq,
            Value::Map(_) => de::Unexpected::Map,
        }
    }

    fn bad_type<V>(&self, exp: &dyn de::Expected) -> Result<V, DeError> {
        Err(<DeError as de::Error>::invalid_type(self.unexpected(), exp).at(self.0.span))
    }
}

struct ExpectedStr(&'static str);
impl de::Expected for ExpectedStr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0)
    }
}

impl<'de> de::Deserializer<'de> for NodeDe<'de> {
    type Error = DeError;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        match &self.0.value {
            Value::Scalar(s) => {
                if s.is_null() {
                    visitor.visit_unit()
                } else if let Some(b) = s.as_bool() {
                    visitor.visit_bool(b)
                } else if let Some(i) = s.as_i64() {
                    visitor.visit_i64(i)
                } else if let Some(f) = s.as_f64() {
                    visitor.visit_f64(f)
                } else {
                    visitor.visit_borrowed_str(&s.text)
                }
            }
            Value::Seq(items) => visitor.visit_seq(SeqAccess {
                items: items.iter(),
                index: 0,
            }),
            Value::Map(entries) => visitor.visit_map(MapAccess {
                entries: entries.iter(),
                current: None,
            }),
        }
        .map_err(|e| e.at(self.0.span))
    }

    fn deserialize_bool<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        match self.scalar().and_then(Scalar::as_bool) {
            Some(b) => visitor.visit_bool(b),
            None => self.bad_type(&ExpectedStr("a boolean")),
        }
    }

    fn deserialize_u64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        match self.scalar() {
            Some(s) if s.as_i64().is_some() => {
                let i = s.as_i64().unwrap_or_default();
                if i < 0 {
                    Err(<DeError as de::Error>::invalid_value(
                        de::Unexpected::Signed(i),
                        &"a number of 0 or more",
                    )
                    .at(self.0.span))
                } else {
                    visitor.visit_u64(i as u64)
                }
            }
            Some(s) if s.plain && super::looks_like_int(&s.text) => {
                Err(<DeError as de::Error>::invalid_value(
                    de::Unexpected::Str(&s.text),
                    &"a smaller whole number",
                )
                .at(self.0.span))
            }
            // `5.200` is how Danes write five thousand two hundred; YAML reads it as 5.2.
            Some(s) if s.plain && s.as_f64().is_some() && s.text.contains('.') => {
                Err(<DeError as de::Error>::invalid_value(
                    de::Unexpected::Str(&s.text),
                    &"a whole number without a thousands separator (write 5200, not 5.200)",
                )
                .at(self.0.span))
            }
            _ => self.bad_type(&ExpectedStr("u64")),
        }
    }

    fn deserialize_u32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        self.deserialize_u64(visitor)
    }

    fn deserialize_i64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        match self.scalar().and_then(Scalar::as_i64) {
            Some(i) => visitor.visit_i64(i),
            None => self.bad_type(&ExpectedStr("i64")),
        }
    }

    fn deserialize_f64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        match self.scalar().and_then(Scalar::as_f64) {
            Some(f) if f.is_finite() => visitor.visit_f64(f),
            _ => self.bad_type(&ExpectedStr("f64")),
        }
    }

    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        match self.scalar() {
            // Any written scalar is accepted as text: `reference: 2025` means the text "2025".
            Some(s) if !s.is_null() => visitor.visit_borrowed_str(&s.text),
            _ => self.bad_type(&ExpectedStr("a string")),
        }
    }

    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        self.deserialize_str(visitor)
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        match self.scalar() {
            Some(s) if s.is_null() => visitor.visit_none(),
            _ => visitor.visit_some(self),
        }
    }

    fn deserialize_unit<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        match self.scalar() {
            Some(s) if s.is_null() => visitor.visit_unit(),
            _ => self.bad_type(&ExpectedStr("nothing")),
        }
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, DeError> {
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        match &self.0.value {
            Value::Seq(items) => visitor.visit_seq(SeqAccess {
                items: items.iter(),
                index: 0,
            }),
            _ => self.bad_type(&ExpectedStr("a sequence")),
        }
    }

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        match &self.0.value {
            Value::Map(entries) => visitor
                .visit_map(MapAccess {
                    entries: entries.iter(),
                    current: None,
                })
                .map_err(|e| e.at(self.0.span)),
            _ => self.bad_type(&ExpectedStr("a map")),
        }
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, DeError> {
        self.deserialize_map(visitor)
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, DeError> {
        match self.scalar() {
            Some(s) if !s.is_null() => visitor
                .visit_enum(s.text.as_str().into_deserializer())
                .map_err(|e: DeError| e.at(self.0.span)),
            _ => self.bad_type(&ExpectedStr("one of the allowed values")),
        }
    }

    fn deserialize_identifier<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        self.deserialize_str(visitor)
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        visitor.visit_unit()
    }

    serde::forward_to_deserialize_any! {
        i8 i16 i32 i128 u8 u16 u128 f32 char bytes byte_buf unit_struct tuple tuple_struct
    }
}

struct SeqAccess<'a> {
    items: std::slice::Iter<'a, Node>,
    index: usize,
}

impl<'de> de::SeqAccess<'de> for SeqAccess<'de> {
    type Error = DeError;
    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, DeError> {
        let Some(node) = self.items.next() else {
            return Ok(None);
        };
        let index = self.index;
        self.index += 1;
        seed.deserialize(NodeDe(node))
            .map(Some)
            .map_err(|e| e.at(node.span).under(PathSeg::Index(index)))
    }
    fn size_hint(&self) -> Option<usize> {
        Some(self.items.len())
    }
}

struct MapAccess<'a> {
    entries: std::slice::Iter<'a, Entry>,
    current: Option<&'a Entry>,
}

impl<'de> de::MapAccess<'de> for MapAccess<'de> {
    type Error = DeError;
    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, DeError> {
        let Some(entry) = self.entries.next() else {
            return Ok(None);
        };
        self.current = Some(entry);
        let key: de::value::BorrowedStrDeserializer<'de, DeError> =
            de::value::BorrowedStrDeserializer::new(&entry.key);
        seed.deserialize(key)
            .map(Some)
            .map_err(|e| e.at(entry.key_span).under(PathSeg::Key(entry.key.clone())))
    }
    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, DeError> {
        let entry = self.current.take().expect("value requested before key");
        seed.deserialize(NodeDe(&entry.value)).map_err(|e| {
            e.at(entry.value.span)
                .under(PathSeg::Key(entry.key.clone()))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::{parse, Limits};
    use serde::Deserialize;

    #[derive(Deserialize, Debug)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Inner {
        department: Option<String>,
        count: Option<u64>,
    }
    #[derive(Deserialize, Debug)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Outer {
        owner: Option<Inner>,
        flag: Option<bool>,
        list: Option<Vec<Inner>>,
    }

    #[test]
    fn unknown_key_has_path_span_and_suggestion() {
        let n = parse("owner:\n  departmnt: X\n", &Limits::default()).unwrap();
        let e = from_node::<Outer>(&n).unwrap_err();
        assert_eq!(e.span, Some(Span { line: 2, column: 3 }));
        assert_eq!(crate::load::path_to_string(&e.path), "owner.departmnt");
        let da = e.text(Catalogue::new(Lang::Da));
        assert!(da.contains("mente du `department`"), "{da}");
    }

    #[test]
    fn wrong_type_points_at_value() {
        let n = parse("flag: maybe\nlist:\n  - count: -3\n", &Limits::default()).unwrap();
        let e = from_node::<Outer>(&n).unwrap_err();
        assert_eq!(e.span, Some(Span { line: 1, column: 7 }));
        let n = parse("list:\n  - count: many\n", &Limits::default()).unwrap();
        let e = from_node::<Outer>(&n).unwrap_err();
        assert_eq!(crate::load::path_to_string(&e.path), "list[0].count");
        assert_eq!(e.span.unwrap().line, 2);
    }

    #[test]
    fn numbers_are_accepted_as_text() {
        let n = parse("owner:\n  department: 2025\n", &Limits::default()).unwrap();
        let o = from_node::<Outer>(&n).unwrap();
        assert_eq!(o.owner.unwrap().department.as_deref(), Some("2025"));
    }
}
