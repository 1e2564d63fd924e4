//! Generate the inputs of a `symptext export` benchmark: NOTE_NLP rows (in the layout `symptext extract`
//! writes), the notes they come from, a cohort with two groups, and CONDITION_OCCURRENCE / OBSERVATION.
//!
//! `cargo run --release --example gen_export -- OUT_DIR [NOTE_NLP_ROWS] [PERSONS] [SEED]`
//! (defaults: 1,000,000 rows over 100,000 persons). Writes OUT_DIR/{note_nlp,notes,cohort,
//! condition_occurrence,observation}.csv. The same arguments give the same files.
//!
//! Each person has 3 notes (dates from 60 days before to 365 days after the index date); each NOTE_NLP
//! row points at one of them with a concept of the long-COVID set; 70% are affirmed, 18% negated,
//! 5% uncertain, 4% family, 3% conditional. Coded rows: 2 conditions and 0.5 observations per person.

use std::io::{BufWriter, Write};

use chrono::{Duration, NaiveDate};

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        // splitmix64
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

const NOTES_PER_PERSON: u64 = 3;

fn main() -> std::io::Result<()> {
    let args: Vec<String> = std::env::args().collect();
    let Some(dir) = args.get(1) else {
        eprintln!("usage: gen_export OUT_DIR [NOTE_NLP_ROWS] [PERSONS] [SEED]");
        std::process::exit(2);
    };
    let num = |i: usize, d: u64| args.get(i).and_then(|s| s.replace('_', "").parse().ok()).unwrap_or(d);
    let rows = num(2, 1_000_000);
    let persons = num(3, 100_000).max(1);
    let mut rng = Rng(num(4, 42));
    std::fs::create_dir_all(dir)?;
    let create = |name: &str| -> std::io::Result<BufWriter<std::fs::File>> {
        Ok(BufWriter::with_capacity(1 << 20, std::fs::File::create(std::path::Path::new(dir).join(name))?))
    };
    let concepts: Vec<(i64, String)> =
        symptext::export::ConceptSet::long_covid().symptoms().iter().map(|s| (s.concept_id, s.label.to_lowercase())).collect();
    let base = NaiveDate::from_ymd_opt(2020, 3, 1).unwrap_or_default();
    let index: Vec<NaiveDate> = (0..persons).map(|_| base + Duration::days(rng.below(540) as i64)).collect();

    let mut cohort = create("cohort.csv")?;
    writeln!(cohort, "person_id,index_date,group")?;
    for (p, d) in index.iter().enumerate() {
        writeln!(cohort, "{},{},{}", p + 1, d.format("%Y-%m-%d"), if p % 2 == 0 { "infected" } else { "control" })?;
    }
    cohort.flush()?;

    let mut notes = create("notes.csv")?;
    writeln!(notes, "note_id,person_id,note_date,note_title,language,note_text")?;
    for p in 0..persons {
        for k in 0..NOTES_PER_PERSON {
            let d = index[p as usize] + Duration::days(rng.below(426) as i64 - 60);
            let id = p * NOTES_PER_PERSON + k + 1;
            writeln!(
                notes,
                "{id},{},{},Consultation,en,\"Tel consult. c/o cough and fatigue; nil fever. Plan: review 2/52.\"",
                p + 1,
                d.format("%Y-%m-%d")
            )?;
        }
    }
    notes.flush()?;

    let mut nlp = create("note_nlp.csv")?;
    writeln!(
        nlp,
        "note_nlp_id,note_id,section_concept_id,snippet,offset,lexical_variant,note_nlp_concept_id,note_nlp_source_concept_id,nlp_system,nlp_date,nlp_datetime,term_exists,term_temporal,term_modifiers"
    )?;
    let n_notes = persons * NOTES_PER_PERSON;
    for i in 0..rows {
        let note = rng.below(n_notes) + 1;
        let (concept, name) = &concepts[rng.below(concepts.len() as u64) as usize];
        let r = rng.below(100);
        let (exists, mods) = match r {
            0..=69 => ("Y", "negation=false;subject=patient;conditional=false;rule_out=false;uncertain=false"),
            70..=87 => ("N", "negation=true;subject=patient;conditional=false;rule_out=false;uncertain=false;trigger=nil"),
            88..=92 => ("N", "negation=false;subject=patient;conditional=false;rule_out=false;uncertain=true;trigger=?"),
            93..=96 => ("N", "negation=false;subject=family;conditional=false;rule_out=false;uncertain=false;trigger=mother"),
            _ => ("N", "negation=false;subject=patient;conditional=true;rule_out=false;uncertain=false;trigger=if"),
        };
        writeln!(
            nlp,
            "{},{note},0,c/o {name} since covid infection 3/12 ago,4,{name},{concept},0,symptext 0.1.0 lex:0123abcd,2024-01-01,2024-01-01 00:00:00,{exists},present,{mods}",
            (note << 16) | (i & 0xFFFF)
        )?;
    }
    nlp.flush()?;

    let mut cond = create("condition_occurrence.csv")?;
    writeln!(
        cond,
        "condition_occurrence_id,person_id,condition_concept_id,condition_start_date,condition_type_concept_id,condition_source_concept_id"
    )?;
    for i in 0..persons * 2 {
        let p = rng.below(persons);
        let d = index[p as usize] + Duration::days(rng.below(426) as i64 - 60);
        let concept = concepts[rng.below(concepts.len() as u64) as usize].0;
        writeln!(cond, "{},{},{concept},{},32817,0", i + 1, p + 1, d.format("%Y-%m-%d"))?;
    }
    cond.flush()?;

    let mut obs = create("observation.csv")?;
    writeln!(
        obs,
        "observation_id,person_id,observation_concept_id,observation_date,observation_type_concept_id,observation_source_concept_id"
    )?;
    for i in 0..persons / 2 {
        let p = rng.below(persons);
        let d = index[p as usize] + Duration::days(rng.below(426) as i64 - 60);
        let concept = concepts[rng.below(concepts.len() as u64) as usize].0;
        writeln!(obs, "{},{},{concept},{},32817,0", i + 1, p + 1, d.format("%Y-%m-%d"))?;
    }
    obs.flush()?;
    eprintln!(
        "gen_export: {rows} NOTE_NLP rows, {n_notes} notes, {persons} persons, {} conditions, {} observations in {dir}",
        persons * 2,
        persons / 2
    );
    Ok(())
}
