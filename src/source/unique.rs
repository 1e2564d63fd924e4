//! Duplicate note_ids: the first row with a note_id is processed, a later row with the same note_id
//! (in the same file or another one of the run) is rejected.
//!
//! [`UniqueIds`] wraps any NOTE reader; readers of one run share one [`SeenIds`], a compressed bitmap of
//! the note_ids seen (a roaring bitmap): memory stays bounded by the id ranges, not by the number of
//! notes, about 1 bit a note where ids are dense (OMOP note_ids usually are; 100 million dense ids take
//! about 13 MB) and at most about 2 bytes a note where they are scattered. Where the first row was is not
//! kept (that would cost tens of bytes a note); the reason says the id was seen earlier in the run.
//! `symptext extract --allow-duplicate-ids` skips the check for inputs known unique.

use std::sync::{Arc, Mutex};

use roaring::RoaringTreemap;

use super::{Record, Reject};
use crate::error::Result;

/// The note_ids seen so far in a run.
#[derive(Debug, Default)]
pub struct SeenIds {
    ids: RoaringTreemap,
}

impl SeenIds {
    /// A shared, empty set for the readers of one run.
    pub fn shared() -> Arc<Mutex<SeenIds>> {
        Arc::new(Mutex::new(SeenIds::default()))
    }

    /// Distinct note_ids seen.
    pub fn len(&self) -> u64 {
        self.ids.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }

    /// Bytes the set takes when serialized (about its size in memory).
    pub fn bytes(&self) -> usize {
        self.ids.serialized_size()
    }

    /// Record `id`; false when it was already seen.
    pub fn insert(&mut self, id: i64) -> bool {
        // Two's complement keeps every i64 distinct as a u64.
        self.ids.insert(id as u64)
    }
}

/// A NOTE reader whose notes with an already-seen note_id become rejects.
pub struct UniqueIds<I> {
    inner: I,
    file: String,
    seen: Arc<Mutex<SeenIds>>,
}

impl<I> UniqueIds<I> {
    /// Wrap the reader of `file` (the name its records carry); `seen` is shared by the run's readers.
    pub fn new(inner: I, file: &str, seen: Arc<Mutex<SeenIds>>) -> Self {
        UniqueIds { inner, file: file.to_string(), seen }
    }
}

impl<I: Iterator<Item = Result<Record>>> Iterator for UniqueIds<I> {
    type Item = Result<Record>;

    fn next(&mut self) -> Option<Self::Item> {
        let rec = self.inner.next()?;
        let Ok(Record::Note { note, line, bytes }) = rec else { return Some(rec) };
        // A poisoned lock only means another reader panicked; the set is still whole.
        let fresh = self.seen.lock().unwrap_or_else(|p| p.into_inner()).insert(note.note_id);
        if fresh {
            return Some(Ok(Record::Note { note, line, bytes }));
        }
        Some(Ok(Record::Reject {
            reject: Reject {
                file: self.file.clone(),
                line,
                note_id: Some(note.note_id.to_string()),
                field: "note_id".into(),
                reason: "duplicate note_id: an earlier row of this run has it".into(),
            },
            bytes,
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::{CsvNoteReader, InputFormat, ReadOptions};

    fn reasons(inputs: &[(&str, &[u8])]) -> Vec<String> {
        let seen = SeenIds::shared();
        let mut out = Vec::new();
        for &(name, data) in inputs {
            let r = CsvNoteReader::new(data, name, InputFormat::Csv, ReadOptions::default()).expect("header");
            for rec in UniqueIds::new(r, name, seen.clone()) {
                out.push(match rec.expect("row") {
                    Record::Note { note, line, .. } => format!("note {} at {line}", note.note_id),
                    Record::Reject { reject, .. } => reject.to_string(),
                });
            }
        }
        assert_eq!(seen.lock().map(|s| s.len()).unwrap_or(0), 3);
        out
    }

    #[test]
    fn a_later_row_with_a_seen_note_id_is_rejected() {
        let got = reasons(&[("a.csv", b"note_id,note_text\n1,x\n2,y\n1,z\nq,w\n"), ("b.csv", b"note_id,note_text\n3,x\n2,again\n")]);
        assert_eq!(
            got,
            vec![
                "note 1 at 2",
                "note 2 at 3",
                "a.csv:4: field note_id: duplicate note_id: an earlier row of this run has it",
                "a.csv:5: field note_id: not an integer",
                "note 3 at 2",
                "b.csv:3: field note_id: duplicate note_id: an earlier row of this run has it",
            ]
        );
    }
}

#[cfg(test)]
mod memory {
    use super::SeenIds;

    #[test]
    fn a_million_dense_ids_take_well_under_a_megabyte_and_extremes_are_distinct() {
        let mut s = SeenIds::default();
        for id in 1..=1_000_000i64 {
            assert!(s.insert(id));
        }
        assert!(!s.insert(500_000));
        assert!(s.insert(-1) && s.insert(i64::MIN) && s.insert(i64::MAX) && !s.insert(-1));
        assert_eq!(s.len(), 1_000_003);
        assert!(s.bytes() < 400_000, "{} bytes", s.bytes());
    }
}
