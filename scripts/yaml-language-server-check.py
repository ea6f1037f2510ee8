"""Check assessments the way an editor sees them: drive yaml-language-server (the language server
behind VS Code's YAML extension) over stdio, open each file, and print its diagnostics as JSON.
The server follows each file's `# yaml-language-server: $schema=...` modeline, so this shows
whether the committed schema is found and what it flags.

    npm install --prefix /tmp/yls yaml-language-server@2
    YAML_LANGUAGE_SERVER=/tmp/yls/node_modules/.bin/yaml-language-server \
        python3 scripts/yaml-language-server-check.py assessments/*.yaml

With COMPLETE_AT=FILE:LINE:COL (1-based) it also prints the completions offered there.
Not part of the test suite: it needs Node.js and the npm package.
"""
import json, subprocess, sys, os, threading, queue, time

SERVER = os.environ.get("YAML_LANGUAGE_SERVER", "yaml-language-server")
proc = subprocess.Popen([SERVER, "--stdio"],
                        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
msgs = queue.Queue()

def reader():
    f = proc.stdout
    while True:
        headers = {}
        while True:
            line = f.readline()
            if not line:
                return
            line = line.decode().strip()
            if not line:
                break
            k, v = line.split(":", 1)
            headers[k.lower()] = v.strip()
        body = f.read(int(headers["content-length"]))
        msgs.put(json.loads(body))

threading.Thread(target=reader, daemon=True).start()
nid = [0]
def send(method, params, notify=False):
    m = {"jsonrpc": "2.0", "method": method, "params": params}
    if not notify:
        nid[0] += 1; m["id"] = nid[0]
    b = json.dumps(m).encode()
    proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(b) + b); proc.stdin.flush()
    return m.get("id")

def wait(pred, timeout=20):
    end = time.time() + timeout
    seen = []
    while time.time() < end:
        try:
            m = msgs.get(timeout=0.5)
        except queue.Empty:
            continue
        if m.get("method") == "workspace/configuration":
            # answer config requests: enable validation, completion, hover
            items = m["params"]["items"]
            res = [{"validate": True, "completion": True, "hover": True, "schemaStore": {"enable": False}} if i.get("section") == "yaml" else None for i in items]
            b = json.dumps({"jsonrpc": "2.0", "id": m["id"], "result": res}).encode()
            proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(b) + b); proc.stdin.flush()
            continue
        if m.get("method") == "client/registerCapability" or (m.get("id") is not None and "method" in m):
            b = json.dumps({"jsonrpc": "2.0", "id": m["id"], "result": None}).encode()
            proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(b) + b); proc.stdin.flush()
            continue
        if pred(m):
            return m
    return None

root = os.path.dirname(os.path.abspath(sys.argv[1]))
i = send("initialize", {"processId": os.getpid(), "rootUri": "file://" + root,
      "capabilities": {"textDocument": {"completion": {"completionItem": {"snippetSupport": False}}, "publishDiagnostics": {}},
                       "workspace": {"configuration": True}}})
wait(lambda m: m.get("id") == i)
send("initialized", {}, notify=True)
send("workspace/didChangeConfiguration", {"settings": {"yaml": {"validate": True, "completion": True, "hover": True, "schemaStore": {"enable": False}}}}, notify=True)
out = {}
for path in sys.argv[1:]:
    path = os.path.abspath(path)
    uri = "file://" + path
    text = open(path).read()
    send("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "yaml", "version": 1, "text": text}}, notify=True)
    m = wait(lambda m: m.get("method") == "textDocument/publishDiagnostics" and m["params"]["uri"] == uri)
    diags = [(d["range"]["start"]["line"] + 1, d["message"]) for d in (m["params"]["diagnostics"] if m else [])]
    out[os.path.basename(path)] = {"diagnostics": diags}
if os.environ.get("COMPLETE_AT"):
    # COMPLETE_AT=file:line:col (1-based) -> completion labels there
    f, l, c = os.environ["COMPLETE_AT"].rsplit(":", 2)
    uri = "file://" + os.path.abspath(f)
    j = send("textDocument/completion", {"textDocument": {"uri": uri}, "position": {"line": int(l) - 1, "character": int(c) - 1}})
    m = wait(lambda m: m.get("id") == j)
    items = (m or {}).get("result") or {}
    items = items.get("items", items) if isinstance(items, dict) else items
    out["completion"] = sorted(x["label"] for x in items)
print(json.dumps(out, ensure_ascii=False, indent=1))
proc.kill()
