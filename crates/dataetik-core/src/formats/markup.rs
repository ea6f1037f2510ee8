//! Text conversion for the open formats: assessment Markdown to the Dutch standard's limited HTML
//! or to plain text, and back.
//!
//! Every conversion goes through one small tree, [`Block`]: paragraphs (with hard line breaks)
//! and lists. Markdown is parsed with pulldown-cmark; inline formatting (emphasis, strong, code)
//! is dropped, a link keeps its text and its address in brackets, raw HTML in the Markdown is
//! text like any other. The limited HTML uses only `p`, `br`, `ul`, `ol` and `li` (a subset of
//! what the Algoritmeregister allows: `div, br, p, ul, ol, li`) and escapes `&`, `<` and `>` in
//! every text, so nothing in an assessment can become markup in someone else's register. HTML
//! read back is tokenised leniently: the structural tags become blocks, every other tag is
//! dropped with its text kept, `script` and `style` are dropped with their content.

use pulldown_cmark::{Event, Parser, Tag, TagEnd};

/// A block of text.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    /// A paragraph; `\n` inside is a hard line break.
    Para(String),
    /// A list; each item is a sequence of blocks.
    List {
        /// Numbered (`ol`) rather than bulleted (`ul`).
        ordered: bool,
        /// The items.
        items: Vec<Vec<Block>>,
    },
}

/// Lists nested deeper than this are flattened into the innermost kept list's items (hostile
/// input cannot make the renderers recurse without bound).
pub const MAX_LIST_DEPTH: usize = 12;

fn list_depth(stack: &[Frame]) -> usize {
    stack
        .iter()
        .filter(|f| matches!(f, Frame::List { .. }))
        .count()
}

// ---------------------------------------------------------------------------------------------
// Markdown -> blocks

enum Frame {
    Container(Vec<Block>),
    List {
        ordered: bool,
        items: Vec<Vec<Block>>,
    },
}

/// Parses Markdown into blocks (inline formatting dropped, see the module documentation).
pub fn parse_markdown(md: &str) -> Vec<Block> {
    let mut stack = vec![Frame::Container(Vec::new())];
    let mut inline = String::new();
    let mut links: Vec<(String, usize)> = Vec::new();
    let mut in_code_block = false;
    let mut flattened = 0usize;

    fn flush(stack: &mut [Frame], inline: &mut String) {
        let text = normalise_inline(inline);
        inline.clear();
        if text.is_empty() {
            return;
        }
        if let Some(Frame::Container(blocks)) = stack.last_mut() {
            blocks.push(Block::Para(text));
        }
    }

    for event in Parser::new(md) {
        match event {
            Event::Start(Tag::Paragraph | Tag::Heading { .. } | Tag::HtmlBlock) => {
                flush(&mut stack, &mut inline);
            }
            Event::End(TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::HtmlBlock) => {
                flush(&mut stack, &mut inline);
            }
            Event::Start(Tag::CodeBlock(_)) => {
                flush(&mut stack, &mut inline);
                in_code_block = true;
            }
            Event::End(TagEnd::CodeBlock) => {
                in_code_block = false;
                let trimmed = inline.trim_end_matches('\n').to_string();
                inline = trimmed;
                flush(&mut stack, &mut inline);
            }
            Event::Start(Tag::List(_)) if flattened > 0 || list_depth(&stack) >= MAX_LIST_DEPTH => {
                flush(&mut stack, &mut inline);
                flattened += 1;
            }
            Event::End(TagEnd::List(_)) if flattened > 0 => {
                flush(&mut stack, &mut inline);
                flattened -= 1;
            }
            Event::Start(Tag::Item) | Event::End(TagEnd::Item) if flattened > 0 => {
                flush(&mut stack, &mut inline);
            }
            Event::Start(Tag::List(start)) => {
                flush(&mut stack, &mut inline);
                stack.push(Frame::List {
                    ordered: start.is_some(),
                    items: Vec::new(),
                });
            }
            Event::End(TagEnd::List(_)) => {
                flush(&mut stack, &mut inline);
                if let Some(Frame::List { ordered, items }) = stack.pop() {
                    if let Some(Frame::Container(blocks)) = stack.last_mut() {
                        if !items.is_empty() {
                            blocks.push(Block::List { ordered, items });
                        }
                    }
                }
            }
            Event::Start(Tag::Item) => {
                flush(&mut stack, &mut inline);
                stack.push(Frame::Container(Vec::new()));
            }
            Event::End(TagEnd::Item) => {
                flush(&mut stack, &mut inline);
                if let Some(Frame::Container(blocks)) = stack.pop() {
                    if let Some(Frame::List { items, .. }) = stack.last_mut() {
                        if !blocks.is_empty() {
                            items.push(blocks);
                        }
                    }
                }
            }
            Event::Start(Tag::Link { dest_url, .. }) => {
                links.push((dest_url.to_string(), inline.len()));
            }
            Event::End(TagEnd::Link) => {
                if let Some((url, start)) = links.pop() {
                    let text = inline.get(start..).unwrap_or("").trim().to_string();
                    let url = url.trim();
                    if !url.is_empty() && !url.starts_with('#') && text != url {
                        let shown = url.strip_prefix("mailto:").unwrap_or(url);
                        if text != shown {
                            inline.push_str(&format!(" ({shown})"));
                        }
                    }
                }
            }
            Event::Text(t) if in_code_block => inline.push_str(&t),
            Event::Text(t) | Event::Code(t) => inline.push_str(&t.replace('\n', " ")),
            Event::Html(t) | Event::InlineHtml(t) => inline.push_str(&t.replace('\n', " ")),
            Event::SoftBreak => inline.push(' '),
            Event::HardBreak => inline.push('\n'),
            _ => {}
        }
    }
    flush(&mut stack, &mut inline);
    match stack.into_iter().next() {
        Some(Frame::Container(blocks)) => blocks,
        _ => Vec::new(),
    }
}

/// Collapses runs of spaces, trims each line, and drops empty lines.
fn normalise_inline(s: &str) -> String {
    s.split('\n')
        .map(|line| line.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|line| !line.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

// ---------------------------------------------------------------------------------------------
// blocks -> limited HTML

/// Escapes text for HTML: `&`, `<` and `>`.
pub fn escape_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c => out.push(c),
        }
    }
    out
}

fn html_text(s: &str) -> String {
    s.split('\n')
        .map(escape_html)
        .collect::<Vec<_>>()
        .join("<br>")
}

/// Renders blocks as HTML with the tags `p`, `br`, `ul`, `ol` and `li` only.
pub fn to_html(blocks: &[Block]) -> String {
    let mut out = String::new();
    for b in blocks {
        match b {
            Block::Para(t) => {
                out.push_str("<p>");
                out.push_str(&html_text(t));
                out.push_str("</p>");
            }
            Block::List { ordered, items } => {
                let tag = if *ordered { "ol" } else { "ul" };
                out.push_str(&format!("<{tag}>"));
                for item in items {
                    out.push_str("<li>");
                    match item.as_slice() {
                        [Block::Para(t)] => out.push_str(&html_text(t)),
                        blocks => out.push_str(&to_html(blocks)),
                    }
                    out.push_str("</li>");
                }
                out.push_str(&format!("</{tag}>"));
            }
        }
    }
    out
}

/// The length of HTML as the Algoritmeregister counts it: characters without the allowed tags.
pub fn html_text_len(html: &str) -> usize {
    strip_tags(html).chars().count()
}

/// `html` without any tags (entities left as written).
pub fn strip_tags(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}

// ---------------------------------------------------------------------------------------------
// blocks -> plain text

/// Renders blocks as plain text: paragraphs separated by a blank line, list items as `- ` or
/// `1. ` lines (readable as Markdown too), hard breaks as line breaks.
pub fn to_plain(blocks: &[Block]) -> String {
    render_plain(blocks, "")
}

fn render_plain(blocks: &[Block], indent: &str) -> String {
    let mut parts = Vec::new();
    for b in blocks {
        match b {
            Block::Para(t) => parts.push(t.replace('\n', &format!("\n{indent}"))),
            Block::List { ordered, items } => {
                let tight = items
                    .iter()
                    .all(|i| matches!(i.as_slice(), [Block::Para(_)]));
                let mut lines = Vec::new();
                for (n, item) in items.iter().enumerate() {
                    let marker = if *ordered {
                        format!("{}. ", n + 1)
                    } else {
                        "- ".to_string()
                    };
                    let inner_indent = format!("{indent}{}", " ".repeat(marker.len()));
                    let body = render_plain(item, &inner_indent);
                    lines.push(format!("{marker}{body}"));
                }
                let sep = if tight {
                    format!("\n{indent}")
                } else {
                    format!("\n\n{indent}")
                };
                parts.push(lines.join(&sep));
            }
        }
    }
    parts.join(&format!("\n\n{indent}"))
}

/// All the text of the blocks on one line (for short descriptions).
pub fn to_one_line(blocks: &[Block]) -> String {
    let mut words = Vec::new();
    collect_text(blocks, &mut words);
    words.join(" ")
}

fn collect_text(blocks: &[Block], out: &mut Vec<String>) {
    for b in blocks {
        match b {
            Block::Para(t) => out.push(t.replace('\n', " ")),
            Block::List { items, .. } => {
                for i in items {
                    collect_text(i, out);
                }
            }
        }
    }
}

/// Parses plain text (an ATRS cell, a short description) into blocks: blank lines separate
/// paragraphs, lines starting with `- `, `* `, `• ` or `1. ` are list items (lines indented
/// under an item belong to it), other line breaks are kept as hard breaks.
pub fn parse_plain(text: &str) -> Vec<Block> {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let lines: Vec<(usize, &str)> = text
        .split('\n')
        .map(|l| {
            let l = l.trim_end();
            let content = l.trim_start();
            (l.len() - content.len(), content)
        })
        .collect();
    merge_adjacent_lists(parse_lines(&lines, 0))
}

fn parse_lines(lines: &[(usize, &str)], depth: usize) -> Vec<Block> {
    let mut blocks: Vec<Block> = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let (ind, c) = lines[i];
        if c.is_empty() {
            i += 1;
            continue;
        }
        if let Some((ordered, rest)) = list_marker(c).filter(|_| depth < MAX_LIST_DEPTH) {
            let mut item: Vec<(usize, &str)> = vec![(0, rest)];
            let mut j = i + 1;
            let mut after_blank = false;
            while j < lines.len() {
                let (ind2, c2) = lines[j];
                if c2.is_empty() {
                    // A blank line stays in the item only when indented lines follow.
                    let next = lines[j..].iter().find(|(_, c)| !c.is_empty());
                    if next.is_some_and(|(n, _)| *n > ind) {
                        item.push((0, ""));
                        after_blank = true;
                        j += 1;
                        continue;
                    }
                    break;
                }
                if ind2 > ind || (!after_blank && list_marker(c2).is_none()) {
                    item.push((ind2.saturating_sub(ind), c2));
                    j += 1;
                } else {
                    break;
                }
            }
            // Continuation lines are relative to their least indented one.
            let min = item[1..]
                .iter()
                .filter(|(_, c)| !c.is_empty())
                .map(|(n, _)| *n)
                .min()
                .unwrap_or(0);
            let rel: Vec<(usize, &str)> = item
                .iter()
                .enumerate()
                .map(|(k, &(n, c))| {
                    if k == 0 {
                        (0, c)
                    } else {
                        (n.saturating_sub(min), c)
                    }
                })
                .collect();
            let item_blocks = parse_item(&rel, depth + 1);
            match blocks.last_mut() {
                Some(Block::List { ordered: o, items }) if *o == ordered => items.push(item_blocks),
                _ => blocks.push(Block::List {
                    ordered,
                    items: vec![item_blocks],
                }),
            }
            i = j;
        } else {
            let mut para = vec![c];
            let mut j = i + 1;
            while j < lines.len()
                && !lines[j].1.is_empty()
                && (depth >= MAX_LIST_DEPTH || list_marker(lines[j].1).is_none())
            {
                para.push(lines[j].1);
                j += 1;
            }
            blocks.push(Block::Para(normalise_inline(&para.join("\n"))));
            i = j;
        }
    }
    blocks
}

/// An item's lines: the first paragraph's lines (hard breaks), then nested blocks.
fn parse_item(lines: &[(usize, &str)], depth: usize) -> Vec<Block> {
    let mut first = vec![lines[0].1];
    let mut k = 1;
    while k < lines.len() && !lines[k].1.is_empty() && list_marker(lines[k].1).is_none() {
        first.push(lines[k].1);
        k += 1;
    }
    let mut out = vec![Block::Para(normalise_inline(&first.join("\n")))];
    out.extend(parse_lines(&lines[k..], depth));
    out.retain(|b| !matches!(b, Block::Para(p) if p.is_empty()));
    out
}

/// A list line: `- x`, `* x`, `• x` (bulleted) or `1. x`, `1) x` (numbered).
fn list_marker(line: &str) -> Option<(bool, &str)> {
    for m in ["- ", "* ", "• ", "– "] {
        if let Some(rest) = line.strip_prefix(m) {
            if !rest.trim().is_empty() {
                return Some((false, rest.trim()));
            }
        }
    }
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    if (1..=3).contains(&digits) {
        let rest = &line[digits..];
        if let Some(rest) = rest.strip_prefix(". ").or_else(|| rest.strip_prefix(") ")) {
            if !rest.trim().is_empty() {
                return Some((true, rest.trim()));
            }
        }
    }
    None
}

/// Loose lists (items separated by blank lines) arrive as one list per item: join them.
fn merge_adjacent_lists(blocks: Vec<Block>) -> Vec<Block> {
    let mut out: Vec<Block> = Vec::new();
    for b in blocks {
        match (out.last_mut(), b) {
            (
                Some(Block::List {
                    ordered: o1,
                    items: i1,
                }),
                Block::List {
                    ordered: o2,
                    items: i2,
                },
            ) if *o1 == o2 => i1.extend(i2),
            (_, b) => out.push(b),
        }
    }
    out
}

// ---------------------------------------------------------------------------------------------
// HTML -> blocks

enum Tok {
    Text(String),
    Open(String, Option<String>),
    Close(String),
}

fn tokenize_html(html: &str) -> Vec<Tok> {
    let mut toks = Vec::new();
    let mut rest = html;
    let mut skip_until: Option<String> = None;
    while !rest.is_empty() {
        match rest.find('<') {
            None => {
                if skip_until.is_none() {
                    toks.push(Tok::Text(decode_entities(rest)));
                }
                break;
            }
            Some(i) => {
                if i > 0 && skip_until.is_none() {
                    toks.push(Tok::Text(decode_entities(&rest[..i])));
                }
                let after = &rest[i + 1..];
                let looks_like_tag = after
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_ascii_alphabetic() || c == '/' || c == '!');
                if !looks_like_tag {
                    if skip_until.is_none() {
                        toks.push(Tok::Text("<".into()));
                    }
                    rest = after;
                    continue;
                }
                let end = after.find('>').map_or(after.len(), |e| e + 1);
                let inner = &after[..end.saturating_sub(1).min(after.len())];
                rest = &after[end.min(after.len())..];
                if inner.starts_with('!') {
                    continue; // comment or doctype
                }
                let closing = inner.starts_with('/');
                let body = inner.trim_start_matches('/');
                let name: String = body
                    .chars()
                    .take_while(char::is_ascii_alphanumeric)
                    .collect::<String>()
                    .to_ascii_lowercase();
                if let Some(until) = &skip_until {
                    if closing && &name == until {
                        skip_until = None;
                    }
                    continue;
                }
                if !closing && (name == "script" || name == "style") {
                    skip_until = Some(name);
                    continue;
                }
                if closing {
                    toks.push(Tok::Close(name));
                } else {
                    toks.push(Tok::Open(name.clone(), href(body)));
                }
            }
        }
    }
    toks
}

fn href(tag_body: &str) -> Option<String> {
    let lower = tag_body.to_ascii_lowercase();
    let i = lower.find("href")?;
    let rest = tag_body[i + 4..]
        .trim_start()
        .strip_prefix('=')?
        .trim_start();
    let value = if let Some(r) = rest.strip_prefix('"') {
        r.split('"').next()?
    } else if let Some(r) = rest.strip_prefix('\'') {
        r.split('\'').next()?
    } else {
        rest.split(|c: char| c.is_whitespace() || c == '>').next()?
    };
    Some(decode_entities(value))
}

/// Decodes the character references of HTML text (named ones that occur in practice, and
/// numeric ones); anything unknown stays as written.
pub fn decode_entities(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        let after = &rest[i + 1..];
        let end = after.find(';').filter(|&e| e <= 10);
        let decoded = end.and_then(|e| {
            let name = &after[..e];
            let c = match name {
                "amp" => Some('&'),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                "nbsp" => Some(' '),
                "euro" => Some('€'),
                "ndash" => Some('–'),
                "mdash" => Some('—'),
                "hellip" => Some('…'),
                "lsquo" => Some('‘'),
                "rsquo" => Some('’'),
                "ldquo" => Some('“'),
                "rdquo" => Some('”'),
                _ => {
                    if let Some(hex) = name.strip_prefix("#x").or_else(|| name.strip_prefix("#X")) {
                        u32::from_str_radix(hex, 16).ok().and_then(char::from_u32)
                    } else if let Some(dec) = name.strip_prefix('#') {
                        dec.parse::<u32>().ok().and_then(char::from_u32)
                    } else {
                        None
                    }
                }
            };
            c.map(|c| (c, e))
        });
        match decoded {
            Some((c, e)) => {
                out.push(c);
                rest = &after[e + 1..];
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// True when the text holds an HTML tag (`<p>`, `</li>`, `<br/>`, ...), not just a `<` (as in
/// "< 30 jaar").
pub fn looks_like_html(s: &str) -> bool {
    const TAGS: &[&str] = &[
        "p",
        "br",
        "div",
        "ul",
        "ol",
        "li",
        "span",
        "strong",
        "b",
        "i",
        "em",
        "u",
        "a",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "table",
        "tr",
        "td",
        "th",
        "tbody",
        "thead",
        "pre",
        "code",
        "blockquote",
        "hr",
        "img",
        "sup",
        "sub",
        "section",
        "article",
        "script",
        "style",
    ];
    let lower = s.to_ascii_lowercase();
    lower.match_indices('<').any(|(i, _)| {
        let rest = lower[i + 1..].trim_start_matches('/');
        let name: String = rest
            .chars()
            .take_while(char::is_ascii_alphanumeric)
            .collect();
        let after = rest[name.len()..].chars().next();
        TAGS.contains(&name.as_str())
            && after.is_some_and(|c| c == '>' || c == '/' || c.is_whitespace())
    })
}

/// Parses HTML (the Algoritmeregister's limited HTML, or anything else) into blocks. Text
/// without any tag is read as plain text, keeping its line breaks.
pub fn parse_html(html: &str) -> Vec<Block> {
    if !looks_like_html(html) {
        return parse_plain(&decode_entities(html));
    }
    let mut stack = vec![Frame::Container(Vec::new())];
    let mut inline = String::new();
    let mut links: Vec<(String, usize)> = Vec::new();

    fn flush(stack: &mut [Frame], inline: &mut String) {
        let text = normalise_inline(inline);
        inline.clear();
        if text.is_empty() {
            return;
        }
        match stack.last_mut() {
            Some(Frame::Container(blocks)) => blocks.push(Block::Para(text)),
            // Text directly inside a list, outside an item: an item of its own.
            Some(Frame::List { items, .. }) => items.push(vec![Block::Para(text)]),
            None => {}
        }
    }
    fn close_item(stack: &mut Vec<Frame>) {
        if matches!(stack.last(), Some(Frame::Container(_))) && stack.len() > 1 {
            if let Some(Frame::Container(blocks)) = stack.pop() {
                if let Some(Frame::List { items, .. }) = stack.last_mut() {
                    if !blocks.is_empty() {
                        items.push(blocks);
                    }
                }
            }
        }
    }
    fn close_list(stack: &mut Vec<Frame>) {
        if let Some(Frame::List { .. }) = stack.last() {
            if let Some(Frame::List { ordered, items }) = stack.pop() {
                if let Some(Frame::Container(blocks)) = stack.last_mut() {
                    if !items.is_empty() {
                        blocks.push(Block::List { ordered, items });
                    }
                }
            }
        }
    }

    let mut flattened = 0usize;
    for tok in tokenize_html(html) {
        match tok {
            Tok::Open(name, _)
                if (name == "ul" || name == "ol")
                    && (flattened > 0 || list_depth(&stack) >= MAX_LIST_DEPTH) =>
            {
                flush(&mut stack, &mut inline);
                flattened += 1;
            }
            Tok::Close(name) if (name == "ul" || name == "ol") && flattened > 0 => {
                flush(&mut stack, &mut inline);
                flattened -= 1;
            }
            Tok::Open(name, _) | Tok::Close(name) if name == "li" && flattened > 0 => {
                flush(&mut stack, &mut inline);
            }
            Tok::Text(t) => inline.push_str(&t.replace(['\n', '\r', '\t'], " ")),
            Tok::Open(name, href) => match name.as_str() {
                "br" => inline.push('\n'),
                "p" | "div" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "blockquote" | "tr"
                | "table" | "section" | "article" | "pre" => flush(&mut stack, &mut inline),
                "ul" | "ol" => {
                    flush(&mut stack, &mut inline);
                    stack.push(Frame::List {
                        ordered: name == "ol",
                        items: Vec::new(),
                    });
                }
                "li" => {
                    flush(&mut stack, &mut inline);
                    // An unclosed previous item ends here.
                    if stack.len() > 1 && matches!(stack.last(), Some(Frame::Container(_))) {
                        close_item(&mut stack);
                    }
                    if !matches!(stack.last(), Some(Frame::List { .. })) {
                        // An item outside a list: treat as a bulleted list.
                        stack.push(Frame::List {
                            ordered: false,
                            items: Vec::new(),
                        });
                    }
                    stack.push(Frame::Container(Vec::new()));
                }
                "a" => links.push((href.unwrap_or_default(), inline.len())),
                "td" | "th" => inline.push(' '),
                _ => {}
            },
            Tok::Close(name) => match name.as_str() {
                "p" | "div" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "blockquote" | "tr"
                | "table" | "section" | "article" | "pre" => flush(&mut stack, &mut inline),
                "li" => {
                    flush(&mut stack, &mut inline);
                    close_item(&mut stack);
                }
                "ul" | "ol" => {
                    flush(&mut stack, &mut inline);
                    close_item(&mut stack);
                    close_list(&mut stack);
                }
                "a" => {
                    if let Some((url, start)) = links.pop() {
                        let text = inline.get(start..).unwrap_or("").trim().to_string();
                        let url = url.trim();
                        let shown = url.strip_prefix("mailto:").unwrap_or(url);
                        if !shown.is_empty() && !url.starts_with('#') && text != shown {
                            inline.push_str(&format!(" ({shown})"));
                        }
                    }
                }
                _ => {}
            },
        }
    }
    flush(&mut stack, &mut inline);
    while stack.len() > 1 {
        close_item(&mut stack);
        close_list(&mut stack);
    }
    match stack.into_iter().next() {
        Some(Frame::Container(blocks)) => merge_adjacent_lists(blocks),
        _ => Vec::new(),
    }
}

// ---------------------------------------------------------------------------------------------
// blocks -> Markdown

/// Renders blocks as Markdown, escaping what Markdown would otherwise read as formatting, so the
/// text shows exactly as in the source.
pub fn to_markdown(blocks: &[Block]) -> String {
    render_md(blocks, "")
}

fn render_md(blocks: &[Block], indent: &str) -> String {
    let mut parts = Vec::new();
    for b in blocks {
        match b {
            Block::Para(t) => parts.push(
                t.split('\n')
                    .map(escape_markdown_line)
                    .collect::<Vec<_>>()
                    .join(&format!("\\\n{indent}")),
            ),
            Block::List { ordered, items } => {
                let tight = items
                    .iter()
                    .all(|i| matches!(i.as_slice(), [Block::Para(_)]));
                let mut lines = Vec::new();
                for (n, item) in items.iter().enumerate() {
                    let marker = if *ordered {
                        format!("{}. ", n + 1)
                    } else {
                        "- ".to_string()
                    };
                    let inner = format!("{indent}{}", " ".repeat(marker.len()));
                    lines.push(format!("{marker}{}", render_md(item, &inner)));
                }
                let sep = if tight {
                    format!("\n{indent}")
                } else {
                    format!("\n\n{indent}")
                };
                parts.push(lines.join(&sep));
            }
        }
    }
    parts.join(&format!("\n\n{indent}"))
}

/// Escapes one line of text for Markdown: inline markers everywhere, block markers at the start.
pub fn escape_markdown_line(line: &str) -> String {
    let chars: Vec<char> = line.chars().collect();
    let mut out = String::with_capacity(line.len() + 8);
    for (i, &c) in chars.iter().enumerate() {
        let prev = if i > 0 { Some(chars[i - 1]) } else { None };
        let next = chars.get(i + 1).copied();
        let word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
        let escape = match c {
            '\\' | '*' | '`' | '[' | ']' | '<' => true,
            '_' => !(word(prev) && word(next)),
            '&' => next.is_some_and(|n| n.is_ascii_alphanumeric() || n == '#'),
            '~' => next == Some('~'),
            _ => false,
        };
        if escape {
            out.push('\\');
        }
        out.push(c);
    }
    escape_line_start(&out)
}

fn escape_line_start(line: &str) -> String {
    let first = line.chars().next();
    match first {
        Some('#' | '>' | '=' | '|') => return format!("\\{line}"),
        Some('-' | '+') => {
            let second = line.chars().nth(1);
            if second.is_none_or(|c| c == ' ' || c == first.unwrap_or(' ')) {
                return format!("\\{line}");
            }
        }
        _ => {}
    }
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    if (1..=9).contains(&digits) {
        let rest = &line[digits..];
        if let Some(p @ ('.' | ')')) = rest.chars().next() {
            let after = rest[1..].chars().next();
            if after.is_none_or(|c| c == ' ') {
                return format!("{}\\{p}{}", &line[..digits], &rest[1..]);
            }
        }
    }
    line.to_string()
}

// ---------------------------------------------------------------------------------------------
// Cutting to a maximum length

/// Cuts `text` to at most `max` characters as measured by `weight` (1 per character for plain
/// text; the escaped length for HTML), at the end of a sentence when one ends in the second half,
/// otherwise between words, and marks the cut with ` …`. Never cuts inside a word, except a
/// single word longer than `max`.
pub fn cut_text(text: &str, max: usize, weight: &dyn Fn(char) -> usize) -> String {
    let measure = |s: &str| s.chars().map(weight).sum::<usize>();
    if measure(text) <= max {
        return text.to_string();
    }
    const MARK: &str = " …";
    let budget = max.saturating_sub(MARK.chars().count());
    // The longest prefix within the budget, as a byte index.
    let mut used = 0;
    let mut end = 0;
    for (i, c) in text.char_indices() {
        let w = weight(c);
        if used + w > budget {
            break;
        }
        used += w;
        end = i + c.len_utf8();
    }
    let prefix = &text[..end];
    let next_is_space = text[end..].chars().next().is_none_or(char::is_whitespace);
    // A sentence end in the second half of the budget.
    let sentence_end = prefix
        .char_indices()
        .filter(|&(i, c)| {
            matches!(c, '.' | '!' | '?')
                && prefix[i + c.len_utf8()..]
                    .chars()
                    .next()
                    .map_or(next_is_space, char::is_whitespace)
        })
        .map(|(i, c)| i + c.len_utf8())
        .rfind(|&i| measure(&prefix[..i]) * 2 >= budget);
    let cut = if let Some(i) = sentence_end {
        &prefix[..i]
    } else if next_is_space {
        prefix
    } else {
        match prefix.rfind(char::is_whitespace) {
            Some(i) => &prefix[..i],
            None => prefix, // one word longer than the whole field
        }
    };
    let cut = cut.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | ':'));
    format!("{cut}{MARK}")
}

/// The weight of a character in escaped HTML text.
pub fn html_weight(c: char) -> usize {
    match c {
        '&' => 5,
        '<' | '>' => 4,
        _ => 1,
    }
}

/// Cuts blocks so that their HTML has at most `max` characters of text (tags not counted).
pub fn cut_blocks_html(blocks: &[Block], max: usize) -> Vec<Block> {
    if html_text_len(&to_html(blocks)) <= max {
        return blocks.to_vec();
    }
    let mut budget = max;
    cut_blocks(blocks, &mut budget)
}

fn cut_blocks(blocks: &[Block], budget: &mut usize) -> Vec<Block> {
    let mut out = Vec::new();
    for b in blocks {
        if *budget == 0 {
            break;
        }
        match b {
            Block::Para(t) => {
                // Hard breaks become `<br>`, which is not counted.
                let len: usize = t.chars().filter(|&c| c != '\n').map(html_weight).sum();
                if len <= *budget {
                    *budget -= len;
                    out.push(b.clone());
                } else {
                    let weight = |c: char| if c == '\n' { 0 } else { html_weight(c) };
                    let cut = cut_text(t, *budget, &weight);
                    *budget = 0;
                    if cut.trim() != "…" {
                        out.push(Block::Para(cut));
                    }
                    break;
                }
            }
            Block::List { ordered, items } => {
                let mut kept = Vec::new();
                for item in items {
                    if *budget == 0 {
                        break;
                    }
                    let cut = cut_blocks(item, budget);
                    if !cut.is_empty() {
                        kept.push(cut);
                    }
                }
                if !kept.is_empty() {
                    out.push(Block::List {
                        ordered: *ordered,
                        items: kept,
                    });
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(c: char) -> usize {
        let _ = c;
        1
    }

    #[test]
    fn markdown_becomes_safe_limited_html() {
        let md = "Første afsnit med **fed** og [et link](https://x.dk).\nSamme afsnit.\n\n- punkt <script>alert(1)</script>\n- punkt & andet\n\n1. et\n2. to\n";
        let html = to_html(&parse_markdown(md));
        assert_eq!(
            html,
            "<p>Første afsnit med fed og et link (https://x.dk). Samme afsnit.</p>\
             <ul><li>punkt &lt;script&gt;alert(1)&lt;/script&gt;</li><li>punkt &amp; andet</li></ul>\
             <ol><li>et</li><li>to</li></ol>"
        );
    }

    #[test]
    fn html_round_trips_through_markdown() {
        for md in [
            "Et afsnit.\n\nEt andet med en linje  \nbrudt.",
            "- a\n- b\n  - c\n\nTekst *med* tegn: 1. ikke en liste, a_b, _x_, <b>, & co, #1",
            "1. et\n2. to\n\n- løs\n\n  med afsnit\n- liste",
            "\\# ikke overskrift\n\n\\- ikke punkt\n\n3\\. ikke nummer",
        ] {
            let blocks = parse_markdown(md);
            let html = to_html(&blocks);
            let back = parse_html(&html);
            assert_eq!(back, blocks, "{md}\n{html}");
            let md2 = to_markdown(&back);
            assert_eq!(parse_markdown(&md2), blocks, "{md}\n{md2}");
        }
    }

    #[test]
    fn plain_text_round_trips_through_markdown() {
        for md in [
            "Et afsnit.\n\n- a\n- b\n\nSlut.",
            "1. et\n2. to",
            "Linje  \nbrudt",
        ] {
            let blocks = parse_markdown(md);
            let plain = to_plain(&blocks);
            assert_eq!(parse_plain(&plain), blocks, "{plain}");
        }
    }

    #[test]
    fn foreign_html_is_read_leniently() {
        let html = "<div><h2>Titel</h2><p>Tekst&nbsp;med <strong>fed</strong> og <a href=\"https://x.nl\">link</a>.</p><ul><li>een<li>twee</ul><script>x()</script><p>5 &lt; 6 &amp; &#233;&#x20AC;</p></div>";
        let blocks = parse_html(html);
        assert_eq!(
            blocks,
            vec![
                Block::Para("Titel".into()),
                Block::Para("Tekst med fed og link (https://x.nl).".into()),
                Block::List {
                    ordered: false,
                    items: vec![
                        vec![Block::Para("een".into())],
                        vec![Block::Para("twee".into())]
                    ]
                },
                Block::Para("5 < 6 & é€".into()),
            ]
        );
        assert_eq!(
            parse_html("Geen html\nmaar regels"),
            parse_plain("Geen html\nmaar regels")
        );
    }

    fn depth(blocks: &[Block]) -> usize {
        blocks
            .iter()
            .map(|b| match b {
                Block::Para(_) => 0,
                Block::List { items, .. } => 1 + items.iter().map(|i| depth(i)).max().unwrap_or(0),
            })
            .max()
            .unwrap_or(0)
    }

    #[test]
    fn hostile_nesting_is_flattened() {
        let n = 100_000;
        let md = format!("{}tekst", "- ".repeat(n));
        let b = parse_markdown(&md);
        assert!(depth(&b) <= MAX_LIST_DEPTH, "{}", depth(&b));
        assert!(to_html(&b).contains("tekst"));
        let html = format!("{}dyb{}", "<ul><li>".repeat(n), "</li></ul>".repeat(n));
        let b = parse_html(&html);
        assert!(depth(&b) <= MAX_LIST_DEPTH, "{}", depth(&b));
        assert!(to_markdown(&b).contains("dyb"));
        let plain: String = (0..2_000)
            .map(|i| format!("{}- punkt {i}\n", " ".repeat(i * 2)))
            .collect();
        let b = parse_plain(&plain);
        assert!(depth(&b) <= MAX_LIST_DEPTH + 1, "{}", depth(&b));
        assert!(to_plain(&b).contains("punkt 1999"));
    }

    #[test]
    fn cuts_at_sentence_or_word_never_mid_word() {
        let t = "Første sætning er her. Anden sætning er noget længere end den første.";
        assert_eq!(cut_text(t, 200, &one), t);
        assert_eq!(cut_text(t, 40, &one), "Første sætning er her. …");
        let w = "ord ".repeat(20);
        let cut = cut_text(w.trim(), 30, &one);
        assert!(cut.chars().count() <= 30, "{cut}");
        assert!(cut.ends_with("ord …"), "{cut}");
        assert_eq!(cut_text("Kort. Enormtlangtord", 12, &one), "Kort. …");
        let cut = cut_text("abcdefghij klmnop", 14, &one);
        assert_eq!(cut, "abcdefghij …");
    }

    #[test]
    fn html_is_cut_by_text_length() {
        let blocks = parse_markdown(&format!(
            "{}\n\n- {}\n- {}",
            "a & b. ".repeat(50),
            "x ".repeat(100),
            "y"
        ));
        let cut = cut_blocks_html(&blocks, 300);
        let html = to_html(&cut);
        assert!(html_text_len(&html) <= 300, "{}", html_text_len(&html));
        assert!(
            html.ends_with("…</li></ul>") || html.ends_with("…</p>"),
            "{html}"
        );
    }
}
