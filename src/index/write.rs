//! Writing the index: notes with their mentions, coded rows, deletes, commits.

use tantivy::schema::TantivyDocument;
use tantivy::Term;

use super::search::{StoredMention, StoredModifiers};
use super::{day_number, tantivy_err, Fields, NoteIndex, KIND_CODED, KIND_NOTE};
use crate::concept::ConceptTable;
use crate::engine::Engine;
use crate::error::Result;
use crate::lang::Lang;
use crate::mention::{Mention, Status};
use crate::note::Note;
use crate::sink::Sink;

/// Adds notes and coded rows to a [`NoteIndex`]. Nothing is visible, and nothing survives a crash,
/// until [`NoteIndexWriter::commit`]; each commit is atomic.
pub struct NoteIndexWriter {
    writer: tantivy::IndexWriter,
    fields: Fields,
    /// Operations since the last commit.
    pending: u64,
}

impl std::fmt::Debug for NoteIndexWriter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("NoteIndexWriter").field("pending", &self.pending).finish()
    }
}

impl NoteIndexWriter {
    pub(crate) fn new(index: &NoteIndex, heap_bytes: usize, threads: usize) -> Result<Self> {
        let writer = if threads == 0 {
            index.index.writer(heap_bytes.max(15_000_000 * 2))
        } else {
            index.index.writer_with_num_threads(threads, heap_bytes.max(15_000_000 * threads))
        }
        .map_err(|e| tantivy_err("writer", e))?;
        Ok(NoteIndexWriter { writer, fields: index.fields.clone(), pending: 0 })
    }

    /// Add a note and its mentions, replacing any note with the same `note_id`. `lang` is the language
    /// the note was processed in (its text goes to that language's field).
    pub fn add_note(&mut self, note: &Note, lang: Lang, mentions: &[Mention], concepts: &ConceptTable) -> Result<()> {
        let f = &self.fields;
        self.writer.delete_term(Term::from_field_i64(f.note_id, note.note_id));
        let mut doc = TantivyDocument::default();
        doc.add_text(f.kind, KIND_NOTE);
        doc.add_i64(f.note_id, note.note_id);
        if let Some(p) = note.person_id {
            doc.add_i64(f.person_id, p);
        }
        if let Some(d) = note.note_date {
            doc.add_i64(f.note_date, day_number(d));
        }
        doc.add_text(f.lang, lang.code());
        doc.add_text(f.text, &note.text);
        let li = Lang::ALL.iter().position(|&l| l == lang).unwrap_or(0);
        doc.add_text(f.text_lang[li], &note.text);
        let mut seen: Vec<(Status, i64)> = Vec::with_capacity(mentions.len());
        let mut seen_any: Vec<i64> = Vec::with_capacity(mentions.len());
        let mut seen_status = [false; 6];
        let mut stored: Vec<StoredMention> = Vec::with_capacity(mentions.len());
        for m in mentions {
            let status = m.status();
            let si = Status::ALL.iter().position(|&s| s == status).unwrap_or(0);
            if !seen.contains(&(status, m.concept_id)) {
                seen.push((status, m.concept_id));
                doc.add_i64(f.concepts[si], m.concept_id);
            }
            if !seen_any.contains(&m.concept_id) {
                seen_any.push(m.concept_id);
                doc.add_i64(f.concepts_any, m.concept_id);
            }
            if !seen_status[si] {
                seen_status[si] = true;
                doc.add_text(f.status, status.name());
            }
            stored.push(StoredMention {
                concept_id: m.concept_id,
                name: concepts.by_id(m.concept_id).map(|c| c.name.clone()).unwrap_or_default(),
                start: m.start,
                end: m.end,
                offset: m.char_offset,
                status,
                modifiers: StoredModifiers::from(&m.modifiers),
            });
        }
        let json =
            serde_json::to_string(&stored).map_err(|e| crate::Error::Config(format!("index: mentions of note {}: {e}", note.note_id)))?;
        doc.add_text(f.mentions, &json);
        self.writer.add_document(doc).map_err(|e| tantivy_err("add note", e))?;
        self.pending += 1;
        Ok(())
    }

    /// Record that `person_id` has `concept_id` coded on `date` (OMOP CONDITION_OCCURRENCE or
    /// OBSERVATION). The same row added twice is kept once.
    pub fn add_coded(&mut self, person_id: i64, concept_id: i64, date: Option<chrono::NaiveDate>) -> Result<()> {
        let f = &self.fields;
        let day = date.map(day_number);
        let key = format!("{person_id}|{concept_id}|{}", day.map(|d| d.to_string()).unwrap_or_default());
        self.writer.delete_term(Term::from_field_text(f.coded_key, &key));
        let mut doc = TantivyDocument::default();
        doc.add_text(f.kind, KIND_CODED);
        doc.add_text(f.coded_key, &key);
        doc.add_i64(f.person_id, person_id);
        doc.add_i64(f.coded_concept, concept_id);
        if let Some(d) = day {
            doc.add_i64(f.coded_date, d);
        }
        self.writer.add_document(doc).map_err(|e| tantivy_err("add coded row", e))?;
        self.pending += 1;
        Ok(())
    }

    /// Delete a note by id (nothing happens when there is none).
    pub fn delete_note(&mut self, note_id: i64) {
        self.writer.delete_term(Term::from_field_i64(self.fields.note_id, note_id));
        self.pending += 1;
    }

    /// Operations since the last commit.
    pub fn pending(&self) -> u64 {
        self.pending
    }

    /// Make everything added so far durable and visible, atomically.
    pub fn commit(&mut self) -> Result<()> {
        self.writer.commit().map_err(|e| tantivy_err("commit", e))?;
        self.pending = 0;
        Ok(())
    }

    /// Drop everything since the last commit.
    pub fn rollback(&mut self) -> Result<()> {
        self.writer.rollback().map_err(|e| tantivy_err("rollback", e))?;
        self.pending = 0;
        Ok(())
    }

    /// Wait for background merges to end (call after the last commit).
    pub fn finish(self) -> Result<()> {
        self.writer.wait_merging_threads().map_err(|e| tantivy_err("merge", e))
    }
}

/// A [`Sink`] that indexes each note, committing every `commit_every` notes (0: only at the end,
/// by the caller).
pub struct IndexSink<'a> {
    pub writer: &'a mut NoteIndexWriter,
    pub engine: &'a Engine,
    pub commit_every: u64,
    since_commit: u64,
}

impl<'a> IndexSink<'a> {
    pub fn new(writer: &'a mut NoteIndexWriter, engine: &'a Engine, commit_every: u64) -> Self {
        IndexSink { writer, engine, commit_every, since_commit: 0 }
    }
}

impl Sink for IndexSink<'_> {
    fn write_note(&mut self, note: &Note, mentions: &[Mention]) -> Result<()> {
        // The text is analysed in the note's own language, even when the engine has no lexicon for it.
        // A note that names none is analysed in the language detection chose for it (the main one of a
        // mixed note, the best guess of one it could not decide).
        // The mentions already say how detection read the note; only a note without any is detected again.
        let lang = note.language.or_else(|| mentions.first().map(|m| m.lang)).unwrap_or_else(|| match self.engine.plan(note) {
            crate::detect::Detected::One(l) | crate::detect::Detected::Mixed { main: l, .. } => l,
            crate::detect::Detected::Unsure(ranked) => ranked.first().copied().unwrap_or(self.engine.default_lang()),
        });
        self.writer.add_note(note, lang, mentions, self.engine.concepts())?;
        self.since_commit += 1;
        if self.commit_every > 0 && self.since_commit >= self.commit_every {
            self.writer.commit()?;
            self.since_commit = 0;
        }
        Ok(())
    }

    fn finish(&mut self) -> Result<()> {
        Ok(())
    }
}
