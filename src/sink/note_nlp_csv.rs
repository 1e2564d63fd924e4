//! NOTE_NLP as CSV or TSV: a header with the CDM v5.4 columns in CDM order, one row per mention,
//! RFC 4180 quoting. Dates are `YYYY-MM-DD`, datetimes `YYYY-MM-DD HH:MM:SS`.

use std::io::Write;

use super::{NoteNlpRow, Renderer, RowBuilder, RunInfo, Sink, NOTE_NLP_COLUMNS};
use crate::error::{Error, Result};
use crate::mention::Mention;
use crate::note::Note;

/// The NOTE_NLP CSV/TSV writer. Rows are formatted by [`Renderer`]s (in parallel when driven by
/// [`crate::pipeline::run`]) and the writer copies bytes.
pub struct NoteNlpCsv<W: Write> {
    w: W,
    format: RowFormat,
    what: String,
    rows: RowBuilder,
    buf: Vec<u8>,
}

impl<W: Write> NoteNlpCsv<W> {
    /// A writer; writes the header now. `what` names the output in errors; `tsv` picks tab as the delimiter.
    pub fn new(w: W, run: &RunInfo, tsv: bool, what: &str) -> Result<Self> {
        Self::with_header(w, run, tsv, what, true)
    }

    /// A writer that writes the header only when `header` is true (false: appending to a resumed output).
    pub fn with_header(mut w: W, run: &RunInfo, tsv: bool, what: &str, write_header: bool) -> Result<Self> {
        let mut header = csv::WriterBuilder::new().delimiter(if tsv { b'\t' } else { b',' }).from_writer(Vec::new());
        header.write_record(NOTE_NLP_COLUMNS).map_err(|e| write_err(what, e))?;
        let header = header.into_inner().map_err(|e| Error::Write { what: what.to_string(), source: e.into_error() })?;
        if write_header {
            w.write_all(&header).map_err(|e| Error::Write { what: what.to_string(), source: e })?;
        }
        Ok(NoteNlpCsv { w, format: RowFormat::new(run, tsv), what: what.to_string(), rows: RowBuilder::new(), buf: Vec::new() })
    }

    /// The inner writer (after `finish`).
    pub fn into_inner(self) -> Result<W> {
        Ok(self.w)
    }
}

fn write_err(what: &str, e: csv::Error) -> Error {
    let source = match e.into_kind() {
        csv::ErrorKind::Io(io) => io,
        other => std::io::Error::other(format!("{other:?}")),
    };
    Error::Write { what: what.to_string(), source }
}

/// The row format shared by the writer and its renderer.
#[derive(Debug, Clone)]
struct RowFormat {
    tsv: bool,
    /// `nlp_system`, `nlp_date` and `nlp_datetime`, the same on every row: formatted and quoted once.
    run_fields: Vec<u8>,
}

impl RowFormat {
    fn new(run: &RunInfo, tsv: bool) -> Self {
        let d = if tsv { b'\t' } else { b',' };
        let mut run_fields = Vec::new();
        field(&mut run_fields, run.nlp_system.as_bytes(), d);
        run_fields.push(d);
        field(&mut run_fields, run.nlp_date.format("%Y-%m-%d").to_string().as_bytes(), d);
        run_fields.push(d);
        field(&mut run_fields, run.nlp_datetime.format("%Y-%m-%d %H:%M:%S").to_string().as_bytes(), d);
        RowFormat { tsv, run_fields }
    }

    /// Append one row: numbers through `itoa`, text fields quoted only when they hold the delimiter,
    /// a quote or a line break (RFC 4180, as the `csv` crate's `QuoteStyle::Necessary` does).
    fn write(&self, out: &mut Vec<u8>, row: &NoteNlpRow<'_>) {
        let d = if self.tsv { b'\t' } else { b',' };
        let mut ib = itoa::Buffer::new();
        out.extend_from_slice(ib.format(row.note_nlp_id).as_bytes());
        out.push(d);
        out.extend_from_slice(ib.format(row.note_id).as_bytes());
        out.push(d);
        out.extend_from_slice(ib.format(row.section_concept_id).as_bytes());
        out.push(d);
        field(out, row.snippet.as_bytes(), d);
        out.push(d);
        out.extend_from_slice(ib.format(row.offset).as_bytes());
        out.push(d);
        field(out, row.lexical_variant.as_bytes(), d);
        out.push(d);
        out.extend_from_slice(ib.format(row.note_nlp_concept_id).as_bytes());
        out.push(d);
        out.extend_from_slice(ib.format(row.note_nlp_source_concept_id).as_bytes());
        out.push(d);
        out.extend_from_slice(&self.run_fields);
        out.push(d);
        field(out, row.term_exists.as_bytes(), d);
        out.push(d);
        field(out, row.term_temporal.as_bytes(), d);
        out.push(d);
        field(out, row.term_modifiers.as_bytes(), d);
        out.push(b'\n');
    }
}

/// Append a text field, quoted (inner quotes doubled) when it must be.
fn field(out: &mut Vec<u8>, v: &[u8], delimiter: u8) {
    if memchr::memchr3(delimiter, b'"', b'\n', v).is_some() || memchr::memchr(b'\r', v).is_some() {
        out.push(b'"');
        for part in v.split_inclusive(|&b| b == b'"') {
            out.extend_from_slice(part);
            if part.last() == Some(&b'"') {
                out.push(b'"');
            }
        }
        out.push(b'"');
    } else {
        out.extend_from_slice(v);
    }
}

impl Renderer for RowFormat {
    fn render(&self, notes: &mut dyn Iterator<Item = (&Note, &[Mention])>, rows: &mut RowBuilder, out: &mut Vec<u8>) -> Result<()> {
        for (note, mentions) in notes {
            rows.for_each(note, mentions, |row| {
                self.write(out, row);
                Ok::<(), std::convert::Infallible>(())
            })
            .unwrap_or_else(|never| match never {});
        }
        Ok(())
    }
}

impl<W: Write> Sink for NoteNlpCsv<W> {
    fn write_note(&mut self, note: &Note, mentions: &[Mention]) -> Result<()> {
        let mut buf = std::mem::take(&mut self.buf);
        buf.clear();
        self.format.render(&mut std::iter::once((note, mentions)), &mut self.rows, &mut buf)?;
        let r = self.write_rendered(&buf);
        self.buf = buf;
        r
    }

    fn renderer(&self) -> Option<Box<dyn Renderer>> {
        Some(Box::new(self.format.clone()))
    }

    fn write_rendered(&mut self, bytes: &[u8]) -> Result<()> {
        self.w.write_all(bytes).map_err(|e| Error::Write { what: self.what.clone(), source: e })
    }

    fn finish(&mut self) -> Result<()> {
        self.w.flush().map_err(|e| Error::Write { what: self.what.clone(), source: e })
    }

    fn commit(&mut self, _note_ids: &[i64]) -> Result<()> {
        self.finish()
    }
}
