//! Readers of the export's inputs: NOTE_NLP, notes, cohort, coded data. Columns are found by name
//! (case-insensitive); bad rows become rejects naming file, line and field. No field value is ever
//! copied into a message (a misaligned row could put note text in any field); only a parsed note_id is.

use std::io::Read;

use chrono::NaiveDate;

use super::{Cohort, Include, Outcome, Study, ALL_GROUP};
use crate::error::{Error, Result};
use crate::source::{InputFormat, Reject};

/// The status of a NOTE_NLP row, from `term_exists` and `term_modifiers`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MentionStatus {
    /// `term_exists = Y`.
    pub exists: bool,
    pub negated: bool,
    /// Uncertain or rule out.
    pub uncertain: bool,
    pub conditional: bool,
    /// `subject=patient` (false for family or other).
    pub patient: bool,
}

impl MentionStatus {
    /// An affirmed mention of the patient's.
    pub const AFFIRMED: MentionStatus = MentionStatus { exists: true, negated: false, uncertain: false, conditional: false, patient: true };

    /// Whether the mention counts as the patient's symptom.
    pub fn counts(&self, include: Include) -> bool {
        if !self.patient || self.conditional {
            return false;
        }
        if self.exists {
            return true;
        }
        // term_exists = N: counts only when every reason for it is included.
        (self.negated || self.uncertain) && (!self.negated || include.negated) && (!self.uncertain || include.uncertain)
    }

    /// From `term_exists` (`Y`/`N`) and `term_modifiers` (`negation=..;subject=..;...`; may be empty).
    pub fn parse(term_exists: &str, term_modifiers: &str) -> std::result::Result<MentionStatus, (&'static str, String)> {
        let exists = match term_exists.trim() {
            "Y" | "y" => true,
            "N" | "n" => false,
            "" => return Err(("term_exists", "empty (expected Y or N)".into())),
            _ => return Err(("term_exists", "not Y or N".into())),
        };
        let mut s = MentionStatus { exists, negated: false, uncertain: false, conditional: false, patient: true };
        for part in term_modifiers.split(';') {
            let Some((k, v)) = part.split_once('=') else {
                if part.trim().is_empty() {
                    continue;
                }
                return Err(("term_modifiers", "a part is not key=value".into()));
            };
            let flag = |v: &str| match v.trim() {
                "true" => Ok(true),
                "false" => Ok(false),
                _ => Err(("term_modifiers", format!("{}: expected true or false", k.trim()))),
            };
            match k.trim() {
                "negation" => s.negated = flag(v)?,
                "uncertain" | "rule_out" => s.uncertain |= flag(v)?,
                "conditional" => s.conditional = flag(v)?,
                "subject" => {
                    s.patient = match v.trim() {
                        "patient" => true,
                        "family" | "other" => false,
                        _ => return Err(("term_modifiers", "subject: expected patient, family or other".into())),
                    }
                }
                _ => {}
            }
        }
        Ok(s)
    }
}

/// The kind of a coded-data file, told by its header.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CodedKind {
    /// `condition_concept_id`, `condition_start_date`, optional `condition_source_concept_id`.
    ConditionOccurrence,
    /// `observation_concept_id`, `observation_date`, optional `observation_source_concept_id`.
    Observation,
}

struct Table<R: Read> {
    rdr: csv::Reader<R>,
    file: String,
    names: Vec<String>,
}

impl<R: Read> Table<R> {
    fn open(r: R, file: &str, format: InputFormat) -> Result<Self> {
        let mut rdr = csv::ReaderBuilder::new()
            .delimiter(if format == InputFormat::Tsv { b'\t' } else { b',' })
            .flexible(true)
            .has_headers(true)
            .from_reader(r);
        let headers = rdr.byte_headers().map_err(|e| input_err(file, &e))?.clone();
        if headers.is_empty() {
            return Err(Error::Input { file: file.to_string(), message: "empty input: no header row".into() });
        }
        let names = crate::source::header_names(&headers);
        Ok(Table { rdr, file: file.to_string(), names })
    }

    fn find(&self, name: &str) -> Option<usize> {
        self.names.iter().position(|h| h == name)
    }

    fn required(&self, name: &str, what: &str) -> Result<usize> {
        self.find(name).ok_or_else(|| Error::Input {
            file: self.file.clone(),
            message: format!("line 1: missing required column `{name}` of {what} (the header has: {})", self.names.join(", ")),
        })
    }

    /// Next record and its line; `Err` on a CSV syntax or I/O error (fatal: the rest cannot be trusted).
    fn next(&mut self, rec: &mut csv::ByteRecord) -> Result<Option<u64>> {
        match self.rdr.read_byte_record(rec) {
            Ok(false) => Ok(None),
            Ok(true) => Ok(Some(rec.position().map(|p| p.line()).unwrap_or(0))),
            Err(e) => Err(input_err(&self.file, &e)),
        }
    }

    fn reject(&self, line: u64, note_id: Option<&str>, field: &str, reason: String) -> Reject {
        Reject { file: self.file.clone(), line, note_id: note_id.map(str::to_string), field: field.to_string(), reason }
    }
}

fn input_err(file: &str, e: &csv::Error) -> Error {
    let line = e.position().map(|p| p.line()).unwrap_or(0);
    let msg = match e.kind() {
        csv::ErrorKind::Io(io) => io.to_string(),
        csv::ErrorKind::Utf8 { .. } => "invalid UTF-8".to_string(),
        _ => e.to_string(),
    };
    Error::Input { file: file.to_string(), message: format!("line {line}: {msg}") }
}

/// A field as trimmed text: `Err(reason)` when missing or not UTF-8.
fn text(rec: &csv::ByteRecord, i: usize) -> std::result::Result<&str, String> {
    match rec.get(i) {
        None => Err(format!("missing field: the row has {} fields", rec.len())),
        Some(b) => std::str::from_utf8(b).map(str::trim).map_err(|_| "invalid UTF-8".to_string()),
    }
}

fn int(rec: &csv::ByteRecord, i: usize) -> std::result::Result<i64, String> {
    let s = text(rec, i)?;
    if s.is_empty() {
        return Err("empty (expected an integer)".into());
    }
    s.parse().map_err(|_| "not an integer".to_string())
}

/// `YYYY-MM-DD`, optionally followed by a time (` HH:MM:SS` or `T...`).
pub(crate) fn parse_date(s: &str) -> Option<NaiveDate> {
    let b = s.as_bytes();
    if b.len() < 10 || b[4] != b'-' || b[7] != b'-' || !(b.len() == 10 || b[10] == b' ' || b[10] == b'T') {
        return None;
    }
    let num = |r: std::ops::Range<usize>| -> Option<u32> {
        b[r].iter().try_fold(0u32, |acc, &c| if c.is_ascii_digit() { Some(acc * 10 + (c - b'0') as u32) } else { None })
    };
    NaiveDate::from_ymd_opt(num(0..4)? as i32, num(5..7)?, num(8..10)?)
}

fn date(rec: &csv::ByteRecord, i: usize) -> std::result::Result<NaiveDate, String> {
    let s = text(rec, i)?;
    if s.is_empty() {
        return Err("empty (expected a date YYYY-MM-DD)".into());
    }
    parse_date(s).ok_or_else(|| "not a date (expected YYYY-MM-DD)".to_string())
}

/// Read a cohort CSV/TSV: `person_id`, `index_date`, optional `group`. Bad rows and repeated persons
/// go to `rejects`.
pub fn read_cohort<R: Read>(r: R, file: &str, format: InputFormat, rejects: &mut Vec<Reject>) -> Result<Cohort> {
    let mut t = Table::open(r, file, format)?;
    let what = "a cohort (person_id, index_date, optional group)";
    let c_person = t.required("person_id", what)?;
    let c_index = t.required("index_date", what)?;
    let c_group = t.find("group");
    let mut cohort = Cohort::new();
    let mut rec = csv::ByteRecord::new();
    while let Some(line) = t.next(&mut rec)? {
        let person = match int(&rec, c_person) {
            Ok(p) => p,
            Err(reason) => {
                rejects.push(t.reject(line, None, "person_id", reason));
                continue;
            }
        };
        let index = match date(&rec, c_index) {
            Ok(d) => d,
            Err(reason) => {
                rejects.push(t.reject(line, None, "index_date", reason));
                continue;
            }
        };
        let group = match c_group.map(|c| text(&rec, c)) {
            None => ALL_GROUP,
            Some(Ok(g)) if !g.is_empty() => g,
            Some(Ok(_)) => {
                rejects.push(t.reject(line, None, "group", "empty".into()));
                continue;
            }
            Some(Err(reason)) => {
                rejects.push(t.reject(line, None, "group", reason));
                continue;
            }
        };
        if !cohort.add(person, index, group) {
            rejects.push(t.reject(line, None, "person_id", format!("person {person} is already in the cohort (the first row is kept)")));
        }
    }
    Ok(cohort)
}

/// The value of a field, or: reject the row (naming the field) and go on with the next one.
macro_rules! or_reject {
    ($study:ident, $table:ident, $line:expr, $id:expr, $field:literal, $value:expr) => {
        match $value {
            Ok(v) => v,
            Err(reason) => {
                $study.reject($table.reject($line, $id, $field, reason));
                continue;
            }
        }
    };
}

impl Study {
    /// Read notes (`note_id`, `person_id`, `note_date`; other columns, note_text included, are skipped).
    /// With `needs_date`, a note without a date is a reject (it cannot be placed in the window).
    pub fn read_notes<R: Read>(&mut self, r: R, file: &str, format: InputFormat, needs_date: bool) -> Result<()> {
        let mut t = Table::open(r, file, format)?;
        let what = "notes (note_id, person_id, note_date)";
        let c_note = t.required("note_id", what)?;
        let c_person = t.required("person_id", what)?;
        let c_date = if needs_date { Some(t.required("note_date", what)?) } else { t.find("note_date") };
        let mut rec = csv::ByteRecord::new();
        while let Some(line) = t.next(&mut rec)? {
            let note_id = or_reject!(self, t, line, None, "note_id", int(&rec, c_note));
            let id_text = note_id.to_string();
            let id = Some(id_text.as_str());
            let person = or_reject!(self, t, line, id, "person_id", int(&rec, c_person));
            let day = match c_date.map(|c| (c, text(&rec, c))) {
                None => None,
                Some((_, Ok(""))) if !needs_date => None,
                Some((c, _)) => match date(&rec, c) {
                    Ok(d) => Some(d),
                    Err(reason) => {
                        self.reject(t.reject(line, id, "note_date", reason));
                        continue;
                    }
                },
            };
            self.add_note(note_id, person, day);
        }
        Ok(())
    }

    /// Read NOTE_NLP rows (`note_id`, `note_nlp_concept_id`, `term_exists`, optional `term_modifiers`).
    /// Read the notes first: a row whose note is unknown is a reject.
    pub fn read_note_nlp<R: Read>(&mut self, r: R, file: &str, format: InputFormat) -> Result<()> {
        let mut t = Table::open(r, file, format)?;
        let what = "NOTE_NLP";
        let c_note = t.required("note_id", what)?;
        let c_concept = t.required("note_nlp_concept_id", what)?;
        let c_exists = t.required("term_exists", what)?;
        let c_mods = t.find("term_modifiers");
        let mut rec = csv::ByteRecord::new();
        while let Some(line) = t.next(&mut rec)? {
            let note_id = or_reject!(self, t, line, None, "note_id", int(&rec, c_note));
            let id_text = note_id.to_string();
            let id = Some(id_text.as_str());
            let concept = or_reject!(self, t, line, id, "note_nlp_concept_id", int(&rec, c_concept));
            let exists = or_reject!(self, t, line, id, "term_exists", text(&rec, c_exists));
            let mods = match c_mods.map(|c| text(&rec, c)) {
                None => "",
                Some(Ok(s)) => s,
                Some(Err(reason)) => {
                    self.reject(t.reject(line, id, "term_modifiers", reason));
                    continue;
                }
            };
            let status = match MentionStatus::parse(exists, mods) {
                Ok(s) => s,
                Err((field, reason)) => {
                    self.reject(t.reject(line, id, field, reason));
                    continue;
                }
            };
            if self.add_mention(note_id, concept, status) == Outcome::UnknownNote {
                self.counts.note_nlp_read -= 1;
                self.reject(t.reject(line, id, "note_id", format!("note {note_id} is not in the notes file(s)")));
            }
        }
        Ok(())
    }

    /// Read a CONDITION_OCCURRENCE or OBSERVATION file (told apart by the header).
    pub fn read_coded<R: Read>(&mut self, r: R, file: &str, format: InputFormat) -> Result<CodedKind> {
        let mut t = Table::open(r, file, format)?;
        let kind = if t.find("condition_concept_id").is_some() {
            CodedKind::ConditionOccurrence
        } else if t.find("observation_concept_id").is_some() {
            CodedKind::Observation
        } else {
            return Err(Error::Input {
                file: file.to_string(),
                message: format!(
                    "line 1: neither CONDITION_OCCURRENCE (condition_concept_id) nor OBSERVATION (observation_concept_id) (the header has: {})",
                    t.names.join(", ")
                ),
            });
        };
        let (concept, date_col, source) = match kind {
            CodedKind::ConditionOccurrence => ("condition_concept_id", "condition_start_date", "condition_source_concept_id"),
            CodedKind::Observation => ("observation_concept_id", "observation_date", "observation_source_concept_id"),
        };
        let what = match kind {
            CodedKind::ConditionOccurrence => "CONDITION_OCCURRENCE",
            CodedKind::Observation => "OBSERVATION",
        };
        let c_person = t.required("person_id", what)?;
        let c_concept = t.required(concept, what)?;
        let c_date = t.required(date_col, what)?;
        let c_source = t.find(source);
        let mut rec = csv::ByteRecord::new();
        while let Some(line) = t.next(&mut rec)? {
            let person = or_reject!(self, t, line, None, "person_id", int(&rec, c_person));
            let std_concept = match int(&rec, c_concept) {
                Ok(v) => v,
                Err(reason) => {
                    self.reject(t.reject(line, None, concept, reason));
                    continue;
                }
            };
            let src_concept = match c_source.map(|c| (text(&rec, c), int(&rec, c))) {
                None | Some((Ok(""), _)) => 0,
                Some((_, Ok(v))) => v,
                Some((_, Err(reason))) => {
                    self.reject(t.reject(line, None, source, reason));
                    continue;
                }
            };
            let d = match date(&rec, c_date) {
                Ok(d) => d,
                Err(reason) => {
                    self.reject(t.reject(line, None, date_col, reason));
                    continue;
                }
            };
            self.add_coded(person, &[std_concept, src_concept], d);
        }
        Ok(kind)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_from_term_exists_and_modifiers() {
        let s = MentionStatus::parse("Y", "negation=false;subject=patient;conditional=false;rule_out=false;uncertain=false").expect("ok");
        assert_eq!(s, MentionStatus::AFFIRMED);
        let neg = MentionStatus::parse("N", "negation=true;subject=patient;conditional=false;rule_out=false;uncertain=false;trigger=nil")
            .expect("ok");
        assert!(!neg.counts(Include::default()));
        assert!(neg.counts(Include { negated: true, uncertain: false }));
        let fam = MentionStatus::parse("N", "negation=false;subject=family;conditional=false;rule_out=false;uncertain=false").expect("ok");
        assert!(!fam.counts(Include { negated: true, uncertain: true }));
        let cond = MentionStatus::parse("N", "negation=false;subject=patient;conditional=true;rule_out=false;uncertain=false").expect("ok");
        assert!(!cond.counts(Include { negated: true, uncertain: true }));
        let ro = MentionStatus::parse("N", "negation=false;subject=patient;conditional=false;rule_out=true;uncertain=false").expect("ok");
        assert!(ro.counts(Include { negated: false, uncertain: true }));
        let both = MentionStatus::parse("N", "negation=true;uncertain=true").expect("ok");
        assert!(!both.counts(Include { negated: true, uncertain: false }));
        assert!(MentionStatus::parse("maybe", "").is_err());
        assert!(MentionStatus::parse("Y", "subject=dog").is_err());
    }

    #[test]
    fn dates() {
        assert_eq!(parse_date("2021-03-04"), NaiveDate::from_ymd_opt(2021, 3, 4));
        assert_eq!(parse_date("2021-03-04 10:00:00"), NaiveDate::from_ymd_opt(2021, 3, 4));
        assert_eq!(parse_date("2021-02-30"), None);
        assert_eq!(parse_date("04/03/2021"), None);
        assert_eq!(parse_date("2021-3-4"), None);
    }
}
