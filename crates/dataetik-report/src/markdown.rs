//! Markdown fields of an assessment, made safe for the report.
//!
//! Free-text fields (purpose, summary, considerations, ...) are Markdown written by data teams.
//! The report must show them as *text*, never run them as code: the PDF template gets a small
//! data tree (built here from pulldown-cmark events) that a recursive Typst function turns into
//! content, and the HTML page gets HTML rendered by pulldown-cmark from the same filtered events
//! and then cleaned by ammonia with a strict allow-list. Raw HTML in the source is shown as
//! literal text, links keep only http(s) and mailto targets, and Markdown headings become bold
//! paragraphs so that they cannot disturb the report's own heading outline.

use std::collections::HashSet;

use pulldown_cmark::{CowStr, Event, Options, Parser, Tag, TagEnd};
use serde::{Deserialize, Serialize};

/// A Markdown text from an assessment, kept in three forms: the source (for JSON readers and
/// diffs), the data tree that the Typst template renders, and sanitised HTML for the web page.
/// All three are computed once in [`Markdown::new`], so templates never parse user text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Markdown {
    /// The Markdown source exactly as written in the assessment.
    pub source: String,
    /// The parsed document as block nodes; what the PDF template renders.
    pub tree: Vec<MdNode>,
    /// Sanitised HTML (ammonia allow-list); what the HTML template inserts unescaped.
    pub html: String,
    /// The language the text is written in, when it differs from the report's (an English
    /// report of a Danish register): templates mark the text with it (WCAG 3.1.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
}

/// One node of the Markdown data tree. The tree is deliberately small: everything the report
/// needs to show a data team's text faithfully, and nothing that could carry code.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum MdNode {
    /// A paragraph (Markdown headings also become paragraphs, with their text in `strong`).
    Paragraph {
        /// Inline content.
        children: Vec<MdNode>,
    },
    /// A bullet list (`ordered: false`) or numbered list starting at `start`.
    List {
        /// Whether the list is numbered.
        ordered: bool,
        /// The first number of a numbered list (1 for bullet lists).
        start: u64,
        /// The items; each item is a sequence of nodes (inline nodes for tight lists, blocks
        /// for loose ones).
        items: Vec<Vec<MdNode>>,
    },
    /// A block quote.
    Quote {
        /// Block content.
        children: Vec<MdNode>,
    },
    /// A code block, shown verbatim in a monospace font.
    CodeBlock {
        /// The literal text.
        text: String,
    },
    /// A thematic break (horizontal rule).
    Rule,
    /// Emphasis (italic).
    Emph {
        /// Inline content.
        children: Vec<MdNode>,
    },
    /// Strong emphasis (bold).
    Strong {
        /// Inline content.
        children: Vec<MdNode>,
    },
    /// Inline code, shown verbatim.
    Code {
        /// The literal text.
        text: String,
    },
    /// A hyperlink; only http, https and mailto targets survive parsing.
    Link {
        /// The target URL.
        url: String,
        /// The link text.
        children: Vec<MdNode>,
    },
    /// Plain text, always shown literally.
    Text {
        /// The literal text.
        text: String,
    },
    /// A soft line break (rendered as a space).
    SoftBreak,
    /// A hard line break.
    HardBreak,
}

impl Markdown {
    /// Parses `source` once into the tree and sanitised HTML.
    pub fn new(source: impl Into<String>) -> Self {
        let source = source.into();
        let events = safe_events(&source);
        let tree = build_tree(&events);
        let html = render_html(&events);
        Markdown {
            source,
            tree,
            html,
            lang: None,
        }
    }

    /// True when the source holds no visible text.
    pub fn is_blank(&self) -> bool {
        self.source.trim().is_empty()
    }
}

impl From<&str> for Markdown {
    fn from(s: &str) -> Self {
        Markdown::new(s)
    }
}

impl From<String> for Markdown {
    fn from(s: String) -> Self {
        Markdown::new(s)
    }
}

/// Whether a link target may stay a link: only web and mail addresses. Everything else
/// (`javascript:`, `data:`, relative paths that mean nothing outside the register) becomes text.
pub fn is_allowed_url(url: &str) -> bool {
    let lower = url.trim().to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://") || lower.starts_with("mailto:"))
        && !url.chars().any(|c| c.is_control() || c.is_whitespace())
}

/// Parses with CommonMark only (no tables, no raw-HTML passthrough) and rewrites the event
/// stream into the safe subset both renderers share.
fn safe_events(source: &str) -> Vec<Event<'_>> {
    let mut out = Vec::new();
    // Which link starts were kept, so the matching ends can be dropped too.
    let mut link_kept: Vec<bool> = Vec::new();
    // Images are replaced by their alt text: depth counts nested image tags.
    let mut in_image = 0usize;
    for ev in Parser::new_ext(source, Options::empty()) {
        match ev {
            Event::Start(Tag::Image { .. }) => in_image += 1,
            Event::End(TagEnd::Image) => in_image = in_image.saturating_sub(1),
            Event::Start(Tag::Link {
                dest_url,
                title,
                id,
                link_type,
            }) => {
                // `<navn@kommune.dk>` is an e-mail autolink whose target lacks the scheme.
                // Made an inline link with the scheme, so both renderers see the same target.
                let (dest_url, link_type) = if link_type == pulldown_cmark::LinkType::Email {
                    let url = if dest_url.to_ascii_lowercase().starts_with("mailto:") {
                        dest_url
                    } else {
                        CowStr::from(format!("mailto:{dest_url}"))
                    };
                    (url, pulldown_cmark::LinkType::Inline)
                } else {
                    (dest_url, link_type)
                };
                let keep = in_image == 0 && is_allowed_url(&dest_url);
                link_kept.push(keep);
                if keep {
                    out.push(Event::Start(Tag::Link {
                        dest_url,
                        title,
                        id,
                        link_type,
                    }));
                }
            }
            Event::End(TagEnd::Link) => {
                if link_kept.pop().unwrap_or(false) {
                    out.push(Event::End(TagEnd::Link));
                }
            }
            Event::Start(Tag::Heading { .. }) => {
                out.push(Event::Start(Tag::Paragraph));
                out.push(Event::Start(Tag::Strong));
            }
            Event::End(TagEnd::Heading(_)) => {
                out.push(Event::End(TagEnd::Strong));
                out.push(Event::End(TagEnd::Paragraph));
            }
            // Raw HTML is the author's text, not markup: show it literally.
            Event::Html(s) | Event::InlineHtml(s) => {
                if let Some(Event::Text(prev)) = out.last_mut() {
                    let joined = format!("{prev}{s}");
                    *prev = CowStr::from(joined);
                } else {
                    out.push(Event::Text(s));
                }
            }
            Event::Start(Tag::HtmlBlock) => out.push(Event::Start(Tag::Paragraph)),
            Event::End(TagEnd::HtmlBlock) => out.push(Event::End(TagEnd::Paragraph)),
            Event::InlineMath(s) | Event::DisplayMath(s) => out.push(Event::Text(s)),
            Event::FootnoteReference(s) => out.push(Event::Text(CowStr::from(format!("[^{s}]")))),
            Event::TaskListMarker(done) => out.push(Event::Text(CowStr::from(if done {
                "[x] "
            } else {
                "[ ] "
            }))),
            other => out.push(other),
        }
    }
    out
}

/// A partly built container while folding events into the tree.
enum Frame {
    Root,
    Paragraph,
    Emph,
    Strong,
    Strike,
    Quote,
    CodeBlock(String),
    Link(String),
    List {
        ordered: bool,
        start: u64,
        items: Vec<Vec<MdNode>>,
    },
    Item,
    /// Containers the tree does not model (tables, footnotes, ...); their content is kept.
    Transparent,
}

fn build_tree(events: &[Event<'_>]) -> Vec<MdNode> {
    let mut stack: Vec<(Frame, Vec<MdNode>)> = vec![(Frame::Root, Vec::new())];
    for ev in events {
        match ev {
            Event::Start(tag) => {
                let frame = match tag {
                    Tag::Paragraph => Frame::Paragraph,
                    Tag::Emphasis => Frame::Emph,
                    Tag::Strong => Frame::Strong,
                    Tag::Strikethrough => Frame::Strike,
                    Tag::BlockQuote(_) => Frame::Quote,
                    Tag::CodeBlock(_) => Frame::CodeBlock(String::new()),
                    Tag::Link { dest_url, .. } => Frame::Link(dest_url.to_string()),
                    Tag::List(start) => Frame::List {
                        ordered: start.is_some(),
                        start: start.unwrap_or(1),
                        items: Vec::new(),
                    },
                    Tag::Item => Frame::Item,
                    _ => Frame::Transparent,
                };
                stack.push((frame, Vec::new()));
            }
            Event::End(_) => {
                let Some((frame, children)) = stack.pop() else {
                    continue;
                };
                let node = match frame {
                    Frame::Paragraph => Some(MdNode::Paragraph { children }),
                    Frame::Emph => Some(MdNode::Emph { children }),
                    Frame::Strong => Some(MdNode::Strong { children }),
                    Frame::Quote => Some(MdNode::Quote { children }),
                    Frame::CodeBlock(text) => Some(MdNode::CodeBlock { text }),
                    Frame::Link(url) => Some(MdNode::Link { url, children }),
                    Frame::List {
                        ordered,
                        start,
                        items,
                    } => Some(MdNode::List {
                        ordered,
                        start,
                        items,
                    }),
                    Frame::Item => {
                        if let Some((Frame::List { items, .. }, _)) = stack.last_mut() {
                            items.push(children);
                        }
                        None
                    }
                    Frame::Strike | Frame::Transparent | Frame::Root => {
                        if let Some((_, parent)) = stack.last_mut() {
                            parent.extend(children);
                        }
                        None
                    }
                };
                if let (Some(node), Some((_, parent))) = (node, stack.last_mut()) {
                    parent.push(node);
                }
                if stack.is_empty() {
                    stack.push((Frame::Root, Vec::new()));
                }
            }
            Event::Text(t) => {
                if let Some((Frame::CodeBlock(buf), _)) = stack.last_mut() {
                    buf.push_str(t);
                } else if let Some((_, children)) = stack.last_mut() {
                    push_text(children, t);
                }
            }
            Event::Code(t) => {
                if let Some((_, children)) = stack.last_mut() {
                    children.push(MdNode::Code {
                        text: t.to_string(),
                    });
                }
            }
            Event::SoftBreak => push_leaf(&mut stack, MdNode::SoftBreak),
            Event::HardBreak => push_leaf(&mut stack, MdNode::HardBreak),
            Event::Rule => push_leaf(&mut stack, MdNode::Rule),
            // Every other event was rewritten to text by `safe_events`.
            _ => {}
        }
    }
    let mut root = Vec::new();
    for (_, children) in stack {
        root.extend(children);
    }
    root
}

fn push_leaf(stack: &mut [(Frame, Vec<MdNode>)], node: MdNode) {
    if let Some((_, children)) = stack.last_mut() {
        children.push(node);
    }
}

/// Appends text, merging with a preceding text node so the tree stays small and stable.
fn push_text(children: &mut Vec<MdNode>, t: &str) {
    if let Some(MdNode::Text { text }) = children.last_mut() {
        text.push_str(t);
    } else {
        children.push(MdNode::Text {
            text: t.to_string(),
        });
    }
}

/// Renders the filtered events with pulldown-cmark and cleans the result with ammonia.
fn render_html(events: &[Event<'_>]) -> String {
    let mut raw = String::new();
    pulldown_cmark::html::push_html(&mut raw, events.iter().cloned());
    sanitizer().clean(&raw).to_string().trim_end().to_string()
}

fn sanitizer() -> ammonia::Builder<'static> {
    let tags: HashSet<&'static str> = [
        "p",
        "em",
        "strong",
        "code",
        "pre",
        "ul",
        "ol",
        "li",
        "a",
        "blockquote",
        "br",
        "hr",
    ]
    .into_iter()
    .collect();
    let schemes: HashSet<&'static str> = ["http", "https", "mailto"].into_iter().collect();
    let mut b = ammonia::Builder::empty();
    b.tags(tags)
        .add_tag_attributes("a", ["href"])
        .add_tag_attributes("ol", ["start"])
        .url_schemes(schemes)
        .url_relative(ammonia::UrlRelative::Deny)
        .link_rel(Some("noopener noreferrer"))
        .strip_comments(true);
    b
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(nodes: &[MdNode], out: &mut String) {
        for n in nodes {
            match n {
                MdNode::Text { text } | MdNode::Code { text } | MdNode::CodeBlock { text } => {
                    out.push_str(text);
                }
                MdNode::Paragraph { children }
                | MdNode::Emph { children }
                | MdNode::Strong { children }
                | MdNode::Quote { children }
                | MdNode::Link { children, .. } => texts(children, out),
                MdNode::List { items, .. } => items.iter().for_each(|i| texts(i, out)),
                MdNode::SoftBreak | MdNode::HardBreak => out.push(' '),
                MdNode::Rule => {}
            }
        }
    }

    #[test]
    fn structure_is_kept() {
        let md = Markdown::new("Et *vigtigt* og **stærkt** ord.\n\n- en\n- to\n\n1. a\n2. b");
        assert!(matches!(md.tree[0], MdNode::Paragraph { .. }));
        assert!(matches!(md.tree[1], MdNode::List { ordered: false, .. }));
        assert!(matches!(
            md.tree[2],
            MdNode::List {
                ordered: true,
                start: 1,
                ..
            }
        ));
        assert!(md.html.contains("<em>vigtigt</em>"));
        assert!(md.html.contains("<li>to</li>"));
    }

    #[test]
    fn raw_html_is_text() {
        let md = Markdown::new("Hej <script>alert(1)</script> og <img src=x onerror=alert(1)>");
        assert!(!md.html.contains("<script"), "{}", md.html);
        assert!(!md.html.contains("<img"), "{}", md.html);
        assert!(
            md.html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
            "{}",
            md.html
        );
        let mut s = String::new();
        texts(&md.tree, &mut s);
        assert!(s.contains("<script>alert(1)</script>"), "{s}");
        assert!(s.contains("<img src=x onerror=alert(1)>"), "{s}");
    }

    #[test]
    fn html_block_is_text() {
        let md = Markdown::new("<div onclick=\"x()\">\nhej\n</div>");
        assert!(!md.html.contains("<div"), "{}", md.html);
        let mut s = String::new();
        texts(&md.tree, &mut s);
        assert!(s.contains("<div onclick=\"x()\">"), "{s}");
    }

    #[test]
    fn only_safe_links() {
        let md = Markdown::new(
            "[ok](https://gladsaxe.dk) [mail](mailto:a@b.dk) [bad](javascript:alert(1)) [rel](../x)",
        );
        assert!(
            md.html.contains("href=\"https://gladsaxe.dk\""),
            "{}",
            md.html
        );
        assert!(md.html.contains("href=\"mailto:a@b.dk\""), "{}", md.html);
        assert!(!md.html.contains("javascript"), "{}", md.html);
        assert!(!md.html.contains("../x"), "{}", md.html);
        let links: Vec<_> = match &md.tree[0] {
            MdNode::Paragraph { children } => children
                .iter()
                .filter_map(|c| match c {
                    MdNode::Link { url, .. } => Some(url.clone()),
                    _ => None,
                })
                .collect(),
            _ => vec![],
        };
        assert_eq!(links, ["https://gladsaxe.dk", "mailto:a@b.dk"]);
        let auto =
            Markdown::new("Skriv til <dataetik@gladsaxe.dk> eller se <https://gladsaxe.dk>.");
        assert!(
            auto.html.contains("href=\"mailto:dataetik@gladsaxe.dk\""),
            "{}",
            auto.html
        );
        assert!(
            auto.html.contains("href=\"https://gladsaxe.dk\""),
            "{}",
            auto.html
        );
    }

    #[test]
    fn headings_become_bold_paragraphs() {
        let md = Markdown::new("# Overskrift\n\ntekst");
        assert!(!md.html.contains("<h1"), "{}", md.html);
        assert!(
            md.html.contains("<p><strong>Overskrift</strong></p>"),
            "{}",
            md.html
        );
    }

    #[test]
    fn template_syntax_is_plain_text() {
        let md = Markdown::new("#panic(\"x\") {{ 7*7 }} $x$ @ref \\ ] )");
        let mut s = String::new();
        texts(&md.tree, &mut s);
        assert!(s.contains("#panic(\"x\")"), "{s}");
        assert!(s.contains("{{ 7*7 }}"), "{s}");
        assert!(md.html.contains("{{ 7*7 }}"));
    }

    #[test]
    fn serialises_with_kind_tags() {
        let md = Markdown::new("a `b`");
        let json = serde_json::to_value(&md.tree).unwrap();
        assert_eq!(json[0]["kind"], "paragraph");
        assert_eq!(json[0]["children"][1]["kind"], "code");
    }
}
