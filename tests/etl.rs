//! The ETL paths of `symptext extract`: Parquet and JSON lines in and out, standard input and output,
//! shards, threads, corrupted inputs and write errors. Every path is compared value by value with the
//! CSV path over corpus-sample/notes.csv.
#![cfg(feature = "parquet")]

mod common;
#[path = "common/notes.rs"]
mod notes;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use arrow_schema::{DataType, TimeUnit};
use common::{root, stderr, symptext};
use notes::*;

const PIN: &str = "2024-01-02 03:04:05";

fn s(p: &Path) -> &str {
    p.to_str().expect("utf-8 path")
}

/// The CSV path: corpus-sample/notes.csv to NOTE_NLP CSV.
fn csv_reference(dir: &Path) -> Vec<Vec<String>> {
    let out = dir.join("reference.csv");
    let o = symptext(&["extract", "corpus-sample/notes.csv", "-o", s(&out), "--nlp-date", PIN, "-q"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let rows = csv_rows(&out);
    assert_eq!(rows.len(), 3217);
    rows
}

fn sample() -> Vec<NoteRow> {
    read_note_csv(&root().join("corpus-sample/notes.csv"))
}

#[test]
fn parquet_round_trip_equals_the_csv_path() {
    let dir = tempfile::tempdir().expect("tempdir");
    let reference = csv_reference(dir.path());
    let notes = dir.path().join("note.parquet");
    // Small row groups: the reader streams across many of them.
    write_note_parquet(&sample(), &notes, 100);
    for threads in ["1", "2"] {
        let out = dir.path().join(format!("note_nlp_{threads}.parquet"));
        let o = symptext(&["extract", s(&notes), "-o", s(&out), "--nlp-date", PIN, "--threads", threads]);
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        assert!(stderr(&o).contains("read 712 notes: 712 processed, 0 rejected; 3217 mentions"), "{}", stderr(&o));
        let ts = DataType::Timestamp(TimeUnit::Microsecond, None);
        assert_eq!(
            parquet_types(&out),
            vec![
                DataType::Int64,
                DataType::Int64,
                DataType::Int64,
                DataType::Utf8,
                DataType::Utf8,
                DataType::Utf8,
                DataType::Int64,
                DataType::Int64,
                DataType::Utf8,
                DataType::Date32,
                ts,
                DataType::Utf8,
                DataType::Utf8,
                DataType::Utf8
            ]
        );
        assert_eq!(parquet_rows(&out), reference, "--threads {threads}");
    }
    // The same file, byte for byte, for 1 and 2 threads.
    assert_eq!(
        std::fs::read(dir.path().join("note_nlp_1.parquet")).expect("read"),
        std::fs::read(dir.path().join("note_nlp_2.parquet")).expect("read")
    );
    // CSV in, Parquet out: the same rows too.
    let out = dir.path().join("from_csv.parquet");
    let o = symptext(&["extract", "corpus-sample/notes.csv", "-o", s(&out), "--nlp-date", PIN]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(parquet_rows(&out), reference);
}

#[test]
fn jsonl_in_and_out_equal_the_csv_path() {
    let dir = tempfile::tempdir().expect("tempdir");
    let reference = csv_reference(dir.path());
    let notes = dir.path().join("notes.ndjson");
    write_note_jsonl(&sample(), &notes);
    let out = dir.path().join("note_nlp.jsonl");
    let o = symptext(&["extract", s(&notes), "-o", s(&out), "--nlp-date", PIN]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let text = std::fs::read_to_string(&out).expect("read");
    assert_eq!(jsonl_rows(&text), reference);

    // Standard input to standard output: JSON lines in, JSON lines out, the same bytes as the file.
    let mut child = Command::new(env!("CARGO_BIN_EXE_symptext"))
        .args(["extract", "--format", "jsonl", "-", "-o", "-", "--nlp-date", PIN, "-q"])
        .current_dir(dir.path())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("spawn");
    let input = std::fs::read(&notes).expect("read notes");
    let mut stdin = child.stdin.take().expect("stdin");
    let feeder = std::thread::spawn(move || stdin.write_all(&input));
    let o = child.wait_with_output().expect("wait");
    feeder.join().expect("feeder").expect("write stdin");
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(String::from_utf8(o.stdout).expect("utf-8"), text);

    // --output-format overrides the input's format on standard output.
    let o = Command::new(env!("CARGO_BIN_EXE_symptext"))
        .args(["extract", s(&notes), "-o", "-", "--output-format", "csv", "--nlp-date", PIN, "-q"])
        .output()
        .expect("run");
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(String::from_utf8(o.stdout).expect("utf-8"), std::fs::read_to_string(dir.path().join("reference.csv")).expect("read"));
}

#[test]
fn shards_add_up_to_the_unsharded_output() {
    let dir = tempfile::tempdir().expect("tempdir");
    let reference = csv_reference(dir.path());
    let mut union = Vec::new();
    let mut processed = 0;
    for k in ["0/2", "1/2"] {
        let out = dir.path().join(format!("shard{}.csv", &k[..1]));
        let o = symptext(&["extract", "corpus-sample/notes.csv", "-o", s(&out), "--nlp-date", PIN, "--shard", k]);
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        let e = stderr(&o);
        let n: u64 = e.split(" processed").next().and_then(|x| x.rsplit(' ').next()).and_then(|x| x.parse().ok()).expect("count");
        assert!(e.contains(&format!("({} in other shards)", 712 - n)), "{e}");
        processed += n;
        let rows = csv_rows(&out);
        assert!(!rows.is_empty());
        // A shard keeps input order.
        let ids: Vec<i64> = rows.iter().map(|r| r[0].parse().expect("id")).collect();
        assert!(ids.windows(2).all(|w| w[0] < w[1]));
        union.extend(rows);
    }
    assert_eq!(processed, 712);
    union.sort_by_key(|r| r[0].parse::<i64>().expect("id"));
    assert_eq!(union, reference);
    let o = symptext(&["extract", "corpus-sample/notes.csv", "-o", "-", "--shard", "2/2"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("--shard `2/2`: expected 0 <= K < N"), "{}", stderr(&o));
}

#[test]
fn shard_hash_is_fnv1a_of_the_little_endian_note_id() {
    // The same function as README's Python: FNV-1a 64 over the 8 little-endian bytes.
    fn fnv(id: i64) -> u64 {
        id.to_le_bytes().iter().fold(0xcbf2_9ce4_8422_2325u64, |h, &b| (h ^ b as u64).wrapping_mul(0x100_0000_01b3))
    }
    for id in [0i64, 1, 2, 42, 123_456_789, -7] {
        assert_eq!(symptext::pipeline::shard_of(id, 4), fnv(id) % 4, "{id}");
    }
    assert_eq!([1i64, 2, 3, 4, 5].map(|i| symptext::pipeline::shard_of(i, 2)), [0, 1, 0, 1, 0]);
}

/// Summary counts from the last stderr line: read, processed, rejected.
fn counts(o: &std::process::Output) -> (u64, u64, u64) {
    let e = stderr(o);
    let re = regex::Regex::new(r"read (\d+) notes: (\d+) processed, (\d+) rejected").expect("regex");
    let c = re.captures(&e).unwrap_or_else(|| panic!("no summary in {e}"));
    let n = |i: usize| c[i].parse::<u64>().expect("number");
    (n(1), n(2), n(3))
}

fn rejects(path: &Path) -> Vec<String> {
    std::fs::read_to_string(path)
        .expect("rejects")
        .lines()
        .skip(1)
        .map(|l| l.split_once(',').map(|x| x.1).unwrap_or("").to_string())
        .collect()
}

#[test]
fn corrupted_csv_and_jsonl_rows_are_rejects_and_counts_add_up() {
    let dir = tempfile::tempdir().expect("tempdir");
    let csv = dir.path().join("bad.csv");
    std::fs::write(&csv, b"note_id,note_text\n1,chest pain\n2,cough \xff\xfe here\n3,fever\nx,sob\n").expect("write");
    let out = dir.path().join("o.csv");
    let o = symptext(&["extract", s(&csv), "-o", s(&out)]);
    assert_eq!(o.status.code(), Some(3), "{}", stderr(&o));
    assert_eq!(counts(&o), (4, 2, 2));
    assert_eq!(
        rejects(&dir.path().join("o.csv.rejects.csv")),
        vec!["3,2,note_text,invalid UTF-8 at byte 6 of the field", "5,,note_id,not an integer"]
    );

    let jsonl = dir.path().join("bad.jsonl");
    std::fs::write(
        &jsonl,
        b"{\"note_id\":1,\"note_text\":\"chest pain\"}\n{\"note_id\":2,\"note_text\":\"cough \xff\"}\n{\"note_id\":3,\"note_text\":\"fev\n{\"note_id\":4}\n{\"note_id\":\"5\",\"note_text\":\"fever\"}\n",
    )
    .expect("write");
    let out = dir.path().join("o.jsonl");
    let o = symptext(&["extract", s(&jsonl), "-o", s(&out)]);
    assert_eq!(o.status.code(), Some(3), "{}", stderr(&o));
    assert_eq!(counts(&o), (5, 2, 3));
    assert_eq!(
        rejects(&dir.path().join("o.jsonl.rejects.csv")),
        vec![
            "2,,line,invalid UTF-8 at byte 32 of the line",
            "3,,line,invalid JSON: EOF while parsing a string at line 1 column 29",
            "4,4,note_text,missing note_text"
        ]
    );
    let ids: Vec<String> = jsonl_rows(&std::fs::read_to_string(&out).expect("read")).into_iter().map(|r| r[1].clone()).collect();
    assert_eq!(ids, vec!["1", "5"]);
}

#[test]
fn missing_columns_and_a_truncated_parquet_file_are_clear_errors() {
    let dir = tempfile::tempdir().expect("tempdir");
    let rows = sample();
    let good = dir.path().join("good.parquet");
    write_note_parquet(&rows[..50], &good, 10);
    let bytes = std::fs::read(&good).expect("read");
    let cut = dir.path().join("cut.parquet");
    std::fs::write(&cut, &bytes[..bytes.len() / 2]).expect("write");
    let o = symptext(&["extract", s(&cut), "-o", s(&dir.path().join("o.csv"))]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("cut.parquet: not a readable Parquet file (truncated or corrupt?)"), "{}", stderr(&o));
    assert!(!dir.path().join("o.csv").exists() && !dir.path().join("o.csv.partial").exists());

    // A Parquet file without note_text.
    let schema = std::sync::Arc::new(arrow_schema::Schema::new(vec![arrow_schema::Field::new("note_id", DataType::Int64, false)]));
    let batch = arrow_array::RecordBatch::try_new(schema.clone(), vec![std::sync::Arc::new(arrow_array::Int64Array::from(vec![1i64]))])
        .expect("batch");
    let nocol = dir.path().join("nocol.parquet");
    let mut w = parquet::arrow::ArrowWriter::try_new(std::fs::File::create(&nocol).expect("create"), schema, None).expect("writer");
    w.write(&batch).expect("write");
    w.close().expect("close");
    let o = symptext(&["extract", s(&nocol), "-o", "-"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("nocol.parquet: missing required column `note_text` (the file has: note_id)"), "{}", stderr(&o));

    // CSV without note_text.
    let csv = dir.path().join("nocol.csv");
    std::fs::write(&csv, "note_id,text\n1,cough\n").expect("write");
    let o = symptext(&["extract", s(&csv), "-o", "-"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("nocol.csv: line 1: missing required column `note_text`"), "{}", stderr(&o));

    // Parquet cannot come from standard input.
    let o = symptext(&["extract", "--format", "parquet", "-", "-o", "-"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("Parquet cannot be read from standard input"), "{}", stderr(&o));
}

#[test]
fn parquet_rows_with_nulls_and_bad_ids_are_rejects() {
    use arrow_array::{ArrayRef, RecordBatch, StringArray};
    let dir = tempfile::tempdir().expect("tempdir");
    let schema = std::sync::Arc::new(arrow_schema::Schema::new(vec![
        arrow_schema::Field::new("note_id", DataType::Utf8, true),
        arrow_schema::Field::new("note_text", DataType::Binary, true),
        arrow_schema::Field::new("note_date", DataType::Utf8, true),
    ]));
    let cols: Vec<ArrayRef> = vec![
        std::sync::Arc::new(StringArray::from(vec![Some("1"), Some("x"), None, Some("4"), Some("5"), Some("6")])),
        std::sync::Arc::new(arrow_array::BinaryArray::from(vec![
            Some(&b"chest pain"[..]),
            Some(&b"cough"[..]),
            Some(&b"cough"[..]),
            None,
            Some(&b"bad \xff"[..]),
            Some(&b"fever"[..]),
        ])),
        std::sync::Arc::new(StringArray::from(vec![Some("2020-01-01"), None, None, None, None, Some("1st May")])),
    ];
    let path = dir.path().join("n.parquet");
    let mut w = parquet::arrow::ArrowWriter::try_new(std::fs::File::create(&path).expect("create"), schema.clone(), None).expect("writer");
    w.write(&RecordBatch::try_new(schema, cols).expect("batch")).expect("write");
    w.close().expect("close");
    let out = dir.path().join("o.csv");
    let o = symptext(&["extract", s(&path), "-o", s(&out)]);
    assert_eq!(o.status.code(), Some(3), "{}", stderr(&o));
    assert_eq!(counts(&o), (6, 1, 5));
    assert_eq!(
        rejects(&dir.path().join("o.csv.rejects.csv")),
        vec![
            "2,,note_id,not an integer",
            "3,,note_id,empty note_id",
            "4,4,note_text,empty note_text (null)",
            "5,5,note_text,invalid UTF-8 at byte 4 of the field",
            "6,6,note_date,not a date (expected YYYY-MM-DD)"
        ]
    );
}

#[test]
fn a_full_disk_is_an_error_never_a_truncated_output() {
    if !Path::new("/dev/full").exists() {
        eprintln!("skipping: no /dev/full");
        return;
    }
    for fmt in ["csv", "jsonl", "parquet"] {
        let o = symptext(&["extract", "corpus-sample/notes.csv", "-o", "/dev/full", "--output-format", fmt, "--rejects", "/dev/null"]);
        assert_eq!(o.status.code(), Some(1), "{fmt}");
        assert!(stderr(&o).contains("writing /dev/full: No space left on device"), "{fmt}: {}", stderr(&o));
    }
}

#[test]
fn every_output_extension_picks_its_writer() {
    let dir = tempfile::tempdir().expect("tempdir");
    let reference = csv_reference(dir.path());
    let tsv: PathBuf = dir.path().join("o.tsv");
    let o = symptext(&["extract", "corpus-sample/notes.csv", "-o", s(&tsv), "--nlp-date", PIN, "-q"]);
    assert_eq!(o.status.code(), Some(0));
    let mut r = csv::ReaderBuilder::new().delimiter(b'\t').from_path(&tsv).expect("tsv");
    let rows: Vec<Vec<String>> = r.records().map(|x| x.expect("row").iter().map(str::to_string).collect()).collect();
    assert_eq!(rows, reference);

    // TSV on standard input, --format tsv: TSV on standard output, the same bytes as the TSV file.
    let notes_tsv = dir.path().join("notes.tsv");
    let mut w = csv::WriterBuilder::new().delimiter(b'\t').from_path(&notes_tsv).expect("create");
    let mut rd = csv::Reader::from_path(root().join("corpus-sample/notes.csv")).expect("open");
    w.write_record(rd.headers().expect("header")).expect("header");
    for rec in rd.records() {
        w.write_record(&rec.expect("row")).expect("row");
    }
    w.flush().expect("flush");
    let o = Command::new(env!("CARGO_BIN_EXE_symptext"))
        .args(["extract", "--format", "tsv", "-", "-o", "-", "--nlp-date", PIN, "-q"])
        .stdin(std::fs::File::open(&notes_tsv).expect("open"))
        .output()
        .expect("run");
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(o.stdout, std::fs::read(&tsv).expect("read"));
}
