#!/usr/bin/env bash
# Regenerates the committed example report (reports/2026) from the example register with a
# git history, so its "changes since the last report" and the history appendix are filled in:
#
#   scripts/example-history.sh            # builds dataetik (debug) if needed
#   DATAETIK=target/release/dataetik scripts/example-history.sh
#
# The repository is built in a temporary directory by scripts/example-history.py; nothing in
# this repository's own history is used. `dataetik report` in a fresh clone works without it:
# the report then compares with this repository's history (or says there is none).
set -euo pipefail
cd "$(dirname "$0")/.."
REPO="$PWD"
BIN="${DATAETIK:-}"
if [ -z "$BIN" ]; then
  cargo build --bin dataetik
  BIN="${CARGO_TARGET_DIR:-$REPO/target}/debug/dataetik"
fi
BIN="$(cd "$(dirname "$BIN")" && pwd)/$(basename "$BIN")"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
python3 scripts/example-history.py "$WORK/register"
(cd "$WORK/register" && "$BIN" report --as-of 2026-11-25 --out "$REPO/reports/2026")
