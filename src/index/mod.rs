//! A search index of notes, their mentions and the patients' coded data (feature `index`, tantivy).
//!
//! One tantivy index holds two kinds of document:
//! - a **note**: `note_id`, `person_id`, `note_date`, `lang`, the text (stored once; indexed in the field
//!   of its language, `text_<lang>`, with that language's analyzer: lower case, Snowball stemmer, ASCII
//!   folding), and its mentions: concept ids per status (`c_affirmed`, `c_negated`, ... and `c_any`) and
//!   the mentions themselves, stored for display;
//! - a **coded** row: `person_id`, `coded_concept`, `coded_date`, from OMOP CONDITION_OCCURRENCE or
//!   OBSERVATION, so a search can ask whether a note's person has the concept coded.
//!
//! ```no_run
//! use symptext::index::{NoteIndex, SearchQuery};
//! let index = NoteIndex::open("notes.idx")?;
//! let query = SearchQuery { text: Some("\"chest pain\"".into()), limit: 10, ..Default::default() };
//! for hit in index.search(&query)?.hits {
//!     println!("{} {:?} {}", hit.note_id, hit.note_date, hit.snippet(160).text);
//! }
//! # Ok::<(), symptext::Error>(())
//! ```
//!
//! Writes go through [`NoteIndexWriter`]; every commit is atomic, so a process killed while writing
//! leaves an index that opens at its last commit. A note indexed again replaces the earlier one (by
//! `note_id`).

mod coded;
mod resolve;
mod search;
mod stats;
mod write;

use std::path::Path;

use tantivy::schema::{Field, IndexRecordOption, Schema, TextFieldIndexing, TextOptions, FAST, INDEXED, STORED, STRING};
use tantivy::tokenizer::{AsciiFoldingFilter, Language, LowerCaser, RemoveLongFilter, SimpleTokenizer, Stemmer, TextAnalyzer};

pub use coded::{CodedReader, CodedRecord, CodedRow};
pub use resolve::resolve_concept;
pub use search::{Hit, Mark, MarkKind, SearchQuery, SearchResults, Snippet, StoredMention, StoredModifiers};
pub use stats::{ConceptCount, Stats};
pub use write::{IndexSink, NoteIndexWriter};

use crate::error::{Error, Result};
use crate::lang::Lang;
use crate::mention::Status;

/// Schema version written beside the index; an index of another version is refused.
const SCHEMA_VERSION: &str = "1";
const VERSION_FILE: &str = "symptext-index.version";

/// The fields of the index schema.
#[derive(Debug, Clone)]
pub(crate) struct Fields {
    pub kind: Field,
    pub note_id: Field,
    pub person_id: Field,
    /// Days since 0001-01-01 (chrono's `num_days_from_ce`).
    pub note_date: Field,
    pub lang: Field,
    /// The original text, stored only.
    pub text: Field,
    /// `text_<lang>` for each of [`Lang::ALL`], indexed only.
    pub text_lang: [Field; 7],
    /// Concept ids of the mentions, per [`Status::ALL`].
    pub concepts: [Field; 6],
    pub concepts_any: Field,
    /// Status names present in the note.
    pub status: Field,
    /// JSON array of [`StoredMention`].
    pub mentions: Field,
    pub coded_concept: Field,
    pub coded_date: Field,
    /// `person|concept|day`, so that loading the same coded row twice keeps one.
    pub coded_key: Field,
}

pub(crate) const KIND_NOTE: &str = "note";
pub(crate) const KIND_CODED: &str = "coded";

fn tokenizer_name(lang: Lang) -> String {
    format!("symptext_{}", lang.code())
}

fn stemmer_language(lang: Lang) -> Language {
    match lang {
        Lang::En => Language::English,
        Lang::Fr => Language::French,
        Lang::Es => Language::Spanish,
        Lang::It => Language::Italian,
        Lang::De => Language::German,
        Lang::Nl => Language::Dutch,
        Lang::Ro => Language::Romanian,
    }
}

/// The analyzer of a language's text field: words, lower case, ASCII folding, then the Snowball stemmer.
/// Folding comes first so that a word typed without its accents (`cephalees`, `fievre`) gets the same
/// stem as the word written with them.
pub fn analyzer(lang: Lang) -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(48))
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .filter(Stemmer::new(stemmer_language(lang)))
        .build()
}

fn schema() -> (Schema, Fields) {
    let mut b = Schema::builder();
    let kind = b.add_text_field("kind", STRING);
    let note_id = b.add_i64_field("note_id", INDEXED | STORED | FAST);
    let person_id = b.add_i64_field("person_id", INDEXED | STORED | FAST);
    let note_date = b.add_i64_field("note_date", INDEXED | STORED | FAST);
    let lang = b.add_text_field("lang", STRING | STORED);
    let text = b.add_text_field("text", STORED);
    let text_lang = Lang::ALL.map(|l| {
        let opts = TextOptions::default().set_indexing_options(
            TextFieldIndexing::default().set_tokenizer(&tokenizer_name(l)).set_index_option(IndexRecordOption::WithFreqsAndPositions),
        );
        b.add_text_field(&format!("text_{}", l.code()), opts)
    });
    let concepts = Status::ALL.map(|s| b.add_i64_field(&format!("c_{}", s.name()), INDEXED));
    let concepts_any = b.add_i64_field("c_any", INDEXED);
    let status = b.add_text_field("status", STRING);
    let mentions = b.add_text_field("mentions", STORED);
    let coded_concept = b.add_i64_field("coded_concept", INDEXED | FAST);
    let coded_date = b.add_i64_field("coded_date", FAST);
    let coded_key = b.add_text_field("coded_key", STRING);
    let fields = Fields {
        kind,
        note_id,
        person_id,
        note_date,
        lang,
        text,
        text_lang,
        concepts,
        concepts_any,
        status,
        mentions,
        coded_concept,
        coded_date,
        coded_key,
    };
    (b.build(), fields)
}

pub(crate) fn tantivy_err(what: &str, e: tantivy::TantivyError) -> Error {
    Error::Config(format!("index {what}: {e}"))
}

/// A symptext search index on disk.
pub struct NoteIndex {
    index: tantivy::Index,
    reader: tantivy::IndexReader,
    fields: Fields,
    dir: std::path::PathBuf,
}

impl std::fmt::Debug for NoteIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("NoteIndex").field("dir", &self.dir).finish()
    }
}

impl NoteIndex {
    /// Open an existing index (at its last commit).
    pub fn open(dir: impl AsRef<Path>) -> Result<NoteIndex> {
        let dir = dir.as_ref();
        if !dir.join("meta.json").is_file() {
            return Err(Error::Config(format!("{}: not an index (no meta.json); build one with `symptext index`", dir.display())));
        }
        check_version(dir)?;
        let index =
            tantivy::Index::open_in_dir(dir).map_err(|e| Error::Config(format!("{}: cannot open the index: {e}", dir.display())))?;
        Self::from_index(index, dir)
    }

    /// Open the index in `dir`, creating the directory and an empty index when there is none.
    pub fn open_or_create(dir: impl AsRef<Path>) -> Result<NoteIndex> {
        let dir = dir.as_ref();
        if dir.join("meta.json").is_file() {
            return Self::open(dir);
        }
        std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
        let (schema, _) = schema();
        let index = tantivy::Index::create_in_dir(dir, schema)
            .map_err(|e| Error::Config(format!("{}: cannot create the index: {e}", dir.display())))?;
        std::fs::write(dir.join(VERSION_FILE), SCHEMA_VERSION).map_err(|e| Error::io(dir.join(VERSION_FILE), e))?;
        Self::from_index(index, dir)
    }

    /// An empty index in memory (fuzzing and tests).
    #[doc(hidden)]
    pub fn in_ram() -> Result<NoteIndex> {
        let (schema, _) = schema();
        Self::from_index(tantivy::Index::create_in_ram(schema), Path::new("<memory>"))
    }

    fn from_index(mut index: tantivy::Index, dir: &Path) -> Result<NoteIndex> {
        let (_, fields) = schema();
        // Segments are searched in parallel, one thread per core: a query that matches half the notes
        // is answered in about half the time on two cores.
        index
            .set_default_multithread_executor()
            .map_err(|e| Error::Config(format!("{}: cannot start search threads: {e}", dir.display())))?;
        for f in fields.text_lang.iter().chain([&fields.note_id, &fields.coded_concept]) {
            let name = index.schema().get_field_name(*f).to_string();
            if index.schema().get_field(&name).ok() != Some(*f) {
                return Err(Error::Config(format!("{}: the index was built with another schema", dir.display())));
            }
        }
        for l in Lang::ALL {
            index.tokenizers().register(&tokenizer_name(l), analyzer(l));
        }
        let reader = index
            .reader_builder()
            .reload_policy(tantivy::ReloadPolicy::Manual)
            .try_into()
            .map_err(|e| Error::Config(format!("{}: cannot read the index: {e}", dir.display())))?;
        Ok(NoteIndex { index, reader, fields, dir: dir.to_path_buf() })
    }

    /// The directory of the index.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// A writer. `heap_bytes` is the indexing memory budget shared by the indexing threads
    /// (at least 15 MB per thread); `threads` 0 means one per core.
    pub fn writer(&self, heap_bytes: usize, threads: usize) -> Result<NoteIndexWriter> {
        NoteIndexWriter::new(self, heap_bytes, threads)
    }

    /// See the last commit (after a writer of this process committed).
    pub fn reload(&self) -> Result<()> {
        self.reader.reload().map_err(|e| tantivy_err("reload", e))
    }

    pub(crate) fn searcher(&self) -> tantivy::Searcher {
        self.reader.searcher()
    }
}

fn check_version(dir: &Path) -> Result<()> {
    let p = dir.join(VERSION_FILE);
    match std::fs::read_to_string(&p) {
        Ok(v) if v.trim() == SCHEMA_VERSION => Ok(()),
        Ok(v) => Err(Error::Config(format!(
            "{}: index format version {} but this symptext reads version {SCHEMA_VERSION}; rebuild it with `symptext index`",
            dir.display(),
            v.trim()
        ))),
        Err(e) => Err(Error::Config(format!("{}: not a symptext index ({}: {e})", dir.display(), VERSION_FILE))),
    }
}

pub(crate) fn day_number(d: chrono::NaiveDate) -> i64 {
    use chrono::Datelike;
    i64::from(d.num_days_from_ce())
}

pub(crate) fn from_day_number(n: i64) -> Option<chrono::NaiveDate> {
    i32::try_from(n).ok().and_then(chrono::NaiveDate::from_num_days_from_ce_opt)
}
