# Leverandørregistret: detaljer i fund om leverandørfiler og databehandlerkæder.

supplier-unknown = der findes ingen leverandørfil med id'et { $id } i { $dir }
supplier-unknown-suggest = der findes ingen leverandørfil med id'et { $id } i { $dir }; mente du { $suggestion }?
supplier-no-register = leverandøren { $id } kan ikke slås op, fordi registret ikke har en leverandørmappe ({ $dir })
supplier-no-agreement = { $link } har ingen databehandleraftale (kæde: { $path })
supplier-no-transfer-basis = data ligger i et tredjeland, men overførselsgrundlaget er ikke angivet
supplier-no-transfer-basis-countries = data ligger i et tredjeland ({ $countries }), men overførselsgrundlaget er ikke angivet
supplier-link-no-location = det er ikke angivet, hvor { $link } behandler data (kæde: { $path })
supplier-link-missing = underdatabehandleren { $link } har ingen leverandørfil, så det vides ikke, hvor den behandler data (kæde: { $path })
supplier-follow-up-passed = fristen for opfølgning var { $date } ({ $days ->
    [one] { $days } dag
   *[other] { $days } dage
} siden)
supplier-contract-ended = kontrakten med { $id } udløb { $date }
supplier-gc-clauses = kontrakten har ingen klausul om { $areas }
supplier-hardware-dd = leverandøren leverer hardware, men risiciene i leverandørkæden er ikke kortlagt
supplier-hardware-dd-role = et projekt bruger leverandøren til hardware, men risiciene i leverandørkæden er ikke kortlagt
supplier-loop = kæden af underdatabehandlere går i ring: { $path }
supplier-area-human-rights = menneskerettigheder
supplier-area-labour = arbejdstagerrettigheder
supplier-area-environment = miljø
supplier-area-anti-corruption = antikorruption
supplier-new-created = Oprettede { $path }
supplier-new-next = Udfyld filen, og henvis til leverandøren fra vurderingerne med supplier: { $id }. Kør derefter dataetik check.

## Leverandørens rolle i et projekt (redegørelsen, hjemmesiden og eksporterne)

supplier-role-data-processor = databehandler
supplier-role-sub-processor = underdatabehandler
supplier-role-developer = udvikler
supplier-role-operator = driftsleverandør
supplier-role-hardware = hardwareleverandør
supplier-role-other = anden rolle
# $processor: den databehandler, som underdatabehandleren arbejder for
supplier-role-sub-processor-for = underdatabehandler for { $processor }

## Overførselsgrundlag (databeskyttelsesforordningens kapitel V)

supplier-basis-adequacy = tilstrækkelighedsafgørelse
supplier-basis-standard-contractual-clauses = standardkontraktbestemmelser
supplier-basis-binding-corporate-rules = bindende virksomhedsregler
supplier-basis-derogation = undtagelse i en særlig situation

## Redegørelsens leverandørkapitel

supplier-report-chain-title = Databehandlerkæden for { $project }
supplier-report-eu = EU/EØS ({ $countries })
supplier-report-third-country = tredjeland ({ $countries }), overførselsgrundlag: { $basis }
supplier-report-no-basis = ikke angivet
supplier-report-unknown = ukendt
supplier-report-no-agreement = ingen databehandleraftale
supplier-report-gc-all = klausuler om alle fire områder
supplier-report-gc-missing = mangler klausul om { $areas }
supplier-report-gc-not-applicable = gælder ikke (ikke en virksomhed)
supplier-report-dd-next = næste opfølgning { $date }
supplier-report-dd-overdue = fristen for opfølgning ({ $date }) er overskredet
supplier-report-dd-no-follow-up = risici kortlagt, men ingen dato for opfølgning
supplier-report-dd-none = ikke beskrevet
supplier-report-contract-ended = Kontrakten med { $supplier } udløb { $date }, men projektet { $project } er stadig i gang.
supplier-report-follow-up-passed = Fristen for at følge op på kontrollen af leverandørkæden hos { $supplier } var { $date }.
supplier-report-heading = Leverandører og databehandlere
# $date: redegørelsens opgørelsesdato
supplier-report-lead = Kommunen er dataansvarlig for projekternes data. En leverandør, der behandler personoplysninger på kommunens vegne, er databehandler og skal være omfattet af en databehandleraftale. Behandles personoplysninger i et tredjeland, dvs. et land uden for EU/EØS, skal der også være et overførselsgrundlag, fx en tilstrækkelighedsafgørelse fra EU-Kommissionen eller standardkontraktbestemmelser. Kapitlet viser, hvilke leverandører der arbejder for hvilke projekter, hvor data behandles, og hvilken databehandleraftale der gælder. Oplysningerne er opgjort pr. { $date }.
supplier-report-none = Ingen af projekterne bruger eksterne leverandører.
supplier-report-processors-heading = Hvem behandler data, hvor og efter hvilken aftale
supplier-report-col-supplier = Leverandør
supplier-report-col-processes-for = Projekt og rolle
supplier-report-col-location = Hvor data behandles
supplier-report-col-agreement = Databehandleraftale
supplier-report-chains-heading = Databehandlerkæderne projekt for projekt
supplier-report-chains-lead = Diagrammerne viser for hvert projekt, hvem der behandler data på kommunens vegne, og hvilke underdatabehandlere de selv bruger. Oplysningerne står også i tabellen ovenfor.
supplier-report-status-heading = Samfundsansvar: FN's Global Compact og kontrol af leverandørkæden
supplier-report-status-lead = Virksomheder skal i kontrakten forpligte sig til at følge principperne i FN's Global Compact på fire områder: menneskerettigheder, arbejdstagerrettigheder, miljø og antikorruption. Desuden skal risiciene i leverandørkæden kortlægges, og der skal følges op på dem (due diligence). Tabellen viser leverandørerne i leverandørregistret; for de øvrige leverandører står Global Compact og kontrollen af leverandørkæden under de enkelte projekter.
supplier-report-col-projects = Projekter
supplier-report-col-global-compact = Global Compact i kontrakten
supplier-report-col-due-diligence = Kontrol af leverandørkæden
supplier-report-col-contract = Kontrakt
supplier-report-overdue-heading = Overskredne frister
# $date: redegørelsens opgørelsesdato
supplier-report-no-overdue = Ingen frister var overskredet pr. { $date }.
supplier-report-inline = ikke oplyst (leverandøren står ikke i leverandørregistret)
supplier-report-not-personal = ikke nødvendig (behandler ikke personoplysninger)
supplier-report-no-role = rolle ikke angivet
supplier-report-contract-until = løber til { $date }
supplier-report-contract-ended-on = udløb { $date }
supplier-report-contract-no-end = slutdato ikke angivet
