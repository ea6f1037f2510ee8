//! A realistic sample report (three Danish municipal projects) for tests, snapshots and
//! template development: a municipality restyling the templates can render it with no
//! register at hand, and tests exercise every section of the templates.

use super::charts::standard_charts;
use super::markdown::Markdown;
use super::model::*;
use dataetik_core::i18n::{format_date, Lang};

fn md(s: &str) -> Markdown {
    Markdown::new(s)
}

fn omd(s: &str) -> Option<Markdown> {
    Some(Markdown::new(s))
}

fn date(y: i16, m: i8, d: i8, lang: Lang) -> String {
    format_date(jiff::civil::date(y, m, d), lang)
}

fn fact(label: &str, value: bool, lang: Lang) -> Fact {
    let text = match (value, lang) {
        (true, Lang::Da) => "Ja",
        (false, Lang::Da) => "Nej",
        (true, Lang::En) => "Yes",
        (false, Lang::En) => "No",
    };
    Fact {
        label: label.into(),
        value,
        text: text.into(),
    }
}

const PRINCIPLES: [(&str, &str, &str, &str); 5] = [
    ("transparency", "Gennemsigtighed og åbenhed", "Gennemsigtighed", "Borgerne skal kunne se, hvilke data kommunen bruger, hvordan og hvorfor, og have indsigt i oplysningerne om sig selv."),
    ("dignity", "Værdighed", "Værdighed", "Data bruges med respekt for den enkeltes privatliv og selvbestemmelse, og gevinsten skal stå mål med ulemperne for borgeren."),
    ("equality", "Lighed, saglighed og retfærdighed", "Lighed", "Ingen grupper må forskelsbehandles usagligt; derfor testes alt dataarbejde for bias."),
    ("integrity", "Faglig integritet", "Faglighed", "Data understøtter den faglige vurdering; medarbejderne kan stå inde for beslutningerne og være uenige med data."),
    ("accountability", "Ansvarlighed", "Ansvarlighed", "Kommunen passer på data, følger løsningerne i drift og kan rulle dem tilbage, hvis de gør skade."),
];

fn mark(kind: MarkKind) -> String {
    match kind {
        MarkKind::Addressed => "Behandlet",
        MarkKind::Gaps => "Mangler",
        MarkKind::Waived => "Dispensation",
    }
    .into()
}

fn marks(kinds: [MarkKind; 5]) -> Vec<Mark> {
    PRINCIPLES
        .iter()
        .zip(kinds)
        .map(|((id, ..), k)| Mark {
            principle: id.to_string(),
            mark: k,
            text: mark(k),
        })
        .collect()
}

fn cons(label: &str, text: Option<&str>) -> Consideration {
    Consideration {
        label: label.into(),
        md: text.map(Markdown::new),
    }
}

fn principle(i: usize, kind: MarkKind, considerations: Vec<Consideration>) -> ProjectPrinciple {
    let (id, name, ..) = PRINCIPLES[i];
    ProjectPrinciple {
        id: id.into(),
        number: i as u8 + 1,
        name: name.into(),
        mark: kind,
        mark_text: mark(kind),
        considerations,
    }
}

/// The sample report for 2026 in `lang` (fixed texts follow `lang`; project texts are Danish,
/// as a Danish register's would be).
pub fn sample(lang: Lang) -> ReportModel {
    use MarkKind::*;
    let d = |y, m, dd| date(y, m, dd, lang);

    let opsporing = ProjectSection {
        id: "bkf-2025-tidlig-opsporing".into(),
        title: "Tidlig opsporing af børn i udsatte positioner".into(),
        department: "Børne- og Kulturforvaltningen".into(),
        unit: Some("Datadrevet Forretningsudvikling".into()),
        responsible: "Direktør for Børne- og Kulturforvaltningen".into(),
        contact: Some("dataetik@gladsaxe.dk".into()),
        phase: "I drift".into(),
        started: d(2025, 2, 1),
        ended: None,
        next_review: Some(d(2026, 9, 1)),
        citizens_affected: Some("4.000".into()),
        vulnerable_groups: vec!["Børn".into()],
        purpose: md("Socialrådgivere får for sent kendskab til børn, der mistrives. Projektet skal give \
             **tidligere og mere målrettet hjælp** ved at samle de bekymringstegn, som allerede \
             findes i kommunens systemer."),
        summary: md("En model peger på børn, hvor flere bekymringstegn optræder samtidig. En \
             socialrådgiver vurderer altid sagen, før der sker noget, og modellen træffer ingen \
             afgørelser.\n\n- Modellen opdateres hver uge\n- Kun socialrådgivere i Familierådgivningen ser resultatet"),
        legal_basis: omd("Databeskyttelsesforordningens art. 6, stk. 1, litra e, og art. 9, stk. 2, litra g, \
             jf. servicelovens § 11 om forebyggende indsatser."),
        data: DataFacts {
            facts: vec![
                fact("Personoplysninger", true, lang),
                fact("Følsomme oplysninger", true, lang),
                fact("CPR-numre", true, lang),
                fact("Samkøring af datakilder", true, lang),
                fact("Profilering", true, lang),
                fact("Videregives til tredjepart", false, lang),
            ],
            sources: vec![
                SourceFacts { system: "DUBU".into(), description: Some("Underretninger og foranstaltninger".into()) },
                SourceFacts { system: "Skolernes fraværssystem".into(), description: Some("Ugentligt fravær".into()) },
                SourceFacts { system: "Sundhedsplejens journal".into(), description: None },
            ],
            retention: omd("Scorer slettes efter 12 måneder. Træningsdata opbevares i 3 år af hensyn til \
                 dokumentation af modellens udvikling."),
            minimisation: omd("Kun 14 variable indgår; navne, adresser og fritekst er udeladt."),
            sharing: None,
            dpia: Some(DpiaFacts {
                status: "Gennemført".into(),
                reference: Some("Sag 25/1234".into()),
                date: Some(d(2025, 4, 1)),
                reason: None,
            }),
        },
        automation: AutomationFacts {
            kind: "Beslutningsstøtte".into(),
            machine_learning: true,
            machine_learning_text: "Ja".into(),
            method: omd("En gradient boosting-model beregner en sandsynlighed ud fra 14 variable. Resultatet \
                 vises som *lav*, *middel* eller *høj* bekymring."),
            human_review: omd("Socialrådgiveren ser de tre vigtigste årsager til scoren og kan altid se bort \
                 fra den. Uenighed registreres og bruges til at forbedre modellen."),
            appeal: None,
        },
        risk: RiskFacts {
            points: 16,
            level: 4,
            name: "meget høj".into(),
            breakdown: vec![
                RiskPart { label: "Personoplysninger".into(), points: 1 },
                RiskPart { label: "Følsomme oplysninger".into(), points: 2 },
                RiskPart { label: "Samkøring".into(), points: 2 },
                RiskPart { label: "Sårbare grupper".into(), points: 2 },
                RiskPart { label: "Profilering".into(), points: 3 },
                RiskPart { label: "Beslutningsstøtte".into(), points: 3 },
                RiskPart { label: "Maskinlæring".into(), points: 2 },
                RiskPart { label: "1.000–9.999 berørte borgere".into(), points: 1 },
            ],
        },
        required_approval: "Politisk udvalg".into(),
        approval: Some(ApprovalFacts {
            level: "Politisk udvalg".into(),
            by: "Børne- og Undervisningsudvalget".into(),
            date: d(2025, 5, 12),
            reference: Some("Sag 25/1234".into()),
            sufficient: true,
        }),
        principles: vec![
            principle(0, Addressed, vec![
                cons("Borgerinformation", Some("Forældre orienteres i et brev, når projektet starter, og på [gladsaxe.dk](https://gladsaxe.dk/dataetik).")),
                cons("Forklarlighed", Some("Socialrådgiveren kan se de tre vigtigste årsager til hver score.")),
                cons("Indsigt", Some("Forældre kan få indsigt i barnets score ved henvendelse til Familierådgivningen.")),
                cons("Offentliggørelse", Some("Projektet er beskrevet på kommunens hjemmeside.")),
            ]),
            principle(1, Addressed, vec![
                cons("Privatliv", Some("Scoren ses kun af de socialrådgivere, der har sagen.")),
                cons("Proportionalitet", Some("Gevinsten ved tidligere hjælp vurderes at overstige ulempen ved, at flere familier kontaktes.")),
                cons("Selvbestemmelse", Some("Familien kan afslå tilbud om samtale uden konsekvenser.")),
            ]),
            principle(2, Waived, vec![
                cons("Plan for biastest", Some("Modellen testes hvert halve år for køn, alder og etnisk baggrund.")),
                cons("Tværfaglig gennemgang", Some("Resultaterne er gennemgået af socialrådgivere, sundhedsplejersker og en jurist.")),
                cons("Proxyvariable", Some("Postnummer er fjernet, fordi det kan fungere som stedfortræder for etnisk baggrund.")),
            ]),
            principle(3, Addressed, vec![
                cons("Involverede fagpersoner", Some("Socialrådgivere, sundhedsplejersker")),
                cons("Faglig værdi", Some("Modellen samler oplysninger, som rådgiveren ellers skulle finde i tre systemer.")),
                cons("Menneskelig vurdering", Some("Ingen indsats iværksættes alene på grund af scoren.")),
            ]),
            principle(4, Gaps, vec![
                cons("Informationssikkerhed", Some("Data behandles i kommunens eget datavarehus med logning af alle opslag.")),
                cons("Kompetencer", None),
                cons("Lovgivning", Some("Serviceloven, forvaltningsloven og databeskyttelsesloven.")),
                cons("Opfølgning i drift", Some("Træfsikkerhed og bias måles hvert kvartal.")),
                cons("Tilbagerulning", Some("Modellen kan slås fra på en dag; sagsbehandlingen fortsætter uden den.")),
            ]),
        ],
        bias_tests: vec![
            BiasTestRow {
                date: d(2025, 6, 1),
                method: "Demografisk paritet på en testgruppe".into(),
                attributes: "køn, alder, etnisk baggrund".into(),
                metric: "Disparate impact-forhold".into(),
                value: "0,91".into(),
                threshold: "0,80".into(),
                passed: true,
                passed_text: "Bestået".into(),
                evidence: Some("evidence/bkf-2025-tidlig-opsporing-2025-06-01.json".into()),
                groups: Some("kvinde, mand".into()),
                mitigation: None,
            },
            BiasTestRow {
                date: d(2025, 12, 1),
                method: "Lige muligheder med facit".into(),
                attributes: "køn, alder".into(),
                metric: "Forskel i lige muligheder".into(),
                value: "0,12".into(),
                threshold: "0,10".into(),
                passed: false,
                passed_text: "Ikke bestået".into(),
                evidence: None,
                groups: None,
                mitigation: omd("Modellen er genoptrænet uden variablen *antal flytninger*; en ny test er planlagt."),
            },
        ],
        suppliers: vec![SupplierFacts {
            name: "Analyse & Data A/S".into(),
            role: "Databehandler".into(),
            dpa: Some(format!("DBA 2025-07 af {}", d(2025, 3, 1))),
            global_compact: true,
            global_compact_text: "Ja".into(),
            due_diligence: omd("Leverandøren har redegjort for sin leverandørkæde og bruger kun datacentre i EU."),
        }],
        waivers: vec![WaiverFacts {
            rule: "EQU-003".into(),
            rule_title: "Biastest er mere end 12 måneder gammel".into(),
            reason: md("Ny test afventer opdaterede fraværsdata fra skolerne."),
            approved_by: "Direktionen".into(),
            date: d(2026, 1, 10),
            expires: d(2026, 12, 31),
            expired: false,
        }],
        findings: vec![FindingFacts {
            rule: "ACC-005".into(),
            severity: "warning".into(),
            severity_text: "Advarsel".into(),
            principle: "Ansvarlighed".into(),
            message: "Det er ikke beskrevet, hvilke specialister der har deltaget.".into(),
            help: "Skriv under accountability.competences, hvilke faggrupper (fx jurist, dataforsker, \
                   informationssikkerhed) der har bidraget.".into(),
        }],
        ai_act: Some(AiActFacts {
            high_risk: Some(true),
            high_risk_text: "Ja".into(),
            annex_iii: Some("5(a)".into()),
            fria: Some("Gennemført".into()),
        }),
    };

    let ruteplan = ProjectSection {
        id: "sof-2024-ruteplan-hjemmepleje".into(),
        title: "Ruteplanlægning i hjemmeplejen".into(),
        department: "Social- og Sundhedsforvaltningen".into(),
        unit: Some("Hjemmeplejen".into()),
        responsible: "Chef for Hjemmeplejen".into(),
        contact: Some("hjemmepleje@gladsaxe.dk".into()),
        phase: "Afsluttet".into(),
        started: d(2024, 9, 1),
        ended: Some(d(2026, 3, 31)),
        next_review: None,
        citizens_affected: Some("2.500".into()),
        vulnerable_groups: vec!["Ældre".into()],
        purpose: md("Medarbejderne i hjemmeplejen brugte meget tid på transport. Projektet skulle frigøre tid \
             til omsorg hos borgerne."),
        summary: md("Et planlægningsværktøj foreslog ruter ud fra besøgstider og adresser. Planlæggerne \
             godkendte altid ruterne."),
        legal_basis: omd("Databeskyttelsesforordningens art. 6, stk. 1, litra e, jf. servicelovens § 83."),
        data: DataFacts {
            facts: vec![
                fact("Personoplysninger", true, lang),
                fact("Følsomme oplysninger", false, lang),
                fact("CPR-numre", false, lang),
                fact("Samkøring af datakilder", false, lang),
                fact("Profilering", false, lang),
                fact("Videregives til tredjepart", true, lang),
            ],
            sources: vec![SourceFacts { system: "Omsorgssystemet".into(), description: Some("Besøgstider og adresser".into()) }],
            retention: omd("Ruterne blev slettet 30 dage efter brug."),
            minimisation: omd("Kun adresse og besøgsvindue blev brugt."),
            sharing: omd("Adresser blev delt med leverandøren som databehandler."),
            dpia: Some(DpiaFacts {
                status: "Ikke påkrævet".into(),
                reference: None,
                date: None,
                reason: omd("Behandlingen omfatter kun adresser og tidspunkter og indebærer ikke høj risiko."),
            }),
        },
        automation: AutomationFacts {
            kind: "Analyse".into(),
            machine_learning: false,
            machine_learning_text: "Nej".into(),
            method: omd("En optimeringsalgoritme finder den korteste samlede køretid."),
            human_review: omd("Planlæggeren godkender eller retter hver rute."),
            appeal: None,
        },
        risk: RiskFacts {
            points: 5,
            level: 2,
            name: "middel".into(),
            breakdown: vec![
                RiskPart { label: "Personoplysninger".into(), points: 1 },
                RiskPart { label: "Sårbare grupper".into(), points: 2 },
                RiskPart { label: "Analyse".into(), points: 1 },
                RiskPart { label: "1.000–9.999 berørte borgere".into(), points: 1 },
            ],
        },
        required_approval: "Direktør".into(),
        approval: Some(ApprovalFacts {
            level: "Direktør".into(),
            by: "Direktør for Social- og Sundhedsforvaltningen".into(),
            date: d(2024, 8, 20),
            reference: Some("Sag 24/877".into()),
            sufficient: true,
        }),
        principles: vec![
            principle(0, Addressed, vec![cons("Borgerinformation", Some("Borgerne fik besked i plejeplanen."))]),
            principle(1, Addressed, vec![cons("Proportionalitet", Some("Kun adresser og tider; ingen helbredsoplysninger."))]),
            principle(2, Addressed, vec![cons("Plan for biastest", Some("Besøgstider blev sammenlignet på tværs af bydele."))]),
            principle(3, Addressed, vec![cons("Faglig værdi", Some("Mere tid hos borgerne."))]),
            principle(4, Addressed, vec![cons("Tilbagerulning", Some("Manuel planlægning kunne genoptages samme dag."))]),
        ],
        bias_tests: vec![BiasTestRow {
            date: d(2025, 3, 15),
            method: "Sammenligning af ventetid pr. bydel".into(),
            attributes: "alder, bydel".into(),
            metric: "Demografisk paritetsforskel".into(),
            value: "0,04".into(),
            threshold: "0,10".into(),
            passed: true,
            passed_text: "Bestået".into(),
            evidence: None,
            groups: None,
            mitigation: None,
        }],
        suppliers: vec![SupplierFacts {
            name: "RuteData ApS".into(),
            role: "Databehandler".into(),
            dpa: Some(format!("DBA 2024-11 af {}", d(2024, 8, 1))),
            global_compact: false,
            global_compact_text: "Nej".into(),
            due_diligence: None,
        }],
        waivers: vec![],
        findings: vec![],
        ai_act: None,
    };

    let affald = ProjectSection {
        id: "bmf-2026-affaldssortering".into(),
        title: "Sortering af affald med billedgenkendelse".into(),
        department: "By- og Miljøforvaltningen".into(),
        unit: None,
        responsible: "Direktør for By- og Miljøforvaltningen".into(),
        contact: Some("affald@gladsaxe.dk".into()),
        phase: "Udvikling".into(),
        started: d(2026, 1, 15),
        ended: None,
        next_review: Some(d(2027, 1, 15)),
        citizens_affected: None,
        vulnerable_groups: vec![],
        purpose: md("Genbrugspladsen vil øge andelen af affald, der genanvendes."),
        summary: md("Kameraer over containerne genkender fejlsorteret affald. Billederne viser kun affaldet; \
             personer sløres, før billedet gemmes."),
        legal_basis: None,
        data: DataFacts {
            facts: vec![
                fact("Personoplysninger", false, lang),
                fact("Følsomme oplysninger", false, lang),
                fact("CPR-numre", false, lang),
                fact("Samkøring af datakilder", false, lang),
                fact("Profilering", false, lang),
                fact("Videregives til tredjepart", false, lang),
            ],
            sources: vec![SourceFacts { system: "Kameraer på genbrugspladsen".into(), description: None }],
            retention: omd("Billeder slettes efter 7 dage."),
            minimisation: None,
            sharing: None,
            dpia: None,
        },
        automation: AutomationFacts {
            kind: "Analyse".into(),
            machine_learning: true,
            machine_learning_text: "Ja".into(),
            method: omd("Et neuralt netværk klassificerer billeder i 12 affaldstyper."),
            human_review: None,
            appeal: None,
        },
        risk: RiskFacts {
            points: 3,
            level: 1,
            name: "lav".into(),
            breakdown: vec![
                RiskPart { label: "Analyse".into(), points: 1 },
                RiskPart { label: "Maskinlæring".into(), points: 2 },
            ],
        },
        required_approval: "Enhedsleder".into(),
        approval: Some(ApprovalFacts {
            level: "Enhedsleder".into(),
            by: "Leder af Genbrugspladsen".into(),
            date: d(2026, 1, 10),
            reference: None,
            sufficient: true,
        }),
        principles: vec![
            principle(0, Gaps, vec![
                cons("Forklarlighed", Some("Medarbejderne ser billedet og den foreslåede affaldstype.")),
                cons("Offentliggørelse", None),
            ]),
            principle(1, Addressed, vec![cons("Proportionalitet", Some("Personer sløres automatisk."))]),
            principle(2, Addressed, vec![cons("Plan for biastest", Some("Ikke relevant: ingen data om personer."))]),
            principle(3, Addressed, vec![cons("Faglig værdi", Some("Frigør tid til vejledning af borgerne."))]),
            principle(4, Gaps, vec![cons("Informationssikkerhed", Some("Kameraerne er på et adskilt netværk."))]),
        ],
        bias_tests: vec![],
        suppliers: vec![],
        waivers: vec![],
        findings: vec![
            FindingFacts {
                rule: "TRA-004".into(),
                severity: "warning".into(),
                severity_text: "Advarsel".into(),
                principle: "Gennemsigtighed og åbenhed".into(),
                message: "Det er ikke beskrevet, hvor projektet er offentligt beskrevet.".into(),
                help: "Skriv under transparency.publication, hvor borgerne kan læse om projektet.".into(),
            },
            FindingFacts {
                rule: "ACC-007".into(),
                severity: "warning".into(),
                severity_text: "Advarsel".into(),
                principle: "Ansvarlighed".into(),
                message: "Projektet bruger maskinlæring, men det er ikke angivet, om det er et højrisikosystem efter AI-forordningen.".into(),
                help: "Angiv ai_act.high_risk: true eller false.".into(),
            },
        ],
        ai_act: Some(AiActFacts {
            high_risk: None,
            high_risk_text: "Ikke angivet".into(),
            annex_iii: None,
            fria: None,
        }),
    };

    let projects = vec![opsporing, ruteplan, affald];

    let coverage: Vec<Coverage> = PRINCIPLES
        .iter()
        .enumerate()
        .map(|(i, (id, name, ..))| {
            let count = |k: MarkKind| {
                projects
                    .iter()
                    .filter(|p| p.principles[i].mark == k)
                    .count() as u32
            };
            Coverage {
                number: i as u8 + 1,
                id: id.to_string(),
                name: name.to_string(),
                addressed: count(Addressed),
                gaps: count(Gaps),
                waived: count(Waived),
            }
        })
        .collect();

    let lc = |label: &str, count: u32| LabelledCount {
        label: label.into(),
        count,
    };
    let mut summary = Summary {
        lead: "Redegørelsen omfatter 3 dataprojekter i Gladsaxe Kommune i 2026. Ét projekt er i drift, \
               ét er under udvikling, og ét blev afsluttet i marts. Der er ingen uløste fejl, men 3 \
               advarsler, som forvaltningerne arbejder med."
            .into(),
        total: 3,
        new: 1,
        ongoing: 2,
        completed: 1,
        stopped: 0,
        counts: vec![lc("Nye", 1), lc("Igangværende", 2), lc("Afsluttede", 1), lc("Stoppede", 0)],
        by_department: vec![
            lc("Børne- og Kulturforvaltningen", 1),
            lc("By- og Miljøforvaltningen", 1),
            lc("Social- og Sundhedsforvaltningen", 1),
        ],
        by_phase: vec![
            lc("Idé", 0),
            lc("Analyse", 0),
            lc("Udvikling", 1),
            lc("I drift", 1),
            lc("Afsluttet", 1),
            lc("Stoppet", 0),
        ],
        by_risk: vec![
            RiskCount { level: 1, name: "lav".into(), count: 1 },
            RiskCount { level: 2, name: "middel".into(), count: 1 },
            RiskCount { level: 3, name: "høj".into(), count: 0 },
            RiskCount { level: 4, name: "meget høj".into(), count: 1 },
        ],
        coverage,
        open_errors: 0,
        open_warnings: 3,
        waived: 1,
        findings_text: "Der er 0 uløste fejl og 3 advarsler. 1 mangel er dækket af en dispensation.".into(),
        committee_asked: vec![
            "at tage redegørelsen for 2026 til efterretning,".into(),
            "at godkende, at modellen til tidlig opsporing fortsætter i drift til næste gennemgang 1. september 2026, og".into(),
            "at bemærke, at By- og Miljøforvaltningen afklarer projektets status efter AI-forordningen inden drift.".into(),
        ],
    };
    if lang == Lang::En {
        summary.lead = "The report covers 3 data projects in Gladsaxe Kommune in 2026.".into();
    }
    let charts = standard_charts(&summary, lang);

    let overview = projects
        .iter()
        .map(|p| OverviewRow {
            id: p.id.clone(),
            title: p.title.clone(),
            department: p.department.clone(),
            phase: p.phase.clone(),
            automation: p.automation.kind.clone(),
            risk_level: p.risk.level,
            risk_name: p.risk.name.clone(),
            marks: marks([
                p.principles[0].mark,
                p.principles[1].mark,
                p.principles[2].mark,
                p.principles[3].mark,
                p.principles[4].mark,
            ]),
            ai_act_high_risk: p.ai_act.as_ref().and_then(|a| a.high_risk),
            ai_act_text: p
                .ai_act
                .as_ref()
                .map_or("Ikke relevant".into(), |a| a.high_risk_text.clone()),
        })
        .collect();

    let completed = vec![CompletedProject {
        id: projects[1].id.clone(),
        title: projects[1].title.clone(),
        department: projects[1].department.clone(),
        phase: projects[1].phase.clone(),
        ended: d(2026, 3, 31),
        outcome: md(
            "Køretiden faldt med 11 %, svarende til omkring 9.000 timer om året. Værktøjet er \
             overgået til almindelig drift i Omsorgssystemet. **Alle ruter og adresser hos \
             leverandøren er slettet**, bekræftet skriftligt 15. april 2026.",
        ),
        retention: projects[1].data.retention.clone(),
    }];

    let attention = vec![
        AttentionGroup {
            principle_id: "transparency".into(),
            principle: "Gennemsigtighed og åbenhed".into(),
            items: vec![AttentionItem {
                project_id: projects[2].id.clone(),
                project: projects[2].title.clone(),
                rule: "TRA-004".into(),
                severity: "warning".into(),
                severity_text: "Advarsel".into(),
                message: projects[2].findings[0].message.clone(),
            }],
        },
        AttentionGroup {
            principle_id: "accountability".into(),
            principle: "Ansvarlighed".into(),
            items: vec![
                AttentionItem {
                    project_id: projects[0].id.clone(),
                    project: projects[0].title.clone(),
                    rule: "ACC-005".into(),
                    severity: "warning".into(),
                    severity_text: "Advarsel".into(),
                    message: projects[0].findings[0].message.clone(),
                },
                AttentionItem {
                    project_id: projects[2].id.clone(),
                    project: projects[2].title.clone(),
                    rule: "ACC-007".into(),
                    severity: "warning".into(),
                    severity_text: "Advarsel".into(),
                    message: projects[2].findings[1].message.clone(),
                },
            ],
        },
    ];

    let suppliers = vec![
        SupplierOverview {
            name: "Analyse & Data A/S".into(),
            projects: projects[0].title.clone(),
            roles: "Databehandler".into(),
            dpa_text: "Ja".into(),
            global_compact_text: "Ja".into(),
        },
        SupplierOverview {
            name: "RuteData ApS".into(),
            projects: projects[1].title.clone(),
            roles: "Databehandler".into(),
            dpa_text: "Ja".into(),
            global_compact_text: "Nej".into(),
        },
    ];

    let rule = |id: &str, sev: &str, principle: &str, title: &str, when: &str| RuleRow {
        id: id.into(),
        severity: sev.into(),
        severity_text: match sev {
            "error" => "Fejl",
            "warning" => "Advarsel",
            _ => "Note",
        }
        .into(),
        principle: principle.into(),
        title: title.into(),
        fires_when: when.into(),
    };
    let rules = vec![
        rule("GEN-003", "error", "Generelt", "Et påkrævet felt mangler", "Et af de grundlæggende felter (titel, beskrivelse, formål, ejer, fase m.fl.) er tomt."),
        rule("GEN-009", "warning", "Generelt", "Gennemgangen er overskredet", "Datoen for næste gennemgang er passeret for et aktivt projekt."),
        rule("TRA-001", "error", "Gennemsigtighed og åbenhed", "Borgerinformation mangler", "Projektet bruger personoplysninger, og det er ikke beskrevet, hvordan borgerne informeres."),
        rule("TRA-004", "warning", "Gennemsigtighed og åbenhed", "Offentliggørelse mangler", "Projektet er under udvikling eller senere og er ikke beskrevet offentligt."),
        rule("DIG-002", "error", "Værdighed", "Proportionalitet er ikke vurderet", "Altid, når afvejningen af gevinst og ulempe for borgeren mangler."),
        rule("DIG-004", "error", "Værdighed", "Konsekvensanalyse mangler", "Risikoniveau 3 eller mere, følsomme data, samkøring eller automatiske afgørelser uden gennemført konsekvensanalyse."),
        rule("EQU-001", "error", "Lighed, saglighed og retfærdighed", "Ingen biastest", "Personoplysninger, fra udviklingsfasen, og ingen biastest er registreret."),
        rule("EQU-003", "warning", "Lighed, saglighed og retfærdighed", "Biastest er mere end 12 måneder gammel", "Projektet er i drift, og den nyeste biastest er over et år gammel."),
        rule("INT-002", "error", "Faglig integritet", "Menneskelig vurdering er ikke beskrevet", "Beslutningsstøtte, hvor det ikke er beskrevet, hvordan medarbejderen vurderer og kan tilsidesætte resultatet."),
        rule("ACC-003", "error", "Ansvarlighed", "Godkendelse på for lavt niveau", "Den registrerede godkendelse ligger under det niveau, risikoniveauet kræver."),
        rule("ACC-005", "warning", "Ansvarlighed", "Kompetencer eller lovgivning mangler", "Det er ikke beskrevet, hvilke specialister der har deltaget, eller hvilken lovgivning der er overvejet."),
        rule("ACC-007", "warning", "Ansvarlighed", "AI-forordningen er ikke vurderet", "Maskinlæring, og det er ikke angivet, om systemet er højrisiko efter AI-forordningen."),
        rule("SUP-002", "warning", "Ansvarlighed", "Leverandørens samfundsansvar er ikke dokumenteret", "En leverandør har ikke tilsluttet sig FN's Global Compact eller mangler due diligence."),
        rule("PUB-001", "error", "Generelt", "Muligt CPR-nummer i teksten", "Et tekstfelt indeholder noget, der ligner et CPR-nummer; redegørelsen er offentlig."),
    ];

    let principles_section = PRINCIPLES
        .iter()
        .enumerate()
        .map(|(i, (id, name, _, summary))| PolicyPrinciple {
            number: i as u8 + 1,
            id: id.to_string(),
            name: name.to_string(),
            summary: summary.to_string(),
        })
        .collect();

    let rf = |label: &str, points: &str| RiskFactor {
        label: label.into(),
        points: points.into(),
    };
    let lvl = |level: u8, name: &str, range: &str, approval: &str| RiskLevelRow {
        level,
        name: name.into(),
        range: range.into(),
        approval: approval.into(),
    };

    ReportModel {
        meta: Meta {
            organisation: "Gladsaxe Kommune".into(),
            title: "Dataetisk redegørelse 2026".into(),
            subtitle: match lang {
                Lang::Da => "Gennemgang af kommunens igangværende og afsluttede dataprojekter".into(),
                Lang::En => "A review of the municipality's ongoing and completed data projects".into(),
            },
            year: 2026,
            committee: Some("Økonomiudvalget".into()),
            as_of: "2026-11-20".into(),
            as_of_text: d(2026, 11, 20),
            lang: lang.code().into(),
            policy_name: "Gladsaxe Kommunes dataetiske politik".into(),
            generator: "dataetik 0.1.0".into(),
        },
        labels: labels(lang),
        summary,
        charts,
        overview_principles: PRINCIPLES
            .iter()
            .enumerate()
            .map(|(i, (id, name, short, _))| PrincipleHead {
                number: i as u8 + 1,
                id: id.to_string(),
                name: name.to_string(),
                short: short.to_string(),
            })
            .collect(),
        overview,
        policy: PolicySection {
            name: "Gladsaxe Kommunes dataetiske politik".into(),
            intro: md("Politikken bygger på fem principper. Overvejelserne skal være skrevet ned for hvert \
                 projekt, og det politiske niveau gennemgår dem én gang om året – det er formålet med \
                 denne redegørelse."),
            principles: principles_section,
            how: md("Hvert dataprojekt beskrives i en fast skabelon, som kontrolleres automatisk mod \
                 politikkens regler, hver gang den ændres. Reglerne kræver, at bestemte overvejelser \
                 er beskrevet, afhængigt af projektets fase, og af hvilke data og hvilken \
                 automatisering det bruger.\n\nProjektets **risikoniveau** beregnes ud fra point for \
                 de forhold, der øger risikoen for borgerne. Niveauet afgør, hvem der skal godkende \
                 projektet. En regel kan i særlige tilfælde fraviges ved en tidsbegrænset \
                 dispensation, som fremgår af redegørelsen."),
            risk_factors: vec![
                rf("Personoplysninger", "1"),
                rf("Følsomme oplysninger", "2"),
                rf("Samkøring af datakilder", "2"),
                rf("Sårbare grupper berøres", "2"),
                rf("Profilering", "3"),
                rf("Automatisering: statistik / analyse / beslutningsstøtte / automatisk afgørelse", "0 / 1 / 3 / 5"),
                rf("Maskinlæring", "2"),
                rf("Berørte borgere: mindst 1.000 / 10.000 / 100.000", "1 / 2 / 3"),
            ],
            levels: vec![
                lvl(1, "lav", "0–3", "Enhedsleder"),
                lvl(2, "middel", "4–7", "Direktør"),
                lvl(3, "høj", "8–11", "Direktionen"),
                lvl(4, "meget høj", "12 og derover", "Politisk udvalg"),
            ],
        },
        projects,
        completed,
        attention,
        suppliers,
        appendix: Appendix { rules, glossary: glossary(lang) },
    }
}
