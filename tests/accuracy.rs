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
