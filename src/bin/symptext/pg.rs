//! `symptext extract` options and helpers for PostgreSQL input and output (`postgres://` URLs).

use symptext::source::{ReadOptions, Record};

/// PostgreSQL options of `symptext extract` (used when an input or the output is a `postgres://` URL).
#[derive(clap::Args, Debug, Clone, Default)]
pub struct PgArgs {
    /// PostgreSQL input: the NOTE table to read (`NAME` or `SCHEMA.NAME`), in note_id order.
    #[arg(long, value_name = "TABLE", conflicts_with = "query", help_heading = "PostgreSQL")]
    pub table: Option<String>,
    /// PostgreSQL input: a query whose rows are NOTE rows (`note_id`, `note_text`, optional `person_id`,
    /// `note_date`, `language`, `language_concept_id`), e.g. `--query "SELECT * FROM note WHERE note_date >= '2024-01-01'"`.
    #[arg(long, value_name = "SQL", help_heading = "PostgreSQL")]
    pub query: Option<String>,
    /// PostgreSQL output: the NOTE_NLP table (`NAME` or `SCHEMA.NAME`).
    #[arg(long, value_name = "TABLE", default_value = "note_nlp", help_heading = "PostgreSQL")]
    pub output_table: String,
    /// PostgreSQL output: create the table (OMOP CDM v5.4 DDL, bigint ids) and a note_id index when absent.
    #[arg(long, help_heading = "PostgreSQL")]
    pub create_table: bool,
}

/// A `postgres://` or `postgresql://` URL?
pub fn is_url(s: &str) -> bool {
    let l = s.get(..13).unwrap_or(s).to_ascii_lowercase();
    l.starts_with("postgres://") || l.starts_with("postgresql://")
}

pub type Source = Box<dyn Iterator<Item = symptext::Result<Record>> + Send>;

/// Open a PostgreSQL NOTE source.
#[cfg(feature = "postgres")]
pub fn open_source(url: &str, a: &PgArgs, opts: ReadOptions) -> anyhow::Result<Source> {
    use symptext::source::{PgNoteReader, PgSelect};
    let select = match (&a.query, &a.table) {
        (Some(q), _) => PgSelect::Query(q.clone()),
        (None, Some(t)) => PgSelect::Table(t.clone()),
        (None, None) => PgSelect::Table("note".into()),
    };
    Ok(Box::new(PgNoteReader::open(url, &select, opts)?))
}

#[cfg(not(feature = "postgres"))]
pub fn open_source(url: &str, _a: &PgArgs, _opts: ReadOptions) -> anyhow::Result<Source> {
    anyhow::bail!("{}: this symptext was built without the `postgres` feature", redact(url))
}

/// Open the PostgreSQL NOTE_NLP sink.
#[cfg(feature = "postgres")]
pub fn open_sink(url: &str, a: &PgArgs, run: &symptext::sink::RunInfo) -> anyhow::Result<Box<dyn symptext::sink::Sink + Send>> {
    use symptext::sink::{NoteNlpPostgres, PgSinkOptions};
    let opts = PgSinkOptions { table: a.output_table.clone(), create_table: a.create_table };
    Ok(Box::new(NoteNlpPostgres::open(url, run, &opts)?))
}

#[cfg(not(feature = "postgres"))]
pub fn open_sink(url: &str, _a: &PgArgs, _run: &symptext::sink::RunInfo) -> anyhow::Result<Box<dyn symptext::sink::Sink + Send>> {
    anyhow::bail!("{}: this symptext was built without the `postgres` feature", redact(url))
}

/// The URL without password, for messages.
pub fn redact(url: &str) -> String {
    #[cfg(feature = "postgres")]
    {
        symptext::pg::redact(url)
    }
    #[cfg(not(feature = "postgres"))]
    {
        match (url.find("://"), url.find('@')) {
            (Some(s), Some(at)) if at > s => format!("{}{}", &url[..s + 3], &url[at + 1..]),
            _ => url.to_string(),
        }
    }
}
