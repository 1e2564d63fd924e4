//! examples/spark/extract_notes.py on PySpark in local mode: NOTE Parquet in, NOTE_NLP Parquet out,
//! the same rows as `symptext extract` on one machine. The Python interpreter with pyspark is named by
//! SYMPTEXT_PYSPARK_PYTHON (`.ci/run` installs one into target/ci-venv). Without it the test is
//! skipped with a message, except in CI (`CI` set), where it fails.
#![cfg(feature = "parquet")]

mod common;
#[path = "common/notes.rs"]
mod notes;

use std::process::Command;

use common::root;
use notes::*;

const PIN: &str = "2024-01-02 03:04:05";

fn pyspark_python() -> Option<String> {
    let found = std::env::var("SYMPTEXT_PYSPARK_PYTHON")
        .ok()
        .filter(|p| Command::new(p).args(["-c", "import pyspark"]).output().is_ok_and(|o| o.status.success()));
    if found.is_none() {
        assert!(std::env::var_os("CI").is_none(), "CI: SYMPTEXT_PYSPARK_PYTHON must name a Python with pyspark (.ci/run installs it)");
        eprintln!("skipping the Spark test: set SYMPTEXT_PYSPARK_PYTHON to a Python with pyspark (see .ci/run)");
    }
    found
}

#[test]
fn spark_pipe_example_equals_the_single_machine_output() {
    let Some(python) = pyspark_python() else { return };
    let dir = tempfile::tempdir().expect("tempdir");
    let notes = dir.path().join("note.parquet");
    write_note_parquet(&read_note_csv(&root().join("corpus-sample/notes.csv")), &notes, 200);

    let single = dir.path().join("single.parquet");
    let o = Command::new(env!("CARGO_BIN_EXE_symptext"))
        .args(["extract", notes.to_str().expect("path"), "-o", single.to_str().expect("path"), "--nlp-date", PIN, "-q"])
        .output()
        .expect("run symptext");
    assert_eq!(o.status.code(), Some(0), "{}", String::from_utf8_lossy(&o.stderr));

    let out = dir.path().join("note_nlp");
    let o = Command::new(&python)
        .arg(root().join("examples/spark/extract_notes.py"))
        .args(["--master", "local[2]", "--partitions", "3", "--nlp-date", PIN])
        .args(["--symptext", env!("CARGO_BIN_EXE_symptext")])
        .arg("--input")
        .arg(&notes)
        .arg("--output")
        .arg(&out)
        .current_dir(dir.path())
        .output()
        .expect("run the Spark example");
    assert!(o.status.success(), "spark example failed: {}", String::from_utf8_lossy(&o.stderr));

    let want = parquet_rows(&single);
    assert_eq!(want.len(), 3217);
    let mut got = parquet_rows(&out);
    got.sort_by_key(|r| r[0].parse::<i64>().expect("note_nlp_id"));
    assert_eq!(got, want);
}
