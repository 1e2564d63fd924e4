//! Accuracy on annotated sets, with the bars of the issues. The NegEx/ConText development set lives in
//! `../shared/eval/` (never copied here).

mod common;

use std::io::BufReader;

use symptext::eval::{eval_context, eval_notes, read_notes_gold};
use symptext::Engine;

#[test]
fn negex_dev_context_scores() {
    let Some(path) = common::shared_eval("negex_dev.jsonl") else { return };
    let engine = Engine::new().expect("engine");
    let f = std::fs::File::open(&path).expect("open");
    let rep = eval_context(&engine, BufReader::new(f), "negex_dev.jsonl", |_, _| Ok(())).expect("eval");
    assert_eq!(rep.records, 1196);
    let (neg, hist, hyp) = (rep.negated.f1(), rep.historical.f1(), rep.hypothetical.f1());
    eprintln!("negex_dev: negated F1 {neg:.3}, historical F1 {hist:.3}, hypothetical F1 {hyp:.3}");
    assert!(neg >= 0.95, "negation F1 {neg:.3} < 0.95");
    assert!(hist >= 0.75, "historical F1 {hist:.3} < 0.75");
    assert!(hyp >= 0.70, "hypothetical F1 {hyp:.3} < 0.70");
}

#[test]
fn corpus_sample_gold() {
    let path = common::root().join("corpus-sample/gold.jsonl");
    let engine = Engine::new().expect("engine");
    let f = std::fs::File::open(&path).expect("open");
    let records = read_notes_gold(BufReader::new(f), "gold.jsonl").expect("read");
    assert!(records.len() >= 50);
    let rep = eval_notes(&engine, &records);
    let (det, strict) = (rep.overall.detection.f1(), rep.overall.strict.f1());
    eprintln!("corpus-sample gold: detection F1 {det:.3}, strict F1 {strict:.3}");
    assert!(det >= 0.95, "detection F1 {det:.3}");
    assert!(strict >= 0.90, "strict F1 {strict:.3}");
}

/// Every language of corpus-sample scores strict F1 >= 0.95 with its language column.
#[test]
fn corpus_sample_gold_per_language() {
    let path = common::root().join("corpus-sample/gold.jsonl");
    let engine = Engine::new().expect("engine");
    let f = std::fs::File::open(&path).expect("open");
    let records = read_notes_gold(BufReader::new(f), "gold.jsonl").expect("read");
    let rep = eval_notes(&engine, &records);
    for lang in ["en", "fr", "es", "it", "de", "nl", "ro"] {
        let c = rep.by_lang.get(lang).unwrap_or_else(|| panic!("no {lang} notes in gold.jsonl"));
        eprintln!("{lang}: {} notes, strict F1 {:.3}", c.notes, c.strict.f1());
        assert!(c.notes >= 40, "{lang}: {} gold notes", c.notes);
        assert!(c.strict.f1() >= 0.95, "{lang}: strict F1 {:.3}", c.strict.f1());
    }
}

/// Without the language column, detection picks the right language for >= 97% of all corpus-sample notes,
/// and the gold notes lose no more than 2 points of strict F1.
#[test]
fn corpus_sample_without_language_column() {
    let engine = Engine::new().expect("engine");
    let mut reader = csv::Reader::from_path(common::root().join("corpus-sample/notes.csv")).expect("notes.csv");
    let all: Vec<symptext::eval::NotesRecord> = reader
        .records()
        .map(|r| {
            let r = r.expect("row");
            symptext::eval::NotesRecord { id: r[0].to_string(), lang: Some(r[4].to_string()), text: r[5].to_string(), mentions: vec![] }
        })
        .collect();
    assert!(all.len() >= 700);
    let det = symptext::eval::eval_notes_with(&engine, &all, true).lang_detection.expect("detection counted");
    let share = det.right as f64 / det.notes as f64;
    eprintln!("language detection: {}/{} right, {} unsure, wrong: {:?}", det.right, det.notes, det.unsure, det.wrong);
    assert!(share >= 0.97, "detection right on {share:.3} of notes");

    let f = std::fs::File::open(common::root().join("corpus-sample/gold.jsonl")).expect("open");
    let gold = read_notes_gold(BufReader::new(f), "gold.jsonl").expect("read");
    let with = eval_notes(&engine, &gold).overall.strict.f1();
    let without = symptext::eval::eval_notes_with(&engine, &gold, true).overall.strict.f1();
    eprintln!("strict F1 with the language column {with:.3}, without {without:.3}");
    assert!(with - without <= 0.02, "detection costs {:.3} strict F1", with - without);
}
