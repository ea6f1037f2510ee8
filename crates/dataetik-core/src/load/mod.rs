//! Loading assessment files: bytes -> a YAML tree that remembers where every key and value came from.
//!
//! Every finding must point at a real line and column, so assessments are not read with a plain
//! YAML-to-struct deserializer. Instead the YAML event stream is built into a [`Node`] tree with
//! source spans, under explicit [`Limits`] (size, depth, alias expansion, string length), and the
//! typed [`crate::model::Assessment`] is deserialised from that tree (see [`de`]).

pub mod de;

use std::fmt;

use yaml_rust2::parser::{Event, Parser};

use crate::check::finding::human_bytes;
use crate::i18n::Catalogue;
use crate::msg;
use yaml_rust2::scanner::{Marker, TScalarStyle};

/// A position in a source file, 1-based, in characters (as an editor counts columns).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, serde::Serialize)]
pub struct Span {
    /// Line number, starting at 1.
    pub line: u32,
    /// Column number, starting at 1.
    pub column: u32,
}

impl Span {
    /// The start of the file, used when nothing more precise is known.
    pub const START: Span = Span { line: 1, column: 1 };

    fn from_marker(m: &Marker) -> Span {
        Span {
            line: m.line().max(1) as u32,
            column: (m.col() + 1) as u32,
        }
    }
}

/// Limits that keep a hostile or broken file from exhausting memory or time.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Largest accepted file, in bytes.
    pub max_file_bytes: usize,
    /// Deepest accepted nesting of lists and mappings.
    pub max_depth: usize,
    /// Most nodes in the tree, counting every node an alias expands to (stops "billion laughs").
    pub max_nodes: usize,
    /// Longest accepted text value, in bytes.
    pub max_string_bytes: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_file_bytes: 1024 * 1024,
            max_depth: 32,
            max_nodes: 100_000,
            max_string_bytes: 256 * 1024,
        }
    }
}

/// A YAML scalar as written: its text and whether it was a plain (unquoted) scalar.
///
/// Types are resolved only when the model asks for one, so `reference: 2025` can still be read
/// as the text "2025" while `value: 0.91` keeps its written decimals for EQU-006.
#[derive(Debug, Clone, PartialEq)]
pub struct Scalar {
    /// The scalar's text after YAML unescaping and folding.
    pub text: String,
    /// True for plain scalars, which YAML resolves to null, booleans and numbers.
    pub plain: bool,
}

impl Scalar {
    /// True when this is YAML's null (`~`, `null` or nothing).
    pub fn is_null(&self) -> bool {
        self.plain && matches!(self.text.as_str(), "" | "~" | "null" | "Null" | "NULL")
    }

    /// The boolean value of a plain `true`/`false` scalar.
    pub fn as_bool(&self) -> Option<bool> {
        if !self.plain {
            return None;
        }
        match self.text.as_str() {
            "true" | "True" | "TRUE" => Some(true),
            "false" | "False" | "FALSE" => Some(false),
            _ => None,
        }
    }

    /// The integer value of a plain decimal integer scalar.
    pub fn as_i64(&self) -> Option<i64> {
        if !self.plain || !looks_like_int(&self.text) {
            return None;
        }
        self.text.parse().ok()
    }

    /// The numeric value of a plain integer or decimal scalar.
    pub fn as_f64(&self) -> Option<f64> {
        if !self.plain {
            return None;
        }
        let t = self.text.as_str();
        match t {
            ".inf" | ".Inf" | ".INF" | "+.inf" => return Some(f64::INFINITY),
            "-.inf" | "-.Inf" | "-.INF" => return Some(f64::NEG_INFINITY),
            ".nan" | ".NaN" | ".NAN" => return Some(f64::NAN),
            _ => {}
        }
        if looks_like_float(t) {
            t.parse().ok()
        } else {
            None
        }
    }

    /// True when the scalar is null or whitespace only.
    pub fn is_blank(&self) -> bool {
        self.is_null() || self.text.trim().is_empty()
    }
}

fn looks_like_int(t: &str) -> bool {
    let digits = t.strip_prefix(['-', '+']).unwrap_or(t);
    !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit())
}

fn looks_like_float(t: &str) -> bool {
    let s = t.strip_prefix(['-', '+']).unwrap_or(t);
    let (mantissa, exp) = match s.find(['e', 'E']) {
        Some(i) => (&s[..i], Some(&s[i + 1..])),
        None => (s, None),
    };
    let mut parts = mantissa.splitn(2, '.');
    let int = parts.next().unwrap_or("");
    let frac = parts.next();
    let int_ok = int.bytes().all(|b| b.is_ascii_digit());
    let frac_ok = frac.is_none_or(|f| f.bytes().all(|b| b.is_ascii_digit()));
    let has_digits = !int.is_empty() || frac.is_some_and(|f| !f.is_empty());
    let exp_ok = exp.is_none_or(|e| {
        let e = e.strip_prefix(['-', '+']).unwrap_or(e);
        !e.is_empty() && e.bytes().all(|b| b.is_ascii_digit())
    });
    int_ok && frac_ok && has_digits && exp_ok
}

/// One key of a mapping, with where it was written.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    /// The key's text.
    pub key: String,
    /// Where the key starts: findings about this field point here.
    pub key_span: Span,
    /// The value under the key.
    pub value: Node,
}

/// The shape of a YAML node.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// A scalar: text, number, boolean or null.
    Scalar(Scalar),
    /// A list.
    Seq(Vec<Node>),
    /// A mapping, in file order.
    Map(Vec<Entry>),
}

/// A YAML node with the position where its value starts.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    /// Where the value starts.
    pub span: Span,
    /// The value.
    pub value: Value,
}

impl Node {
    /// The entry under `key` when this node is a mapping.
    pub fn entry(&self, key: &str) -> Option<&Entry> {
        match &self.value {
            Value::Map(entries) => entries.iter().find(|e| e.key == key),
            _ => None,
        }
    }

    /// The value under `key` when this node is a mapping.
    pub fn get(&self, key: &str) -> Option<&Node> {
        self.entry(key).map(|e| &e.value)
    }

    /// Follows a dotted path (`principles.transparency.access`) through mappings.
    pub fn get_path(&self, path: &str) -> Option<&Node> {
        let mut node = self;
        for part in path.split('.').filter(|p| !p.is_empty()) {
            node = node.get(part)?;
        }
        Some(node)
    }

    /// Where a finding about `path` should point: the key itself when present, otherwise the
    /// deepest parent key that exists (a missing key is reported at its parent).
    /// `base` is the span to use when not even the first key exists.
    pub fn locate(&self, path: &str, base: Span) -> Span {
        let mut node = self;
        let mut span = base;
        for part in path.split('.').filter(|p| !p.is_empty()) {
            match node.entry(part) {
                Some(e) => {
                    span = e.key_span;
                    node = &e.value;
                }
                None => break,
            }
        }
        span
    }

    /// The scalar, if this node is one.
    pub fn scalar(&self) -> Option<&Scalar> {
        match &self.value {
            Value::Scalar(s) => Some(s),
            _ => None,
        }
    }

    /// Blank means nothing was written: null, whitespace-only text, or an empty list or mapping.
    pub fn is_blank(&self) -> bool {
        match &self.value {
            Value::Scalar(s) => s.is_blank(),
            Value::Seq(items) => items.is_empty(),
            Value::Map(entries) => entries.is_empty(),
        }
    }

    /// The list items, if this node is a list.
    pub fn items(&self) -> &[Node] {
        match &self.value {
            Value::Seq(items) => items,
            _ => &[],
        }
    }

    /// Visits every scalar in the tree (used by the CPR scan).
    pub fn visit_scalars<'a>(&'a self, f: &mut impl FnMut(&'a Node, &'a Scalar)) {
        match &self.value {
            Value::Scalar(s) => f(self, s),
            Value::Seq(items) => items.iter().for_each(|n| n.visit_scalars(f)),
            Value::Map(entries) => entries.iter().for_each(|e| e.value.visit_scalars(f)),
        }
    }

    fn count(&self) -> usize {
        match &self.value {
            Value::Scalar(_) => 1,
            Value::Seq(items) => 1 + items.iter().map(Node::count).sum::<usize>(),
            Value::Map(entries) => 1 + entries.iter().map(|e| e.value.count()).sum::<usize>(),
        }
    }

    /// Removes the value at a path of keys and list indices; used to drop a field that failed
    /// validation so the rest of the file can still be read and checked.
    pub fn remove_path(&mut self, path: &[PathSeg]) -> bool {
        let Some((last, parents)) = path.split_last() else {
            return false;
        };
        let mut node = self;
        for seg in parents {
            let next = match (seg, &mut node.value) {
                (PathSeg::Key(k), Value::Map(entries)) => entries
                    .iter_mut()
                    .find(|e| &e.key == k)
                    .map(|e| &mut e.value),
                (PathSeg::Index(i), Value::Seq(items)) => items.get_mut(*i),
                _ => None,
            };
            match next {
                Some(n) => node = n,
                None => return false,
            }
        }
        match (last, &mut node.value) {
            (PathSeg::Key(k), Value::Map(entries)) => {
                let before = entries.len();
                entries.retain(|e| &e.key != k);
                before != entries.len()
            }
            (PathSeg::Index(i), Value::Seq(items)) if *i < items.len() => {
                // Replace with null rather than shifting later items' indices.
                let span = items[*i].span;
                items[*i] = Node {
                    span,
                    value: Value::Scalar(Scalar {
                        text: String::new(),
                        plain: true,
                    }),
                };
                true
            }
            _ => false,
        }
    }
}

/// One step of a path into the tree.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PathSeg {
    /// A mapping key.
    Key(String),
    /// A list index, from 0.
    Index(usize),
}

/// Renders a path as users write it: `principles.equality.bias_tests[0].value`.
pub fn path_to_string(path: &[PathSeg]) -> String {
    let mut out = String::new();
    for seg in path {
        match seg {
            PathSeg::Key(k) => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(k);
            }
            PathSeg::Index(i) => out.push_str(&format!("[{i}]")),
        }
    }
    out
}

/// Why a file could not be read as a YAML tree.
#[derive(Debug, Clone, PartialEq)]
pub enum LoadErrorKind {
    /// Not valid YAML, not UTF-8, empty: rule GEN-001.
    Syntax,
    /// Valid YAML that breaks the file format's structure or a limit: rule GEN-002.
    Structure,
}

/// A file that cannot be turned into a tree, with the place and what is wrong (as data; the
/// words come from the catalogue, see [`LoadProblem::text`]).
#[derive(Debug, Clone, PartialEq)]
pub struct LoadError {
    /// Which rule this becomes.
    pub kind: LoadErrorKind,
    /// Where the problem is, when known.
    pub span: Option<Span>,
    /// What went wrong.
    pub problem: LoadProblem,
}

/// What is wrong with a file that cannot be read as a YAML tree.
#[derive(Debug, Clone, PartialEq)]
pub enum LoadProblem {
    /// Not UTF-8.
    NotUtf8,
    /// Empty or whitespace only.
    Empty,
    /// Only comments or `null`.
    NoFields,
    /// No YAML document at all.
    NoDocument,
    /// A syntax error reported by the YAML parser (its English message).
    Yaml {
        /// The parser's message.
        info: String,
    },
    /// Several `---` documents.
    SeveralDocuments,
    /// A second root node.
    MoreThanOneDocument,
    /// An alias without its anchor.
    UnknownAnchor,
    /// A text longer than the limit.
    TextTooLong {
        /// Its length in bytes.
        len: usize,
        /// The limit.
        max: usize,
    },
    /// Nested deeper than the limit.
    TooDeep {
        /// The limit.
        max: usize,
    },
    /// More nodes (after alias expansion) than the limit.
    TooManyNodes {
        /// The limit.
        max: usize,
    },
    /// A YAML tag.
    Tag {
        /// The tag as written.
        tag: String,
    },
    /// A key that is a list or mapping.
    NonScalarKey,
    /// A key written twice in one mapping.
    DuplicateKey {
        /// The key.
        key: String,
        /// The line of its first occurrence.
        first_line: u32,
    },
    /// The top level is not a mapping.
    NotAMapping,
    /// The file is larger than the limit.
    FileTooLarge {
        /// The file's size.
        size: u64,
        /// The limit.
        max: usize,
    },
}

impl LoadProblem {
    /// The problem in words.
    pub fn text(&self, cat: Catalogue) -> String {
        match self {
            LoadProblem::NotUtf8 => msg!(cat, "load-not-utf8"),
            LoadProblem::Empty => msg!(cat, "load-empty"),
            LoadProblem::NoFields => msg!(cat, "load-no-fields"),
            LoadProblem::NoDocument => msg!(cat, "load-no-document"),
            LoadProblem::Yaml { info } => match yaml_hint(cat, info) {
                Some(hint) => msg!(cat, "load-yaml-hint", hint = hint, info = info.as_str()),
                None => msg!(cat, "load-yaml", info = info.as_str()),
            },
            LoadProblem::SeveralDocuments => msg!(cat, "load-several-documents"),
            LoadProblem::MoreThanOneDocument => msg!(cat, "load-more-than-one-document"),
            LoadProblem::UnknownAnchor => msg!(cat, "load-unknown-anchor"),
            LoadProblem::TextTooLong { len, max } => msg!(
                cat,
                "load-text-too-long",
                len = len.to_string(),
                max = max.to_string(),
                human = human_bytes(cat, *max)
            ),
            LoadProblem::TooDeep { max } => msg!(cat, "load-too-deep", max = max.to_string()),
            LoadProblem::TooManyNodes { max } => {
                msg!(cat, "load-too-many-nodes", max = max.to_string())
            }
            LoadProblem::Tag { tag } => msg!(cat, "load-tag", tag = tag.as_str()),
            LoadProblem::NonScalarKey => msg!(cat, "load-non-scalar-key"),
            LoadProblem::DuplicateKey { key, first_line } => msg!(
                cat,
                "load-duplicate-key",
                key = key.as_str(),
                line = first_line.to_string()
            ),
            LoadProblem::NotAMapping => msg!(cat, "load-not-a-mapping"),
            LoadProblem::FileTooLarge { size, max } => msg!(
                cat,
                "detail-file-too-large",
                size = size.to_string(),
                max = max.to_string(),
                human = human_bytes(cat, *max)
            ),
        }
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.problem.text(Catalogue::new(crate::i18n::Lang::En)))
    }
}

impl std::error::Error for LoadError {}

fn syntax(span: Option<Span>, problem: LoadProblem) -> LoadError {
    LoadError {
        kind: LoadErrorKind::Syntax,
        span,
        problem,
    }
}

fn structure(span: Option<Span>, problem: LoadProblem) -> LoadError {
    LoadError {
        kind: LoadErrorKind::Structure,
        span,
        problem,
    }
}

/// The finding for a file over the file-size limit (`size` is the file's real size).
pub fn file_too_large(size: u64, limits: &Limits) -> LoadError {
    structure(
        None,
        LoadProblem::FileTooLarge {
            size,
            max: limits.max_file_bytes,
        },
    )
}

/// Decodes file bytes as UTF-8 within the size limit, pointing at the first invalid byte.
pub fn decode<'a>(bytes: &'a [u8], limits: &Limits) -> Result<&'a str, LoadError> {
    if bytes.len() > limits.max_file_bytes {
        return Err(file_too_large(bytes.len() as u64, limits));
    }
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let valid = &bytes[..e.valid_up_to()];
        let line = valid.iter().filter(|&&b| b == b'\n').count() + 1;
        let col = valid.iter().rev().take_while(|&&b| b != b'\n').count() + 1;
        syntax(
            Some(Span {
                line: line as u32,
                column: col as u32,
            }),
            LoadProblem::NotUtf8,
        )
    })?;
    Ok(text.strip_prefix('\u{feff}').unwrap_or(text))
}

enum Frame {
    Seq {
        span: Span,
        anchor: usize,
        items: Vec<Node>,
    },
    Map {
        span: Span,
        anchor: usize,
        entries: Vec<Entry>,
        key: Option<(String, Span)>,
    },
}

/// Parses one YAML document into a tree, enforcing `limits`.
///
/// Rejects what the assessment format never needs and what could hide mistakes or attacks:
/// several documents, tags, non-scalar keys, duplicate keys, and aliases that expand past the
/// node limit.
pub fn parse(source: &str, limits: &Limits) -> Result<Node, LoadError> {
    if source.trim().is_empty() {
        return Err(syntax(None, LoadProblem::Empty));
    }
    let mut parser = Parser::new_from_str(source);
    let mut stack: Vec<Frame> = Vec::new();
    let mut anchors: std::collections::HashMap<usize, (Node, usize)> = Default::default();
    let mut nodes = 0usize;
    let mut root: Option<Node> = None;
    let mut documents = 0;

    loop {
        let (event, marker) = parser.next_token().map_err(|e| {
            let m = e.marker();
            syntax(
                Some(clamp_to_source(Span::from_marker(m), source)),
                LoadProblem::Yaml {
                    info: e.info().to_string(),
                },
            )
        })?;
        let span = Span::from_marker(&marker);
        let completed: Option<(Node, usize)> = match event {
            Event::StreamStart | Event::Nothing => None,
            Event::StreamEnd => break,
            Event::DocumentStart => {
                documents += 1;
                if documents > 1 {
                    return Err(structure(Some(span), LoadProblem::SeveralDocuments));
                }
                None
            }
            Event::DocumentEnd => None,
            Event::Alias(id) => {
                let Some((node, count)) = anchors.get(&id) else {
                    return Err(structure(Some(span), LoadProblem::UnknownAnchor));
                };
                nodes += count;
                if nodes > limits.max_nodes {
                    return Err(too_many_nodes(span, limits));
                }
                let mut node = node.clone();
                node.span = span;
                Some((node, 0))
            }
            Event::Scalar(text, style, anchor, tag) => {
                if let Some(tag) = tag {
                    return Err(tag_error(span, &format!("{}{}", tag.handle, tag.suffix)));
                }
                if text.len() > limits.max_string_bytes {
                    return Err(structure(
                        Some(span),
                        LoadProblem::TextTooLong {
                            len: text.len(),
                            max: limits.max_string_bytes,
                        },
                    ));
                }
                nodes += 1;
                if nodes > limits.max_nodes {
                    return Err(too_many_nodes(span, limits));
                }
                let plain = matches!(style, TScalarStyle::Plain);
                Some((
                    Node {
                        span,
                        value: Value::Scalar(Scalar { text, plain }),
                    },
                    anchor,
                ))
            }
            Event::SequenceStart(anchor, ref tag) | Event::MappingStart(anchor, ref tag) => {
                if let Some(tag) = tag {
                    return Err(tag_error(span, &format!("{}{}", tag.handle, tag.suffix)));
                }
                if stack.len() >= limits.max_depth {
                    return Err(structure(
                        Some(span),
                        LoadProblem::TooDeep {
                            max: limits.max_depth,
                        },
                    ));
                }
                nodes += 1;
                if nodes > limits.max_nodes {
                    return Err(too_many_nodes(span, limits));
                }
                // A mapping that is itself a key is rejected when it completes.
                if matches!(event, Event::SequenceStart(..)) {
                    stack.push(Frame::Seq {
                        span,
                        anchor,
                        items: Vec::new(),
                    });
                } else {
                    stack.push(Frame::Map {
                        span,
                        anchor,
                        entries: Vec::new(),
                        key: None,
                    });
                }
                None
            }
            Event::SequenceEnd | Event::MappingEnd => match stack.pop() {
                Some(Frame::Seq {
                    span,
                    anchor,
                    items,
                }) => Some((
                    Node {
                        span,
                        value: Value::Seq(items),
                    },
                    anchor,
                )),
                Some(Frame::Map {
                    span,
                    anchor,
                    entries,
                    ..
                }) => {
                    // Point at the first key rather than where the parser noticed the mapping.
                    let span = entries.first().map_or(span, |e| e.key_span);
                    Some((
                        Node {
                            span,
                            value: Value::Map(entries),
                        },
                        anchor,
                    ))
                }
                None => None,
            },
        };
        let Some((node, anchor)) = completed else {
            continue;
        };
        if anchor > 0 {
            let count = node.count();
            anchors.insert(anchor, (node.clone(), count));
        }
        match stack.last_mut() {
            None => {
                if root.is_some() {
                    return Err(structure(Some(node.span), LoadProblem::MoreThanOneDocument));
                }
                root = Some(node);
            }
            Some(Frame::Seq { items, .. }) => items.push(node),
            Some(Frame::Map { entries, key, .. }) => match key.take() {
                None => {
                    let Value::Scalar(s) = node.value else {
                        return Err(structure(Some(node.span), LoadProblem::NonScalarKey));
                    };
                    if let Some(first) = entries.iter().find(|e| e.key == s.text) {
                        return Err(structure(
                            Some(node.span),
                            LoadProblem::DuplicateKey {
                                key: s.text,
                                first_line: first.key_span.line,
                            },
                        ));
                    }
                    *key = Some((s.text, node.span));
                }
                Some((k, key_span)) => entries.push(Entry {
                    key: k,
                    key_span,
                    value: node,
                }),
            },
        }
    }

    match root {
        Some(node) if matches!(node.value, Value::Map(_)) => Ok(node),
        Some(node) if node.scalar().is_some_and(Scalar::is_null) => {
            Err(syntax(None, LoadProblem::NoFields))
        }
        Some(node) => Err(structure(Some(node.span), LoadProblem::NotAMapping)),
        None => Err(syntax(None, LoadProblem::NoDocument)),
    }
}

/// yaml-rust2 reports an error found at the end of a file whose last line has no newline one
/// line past the end (found by fuzzing); point at the end of the last line instead.
fn clamp_to_source(span: Span, source: &str) -> Span {
    let lines = source.bytes().filter(|&b| b == b'\n').count() + 1;
    if span.line as usize <= lines {
        return span;
    }
    let last = source.rsplit('\n').next().unwrap_or("");
    Span {
        line: lines as u32,
        column: last.chars().count() as u32 + 1,
    }
}

fn too_many_nodes(span: Span, limits: &Limits) -> LoadError {
    structure(
        Some(span),
        LoadProblem::TooManyNodes {
            max: limits.max_nodes,
        },
    )
}

fn tag_error(span: Span, tag: &str) -> LoadError {
    structure(
        Some(span),
        LoadProblem::Tag {
            tag: tag.to_string(),
        },
    )
}

/// An explanation of the YAML parser's English message, for languages that need one: the
/// parser's messages are matched here, the explanations are in the catalogue.
fn yaml_hint(cat: Catalogue, info: &str) -> Option<String> {
    let hint = if info.contains("found character that cannot start any token") {
        msg!(cat, "yaml-hint-bad-token")
    } else if info.contains("mapping values are not allowed in this context") {
        msg!(cat, "yaml-hint-colon")
    } else if info.contains("did not find expected key") {
        msg!(cat, "yaml-hint-expected-key")
    } else if info.contains("did not find expected '-' indicator") {
        msg!(cat, "yaml-hint-expected-dash")
    } else if info.contains("found unexpected end of stream") {
        msg!(cat, "yaml-hint-unexpected-end")
    } else if info.contains("while parsing a block mapping") {
        msg!(cat, "yaml-hint-block-mapping")
    } else if info.contains("recursion limit exceeded") {
        msg!(cat, "yaml-hint-recursion")
    } else if info.contains("found a tab") || info.contains("tabs disallowed") {
        msg!(cat, "yaml-hint-tab")
    } else if info.contains("while scanning a quoted scalar") {
        msg!(cat, "yaml-hint-open-quote")
    } else if info.contains("simple key expect ':'") {
        msg!(cat, "yaml-hint-expected-colon")
    } else if info.contains("invalid indentation in quoted scalar") {
        msg!(cat, "yaml-hint-quoted-indent")
    } else if info.contains("illegal placement of ':' indicator") {
        msg!(cat, "yaml-hint-colon-placement")
    } else if info.contains("did not find expected node content") {
        msg!(cat, "yaml-hint-expected-value")
    } else if info.contains("did not find expected ',' or ']'") {
        msg!(cat, "yaml-hint-open-list")
    } else if info.contains("did not find expected ',' or '}'") {
        msg!(cat, "yaml-hint-open-map")
    } else {
        return None;
    };
    Some(hint)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(s: &str) -> Result<Node, LoadError> {
        parse(s, &Limits::default())
    }

    #[test]
    fn keeps_key_positions() {
        let n = p("id: a\nowner:\n  department: X\n").unwrap();
        let e = n.get("owner").unwrap().entry("department").unwrap();
        assert_eq!(e.key_span, Span { line: 3, column: 3 });
        assert_eq!(
            n.locate("owner.unit", Span::START),
            Span { line: 2, column: 1 }
        );
        assert_eq!(
            n.locate("owner.department", Span::START),
            Span { line: 3, column: 3 }
        );
    }

    #[test]
    fn rejects_duplicates_tags_and_non_mapping() {
        let e = p("a: 1\na: 2\n").unwrap_err();
        assert_eq!(e.kind, LoadErrorKind::Structure);
        assert_eq!(e.span.unwrap().line, 2);
        assert!(p("a: !!str 1\n").is_err());
        assert!(p("- a\n- b\n").is_err());
        assert_eq!(p("").unwrap_err().kind, LoadErrorKind::Syntax);
        assert_eq!(
            p("# only a comment\n").unwrap_err().kind,
            LoadErrorKind::Syntax
        );
    }

    #[test]
    fn stops_alias_bombs_and_deep_nesting() {
        let mut bomb = String::from("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        for i in 0..10 {
            let prev = if i == 0 {
                "a".to_string()
            } else {
                format!("b{}", i - 1)
            };
            bomb.push_str(&format!("b{i}: &b{i} [*{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}]\n"));
        }
        let e = p(&bomb).unwrap_err();
        let en = e.problem.text(Catalogue::new(crate::i18n::Lang::En));
        assert!(en.contains("expands"), "{en}");
        let deep = format!("a: {}{}\n", "[".repeat(500), "]".repeat(500));
        assert!(p(&deep).is_err());
        let deep_block: String = (0..200)
            .map(|i| format!("{}k{i}:\n", "  ".repeat(i)))
            .collect();
        assert!(p(&deep_block).is_err());
    }

    #[test]
    fn tabs_and_syntax_errors_have_positions() {
        let e = p("a: 1\nb:\n\t- x\n").unwrap_err();
        assert_eq!(e.kind, LoadErrorKind::Syntax);
        assert_eq!(e.span.unwrap().line, 3);
        let da = e.problem.text(Catalogue::new(crate::i18n::Lang::Da));
        assert!(da.contains("tabulator"), "{da}");
        let e = p("a: [1, 2\n").unwrap_err();
        assert!(e.span.is_some());
    }

    #[test]
    fn error_at_end_without_newline_points_at_last_line() {
        // Found by fuzzing: the error was reported on line 3 of a 2-line file.
        let e = p("a: 1\nb: [x, y").unwrap_err();
        let span = e.span.unwrap();
        assert_eq!(span.line, 2, "{e:?}");
        let e = p("a: 1\nb: \"open").unwrap_err();
        assert!(e.span.unwrap().line <= 2, "{e:?}");
    }

    #[test]
    fn non_utf8_names_line() {
        let e = decode(b"a: 1\nb: \xff\n", &Limits::default()).unwrap_err();
        assert_eq!(e.span.unwrap().line, 2);
    }

    #[test]
    fn scalar_resolution() {
        let s = |t: &str| Scalar {
            text: t.into(),
            plain: true,
        };
        assert_eq!(s("true").as_bool(), Some(true));
        assert_eq!(s("4000").as_i64(), Some(4000));
        assert_eq!(s("0.91").as_f64(), Some(0.91));
        assert_eq!(s("1e3").as_f64(), Some(1000.0));
        assert_eq!(s("2025-05-01").as_f64(), None);
        assert!(s("~").is_null());
        assert_eq!(
            Scalar {
                text: "true".into(),
                plain: false
            }
            .as_bool(),
            None
        );
    }
}
