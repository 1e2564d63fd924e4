//! `symptext extract`: OMOP NOTE in, NOTE_NLP out.
//!
//! Inputs: CSV, TSV, JSON lines (files or standard input) and Parquet files. Outputs: NOTE_NLP as CSV,
//! TSV, JSON lines or Parquet, to a file (through `OUT.partial`, renamed at the end) or to standard
//! output. A file output is checkpointed after every batch (`OUT.checkpoint`) so that an interrupted run
//! (Ctrl-C, or a killed process) continues with `--resume`; see ARCHITECTURE.md, "Resume".

use std::fs::File;
use std::io::{BufReader, BufWriter, IsTerminal, Read, Seek, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;
use std::sync::Arc;
use std::time::Instant;

use anyhow::{bail, Context};
use symptext::pipeline::{self, Checkpointer, Position, Progress, RejectCsv, RunOptions, Shard, Summary};
use symptext::sink::{NoteNlpCsv, NoteNlpJsonl, RunInfo, Sink};
use symptext::source::{CsvNoteReader, InputFormat, JsonlNoteReader, ReadOptions, Record, SeenIds, UniqueIds};

use crate::common::EngineArgs;

#[derive(clap::ValueEnum, Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    Csv,
    Tsv,
    /// JSON lines: one object per line.
    Jsonl,
    Parquet,
}

impl Format {
    /// From a file name: `.parquet`; `.jsonl`, `.ndjson`; `.tsv`, `.tab`; anything else CSV.
    pub fn from_path(path: &str) -> Format {
        let lower = path.to_ascii_lowercase();
        if lower.ends_with(".parquet") || lower.ends_with(".pq") {
            Format::Parquet
        } else if lower.ends_with(".jsonl") || lower.ends_with(".ndjson") {
            Format::Jsonl
        } else if InputFormat::from_path(path) == InputFormat::Tsv {
            Format::Tsv
        } else {
            Format::Csv
        }
    }
}

/// Extract symptom mentions from OMOP NOTE rows into OMOP NOTE_NLP rows.
///
/// Input: CSV or TSV with a header, JSON lines (one object per line), or Parquet; `note_id` and
/// `note_text` required, `person_id`, `note_date`, `language`, `language_concept_id` optional, other
/// columns ignored. Rows that cannot be processed (bad note_id, invalid UTF-8, invalid JSON, text over
/// --max-note-bytes) go to the rejects report with file, line (row for Parquet), field and reason.
///
/// Output: NOTE_NLP as CSV, TSV, JSON lines or Parquet, chosen by the output's extension or
/// --output-format; on standard output it follows the input format unless --output-format says
/// otherwise. Ctrl-C stops after the current batch, leaving complete rows and a checkpoint; `--resume`
/// continues the run.
#[derive(clap::Args, Debug)]
#[command(
    after_help = "Examples:\n  symptext extract notes.csv -o note_nlp.csv\n  symptext extract notes.parquet -o note_nlp.parquet --threads 2\n  symptext extract notes.tsv -o - > note_nlp.csv\n  cat notes.jsonl | symptext extract --format jsonl - -o -      (JSON lines in and out)\n  symptext extract notes.csv -o part-1.parquet --shard 1/4      (one of four batch jobs)\n  symptext extract notes.csv -o note_nlp.csv --resume           (continue after Ctrl-C or a crash)\n  cat notes.csv | symptext extract - -o note_nlp.tsv --threads 2 --nlp-date 2024-01-01"
)]
pub struct Args {
    /// NOTE files (CSV, TSV, JSON lines, Parquet); `-` reads standard input (not Parquet); a
    /// `postgres://` URL reads a table (--table) or a query (--query).
    #[arg(required = true, value_name = "NOTES")]
    inputs: Vec<String>,
    /// NOTE_NLP output (.csv, .tsv, .jsonl or .parquet); `-` writes to standard output; a `postgres://`
    /// URL writes the table --output-table (a rerun replaces the rows of the same notes and nlp_system).
    #[arg(short, long, value_name = "FILE", default_value = "-")]
    output: String,
    /// Input format (default: from the file name; CSV for standard input).
    #[arg(long, value_enum)]
    format: Option<Format>,
    /// Output format (default: from the file name; on standard output, the input's format).
    #[arg(long, value_enum)]
    output_format: Option<Format>,
    /// Rejects report (CSV: file,line,note_id,field,reason). Default: OUTPUT.rejects.csv, or
    /// symptext.rejects.csv in the current directory when writing to standard output (only if any).
    #[arg(long, value_name = "FILE")]
    rejects: Option<PathBuf>,
    /// Worker threads that extract and encode rows (default: all cores); the reader and the writer
    /// are two more threads. The output is the same for any N.
    #[arg(long, value_name = "N")]
    threads: Option<usize>,
    /// Process only shard K of N (0-based): the notes whose FNV-1a hash of the note_id (8 bytes,
    /// little-endian) modulo N is K. Rejects without a readable note_id go to shard 0.
    #[arg(long, value_name = "K/N")]
    shard: Option<String>,
    /// Continue an interrupted run into the same output from its checkpoint (OUTPUT.checkpoint).
    #[arg(long)]
    resume: bool,
    /// Notes whose text is longer than this many bytes are rejected.
    #[arg(long, value_name = "BYTES", default_value_t = 1 << 20)]
    max_note_bytes: usize,
    /// Pin nlp_date/nlp_datetime (`YYYY-MM-DD` or `YYYY-MM-DD HH:MM:SS`) for reproducible output.
    #[arg(long, value_name = "DATE")]
    nlp_date: Option<String>,
    /// No progress bar and no summary line.
    #[arg(short, long)]
    quiet: bool,
    /// Print each rejected row's location, field and reason on stderr as well (never a field's value).
    #[arg(short, long)]
    verbose: bool,
    /// Do not reject rows whose note_id was already seen in the run (the check keeps a compressed bitmap
    /// of the ids: about 1 bit a note for dense ids).
    #[arg(long)]
    allow_duplicate_ids: bool,
    #[command(flatten)]
    engine: EngineArgs,
    #[command(flatten)]
    pg: crate::pg::PgArgs,
}

struct Bar(indicatif::ProgressBar);

impl Progress for Bar {
    fn update(&self, s: &Summary) {
        self.0.set_position(s.bytes);
        self.0.set_message(format!("{} notes, {} mentions", s.processed, s.mentions));
    }
}

fn parse_pinned(s: &str) -> anyhow::Result<chrono::NaiveDateTime> {
    if let Ok(dt) = chrono::NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M:%S") {
        return Ok(dt);
    }
    if let Ok(d) = chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d") {
        return Ok(d.and_hms_opt(0, 0, 0).unwrap_or_default());
    }
    bail!("--nlp-date `{s}`: expected YYYY-MM-DD or YYYY-MM-DD HH:MM:SS")
}

fn parse_shard(s: &str) -> anyhow::Result<Shard> {
    let (k, n) = s.split_once('/').with_context(|| format!("--shard `{s}`: expected K/N, e.g. 0/4"))?;
    let index: u64 = k.trim().parse().with_context(|| format!("--shard `{s}`: K is not a number"))?;
    let count: u64 = n.trim().parse().with_context(|| format!("--shard `{s}`: N is not a number"))?;
    if count == 0 || index >= count {
        bail!("--shard `{s}`: expected 0 <= K < N");
    }
    Ok(Shard { index, count })
}

type Source = Box<dyn Iterator<Item = symptext::Result<Record>> + Send>;

/// The format of one input: the named one, else from the file name (CSV for standard input).
fn input_format(input: &str, format: Option<Format>) -> Format {
    match format {
        Some(f) => f,
        None if input == "-" => Format::Csv,
        None => Format::from_path(input),
    }
}

/// The readers of `inputs`, one after the other; with `unique`, a row whose note_id was already seen
/// (in any of them) is a reject.
#[cfg_attr(not(feature = "index"), allow(dead_code))]
pub(crate) fn open_inputs(inputs: &[String], format: Option<Format>, opts: ReadOptions, unique: bool) -> anyhow::Result<Source> {
    open_inputs_pg(inputs, format, opts, unique, &crate::pg::PgArgs::default())
}

/// [`open_inputs`], with `postgres://` inputs read as `pg` says.
pub(crate) fn open_inputs_pg(
    inputs: &[String],
    format: Option<Format>,
    opts: ReadOptions,
    unique: bool,
    pg: &crate::pg::PgArgs,
) -> anyhow::Result<Source> {
    let mut readers: Vec<Source> = Vec::new();
    let seen = SeenIds::shared();
    let mut stdin_used = false;
    for input in inputs {
        let (reader, name): (Source, String) = if crate::pg::is_url(input) {
            (crate::pg::open_source(input, pg, opts)?, crate::pg::redact(input))
        } else {
            let fmt = input_format(input, format);
            if fmt == Format::Parquet {
                if input == "-" {
                    bail!("Parquet cannot be read from standard input: name the file");
                }
                #[cfg(feature = "parquet")]
                let reader: Source = Box::new(symptext::source::ParquetNoteReader::open(Path::new(input), input, opts)?);
                #[cfg(not(feature = "parquet"))]
                bail!("{input}: this symptext was built without the `parquet` feature");
                #[cfg(feature = "parquet")]
                (reader, input.clone())
            } else {
                let (r, name): (Box<dyn Read + Send>, String) = if input == "-" {
                    if stdin_used {
                        bail!("standard input (-) named twice");
                    }
                    stdin_used = true;
                    (Box::new(std::io::stdin()), "<stdin>".to_string())
                } else {
                    let f = File::open(input).with_context(|| format!("{input}: cannot open"))?;
                    (Box::new(f), input.clone())
                };
                let r = BufReader::with_capacity(1 << 16, r);
                let reader: Source = match fmt {
                    Format::Jsonl => Box::new(JsonlNoteReader::new(r, &name, opts)),
                    Format::Tsv => Box::new(CsvNoteReader::new(r, &name, InputFormat::Tsv, opts)?),
                    _ => Box::new(CsvNoteReader::new(r, &name, InputFormat::Csv, opts)?),
                };
                (reader, name)
            }
        };
        // Duplicate note_ids are rejects whatever the source.
        readers.push(if unique { Box::new(UniqueIds::new(reader, &name, seen.clone())) } else { reader });
    }
    Ok(Box::new(readers.into_iter().flatten()))
}

/// What a checkpoint records: enough to check that a resumed run is the same run over the same input,
/// and where to continue. Written after every committed batch to `OUTPUT.checkpoint` (atomically).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
struct Checkpoint {
    version: u32,
    /// Each input and its size in bytes.
    inputs: Vec<(String, u64)>,
    input_format: Option<Format>,
    output_format: Format,
    shard: Option<(u64, u64)>,
    nlp_system: String,
    /// The run's nlp_datetime (`YYYY-MM-DD HH:MM:SS`): a resumed run writes the same.
    nlp_datetime: String,
    /// Records consumed from the inputs (every shard), and the last one's line (row) and note_id.
    records: u64,
    line: u64,
    note_id: Option<String>,
    /// CSV, TSV, JSON lines: bytes of `OUTPUT.partial` that hold complete rows of those records.
    output_bytes: u64,
    /// Bytes of the rejects report that hold those records' rejects.
    rejects_bytes: u64,
    /// Parquet: whether `OUTPUT.partial` was closed (footer written) after exactly those records.
    parquet_closed: bool,
    /// Running counts: read, processed, rejected, other shards, mentions, text bytes.
    counts: [u64; 6],
}

const CHECKPOINT_VERSION: u32 = 1;

impl Checkpoint {
    fn same_run(&self, other: &Checkpoint) -> bool {
        self.version == other.version
            && self.inputs == other.inputs
            && self.input_format == other.input_format
            && self.output_format == other.output_format
            && self.shard == other.shard
            && self.nlp_system == other.nlp_system
    }

    fn write(&self, path: &Path) -> symptext::Result<()> {
        let tmp = PathBuf::from(format!("{}.tmp", path.display()));
        let werr = |e: std::io::Error| symptext::Error::Write { what: path.display().to_string(), source: e };
        let json = serde_json::to_vec_pretty(self).map_err(|e| werr(std::io::Error::other(e)))?;
        std::fs::write(&tmp, json).map_err(werr)?;
        std::fs::rename(&tmp, path).map_err(werr)
    }
}

/// Writes a checkpoint after every committed batch.
struct Checkpoints {
    path: PathBuf,
    partial: PathBuf,
    rejects: PathBuf,
    /// The state at the start of this run (the resumed checkpoint, or zero).
    base: Checkpoint,
    last: Checkpoint,
}

impl Checkpoints {
    fn state(&self, s: &Summary, at: &Position) -> Checkpoint {
        let mut c = self.base.clone();
        if at.records > 0 {
            c.records += at.records;
            c.line = at.line;
            c.note_id = at.note_id.clone();
        }
        for (v, d) in c.counts.iter_mut().zip([s.read, s.processed, s.rejected, s.other_shards, s.mentions, s.text_bytes]) {
            *v += d;
        }
        c
    }
}

impl Checkpointer for Checkpoints {
    fn committed(&mut self, s: &Summary, at: &Position) -> symptext::Result<()> {
        let mut c = self.state(s, at);
        c.output_bytes = std::fs::metadata(&self.partial).map(|m| m.len()).unwrap_or(0);
        c.rejects_bytes = std::fs::metadata(&self.rejects).map(|m| m.len()).unwrap_or(0);
        c.parquet_closed = false;
        c.write(&self.path)?;
        self.last = c;
        Ok(())
    }
}

/// Skips the records a checkpoint covers, checking that the last one is where the checkpoint says.
struct Skip {
    inner: Source,
    skip: u64,
    line: u64,
    note_id: Option<String>,
}

impl Iterator for Skip {
    type Item = symptext::Result<Record>;

    fn next(&mut self) -> Option<Self::Item> {
        while self.skip > 0 {
            let rec = match self.inner.next() {
                Some(Ok(r)) => r,
                Some(Err(e)) => return Some(Err(e)),
                None => {
                    self.skip = 0;
                    return Some(Err(symptext::Error::Config(
                        "--resume: the input ends before the checkpoint's position: it is not the input of the interrupted run".into(),
                    )));
                }
            };
            self.skip -= 1;
            if self.skip == 0 {
                let (line, id) = match &rec {
                    Record::Note { note, line, .. } => (*line, Some(note.note_id.to_string())),
                    Record::Reject { reject, .. } => (reject.line, reject.note_id.clone()),
                };
                if line != self.line || id != self.note_id {
                    return Some(Err(symptext::Error::Config(format!(
                        "--resume: the input does not match the checkpoint: its last record is line {} note_id {} in the checkpoint, line {line} note_id {} in the input",
                        self.line,
                        self.note_id.as_deref().unwrap_or("(none)"),
                        id.as_deref().unwrap_or("(none)")
                    ))));
                }
            }
        }
        self.inner.next()
    }
}

struct LazyRejects {
    path: PathBuf,
    only_if_any: bool,
    inner: Option<RejectCsv<BufWriter<File>>>,
    verbose: bool,
    /// Resuming: keep this many bytes of the existing report and append.
    keep: Option<u64>,
}

impl LazyRejects {
    fn open(&mut self) -> symptext::Result<&mut RejectCsv<BufWriter<File>>> {
        if self.inner.is_none() {
            let what = self.path.display().to_string();
            let werr = |e: std::io::Error| symptext::Error::Write { what: what.clone(), source: e };
            self.inner = Some(match self.keep {
                Some(keep) if keep > 0 => {
                    let mut f = std::fs::OpenOptions::new().write(true).open(&self.path).map_err(werr)?;
                    f.set_len(keep).map_err(werr)?;
                    f.seek(std::io::SeekFrom::End(0)).map_err(werr)?;
                    RejectCsv::appending(BufWriter::new(f), &what)
                }
                _ => RejectCsv::new(BufWriter::new(File::create(&self.path).map_err(werr)?), &what)?,
            });
        }
        match self.inner.as_mut() {
            Some(r) => Ok(r),
            None => Err(symptext::Error::Config("rejects report not open".into())),
        }
    }
}

impl pipeline::RejectSink for LazyRejects {
    fn reject(&mut self, r: &symptext::source::Reject) -> symptext::Result<()> {
        if self.verbose {
            eprintln!("symptext: rejected {r}");
        }
        self.open()?.reject(r)
    }
    fn finish(&mut self) -> symptext::Result<()> {
        if !self.only_if_any {
            self.open()?;
        }
        match self.inner.as_mut() {
            Some(r) => r.finish(),
            None => Ok(()),
        }
    }
    fn commit(&mut self) -> symptext::Result<()> {
        if !self.only_if_any {
            self.open()?;
        }
        match self.inner.as_mut() {
            Some(r) => r.commit(),
            None => Ok(()),
        }
    }
}

/// The output format: the named one; else from the file name; on standard output the input's.
fn output_format(a: &Args) -> Format {
    match a.output_format {
        Some(f) => f,
        None if a.output == "-" => match a.inputs.first() {
            Some(i) => input_format(i, a.format),
            None => Format::Csv,
        },
        None => Format::from_path(&a.output),
    }
}

type BoxSink = Box<dyn Sink + Send>;

fn make_sink(fmt: Format, out: Box<dyn Write + Send>, run_info: &RunInfo, what: &str, header: bool) -> anyhow::Result<BoxSink> {
    Ok(match fmt {
        Format::Csv | Format::Tsv => Box::new(NoteNlpCsv::with_header(out, run_info, fmt == Format::Tsv, what, header)?),
        Format::Jsonl => Box::new(NoteNlpJsonl::new(out, run_info, what)),
        #[cfg(feature = "parquet")]
        Format::Parquet => Box::new(symptext::sink::NoteNlpParquet::new(out, run_info, what)?),
        #[cfg(not(feature = "parquet"))]
        Format::Parquet => bail!("{what}: this symptext was built without the `parquet` feature"),
    })
}

/// Resuming into Parquet: the closed partial file of the interrupted run is copied into the new one
/// (same rows, same row groups), then the run continues.
#[cfg(feature = "parquet")]
fn copy_parquet(from: &Path, sink: &mut symptext::sink::NoteNlpParquet<Box<dyn Write + Send>>) -> anyhow::Result<u64> {
    use parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder;
    let f = File::open(from).with_context(|| format!("{}: cannot open", from.display()))?;
    let reader = ParquetRecordBatchReaderBuilder::try_new(f)
        .and_then(|b| b.with_batch_size(8192).build())
        .with_context(|| format!("{}: cannot read the interrupted run's rows", from.display()))?;
    let mut rows = 0u64;
    for batch in reader {
        let batch = batch.with_context(|| format!("{}: cannot read the interrupted run's rows", from.display()))?;
        rows += batch.num_rows() as u64;
        sink.write_batch(&batch)?;
    }
    Ok(rows)
}

pub fn run(a: Args) -> anyhow::Result<i32> {
    let engine = a.engine.build()?;
    let threads = a.threads.unwrap_or_else(|| std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1));
    if threads == 0 {
        bail!("--threads must be at least 1");
    }
    let shard = a.shard.as_deref().map(parse_shard).transpose()?;
    let pool = rayon::ThreadPoolBuilder::new().num_threads(threads).build().context("starting worker threads")?;
    let to_stdout = a.output == "-";
    // A PostgreSQL table commits batch by batch; no file, no rename.
    let out_pg = crate::pg::is_url(&a.output);
    // A device or FIFO (`/dev/null`, a named pipe) is written in place; a regular file through a
    // `.partial` file renamed at the end.
    let in_place = !to_stdout && !out_pg && std::fs::metadata(&a.output).is_ok_and(|m| !m.is_file());
    let out_format = output_format(&a);
    let rejects_path = a.rejects.clone().unwrap_or_else(|| {
        if to_stdout || out_pg {
            PathBuf::from("symptext.rejects.csv")
        } else {
            PathBuf::from(format!("{}.rejects.csv", a.output))
        }
    });
    if !to_stdout && !out_pg {
        if let Some(parent) = Path::new(&a.output).parent().filter(|p| !p.as_os_str().is_empty()) {
            if !parent.is_dir() {
                bail!("{}: the output directory {} does not exist", a.output, parent.display());
            }
        }
    }
    // A PostgreSQL output needs no checkpoint: each batch commits whole and a rerun replaces the rows of
    // the notes it covers, so running the same command again (with or without --resume) finishes the table.
    let checkpointed = !to_stdout && !in_place && !out_pg;
    if a.resume && !checkpointed && !out_pg {
        bail!("--resume needs an output file (-o FILE): standard output and devices cannot be continued");
    }
    // Ctrl-C: the first SIGINT sets the stop flag (the run stops after the current batch); a second one
    // exits at once (130), leaving the last checkpoint. Installed before any output is touched.
    let stop = Arc::new(AtomicBool::new(false));
    signal_hook::flag::register_conditional_shutdown(signal_hook::consts::SIGINT, 130, Arc::clone(&stop))
        .context("installing the Ctrl-C handler")?;
    signal_hook::flag::register(signal_hook::consts::SIGINT, Arc::clone(&stop)).context("installing the Ctrl-C handler")?;
    let partial = tmp_path(&a.output);
    let ckpt_path = PathBuf::from(format!("{}.checkpoint", a.output));
    let pinned = a.nlp_date.as_deref().map(parse_pinned).transpose()?;

    // The checkpoint this run would start from, and the one a resumed run must match.
    let mut inputs = Vec::new();
    for i in &a.inputs {
        let size = if i == "-" || crate::pg::is_url(i) { 0 } else { std::fs::metadata(i).map(|m| m.len()).unwrap_or(0) };
        // A URL is kept without its password: the checkpoint is a file on disk.
        inputs.push((crate::pg::redact(i), size));
    }
    let fresh_info = RunInfo::new(&engine, pinned);
    let fresh = Checkpoint {
        version: CHECKPOINT_VERSION,
        inputs,
        input_format: a.format,
        output_format: out_format,
        shard: shard.map(|s| (s.index, s.count)),
        nlp_system: fresh_info.nlp_system.clone(),
        nlp_datetime: fresh_info.nlp_datetime.format("%Y-%m-%d %H:%M:%S").to_string(),
        records: 0,
        line: 0,
        note_id: None,
        output_bytes: 0,
        rejects_bytes: 0,
        parquet_closed: false,
        counts: [0; 6],
    };
    let mut resumed: Option<Checkpoint> = None;
    if a.resume && out_pg && !a.quiet {
        eprintln!("symptext: --resume: a PostgreSQL output needs no checkpoint: this run replaces the rows of every note it reads");
    }
    if a.resume && checkpointed {
        if a.inputs.iter().any(|i| i == "-") {
            bail!("--resume cannot continue standard input: name the input files");
        }
        match std::fs::read(&ckpt_path) {
            Err(_) => eprintln!("symptext: --resume: no checkpoint {}: starting from the first note", ckpt_path.display()),
            Ok(bytes) => {
                let c: Checkpoint =
                    serde_json::from_slice(&bytes).with_context(|| format!("{}: not a symptext checkpoint", ckpt_path.display()))?;
                if !c.same_run(&fresh) {
                    bail!(
                        "--resume: {} was made by another run (other inputs, input sizes, formats, shard or lexicons); remove it to start again",
                        ckpt_path.display()
                    );
                }
                if let Some(p) = pinned {
                    if p.format("%Y-%m-%d %H:%M:%S").to_string() != c.nlp_datetime {
                        bail!("--resume: --nlp-date differs from the interrupted run's ({})", c.nlp_datetime);
                    }
                }
                if !partial.is_file() {
                    bail!("--resume: {} is missing; remove {} to start again", partial.display(), ckpt_path.display());
                }
                if out_format == Format::Parquet && !c.parquet_closed {
                    eprintln!(
                        "symptext: --resume: the partial Parquet output {} was not closed (the run was killed, not stopped): restarting from the first note",
                        partial.display()
                    );
                } else {
                    resumed = Some(c);
                }
            }
        }
    } else if checkpointed && ckpt_path.exists() {
        eprintln!(
            "symptext: note: replacing the checkpoint of an earlier interrupted run ({}); use --resume to continue a run",
            ckpt_path.display()
        );
    }
    let run_info = match &resumed {
        Some(c) => RunInfo {
            nlp_datetime: chrono::NaiveDateTime::parse_from_str(&c.nlp_datetime, "%Y-%m-%d %H:%M:%S")
                .with_context(|| format!("{}: bad nlp_datetime", ckpt_path.display()))?,
            nlp_date: chrono::NaiveDateTime::parse_from_str(&c.nlp_datetime, "%Y-%m-%d %H:%M:%S")
                .map(|d| d.date())
                .unwrap_or(fresh_info.nlp_date),
            nlp_system: fresh_info.nlp_system.clone(),
        },
        None => fresh_info,
    };

    let opts = ReadOptions { max_note_bytes: a.max_note_bytes };
    let mut source = open_inputs_pg(&a.inputs, a.format, opts, !a.allow_duplicate_ids, &a.pg)?;
    if let Some(c) = &resumed {
        source = Box::new(Skip { inner: source, skip: c.records, line: c.line, note_id: c.note_id.clone() });
    }
    let total: u64 =
        a.inputs.iter().filter(|i| *i != "-" && !crate::pg::is_url(i)).filter_map(|i| std::fs::metadata(i).ok()).map(|m| m.len()).sum();
    if let Some(parent) = rejects_path.parent().filter(|p| !p.as_os_str().is_empty()) {
        if !parent.is_dir() {
            bail!("{}: the rejects directory {} does not exist", rejects_path.display(), parent.display());
        }
    }
    let show_progress = !a.quiet && std::io::stderr().is_terminal();
    let bar = if show_progress {
        let pb = indicatif::ProgressBar::new(total);
        pb.set_style(
            indicatif::ProgressStyle::with_template("{spinner} [{elapsed_precise}] {bar:30} {bytes}/{total_bytes} ({bytes_per_sec}) {msg}")
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        );
        Some(Bar(pb))
    } else {
        None
    };
    let progress: &dyn Progress = match &bar {
        Some(b) => b,
        None => &(),
    };
    let mut rejects = LazyRejects {
        path: rejects_path.clone(),
        only_if_any: (to_stdout || out_pg) && a.rejects.is_none(),
        inner: None,
        verbose: a.verbose,
        keep: resumed.as_ref().map(|c| c.rejects_bytes),
    };
    let started = Instant::now();
    let what = if to_stdout { "<stdout>".to_string() } else { crate::pg::redact(&a.output) };
    // Parquet resumes into a new file that first copies the interrupted run's rows.
    let previous = PathBuf::from(format!("{}.previous", partial.display()));
    let mut sink: BoxSink = if out_pg {
        crate::pg::open_sink(&a.output, &a.pg, &run_info)?
    } else {
        let out: Box<dyn Write + Send> = if to_stdout {
            Box::new(BufWriter::with_capacity(1 << 16, std::io::stdout()))
        } else if in_place {
            let f = std::fs::OpenOptions::new()
                .write(true)
                .open(&a.output)
                .with_context(|| format!("{}: cannot open for writing", a.output))?;
            Box::new(BufWriter::with_capacity(1 << 16, f))
        } else if let Some(c) = resumed.as_ref().filter(|_| out_format != Format::Parquet) {
            // Keep the rows the checkpoint covers (a killed run may have written part of a batch more).
            let mut f =
                std::fs::OpenOptions::new().write(true).open(&partial).with_context(|| format!("{}: cannot open", partial.display()))?;
            let len = f.metadata().map(|m| m.len()).unwrap_or(0);
            if len < c.output_bytes {
                bail!("--resume: {} holds {len} bytes, fewer than the {} of the checkpoint", partial.display(), c.output_bytes);
            }
            f.set_len(c.output_bytes).with_context(|| format!("{}: cannot truncate", partial.display()))?;
            f.seek(std::io::SeekFrom::End(0)).with_context(|| format!("{}: cannot seek", partial.display()))?;
            Box::new(BufWriter::with_capacity(1 << 16, f))
        } else {
            if resumed.is_some() {
                if previous.is_file() {
                    // An earlier resume stopped while copying: `previous` is still the closed file the
                    // checkpoint describes, `partial` an unfinished copy.
                    std::fs::remove_file(&partial).with_context(|| format!("{}: cannot remove", partial.display()))?;
                } else {
                    std::fs::rename(&partial, &previous).with_context(|| format!("{}: cannot move aside", partial.display()))?;
                }
            }
            // Write to a temporary file beside the output and rename at the end, so a failed run never
            // leaves a truncated file that looks complete.
            let f = File::create(&partial).with_context(|| format!("{}: cannot create", a.output))?;
            Box::new(BufWriter::with_capacity(1 << 16, f))
        };
        let header = resumed.is_none();
        match (out_format, &resumed) {
            #[cfg(feature = "parquet")]
            (Format::Parquet, Some(_)) => {
                let mut p = symptext::sink::NoteNlpParquet::new(out, &run_info, &what)?;
                copy_parquet(&previous, &mut p)?;
                Box::new(p)
            }
            _ => make_sink(out_format, out, &run_info, &what, header)?,
        }
    };
    if let Some(c) = resumed.as_ref().filter(|_| previous.exists()) {
        // The copied rows now live in an unclosed file: from here on, a killed run restarts.
        Checkpoint { parquet_closed: false, ..c.clone() }.write(&ckpt_path)?;
        std::fs::remove_file(&previous).with_context(|| format!("{}: cannot remove", previous.display()))?;
    }

    let run_opts = RunOptions { stop: Some(Arc::clone(&stop)), shard, ..RunOptions::default() };

    let base = resumed.clone().unwrap_or_else(|| fresh.clone());
    let mut checkpoints =
        Checkpoints { path: ckpt_path.clone(), partial: partial.clone(), rejects: rejects_path.clone(), base: base.clone(), last: base };
    let mut no_checkpoints = ();
    let ckpt: &mut dyn Checkpointer = if checkpointed { &mut checkpoints } else { &mut no_checkpoints };
    let summary = pool.install(|| pipeline::run_with_checkpoints(&engine, source, &mut *sink, &mut rejects, run_opts, progress, ckpt));
    if let Some(b) = &bar {
        b.0.finish_and_clear();
    }
    let compile_errors = engine.compile_errors();
    let summary = match summary {
        Ok(_) if !compile_errors.is_empty() => Err(symptext::Error::Config(compile_errors.join("; "))),
        other => other,
    };
    drop(sink);
    let summary = match summary {
        Ok(s) => s,
        Err(e) => {
            if checkpointed {
                if ckpt_path.exists() {
                    eprintln!(
                        "symptext: the rows written so far are in {}; after fixing the cause, --resume continues from the last checkpoint",
                        partial.display()
                    );
                } else {
                    let _ = std::fs::remove_file(&partial);
                }
            }
            return Err(e.into());
        }
    };
    // Counts of the whole run, the interrupted parts included.
    let total_counts = checkpoints.state(&summary, &Position::default()).counts;
    let [read, processed, rejected, other_shards, mentions, _] = if checkpointed {
        total_counts
    } else {
        [summary.read, summary.processed, summary.rejected, summary.other_shards, summary.mentions, summary.text_bytes]
    };
    if summary.interrupted {
        if checkpointed {
            // The sink is finished: a Parquet file is closed, so the checkpoint can say so.
            let mut c = checkpoints.last.clone();
            c.parquet_closed = out_format == Format::Parquet;
            c.output_bytes = std::fs::metadata(&partial).map(|m| m.len()).unwrap_or(0);
            c.write(&ckpt_path)?;
            eprintln!(
                "symptext: interrupted after {} notes ({read} read: {processed} processed, {rejected} rejected); the output so far is in {}; run the same command with --resume to continue",
                c.records,
                partial.display()
            );
        } else {
            eprintln!("symptext: interrupted after {read} notes ({processed} processed, {rejected} rejected); the output holds complete rows only");
        }
        return Ok(130);
    }
    if checkpointed {
        std::fs::rename(&partial, &a.output).with_context(|| format!("{}: cannot move the finished output into place", a.output))?;
        let _ = std::fs::remove_file(&ckpt_path);
    }
    let secs = started.elapsed().as_secs_f64();
    if !a.quiet {
        eprintln!(
            "symptext: read {read} notes: {processed} processed, {rejected} rejected{}; {mentions} mentions; {:.1} MB of text in {:.2} s ({:.1} MB/s, {} threads){}",
            if shard.is_some() { format!(" ({other_shards} in other shards)") } else { String::new() },
            summary.text_bytes as f64 / 1e6,
            secs,
            summary.text_bytes as f64 / 1e6 / secs.max(1e-9),
            threads,
            if rejected > 0 { format!("; rejects in {}", rejects_path.display()) } else { String::new() }
        );
    }
    Ok(if rejected > 0 { 3 } else { 0 })
}

fn tmp_path(output: &str) -> PathBuf {
    PathBuf::from(format!("{output}.partial"))
}
