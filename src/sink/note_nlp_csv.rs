//! NOTE_NLP as CSV or TSV: a header with the CDM v5.4 columns in CDM order, one row per mention,
//! RFC 4180 quoting. Dates are `YYYY-MM-DD`, datetimes `YYYY-MM-DD HH:MM:SS`.

use std::io::Write;

use super::rows::{RowBytes, RowWriter};
use super::{NoteNlpRow, RunInfo, NOTE_NLP_COLUMNS};
use crate::error::{Error, Result};

/// The NOTE_NLP CSV/TSV writer.
pub type NoteNlpCsv<W> = RowWriter<W, CsvRow>;

impl<W: Write> RowWriter<W, CsvRow> {
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
        Ok(RowWriter::with_format(w, CsvRow::new(run, tsv), what))
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

/// A CSV or TSV row.
#[derive(Debug, Clone)]
pub struct CsvRow {
    tsv: bool,
    /// `nlp_system`, `nlp_date` and `nlp_datetime`, the same on every row: formatted and quoted once.
    run_fields: Vec<u8>,
}

impl CsvRow {
    fn new(run: &RunInfo, tsv: bool) -> Self {
        let d = if tsv { b'\t' } else { b',' };
        let mut run_fields = Vec::new();
        field(&mut run_fields, run.nlp_system.as_bytes(), d);
        run_fields.push(d);
        field(&mut run_fields, run.nlp_date.format("%Y-%m-%d").to_string().as_bytes(), d);
        run_fields.push(d);
        field(&mut run_fields, run.nlp_datetime.format("%Y-%m-%d %H:%M:%S").to_string().as_bytes(), d);
        CsvRow { tsv, run_fields }
    }
}

impl RowBytes for CsvRow {
    /// Append one row: numbers through `itoa`, text fields quoted only when they hold the delimiter,
    /// a quote or a line break (RFC 4180, as the `csv` crate's `QuoteStyle::Necessary` does).
    fn write_row(&self, out: &mut Vec<u8>, row: &NoteNlpRow<'_>) {
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
