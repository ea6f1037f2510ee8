#!/usr/bin/env bash
# `check --format json` of several binaries, each on its own register, one run of each in
# turn for ROUNDS rounds, so that a change in the machine's load hits all of them alike.
# Prints mean and median wall time, mean user CPU and mean max RSS per binary.
#
#   scripts/bench-alternate.sh ROUNDS NAME=BINARY@REGISTER_DIR [NAME=BINARY@REGISTER_DIR ...]
#
# Example (the "same work" comparison in docs/benchmarks.md: the register copy holds a
# policy.yaml that is the built-in policy without GEN-015):
#   scripts/bench-alternate.sh 20 before=/tmp/dataetik-before@/tmp/dataetik-bench/register-10000 \
#       after=target/release/dataetik@/tmp/samework
# Needs GNU time (apt-get install time). Set RAYON_NUM_THREADS=1 for one thread.
set -euo pipefail
ROUNDS=$1
shift
RAW=$(mktemp)
OUT=$(mktemp)
trap 'rm -f "$RAW" "$OUT"' EXIT
for _ in $(seq "$ROUNDS"); do
  for spec in "$@"; do
    name=${spec%%=*}
    rest=${spec#*=}
    bin=$(realpath "${rest%@*}")
    dir=${rest#*@}
    # check exits 1 when it finds errors: that is the expected outcome here.
    (cd "$dir" && /usr/bin/time -o "$RAW.t" -f "$name %e %U %M" "$bin" check --format json \
      --as-of 2026-06-01 >"$OUT" 2>/dev/null) || true
    cat "$RAW.t" >>"$RAW"
  done
done
rm -f "$RAW.t"
sort -k1,1 -k2,2n "$RAW" | awk '
  { k = $1; n[k]++; w[k] += $2; u[k] += $3; m[k] += $4; v[k, n[k]] = $2 }
  END {
    for (k in n) {
      med = (n[k] % 2) ? v[k, (n[k] + 1) / 2] : (v[k, n[k] / 2] + v[k, n[k] / 2 + 1]) / 2
      printf "%-14s wall mean %.3f s  median %.3f s  user %.3f s  max RSS %.1f MB  (n=%d)\n",
        k, w[k] / n[k], med, u[k] / n[k], m[k] / n[k] / 1024, n[k]
    }
  }' | sort
