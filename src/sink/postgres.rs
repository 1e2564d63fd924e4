//! NOTE_NLP into PostgreSQL with `COPY ... FROM STDIN` (CSV), one transaction per batch of notes.
//!
//! Rows are formatted by the CSV renderer on the worker threads and buffered for the batch; at the end
//! of the batch ([`Sink::commit`]) one transaction deletes the rows the same `nlp_system` wrote
//! earlier for the batch's notes, copies the new rows in and commits. A rerun over the same notes
//! therefore replaces their rows instead of duplicating them, and a run killed at any point leaves
//! whole batches only: rerunning it gives exactly the table an uninterrupted run gives.

use std::io::Write;

use super::{NoteNlpCsv, Renderer, RowBuilder, RunInfo, Sink, NOTE_NLP_COLUMNS};
use crate::error::{Error, Result};
use crate::mention::Mention;
use crate::note::Note;
use crate::pg::{quote_ident, table_name, Target};

/// The NOTE_NLP table of OMOP CDM v5.4 (OHDSI CommonDataModel, `inst/ddl/5.4/postgresql/
/// OMOPCDM_postgresql_5.4_ddl.sql`), with `note_nlp_id` and `note_id` widened to `bigint`: symptext's
/// `note_nlp_id` is `note_id * 65536 + n`. `{}` is the table name.
const DDL: &str = "CREATE TABLE IF NOT EXISTS {} (
    note_nlp_id bigint NOT NULL,
    note_id bigint NOT NULL,
    section_concept_id integer NULL,
    snippet varchar(250) NULL,
    \"offset\" varchar(50) NULL,
    lexical_variant varchar(250) NOT NULL,
    note_nlp_concept_id integer NULL,
    note_nlp_source_concept_id integer NULL,
    nlp_system varchar(250) NULL,
    nlp_date date NOT NULL,
    nlp_datetime timestamp NULL,
    term_exists varchar(1) NULL,
    term_temporal varchar(50) NULL,
    term_modifiers varchar(2000) NULL)";

/// Options of the PostgreSQL sink.
#[derive(Debug, Clone)]
pub struct PgSinkOptions {
    /// Table (`NAME` or `SCHEMA.NAME`), default `note_nlp`.
    pub table: String,
    /// Create the table (and its `note_id` index) when absent.
    pub create_table: bool,
}

impl Default for PgSinkOptions {
    fn default() -> Self {
        PgSinkOptions { table: "note_nlp".into(), create_table: false }
    }
}

/// The PostgreSQL NOTE_NLP writer.
pub struct NoteNlpPostgres {
    client: postgres::Client,
    target: Target,
    table: String,
    delete_sql: String,
    copy_sql: String,
    nlp_system: String,
    /// The CSV writer whose renderer formats the rows (it writes nothing itself).
    csv: NoteNlpCsv<std::io::Sink>,
    renderer: Box<dyn Renderer>,
    rows: RowBuilder,
    buf: Vec<u8>,
    /// Notes given to `write_note` since the last commit (when driven without the pipeline's batches).
    pending: Vec<i64>,
    /// Batches committed.
    pub batches: u64,
}

impl std::fmt::Debug for NoteNlpPostgres {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("NoteNlpPostgres").field("target", &self.target.shown).field("table", &self.table).finish_non_exhaustive()
    }
}

impl NoteNlpPostgres {
    /// Connect and check (or create) the table.
    pub fn open(url: &str, run: &RunInfo, opts: &PgSinkOptions) -> Result<Self> {
        let target = Target::parse(url)?;
        let table = table_name(&opts.table)?;
        let mut client = target.connect()?;
        let exists: bool = client
            .query_one("SELECT to_regclass($1) IS NOT NULL", &[&table])
            .and_then(|r| r.try_get(0))
            .map_err(|e| target.error(&format!("looking up table {}", opts.table), &e))?;
        if !exists {
            if !opts.create_table {
                return Err(Error::Config(format!(
                    "{}: table {} does not exist (--create-table creates it from the OMOP CDM v5.4 DDL)",
                    target.shown, opts.table
                )));
            }
            let ddl = format!("{}; CREATE INDEX IF NOT EXISTS {} ON {table} (note_id)", DDL.replace("{}", &table), index_name(&opts.table));
            client.batch_execute(&ddl).map_err(|e| target.error(&format!("creating table {}", opts.table), &e))?;
        }
        let cols: Vec<String> = NOTE_NLP_COLUMNS.iter().map(|c| quote_ident(c)).collect();
        let copy_sql = format!(
            "COPY {table} ({}) FROM STDIN WITH (FORMAT csv, FORCE_NOT_NULL (snippet, lexical_variant, nlp_system, term_exists, term_temporal, term_modifiers))",
            cols.join(", ")
        );
        let delete_sql = format!("DELETE FROM {table} WHERE nlp_system = $1 AND note_id = ANY($2::bigint[])");
        // The CSV writer's renderer: the same bytes as a NOTE_NLP CSV file, without the header.
        let csv = NoteNlpCsv::new(std::io::sink(), run, false, "")?;
        let renderer = csv.renderer().ok_or_else(|| Error::Config("the CSV writer has no renderer".into()))?;
        Ok(NoteNlpPostgres {
            client,
            target,
            table: opts.table.clone(),
            delete_sql,
            copy_sql,
            nlp_system: run.nlp_system.clone(),
            csv,
            renderer,
            rows: RowBuilder::new(),
            buf: Vec::new(),
            pending: Vec::new(),
            batches: 0,
        })
    }
}

/// `note_nlp_note_id_idx`, or `schema`'s table name with the suffix (index names live in the table's schema).
fn index_name(table: &str) -> String {
    let base = table.rsplit('.').next().unwrap_or(table).to_ascii_lowercase();
    quote_ident(&format!("{base}_note_id_idx"))
}

impl Sink for NoteNlpPostgres {
    fn write_note(&mut self, note: &Note, mentions: &[Mention]) -> Result<()> {
        self.pending.push(note.note_id);
        self.renderer.render(&mut std::iter::once((note, mentions)), &mut self.rows, &mut self.buf)
    }

    fn renderer(&self) -> Option<Box<dyn Renderer>> {
        self.csv.renderer()
    }

    fn write_rendered(&mut self, bytes: &[u8]) -> Result<()> {
        self.buf.extend_from_slice(bytes);
        Ok(())
    }

    fn commit(&mut self, note_ids: &[i64]) -> Result<()> {
        if note_ids.is_empty() && self.buf.is_empty() {
            return Ok(());
        }
        let ids: Vec<i64> = note_ids.to_vec();
        let doing =
            format!("writing a batch of {} notes (note_id {}..) to table {}", ids.len(), ids.first().copied().unwrap_or(0), self.table);
        let mut tx = self.client.transaction().map_err(|e| self.target.error(&doing, &e))?;
        if let Err(e) = tx.execute(self.delete_sql.as_str(), &[&self.nlp_system, &ids]) {
            return Err(self.target.error(&doing, &e));
        }
        if !self.buf.is_empty() {
            let mut w = tx.copy_in(self.copy_sql.as_str()).map_err(|e| self.target.error(&doing, &e))?;
            let written = w.write_all(&self.buf);
            // `finish` reports the server's reason for a failed COPY (constraint, lost connection).
            w.finish().map_err(|e| self.target.error(&doing, &e))?;
            written.map_err(|e| Error::Config(self.target.scrub(&format!("{}: {doing}: {e}", self.target.shown))))?;
        }
        tx.commit().map_err(|e| self.target.error(&doing, &e))?;
        self.buf.clear();
        self.pending.clear();
        self.batches += 1;
        Ok(())
    }

    /// Commits what `write_note` gave since the last batch, as one more batch.
    fn finish(&mut self) -> Result<()> {
        let pending = std::mem::take(&mut self.pending);
        self.commit(&pending)
    }
}
