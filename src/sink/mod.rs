//! Sinks: where mentions go. Each output format is a written contract with its own writer.
//!
//! The OMOP NOTE_NLP mapping (CDM v5.4) is built once here ([`NoteNlpRow`]) and every NOTE_NLP writer
//! serializes the same rows.

mod note_nlp_csv;
mod note_nlp_jsonl;
#[cfg(feature = "parquet")]
mod note_nlp_parquet;
#[cfg(feature = "postgres")]
mod postgres;
mod rows;

pub use note_nlp_csv::{CsvRow, NoteNlpCsv};
pub use note_nlp_jsonl::{JsonRow, NoteNlpJsonl};
#[cfg(feature = "parquet")]
pub use note_nlp_parquet::{note_nlp_schema, NoteNlpParquet};
#[cfg(feature = "postgres")]
pub use postgres::{NoteNlpPostgres, PgSinkOptions};
pub use rows::{RowBytes, RowWriter};

use std::borrow::Cow;

use crate::engine::Engine;
use crate::error::Result;
use crate::lexicon::fnv1a;
use crate::mention::Mention;
use crate::note::Note;

/// A consumer of extraction results, in input order.
pub trait Sink {
    /// Write the mentions of one note (possibly none).
    fn write_note(&mut self, note: &Note, mentions: &[Mention]) -> Result<()>;
    /// Flush everything; called once at the end (also after a stop on the stop flag).
    fn finish(&mut self) -> Result<()>;
    /// Make the rows written so far durable as far as this sink can (flush a file, commit a
    /// transaction); called by the pipeline after each batch, before its checkpoint, with the ids of
    /// all the batch's notes (with or without mentions), which a transactional sink replaces.
    fn commit(&mut self, _note_ids: &[i64]) -> Result<()> {
        Ok(())
    }
    /// A byte-oriented sink may hand out a renderer, so that rows are formatted by the parallel workers
    /// and the writer only copies bytes ([`Sink::write_rendered`]).
    fn renderer(&self) -> Option<Box<dyn Renderer>> {
        None
    }
    /// Write bytes made by this sink's renderer, in input order.
    fn write_rendered(&mut self, _bytes: &[u8]) -> Result<()> {
        Err(crate::Error::Config("this sink has no renderer".into()))
    }
}

/// Formats the rows of many notes into bytes; called from worker threads.
pub trait Renderer: Send + Sync {
    /// Append the rows of these notes, in order, to `out`.
    fn render(&self, notes: &mut dyn Iterator<Item = (&Note, &[Mention])>, rows: &mut RowBuilder, out: &mut Vec<u8>) -> Result<()>;
}

/// Fields that are the same for every row of a run.
#[derive(Debug, Clone)]
pub struct RunInfo {
    /// `symptext <version> lex:<fingerprint>`.
    pub nlp_system: String,
    pub nlp_date: chrono::NaiveDate,
    pub nlp_datetime: chrono::NaiveDateTime,
}

impl RunInfo {
    /// Run info for now (local time), or for a pinned date-time.
    pub fn new(engine: &Engine, pinned: Option<chrono::NaiveDateTime>) -> Self {
        let dt = pinned.unwrap_or_else(|| chrono::Local::now().naive_local());
        let dt = dt.with_nanosecond(0).unwrap_or(dt);
        RunInfo { nlp_system: engine.nlp_system(), nlp_date: dt.date(), nlp_datetime: dt }
    }
}

use chrono::Timelike;

/// The NOTE_NLP columns, in CDM v5.4 order.
pub const NOTE_NLP_COLUMNS: [&str; 14] = [
    "note_nlp_id",
    "note_id",
    "section_concept_id",
    "snippet",
    "offset",
    "lexical_variant",
    "note_nlp_concept_id",
    "note_nlp_source_concept_id",
    "nlp_system",
    "nlp_date",
    "nlp_datetime",
    "term_exists",
    "term_temporal",
    "term_modifiers",
];

/// One NOTE_NLP row. Borrowed from the note and a [`RowBuilder`]'s buffers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NoteNlpRow<'a> {
    pub note_nlp_id: i64,
    pub note_id: i64,
    pub section_concept_id: i64,
    pub snippet: &'a str,
    /// Character offset of the hit's start, written as text.
    pub offset: usize,
    pub lexical_variant: &'a str,
    pub note_nlp_concept_id: i64,
    pub note_nlp_source_concept_id: i64,
    pub term_exists: &'static str,
    pub term_temporal: &'static str,
    pub term_modifiers: &'a str,
}

/// Largest snippet and lexical_variant, in characters (the CDM's varchar(250)).
pub const MAX_TEXT_CHARS: usize = 250;

/// `note_nlp_id`: unique and stable for the same input and lexicons. For note ids in `0..2^47` and
/// fewer than 65,536 mentions in a note it is `note_id * 65536 + index` (so ids of one note sort
/// together and never collide); otherwise a negative 63-bit FNV-1a hash of (note_id, index).
pub fn note_nlp_id(note_id: i64, index: usize) -> i64 {
    if (0..(1i64 << 47)).contains(&note_id) && index < (1 << 16) {
        (note_id << 16) | index as i64
    } else {
        let h = fnv1a(fnv1a(0xcbf2_9ce4_8422_2325, &note_id.to_le_bytes()), &(index as u64).to_le_bytes());
        -((h >> 1) as i64) - 1
    }
}

/// `term_modifiers`: the five OHDSI keys always, then the evidence (`trigger=a|b`) when there is some.
pub fn term_modifiers(m: &Mention) -> String {
    let mut s = String::new();
    write_term_modifiers(m, &mut s);
    s
}

fn write_term_modifiers(m: &Mention, s: &mut String) {
    let md = &m.modifiers;
    s.clear();
    for (i, (k, v)) in [
        ("negation", bool_str(md.negated)),
        ("subject", md.subject.name()),
        ("conditional", bool_str(md.hypothetical)),
        ("rule_out", bool_str(md.rule_out)),
        ("uncertain", bool_str(md.uncertain)),
    ]
    .into_iter()
    .enumerate()
    {
        if i > 0 {
            s.push(';');
        }
        s.push_str(k);
        s.push('=');
        s.push_str(v);
    }
    if !m.evidence.is_empty() {
        s.push_str(";trigger=");
        for (i, e) in m.evidence.iter().enumerate() {
            if i > 0 {
                s.push('|');
            }
            if e.trigger.bytes().any(|b| matches!(b, b';' | b'=' | b'|' | b'\n' | b'\r')) {
                s.extend(e.trigger.chars().map(|c| if matches!(c, ';' | '=' | '|' | '\n' | '\r') { ' ' } else { c }));
            } else {
                s.push_str(&e.trigger);
            }
        }
    }
}

fn bool_str(b: bool) -> &'static str {
    if b {
        "true"
    } else {
        "false"
    }
}

/// Collapse whitespace runs and cut to `max` characters around `focus` (a byte range inside `text`).
pub fn snippet(text: &str, focus: (usize, usize), max: usize) -> Cow<'_, str> {
    // Fast path: short ASCII text with single spaces only, the usual clause, is its own snippet.
    if text.len() <= max && !text.starts_with(' ') && !text.ends_with(' ') && {
        let mut prev = 0u8;
        text.bytes().all(|b| {
            let ok = b < 0x80 && (b > b' ' || (b == b' ' && prev != b' '));
            prev = b;
            ok
        })
    } {
        return Cow::Borrowed(text);
    }
    let needs_ws = text.contains(|c: char| c.is_whitespace() && c != ' ') || text.contains("  ");
    let chars = text.chars().count();
    if !needs_ws && chars <= max {
        return Cow::Borrowed(text);
    }
    // Take a window of `max` characters centred on the focus, then collapse whitespace.
    let window: &str = if chars <= max {
        text
    } else {
        let focus_char = text[..focus.0.min(text.len())].chars().count();
        let focus_len = text.get(focus.0..focus.1).map(|s| s.chars().count()).unwrap_or(0);
        let start = (focus_char + focus_len / 2).saturating_sub(max / 2).min(chars - max);
        let b0 = text.char_indices().nth(start).map(|(i, _)| i).unwrap_or(0);
        let b1 = text.char_indices().nth(start + max).map(|(i, _)| i).unwrap_or(text.len());
        &text[b0..b1]
    };
    let mut out = String::with_capacity(window.len());
    let mut ws = false;
    for c in window.chars() {
        if c.is_whitespace() {
            if !ws {
                out.push(' ');
            }
            ws = true;
        } else {
            out.push(c);
            ws = false;
        }
    }
    Cow::Owned(out.trim().to_string())
}

/// Builds the NOTE_NLP rows of a note's mentions, reusing its buffers from note to note: the snippet of
/// a clause is made once for all the mentions in it, and `term_modifiers` is written into a reused string.
#[derive(Debug, Default)]
pub struct RowBuilder {
    modifiers: String,
    snippet: String,
    /// Clause (byte range) whose snippet is in `snippet`, when it did not depend on the focus.
    snippet_of: Option<(usize, usize)>,
}

impl RowBuilder {
    pub fn new() -> Self {
        Self::default()
    }

    /// Call `f` with each row, in mention order.
    pub fn for_each<E>(&mut self, note: &Note, mentions: &[Mention], mut f: impl FnMut(&NoteNlpRow<'_>) -> Result<(), E>) -> Result<(), E> {
        let text = note.text.as_str();
        self.snippet_of = None;
        for (i, m) in mentions.iter().enumerate() {
            let sentence = text.get(m.sentence_start..m.sentence_end).unwrap_or("");
            let clause = (m.sentence_start, m.sentence_end);
            let snippet: &str = if self.snippet_of == Some(clause) {
                &self.snippet
            } else {
                match snippet(sentence, (m.start.saturating_sub(m.sentence_start), m.end.saturating_sub(m.sentence_start)), MAX_TEXT_CHARS)
                {
                    Cow::Borrowed(s) => s,
                    Cow::Owned(o) => {
                        // A long clause's snippet is centred on its hit, so it is cached only when short.
                        let short = sentence.len() <= MAX_TEXT_CHARS;
                        self.snippet = o;
                        self.snippet_of = if short { Some(clause) } else { None };
                        &self.snippet
                    }
                }
            };
            let lv = m.lexical_variant(text);
            let lv = match lv.char_indices().nth(MAX_TEXT_CHARS) {
                Some((b, _)) => &lv[..b],
                None => lv,
            };
            write_term_modifiers(m, &mut self.modifiers);
            let row = NoteNlpRow {
                note_nlp_id: note_nlp_id(note.note_id, i),
                note_id: note.note_id,
                section_concept_id: 0,
                snippet,
                offset: m.char_offset,
                lexical_variant: lv,
                note_nlp_concept_id: m.concept_id,
                note_nlp_source_concept_id: 0,
                term_exists: if m.modifiers.exists() { "Y" } else { "N" },
                term_temporal: if m.modifiers.historical { "past" } else { "present" },
                term_modifiers: &self.modifiers,
            };
            f(&row)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_stable_and_distinct() {
        assert_eq!(note_nlp_id(1, 0), 65536);
        assert_eq!(note_nlp_id(1, 1), 65537);
        assert_eq!(note_nlp_id(2, 0), 131072);
        assert!(note_nlp_id(-5, 0) < 0);
        assert_eq!(note_nlp_id(-5, 0), note_nlp_id(-5, 0));
        assert_ne!(note_nlp_id(-5, 0), note_nlp_id(-5, 1));
        assert!(note_nlp_id(1 << 50, 0) < 0);
    }

    #[test]
    fn snippet_collapses_and_cuts_around_focus() {
        assert_eq!(snippet("a\n b", (0, 1), 250), "a b");
        let long = format!("{}cough{}", "x ".repeat(200), " y".repeat(200));
        let s = snippet(&long, (400, 405), 50);
        assert!(s.contains("cough"));
        assert!(s.chars().count() <= 50);
    }
}
