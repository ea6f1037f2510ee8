# Labels of check output (human, JUnit, SARIF, GitHub), rule documentation and risk. Danish.

severity-error = fejl
severity-warning = advarsel
severity-note = note
waived = dispenseret
historical = historisk note
waiver-label = dispensation
risk-per-project = Risikoniveau pr. projekt
findings-per-principle = Fund pr. princip
files-count = { $n ->
    [one] 1 fil
   *[other] { $n } filer
}
verdict-passed = bestået
verdict-failed = ikke bestået
checked = tjekket
waived-count = , { $n } dispenseret
# "fejl" is the same in singular and plural.
counts = { $errors } fejl, { $warnings } { $warnings ->
        [one] advarsel
       *[other] advarsler
    }, { $notes } { $notes ->
        [one] note
       *[other] noter
    }
risk-describe = { $points } point: niveau { $level } ({ $name })
summary-files-checked = { $files } tjekket: { $counts }
summary-table-head = | Fil | Linje | Alvor | Regel | Besked |
summary-left-out = Ikke vist i tabellen: { $counts }. Se hele listen i jobbets log.
junit-findings = { $n } fund: { $rules }
example = Eksempel

## dataetik explain and dataetik rules

explain-severity = Alvor
explain-principle = Princip
explain-what = Hvad den tjekker
explain-why = Hvorfor
explain-when = Hvornår den slår til
explain-fix = Sådan retter du det
explain-builtin = (Reglens logik er indbygget i dataetik; teksterne og parametrene kommer fra politikfilen.)
rules-head-rule = Regel
rules-head-severity = Alvor
rules-head-principle = Princip
rules-head-title = Titel
rules-footer = { $n } regler. `dataetik explain REGEL` forklarer en regel.

# The word before the last item of a list in running text ("a, b og c").
list-and = og
