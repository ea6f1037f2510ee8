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

## Why a bias test cannot be computed

count-fields = { $n ->
    [one] { $shown } field
   *[other] { $shown } fields
}
count-distinct-values = { $n ->
    [one] { $shown } distinct value
   *[other] { $shown } distinct values
}
count-more-distinct-values = more than { $shown } distinct values
count-empty-cells = { $n ->
    [one] { $shown } empty cell
   *[other] { $shown } empty cells
}
count-groups = { $n ->
    [one] { $shown } group
   *[other] { $shown } groups
}
or = or
and = and
bias-threshold-range = --threshold must be between 0 and 1, not { $value }
bias-min-group-size = --min-group-size must be at least { $floor }, not { $n }: groups of fewer than { $floor } people could identify individuals
bias-read = { $file }: cannot read the file: { $reason }
bias-read-not-found = the file does not exist
bias-read-permission = permission denied
bias-read-directory = it is a directory, not a file
bias-empty = { $file }: the file is empty; a header row with column names is needed
bias-no-rows = { $file }: the file has no data rows, only the header row; one row per citizen or case is needed
bias-header-looks-like-data = { $file }:1: the first row looks like data (it holds something that looks like a CPR number), not column names; add a header row with column names (the values are not shown)
bias-not-utf8 = { $file }:{ $line }: the file is not UTF-8 (line { $line }); save it as UTF-8, e.g. with `iconv -f windows-1252 -t utf-8` or "CSV UTF-8" in Excel
bias-ragged = { $file }:{ $line }: the row on line { $line } has { $found } but the header has { $expected }; check delimiters and quotes
bias-csv-at = { $file }:{ $line }: invalid CSV on line { $line }: { $reason }
bias-csv = { $file }: invalid CSV: { $reason }
bias-missing-column = { $file }:1: the column `{ $column }` ({ $flag }) is not in the header
bias-did-you-mean = ; did you mean { $alternatives }?
bias-columns = Columns: { $columns }
bias-duplicate-column = { $file }:1: the column `{ $column }` occurs more than once in the header; rename one
bias-no-positive = { $file }: no row has the positive value `{ $positive }` in the column `{ $column }`, which has { $values }{ $empty }. Give the value that means selected/positive with --positive.
bias-no-positive-case = A value in the column is the same except for upper/lower case (case matters).
bias-no-positive-look = The values are not shown, as they may be personal data; look at them yourself, e.g. with a filter in the spreadsheet or `{ $command }`
bias-cpr-in-group = { $file }:{ $line }: the group column `{ $column }` looks like it holds CPR numbers (the first on line { $line }; the value is not shown): choose a column with groups such as køn or aldersgruppe (--group)
bias-id-like-group = { $file }: the group column `{ $column }` looks like an id or name column: { $singletons } of { $rows } have a value no other row has ({ $values }). The groups would be individuals; choose a column with groups such as køn or aldersgruppe (--group)
bias-too-many-groups = { $file }:{ $line }: the column `{ $column }` has more than { $limit } distinct values (at line { $line }) and looks like an id or name column; choose a column with groups such as køn or aldersgruppe (--group)
bias-too-few-groups = { $file }: only { $large } of { $groups } in `{ $column }` { $total ->
        [one] has
       *[other] have
    } at least { $min }; at least two are needed for a comparison (smaller groups are suppressed, --min-group-size)
bias-reference-suppressed = { $file }: the reference group `{ $reference }` is too small and is suppressed; choose another --reference
bias-reference-missing = { $file }: the reference group `{ $reference }` (--reference) does not occur in the data
