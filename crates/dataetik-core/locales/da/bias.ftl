# What `dataetik bias` prints: the table, the ready YAML entry. Danish.

bias-table-title = Bias-test af { $file } ({ $rows }; gruppe `{ $group }`, udfald `{ $outcome }` = { $positive }{ $label })
bias-table-label = , facit `{ $column }`
bias-head-group = Gruppe
bias-head-selection-rate = Udvælgelsesrate
bias-head-tpr = Andel fundet
bias-head-ratio = Forhold til { $base }
bias-highest = højeste
bias-hidden = skjult (< { $min })
bias-tpr-note = Andel fundet: andelen af de reelt positive, som blev udpeget (true positive rate).
bias-suppressed-note = Grupper med færre end { $min } er skjult og indgår ikke i målene.
bias-suppressed-note-2 = I evidensfilen står skjulte grupper kun med navn.
bias-one-hidden = Bemærk: der er præcis én skjult gruppe, så dens størrelse kan regnes ud af rækketallene.
bias-one-hidden-2 = Slå små grupper sammen (fx til "andet"), før testen køres.
bias-empty-group-rows = Rækker uden gruppeværdi (ikke med i målene): { $n }
bias-metrics = Mål over de viste grupper:
bias-dpd = Demografisk paritetsforskel
bias-dpd-note = højeste − laveste udvælgelsesrate
bias-dir = Forholdstal mellem laveste og højeste udvælgelsesrate (disparate impact)
bias-dir-note = skal være ≥ { $threshold }
bias-eod = Forskel i andel fundet (equal opportunity)
bias-eod-note = højeste − laveste andel fundet; skal være ≤ { $limit }
bias-eod-needs-label = kræver --label
bias-result = Resultat: { $passed ->
    [yes] bestået
   *[no] IKKE bestået
}
bias-entry-method = Forholdstal mellem laveste og højeste udvælgelsesrate (disparate impact)
bias-entry-eod = og forskel i andel fundet (equal opportunity): { $value }
bias-entry-computed = beregnet med dataetik bias på { $file } ({ $rows }, sha256 { $sha })
bias-entry-mitigation = mitigation: ""   # påkrævet når testen ikke er bestået: hvad gøres ved skævheden? (EQU-002)
count-rows = { $n ->
    [one] { $shown } række
   *[other] { $shown } rækker
}
