//! What symptext does with bad input: one fixture per class (`tests/fixtures/bad/`, large ones made
//! here), each with its exact outcome: processed, a reject with its reason, or an error naming the file
//! (and line). Every CLI run checks read = processed + rejected in the summary line and against the
//! rejects file. The README section "What symptext does with bad input" lists these tests.

mod common;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;

use common::root;
use symptext::pipeline::{self, RejectCsv, RejectVec, RunOptions};
use symptext::sink::{NoteNlpCsv, RunInfo};
use symptext::source::{CsvNoteReader, InputFormat, ReadOptions};
use symptext::{Engine, Error};

/// One `symptext extract` run.
#[derive(Debug)]
struct Run {
    code: Option<i32>,
    stderr: String,
    /// NOTE_NLP rows: (note_id, offset, lexical_variant).
    rows: Vec<(String, String, String)>,
    /// The rejects file without its header, or "" when there is none.
    rejects: String,
    /// (read, processed, rejected, mentions) from the summary line.
    summary: Option<(u64, u64, u64, u64)>,
    _dir: tempfile::TempDir,
    out: PathBuf,
}

fn fixture(name: &str) -> String {
    format!("tests/fixtures/bad/{name}")
}

fn run_in(dir: tempfile::TempDir, args: &[&str]) -> Run {
    let out = dir.path().join("out.csv");
    let o = Command::new(env!("CARGO_BIN_EXE_symptext"))
        .arg("extract")
        .args(args)
        .args(["-o", out.to_str().unwrap_or_default(), "--nlp-date", "2024-01-01", "--threads", "2"])
        .current_dir(root())
        .output()
        .expect("run symptext");
    let stderr = String::from_utf8_lossy(&o.stderr).into_owned();
    let rows = match std::fs::read(&out) {
        Ok(bytes) => csv::Reader::from_reader(&bytes[..])
            .records()
            .map(|r| {
                let r = r.expect("a NOTE_NLP row");
                (r[1].to_string(), r[4].to_string(), r[5].to_string())
            })
            .collect(),
        Err(_) => Vec::new(),
    };
    let rejects = std::fs::read_to_string(dir.path().join("out.csv.rejects.csv"))
        .map(|s| s.strip_prefix("file,line,note_id,field,reason\n").map(str::to_string).unwrap_or(s))
        .unwrap_or_default();
    let re = regex::Regex::new(r"read (\d+) notes: (\d+) processed, (\d+) rejected; (\d+) mentions").expect("regex");
    let summary = re.captures(&stderr).map(|c| {
        let n = |i: usize| c[i].parse::<u64>().expect("a count");
        (n(1), n(2), n(3), n(4))
    });
    if let Some((read, processed, rejected, mentions)) = summary {
        assert_eq!(read, processed + rejected, "read = processed + rejected: {stderr}");
        assert_eq!(rejected as usize, rejects.lines().count(), "one rejects row per reject: {rejects}");
        assert_eq!(mentions as usize, rows.len());
    }
    Run { code: o.status.code(), stderr, rows, rejects, summary, _dir: dir, out }
}

fn extract(args: &[&str]) -> Run {
    run_in(tempfile::tempdir().expect("tempdir"), args)
}

fn variants(r: &Run) -> Vec<(&str, &str, &str)> {
    r.rows.iter().map(|(a, b, c)| (a.as_str(), b.as_str(), c.as_str())).collect()
}

#[test]
fn invalid_utf8_in_the_text_is_a_reject_naming_the_byte() {
    let r = extract(&[&fixture("invalid_utf8.csv")]);
    assert_eq!(r.code, Some(3), "{}", r.stderr);
    assert_eq!(r.summary, Some((2, 1, 1, 1)));
    assert_eq!(r.rejects, "tests/fixtures/bad/invalid_utf8.csv,2,1,note_text,invalid UTF-8 at byte 5 of the field\n");
    assert_eq!(variants(&r), vec![("2", "0", "fever")]);
}

#[test]
fn nul_bytes_are_processed_as_text() {
    let r = extract(&[&fixture("nul_bytes.csv")]);
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    assert_eq!(r.summary, Some((1, 1, 0, 2)));
    assert_eq!(variants(&r), vec![("1", "0", "cough"), ("1", "11", "fever")]);
}

#[test]
fn a_utf8_bom_before_the_header_is_skipped() {
    let r = extract(&[&fixture("bom.csv")]);
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    assert_eq!(r.summary, Some((1, 1, 0, 1)));
    assert_eq!(variants(&r), vec![("1", "0", "cough")]);
}

#[test]
fn crlf_line_endings_keep_line_numbers_and_quoted_crlf() {
    let r = extract(&[&fixture("crlf.csv")]);
    assert_eq!(r.code, Some(3), "{}", r.stderr);
    assert_eq!(r.summary, Some((3, 2, 1, 3)));
    // Row 1 spans lines 2-3, so the bad row is on line 4.
    assert_eq!(r.rejects, "tests/fixtures/bad/crlf.csv,4,,note_id,not an integer\n");
    assert_eq!(variants(&r), vec![("1", "0", "cough"), ("1", "7", "fever"), ("3", "0", "wheeze")]);
}

#[test]
fn lone_cr_line_endings_split_rows_and_count_lines() {
    let r = extract(&[&fixture("lone_cr.csv")]);
    assert_eq!(r.code, Some(3), "{}", r.stderr);
    assert_eq!(r.summary, Some((4, 2, 2, 3)));
    assert_eq!(
        r.rejects,
        "tests/fixtures/bad/lone_cr.csv,3,,note_id,not an integer\ntests/fixtures/bad/lone_cr.csv,6,,note_id,not an integer\n"
    );
    assert_eq!(variants(&r), vec![("1", "0", "cough"), ("3", "0", "fever"), ("3", "6", "wheeze")]);
}

#[test]
fn quoted_newlines_and_doubled_quotes_are_field_content() {
    let r = extract(&[&fixture("quoted.csv")]);
    assert_eq!(r.code, Some(3), "{}", r.stderr);
    assert_eq!(r.summary, Some((3, 2, 1, 2)));
    assert_eq!(r.rejects, "tests/fixtures/bad/quoted.csv,5,,note_id,not an integer\n");
    // The text of note 1 is `c/o "cough"\nno fever`: offsets count the quote once.
    assert_eq!(variants(&r), vec![("1", "5", "cough"), ("1", "15", "fever")]);
}

#[test]
fn a_missing_required_column_is_an_error_naming_file_and_line() {
    let r = extract(&[&fixture("missing_column.csv")]);
    assert_eq!(r.code, Some(1));
    assert_eq!(
        r.stderr,
        "symptext: error: tests/fixtures/bad/missing_column.csv: line 1: missing required column `note_id` (the header has: id, note_text)\n"
    );
    assert!(!r.out.exists() && !r.out.with_extension("csv.partial").exists());
}

#[test]
fn extra_columns_are_ignored_but_a_row_with_extra_fields_is_a_reject() {
    let r = extract(&[&fixture("extra_columns.csv")]);
    assert_eq!(r.code, Some(3), "{}", r.stderr);
    assert_eq!(r.summary, Some((3, 1, 2, 1)));
    assert_eq!(
        r.rejects,
        "tests/fixtures/bad/extra_columns.csv,3,2,row,4 fields where the header has 3 (an unquoted delimiter or quote in the text?)\n\
         tests/fixtures/bad/extra_columns.csv,4,3,note_text,missing field: the row has 2 fields\n"
    );
    assert_eq!(variants(&r), vec![("1", "0", "cough")]);
}

#[test]
fn a_duplicate_note_id_is_a_reject() {
    let r = extract(&[&fixture("duplicate_ids.csv")]);
    assert_eq!(r.code, Some(3), "{}", r.stderr);
    assert_eq!(r.summary, Some((3, 2, 1, 2)));
    assert_eq!(r.rejects, "tests/fixtures/bad/duplicate_ids.csv,4,1,note_id,duplicate note_id: an earlier row of this run has it\n");
    // Across files too: the second file's rows are all duplicates of the first's.
    let r = extract(&[&fixture("duplicate_ids.csv"), &fixture("bom.csv")]);
    assert_eq!(r.summary, Some((4, 2, 2, 2)));
    assert!(r.rejects.ends_with("tests/fixtures/bad/bom.csv,2,1,note_id,duplicate note_id: an earlier row of this run has it\n"));
    // Switched off: every row is processed.
    let r = extract(&[&fixture("duplicate_ids.csv"), "--allow-duplicate-ids"]);
    assert_eq!((r.code, r.summary), (Some(0), Some((3, 3, 0, 3))));
}

#[test]
fn non_numeric_ids_are_rejects_that_do_not_copy_the_value() {
    let r = extract(&[&fixture("non_numeric_ids.csv")]);
    assert_eq!(r.code, Some(3), "{}", r.stderr);
    assert_eq!(r.summary, Some((5, 1, 4, 1)));
    let f = "tests/fixtures/bad/non_numeric_ids.csv";
    assert_eq!(
        r.rejects,
        format!(
            "{f},2,,note_id,not an integer\n{f},3,,note_id,not an integer\n{f},4,,note_id,empty note_id\n{f},5,4,person_id,not an integer\n"
        )
    );
}

#[test]
fn empty_text_is_processed_with_no_mentions() {
    let r = extract(&[&fixture("empty_text.csv")]);
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    assert_eq!(r.summary, Some((3, 3, 0, 0)));
    assert_eq!(r.rejects, "");
}

/// A CSV of one English note with this text.
fn one_note(dir: &Path, text: &str) -> String {
    let p = dir.join("big.csv");
    let mut f = std::io::BufWriter::new(std::fs::File::create(&p).expect("create"));
    write!(f, "note_id,language,note_text\n1,en,\"{text}\"\n").expect("write");
    f.flush().expect("flush");
    p.to_string_lossy().into_owned()
}

#[test]
fn a_10_mb_note_is_rejected_by_default_and_processed_with_a_raised_limit() {
    let dir = tempfile::tempdir().expect("tempdir");
    // 10 MiB: a symptom every 64 KiB in otherwise symptom-free words.
    let chunk = format!("{} cough. ", "lorem ipsum ".repeat(65_536 / 12));
    let mut text = chunk.repeat(10 * (1 << 20) / chunk.len() + 1);
    text.truncate(10 << 20);
    let input = one_note(dir.path(), &text);
    let r = extract(&[&input]);
    assert_eq!(r.code, Some(3), "{}", r.stderr);
    assert_eq!(r.summary, Some((1, 0, 1, 0)));
    assert!(
        r.rejects.ends_with(",2,1,note_text,\"text is 10485760 bytes, over the limit of 1048576 (--max-note-bytes)\"\n"),
        "{}",
        r.rejects
    );
    let r = extract(&[&input, "--max-note-bytes", "20000000"]);
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    let n = text.matches("cough").count() as u64;
    assert_eq!(r.summary, Some((1, 1, 0, n)));
    assert_eq!(r.rows[1].1, (chunk.len() + chunk.find("cough").unwrap_or(0)).to_string());
}

#[test]
fn a_1_mb_line_without_spaces_is_processed() {
    let dir = tempfile::tempdir().expect("tempdir");
    let text = format!("cough;{}", "x".repeat(1_000_000 - 6));
    let input = one_note(dir.path(), &text);
    let r = extract(&[&input]);
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    assert_eq!(r.summary, Some((1, 1, 0, 1)));
    assert_eq!(variants(&r), vec![("1", "0", "cough")]);
}

#[test]
fn an_unknown_language_code_is_a_reject() {
    let r = extract(&[&fixture("unknown_language.csv")]);
    assert_eq!(r.code, Some(3), "{}", r.stderr);
    assert_eq!(r.summary, Some((4, 2, 2, 2)));
    let f = "tests/fixtures/bad/unknown_language.csv";
    let why = "not a language symptext reads (en, fr, es, it, de, nl, ro; leave it empty to detect)";
    assert_eq!(r.rejects, format!("{f},2,1,language,\"{why}\"\n{f},3,2,language,\"{why}\"\n"));
    assert_eq!(variants(&r), vec![("3", "0", "cough"), ("4", "0", "cough")]);
}

#[test]
fn a_file_that_ends_inside_a_quoted_field_rejects_its_last_row() {
    let r = extract(&[&fixture("truncated.csv")]);
    assert_eq!(r.code, Some(3), "{}", r.stderr);
    assert_eq!(r.summary, Some((2, 1, 1, 1)));
    assert_eq!(r.rejects, "tests/fixtures/bad/truncated.csv,3,2,note_text,the file ends inside this quoted field (truncated file?)\n");
}

#[test]
fn a_malformed_lexicon_row_is_an_error_naming_file_and_line() {
    let r = extract(&[&fixture("bom.csv"), "--lexicons", &fixture("lexicon_bad_row")]);
    assert_eq!(r.code, Some(1));
    assert_eq!(
        r.stderr,
        "symptext: error: loading lexicons: tests/fixtures/bad/lexicon_bad_row/symptoms/en.tsv:3: expected 3 tab-separated fields (concept_id, term, flags), found 2\n"
    );
    assert!(!r.out.exists());
}

#[test]
fn an_empty_lexicon_file_is_an_error_naming_it() {
    let r = extract(&[&fixture("bom.csv"), "--lexicons", &fixture("lexicon_empty")]);
    assert_eq!(r.code, Some(1));
    assert_eq!(
        r.stderr,
        "symptext: error: loading lexicons: tests/fixtures/bad/lexicon_empty/context/en.tsv:1: empty lexicon file: no header row\n"
    );
}

#[test]
fn an_unreadable_input_is_an_error_naming_it() {
    let r = extract(&["tests/fixtures/bad/no-such-file.csv"]);
    assert_eq!(r.code, Some(1));
    assert_eq!(r.stderr, "symptext: error: tests/fixtures/bad/no-such-file.csv: cannot open: No such file or directory (os error 2)\n");
    let r = extract(&["tests/fixtures/bad"]);
    assert_eq!(r.code, Some(1));
    assert_eq!(r.stderr, "symptext: error: tests/fixtures/bad: reading the header: Is a directory (os error 21)\n");
    // Permission denied (root reads the file anyway: then only the two above are checked).
    let dir = tempfile::tempdir().expect("tempdir");
    let locked = dir.path().join("locked.csv");
    std::fs::write(&locked, "note_id,note_text\n1,cough\n").expect("write");
    let mut perm = std::fs::metadata(&locked).expect("meta").permissions();
    std::os::unix::fs::PermissionsExt::set_mode(&mut perm, 0o000);
    std::fs::set_permissions(&locked, perm).expect("chmod");
    if std::fs::read(&locked).is_ok() {
        eprintln!("running as root: permission denied cannot be simulated with chmod");
        return;
    }
    let path = locked.to_string_lossy().into_owned();
    let r = extract(&[&path]);
    assert_eq!(r.code, Some(1));
    assert_eq!(r.stderr, format!("symptext: error: {path}: cannot open: Permission denied (os error 13)\n"));
}

#[test]
fn an_output_or_rejects_path_in_a_missing_directory_is_an_error_before_reading() {
    let o = Command::new(env!("CARGO_BIN_EXE_symptext"))
        .args(["extract", &fixture("bom.csv"), "-o", "no-such-dir/out.csv"])
        .current_dir(root())
        .output()
        .expect("run");
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&o.stderr),
        "symptext: error: no-such-dir/out.csv: the output directory no-such-dir does not exist\n"
    );
    let dir = tempfile::tempdir().expect("tempdir");
    let r = run_in(dir, &[&fixture("invalid_utf8.csv"), "--rejects", "no-such-dir/r.csv"]);
    assert_eq!(r.code, Some(1));
    assert_eq!(r.stderr, "symptext: error: no-such-dir/r.csv: the rejects directory no-such-dir does not exist\n");
    assert!(!r.out.exists());
}

#[test]
fn a_full_disk_is_an_error_and_leaves_no_output() {
    // /dev/full: every write fails with ENOSPC.
    let o = Command::new(env!("CARGO_BIN_EXE_symptext"))
        .args(["extract", &fixture("bom.csv"), "-o", "/dev/full", "--rejects", "/dev/null"])
        .current_dir(root())
        .output()
        .expect("run");
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(String::from_utf8_lossy(&o.stderr), "symptext: error: writing /dev/full: No space left on device (os error 28)\n");
    // A small tmpfs that fills up (when this process may mount one: root on Linux).
    let dir = tempfile::tempdir().expect("tempdir");
    let mnt = dir.path().join("small");
    std::fs::create_dir(&mnt).expect("mkdir");
    let mounted = Command::new("mount")
        .args(["-t", "tmpfs", "-o", "size=64k", "tmpfs"])
        .arg(&mnt)
        .output()
        .map(|o| o.status.success())
        .unwrap_or(false);
    if !mounted {
        eprintln!("no tmpfs mount here: only /dev/full was checked");
        return;
    }
    let input = dir.path().join("many.csv");
    let mut text = String::from("note_id,note_text\n");
    for i in 0..3000 {
        text.push_str(&format!("{i},c/o cough and fever and headache\n"));
    }
    std::fs::write(&input, text).expect("write");
    let out = mnt.join("out.csv");
    let o = Command::new(env!("CARGO_BIN_EXE_symptext"))
        .args(["extract", input.to_str().unwrap_or_default(), "-o", out.to_str().unwrap_or_default()])
        .output()
        .expect("run");
    let listing: Vec<_> = std::fs::read_dir(&mnt).expect("ls").filter_map(|e| e.ok()).map(|e| e.file_name()).collect();
    let _ = Command::new("umount").arg(&mnt).status();
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&o.stderr),
        format!("symptext: error: writing {}: No space left on device (os error 28)\n", out.display())
    );
    // Neither the output nor its `.partial` is left behind (the rejects file is not made: no rejects).
    assert!(listing.is_empty(), "{listing:?}");
}

/// A writer that accepts `room` bytes, then fails as a full disk does.
struct FullAfter {
    room: usize,
}

impl Write for FullAfter {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        if self.room == 0 {
            return Err(std::io::Error::from_raw_os_error(28));
        }
        let n = buf.len().min(self.room);
        self.room -= n;
        Ok(n)
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[test]
fn a_failing_writer_stops_the_run_with_a_write_error() {
    let engine = Engine::builder().default_lang(symptext::Lang::En).build().expect("engine");
    let run = RunInfo::new(&engine, None);
    let mut input = String::from("note_id,note_text\n");
    for i in 0..500 {
        input.push_str(&format!("{i},c/o cough\n"));
    }
    input.push_str("x,bad\n");
    let reader = || CsvNoteReader::new(input.as_bytes(), "in.csv", InputFormat::Csv, ReadOptions::default()).expect("header");
    let opts = RunOptions { batch_records: 16, batch_bytes: 1 << 20, ..RunOptions::default() };
    // The NOTE_NLP output fills up after 4 KB.
    let mut sink = NoteNlpCsv::new(FullAfter { room: 4096 }, &run, false, "out.csv").expect("header fits");
    let err = pipeline::run(&engine, reader(), &mut sink, &mut RejectVec::default(), opts.clone(), &()).expect_err("a full disk");
    assert!(matches!(&err, Error::Write { what, .. } if what == "out.csv"), "{err:?}");
    assert_eq!(err.to_string(), "writing out.csv: No space left on device (os error 28)");
    // The rejects report fills up: its header fits, the row does not.
    let mut sink = NoteNlpCsv::new(Vec::new(), &run, false, "out.csv").expect("header");
    let mut rejects = RejectCsv::new(FullAfter { room: 40 }, "rejects.csv").expect("header fits");
    let err = pipeline::run(&engine, reader(), &mut sink, &mut rejects, opts, &()).expect_err("a full disk");
    assert_eq!(err.to_string(), "writing rejects.csv: No space left on device (os error 28)");
}

/// Markers standing for patient text: none may reach stderr or the rejects file.
const MARKERS: [&str; 8] = ["PHIMARK1", "PHIMARK2", "PHIMARK3", "PHIMARK4", "PHIMARK5", "PHIMARK6", "PHIMARK7", "PHIMARK8"];

#[test]
fn no_note_text_reaches_stderr_or_the_rejects_file_even_with_verbose() {
    let dir = tempfile::tempdir().expect("tempdir");
    let input = dir.path().join("phi.csv");
    let mut f = std::fs::File::create(&input).expect("create");
    f.write_all(b"note_id,person_id,note_date,language,note_text\n").expect("w");
    f.write_all(b"1,1,2024-01-01,en,PHIMARK1 cough \xff\n").expect("w"); // invalid UTF-8
    f.write_all(format!("2,1,2024-01-01,en,PHIMARK2 {}\n", "x".repeat(300)).as_bytes()).expect("w"); // over the limit
    f.write_all(b"PHIMARK3 misaligned,1,2024-01-01,en,cough\n").expect("w"); // text in the id column
    f.write_all(b"4,PHIMARK4,2024-01-01,en,cough\n").expect("w"); // bad person_id
    f.write_all(b"5,1,PHIMARK5,en,cough\n").expect("w"); // bad date
    f.write_all(b"6,1,2024-01-01,PHIMARK6,cough\n").expect("w"); // bad language
    f.write_all(b"7,1,2024-01-01,en,cough, PHIMARK7\n").expect("w"); // an unquoted comma
    f.write_all(b"1,1,2024-01-01,en,PHIMARK7 again\n").expect("w"); // duplicate of a rejected id: processed
    f.write_all(b"1,1,2024-01-01,en,PHIMARK8 duplicate\n").expect("w"); // duplicate
    f.write_all(b"9,1,2024-01-01,en,\"PHIMARK8 cut off").expect("w"); // truncated
    drop(f);
    let input = input.to_string_lossy().into_owned();
    for verbose in [false, true] {
        let mut args = vec![input.as_str(), "--max-note-bytes", "200"];
        if verbose {
            args.push("--verbose");
        }
        let r = extract(&args);
        assert_eq!(r.code, Some(3), "{}", r.stderr);
        assert_eq!(r.summary, Some((10, 1, 9, 0)));
        for m in MARKERS {
            assert!(!r.stderr.contains(m), "{m} on stderr (verbose {verbose}): {}", r.stderr);
            assert!(!r.rejects.contains(m), "{m} in the rejects (verbose {verbose}): {}", r.rejects);
        }
        // --verbose prints the location, field and reason of each reject, nothing more.
        let lines = r.stderr.lines().filter(|l| l.starts_with("symptext: rejected ")).count();
        assert_eq!(lines, if verbose { 9 } else { 0 });
    }
    // A file without its header: the first row, note text and all, is not echoed as "the header".
    let headerless = dir.path().join("headerless.csv");
    std::fs::write(&headerless, "1,7,2024-01-01,en,PHIMARK1 has a cough\n").expect("write");
    let r = extract(&[headerless.to_str().unwrap_or_default(), "--verbose"]);
    assert_eq!(r.code, Some(1));
    assert_eq!(
        r.stderr,
        format!(
            "symptext: error: {}: line 1: missing required column `note_id` (the first row, of 5 fields, does not look like a header: is it missing?)\n",
            headerless.display()
        )
    );
}
