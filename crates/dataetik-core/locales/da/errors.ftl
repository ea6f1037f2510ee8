# Errors: what went wrong, where, and what to do next. Danish.

error-prefix = fejl
warning-prefix = advarsel
error-write-stdout = kan ikke skrive til standard output: { $reason }
warning-step-summary = kan ikke skrive jobbets opsummering til { $path }: { $reason }
unknown-rule = reglen `{ $rule }` findes ikke; `dataetik rules` viser dem alle
unknown-rule-hint = reglen `{ $rule }` findes ikke (mente du { $hint }?); `dataetik rules` viser dem alle

## dataetik new and init

new-created = Oprettede { $path }
new-next = Næste skridt: udfyld felterne, og kør `dataetik check { $path }`; den forklarer, hvad der mangler.
init-created = oprettet { $path }
init-kept = findes allerede, uændret: { $path }
init-next = Næste skridt: `dataetik new mit-projekt` opretter den første vurdering.

## dataetik report

report-no-assessments = der er ingen vurderinger i { $dir }; en redegørelse kræver mindst én (`dataetik new ID`)
report-unreadable = disse vurderinger kan ikke læses, så redegørelsen ville mangle projekter; ret dem først (`dataetik check`):
report-cpr = redegørelsen offentliggøres ikke: PUB-001 fandt noget, der ligner et CPR-nummer, i
report-cpr-next = Fjern numrene (redegørelsen er offentlig), og kør igen. Der er ikke skrevet nogen filer.
report-checking = Tjekker vurderingerne
report-rendering-pdf = Sætter PDF'en med Typst
report-rendering-html = Danner websiden
report-rendering-json = Skriver JSON
report-writing = Skriver { $path }
report-done = Dataetisk redegørelse { $year }: { $n } projekter, opgjort pr. { $date }. Skrev { $files }

## dataetik bias

bias-out-is-csv = { $path }: --out må ikke være selve CSV-filen
bias-cannot-write = { $path }: evidensfilen kan ikke skrives: { $reason }
bias-written = Evidensfil skrevet
bias-paste = Klar til at indsætte i vurderingen under principles.equality.bias_tests:
