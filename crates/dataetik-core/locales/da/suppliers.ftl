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
