# The yearly report (dataetisk redegørelse): the agenda item, key figures, changes since the last
# report and the history. Every sentence the report builder writes itself lives here; rule texts
# (plain, topic) live in the policy. Counts arrive formatted ("ni", "12"), dates written out.

## Agenda item (indstilling)
report-agenda-heading = Indstilling
report-author = Forvaltningen
report-committee-fallback = udvalget
report-agenda-lead = { $author } indstiller, at { $committee }
report-agenda-report = tager den dataetiske redegørelse for { $year } til efterretning
report-agenda-dilemmas-one = drøfter det dilemma, som forvaltningen har beskrevet for projektet { $project } (se Dilemmaer til debat)
report-agenda-dilemmas = drøfter de dilemmaer, som forvaltningerne har beskrevet for { $n } projekter (se Dilemmaer til debat)
report-agenda-no-approval = tager stilling til, hvordan der skal følges op på, at projektet { $project } ({ $department }) ikke er registreret som godkendt, selv om det har { $level } risiko og derfor skal godkendes af { $approval }
report-agenda-approval-too-low = tager stilling til, hvordan der skal følges op på, at projektet { $project } er godkendt af { $body } den { $date }, selv om projektets { $level_def } risiko kræver godkendelse af { $approval }
report-agenda-waiver-too-low = tager stilling til, hvordan der skal følges op på, at dispensationen fra { $topic } i projektet { $project } er givet af { $body }, selv om projektets { $level_def } risiko kræver, at den gives af { $approval }
report-agenda-bias-open = tager stilling til, hvordan der skal følges op på, at en biastest af projektet { $project } den { $date }, der sammenlignede grupper efter { $attributes }, viste skævhed, og at det endnu ikke er beskrevet, hvad der gøres ved det
report-agenda-bias-mitigated = tager til efterretning, at en biastest af projektet { $project } den { $date }, der sammenlignede grupper efter { $attributes }, viste skævhed, og at forvaltningen har beskrevet, hvad der gøres ved det
report-agenda-bias-stopped = tager til efterretning, at en biastest af projektet { $project } den { $date }, der sammenlignede grupper efter { $attributes }, viste skævhed, og at projektet siden er stoppet den { $ended }
report-agenda-very-high-one = tager til efterretning, at ét projekt har meget høj risiko: { $list }
report-agenda-very-high = tager til efterretning, at { $n } projekter har meget høj risiko: { $list }
report-agenda-item-approved = { $project } ({ $department }), godkendt af { $body } den { $date }
report-agenda-item-not-approved = { $project } ({ $department }), endnu ikke godkendt
report-agenda-waiver = tager til efterretning, at { $body } den { $date } har givet projektet { $project } dispensation indtil den { $expires } fra { $topic }
report-agenda-waiver-expired = tager til efterretning, at projektet { $project } havde dispensation fra { $topic }, men at dispensationen udløb den { $expires }, så kravet gælder igen
report-agenda-ai-one = tager til efterretning, at projektet { $project } er et højrisiko-AI-system efter EU's AI-forordning og derfor skal leve op til skærpede krav
report-agenda-ai = tager til efterretning, at { $n } projekter er højrisiko-AI-systemer efter EU's AI-forordning og derfor skal leve op til skærpede krav: { $list }
report-agenda-open-points = tager til efterretning, at { $projects } projekter har i alt { $points } åbne punkter, som forvaltningerne følger op på inden næste redegørelse (se Åbne punkter)
report-agenda-open-point-one = tager til efterretning, at der er ét åbent punkt i projektet { $project }, som forvaltningen følger op på inden næste redegørelse (se Åbne punkter)
report-agenda-open-points-one-project = tager til efterretning, at der er { $points } åbne punkter i projektet { $project }, som forvaltningen følger op på inden næste redegørelse (se Åbne punkter)
report-agenda-no-open-points = tager til efterretning, at ingen projekter har åbne punkter
report-unknown-date = ukendt dato

## Dilemmas
report-dilemmas-heading = Dilemmaer til debat
report-dilemmas-lead = Politikken lægger op til, at de dataetiske dilemmaer hvert år bliver fremlagt til åben politisk debat. Her er de dilemmaer, som forvaltningerne selv har beskrevet for deres projekter.
report-dilemma-heading = { $project } ({ $department }, { $level } risiko)
report-dilemmas-missing = Forvaltningen har ikke beskrevet dilemmaer for projektet { $project }, selv om det har { $level } risiko.
report-dilemmas-none = Ingen forvaltninger har beskrevet dilemmaer til debat i år.

## Key figures
report-figures-heading = Nøgletal
report-figure-projects = Projekter i alt
report-figure-new = Nye i { $year }
report-figure-ended = Afsluttet eller stoppet i { $year }
report-figure-very-high = Meget høj risiko
report-figure-people = { $subjects }, hvis data bruges (skøn)
report-figure-people-value = ca. { $n } i { $projects }
report-figure-people-none = ingen projekter
report-figure-ml = Bruger maskinlæring
report-figure-profiling = Vurderer den enkelte (profilering)
report-figure-selection = Udpeger personer til kontakt eller kontrol
report-figure-automated = Træffer automatiske afgørelser
report-figure-protected = Bruger oplysninger om fx køn, alder, etnisk oprindelse eller helbred
report-figure-protected-unknown = { $n } (ikke oplyst for { $unknown })
report-figure-bias = Biastest gennemført i { $year }
report-figure-bias-value = { $n } i { $projects }, heraf { $failed } ikke bestået
report-figure-bias-passed = { $n } i { $projects }, alle bestået
report-figure-dpia = Konsekvensanalyse (DPIA) gennemført
report-figure-dpia-value = { $done } af de { $required } projekter, hvor den er påkrævet
report-figure-waivers = Dispensationer
report-figure-waivers-value = { $n }; den næste udløber den { $expires }
report-figure-ai = Højrisiko-AI-systemer
report-figure-open = Åbne punkter
report-figure-open-value = { $n } i { $projects }
report-figures-note = Antallet af personer er forvaltningernes skøn. Tallene kan ikke lægges sammen, fordi den samme person kan indgå i flere projekter, og et projekt med data om flere grupper tælles under hver af dem. Borgere betyder her voksne; børn tælles for sig.
report-projects-one = ét projekt
report-projects = { $n } projekter

## Changes since the last report
report-changes-heading = Ændringer siden sidste redegørelse
report-changes-lead = Afsnittet sammenligner registret med, hvordan det så ud den { $date }.
report-changes-lead-rev = Afsnittet sammenligner registret med, hvordan det så ud i version { $rev } fra den { $date }.
report-changes-method = Registrets vurderinger fra dengang er kontrolleret med samme program og samme politik som i år, så sammenligningen sker på samme grundlag. Hvis en vurdering dengang var skrevet efter den tidligere skabelon, kan risikoniveauet ikke sammenlignes direkte; i så fald står det ved projektet.
report-changes-no-history = Registret har ingen historik fra før { $date }, så afsnittet kan ikke vise ændringer i år.
report-changes-no-git = Registret ligger ikke i et versionsstyret arkiv (git), så afsnittet kan ikke vise ændringer, og projekterne har ingen historik.
report-changes-none = Der er ingen ændringer i projekterne siden sidste redegørelse.
report-changes-new = Nye projekter
report-changes-new-item = { $project } ({ $department }), startet { $started }
report-changes-completed = Afsluttede projekter
report-changes-completed-item = { $project } ({ $department }), afsluttet { $ended }
report-changes-stopped = Stoppede projekter
report-changes-stopped-item = { $project } ({ $department }), stoppet { $ended }
report-changes-stopped-bias = En biastest den { $date }, der sammenlignede grupper efter { $attributes }, viste skævhed.
report-changes-phase = Projekter i en ny fase
report-changes-phase-item = { $project } er gået fra { $from } til { $to }.
report-changes-risk = Ændret risikoniveau
report-changes-risk-item = { $project } har nu risikoniveau { $now } (før { $before }).
report-changes-risk-model = { $project } vurderes nu efter den nye risikomodel og har risikoniveau { $now } (før { $before } efter den tidligere model). Ændringen skyldes modellen, ikke projektet.
report-changes-approvals = Godkendelser
report-changes-approval-item = { $project } er godkendt af { $body } den { $date }.
report-changes-resolved-heading = Løste punkter
report-changes-added-heading = Nye åbne punkter
report-changes-resolved-one = Ét åbent punkt er løst siden sidste redegørelse:
report-changes-resolved = { $n } åbne punkter er løst siden sidste redegørelse:
report-changes-added-one = Ét nyt åbent punkt er kommet til:
report-changes-added = { $n } nye åbne punkter er kommet til:
report-changes-point = { $project }: { $text }
report-changes-last-year = Sidste års åbne punkter
report-changes-last-year-lead = Ved udgangen af { $year } var der { $n } åbne punkter. Tabellen viser, hvordan det står med dem nu.
report-changes-col-project = Projekt
report-changes-col-point = Punkt sidste år
report-changes-col-status = Status nu
report-status-resolved = Løst
report-status-open = Stadig åbent
report-status-waived = Dækket af dispensation
report-status-ended = Ikke løst, før projektet sluttede
report-status-gone = Vurderingen er fjernet fra registret

## Per project and the history appendix
report-last-changed = Sidst ændret
report-last-changed-unknown = ikke kendt (ingen historik)
report-history-heading = Historik for projekterne
report-history-lead = Historikken viser hver ændring af projektets vurdering med dato og den korte beskrivelse, der blev skrevet ved ændringen. Den dokumenterer, hvornår og hvordan vurderingen har ændret sig. Versionen henviser til registrets versionsstyring (git).
report-history-none = Ingen historik.
report-history-col-date = Dato
report-history-col-subject = Ændring
report-history-col-commit = Version

## Words used inside sentences
report-subjects-citizens = borgerne
report-subjects-children = børnene
report-subjects-children-guardians = børnene og deres forældre
report-subjects-employees = medarbejderne
report-subjects-businesses = virksomhederne
report-subjects-mixed = de berørte
report-subject-label-citizens = Borgere
report-subject-label-children = Børn
report-subject-label-employees = Medarbejdere
report-subject-label-businesses = Virksomheder
report-approval-unit-manager = en afdelingsleder
report-approval-director = en direktør
report-approval-executive-board = direktionen
report-approval-political = et politisk udvalg
report-level-at-least = mindst { $level }
report-open-high = Punkter, der kan få betydning for de berørte
report-open-medium = Punkter, der svækker vurderingen
report-open-low = Mindre punkter

## The summary's opening
report-summary-projects-one = ét dataprojekt
report-summary-projects = de { $n } dataprojekter
report-summary-lead = Redegørelsen omfatter { $projects }, der har været i gang i { $year }. Af dem er { $ongoing } stadig i gang (heraf { $new } startet i { $year }), { $completed } afsluttet og { $stopped } stoppet. Hvert projekt er vurderet efter { $policy }, og vurderingerne er kontrolleret automatisk pr. { $date }.
report-summary-findings-none = Ingen projekter har åbne punkter.
report-summary-findings = { $with } af de { $total } projekter har åbne punkter, i alt { $points }. Af dem skal { $must } rettes, og { $should } bør rettes.
report-summary-waived-none = Der er ikke givet dispensationer.
report-summary-waived-one = Ét krav er fraveget med en godkendt dispensation.
report-summary-waived = { $n } krav er fraveget med godkendte dispensationer.
report-policy-name-builtin = Kommunens dataetiske politik
report-policy-in-sentence = kommunens dataetiske politik
report-policy-intro-builtin = Kommunens dataetiske politik bygger på Gladsaxe Kommunes dataetiske politik og dens fem principper. Den er suppleret med krav fra KOMBIT om blandt andet databehandleraftaler og leverandørers samfundsansvar.
report-phase-idea = idéfasen
report-phase-analysis = analysefasen
report-phase-build = udviklingsfasen
report-phase-operation = drift
report-phase-completed = afsluttet
report-phase-stopped = stoppet

