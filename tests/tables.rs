//! The data-driven behaviour tables: every row of `tests/tables/<lang>.jsonl` must come out exactly
//! as written (format in `tests/tables/README.md`).

use std::path::Path;

use symptext::eval::{eval_notes, read_notes_gold};
use symptext::Engine;

fn run_table(path: &Path) -> Vec<String> {
    let engine = Engine::new().expect("engine");
    let f = std::fs::File::open(path).expect("open table");
    let records = read_notes_gold(std::io::BufReader::new(f), &path.display().to_string()).expect("read table");
    assert!(!records.is_empty(), "{} is empty", path.display());
    let report = eval_notes(&engine, &records);
    let by_id: std::collections::HashMap<&str, &str> = records.iter().map(|r| (r.id.as_str(), r.text.as_str())).collect();
    report
        .diffs
        .iter()
        .map(|d| {
            let show = |v: &[symptext::eval::GoldMention]| {
                v.iter()
                    .map(|m| {
                        let name = engine.concepts().by_id(m.concept_id).map(|c| c.name.clone()).unwrap_or_default();
                        format!("{} ({}) {}", m.concept_id, name, m.status.name())
                    })
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            format!(
                "{} {:?}\n    missing: [{}]\n    spurious: [{}]",
                d.id,
                by_id.get(d.id.as_str()).unwrap_or(&""),
                show(&d.missing),
                show(&d.spurious)
            )
        })
        .collect()
}

fn check_table(lang: &str, min_rows: usize) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("tests/tables/{lang}.jsonl"));
    let records = std::fs::read_to_string(&path).expect("read").lines().filter(|l| !l.trim().is_empty()).count();
    assert!(records >= min_rows, "the {lang} table has {records} rows, fewer than {min_rows}");
    let failures = run_table(&path);
    assert!(failures.is_empty(), "{} of {} rows fail:\n{}", failures.len(), records, failures.join("\n"));
}

#[test]
fn english_table() {
    check_table("en", 150);
}

#[test]
fn french_table() {
    check_table("fr", 80);
}

#[test]
fn spanish_table() {
    check_table("es", 80);
}

#[test]
fn italian_table() {
    check_table("it", 80);
}

#[test]
fn german_table() {
    check_table("de", 80);
}

#[test]
fn dutch_table() {
    check_table("nl", 80);
}

#[test]
fn romanian_table() {
    check_table("ro", 80);
}

/// Every row of a table names its own language, so a table cannot silently test another one.
#[test]
fn table_rows_name_their_language() {
    for lang in ["en", "fr", "es", "it", "de", "nl", "ro"] {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("tests/tables/{lang}.jsonl"));
        let f = std::fs::File::open(&path).expect("open table");
        let records = read_notes_gold(std::io::BufReader::new(f), &path.display().to_string()).expect("read table");
        for r in &records {
            assert_eq!(r.lang.as_deref(), Some(lang), "{} in {}", r.id, path.display());
        }
    }
}
