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

#[test]
fn english_table() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/tables/en.jsonl");
    let records = std::fs::read_to_string(&path).expect("read").lines().filter(|l| !l.trim().is_empty()).count();
    assert!(records >= 150, "the English table has {records} rows, fewer than 150");
    let failures = run_table(&path);
    assert!(failures.is_empty(), "{} of {} rows fail:\n{}", failures.len(), records, failures.join("\n"));
}
