//! SVG charts for the annual report, drawn in Rust.
//!
//! The same SVG string is embedded in the PDF (Typst `image(bytes(..), format: "svg")`) and
//! inlined in the HTML page, so both show the same picture. Charts are simple horizontal bar
//! charts with the labels and values written in as text (readable without colour and when
//! printed in black and white), colours with at least 3:1 contrast against white (WCAG 1.4.11)
//! and white-on-colour text at 4.5:1 or more, an SVG `<title>` and `<desc>` carrying the data
//! in words, and output that depends only on the input (integer coordinates, no random ids),
//! so reports are byte-for-byte reproducible.

use std::fmt::Write as _;

use super::model::{Chart, Coverage, LabelledCount, RiskCount, Summary};

/// Bar colour: a dark blue with 9:1 contrast against white.
pub const BAR: &str = "#1f4e79";
/// "Addressed" segments: dark green, white text on it at 6:1.
pub const ADDRESSED: &str = "#1d6b40";
/// "Gaps" segments: dark red, white text on it at 7:1.
pub const GAPS: &str = "#a4262c";
/// "Waived" segments: dark ochre, white text on it at 5:1.
pub const WAIVED: &str = "#7a5a00";
/// Text colour.
pub const INK: &str = "#1a1a1a";
/// Axis colour (grey with 7:1 contrast).
pub const AXIS: &str = "#595959";
/// Font stack: a browser picks a sans-serif face; Typst falls back to the document font.
pub const FONT: &str = "'Segoe UI', 'Helvetica Neue', Arial, 'Liberation Sans', sans-serif";

const WIDTH: u32 = 640;
const PAD: u32 = 12;
const FONT_SIZE: u32 = 15;
const LINE: u32 = 18;
const BAR_H: u32 = 20;
const VALUE_SPACE: u32 = 44;

/// One bar: a label and a count.
#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    /// The label written left of the bar.
    pub label: String,
    /// The value; written right of the bar.
    pub value: u32,
}

/// The labels of the coverage chart's three segments, in the report's language.
#[derive(Debug, Clone, PartialEq)]
pub struct CoverageLabels {
    /// "Behandlet".
    pub addressed: String,
    /// "Mangler".
    pub gaps: String,
    /// "Dispensation".
    pub waived: String,
}

/// Escapes text for SVG/XML content and attribute values: chart labels are user text.
pub fn xml_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c if c.is_control() && c != '\n' && c != '\t' => {}
            c => out.push(c),
        }
    }
    out
}

/// A rough width of `s` in pixels at the chart's font size, for layout (no font metrics are
/// available at this point, and the result must not depend on the machine).
pub(crate) fn text_width(s: &str) -> u32 {
    let units: u32 = s
        .chars()
        .map(|c| match c {
            'i' | 'l' | 'j' | 't' | 'f' | 'r' | '.' | ',' | ':' | ';' | '\'' | '|' | '!' | ' ' => 4,
            'm' | 'w' | 'M' | 'W' | 'æ' | 'Æ' => 11,
            c if c.is_uppercase() => 9,
            c if c.is_ascii_digit() => 7,
            _ => 7,
        })
        .sum();
    units * FONT_SIZE / 13
}

/// Breaks a label into lines of at most `max` pixels, at spaces (a single long word stays whole).
pub(crate) fn wrap(s: &str, max: u32) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut cur = String::new();
    for word in s.split_whitespace() {
        let candidate = if cur.is_empty() {
            word.to_string()
        } else {
            format!("{cur} {word}")
        };
        if !cur.is_empty() && text_width(&candidate) > max {
            lines.push(std::mem::take(&mut cur));
            cur = word.to_string();
        } else {
            cur = candidate;
        }
    }
    if !cur.is_empty() || lines.is_empty() {
        lines.push(cur);
    }
    lines
}

fn svg_open(out: &mut String, id: &str, height: u32, title: &str, desc: &str) {
    let id = xml_escape(id);
    let _ = write!(
        out,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {WIDTH} {height}\" \
         width=\"{WIDTH}\" height=\"{height}\" role=\"img\" \
         aria-labelledby=\"chart-{id}-title chart-{id}-desc\" font-family=\"{FONT}\" \
         font-size=\"{FONT_SIZE}\">\
         <title id=\"chart-{id}-title\">{}</title><desc id=\"chart-{id}-desc\">{}</desc>\
         <rect x=\"0\" y=\"0\" width=\"{WIDTH}\" height=\"{height}\" fill=\"#ffffff\"/>",
        xml_escape(title),
        xml_escape(desc),
    );
}

/// Lays out row labels: returns the label column width and each row's lines.
fn label_layout(labels: &[&str]) -> (u32, Vec<Vec<String>>) {
    let widest = labels.iter().map(|l| text_width(l)).max().unwrap_or(0);
    let col = widest.clamp(60, 260);
    let lines = labels.iter().map(|l| wrap(l, col)).collect();
    (col, lines)
}

fn row_height(lines: usize) -> u32 {
    (lines as u32 * LINE + 10).max(BAR_H + 12)
}

fn write_label(out: &mut String, lines: &[String], right_x: u32, center_y: u32) {
    let n = lines.len() as u32;
    // Baseline of the first line so the block is vertically centred on the bar.
    let first = center_y + 5 - (n - 1) * LINE / 2;
    let _ = write!(
        out,
        "<text x=\"{right_x}\" y=\"{first}\" text-anchor=\"end\" fill=\"{INK}\">"
    );
    for (i, line) in lines.iter().enumerate() {
        if i == 0 {
            let _ = write!(out, "<tspan x=\"{right_x}\">{}</tspan>", xml_escape(line));
        } else {
            let _ = write!(
                out,
                "<tspan x=\"{right_x}\" dy=\"{LINE}\">{}</tspan>",
                xml_escape(line)
            );
        }
    }
    out.push_str("</text>");
}

/// A horizontal bar chart: one bar per item, label left, value right.
pub fn bar_chart(id: &str, title: &str, desc: &str, bars: &[Bar]) -> Chart {
    let labels: Vec<&str> = bars.iter().map(|b| b.label.as_str()).collect();
    let (col, lines) = label_layout(&labels);
    let x0 = PAD + col + 10;
    let area = WIDTH - x0 - PAD - VALUE_SPACE;
    let max = bars.iter().map(|b| b.value).max().unwrap_or(0).max(1);
    let heights: Vec<u32> = lines.iter().map(|l| row_height(l.len())).collect();
    let height = PAD * 2 + heights.iter().sum::<u32>().max(LINE);

    let mut out = String::new();
    svg_open(&mut out, id, height, title, desc);
    let mut y = PAD;
    for ((bar, lines), h) in bars.iter().zip(&lines).zip(&heights) {
        let cy = y + h / 2;
        write_label(&mut out, lines, PAD + col, cy);
        let w = bar.value * area / max;
        if w > 0 {
            let _ = write!(
                out,
                "<rect x=\"{x0}\" y=\"{}\" width=\"{w}\" height=\"{BAR_H}\" fill=\"{BAR}\"/>",
                cy - BAR_H / 2
            );
        }
        let _ = write!(
            out,
            "<text x=\"{}\" y=\"{}\" fill=\"{INK}\" font-weight=\"bold\">{}</text>",
            x0 + w + 6,
            cy + 5,
            bar.value
        );
        y += h;
    }
    let _ = write!(
        out,
        "<line x1=\"{x0}\" y1=\"{PAD}\" x2=\"{x0}\" y2=\"{}\" stroke=\"{AXIS}\" stroke-width=\"1\"/>",
        height - PAD
    );
    out.push_str("</svg>");
    Chart {
        id: id.to_string(),
        title: title.to_string(),
        alt: desc.to_string(),
        svg: out,
    }
}

/// A stacked bar per principle: projects that address it, have gaps, or have waived findings.
/// A legend in words sits above the bars, and each segment wide enough carries its count.
pub fn coverage_chart(
    id: &str,
    title: &str,
    desc: &str,
    rows: &[Coverage],
    names: &CoverageLabels,
) -> Chart {
    let labels: Vec<String> = rows
        .iter()
        .map(|r| format!("{}. {}", r.number, r.name))
        .collect();
    let label_refs: Vec<&str> = labels.iter().map(String::as_str).collect();
    let (col, lines) = label_layout(&label_refs);
    let x0 = PAD + col + 10;
    let area = WIDTH - x0 - PAD - VALUE_SPACE;
    let max = rows
        .iter()
        .map(|r| r.addressed + r.gaps + r.waived)
        .max()
        .unwrap_or(0)
        .max(1);
    let heights: Vec<u32> = lines.iter().map(|l| row_height(l.len())).collect();
    let legend_h = 30;
    let height = PAD * 2 + legend_h + heights.iter().sum::<u32>().max(LINE);

    let mut out = String::new();
    svg_open(&mut out, id, height, title, desc);

    // Legend: swatch and word for each segment kind.
    let mut lx = x0;
    for (colour, name) in [
        (ADDRESSED, &names.addressed),
        (GAPS, &names.gaps),
        (WAIVED, &names.waived),
    ] {
        let _ = write!(
            out,
            "<rect x=\"{lx}\" y=\"{}\" width=\"14\" height=\"14\" fill=\"{colour}\"/>\
             <text x=\"{}\" y=\"{}\" fill=\"{INK}\">{}</text>",
            PAD + 2,
            lx + 20,
            PAD + 14,
            xml_escape(name)
        );
        lx += 20 + text_width(name) + 24;
    }

    let mut y = PAD + legend_h;
    for ((row, lines), h) in rows.iter().zip(&lines).zip(&heights) {
        let cy = y + h / 2;
        write_label(&mut out, lines, PAD + col, cy);
        let mut x = x0;
        for (value, colour) in [
            (row.addressed, ADDRESSED),
            (row.gaps, GAPS),
            (row.waived, WAIVED),
        ] {
            let w = value * area / max;
            if w == 0 {
                continue;
            }
            let _ = write!(
                out,
                "<rect x=\"{x}\" y=\"{}\" width=\"{w}\" height=\"{BAR_H}\" fill=\"{colour}\" \
                 stroke=\"#ffffff\" stroke-width=\"1\"/>",
                cy - BAR_H / 2
            );
            if w >= 18 {
                let _ = write!(
                    out,
                    "<text x=\"{}\" y=\"{}\" fill=\"#ffffff\" font-weight=\"bold\" \
                     text-anchor=\"middle\">{value}</text>",
                    x + w / 2,
                    cy + 5
                );
            }
            x += w;
        }
        y += h;
    }
    let _ = write!(
        out,
        "<line x1=\"{x0}\" y1=\"{}\" x2=\"{x0}\" y2=\"{}\" stroke=\"{AXIS}\" stroke-width=\"1\"/>",
        PAD + legend_h,
        height - PAD
    );
    out.push_str("</svg>");
    Chart {
        id: id.to_string(),
        title: title.to_string(),
        alt: desc.to_string(),
        svg: out,
    }
}

fn describe(title: &str, items: &[(String, u32)]) -> String {
    let parts: Vec<String> = items.iter().map(|(l, v)| format!("{l}: {v}")).collect();
    format!("{title}. {}.", parts.join("; "))
}

/// The four standard charts of the summary (phase, department, risk level, principle coverage),
/// with titles and alt texts in `lang` generated from the same numbers as the bars.
pub fn standard_charts(summary: &Summary, lang: dataetik_core::i18n::Lang) -> Vec<Chart> {
    let cat = lang.catalogue();
    let bars = |items: &[LabelledCount]| -> Vec<Bar> {
        items
            .iter()
            .map(|i| Bar {
                label: i.label.clone(),
                value: i.count,
            })
            .collect()
    };
    let pairs = |items: &[LabelledCount]| -> Vec<(String, u32)> {
        items.iter().map(|i| (i.label.clone(), i.count)).collect()
    };
    let risk: Vec<LabelledCount> = summary
        .by_risk
        .iter()
        .map(|r: &RiskCount| LabelledCount {
            label: format!("{} ({})", r.level, r.name),
            count: r.count,
        })
        .collect();

    let phase_title = &dataetik_core::msg!(cat, "report-chart-by-phase");
    let dept_title = &dataetik_core::msg!(cat, "report-chart-by-department");
    let risk_title = &dataetik_core::msg!(cat, "report-chart-by-risk");
    let cov_title = &dataetik_core::msg!(cat, "report-chart-coverage");
    let names = CoverageLabels {
        addressed: dataetik_core::msg!(cat, "report-chart-addressed"),
        gaps: dataetik_core::msg!(cat, "report-chart-gaps"),
        waived: dataetik_core::msg!(cat, "report-chart-waived"),
    };
    let cov_desc = {
        let parts: Vec<String> = summary
            .coverage
            .iter()
            .map(|c| {
                format!(
                    "{}: {} {}, {} {}, {} {}",
                    c.name,
                    c.addressed,
                    names.addressed.to_lowercase(),
                    c.gaps,
                    names.gaps.to_lowercase(),
                    c.waived,
                    names.waived.to_lowercase()
                )
            })
            .collect();
        format!(
            "{cov_title}, {}. {}.",
            &dataetik_core::msg!(cat, "report-chart-axis-projects"),
            parts.join("; ")
        )
    };
    vec![
        bar_chart(
            "phase",
            phase_title,
            &describe(phase_title, &pairs(&summary.by_phase)),
            &bars(&summary.by_phase),
        ),
        bar_chart(
            "department",
            dept_title,
            &describe(dept_title, &pairs(&summary.by_department)),
            &bars(&summary.by_department),
        ),
        bar_chart(
            "risk",
            risk_title,
            &describe(risk_title, &pairs(&risk)),
            &bars(&risk),
        ),
        coverage_chart("coverage", cov_title, &cov_desc, &summary.coverage, &names),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_are_escaped_and_values_written() {
        let c = bar_chart(
            "x",
            "T <b>",
            "D & d",
            &[
                Bar {
                    label: "<script>alert(1)</script>".into(),
                    value: 3,
                },
                Bar {
                    label: "B".into(),
                    value: 0,
                },
            ],
        );
        assert!(!c.svg.contains("<script>"));
        assert!(c.svg.contains("&lt;script&gt;"));
        assert!(c
            .svg
            .contains("<title id=\"chart-x-title\">T &lt;b&gt;</title>"));
        assert!(c.svg.contains(">3</text>"));
        assert!(c.svg.contains(">0</text>"));
    }

    #[test]
    fn long_labels_wrap() {
        let lines = wrap("Social- og Sundhedsforvaltningen, Ældre og Handicap", 120);
        assert!(lines.len() > 1, "{lines:?}");
    }

    #[test]
    fn deterministic() {
        let bars = [Bar {
            label: "A".into(),
            value: 2,
        }];
        assert_eq!(
            bar_chart("a", "t", "d", &bars),
            bar_chart("a", "t", "d", &bars)
        );
    }
}
