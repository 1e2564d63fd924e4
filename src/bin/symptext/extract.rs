//! `symptext extract`: OMOP NOTE in, NOTE_NLP out.

use std::fs::File;
use std::io::{BufReader, BufWriter, IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::{bail, Context};
use symptext::pipeline::{self, Progress, RejectCsv, RunOptions, Summary};
use symptext::sink::{NoteNlpCsv, RunInfo, Sink};
use symptext::source::{CsvNoteReader, InputFormat, ReadOptions, Record};

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
    /// NOTE files (CSV/TSV); `-` reads standard input; a `postgres://` URL reads a table (--table) or
    /// a query (--query).
    #[arg(required = true, value_name = "NOTES")]
    inputs: Vec<String>,
    /// NOTE_NLP output (.csv or .tsv); `-` writes to standard output; a `postgres://` URL writes the
    /// table --output-table (a rerun replaces the rows of the same notes and nlp_system).
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
    /// Print each rejected row's location and reason on stderr as well.
    #[arg(short, long)]
    verbose: bool,
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

type Source = Box<dyn Iterator<Item = symptext::Result<Record>> + Send>;

#[cfg_attr(not(feature = "index"), allow(dead_code))]
pub(crate) fn open_inputs(inputs: &[String], format: Option<Format>, opts: ReadOptions) -> anyhow::Result<Source> {
    open_inputs_pg(inputs, format, opts, &crate::pg::PgArgs::default())
}

/// [`open_inputs`], with `postgres://` inputs read as `pg` says.
pub(crate) fn open_inputs_pg(
    inputs: &[String],
    format: Option<Format>,
    opts: ReadOptions,
    pg: &crate::pg::PgArgs,
) -> anyhow::Result<Source> {
    let mut readers: Vec<Source> = Vec::new();
    let mut stdin_used = false;
    for input in inputs {
        if crate::pg::is_url(input) {
            readers.push(crate::pg::open_source(input, pg, opts)?);
            continue;
        }
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
        readers.push(Box::new(reader));
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
    // A PostgreSQL table commits batch by batch; no file, no rename.
    let out_pg = crate::pg::is_url(&a.output);
    // A device or FIFO (`/dev/null`, a named pipe) is written in place; a regular file through a
    // `.partial` file renamed at the end.
    let in_place = !to_stdout && !out_pg && std::fs::metadata(&a.output).is_ok_and(|m| !m.is_file());
    let out_tsv = match a.output_format {
        Some(f) => f == Format::Tsv,
        None => !to_stdout && InputFormat::from_path(&a.output) == InputFormat::Tsv,
    };
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
    let source = open_inputs_pg(&a.inputs, a.format, ReadOptions { max_note_bytes: a.max_note_bytes }, &a.pg)?;
    let total: u64 =
        a.inputs.iter().filter(|i| *i != "-" && !crate::pg::is_url(i)).filter_map(|i| std::fs::metadata(i).ok()).map(|m| m.len()).sum();
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
    };
    let started = Instant::now();
    let what = if to_stdout { "<stdout>".to_string() } else { crate::pg::redact(&a.output) };
    let mut sink: Box<dyn Sink + Send> = if out_pg {
        crate::pg::open_sink(&a.output, &a.pg, &run_info)?
    } else {
        let out = open_output(&a.output, to_stdout, in_place)?;
        Box::new(NoteNlpCsv::new(out, &run_info, out_tsv, &what)?)
    };
    let summary = pool.install(|| pipeline::run(&engine, source, sink.as_mut(), &mut rejects, RunOptions::default(), progress));
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
            if !to_stdout && !in_place && !out_pg {
                let _ = std::fs::remove_file(tmp_path(&a.output));
            }
            return Err(e.into());
        }
    };
    drop(sink);
    if !to_stdout && !in_place && !out_pg {
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

/// The CSV output: standard output, a device or FIFO in place, or `OUTPUT.partial` renamed at the end.
fn open_output(output: &str, to_stdout: bool, in_place: bool) -> anyhow::Result<Box<dyn Write + Send>> {
    Ok(if to_stdout {
        Box::new(BufWriter::with_capacity(1 << 16, std::io::stdout()))
    } else if in_place {
        let f = std::fs::OpenOptions::new().write(true).open(output).with_context(|| format!("{output}: cannot open for writing"))?;
        Box::new(BufWriter::with_capacity(1 << 16, f))
    } else {
        // Write to a temporary file beside the output and rename at the end, so a failed run never
        // leaves a truncated file that looks complete.
        let f = File::create(tmp_path(output)).with_context(|| format!("{output}: cannot create"))?;
        Box::new(BufWriter::with_capacity(1 << 16, f))
    })
}

fn tmp_path(output: &str) -> PathBuf {
    PathBuf::from(format!("{output}.partial"))
}
