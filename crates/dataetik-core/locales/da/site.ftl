# The public register website (`dataetik site`). Running texts keep Danish LIX at or below 40;
# the site shows the LIX it computes next to each of them.

## Frame of every page
site-name = Dataprojekter
site-skip = Gå til indhold
site-nav-label = Hovedmenu
site-nav-home = Alle projekter
site-nav-my-data = Hvilke data om mig bruges?
site-nav-departments = Forvaltninger
site-nav-impact = Betydning for dig
site-nav-changes = Ændringer
site-nav-downloads = Hent registret
site-nav-about = Om registret
site-footer = Udgivet af { $organisation }. Opdateret { $date }.
site-footer-tool = Siderne er lavet med dataetik ud fra kommunens egne vurderinger af projekterne.
site-lix = Læsbarhed: LIX { $lix } ({ $grade })
site-lix-easy = let
site-lix-medium = middel
site-lix-hard = svær
site-lix-what = Hvad er LIX?
site-not-stated = Ikke oplyst

## Front page
site-index-heading = Sådan bruger kommunen data
site-index-intro = Her kan du læse om de projekter, hvor kommunen bruger data om borgere, børn, medarbejdere eller virksomheder. For hvert projekt kan du se, hvad det går ud på, og hvilke data det bruger. Du kan også se, om det er en person eller et system, der træffer afgørelsen. Alle projekter er vurderet efter kommunens dataetiske politik. Har du spørgsmål, så skriv til den kontakt, der står ved projektet.
site-index-active = Projekter i gang
site-index-ended = Afsluttede og stoppede projekter
site-index-count = { $n ->
    [one] 1 projekt
   *[other] { $n } projekter
}
site-label-department = Forvaltning
site-label-phase = Fase
site-label-risk = Risikoniveau
site-label-subjects = Data om
site-label-who-decides = Afgørelse
site-label-data-kinds = Slags data
site-label-data-fate = Data

## Hvilke data om mig bruges?
site-my-data-heading = Hvilke data om mig bruges?
site-my-data-intro = Vælg den gruppe, du hører til. Så ser du de projekter, der bruger data om dig, og hvilke systemer data kommer fra. Er du forælder, så se også under børn. Listen viser kun projekterne i dette register. Kommunen bruger også oplysninger om dig i den daglige sagsbehandling. Vil du vide præcis, hvad kommunen har om dig, kan du bede om indsigt.
site-my-data-choose = Vælg gruppe
site-group-citizens = Borgere
site-group-children = Børn (se også her, hvis du er forælder)
site-group-employees = Medarbejdere i kommunen
site-group-businesses = Virksomheder
site-my-data-by-source = Data fra disse systemer
site-my-data-system = System
site-my-data-projects = Projekter
site-subject-heading-citizens = Projekter med data om borgere
site-subject-heading-children = Projekter med data om børn
site-subject-heading-employees = Projekter med data om kommunens medarbejdere
site-subject-heading-businesses = Projekter med data om virksomheder
site-subject-none = Ingen af projekterne bruger data om denne gruppe.
site-subject-sources = Data kommer fra

## Subjects (short)
site-subject-citizens = borgere
site-subject-children = børn
site-subject-employees = medarbejdere
site-subject-businesses = virksomheder

## Lists
site-departments-heading = Projekter efter forvaltning
site-impact-heading = Projekter efter betydning for den enkelte
site-active-and-ended = Listen viser både projekter, der er i gang, og projekter, der er slut.
site-department-unknown = Forvaltning ikke oplyst
site-impact-unknown = Betydningen er ikke oplyst

## Phases
site-phase-idea = Idé
site-phase-analysis = Undersøges
site-phase-build = Under udvikling
site-phase-operation = I brug
site-phase-completed = Afsluttet
site-phase-stopped = Stoppet
site-phase-unknown = Fase ikke oplyst

## Effect on the person (impact.effect) and whether it can be undone
site-effect-none = Ingen betydning for den enkelte
site-effect-information = Du får information
site-effect-offer = Du kan få et tilbud
site-effect-service = En ydelse bliver planlagt eller prioriteret
site-effect-benefit = Det afgør, om du får en ydelse
site-effect-investigation = Det kan føre til, at kommunen undersøger din sag
site-effect-sanction = Det kan føre til en sanktion, fx at en ydelse stopper
site-effect-intervention = Det kan føre til et indgreb, fx i en familie
site-rev-reversible = Følgen kan gøres om.
site-rev-hard_to_reverse = Følgen er svær at gøre om.
site-rev-irreversible = Følgen kan ikke gøres om.

## Who decides
site-who-no-decision = Ingen afgørelser om dig. Projektet laver kun tal om grupper.
site-who-person = En person træffer afgørelsen. Systemet giver kun et forslag.
site-who-selection = Systemet peger på, hvem kommunen skal kontakte eller se nærmere på. En person beslutter, hvad der skal ske.
site-who-system = Systemet træffer afgørelsen. Du kan klage og få en medarbejder til at se på sagen.
site-who-short-no-decision = Ingen afgørelse om dig
site-who-short-person = En person beslutter
site-who-short-selection = Systemet udvælger, en person beslutter
site-who-short-system = Systemet beslutter

## Risk levels
site-risk = Risikoniveau { $level }
site-risk-1 = Godkendes af en afdelingsleder.
site-risk-2 = Godkendes af en direktør.
site-risk-3 = Godkendes af direktionen.
site-risk-4 = Godkendes af et politisk udvalg.
site-risk-minimum = Der mangler oplysninger, så niveauet kan være højere.
site-risk-more = Hvad betyder risikoniveauet?

## Project page
site-project-what = Hvad gør projektet?
site-project-why = Hvad er formålet?
site-project-whose = Hvis data bruges?
site-project-which = Hvilke data bruges?
site-project-who-decides = Hvem træffer afgørelsen?
site-project-effect = Hvad kan det betyde for dig?
site-project-risk = Risikoniveau
site-project-access-complain = Indsigt og klage
site-project-last-changed = Sidst ændret
site-project-links = Læs mere
site-project-access-text = Vil du vide, hvilke oplysninger projektet bruger om dig, så skriv til { $contact }. Er du uenig i en afgørelse, står der i brevet, hvordan du klager.
site-project-access-no-contact = Vil du vide, hvilke oplysninger projektet bruger om dig, så skriv til kommunen. Er du uenig i en afgørelse, står der i brevet, hvordan du klager.
site-project-no-personal-data = Projektet bruger ingen oplysninger om personer. Der er derfor ingen data om dig at få indsigt i.
site-project-ended-text = Projektet er ikke længere i gang. Her kan du læse, hvad det førte til, og hvad der skete med data.
site-project-outcome = Hvad førte det til?
site-project-data-fate = Hvad skete der med data?
site-project-method = Sådan virker det
site-project-human-review = Sådan ser en medarbejder på sagen
site-project-appeal = Sådan klager du over en afgørelse
site-project-contact = Kontakt
site-project-department = Forvaltning
site-project-unit = Afdeling
site-project-phase = Fase
site-project-period = Periode
site-project-started = Startet { $date }
site-project-ended = Slut { $date }
site-project-legal-basis = Lovgrundlag
site-project-retention = Hvor længe gemmes data?
site-project-sources = Data kommer fra disse systemer
site-project-inputs = Oplysninger, som systemet bruger
site-project-considerations = Kommunens etiske overvejelser
site-project-bias = Test for skævhed
site-project-bias-none = Der er ikke lavet test for skævhed.
site-project-bias-row = Målt { $value } med grænsen { $threshold }: { $result }.
site-project-bias-passed = bestået
site-project-bias-failed = ikke bestået
site-project-bias-unknown = resultatet er ikke oplyst
site-project-bias-attributes = Testet for
site-project-bias-what = Hvad er testet?
site-project-bias-date = Dato
site-project-bias-result = Resultat
site-project-suppliers = Leverandører
site-project-suppliers-none = Projektet har ingen leverandører.
site-project-approval = Godkendelse
site-project-approval-text = Godkendt af { $by } den { $date }.
site-project-approval-by = Godkendt af { $by }.
site-project-approval-none = Projektet er ikke godkendt endnu.
site-project-history = Historik
site-project-no-history = Registret har ingen historik, så datoen for sidste ændring kendes ikke.
site-project-link-public = Kommunens side om projektet
site-project-link-source = Kildekoden
site-project-link-register = Projektet i et andet register
site-project-no-links = Der er ingen links til projektet.

## Data flags
site-data-personal = Oplysninger om enkelte personer
site-data-sensitive = Følsomme oplysninger, fx om helbred
site-data-cpr = CPR-numre
site-data-combines = Data fra flere systemer bliver samkørt
site-data-profiling = Systemet vurderer den enkelte person (profilering)
site-data-ml = Systemet bruger maskinlæring

## What happened to the data
site-fate-deleted = Data er slettet.
site-fate-anonymised = Data er gjort anonyme.
site-fate-archived = Data er arkiveret.
site-fate-retained = Data er gemt.
site-fate-date = Det skete { $date }.

## Suppliers (the supplier page and the project page's supplier list)
site-nav-suppliers = Leverandører
site-suppliers-heading = Leverandører, der behandler data for kommunen
site-suppliers-intro = I nogle af projekterne får kommunen hjælp af firmaer, andre myndigheder eller forskere. Når de behandler oplysninger om dig på kommunens vegne, kaldes de databehandlere. Kommunen har stadig ansvaret for dine data. Her kan du se, hvem der behandler data i hvert projekt. Du kan også se, hvor data bliver behandlet, og hvilken aftale der gælder.
site-suppliers-link = Se, hvilke leverandører der behandler data for kommunen
site-suppliers-who-heading = Hvem behandler data, hvor og efter hvilken aftale
site-suppliers-for = Projekt og rolle
site-suppliers-where = Hvor data behandles
site-suppliers-agreement = Databehandleraftale
site-suppliers-global-compact = FN's Global Compact i kontrakten
site-suppliers-due-diligence = Kontrol af leverandørkæden
site-suppliers-contract = Kontrakt
site-suppliers-overdue-heading = Frister, der er overskredet
site-suppliers-chains-heading = Kæden af leverandører for hvert projekt
site-suppliers-chains-intro = Nogle leverandører bruger selv andre firmaer til en del af arbejdet. De kaldes underdatabehandlere. Figurerne viser kæden for hvert projekt. Under hver figur står det samme med ord.
site-suppliers-none = Ingen af projekterne bruger leverandører.
site-project-suppliers-more = Se, hvor data behandles, og efter hvilken aftale

## Principles (short names)
site-principle-transparency = Åbenhed
site-principle-dignity = Værdighed
site-principle-equality = Lighed
site-principle-integrity = Faglighed
site-principle-accountability = Ansvar
site-consider-citizen-information = Sådan får borgerne besked
site-consider-explainability = Sådan bliver metoden forklaret
site-consider-access = Sådan får du indsigt
site-consider-publication = Her er projektet beskrevet
site-consider-privacy = Privatliv
site-consider-proportionality = Står gevinsten mål med ulemperne?
site-consider-self-determination = Din ret til selv at bestemme
site-consider-bias-test-plan = Plan for test for skævhed
site-consider-proxies = Oplysninger, der kan afsløre fx køn eller herkomst
site-consider-diverse-review = Hvem har set på resultaterne?
site-consider-professional-value = Hvad får fagfolk ud af det?
site-consider-human-judgement = Fagfolk kan være uenige med systemet
site-consider-monitoring = Sådan bliver projektet fulgt
site-consider-rollback = Sådan kan det stoppes
site-consider-security = Sikkerhed

## Changes
site-changes-heading = Ændringer
site-changes-intro = Her står de ændringer, der er lavet i registret, med de nyeste først. Hver ændring viser dato, projekt og en kort besked om, hvad der er ændret.
site-changes-none = Registret har ingen historik endnu.
site-changes-date = Dato
site-changes-project = Projekt
site-changes-what = Ændring
site-feed-heading = Følg ændringer
site-feed-intro = Du kan følge med, når et projekt bliver oprettet eller ændret. Sæt linket ind i et program til nyhedsfeeds (Atom).
site-feed-link = Nyhedsfeed med ændringer (Atom)
site-feed-title = { $organisation }: ændringer i dataprojekter

## Downloads
site-downloads-heading = Hent registret
site-downloads-intro = Du kan hente hele registret og bruge det frit. Det findes som regneark (CSV) og som JSON. Der er også en udgave efter den hollandske og den britiske standard for registre over algoritmer. Så kan registret sammenlignes med registre i andre lande.
site-download-csv = Hele registret som regneark (CSV)
site-download-json = Hele registret som JSON
site-download-algoritmeregister = Efter den hollandske standard (Algoritmeregister 1.0, JSON)
site-download-atrs = Efter den britiske standard (ATRS, JSON)
site-download-sitemap = Oversigt over alle sider (sitemap)
site-download-left-out = Disse projekter mangler oplysninger, som standarden kræver, og er ikke med: { $ids }

## About
site-about-heading = Om registret
site-about-intro = Registret viser alle kommunens dataprojekter, også dem, der er slut. Forvaltningerne skriver selv om deres projekter og holder teksterne ved lige. Hvert år får politikerne en redegørelse om projekterne. Den kan du også læse her.
site-about-lix-heading = Hvad er LIX?
site-about-lix = Ved hver tekst står et LIX-tal. Det viser, hvor let teksten er at læse. Under 35 er teksten let. Over 45 er den svær.
site-risk-heading = Hvad betyder risikoniveauet?
site-risk-intro = Hvert projekt har et risikoniveau fra 1 til 4. Niveauet viser, hvor meget projektet kan påvirke de mennesker, hvis data bruges. Det bliver højere, når der bruges følsomme data, når et system vurderer den enkelte, og når mange er berørt. Jo højere niveauet er, jo højere oppe skal projektet godkendes. Projekter på niveau 4 skal godkendes af politikerne. Et højt niveau betyder ikke, at projektet er forkert. Det betyder, at der skal være ekstra godt styr på det. Står der »mindst« foran niveauet, mangler der oplysninger, og niveauet kan være højere.
site-who-heading = Hvad betyder »En person træffer afgørelsen«?
site-who-intro = I mange projekter hjælper et system medarbejderne. Systemet kan fx give et forslag eller pege på en sag. Derefter ser en medarbejder på sagen og beslutter, hvad der skal ske. Medarbejderen kan godt være uenig med systemet. Så står der: En person træffer afgørelsen. I nogle få projekter træffer systemet selv afgørelsen. Så står der: Systemet træffer afgørelsen. Det står også i brevet til dig. I brevet står der også, hvordan du får en medarbejder til at se på sagen.
site-access-heading = Sådan får du indsigt i dine data
site-access-intro = Du har ret til at få at vide, hvilke oplysninger kommunen har om dig, og hvad de bruges til. Skriv til kommunen og bed om indsigt. Brug gerne Digital Post, så dine oplysninger er beskyttet. Du behøver ikke at sige hvorfor. Du får som regel svar inden for en måned. Har et projekt beregnet noget om dig, fx en risiko, kan du også få det at se. Er oplysningerne forkerte, kan du bede om at få dem rettet.
site-complain-heading = Sådan klager du
site-complain-intro = Er du uenig i en afgørelse, kan du klage. I brevet med afgørelsen står der, hvor du skal klage, og hvornår fristen udløber. Ofte ser kommunen på sagen igen, før klagen bliver sendt videre. Er du utilfreds med, hvordan kommunen bruger dine data, kan du skrive til kommunens databeskyttelsesrådgiver. Du kan også klage til Datatilsynet. Det koster ikke noget at klage.
site-accessibility-heading = Tilgængelighedserklæring
site-accessibility-intro = Her kan du læse, om siden lever op til reglerne om tilgængelighed. Du kan også se, hvor du kan klage, hvis noget ikke virker for dig.
site-accessibility-text = Siderne er lavet, så de lever op til WCAG 2.1 niveau AA. De virker uden JavaScript, og hver side bliver testet automatisk, før den bliver lagt ud. Virker noget ikke for dig, så skriv til kommunen. Du kan også klage til Digitaliseringsstyrelsen.

## Removed before publication
site-removed-email = [personlig e-mailadresse fjernet]
site-removed-path = [intern filsti fjernet]

## dataetik site (terminal)
site-refused-unreadable = Siden bliver ikke lavet, fordi disse vurderinger ikke kan læses (siden ville mangle projekter). Ret dem, og kør igen:
site-refused-cpr = Siden bliver ikke lavet, fordi noget ligner et CPR-nummer (PUB-001):
site-done = Skrev { $pages } sider om { $projects } projekter til { $dir } ({ $seconds } s).
