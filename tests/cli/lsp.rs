//! `dataetik lsp` driven over stdio like an editor does (issue 14): initialize, didOpen,
//! didChange, publishDiagnostics, hover, inlay hints, bad input, shutdown and exit.

use std::io::{BufRead, BufReader, Read, Write};
use std::path::Path;
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::{self, Receiver};
use std::time::Duration;

use serde_json::{json, Value};

use crate::common;

struct Client {
    child: Child,
    stdin: ChildStdin,
    messages: Receiver<Value>,
    next_id: i64,
}

impl Client {
    fn start(dir: &Path) -> Client {
        let mut child = Command::new(common::bin_path())
            .arg("lsp")
            .current_dir(dir)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .unwrap();
        let stdin = child.stdin.take().unwrap();
        let stdout = child.stdout.take().unwrap();
        let (tx, rx) = mpsc::channel();
        // Reads `Content-Length` framed JSON-RPC messages, as a client does.
        std::thread::spawn(move || {
            let mut r = BufReader::new(stdout);
            loop {
                let mut len = None;
                loop {
                    let mut header = String::new();
                    if r.read_line(&mut header).unwrap_or(0) == 0 {
                        return;
                    }
                    let header = header.trim_end();
                    if header.is_empty() {
                        break;
                    }
                    if let Some(v) = header.strip_prefix("Content-Length: ") {
                        len = v.parse::<usize>().ok();
                    }
                }
                let mut body = vec![0; len.expect("Content-Length header")];
                r.read_exact(&mut body).unwrap();
                let v: Value = serde_json::from_slice(&body).expect("JSON body");
                if tx.send(v).is_err() {
                    return;
                }
            }
        });
        Client {
            child,
            stdin,
            messages: rx,
            next_id: 1,
        }
    }

    fn send(&mut self, v: &Value) {
        let body = serde_json::to_vec(v).unwrap();
        write!(self.stdin, "Content-Length: {}\r\n\r\n", body.len()).unwrap();
        self.stdin.write_all(&body).unwrap();
        self.stdin.flush().unwrap();
    }

    fn notify(&mut self, method: &str, params: Value) {
        self.send(&json!({ "jsonrpc": "2.0", "method": method, "params": params }));
    }

    fn request(&mut self, method: &str, params: Value) -> Value {
        let id = self.next_id;
        self.next_id += 1;
        self.send(&json!({ "jsonrpc": "2.0", "id": id, "method": method, "params": params }));
        loop {
            let m = self.recv();
            if m["id"] == id {
                return m;
            }
        }
    }

    fn recv(&self) -> Value {
        self.messages
            .recv_timeout(Duration::from_secs(60))
            .expect("a message from the server within 60 s")
    }

    /// The next publishDiagnostics for `uri`.
    fn diagnostics(&self, uri: &str) -> Value {
        loop {
            let m = self.recv();
            if m["method"] == "textDocument/publishDiagnostics" && m["params"]["uri"] == uri {
                return m["params"].clone();
            }
        }
    }
}

fn uri(path: &Path) -> String {
    let p = path.canonicalize().unwrap();
    format!("file://{}", p.to_string_lossy().replace(' ', "%20"))
}

fn rules(diags: &Value) -> Vec<String> {
    diags["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["code"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn language_server_publishes_check_findings_as_you_type() {
    let dir = common::example_register_copy();
    let file = dir.path().join("assessments/oepf-2026-chatbot.yaml");
    let original = std::fs::read_to_string(&file).unwrap();
    let mut c = Client::start(dir.path());

    let init = c.request(
        "initialize",
        json!({ "processId": null, "rootUri": uri(dir.path()), "capabilities": {} }),
    );
    let caps = &init["result"]["capabilities"];
    assert_eq!(caps["textDocumentSync"]["change"], 1, "{init}");
    assert_eq!(caps["hoverProvider"], true);
    c.notify("initialized", json!({}));

    // didOpen with a typo (GEN-002) the editor has not saved: the unsaved text is checked.
    let u = uri(&file);
    let typo = format!("{original}transparancy: glemt\n");
    c.notify(
        "textDocument/didOpen",
        json!({ "textDocument": { "uri": u, "languageId": "yaml", "version": 1, "text": typo } }),
    );
    let d = c.diagnostics(&u);
    assert_eq!(d["version"], 1);
    let typo_diag = d["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["code"] == "GEN-002")
        .unwrap_or_else(|| panic!("GEN-002 in {d}"))
        .clone();
    let line = original.lines().count();
    assert_eq!(typo_diag["range"]["start"]["line"], line);
    assert_eq!(typo_diag["range"]["start"]["character"], 0);
    assert_eq!(typo_diag["range"]["end"]["character"], "transparancy".len());
    assert_eq!(typo_diag["severity"], 1, "an error");
    assert_eq!(typo_diag["source"], "dataetik");
    assert!(typo_diag["message"]
        .as_str()
        .unwrap()
        .contains("transparancy"));

    // The same findings as `dataetik check` on that text (all rules, not only the schema).
    std::fs::write(&file, &typo).unwrap();
    let out = common::dataetik_bin()
        .current_dir(dir.path())
        .args([
            "check",
            "--format",
            "json",
            "assessments/oepf-2026-chatbot.yaml",
        ])
        .output()
        .unwrap();
    let check: Value = serde_json::from_slice(&out.stdout).unwrap();
    let mut from_check: Vec<(String, u64)> = check["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["rule"].as_str().unwrap().to_string(),
                f["line"].as_u64().unwrap(),
            )
        })
        .collect();
    let mut from_lsp: Vec<(String, u64)> = d["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["code"].as_str().unwrap().to_string(),
                d["range"]["start"]["line"].as_u64().unwrap() + 1,
            )
        })
        .collect();
    from_check.sort();
    from_lsp.sort();
    assert_eq!(from_lsp, from_check);
    std::fs::write(&file, &original).unwrap();

    // Hover on the finding: the rule's explanation, in the register's language (Danish).
    let hover = c.request(
        "textDocument/hover",
        json!({ "textDocument": { "uri": u }, "position": { "line": line, "character": 3 } }),
    );
    let text = hover["result"]["contents"]["value"].as_str().unwrap();
    assert!(
        text.contains("GEN-002") && text.contains("Hvorfor"),
        "{text}"
    );

    // Hover on `id`: the risk level.
    let id_line = original.lines().position(|l| l.starts_with("id:")).unwrap();
    let hover = c.request(
        "textDocument/hover",
        json!({ "textDocument": { "uri": u }, "position": { "line": id_line, "character": 1 } }),
    );
    let text = hover["result"]["contents"]["value"].as_str().unwrap();
    assert!(text.contains("niveau"), "{text}");
    let hints = c.request(
        "textDocument/inlayHint",
        json!({ "textDocument": { "uri": u }, "range": {
            "start": { "line": 0, "character": 0 }, "end": { "line": 999, "character": 0 } } }),
    );
    assert!(hints["result"][0]["label"]
        .as_str()
        .unwrap()
        .contains("niveau"));
    assert_eq!(hints["result"][0]["position"]["line"], id_line);

    // didChange fixes the typo: the diagnostic goes away.
    c.notify(
        "textDocument/didChange",
        json!({ "textDocument": { "uri": u, "version": 2 },
                "contentChanges": [{ "text": original }] }),
    );
    let d = c.diagnostics(&u);
    assert_eq!(d["version"], 2);
    assert!(!rules(&d).contains(&"GEN-002".to_string()), "{d}");

    // A duplicate id with another assessment of the register (GEN-004, register-wide).
    let other_id = "bmf-2024-trafikdashboard";
    let dup = original.replacen(
        &original.lines().nth(id_line).unwrap().to_string(),
        &format!("id: {other_id}"),
        1,
    );
    c.notify(
        "textDocument/didChange",
        json!({ "textDocument": { "uri": u, "version": 3 }, "contentChanges": [{ "text": dup }] }),
    );
    assert!(rules(&c.diagnostics(&u)).contains(&"GEN-004".to_string()));

    // Bad input never ends the server: text that is not YAML, NUL bytes, a non-file URI, an
    // unknown method, a hover with broken parameters.
    for (i, text) in [
        "id: [unclosed\n",
        "\0\0\u{1b}[2J::error::x\n",
        "",
        "- a\n- b\n",
    ]
    .iter()
    .enumerate()
    {
        c.notify(
            "textDocument/didChange",
            json!({ "textDocument": { "uri": u, "version": 10 + i },
                    "contentChanges": [{ "text": text }] }),
        );
        let d = c.diagnostics(&u);
        assert!(!rules(&d).is_empty(), "{text:?}: {d}");
        for diag in d["diagnostics"].as_array().unwrap() {
            let m = diag["message"].as_str().unwrap();
            assert!(!m.contains(['\0', '\u{1b}']), "{m:?}");
        }
    }
    let untitled = "untitled:Untitled-1";
    c.notify(
        "textDocument/didOpen",
        json!({ "textDocument": { "uri": untitled, "languageId": "yaml", "version": 1,
                                  "text": "id: x\n" } }),
    );
    assert!(!rules(&c.diagnostics(untitled)).is_empty());
    let r = c.request("workspace/unknownThing", json!({}));
    assert_eq!(r["error"]["code"], -32601);
    let r = c.request(
        "textDocument/hover",
        json!({ "textDocument": { "uri": u } }),
    );
    assert!(r["error"].is_object(), "{r}");

    // didClose clears the diagnostics.
    c.notify(
        "textDocument/didClose",
        json!({ "textDocument": { "uri": u } }),
    );
    assert!(c.diagnostics(&u)["diagnostics"]
        .as_array()
        .unwrap()
        .is_empty());

    let r = c.request("shutdown", Value::Null);
    assert!(r["result"].is_null(), "{r}");
    c.notify("exit", Value::Null);
    let status = c.child.wait().unwrap();
    assert!(status.success(), "{status}");
}

#[test]
fn language_server_uses_the_defaults_outside_a_register() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("loose.yaml");
    std::fs::write(&file, "id: loose\n").unwrap();
    let mut c = Client::start(dir.path());
    c.request(
        "initialize",
        json!({ "processId": null, "capabilities": {} }),
    );
    c.notify("initialized", json!({}));
    let u = uri(&file);
    c.notify(
        "textDocument/didOpen",
        json!({ "textDocument": { "uri": u, "languageId": "yaml", "version": 1,
                                  "text": "id: loose\n" } }),
    );
    let d = c.diagnostics(&u);
    // The built-in policy: missing required fields are errors (GEN-003).
    assert!(rules(&d).contains(&"GEN-003".to_string()), "{d}");
    c.request("shutdown", Value::Null);
    c.notify("exit", Value::Null);
    assert!(c.child.wait().unwrap().success());
}

#[test]
fn language_server_checks_supplier_files_too() {
    let dir = common::example_register_copy();
    let file = dir.path().join("suppliers/skyvault.yaml");
    let original = std::fs::read_to_string(&file).unwrap();
    let mut c = Client::start(dir.path());
    c.request(
        "initialize",
        json!({ "processId": null, "rootUri": uri(dir.path()), "capabilities": {} }),
    );
    c.notify("initialized", json!({}));
    let u = uri(&file);
    c.notify(
        "textDocument/didOpen",
        json!({ "textDocument": { "uri": u, "languageId": "yaml", "version": 1,
                                  "text": original } }),
    );
    let d = c.diagnostics(&u);
    assert!(rules(&d).is_empty(), "{d}");
    // A third country without a transfer basis, as the user types it (not saved).
    let edited = original.replace("  transfer_basis: adequacy\n", "");
    assert_ne!(edited, original);
    c.notify(
        "textDocument/didChange",
        json!({ "textDocument": { "uri": u, "version": 2 },
                "contentChanges": [ { "text": edited } ] }),
    );
    let d = c.diagnostics(&u);
    assert_eq!(rules(&d), ["SUP-005"], "{d}");
    let line = d["diagnostics"][0]["range"]["start"]["line"]
        .as_u64()
        .unwrap() as usize;
    assert!(
        edited
            .lines()
            .nth(line)
            .unwrap()
            .contains("region: third_country")
            || edited.lines().nth(line).unwrap().contains("data_location"),
        "{d}"
    );
    assert!(d["diagnostics"][0]["message"]
        .as_str()
        .unwrap()
        .contains("tredjeland"));
    c.request("shutdown", Value::Null);
    c.notify("exit", Value::Null);
    assert!(c.child.wait().unwrap().success());
}
