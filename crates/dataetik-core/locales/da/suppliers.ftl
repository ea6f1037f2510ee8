# Leverandørregistret: detaljer i fund om leverandørfiler og databehandlerkæder.

supplier-unknown = der findes ingen leverandørfil med id'et { $id } i { $dir }
supplier-unknown-suggest = der findes ingen leverandørfil med id'et { $id } i { $dir }; mente du { $suggestion }?
supplier-no-register = leverandøren { $id } kan ikke slås op, fordi registret ikke har en leverandørmappe ({ $dir })
supplier-no-agreement = { $link } har ingen databehandleraftale (kæde: { $path })
supplier-no-transfer-basis = data ligger i et tredjeland, men overførselsgrundlaget er ikke angivet
supplier-no-transfer-basis-countries = data ligger i et tredjeland ({ $countries }), men overførselsgrundlaget er ikke angivet
supplier-link-no-location = det er ikke angivet, hvor { $link } behandler data (kæde: { $path })
supplier-link-missing = underdatabehandleren { $link } har ingen leverandørfil, så det vides ikke, hvor den behandler data (kæde: { $path })
supplier-follow-up-passed = opfølgningen skulle have været foretaget { $date } ({ $days } dage siden)
supplier-contract-ended = kontrakten med { $id } udløb { $date }
supplier-gc-clauses = kontrakten mangler en klausul om { $areas }
supplier-hardware-dd = leverandøren leverer hardware, men risiciene i leverandørkæden er ikke kortlagt
supplier-hardware-dd-role = et projekt bruger leverandøren til hardware, men risiciene i leverandørkæden er ikke kortlagt
supplier-loop = kæden af underdatabehandlere går i ring: { $path }
supplier-area-human-rights = menneskerettigheder
supplier-area-labour = arbejdstagerrettigheder
supplier-area-environment = miljø
supplier-area-anti-corruption = antikorruption
supplier-new-created = Oprettede { $path }
supplier-new-next = Udfyld filen, og henvis til leverandøren fra vurderingerne med supplier: { $id }. Kør derefter dataetik check.

## Redegørelsens leverandørkapitel

supplier-report-chain-title = Databehandlerkæden for { $project }
supplier-report-eu = EU/EØS ({ $countries })
supplier-report-third-country = tredjeland ({ $countries }), overførselsgrundlag: { $basis }
supplier-report-no-basis = ikke angivet
supplier-report-unknown = ukendt
supplier-report-no-agreement = ingen databehandleraftale
supplier-report-gc-all = klausuler for alle fire områder
supplier-report-gc-missing = mangler klausul om { $areas }
supplier-report-gc-not-applicable = gælder ikke (ikke en virksomhed)
supplier-report-dd-next = næste opfølgning { $date }
supplier-report-dd-overdue = opfølgningen { $date } er overskredet
supplier-report-dd-no-follow-up = kortlagt, ingen dato for opfølgning
supplier-report-dd-none = ikke gennemført
supplier-report-contract-ended = Kontrakten med { $supplier } udløb { $date }, men { $project } er stadig i gang.
supplier-report-follow-up-passed = Opfølgningen på due diligence hos { $supplier } skulle have været foretaget { $date }.
