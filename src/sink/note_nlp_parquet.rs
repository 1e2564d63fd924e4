//! NOTE_NLP as Parquet (feature `parquet`): the CDM v5.4 columns in CDM order; ids and concept ids
//! Int64, `offset` Utf8 (the CDM's varchar), `nlp_date` Date32, `nlp_datetime` Timestamp (microseconds,
//! no time zone), other text Utf8; Snappy compression.
//!
//! The rows are built ([`RowBuilder`]) and packed by the worker threads (the renderer); the writer
//! thread only unpacks them into Arrow column builders. Rows go to the Parquet writer in slices of
//! [`SLICE_ROWS`] and row groups hold at most [`ROW_GROUP_ROWS`] rows, so memory stays bounded.

use std::io::Write;
use std::sync::Arc;

use arrow_array::builder::{Int64Builder, StringBuilder};
use arrow_array::{ArrayRef, Date32Array, RecordBatch, StringArray, TimestampMicrosecondArray};
use arrow_schema::{DataType, Field, Schema, SchemaRef, TimeUnit};
use parquet::arrow::ArrowWriter;
use parquet::basic::Compression;
use parquet::file::properties::WriterProperties;

use super::{NoteNlpRow, Renderer, RowBuilder, RunInfo, Sink, NOTE_NLP_COLUMNS};
use crate::error::{Error, Result};
use crate::mention::Mention;
use crate::note::Note;

/// Rows handed to the Parquet writer at a time.
pub const SLICE_ROWS: usize = 8192;
/// Largest row group, in rows.
pub const ROW_GROUP_ROWS: usize = 65_536;

/// The NOTE_NLP Arrow schema.
pub fn note_nlp_schema() -> SchemaRef {
    let t = |i: usize, dt: DataType| Field::new(NOTE_NLP_COLUMNS[i], dt, false);
    Arc::new(Schema::new(vec![
        t(0, DataType::Int64),
        t(1, DataType::Int64),
        t(2, DataType::Int64),
        t(3, DataType::Utf8),
        t(4, DataType::Utf8),
        t(5, DataType::Utf8),
        t(6, DataType::Int64),
        t(7, DataType::Int64),
        t(8, DataType::Utf8),
        t(9, DataType::Date32),
        t(10, DataType::Timestamp(TimeUnit::Microsecond, None)),
        t(11, DataType::Utf8),
        t(12, DataType::Utf8),
        t(13, DataType::Utf8),
    ]))
}

/// Writer properties of NOTE_NLP files.
pub fn writer_properties() -> WriterProperties {
    WriterProperties::builder().set_compression(Compression::SNAPPY).set_max_row_group_size(ROW_GROUP_ROWS).build()
}

/// The NOTE_NLP Parquet writer.
pub struct NoteNlpParquet<W: Write + Send> {
    writer: Option<ArrowWriter<W>>,
    done: Option<W>,
    what: String,
    cols: Columns,
    rows: RowBuilder,
    buf: Vec<u8>,
    nlp_system: String,
    nlp_date: i32,
    nlp_datetime: i64,
}

#[derive(Default)]
struct Columns {
    n: usize,
    note_nlp_id: Int64Builder,
    note_id: Int64Builder,
    snippet: StringBuilder,
    offset: StringBuilder,
    lexical_variant: StringBuilder,
    concept_id: Int64Builder,
    term_exists: Vec<bool>,
    term_temporal_past: Vec<bool>,
    term_modifiers: StringBuilder,
}

impl<W: Write + Send> NoteNlpParquet<W> {
    pub fn new(w: W, run: &RunInfo, what: &str) -> Result<Self> {
        let writer = ArrowWriter::try_new(w, note_nlp_schema(), Some(writer_properties())).map_err(|e| err(what, e))?;
        let epoch = chrono::NaiveDate::from_ymd_opt(1970, 1, 1).unwrap_or_default();
        Ok(NoteNlpParquet {
            writer: Some(writer),
            done: None,
            what: what.to_string(),
            cols: Columns::default(),
            rows: RowBuilder::new(),
            buf: Vec::new(),
            nlp_system: run.nlp_system.clone(),
            nlp_date: (run.nlp_date - epoch).num_days() as i32,
            nlp_datetime: run.nlp_datetime.and_utc().timestamp_micros(),
        })
    }

    /// Append whole record batches of NOTE_NLP (e.g. the rows of an earlier, interrupted run's file).
    pub fn write_batch(&mut self, batch: &RecordBatch) -> Result<()> {
        self.flush_slice()?;
        match self.writer.as_mut() {
            Some(w) => w.write(batch).map_err(|e| err(&self.what, e)),
            None => Err(closed(&self.what)),
        }
    }

    /// The inner writer, after `finish`.
    pub fn into_inner(self) -> Result<W> {
        let what = self.what.clone();
        self.done.ok_or_else(|| closed(&what))
    }

    fn unpack(&mut self, bytes: &[u8]) -> Result<()> {
        let mut r = Unpack { b: bytes };
        while !r.b.is_empty() {
            let c = &mut self.cols;
            let (id, note, offset, concept, flags) = (r.i64()?, r.i64()?, r.i64()?, r.i64()?, r.u8()?);
            c.note_nlp_id.append_value(id);
            c.note_id.append_value(note);
            c.snippet.append_value(r.str()?);
            c.offset.append_value(itoa::Buffer::new().format(offset));
            c.lexical_variant.append_value(r.str()?);
            c.concept_id.append_value(concept);
            c.term_exists.push(flags & 1 != 0);
            c.term_temporal_past.push(flags & 2 != 0);
            c.term_modifiers.append_value(r.str()?);
            c.n += 1;
            if c.n >= SLICE_ROWS {
                self.flush_slice()?;
            }
        }
        Ok(())
    }

    fn flush_slice(&mut self) -> Result<()> {
        if self.cols.n == 0 {
            return Ok(());
        }
        let mut c = std::mem::take(&mut self.cols);
        let n = c.n;
        let zeros: ArrayRef = Arc::new(arrow_array::Int64Array::from(vec![0i64; n]));
        let columns: Vec<ArrayRef> = vec![
            Arc::new(c.note_nlp_id.finish()),
            Arc::new(c.note_id.finish()),
            zeros.clone(),
            Arc::new(c.snippet.finish()),
            Arc::new(c.offset.finish()),
            Arc::new(c.lexical_variant.finish()),
            Arc::new(c.concept_id.finish()),
            zeros,
            Arc::new(StringArray::from_iter_values(std::iter::repeat_n(self.nlp_system.as_str(), n))),
            Arc::new(Date32Array::from(vec![self.nlp_date; n])),
            Arc::new(TimestampMicrosecondArray::from(vec![self.nlp_datetime; n])),
            Arc::new(StringArray::from_iter_values(c.term_exists.iter().map(|&y| if y { "Y" } else { "N" }))),
            Arc::new(StringArray::from_iter_values(c.term_temporal_past.iter().map(|&p| if p { "past" } else { "present" }))),
            Arc::new(c.term_modifiers.finish()),
        ];
        let batch = RecordBatch::try_new(note_nlp_schema(), columns).map_err(|e| err(&self.what, e))?;
        match self.writer.as_mut() {
            Some(w) => w.write(&batch).map_err(|e| err(&self.what, e)),
            None => Err(closed(&self.what)),
        }
    }
}

fn err(what: &str, e: impl Into<ParquetOrArrow>) -> Error {
    let source = match e.into() {
        // An I/O error of the file (disk full) keeps its kind and message.
        ParquetOrArrow::Parquet(parquet::errors::ParquetError::External(b)) => match b.downcast::<std::io::Error>() {
            Ok(io) => *io,
            Err(other) => std::io::Error::other(other.to_string()),
        },
        ParquetOrArrow::Parquet(other) => std::io::Error::other(other.to_string()),
        ParquetOrArrow::Arrow(other) => std::io::Error::other(other.to_string()),
    };
    Error::Write { what: what.to_string(), source }
}

enum ParquetOrArrow {
    Parquet(parquet::errors::ParquetError),
    Arrow(arrow_schema::ArrowError),
}

impl From<parquet::errors::ParquetError> for ParquetOrArrow {
    fn from(e: parquet::errors::ParquetError) -> Self {
        ParquetOrArrow::Parquet(e)
    }
}

impl From<arrow_schema::ArrowError> for ParquetOrArrow {
    fn from(e: arrow_schema::ArrowError) -> Self {
        ParquetOrArrow::Arrow(e)
    }
}

fn closed(what: &str) -> Error {
    Error::Write { what: what.to_string(), source: std::io::Error::other("the Parquet writer is already closed") }
}

/// Packs rows on the worker threads: per row four little-endian i64 (note_nlp_id, note_id, offset,
/// concept id), a flag byte (1: term_exists, 2: past), then snippet, lexical_variant and
/// term_modifiers, each as a u32 length and UTF-8 bytes.
#[derive(Debug, Clone, Copy)]
struct Pack;

impl Pack {
    fn write(out: &mut Vec<u8>, row: &NoteNlpRow<'_>) {
        for v in [row.note_nlp_id, row.note_id, row.offset as i64, row.note_nlp_concept_id] {
            out.extend_from_slice(&v.to_le_bytes());
        }
        out.push(u8::from(row.term_exists == "Y") | (u8::from(row.term_temporal == "past") << 1));
        for s in [row.snippet, row.lexical_variant, row.term_modifiers] {
            out.extend_from_slice(&(s.len() as u32).to_le_bytes());
            out.extend_from_slice(s.as_bytes());
        }
    }
}

struct Unpack<'a> {
    b: &'a [u8],
}

impl<'a> Unpack<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8]> {
        if self.b.len() < n {
            return Err(Error::Config("NOTE_NLP Parquet: a packed row is cut short".into()));
        }
        let (h, t) = self.b.split_at(n);
        self.b = t;
        Ok(h)
    }
    fn i64(&mut self) -> Result<i64> {
        let mut a = [0u8; 8];
        a.copy_from_slice(self.take(8)?);
        Ok(i64::from_le_bytes(a))
    }
    fn u8(&mut self) -> Result<u8> {
        Ok(self.take(1)?[0])
    }
    fn str(&mut self) -> Result<&'a str> {
        let mut a = [0u8; 4];
        a.copy_from_slice(self.take(4)?);
        let n = u32::from_le_bytes(a) as usize;
        std::str::from_utf8(self.take(n)?).map_err(|_| Error::Config("NOTE_NLP Parquet: a packed row is not UTF-8".into()))
    }
}

impl Renderer for Pack {
    fn render(&self, notes: &mut dyn Iterator<Item = (&Note, &[Mention])>, rows: &mut RowBuilder, out: &mut Vec<u8>) -> Result<()> {
        for (note, mentions) in notes {
            rows.for_each(note, mentions, |row| {
                Pack::write(out, row);
                Ok::<(), std::convert::Infallible>(())
            })
            .unwrap_or_else(|never| match never {});
        }
        Ok(())
    }
}

impl<W: Write + Send> Sink for NoteNlpParquet<W> {
    fn write_note(&mut self, note: &Note, mentions: &[Mention]) -> Result<()> {
        let mut buf = std::mem::take(&mut self.buf);
        buf.clear();
        Pack.render(&mut std::iter::once((note, mentions)), &mut self.rows, &mut buf)?;
        let r = self.unpack(&buf);
        self.buf = buf;
        r
    }

    fn renderer(&self) -> Option<Box<dyn Renderer>> {
        Some(Box::new(Pack))
    }

    fn write_rendered(&mut self, bytes: &[u8]) -> Result<()> {
        self.unpack(bytes)
    }

    fn finish(&mut self) -> Result<()> {
        self.flush_slice()?;
        let Some(writer) = self.writer.take() else { return Ok(()) };
        let mut w = writer.into_inner().map_err(|e| err(&self.what, e))?;
        w.flush().map_err(|e| Error::Write { what: self.what.clone(), source: e })?;
        self.done = Some(w);
        Ok(())
    }
}
