//! NOTE readers. Each yields, in input order, either a note or a reject (a row that cannot be
//! processed, with file, line, field and reason). Errors that make the whole input unusable (no
//! header, a missing required column, an I/O error) are returned as `Err`.

mod csv;
mod jsonl;
#[cfg(feature = "parquet")]
mod parquet;
#[cfg(feature = "postgres")]
mod postgres;
mod unique;

pub(crate) use self::csv::header_names;
pub use self::csv::{CsvNoteReader, InputFormat};
pub use self::jsonl::JsonlNoteReader;
#[cfg(feature = "parquet")]
pub use self::parquet::ParquetNoteReader;
#[cfg(feature = "postgres")]
pub use self::postgres::{PgNoteReader, PgSelect};
pub use self::unique::{SeenIds, UniqueIds};

use crate::note::Note;

/// A row that was not processed, and why. Never holds note text.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Reject {
    pub file: String,
    /// 1-based line where the record starts (the header is line 1).
    pub line: u64,
    /// The note_id as written, when it could be read.
    pub note_id: Option<String>,
    pub field: String,
    pub reason: String,
}

impl std::fmt::Display for Reject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}: field {}: {}", self.file, self.line, self.field, self.reason)
    }
}

/// One input record.
#[derive(Debug, Clone)]
pub enum Record {
    /// A note to process, with the line it starts on and its size in the input.
    Note { note: Note, line: u64, bytes: u64 },
    /// A row that goes to the rejects report.
    Reject { reject: Reject, bytes: u64 },
}

impl Record {
    pub fn bytes(&self) -> u64 {
        match self {
            Record::Note { bytes, .. } | Record::Reject { bytes, .. } => *bytes,
        }
    }
}

/// Limits applied while reading.
#[derive(Debug, Clone, Copy)]
pub struct ReadOptions {
    /// Notes whose text is longer than this (bytes) are rejected.
    pub max_note_bytes: usize,
}

impl ReadOptions {
    /// The reject reason for a note text of `len` bytes, when it is over the limit.
    pub(crate) fn too_long(&self, len: usize) -> Option<String> {
        (len > self.max_note_bytes).then(|| format!("text is {len} bytes, over the limit of {} (--max-note-bytes)", self.max_note_bytes))
    }
}

impl Default for ReadOptions {
    fn default() -> Self {
        ReadOptions { max_note_bytes: 1 << 20 }
    }
}
