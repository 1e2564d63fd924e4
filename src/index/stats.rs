//! What an index holds: notes, persons, dates, languages, coded rows, and the top concepts by status.

use std::collections::{BTreeMap, HashSet};

use tantivy::collector::Count;
use tantivy::query::TermQuery;
use tantivy::schema::IndexRecordOption;
use tantivy::Term;

use super::{from_day_number, tantivy_err, NoteIndex};
use crate::concept::ConceptTable;
use crate::error::Result;
use crate::lang::Lang;
use crate::mention::Status;

/// A concept and the number of notes with a mention of it (in one status).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct ConceptCount {
    pub concept_id: i64,
    /// The English name, when a concept table was given.
    pub name: Option<String>,
    pub notes: u64,
}

/// Counts over the whole index (at its last commit).
#[derive(Debug, Clone, Default)]
pub struct Stats {
    pub notes: u64,
    /// Distinct persons of the notes.
    pub persons: u64,
    pub first_date: Option<chrono::NaiveDate>,
    pub last_date: Option<chrono::NaiveDate>,
    /// Notes per language.
    pub languages: BTreeMap<Lang, u64>,
    pub coded_rows: u64,
    /// Distinct persons with coded rows.
    pub coded_persons: u64,
    /// Per status, the concepts mentioned in the most notes, most first (ties by concept id).
    pub top_concepts: BTreeMap<Status, Vec<ConceptCount>>,
}

impl NoteIndex {
    /// Counts over the index; the `top` concepts per status, named from `concepts` when given.
    /// The note_ids of every note in the index (at its last commit). `symptext index --resume` skips them.
    pub fn note_ids(&self) -> Result<HashSet<i64>> {
        let searcher = self.searcher();
        let mut ids = HashSet::new();
        for reader in searcher.segment_readers() {
            let note_id = reader.fast_fields().i64("note_id").map_err(|e| tantivy_err("note ids", e))?;
            let alive = reader.alive_bitset();
            for doc in 0..reader.max_doc() {
                if alive.is_some_and(|a| !a.is_alive(doc)) {
                    continue;
                }
                if let Some(id) = note_id.first(doc) {
                    ids.insert(id);
                }
            }
        }
        Ok(ids)
    }

    pub fn stats(&self, top: usize, concepts: Option<&ConceptTable>) -> Result<Stats> {
        let searcher = self.searcher();
        let f = &self.fields;
        let mut st = Stats::default();
        let mut persons: HashSet<i64> = HashSet::new();
        let mut coded_persons: HashSet<i64> = HashSet::new();
        let (mut first, mut last) = (i64::MAX, i64::MIN);
        for reader in searcher.segment_readers() {
            let ff = reader.fast_fields();
            let map = |e| tantivy_err("stats", e);
            let note_id = ff.i64("note_id").map_err(map)?;
            let person = ff.i64("person_id").map_err(map)?;
            let date = ff.i64("note_date").map_err(map)?;
            let coded = ff.i64("coded_concept").map_err(map)?;
            let alive = reader.alive_bitset();
            for doc in 0..reader.max_doc() {
                if alive.is_some_and(|a| !a.is_alive(doc)) {
                    continue;
                }
                if note_id.first(doc).is_some() {
                    st.notes += 1;
                    if let Some(p) = person.first(doc) {
                        persons.insert(p);
                    }
                    if let Some(d) = date.first(doc) {
                        first = first.min(d);
                        last = last.max(d);
                    }
                } else if coded.first(doc).is_some() {
                    st.coded_rows += 1;
                    if let Some(p) = person.first(doc) {
                        coded_persons.insert(p);
                    }
                }
            }
        }
        st.persons = persons.len() as u64;
        st.coded_persons = coded_persons.len() as u64;
        st.first_date = from_day_number(first);
        st.last_date = from_day_number(last);
        let count = |t: Term| -> Result<u64> {
            searcher.search(&TermQuery::new(t, IndexRecordOption::Basic), &Count).map(|n| n as u64).map_err(|e| tantivy_err("stats", e))
        };
        for l in Lang::ALL {
            let n = count(Term::from_field_text(f.lang, l.code()))?;
            if n > 0 {
                st.languages.insert(l, n);
            }
        }
        for (si, status) in Status::ALL.into_iter().enumerate() {
            let field = f.concepts[si];
            let mut ids: Vec<i64> = Vec::new();
            for reader in searcher.segment_readers() {
                let inv = reader.inverted_index(field).map_err(|e| tantivy_err("stats", e))?;
                let mut stream = inv.terms().stream().map_err(|e| crate::Error::Config(format!("index stats: {e}")))?;
                while stream.advance() {
                    if let Ok(b) = <[u8; 8]>::try_from(stream.key()) {
                        ids.push(tantivy::u64_to_i64(u64::from_be_bytes(b)));
                    }
                }
            }
            ids.sort_unstable();
            ids.dedup();
            let mut counts = Vec::with_capacity(ids.len());
            for id in ids {
                let notes = count(Term::from_field_i64(field, id))?;
                if notes > 0 {
                    let name = concepts.and_then(|t| t.by_id(id)).map(|c| c.name.clone());
                    counts.push(ConceptCount { concept_id: id, name, notes });
                }
            }
            counts.sort_by(|a, b| b.notes.cmp(&a.notes).then(a.concept_id.cmp(&b.concept_id)));
            counts.truncate(top);
            if !counts.is_empty() {
                st.top_concepts.insert(status, counts);
            }
        }
        Ok(st)
    }
}
