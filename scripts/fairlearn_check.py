#!/usr/bin/env python3
"""Recompute `dataetik bias` metrics with fairlearn, to check that the definitions agree.

    python3 -m venv /tmp/fl && /tmp/fl/bin/pip install fairlearn pandas
    python3 scripts/gen_decisions.py --rows 20000 --seed 7 > /tmp/gen.csv
    /tmp/fl/bin/python scripts/fairlearn_check.py /tmp/gen.csv , 10
    dataetik bias /tmp/gen.csv --group køn --outcome udpeget --label faktisk --out /tmp/gen.json

Run once by hand (fairlearn 0.15.0, 2026-11-25); the numbers it printed are pasted into
tests/cli/bias_cli.rs, so the test suite itself needs no Python. Arguments: CSV, delimiter, minimum
group size; columns køn / udpeget / faktisk as written by gen_decisions.py. Like dataetik, rows
with an empty group and groups smaller than the minimum are left out before the metrics.
"""

import sys

import pandas as pd
from fairlearn.metrics import (
    demographic_parity_difference,
    demographic_parity_ratio,
    equal_opportunity_difference,
)

path, delim, nmin = sys.argv[1], sys.argv[2], int(sys.argv[3])
df = pd.read_csv(path, sep=delim, dtype=str, keep_default_na=False)
df = df[df["køn"].str.strip() != ""]
n = df["køn"].value_counts()
df = df[df["køn"].isin(n[n >= nmin].index)]
y_pred = (df["udpeget"].str.strip() == "1").astype(int)
y_true = (df["faktisk"].str.strip() == "1").astype(int)
sf = df["køn"]
print("demographic_parity_difference", repr(demographic_parity_difference(y_true, y_pred, sensitive_features=sf)))
print("disparate_impact_ratio", repr(demographic_parity_ratio(y_true, y_pred, sensitive_features=sf)))
print("equal_opportunity_difference", repr(equal_opportunity_difference(y_true, y_pred, sensitive_features=sf)))
