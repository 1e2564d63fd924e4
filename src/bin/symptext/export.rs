//! `symptext export`: person-by-symptom study tables from NOTE_NLP and coded data.

use std::path::PathBuf;
use std::time::Instant;

use symptext::export::{self, ExportConfig, Include, TableFormat, Window};

#[derive(clap::ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Csv,
    Parquet,
}

/// Mentions with term_exists = N that may count as well.
#[derive(clap::ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum Widen {
    /// Negated mentions (`nil fever`, `denies cough`).
    Negated,
    /// Uncertain and rule-out mentions (`? anosmia`, `r/o PE`).
    Uncertain,
}

/// Person-by-symptom tables over a cohort and a time window, free text beside coded data.
///
/// Reads NOTE_NLP as `symptext extract` writes it (columns by name: note_id, note_nlp_concept_id,
/// term_exists, term_modifiers), the notes (note_id, person_id, note_date; note_text is skipped), an
/// optional cohort (person_id, index_date, optional group) and OMOP CONDITION_OCCURRENCE / OBSERVATION
/// files. A mention counts when term_exists = Y (--include widens it); family and conditional mentions
/// never count. Writes PREFIX.long.csv, PREFIX.wide.csv, PREFIX.summary.csv (or .parquet),
/// PREFIX.rejects.csv and, with --chart, PREFIX.chart.svg and PREFIX.report.html.
#[derive(clap::Args, Debug)]
#[command(
    after_help = "Examples:\n  symptext export --note-nlp note_nlp.csv --notes notes.csv --cohort cohort.csv --coded condition_occurrence.csv --out study/lc --chart\n  symptext export --note-nlp note_nlp.csv --notes notes.csv --cohort cohort.csv --window 0..365 --include negated --out study/all\n  symptext export --note-nlp note_nlp.csv --notes notes.csv --out everyone --format parquet"
)]
pub struct Args {
    /// NOTE_NLP file (CSV or TSV); repeatable.
    #[arg(long = "note-nlp", value_name = "FILE", required = true)]
    note_nlp: Vec<PathBuf>,
    /// NOTE file giving each note_id its person_id and note_date; repeatable.
    #[arg(long, value_name = "FILE", required = true)]
    notes: Vec<PathBuf>,
    /// Cohort CSV: person_id, index_date, optional group. Without it: every person, every date.
    #[arg(long, value_name = "FILE")]
    cohort: Option<PathBuf>,
    /// Days relative to index_date, both ends inclusive, either end open: 84.. (default), 0..365, ..-1.
    #[arg(long, value_name = "START..END", allow_hyphen_values = true, requires = "cohort")]
    window: Option<Window>,
    /// Count these term_exists = N mentions too (comma-separated).
    #[arg(long, value_enum, value_delimiter = ',', value_name = "STATUS")]
    include: Vec<Widen>,
    /// OMOP CONDITION_OCCURRENCE or OBSERVATION CSV files (told apart by their header).
    #[arg(long, value_name = "FILE", num_args = 1..)]
    coded: Vec<PathBuf>,
    /// Concept set TSV (symptom, concept_id, name); default: the builtin long-COVID set.
    #[arg(long, value_name = "FILE")]
    concept_set: Option<PathBuf>,
    /// Output prefix: PREFIX.long.csv, PREFIX.wide.csv, ...
    #[arg(long, value_name = "PREFIX")]
    out: PathBuf,
    /// Table format.
    #[arg(long, value_enum, default_value = "csv")]
    format: Format,
    /// Also write PREFIX.chart.svg and PREFIX.report.html.
    #[arg(long)]
    chart: bool,
    /// No summary line.
    #[arg(short, long)]
    quiet: bool,
}

pub fn run(a: Args) -> anyhow::Result<i32> {
    let started = Instant::now();
    let cfg = ExportConfig {
        note_nlp: a.note_nlp,
        notes: a.notes,
        cohort: a.cohort,
        window: a.window,
        include: Include { negated: a.include.contains(&Widen::Negated), uncertain: a.include.contains(&Widen::Uncertain) },
        coded: a.coded,
        concept_set: a.concept_set,
        out: a.out,
        format: match a.format {
            Format::Csv => TableFormat::Csv,
            Format::Parquet => TableFormat::Parquet,
        },
        chart: a.chart,
    };
    let report = export::run(&cfg)?;
    let t = &report.tables;
    let c = &t.counts;
    if !a.quiet {
        eprintln!(
            "symptext: {} persons, {} groups; NOTE_NLP: {} rows, {} counted; coded: {} rows, {} counted; {} person-symptom rows; {} rejected{}; {:.2} s",
            t.persons.len(),
            t.groups.len(),
            c.note_nlp_read,
            c.note_nlp_counted,
            c.coded_read,
            c.coded_counted,
            t.long.len(),
            c.rejected,
            if c.rejected > 0 { format!(" (see {})", cfg.output("rejects.csv").display()) } else { String::new() },
            started.elapsed().as_secs_f64()
        );
    }
    Ok(if c.rejected > 0 { 3 } else { 0 })
}
