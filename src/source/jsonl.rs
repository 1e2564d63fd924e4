//! OMOP NOTE as JSON lines: one object per line with the CDM field names. `note_id` (a JSON integer
//! or a string of digits) and `note_text` (a string) are required; `person_id`, `note_date`
//! (`YYYY-MM-DD`), `language` (ISO 639-1) and `language_concept_id` are optional, other fields ignored.
//! Blank lines are skipped. A line that is not valid UTF-8, not JSON, not an object, or whose fields
//! have the wrong type is a reject with its line number; the text of a note never goes into a reason.

use std::io::BufRead;

use serde_json::Value;

use super::{ReadOptions, Record, Reject};
use crate::error::{Error, Result};
use crate::lang::Lang;
use crate::note::Note;

/// Reads notes from a JSON-lines stream.
pub struct JsonlNoteReader<R: BufRead> {
    r: R,
    file: String,
    opts: ReadOptions,
    line: u64,
    buf: Vec<u8>,
    done: bool,
}

impl<R: BufRead> JsonlNoteReader<R> {
    /// `file` names the input in rejects and errors.
    pub fn new(r: R, file: &str, opts: ReadOptions) -> Self {
        JsonlNoteReader { r, file: file.to_string(), opts, line: 0, buf: Vec::new(), done: false }
    }

    fn reject(&self, note_id: Option<String>, field: &str, reason: impl Into<String>, bytes: u64) -> Record {
        Record::Reject {
            reject: Reject { file: self.file.clone(), line: self.line, note_id, field: field.to_string(), reason: reason.into() },
            bytes,
        }
    }

    fn parse(&self, bytes: u64) -> Record {
        let raw = trim_eol(&self.buf);
        let text = match std::str::from_utf8(raw) {
            Ok(s) => s,
            Err(e) => return self.reject(None, "line", format!("invalid UTF-8 at byte {} of the line", e.valid_up_to()), bytes),
        };
        let obj = match serde_json::from_str::<Value>(text) {
            Ok(Value::Object(o)) => o,
            Ok(_) => return self.reject(None, "line", "not a JSON object", bytes),
            // A syntax error's message says what was expected and where, never the input itself.
            Err(e) => return self.reject(None, "line", format!("invalid JSON: {e}"), bytes),
        };
        let note_id = match obj.get("note_id") {
            None | Some(Value::Null) => return self.reject(None, "note_id", "missing note_id", bytes),
            Some(v) => match int(v) {
                Some(id) => id,
                None => return self.reject(None, "note_id", "not an integer", bytes),
            },
        };
        let id = Some(note_id.to_string());
        let text = match obj.get("note_text") {
            None | Some(Value::Null) => return self.reject(id, "note_text", "missing note_text", bytes),
            Some(Value::String(s)) => s,
            Some(_) => return self.reject(id, "note_text", "not a string", bytes),
        };
        if let Some(reason) = self.opts.too_long(text.len()) {
            return self.reject(id, "note_text", reason, bytes);
        }
        let person_id = match obj.get("person_id") {
            None | Some(Value::Null) => None,
            Some(v) => match int(v) {
                Some(p) => Some(p),
                None => return self.reject(id, "person_id", "not an integer", bytes),
            },
        };
        let note_date = match obj.get("note_date") {
            None | Some(Value::Null) => None,
            Some(Value::String(s)) if s.trim().is_empty() => None,
            Some(Value::String(s)) => match super::csv::parse_date(s.trim()) {
                Some(d) => Some(d),
                None => return self.reject(id, "note_date", "not a date (expected YYYY-MM-DD)", bytes),
            },
            Some(_) => return self.reject(id, "note_date", "not a string", bytes),
        };
        let language = match obj.get("language") {
            Some(Value::String(s)) => Lang::from_code(s.trim()),
            _ => None,
        }
        .or_else(|| obj.get("language_concept_id").and_then(int).and_then(Lang::from_concept_id));
        Record::Note { note: Note { note_id, person_id, note_date, language, text: text.clone() }, line: self.line, bytes }
    }
}

/// A JSON integer, or a string holding one.
fn int(v: &Value) -> Option<i64> {
    match v {
        Value::Number(n) => n.as_i64(),
        Value::String(s) => s.trim().parse().ok(),
        _ => None,
    }
}

fn trim_eol(b: &[u8]) -> &[u8] {
    let b = b.strip_suffix(b"\n").unwrap_or(b);
    b.strip_suffix(b"\r").unwrap_or(b)
}

impl<R: BufRead> Iterator for JsonlNoteReader<R> {
    type Item = Result<Record>;

    fn next(&mut self) -> Option<Self::Item> {
        while !self.done {
            self.buf.clear();
            match self.r.read_until(b'\n', &mut self.buf) {
                Ok(0) => self.done = true,
                Ok(n) => {
                    self.line += 1;
                    if trim_eol(&self.buf).iter().all(|b| b.is_ascii_whitespace()) {
                        continue;
                    }
                    return Some(Ok(self.parse(n as u64)));
                }
                Err(e) => {
                    self.done = true;
                    return Some(Err(Error::Input { file: self.file.clone(), message: format!("line {}: {e}", self.line + 1) }));
                }
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_notes_and_rejects_bad_lines_by_line_number() {
        let input = b"{\"note_id\":1,\"note_text\":\"cough\",\"person_id\":\"7\",\"note_date\":\"2021-03-04\",\"language\":\"en\"}\n\n{\"note_id\":\"2\",\"note_text\":\"fever\",\"language_concept_id\":4180190}\r\n{\"note_id\":3,\"note_text\":\"x\xff\"}\n{not json\n[1]\n{\"note_id\":1.5,\"note_text\":\"a\"}\n{\"note_id\":6,\"note_text\":5}\n{\"note_id\":7}\n{\"note_id\":8,\"note_text\":\"a\",\"note_date\":\"March\"}\n";
        let recs: Vec<Record> =
            JsonlNoteReader::new(&input[..], "n.jsonl", ReadOptions::default()).collect::<Result<_>>().expect("records");
        let mut seen = Vec::new();
        for r in &recs {
            match r {
                Record::Note { note, line, .. } => {
                    seen.push(format!("{line}: note {} {:?} {:?} {:?}", note.note_id, note.person_id, note.note_date, note.language))
                }
                Record::Reject { reject, .. } => seen.push(reject.to_string()),
            }
        }
        assert_eq!(
            seen,
            vec![
                "1: note 1 Some(7) Some(2021-03-04) Some(En)",
                "3: note 2 None None Some(Fr)",
                "n.jsonl:4: field line: invalid UTF-8 at byte 27 of the line",
                "n.jsonl:5: field line: invalid JSON: key must be a string at line 1 column 2",
                "n.jsonl:6: field line: not a JSON object",
                "n.jsonl:7: field note_id: not an integer",
                "n.jsonl:8: field note_text: not a string",
                "n.jsonl:9: field note_text: missing note_text",
                "n.jsonl:10: field note_date: not a date (expected YYYY-MM-DD)",
            ]
        );
    }
}
