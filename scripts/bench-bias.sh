#!/usr/bin/env bash
# Benchmark `dataetik bias` on a generated CSV of decisions (default 1,000,000 rows).
#
#   scripts/bench-bias.sh            # 1,000,000 rows, plus 100,000 rows to show memory is flat
#   ROWS=5000000 scripts/bench-bias.sh
#
# Needs python3 (standard library only) and GNU time (/usr/bin/time, Debian package `time`).
# Builds the release binary (slow the first time: every dependency is compiled optimised).
# Results go to docs/benchmarks-bias.md by hand; see that file for the figures measured.
set -euo pipefail

cd "$(dirname "$0")/.."
ROWS="${ROWS:-1000000}"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
TARGET="${CARGO_TARGET_DIR:-target}"

cargo build --release --bin dataetik
BIN="$WORK/dataetik"
cp "$TARGET/release/dataetik" "$BIN"   # a private copy: a shared target dir may be rebuilt meanwhile

run() {
  local rows="$1" csv="$WORK/decisions-$1.csv"
  python3 scripts/gen_decisions.py --rows "$rows" > "$csv"
  echo "== $rows rows, $(du -h "$csv" | cut -f1) =="
  # Once to warm the page cache, then measured.
  "$BIN" bias "$csv" --group køn --outcome udpeget --label faktisk --out "$WORK/warm.json" > /dev/null
  /usr/bin/time -v "$BIN" bias "$csv" --group køn --outcome udpeget --label faktisk \
      --out "$WORK/evidence-$rows.json" > /dev/null 2> "$WORK/time-$rows.txt"
  grep -E "Elapsed \(wall clock\)|Maximum resident set size|User time|System time" "$WORK/time-$rows.txt"
}

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //')"
run 100000
run "$ROWS"
