//! NOTE_NLP as CSV or TSV: a header with the CDM v5.4 columns in CDM order, one row per mention,
//! RFC 4180 quoting. Dates are `YYYY-MM-DD`, datetimes `YYYY-MM-DD HH:MM:SS`.

use std::io::Write;

use super::{RowBuilder, RunInfo, Sink, NOTE_NLP_COLUMNS};
use crate::error::{Error, Result};
use crate::mention::Mention;
use crate::note::Note;

/// The NOTE_NLP CSV/TSV writer.
pub struct NoteNlpCsv<W: Write> {
    w: csv::Writer<W>,
    nlp_date: String,
    nlp_datetime: String,
    nlp_system: String,
    what: String,
    rows: RowBuilder,
}

impl<W: Write> NoteNlpCsv<W> {
    /// A writer; `what` names the output in errors; `tsv` picks tab as the delimiter.
    pub fn new(w: W, run: &RunInfo, tsv: bool, what: &str) -> Result<Self> {
        let mut w = csv::WriterBuilder::new().delimiter(if tsv { b'\t' } else { b',' }).from_writer(w);
        w.write_record(NOTE_NLP_COLUMNS).map_err(|e| write_err(what, e))?;
        Ok(NoteNlpCsv {
            w,
            nlp_date: run.nlp_date.format("%Y-%m-%d").to_string(),
            nlp_datetime: run.nlp_datetime.format("%Y-%m-%d %H:%M:%S").to_string(),
            nlp_system: run.nlp_system.clone(),
            what: what.to_string(),
            rows: RowBuilder::new(),
        })
    }

    /// The inner writer (after `finish`).
    pub fn into_inner(self) -> Result<W> {
        let what = self.what.clone();
        self.w.into_inner().map_err(|e| Error::Write { what, source: e.into_error() })
    }
}

fn write_err(what: &str, e: csv::Error) -> Error {
    let source = match e.into_kind() {
        csv::ErrorKind::Io(io) => io,
        other => std::io::Error::other(format!("{other:?}")),
    };
    Error::Write { what: what.to_string(), source }
}

impl<W: Write> Sink for NoteNlpCsv<W> {
    fn write_note(&mut self, note: &Note, mentions: &[Mention]) -> Result<()> {
        let NoteNlpCsv { w, nlp_date, nlp_datetime, nlp_system, what, rows } = self;
        rows.for_each(note, mentions, |row| {
            let mut ib: [itoa::Buffer; 6] = Default::default();
            let [b0, b1, b2, b3, b4, b5] = &mut ib;
            let fields: [&[u8]; 14] = [
                b0.format(row.note_nlp_id).as_bytes(),
                b1.format(row.note_id).as_bytes(),
                b2.format(row.section_concept_id).as_bytes(),
                row.snippet.as_bytes(),
                b3.format(row.offset).as_bytes(),
                row.lexical_variant.as_bytes(),
                b4.format(row.note_nlp_concept_id).as_bytes(),
                b5.format(row.note_nlp_source_concept_id).as_bytes(),
                nlp_system.as_bytes(),
                nlp_date.as_bytes(),
                nlp_datetime.as_bytes(),
                row.term_exists.as_bytes(),
                row.term_temporal.as_bytes(),
                row.term_modifiers.as_bytes(),
            ];
            w.write_record(fields).map_err(|e| write_err(what, e))
        })
    }

    fn finish(&mut self) -> Result<()> {
        self.w.flush().map_err(|e| Error::Write { what: self.what.clone(), source: e })
    }
}
