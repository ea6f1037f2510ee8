# Texts of assessment format version 2 and `dataetik migrate`.

## GEN-002: version-2 features in a version 1 file
v2-needs-field = feltet `{ $at }` findes først i formatets version 2; skriv `schema_version: 2` (kør `dataetik migrate`) eller fjern feltet
v2-needs-value = `{ $at }`: værdien `{ $value }` findes først i formatets version 2; skriv `schema_version: 2` (kør `dataetik migrate`) eller vælg en anden værdi
v2-needs-partial-date = `{ $at }`: `{ $date }` angiver kun år eller måned, og det kan en dato først i formatets version 2; skriv en hel dato (ÅÅÅÅ-MM-DD) eller `schema_version: 2` (kør `dataetik migrate`)
de-expected-partial-date = en dato skrevet som ÅÅÅÅ-MM-DD, eller ÅÅÅÅ-MM eller ÅÅÅÅ, når kun måned eller år kendes
de-expected-required-text = en tekst, der ikke er tom

## Risk level when factors are unstated
risk-level-complete = { $level } ({ $name })
risk-level-minimum = mindst { $level } ({ $name })
risk-describe-minimum = { $points } point: niveau mindst { $level } ({ $name })
risk-unstated = { $label } (ikke angivet: `{ $field }`)
placeholder-only = feltet indeholder kun en pladsholder (`{ $text }`), ikke en beskrivelse

## dataetik migrate
migrate-already-v2 = er allerede version 2; intet ændret
migrate-unreadable = kan ikke læses som YAML, så intet er ændret: { $error }; ret fejlen (`dataetik check` viser den) og kør igen
migrate-no-version = har intet `schema_version`, så det er uklart, hvilket format filen er skrevet i; intet ændret. Skriv `schema_version: 1` øverst, kør `dataetik check`, og kør så `dataetik migrate` igen
migrate-unsupported-version = har `schema_version: { $version }`, som dataetik ikke kender; intet ændret (kun version 1 kan opdateres)
migrate-todo-risk-factors = angiv risikofaktorerne { $fields } (ellers er niveauet kun et minimum)
migrate-todo-data-fate = projektet er afsluttet eller stoppet: angiv `lifecycle.data_fate` (deleted, anonymised, archived eller retained) og `lifecycle.data_fate_date`
migrate-todo-subjects = angiv `data.subjects`, hvis data ikke kun handler om voksne borgere (children, employees, businesses)
migrate-todo-inputs = list modellens eller reglernes variabler i `automation.inputs`, med `protected` og `justification` for dem, der er eller afspejler fx køn, alder eller etnisk oprindelse
migrate-todo-risks = beskriv de vigtigste risici og deres afhjælpning i `risks`
migrate-todo-debate = skriv de dilemmaer, udvalget bør drøfte, i `debate`
migrate-todo-supplier-kinds = angiv `kind: public` eller `kind: research` for leverandører, der er en myndighed eller et universitet (Global Compact gælder kun virksomheder)
migrate-todo-waiver-levels = angiv for hver dispensation, på hvilket niveau den er givet (`level`: unit_manager, director, executive_board eller political)
migrate-todo-placeholders = { $fields } indeholder kun en pladsholder (fx "nej" eller "tbd"), som i version 2 tæller som tom
migrate-risk = risikoniveau efter version 2: { $after_points } point, niveau { $after } (efter version 1: { $before_points } point, niveau { $before })
migrate-done = { $file }: opdateret til version 2
migrate-would-do = { $file }: ville blive opdateret til version 2
migrate-io-error = { $file }: kan ikke læses eller skrives, så intet er ændret: { $error }
migrate-not-done = { $file }: { $reason }
migrate-todo-heading = udfyld nu:
migrate-summary = { $migrated ->
        [one] 1 fil opdateret
       *[other] { $migrated } filer opdateret
    }, { $unchanged } allerede version 2, { $refused } ikke ændret på grund af fejl
migrate-summary-check = { $migrated ->
        [one] 1 fil ville blive opdateret
       *[other] { $migrated } filer ville blive opdateret
    }, { $unchanged } allerede version 2, { $refused } ikke ændret på grund af fejl
