//! The study tables as Arrow record batches and Parquet files (feature `parquet`). Same columns as the
//! CSV tables; dates are Date32, counts Int64, the wide 0/1 flags Int32, ratios nullable Float64.

use std::io::Write;
use std::sync::Arc;

use arrow_array::{ArrayRef, Date32Array, Float64Array, Int32Array, Int64Array, RecordBatch, StringArray};
use arrow_schema::{DataType, Field, Schema};
use parquet::arrow::ArrowWriter;
use parquet::basic::Compression;
use parquet::file::properties::WriterProperties;

use super::{day_number, Tables};
use crate::error::{Error, Result};

fn err(e: impl std::fmt::Display) -> Error {
    Error::Write { what: String::new(), source: std::io::Error::other(e.to_string()) }
}

fn date32(d: Option<chrono::NaiveDate>) -> Option<i32> {
    // Days since 1970-01-01 (day 719,163 counted from 0001-01-01).
    d.map(|d| day_number(d) - 719_163)
}

fn batch(fields: Vec<Field>, columns: Vec<ArrayRef>) -> Result<RecordBatch> {
    RecordBatch::try_new(Arc::new(Schema::new(fields)), columns).map_err(err)
}

impl Tables {
    /// The long table as an Arrow batch.
    pub fn long_batch(&self) -> Result<RecordBatch> {
        let name = |s: u32| self.symptoms.get(s as usize).map(|s| s.name.as_str());
        let concept = |s: u32| self.symptoms.get(s as usize).map(|s| s.concept_id);
        let columns: Vec<ArrayRef> = vec![
            Arc::new(Int64Array::from_iter_values(self.long.iter().map(|r| r.person_id))),
            Arc::new(StringArray::from_iter(self.long.iter().map(|r| name(r.symptom)))),
            Arc::new(Int64Array::from_iter(self.long.iter().map(|r| concept(r.symptom)))),
            Arc::new(Date32Array::from_iter(self.long.iter().map(|r| date32(r.first_date)))),
            Arc::new(Date32Array::from_iter(self.long.iter().map(|r| date32(r.last_date)))),
            Arc::new(Int64Array::from_iter_values(self.long.iter().map(|r| r.n_text_mentions as i64))),
            Arc::new(Int64Array::from_iter_values(self.long.iter().map(|r| r.n_coded as i64))),
            Arc::new(StringArray::from_iter_values(self.long.iter().map(|r| r.source().name()))),
        ];
        batch(
            vec![
                Field::new("person_id", DataType::Int64, false),
                Field::new("symptom", DataType::Utf8, false),
                Field::new("concept_id", DataType::Int64, false),
                Field::new("first_date", DataType::Date32, true),
                Field::new("last_date", DataType::Date32, true),
                Field::new("n_text_mentions", DataType::Int64, false),
                Field::new("n_coded", DataType::Int64, false),
                Field::new("source", DataType::Utf8, false),
            ],
            columns,
        )
    }

    /// The wide table as an Arrow batch: person_id, group, then one Int32 0/1 column per symptom.
    pub fn wide_batch(&self) -> Result<RecordBatch> {
        let n = self.persons.len();
        let mut ids = Vec::with_capacity(n);
        let mut groups = Vec::with_capacity(n);
        let mut flags: Vec<Vec<i32>> = self.symptoms.iter().map(|_| Vec::with_capacity(n)).collect();
        for (p, g, f) in self.wide() {
            ids.push(p);
            groups.push(g.to_string());
            for (col, v) in flags.iter_mut().zip(f) {
                col.push(v as i32);
            }
        }
        let mut fields = vec![Field::new("person_id", DataType::Int64, false), Field::new("group", DataType::Utf8, false)];
        fields.extend(self.symptoms.iter().map(|s| Field::new(&s.name, DataType::Int32, false)));
        let mut columns: Vec<ArrayRef> = vec![Arc::new(Int64Array::from(ids)), Arc::new(StringArray::from(groups))];
        columns.extend(flags.into_iter().map(|c| Arc::new(Int32Array::from(c)) as ArrayRef));
        batch(fields, columns)
    }

    /// The summary table as an Arrow batch.
    pub fn summary_batch(&self) -> Result<RecordBatch> {
        let s = &self.summary;
        let columns: Vec<ArrayRef> = vec![
            Arc::new(StringArray::from_iter(s.iter().map(|r| self.symptoms.get(r.symptom as usize).map(|x| x.name.as_str())))),
            Arc::new(Int64Array::from_iter(s.iter().map(|r| self.symptoms.get(r.symptom as usize).map(|x| x.concept_id)))),
            Arc::new(StringArray::from_iter(s.iter().map(|r| self.groups.get(r.group as usize).map(String::as_str)))),
            Arc::new(Int64Array::from_iter_values(s.iter().map(|r| r.group_persons as i64))),
            Arc::new(Int64Array::from_iter_values(s.iter().map(|r| r.persons as i64))),
            Arc::new(Float64Array::from_iter(s.iter().map(|r| r.prevalence()))),
            Arc::new(Int64Array::from_iter_values(s.iter().map(|r| r.text_only as i64))),
            Arc::new(Int64Array::from_iter_values(s.iter().map(|r| r.coded_only as i64))),
            Arc::new(Int64Array::from_iter_values(s.iter().map(|r| r.both as i64))),
            Arc::new(Float64Array::from_iter(s.iter().map(|r| r.share_text_only()))),
        ];
        batch(
            vec![
                Field::new("symptom", DataType::Utf8, false),
                Field::new("concept_id", DataType::Int64, false),
                Field::new("group", DataType::Utf8, false),
                Field::new("group_persons", DataType::Int64, false),
                Field::new("persons", DataType::Int64, false),
                Field::new("prevalence", DataType::Float64, true),
                Field::new("text_only", DataType::Int64, false),
                Field::new("coded_only", DataType::Int64, false),
                Field::new("both", DataType::Int64, false),
                Field::new("share_text_only", DataType::Float64, true),
            ],
            columns,
        )
    }
}

/// Write one batch as a Snappy-compressed Parquet file.
pub(super) fn write(batch: RecordBatch, w: &mut dyn Write) -> Result<()> {
    let props = WriterProperties::builder().set_compression(Compression::SNAPPY).build();
    let mut buf = Vec::new();
    let mut writer = ArrowWriter::try_new(&mut buf, batch.schema(), Some(props)).map_err(err)?;
    writer.write(&batch).map_err(err)?;
    writer.close().map_err(err)?;
    w.write_all(&buf).map_err(|e| Error::Write { what: String::new(), source: e })
}
