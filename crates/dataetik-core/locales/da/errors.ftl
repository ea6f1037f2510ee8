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

## The policy file

policy-invalid-at = { $file }:{ $line }: ugyldig politik: { $problem }
policy-invalid = { $file }: ugyldig politik: { $problem }
policy-unknown-builtin = ukendt indbygget politik `{ $name }`; den indbyggede politik hedder `{ $builtin }`
policy-cannot-read = politikfilen kan ikke læses: { $reason }
policy-format-version = format_version { $version } understøttes ikke (brug 1)
policy-no-risk-levels = risk.levels er tom
policy-risk-levels-order = risk.levels skal stå i stigende orden efter level og min_points
policy-factor-forms = risikofaktoren `{ $factor }` skal bruge præcis én af equals, non_empty, values, at_least
policy-factor-points = risikofaktoren `{ $factor }` mangler `points`
policy-duplicate-rule = reglen `{ $rule }` er defineret to gange
policy-unknown-principle = reglen `{ $rule }` henviser til det ukendte princip `{ $principle }`
policy-not-builtin = reglen `{ $rule }` er markeret builtin, men dataetik har ingen indbygget logik med det id (indbyggede: { $builtin })
policy-params = reglen `{ $rule }` har forkerte `params`: { $problem }
policy-no-checks = reglen `{ $rule }` har hverken `checks` eller `builtin: true`
policy-empty-require = reglen `{ $rule }`: et tjek har en tom `require`
policy-item-when = reglen `{ $rule }`: `item_when` kræver `each`
policy-missing-rule = politikken skal definere reglen `{ $rule }` (ellers ville ulæselige eller ugyldige filer gå igennem uden fund); kopiér den fra `dataetik rules --export`
policy-must-be-builtin = reglen `{ $rule }` skal være `builtin: true`

## dataetik.yaml and the register

config-read = { $path }: kan ikke læses: { $reason }
config-invalid = { $path }: ugyldig opsætning: { $reason }
config-pattern = { $path }: ugyldigt mønster `{ $pattern }` i `projects`: { $reason }
config-symlink-outside = { $path }: er et symbolsk link, der peger uden for registret ({ $root }); dataetik følger det ikke
config-read-dir = { $path }: mappen kan ikke læses: { $reason }

## git (--changed-since)

git-not-a-revision = `{ $rev }` er ikke en git-revision
git-not-a-repository = --changed-since kræver et git-repository, men { $root } ligger ikke i et ({ $reason })
git-unknown-revision = ukendt git-revision `{ $rev }` (find en med `git log --oneline`, fx origin/main)
git-cannot-run = kan ikke køre git: { $reason }

## dataetik new

id-invalid = `{ $id }` kan ikke bruges som id: brug små bogstaver a-z, tal og bindestreger, fx bkf-2026-tidlig-opsporing
id-hyphen = `{ $id }` kan ikke bruges som id: det må ikke begynde eller slutte med en bindestreg
new-exists = { $path } findes allerede; dataetik overskriver aldrig en vurdering
new-cannot-write = { $path }: { $reason }
policy-unknown-field = `{ $owner }`: vurderingsformatet har intet felt `{ $path }`
policy-unknown-field-suggest = `{ $owner }`: vurderingsformatet har intet felt `{ $path }` (mente du `{ $suggestion }`?)
policy-value-not-allowed = `{ $owner }`: feltet `{ $path }` kan ikke have værdien `{ $value }`; tilladte værdier: { $allowed }
policy-value-not-allowed-suggest = `{ $owner }`: feltet `{ $path }` kan ikke have værdien `{ $value }` (mente du `{ $suggestion }`?); tilladte værdier: { $allowed }
policy-value-type = `{ $owner }`: feltet `{ $path }` kan aldrig have værdien `{ $value }`
