//! Every mention's offset and lexical_variant point at exactly that text in the original note, both in
//! the library's `Mention` and in the NOTE_NLP CSV.

mod common;

use common::{root, stderr, symptext};
use symptext::{Engine, Note};

fn sample_notes() -> Vec<(i64, String)> {
    let mut rdr = csv::Reader::from_path(root().join("corpus-sample/notes.csv")).expect("corpus-sample/notes.csv");
    let h = rdr.headers().expect("header").clone();
    let id = h.iter().position(|c| c == "note_id").expect("note_id");
    let text = h.iter().position(|c| c == "note_text").expect("note_text");
    rdr.records().map(|r| r.expect("row")).map(|r| (r[id].parse().expect("id"), r[text].to_string())).collect()
}

fn table_texts() -> Vec<String> {
    let s = std::fs::read_to_string(root().join("tests/tables/en.jsonl")).expect("table");
    s.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str::<serde_json::Value>(l).expect("json")["text"].as_str().unwrap_or("").to_string())
        .collect()
}

#[test]
fn mention_offsets_point_at_the_text() {
    let engine = Engine::new().expect("engine");
    let mut texts: Vec<String> = sample_notes().into_iter().map(|(_, t)| t).collect();
    texts.extend(table_texts());
    // Unusual text around terms: accents, CRLF, combining marks, tabs, emoji.
    texts.push("Pt\u{e9} c/o\r\nSOB\t\tand  FEVER 🤒; fie\u{300}vre; Dizzy—no nausea".to_string());
    let mut n = 0;
    for t in &texts {
        let note = Note::new(1, t.clone());
        for m in engine.extract(&note) {
            n += 1;
            let lv = m.lexical_variant(t);
            assert!(!lv.is_empty());
            assert_eq!(t[..m.start].chars().count(), m.char_offset, "char offset of {lv:?} in {t:?}");
            let by_chars: String = t.chars().skip(m.char_offset).take(lv.chars().count()).collect();
            assert_eq!(by_chars, lv);
            assert!(m.sentence_start <= m.start && m.end <= m.sentence_end, "mention outside its clause in {t:?}");
        }
    }
    assert!(n > 500, "only {n} mentions checked");
}

#[test]
fn note_nlp_csv_offsets_point_at_the_text() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("nlp.csv");
    let o = symptext(&["extract", "corpus-sample/notes.csv", "-o", out.to_str().unwrap_or(""), "-q"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let notes: std::collections::HashMap<i64, String> = sample_notes().into_iter().collect();
    let mut rdr = csv::Reader::from_path(&out).expect("output");
    let mut n = 0;
    for r in rdr.records() {
        let r = r.expect("row");
        let note_id: i64 = r[1].parse().expect("note_id");
        let offset: usize = r[4].parse().expect("offset");
        let lv = &r[5];
        let text = &notes[&note_id];
        let at: String = text.chars().skip(offset).take(lv.chars().count()).collect();
        assert_eq!(at, lv, "note {note_id} offset {offset}");
        assert!(r[3].chars().count() <= 250 && !r[3].is_empty(), "snippet");
        n += 1;
    }
    assert!(n > 300, "only {n} rows");
}
