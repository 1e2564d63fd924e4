//! Coded data: OMOP CONDITION_OCCURRENCE or OBSERVATION rows as CSV/TSV with a header.
//!
//! Columns used: `person_id`; the concept, `condition_concept_id` or `observation_concept_id` (else the
//! one `*_concept_id` column that is not a type, source, status, unit or value concept); the date,
//! `condition_start_date` or `observation_date` (else a `*_start_date` or `*_date` column). Other columns
//! are ignored. A row whose person or concept is not an integer, or whose date is not a date, is a reject.

use std::io::Read;

use crate::error::{Error, Result};
use crate::source::{InputFormat, Reject};

/// One coded row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CodedRow {
    pub person_id: i64,
    pub concept_id: i64,
    pub date: Option<chrono::NaiveDate>,
}

/// A coded row or a reject.
#[derive(Debug, Clone)]
pub enum CodedRecord {
    Row(CodedRow),
    Reject(Reject),
}

/// Reads coded rows from CSV/TSV.
pub struct CodedReader<R: Read> {
    rdr: ::csv::Reader<R>,
    file: String,
    person: usize,
    concept: usize,
    date: Option<usize>,
    record: ::csv::StringRecord,
    done: bool,
}

const NOT_THE_CONCEPT: [&str; 6] =
    ["_type_concept_id", "_source_concept_id", "_status_concept_id", "unit_concept_id", "value_as_concept_id", "qualifier_concept_id"];

impl<R: Read> CodedReader<R> {
    /// Read and check the header. `file` names the input in rejects and errors.
    pub fn new(reader: R, file: &str, format: InputFormat) -> Result<Self> {
        let mut rdr =
            ::csv::ReaderBuilder::new().delimiter(if format == InputFormat::Tsv { b'\t' } else { b',' }).flexible(true).from_reader(reader);
        let headers = rdr.headers().map_err(|e| Error::Input { file: file.into(), message: format!("reading the header: {e}") })?.clone();
        let names: Vec<String> = headers.iter().map(|h| h.trim_start_matches('\u{FEFF}').trim().to_ascii_lowercase()).collect();
        let find = |n: &str| names.iter().position(|h| h == n);
        let missing = |what: &str| Error::Input {
            file: file.into(),
            message: format!("line 1: no {what} column (the header has: {})", names.join(", ")),
        };
        let person = find("person_id").ok_or_else(|| missing("person_id"))?;
        let concept = find("condition_concept_id")
            .or_else(|| find("observation_concept_id"))
            .or_else(|| {
                let c: Vec<usize> = (0..names.len())
                    .filter(|&i| names[i].ends_with("_concept_id") && !NOT_THE_CONCEPT.iter().any(|x| names[i].ends_with(x)))
                    .collect();
                if c.len() == 1 {
                    Some(c[0])
                } else {
                    None
                }
            })
            .ok_or_else(|| missing("condition_concept_id or observation_concept_id"))?;
        let date = find("condition_start_date")
            .or_else(|| find("observation_date"))
            .or_else(|| names.iter().position(|h| h.ends_with("_start_date")))
            .or_else(|| names.iter().position(|h| h.ends_with("_date")));
        Ok(CodedReader { rdr, file: file.into(), person, concept, date, record: ::csv::StringRecord::new(), done: false })
    }

    fn reject(&self, line: u64, field: &str, reason: &str) -> CodedRecord {
        CodedRecord::Reject(Reject { file: self.file.clone(), line, note_id: None, field: field.into(), reason: reason.into() })
    }

    fn parse(&self, line: u64) -> CodedRecord {
        let get = |i: usize| self.record.get(i).map(str::trim);
        let Some(person_id) = get(self.person).and_then(|s| s.parse::<i64>().ok()) else {
            return self.reject(line, "person_id", "not an integer");
        };
        let Some(concept_id) = get(self.concept).and_then(|s| s.parse::<i64>().ok()) else {
            return self.reject(line, "concept_id", "not an integer");
        };
        let date = match self.date.and_then(get) {
            None | Some("") => None,
            Some(s) => match parse_date(s) {
                Some(d) => Some(d),
                None => return self.reject(line, "date", "not a date (expected YYYY-MM-DD)"),
            },
        };
        CodedRecord::Row(CodedRow { person_id, concept_id, date })
    }
}

impl<R: Read> Iterator for CodedReader<R> {
    type Item = Result<CodedRecord>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.done {
            return None;
        }
        match self.rdr.read_record(&mut self.record) {
            Ok(false) => {
                self.done = true;
                None
            }
            Ok(true) => {
                let line = self.record.position().map(|p| p.line()).unwrap_or(0);
                Some(Ok(self.parse(line)))
            }
            Err(e) => {
                let line = e.position().map(|p| p.line()).unwrap_or(0);
                if matches!(e.kind(), ::csv::ErrorKind::Utf8 { .. }) {
                    return Some(Ok(self.reject(line, "row", "invalid UTF-8")));
                }
                self.done = true;
                Some(Err(Error::Input { file: self.file.clone(), message: format!("line {line}: {e}") }))
            }
        }
    }
}

/// `YYYY-MM-DD`, optionally followed by a time.
fn parse_date(s: &str) -> Option<chrono::NaiveDate> {
    let d = s.get(..10)?;
    let rest = s.get(10..)?;
    if !(rest.is_empty() || rest.starts_with(' ') || rest.starts_with('T')) {
        return None;
    }
    chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").ok()
}
