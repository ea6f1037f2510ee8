# Details of findings: the part of a finding's message that dataetik fills into the rule's
# `{detail}` (the rule's own message and help come from the policy file). Danish.

## Reading the file (GEN-001, GEN-002)

detail-is-directory = det er en mappe, ikke en fil; omdøb mappen, så navnet ikke ender på .yaml eller .yml
detail-unreadable = filen kan ikke læses: { $reason }
detail-file-too-large = filen er på { $size } byte og overskrider grænsen for filstørrelse på { $max } byte ({ $human }); del projektet op eller kort teksterne ned
bytes-mib = { $n } MiB
bytes-kib = { $n } KiB
bytes-plain = { $n } byte
load-not-utf8 = filen er ikke gyldig UTF-8-tekst; gem den som UTF-8 i din editor
load-empty = filen er tom; start med `dataetik new ID` for at få en skabelon
load-no-fields = filen indeholder ingen felter; start med `dataetik new ID` for at få en skabelon
load-no-document = filen indeholder ingen YAML-dokumenter
load-yaml = ugyldig YAML: { $info }
load-yaml-hint = ugyldig YAML: { $hint } ({ $info })
load-several-documents = filen indeholder flere YAML-dokumenter (`---`); et projekt skal stå i én fil med ét dokument
load-more-than-one-document = filen indeholder mere end ét dokument
load-unknown-anchor = alias henviser til et anker, der ikke findes
load-text-too-long = en tekst er på { $len } byte og overskrider grænsen for tekstlængde på { $max } byte ({ $human }) pr. felt; kort teksten ned eller henvis til et dokument
load-too-deep = strukturen er indlejret dybere end grænsen for indlejring på { $max } niveauer; en vurdering behøver højst nogle få niveauer
load-too-many-nodes = filen udfolder sig til mere end { $max } elementer og overskrider grænsen for aliasudfoldelse (fx via YAML-aliasser `*navn`); skriv indholdet ud uden aliasser
load-tag = YAML-tagget `{ $tag }` er ikke tilladt i en vurdering; fjern det og skriv værdien direkte
load-non-scalar-key = en nøgle skal være et simpelt navn, ikke en liste eller mapping
load-duplicate-key = nøglen `{ $key }` står to gange (første gang i linje { $line }); slet den ene
load-not-a-mapping = øverste niveau skal være en mapping med felter (`id: ...`, `title: ...`), ikke en liste eller en enkelt værdi

# Explanations of the YAML parser's own (English) messages.
yaml-hint-bad-token = et tegn, der ikke kan starte et element (tabulator? brug mellemrum til indrykning)
yaml-hint-colon = kolon på et sted, hvor der ikke må stå en nøgle (mangler der anførselstegn om en tekst med `: `?)
yaml-hint-expected-key = forventede en nøgle (tjek indrykningen)
yaml-hint-expected-dash = forventede et `-` (tjek indrykningen af listen)
yaml-hint-unexpected-end = filen slutter midt i et element (mangler et afsluttende anførselstegn eller en parentes?)
yaml-hint-block-mapping = fejl i en mapping (tjek indrykningen)
yaml-hint-recursion = for dyb indlejring
yaml-hint-tab = en tabulator; YAML kræver mellemrum til indrykning
yaml-hint-open-quote = en tekst i anførselstegn er ikke afsluttet
yaml-hint-expected-colon = forventede et `:` efter en nøgle (mangler der et mellemrum efter kolon i linjen ovenfor?)
yaml-hint-quoted-indent = en tekst i anførselstegn er ikke afsluttet, eller dens fortsættelseslinjer er ikke indrykket
yaml-hint-colon-placement = kolon på et uventet sted (er en liste `[` eller en mapping `{"{"}` ovenfor ikke lukket?)
yaml-hint-expected-value = forventede en værdi (tjek indrykningen og tegnsætningen)
yaml-hint-open-list = en liste i `[ ]` er ikke afsluttet (mangler et `,` eller `]`?)
yaml-hint-open-map = en mapping i `{"{"} {"}"}` er ikke afsluttet (mangler et `,` eller `{"}"}`?)

## Reading the values into the assessment format (GEN-002)

de-invalid-type = `{ $at }`: forkert type: fandt { $found }, men forventede { $expected }
de-invalid-value = `{ $at }`: ugyldig værdi: { $found }; forventede { $expected }
de-unknown-variant = `{ $at }`: `{ $value }` er ikke en tilladt værdi; tilladte værdier: { $allowed }
de-unknown-variant-hint = `{ $at }`: `{ $value }` er ikke en tilladt værdi (mente du `{ $hint }`?); tilladte værdier: { $allowed }
de-unknown-field = ukendt felt `{ $at }`; kendte felter her: { $allowed }
de-unknown-field-hint = ukendt felt `{ $at }` (mente du `{ $hint }`?); kendte felter her: { $allowed }
de-missing-field = `{ $at }`: feltet `{ $field }` mangler
de-condition-form = `{ $at }`: en betingelse skal enten være `field` med én af equals/in/not_in/blank eller én af phase_from/phase_before/phase_in/risk_level_at_least; her står { $keys }
de-condition-form-empty = `{ $at }`: en betingelse skal enten være `field` med én af equals/in/not_in/blank eller én af phase_from/phase_before/phase_in/risk_level_at_least
de-custom = `{ $at }`: { $message }
# What was found, with the user's own text after the type word ($rest).
de-found-string = teksten{ $rest }
de-found-sequence = en liste{ $rest }
de-found-map = en sektion{ $rest }
de-found-integer = tallet{ $rest }
de-found-float = tallet{ $rest }
de-found-boolean = sandhedsværdien{ $rest }
de-found-unit = ingenting{ $rest }
de-found-other = { $raw }
# What was expected; $raw is the format's own (English) description.
de-expected-bool = `true` eller `false`
de-expected-integer = et helt tal
de-expected-number = et tal
de-expected-list = en liste
de-expected-text = en tekst
de-expected-section = en sektion med felter
de-expected-whole-number = et helt tal uden punktum som tusindtalsseparator (skriv 5200, ikke 5.200)
de-expected-calendar-date = en dato, der findes i kalenderen (tjek dag og måned)
de-expected-date = en dato skrevet som ÅÅÅÅ-MM-DD
de-expected-other = { $raw }

## Built-in rules

detail-schema-version = schema_version { $version } understøttes ikke; brug 1
detail-path-outside-register = stien `{ $path }` peger uden for registret; skriv den relativt til registrets rod uden `..`
detail-id-charset = id `{ $id }` må kun indeholde små bogstaver a-z, tal og bindestreger
detail-id-mismatch = id er `{ $id }`, men filen hedder `{ $stem }.yaml`; omdøb filen eller ret id
detail-duplicate-id = id `{ $id }` bruges også i { $others }
detail-ended-before-started = slutdatoen { $ended } ligger før startdatoen { $started }
detail-ended-missing = projektet er `{ $phase }`, så `ended` skal angive hvornår
detail-ended-while-active = projektet er stadig i gang (`{ $phase }`), men har en slutdato; fjern `ended` eller ret fasen til completed/stopped
detail-next-review-missing = i fasen `{ $phase }` skal `next_review` angive næste gennemgang
detail-unassessed-directory = mappen `{ $dir }` er ikke dækket af nogen vurderings `code_paths`; opret en vurdering med `dataetik new` og tilføj `code_paths: [{ $dir }]`
detail-review-overdue = næste gennemgang var planlagt til { $due } ({ $days ->
    [one] { $days } dag
   *[other] { $days } dage
} siden)
detail-empty-register = der er ingen vurderinger i `{ $dir }`; opret en med `dataetik new ID`
detail-dpia-reason-missing = status er `not_required`, men `reason` forklarer ikke hvorfor
detail-dpia-required = en konsekvensanalyse er påkrævet ({ $reasons }) og skal være gennemført fra byggefasen; status er { $status }
detail-dpia-status-missing = ikke angivet
detail-dpia-to-plan = en konsekvensanalyse bliver påkrævet ({ $reasons }); planlæg den nu (`status: planned`)
dpia-reason-risk-level = risikoniveau { $level }
dpia-reason-sensitive-data = følsomme oplysninger
dpia-reason-combines-personal-data = samkøring af personoplysninger
dpia-reason-automated-decisions = automatiske afgørelser
detail-bias-passed-contradicted = testen står som bestået, men værdien { $value } ligger på den forkerte side af grænsen { $threshold }; ret `passed` til false og beskriv afhjælpningen i `mitigation`
detail-bias-test-too-old = den nyeste bias-test er fra { $date }
detail-untested-attributes = ikke testet for { $attributes }
attribute-gender = køn (`gender`)
attribute-age = alder (`age`)
attribute-ethnicity = etnicitet (`ethnicity`)
attribute-other = `{ $key }`
detail-approval-too-low = risikoniveau { $level } kræver godkendelse af { $required } (`{ $required_key }`), men den er godkendt af { $given } (`{ $given_key }`)
detail-cpr-number = `{ $field }` (DDMMÅÅ-XXXX eller 10 cifre, der begynder med en dato)

## Evidence files (EQU-006)

evidence-path-outside = stien `{ $path }` peger uden for registret
evidence-links-outside = `{ $path }` er et link ud af registret
evidence-missing = evidensfilen `{ $path }` findes ikke (stien er relativ til `{ $dir }/`)
evidence-not-found = Evidensfilen { $file } findes ikke
evidence-unreadable = Evidensfilen { $file } kan ikke læses: { $reason }
evidence-invalid = Evidensfilen { $file } er ikke en gyldig evidensfil fra `dataetik bias` (linje { $line }, kolonne { $column }): { $reason }
evidence-unknown-metric = Målet `{ $metric }` findes ikke i evidensfilen { $file }; brug disparate_impact_ratio, demographic_parity_difference eller equal_opportunity_difference
evidence-no-value = Evidensfilen { $file } har ingen værdi for `{ $metric }`, men testen angiver { $value }
evidence-value-differs = Værdien i testen stemmer ikke med evidensfilen { $file }: evidensen siger { $evidence }, testen siger { $value } ({ $metric })
evidence-not-a-number = Værdien `{ $value }` er ikke et tal og kan ikke sammenlignes med evidensfilen { $file }
evidence-passed-differs = `passed` stemmer ikke med evidensfilen { $file }: evidensen siger { $evidence }, testen siger { $entry }

## Waivers (GEN-007, GEN-008)

waiver-no-rule = dispensationen siger ikke, hvilken regel den gælder (`rule`)
waiver-unknown-rule = reglen `{ $rule }` findes ikke i politikken (se `dataetik rules`)
waiver-no-reason = dispensationen mangler en begrundelse (`reason`)
waiver-no-approver = det står ikke, hvem der har godkendt dispensationen (`approved_by`)
waiver-too-long = udløbsdatoen { $expires } ligger mere end { $months } måneder efter { $date }
waiver-expires-before-date = udløbsdatoen ligger før godkendelsesdatoen
waiver-no-date = dispensationen mangler en dato (`date`)
waiver-no-expiry = dispensationen mangler en udløbsdato (`expires`)
waiver-expired = dispensationen for { $rule } udløb { $expires }; reglen gælder igen

## Format version 2 rules (GEN-012, GEN-014, TRA-007)

detail-risk-factors-unstated = { $fields }; niveauet er derfor mindst { $level }
detail-waiver-level-too-low = risikoniveau { $level } kræver godkendelse af { $required } (`{ $required_key }`), men dispensationen er givet af { $given } (`{ $given_key }`)
detail-waiver-level-too-low-minimum = risikoniveau mindst { $level } kræver mindst godkendelse af { $required } (`{ $required_key }`), men dispensationen er givet af { $given } (`{ $given_key }`)
detail-waiver-level-missing = det står ikke, på hvilket niveau dispensationen er givet (`level`); projektets risikoniveau kræver { $required } (`{ $required_key }`)
detail-lix = LIX { $lix } (grænsen er { $max })
