//! Ctrl-C and kill -9 during `symptext extract`, then `--resume`: the final output is the same as an
//! uninterrupted run's (byte for byte for CSV and JSON lines, value for value for Parquet), and so is
//! the rejects report: no note twice, none missing.
#![cfg(unix)]
#![cfg(feature = "parquet")]

mod common;
#[path = "common/notes.rs"]
mod notes;

use std::os::unix::process::ExitStatusExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::root;
use notes::*;

const PIN: &str = "2024-01-02 03:04:05";

/// corpus-sample repeated `copies` times with fresh note_ids, and a bad row every 500 notes.
fn big_input(dir: &Path, copies: i64) -> PathBuf {
    let rows = read_note_csv(&root().join("corpus-sample/notes.csv"));
    let path = dir.join("big.csv");
    let mut w = csv::Writer::from_path(&path).expect("create");
    w.write_record(["note_id", "person_id", "note_date", "language", "note_text"]).expect("header");
    let mut n = 0;
    for c in 0..copies {
        for r in &rows {
            n += 1;
            let id = if n % 500 == 0 { format!("bad{n}") } else { (c * 100_000 + r.note_id).to_string() };
            let p = r.person_id.map(|p| p.to_string()).unwrap_or_default();
            w.write_record([id.as_str(), &p, r.note_date.as_deref().unwrap_or(""), r.language.as_deref().unwrap_or(""), &r.note_text])
                .expect("row");
        }
    }
    w.flush().expect("flush");
    path
}

fn args<'a>(input: &'a Path, out: &'a Path) -> Vec<&'a str> {
    vec!["extract", input.to_str().expect("path"), "-o", out.to_str().expect("path"), "--nlp-date", PIN, "--threads", "2", "-q"]
}

fn run(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_symptext")).args(args).output().expect("run symptext")
}

/// Start a run, wait for its first checkpoint, send `signal`; returns the exit status.
fn interrupt(args: &[&str], out: &Path, signal: &str) -> std::process::ExitStatus {
    let ckpt = PathBuf::from(format!("{}.checkpoint", out.display()));
    let mut child =
        Command::new(env!("CARGO_BIN_EXE_symptext")).args(args).stdout(Stdio::null()).stderr(Stdio::piped()).spawn().expect("spawn");
    let start = Instant::now();
    while !ckpt.exists() {
        assert!(child.try_wait().expect("try_wait").is_none(), "the run ended before its first checkpoint");
        assert!(start.elapsed() < Duration::from_secs(120), "no checkpoint after 120 s");
        std::thread::sleep(Duration::from_millis(5));
    }
    let k = Command::new("kill").args([signal, &child.id().to_string()]).status().expect("kill");
    assert!(k.success());
    let o = child.wait_with_output().expect("wait");
    eprintln!("interrupted run: {}", String::from_utf8_lossy(&o.stderr));
    o.status
}

fn partial(out: &Path) -> PathBuf {
    PathBuf::from(format!("{}.partial", out.display()))
}

fn rejects_of(out: &Path) -> Vec<u8> {
    std::fs::read(format!("{}.rejects.csv", out.display())).expect("rejects")
}

struct Reference {
    dir: tempfile::TempDir,
    input: PathBuf,
}

fn reference(ext: &str) -> (Reference, PathBuf) {
    let dir = tempfile::tempdir().expect("tempdir");
    let input = big_input(dir.path(), 20);
    let out = dir.path().join(format!("reference.{ext}"));
    let o = run(&args(&input, &out));
    assert_eq!(o.status.code(), Some(3), "{}", String::from_utf8_lossy(&o.stderr));
    (Reference { dir, input }, out)
}

/// The interrupted-and-resumed output of a run into `name`.
fn interrupted_then_resumed(r: &Reference, name: &str, signal: &str) -> (PathBuf, std::process::Output) {
    let out = r.dir.path().join(name);
    let a = args(&r.input, &out);
    let status = interrupt(&a, &out, signal);
    if signal == "-INT" {
        assert_eq!(status.code(), Some(130), "Ctrl-C exits with 130");
    } else {
        assert_eq!(status.signal(), Some(9));
    }
    assert!(partial(&out).exists() && !out.exists(), "an interrupted run leaves OUT.partial only");
    let mut resume = a.clone();
    resume.push("--resume");
    let o = run(&resume);
    assert_eq!(o.status.code(), Some(3), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(out.exists() && !partial(&out).exists());
    assert!(!Path::new(&format!("{}.checkpoint", out.display())).exists(), "a finished run removes its checkpoint");
    (out, o)
}

#[test]
fn csv_ctrl_c_leaves_complete_rows_and_resume_finishes_the_same_bytes() {
    let (r, reference) = reference("csv");
    let want = std::fs::read(&reference).expect("read");
    let out = r.dir.path().join("run.csv");
    let a = args(&r.input, &out);
    assert_eq!(interrupt(&a, &out, "-INT").code(), Some(130));
    // Complete rows only: the partial output is a prefix of the full one that ends with a whole row.
    let part = std::fs::read(partial(&out)).expect("partial");
    assert!(!part.is_empty() && part.len() < want.len(), "{} of {}", part.len(), want.len());
    assert_eq!(&want[..part.len()], &part[..]);
    assert_eq!(part.last(), Some(&b'\n'));
    assert!(want[..part.len()].ends_with(b"\n") && csv_rows(&partial(&out)).iter().all(|r| r.len() == 14));
    // A resume with other options is refused and changes nothing.
    let mut other = a.clone();
    other.extend(["--shard", "0/2", "--resume"]);
    let o = run(&other);
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("was made by another run"), "{}", String::from_utf8_lossy(&o.stderr));
    let mut resume = a.clone();
    resume.push("--resume");
    let o = run(&resume);
    assert_eq!(o.status.code(), Some(3), "{}", String::from_utf8_lossy(&o.stderr));
    assert_eq!(std::fs::read(&out).expect("read"), want);
    assert_eq!(rejects_of(&out), rejects_of(&reference));
}

#[test]
fn csv_and_jsonl_kill_9_then_resume_finish_the_same_bytes() {
    let (r, reference) = reference("csv");
    let (out, _) = interrupted_then_resumed(&r, "killed.csv", "-KILL");
    assert_eq!(std::fs::read(&out).expect("read"), std::fs::read(&reference).expect("read"));
    assert_eq!(rejects_of(&out), rejects_of(&reference));

    let jsonl_ref = r.dir.path().join("reference.jsonl");
    let o = run(&args(&r.input, &jsonl_ref));
    assert_eq!(o.status.code(), Some(3));
    for signal in ["-KILL", "-INT"] {
        let (out, _) = interrupted_then_resumed(&r, &format!("run{signal}.jsonl"), signal);
        assert_eq!(std::fs::read(&out).expect("read"), std::fs::read(&jsonl_ref).expect("read"), "{signal}");
        assert_eq!(rejects_of(&out), rejects_of(&jsonl_ref));
    }
}

#[test]
fn parquet_ctrl_c_and_kill_9_then_resume_give_the_same_rows() {
    let (r, reference) = reference("parquet");
    let want = parquet_rows(&reference);
    // Ctrl-C closes the Parquet file; the resumed run copies its rows and continues.
    let (out, o) = interrupted_then_resumed(&r, "int.parquet", "-INT");
    assert!(!String::from_utf8_lossy(&o.stderr).contains("restarting"));
    assert_eq!(parquet_rows(&out), want);
    assert_eq!(rejects_of(&out), rejects_of(&reference));
    // kill -9 leaves a Parquet file without its footer: the resume says it restarts.
    let (out, o) = interrupted_then_resumed(&r, "kill.parquet", "-KILL");
    assert!(String::from_utf8_lossy(&o.stderr).contains("was not closed (the run was killed, not stopped): restarting from the first note"));
    assert_eq!(parquet_rows(&out), want);
    assert_eq!(rejects_of(&out), rejects_of(&reference));
}
