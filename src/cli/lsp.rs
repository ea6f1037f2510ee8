//! `dataetik lsp`: a language server over stdio for live diagnostics in editors.
//!
//! It publishes the findings `dataetik check` would report for an open assessment (every rule
//! of the policy of the register the file is in; defaults outside a register) as the text
//! changes, with the rule's `explain` text on hover and the project's risk level on hover over
//! `id` (and as an inlay hint after it). Full document sync; one thread; bad input (any text,
//! unknown methods, malformed parameters) never ends the server.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use lsp_server::{Connection, ErrorCode, Message, Notification, Request, Response};
use serde_json::{json, Value};

use dataetik_core::check::{CheckOptions, FileResult};
use dataetik_core::editor::{self, Others};
use dataetik_core::i18n::Catalogue;
use dataetik_core::policy::Severity;
use dataetik_core::register::Register;

use super::{today, CliError, CliResult};

/// One open document.
struct Doc {
    path: PathBuf,
    text: String,
    version: Option<i64>,
    root: PathBuf,
    result: Option<FileResult>,
}

/// A register the open documents belong to, with its other assessments for GEN-004.
struct Reg {
    reg: Register,
    others: Option<Others>,
}

struct Server {
    conn: Connection,
    docs: HashMap<String, Doc>,
    regs: HashMap<PathBuf, Reg>,
    opts: CheckOptions,
}

/// Runs the server until the client says `exit`.
pub(super) fn run() -> CliResult {
    let (conn, io) = Connection::stdio();
    let caps = json!({
        "positionEncoding": "utf-16",
        "textDocumentSync": { "openClose": true, "change": 1, "save": { "includeText": true } },
        "hoverProvider": true,
        "inlayHintProvider": true,
    });
    let started = conn.initialize_start().and_then(|(id, _params)| {
        conn.initialize_finish(
            id,
            json!({
                "capabilities": caps,
                "serverInfo": { "name": "dataetik", "version": env!("CARGO_PKG_VERSION") },
            }),
        )
    });
    started.map_err(|e| CliError::Message(format!("lsp: {e}")))?;
    let mut server = Server {
        conn,
        docs: HashMap::new(),
        regs: HashMap::new(),
        opts: CheckOptions {
            as_of: today(),
            limits: Default::default(),
        },
    };
    server.main_loop();
    drop(server);
    io.join()?;
    Ok(ExitCode::SUCCESS)
}

impl Server {
    fn main_loop(&mut self) {
        while let Ok(msg) = self.conn.receiver.recv() {
            match msg {
                Message::Request(req) => {
                    if self.conn.handle_shutdown(&req).unwrap_or(true) {
                        return;
                    }
                    let response = self.request(&req);
                    let _ = self.conn.sender.send(Message::Response(response));
                }
                Message::Notification(n) => self.notification(&n),
                Message::Response(_) => {}
            }
        }
    }

    fn request(&mut self, req: &Request) -> Response {
        let id = req.id.clone();
        let uri = req.params["textDocument"]["uri"].as_str().unwrap_or("");
        let pos = &req.params["position"];
        match req.method.as_str() {
            "textDocument/hover" => {
                let (Some(line), Some(ch)) = (pos["line"].as_u64(), pos["character"].as_u64())
                else {
                    return Response::new_err(
                        id,
                        ErrorCode::InvalidParams as i32,
                        "position".into(),
                    );
                };
                Response::new_ok(id, self.hover(uri, line, ch).unwrap_or(Value::Null))
            }
            "textDocument/inlayHint" => {
                Response::new_ok(id, self.inlay_hints(uri).unwrap_or_else(|| json!([])))
            }
            _ => Response::new_err(
                id,
                ErrorCode::MethodNotFound as i32,
                format!("unknown method {}", req.method),
            ),
        }
    }

    fn notification(&mut self, n: &Notification) {
        let doc = &n.params["textDocument"];
        let Some(uri) = doc["uri"].as_str().map(str::to_string) else {
            return;
        };
        match n.method.as_str() {
            "textDocument/didOpen" => {
                let text = doc["text"].as_str().unwrap_or("").to_string();
                let path = uri_to_path(&uri);
                let root = self.register_for(&path);
                self.docs.insert(
                    uri.clone(),
                    Doc {
                        path,
                        text,
                        version: doc["version"].as_i64(),
                        root,
                        result: None,
                    },
                );
                self.publish(&uri);
            }
            "textDocument/didChange" => {
                // Full sync: the last change holds the whole text.
                let text = n.params["contentChanges"]
                    .as_array()
                    .and_then(|c| c.last())
                    .and_then(|c| c["text"].as_str())
                    .map(str::to_string);
                if let (Some(d), Some(text)) = (self.docs.get_mut(&uri), text) {
                    d.text = text;
                    d.version = doc["version"].as_i64();
                    self.publish(&uri);
                }
            }
            "textDocument/didSave" => {
                if let Some(text) = n.params["text"].as_str() {
                    if let Some(d) = self.docs.get_mut(&uri) {
                        d.text = text.to_string();
                    }
                }
                // Another assessment may now use the same id: re-read the register.
                if let Some(root) = self.docs.get(&uri).map(|d| d.root.clone()) {
                    if let Some(r) = self.regs.get_mut(&root) {
                        r.others = None;
                    }
                }
                self.publish(&uri);
            }
            "textDocument/didClose" => {
                self.docs.remove(&uri);
                self.send_diagnostics(&uri, None, Vec::new());
            }
            _ => {}
        }
    }

    /// The register `path` is in (found like `check` finds it from the file's directory), or the
    /// defaults when there is none or it cannot be opened.
    fn register_for(&mut self, path: &Path) -> PathBuf {
        let dir = path
            .parent()
            .map_or_else(|| PathBuf::from("."), Path::to_path_buf);
        let reg = Register::discover(&dir).or_else(|_| {
            Register::with_config(
                dir.clone(),
                None,
                dataetik_core::register::Config::default(),
            )
        });
        let Ok(reg) = reg else {
            return dir;
        };
        let root = reg.root.clone();
        self.regs
            .entry(root.clone())
            .or_insert(Reg { reg, others: None });
        root
    }

    /// Checks the document and publishes its diagnostics.
    fn publish(&mut self, uri: &str) {
        let Some(doc) = self.docs.get(uri) else {
            return;
        };
        let Some(r) = self.regs.get_mut(&doc.root) else {
            return;
        };
        let opts = &self.opts;
        let others = r
            .others
            .get_or_insert_with(|| Others::load(&r.reg, &doc.path, opts));
        // The checker is fuzzed; still, a panic on one document must not end the session.
        let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            if dataetik_core::supplier::is_supplier_path(&r.reg, &doc.path) {
                editor::check_supplier_document(&r.reg, &doc.path, &doc.text, others, opts)
            } else {
                editor::check_document(&r.reg, &doc.path, &doc.text, others, opts)
            }
        }))
        .ok();
        let cat = Catalogue::new(r.reg.config.language);
        let policy = r.reg.policy();
        let diagnostics: Vec<Value> = result
            .iter()
            .flat_map(|res| &res.findings)
            .map(|f| {
                let (line, start, end) = editor::finding_range(f);
                let severity = match (f.waived(), f.severity) {
                    (true, _) => 4,
                    (false, Severity::Error) => 1,
                    (false, Severity::Warning) => 2,
                    (false, Severity::Note) => 3,
                };
                let mut message = cat.finding_message(policy, f);
                let help = cat.finding_help(policy, f);
                if !f.waived() && !help.trim().is_empty() {
                    message.push('\n');
                    message.push_str(help.trim());
                }
                json!({
                    "range": range(&doc.text, line, start, end),
                    "severity": severity,
                    "code": f.rule,
                    "source": "dataetik",
                    "message": dataetik_core::output::safe::visible(&message),
                })
            })
            .collect();
        let version = doc.version;
        let uri = uri.to_string();
        if let Some(d) = self.docs.get_mut(&uri) {
            d.result = result;
        }
        self.send_diagnostics(&uri, version, diagnostics);
    }

    fn send_diagnostics(&self, uri: &str, version: Option<i64>, diagnostics: Vec<Value>) {
        let mut params = json!({ "uri": uri, "diagnostics": diagnostics });
        if let Some(v) = version {
            params["version"] = v.into();
        }
        let _ = self
            .conn
            .sender
            .send(Message::Notification(Notification::new(
                "textDocument/publishDiagnostics".into(),
                params,
            )));
    }

    /// Hover: the explanation of the rules whose findings cover the position; on `id`, the
    /// risk level.
    fn hover(&self, uri: &str, line: u64, character: u64) -> Option<Value> {
        let doc = self.docs.get(uri)?;
        let r = self.regs.get(&doc.root)?;
        let result = doc.result.as_ref()?;
        let cat = Catalogue::new(r.reg.config.language);
        let line1 = u32::try_from(line).ok()? + 1;
        let col = utf16_to_col(&doc.text, line1, character);
        let mut parts: Vec<String> = Vec::new();
        if result.id_span.is_some_and(|s| s.line == line1) {
            parts.extend(editor::risk_text(result, cat));
        }
        for f in &result.findings {
            let (l, start, end) = editor::finding_range(f);
            if l == line1 && (start..end.max(start + 1)).contains(&col) {
                parts.push(editor::hover_text(&r.reg, f, cat));
            }
        }
        if parts.is_empty() {
            return None;
        }
        Some(json!({ "contents": { "kind": "markdown", "value": parts.join("\n\n---\n\n") } }))
    }

    /// An inlay hint after `id: …` with the risk level.
    fn inlay_hints(&self, uri: &str) -> Option<Value> {
        let doc = self.docs.get(uri)?;
        let r = self.regs.get(&doc.root)?;
        let result = doc.result.as_ref()?;
        let span = result.id_span?;
        let risk = result.risk.as_ref()?;
        let cat = Catalogue::new(r.reg.config.language);
        let text = doc.text.lines().nth(span.line as usize - 1)?;
        let end = text.encode_utf16().count();
        Some(json!([{
            "position": { "line": span.line - 1, "character": end },
            "label": format!(" {}", risk.describe(cat)),
            "paddingLeft": true,
        }]))
    }
}

/// An LSP range (0-based lines, UTF-16 columns) from 1-based character columns.
fn range(text: &str, line: u32, start: u32, end: u32) -> Value {
    let l = line.saturating_sub(1);
    json!({
        "start": { "line": l, "character": col_to_utf16(text, line, start) },
        "end": { "line": l, "character": col_to_utf16(text, line, end) },
    })
}

/// The UTF-16 offset of 1-based character column `col` on 1-based `line`.
fn col_to_utf16(text: &str, line: u32, col: u32) -> usize {
    let Some(l) = text.lines().nth(line.saturating_sub(1) as usize) else {
        return col.saturating_sub(1) as usize;
    };
    let n = col.saturating_sub(1) as usize;
    let mut chars = l.chars();
    let inside: usize = chars.by_ref().take(n).map(char::len_utf16).sum();
    // Past the end of the line (an end column after the last character) counts one per column.
    inside + n.saturating_sub(l.chars().count())
}

/// The 1-based character column at UTF-16 offset `character` on 1-based `line`.
fn utf16_to_col(text: &str, line: u32, character: u64) -> u32 {
    let Some(l) = text.lines().nth(line.saturating_sub(1) as usize) else {
        return 1;
    };
    let mut units = 0u64;
    let mut col = 1u32;
    for c in l.chars() {
        if units >= character {
            break;
        }
        units += c.len_utf16() as u64;
        col += 1;
    }
    col
}

/// A `file:` URI as a path (percent-decoded); any other URI (`untitled:`) as a name in the
/// current directory, so it is checked with the defaults of the register there.
fn uri_to_path(uri: &str) -> PathBuf {
    let Some(rest) = uri.strip_prefix("file://") else {
        let name = uri.rsplit(['/', ':']).next().unwrap_or("untitled.yaml");
        return std::env::current_dir().unwrap_or_default().join(name);
    };
    let bytes = rest.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            let hex = |b: u8| char::from(b).to_digit(16);
            if let (Some(h), Some(l)) = (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                out.push(u8::try_from(h * 16 + l).unwrap_or(b'?'));
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    let s = String::from_utf8_lossy(&out).into_owned();
    // file:///C:/x on Windows.
    let s = if s.len() > 2 && s.as_bytes()[2] == b':' && s.starts_with('/') {
        s[1..].to_string()
    } else {
        s
    };
    PathBuf::from(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_convert_between_characters_and_utf16() {
        let text = "a: 😀x\n";
        assert_eq!(col_to_utf16(text, 1, 5), 5);
        assert_eq!(col_to_utf16(text, 1, 6), 6);
        assert_eq!(utf16_to_col(text, 1, 5), 5);
        assert_eq!(
            uri_to_path("file:///tmp/a%20b.yaml"),
            PathBuf::from("/tmp/a b.yaml")
        );
        assert_eq!(uri_to_path("file:///tmp/x%"), PathBuf::from("/tmp/x%"));
    }
}
