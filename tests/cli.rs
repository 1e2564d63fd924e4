//! End-to-end tests of the `symptext` command line.

mod common;

use common::{root, stderr, stdout, symptext};
use std::io::Write;

/// The nlp_system column carries the lexicon fingerprint; snapshots compare without it.
fn mask_fingerprint(csv: &str) -> String {
    let re = regex::Regex::new(r"lex:[0-9a-f]{8}").expect("regex");
    re.replace_all(csv, "lex:FINGERPRINT").into_owned()
}

#[test]
fn snapshot_of_note_nlp_output() {
    let o = symptext(&["extract", "tests/fixtures/snapshot_notes.csv", "-o", "-", "--nlp-date", "2024-01-02 03:04:05", "--threads", "2"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let got = mask_fingerprint(&stdout(&o));
    let path = root().join("tests/snapshots/snapshot_note_nlp.csv");
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::write(&path, &got).expect("write snapshot");
    }
    let want = std::fs::read_to_string(&path).expect("snapshot file (run with UPDATE_SNAPSHOTS=1 to create)");
    assert_eq!(got, want, "NOTE_NLP output differs from tests/snapshots/snapshot_note_nlp.csv");
    assert!(stderr(&o).contains("read 5 notes: 5 processed, 0 rejected"), "{}", stderr(&o));
}

#[test]
fn header_is_cdm_v54_note_nlp_in_order() {
    let o = symptext(&["extract", "tests/fixtures/snapshot_notes.csv", "-o", "-", "-q"]);
    let out = stdout(&o);
    let header = out.lines().next().unwrap_or("");
    assert_eq!(
        header,
        "note_nlp_id,note_id,section_concept_id,snippet,offset,lexical_variant,note_nlp_concept_id,note_nlp_source_concept_id,nlp_system,nlp_date,nlp_datetime,term_exists,term_temporal,term_modifiers"
    );
}

#[test]
fn output_is_identical_for_one_and_two_threads() {
    let dir = tempfile::tempdir().expect("tempdir");
    let a = dir.path().join("a.csv");
    let b = dir.path().join("b.tsv");
    for (out, threads) in [(&a, "1"), (&b, "2")] {
        let o = symptext(&[
            "extract",
            "corpus-sample/notes.csv",
            "-o",
            out.to_str().unwrap_or(""),
            "--threads",
            threads,
            "--nlp-date",
            "2024-01-01",
            "-q",
        ]);
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    }
    let a = std::fs::read_to_string(&a).expect("a");
    let b = std::fs::read_to_string(&b).expect("b").replace('\t', ",");
    assert!(a.lines().count() > 300, "too few mentions from corpus-sample: {}", a.lines().count());
    // TSV and CSV differ only in delimiters as long as no field needs quoting; compare row counts and ids.
    let ids = |s: &str| s.lines().map(|l| l.split(',').next().unwrap_or("").to_string()).collect::<Vec<_>>();
    assert_eq!(ids(&a), ids(&b));
}

#[test]
fn bad_rows_go_to_rejects_and_counts_add_up() {
    let dir = tempfile::tempdir().expect("tempdir");
    let input = dir.path().join("notes.csv");
    let mut f = std::fs::File::create(&input).expect("create");
    f.write_all(b"note_id,person_id,note_text\n").expect("w");
    f.write_all(b"1,10,\"SECRET-TEXT-1 c/o cough\nnil fever\"\n").expect("w");
    f.write_all(b"abc,10,SECRET-TEXT-2 headache\n").expect("w");
    f.write_all(b"3,10,SECRET-TEXT-3 wheeze \xff\xfe\n").expect("w");
    f.write_all(format!("4,10,SECRET-TEXT-4 {}\n", "dizzy ".repeat(40)).as_bytes()).expect("w");
    f.write_all(b"5,x,SECRET-TEXT-5 vomiting\n").expect("w");
    f.write_all(b"6,11,SECRET-TEXT-6 rash\n").expect("w");
    drop(f);
    let out = dir.path().join("nlp.csv");
    let o = symptext(&["extract", input.to_str().unwrap_or(""), "-o", out.to_str().unwrap_or(""), "--max-note-bytes", "200"]);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(3), "{err}");
    assert!(err.contains("read 6 notes: 2 processed, 4 rejected"), "{err}");
    assert!(!err.contains("SECRET-TEXT"), "note text leaked to stderr: {err}");
    let rejects = std::fs::read_to_string(dir.path().join("nlp.csv.rejects.csv")).expect("rejects file beside the output");
    let name = input.display().to_string();
    let want = format!(
        "file,line,note_id,field,reason\n{name},4,,note_id,not an integer\n{name},5,3,note_text,invalid UTF-8 at byte 21 of the field\n{name},6,4,note_text,\"text is 254 bytes, over the limit of 200 (--max-note-bytes)\"\n{name},7,5,person_id,not an integer\n"
    );
    assert_eq!(rejects, want);
    assert!(!rejects.contains("SECRET-TEXT"));
    let nlp = std::fs::read_to_string(&out).expect("output");
    let rows: Vec<&str> = nlp.lines().skip(1).collect();
    // Note 1: cough affirmed, fever negated; note 6: rash affirmed.
    assert_eq!(rows.len(), 3, "{nlp}");
    assert!(rows[0].starts_with("65536,1,0,"), "{}", rows[0]);
    assert!(rows[1].contains(",437663,0,") && rows[1].contains(",N,present,negation=true;subject=patient"), "{}", rows[1]);
    assert!(rows[2].starts_with("393216,6,0,"), "{}", rows[2]);
}

#[test]
fn missing_column_is_fatal_with_file_name() {
    let dir = tempfile::tempdir().expect("tempdir");
    let input = dir.path().join("n.csv");
    std::fs::write(&input, "id,text\n1,cough\n").expect("write");
    let o = symptext(&["extract", input.to_str().unwrap_or(""), "-o", "-"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("n.csv: line 1: missing required column `note_id`"), "{}", stderr(&o));
}

#[test]
fn output_in_missing_directory_is_an_error() {
    let o = symptext(&["extract", "tests/fixtures/snapshot_notes.csv", "-o", "/nonexistent-dir/x.csv"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("does not exist"), "{}", stderr(&o));
}

#[test]
fn explain_shows_triggers_and_modifiers() {
    let o = symptext(&["explain", "Denies chest pain. ? anosmia", "--color", "never"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.contains("\"chest pain\" -> 77670 Chest pain (SNOMED 29857009) negated"), "{out}");
    assert!(out.contains("negated <- \"denies\""), "{out}");
    assert!(out.contains("\"anosmia\" -> 4185711"), "{out}");
    let o = symptext(&["explain", "--json", "nil fever"]);
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("json");
    assert_eq!(v["mentions"][0]["concept_id"], 437663);
    assert_eq!(v["mentions"][0]["status"], "negated");
    assert_eq!(v["mentions"][0]["modifiers"]["negated"], true);
}

#[test]
fn lexicon_check_is_clean_and_reports_bad_files() {
    let o = symptext(&["lexicon", "check"]);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    assert!(stdout(&o).contains(" 0 errors"), "{}", stdout(&o));
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::create_dir_all(dir.path().join("symptoms")).expect("mkdir");
    std::fs::write(
        dir.path().join("symptoms/en.tsv"),
        "concept_id\tterm\tflags\n437663\tfever\t\n999999\tblah\t\n437663\tpyrexia\tbogus\n",
    )
    .expect("write");
    let o = symptext(&["lexicon", "check", dir.path().to_str().unwrap_or("")]);
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    let p = dir.path().join("symptoms/en.tsv").display().to_string();
    assert!(out.contains(&format!("{p}:3: error: unknown concept_id 999999")), "{out}");
    assert!(out.contains(&format!("{p}:4: error: unknown term flag `bogus`")), "{out}");
    assert!(out.contains(&format!("{p}:2: error: duplicate term `fever`")), "{out}");
}

#[test]
fn user_lexicons_add_terms_and_no_builtin_symptoms_keeps_only_them() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::create_dir_all(dir.path().join("symptoms")).expect("mkdir");
    std::fs::write(dir.path().join("symptoms/en.tsv"), "concept_id\tterm\tflags\n437663\tfeeling toasty\t\n").expect("write");
    let d = dir.path().to_str().unwrap_or("");
    let o = symptext(&["explain", "--json", "--lexicons", d, "no feeling toasty, cough"]);
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("json");
    let ids: Vec<i64> = v["mentions"].as_array().map(|a| a.iter().filter_map(|m| m["concept_id"].as_i64()).collect()).unwrap_or_default();
    assert_eq!(ids, vec![437663, 254761]);
    assert_eq!(v["mentions"][0]["status"], "negated");
    let o = symptext(&["explain", "--json", "--lexicons", d, "--no-builtin-symptoms", "no feeling toasty, cough"]);
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("json");
    let ids: Vec<i64> = v["mentions"].as_array().map(|a| a.iter().filter_map(|m| m["concept_id"].as_i64()).collect()).unwrap_or_default();
    assert_eq!(ids, vec![437663]);
    assert_eq!(v["mentions"][0]["status"], "negated", "context triggers stay without builtin symptoms");
}

#[test]
fn malformed_user_lexicon_is_fatal_with_file_and_line() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::create_dir_all(dir.path().join("context")).expect("mkdir");
    std::fs::write(dir.path().join("context/en.tsv"), "trigger\tcategory\tdirection\twindow\tflags\nnope\tnegated\tsideways\t\t\n")
        .expect("write");
    let o = symptext(&["extract", "tests/fixtures/snapshot_notes.csv", "-o", "-", "--lexicons", dir.path().to_str().unwrap_or("")]);
    assert_eq!(o.status.code(), Some(1));
    let p = dir.path().join("context/en.tsv").display().to_string();
    assert!(stderr(&o).contains(&format!("{p}:2: direction `sideways` must be forward, backward or both")), "{}", stderr(&o));
}
