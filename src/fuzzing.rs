//! Fuzz harness bodies, shared by the cargo-fuzz targets under `fuzz/` and by
//! `tests/fuzz_regressions.rs`, which replays every saved input through the same code.
//!
//! Each harness takes arbitrary bytes, drives one part of symptext with them and asserts the part's
//! invariants; a panic (failed assertion, index out of bounds, overflow in debug) is a finding. Not a
//! stable API.
//!
//! Adding a target (say a JSONL NOTE reader): write `pub fn jsonl_reader(data: &[u8])` here (usually a
//! call of [`check_reader`]), add it to [`TARGETS`], and add `fuzz/fuzz_targets/jsonl_reader.rs` (three
//! lines) with its `[[bin]]` entry in `fuzz/Cargo.toml`.

use std::sync::OnceLock;

use crate::engine::Engine;
use crate::lang::Lang;
use crate::lexicon::{Concept, FileKind, LexiconSet, Origin};
use crate::mention::Mention;
use crate::note::Note;
use crate::pipeline::{self, RejectVec, RunOptions, Summary};
use crate::sink::{NoteNlpCsv, RunInfo};
use crate::source::{CsvNoteReader, InputFormat, JsonlNoteReader, ReadOptions, Record};

/// A harness: bytes in, panics on a broken invariant.
pub type Harness = fn(&[u8]);

/// Every target, by the name of its directory under `fuzz/regressions/` and `fuzz/fuzz_targets/`.
#[cfg(feature = "index")]
pub const TARGETS: &[(&str, Harness)] = &[
    ("pipeline", pipeline),
    ("csv_reader", csv_reader),
    ("jsonl_reader", jsonl_reader),
    ("lexicon", lexicon),
    ("search_query", search_query),
];
#[cfg(not(feature = "index"))]
pub const TARGETS: &[(&str, Harness)] =
    &[("pipeline", pipeline), ("csv_reader", csv_reader), ("jsonl_reader", jsonl_reader), ("lexicon", lexicon)];

/// The engine of the pipeline target: builtin lexicons, every language a candidate.
fn engine() -> &'static Engine {
    static ENGINE: OnceLock<Engine> = OnceLock::new();
    ENGINE.get_or_init(|| Engine::new().expect("the builtin lexicons load"))
}

/// Assert what must hold of every mention of `note`.
pub fn check_mentions(note: &Note, mentions: &[Mention]) {
    let text = note.text.as_str();
    for m in mentions {
        assert_eq!(m.note_id, note.note_id, "mention of another note");
        assert!(m.start < m.end && m.end <= text.len(), "span {}..{} outside a text of {} bytes", m.start, m.end, text.len());
        assert!(text.is_char_boundary(m.start) && text.is_char_boundary(m.end), "span {}..{} not on char boundaries", m.start, m.end);
        assert_eq!(m.lexical_variant(text), &text[m.start..m.end]);
        assert_eq!(m.char_offset, text[..m.start].chars().count(), "char offset of the mention at byte {}", m.start);
        assert!(m.sentence_start <= m.start && m.end <= m.sentence_end && m.sentence_end <= text.len(), "clause does not hold the mention");
        assert!(text.is_char_boundary(m.sentence_start) && text.is_char_boundary(m.sentence_end), "clause not on char boundaries");
        for e in &m.evidence {
            assert!(e.start <= e.end && e.end <= text.len(), "evidence span {}..{} outside the text", e.start, e.end);
            assert!(text.is_char_boundary(e.start) && text.is_char_boundary(e.end), "evidence span not on char boundaries");
        }
    }
}

/// The language a control byte names: none (detect) or one of [`Lang::ALL`].
fn lang_of(b: u8) -> Option<Lang> {
    Lang::ALL.get(usize::from(b % 8).checked_sub(1)?).copied()
}

/// The whole pipeline on arbitrary bytes as note text. Byte 0: bit 0 picks the route (0: the engine
/// on the lossy UTF-8 text; 1: the bytes as a quoted CSV field through the reader, `pipeline::run` and
/// the NOTE_NLP writer); bits 1-3 the note's language (0: detected).
pub fn pipeline(data: &[u8]) {
    let Some((&ctl, body)) = data.split_first() else { return };
    let engine = engine();
    let lang = lang_of(ctl >> 1);
    if ctl & 1 == 0 {
        let note = Note { note_id: 7, language: lang, text: String::from_utf8_lossy(body).into_owned(), ..Default::default() };
        let mentions = engine.extract(&note);
        check_mentions(&note, &mentions);
        return;
    }
    let mut input = b"note_id,language,note_text\n7,".to_vec();
    input.extend_from_slice(lang.map(Lang::code).unwrap_or("").as_bytes());
    input.extend_from_slice(b",\"");
    for &b in body {
        if b == b'"' {
            input.push(b'"');
        }
        input.push(b);
    }
    input.extend_from_slice(b"\"\n");
    let opts = ReadOptions::default();
    let records: Vec<Record> = CsvNoteReader::new(&input[..], "fuzz.csv", InputFormat::Csv, opts)
        .expect("the header is valid")
        .collect::<crate::Result<_>>()
        .expect("a quoted field always reads");
    assert_eq!(records.len(), 1, "one row in, one record out");
    let expected_note = match &records[0] {
        Record::Note { note, line, .. } => {
            assert_eq!(*line, 2);
            assert_eq!(note.text.as_bytes(), body, "the text read is the field written");
            check_mentions(note, &engine.extract(note));
            Some(note.clone())
        }
        Record::Reject { reject, .. } => {
            assert!(std::str::from_utf8(body).is_err() || body.len() > opts.max_note_bytes, "a valid note was rejected: {reject}");
            None
        }
    };
    let run = RunInfo::new(engine, chrono::NaiveDate::from_ymd_opt(2024, 1, 1).and_then(|d| d.and_hms_opt(0, 0, 0)));
    let mut sink = NoteNlpCsv::new(Vec::new(), &run, false, "fuzz output").expect("a Vec takes the header");
    let mut rejects = RejectVec::default();
    let summary = pipeline::run(engine, records.into_iter().map(Ok), &mut sink, &mut rejects, RunOptions::default(), &())
        .expect("writing to memory cannot fail");
    assert_eq!(summary.read, summary.processed + summary.rejected);
    assert_eq!(summary.read, 1);
    assert_eq!(summary.rejected as usize, rejects.0.len());
    let out = sink.into_inner().expect("the output");
    let rows = ::csv::ReaderBuilder::new().from_reader(&out[..]).into_byte_records().count();
    assert_eq!(rows as u64, summary.mentions, "one NOTE_NLP row per mention");
    if let Some(note) = expected_note {
        assert_eq!(summary.mentions as usize, engine.extract(&note).len());
    }
}

/// Check a NOTE reader's records: line numbers never go back, the bytes counted are no more than the
/// input, rejects name the file and a field, and the reader stops after an error. Returns the counts
/// (notes, rejects). Shared by every reader target.
pub fn check_reader<I>(records: I, file: &str, input_len: usize) -> (u64, u64)
where
    I: Iterator<Item = crate::Result<Record>>,
{
    let (mut notes, mut rejects, mut bytes, mut last_line) = (0u64, 0u64, 0u64, 0u64);
    let mut failed = false;
    for r in records {
        assert!(!failed, "a record after an error");
        match r {
            Ok(rec) => {
                bytes += rec.bytes();
                match rec {
                    Record::Note { note, line, .. } => {
                        assert!(line >= last_line, "line {line} after line {last_line}");
                        last_line = line;
                        assert!(note.text.len() <= input_len);
                        notes += 1;
                    }
                    Record::Reject { reject, .. } => {
                        assert!(reject.line >= last_line, "line {} after line {last_line}", reject.line);
                        last_line = reject.line;
                        assert_eq!(reject.file, file);
                        assert!(!reject.field.is_empty() && !reject.reason.is_empty());
                        rejects += 1;
                    }
                }
            }
            Err(e) => {
                assert!(e.to_string().starts_with(file), "an error that does not name the file: {e}");
                failed = true;
            }
        }
    }
    assert!(bytes <= input_len as u64, "{bytes} bytes counted of {input_len}");
    (notes, rejects)
}

/// The NOTE CSV reader on arbitrary bytes. Byte 0: bit 0 picks CSV or TSV, bits 1-7 the note size
/// limit (`(b >> 1) * 4` bytes, 0: the default). Every row is a note, a reject or the one final error,
/// and `pipeline::run` over the same input counts read = processed + rejected.
pub fn csv_reader(data: &[u8]) {
    let Some((&ctl, body)) = data.split_first() else { return };
    let format = if ctl & 1 == 0 { InputFormat::Csv } else { InputFormat::Tsv };
    let limit = usize::from(ctl >> 1) * 4;
    let opts = if limit == 0 { ReadOptions::default() } else { ReadOptions { max_note_bytes: limit } };
    let reader = match CsvNoteReader::new(body, "fuzz.csv", format, opts) {
        Ok(r) => r,
        Err(e) => {
            assert!(e.to_string().starts_with("fuzz.csv: "), "a header error that does not name the file: {e}");
            return;
        }
    };
    let (notes, rejects) = check_reader(reader, "fuzz.csv", body.len());
    // The same input through the pipeline, with a sink that only counts.
    let reader = CsvNoteReader::new(body, "fuzz.csv", format, opts).expect("the header read once");
    let mut sink = CountSink(0);
    let mut rejected = RejectVec::default();
    match pipeline::run(
        engine(),
        reader,
        &mut sink,
        &mut rejected,
        RunOptions { batch_records: 3, batch_bytes: 64, ..RunOptions::default() },
        &(),
    ) {
        Ok(s) => {
            let Summary { read, processed, rejected: r, .. } = s;
            assert_eq!((processed, r), (notes, rejects));
            assert_eq!(read, processed + r);
            assert_eq!(sink.0, processed);
        }
        Err(e) => assert!(e.to_string().starts_with("fuzz.csv: "), "{e}"),
    }
}

/// Arbitrary bytes as a NOTE JSON lines file (byte 0: `--max-note-bytes`, as for [`csv_reader`]).
pub fn jsonl_reader(data: &[u8]) {
    let Some((&ctl, body)) = data.split_first() else { return };
    let limit = usize::from(ctl) * 4;
    let opts = if limit == 0 { ReadOptions::default() } else { ReadOptions { max_note_bytes: limit } };
    let (notes, rejects) = check_reader(JsonlNoteReader::new(body, "fuzz.jsonl", opts), "fuzz.jsonl", body.len());
    // Every non-blank line is a note or a reject.
    let lines = body.split(|&b| b == b'\n').filter(|l| !l.iter().all(u8::is_ascii_whitespace)).count() as u64;
    assert_eq!(notes + rejects, lines, "{notes} notes and {rejects} rejects from {lines} lines");
    // The same input through the pipeline, with a sink that only counts.
    let mut sink = CountSink(0);
    let mut rejected = RejectVec::default();
    let opts_run = RunOptions { batch_records: 3, batch_bytes: 64, ..RunOptions::default() };
    match pipeline::run(engine(), JsonlNoteReader::new(body, "fuzz.jsonl", opts), &mut sink, &mut rejected, opts_run, &()) {
        Ok(s) => {
            assert_eq!((s.processed, s.rejected), (notes, rejects));
            assert_eq!(s.read, s.processed + s.rejected);
            assert_eq!(sink.0, s.processed);
        }
        Err(e) => assert!(e.to_string().starts_with("fuzz.jsonl"), "{e}"),
    }
}

struct CountSink(u64);

impl crate::sink::Sink for CountSink {
    fn write_note(&mut self, note: &Note, mentions: &[Mention]) -> crate::Result<()> {
        check_mentions(note, mentions);
        self.0 += 1;
        Ok(())
    }
    fn finish(&mut self) -> crate::Result<()> {
        Ok(())
    }
}

/// The lexicon parser on arbitrary bytes. Byte 0 picks the file kind (concepts, symptoms, context,
/// segment) and its language; the rest is the file (lossy UTF-8). A file that parses without error
/// then builds an engine (with a concept for every id it names) that reads a note made of its rows.
pub fn lexicon(data: &[u8]) {
    let Some((&ctl, body)) = data.split_first() else { return };
    let lang = Lang::ALL[usize::from(ctl >> 2) % Lang::ALL.len()];
    let kind = match ctl & 3 {
        0 => FileKind::Concepts,
        1 => FileKind::Symptoms(lang),
        2 => FileKind::Context(lang),
        _ => FileKind::Segment(lang),
    };
    let content = String::from_utf8_lossy(body);
    let mut set = LexiconSet::empty();
    let errors = set.add_str_all_errors(kind, "fuzz.tsv", &content);
    let lines = content.lines().count().max(1);
    for e in &errors {
        match e {
            crate::Error::Lexicon { file, line, .. } => {
                assert_eq!(file, "fuzz.tsv");
                assert!(*line >= 1 && *line <= lines, "error at line {line} of a file of {lines} lines");
            }
            other => panic!("a lexicon error of another kind: {other}"),
        }
    }
    let first = set.clone().add_str(kind, "fuzz.tsv", &content).err().map(|e| e.to_string());
    assert_eq!(first, errors.first().map(|e| e.to_string()), "add_str reports the first error of add_str_all_errors");
    if !errors.is_empty() || matches!(kind, FileKind::Concepts) {
        return;
    }
    // Every id a term names becomes a concept so that the set validates.
    let mut ids: Vec<i64> = set.symptoms.values().flatten().filter(|r| !r.flags.ignore).map(|r| r.concept_id).collect();
    ids.sort_unstable();
    ids.dedup();
    let file: std::sync::Arc<str> = std::sync::Arc::from("fuzz-concepts.tsv");
    let mut text = String::new();
    for r in set.symptoms.values().flatten() {
        text.push_str(&r.term);
        text.push_str(". ");
    }
    for r in set.context.values().flatten() {
        text.push_str(&r.trigger);
        text.push_str(" fever, ");
    }
    for r in set.segment.values().flatten() {
        text.push('\n');
        text.push_str(&r.text);
        text.push_str(": cough\n");
    }
    set.concepts = ids
        .iter()
        .enumerate()
        .map(|(i, &id)| Concept {
            concept_id: id,
            snomed_code: String::new(),
            name: format!("c{id}"),
            group: "g".into(),
            key: format!("k{i}"),
            origin: Origin { file: file.clone(), line: i + 2 },
        })
        .collect();
    let engine = match Engine::builder().builtin_symptoms(false).lexicon_set(set).default_lang(lang).build() {
        Ok(e) => e,
        // A concept id the builtin concepts also hold, a regex the matcher refuses: reported, not a panic.
        Err(e) => {
            assert!(!e.to_string().is_empty());
            return;
        }
    };
    let note = Note { note_id: 1, language: Some(lang), text, ..Default::default() };
    check_mentions(&note, &engine.extract(&note));
}

/// The search index of the query target: a few notes in memory.
#[cfg(feature = "index")]
fn index() -> &'static crate::index::NoteIndex {
    static INDEX: OnceLock<crate::index::NoteIndex> = OnceLock::new();
    INDEX.get_or_init(|| {
        let engine = engine();
        let idx = crate::index::NoteIndex::in_ram().expect("an index in memory");
        let mut w = idx.writer(15_000_000, 1).expect("a writer");
        let notes = [
            (1, Lang::En, "Chest pain on exertion. No fever. ?SOB"),
            (2, Lang::Fr, "Patient fébrile, toux sèche depuis 3 jours."),
            (3, Lang::De, "Kopfschmerzen seit gestern, kein Fieber."),
            (4, Lang::En, "FH of migraine. Mother had chest pain. 😀 \u{202E}rtl\u{202C} e\u{301}"),
        ];
        for (i, (id, lang, text)) in notes.into_iter().enumerate() {
            let note = Note {
                note_id: id,
                person_id: Some(100 + id % 2),
                note_date: chrono::NaiveDate::from_ymd_opt(2024, 1, 1 + i as u32),
                language: Some(lang),
                text: text.into(),
            };
            let ms = engine.extract(&note);
            w.add_note(&note, lang, &ms, engine.concepts()).expect("add a note");
        }
        w.add_coded(101, 77670, chrono::NaiveDate::from_ymd_opt(2024, 1, 2)).expect("add a coded row");
        w.commit().expect("commit");
        idx.reload().expect("reload");
        idx
    })
}

/// The search query parser and builder on an arbitrary query string. Byte 0: bits 0-2 the language
/// filter (0: none), bits 3-4 statuses, bit 5 a concept filter, bits 6-7 the coded filter; byte 1 the
/// hit limit; the rest is the query text (lossy UTF-8). The search either fails with a message that
/// names the query, or returns at most `limit` hits whose snippets mark real stretches of text.
#[cfg(feature = "index")]
pub fn search_query(data: &[u8]) {
    use crate::index::SearchQuery;
    use crate::mention::Status;
    let [ctl, limit, body @ ..] = data else { return };
    let statuses = match (ctl >> 3) & 3 {
        0 => vec![],
        1 => vec![Status::Affirmed],
        2 => vec![Status::Negated, Status::Family],
        _ => vec![Status::Uncertain],
    };
    let concepts = if ctl & 0x20 != 0 { vec![vec![77670, 437663]] } else { vec![] };
    let coded = match ctl >> 6 {
        0 => None,
        1 => Some(true),
        _ => Some(false),
    };
    let q = SearchQuery {
        text: Some(String::from_utf8_lossy(body).into_owned()),
        concepts,
        statuses,
        lang: lang_of(*ctl),
        coded,
        coded_within: (ctl >> 6 == 3).then_some(3),
        limit: usize::from(*limit % 8),
        ..Default::default()
    };
    match index().search(&q) {
        Ok(res) => {
            assert!(res.hits.len() <= q.limit && res.total >= res.hits.len() as u64);
            for hit in &res.hits {
                for &(s, e) in &hit.query_marks {
                    assert!(s <= e && e <= hit.text.len() && hit.text.is_char_boundary(s) && hit.text.is_char_boundary(e));
                }
                let snip = hit.snippet(40);
                for m in &snip.marks {
                    assert!(m.start < m.end && snip.text.get(m.start..m.end).is_some(), "snippet mark {}..{}", m.start, m.end);
                }
            }
        }
        Err(e) => {
            let msg = e.to_string();
            assert!(msg.starts_with("query `") || msg.contains("coded filter"), "an error that does not name the query: {msg}");
        }
    }
}
