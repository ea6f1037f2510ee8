# The open formats: `dataetik export` and `dataetik import`, and the sentences the export writes
# into a record from structured fields. Danish.

## dataetik export
export-unreadable = eksporten skrives ikke: disse vurderinger kan ikke læses, så eksporten ville mangle projekter; ret dem først (`dataetik check`):
export-cpr = eksporten skrives ikke: PUB-001 fandt noget, der ligner et CPR-nummer, i
export-cpr-next = Fjern numrene (eksporten er offentlig), og kør igen. Der er ikke skrevet noget.
export-no-assessments = der er ingen vurderinger i { $dir }; der er intet at eksportere
# $missing: a list of export-missing / export-missing-shape, joined by ", "
export-left-out = { $file }: projektet { $id } er ikke med i eksporten; formatet kræver { $missing }
export-missing = `{ $field }` (til { $target })
export-missing-shape = `{ $field }` som { $shape } (til { $target })
export-shape-email-or-https = en e-mailadresse eller en https-adresse
export-shape-email = en e-mailadresse
export-written = Skrev { $n } { $n ->
        [one] post
       *[other] poster
    } i formatet { $format } til { $path }
export-left-out-summary = { $n } { $n ->
        [one] projekt
       *[other] projekter
    } mangler i eksporten (se ovenfor).
formats-cannot-write = kan ikke skrive { $path }: { $error }

## dataetik import
import-cannot-read = kan ikke læse { $path }: { $error }
import-too-large = { $path } er større end { $max } MB; del filen op
import-not-json = { $path } er ikke gyldig JSON: { $error }
import-no-records = { $path } indeholder ingen poster i formatet { $format }: forventede et JSON-objekt eller en liste af objekter med formatets feltnavne
import-record-number = post { $n }
import-no-name = { $record }: har intet navn ({ $fields }), så der kan ikke dannes et id
import-not-object = { $record }: er ikke et JSON-objekt
import-exists = { $path } findes allerede ({ $record }); importen overskriver aldrig en vurdering
import-nothing-written = Der er ikke skrevet nogen filer.
import-exists-hint = Omdøb eller flyt de eksisterende filer, eller importér til en anden mappe med --out DIR.
import-wrote = Skrev { $path }: { $title }
import-summary = Importerede { $n } { $n ->
        [one] post
       *[other] poster
    } til { $dir }. Kør `dataetik check` for at se, hvad der mangler.
import-internal = { $record }: intern fejl: den skrevne YAML kunne ikke læses tilbage som skrevet ({ $detail }); rapportér venligst fejlen

## YAML comments of imported files (in the register's language)
# $source: the format's key (algoritmeregister, atrs)
import-from = fra { $source }: { $fields }
import-id-derived = afledt af { $source }: { $field }
import-header =
    Importeret med `dataetik import` fra { $format } ({ $record } i { $file }).
    Hvert felt er mærket med det felt i kilden, det kommer fra. Intet er tilføjet: det, kilden
    ikke har, mangler også her, så `dataetik check` viser, hvad der skal udfyldes.
import-header-unmapped = Felter i kilden uden et tilsvarende felt i vurderingen (til oplysning):
import-header-empty = Felter i kilden, der kun siger "ikke relevant" (N/A o.l.), og derfor ikke er overført:
import-phase-stopped = Kilden siger kun, at systemet er taget ud af brug: ret til completed, hvis projektet blev afsluttet som planlagt
# $first, $second: the other phases it may be (idea, analysis, build)
import-phase-not-in-use = Kilden siger kun, at systemet ikke er i brug endnu: ret til { $first } eller { $second }, hvis det passer bedre

## Sentences the export writes into a record (in the register's language)
record-impact = Konsekvens for den enkelte: { $impact }.
record-impact-both = { $effect }; { $reversibility }
record-effect-none = ingen for den enkelte
record-effect-information = information
record-effect-offer = et tilbud, som kan afslås
record-effect-service = en ydelse eller service tilrettelægges eller prioriteres
record-effect-benefit = en ydelse bevilges eller afslås
record-effect-investigation = personen undersøges eller kontrolleres
record-effect-sanction = en sanktion, fx nedsat ydelse, bøde eller tilbagebetaling
record-effect-intervention = et indgreb mod personens vilje, fx en foranstaltning for et barn
record-reversibility-reversible = kan let gøres om
record-reversibility-hard-to-reverse = kan gøres om, men kun med besvær
record-reversibility-irreversible = kan ikke gøres om
record-kind-statistics = Statistik: resultaterne er tal for grupper, ikke for den enkelte.
record-kind-analysis = Analyse: resultaterne bruges til planlægning, ikke i den enkeltes sag.
record-kind-selection = Udvælgelse: systemet udpeger personer til kontrol, undersøgelse eller en opsøgende indsats, og en medarbejder handler derefter på udpegningen.
record-kind-decision-support = Beslutningsstøtte: systemet støtter en medarbejders afgørelse i den enkeltes sag; medarbejderen træffer afgørelsen.
record-kind-automated-decision = Automatisk afgørelse: systemet træffer afgørelsen uden, at en medarbejder træffer den.
# $n: the number, already formatted ("4.000")
record-people = Projektet bruger oplysninger om ca. { $n } personer.
record-machine-learning = Der bruges maskinlæring (en model, der er trænet på data).
record-no-machine-learning = Der bruges ikke maskinlæring.
record-inputs-heading = Oplysninger, som modellen eller reglerne bruger:
record-input-protected = { $name } (beskyttet egenskab: { $protected })
record-protected-none = ingen
record-protected-gender = køn
record-protected-age = alder
record-protected-ethnicity = etnisk oprindelse
record-protected-health = helbred
record-protected-religion = religion eller tro
record-protected-disability = handicap
record-protected-sexual-orientation = seksuel orientering
record-protected-political = politisk overbevisning
record-protected-union = fagforeningsmæssigt tilhørsforhold
record-protected-criminal = strafbare forhold
record-performance-heading = Målt kvalitet:
record-measured-on = Målt på: { $population }
record-bias-heading = Biastest:
record-bias-on = på { $attributes }
record-bias-threshold = (grænse { $threshold })
record-bias-passed = bestået
record-bias-failed = ikke bestået
record-rating-low = lav
record-rating-medium = middel
record-rating-high = høj
record-likelihood = Sandsynlighed: { $rating }
record-severity = alvor: { $rating }
record-mitigation-label = Tiltag:
record-risk-owner-label = Ansvarlig:
# $details: " <date>" and/or " (<reference>)", each with its leading space, or nothing
record-dpia-done = Konsekvensanalyse (DPIA) gennemført{ $details }.
record-dpia-planned = Konsekvensanalyse (DPIA) planlagt{ $details }.
record-dpia-not-required = Konsekvensanalyse (DPIA) vurderet ikke nødvendig{ $details }.
record-fria-done = Konsekvensanalyse for grundlæggende rettigheder (FRIA, AI-forordningens art. 27) gennemført.
record-fria-planned = Konsekvensanalyse for grundlæggende rettigheder (FRIA, AI-forordningens art. 27) planlagt.
record-fria-not-required = Konsekvensanalyse for grundlæggende rettigheder (FRIA, AI-forordningens art. 27) ikke påkrævet.
record-fria-title = Konsekvensanalyse for grundlæggende rettigheder (FRIA)
record-sensitive = Projektet behandler følsomme personoplysninger (databeskyttelsesforordningens art. 9 eller 10).
record-not-sensitive = Projektet behandler ikke følsomme personoplysninger (databeskyttelsesforordningens art. 9 eller 10).
record-supplier-company = virksomhed
record-supplier-public = offentlig myndighed
record-supplier-research = forskningsinstitution
record-supplier-role-kind = { $role } ({ $kind })
record-dpa = Databehandleraftale
record-dpa-of = af { $date }
