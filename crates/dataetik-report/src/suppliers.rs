//! The supplier chapter: who processes which projects' data, where, and under which agreement;
//! each project's processing chain as a small accessible SVG with a text alternative; Global
//! Compact and due-diligence status per supplier; what is overdue.
//!
//! Built from the register's supplier files ([`dataetik_core::supplier::SupplierSet`]) and the
//! projects' supplier entries, with no file I/O of its own: the report (from what
//! [`crate::gather`] read) and the public site call [`build`] and render the result (the SVG is
//! the same string in PDF and HTML, like the report's other charts). Every supplier is named by
//! its legal name; rule ids, field names and file paths never appear.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use serde::{Deserialize, Serialize};

use dataetik_core::i18n::{format_date, Catalogue};
use dataetik_core::model::{Assessment, Date, Supplier, SupplierKind};
use dataetik_core::msg;
use dataetik_core::supplier::{basis_name, role_name, Region, SupplierSet};

use crate::charts::{text_width, wrap, xml_escape, AXIS, BAR, FONT, INK};

/// The chapter.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct SupplierChapter {
    /// The chapter's fixed texts (headings, lead, column heads) in the report's language.
    pub texts: ChapterTexts,
    /// Who processes data for which projects, where, under which agreement: one row per
    /// supplier (sub-processors included), in the order they first appear in the chains.
    pub processors: Vec<ProcessorRow>,
    /// One entry per project with suppliers, in the order given.
    pub chains: Vec<ProjectChain>,
    /// Global Compact, due diligence and contract of every supplier file the projects use,
    /// sorted by name.
    pub suppliers: Vec<SupplierStatus>,
    /// What is overdue as of the report's date (passed follow-ups, ended contracts), in words.
    pub overdue: Vec<String>,
}

/// The chapter's fixed texts.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct ChapterTexts {
    /// "Leverandører og databehandlere".
    pub heading: String,
    /// The lead paragraph, with the as-of date.
    pub lead: String,
    /// Shown instead of the chapter's tables when no project has suppliers.
    pub none: String,
    /// Heading of the processors table.
    pub processors_heading: String,
    /// Column: supplier.
    pub supplier: String,
    /// Column: project and role.
    pub processes_for: String,
    /// Column: where data are processed.
    pub location: String,
    /// Column: data-processing agreement.
    pub agreement: String,
    /// Heading of the chains.
    pub chains_heading: String,
    /// Lead of the chains.
    pub chains_lead: String,
    /// Heading of the status table.
    pub status_heading: String,
    /// Lead of the status table.
    pub status_lead: String,
    /// Column: projects.
    pub projects: String,
    /// Column: Global Compact.
    pub global_compact: String,
    /// Column: due diligence.
    pub due_diligence: String,
    /// Column: contract.
    pub contract: String,
    /// Heading of the overdue list.
    pub overdue_heading: String,
    /// "Ingen frister var overskredet pr. ...".
    pub no_overdue: String,
}

/// One supplier in the processors table.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct ProcessorRow {
    /// The supplier id (empty for a supplier written into the assessment itself).
    pub id: String,
    /// The legal name.
    pub name: String,
    /// The projects it processes data for, with its role in each.
    pub uses: Vec<ProjectUse>,
    /// Where: "EU/EØS (Danmark)", "tredjeland (USA), overførselsgrundlag: ...".
    pub location: String,
    /// The data-processing agreements' references, or why there is none.
    pub agreement: String,
}

/// A project a supplier works for, and its role there.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct ProjectUse {
    /// The project id.
    pub project: String,
    /// Its title.
    pub title: String,
    /// "databehandler", "underdatabehandler for KOMBIT A/S".
    pub role: String,
}

/// A project's suppliers and their chains.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct ProjectChain {
    /// The project id.
    pub project: String,
    /// Its title.
    pub title: String,
    /// "Databehandlerkæden for ...": the figure's caption and the SVG's title.
    pub caption: String,
    /// Every link of every supplier's chain, depth first.
    pub links: Vec<LinkRow>,
    /// The chain as an SVG (role="img", title, desc).
    pub svg: String,
    /// The chain in words: the text alternative of the SVG.
    pub text: String,
}

/// One link of a chain, in words.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct LinkRow {
    /// The supplier id (empty for a supplier written into the assessment itself).
    pub id: String,
    /// Its legal name (the id when the file is missing).
    pub name: String,
    /// Its role: "databehandler", "underdatabehandler for KOMBIT A/S".
    pub role: String,
    /// 0 for the project's supplier, 1 for its sub-processors, ...
    pub depth: usize,
    /// Where: "EU/EØS (Danmark)", "tredjeland (USA), overførselsgrundlag: ...", "ukendt".
    pub location: String,
    /// The data-processing agreements' references, or why there is none.
    pub agreement: String,
}

/// A supplier's Global Compact, due-diligence and contract status.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct SupplierStatus {
    /// The id.
    pub id: String,
    /// The legal name.
    pub name: String,
    /// The titles of the projects whose chain it is in, joined.
    pub projects: String,
    /// Global Compact: clauses for every area / missing areas / not applicable.
    pub global_compact: String,
    /// Due diligence: next follow-up, overdue, or not done.
    pub due_diligence: String,
    /// The contract's end: runs until / ended / not given.
    pub contract: String,
    /// True when something about the supplier is overdue.
    pub overdue: bool,
}

/// Builds the chapter for `projects` (id, title, assessment), judged as of `as_of`.
pub fn build(
    set: &SupplierSet,
    projects: &[(&str, &str, &Assessment)],
    as_of: Date,
    cat: Catalogue,
) -> SupplierChapter {
    let date = |d: Date| format_date(d.0, cat.lang());
    let mut out = SupplierChapter {
        texts: texts(cat, &date(as_of)),
        ..Default::default()
    };
    // Supplier id -> titles of the projects whose chains it is in.
    let mut used: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut rows: Vec<ProcessorRow> = Vec::new();
    let mut contract_overdue = Vec::new();
    for (id, title, a) in projects {
        let entries: Vec<&Supplier> = a.suppliers.iter().flatten().collect();
        if entries.is_empty() {
            continue;
        }
        let mut links = Vec::new();
        for s in entries {
            let personal = s.processes_personal_data != Some(false);
            let role = s.role.map_or_else(
                || msg!(cat, "supplier-report-no-role"),
                |r| role_name(cat, r),
            );
            match s
                .supplier
                .as_deref()
                .map(str::trim)
                .filter(|r| !r.is_empty())
            {
                Some(r) => {
                    for l in set.chain(r) {
                        let role = match l.via.last() {
                            None => role.clone(),
                            Some(parent) => msg!(
                                cat,
                                "supplier-role-sub-processor-for",
                                processor = legal_name(set, parent)
                            ),
                        };
                        links.push(link_row(set, &l.id, l.via.len(), role, personal, cat));
                        let titles = used.entry(l.id.clone()).or_default();
                        if !titles.iter().any(|t| t == title) {
                            titles.push((*title).to_string());
                        }
                    }
                    let active = a
                        .phase()
                        .is_some_and(dataetik_core::model::Phase::is_active);
                    let end = set
                        .record(r)
                        .and_then(dataetik_core::supplier::SupplierRecord::contract_end);
                    if let Some(end) = end.filter(|end| active && *end < as_of) {
                        contract_overdue.push((
                            r.to_string(),
                            msg!(
                                cat,
                                "supplier-report-contract-ended",
                                supplier = legal_name(set, r),
                                project = *title,
                                date = date(end)
                            ),
                        ));
                    }
                }
                None => {
                    let Some(name) = s.name.as_deref().map(str::trim).filter(|n| !n.is_empty())
                    else {
                        continue;
                    };
                    links.push(inline_row(s, name, role, personal, cat));
                }
            }
        }
        for l in &links {
            let entry = ProjectUse {
                project: (*id).to_string(),
                title: (*title).to_string(),
                role: l.role.clone(),
            };
            let key = |r: &ProcessorRow| {
                if l.id.is_empty() {
                    r.id.is_empty() && r.name == l.name
                } else {
                    r.id == l.id
                }
            };
            match rows.iter_mut().find(|r| key(r)) {
                Some(r) => {
                    if !r.uses.contains(&entry) {
                        r.uses.push(entry);
                    }
                }
                None => rows.push(ProcessorRow {
                    id: l.id.clone(),
                    name: l.name.clone(),
                    uses: vec![entry],
                    location: l.location.clone(),
                    agreement: l.agreement.clone(),
                }),
            }
        }
        let caption = msg!(cat, "supplier-report-chain-title", project = *title);
        let text = chain_text(&links);
        let svg = chain_svg(id, &caption, &links, &text);
        out.chains.push(ProjectChain {
            project: (*id).to_string(),
            title: (*title).to_string(),
            caption,
            links,
            svg,
            text,
        });
    }
    out.processors = rows;
    let mut follow_up_overdue = Vec::new();
    for (sid, titles) in &used {
        let Some(f) = set.get(sid) else { continue };
        let Some(r) = &f.record else { continue };
        let name = legal_name(set, sid);
        let gc = if r.kind_or_default() == SupplierKind::Company {
            let missing = r
                .global_compact
                .as_ref()
                .and_then(|g| g.clauses.as_ref())
                .map_or_else(
                    || dataetik_core::supplier::GLOBAL_COMPACT_AREAS.to_vec(),
                    dataetik_core::supplier::GlobalCompactClauses::missing,
                );
            if missing.is_empty() {
                msg!(cat, "supplier-report-gc-all")
            } else {
                let areas: Vec<String> = missing
                    .iter()
                    .map(|a| dataetik_core::supplier::area_name(cat, a))
                    .collect();
                msg!(
                    cat,
                    "supplier-report-gc-missing",
                    areas = dataetik_core::i18n::join_and(&areas, cat)
                )
            }
        } else {
            msg!(cat, "supplier-report-gc-not-applicable")
        };
        let mut overdue = contract_overdue.iter().any(|(id, _)| id == sid);
        let dd = r.due_diligence.as_ref();
        let due_diligence = match dd.and_then(|d| d.follow_up) {
            Some(next) if next < as_of => {
                overdue = true;
                follow_up_overdue.push(msg!(
                    cat,
                    "supplier-report-follow-up-passed",
                    supplier = name.as_str(),
                    date = date(next)
                ));
                msg!(cat, "supplier-report-dd-overdue", date = date(next))
            }
            Some(next) => msg!(cat, "supplier-report-dd-next", date = date(next)),
            None if dd
                .and_then(|d| d.risks.as_deref())
                .is_some_and(|t| !t.trim().is_empty()) =>
            {
                msg!(cat, "supplier-report-dd-no-follow-up")
            }
            None => msg!(cat, "supplier-report-dd-none"),
        };
        let contract = match r.contract_end() {
            Some(end) if end < as_of => {
                msg!(cat, "supplier-report-contract-ended-on", date = date(end))
            }
            Some(end) => msg!(cat, "supplier-report-contract-until", date = date(end)),
            None => msg!(cat, "supplier-report-contract-no-end"),
        };
        out.suppliers.push(SupplierStatus {
            id: sid.clone(),
            name,
            projects: titles.join(", "),
            global_compact: gc,
            due_diligence,
            contract,
            overdue,
        });
    }
    out.suppliers
        .sort_by(|a, b| (a.name.to_lowercase(), &a.id).cmp(&(b.name.to_lowercase(), &b.id)));
    out.overdue = contract_overdue.into_iter().map(|(_, m)| m).collect();
    out.overdue.extend(follow_up_overdue);
    out
}

fn texts(cat: Catalogue, as_of: &str) -> ChapterTexts {
    ChapterTexts {
        heading: msg!(cat, "supplier-report-heading"),
        lead: msg!(cat, "supplier-report-lead", date = as_of),
        none: msg!(cat, "supplier-report-none"),
        processors_heading: msg!(cat, "supplier-report-processors-heading"),
        supplier: msg!(cat, "supplier-report-col-supplier"),
        processes_for: msg!(cat, "supplier-report-col-processes-for"),
        location: msg!(cat, "supplier-report-col-location"),
        agreement: msg!(cat, "supplier-report-col-agreement"),
        chains_heading: msg!(cat, "supplier-report-chains-heading"),
        chains_lead: msg!(cat, "supplier-report-chains-lead"),
        status_heading: msg!(cat, "supplier-report-status-heading"),
        status_lead: msg!(cat, "supplier-report-status-lead"),
        projects: msg!(cat, "supplier-report-col-projects"),
        global_compact: msg!(cat, "supplier-report-col-global-compact"),
        due_diligence: msg!(cat, "supplier-report-col-due-diligence"),
        contract: msg!(cat, "supplier-report-col-contract"),
        overdue_heading: msg!(cat, "supplier-report-overdue-heading"),
        no_overdue: msg!(cat, "supplier-report-no-overdue", date = as_of),
    }
}

/// The legal name of the supplier with this id; the id when its file has no name.
fn legal_name(set: &SupplierSet, id: &str) -> String {
    set.record(id)
        .and_then(|r| r.name.as_deref())
        .map(str::trim)
        .filter(|n| !n.is_empty())
        .unwrap_or(id.trim())
        .to_string()
}

fn link_row(
    set: &SupplierSet,
    id: &str,
    depth: usize,
    role: String,
    personal: bool,
    cat: Catalogue,
) -> LinkRow {
    let Some(r) = set.record(id) else {
        return LinkRow {
            id: id.to_string(),
            name: id.to_string(),
            role,
            depth,
            location: msg!(cat, "supplier-report-unknown"),
            agreement: msg!(cat, "supplier-report-unknown"),
        };
    };
    let countries = r
        .data_location
        .as_ref()
        .and_then(|l| l.countries.clone())
        .unwrap_or_default()
        .join(", ");
    let location = match r.data_location.as_ref().and_then(|l| l.region) {
        Some(Region::EuEea) => msg!(cat, "supplier-report-eu", countries = countries),
        Some(Region::ThirdCountry) => {
            let basis = r
                .data_location
                .as_ref()
                .and_then(|l| l.transfer_basis)
                .map_or_else(
                    || msg!(cat, "supplier-report-no-basis"),
                    |b| basis_name(cat, b),
                );
            msg!(
                cat,
                "supplier-report-third-country",
                countries = countries,
                basis = basis
            )
        }
        None => msg!(cat, "supplier-report-unknown"),
    };
    let refs: Vec<String> = r
        .agreements()
        .filter_map(|d| d.reference.as_deref().map(|s| s.trim().to_string()))
        .collect();
    let agreement = if !refs.is_empty() {
        refs.join(", ")
    } else if personal {
        msg!(cat, "supplier-report-no-agreement")
    } else {
        msg!(cat, "supplier-report-not-personal")
    };
    LinkRow {
        id: id.to_string(),
        name: legal_name(set, id),
        role,
        depth,
        location,
        agreement,
    }
}

/// A supplier written into the assessment itself (no supplier file): its agreement from the
/// entry, its location unknown to the register.
fn inline_row(s: &Supplier, name: &str, role: String, personal: bool, cat: Catalogue) -> LinkRow {
    let agreement = match s
        .dpa
        .as_ref()
        .and_then(|d| d.reference.as_deref())
        .map(str::trim)
        .filter(|r| !r.is_empty())
    {
        Some(r) => r.to_string(),
        None if personal => msg!(cat, "supplier-report-no-agreement"),
        None => msg!(cat, "supplier-report-not-personal"),
    };
    LinkRow {
        id: String::new(),
        name: name.to_string(),
        role,
        depth: 0,
        location: msg!(cat, "supplier-report-inline"),
        agreement,
    }
}

/// The chain in words, one link per line, indented by depth.
fn chain_text(links: &[LinkRow]) -> String {
    let mut s = String::new();
    for l in links {
        let _ = writeln!(
            s,
            "{}{} ({}): {}; {}",
            "  ".repeat(l.depth),
            l.name,
            l.role,
            l.location,
            l.agreement
        );
    }
    s.trim_end().to_string()
}

/// The chain as an SVG: one box per link (legal name, role, where, agreement), indented by
/// depth, with a connector from the processor above; `role="img"`, a `<title>` and a `<desc>`
/// with the chain in words. `key` (the project id) makes the title's and description's ids
/// unique on a page with several chains. Only the elements the report's SVG filter admits
/// (`rect`, `line`, `text`) are used, and the output depends only on the input.
pub fn chain_svg(key: &str, title: &str, links: &[LinkRow], text: &str) -> String {
    const W: usize = 640;
    const GAP: usize = 10;
    const INDENT: usize = 32;
    const NAME_LINE: usize = 19;
    const DETAIL_LINE: usize = 17;
    let key: String = key
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    // Lay out first: each box's lines and height.
    let boxes: Vec<(usize, Vec<String>, Vec<String>)> = links
        .iter()
        .map(|l| {
            let x = 4 + l.depth.min(6) * INDENT;
            let inner = (W - x - 4 - 20) as u32;
            let name = wrap(&l.name, inner * 13 / 15);
            let details: Vec<String> = [&l.role, &l.location, &l.agreement]
                .iter()
                .filter(|t| !t.trim().is_empty())
                .flat_map(|t| {
                    if text_width(t) <= inner {
                        vec![(*t).clone()]
                    } else {
                        wrap(t, inner)
                    }
                })
                .collect();
            (x, name, details)
        })
        .collect();
    let heights: Vec<usize> = boxes
        .iter()
        .map(|(_, n, d)| 12 + n.len() * NAME_LINE + d.len() * DETAIL_LINE)
        .collect();
    let h = 4 + heights.iter().map(|h| h + GAP).sum::<usize>();
    let mut s = String::new();
    let _ = write!(
        s,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{h}" viewBox="0 0 {W} {h}" role="img" aria-labelledby="chain-{key}-title chain-{key}-desc" font-family="{FONT}"><title id="chain-{key}-title">{}</title><desc id="chain-{key}-desc">{}</desc><rect x="0" y="0" width="{W}" height="{h}" fill="white"/>"#,
        xml_escape(title),
        xml_escape(text)
    );
    // The bottom of the last box drawn at each depth: where a sub-processor's connector starts.
    let mut bottom: Vec<usize> = Vec::new();
    let mut y = 4;
    for ((l, (x, name, details)), bh) in links.iter().zip(&boxes).zip(&heights) {
        let depth = l.depth.min(6);
        if depth > 0 {
            if let Some(&from) = bottom.get(depth - 1) {
                let px = x - INDENT + 14;
                let mid = y + 12 + NAME_LINE / 2;
                let _ = write!(
                    s,
                    r#"<line x1="{px}" y1="{from}" x2="{px}" y2="{mid}" stroke="{AXIS}" stroke-width="2"/><line x1="{px}" y1="{mid}" x2="{x}" y2="{mid}" stroke="{AXIS}" stroke-width="2"/>"#
                );
            }
        }
        let _ = write!(
            s,
            r#"<rect x="{x}" y="{y}" width="{}" height="{bh}" rx="4" fill="white" stroke="{BAR}" stroke-width="2"/>"#,
            W - x - 4
        );
        let mut ty = y + 6;
        for line in name {
            ty += NAME_LINE;
            let _ = write!(
                s,
                r#"<text x="{}" y="{}" font-size="15" font-weight="bold" fill="{INK}">{}</text>"#,
                x + 10,
                ty - 4,
                xml_escape(line)
            );
        }
        for line in details {
            ty += DETAIL_LINE;
            let _ = write!(
                s,
                r#"<text x="{}" y="{}" font-size="13" fill="{INK}">{}</text>"#,
                x + 10,
                ty - 4,
                xml_escape(line)
            );
        }
        bottom.truncate(depth);
        bottom.push(y + bh);
        y += bh + GAP;
    }
    s.push_str("</svg>");
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use dataetik_core::i18n::Lang;
    use dataetik_core::model::{Lifecycle, Phase, SupplierRole};
    use dataetik_core::register::{Config, Register};
    use std::path::PathBuf;

    fn set(files: &[(&str, &str)]) -> SupplierSet {
        let reg = Register::with_config(PathBuf::from("."), None, Config::default()).unwrap();
        let sources: Vec<(PathBuf, String)> = files
            .iter()
            .map(|(id, text)| {
                (
                    PathBuf::from(format!("suppliers/{id}.yaml")),
                    text.to_string(),
                )
            })
            .collect();
        SupplierSet::from_sources(&reg, &sources)
    }

    fn project(phase: Phase, entries: Vec<Supplier>) -> Assessment {
        Assessment {
            lifecycle: Some(Lifecycle {
                phase: Some(phase),
                ..Default::default()
            }),
            suppliers: Some(entries),
            ..Default::default()
        }
    }

    fn reference(id: &str, role: SupplierRole, personal: bool) -> Supplier {
        Supplier {
            supplier: Some(id.into()),
            role: Some(role),
            processes_personal_data: Some(personal),
            ..Default::default()
        }
    }

    const KOMBIT: &str = "id: kombit
name: KOMBIT A/S
kind: public
contract:
  end: 2026-06-30
data_location:
  region: eu_eea
  countries: [Danmark]
sub_processors: [vendor]
data_processing_agreements:
  - reference: DBA 2022-09
";
    const VENDOR: &str = "id: vendor
name: Vendor & Co ApS
kind: company
global_compact:
  clauses:
    human_rights: bilag 7
    labour: bilag 7
data_location:
  region: third_country
  countries: [USA]
  transfer_basis: standard_contractual_clauses
data_processing_agreements:
  - reference: UDBA 1
    with: kombit
due_diligence:
  risks: Datacentre i USA.
  follow_up: 2026-01-15
";
    const SENSOR: &str = "id: sensor
name: Sensor ApS
hardware: true
contract:
  end: 2026-01-01
data_location:
  region: eu_eea
  countries: [Sverige]
global_compact:
  clauses:
    human_rights: a
    labour: b
    environment: c
    anti_corruption: d
due_diligence:
  risks: Komponenter fra Asien.
  follow_up: 2027-03-01
";

    fn chapter(lang: Lang) -> SupplierChapter {
        let set = set(&[("kombit", KOMBIT), ("vendor", VENDOR), ("sensor", SENSOR)]);
        let friplads = project(
            Phase::Operation,
            vec![reference("kombit", SupplierRole::DataProcessor, true)],
        );
        let trafik = project(
            Phase::Completed,
            vec![
                reference("sensor", SupplierRole::Hardware, false),
                Supplier {
                    name: Some("Vejdirektoratet".into()),
                    role: Some(SupplierRole::Other),
                    processes_personal_data: Some(false),
                    ..Default::default()
                },
            ],
        );
        let none = project(Phase::Operation, vec![]);
        build(
            &set,
            &[
                ("friplads", "Automatisk friplads", &friplads),
                ("ingen", "Uden leverandører", &none),
                ("trafik", "Trafikdashboard", &trafik),
            ],
            Date(jiff::civil::date(2026, 11, 25)),
            Catalogue::new(lang),
        )
    }

    #[test]
    fn the_chapter_names_projects_chains_in_order_and_legal_names() {
        let c = chapter(Lang::Da);
        let projects: Vec<&str> = c.chains.iter().map(|p| p.project.as_str()).collect();
        assert_eq!(
            projects,
            ["friplads", "trafik"],
            "a project without suppliers has no chain"
        );
        let friplads = &c.chains[0];
        let order: Vec<(&str, usize, &str)> = friplads
            .links
            .iter()
            .map(|l| (l.name.as_str(), l.depth, l.role.as_str()))
            .collect();
        assert_eq!(
            order,
            [
                ("KOMBIT A/S", 0, "databehandler"),
                ("Vendor & Co ApS", 1, "underdatabehandler for KOMBIT A/S")
            ]
        );
        assert_eq!(friplads.links[0].location, "EU/EØS (Danmark)");
        assert_eq!(
            friplads.links[1].location,
            "tredjeland (USA), overførselsgrundlag: standardkontraktbestemmelser"
        );
        assert_eq!(friplads.links[1].agreement, "UDBA 1");
        // The processors table: one row per supplier, the inline entry included.
        let rows: Vec<(&str, String)> = c
            .processors
            .iter()
            .map(|r| {
                (
                    r.name.as_str(),
                    r.uses
                        .iter()
                        .map(|u| format!("{} ({}): {}", u.title, u.project, u.role))
                        .collect::<Vec<_>>()
                        .join("; "),
                )
            })
            .collect();
        assert_eq!(
            rows,
            [
                (
                    "KOMBIT A/S",
                    "Automatisk friplads (friplads): databehandler".to_string()
                ),
                (
                    "Vendor & Co ApS",
                    "Automatisk friplads (friplads): underdatabehandler for KOMBIT A/S".to_string()
                ),
                (
                    "Sensor ApS",
                    "Trafikdashboard (trafik): hardwareleverandør".to_string()
                ),
                (
                    "Vejdirektoratet",
                    "Trafikdashboard (trafik): anden rolle".to_string()
                ),
            ]
        );
        assert_eq!(
            c.processors[2].agreement,
            "ikke nødvendig (behandler ikke personoplysninger)"
        );
        assert!(c.processors[3].location.contains("leverandørregistret"));
        // No ids where a name exists.
        let json = serde_json::to_string(&c.processors).unwrap();
        assert!(!json.contains("\"name\":\"kombit\""));
    }

    #[test]
    fn overdue_is_dated_against_as_of() {
        let c = chapter(Lang::Da);
        assert_eq!(
            c.overdue,
            [
                "Kontrakten med KOMBIT A/S udløb 30. juni 2026, men projektet Automatisk friplads er stadig i gang.",
                "Fristen for at følge op på kontrollen af leverandørkæden hos Vendor & Co ApS var 15. januar 2026.",
            ],
            "the sensor contract ended too, but its project is completed; its follow-up is in 2027"
        );
        let status: Vec<(&str, bool)> = c
            .suppliers
            .iter()
            .map(|s| (s.name.as_str(), s.overdue))
            .collect();
        assert_eq!(
            status,
            [
                ("KOMBIT A/S", true),
                ("Sensor ApS", false),
                ("Vendor & Co ApS", true)
            ]
        );
        let vendor = &c.suppliers[2];
        assert_eq!(
            vendor.global_compact,
            "mangler klausul om miljø og antikorruption"
        );
        assert_eq!(
            vendor.due_diligence,
            "fristen for opfølgning (15. januar 2026) er overskredet"
        );
        assert_eq!(vendor.projects, "Automatisk friplads");
        assert_eq!(
            c.suppliers[0].global_compact,
            "gælder ikke (ikke en virksomhed)"
        );
        assert_eq!(c.suppliers[1].contract, "udløb 1. januar 2026");
        // English: the same chapter in English words.
        let en = chapter(Lang::En);
        assert_eq!(en.texts.heading, "Suppliers and data processors");
        assert_eq!(en.chains[0].links[1].role, "sub-processor for KOMBIT A/S");
        assert!(en.overdue[0].starts_with("The contract with KOMBIT A/S ended on"));
    }

    #[test]
    fn the_chain_svg_is_accessible_and_escapes_user_text() {
        let c = chapter(Lang::Da);
        let chain = &c.chains[0];
        assert_eq!(
            chain.text,
            "KOMBIT A/S (databehandler): EU/EØS (Danmark); DBA 2022-09\n  Vendor & Co ApS (underdatabehandler for KOMBIT A/S): tredjeland (USA), overførselsgrundlag: standardkontraktbestemmelser; UDBA 1"
        );
        let svg = &chain.svg;
        assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
        assert!(svg.contains(r#"role="img""#));
        assert!(svg.contains(r#"aria-labelledby="chain-friplads-title chain-friplads-desc""#));
        assert!(svg.contains(
            "<title id=\"chain-friplads-title\">Databehandlerkæden for Automatisk friplads</title>"
        ));
        assert!(svg.contains("<desc id=\"chain-friplads-desc\">KOMBIT A/S (databehandler)"));
        assert!(svg.contains("Vendor &amp; Co ApS"));
        assert!(!svg.contains("Vendor & Co"));
        // Two chains on one page have distinct ids.
        assert!(c.chains[1].svg.contains("id=\"chain-trafik-title\""));
        // Only what the HTML page's SVG filter admits.
        for tag in svg.split('<').skip(1) {
            let name: String = tag
                .trim_start_matches('/')
                .chars()
                .take_while(char::is_ascii_alphabetic)
                .collect();
            assert!(
                ["svg", "title", "desc", "rect", "text", "line"].contains(&name.as_str()),
                "{name}"
            );
        }
        // Reproducible.
        assert_eq!(svg, &chapter(Lang::Da).chains[0].svg);
        // Long text is wrapped inside the box.
        let long = LinkRow {
            id: "x".into(),
            name: "Et meget langt firmanavn ".repeat(6),
            role: "databehandler".into(),
            depth: 2,
            location: "tredjeland (USA, Canada, Indien, Filippinerne), overførselsgrundlag: bindende virksomhedsregler".into(),
            agreement: "DBA 1".into(),
        };
        let svg = chain_svg("x", "t", &[long], "t");
        assert!(svg.matches("font-weight=\"bold\"").count() >= 2);
    }
}
