//! `symptext index`: notes (extracted by the engine) and coded data into a search index.

use std::fs::File;
use std::io::BufWriter;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Instant;

use anyhow::{bail, Context};
use symptext::index::{CodedReader, CodedRecord, IndexSink, NoteIndex};
use symptext::pipeline::{self, RejectCsv, RejectSink, RunOptions};
use symptext::source::{InputFormat, ReadOptions, Record, Reject};

use crate::common::EngineArgs;
use crate::extract::{open_inputs, Format};

/// Build or update a search index of notes, their symptom mentions and the patients' coded data.
///
/// Each note is extracted as `extract` does; its text is indexed in its language's field (stemmed,
/// accents folded) and its mentions by concept and status. A note indexed again replaces the earlier
/// one (same note_id). Commits are atomic: a run that is killed leaves the index as it was at its last
/// commit. Rows that cannot be processed go to the rejects report (file,line,note_id,field,reason).
#[derive(clap::Args, Debug)]
#[command(after_help = "Examples:
  symptext index corpus-sample/notes.csv --index notes.idx
  symptext index more_notes.csv --index notes.idx --coded condition_occurrence.csv --coded observation.csv
  symptext index --index notes.idx --delete 17,42
  symptext index big.csv --index notes.idx --commit-every 100000")]
pub struct Args {
    /// NOTE files (CSV/TSV, as for `extract`); `-` reads standard input.
    #[arg(value_name = "NOTES")]
    inputs: Vec<String>,
    /// The index directory (created when missing).
    #[arg(long, value_name = "DIR")]
    index: PathBuf,
    /// OMOP CONDITION_OCCURRENCE or OBSERVATION files (CSV/TSV): person_id, the *_concept_id and the
    /// start or observation date of each coded row. Repeatable.
    #[arg(long, value_name = "FILE")]
    coded: Vec<PathBuf>,
    /// Commit every N notes (default: once, at the end).
    #[arg(long, value_name = "N")]
    commit_every: Option<u64>,
    /// Delete these note ids (comma-separated; repeatable), before indexing the inputs.
    #[arg(long, value_name = "IDS", value_delimiter = ',')]
    delete: Vec<i64>,
    /// Input format (default: from the file name; CSV for standard input).
    #[arg(long, value_enum)]
    format: Option<Format>,
    /// Rejects report (CSV). Default: DIR.rejects.csv beside the index, written only when a row is rejected.
    #[arg(long, value_name = "FILE")]
    rejects: Option<PathBuf>,
    /// Worker threads for extraction and indexing (default: all cores).
    #[arg(long, value_name = "N")]
    threads: Option<usize>,
    /// Indexing memory budget in MB.
    #[arg(long, value_name = "MB", default_value_t = 256)]
    memory: usize,
    /// Notes whose text is longer than this many bytes are rejected.
    #[arg(long, value_name = "BYTES", default_value_t = 1 << 20)]
    max_note_bytes: usize,
    /// No summary line.
    /// Continue an interrupted run (Ctrl-C, a killed process): notes already in the index at its last
    /// commit are skipped, the others indexed, so every note ends up in the index exactly once.
    #[arg(long)]
    resume: bool,
    #[arg(short, long)]
    quiet: bool,
    #[command(flatten)]
    engine: EngineArgs,
}

/// A rejects report created at the first reject.
struct Rejects {
    path: PathBuf,
    inner: Option<RejectCsv<BufWriter<File>>>,
    count: u64,
}

impl RejectSink for Rejects {
    fn reject(&mut self, r: &Reject) -> symptext::Result<()> {
        self.count += 1;
        if self.inner.is_none() {
            let f = File::create(&self.path).map_err(|e| symptext::Error::Write { what: self.path.display().to_string(), source: e })?;
            self.inner = Some(RejectCsv::new(BufWriter::new(f), &self.path.display().to_string())?);
        }
        match self.inner.as_mut() {
            Some(w) => w.reject(r),
            None => Ok(()),
        }
    }
    fn finish(&mut self) -> symptext::Result<()> {
        match self.inner.as_mut() {
            Some(w) => w.finish(),
            None => Ok(()),
        }
    }
}

pub fn run(a: Args) -> anyhow::Result<i32> {
    if a.inputs.is_empty() && a.coded.is_empty() && a.delete.is_empty() {
        bail!("nothing to do: give NOTES, --coded FILE or --delete IDS");
    }
    if a.commit_every == Some(0) {
        bail!("--commit-every must be at least 1");
    }
    let threads = a.threads.unwrap_or_else(|| std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1));
    if threads == 0 {
        bail!("--threads must be at least 1");
    }
    let engine = a.engine.build()?;
    let index = NoteIndex::open_or_create(&a.index)?;
    let mut writer = index.writer(a.memory.saturating_mul(1 << 20), threads)?;
    let rejects_path = a.rejects.clone().unwrap_or_else(|| PathBuf::from(format!("{}.rejects.csv", a.index.display())));
    let mut rejects = Rejects { path: rejects_path.clone(), inner: None, count: 0 };
    let started = Instant::now();
    for &id in &a.delete {
        writer.delete_note(id);
    }
    let mut coded_rows = 0u64;
    for path in &a.coded {
        let name = path.display().to_string();
        let f = File::open(path).with_context(|| format!("{name}: cannot open"))?;
        let fmt = InputFormat::from_path(&name);
        for rec in CodedReader::new(std::io::BufReader::new(f), &name, fmt)? {
            match rec? {
                CodedRecord::Row(r) => {
                    writer.add_coded(r.person_id, r.concept_id, r.date)?;
                    coded_rows += 1;
                }
                CodedRecord::Reject(r) => rejects.reject(&r)?,
            }
        }
    }
    let mut summary = pipeline::Summary::default();
    let skipped = Arc::new(AtomicU64::new(0));
    if !a.inputs.is_empty() {
        let mut source = open_inputs(&a.inputs, a.format, ReadOptions { max_note_bytes: a.max_note_bytes }, true)?;
        if a.resume {
            let done = index.note_ids()?;
            let count = Arc::clone(&skipped);
            source = Box::new(source.filter(move |r| match r {
                Ok(Record::Note { note, .. }) if done.contains(&note.note_id) => {
                    count.fetch_add(1, Ordering::Relaxed);
                    false
                }
                _ => true,
            }));
        }
        // Ctrl-C: the first SIGINT stops the run after the current batch, which is committed; a second
        // one exits at once (130), leaving the index at its last commit.
        let stop = Arc::new(AtomicBool::new(false));
        signal_hook::flag::register_conditional_shutdown(signal_hook::consts::SIGINT, 130, Arc::clone(&stop))
            .context("installing the Ctrl-C handler")?;
        signal_hook::flag::register(signal_hook::consts::SIGINT, Arc::clone(&stop)).context("installing the Ctrl-C handler")?;
        let pool = rayon::ThreadPoolBuilder::new().num_threads(threads).build().context("starting worker threads")?;
        let mut sink = IndexSink::new(&mut writer, &engine, a.commit_every.unwrap_or(0));
        let opts = RunOptions { stop: Some(stop), ..RunOptions::default() };
        summary = pool.install(|| pipeline::run(&engine, source, &mut sink, &mut rejects, opts, &()))?;
    } else {
        rejects.finish()?;
    }
    writer.commit()?;
    writer.finish()?;
    let skipped = skipped.load(Ordering::Relaxed);
    if summary.interrupted {
        eprintln!(
            "symptext: interrupted after {} notes ({} processed, {} rejected{}); they are committed to {}; run the same command with --resume to continue",
            summary.read + skipped,
            summary.processed,
            summary.rejected,
            if skipped > 0 { format!(", {skipped} already in the index") } else { String::new() },
            a.index.display()
        );
        return Ok(130);
    }
    let secs = started.elapsed().as_secs_f64();
    if !a.quiet {
        eprintln!(
            "symptext: indexed {} notes ({} read, {} rejected{}; {} mentions), {} coded rows, {} deletes into {} in {:.2} s ({:.0} notes/s){}",
            summary.processed,
            summary.read + skipped,
            summary.rejected,
            if skipped > 0 { format!(", {skipped} already in the index") } else { String::new() },
            summary.mentions,
            coded_rows,
            a.delete.len(),
            a.index.display(),
            secs,
            summary.processed as f64 / secs.max(1e-9),
            if rejects.count > 0 { format!("; {} rejects in {}", rejects.count, rejects_path.display()) } else { String::new() }
        );
    }
    Ok(if rejects.count > 0 { 3 } else { 0 })
}
