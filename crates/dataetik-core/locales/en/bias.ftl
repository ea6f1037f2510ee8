# What `dataetik bias` prints: the table, the ready YAML entry. English.

bias-table-title = Bias test of { $file } ({ $rows }; group `{ $group }`, outcome `{ $outcome }` = { $positive }{ $label })
bias-table-label = , label `{ $column }`
bias-head-group = Group
bias-head-selection-rate = Selection rate
bias-head-tpr = TPR
bias-head-ratio = Ratio to { $base }
bias-highest = highest
bias-hidden = hidden (< { $min })
bias-tpr-note = TPR: the share of the truly positive that were selected (true positive rate).
bias-suppressed-note = Groups with fewer than { $min } are hidden and not part of the metrics.
bias-suppressed-note-2 = The evidence file lists hidden groups by name only.
bias-one-hidden = Note: exactly one group is hidden, so its size can be worked out from the row counts.
bias-one-hidden-2 = Merge small groups (e.g. into "other") before running the test.
bias-empty-group-rows = Rows without a group value (not in the metrics): { $n }
bias-metrics = Metrics over the shown groups:
bias-dpd = Demographic parity difference
bias-dpd-note = highest − lowest selection rate
bias-dir = Disparate impact ratio
bias-dir-note = lowest / highest selection rate; must be ≥ { $threshold }
bias-eod = Equal opportunity difference
bias-eod-note = highest − lowest TPR; must be ≤ { $limit }
bias-eod-needs-label = needs --label
bias-result = Result: { $passed ->
    [yes] passed
   *[no] NOT passed
}
bias-entry-method = Disparate impact ratio (lowest / highest selection rate)
bias-entry-eod = and equal opportunity difference: { $value }
bias-entry-computed = computed with dataetik bias on { $file } ({ $rows }, sha256 { $sha })
bias-entry-mitigation = mitigation: ""   # required when the test did not pass: what is done about the bias? (EQU-002)
count-rows = { $n ->
    [one] { $shown } row
   *[other] { $shown } rows
}
