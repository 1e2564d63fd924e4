//! Running the engine over a stream of notes: a reader thread, rayon workers, a writer thread,
//! bounded channels between them, output in input order whatever the number of threads.

use std::sync::mpsc::{sync_channel, Receiver, SyncSender};

use rayon::prelude::*;

use crate::engine::{Engine, Scratch};
use crate::error::{Error, Result};
use crate::mention::Mention;
use crate::note::Note;
use crate::sink::{Renderer, RowBuilder, Sink};
use crate::source::{Record, Reject};

/// Where rejected rows go.
pub trait RejectSink {
    fn reject(&mut self, reject: &Reject) -> Result<()>;
    fn finish(&mut self) -> Result<()>;
}

/// Rejects as CSV: `file,line,note_id,field,reason`. Never holds note text.
pub struct RejectCsv<W: std::io::Write> {
    w: csv::Writer<W>,
    what: String,
}

impl<W: std::io::Write> RejectCsv<W> {
    pub fn new(w: W, what: &str) -> Result<Self> {
        let mut w = csv::Writer::from_writer(w);
        w.write_record(["file", "line", "note_id", "field", "reason"]).map_err(|e| csv_write(what, e))?;
        Ok(RejectCsv { w, what: what.to_string() })
    }
}

fn csv_write(what: &str, e: csv::Error) -> Error {
    let source = match e.into_kind() {
        csv::ErrorKind::Io(io) => io,
        other => std::io::Error::other(format!("{other:?}")),
    };
    Error::Write { what: what.to_string(), source }
}

impl<W: std::io::Write> RejectSink for RejectCsv<W> {
    fn reject(&mut self, r: &Reject) -> Result<()> {
        let line = r.line.to_string();
        self.w
            .write_record([r.file.as_str(), line.as_str(), r.note_id.as_deref().unwrap_or(""), r.field.as_str(), r.reason.as_str()])
            .map_err(|e| csv_write(&self.what, e))
    }
    fn finish(&mut self) -> Result<()> {
        self.w.flush().map_err(|e| Error::Write { what: self.what.clone(), source: e })
    }
}

/// Rejects kept in memory (tests, embedding).
#[derive(Debug, Default)]
pub struct RejectVec(pub Vec<Reject>);

impl RejectSink for RejectVec {
    fn reject(&mut self, r: &Reject) -> Result<()> {
        self.0.push(r.clone());
        Ok(())
    }
    fn finish(&mut self) -> Result<()> {
        Ok(())
    }
}

/// Counts of a run. `read == processed + rejected` always holds.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct Summary {
    pub read: u64,
    pub processed: u64,
    pub rejected: u64,
    pub mentions: u64,
    /// Bytes of input consumed.
    pub bytes: u64,
    /// Bytes of note text processed.
    pub text_bytes: u64,
}

/// Called by the writer after each batch with the running summary.
pub trait Progress: Sync {
    fn update(&self, summary: &Summary);
}

impl Progress for () {
    fn update(&self, _: &Summary) {}
}

/// Batch sizes.
#[derive(Debug, Clone, Copy)]
pub struct RunOptions {
    /// Most records in a batch.
    pub batch_records: usize,
    /// Most input bytes in a batch (memory is bounded by a few batches).
    pub batch_bytes: u64,
}

impl Default for RunOptions {
    fn default() -> Self {
        RunOptions { batch_records: 2048, batch_bytes: 2 << 20 }
    }
}

type Batch = Vec<Record>;
/// A processed batch: the records, and either each note's mentions or the rendered bytes of chunks of
/// notes with their mention counts.
enum Output {
    Mentions(Vec<Vec<Mention>>),
    Rendered(Rendered),
}
type Done = (Batch, Output);

/// Notes a worker renders in one piece.
const RENDER_CHUNK: usize = 64;

/// Extract every note of `source` into `sink`, rejects into `rejects`. Uses the current rayon pool.
pub fn run<I, S, R>(engine: &Engine, source: I, sink: &mut S, rejects: &mut R, opts: RunOptions, progress: &dyn Progress) -> Result<Summary>
where
    I: Iterator<Item = Result<Record>> + Send,
    S: Sink + Send + ?Sized,
    R: RejectSink + Send + ?Sized,
{
    let (batch_tx, batch_rx) = sync_channel::<Result<Batch>>(2);
    let (done_tx, done_rx) = sync_channel::<Done>(2);
    let renderer = sink.renderer();
    std::thread::scope(|scope| {
        let reader = scope.spawn(move || read_batches(source, batch_tx, opts));
        let writer = scope.spawn(move || write_batches(done_rx, sink, rejects, progress));
        let mut failure: Option<Error> = None;
        for batch in batch_rx.iter() {
            let batch = match batch {
                Ok(b) => b,
                Err(e) => {
                    failure = Some(e);
                    break;
                }
            };
            let output = match &renderer {
                Some(r) => match render_batch(engine, &batch, r.as_ref()) {
                    Ok(chunks) => Output::Rendered(chunks),
                    Err(e) => {
                        failure = Some(e);
                        break;
                    }
                },
                None => Output::Mentions(
                    batch
                        .par_iter()
                        .map_init(Scratch::default, |scratch, rec| match rec {
                            Record::Note { note, .. } => {
                                let mut out = Vec::new();
                                engine.extract_into(note, scratch, &mut out);
                                out
                            }
                            Record::Reject { .. } => Vec::new(),
                        })
                        .collect(),
                ),
            };
            if done_tx.send((batch, output)).is_err() {
                // The writer stopped on an error; it is reported below.
                break;
            }
        }
        drop(done_tx);
        drop(batch_rx);
        let written = writer.join().map_err(|_| Error::Config("the writer thread panicked".into()))?;
        let _ = reader.join();
        match (failure, written) {
            (Some(e), _) => Err(e),
            (None, r) => r,
        }
    })
}

fn read_batches<I: Iterator<Item = Result<Record>>>(source: I, tx: SyncSender<Result<Batch>>, opts: RunOptions) {
    let mut batch: Batch = Vec::with_capacity(opts.batch_records);
    let mut bytes = 0u64;
    for rec in source {
        match rec {
            Ok(r) => {
                bytes += r.bytes();
                batch.push(r);
                if batch.len() >= opts.batch_records || bytes >= opts.batch_bytes {
                    if tx.send(Ok(std::mem::take(&mut batch))).is_err() {
                        return;
                    }
                    bytes = 0;
                }
            }
            Err(e) => {
                if !batch.is_empty() && tx.send(Ok(std::mem::take(&mut batch))).is_err() {
                    return;
                }
                let _ = tx.send(Err(e));
                return;
            }
        }
    }
    if !batch.is_empty() {
        let _ = tx.send(Ok(batch));
    }
}

/// A batch's rows as bytes: buffers filled by the workers, and where each record's rows lie in them, in
/// input order.
struct Rendered {
    bufs: Vec<Vec<u8>>,
    /// Per record: (buffer, start, end); an empty range for a reject or a note without mentions.
    spans: Vec<(usize, usize, usize)>,
    mentions: u64,
}

/// One worker chunk: its bytes, where each of its records' rows lie (record, start, end), mentions.
type RenderedChunk = (Vec<u8>, Vec<(u32, usize, usize)>, u64);

/// Extract and render a batch in parallel.
///
/// Notes are taken grouped by language (a stable sort; notes of unknown language last), each rendered as
/// soon as it is extracted, and the writer copies the rows back in input order. Each language has its
/// own automaton and regex caches: one language's notes in a row keep them warm, where a mixed stream
/// would evict them note after note.
fn render_batch(engine: &Engine, batch: &[Record], renderer: &dyn Renderer) -> Result<Rendered> {
    let mut order: Vec<u32> = (0..batch.len() as u32).collect();
    order.sort_by_key(|&i| match &batch[i as usize] {
        Record::Note { note, .. } => note.language.map_or(u8::MAX, |l| l as u8),
        Record::Reject { .. } => u8::MAX,
    });
    let chunks: Vec<RenderedChunk> = order
        .par_chunks(RENDER_CHUNK)
        .map_init(
            || (Scratch::default(), RowBuilder::new(), Vec::<Mention>::new()),
            |(scratch, rows, mentions), idx| {
                let mut bytes = Vec::with_capacity(idx.len() * 1024);
                let mut spans = Vec::with_capacity(idx.len());
                let mut n = 0u64;
                for &i in idx {
                    let start = bytes.len();
                    if let Record::Note { note, .. } = &batch[i as usize] {
                        mentions.clear();
                        engine.extract_into(note, scratch, mentions);
                        n += mentions.len() as u64;
                        if !mentions.is_empty() {
                            renderer.render(&mut std::iter::once((note, mentions.as_slice())), rows, &mut bytes)?;
                        }
                    }
                    spans.push((i, start, bytes.len()));
                }
                Ok((bytes, spans, n))
            },
        )
        .collect::<Result<_>>()?;
    let mut out = Rendered { bufs: Vec::with_capacity(chunks.len()), spans: vec![(0, 0, 0); batch.len()], mentions: 0 };
    for (c, (bytes, spans, n)) in chunks.into_iter().enumerate() {
        for (i, s, e) in spans {
            out.spans[i as usize] = (c, s, e);
        }
        out.bufs.push(bytes);
        out.mentions += n;
    }
    Ok(out)
}

fn write_batches<S: Sink + ?Sized, R: RejectSink + ?Sized>(
    rx: Receiver<Done>,
    sink: &mut S,
    rejects: &mut R,
    progress: &dyn Progress,
) -> Result<Summary> {
    let mut sum = Summary::default();
    let mut note_ids: Vec<i64> = Vec::new();
    for (batch, output) in rx.iter() {
        for rec in batch.iter() {
            sum.read += 1;
            sum.bytes += rec.bytes();
            match rec {
                Record::Note { note, .. } => {
                    sum.processed += 1;
                    sum.text_bytes += note.text.len() as u64;
                }
                Record::Reject { reject, .. } => {
                    rejects.reject(reject)?;
                    sum.rejected += 1;
                }
            }
        }
        match output {
            Output::Rendered(r) => {
                for &(c, start, end) in &r.spans {
                    if end > start {
                        let bytes = r.bufs.get(c).and_then(|b| b.get(start..end)).unwrap_or_default();
                        sink.write_rendered(bytes)?;
                    }
                }
                sum.mentions += r.mentions;
            }
            Output::Mentions(mentions) => {
                for (rec, ms) in batch.iter().zip(mentions.iter()) {
                    if let Record::Note { note, .. } = rec {
                        sink.write_note(note, ms)?;
                        sum.mentions += ms.len() as u64;
                    }
                }
            }
        }
        note_ids.clear();
        note_ids.extend(batch.iter().filter_map(|r| match r {
            Record::Note { note, .. } => Some(note.note_id),
            Record::Reject { .. } => None,
        }));
        sink.end_batch(&note_ids)?;
        progress.update(&sum);
    }
    sink.finish()?;
    rejects.finish()?;
    Ok(sum)
}

/// Extract a slice of notes in parallel (current rayon pool), results in input order.
pub fn extract_all(engine: &Engine, notes: &[Note]) -> Vec<Vec<Mention>> {
    notes
        .par_iter()
        .map_init(Scratch::default, |s, n| {
            let mut out = Vec::new();
            engine.extract_into(n, s, &mut out);
            out
        })
        .collect()
}
