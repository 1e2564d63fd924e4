//! The input note: the OMOP NOTE fields the engine needs.

use crate::lang::Lang;

/// One clinical note.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Note {
    pub note_id: i64,
    pub person_id: Option<i64>,
    /// ISO date `YYYY-MM-DD`.
    pub note_date: Option<chrono::NaiveDate>,
    /// The note's language when the source says it; else the engine's default.
    pub language: Option<Lang>,
    pub text: String,
}

impl Note {
    /// A note with only an id and text.
    pub fn new(note_id: i64, text: impl Into<String>) -> Self {
        Note { note_id, text: text.into(), ..Default::default() }
    }
}
