//! OMOP NOTE as CSV or TSV with a header row.
//!
//! Required columns: `note_id`, `note_text`; optional: `person_id`, `note_date`, `language`
//! (ISO 639-1), `language_concept_id` (OMOP, used when `language` is absent or empty); others are ignored. Header names are matched case-insensitively. Quoted fields may hold
//! newlines. Rows are read as bytes so that one row with invalid UTF-8 is rejected, not fatal.
//!
//! Lines end with LF, CRLF or a lone CR; line numbers count all three. A row with more or fewer fields
//! than the header is rejected (an unquoted delimiter in the text would otherwise cut the note short),
//! and so is a last row that the file ends inside of (an unclosed quote: a truncated file). Rejects
//! never copy a field's value, only its name.

use std::collections::VecDeque;
use std::io::Read;

use super::{ReadOptions, Record, Reject};
use crate::error::{Error, Result};
use crate::lang::Lang;
use crate::note::Note;

/// CSV dialect.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputFormat {
    Csv,
    Tsv,
}

impl InputFormat {
    /// From a file name: `.tsv` and `.tab` are TSV, anything else CSV.
    pub fn from_path(path: &str) -> InputFormat {
        let lower = path.to_ascii_lowercase();
        if lower.ends_with(".tsv") || lower.ends_with(".tab") || lower.ends_with(".tsv.gz") {
            InputFormat::Tsv
        } else {
            InputFormat::Csv
        }
    }
}

#[derive(Debug, Clone, Copy)]
struct Columns {
    note_id: usize,
    note_text: usize,
    person_id: Option<usize>,
    note_date: Option<usize>,
    language: Option<usize>,
    language_concept_id: Option<usize>,
}

/// Watches the bytes the CSV parser reads: whether the input ended inside a quoted field, and where the
/// line breaks are (the parser's own line count misses lone CRs and is one short after a CRLF). Mirrors
/// the parser's quoting rules (RFC 4180, `""` inside quotes). Holds the offsets of the line breaks the
/// parser has read but no record has been numbered past: those of its read-ahead buffer and of the
/// current record (8 bytes each).
struct Tracked<R> {
    inner: R,
    delimiter: u8,
    /// Bytes read so far.
    offset: u64,
    eof: bool,
    quote: QuoteState,
    last_was_cr: bool,
    /// Byte ranges of line breaks (LF, CR, CRLF) not yet counted into a line number, in order.
    breaks: VecDeque<(u64, u64)>,
    /// Line breaks before the last record numbered.
    breaks_counted: u64,
    /// End of the last line break counted.
    counted_end: u64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum QuoteState {
    StartField,
    Unquoted,
    Quoted,
    /// A quote inside a quoted field: its end, or the first of `""`.
    QuoteInQuoted,
}

impl<R: Read> Tracked<R> {
    fn new(inner: R, delimiter: u8) -> Self {
        Tracked {
            inner,
            delimiter,
            offset: 0,
            eof: false,
            quote: QuoteState::StartField,
            last_was_cr: false,
            breaks: VecDeque::new(),
            breaks_counted: 0,
            counted_end: 0,
        }
    }

    fn scan(&mut self, buf: &[u8]) {
        let (d, mut q) = (self.delimiter, self.quote);
        let mut i = 0;
        while i < buf.len() {
            // Inside a field, skip to the next byte that can change the state: a quote or a line break in
            // a quoted field, the delimiter or a line break in an unquoted one.
            let skip = match q {
                QuoteState::Quoted => memchr::memchr3(b'"', b'\r', b'\n', &buf[i..]),
                QuoteState::Unquoted => memchr::memchr3(d, b'\r', b'\n', &buf[i..]),
                _ => Some(0),
            };
            match skip {
                Some(0) => {}
                Some(k) => {
                    self.last_was_cr = false;
                    i += k;
                }
                None => {
                    self.last_was_cr = false;
                    break;
                }
            }
            let b = buf[i];
            let at = self.offset + i as u64;
            match b {
                b'\n' if self.last_was_cr => match self.breaks.back_mut() {
                    // The LF of a CRLF: one line break of two bytes.
                    Some(br) if br.1 == at => br.1 += 1,
                    _ if self.counted_end == at => self.counted_end += 1,
                    _ => self.breaks.push_back((at, at + 1)),
                },
                b'\r' | b'\n' => self.breaks.push_back((at, at + 1)),
                _ => {}
            }
            self.last_was_cr = b == b'\r';
            q = match (q, b) {
                (QuoteState::Quoted, b'"') => QuoteState::QuoteInQuoted,
                (QuoteState::Quoted, _) => QuoteState::Quoted,
                (QuoteState::StartField, b'"') | (QuoteState::QuoteInQuoted, b'"') => QuoteState::Quoted,
                (_, b'\r' | b'\n') => QuoteState::StartField,
                (_, x) if x == d => QuoteState::StartField,
                _ => QuoteState::Unquoted,
            };
            i += 1;
        }
        self.quote = q;
        self.offset += buf.len() as u64;
    }

    /// The 1-based line where a record whose parse began at byte `at` starts (asked in increasing order of
    /// `at`). The parser begins a record at the blank lines it skips (and at the LF of a CRLF): those
    /// count as lines before the record.
    fn line_at(&mut self, at: u64) -> u64 {
        let mut p = at;
        while let Some(&(start, end)) = self.breaks.front() {
            if p < self.counted_end {
                p = self.counted_end;
            }
            if start > p {
                break;
            }
            self.breaks.pop_front();
            self.breaks_counted += 1;
            self.counted_end = end;
            if start == p {
                p = end;
            }
        }
        self.breaks_counted + 1
    }

    /// Whether all input was read and it ended inside a quoted field.
    fn ended_in_quotes(&self) -> bool {
        self.eof && self.quote == QuoteState::Quoted
    }
}

impl<R: Read> Read for Tracked<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        if n == 0 && !buf.is_empty() {
            self.eof = true;
        }
        self.scan(&buf[..n]);
        Ok(n)
    }
}

/// Reads notes from a CSV/TSV stream.
pub struct CsvNoteReader<R: Read> {
    rdr: ::csv::Reader<Tracked<R>>,
    file: String,
    cols: Columns,
    /// Columns in the header.
    width: usize,
    /// Header names, for rejects that name a column.
    names: Vec<String>,
    opts: ReadOptions,
    record: ::csv::ByteRecord,
    last_offset: u64,
    done: bool,
}

impl<R: Read> CsvNoteReader<R> {
    /// Open a reader; reads and checks the header. `file` names the input in rejects and errors.
    pub fn new(reader: R, file: &str, format: InputFormat, opts: ReadOptions) -> Result<Self> {
        let delimiter = match format {
            InputFormat::Csv => b',',
            InputFormat::Tsv => b'\t',
        };
        let mut rdr =
            ::csv::ReaderBuilder::new().delimiter(delimiter).flexible(true).has_headers(true).from_reader(Tracked::new(reader, delimiter));
        let headers = rdr
            .byte_headers()
            .map_err(|e| Error::Input { file: file.to_string(), message: format!("reading the header: {}", csv_error(&e)) })?
            .clone();
        if headers.is_empty() {
            return Err(Error::Input { file: file.to_string(), message: "empty input: no header row".into() });
        }
        let names = header_names(&headers);
        let find = |n: &str| names.iter().position(|h| h == n);
        // The header is shown only when it looks like one: a file without a header has note text there.
        let names_like = names.iter().all(|h| h.len() <= 40 && h.chars().all(|c| c.is_alphanumeric() || "_-.\t".contains(c)));
        let shown = if names_like {
            format!("the header has: {}", names.join(", "))
        } else {
            format!("the first row, of {} fields, does not look like a header: is it missing?", names.len())
        };
        let required = |n: &str| {
            find(n).ok_or_else(|| Error::Input {
                file: file.to_string(),
                message: format!(
                    "line 1: missing required column `{n}` ({shown}){}",
                    if format == InputFormat::Csv && names.len() == 1 && names[0].contains('\t') {
                        "; is this TSV? use --format tsv"
                    } else {
                        ""
                    }
                ),
            })
        };
        let cols = Columns {
            note_id: required("note_id")?,
            note_text: required("note_text")?,
            person_id: find("person_id"),
            note_date: find("note_date"),
            language: find("language"),
            language_concept_id: find("language_concept_id"),
        };
        let last_offset = rdr.position().byte();
        Ok(CsvNoteReader {
            rdr,
            file: file.to_string(),
            cols,
            width: names.len(),
            names,
            opts,
            record: ::csv::ByteRecord::new(),
            last_offset,
            done: false,
        })
    }

    fn reject(&self, line: u64, note_id: Option<String>, field: &str, reason: String, bytes: u64) -> Record {
        Record::Reject { reject: Reject { file: self.file.clone(), line, note_id, field: field.to_string(), reason }, bytes }
    }

    fn parse_record(&self, line: u64, bytes: u64) -> Record {
        let r = &self.record;
        let field = |i: usize| r.get(i);
        // note_id
        let raw_id = match field(self.cols.note_id) {
            None => return self.reject(line, None, "note_id", format!("missing field: the row has {} fields", r.len()), bytes),
            Some(b) => b,
        };
        let id_str = match std::str::from_utf8(raw_id) {
            Ok(s) => s.trim(),
            Err(_) => return self.reject(line, None, "note_id", "invalid UTF-8".into(), bytes),
        };
        let note_id = match id_str.parse::<i64>() {
            Ok(v) => v,
            Err(_) if id_str.is_empty() => return self.reject(line, None, "note_id", "empty note_id".into(), bytes),
            // The value is not copied: a misaligned row may hold note text here.
            Err(_) => return self.reject(line, None, "note_id", "not an integer".into(), bytes),
        };
        let id = Some(note_id.to_string());
        // note_text
        let raw_text = match field(self.cols.note_text) {
            None => return self.reject(line, id, "note_text", format!("missing field: the row has {} fields", r.len()), bytes),
            Some(b) => b,
        };
        if let Some(reason) = self.opts.too_long(raw_text.len()) {
            return self.reject(line, id, "note_text", reason, bytes);
        }
        if self.rdr.get_ref().ended_in_quotes() {
            let field = self.names.get(r.len().saturating_sub(1)).map_or("row", String::as_str);
            return self.reject(line, id, field, "the file ends inside this quoted field (truncated file?)".into(), bytes);
        }
        if r.len() != self.width {
            return self.reject(
                line,
                id,
                "row",
                format!("{} fields where the header has {} (an unquoted delimiter or quote in the text?)", r.len(), self.width),
                bytes,
            );
        }
        let text = match std::str::from_utf8(raw_text) {
            Ok(s) => s,
            Err(e) => return self.reject(line, id, "note_text", format!("invalid UTF-8 at byte {} of the field", e.valid_up_to()), bytes),
        };
        // person_id
        let person_id = match self.optional_str(self.cols.person_id) {
            Err(()) => return self.reject(line, id, "person_id", "invalid UTF-8".into(), bytes),
            Ok(None) => None,
            Ok(Some(s)) => match s.parse::<i64>() {
                Ok(v) => Some(v),
                Err(_) => return self.reject(line, id, "person_id", "not an integer".into(), bytes),
            },
        };
        // note_date
        let note_date = match self.optional_str(self.cols.note_date) {
            Err(()) => return self.reject(line, id, "note_date", "invalid UTF-8".into(), bytes),
            Ok(None) => None,
            Ok(Some(s)) => match parse_date(s) {
                Some(d) => Some(d),
                None => return self.reject(line, id, "note_date", "not a date (expected YYYY-MM-DD)".into(), bytes),
            },
        };
        // `language` (ISO 639-1) first: a code symptext does not read is a reject (the note would be read
        // in the wrong language). Then OMOP's `language_concept_id`: one symptext does not know (0, a
        // language without a lexicon) and neither column: the engine detects the language.
        let language = match self.optional_str(self.cols.language) {
            Ok(Some(s)) => match Lang::from_code(s) {
                Some(l) => Some(l),
                None => {
                    return self.reject(
                        line,
                        id,
                        "language",
                        "not a language symptext reads (en, fr, es, it, de, nl, ro; leave it empty to detect)".into(),
                        bytes,
                    )
                }
            },
            Err(()) => return self.reject(line, id, "language", "invalid UTF-8".into(), bytes),
            Ok(None) => None,
        }
        .or_else(|| match self.optional_str(self.cols.language_concept_id) {
            Ok(Some(s)) => s.trim().parse().ok().and_then(Lang::from_concept_id),
            _ => None,
        });
        Record::Note { note: Note { note_id, person_id, note_date, language, text: text.to_string() }, line, bytes }
    }

    fn optional_str(&self, col: Option<usize>) -> std::result::Result<Option<&str>, ()> {
        match col.and_then(|c| self.record.get(c)) {
            None => Ok(None),
            Some(b) => match std::str::from_utf8(b) {
                Ok(s) if s.trim().is_empty() => Ok(None),
                Ok(s) => Ok(Some(s.trim())),
                Err(_) => Err(()),
            },
        }
    }
}

/// `YYYY-MM-DD`, optionally followed by a time.
/// Column names of a header row as matched: lower case, trimmed, without a UTF-8 byte order mark.
pub(crate) fn header_names(headers: &::csv::ByteRecord) -> Vec<String> {
    headers
        .iter()
        .enumerate()
        .map(|(i, h)| {
            let s = String::from_utf8_lossy(h);
            let s = if i == 0 { s.trim_start_matches('\u{FEFF}') } else { &s };
            s.trim().to_ascii_lowercase()
        })
        .collect()
}

pub(crate) fn parse_date(s: &str) -> Option<chrono::NaiveDate> {
    let d = s.get(..10)?;
    let rest = &s[10..];
    if !(rest.is_empty() || rest.starts_with(' ') || rest.starts_with('T')) {
        return None;
    }
    chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").ok()
}

fn csv_error(e: &::csv::Error) -> String {
    match e.kind() {
        ::csv::ErrorKind::Io(io) => io.to_string(),
        _ => e.to_string(),
    }
}

impl<R: Read> Iterator for CsvNoteReader<R> {
    type Item = Result<Record>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.done {
            return None;
        }
        match self.rdr.read_byte_record(&mut self.record) {
            Ok(false) => {
                self.done = true;
                None
            }
            Ok(true) => {
                let start = self.record.position().map_or(0, |p| p.byte());
                let line = self.rdr.get_mut().line_at(start);
                let end = self.rdr.position().byte();
                let bytes = end.saturating_sub(self.last_offset);
                self.last_offset = end;
                // A blank line in CSV is skipped by the csv crate; a row of one empty field is not a note.
                Some(Ok(self.parse_record(line, bytes)))
            }
            Err(e) => {
                self.done = true;
                let line = e.position().map_or(0, |p| p.byte());
                let line = self.rdr.get_mut().line_at(line);
                Some(Err(Error::Input { file: self.file.clone(), message: format!("line {line}: {}", csv_error(&e)) }))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(input: &[u8], format: InputFormat) -> Vec<Record> {
        CsvNoteReader::new(input, "in.csv", format, ReadOptions { max_note_bytes: 50 })
            .expect("header")
            .collect::<Result<Vec<_>>>()
            .expect("rows")
    }

    #[test]
    fn reads_notes_with_quoted_newlines_and_optional_columns() {
        let input = b"\xEF\xBB\xBFNote_ID,person_id,note_date,note_title,language,note_text\n1,7,2021-03-04,x,en,\"c/o cough\nnil fever, \"\"quoted\"\"\"\n2,,,,,SOB\n";
        let recs = read(input, InputFormat::Csv);
        assert_eq!(recs.len(), 2);
        match &recs[0] {
            Record::Note { note, line, .. } => {
                assert_eq!(note.note_id, 1);
                assert_eq!(note.person_id, Some(7));
                assert_eq!(note.note_date, chrono::NaiveDate::from_ymd_opt(2021, 3, 4));
                assert_eq!(note.language, Some(Lang::En));
                assert_eq!(note.text, "c/o cough\nnil fever, \"quoted\"");
                assert_eq!(*line, 2);
            }
            r => panic!("expected a note, got {r:?}"),
        }
        match &recs[1] {
            Record::Note { note, line, .. } => {
                assert_eq!((note.note_id, note.person_id, *line), (2, None, 4));
            }
            r => panic!("expected a note, got {r:?}"),
        }
    }

    #[test]
    fn bad_rows_are_rejects_with_line_and_field() {
        let input = b"note_id\tnote_text\tperson_id\nx1\tcough\t\n3\tcough\xFF\t\n4\tthis text is far longer than the fifty byte limit set here\t\n5\tok\tp\n6\n";
        let recs = read(input, InputFormat::Tsv);
        let rejects: Vec<String> = recs
            .iter()
            .filter_map(|r| match r {
                Record::Reject { reject, .. } => Some(reject.to_string()),
                _ => None,
            })
            .collect();
        assert_eq!(
            rejects,
            vec![
                "in.csv:2: field note_id: not an integer",
                "in.csv:3: field note_text: invalid UTF-8 at byte 5 of the field",
                "in.csv:4: field note_text: text is 58 bytes, over the limit of 50 (--max-note-bytes)",
                "in.csv:5: field person_id: not an integer",
                "in.csv:6: field note_text: missing field: the row has 1 fields",
            ]
        );
    }

    /// A reader that hands out one byte at a time (a CRLF split over two reads).
    struct Trickle<'a>(&'a [u8]);

    impl Read for Trickle<'_> {
        fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
            match (self.0.split_first(), buf.is_empty()) {
                (Some((&b, rest)), false) => {
                    buf[0] = b;
                    self.0 = rest;
                    Ok(1)
                }
                _ => Ok(0),
            }
        }
    }

    fn lines_and_rejects<R: Read>(r: R) -> Vec<String> {
        CsvNoteReader::new(r, "t.csv", InputFormat::Csv, ReadOptions::default())
            .expect("header")
            .map(|r| match r.expect("row") {
                Record::Note { note, line, .. } => format!("{line}: {}", note.note_id),
                Record::Reject { reject, .. } => reject.to_string(),
            })
            .collect()
    }

    #[test]
    fn line_numbers_count_lf_crlf_and_lone_cr_and_a_cut_quote_is_a_reject() {
        let cases: [(&[u8], &[&str]); 7] = [
            (b"note_id,note_text\r\n1,a\r\n\r\n\r\n2,b\r\n", &["2: 1", "5: 2"]),
            (b"note_id,note_text\n\n\r\n\r1,a\n", &["5: 1"]),
            (b"note_id,note_text\n1,a\n\n2,\"b\nc\"\n3,d\n", &["2: 1", "4: 2", "6: 3"]),
            (b"note_id,note_text\r\n1,\"a\r\nb\"\r\n2,c\r\n", &["2: 1", "4: 2"]),
            (b"note_id,note_text\r1,a\r\r2,\"b\rc\"\r3,d", &["2: 1", "4: 2", "6: 3"]),
            (
                b"note_id,note_text\n1,\"a \"\"quoted\"\"\"\n2,\"cut \"\"off",
                &["2: 1", "t.csv:3: field note_text: the file ends inside this quoted field (truncated file?)"],
            ),
            (b"note_id,note_text\n1,a\"b\n2,\"closed\"\"\"", &["2: 1", "3: 2"]),
        ];
        for (input, want) in cases {
            assert_eq!(lines_and_rejects(input), want, "{:?}", String::from_utf8_lossy(input));
            assert_eq!(lines_and_rejects(Trickle(input)), want, "one byte at a time: {:?}", String::from_utf8_lossy(input));
        }
    }

    #[test]
    fn missing_column_is_an_error_naming_the_file() {
        let e =
            CsvNoteReader::new(&b"id,text\n1,x\n"[..], "notes.csv", InputFormat::Csv, ReadOptions::default()).err().map(|e| e.to_string());
        assert_eq!(e.as_deref(), Some("notes.csv: line 1: missing required column `note_id` (the header has: id, text)"));
    }

    #[test]
    fn language_concept_id_names_the_language_when_language_is_empty() {
        let input = b"note_id,language,language_concept_id,note_text\n1,,4180190,toux\n2,de,4180190,Husten\n3,,999,x\n";
        let langs: Vec<Option<Lang>> = CsvNoteReader::new(&input[..], "t.csv", InputFormat::Csv, ReadOptions::default())
            .expect("reader")
            .map(|r| match r {
                Ok(Record::Note { note, .. }) => note.language,
                other => panic!("{other:?}"),
            })
            .collect();
        assert_eq!(langs, vec![Some(Lang::Fr), Some(Lang::De), None]);
    }
}
