//! Search latency over a fixed list of queries, for `bench/search.py`.
//!
//! `cargo run --release --example bench_search -- INDEX [ROUNDS]`
//! Opens the index once, runs each query ROUNDS times (default 20, after one warm-up round) through the
//! library API (limit 20, snippets made), and prints p50/p99 per class (text, filtered, all) and the
//! hit count of each query, so a run can be checked against another.

use std::time::Instant;

use symptext::index::{NoteIndex, SearchQuery};
use symptext::{Lang, Status};

const COUGH: i64 = 254761;
const DYSPNOEA: i64 = 312437;
const FEVER: i64 = 437663;
const HEADACHE: i64 = 378253;
const FATIGUE: i64 = 4223659;
const CHEST_PAIN: i64 = 77670;
const ANOSMIA: i64 = 4185711;
const PALPITATIONS: i64 = 315078;

fn d(s: &str) -> Option<chrono::NaiveDate> {
    chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()
}

fn queries() -> Vec<(&'static str, SearchQuery)> {
    let text = |t: &str| SearchQuery { text: Some(t.to_string()), limit: 20, ..Default::default() };
    let concept = |c: i64, s: &[Status]| SearchQuery { concepts: vec![vec![c]], statuses: s.to_vec(), limit: 20, ..Default::default() };
    let mut v: Vec<(&'static str, SearchQuery)> = Vec::new();
    for t in [
        "cough",
        "fever",
        "headache",
        "\"chest pain\"",
        "\"sore throat\"",
        "\"loss of smell\"",
        "breathlessness",
        "coughing sputum",
        "palpitations OR lightheadedness",
        "fatigue -covid",
        "\"brain fog\"",
        "rash forearms",
        "nausea vomiting",
        "cogh~1",
        "hedache~1",
        "dysuria frequency",
        "\"back pain\" leg",
        "anxiety mood",
        "wheeze",
        "insomnia OR \"not sleeping\"",
    ] {
        v.push(("text", text(t)));
    }
    for c in [COUGH, DYSPNOEA, FEVER, HEADACHE, FATIGUE, CHEST_PAIN, ANOSMIA, PALPITATIONS] {
        v.push(("filtered", concept(c, &[Status::Affirmed])));
        v.push(("filtered", concept(c, &[Status::Negated])));
    }
    for c in [COUGH, DYSPNOEA, FEVER, FATIGUE] {
        v.push(("filtered", SearchQuery { from: d("2021-03-01"), to: d("2021-12-31"), ..concept(c, &[Status::Affirmed]) }));
        v.push(("filtered", SearchQuery { coded: Some(false), ..concept(c, &[Status::Affirmed]) }));
        v.push(("filtered", SearchQuery { coded: Some(true), coded_within: Some(30), ..concept(c, &[]) }));
    }
    for p in [17, 1234, 99_999, 150_000] {
        v.push(("filtered", SearchQuery { person: Some(p), limit: 20, ..Default::default() }));
    }
    v.push(("filtered", SearchQuery { lang: Some(Lang::En), from: d("2022-01-01"), to: d("2022-01-31"), limit: 20, ..Default::default() }));
    v.push(("filtered", SearchQuery { statuses: vec![Status::Family], limit: 20, ..Default::default() }));
    v.push(("filtered", SearchQuery { text: Some("\"chest pain\"".into()), ..concept(CHEST_PAIN, &[Status::Negated]) }));
    v.push(("filtered", SearchQuery { text: Some("night".into()), from: d("2020-06-01"), ..concept(COUGH, &[Status::Affirmed]) }));
    v.push((
        "filtered",
        SearchQuery { concepts: vec![vec![COUGH], vec![FEVER]], statuses: vec![Status::Affirmed], limit: 20, ..Default::default() },
    ));
    v
}

fn pct(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i.min(sorted.len() - 1)]
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let dir = args.get(1).ok_or("usage: bench_search INDEX [ROUNDS]")?;
    let rounds: usize = args.get(2).map(|s| s.parse()).transpose()?.unwrap_or(20);
    let index = NoteIndex::open(dir)?;
    let qs = queries();
    let mut times: Vec<(&str, f64)> = Vec::new();
    let mut worst: Vec<(f64, usize)> = vec![(0.0, 0); qs.len()];
    let mut counts = Vec::new();
    for round in 0..=rounds {
        for (qi, (class, q)) in qs.iter().enumerate() {
            let t = Instant::now();
            let res = index.search(q)?;
            let snippets: usize = res.hits.iter().map(|h| h.snippet(160).text.len()).sum();
            let ms = t.elapsed().as_secs_f64() * 1e3;
            std::hint::black_box(snippets);
            if round == 0 {
                counts.push(res.total);
            } else {
                times.push((class, ms));
                worst[qi] = (worst[qi].0.max(ms), qi);
            }
        }
    }
    println!(
        "queries: {} ({} text, {} filtered), {rounds} rounds",
        qs.len(),
        qs.iter().filter(|q| q.0 == "text").count(),
        qs.iter().filter(|q| q.0 == "filtered").count()
    );
    for class in ["text", "filtered", "all"] {
        let mut v: Vec<f64> = times.iter().filter(|t| class == "all" || t.0 == class).map(|t| t.1).collect();
        v.sort_by(f64::total_cmp);
        println!("{class:>8}: p50 {:.2} ms  p99 {:.2} ms  max {:.2} ms", pct(&v, 0.5), pct(&v, 0.99), v.last().copied().unwrap_or(0.0));
    }
    println!("hits per query: {counts:?}");
    worst.sort_by(|a, b| b.0.total_cmp(&a.0));
    for (ms, qi) in worst.iter().take(3) {
        println!("slowest: query {qi} ({}), {ms:.2} ms: {:?}", qs[*qi].0, qs[*qi].1);
    }
    Ok(())
}
