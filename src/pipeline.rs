//! Running the engine over a stream of notes: a reader thread, rayon workers, a writer thread,
//! bounded channels between them, output in input order whatever the number of threads.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{sync_channel, Receiver, SyncSender};
use std::sync::Arc;

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
    /// Make every reject so far durable (flush); called after each batch, before the checkpoint.
    fn commit(&mut self) -> Result<()> {
        Ok(())
    }
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

    /// A report that continues an existing one (its header is already written).
    pub fn appending(w: W, what: &str) -> Self {
        RejectCsv { w: csv::Writer::from_writer(w), what: what.to_string() }
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
    fn commit(&mut self) -> Result<()> {
        self.finish()
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

/// Counts of a run. `read == processed + rejected` always holds; records of other shards
/// (`--shard`) are counted apart, in `other_shards`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct Summary {
    pub read: u64,
    pub processed: u64,
    pub rejected: u64,
    /// Records read from the source that belong to another shard (not processed here).
    pub other_shards: u64,
    /// The run was stopped (the stop flag) before the end of the source.
    pub interrupted: bool,
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

/// Where the last record of a committed batch was in the source.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Position {
    /// Records consumed from the source so far (every shard, notes and rejects).
    pub records: u64,
    /// Line (row for Parquet) of the last record consumed, in its file.
    pub line: u64,
    /// The last record's note_id, when it could be read.
    pub note_id: Option<String>,
}

/// Told after each batch is written and committed (sink and rejects), in order: the place to write a
/// resume checkpoint. Runs on the writer thread.
pub trait Checkpointer: Send {
    fn committed(&mut self, summary: &Summary, at: &Position) -> Result<()>;
}

impl Checkpointer for () {
    fn committed(&mut self, _: &Summary, _: &Position) -> Result<()> {
        Ok(())
    }
}

/// Keep only the notes of shard `index` of `count`: those whose [`shard_of`] is `index`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shard {
    pub index: u64,
    pub count: u64,
}

/// The shard of a note: FNV-1a (64-bit) of the note_id's 8 little-endian bytes, modulo `count`.
pub fn shard_of(note_id: i64, count: u64) -> u64 {
    crate::lexicon::fnv1a(0xcbf2_9ce4_8422_2325, &note_id.to_le_bytes()) % count.max(1)
}

impl Shard {
    /// Whether this shard takes the record: a note by its id; a reject by its note_id when it could be
    /// read, else shard 0 takes it (so the shards' rejects add up to the unsharded run's).
    pub fn takes(&self, rec: &Record) -> bool {
        let id = match rec {
            Record::Note { note, .. } => Some(note.note_id),
            Record::Reject { reject, .. } => reject.note_id.as_deref().and_then(|s| s.parse::<i64>().ok()),
        };
        match id {
            Some(id) => shard_of(id, self.count) == self.index,
            None => self.index == 0,
        }
    }
}

/// Batch sizes, the stop flag and the shard.
#[derive(Debug, Clone)]
pub struct RunOptions {
    /// Most records in a batch.
    pub batch_records: usize,
    /// Most input bytes in a batch (memory is bounded by a few batches).
    pub batch_bytes: u64,
    /// When set (e.g. by a SIGINT handler), the reader stops before its next record; the batches
    /// already read are processed, written and committed, the sink finished, and the summary says
    /// `interrupted`. Every sink gets the same behaviour.
    pub stop: Option<Arc<AtomicBool>>,
    /// Process only the notes of this shard.
    pub shard: Option<Shard>,
}

impl Default for RunOptions {
    fn default() -> Self {
        RunOptions { batch_records: 2048, batch_bytes: 2 << 20, stop: None, shard: None }
    }
}

/// Records of one batch, with the count of other shards' records skipped and the source position
/// after the batch.
struct Batch {
    records: Vec<Record>,
    other_shards: u64,
    at: Position,
}
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
    run_with_checkpoints(engine, source, sink, rejects, opts, progress, &mut ())
}

/// [`run`], telling `checkpoint` after each batch is committed where the source stands.
pub fn run_with_checkpoints<I, S, R>(
    engine: &Engine,
    source: I,
    sink: &mut S,
    rejects: &mut R,
    opts: RunOptions,
    progress: &dyn Progress,
    checkpoint: &mut dyn Checkpointer,
) -> Result<Summary>
where
    I: Iterator<Item = Result<Record>> + Send,
    S: Sink + Send + ?Sized,
    R: RejectSink + Send + ?Sized,
{
    let (batch_tx, batch_rx) = sync_channel::<Result<Batch>>(2);
    let (done_tx, done_rx) = sync_channel::<Done>(4);
    let renderer = sink.renderer();
    std::thread::scope(|scope| {
        let reader = scope.spawn(move || read_batches(source, batch_tx, opts));
        let writer = scope.spawn(move || write_batches(done_rx, sink, rejects, progress, checkpoint));
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
                Some(r) => match render_batch(engine, &batch.records, r.as_ref()) {
                    Ok(chunks) => Output::Rendered(chunks),
                    Err(e) => {
                        failure = Some(e);
                        break;
                    }
                },
                None => Output::Mentions(
                    batch
                        .records
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
        let stopped = reader.join().unwrap_or(false);
        match (failure, written) {
            (Some(e), _) => Err(e),
            (None, r) => r.map(|s| Summary { interrupted: stopped, ..s }),
        }
    })
}

/// Read records into batches; returns true when it stopped on the stop flag before the source's end.
fn read_batches<I: Iterator<Item = Result<Record>>>(mut source: I, tx: SyncSender<Result<Batch>>, opts: RunOptions) -> bool {
    let new_batch = || Batch { records: Vec::with_capacity(opts.batch_records), other_shards: 0, at: Position::default() };
    // Where the source stands: records consumed, the last one's line and note_id (kept as a number for
    // a note, so that no string is made per record).
    let (mut records, mut line, mut last_id) = (0u64, 0u64, Err(None));
    let sealed = |mut b: Batch, records: u64, line: u64, last_id: &std::result::Result<i64, Option<String>>| {
        let note_id = match last_id {
            Ok(id) => Some(id.to_string()),
            Err(text) => text.clone(),
        };
        b.at = Position { records, line, note_id };
        b
    };
    let mut batch = new_batch();
    let mut bytes = 0u64;
    let stopped = || opts.stop.as_deref().is_some_and(|s| s.load(Ordering::SeqCst));
    loop {
        if stopped() {
            if !batch.records.is_empty() || batch.other_shards > 0 {
                let _ = tx.send(Ok(sealed(batch, records, line, &last_id)));
            }
            return true;
        }
        let Some(rec) = source.next() else { break };
        match rec {
            Ok(r) => {
                records += 1;
                match &r {
                    Record::Note { note, line: l, .. } => {
                        line = *l;
                        last_id = Ok(note.note_id);
                    }
                    Record::Reject { reject, .. } => {
                        line = reject.line;
                        last_id = Err(reject.note_id.clone());
                    }
                }
                if opts.shard.is_some_and(|s| !s.takes(&r)) {
                    batch.other_shards += 1;
                } else {
                    bytes += r.bytes();
                    batch.records.push(r);
                }
                if batch.records.len() >= opts.batch_records || bytes >= opts.batch_bytes || batch.other_shards >= opts.batch_records as u64
                {
                    let full = sealed(std::mem::replace(&mut batch, new_batch()), records, line, &last_id);
                    if tx.send(Ok(full)).is_err() {
                        return false;
                    }
                    bytes = 0;
                }
            }
            Err(e) => {
                if !batch.records.is_empty()
                    && tx.send(Ok(sealed(std::mem::replace(&mut batch, new_batch()), records, line, &last_id))).is_err()
                {
                    return false;
                }
                let _ = tx.send(Err(e));
                return false;
            }
        }
    }
    if !batch.records.is_empty() || batch.other_shards > 0 {
        let _ = tx.send(Ok(sealed(batch, records, line, &last_id)));
    }
    false
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
    checkpoint: &mut dyn Checkpointer,
) -> Result<Summary> {
    let mut sum = Summary::default();
    let mut note_ids: Vec<i64> = Vec::new();
    for (batch, output) in rx.iter() {
        sum.other_shards += batch.other_shards;
        for rec in batch.records.iter() {
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
                for (rec, ms) in batch.records.iter().zip(mentions.iter()) {
                    if let Record::Note { note, .. } = rec {
                        sink.write_note(note, ms)?;
                        sum.mentions += ms.len() as u64;
                    }
                }
            }
        }
        note_ids.clear();
        note_ids.extend(batch.records.iter().filter_map(|r| match r {
            Record::Note { note, .. } => Some(note.note_id),
            Record::Reject { .. } => None,
        }));
        sink.commit(&note_ids)?;
        rejects.commit()?;
        checkpoint.committed(&sum, &batch.at)?;
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sink::{NoteNlpCsv, RunInfo};

    fn notes(n: i64) -> Vec<Result<Record>> {
        (1..=n).map(|i| Ok(Record::Note { note: Note::new(i, "Chest pain. No fever."), line: i as u64 + 1, bytes: 24 })).collect()
    }

    /// A writer that fails with "no space" after `room` bytes, like a full disk.
    struct Full {
        room: usize,
    }

    impl std::io::Write for Full {
        fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
            if self.room == 0 {
                return Err(std::io::Error::from(std::io::ErrorKind::StorageFull));
            }
            let n = b.len().min(self.room);
            self.room -= n;
            Ok(n)
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn a_write_error_stops_the_run_with_the_output_named() {
        let engine = Engine::new().expect("engine");
        let run = RunInfo::new(&engine, None);
        let mut sink = NoteNlpCsv::new(Full { room: 5000 }, &run, false, "out.csv").expect("header fits");
        let opts = RunOptions { batch_records: 10, ..RunOptions::default() };
        let r = super::run(&engine, notes(500).into_iter(), &mut sink, &mut RejectVec::default(), opts, &());
        let e = r.err().map(|e| e.to_string()).unwrap_or_default();
        assert!(e.starts_with("writing out.csv: "), "{e}");
    }

    struct Positions(Vec<(u64, u64, u64)>);

    impl Checkpointer for Positions {
        fn committed(&mut self, s: &Summary, at: &Position) -> Result<()> {
            self.0.push((s.read, at.records, at.line));
            Ok(())
        }
    }

    #[test]
    fn a_set_stop_flag_ends_the_run_after_whole_batches_with_checkpoints() {
        let engine = Engine::new().expect("engine");
        let run = RunInfo::new(&engine, None);
        let stop = Arc::new(AtomicBool::new(false));
        let flag = Arc::clone(&stop);
        // The source sets the stop flag as it yields its 25th record: the reader stops before the 26th.
        let source = notes(100).into_iter().enumerate().map(move |(i, r)| {
            if i == 24 {
                flag.store(true, Ordering::SeqCst);
            }
            r
        });
        let mut sink = NoteNlpCsv::new(Vec::new(), &run, false, "mem").expect("sink");
        let mut seen = Positions(Vec::new());
        let opts = RunOptions { batch_records: 10, stop: Some(stop), ..RunOptions::default() };
        let s = run_with_checkpoints(&engine, source, &mut sink, &mut RejectVec::default(), opts, &(), &mut seen).expect("run");
        assert!(s.interrupted);
        assert_eq!((s.read, s.processed, s.mentions), (25, 25, 50));
        assert_eq!(seen.0, vec![(10, 10, 11), (20, 20, 21), (25, 25, 26)]);
        let out = String::from_utf8(sink.into_inner().expect("inner")).expect("utf-8");
        assert_eq!(out.lines().count(), 1 + 50);
    }

    #[test]
    fn shards_split_the_notes_by_note_id_hash() {
        let engine = Engine::new().expect("engine");
        let run = RunInfo::new(&engine, None);
        let mut total = 0;
        for index in 0..3 {
            let mut sink = NoteNlpCsv::new(Vec::new(), &run, false, "mem").expect("sink");
            let opts = RunOptions { shard: Some(Shard { index, count: 3 }), ..RunOptions::default() };
            let s = super::run(&engine, notes(30).into_iter(), &mut sink, &mut RejectVec::default(), opts, &()).expect("run");
            assert_eq!(s.read + s.other_shards, 30);
            assert_eq!(s.read, (1..=30).filter(|&i| shard_of(i, 3) == index).count() as u64);
            total += s.read;
        }
        assert_eq!(total, 30);
    }
}
