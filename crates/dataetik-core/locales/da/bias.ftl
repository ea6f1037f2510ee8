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

## Why a bias test cannot be computed

count-fields = { $n ->
    [one] { $shown } felt
   *[other] { $shown } felter
}
count-distinct-values = { $n ->
    [one] { $shown } forskellig værdi
   *[other] { $shown } forskellige værdier
}
count-more-distinct-values = over { $shown } forskellige værdier
count-empty-cells = { $n ->
    [one] { $shown } tomt felt
   *[other] { $shown } tomme felter
}
count-groups = { $n ->
    [one] { $shown } gruppe
   *[other] { $shown } grupper
}
or = eller
and = og
bias-threshold-range = --threshold skal være mellem 0 og 1, ikke { $value }
bias-min-group-size = --min-group-size skal være mindst { $floor }, ikke { $n }: grupper med færre end { $floor } personer kan gøre det muligt at genkende enkeltpersoner
bias-read = { $file }: filen kan ikke læses: { $reason }
bias-read-not-found = filen findes ikke
bias-read-permission = ingen adgang til filen
bias-read-directory = det er en mappe, ikke en fil
bias-empty = { $file }: filen er tom; der skal være en overskriftsrække med kolonnenavne
bias-no-rows = { $file }: filen har ingen datarækker, kun overskriftsrækken; der skal være én række pr. borger eller sag
bias-header-looks-like-data = { $file }:1: første række ligner data (den indeholder noget, der ligner et CPR-nummer), ikke kolonnenavne; tilføj en overskriftsrække med kolonnenavne (værdierne vises ikke)
bias-not-utf8 = { $file }:{ $line }: filen er ikke UTF-8 (linje { $line }); gem den som UTF-8, fx med `iconv -f windows-1252 -t utf-8` eller "CSV UTF-8" i Excel
bias-ragged = { $file }:{ $line }: rækken på linje { $line } har { $found }, men overskriften har { $expected }; tjek skilletegn og anførselstegn
bias-csv-at = { $file }:{ $line }: ugyldig CSV på linje { $line }: { $reason }
bias-csv = { $file }: ugyldig CSV: { $reason }
bias-missing-column = { $file }:1: kolonnen `{ $column }` ({ $flag }) findes ikke i overskriften
bias-did-you-mean = ; mente du { $alternatives }?
bias-columns = Kolonner: { $columns }
bias-duplicate-column = { $file }:1: kolonnen `{ $column }` står flere gange i overskriften; omdøb den ene
bias-no-positive = { $file }: ingen rækker har den positive værdi `{ $positive }` i kolonnen `{ $column }`, som har { $values }{ $empty }. Angiv den værdi, der betyder udpeget/positiv, med --positive.
bias-no-positive-case = En værdi i kolonnen er den samme bortset fra store og små bogstaver (der skelnes mellem dem).
bias-no-positive-look = Værdierne vises ikke, da de kan være personoplysninger; se dem selv, fx med et filter i regnearket eller `{ $command }`
bias-cpr-in-group = { $file }:{ $line }: gruppekolonnen `{ $column }` ser ud til at indeholde CPR-numre (første på linje { $line }; værdien vises ikke): vælg en kolonne med grupper som køn eller aldersgruppe (--group)
bias-id-like-group = { $file }: gruppekolonnen `{ $column }` ligner en id- eller navnekolonne: { $singletons } af { $rows } har en værdi, som ingen andre har ({ $values }). Grupperne ville være enkeltpersoner; vælg en kolonne med grupper som køn eller aldersgruppe (--group)
bias-too-many-groups = { $file }:{ $line }: kolonnen `{ $column }` har over { $limit } forskellige værdier (ved linje { $line }) og ligner en id- eller navnekolonne; vælg en kolonne med grupper som køn eller aldersgruppe (--group)
bias-too-few-groups = { $file }: kun { $large } af { $groups } i `{ $column }` har mindst { $min }; der skal mindst to til en sammenligning (mindre grupper skjules, --min-group-size)
bias-reference-suppressed = { $file }: referencegruppen `{ $reference }` er for lille og skjules; vælg en anden --reference
bias-reference-missing = { $file }: referencegruppen `{ $reference }` (--reference) findes ikke i data
