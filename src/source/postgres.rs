//! OMOP NOTE from PostgreSQL: a table or a query, streamed with `COPY (SELECT ...) TO STDOUT` in CSV and
//! read by the CSV reader, so rows are checked exactly as CSV rows are (same columns, same rejects).
//!
//! Only the columns the CSV reader uses are selected (`note_id`, `note_text`, `person_id`, `note_date`,
//! `language`, `language_concept_id`, whichever the table or query has). A table is read in `note_id`
//! order. The COPY runs on its own thread that owns the connection and hands 64 KiB chunks through a
//! bounded channel, so memory stays bounded whatever the size of the table. Rejects name the source by
//! its URL without password, and the `line` of a reject is the 1-based row number of the result.

use std::io::Read;
use std::sync::mpsc::{sync_channel, Receiver};

use super::csv::{CsvNoteReader, InputFormat};
use super::{ReadOptions, Record};
use crate::error::{Error, Result};
use crate::pg::{quote_ident, table_name, Target};

/// What to read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PgSelect {
    /// A table (`NAME` or `SCHEMA.NAME`), read in `note_id` order.
    Table(String),
    /// A query; rows in the query's order.
    Query(String),
}

const COLUMNS: [&str; 6] = ["note_id", "note_text", "person_id", "note_date", "language", "language_concept_id"];

/// NOTE rows from PostgreSQL.
pub struct PgNoteReader {
    inner: CsvNoteReader<ChannelReader>,
    rows: u64,
}

impl std::fmt::Debug for PgNoteReader {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PgNoteReader").field("rows", &self.rows).finish_non_exhaustive()
    }
}

impl PgNoteReader {
    /// Connect, check the columns and start streaming. Errors name the URL without password.
    pub fn open(url: &str, select: &PgSelect, opts: ReadOptions) -> Result<Self> {
        let target = Target::parse(url)?;
        let mut client = target.connect()?;
        let (base, ordered) = match select {
            PgSelect::Table(t) => (format!("SELECT * FROM {}", table_name(t)?), true),
            PgSelect::Query(q) => (q.trim().trim_end_matches(';').trim_end().to_string(), false),
        };
        let what = match select {
            PgSelect::Table(t) => format!("reading table {t}"),
            PgSelect::Query(_) => "preparing the --query".to_string(),
        };
        let stmt = client.prepare(&base).map_err(|e| target.error(&what, &e))?;
        let names: Vec<String> = stmt.columns().iter().map(|c| c.name().to_string()).collect();
        let pick = |want: &str| names.iter().find(|n| n.eq_ignore_ascii_case(want));
        let mut select_list = Vec::new();
        for want in COLUMNS {
            if let Some(n) = pick(want) {
                select_list.push(format!("{} AS {want}", quote_ident(n)));
            }
        }
        for required in ["note_id", "note_text"] {
            if pick(required).is_none() {
                return Err(Error::Input {
                    file: target.shown.clone(),
                    message: format!("missing required column `{required}` (the result has: {})", names.join(", ")),
                });
            }
        }
        let order = match (ordered, pick("note_id")) {
            (true, Some(n)) => format!(" ORDER BY {}", quote_ident(n)),
            _ => String::new(),
        };
        let copy = format!(
            "COPY (SELECT {} FROM ({base}) AS symptext_notes{order}) TO STDOUT WITH (FORMAT csv, HEADER true, ENCODING 'UTF8')",
            select_list.join(", ")
        );
        let (tx, rx) = sync_channel::<std::io::Result<Vec<u8>>>(8);
        let shown = target.shown.clone();
        std::thread::Builder::new()
            .name("symptext-pg-read".into())
            .spawn(move || {
                let mut reader = match client.copy_out(copy.as_str()) {
                    Ok(r) => r,
                    Err(e) => {
                        let _ = tx.send(Err(std::io::Error::other(target.message("COPY out", &e))));
                        return;
                    }
                };
                loop {
                    let mut buf = vec![0u8; 1 << 16];
                    match reader.read(&mut buf) {
                        Ok(0) => return,
                        Ok(n) => {
                            buf.truncate(n);
                            if tx.send(Ok(buf)).is_err() {
                                return;
                            }
                        }
                        Err(e) => {
                            let _ = tx.send(Err(std::io::Error::other(target.scrub(&format!("reading rows: {e}")))));
                            return;
                        }
                    }
                }
            })
            .map_err(|e| Error::Config(format!("{shown}: cannot start the reader thread: {e}")))?;
        let inner = CsvNoteReader::new(ChannelReader { rx, chunk: Vec::new(), pos: 0 }, &shown, InputFormat::Csv, opts)?;
        Ok(PgNoteReader { inner, rows: 0 })
    }
}

impl Iterator for PgNoteReader {
    type Item = Result<Record>;

    fn next(&mut self) -> Option<Self::Item> {
        let rec = self.inner.next()?;
        Some(rec.map(|r| {
            self.rows += 1;
            match r {
                Record::Note { note, bytes, .. } => Record::Note { note, line: self.rows, bytes },
                Record::Reject { mut reject, bytes } => {
                    reject.line = self.rows;
                    Record::Reject { reject, bytes }
                }
            }
        }))
    }
}

/// `Read` over chunks from the COPY thread.
struct ChannelReader {
    rx: Receiver<std::io::Result<Vec<u8>>>,
    chunk: Vec<u8>,
    pos: usize,
}

impl Read for ChannelReader {
    fn read(&mut self, out: &mut [u8]) -> std::io::Result<usize> {
        while self.pos >= self.chunk.len() {
            match self.rx.recv() {
                Ok(Ok(c)) => {
                    self.chunk = c;
                    self.pos = 0;
                }
                Ok(Err(e)) => return Err(e),
                Err(_) => return Ok(0),
            }
        }
        let n = out.len().min(self.chunk.len() - self.pos);
        out[..n].copy_from_slice(&self.chunk[self.pos..self.pos + n]);
        self.pos += n;
        Ok(n)
    }
}
