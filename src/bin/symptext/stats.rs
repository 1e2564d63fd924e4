//! `symptext stats`: what an index holds.

use std::path::PathBuf;

use anyhow::Context;
use symptext::index::NoteIndex;
use symptext::Engine;

/// Notes, persons, date range, languages, coded rows, and the concepts mentioned in the most notes,
/// per status.
#[derive(clap::Args, Debug)]
#[command(after_help = "Examples:\n  symptext stats --index notes.idx\n  symptext stats --index notes.idx --top 20")]
pub struct Args {
    /// The index directory.
    #[arg(long, value_name = "DIR")]
    index: PathBuf,
    /// Concepts shown per status.
    #[arg(long, value_name = "N", default_value_t = 10)]
    top: usize,
}

pub fn run(a: Args) -> anyhow::Result<i32> {
    let index = NoteIndex::open(&a.index)?;
    let engine = Engine::new().context("loading lexicons")?;
    let st = index.stats(a.top, Some(engine.concepts()))?;
    let date = |d: Option<chrono::NaiveDate>| d.map(|d| d.to_string()).unwrap_or_else(|| "-".into());
    println!("index      {}", a.index.display());
    println!("notes      {}", st.notes);
    println!("persons    {}", st.persons);
    println!("dates      {} .. {}", date(st.first_date), date(st.last_date));
    let langs: Vec<String> = st.languages.iter().map(|(l, n)| format!("{l} {n}")).collect();
    println!("languages  {}", if langs.is_empty() { "-".to_string() } else { langs.join(", ") });
    println!("coded      {} rows, {} persons", st.coded_rows, st.coded_persons);
    for (status, counts) in &st.top_concepts {
        println!("top {}:", status.name());
        for c in counts {
            println!("  {:>8}  {:<10} {}", c.notes, c.concept_id, c.name.as_deref().unwrap_or(""));
        }
    }
    Ok(0)
}
