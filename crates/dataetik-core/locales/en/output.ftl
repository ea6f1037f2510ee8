# Labels of check output (human, JUnit, SARIF, GitHub), rule documentation and risk. English.

severity-error = error
severity-warning = warning
severity-note = note
waived = waived
historical = historical note
waiver-label = waiver
risk-per-project = Risk level per project
findings-per-principle = Findings per principle
files-count = { $n ->
    [one] 1 file
   *[other] { $n } files
}
verdict-passed = passed
verdict-failed = failed
checked = checked
waived-count = , { $n } waived
counts = { $errors } { $errors ->
        [one] error
       *[other] errors
    }, { $warnings } { $warnings ->
        [one] warning
       *[other] warnings
    }, { $notes } { $notes ->
        [one] note
       *[other] notes
    }
risk-describe = { $points } points: level { $level } ({ $name })
summary-files-checked = { $files } checked: { $counts }
summary-table-head = | File | Line | Severity | Rule | Message |
summary-left-out = Not shown in the table: { $counts }. See the job log for all of them.
junit-findings = { $n } findings: { $rules }
example = Example

## dataetik explain and dataetik rules

explain-severity = Severity
explain-principle = Principle
explain-what = What it checks
explain-why = Why it matters
explain-when = When it fires
explain-fix = How to fix it
explain-builtin = (The rule's logic is built into dataetik; its texts and parameters come from the policy file.)
rules-head-rule = Rule
rules-head-severity = Severity
rules-head-principle = Principle
rules-head-title = Title
rules-footer = { $n } rules. `dataetik explain RULE` explains one.

# The word before the last item of a list in running text ("a, b og c").
list-and = and
