//! NOTE inputs in every format, made from one CSV, and NOTE_NLP outputs read back as rows of strings
//! (the CSV's text for each value), so that every path can be compared with the CSV path value by value.
#![allow(dead_code)]

use std::path::Path;
use std::sync::Arc;

use arrow_array::cast::AsArray;
use arrow_array::types::{Date32Type, Int64Type, TimestampMicrosecondType, TimestampNanosecondType};
use arrow_array::{Array, ArrayRef, Date32Array, Int32Array, Int64Array, RecordBatch, StringArray};
use arrow_schema::{DataType, Field, Schema, TimeUnit};

/// One NOTE row of a CSV file.
#[derive(Debug, Clone)]
pub struct NoteRow {
    pub note_id: i64,
    pub person_id: Option<i64>,
    pub note_date: Option<String>,
    pub language: Option<String>,
    pub note_text: String,
}

/// The rows of a NOTE CSV with columns note_id, person_id, note_date, language, note_text.
pub fn read_note_csv(path: &Path) -> Vec<NoteRow> {
    let mut r = csv::Reader::from_path(path).expect("open NOTE csv");
    let h = r.headers().expect("header").clone();
    let col = |n: &str| h.iter().position(|x| x == n).expect("column");
    let (id, p, d, l, t) = (col("note_id"), col("person_id"), col("note_date"), col("language"), col("note_text"));
    let opt = |s: &str| if s.is_empty() { None } else { Some(s.to_string()) };
    r.records()
        .map(|rec| {
            let rec = rec.expect("row");
            NoteRow {
                note_id: rec[id].parse().expect("note_id"),
                person_id: rec[p].parse().ok(),
                note_date: opt(&rec[d]),
                language: opt(&rec[l]),
                note_text: rec[t].to_string(),
            }
        })
        .collect()
}

/// NOTE as Parquet: note_id int64, person_id int32, note_date date32, language and note_text utf8, in
/// row groups of `group` rows.
pub fn write_note_parquet(rows: &[NoteRow], path: &Path, group: usize) {
    let schema = Arc::new(Schema::new(vec![
        Field::new("note_id", DataType::Int64, false),
        Field::new("person_id", DataType::Int32, true),
        Field::new("note_date", DataType::Date32, true),
        Field::new("language", DataType::Utf8, true),
        Field::new("note_text", DataType::Utf8, false),
    ]));
    let epoch = chrono::NaiveDate::from_ymd_opt(1970, 1, 1).expect("epoch");
    let props = parquet::file::properties::WriterProperties::builder().set_max_row_group_size(group).build();
    let f = std::fs::File::create(path).expect("create parquet");
    let mut w = parquet::arrow::ArrowWriter::try_new(f, schema.clone(), Some(props)).expect("writer");
    for chunk in rows.chunks(group.max(1)) {
        let cols: Vec<ArrayRef> = vec![
            Arc::new(Int64Array::from_iter_values(chunk.iter().map(|r| r.note_id))),
            Arc::new(Int32Array::from_iter(chunk.iter().map(|r| r.person_id.map(|p| p as i32)))),
            Arc::new(Date32Array::from_iter(chunk.iter().map(|r| {
                r.note_date.as_deref().map(|d| (chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").expect("date") - epoch).num_days() as i32)
            }))),
            Arc::new(StringArray::from_iter(chunk.iter().map(|r| r.language.as_deref()))),
            Arc::new(StringArray::from_iter_values(chunk.iter().map(|r| r.note_text.as_str()))),
        ];
        w.write(&RecordBatch::try_new(schema.clone(), cols).expect("batch")).expect("write");
    }
    w.close().expect("close");
}

/// NOTE as JSON lines; every third note_id written as a string of digits.
pub fn write_note_jsonl(rows: &[NoteRow], path: &Path) {
    let mut out = String::new();
    for (i, r) in rows.iter().enumerate() {
        let id = if i % 3 == 0 { serde_json::json!(r.note_id.to_string()) } else { serde_json::json!(r.note_id) };
        let v = serde_json::json!({"note_id": id, "person_id": r.person_id, "note_date": r.note_date, "language": r.language, "note_text": r.note_text});
        out.push_str(&v.to_string());
        out.push('\n');
    }
    std::fs::write(path, out).expect("write jsonl");
}

/// NOTE_NLP CSV rows (the header dropped).
pub fn csv_rows(path: &Path) -> Vec<Vec<String>> {
    let mut r = csv::Reader::from_path(path).expect("open csv");
    r.records().map(|x| x.expect("row").iter().map(str::to_string).collect()).collect()
}

pub const NOTE_NLP_COLUMNS: [&str; 14] = [
    "note_nlp_id",
    "note_id",
    "section_concept_id",
    "snippet",
    "offset",
    "lexical_variant",
    "note_nlp_concept_id",
    "note_nlp_source_concept_id",
    "nlp_system",
    "nlp_date",
    "nlp_datetime",
    "term_exists",
    "term_temporal",
    "term_modifiers",
];

/// NOTE_NLP JSON lines rows, values in CDM column order as CSV text; checks the ids are JSON integers.
pub fn jsonl_rows(text: &str) -> Vec<Vec<String>> {
    text.lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).expect("json line");
            let o = v.as_object().expect("object");
            assert_eq!(o.len(), NOTE_NLP_COLUMNS.len());
            // The fields in CDM order.
            let at: Vec<usize> = NOTE_NLP_COLUMNS.iter().map(|c| l.find(&format!("\"{c}\":")).expect("field")).collect();
            assert!(at.windows(2).all(|w| w[0] < w[1]), "field order in {l}");
            NOTE_NLP_COLUMNS
                .iter()
                .map(|c| match &o[*c] {
                    serde_json::Value::String(s) => s.clone(),
                    serde_json::Value::Number(n) => {
                        assert!(n.is_i64(), "{c} is an integer");
                        n.to_string()
                    }
                    other => panic!("{c}: unexpected {other}"),
                })
                .collect()
        })
        .collect()
}

/// Every NOTE_NLP Parquet file under `path` (a file, or a folder of part files in name order), rows
/// as CSV text; checks the column names and types.
pub fn parquet_rows(path: &Path) -> Vec<Vec<String>> {
    let mut files: Vec<std::path::PathBuf> = if path.is_dir() {
        std::fs::read_dir(path)
            .expect("read dir")
            .map(|e| e.expect("entry").path())
            .filter(|p| p.extension().is_some_and(|e| e == "parquet"))
            .collect()
    } else {
        vec![path.to_path_buf()]
    };
    files.sort();
    let mut rows = Vec::new();
    for f in files {
        let file = std::fs::File::open(&f).expect("open parquet");
        let reader =
            parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder::try_new(file).expect("parquet").build().expect("reader");
        for batch in reader {
            let batch = batch.expect("batch");
            let names: Vec<&str> = batch.schema_ref().fields().iter().map(|f| f.name().as_str()).collect();
            assert_eq!(names, NOTE_NLP_COLUMNS.to_vec());
            for i in 0..batch.num_rows() {
                rows.push(batch.columns().iter().map(|c| value(c.as_ref(), i)).collect());
            }
        }
    }
    rows
}

fn value(a: &dyn Array, i: usize) -> String {
    assert!(!a.is_null(i), "no nulls in NOTE_NLP");
    match a.data_type() {
        DataType::Int64 => a.as_primitive::<Int64Type>().value(i).to_string(),
        DataType::Int32 => a.as_primitive::<arrow_array::types::Int32Type>().value(i).to_string(),
        DataType::Utf8 => a.as_string::<i32>().value(i).to_string(),
        DataType::Date32 => a.as_primitive::<Date32Type>().value_as_date(i).expect("date").format("%Y-%m-%d").to_string(),
        DataType::Timestamp(TimeUnit::Microsecond, None) => {
            a.as_primitive::<TimestampMicrosecondType>().value_as_datetime(i).expect("ts").format("%Y-%m-%d %H:%M:%S").to_string()
        }
        DataType::Timestamp(TimeUnit::Nanosecond, None) => {
            a.as_primitive::<TimestampNanosecondType>().value_as_datetime(i).expect("ts").format("%Y-%m-%d %H:%M:%S").to_string()
        }
        other => panic!("unexpected type {other}"),
    }
}

/// The Arrow types of a NOTE_NLP Parquet file's columns.
pub fn parquet_types(path: &Path) -> Vec<DataType> {
    let file = std::fs::File::open(path).expect("open parquet");
    let b = parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder::try_new(file).expect("parquet");
    b.schema().fields().iter().map(|f| f.data_type().clone()).collect()
}
