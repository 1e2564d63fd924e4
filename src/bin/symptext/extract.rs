//! `symptext extract`: OMOP NOTE in, NOTE_NLP out.

use std::fs::File;
use std::io::{BufReader, BufWriter, IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::{bail, Context};
use symptext::pipeline::{self, Progress, RejectCsv, RunOptions, Summary};
use symptext::sink::{NoteNlpCsv, RunInfo};
use symptext::source::{CsvNoteReader, InputFormat, ReadOptions, Record, SeenIds, UniqueIds};

use crate::common::EngineArgs;

#[derive(clap::ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Csv,
    Tsv,
}

/// Extract symptom mentions from OMOP NOTE rows into OMOP NOTE_NLP rows.
///
/// Input: CSV or TSV with a header; `note_id` and `note_text` required, `person_id`, `note_date`,
/// `language` optional, other columns ignored. Rows that cannot be processed (bad note_id, invalid
/// UTF-8, text over --max-note-bytes) go to the rejects report with file, line, field and reason.
#[derive(clap::Args, Debug)]
#[command(
    after_help = "Examples:\n  symptext extract notes.csv -o note_nlp.csv\n  symptext extract notes.tsv -o - > note_nlp.csv\n  cat notes.csv | symptext extract - -o note_nlp.tsv --threads 2 --nlp-date 2024-01-01"
)]
pub struct Args {
    /// NOTE files (CSV/TSV); `-` reads standard input.
    #[arg(required = true, value_name = "NOTES")]
    inputs: Vec<String>,
    /// NOTE_NLP output (.csv or .tsv); `-` writes to standard output.
    #[arg(short, long, value_name = "FILE", default_value = "-")]
    output: String,
    /// Input format (default: from the file name; CSV for standard input).
    #[arg(long, value_enum)]
    format: Option<Format>,
    /// Output format (default: from the file name; CSV for standard output).
    #[arg(long, value_enum)]
    output_format: Option<Format>,
    /// Rejects report (CSV: file,line,note_id,field,reason). Default: OUTPUT.rejects.csv, or
    /// symptext.rejects.csv in the current directory when writing to standard output (only if any).
    #[arg(long, value_name = "FILE")]
    rejects: Option<PathBuf>,
    /// Worker threads (default: all cores).
    #[arg(long, value_name = "N")]
    threads: Option<usize>,
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
    /// Do not reject rows whose note_id was already seen (saves about 40 bytes of memory per note).
    #[arg(long)]
    allow_duplicate_ids: bool,
    #[command(flatten)]
    engine: EngineArgs,
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

type Source = Box<dyn Iterator<Item = symptext::Result<Record>> + Send>;

/// The readers of `inputs`, one after the other; with `unique`, a row whose note_id was already seen
/// (in any of them) is a reject.
pub(crate) fn open_inputs(inputs: &[String], format: Option<Format>, opts: ReadOptions, unique: bool) -> anyhow::Result<Source> {
    let mut readers: Vec<Source> = Vec::new();
    let seen = SeenIds::shared();
    let mut stdin_used = false;
    for input in inputs {
        let fmt = match format {
            Some(Format::Csv) => InputFormat::Csv,
            Some(Format::Tsv) => InputFormat::Tsv,
            None if input == "-" => InputFormat::Csv,
            None => InputFormat::from_path(input),
        };
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
        let reader = CsvNoteReader::new(BufReader::with_capacity(1 << 16, r), &name, fmt, opts)?;
        if unique {
            readers.push(Box::new(UniqueIds::new(reader, &name, seen.clone())));
        } else {
            readers.push(Box::new(reader));
        }
    }
    Ok(Box::new(readers.into_iter().flatten()))
}

struct LazyRejects {
    path: PathBuf,
    only_if_any: bool,
    inner: Option<RejectCsv<BufWriter<File>>>,
    verbose: bool,
}

impl LazyRejects {
    fn open(&mut self) -> symptext::Result<&mut RejectCsv<BufWriter<File>>> {
        if self.inner.is_none() {
            let f = File::create(&self.path).map_err(|e| symptext::Error::Write { what: self.path.display().to_string(), source: e })?;
            self.inner = Some(RejectCsv::new(BufWriter::new(f), &self.path.display().to_string())?);
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
}

pub fn run(a: Args) -> anyhow::Result<i32> {
    let engine = a.engine.build()?;
    let threads = a.threads.unwrap_or_else(|| std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1));
    if threads == 0 {
        bail!("--threads must be at least 1");
    }
    let pool = rayon::ThreadPoolBuilder::new().num_threads(threads).build().context("starting worker threads")?;
    let pinned = a.nlp_date.as_deref().map(parse_pinned).transpose()?;
    let run_info = RunInfo::new(&engine, pinned);
    let to_stdout = a.output == "-";
    // A device or FIFO (`/dev/null`, a named pipe) is written in place; a regular file through a
    // `.partial` file renamed at the end.
    let in_place = !to_stdout && std::fs::metadata(&a.output).is_ok_and(|m| !m.is_file());
    let out_tsv = match a.output_format {
        Some(f) => f == Format::Tsv,
        None => !to_stdout && InputFormat::from_path(&a.output) == InputFormat::Tsv,
    };
    let rejects_path = a.rejects.clone().unwrap_or_else(|| {
        if to_stdout {
            PathBuf::from("symptext.rejects.csv")
        } else {
            PathBuf::from(format!("{}.rejects.csv", a.output))
        }
    });
    if !to_stdout {
        if let Some(parent) = Path::new(&a.output).parent().filter(|p| !p.as_os_str().is_empty()) {
            if !parent.is_dir() {
                bail!("{}: the output directory {} does not exist", a.output, parent.display());
            }
        }
    }
    if let Some(parent) = rejects_path.parent().filter(|p| !p.as_os_str().is_empty()) {
        if !parent.is_dir() {
            bail!("{}: the rejects directory {} does not exist", rejects_path.display(), parent.display());
        }
    }
    let source = open_inputs(&a.inputs, a.format, ReadOptions { max_note_bytes: a.max_note_bytes }, !a.allow_duplicate_ids)?;
    let total: u64 = a.inputs.iter().filter(|i| *i != "-").filter_map(|i| std::fs::metadata(i).ok()).map(|m| m.len()).sum();
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
    let mut rejects =
        LazyRejects { path: rejects_path.clone(), only_if_any: to_stdout && a.rejects.is_none(), inner: None, verbose: a.verbose };
    let started = Instant::now();
    let out: Box<dyn Write + Send> = if to_stdout {
        Box::new(BufWriter::with_capacity(1 << 16, std::io::stdout()))
    } else if in_place {
        let f =
            std::fs::OpenOptions::new().write(true).open(&a.output).with_context(|| format!("{}: cannot open for writing", a.output))?;
        Box::new(BufWriter::with_capacity(1 << 16, f))
    } else {
        // Write to a temporary file beside the output and rename at the end, so a failed run never
        // leaves a truncated file that looks complete.
        let f = File::create(tmp_path(&a.output)).with_context(|| format!("{}: cannot create", a.output))?;
        Box::new(BufWriter::with_capacity(1 << 16, f))
    };
    let what = if to_stdout { "<stdout>".to_string() } else { a.output.clone() };
    let mut sink = NoteNlpCsv::new(out, &run_info, out_tsv, &what)?;
    let summary = pool.install(|| pipeline::run(&engine, source, &mut sink, &mut rejects, RunOptions::default(), progress));
    if let Some(b) = &bar {
        b.0.finish_and_clear();
    }
    let compile_errors = engine.compile_errors();
    let summary = match summary {
        Ok(_) if !compile_errors.is_empty() => Err(symptext::Error::Config(compile_errors.join("; "))),
        other => other,
    };
    let summary = match summary {
        Ok(s) => s,
        Err(e) => {
            if !to_stdout && !in_place {
                let _ = std::fs::remove_file(tmp_path(&a.output));
            }
            return Err(e.into());
        }
    };
    drop(sink.into_inner()?);
    if !to_stdout && !in_place {
        std::fs::rename(tmp_path(&a.output), &a.output)
            .with_context(|| format!("{}: cannot move the finished output into place", a.output))?;
    }
    let secs = started.elapsed().as_secs_f64();
    if !a.quiet {
        eprintln!(
            "symptext: read {} notes: {} processed, {} rejected; {} mentions; {:.1} MB of text in {:.2} s ({:.1} MB/s, {} threads){}",
            summary.read,
            summary.processed,
            summary.rejected,
            summary.mentions,
            summary.text_bytes as f64 / 1e6,
            secs,
            summary.text_bytes as f64 / 1e6 / secs.max(1e-9),
            threads,
            if summary.rejected > 0 { format!("; rejects in {}", rejects_path.display()) } else { String::new() }
        );
    }
    Ok(if summary.rejected > 0 { 3 } else { 0 })
}

fn tmp_path(output: &str) -> PathBuf {
    PathBuf::from(format!("{output}.partial"))
}
