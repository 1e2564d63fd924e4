//! The prevalence chart (hand-written SVG) and the self-contained HTML report.
//!
//! One panel per group, side by side, on the same scale; one row per symptom found in anyone, sorted by
//! overall prevalence. Each bar is the share of the group's persons with the symptom, stacked as coded
//! only | both | text only, with its value written at the end, so nothing depends on tooltips. Every bar
//! segment carries `data-symptom`, `data-group`, `data-part`, `data-persons` and `data-group-persons`;
//! each panel carries `data-axis-max` (percent at the right edge) and `data-plot-width`, so a test can
//! check widths against the summary.

use std::fmt::Write;

use super::{SummaryRow, Tables};

/// Geometry of the chart, in SVG user units.
#[derive(Debug, Clone, Copy)]
pub struct ChartLayout {
    pub label_width: f64,
    pub plot_width: f64,
    pub panel_gap: f64,
    pub row_height: f64,
    pub bar_height: f64,
    pub top: f64,
}

impl Default for ChartLayout {
    fn default() -> Self {
        ChartLayout { label_width: 210.0, plot_width: 360.0, panel_gap: 110.0, row_height: 22.0, bar_height: 14.0, top: 112.0 }
    }
}

/// Segment order and colours (Okabe-Ito, safe for colour blindness).
const PARTS: [(&str, &str, &str); 3] = [
    ("coded_only", "#0072B2", "coded only"),
    ("both", "#009E73", "both: coded and in the text"),
    ("text_only", "#E69F00", "text only: not coded"),
];

pub(crate) fn esc(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => o.push_str("&amp;"),
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            '"' => o.push_str("&quot;"),
            '\'' => o.push_str("&#39;"),
            c => o.push(c),
        }
    }
    o
}

/// Symptoms found in anyone, by overall prevalence (persons over all groups), then concept-set order.
fn chart_rows(t: &Tables) -> Vec<u32> {
    let ng = t.groups.len().max(1);
    let mut rows: Vec<(u64, u32)> = t
        .symptoms
        .iter()
        .enumerate()
        .map(|(s, _)| (t.summary.iter().skip(s * ng).take(ng).map(|r| r.persons).sum::<u64>(), s as u32))
        .filter(|&(n, _)| n > 0)
        .collect();
    rows.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    rows.into_iter().map(|(_, s)| s).collect()
}

fn summary_of(t: &Tables, symptom: u32, group: usize) -> Option<&SummaryRow> {
    t.summary.get(symptom as usize * t.groups.len() + group)
}

/// Axis maximum (percent) and tick step: a round step giving at most 5 intervals.
fn axis(max_pct: f64) -> (f64, f64) {
    if max_pct <= 0.0 {
        return (10.0, 2.0);
    }
    let step = [0.1, 0.2, 0.5, 1.0, 2.0, 5.0, 10.0, 20.0, 25.0, 50.0].into_iter().find(|&s| max_pct / s <= 5.0).unwrap_or(50.0);
    let max = (step * (max_pct / step - 1e-9).ceil()).min(100.0).max(step);
    (max, step)
}

fn pct(x: f64) -> String {
    if x.fract().abs() < 1e-9 {
        format!("{x:.0}%")
    } else {
        format!("{x:.1}%")
    }
}

/// The chart as an SVG document.
pub fn chart_svg(t: &Tables) -> String {
    let l = ChartLayout::default();
    let rows = chart_rows(t);
    let ng = t.groups.len();
    let max_pct = t.summary.iter().filter_map(|r| r.prevalence()).fold(0.0f64, f64::max) * 100.0;
    let (axis_max, step) = axis(max_pct);
    let plot_h = (rows.len().max(1) as f64) * l.row_height;
    let width = l.label_width + ng as f64 * (l.plot_width + l.panel_gap) + 10.0;
    let height = l.top + plot_h + 56.0;
    let bottom = l.top + plot_h;
    let mut s = String::new();
    let _ = writeln!(
        s,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{width:.0}" height="{height:.0}" viewBox="0 0 {width:.0} {height:.0}" font-family="DejaVu Sans, Arial, sans-serif" font-size="12" role="img" aria-labelledby="chart-title">"#
    );
    let _ = writeln!(s, r##"<rect x="0" y="0" width="{width:.0}" height="{height:.0}" fill="#ffffff"/>"##);
    let _ = writeln!(
        s,
        r##"<text id="chart-title" x="16" y="26" font-size="16" font-weight="bold" fill="#111111">Persons with each symptom in the window, by where it was recorded</text>"##
    );
    // Legend.
    let mut x = 16.0;
    for (_, colour, label) in PARTS {
        let _ = writeln!(s, r##"<rect class="legend" x="{x:.0}" y="42" width="14" height="14" fill="{colour}"/>"##);
        let _ = writeln!(s, r##"<text x="{:.0}" y="54" fill="#111111">{}</text>"##, x + 20.0, esc(label));
        x += 30.0 + label.len() as f64 * 7.0;
    }
    if rows.is_empty() {
        let _ = writeln!(
            s,
            r##"<text x="16" y="{:.0}" fill="#111111">No symptom of the concept set was found in anyone in the window.</text>"##,
            l.top + 14.0
        );
    }
    // Symptom labels.
    for (i, &sym) in rows.iter().enumerate() {
        let y = l.top + i as f64 * l.row_height + l.row_height / 2.0 + 4.0;
        let label = t.symptoms.get(sym as usize).map(|x| x.label.as_str()).unwrap_or("");
        let _ = writeln!(s, r##"<text x="{:.0}" y="{y:.1}" text-anchor="end" fill="#111111">{}</text>"##, l.label_width - 10.0, esc(label));
    }
    for (g, group) in t.groups.iter().enumerate() {
        let x0 = l.label_width + g as f64 * (l.plot_width + l.panel_gap);
        let n = t.persons.iter().filter(|p| p.1 == g as u32).count();
        let _ = writeln!(
            s,
            r#"<g class="panel" data-group="{}" data-axis-max="{axis_max}" data-plot-width="{}" data-x0="{x0}">"#,
            esc(group),
            l.plot_width
        );
        let _ = writeln!(
            s,
            r##"<text x="{x0:.0}" y="{:.0}" font-size="13" font-weight="bold" fill="#111111">{} (n = {n})</text>"##,
            l.top - 16.0,
            esc(group)
        );
        // Grid, ticks and tick labels.
        let mut k = 0.0;
        while k <= axis_max + 1e-9 {
            let x = x0 + k / axis_max * l.plot_width;
            let _ = writeln!(s, r##"<line x1="{x:.2}" y1="{:.0}" x2="{x:.2}" y2="{bottom:.0}" stroke="#dddddd"/>"##, l.top - 4.0);
            let _ = writeln!(s, r##"<line x1="{x:.2}" y1="{bottom:.0}" x2="{x:.2}" y2="{:.0}" stroke="#333333"/>"##, bottom + 5.0);
            let _ = writeln!(s, r##"<text x="{x:.2}" y="{:.0}" text-anchor="middle" fill="#333333">{}</text>"##, bottom + 18.0, pct(k));
            k += step;
        }
        let _ = writeln!(
            s,
            r##"<line class="axis" x1="{x0:.0}" y1="{bottom:.0}" x2="{:.0}" y2="{bottom:.0}" stroke="#333333"/>"##,
            x0 + l.plot_width
        );
        let _ = writeln!(
            s,
            r##"<text x="{:.0}" y="{:.0}" text-anchor="middle" fill="#333333">% of the {} persons in {}</text>"##,
            x0 + l.plot_width / 2.0,
            bottom + 38.0,
            n,
            esc(group)
        );
        // Bars.
        for (i, &sym) in rows.iter().enumerate() {
            let Some(r) = summary_of(t, sym, g) else { continue };
            let name = t.symptoms.get(sym as usize).map(|x| x.name.as_str()).unwrap_or("");
            let y = l.top + i as f64 * l.row_height + (l.row_height - l.bar_height) / 2.0;
            let mut x = x0;
            for (part, colour, label) in PARTS {
                let count = match part {
                    "coded_only" => r.coded_only,
                    "both" => r.both,
                    _ => r.text_only,
                };
                let w = if r.group_persons > 0 { count as f64 / r.group_persons as f64 * 100.0 / axis_max * l.plot_width } else { 0.0 };
                let _ = writeln!(
                    s,
                    r#"<rect class="bar" data-symptom="{}" data-group="{}" data-part="{part}" data-persons="{count}" data-group-persons="{}" x="{x:.2}" y="{y:.1}" width="{w:.2}" height="{}" fill="{colour}"><title>{}, {}: {label}: {count}</title></rect>"#,
                    esc(name),
                    esc(group),
                    r.group_persons,
                    l.bar_height,
                    esc(name),
                    esc(group)
                );
                x += w;
            }
            let value = match r.prevalence() {
                Some(p) => format!("{:.1}% ({})", p * 100.0, r.persons),
                None => "-".to_string(),
            };
            let _ = writeln!(s, r##"<text x="{:.2}" y="{:.1}" fill="#111111">{value}</text>"##, x + 4.0, y + l.bar_height - 3.0);
        }
        s.push_str("</g>\n");
    }
    s.push_str("</svg>\n");
    s
}

/// A self-contained HTML page: the run parameters, the chart inline and the summary table.
pub fn report_html(t: &Tables, parameters: &[(String, String)], svg: &str) -> String {
    let mut h = String::new();
    h.push_str(
        r#"<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>symptext export report</title>
<style>
body { font-family: "DejaVu Sans", Arial, sans-serif; margin: 24px; color: #111; background: #fff; }
h1 { font-size: 22px; } h2 { font-size: 17px; margin-top: 28px; }
table { border-collapse: collapse; font-size: 13px; }
th, td { border: 1px solid #ccc; padding: 3px 8px; text-align: left; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
th { background: #f2f2f2; }
.chart { overflow-x: auto; }
</style>
</head>
<body>
<h1>Symptoms in free text and coded data</h1>
"#,
    );
    let (text_only, all): (u64, u64) = t.summary.iter().fold((0, 0), |(a, b), r| (a + r.text_only, b + r.persons));
    if all > 0 {
        let _ = writeln!(
            h,
            "<p>{} person-symptom records in the window; {} ({:.1}%) were found only in the free text, never coded.</p>",
            all,
            text_only,
            text_only as f64 / all as f64 * 100.0
        );
    }
    h.push_str("<h2>Run parameters</h2>\n<table>\n");
    for (k, v) in parameters {
        let _ = writeln!(h, "<tr><th>{}</th><td>{}</td></tr>", esc(k), esc(v));
    }
    let c = &t.counts;
    for (k, v) in [
        ("persons in the study", t.persons.len() as u64),
        ("notes read", c.notes_read),
        ("NOTE_NLP rows read", c.note_nlp_read),
        ("NOTE_NLP rows counted", c.note_nlp_counted),
        ("NOTE_NLP rows left out: status (negated, uncertain, family, conditional)", c.note_nlp_status_excluded),
        ("NOTE_NLP rows left out: concept not in the set", c.note_nlp_not_in_set),
        ("NOTE_NLP rows left out: person not in the cohort", c.note_nlp_not_in_cohort),
        ("NOTE_NLP rows left out: outside the window", c.note_nlp_outside_window),
        ("coded rows read", c.coded_read),
        ("coded rows counted", c.coded_counted),
        ("rows rejected (see the rejects report)", c.rejected),
    ] {
        let _ = writeln!(h, "<tr><th>{}</th><td class=\"n\">{v}</td></tr>", esc(k));
    }
    h.push_str("</table>\n<h2>Prevalence by source</h2>\n<div class=\"chart\">\n");
    h.push_str(svg);
    h.push_str("</div>\n<h2>Summary</h2>\n");
    let rows = chart_rows(t);
    let none = t.symptoms.len() - rows.len();
    if none > 0 {
        let _ = writeln!(h, "<p>{none} of the {} symptoms of the concept set were found in no one; they are left out below and in the chart (they are in the summary table file).</p>", t.symptoms.len());
    }
    h.push_str("<table>\n<tr><th>symptom</th><th>concept_id</th><th>group</th><th>persons</th><th>of</th><th>prevalence</th><th>text only</th><th>coded only</th><th>both</th><th>share found only in text</th></tr>\n");
    for &sym in &rows {
        let Some(s) = t.symptoms.get(sym as usize) else { continue };
        for (g, group) in t.groups.iter().enumerate() {
            let Some(r) = summary_of(t, sym, g) else { continue };
            let p = |x: Option<f64>| x.map(|x| format!("{:.1}%", x * 100.0)).unwrap_or_else(|| "-".into());
            let _ = writeln!(
                h,
                "<tr><td>{}</td><td class=\"n\">{}</td><td>{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td></tr>",
                esc(&s.label),
                s.concept_id,
                esc(group),
                r.persons,
                r.group_persons,
                p(r.prevalence()),
                r.text_only,
                r.coded_only,
                r.both,
                p(r.share_text_only())
            );
        }
    }
    h.push_str("</table>\n</body>\n</html>\n");
    h
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn axis_steps_are_round() {
        assert_eq!(axis(0.0), (10.0, 2.0));
        assert_eq!(axis(37.0), (40.0, 10.0));
        assert_eq!(axis(50.0), (50.0, 10.0));
        assert_eq!(axis(100.0), (100.0, 20.0));
        assert_eq!(axis(3.3), (4.0, 1.0));
        assert_eq!(esc("a<b & \"c\""), "a&lt;b &amp; &quot;c&quot;");
    }
}
