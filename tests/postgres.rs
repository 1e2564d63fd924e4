//! PostgreSQL NOTE in, NOTE_NLP out, against a real server: `SYMPTEXT_TEST_PG` names it
//! (`postgres://symptext@127.0.0.1:PORT/symptext`, password in `PGPASSWORD`); `.ci/pg-cluster.sh start`
//! starts a throwaway one. Without it the tests are skipped, except in CI where that is a failure.
//! Each test uses its own tables.
#![cfg(feature = "postgres")]

mod common;

use std::collections::BTreeMap;
use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use common::{root, stderr, stdout};

const NLP_DATE: &str = "2024-01-01";

fn server() -> Option<String> {
    match std::env::var("SYMPTEXT_TEST_PG") {
        Ok(u) if !u.is_empty() => Some(u),
        _ => {
            assert!(std::env::var_os("CI").is_none(), "SYMPTEXT_TEST_PG is unset in CI (.ci/run starts a cluster with .ci/pg-cluster.sh)");
            // Straight to stderr, past the test harness's capture, so that the skip shows.
            let _ = writeln!(
                std::io::stderr(),
                "skipping a PostgreSQL test: SYMPTEXT_TEST_PG is unset; eval \"$(.ci/pg-cluster.sh start)\" starts a server"
            );
            None
        }
    }
}

fn password() -> String {
    std::env::var("PGPASSWORD").expect("PGPASSWORD is set with SYMPTEXT_TEST_PG")
}

fn client(url: &str) -> postgres::Client {
    let mut config: postgres::Config = url.parse().expect("SYMPTEXT_TEST_PG is a URL");
    if let Ok(p) = std::env::var("PGPASSWORD") {
        config.password(p);
    }
    let mut c = config.connect(postgres::NoTls).expect("connect to the test server");
    c.batch_execute("SET DateStyle = ISO, YMD").expect("DateStyle");
    c
}

/// The URL with the password in it.
fn url_with_password(url: &str) -> String {
    url.replacen("symptext@", &format!("symptext:{}@", password()), 1)
}

fn symptext(args: &[&str], envs: &[(&str, Option<&str>)]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_symptext"));
    cmd.args(args).current_dir(root());
    for (k, v) in envs {
        match v {
            Some(v) => cmd.env(k, v),
            None => cmd.env_remove(k),
        };
    }
    cmd.output().expect("run symptext")
}

/// A NOTE table loaded from corpus-sample/notes.csv.
fn load_notes(c: &mut postgres::Client, table: &str) {
    c.batch_execute(&format!(
        "DROP TABLE IF EXISTS {table}; CREATE TABLE {table} (note_id bigint, person_id bigint, note_date date, note_title text, language text, note_text text)"
    ))
    .expect("create NOTE table");
    let data = std::fs::read(root().join("corpus-sample/notes.csv")).expect("notes.csv");
    let mut w = c.copy_in(&format!("COPY {table} FROM STDIN WITH (FORMAT csv, HEADER true)")).expect("COPY in");
    w.write_all(&data).expect("COPY data");
    w.finish().expect("COPY finish");
}

fn drop_table(c: &mut postgres::Client, table: &str) {
    c.batch_execute(&format!("DROP TABLE IF EXISTS {table}")).expect("drop table");
}

type Row = Vec<String>;

/// All NOTE_NLP rows of a table as text (NULL as empty), by note_nlp_id.
fn table_rows(c: &mut postgres::Client, table: &str) -> BTreeMap<i64, Row> {
    let sql = format!(
        "SELECT note_nlp_id, note_nlp_id::text, note_id::text, section_concept_id::text, snippet, \"offset\", lexical_variant, \
         note_nlp_concept_id::text, note_nlp_source_concept_id::text, nlp_system, nlp_date::text, nlp_datetime::text, \
         term_exists, term_temporal, term_modifiers FROM {table}"
    );
    let mut out = BTreeMap::new();
    for r in c.query(sql.as_str(), &[]).expect("read NOTE_NLP") {
        let id: i64 = r.get(0);
        let row: Row = (1..15).map(|i| r.get::<_, Option<String>>(i).unwrap_or_default()).collect();
        assert!(out.insert(id, row).is_none(), "note_nlp_id {id} twice in {table}");
    }
    out
}

fn count(c: &mut postgres::Client, table: &str) -> i64 {
    c.query_one(format!("SELECT count(*) FROM {table}").as_str(), &[]).expect("count").get(0)
}

/// NOTE_NLP rows of a CSV file, by note_nlp_id.
fn csv_rows(path: &Path) -> BTreeMap<i64, Row> {
    let mut r = csv::Reader::from_path(path).expect("NOTE_NLP CSV");
    let mut out = BTreeMap::new();
    for rec in r.records() {
        let rec = rec.expect("CSV row");
        let row: Row = rec.iter().map(str::to_string).collect();
        let id: i64 = row[0].parse().expect("note_nlp_id");
        assert!(out.insert(id, row).is_none(), "note_nlp_id {id} twice in the CSV");
    }
    out
}

/// NOTE_NLP of corpus-sample/notes.csv through the CSV path.
fn csv_reference(dir: &Path) -> BTreeMap<i64, Row> {
    let out = dir.join("note_nlp.csv");
    let o = symptext(&["extract", "corpus-sample/notes.csv", "-o", out.to_str().expect("path"), "--nlp-date", NLP_DATE, "-q"], &[]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    csv_rows(&out)
}

#[test]
fn table_to_table_equals_the_csv_path_and_a_rerun_replaces_rows() {
    let Some(url) = server() else { return };
    let mut c = client(&url);
    load_notes(&mut c, "note_eq");
    drop_table(&mut c, "nlp_eq");
    let dir = tempfile::tempdir().expect("tempdir");
    let expected = csv_reference(dir.path());
    assert_eq!(expected.len(), 3217);
    let args = ["extract", &url, "--table", "note_eq", "-o", &url, "--output-table", "nlp_eq", "--create-table", "--nlp-date", NLP_DATE];
    let o = symptext(&args, &[]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(
        stderr(&o).lines().next().map(|l| l.split(';').next().unwrap_or("")),
        Some("symptext: read 712 notes: 712 processed, 0 rejected")
    );
    assert_eq!(table_rows(&mut c, "nlp_eq"), expected);
    // A row of another nlp_system stays; this system's rows are replaced, not duplicated.
    c.batch_execute(
        "INSERT INTO nlp_eq (note_nlp_id, note_id, lexical_variant, nlp_system, nlp_date) VALUES (-1, 1, 'cough', 'other 1.0', '2023-01-01')",
    )
    .expect("insert");
    let o = symptext(&args, &[]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(count(&mut c, "nlp_eq"), 3218);
    c.batch_execute("DELETE FROM nlp_eq WHERE nlp_system = 'other 1.0'").expect("delete");
    assert_eq!(table_rows(&mut c, "nlp_eq"), expected);
    // The table was created with the CDM columns and a note_id index.
    let index: i64 = c
        .query_one("SELECT count(*) FROM pg_indexes WHERE tablename = 'nlp_eq' AND indexdef LIKE '%(note_id)%'", &[])
        .expect("pg_indexes")
        .get(0);
    assert_eq!(index, 1);
}

#[test]
fn query_source_with_a_where_clause_to_csv() {
    let Some(url) = server() else { return };
    let mut c = client(&url);
    load_notes(&mut c, "note_q");
    let dir = tempfile::tempdir().expect("tempdir");
    let expected: BTreeMap<i64, Row> =
        csv_reference(dir.path()).into_iter().filter(|(_, r)| r[1].parse::<i64>().unwrap_or(0) <= 100).collect();
    let out = dir.path().join("q.csv");
    let o = symptext(
        &[
            "extract",
            &url,
            "--query",
            "SELECT note_id, language, note_text FROM note_q WHERE note_id <= 100 ORDER BY note_id;",
            "-o",
            out.to_str().expect("path"),
            "--nlp-date",
            NLP_DATE,
        ],
        &[],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stderr(&o).starts_with("symptext: read 100 notes: 100 processed, 0 rejected;"), "{}", stderr(&o));
    assert!(!expected.is_empty());
    assert_eq!(csv_rows(&out), expected);
}

#[test]
fn bad_rows_are_rejects_naming_source_row_and_field_and_the_password_is_never_shown() {
    let Some(url) = server() else { return };
    let pw = password();
    let mut c = client(&url);
    load_notes(&mut c, "note_bad");
    drop_table(&mut c, "nlp_bad");
    let dir = tempfile::tempdir().expect("tempdir");
    let rejects = dir.path().join("rejects.csv");
    let query = "SELECT CASE WHEN note_id = 3 THEN 'x3' WHEN note_id = 5 THEN NULL ELSE note_id::text END AS note_id, note_text, \
                 CASE WHEN note_id = 7 THEN 'soon' ELSE note_date::text END AS note_date, person_id, language \
                 FROM note_bad WHERE note_bad.note_id <= 10 ORDER BY note_bad.note_id";
    let full = url_with_password(&url);
    let o = symptext(
        &[
            "extract",
            &full,
            "--query",
            query,
            "-o",
            &full,
            "--output-table",
            "nlp_bad",
            "--create-table",
            "--rejects",
            rejects.to_str().expect("path"),
            "--verbose",
            "--nlp-date",
            NLP_DATE,
        ],
        &[("PGPASSWORD", None)],
    );
    assert_eq!(o.status.code(), Some(3), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(err.contains("symptext: read 10 notes: 7 processed, 3 rejected;"), "{err}");
    let report = std::fs::read_to_string(&rejects).expect("rejects report");
    assert_eq!(
        report,
        format!(
            "file,line,note_id,field,reason\n{url},3,,note_id,not an integer\n{url},5,,note_id,empty note_id\n{url},7,7,note_date,not a date (expected YYYY-MM-DD)\n"
        )
    );
    assert!(err.contains(&format!("symptext: rejected {url}:3: field note_id: not an integer")), "{err}");
    let notes: Vec<i64> =
        c.query("SELECT DISTINCT note_id FROM nlp_bad ORDER BY 1", &[]).expect("notes").iter().map(|r| r.get(0)).collect();
    assert!(notes.iter().all(|n| ![3, 5, 7].contains(n)) && !notes.is_empty(), "{notes:?}");
    for text in [err, stdout(&o), report] {
        assert!(!text.contains(&pw), "the password was shown");
    }
}

#[test]
fn errors_name_the_server_without_the_password() {
    let Some(url) = server() else { return };
    let pw = password();
    let full = url_with_password(&url);
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("x.csv");
    let out = out.to_str().expect("path");
    // A wrong password in the URL.
    let wrong = url.replacen("symptext@", "symptext:Wr0ngPassw0rd@", 1);
    let o = symptext(&["extract", &wrong, "-o", out], &[("PGPASSWORD", None)]);
    assert_eq!(o.status.code(), Some(1));
    let e = stderr(&o);
    assert!(e.starts_with(&format!("symptext: error: {url}: cannot connect: ")), "{e}");
    assert!(e.contains("password authentication failed for user \"symptext\""), "{e}");
    assert!(!e.contains("Wr0ngPassw0rd"), "{e}");
    // A query on a missing table, the password in the URL.
    let o = symptext(&["extract", &full, "--query", "SELECT * FROM no_such_table", "-o", out], &[("PGPASSWORD", None)]);
    assert_eq!(o.status.code(), Some(1));
    let e = stderr(&o);
    assert!(e.contains(&format!("{url}: preparing the --query: db error: ERROR: relation \"no_such_table\" does not exist")), "{e}");
    assert!(!e.contains(&pw), "{e}");
    // An output table that does not exist, without --create-table.
    let o = symptext(&["extract", "corpus-sample/notes.csv", "-o", &full, "--output-table", "nlp_absent"], &[("PGPASSWORD", None)]);
    assert_eq!(o.status.code(), Some(1));
    let e = stderr(&o);
    assert_eq!(
        e.trim_end(),
        format!("symptext: error: {url}: table nlp_absent does not exist (--create-table creates it from the OMOP CDM v5.4 DDL)")
    );
    // A query without note_text.
    let o = symptext(&["extract", &url, "--query", "SELECT 1 AS note_id", "-o", out], &[]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(stderr(&o).trim_end(), format!("symptext: error: {url}: missing required column `note_text` (the result has: note_id)"));
}

#[test]
fn a_constraint_violation_is_an_error_with_context() {
    let Some(url) = server() else { return };
    let mut c = client(&url);
    c.batch_execute(
        "DROP TABLE IF EXISTS nlp_pk; CREATE TABLE nlp_pk (note_nlp_id bigint PRIMARY KEY, note_id bigint NOT NULL, section_concept_id integer, \
         snippet varchar(250), \"offset\" varchar(50), lexical_variant varchar(250) NOT NULL, note_nlp_concept_id integer, \
         note_nlp_source_concept_id integer, nlp_system varchar(250), nlp_date date NOT NULL, nlp_datetime timestamp, \
         term_exists varchar(1), term_temporal varchar(50), term_modifiers varchar(2000));
         INSERT INTO nlp_pk (note_nlp_id, note_id, lexical_variant, nlp_system, nlp_date) VALUES (65536, 1, 'x', 'another system', '2023-01-01');",
    )
    .expect("create table");
    let o = symptext(&["extract", "corpus-sample/notes.csv", "-o", &url, "--output-table", "nlp_pk", "--nlp-date", NLP_DATE], &[]);
    assert_eq!(o.status.code(), Some(1));
    let e = stderr(&o);
    assert!(e.starts_with(&format!("symptext: error: {url}: writing a batch of ")), "{e}");
    assert!(e.contains("to table nlp_pk: db error: ERROR: duplicate key value violates unique constraint \"nlp_pk_pkey\""), "{e}");
    // The failed batch left nothing: only the row that was there.
    assert_eq!(count(&mut c, "nlp_pk"), 1);
}

#[test]
fn pgpass_file_gives_the_password_and_a_readable_one_is_ignored() {
    let Some(url) = server() else { return };
    let pw = password();
    let config: postgres::Config = url.parse().expect("URL");
    let port = config.get_ports().first().copied().unwrap_or(5432);
    let dir = tempfile::tempdir().expect("tempdir");
    let pgpass = dir.path().join("pgpass");
    std::fs::write(&pgpass, format!("# test\nelsewhere:1:x:y:nope\n127.0.0.1:{port}:symptext:symptext:{pw}\n")).expect("pgpass");
    let out = dir.path().join("one.csv");
    let args = [
        "extract",
        &url,
        "--query",
        "SELECT 42::bigint AS note_id, 'Nil fever. c/o cough.'::text AS note_text, 'en' AS language",
        "-o",
        out.to_str().expect("path"),
        "--nlp-date",
        NLP_DATE,
        "-q",
    ];
    let env = [("PGPASSWORD", None), ("PGPASSFILE", Some(pgpass.to_str().expect("path")))];
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&pgpass, std::fs::Permissions::from_mode(0o600)).expect("chmod");
    let o = symptext(&args, &env);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let rows = csv_rows(&out);
    let concepts: Vec<(&str, &str)> = rows.values().map(|r| (r[5].as_str(), r[11].as_str())).collect();
    assert_eq!(concepts, vec![("fever", "N"), ("cough", "Y")]);
    // Group-readable: ignored with a warning, as libpq does, so no password and the login fails.
    std::fs::set_permissions(&pgpass, std::fs::Permissions::from_mode(0o644)).expect("chmod");
    let o = symptext(&args, &env);
    assert_eq!(o.status.code(), Some(1));
    let e = stderr(&o);
    assert!(e.contains("has group or world access; permissions should be u=rw (0600) or less; ignored"), "{e}");
    assert!(!e.contains(&pw));
}

/// 19,936 notes: the sample 28 times over with new ids.
fn big_notes(c: &mut postgres::Client, table: &str) {
    let base = format!("{table}_base");
    load_notes(c, &base);
    c.batch_execute(&format!(
        "DROP TABLE IF EXISTS {table}; CREATE TABLE {table} AS SELECT note_id + g * 100000 AS note_id, person_id, note_date, language, note_text \
         FROM {base}, generate_series(0, 27) AS g"
    ))
    .expect("NOTE table");
    assert_eq!(count(c, table), 712 * 28);
}

/// Wait until `table` exists and holds rows, the child still running.
fn wait_for_rows(c: &mut postgres::Client, child: &mut std::process::Child, table: &str) -> i64 {
    let started = Instant::now();
    loop {
        let exists: bool = c.query_one("SELECT to_regclass($1) IS NOT NULL", &[&table]).expect("regclass").get(0);
        let n = if exists { count(c, table) } else { 0 };
        if n > 0 {
            return n;
        }
        assert!(child.try_wait().expect("try_wait").is_none(), "the run ended before any batch was seen");
        assert!(started.elapsed() < Duration::from_secs(120), "no batch committed in 120 s");
        std::thread::sleep(Duration::from_millis(10));
    }
}

#[test]
fn a_lost_connection_is_an_error_naming_the_batch() {
    let Some(url) = server() else { return };
    let mut c = client(&url);
    big_notes(&mut c, "note_lost");
    drop_table(&mut c, "nlp_lost");
    // The writer's session is told apart by its application_name.
    let out = format!("{url}?application_name=symptext_lost_test");
    let mut child = Command::new(env!("CARGO_BIN_EXE_symptext"))
        .args(["extract", &url, "--table", "note_lost", "-o", &out, "--output-table", "nlp_lost", "--create-table", "-q"])
        .current_dir(root())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    wait_for_rows(&mut c, &mut child, "nlp_lost");
    // End the writer's session on the server.
    let ended: i64 = c
        .query_one(
            "SELECT count(*) FROM (SELECT pg_terminate_backend(pid) FROM pg_stat_activity \
             WHERE application_name = 'symptext_lost_test') t",
            &[],
        )
        .expect("terminate")
        .get(0);
    assert_eq!(ended, 1);
    let o = child.wait_with_output().expect("wait");
    assert_eq!(o.status.code(), Some(1));
    let e = stderr(&o);
    assert!(e.starts_with(&format!("symptext: error: {out}: writing a batch of ")), "{e}");
    assert!(e.contains("to table nlp_lost: "), "{e}");
}

#[test]
fn a_killed_run_rerun_gives_exactly_the_table_of_an_uninterrupted_run() {
    let Some(url) = server() else { return };
    let mut c = client(&url);
    big_notes(&mut c, "note_kill");
    c.batch_execute("DROP TABLE IF EXISTS nlp_kill_ref; DROP TABLE IF EXISTS nlp_kill").expect("drop");
    let args = |table: &'static str| {
        vec![
            "extract".to_string(),
            url.clone(),
            "--table".into(),
            "note_kill".into(),
            "-o".into(),
            url.clone(),
            "--output-table".into(),
            table.into(),
            "--create-table".into(),
            "--nlp-date".into(),
            NLP_DATE.into(),
            "-q".into(),
        ]
    };
    let reference = {
        let a = args("nlp_kill_ref");
        let o = Command::new(env!("CARGO_BIN_EXE_symptext")).args(&a).current_dir(root()).output().expect("run");
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        table_rows(&mut c, "nlp_kill_ref")
    };
    // Start a run, kill -9 it once some batches are committed.
    let mut child = Command::new(env!("CARGO_BIN_EXE_symptext"))
        .args(args("nlp_kill"))
        .current_dir(root())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawn");
    let partial = wait_for_rows(&mut c, &mut child, "nlp_kill");
    assert!(child.try_wait().expect("try_wait").is_none(), "the run ended before it could be killed");
    child.kill().expect("kill -9");
    let status = child.wait().expect("wait");
    assert_eq!(status.code(), None, "killed by a signal");
    let after_kill = count(&mut c, "nlp_kill");
    assert!(after_kill >= partial && (after_kill as usize) < reference.len(), "{after_kill} of {}", reference.len());
    // Rerun: the same final table.
    let o = Command::new(env!("CARGO_BIN_EXE_symptext")).args(args("nlp_kill")).current_dir(root()).output().expect("rerun");
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let rerun = table_rows(&mut c, "nlp_kill");
    assert_eq!(rerun.len(), reference.len());
    assert!(rerun == reference, "the rerun table differs from the uninterrupted run's");
}
