//! OMOP NOTE as Parquet (feature `parquet`), streamed by record batches row group by row group, never
//! loaded whole. Columns `note_id` and `note_text` are required; `person_id`, `note_date`, `language`,
//! `language_concept_id` optional; other columns are not even read. Ids may be int32, int64 or
//! strings of digits; `note_date` date32 or a `YYYY-MM-DD` string; text a string or binary column
//! (binary checked as UTF-8 row by row). A row that cannot be processed is a reject naming the file,
//! the row (1-based, in the `line` field of the report) and the field.

use std::fs::File;

use arrow_array::cast::AsArray;
use arrow_array::types::{Date32Type, Int32Type, Int64Type};
use arrow_array::{Array, RecordBatch};
use arrow_schema::DataType;
use parquet::arrow::arrow_reader::{ParquetRecordBatchReader, ParquetRecordBatchReaderBuilder};
use parquet::arrow::ProjectionMask;

use super::{ReadOptions, Record, Reject};
use crate::error::{Error, Result};
use crate::lang::Lang;
use crate::note::Note;

const COLUMNS: [&str; 6] = ["note_id", "note_text", "person_id", "note_date", "language", "language_concept_id"];

/// Rows decoded at a time.
const BATCH_ROWS: usize = 1024;

/// Reads notes from a Parquet file.
pub struct ParquetNoteReader {
    file: String,
    reader: ParquetRecordBatchReader,
    opts: ReadOptions,
    batch: Option<RecordBatch>,
    /// Column of each of [`COLUMNS`] in the batches.
    cols: [Option<usize>; 6],
    next_in_batch: usize,
    row: u64,
    done: bool,
}

fn kind_ok(name: &str, dt: &DataType) -> bool {
    use DataType::*;
    match name {
        "note_id" | "person_id" | "language_concept_id" => matches!(dt, Int32 | Int64 | Utf8 | LargeUtf8),
        "note_date" => matches!(dt, Date32 | Utf8 | LargeUtf8),
        "note_text" => matches!(dt, Utf8 | LargeUtf8 | Binary | LargeBinary),
        _ => matches!(dt, Utf8 | LargeUtf8),
    }
}

impl ParquetNoteReader {
    /// Open a file; checks the footer and the columns. `name` names the input in rejects and errors.
    pub fn open(path: &std::path::Path, name: &str, opts: ReadOptions) -> Result<Self> {
        let input = |message: String| Error::Input { file: name.to_string(), message };
        let f = File::open(path).map_err(|e| input(format!("cannot open: {e}")))?;
        let builder = ParquetRecordBatchReaderBuilder::try_new(f)
            .map_err(|e| input(format!("not a readable Parquet file (truncated or corrupt?): {e}")))?;
        let schema = builder.schema().clone();
        let find = |n: &str| schema.fields().iter().position(|f| f.name().eq_ignore_ascii_case(n));
        let mut roots = Vec::new();
        for (i, n) in COLUMNS.iter().enumerate() {
            match find(n) {
                Some(c) => {
                    let dt = schema.field(c).data_type();
                    if !kind_ok(n, dt) {
                        return Err(input(format!("column `{n}` has type {dt}, which symptext cannot read as {n}")));
                    }
                    roots.push(c);
                }
                None if i < 2 => {
                    let have: Vec<&str> = schema.fields().iter().map(|f| f.name().as_str()).collect();
                    return Err(input(format!("missing required column `{n}` (the file has: {})", have.join(", "))));
                }
                None => {}
            }
        }
        let mask = ProjectionMask::roots(builder.parquet_schema(), roots);
        let reader = builder
            .with_projection(mask)
            .with_batch_size(BATCH_ROWS)
            .build()
            .map_err(|e| input(format!("cannot read the row groups: {e}")))?;
        Ok(ParquetNoteReader { file: name.to_string(), reader, opts, batch: None, cols: [None; 6], next_in_batch: 0, row: 0, done: false })
    }

    fn reject(&self, note_id: Option<String>, field: &str, reason: impl Into<String>, bytes: u64) -> Record {
        Record::Reject {
            reject: Reject { file: self.file.clone(), line: self.row, note_id, field: field.to_string(), reason: reason.into() },
            bytes,
        }
    }

    fn parse(&self, b: &RecordBatch, i: usize) -> Record {
        let col = |k: usize| self.cols[k].map(|c| b.column(c).as_ref());
        let text_len = col(1).and_then(|a| str_at(a, i).ok().flatten()).map_or(0, |s| s.len() as u64);
        let bytes = text_len + 16;
        let note_id = match col(0).map(|a| int_at(a, i)) {
            Some(Ok(Some(v))) => v,
            Some(Ok(None)) | None => return self.reject(None, "note_id", "empty note_id", bytes),
            Some(Err(reason)) => return self.reject(None, "note_id", reason, bytes),
        };
        let id = Some(note_id.to_string());
        let text = match col(1).map(|a| str_at(a, i)) {
            Some(Ok(Some(s))) => s,
            Some(Ok(None)) | None => return self.reject(id, "note_text", "empty note_text (null)", bytes),
            Some(Err(reason)) => return self.reject(id, "note_text", reason, bytes),
        };
        if let Some(reason) = self.opts.too_long(text.len()) {
            return self.reject(id, "note_text", reason, bytes);
        }
        let person_id = match col(2).map(|a| int_at(a, i)) {
            Some(Ok(p)) => p,
            None => None,
            Some(Err(reason)) => return self.reject(id, "person_id", reason, bytes),
        };
        let note_date = match col(3) {
            None => None,
            Some(a) if a.is_null(i) => None,
            Some(a) => match a.as_primitive_opt::<Date32Type>() {
                Some(d) => match d.value_as_date(i) {
                    Some(d) => Some(d),
                    None => return self.reject(id, "note_date", "date out of range", bytes),
                },
                None => match str_at(a, i) {
                    Ok(Some(s)) if s.trim().is_empty() => None,
                    Ok(Some(s)) => match super::csv::parse_date(s.trim()) {
                        Some(d) => Some(d),
                        None => return self.reject(id, "note_date", "not a date (expected YYYY-MM-DD)", bytes),
                    },
                    Ok(None) => None,
                    Err(reason) => return self.reject(id, "note_date", reason, bytes),
                },
            },
        };
        let language = match col(4).map(|a| str_at(a, i)) {
            Some(Ok(Some(s))) => Lang::from_code(s.trim()),
            _ => None,
        }
        .or_else(|| match col(5).map(|a| int_at(a, i)) {
            Some(Ok(Some(c))) => Lang::from_concept_id(c),
            _ => None,
        });
        Record::Note { note: Note { note_id, person_id, note_date, language, text: text.to_string() }, line: self.row, bytes }
    }
}

fn int_at(a: &dyn Array, i: usize) -> std::result::Result<Option<i64>, String> {
    if a.is_null(i) {
        return Ok(None);
    }
    if let Some(p) = a.as_primitive_opt::<Int64Type>() {
        return Ok(Some(p.value(i)));
    }
    if let Some(p) = a.as_primitive_opt::<Int32Type>() {
        return Ok(Some(p.value(i) as i64));
    }
    match str_at(a, i)? {
        Some(s) if s.trim().is_empty() => Ok(None),
        Some(s) => s.trim().parse().map(Some).map_err(|_| "not an integer".to_string()),
        None => Ok(None),
    }
}

fn str_at(a: &dyn Array, i: usize) -> std::result::Result<Option<&str>, String> {
    if a.is_null(i) {
        return Ok(None);
    }
    if let Some(s) = a.as_string_opt::<i32>() {
        return Ok(Some(s.value(i)));
    }
    if let Some(s) = a.as_string_opt::<i64>() {
        return Ok(Some(s.value(i)));
    }
    let raw = if let Some(b) = a.as_binary_opt::<i32>() {
        b.value(i)
    } else if let Some(b) = a.as_binary_opt::<i64>() {
        b.value(i)
    } else {
        return Err(format!("unsupported type {}", a.data_type()));
    };
    std::str::from_utf8(raw).map(Some).map_err(|e| format!("invalid UTF-8 at byte {} of the field", e.valid_up_to()))
}

impl Iterator for ParquetNoteReader {
    type Item = Result<Record>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if self.done {
                return None;
            }
            if let Some(b) = &self.batch {
                if self.next_in_batch < b.num_rows() {
                    let i = self.next_in_batch;
                    self.next_in_batch += 1;
                    self.row += 1;
                    return Some(Ok(self.parse(b, i)));
                }
            }
            match self.reader.next() {
                None => {
                    self.done = true;
                    return None;
                }
                Some(Ok(b)) => {
                    let schema = b.schema();
                    for (k, n) in COLUMNS.iter().enumerate() {
                        self.cols[k] = schema.fields().iter().position(|f| f.name().eq_ignore_ascii_case(n));
                    }
                    self.batch = Some(b);
                    self.next_in_batch = 0;
                }
                Some(Err(e)) => {
                    self.done = true;
                    return Some(Err(Error::Input { file: self.file.clone(), message: format!("after row {}: {e}", self.row) }));
                }
            }
        }
    }
}
