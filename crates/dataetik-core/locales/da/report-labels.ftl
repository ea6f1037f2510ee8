# The report's fixed words: template labels, the glossary and the names the report model uses.
# Sentences the builder writes live in report.ftl; rule texts live in the policy.

## Labels: the fixed words of the report templates (`L.<key>` in report.typ and report.html.j2).
report-label-toc = Indhold
report-label-skip = Gå til indholdet
report-label-page = Side
report-label-of = af
report-label-date = Dato
report-label-committee = Til
report-label-as-of = Opgjort pr.
report-label-policy = Politik
report-label-generated-by = Dannet med
report-label-summary = Resumé
report-label-key-figures = Nøgletal
report-label-by-department = Projekter pr. forvaltning
report-label-by-risk = Projekter pr. risikoniveau
report-label-coverage = Dækning af principperne
report-label-open-findings = Åbne punkter
report-label-recommendation = Indstilling
report-label-dilemmas = Dilemmaer til debat
report-label-figure = Nøgletal
report-label-changes = Ændringer siden sidste redegørelse
report-label-last-year-points = Sidste års åbne punkter
report-label-point-last-year = Punkt sidste år
report-label-status-now = Status nu
report-label-subjects = Data om
report-label-last-changed = Sidst ændret
report-label-last-changed-unknown = Ikke kendt (ingen historik)
report-label-waiver-from = Dispensation fra
report-label-debate = Dilemmaer til debat
report-label-history-appendix = Historik for projekterne
report-label-history-intro = Historikken viser hver ændring af projektets vurdering med dato og den korte beskrivelse, der blev skrevet ved ændringen. Versionen henviser til registrets versionsstyring (git), så hver oplysning kan føres tilbage til en fil og en version.
report-label-no-history = Ingen historik.
report-label-change = Ændring
report-label-version = Version
report-label-charts = Figurer
report-label-overview = Oversigt over projekterne
report-label-overview-intro = Tabellen viser hvert projekt med fase, automatisering, risikoniveau og status for hvert af politikkens fem principper og for kravene til leverandører.
report-label-project = Projekt
report-label-department = Forvaltning
report-label-unit = Enhed
report-label-phase = Fase
report-label-automation = Automatisering
report-label-risk-level = Risikoniveau
report-label-ai-act-high-risk = Højrisiko (AI-forordningen)
report-label-ai-act-short = AI-højrisiko
report-label-count = Antal
report-label-principle = Princip
report-label-addressed = Opfyldt
report-label-gaps = Åbne punkter
report-label-waived = Dispensation
report-label-marks-legend = Opfyldt: vurderingen lever op til politikkens krav under princippet. Åbne punkter: mindst ét krav er ikke opfyldt; punkterne står under projektet. Dispensation: et krav er fraveget med ledelsens godkendelse for en periode.
report-label-the-policy = Politikken
report-label-principles = Principperne
report-label-how-assessed = Sådan vurderes projekterne
report-label-risk-factors = Risikopoint
report-label-factor = Forhold
report-label-points = Point
report-label-levels = Risikoniveauer og godkendelse
report-label-level = Niveau
report-label-range = Point
report-label-approval-required = Kræver godkendelse af
report-label-projects = Projekterne
report-label-responsible = Ansvarlig
report-label-contact = Kontakt
report-label-started = Startet
report-label-ended = Afsluttet
report-label-next-review = Næste gennemgang
report-label-citizens-affected = Berørte personer (skøn)
report-label-vulnerable-groups = Sårbare grupper
report-label-purpose = Formål og begrundelse
report-label-description = Beskrivelse
report-label-legal-basis = Hjemmel (lovgrundlag)
report-label-data = Data
report-label-sources = Datakilder
report-label-retention = Opbevaring og sletning
report-label-minimisation = Dataminimering
report-label-sharing = Videregivelse
report-label-dpia = Konsekvensanalyse (DPIA)
report-label-reference = Reference
report-label-reason = Begrundelse
report-label-method = Metode
report-label-machine-learning = Maskinlæring
report-label-human-review = Sådan vurderer en medarbejder resultatet
report-label-appeal = Klageadgang
report-label-risk = Risikoniveau
report-label-risk-points-total = I alt
report-label-approval = Godkendelse
report-label-approved-by = Godkendt af
report-label-approval-missing = Ingen godkendelse registreret.
report-label-approval-insufficient = Godkendelsen er på et lavere niveau, end risikoniveauet kræver.
report-label-considerations = Overvejelser under principperne
report-label-not-described = Ikke beskrevet.
report-label-bias-tests = Biastest
report-label-no-bias-tests = Der er ikke registreret nogen biastest.
report-label-attributes = Grupper sammenlignet efter
report-label-metric = Mål
report-label-value = Resultat
report-label-threshold = Grænse
report-label-result = Bestået?
report-label-evidence = Dokumentation
report-label-groups = Grupper
report-label-mitigation = Opfølgning
report-label-suppliers = Leverandører
report-label-no-suppliers = Projektet har ingen eksterne leverandører.
report-label-supplier = Leverandør
report-label-role = Rolle
report-label-dpa = Databehandleraftale
report-label-global-compact = FN's Global Compact
report-label-due-diligence = Kontrol af leverandørkæden
report-label-waivers = Dispensationer
report-label-rule = Regel
report-label-expires = Udløber
report-label-expired = udløbet
report-label-findings = Åbne punkter
report-label-no-findings = Projektet har ingen åbne punkter.
report-label-severity = Hvad skal ske
report-label-message = Punkt
report-label-help = Sådan løses det
report-label-ai-act = AI-forordningen
report-label-annex-iii = Bilag III
report-label-fria = Analyse af konsekvenserne for grundlæggende rettigheder (FRIA)
report-label-completed = Afsluttede og stoppede projekter
report-label-no-completed = Ingen projekter blev afsluttet eller stoppet i perioden.
report-label-outcome = Resultat og data
report-label-attention = Åbne punkter
report-label-attention-intro = Her er alle åbne punkter på tværs af projekterne, ordnet efter, hvor meget de kan betyde for de mennesker, hvis data bruges. Først står de punkter, der skal rettes, i projekter med høj risiko.
report-label-no-attention = Der er ingen åbne punkter.
report-label-suppliers-overview = Leverandører på tværs af projekterne
report-label-projects-served = Projekter
report-label-appendix = Bilag
report-label-rule-catalogue = Regelkatalog
report-label-fires-when = Gælder, når
report-label-title = Titel
report-label-glossary = Ordforklaring
report-label-term = Begreb
report-label-explanation = Forklaring
report-label-yes = Ja
report-label-no = Nej
report-label-chart-table-note = Tallene bag figuren står i tabellen.

## Glossary of the appendix: a term and its explanation for a reader without a background in data or law.
report-glossary-the-ai-act-term = AI-forordningen
report-glossary-the-ai-act-explanation = EU's forordning om kunstig intelligens. Den stiller særlige krav til AI-systemer med høj risiko, fx systemer, der bruges til at vurdere borgeres ret til offentlige ydelser.
report-glossary-bias-term = Bias
report-glossary-bias-explanation = Skævhed: når en model eller metode systematisk behandler grupper af mennesker forskelligt, fx efter køn, alder eller etnisk oprindelse, uden at der er en saglig grund.
report-glossary-bias-test-term = Biastest
report-glossary-bias-test-explanation = En måling af, om resultaterne fordeler sig ens på tværs af grupper. Kommunen bruger blandt andet firefemtedelsreglen: den laveste gruppes andel skal være mindst 80 % af den højestes.
report-glossary-data-processing-agreement-term = Databehandleraftale
report-glossary-data-processing-agreement-explanation = En aftale mellem kommunen og en databehandler, dvs. en leverandør, der behandler personoplysninger på kommunens vegne. Aftalen fastlægger, hvad leverandøren må, og hvordan data beskyttes. Bruger leverandøren selv andre leverandører til opgaven (underdatabehandlere), skal de være bundet af de samme krav.
report-glossary-waiver-term = Dispensation
report-glossary-waiver-explanation = En tidsbegrænset, begrundet undtagelse fra en regel, godkendt af ledelsen. En dispensation gælder højst 12 måneder og fremgår af redegørelsen.
report-glossary-legal-basis-term = Hjemmel
report-glossary-legal-basis-explanation = Det lovgrundlag, der giver kommunen ret til at behandle oplysningerne.
report-glossary-impact-assessment-dpia-term = Konsekvensanalyse (DPIA)
report-glossary-impact-assessment-dpia-explanation = En analyse, som databeskyttelsesforordningen kræver, når en behandling af personoplysninger kan indebære en høj risiko for de registreredes rettigheder, dvs. de personer, oplysningerne handler om. Den dataansvarlige, her kommunen, skal lave analysen, før behandlingen begynder.
report-glossary-machine-learning-term = Maskinlæring
report-glossary-machine-learning-explanation = Metoder, hvor en computer finder mønstre i historiske data og bruger dem til at beregne et resultat, fx en sandsynlighed.
report-glossary-profiling-term = Profilering
report-glossary-profiling-explanation = Automatisk vurdering af en enkelt person ud fra personoplysninger, fx en risikoscore eller en forudsigelse.
report-glossary-risk-level-term = Risikoniveau
report-glossary-risk-level-explanation = Projektets samlede risiko, beregnet ud fra point for bl.a. følsomme data, samkøring, profilering, automatisering og antal berørte personer. Niveauet afgør, hvem der skal godkende projektet.
report-glossary-combining-sources-term = Samkøring
report-glossary-combining-sources-explanation = Når oplysninger fra flere systemer eller forvaltninger kobles sammen om den enkelte person.

## Words of the report model: names of phases, kinds, statuses and table cells.
report-idea = Idé
report-analysis = Analyse
report-build = Udvikling
report-in-operation = I drift
report-completed = Afsluttet
report-stopped = Stoppet
report-statistics = Statistik
report-data-analysis = Dataanalyse
report-selection = Udpegning
report-decision-support = Beslutningsstøtte
report-automated-decision = Automatisk afgørelse
report-children = Børn
report-older-people = Ældre
report-people-with-disabilities = Personer med handicap
report-unemployed-people = Ledige
report-patients = Patienter
report-gender = køn
report-age = alder
report-ethnic-origin = etnisk oprindelse
report-ratio-between-groups = Forholdstal mellem grupper
report-difference-in-share-found = Forskel i andel fundet
report-other-metric-see-method = Andet mål (se metoden)
report-not-given = Ikke angivet
report-met = Opfyldt
report-outstanding-issues = Åbne punkter
report-waived = Dispensation
report-must-be-fixed = Skal rettes
report-should-be-fixed = Bør rettes
report-for-information = Til orientering
report-transparency = Gennemsigtighed
report-dignity = Værdighed
report-equality = Lighed
report-integrity = Faglig integritet
report-accountability = Ansvarlighed
report-suppliers = Leverandører
report-not-stated = Ikke angivet
report-not-relevant = Ikke relevant
report-projects-in-total = Projekter i alt
report-still-running = Stadig i gang
report-started-in = Startet i
report-personal-data = Personoplysninger
report-sensitive-data = Følsomme oplysninger
report-cpr-numbers = CPR-numre
report-combines-data-sources = Samkøring af datakilder
report-profiling = Profilering
report-status-done = Gennemført
report-planned = Planlagt
report-not-required = Ikke påkrævet
report-information-to-citizens = Information til de berørte
report-explainability = Forklarlighed
report-access-to-own-data = Indsigt i egne data
report-publication = Offentliggørelse
report-privacy = Privatliv
report-proportionality = Afvejning af gevinst og ulemper
report-self-determination = Selvbestemmelse
report-bias-test-plan = Plan for biastest
report-professions-involved = Involverede faggrupper
report-professional-value = Fagligt udbytte
report-data-security = Datasikkerhed
report-competences = Kompetencer
report-legislation = Lovgivning
report-monitoring = Opfølgning i drift
report-rollback = Plan for at slå løsningen fra
report-passed = Bestået
report-failed = Ikke bestået
report-of = af
report-no-name = (uden navn)
report-missing = Mangler
report-difference-in-selection-rate = Forskel i andel udpeget
report-the-outcome-is-not-described = Resultatet er ikke beskrevet.
report-review-of-ongoing-and-completed-data = Gennemgang af igangværende og afsluttede dataprojekter
report-shared-with-third-parties = Videregives til tredjepart
report-choice-of-attributes-tested = Valg af testede egenskaber
report-review-across-professions = Vurdering på tværs af fagligheder
report-proxy-variables = Oplysninger, der indirekte kan afspejle køn, alder eller etnisk oprindelse
report-professional-judgement = Medarbejdernes faglige vurdering
report-the-purpose-is-not-described = Formålet er ikke beskrevet.

## Title, how projects are assessed, and small groups left out of a bias table.
report-title = Dataetisk redegørelse { $year }
report-how-assessed = Hvert dataprojekt beskrives i en vurdering, der gennemgår politikkens principper punkt for punkt. Vurderingen kontrolleres automatisk efter { $rules } regler: nogle gælder altid, andre afhænger af projektets fase, af graden af automatisering og af, hvilke data der bruges. Et krav, der ikke er opfyldt, bliver et åbent punkt, som enten skal rettes eller bør rettes. Kan en regel ikke opfyldes, kan ledelsen give en begrundet dispensation i højst 12 måneder.
report-how-risk = Projektets **risikoniveau** beregnes ud fra point for de forhold, der er vist nedenfor. Jo højere niveau, jo højere oppe i organisationen skal projektet godkendes.
report-small-groups-hidden = { $n ->
    [one] ; én lille gruppe er udeladt for at beskytte de berørte
   *[other] ; { $count } små grupper er udeladt for at beskytte de berørte
}

## Counts in running text: one to ten in words, larger numbers in digits.
report-count-in-words = { $n ->
    [0] ingen
    [1] ét
    [2] to
    [3] tre
    [4] fire
    [5] fem
    [6] seks
    [7] syv
    [8] otte
    [9] ni
    [10] ti
   *[other] { $digits }
}

## The standard charts offered to template authors.
report-chart-by-phase = Projekter pr. fase
report-chart-by-department = Projekter pr. forvaltning
report-chart-by-risk = Projekter pr. risikoniveau
report-chart-coverage = Dækning af principperne
report-chart-addressed = Opfyldt
report-chart-gaps = Åbne punkter
report-chart-waived = Dispensation
report-chart-axis-projects = antal projekter
