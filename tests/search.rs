#![cfg(feature = "index")]
//! The search index: `symptext index` over corpus-sample and a multilingual fixture, then exact hit
//! sets through the library API, and the CLI's output, deletes, replacement and a kill -9 mid-build.
//!
//! The shared index is built once per test binary (under CARGO_TARGET_TMPDIR) by the CLI.

mod common;

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use common::{root, stderr, stdout, symptext};
use symptext::index::{resolve_concept, NoteIndex, SearchQuery};
use symptext::{Engine, Lang, Status};

const MULTILINGUAL: &str = "tests/fixtures/search_notes_multilingual.csv";
const CONDITIONS: &str = "tests/fixtures/search_condition_occurrence.csv";
const OBSERVATIONS: &str = "tests/fixtures/search_observation.csv";
/// A few French terms, so the French name test does not depend on the builtin lexicon.
const FR_LEXICON: &str = "tests/fixtures/search_lexicons";

const COUGH: i64 = 254761;
const DYSPNOEA: i64 = 312437;

fn tmp(name: &str) -> PathBuf {
    let p = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&p);
    p
}

/// The shared index: corpus-sample + the multilingual fixture + coded rows.
fn index() -> &'static NoteIndex {
    static INDEX: OnceLock<NoteIndex> = OnceLock::new();
    INDEX.get_or_init(|| {
        let dir = tmp("search-index");
        let d = dir.to_string_lossy().into_owned();
        let o = symptext(&[
            "index",
            "corpus-sample/notes.csv",
            MULTILINGUAL,
            "--coded",
            CONDITIONS,
            "--coded",
            OBSERVATIONS,
            "--lexicons",
            FR_LEXICON,
            "--index",
            &d,
            "--rejects",
            &format!("{d}.rejects.csv"),
        ]);
        // 3: done, with the one bad coded row rejected.
        assert_eq!(o.status.code(), Some(3), "{}", stderr(&o));
        let rejects = std::fs::read_to_string(format!("{d}.rejects.csv")).expect("rejects report");
        assert_eq!(rejects, format!("file,line,note_id,field,reason\n{CONDITIONS},6,,person_id,not an integer\n"));
        NoteIndex::open(&dir).expect("open the index")
    })
}

fn ids(q: SearchQuery) -> Vec<i64> {
    let res = index().search(&SearchQuery { limit: 10_000, ..q }).expect("search");
    let mut v: Vec<i64> = res.hits.iter().map(|h| h.note_id).collect();
    assert_eq!(res.total as usize, v.len(), "total and hits differ");
    v.sort_unstable();
    v
}

fn text(q: &str) -> SearchQuery {
    SearchQuery { text: Some(q.into()), ..Default::default() }
}

fn in_lang(lang: Lang, q: &str) -> Vec<i64> {
    ids(SearchQuery { lang: Some(lang), ..text(q) })
}

fn concept(c: i64, statuses: &[Status]) -> SearchQuery {
    SearchQuery { concepts: vec![vec![c]], statuses: statuses.to_vec(), ..Default::default() }
}

fn date(s: &str) -> Option<chrono::NaiveDate> {
    chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()
}

#[test]
fn phrase_query() {
    assert_eq!(ids(text("\"worse at night\"")), [120, 121, 190, 323, 387]);
    assert_eq!(ids(text("\"night sweats\"")), [26, 52, 76, 109, 121, 190, 242, 319, 350, 367]);
    // Words without an operator must all match; a phrase must be in order.
    assert_eq!(ids(text("\"night sweats\" \"worse at night\"")), [121, 190]);
    assert_eq!(ids(text("\"sweats night\"")), Vec::<i64>::new());
}

#[test]
fn concept_and_status_filter() {
    assert_eq!(
        ids(concept(4185711, &[Status::Affirmed])),
        [32, 90, 126, 10015, 10017, 10034, 20018, 20023, 20029, 30017, 30024, 40001, 50014, 50015, 60007, 60016, 60028]
    ); // anosmia
    assert_eq!(
        ids(SearchQuery { text: Some("\"night sweats\"".into()), ..concept(COUGH, &[Status::Affirmed]) }),
        [52, 109, 121, 190, 319, 367]
    );
}

#[test]
fn negated_only_filter() {
    assert_eq!(
        ids(concept(315078, &[Status::Negated])),
        [218, 236, 250, 400, 10019, 20002, 20029, 30003, 40008, 50002, 50026, 50029, 60004, 60010, 60018, 60035, 60040, 60044]
    ); // palpitations
    assert_eq!(
        ids(concept(378253, &[Status::Negated])),
        [71, 72, 85, 137, 166, 178, 222, 335, 344, 378, 10009, 10023, 10045, 20028, 30021, 40019, 40020, 40024, 50027, 60011, 60020, 60050]
    );
    // headache
}

#[test]
fn date_range() {
    let q = SearchQuery { from: date("2023-06-01"), to: date("2023-12-31"), ..concept(COUGH, &[Status::Affirmed]) };
    assert_eq!(ids(q), [366, 367, 380, 387, 398, 403, 405, 411, 60038]);
    // Bounds are inclusive: note 6 is dated 2020-01-26.
    assert_eq!(ids(SearchQuery { person: Some(68849), from: date("2020-01-26"), to: date("2020-01-26"), ..Default::default() }), [6]);
}

#[test]
fn person_filter() {
    assert_eq!(ids(SearchQuery { person: Some(68849), ..Default::default() }), [6, 108, 261, 332, 345, 411]);
    assert_eq!(ids(SearchQuery { person: Some(68849), ..concept(COUGH, &[]) }), [6, 261, 411]);
}

#[test]
fn coded_and_not_coded() {
    // Coded cough: persons 68849, 39669, 13851 (CONDITION_OCCURRENCE) and 83480 (OBSERVATION).
    let coded = |yes: bool, within: Option<u32>, person: Option<i64>| {
        ids(SearchQuery { coded: Some(yes), coded_within: within, person, ..concept(COUGH, &[]) })
    };
    assert_eq!(coded(true, None, None), [6, 18, 20, 121, 126, 144, 245, 261, 366, 411]);
    // Within 30 days of the note: note 6 (6 days after), 126 (4 days), 144 (7 days).
    assert_eq!(coded(true, Some(30), None), [6, 126, 144]);
    // In text but not coded within 30 days, for person 39669: note 121 is 51 days after.
    assert_eq!(coded(false, Some(30), Some(39669)), [18, 121]);
    let all_cough = ids(concept(COUGH, &[]));
    let not_coded = coded(false, None, None);
    assert_eq!(not_coded.len() + 10, all_cough.len());
    assert!(!not_coded.contains(&6) && not_coded.contains(&7));
    // Dyspnoea is coded for 60082 and 501 only.
    assert_eq!(ids(SearchQuery { coded: Some(true), ..concept(DYSPNOEA, &[]) }), [25, 39, 62, 990001]);
    let e = index().search(&SearchQuery { coded: Some(true), ..Default::default() }).err().map(|e| e.to_string());
    assert_eq!(e.as_deref(), Some("a coded filter needs a concept (--concept)"));
}

#[test]
fn french_concept_name_resolves() {
    // The builtin lexicons: a French, a German and a Spanish term, an English name and term, an id.
    let builtin = Engine::new().expect("engine");
    assert_eq!(resolve_concept(&builtin, "essoufflement"), Some(vec![DYSPNOEA]));
    assert_eq!(resolve_concept(&builtin, "toux"), Some(vec![COUGH]));
    assert_eq!(resolve_concept(&builtin, "Husten"), Some(vec![COUGH]));
    assert_eq!(resolve_concept(&builtin, "tos"), Some(vec![COUGH]));
    // And with a user lexicon directory, as `--lexicons` gives.
    let engine = Engine::builder().lexicon_dir(root().join(FR_LEXICON)).build().expect("engine");
    assert_eq!(resolve_concept(&engine, "essoufflement"), Some(vec![DYSPNOEA]));
    assert_eq!(resolve_concept(&engine, "Dyspnea"), Some(vec![DYSPNOEA]));
    assert_eq!(resolve_concept(&engine, "breathlessness"), Some(vec![DYSPNOEA]));
    assert_eq!(resolve_concept(&engine, "312437"), Some(vec![DYSPNOEA]));
    assert_eq!(resolve_concept(&engine, "no such symptom"), None);
    let fr = |c: i64| ids(SearchQuery { lang: Some(Lang::Fr), ..concept(c, &[]) });
    assert_eq!(fr(DYSPNOEA), [10008, 10015, 10016, 10027, 10030, 10032, 10034, 10040, 10043, 10047, 990001, 990002]);
    assert_eq!(fr(COUGH), [10001, 10012, 10014, 10015, 10029, 10030, 10033, 10034, 10040, 990001]);
    // The CLI resolves the name the same way.
    let dir = index().dir().to_string_lossy().into_owned();
    let o =
        symptext(&["search", "--index", &dir, "--concept", "essoufflement", "--lang", "fr", "--lexicons", FR_LEXICON, "--color", "never"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    let mut got: Vec<&str> = out.lines().map(|l| l.split(':').next().unwrap_or("")).collect();
    got.sort_unstable();
    assert_eq!(got, ["10008", "10015", "10016", "10027", "10030", "10032", "10034", "10040", "10043", "10047", "990001", "990002"]);
}

#[test]
fn stemming_and_accent_folding_in_seven_languages() {
    // French: case, accents, plural.
    assert_eq!(in_lang(Lang::Fr, "TOUX"), [10001, 10012, 10014, 10015, 10029, 10030, 10033, 10034, 10040, 990001]);
    assert_eq!(
        in_lang(Lang::Fr, "fievre"),
        [10001, 10004, 10005, 10012, 10013, 10014, 10015, 10022, 10028, 10030, 10031, 10033, 10034, 10040, 10042, 10044, 10048, 990001]
    );
    assert_eq!(
        in_lang(Lang::Fr, "douleur"),
        [
            10002, 10007, 10008, 10011, 10013, 10015, 10016, 10019, 10022, 10027, 10028, 10033, 10035, 10038, 10040, 10043, 10044, 10049,
            10050, 990002
        ]
    );
    // German: umlaut folding, plural stem; a compound is one word.
    assert_eq!(in_lang(Lang::De, "ubelkeit"), [40005, 40015, 40019, 40028, 40041, 40043, 40047, 990011]);
    assert_eq!(in_lang(Lang::De, "kopfschmerz"), [40005, 40020, 40024, 990011]);
    assert_eq!(in_lang(Lang::De, "schmerz"), [40027, 40036, 40047, 990012]);
    // Spanish.
    assert_eq!(in_lang(Lang::Es, "nauseas"), [20006, 20008, 20028, 990021]);
    assert_eq!(
        in_lang(Lang::Es, "dolor"),
        [20001, 20002, 20004, 20005, 20009, 20011, 20015, 20018, 20020, 20022, 20032, 20033, 20040, 20044, 20045, 20047, 20048, 990021]
    );
    // Italian.
    assert_eq!(in_lang(Lang::It, "difficolta"), [30007, 30014, 30015, 30023, 30027, 30029, 990032]);
    assert_eq!(in_lang(Lang::It, "dolore"), [30003, 30005, 30012, 30017, 30019, 30023, 30031, 30039, 30042, 30049, 30050, 990031]);
    // Dutch and Romanian.
    assert_eq!(in_lang(Lang::Nl, "misselijk"), [50004, 50027, 990041]);
    assert_eq!(in_lang(Lang::Nl, "hoest"), [50001, 50012, 50013, 50014, 50016, 50025, 50043, 50045, 990041]);
    assert_eq!(in_lang(Lang::Ro, "seaca"), [60007, 990051]);
    assert_eq!(
        in_lang(Lang::Ro, "febra"),
        [
            60001, 60003, 60006, 60007, 60008, 60010, 60012, 60014, 60019, 60022, 60030, 60032, 60038, 60039, 60041, 60044, 60045, 60047,
            60049, 990051
        ]
    );
    // English: `coughing` finds `Coughs`.
    assert_eq!(ids(SearchQuery { person: Some(561), ..text("coughing") }), [990061]);
    // Without --lang the query is analysed in every language.
    assert_eq!(ids(text("tos")), [20003, 20014, 20018, 20023, 20042, 20048, 990022]);
}

#[test]
fn fuzzy_and_boolean_queries() {
    assert_eq!(in_lang(Lang::Fr, "tuox~1"), [10001, 10012, 10014, 10015, 10029, 10030, 10033, 10034, 10040, 990001]); // a transposition is one edit
    assert_eq!(in_lang(Lang::Fr, "taxx~1"), Vec::<i64>::new());
    assert_eq!(
        in_lang(Lang::Fr, "taxx~2"),
        [10001, 10002, 10012, 10014, 10015, 10029, 10030, 10031, 10032, 10033, 10034, 10040, 10041, 10043, 990001]
    );
    assert_eq!(in_lang(Lang::Fr, "toxx~"), [10001, 10012, 10014, 10015, 10029, 10030, 10033, 10034, 10040, 990001]);
    assert_eq!(
        in_lang(Lang::Fr, "toux OR douleur"),
        [
            10001, 10002, 10007, 10008, 10011, 10012, 10013, 10014, 10015, 10016, 10019, 10022, 10027, 10028, 10029, 10030, 10033, 10034,
            10035, 10038, 10040, 10043, 10044, 10049, 10050, 990001, 990002
        ]
    );
    assert_eq!(in_lang(Lang::Fr, "ordonnance -toux"), [990003]);
    let e = index().search(&text("\"unclosed")).err().map(|e| e.to_string());
    assert!(e.is_some_and(|e| e.starts_with("query `\"unclosed`")));
}

#[test]
fn hits_carry_mentions_and_a_marked_snippet() {
    let res = index().search(&SearchQuery { limit: 1, person: Some(86009), ..concept(315078, &[Status::Negated]) }).expect("search");
    assert_eq!(res.total, 1);
    let hit = &res.hits[0];
    assert_eq!((hit.note_id, hit.person_id, hit.note_date), (218, Some(86009), date("2022-01-11")));
    let m = hit.mentions.iter().find(|m| m.concept_id == 315078).expect("palpitations mention");
    assert_eq!((m.status, m.modifiers.negated, &hit.text[m.start..m.end]), (Status::Negated, true, "palpitations"));
    let snip = hit.snippet(80);
    assert!(snip.text.chars().count() <= 82 && !snip.text.contains('\n'), "{}", snip.text);
    assert!(snip.marks.iter().any(|k| &snip.text[k.start..k.end] == "palpitations"));
    let q = index().search(&SearchQuery { limit: 1, person: Some(86009), ..text("palpitation") }).expect("search");
    let s = q.hits[0].snippet(80);
    assert!(s.marks.iter().any(|k| k.kind == symptext::index::MarkKind::Query && &s.text[k.start..k.end] == "palpitations"), "{s:?}");
}

#[test]
fn cli_json_count_text_and_stats() {
    let dir = index().dir().to_string_lossy().into_owned();
    let o = symptext(&["search", "--index", &dir, "--concept", "palpitations", "--status", "negated", "--json"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let lines: Vec<serde_json::Value> = stdout(&o).lines().map(|l| serde_json::from_str(l).expect("json line")).collect();
    assert_eq!(
        {
            let mut v: Vec<i64> = lines.iter().map(|v| v["note_id"].as_i64().unwrap_or(0)).collect();
            v.sort_unstable();
            v
        },
        [218, 236, 250, 400, 10019, 20002, 20029, 30003, 40008, 50002, 50026, 50029, 60004, 60010, 60018, 60035, 60040, 60044]
    );
    let first = &lines[0];
    for key in ["note_id", "person_id", "note_date", "score", "snippet", "mentions"] {
        assert!(first.get(key).is_some(), "missing {key}: {first}");
    }
    let m = first["mentions"].as_array().and_then(|a| a.iter().find(|m| m["concept_id"] == 315078)).expect("mention");
    assert_eq!(
        (m["name"].as_str(), m["status"].as_str(), m["modifiers"]["negated"].as_bool()),
        (Some("Palpitations"), Some("negated"), Some(true))
    );
    assert!(m["offset"].as_u64().is_some());

    let o = symptext(&["search", "--index", &dir, "--concept", "Dyspnea", "--status", "negated,uncertain", "--count"]);
    let n: u64 = stdout(&o).trim().parse().expect("a count");
    let want = ids(concept(DYSPNOEA, &[Status::Negated, Status::Uncertain])).len() as u64;
    assert_eq!(n, want);

    // Plain text output (not a terminal): no colour codes; note:person:date:lang: snippet.
    let o = symptext(&["search", "--index", &dir, "\"worse at night\"", "--limit", "2"]);
    let out = stdout(&o);
    assert!(!out.contains('\x1b'));
    assert_eq!(out.lines().count(), 2);
    assert!(out.lines().all(|l| l.split(':').count() >= 5), "{out}");
    assert!(stderr(&o).contains("showing 2 of 5 notes"), "{}", stderr(&o));
    let o = symptext(&["search", "--index", &dir, "\"worse at night\"", "--limit", "1", "--color", "always"]);
    assert!(stdout(&o).contains("\x1b[1;31m"), "{}", stdout(&o));

    let o = symptext(&["stats", "--index", &dir, "--top", "2"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let s = stdout(&o);
    for want in ["notes      724", "persons    236", "dates      2020-01-03 .. 2023-12-29", "coded      6 rows, 6 persons", "top negated:"]
    {
        assert!(s.contains(want), "missing `{want}` in\n{s}");
    }
    let st = index().stats(3, None).expect("stats");
    assert_eq!(st.languages.get(&Lang::En), Some(&413));
    assert_eq!(st.top_concepts.get(&Status::Negated).map(|v| v[0].concept_id), Some(437663));
    // fever
}

#[test]
fn bad_usage_is_reported() {
    let dir = index().dir().to_string_lossy().into_owned();
    let o = symptext(&["search", "--index", &dir, "--coded", "yes"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("--coded needs --concept"), "{}", stderr(&o));
    let o = symptext(&["search", "--index", &dir, "--concept", "zzzz"]);
    assert_eq!(o.status.code(), Some(1));
    let o = symptext(&["search", "--index", &dir, "--status", "maybe"]);
    assert_eq!(o.status.code(), Some(1));
    let missing = tmp("search-missing").to_string_lossy().into_owned();
    let o = symptext(&["search", "--index", &missing, "x"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("not an index"), "{}", stderr(&o));
}

#[test]
fn reindexing_replaces_and_delete_removes() {
    let dir = tmp("search-replace");
    let d = dir.to_string_lossy().into_owned();
    let o = symptext(&["index", MULTILINGUAL, "--index", &d, "-q"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let count = |q: SearchQuery| NoteIndex::open(&dir).and_then(|i| i.count(&q)).expect("count");
    assert_eq!(count(SearchQuery::default()), 12);
    // The same note again, with new text: replaced, not added.
    let csv = Path::new(env!("CARGO_TARGET_TMPDIR")).join("search-replace.csv");
    std::fs::write(&csv, "note_id,person_id,note_date,language,note_text\n990001,501,2021-02-01,fr,\"Céphalées depuis hier.\"\n")
        .expect("write");
    let o = symptext(&["index", &csv.to_string_lossy(), "--index", &d, "-q"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(count(SearchQuery::default()), 12);
    assert_eq!(count(SearchQuery { lang: Some(Lang::Fr), ..text("toux") }), 0);
    assert_eq!(count(SearchQuery { lang: Some(Lang::Fr), ..text("cephalees") }), 1);
    let o = symptext(&["index", "--index", &d, "--delete", "990001,990011", "--delete", "5", "-q"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(count(SearchQuery::default()), 10);
    assert_eq!(count(SearchQuery { person: Some(511), ..Default::default() }), 0);
}

/// corpus-sample `times` over, with fresh note ids 1..; returns the file and the number of notes.
fn repeated_corpus(name: &str, times: usize) -> (PathBuf, u64) {
    let csv = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let mut rdr = csv::Reader::from_path(root().join("corpus-sample/notes.csv")).expect("corpus-sample");
    let rows: Vec<csv::StringRecord> = rdr.records().collect::<Result<_, _>>().expect("rows");
    let mut w = csv::Writer::from_writer(std::io::BufWriter::new(std::fs::File::create(&csv).expect("create")));
    w.write_record(["note_id", "person_id", "note_date", "language", "note_text"]).expect("write");
    let mut id = 0u64;
    for _ in 0..times {
        for r in &rows {
            id += 1;
            let id_s = id.to_string();
            w.write_record([id_s.as_str(), &r[1], &r[2], &r[4], &r[5]]).expect("write");
        }
    }
    w.flush().expect("flush");
    (csv, id)
}

/// Start `symptext index` on `csv` into `dir`, wait for its first commit, then send `signal` with kill(1).
fn interrupt_index(csv: &Path, dir: &Path, signal: &str) -> std::process::ExitStatus {
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_symptext"))
        .args(["index", &csv.to_string_lossy(), "--index", &dir.to_string_lossy(), "--commit-every", "500", "-q", "--threads", "1"])
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("spawn symptext index");
    let started = std::time::Instant::now();
    loop {
        let n = NoteIndex::open(dir).and_then(|i| i.count(&SearchQuery::default())).unwrap_or(0);
        if n > 0 || started.elapsed().as_secs() > 60 {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    let k = std::process::Command::new("kill").args([signal, &child.id().to_string()]).status().expect("kill");
    assert!(k.success());
    child.wait().expect("wait")
}

#[test]
fn ctrl_c_or_kill_9_during_index_then_resume_indexes_every_note_exactly_once() {
    let (csv, total) = repeated_corpus("search-resume.csv", 30);
    for (signal, name) in [("-INT", "search-resume-int"), ("-KILL", "search-resume-kill")] {
        let dir = tmp(name);
        let status = interrupt_index(&csv, &dir, signal);
        let before = NoteIndex::open(&dir).expect("the interrupted index opens").note_ids().expect("ids").len() as u64;
        if signal == "-INT" {
            // Ctrl-C: the run stops after its batch, commits it, and says how to continue.
            assert_eq!(status.code(), Some(130), "{signal}: {status}");
        }
        assert!(before > 0 && before < total, "{signal}: {before} of {total} notes before the resume");
        let o = symptext(&["index", &csv.to_string_lossy(), "--index", &dir.to_string_lossy(), "--resume"]);
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        assert!(stderr(&o).contains(&format!("({total} read, 0 rejected, {before} already in the index;")), "{}", stderr(&o));
        let index = NoteIndex::open(&dir).expect("open");
        // Every note once: as many notes as distinct note ids, and all of them.
        assert_eq!(index.count(&SearchQuery::default()).expect("count"), total, "{signal}");
        assert_eq!(index.note_ids().expect("ids").len() as u64, total, "{signal}");
    }
}

#[test]
fn kill_9_during_index_leaves_an_index_at_its_last_commit() {
    const EVERY: u64 = 500;
    let dir = tmp("search-killed");
    let d = dir.to_string_lossy().into_owned();
    // corpus-sample 40 times over, with fresh note ids: about 28,000 notes.
    let csv = Path::new(env!("CARGO_TARGET_TMPDIR")).join("search-killed.csv");
    {
        let mut rdr = csv::Reader::from_path(root().join("corpus-sample/notes.csv")).expect("corpus-sample");
        let rows: Vec<csv::StringRecord> = rdr.records().collect::<Result<_, _>>().expect("rows");
        let mut w = csv::Writer::from_writer(std::io::BufWriter::new(std::fs::File::create(&csv).expect("create")));
        w.write_record(["note_id", "person_id", "note_date", "language", "note_text"]).expect("write");
        let mut id = 0u64;
        for _ in 0..40 {
            for r in &rows {
                id += 1;
                let id_s = id.to_string();
                w.write_record([id_s.as_str(), &r[1], &r[2], &r[4], &r[5]]).expect("write");
            }
        }
        w.flush().expect("flush");
    }
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_symptext"))
        .args(["index", &csv.to_string_lossy(), "--index", &d, "--commit-every", &EVERY.to_string(), "-q", "--threads", "1"])
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("spawn symptext index");
    // Wait for a first commit, then kill.
    let started = std::time::Instant::now();
    loop {
        let n = NoteIndex::open(&dir).and_then(|i| i.count(&SearchQuery::default())).unwrap_or(0);
        if n > 0 || started.elapsed().as_secs() > 60 {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    child.kill().expect("kill -9"); // SIGKILL on Unix
    let status = child.wait().expect("wait");
    let index = NoteIndex::open(&dir).expect("the killed index opens");
    let n = index.count(&SearchQuery::default()).expect("count");
    assert!(n > 0 && n % EVERY == 0 || status.success() && n == 40 * 412, "{n} notes after kill ({status})");
    // It answers queries, and a new writer can take over.
    assert!(index.count(&text("cough")).expect("search") > 0);
    let o = symptext(&["index", MULTILINGUAL, "--index", &d, "-q"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let after = NoteIndex::open(&dir).and_then(|i| i.count(&SearchQuery::default())).expect("count");
    assert_eq!(after, n + 12);
}
