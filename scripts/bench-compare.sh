#!/usr/bin/env bash
# Side-by-side benchmark of two dataetik binaries (say, before and after a refactoring) on the
# same machine in one run: `check` over the 10,000-file corpus and `report` for 300 projects.
# The two are measured in alternating rounds, so a change in the machine's load hits both.
#
#   scripts/bench-compare.sh BEFORE_BINARY AFTER_BINARY [GEN_CORPUS_BINARY]
#
# GEN_CORPUS_BINARY defaults to target/release/examples/gen_corpus (cargo build --release
# --example gen_corpus). Needs hyperfine and GNU time (apt-get install hyperfine time).
set -euo pipefail

BEFORE="$(realpath "$1")"
AFTER="$(realpath "$2")"
REPO="$(cd "$(dirname "$0")/.." && pwd)"
GEN="${3:-${CARGO_TARGET_DIR:-$REPO/target}/release/examples/gen_corpus}"
WORK="${WORK:-/tmp/dataetik-bench}"
ROUNDS="${ROUNDS:-3}"
AS_OF=2026-06-01
mkdir -p "$WORK"

echo "== machine: $(nproc) cores; $(uptime | sed 's/.*load average/load average/')"
REG="$WORK/register-10000"
if [ ! -f "$REG/.complete" ]; then
  rm -rf "$REG"
  "$GEN" "$REG" 10000
  touch "$REG/.complete"
fi
RREG="$WORK/register-345"
if [ ! -f "$RREG/.complete" ]; then
  rm -rf "$RREG"
  "$GEN" "$RREG" 345
  sed -i -E 's/[0-9]{6}-[0-9]{4}/Sag 26\/0001/g' "$RREG"/assessments/*.yaml
  touch "$RREG/.complete"
fi

# Same output first: the comparison is only fair if both do the same work.
(cd "$REG" && "$BEFORE" check --format json --as-of $AS_OF > "$WORK/before.json" || true)
(cd "$REG" && "$AFTER" check --format json --as-of $AS_OF > "$WORK/after.json" || true)
cmp "$WORK/before.json" "$WORK/after.json" && echo "== check JSON output identical ($(wc -c < "$WORK/after.json") bytes)"

for round in $(seq "$ROUNDS"); do
  echo "== round $round: check, 10,000 files; $(uptime | sed 's/.*load average/load average/')"
  (cd "$REG" && hyperfine -N -i --warmup 2 --runs 10 --export-json "$WORK/check-$round.json" \
    -n before "$BEFORE check --format json --as-of $AS_OF" \
    -n after "$AFTER check --format json --as-of $AS_OF" | grep -E "Time|Range|±" || true)
done
for b in before after; do
  bin=$BEFORE; [ $b = after ] && bin=$AFTER
  (cd "$REG" && /usr/bin/time -v "$bin" check --format json --as-of $AS_OF > /dev/null 2> "$WORK/time-check-$b.txt" || true)
  echo "== $b max RSS: $(grep 'Maximum resident' "$WORK/time-check-$b.txt" | awk '{print $NF}') KB"
done

for round in $(seq "$ROUNDS"); do
  echo "== round $round: report, 300 projects; $(uptime | sed 's/.*load average/load average/')"
  (cd "$RREG" && hyperfine -N --warmup 1 --runs 3 --export-json "$WORK/report-$round.json" \
    -n before "$BEFORE report --year 2026 --as-of $AS_OF --format pdf,html,json --out $WORK/report-before" \
    -n after "$AFTER report --year 2026 --as-of $AS_OF --format pdf,html,json --out $WORK/report-after" \
    | grep -E "Time|Range|±" || true)
done
for f in "$WORK"/report-before/*; do
  cmp -s "$f" "$WORK/report-after/$(basename "$f")" && echo "== identical: report $(basename "$f")" \
    || echo "== DIFFERS: report $(basename "$f")"
done

python3 - "$WORK" "$ROUNDS" <<'PY'
import json, sys, statistics
work, rounds = sys.argv[1], int(sys.argv[2])
for what in ["check", "report"]:
    times = {"before": [], "after": []}
    for r in range(1, rounds + 1):
        for res in json.load(open(f"{work}/{what}-{r}.json"))["results"]:
            times[res["command"]].extend(res["times"])
    b, a = statistics.mean(times["before"]), statistics.mean(times["after"])
    print(f"== {what}: before {b:.3f} s (n={len(times['before'])}, median {statistics.median(times['before']):.3f}), "
          f"after {a:.3f} s (n={len(times['after'])}, median {statistics.median(times['after']):.3f}), after/before {a / b:.3f}")
PY
