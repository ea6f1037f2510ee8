#!/usr/bin/env python3
"""Generate a synthetic CSV of decisions for `dataetik bias`, and (with --metrics) compute the
bias metrics of a CSV independently of dataetik, in plain Python.

Used for the benchmark (1,000,000 rows, see docs/benchmarks-bias.md) and for the cross-check
in tests/cli/bias_cli.rs: the test regenerates the same file in Rust (same generator, same bytes,
same sha256) and compares dataetik's numbers with the ones this script printed.

    python3 scripts/gen_decisions.py --rows 1000000 > /tmp/decisions.csv
    python3 scripts/gen_decisions.py --metrics /tmp/decisions.csv --group køn \
        --outcome udpeget --label faktisk

No third-party packages; the data is synthetic (no real citizens).
"""

import argparse
import csv
import hashlib
import json
import sys

GROUPS = [  # (upper bound of r in 0..10000, name, p(outcome | label=1) ‰, p(outcome | label=0) ‰)
    (4800, "kvinde", 600, 50),
    (9600, "mand", 700, 60),
    (9603, "andet", 900, 100),  # ~0.03 %: suppressed in small files
    (9650, "", 500, 50),  # empty group value
    (10000, "ikke oplyst", 650, 40),
]
AGES = ["18-29", "30-49", "50-66", "67+"]
AREAS = ["Søborg", "Bagsværd", '"Mørkhøj, Nord"']  # the last is quoted: it holds a comma


class Lcg:
    """Knuth's MMIX LCG; the top 31 bits are used. Easy to reproduce exactly in Rust."""

    def __init__(self, seed):
        self.state = seed % 2**64

    def next(self):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) % 2**64
        return self.state >> 33


def generate(rows, seed, delimiter, out):
    rng = Lcg(seed)
    d = delimiter
    out.write(d.join(["id", "køn", "aldersgruppe", "bydel", "udpeget", "faktisk"]) + "\n")
    for i in range(1, rows + 1):
        r = rng.next() % 10000
        for bound, name, p_pos, p_neg in GROUPS:
            if r < bound:
                break
        age = AGES[rng.next() % 4]
        area = AREAS[rng.next() % 3]
        label = 1 if rng.next() % 100 < 30 else 0
        outcome = 1 if rng.next() % 1000 < (p_pos if label else p_neg) else 0
        out.write(d.join([str(i), name, age, area, str(outcome), str(label)]) + "\n")


def metrics(path, group, outcome, label, positive, min_group_size, delimiter):
    counts = {}  # group -> [n, selected, label_pos, label_pos_selected]
    rows = empty = 0
    with open(path, "rb") as f:
        sha = hashlib.sha256(f.read()).hexdigest()
    with open(path, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter=delimiter):
            rows += 1
            g = row[group].strip()
            if g == "":
                empty += 1
                continue
            c = counts.setdefault(g, [0, 0, 0, 0])
            sel = row[outcome].strip() == positive
            c[0] += 1
            c[1] += sel
            if label and row[label].strip() == positive:
                c[2] += 1
                c[3] += sel
    shown = {g: c for g, c in counts.items() if c[0] >= min_group_size}
    sr = {g: c[1] / c[0] for g, c in shown.items()}
    tpr = {g: c[3] / c[2] for g, c in shown.items() if label and c[2] > 0}
    result = {
        "sha256": sha,
        "rows": rows,
        "empty_group_rows": empty,
        "groups": {g: {"n": c[0], "selection_rate": sr[g], "true_positive_rate": tpr.get(g)}
                   for g, c in sorted(shown.items())},
        "suppressed": sorted(g for g in counts if g not in shown),
        "demographic_parity_difference": max(sr.values()) - min(sr.values()),
        "disparate_impact_ratio": min(sr.values()) / max(sr.values()),
        "equal_opportunity_difference": (max(tpr.values()) - min(tpr.values())) if label else None,
    }
    json.dump(result, sys.stdout, indent=2, ensure_ascii=False)
    print()


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--seed", type=int, default=2025)
    ap.add_argument("--delimiter", default=",")
    ap.add_argument("--metrics", metavar="CSV", help="compute metrics of CSV instead of generating")
    ap.add_argument("--group", default="køn")
    ap.add_argument("--outcome", default="udpeget")
    ap.add_argument("--label")
    ap.add_argument("--positive", default="1")
    ap.add_argument("--min-group-size", type=int, default=10)
    a = ap.parse_args()
    if a.metrics:
        metrics(a.metrics, a.group, a.outcome, a.label, a.positive, a.min_group_size, a.delimiter)
    else:
        out = open(sys.stdout.fileno(), "w", encoding="utf-8", newline="\n", buffering=1 << 20)
        generate(a.rows, a.seed, a.delimiter, out)
        out.flush()


if __name__ == "__main__":
    main()
