//! HTML rendering through minijinja.
//!
//! The page is one self-contained file: CSS inlined, charts as inline SVG, no scripts, and a
//! strict Content-Security-Policy. Every value is HTML-escaped by minijinja's autoescape; the
//! only unescaped insertions go through two filters that re-derive their output from trusted
//! code: `md` renders a Markdown field's *source* again through pulldown-cmark and ammonia
//! (so even a hand-edited model cannot smuggle HTML in), and `svg` admits only chart SVG that
//! contains no scripts, event handlers or links. The finished page is checked for the
//! accessibility and safety properties the report promises before it is returned.

use minijinja::value::Value;
use minijinja::{AutoEscape, Environment, Error, ErrorKind, UndefinedBehavior};

use super::markdown::Markdown;
use super::{ReportError, ReportModel, Templates};

/// The Content-Security-Policy of the page: nothing may load or run; inline styles and data:
/// images (the logo) only.
pub(super) const CSP: &str =
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

pub(super) fn render(model: &ReportModel, templates: &Templates) -> Result<String, ReportError> {
    let file = templates.file("report.html.j2");
    let err = |message: String| ReportError::Html {
        file: file.clone(),
        message,
    };

    let mut env = Environment::new();
    env.set_auto_escape_callback(|_| AutoEscape::Html);
    env.set_undefined_behavior(UndefinedBehavior::Strict);
    env.set_keep_trailing_newline(true);
    env.add_filter("md", md_filter);
    env.add_filter("svg", svg_filter);
    env.add_template_owned("report.html.j2", templates.report_html.clone())
        .map_err(|e| err(describe(&e)))?;
    let tmpl = env
        .get_template("report.html.j2")
        .map_err(|e| err(describe(&e)))?;

    let logo = templates.logo.as_ref().map(|l| {
        let mime = if l.format == "svg" {
            "image/svg+xml"
        } else {
            "image/png"
        };
        Value::from_safe_string(format!("data:{mime};base64,{}", base64(&l.bytes)))
    });
    let ctx = minijinja::context! {
        model => Value::from_serialize(model),
        labels => Value::from_serialize(&model.labels),
        brand => Value::from_serialize(&templates.brand),
        css => Value::from_safe_string(templates.report_css.replace("</", "<\\/")),
        csp => Value::from_safe_string(CSP.to_string()),
        logo => logo,
    };
    let html = tmpl.render(ctx).map_err(|e| err(describe(&e)))?;
    validate(&html).map_err(err)?;
    Ok(html)
}

fn describe(e: &Error) -> String {
    let mut s = e.to_string();
    if let Some(line) = e.line() {
        s = format!("line {line}: {s}");
    }
    s
}

/// `{{ field | md }}`: the sanitised HTML of a Markdown field (a [`Markdown`] value or a string).
fn md_filter(value: Value) -> Result<Value, Error> {
    if value.is_none() || value.is_undefined() {
        return Ok(Value::from_safe_string(String::new()));
    }
    let (source, lang) = if let Some(s) = value.as_str() {
        (s.to_string(), None)
    } else {
        let src = value.get_attr("source")?;
        let source = src
            .as_str()
            .ok_or_else(|| Error::new(ErrorKind::InvalidOperation, "md expects a Markdown field"))?
            .to_string();
        // Only a plain language code is admitted into the attribute.
        let lang = value
            .get_attr("lang")
            .ok()
            .and_then(|l| l.as_str().map(str::to_string))
            .filter(|l| {
                !l.is_empty()
                    && l.len() <= 8
                    && l.bytes().all(|b| b.is_ascii_alphabetic() || b == b'-')
            });
        (source, lang)
    };
    let html = Markdown::new(source).html;
    Ok(Value::from_safe_string(match lang {
        Some(l) => format!("<div lang=\"{l}\">{html}</div>"),
        None => html,
    }))
}

/// `{{ chart.svg | svg }}`: admits chart SVG only if [`admit_svg`] does.
fn svg_filter(value: String) -> Result<Value, Error> {
    admit_svg(&value).map_err(|why| {
        Error::new(
            ErrorKind::InvalidOperation,
            format!("chart SVG rejected: {why}"),
        )
    })?;
    Ok(Value::from_safe_string(value))
}

/// Whether an SVG may be inlined in a page: only the few tags the chart code writes, with no
/// event handlers, links or styles (text content is escaped by the chart code, so it cannot
/// contain tags). The report's `svg` filter and the public site's use it.
pub fn admit_svg(value: &str) -> Result<(), String> {
    const TAGS: [&str; 8] = ["svg", "title", "desc", "rect", "text", "tspan", "line", "g"];
    if !value.starts_with("<svg") {
        return Err("it does not start with <svg".into());
    }
    for tag in value.split('<').skip(1) {
        let inner = tag.split('>').next().unwrap_or("");
        let inner = inner.trim_start_matches('/').trim_end_matches('/');
        let mut tokens = inner.split_whitespace();
        let name = tokens.next().unwrap_or("").to_ascii_lowercase();
        if !TAGS.contains(&name.as_str()) {
            return Err(format!("element <{name}>"));
        }
        for tok in tokens {
            let attr = tok.split('=').next().unwrap_or("").to_ascii_lowercase();
            if tok.contains('=')
                && (attr.starts_with("on") || attr.contains("href") || attr == "style")
            {
                return Err(format!("attribute {attr}"));
            }
        }
    }
    Ok(())
}

/// Checks the promises of the page: language, CSP, no scripts, table headers with scope,
/// a main landmark and a skip link.
pub(super) fn validate(html: &str) -> Result<(), String> {
    let lower = html.to_ascii_lowercase();
    if !lower.contains("<html lang=\"") {
        return Err("the page has no <html lang=...>".into());
    }
    if !html.contains(&format!("content=\"{CSP}\"")) {
        return Err("the page lacks the Content-Security-Policy meta tag".into());
    }
    if lower.contains("<script") {
        return Err("the page contains a <script> element".into());
    }
    if !lower.contains("<main") {
        return Err("the page has no <main> landmark".into());
    }
    for (i, table) in lower.split("<table").skip(1).enumerate() {
        let body = table.split("</table>").next().unwrap_or("");
        if !body.contains("<th scope=\"") {
            return Err(format!("table {} has no header cell with scope", i + 1));
        }
        if body.contains("<th>") {
            return Err(format!("table {} has a header cell without scope", i + 1));
        }
    }
    Ok(())
}

/// Standard base64 (RFC 4648, with padding) for the data: URI of the logo.
fn base64(bytes: &[u8]) -> String {
    use base64::Engine as _;
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_matches_rfc4648() {
        assert_eq!(base64(b""), "");
        assert_eq!(base64(b"f"), "Zg==");
        assert_eq!(base64(b"fo"), "Zm8=");
        assert_eq!(base64(b"foo"), "Zm9v");
        assert_eq!(base64(b"foobar"), "Zm9vYmFy");
    }

    #[test]
    fn svg_filter_rejects_active_content() {
        assert!(svg_filter("<svg><script>x</script></svg>".into()).is_err());
        assert!(svg_filter("<svg onload=\"x\"></svg>".into()).is_err());
        assert!(svg_filter("<svg><a href=\"javascript:x\"></a></svg>".into()).is_err());
        assert!(svg_filter("<svg><text>ok</text></svg>".into()).is_ok());
    }
}
