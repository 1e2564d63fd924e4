//! NOTE_NLP as JSON lines: one object per row, the CDM v5.4 field names in CDM order, ids and concept
//! ids as JSON integers, `offset` as a string (the CDM's varchar), dates `YYYY-MM-DD`, datetimes
//! `YYYY-MM-DD HH:MM:SS`. No header, so a resumed output simply continues.

use std::io::Write;

use super::rows::{RowBytes, RowWriter};
use super::{NoteNlpRow, RunInfo};

/// The NOTE_NLP JSON-lines writer; rows are formatted by its renderer on the worker threads.
pub type NoteNlpJsonl<W> = RowWriter<W, JsonRow>;

impl<W: Write> RowWriter<W, JsonRow> {
    /// A writer; `what` names the output in errors.
    pub fn new(w: W, run: &RunInfo, what: &str) -> Self {
        // `"nlp_system":…,"nlp_date":…,"nlp_datetime":…` is the same for every row: made once.
        let mut p = Vec::new();
        p.extend_from_slice(b",\"nlp_system\":");
        string(&mut p, &run.nlp_system);
        p.extend_from_slice(b",\"nlp_date\":");
        string(&mut p, &run.nlp_date.format("%Y-%m-%d").to_string());
        p.extend_from_slice(b",\"nlp_datetime\":");
        string(&mut p, &run.nlp_datetime.format("%Y-%m-%d %H:%M:%S").to_string());
        RowWriter::with_format(w, JsonRow { prefix_system: p }, what)
    }

    /// The inner writer (after `finish`).
    pub fn into_inner(self) -> W {
        self.w
    }
}

/// A JSON object on one line.
#[derive(Debug, Clone)]
pub struct JsonRow {
    /// The run's constant fields, already encoded, with their leading comma.
    prefix_system: Vec<u8>,
}

fn string(out: &mut Vec<u8>, s: &str) {
    // Writing a &str into a Vec cannot fail.
    let _ = serde_json::to_writer(&mut *out, s);
}

impl RowBytes for JsonRow {
    fn write_row(&self, out: &mut Vec<u8>, row: &NoteNlpRow<'_>) {
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
