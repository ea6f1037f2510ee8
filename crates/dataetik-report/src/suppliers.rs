//! The supplier chapter: who processes which projects' data, where, and under which agreement;
//! each project's processing chain as a small accessible SVG with a text alternative; Global
//! Compact and due-diligence status per supplier; what is overdue.
//!
//! Built from the register's supplier files ([`dataetik_core::supplier::SupplierSet`]) and the
//! projects' supplier references, with no file I/O of its own: the report and the public site
//! call [`build`] and render the result (the SVG is the same string in PDF and HTML, like the
//! report's other charts).

use std::fmt::Write as _;

use serde::Serialize;

use dataetik_core::i18n::{format_date, Catalogue};
use dataetik_core::model::{Assessment, Date, SupplierKind};
use dataetik_core::msg;
use dataetik_core::supplier::{Region, SupplierSet};

use crate::charts::{xml_escape, AXIS, BAR, FONT, INK};

/// The chapter.
#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct SupplierChapter {
    /// One entry per project that refers to the supplier register, in the order given.
    pub chains: Vec<ProjectChain>,
    /// One entry per supplier file, sorted by id.
    pub suppliers: Vec<SupplierStatus>,
    /// What is overdue (passed follow-ups, ended contracts), in words.
    pub overdue: Vec<String>,
}

/// A project's suppliers from the register and their chains.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ProjectChain {
    /// The project id.
    pub project: String,
    /// Its title.
    pub title: String,
    /// Every link of every referenced supplier's chain, depth first.
    pub links: Vec<LinkRow>,
    /// The chain as an SVG (role="img", title, desc).
    pub svg: String,
    /// The chain in words: the text alternative shown next to the SVG.
    pub text: String,
}

/// One link of a chain, in words.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct LinkRow {
    /// The supplier id.
    pub id: String,
    /// Its legal name (the id when the file is missing).
    pub name: String,
    /// 0 for the project's supplier, 1 for its sub-processors, ...
    pub depth: usize,
    /// Where: "EU/EØS (Danmark)", "Tredjeland (USA), overførselsgrundlag: ...", "ukendt".
    pub location: String,
    /// The data-processing agreements' references, or "ingen".
    pub agreement: String,
}

/// A supplier's Global Compact and due-diligence status.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct SupplierStatus {
    /// The id.
    pub id: String,
    /// The legal name.
    pub name: String,
    /// Global Compact: clauses for every area / missing areas / not applicable.
    pub global_compact: String,
    /// Due diligence: next follow-up, or not done.
    pub due_diligence: String,
}

/// Builds the chapter for `projects` (id, title, assessment), judged as of `as_of`.
pub fn build(
    set: &SupplierSet,
    projects: &[(&str, &str, &Assessment)],
    as_of: Date,
    cat: Catalogue,
) -> SupplierChapter {
    let date = |d: Date| format_date(d.0, cat.lang());
    let mut out = SupplierChapter::default();
    for (id, title, a) in projects {
        let refs: Vec<&str> = a
            .suppliers
            .iter()
            .flatten()
            .filter_map(|s| s.supplier.as_deref().map(str::trim))
            .collect();
        if refs.is_empty() {
            continue;
        }
        let mut links = Vec::new();
        for r in refs {
            for l in set.chain(r) {
                links.push(link_row(set, &l.id, l.via.len(), cat));
            }
        }
        let text = chain_text(&links);
        let svg = chain_svg(title, &links, &text, cat);
        out.chains.push(ProjectChain {
            project: (*id).to_string(),
            title: (*title).to_string(),
            links,
            svg,
            text,
        });
        if a.phase()
            .is_some_and(dataetik_core::model::Phase::is_active)
        {
            for s in a.suppliers.iter().flatten() {
                let Some(sid) = s.supplier.as_deref() else {
                    continue;
                };
                if let Some(end) = set
                    .record(sid)
                    .and_then(dataetik_core::supplier::SupplierRecord::contract_end)
                {
                    if end < as_of {
                        out.overdue.push(msg!(
                            cat,
                            "supplier-report-contract-ended",
                            supplier = sid.trim(),
                            project = *title,
                            date = date(end)
                        ));
                    }
                }
            }
        }
    }
    for f in &set.files {
        let Some(r) = &f.record else { continue };
        let name = r.name.clone().unwrap_or_else(|| f.id.clone());
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
                msg!(cat, "supplier-report-gc-missing", areas = areas.join(", "))
            }
        } else {
            msg!(cat, "supplier-report-gc-not-applicable")
        };
        let dd = r.due_diligence.as_ref();
        let due_diligence = match dd.and_then(|d| d.follow_up) {
            Some(next) if next < as_of => {
                out.overdue.push(msg!(
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
        out.suppliers.push(SupplierStatus {
            id: f.id.clone(),
            name,
            global_compact: gc,
            due_diligence,
        });
    }
    out
}

fn link_row(set: &SupplierSet, id: &str, depth: usize, cat: Catalogue) -> LinkRow {
    let Some(r) = set.record(id) else {
        return LinkRow {
            id: id.to_string(),
            name: id.to_string(),
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
                    |b| b.key().replace('_', " "),
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
    let agreement = if refs.is_empty() {
        msg!(cat, "supplier-report-no-agreement")
    } else {
        refs.join(", ")
    };
    LinkRow {
        id: id.to_string(),
        name: r.name.clone().unwrap_or_else(|| id.to_string()),
        depth,
        location,
        agreement,
    }
}

/// The chain in words, one link per line, indented by depth.
fn chain_text(links: &[LinkRow]) -> String {
    let mut s = String::new();
    for l in links {
        let _ = writeln!(
            s,
            "{}{}: {}; {}",
            "  ".repeat(l.depth),
            l.name,
            l.location,
            l.agreement
        );
    }
    s.trim_end().to_string()
}

/// The chain as an SVG: one box per link, indented by depth, with a connector from the
/// processor above; `role="img"`, a `<title>` and a `<desc>` with the chain in words.
pub fn chain_svg(title: &str, links: &[LinkRow], text: &str, cat: Catalogue) -> String {
    const W: usize = 640;
    const ROW: usize = 54;
    const BOX_H: usize = 44;
    const INDENT: usize = 36;
    let h = links.len() * ROW + 8;
    let heading = msg!(cat, "supplier-report-chain-title", project = title);
    let mut s = String::new();
    let _ = write!(
        s,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{h}" viewBox="0 0 {W} {h}" role="img" aria-labelledby="chain-title chain-desc" font-family="{FONT}"><title id="chain-title">{}</title><desc id="chain-desc">{}</desc>"#,
        xml_escape(&heading),
        xml_escape(text)
    );
    for (i, l) in links.iter().enumerate() {
        let x = 4 + l.depth * INDENT;
        let y = 4 + i * ROW;
        if l.depth > 0 {
            let px = x - INDENT + 12;
            let _ = write!(
                s,
                r#"<path d="M{px} {} V{} H{x}" fill="none" stroke="{AXIS}" stroke-width="2"/>"#,
                y - (ROW - BOX_H),
                y + BOX_H / 2
            );
        }
        let _ = write!(
            s,
            r#"<rect x="{x}" y="{y}" width="{}" height="{BOX_H}" rx="4" fill="white" stroke="{BAR}" stroke-width="2"/><text x="{}" y="{}" font-size="15" font-weight="bold" fill="{INK}">{}</text><text x="{}" y="{}" font-size="13" fill="{INK}">{}</text>"#,
            W - x - 4,
            x + 8,
            y + 18,
            xml_escape(&l.name),
            x + 8,
            y + 36,
            xml_escape(&format!("{} · {}", l.location, l.agreement))
        );
    }
    s.push_str("</svg>");
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use dataetik_core::i18n::Lang;

    #[test]
    fn the_chain_svg_is_accessible_and_escapes_user_text() {
        let links = vec![
            LinkRow {
                id: "kombit".into(),
                name: "KOMBIT <A/S>".into(),
                depth: 0,
                location: "EU/EØS (Danmark)".into(),
                agreement: "DBA 2022-09".into(),
            },
            LinkRow {
                id: "vendor".into(),
                name: "Vendor & Co".into(),
                depth: 1,
                location: "tredjeland (USA), overførselsgrundlag: adequacy".into(),
                agreement: "UDBA 1".into(),
            },
        ];
        let text = chain_text(&links);
        assert_eq!(
            text,
            "KOMBIT <A/S>: EU/EØS (Danmark); DBA 2022-09\n  Vendor & Co: tredjeland (USA), overførselsgrundlag: adequacy; UDBA 1"
        );
        let svg = chain_svg("Friplads", &links, &text, Catalogue::new(Lang::Da));
        assert!(svg.contains(r#"role="img""#));
        assert!(svg.contains("<title id=\"chain-title\">Databehandlerkæden for Friplads</title>"));
        assert!(svg.contains("<desc id=\"chain-desc\">KOMBIT &lt;A/S&gt;"));
        assert!(svg.contains("Vendor &amp; Co"));
        assert!(!svg.contains("<A/S>"));
        // Reproducible.
        assert_eq!(
            svg,
            chain_svg("Friplads", &links, &text, Catalogue::new(Lang::Da))
        );
    }
}
