#!/usr/bin/env bash
# Benchmarks (not timed tests) of dataetik: figures and how to read them are in docs/benchmarks.md.
#
#   scripts/bench.sh                 # check over 10,000 generated assessments, check-jsonschema
#   N=1000 scripts/bench.sh          # a smaller corpus
#   SKIP_JSONSCHEMA=1 scripts/bench.sh
#   JSONSCHEMA_FILES=2000 scripts/bench.sh   # check-jsonschema on a subset, extrapolated (said so)
#
# Needs: hyperfine and GNU time (`apt-get install hyperfine time`), and for the comparison
# check-jsonschema (`pip install check-jsonschema`). Builds the release binary first
# (slow the first time: every dependency is compiled optimised; set CARGO_TARGET_DIR to reuse one).
set -euo pipefail

cd "$(dirname "$0")/.."
REPO="$PWD"
N="${N:-10000}"
WORK="${WORK:-/tmp/dataetik-bench}"
TARGET="${CARGO_TARGET_DIR:-$REPO/target}"
AS_OF=2026-06-01
RUNS="${RUNS:-10}"
JSONSCHEMA_FILES="${JSONSCHEMA_FILES:-all}"

cargo build --release --bin dataetik --example gen_corpus
mkdir -p "$WORK"
BIN="$WORK/dataetik"
cp "$TARGET/release/dataetik" "$BIN"   # a private copy: a shared target dir may be rebuilt meanwhile
GEN="$TARGET/release/examples/gen_corpus"

echo "== machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //'), $(free -g | awk '/Mem:/ {print $2}') GB RAM"
echo "== load: $(uptime | sed 's/.*load average/load average/') (other processes on the cores move the wall times)"
echo "== dataetik $(git -C "$REPO" rev-parse --short HEAD)$(git -C "$REPO" diff --quiet || echo '+dirty')"

# The corpus: deterministic, so it is regenerated only when N changes.
REG="$WORK/register-$N"
if [ ! -f "$REG/.complete" ]; then
  rm -rf "$REG"
  "$GEN" "$REG" "$N"
  touch "$REG/.complete"
fi
FILES=$(find "$REG/assessments" -name '*.yaml' | wc -l)
BYTES=$(cat "$REG"/assessments/*.yaml 2>/dev/null | wc -c || du -sb "$REG/assessments" | cut -f1)
echo "== corpus: $FILES assessments, $((BYTES / 1000000)) MB in $REG"

# ---------------------------------------------------------------- dataetik check
cd "$REG"
"$BIN" check --format json --as-of "$AS_OF" > "$WORK/check.json" || true   # warm the page cache
python3 - "$WORK/check.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
print("== check result:", d["summary"], f"({len(d['findings'])} findings)")
PY
hyperfine --warmup 2 --runs "$RUNS" -i --export-json "$WORK/hyperfine-check.json" \
  "$BIN check --format json --as-of $AS_OF > /dev/null"
/usr/bin/time -v "$BIN" check --format json --as-of "$AS_OF" > /dev/null 2> "$WORK/time-check.txt" || true
grep -E "Elapsed \(wall clock\)|Maximum resident set size|User time|System time|Percent of CPU" "$WORK/time-check.txt"
echo "== load: $(uptime | sed 's/.*load average/load average/')"
CHECK_MEAN=$(python3 -c "import json; print(json.load(open('$WORK/hyperfine-check.json'))['results'][0]['mean'])")

# ---------------------------------------------------------------- check-jsonschema
if [ -z "${SKIP_JSONSCHEMA:-}" ] && command -v check-jsonschema > /dev/null; then
  "$BIN" schema > "$WORK/assessment.schema.json"
  ls "$REG"/assessments/*.yaml > "$WORK/all-files.txt"
  if [ "$JSONSCHEMA_FILES" = all ]; then SUB=$FILES; else SUB=$JSONSCHEMA_FILES; fi
  head -n "$SUB" "$WORK/all-files.txt" > "$WORK/cj-files.txt"
  echo "== check-jsonschema $(check-jsonschema --version 2>&1 | awk '{print $NF}') on $SUB of $FILES files (one run; it is slow)"
  # xargs only to stay below the argument-length limit; -n is large so it is one process for 10,000.
  /usr/bin/time -v xargs -a "$WORK/cj-files.txt" -n 20000 \
    check-jsonschema --schemafile "$WORK/assessment.schema.json" > "$WORK/cj.out" 2> "$WORK/time-cj.txt" || true
  grep -E "Elapsed \(wall clock\)|Maximum resident set size|User time" "$WORK/time-cj.txt"
  CJ=$(python3 - "$WORK/time-cj.txt" <<'PY'
import re, sys
t = open(sys.argv[1]).read()
m = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)", t)
h, mnt, s = m.groups()
print(int(h or 0) * 3600 + int(mnt) * 60 + float(s))
PY
)
  python3 - "$CJ" "$SUB" "$FILES" "$CHECK_MEAN" <<'PY'
import sys
cj, sub, files, check = float(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4])
full = cj * files / sub
note = "" if sub == files else f" (extrapolated linearly from {sub} files: {cj:.1f} s)"
print(f"== check-jsonschema: {full:.1f} s for {files} files{note}; dataetik check: {check:.3f} s (mean)")
print(f"== ratio: dataetik check is {full / check:.0f}x faster than check-jsonschema on the same files")
PY
fi

# ---------------------------------------------------------------- report (300 projects)
# 345 generated assessments give 304 projects whose lifecycle overlaps 2026. The corpus carries
# deliberate mistakes, among them CPR-like numbers, which make `report` refuse to publish
# (PUB-001); they are replaced by a case number first.
if "$BIN" report --help > /dev/null 2>&1; then
  RREG="$WORK/register-345"
  if [ ! -f "$RREG/.complete" ]; then
    rm -rf "$RREG"; "$GEN" "$RREG" 345
    sed -i -E 's/[0-9]{6}-[0-9]{4}/Sag 26\/0001/g' "$RREG"/assessments/*.yaml
    touch "$RREG/.complete"
  fi
  cd "$RREG"
  hyperfine --warmup 1 --runs 5 -N \
    "$BIN report --year 2026 --as-of $AS_OF --format pdf,html,json --out $WORK/report-out"
  /usr/bin/time -v "$BIN" report --year 2026 --as-of "$AS_OF" --format pdf,html,json --out "$WORK/report-out" \
    > /dev/null 2> "$WORK/time-report.txt" || true
  grep -E "Elapsed \(wall clock\)|Maximum resident set size" "$WORK/time-report.txt"
  python3 -c "import json,sys; print('== report projects:', len(json.load(open(sys.argv[1]))['projects']))" \
    "$WORK/report-out/dataetisk-redegoerelse-2026.json"
fi

# ---------------------------------------------------------------- bias (1,000,000 rows)
if [ -x "$REPO/scripts/bench-bias.sh" ]; then
  # The bias engineer's benchmark (generator scripts/gen_decisions.py, 1M rows).
  "$REPO/scripts/bench-bias.sh"
fi
