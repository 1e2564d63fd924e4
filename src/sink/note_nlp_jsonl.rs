//! NOTE_NLP as JSON lines: one object per row, the CDM v5.4 field names in CDM order, ids and concept
//! ids as JSON integers, `offset` as a string (the CDM's varchar), dates `YYYY-MM-DD`, datetimes
//! `YYYY-MM-DD HH:MM:SS`. No header, so a resumed output simply continues.

use std::io::Write;

use super::{NoteNlpRow, Renderer, RowBuilder, RunInfo, Sink};
use crate::error::{Error, Result};
use crate::mention::Mention;
use crate::note::Note;

/// The NOTE_NLP JSON-lines writer; rows are formatted by its [`Renderer`] on the worker threads.
pub struct NoteNlpJsonl<W: Write> {
    w: W,
    format: JsonRow,
    what: String,
    rows: RowBuilder,
    buf: Vec<u8>,
}

impl<W: Write> NoteNlpJsonl<W> {
    /// A writer; `what` names the output in errors.
    pub fn new(w: W, run: &RunInfo, what: &str) -> Self {
        let mut format = JsonRow { prefix_system: Vec::new() };
        // `"nlp_system":…,"nlp_date":…,"nlp_datetime":…` is the same for every row: made once.
        let mut p = Vec::new();
        p.extend_from_slice(b",\"nlp_system\":");
        string(&mut p, &run.nlp_system);
        p.extend_from_slice(b",\"nlp_date\":");
        string(&mut p, &run.nlp_date.format("%Y-%m-%d").to_string());
        p.extend_from_slice(b",\"nlp_datetime\":");
        string(&mut p, &run.nlp_datetime.format("%Y-%m-%d %H:%M:%S").to_string());
        format.prefix_system = p;
        NoteNlpJsonl { w, format, what: what.to_string(), rows: RowBuilder::new(), buf: Vec::new() }
    }

    /// The inner writer (after `finish`).
    pub fn into_inner(self) -> W {
        self.w
    }
}

#[derive(Debug, Clone)]
struct JsonRow {
    /// The run's constant fields, already encoded, with their leading comma.
    prefix_system: Vec<u8>,
}

fn string(out: &mut Vec<u8>, s: &str) {
    // Writing a &str into a Vec cannot fail.
    let _ = serde_json::to_writer(&mut *out, s);
}

impl JsonRow {
    fn write(&self, out: &mut Vec<u8>, row: &NoteNlpRow<'_>) {
        let mut ib = itoa::Buffer::new();
        out.extend_from_slice(b"{\"note_nlp_id\":");
        out.extend_from_slice(ib.format(row.note_nlp_id).as_bytes());
        out.extend_from_slice(b",\"note_id\":");
        out.extend_from_slice(ib.format(row.note_id).as_bytes());
        out.extend_from_slice(b",\"section_concept_id\":");
        out.extend_from_slice(ib.format(row.section_concept_id).as_bytes());
        out.extend_from_slice(b",\"snippet\":");
        string(out, row.snippet);
        out.extend_from_slice(b",\"offset\":\"");
        out.extend_from_slice(ib.format(row.offset).as_bytes());
        out.extend_from_slice(b"\",\"lexical_variant\":");
        string(out, row.lexical_variant);
        out.extend_from_slice(b",\"note_nlp_concept_id\":");
        out.extend_from_slice(ib.format(row.note_nlp_concept_id).as_bytes());
        out.extend_from_slice(b",\"note_nlp_source_concept_id\":");
        out.extend_from_slice(ib.format(row.note_nlp_source_concept_id).as_bytes());
        out.extend_from_slice(&self.prefix_system);
        out.extend_from_slice(b",\"term_exists\":\"");
        out.extend_from_slice(row.term_exists.as_bytes());
        out.extend_from_slice(b"\",\"term_temporal\":\"");
        out.extend_from_slice(row.term_temporal.as_bytes());
        out.extend_from_slice(b"\",\"term_modifiers\":");
        string(out, row.term_modifiers);
        out.extend_from_slice(b"}\n");
    }
}

impl Renderer for JsonRow {
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

impl<W: Write> Sink for NoteNlpJsonl<W> {
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
