//! `symptext export`: a synthetic cohort built by hand, NOTE_NLP from the real engine, coded rows and
//! index dates, with the expected long, wide and summary tables written out below.
//!
//! The cohort (index dates; day = note or coded date minus index date):
//! - person 1, infected, index 2021-01-01: `c/o cough.` day 83 (out of 84..), `Persistent cough and
//!   fatigue.` day 84 (in), `Nil fever. Mother has anosmia.` day 120 (negated, family), `Cough for 2
//!   weeks.` day 151; coded cough day 99 -> cough is `both`, counted once.
//! - person 2, infected, index 2021-01-10: `? anosmia. If chest pain, call 999.` day 142 (uncertain,
//!   conditional); coded dyspnea day 10 (out) and a source concept listed for dyspnea day 111 (coded only).
//! - person 3, control, index 2021-01-01: `Breathless on exertion. Headache.` day 104 (dyspnea on exertion
//!   is listed under dyspnea in the concept set); observation headache day 109 (both), and a concept in
//!   no symptom.
//! - person 4, control, index 2021-02-01: nothing (a row of zeros in the wide table).
//! - person 5: not in the cohort, a cough in the text and in the coded data.

mod common;

use std::path::{Path, PathBuf};

use common::{stderr, symptext};
use symptext::export::{self, ExportConfig, Include, TableFormat, Window};
use symptext::sink::{NoteNlpCsv, RunInfo, Sink};
use symptext::{Engine, Note};

const NOTES: [(i64, i64, &str, &str); 7] = [
    (101, 1, "2021-03-25", "c/o cough."),
    (102, 1, "2021-03-26", "Persistent cough and fatigue."),
    (103, 1, "2021-05-01", "Nil fever. Mother has anosmia."),
    (104, 1, "2021-06-01", "Cough for 2 weeks."),
    (201, 2, "2021-06-01", "? anosmia. If chest pain, call 999."),
    (301, 3, "2021-04-15", "Breathless on exertion. Headache."),
    (501, 5, "2021-04-01", "c/o cough."),
];

const COHORT: &str = "person_id,index_date,group
1,2021-01-01,infected
2,2021-01-10,infected
3,2021-01-01,control
4,2021-02-01,control
";

const CONDITIONS: &str = "condition_occurrence_id,person_id,condition_concept_id,condition_start_date,condition_source_concept_id
1,1,254761,2021-04-10,0
2,2,312437,2021-01-20,0
3,2,0,2021-05-01,2000001
4,5,254761,2021-04-01,
";

const OBSERVATIONS: &str = "observation_id,person_id,observation_concept_id,observation_date,observation_source_concept_id
1,3,378253,2021-04-20,0
2,3,999999,2021-04-20,0
";

const CONCEPT_SET: &str = "# test set
symptom\tconcept_id\tname
cough\t254761\tCough
fatigue\t4223659\tFatigue
fever\t437663\tFever
anosmia\t4185711\tLoss of sense of smell
dyspnea\t312437\tDyspnea
dyspnea\t4263848\tDyspnea on exertion
dyspnea\t2000001\tBreathlessness (a source code)
headache\t378253\tHeadache
chest_pain\t77670\tChest pain
";

const LONG_HEADER: &str = "person_id,symptom,concept_id,first_date,last_date,n_text_mentions,n_coded,source\n";
const WIDE_HEADER: &str = "person_id,group,cough,fatigue,fever,anosmia,dyspnea,headache,chest_pain\n";

const LONG_DEFAULT: &str = "1,cough,254761,2021-03-26,2021-06-01,2,1,both
1,fatigue,4223659,2021-03-26,2021-03-26,1,0,text
2,dyspnea,312437,2021-05-01,2021-05-01,0,1,coded
3,dyspnea,312437,2021-04-15,2021-04-15,1,0,text
3,headache,378253,2021-04-15,2021-04-20,1,1,both
";

const WIDE_DEFAULT: &str = "1,infected,1,1,0,0,0,0,0
2,infected,0,0,0,0,1,0,0
3,control,0,0,0,0,1,1,0
4,control,0,0,0,0,0,0,0
";

const SUMMARY_DEFAULT: &str = "symptom,concept_id,group,group_persons,persons,prevalence,text_only,coded_only,both,share_text_only
cough,254761,control,2,0,0.0000,0,0,0,
cough,254761,infected,2,1,0.5000,0,0,1,0.0000
fatigue,4223659,control,2,0,0.0000,0,0,0,
fatigue,4223659,infected,2,1,0.5000,1,0,0,1.0000
fever,437663,control,2,0,0.0000,0,0,0,
fever,437663,infected,2,0,0.0000,0,0,0,
anosmia,4185711,control,2,0,0.0000,0,0,0,
anosmia,4185711,infected,2,0,0.0000,0,0,0,
dyspnea,312437,control,2,1,0.5000,1,0,0,1.0000
dyspnea,312437,infected,2,1,0.5000,0,1,0,0.0000
headache,378253,control,2,1,0.5000,0,0,1,0.0000
headache,378253,infected,2,0,0.0000,0,0,0,
chest_pain,77670,control,2,0,0.0000,0,0,0,
chest_pain,77670,infected,2,0,0.0000,0,0,0,
";

/// The input files in a temporary directory; NOTE_NLP made by the engine.
struct Fixture {
    dir: tempfile::TempDir,
}

impl Fixture {
    fn new() -> Fixture {
        let dir = tempfile::tempdir().expect("tempdir");
        let engine = Engine::new().expect("engine");
        let run = RunInfo::new(&engine, chrono::NaiveDate::from_ymd_opt(2024, 1, 2).and_then(|d| d.and_hms_opt(3, 4, 5)));
        let mut sink = NoteNlpCsv::new(Vec::new(), &run, false, "note_nlp").expect("sink");
        let mut notes_csv = String::from("note_id,person_id,note_date,note_text\n");
        for (id, person, date, text) in NOTES {
            let note = Note {
                note_id: id,
                person_id: Some(person),
                note_date: chrono::NaiveDate::parse_from_str(date, "%Y-%m-%d").ok(),
                language: None,
                text: text.to_string(),
            };
            sink.write_note(&note, &engine.extract(&note)).expect("write");
            notes_csv.push_str(&format!("{id},{person},{date},\"{}\"\n", text.replace('"', "\"\"")));
        }
        sink.finish().expect("finish");
        let nlp = sink.into_inner().expect("bytes");
        let f = Fixture { dir };
        f.write("note_nlp.csv", &String::from_utf8(nlp).expect("utf-8"));
        f.write("notes.csv", &notes_csv);
        f.write("cohort.csv", COHORT);
        f.write("condition_occurrence.csv", CONDITIONS);
        f.write("observation.csv", OBSERVATIONS);
        f.write("set.tsv", CONCEPT_SET);
        f
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    fn write(&self, name: &str, text: &str) {
        std::fs::write(self.path(name), text).expect("write input");
    }

    fn read(&self, name: &str) -> String {
        std::fs::read_to_string(self.path(name)).unwrap_or_else(|e| panic!("{name}: {e}"))
    }

    /// The cohort study with the test concept set, default window and include.
    fn config(&self, out: &str) -> ExportConfig {
        let mut cfg = ExportConfig::new(self.path("note_nlp.csv"), self.path("notes.csv"), self.path(out));
        cfg.cohort = Some(self.path("cohort.csv"));
        cfg.coded = vec![self.path("condition_occurrence.csv"), self.path("observation.csv")];
        cfg.concept_set = Some(self.path("set.tsv"));
        cfg
    }

    fn run(&self, cfg: &ExportConfig) -> export::ExportReport {
        export::run(cfg).unwrap_or_else(|e| panic!("export: {e}"))
    }
}

fn s(p: &Path) -> &str {
    p.to_str().expect("utf-8 path")
}

#[test]
fn export_matches_the_hand_built_tables() {
    let f = Fixture::new();
    let report = f.run(&f.config("study"));
    assert_eq!(f.read("study.long.csv"), format!("{LONG_HEADER}{LONG_DEFAULT}"));
    assert_eq!(f.read("study.wide.csv"), format!("{WIDE_HEADER}{WIDE_DEFAULT}"));
    assert_eq!(f.read("study.summary.csv"), SUMMARY_DEFAULT);
    assert_eq!(f.read("study.rejects.csv"), "file,line,note_id,field,reason\n");
    let c = report.tables.counts;
    assert_eq!(c.note_nlp_read, 11, "{c:?}");
    assert_eq!((c.note_nlp_status_excluded, c.note_nlp_not_in_cohort, c.note_nlp_outside_window), (4, 1, 1), "{c:?}");
    assert_eq!((c.coded_read, c.coded_counted, c.coded_not_in_set, c.coded_not_in_cohort, c.coded_outside_window), (6, 3, 1, 1, 1));
    assert_eq!(c.rejected, 0);
    assert!(!f.path("study.chart.svg").exists());
}

#[test]
fn day_83_is_out_and_day_84_is_in() {
    let f = Fixture::new();
    let mut cfg = f.config("edge");
    cfg.window = Some("84..120".parse().expect("window"));
    f.run(&cfg);
    // Day 84 text and day 99 coded cough; the day 83 and day 151 coughs are out; day 120 fever is negated.
    assert_eq!(
        f.read("edge.long.csv"),
        format!(
            "{LONG_HEADER}1,cough,254761,2021-03-26,2021-04-10,1,1,both
1,fatigue,4223659,2021-03-26,2021-03-26,1,0,text
2,dyspnea,312437,2021-05-01,2021-05-01,0,1,coded
3,dyspnea,312437,2021-04-15,2021-04-15,1,0,text
3,headache,378253,2021-04-15,2021-04-20,1,1,both
"
        )
    );
}

#[test]
fn open_start_window() {
    let f = Fixture::new();
    let mut cfg = f.config("before");
    cfg.window = Some("..83".parse().expect("window"));
    f.run(&cfg);
    assert_eq!(
        f.read("before.long.csv"),
        format!(
            "{LONG_HEADER}1,cough,254761,2021-03-25,2021-03-25,1,0,text
2,dyspnea,312437,2021-01-20,2021-01-20,0,1,coded
"
        )
    );
    assert_eq!(
        f.read("before.wide.csv"),
        format!(
            "{WIDE_HEADER}1,infected,1,0,0,0,0,0,0
2,infected,0,0,0,0,1,0,0
3,control,0,0,0,0,0,0,0
4,control,0,0,0,0,0,0,0
"
        )
    );
}

#[test]
fn include_widens_to_negated_and_uncertain_but_never_family_or_conditional() {
    let f = Fixture::new();
    let mut cfg = f.config("wide");
    cfg.include = Include { negated: true, uncertain: true };
    let report = f.run(&cfg);
    assert_eq!(
        f.read("wide.long.csv"),
        format!(
            "{LONG_HEADER}1,cough,254761,2021-03-26,2021-06-01,2,1,both
1,fatigue,4223659,2021-03-26,2021-03-26,1,0,text
1,fever,437663,2021-05-01,2021-05-01,1,0,text
2,anosmia,4185711,2021-06-01,2021-06-01,1,0,text
2,dyspnea,312437,2021-05-01,2021-05-01,0,1,coded
3,dyspnea,312437,2021-04-15,2021-04-15,1,0,text
3,headache,378253,2021-04-15,2021-04-20,1,1,both
"
        )
    );
    // Mother's anosmia (family) and the chest pain of the safety net (conditional) stay out.
    assert_eq!(report.tables.counts.note_nlp_status_excluded, 2);
    // Only negated: person 2's `? anosmia` stays out.
    let mut cfg = f.config("neg");
    cfg.include = Include { negated: true, uncertain: false };
    f.run(&cfg);
    assert!(f.read("neg.long.csv").contains("1,fever,"));
    assert!(!f.read("neg.long.csv").contains("anosmia"));
}

#[test]
fn without_a_cohort_every_person_and_every_date_count() {
    let f = Fixture::new();
    let mut cfg = f.config("all");
    cfg.cohort = None;
    f.run(&cfg);
    assert_eq!(
        f.read("all.long.csv"),
        format!(
            "{LONG_HEADER}1,cough,254761,2021-03-25,2021-06-01,3,1,both
1,fatigue,4223659,2021-03-26,2021-03-26,1,0,text
2,dyspnea,312437,2021-01-20,2021-05-01,0,2,coded
3,dyspnea,312437,2021-04-15,2021-04-15,1,0,text
3,headache,378253,2021-04-15,2021-04-20,1,1,both
5,cough,254761,2021-04-01,2021-04-01,1,1,both
"
        )
    );
    assert_eq!(
        f.read("all.wide.csv"),
        format!(
            "{WIDE_HEADER}1,all,1,1,0,0,0,0,0
2,all,0,0,0,0,1,0,0
3,all,0,0,0,0,1,1,0
5,all,1,0,0,0,0,0,0
"
        )
    );
    let summary = f.read("all.summary.csv");
    assert!(summary.contains("\ncough,254761,all,4,2,0.5000,0,0,2,0.0000\n"), "{summary}");
    // A window without a cohort is a configuration error.
    cfg.window = Some(Window::DEFAULT);
    assert!(export::run(&cfg).is_err());
}

#[test]
fn study_rows_in_memory_give_the_same_tables() {
    // The row-level API an ETL or a notebook uses, without files.
    let set = export::ConceptSet::parse(CONCEPT_SET, "set.tsv").expect("set");
    let mut cohort = export::Cohort::new();
    let d = |s: &str| chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("date");
    assert!(cohort.add(1, d("2021-01-01"), "infected"));
    assert!(!cohort.add(1, d("2021-01-01"), "control"));
    let mut study = export::Study::new(set, Some(cohort), Window::DEFAULT, Include::default());
    study.add_note(10, 1, Some(d("2021-03-26")));
    assert_eq!(study.add_mention(10, 254761, export::MentionStatus::AFFIRMED), export::Outcome::Counted);
    assert_eq!(study.add_mention(11, 254761, export::MentionStatus::AFFIRMED), export::Outcome::UnknownNote);
    assert_eq!(study.add_coded(1, &[254761, 0], d("2021-03-25")), export::Outcome::OutsideWindow);
    assert_eq!(study.add_coded(1, &[254761, 254761], d("2021-03-27")), export::Outcome::Counted);
    let t = study.finish();
    assert_eq!(t.long.len(), 1);
    assert_eq!((t.long[0].n_text_mentions, t.long[0].n_coded, t.long[0].source()), (1, 1, export::Source::Both));
}

#[test]
fn cli_writes_the_tables_and_rejects_bad_rows_by_file_line_and_field() {
    let f = Fixture::new();
    let args = |out: &str| -> Vec<String> {
        let mut a: Vec<String> = vec!["export".into(), "--note-nlp".into(), s(&f.path("note_nlp.csv")).into()];
        a.extend(["--notes".into(), s(&f.path("notes.csv")).into(), "--cohort".into(), s(&f.path("cohort.csv")).into()]);
        a.extend(["--coded".into(), s(&f.path("condition_occurrence.csv")).into(), s(&f.path("observation.csv")).into()]);
        a.extend(["--concept-set".into(), s(&f.path("set.tsv")).into(), "--out".into(), s(&f.path(out)).into()]);
        a
    };
    let run = |a: &[String]| symptext(&a.iter().map(String::as_str).collect::<Vec<_>>());
    let o = run(&args("cli"));
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(f.read("cli.long.csv"), format!("{LONG_HEADER}{LONG_DEFAULT}"));
    assert_eq!(f.read("cli.wide.csv"), format!("{WIDE_HEADER}{WIDE_DEFAULT}"));
    assert_eq!(f.read("cli.summary.csv"), SUMMARY_DEFAULT);

    // --include, --window with open ends, --format parquet.
    let mut a = args("pq");
    a.extend(["--include".into(), "negated,uncertain".into(), "--window".into(), "-30..".into(), "--format".into(), "parquet".into()]);
    let o = run(&a);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    for t in ["long", "wide", "summary"] {
        let bytes = std::fs::read(f.path(&format!("pq.{t}.parquet"))).expect("parquet file");
        assert!(bytes.starts_with(b"PAR1") && bytes.ends_with(b"PAR1"), "{t} is not Parquet");
    }
    // Read back: the long table with -30.. and the widened statuses.
    let file = std::fs::File::open(f.path("pq.long.parquet")).expect("open");
    let reader = parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder::try_new(file).expect("parquet").build().expect("reader");
    let batches: Vec<_> = reader.collect::<Result<_, _>>().expect("batches");
    let schema = batches[0].schema();
    let names: Vec<&str> = schema.fields().iter().map(|f| f.name().as_str()).collect();
    assert_eq!(names, ["person_id", "symptom", "concept_id", "first_date", "last_date", "n_text_mentions", "n_coded", "source"]);
    // Every row of the widened table (7) plus person 1's day-83 cough folds into its cough row: 7 rows.
    assert_eq!(batches.iter().map(|b| b.num_rows()).sum::<usize>(), 7);

    // Bad rows: rejects naming file, line and field; exit status 3; no note text in any message.
    let mut nlp = f.read("note_nlp.csv");
    nlp.push_str("1,999,0,secret snippet,0,secret,notanumber,0,x,2024-01-02,2024-01-02 03:04:05,Y,present,\n");
    nlp.push_str("2,777,0,secret snippet,0,secret,254761,0,x,2024-01-02,2024-01-02 03:04:05,Y,present,\n");
    nlp.push_str("3,101,0,secret snippet,0,secret,254761,0,x,2024-01-02,2024-01-02 03:04:05,maybe,present,\n");
    f.write("bad_nlp.csv", &nlp);
    let mut notes = f.read("notes.csv");
    notes.push_str("601,6,2021-13-01,\"secret text\"\n");
    notes.push_str("602,secret text,2021-01-01,\"x\"\n");
    f.write("bad_notes.csv", &notes);
    let mut a = args("bad");
    a[2] = s(&f.path("bad_nlp.csv")).into();
    a[4] = s(&f.path("bad_notes.csv")).into();
    let o = run(&a);
    assert_eq!(o.status.code(), Some(3), "{}", stderr(&o));
    assert!(!stderr(&o).contains("secret"), "{}", stderr(&o));
    let rejects = f.read("bad.rejects.csv");
    let bad_nlp = s(&f.path("bad_nlp.csv")).to_string();
    let bad_notes = s(&f.path("bad_notes.csv")).to_string();
    let want = format!(
        "file,line,note_id,field,reason
{bad_notes},9,601,note_date,not a date (expected YYYY-MM-DD)
{bad_notes},10,602,person_id,not an integer
{bad_nlp},13,999,note_nlp_concept_id,not an integer
{bad_nlp},14,777,note_id,note 777 is not in the notes file(s)
{bad_nlp},15,101,term_exists,not Y or N
"
    );
    assert_eq!(rejects, want);
    assert!(!rejects.contains("secret"));
    // The tables are those of the good rows.
    assert_eq!(f.read("bad.long.csv"), format!("{LONG_HEADER}{LONG_DEFAULT}"));

    // A missing column is an error naming the file; a window without a cohort is a usage error.
    f.write("nocol.csv", "note_id,person_id\n1,1\n");
    let mut a = args("x");
    a[2] = s(&f.path("nocol.csv")).into();
    let o = run(&a);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("nocol.csv: line 1: missing required column `note_nlp_concept_id`"), "{}", stderr(&o));
    let o = symptext(&["export", "--note-nlp", "a", "--notes", "b", "--window", "84..", "--out", "c"]);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn default_concept_set_is_the_long_covid_set() {
    let f = Fixture::new();
    let mut cfg = f.config("lc");
    cfg.concept_set = None;
    cfg.format = TableFormat::Csv;
    f.run(&cfg);
    let wide = f.read("lc.wide.csv");
    let header: Vec<&str> = wide.lines().next().unwrap_or("").split(',').collect();
    assert_eq!(header.len(), 102);
    assert_eq!(&header[..4], &["person_id", "group", "fatigue", "tired_all_the_time"]);
    // Dyspnea on exertion is its own symptom in the default set.
    assert!(f.read("lc.long.csv").contains("3,dyspnea_on_exertion,4263848,2021-04-15,2021-04-15,1,0,text\n"));
}

/// Parse the SVG; each bar segment's width must be its count over the group's persons, on the panel's scale,
/// and its count must be the summary's.
#[test]
fn chart_bars_match_the_summary() {
    let f = Fixture::new();
    let mut cfg = f.config("chart");
    cfg.chart = true;
    f.run(&cfg);
    let svg = f.read("chart.chart.svg");
    let doc = roxmltree::Document::parse(&svg).expect("the chart is well-formed XML");
    // Summary numbers: (symptom, group, part) -> persons, and group sizes.
    let summary = f.read("chart.summary.csv");
    let found: std::collections::BTreeSet<&str> =
        summary.lines().skip(1).map(|l| l.split(',').collect::<Vec<_>>()).filter(|c| c[4] != "0").map(|c| c[0]).collect();
    let mut want = std::collections::BTreeMap::new();
    for line in summary.lines().skip(1) {
        let c: Vec<&str> = line.split(',').collect();
        if !found.contains(c[0]) {
            continue;
        }
        for (part, i) in [("text_only", 6), ("coded_only", 7), ("both", 8)] {
            want.insert(
                (c[0].to_string(), c[2].to_string(), part.to_string()),
                (c[i].parse::<u64>().expect("n"), c[3].parse::<u64>().expect("n")),
            );
        }
    }
    let num = |n: roxmltree::Node, a: &str| -> f64 { n.attribute(a).unwrap_or_else(|| panic!("{a}")).parse().expect("number") };
    let mut got = std::collections::BTreeMap::new();
    for bar in doc.descendants().filter(|n| n.attribute("class") == Some("bar")) {
        let panel = bar.ancestors().find(|n| n.attribute("class") == Some("panel")).expect("bar inside a panel");
        let (axis_max, plot_width) = (num(panel, "data-axis-max"), num(panel, "data-plot-width"));
        let key = (
            bar.attribute("data-symptom").expect("symptom").to_string(),
            bar.attribute("data-group").expect("group").to_string(),
            bar.attribute("data-part").expect("part").to_string(),
        );
        assert_eq!(panel.attribute("data-group"), Some(key.1.as_str()));
        let (persons, group_persons) = want.get(&key).copied().unwrap_or_else(|| panic!("{key:?} is not in the summary"));
        assert_eq!(num(bar, "data-persons") as u64, persons, "{key:?}");
        let expected = persons as f64 / group_persons as f64 * 100.0 / axis_max * plot_width;
        assert!((num(bar, "width") - expected).abs() < 0.01, "{key:?}: width {} != {expected}", num(bar, "width"));
        got.insert(key, persons);
    }
    // Every symptom found in someone has its three segments in every group's panel, and no other bars.
    assert_eq!(got.len(), want.len());
    assert_eq!(got.len(), 4 * 2 * 3);
    // Values written beside the bars, readable without tooltips.
    assert!(svg.contains(">50.0% (1)</text>"));
    for label in ["coded only", "text only", "infected (n = 2)", "control (n = 2)", "0%", "50%"] {
        assert!(svg.contains(label), "{label}");
    }
    let html = f.read("chart.report.html");
    assert!(html.contains("<svg") && html.contains("Run parameters") && html.contains("84..") && html.contains("share found only in text"));
    // Self-contained: no script, no external resource.
    assert!(!html.contains("<script") && !html.contains(" src=") && !html.contains("<link"));
}

/// Headless Chromium renders the report (when it is installed; `.ci/run` installs it).
#[test]
fn report_renders_in_headless_chromium() {
    let chromium = Path::new("/usr/bin/chromium");
    if !chromium.exists() {
        assert!(std::env::var_os("CI").is_none(), "CI installs chromium (.ci/run)");
        eprintln!("skipping: /usr/bin/chromium not found; the SVG is checked by chart_bars_match_the_summary");
        return;
    }
    let f = Fixture::new();
    let mut cfg = f.config("render");
    cfg.chart = true;
    f.run(&cfg);
    let png = f.path("render.png");
    let profile = f.path("chromium-profile");
    let url = format!("file://{}", s(&f.path("render.report.html")));
    let mut child = std::process::Command::new(chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            &format!("--user-data-dir={}", s(&profile)),
            &format!("--screenshot={}", s(&png)),
            "--window-size=1100,1400",
            &url,
        ])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("start chromium");
    let started = std::time::Instant::now();
    loop {
        if child.try_wait().expect("wait").is_some() {
            break;
        }
        if started.elapsed() > std::time::Duration::from_secs(120) {
            let _ = child.kill();
            panic!("chromium did not finish in 120 s");
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    let file = std::fs::File::open(&png).expect("chromium wrote the screenshot");
    let mut reader = png::Decoder::new(std::io::BufReader::new(file)).read_info().expect("a PNG");
    let mut buf = vec![0; reader.output_buffer_size().expect("size")];
    let info = reader.next_frame(&mut buf).expect("frame");
    let px = match info.color_type {
        png::ColorType::Rgba => 4,
        png::ColorType::Rgb => 3,
        other => panic!("unexpected colour type {other:?}"),
    };
    let pixels: Vec<&[u8]> = buf[..info.buffer_size()].chunks(px).collect();
    let near = |p: &[u8], rgb: [u8; 3]| p.iter().zip(rgb).all(|(&a, b)| a.abs_diff(b) < 12);
    let non_white = pixels.iter().filter(|p| !near(p, [255, 255, 255])).count();
    let orange = pixels.iter().filter(|p| near(p, [0xE6, 0x9F, 0x00])).count();
    let blue = pixels.iter().filter(|p| near(p, [0x00, 0x72, 0xB2])).count();
    let green = pixels.iter().filter(|p| near(p, [0x00, 0x9E, 0x73])).count();
    assert!(non_white > 5000, "the screenshot is blank ({non_white} non-white pixels)");
    assert!(orange > 50 && blue > 50 && green > 50, "bars not drawn: orange {orange}, blue {blue}, green {green}");
}
