//! Duplicate note_ids: the first row with a note_id is processed, a later row with the same note_id
//! (in the same file or another one of the run) is rejected with a reason that names the first.
//!
//! [`UniqueIds`] wraps any NOTE reader; readers of one run share one [`SeenIds`]. Memory: a hash table
//! slot of 24 bytes (the id, a file number and a line) and a control byte per distinct processed
//! note_id; the table doubles when 7/8 full, so 29 to 57 bytes a note (100 million notes: 3.4 GB).
//! `symptext extract --allow-duplicate-ids` skips the check (and the memory) for inputs known unique.

use std::collections::hash_map::Entry;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use super::{Record, Reject};
use crate::error::Result;

/// The note_ids seen so far in a run, with where each was first seen.
#[derive(Debug, Default)]
pub struct SeenIds {
    files: Vec<String>,
    ids: HashMap<i64, (u32, u64)>,
}

impl SeenIds {
    /// A shared, empty set for the readers of one run.
    pub fn shared() -> Arc<Mutex<SeenIds>> {
        Arc::new(Mutex::new(SeenIds::default()))
    }

    /// Distinct note_ids seen.
    pub fn len(&self) -> usize {
        self.ids.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }
}

/// A NOTE reader whose notes with an already-seen note_id become rejects.
pub struct UniqueIds<I> {
    inner: I,
    file: String,
    file_no: Option<u32>,
    seen: Arc<Mutex<SeenIds>>,
}

impl<I> UniqueIds<I> {
    /// Wrap the reader of `file` (the name its records carry); `seen` is shared by the run's readers.
    pub fn new(inner: I, file: &str, seen: Arc<Mutex<SeenIds>>) -> Self {
        UniqueIds { inner, file: file.to_string(), file_no: None, seen }
    }
}

impl<I: Iterator<Item = Result<Record>>> Iterator for UniqueIds<I> {
    type Item = Result<Record>;

    fn next(&mut self) -> Option<Self::Item> {
        let rec = self.inner.next()?;
        let Ok(Record::Note { note, line, bytes }) = rec else { return Some(rec) };
        // A poisoned lock only means another reader panicked; the table is still whole.
        let mut seen = self.seen.lock().unwrap_or_else(|p| p.into_inner());
        let file_no = match self.file_no {
            Some(n) => n,
            None => {
                seen.files.push(self.file.clone());
                let n = u32::try_from(seen.files.len() - 1).unwrap_or(u32::MAX);
                self.file_no = Some(n);
                n
            }
        };
        match seen.ids.entry(note.note_id) {
            Entry::Vacant(v) => {
                v.insert((file_no, line));
                Some(Ok(Record::Note { note, line, bytes }))
            }
            Entry::Occupied(o) => {
                let (f, first_line) = *o.get();
                let first_file = seen.files.get(f as usize).map_or("?", String::as_str);
                let at = if f == file_no { format!("line {first_line}") } else { format!("{first_file}:{first_line}") };
                Some(Ok(Record::Reject {
                    reject: Reject {
                        file: self.file.clone(),
                        line,
                        note_id: Some(note.note_id.to_string()),
                        field: "note_id".into(),
                        reason: format!("duplicate note_id: first seen at {at}"),
                    },
                    bytes,
                }))
            }
        }
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
    fn a_later_row_with_a_seen_note_id_is_rejected_naming_the_first() {
        let got = reasons(&[("a.csv", b"note_id,note_text\n1,x\n2,y\n1,z\nq,w\n"), ("b.csv", b"note_id,note_text\n3,x\n2,again\n")]);
        assert_eq!(
            got,
            vec![
                "note 1 at 2",
                "note 2 at 3",
                "a.csv:4: field note_id: duplicate note_id: first seen at line 2",
                "a.csv:5: field note_id: not an integer",
                "note 3 at 2",
                "b.csv:3: field note_id: duplicate note_id: first seen at a.csv:3",
            ]
        );
    }
}
