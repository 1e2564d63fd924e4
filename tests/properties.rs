//! Properties that hold for any text (proptest): mention offsets point at exactly their text, output
//! does not depend on the number of threads, normalization's offset map is monotonic, and nothing
//! panics on any Unicode or on invalid UTF-8 read through the CSV reader. Case counts are kept small
//! so the file runs in seconds in the debug profile.

use std::sync::OnceLock;

use proptest::prelude::*;
use symptext::normalize::{NormalizeOptions, Normalized, Normalizer};
use symptext::pipeline::{self, RejectVec, RunOptions};
use symptext::sink::{NoteNlpCsv, RunInfo};
use symptext::source::{Record, SeenIds, UniqueIds};
use symptext::{Engine, Lang, Note};

fn engine() -> &'static Engine {
    static E: OnceLock<Engine> = OnceLock::new();
    E.get_or_init(|| Engine::new().expect("builtin lexicons"))
}

/// Pieces of clinical text in several languages, with the awkward characters mixed in.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => prop::sample::select(vec![
            "cough", "fever", "no ", "denies ", "SOB", "chest pain", "?", "FH of ", "fièvre", "toux", "pas de ", "Husten",
            "kein ", "Kopfschmerzen", "tos", "febre", "koorts", "tuse", "headache", ". ", ", ", "\n", "\r\n", "  ", ":",
        ])
        .prop_map(String::from),
        1 => prop::sample::select(vec![
            "\u{301}", "\u{308}", "e\u{301}", "\u{202E}", "\u{200F}", "مرحبا", "שלום", "😀", "👨‍👩‍👧", "\0", "\u{FEFF}",
            "ß", "İ", "ﬁ", "Ⅻ", "\u{1F1EB}\u{1F1F7}", "\t", "\u{2028}",
        ])
        .prop_map(String::from),
        1 => any::<char>().prop_map(String::from),
        1 => "\\PC{0,4}",
    ]
}

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 0..24).prop_map(|v| v.concat())
}

fn lang() -> impl Strategy<Value = Option<Lang>> {
    prop_oneof![Just(None), prop::sample::select(Lang::ALL.to_vec()).prop_map(Some)]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn every_mention_points_at_exactly_its_text(text in text(), lang in lang()) {
        let note = Note { note_id: 3, language: lang, text, ..Default::default() };
        let mentions = engine().extract(&note);
        let t = note.text.as_str();
        for m in &mentions {
            prop_assert!(m.start < m.end && m.end <= t.len());
            prop_assert!(t.is_char_boundary(m.start) && t.is_char_boundary(m.end));
            prop_assert_eq!(m.lexical_variant(t), &t[m.start..m.end]);
            prop_assert_eq!(m.char_offset, t[..m.start].chars().count());
            // The char offset finds the same text when counted in characters.
            let by_chars: String = t.chars().skip(m.char_offset).take(t[m.start..m.end].chars().count()).collect();
            prop_assert_eq!(by_chars.as_str(), m.lexical_variant(t));
        }
        symptext::fuzzing::check_mentions(&note, &mentions);
    }

    #[test]
    fn normalization_map_is_monotonic_and_on_char_boundaries(text in text(), fold in any::<bool>()) {
        let mut out = Normalized::default();
        Normalizer::new(NormalizeOptions { fold_accents: fold }).normalize_into(&text, &mut out);
        prop_assert_eq!(out.map.len(), out.text.len() + 1);
        prop_assert_eq!(out.map.last().copied(), Some(text.len() as u32));
        for w in out.map.windows(2) {
            prop_assert!(w[0] <= w[1], "map goes back: {} then {}", w[0], w[1]);
        }
        for &m in &out.map {
            prop_assert!(text.is_char_boundary(m as usize));
        }
        // Every normalized span maps back to an original span on char boundaries.
        for (s, _) in out.text.char_indices() {
            let (a, b) = out.to_original(s, out.text.len(), &text);
            prop_assert!(a <= b && b <= text.len() && text.is_char_boundary(a) && text.is_char_boundary(b));
        }
    }

    #[test]
    fn extract_never_panics_on_any_unicode(text in "\\PC*|.*", lang in lang()) {
        let note = Note { note_id: 1, language: lang, text, ..Default::default() };
        let mentions = engine().extract(&note);
        symptext::fuzzing::check_mentions(&note, &mentions);
    }

    #[test]
    fn any_bytes_through_the_csv_reader_and_pipeline_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..200), ctl in any::<u8>()) {
        // Invalid UTF-8 (lone surrogates' encodings, stray continuation bytes) becomes a reject.
        let mut data = vec![ctl | 1];
        data.extend_from_slice(&bytes);
        symptext::fuzzing::pipeline(&data);
        let mut surrogate = vec![ctl | 1];
        surrogate.extend_from_slice(b"cough \xED\xA0\x80 fever");
        symptext::fuzzing::pipeline(&surrogate);
        symptext::fuzzing::csv_reader(&[&[ctl][..], b"note_id,note_text\n", &bytes[..]].concat());
    }
}

/// NOTE_NLP bytes of a batch of notes run in a pool of `threads`.
fn run_in_pool(notes: &[Note], threads: usize) -> (Vec<u8>, pipeline::Summary) {
    let engine = engine();
    let pool = rayon::ThreadPoolBuilder::new().num_threads(threads).build().expect("pool");
    let run = RunInfo::new(engine, chrono::NaiveDate::from_ymd_opt(2024, 1, 1).and_then(|d| d.and_hms_opt(0, 0, 0)));
    let mut sink = NoteNlpCsv::new(Vec::new(), &run, false, "out").expect("sink");
    let mut rejects = RejectVec::default();
    let records =
        notes.iter().enumerate().map(|(i, n)| Ok(Record::Note { note: n.clone(), line: i as u64 + 2, bytes: n.text.len() as u64 }));
    let records = UniqueIds::new(records, "in", SeenIds::shared());
    let opts = RunOptions { batch_records: 5, batch_bytes: 256, ..RunOptions::default() };
    let summary = pool.install(|| pipeline::run(engine, records, &mut sink, &mut rejects, opts, &())).expect("run");
    (sink.into_inner().expect("bytes"), summary)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 32, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn output_is_identical_for_one_and_three_threads(batch in prop::collection::vec((0i64..40, text(), lang()), 1..40)) {
        let notes: Vec<Note> = batch.into_iter().map(|(id, text, language)| Note { note_id: id, language, text, ..Default::default() }).collect();
        let (one, s1) = run_in_pool(&notes, 1);
        let (three, s3) = run_in_pool(&notes, 3);
        prop_assert_eq!(s1, s3);
        prop_assert_eq!(s1.read, s1.processed + s1.rejected);
        prop_assert_eq!(s1.read, notes.len() as u64);
        prop_assert!(one == three, "NOTE_NLP output differs between 1 and 3 threads");
    }
}
