//! Study export: person-by-symptom tables over a cohort and a time window, free text (NOTE_NLP) beside
//! coded data (CONDITION_OCCURRENCE / OBSERVATION), with a prevalence chart.
//!
//! Two ways in:
//! - [`run`]: an [`ExportConfig`] of file paths in, the files `PREFIX.long.csv`, `PREFIX.wide.csv`,
//!   `PREFIX.summary.csv` (or `.parquet`), `PREFIX.rejects.csv` and, with `chart`, `PREFIX.chart.svg` and
//!   `PREFIX.report.html` out; returns the [`Tables`] and the paths written. This is `symptext export`.
//! - [`Study`]: feed rows (or CSV readers) yourself, then [`Study::finish`] gives the [`Tables`] in memory.
//!
//! ```no_run
//! use symptext::export::{ExportConfig, Window};
//! let mut cfg = ExportConfig::new("note_nlp.csv", "notes.csv", "out/study");
//! cfg.cohort = Some("cohort.csv".into());
//! cfg.window = Some("84..".parse::<Window>().map_err(symptext::Error::Config)?);
//! cfg.coded = vec!["condition_occurrence.csv".into()];
//! let report = symptext::export::run(&cfg)?;
//! println!("{} person-symptom rows", report.tables.long.len());
//! # Ok::<(), symptext::Error>(())
//! ```
//!
//! Counting rules: a text mention counts when it is the patient's (`subject=patient`), not conditional,
//! and `term_exists = Y`, or `N` only for reasons listed in [`Include`] (negated, uncertain). A coded row
//! counts for a symptom when its concept (or source concept) is in the symptom's concept set. With a
//! cohort, only cohort persons count, and only events whose day relative to the person's index date lies
//! in the [`Window`] (both ends inclusive).

mod chart;
mod concept_set;
#[cfg(feature = "parquet")]
mod parquet;
mod read;
mod write;

pub use chart::{chart_svg, report_html, ChartLayout};
pub use concept_set::{ConceptSet, Symptom, LONG_COVID};
pub use read::{CodedKind, MentionStatus};

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use crate::error::{Error, Result};
use crate::source::Reject;

/// A window of days relative to the index date, both ends inclusive, either end open.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Window {
    pub start: Option<i64>,
    pub end: Option<i64>,
}

impl Window {
    /// `84..`: twelve weeks or more after the index date.
    pub const DEFAULT: Window = Window { start: Some(84), end: None };
    /// Every day.
    pub const ALL: Window = Window { start: None, end: None };

    pub fn contains(&self, day: i64) -> bool {
        self.start.is_none_or(|s| day >= s) && self.end.is_none_or(|e| day <= e)
    }
}

impl Default for Window {
    fn default() -> Self {
        Window::DEFAULT
    }
}

impl std::str::FromStr for Window {
    type Err = String;
    /// `START..END`, `START..`, `..END` or `..`, in days (may be negative).
    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        let (a, b) = s.split_once("..").ok_or_else(|| format!("window `{s}`: expected START..END in days (84.., 0..365, ..-1)"))?;
        let end = |x: &str| -> std::result::Result<Option<i64>, String> {
            let x = x.trim();
            if x.is_empty() {
                Ok(None)
            } else {
                x.parse().map(Some).map_err(|_| format!("window `{s}`: `{x}` is not a whole number of days"))
            }
        };
        let w = Window { start: end(a)?, end: end(b)? };
        if let (Some(a), Some(b)) = (w.start, w.end) {
            if a > b {
                return Err(format!("window `{s}`: the start is after the end"));
            }
        }
        Ok(w)
    }
}

impl std::fmt::Display for Window {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if let Some(s) = self.start {
            write!(f, "{s}")?;
        }
        f.write_str("..")?;
        if let Some(e) = self.end {
            write!(f, "{e}")?;
        }
        Ok(())
    }
}

/// Which `term_exists = N` mentions count as well. Family and conditional mentions never count.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Include {
    pub negated: bool,
    /// Uncertain and rule-out mentions.
    pub uncertain: bool,
}

impl std::fmt::Display for Include {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut parts = vec!["affirmed (term_exists=Y)"];
        if self.negated {
            parts.push("negated");
        }
        if self.uncertain {
            parts.push("uncertain");
        }
        f.write_str(&parts.join(", "))
    }
}

/// Output table format.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum TableFormat {
    #[default]
    Csv,
    Parquet,
}

/// A cohort: each person's index date and group.
#[derive(Debug, Clone, Default)]
pub struct Cohort {
    persons: HashMap<i64, (i32, u32)>,
    groups: Vec<String>,
    group_index: HashMap<String, u32>,
}

impl Cohort {
    pub fn new() -> Self {
        Self::default()
    }

    /// Add a person; false (and nothing changed) when the person is already in the cohort.
    pub fn add(&mut self, person_id: i64, index_date: NaiveDate, group: &str) -> bool {
        if self.persons.contains_key(&person_id) {
            return false;
        }
        let g = match self.group_index.get(group) {
            Some(&g) => g,
            None => {
                let g = self.groups.len() as u32;
                self.groups.push(group.to_string());
                self.group_index.insert(group.to_string(), g);
                g
            }
        };
        self.persons.insert(person_id, (day_number(index_date), g));
        true
    }

    pub fn len(&self) -> usize {
        self.persons.len()
    }

    pub fn is_empty(&self) -> bool {
        self.persons.is_empty()
    }
}

/// The group of every person when there is no cohort, or the cohort has no group column.
pub const ALL_GROUP: &str = "all";

/// Counts of a run, for the summary line and the report.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct Counts {
    pub cohort_persons: u64,
    pub notes_read: u64,
    pub note_nlp_read: u64,
    /// Mentions that counted for at least one symptom.
    pub note_nlp_counted: u64,
    /// Negated, uncertain, family or conditional mentions left out.
    pub note_nlp_status_excluded: u64,
    /// Mentions whose concept is in no symptom of the concept set.
    pub note_nlp_not_in_set: u64,
    pub note_nlp_not_in_cohort: u64,
    pub note_nlp_outside_window: u64,
    pub coded_read: u64,
    pub coded_counted: u64,
    pub coded_not_in_set: u64,
    pub coded_not_in_cohort: u64,
    pub coded_outside_window: u64,
    /// Rows of any input that went to the rejects report.
    pub rejected: u64,
}

#[derive(Debug, Clone, Copy)]
struct Agg {
    first: i32,
    last: i32,
    n_text: u64,
    n_coded: u64,
}

/// Where a person's evidence for a symptom came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    Text,
    Coded,
    Both,
}

impl Source {
    pub fn name(self) -> &'static str {
        match self {
            Source::Text => "text",
            Source::Coded => "coded",
            Source::Both => "both",
        }
    }
}

/// One row of `PREFIX.long.csv`: a person with a symptom in the window.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LongRow {
    pub person_id: i64,
    /// Index into [`Tables::symptoms`].
    pub symptom: u32,
    /// First and last date of the evidence (none when every piece of it is undated, without a cohort).
    pub first_date: Option<NaiveDate>,
    pub last_date: Option<NaiveDate>,
    pub n_text_mentions: u64,
    pub n_coded: u64,
}

impl LongRow {
    pub fn source(&self) -> Source {
        match (self.n_text_mentions > 0, self.n_coded > 0) {
            (true, true) => Source::Both,
            (true, false) => Source::Text,
            _ => Source::Coded,
        }
    }
}

/// One row of `PREFIX.summary.csv`: a symptom in a group.
#[derive(Debug, Clone, PartialEq)]
pub struct SummaryRow {
    pub symptom: u32,
    pub group: u32,
    /// Persons in the group.
    pub group_persons: u64,
    /// Persons of the group with the symptom (text, coded or both).
    pub persons: u64,
    pub text_only: u64,
    pub coded_only: u64,
    pub both: u64,
}

impl SummaryRow {
    /// persons / group_persons, when the group is not empty.
    pub fn prevalence(&self) -> Option<f64> {
        (self.group_persons > 0).then(|| self.persons as f64 / self.group_persons as f64)
    }
    /// text_only / persons: the share of persons with the symptom found only in the free text.
    pub fn share_text_only(&self) -> Option<f64> {
        (self.persons > 0).then(|| self.text_only as f64 / self.persons as f64)
    }
}

/// The study tables.
#[derive(Debug, Clone)]
pub struct Tables {
    pub symptoms: Vec<Symptom>,
    /// Group names, sorted.
    pub groups: Vec<String>,
    /// Every person of the study (the cohort, or everyone seen), sorted, with their group index.
    pub persons: Vec<(i64, u32)>,
    /// Sorted by (person_id, symptom in concept-set order).
    pub long: Vec<LongRow>,
    /// Symptoms in concept-set order, then groups in name order.
    pub summary: Vec<SummaryRow>,
    pub counts: Counts,
    pub rejects: Vec<Reject>,
}

impl Tables {
    /// The wide table: for each person (sorted), the group and a 0/1 flag per symptom.
    pub fn wide(&self) -> impl Iterator<Item = (i64, &str, Vec<u8>)> + '_ {
        let n = self.symptoms.len();
        let mut li = 0;
        self.persons.iter().map(move |&(p, g)| {
            let mut flags = vec![0u8; n];
            while li < self.long.len() && self.long[li].person_id < p {
                li += 1;
            }
            while li < self.long.len() && self.long[li].person_id == p {
                if let Some(f) = flags.get_mut(self.long[li].symptom as usize) {
                    *f = 1;
                }
                li += 1;
            }
            (p, self.groups.get(g as usize).map(String::as_str).unwrap_or(""), flags)
        })
    }
}

/// Builds the study tables from rows. Feed the notes first (note_id -> person, date), then NOTE_NLP
/// rows and coded rows in any order, then [`Study::finish`].
#[derive(Debug)]
pub struct Study {
    set: ConceptSet,
    cohort: Option<Cohort>,
    window: Window,
    include: Include,
    notes: HashMap<i64, (i64, Option<i32>)>,
    /// Persons seen, when there is no cohort.
    seen: HashMap<i64, ()>,
    agg: HashMap<(i64, u32), Agg>,
    counts: Counts,
    rejects: Vec<Reject>,
}

/// What became of one NOTE_NLP or coded row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Counted,
    /// NOTE_NLP: the note_id is not in the notes.
    UnknownNote,
    Status,
    NotInSet,
    NotInCohort,
    OutsideWindow,
}

impl Study {
    /// A study over `set`; `window` applies only with a cohort (without one, every date counts).
    pub fn new(set: ConceptSet, cohort: Option<Cohort>, window: Window, include: Include) -> Self {
        let counts = Counts { cohort_persons: cohort.as_ref().map_or(0, |c| c.len() as u64), ..Counts::default() };
        Study {
            set,
            cohort,
            window,
            include,
            notes: HashMap::new(),
            seen: HashMap::new(),
            agg: HashMap::new(),
            counts,
            rejects: Vec::new(),
        }
    }

    pub fn concept_set(&self) -> &ConceptSet {
        &self.set
    }

    /// Record a note's person and date. A later row for the same note_id replaces it.
    pub fn add_note(&mut self, note_id: i64, person_id: i64, date: Option<NaiveDate>) {
        self.counts.notes_read += 1;
        self.notes.insert(note_id, (person_id, date.map(day_number)));
        if self.cohort.is_none() {
            self.seen.insert(person_id, ());
        }
    }

    /// Whether a note is known.
    pub fn has_note(&self, note_id: i64) -> bool {
        self.notes.contains_key(&note_id)
    }

    /// Count one NOTE_NLP row.
    pub fn add_mention(&mut self, note_id: i64, concept_id: i64, status: MentionStatus) -> Outcome {
        self.counts.note_nlp_read += 1;
        let Some(&(person, day)) = self.notes.get(&note_id) else {
            return Outcome::UnknownNote;
        };
        if !status.counts(self.include) {
            self.counts.note_nlp_status_excluded += 1;
            return Outcome::Status;
        }
        let outcome = self.place(person, concept_id, day, 1, 0);
        match outcome {
            Outcome::Counted => self.counts.note_nlp_counted += 1,
            Outcome::NotInSet => self.counts.note_nlp_not_in_set += 1,
            Outcome::NotInCohort => self.counts.note_nlp_not_in_cohort += 1,
            Outcome::OutsideWindow => self.counts.note_nlp_outside_window += 1,
            Outcome::UnknownNote | Outcome::Status => {}
        }
        outcome
    }

    /// Count one coded row (CONDITION_OCCURRENCE / OBSERVATION): its concepts (standard and source;
    /// 0 is ignored) count once per symptom they belong to.
    pub fn add_coded(&mut self, person_id: i64, concept_ids: &[i64], date: NaiveDate) -> Outcome {
        self.counts.coded_read += 1;
        if self.cohort.is_none() {
            self.seen.insert(person_id, ());
        }
        let day = day_number(date);
        let mut symptoms: Vec<u32> =
            concept_ids.iter().filter(|&&c| c != 0).flat_map(|&c| self.set.symptoms_of(c).iter().copied()).collect();
        symptoms.sort_unstable();
        symptoms.dedup();
        let outcome = self.place_symptoms(person_id, &symptoms, Some(day), 0, 1);
        match outcome {
            Outcome::Counted => self.counts.coded_counted += 1,
            Outcome::NotInSet => self.counts.coded_not_in_set += 1,
            Outcome::NotInCohort => self.counts.coded_not_in_cohort += 1,
            Outcome::OutsideWindow => self.counts.coded_outside_window += 1,
            Outcome::UnknownNote | Outcome::Status => {}
        }
        outcome
    }

    /// Add a row to the rejects report.
    pub fn reject(&mut self, r: Reject) {
        self.counts.rejected += 1;
        self.rejects.push(r);
    }

    fn place(&mut self, person: i64, concept_id: i64, day: Option<i32>, n_text: u64, n_coded: u64) -> Outcome {
        let symptoms = self.set.symptoms_of(concept_id);
        if symptoms.is_empty() {
            return Outcome::NotInSet;
        }
        let symptoms: smallvec_like::Few = smallvec_like::Few::from(symptoms);
        self.place_symptoms(person, symptoms.as_slice(), day, n_text, n_coded)
    }

    fn place_symptoms(&mut self, person: i64, symptoms: &[u32], day: Option<i32>, n_text: u64, n_coded: u64) -> Outcome {
        if symptoms.is_empty() {
            return Outcome::NotInSet;
        }
        if let Some(c) = &self.cohort {
            let Some(&(index_day, _)) = c.persons.get(&person) else {
                return Outcome::NotInCohort;
            };
            match day {
                Some(d) if self.window.contains(d as i64 - index_day as i64) => {}
                _ => return Outcome::OutsideWindow,
            }
        }
        for &s in symptoms {
            let e = self.agg.entry((person, s)).or_insert(Agg { first: i32::MAX, last: i32::MIN, n_text: 0, n_coded: 0 });
            if let Some(d) = day {
                e.first = e.first.min(d);
                e.last = e.last.max(d);
            }
            e.n_text += n_text;
            e.n_coded += n_coded;
        }
        Outcome::Counted
    }

    /// The tables.
    pub fn finish(self) -> Tables {
        // Groups sorted by name; persons sorted by id.
        let (groups, persons): (Vec<String>, Vec<(i64, u32)>) = match &self.cohort {
            Some(c) => {
                let mut order: Vec<u32> = (0..c.groups.len() as u32).collect();
                order.sort_by(|&a, &b| c.groups[a as usize].cmp(&c.groups[b as usize]));
                let mut remap = vec![0u32; c.groups.len()];
                for (new, &old) in order.iter().enumerate() {
                    remap[old as usize] = new as u32;
                }
                let groups = order.iter().map(|&g| c.groups[g as usize].clone()).collect();
                let mut persons: Vec<(i64, u32)> = c.persons.iter().map(|(&p, &(_, g))| (p, remap[g as usize])).collect();
                persons.sort_unstable();
                (groups, persons)
            }
            None => {
                let mut persons: Vec<(i64, u32)> = self.seen.keys().map(|&p| (p, 0)).collect();
                persons.sort_unstable();
                (vec![ALL_GROUP.to_string()], persons)
            }
        };
        let mut long: Vec<LongRow> = self
            .agg
            .iter()
            .map(|(&(person_id, symptom), a)| LongRow {
                person_id,
                symptom,
                first_date: (a.first != i32::MAX).then(|| date_of(a.first)).flatten(),
                last_date: (a.last != i32::MIN).then(|| date_of(a.last)).flatten(),
                n_text_mentions: a.n_text,
                n_coded: a.n_coded,
            })
            .collect();
        long.sort_unstable_by_key(|r| (r.person_id, r.symptom));
        // Summary.
        let ns = self.set.symptoms().len();
        let ng = groups.len();
        let mut group_persons = vec![0u64; ng];
        let group_of: HashMap<i64, u32> = persons.iter().copied().collect();
        for &(_, g) in &persons {
            group_persons[g as usize] += 1;
        }
        let mut summary: Vec<SummaryRow> = (0..ns)
            .flat_map(|s| (0..ng).map(move |g| (s, g)))
            .map(|(s, g)| SummaryRow {
                symptom: s as u32,
                group: g as u32,
                group_persons: group_persons[g],
                persons: 0,
                text_only: 0,
                coded_only: 0,
                both: 0,
            })
            .collect();
        for r in &long {
            let Some(&g) = group_of.get(&r.person_id) else { continue };
            let Some(row) = summary.get_mut(r.symptom as usize * ng + g as usize) else { continue };
            row.persons += 1;
            match r.source() {
                Source::Text => row.text_only += 1,
                Source::Coded => row.coded_only += 1,
                Source::Both => row.both += 1,
            }
        }
        Tables { symptoms: self.set.symptoms().to_vec(), groups, persons, long, summary, counts: self.counts, rejects: self.rejects }
    }
}

/// A concept's symptoms, copied out so the study can be borrowed mutably; no allocation for up to 4.
mod smallvec_like {
    pub enum Few {
        Inline([u32; 4], usize),
        Heap(Vec<u32>),
    }
    impl From<&[u32]> for Few {
        fn from(s: &[u32]) -> Self {
            if s.len() <= 4 {
                let mut a = [0u32; 4];
                a[..s.len()].copy_from_slice(s);
                Few::Inline(a, s.len())
            } else {
                Few::Heap(s.to_vec())
            }
        }
    }
    impl Few {
        pub fn as_slice(&self) -> &[u32] {
            match self {
                Few::Inline(a, n) => &a[..*n],
                Few::Heap(v) => v,
            }
        }
    }
}

pub(crate) fn day_number(d: NaiveDate) -> i32 {
    use chrono::Datelike;
    d.num_days_from_ce()
}

pub(crate) fn date_of(day: i32) -> Option<NaiveDate> {
    NaiveDate::from_num_days_from_ce_opt(day)
}

/// What [`run`] reads and writes.
#[derive(Debug, Clone)]
pub struct ExportConfig {
    /// NOTE_NLP files (CSV/TSV as `symptext extract` writes them; columns found by name).
    pub note_nlp: Vec<PathBuf>,
    /// NOTE files: `note_id`, `person_id`, `note_date` (other columns, note_text included, ignored).
    pub notes: Vec<PathBuf>,
    /// `person_id`, `index_date`, optional `group`.
    pub cohort: Option<PathBuf>,
    /// Days relative to index_date; `None` is [`Window::DEFAULT`]. Only with a cohort.
    pub window: Option<Window>,
    pub include: Include,
    /// CONDITION_OCCURRENCE / OBSERVATION files.
    pub coded: Vec<PathBuf>,
    /// Concept set TSV; `None` is the builtin long-COVID set.
    pub concept_set: Option<PathBuf>,
    /// Output prefix: `PREFIX.long.csv` and so on.
    pub out: PathBuf,
    pub format: TableFormat,
    /// Also write `PREFIX.chart.svg` and `PREFIX.report.html`.
    pub chart: bool,
}

impl ExportConfig {
    pub fn new(note_nlp: impl Into<PathBuf>, notes: impl Into<PathBuf>, out: impl Into<PathBuf>) -> Self {
        ExportConfig {
            note_nlp: vec![note_nlp.into()],
            notes: vec![notes.into()],
            cohort: None,
            window: None,
            include: Include::default(),
            coded: Vec::new(),
            concept_set: None,
            out: out.into(),
            format: TableFormat::Csv,
            chart: false,
        }
    }

    /// `PREFIX.<suffix>`.
    pub fn output(&self, suffix: &str) -> PathBuf {
        let mut s = self.out.clone().into_os_string();
        s.push(".");
        s.push(suffix);
        PathBuf::from(s)
    }

    /// The run parameters, as (name, value) pairs, for the report.
    pub fn parameters(&self, set: &ConceptSet) -> Vec<(String, String)> {
        let list = |v: &[PathBuf]| v.iter().map(|p| p.display().to_string()).collect::<Vec<_>>().join(", ");
        let mut p = vec![
            ("NOTE_NLP".to_string(), list(&self.note_nlp)),
            ("notes".to_string(), list(&self.notes)),
            ("cohort".to_string(), self.cohort.as_ref().map_or("none: every person, every date".to_string(), |c| c.display().to_string())),
        ];
        if self.cohort.is_some() {
            let w = self.window.unwrap_or_default();
            let note = if w == Window::ALL { " (every day)" } else { "" };
            p.push(("window (days from index date)".to_string(), format!("{w}{note}")));
        }
        p.push(("mentions counted".to_string(), format!("{}; never family or conditional", self.include)));
        p.push(("coded".to_string(), if self.coded.is_empty() { "none".to_string() } else { list(&self.coded) }));
        p.push((
            "concept set".to_string(),
            format!(
                "{} ({} symptoms)",
                self.concept_set.as_ref().map_or("builtin long_covid".to_string(), |c| c.display().to_string()),
                set.symptoms().len()
            ),
        ));
        p.push(("symptext".to_string(), env!("CARGO_PKG_VERSION").to_string()));
        p
    }
}

/// What [`run`] did.
#[derive(Debug, Clone)]
pub struct ExportReport {
    pub tables: Tables,
    /// The files written, in order.
    pub outputs: Vec<PathBuf>,
}

/// Read the inputs of `cfg`, build the tables and write them (see the module docs).
///
/// Bad rows go to `PREFIX.rejects.csv` (file, line, note_id, field, reason; never note text) and are
/// counted in [`Counts::rejected`]; a file whose header lacks a required column is an error.
pub fn run(cfg: &ExportConfig) -> Result<ExportReport> {
    if cfg.cohort.is_none() && cfg.window.is_some() {
        return Err(Error::Config("a window needs a cohort (index dates); without one every date counts".into()));
    }
    if cfg.note_nlp.is_empty() || cfg.notes.is_empty() {
        return Err(Error::Config("export needs at least one NOTE_NLP file and one notes file".into()));
    }
    #[cfg(not(feature = "parquet"))]
    if cfg.format == TableFormat::Parquet {
        return Err(Error::Config("this symptext was built without the `parquet` feature".into()));
    }
    if let Some(parent) = cfg.out.parent().filter(|p| !p.as_os_str().is_empty()) {
        if !parent.is_dir() {
            return Err(Error::Config(format!("{}: the output directory {} does not exist", cfg.out.display(), parent.display())));
        }
    }
    let set = match &cfg.concept_set {
        Some(p) => ConceptSet::from_path(p)?,
        None => ConceptSet::long_covid(),
    };
    let mut rejects = Vec::new();
    let cohort = match &cfg.cohort {
        Some(p) => Some(read::read_cohort(open(p)?, &p.display().to_string(), format_of(p), &mut rejects)?),
        None => None,
    };
    let mut study = Study::new(set.clone(), cohort, cfg.window.unwrap_or_default(), cfg.include);
    for r in rejects {
        study.reject(r);
    }
    let needs_date = cfg.cohort.is_some();
    for p in &cfg.notes {
        study.read_notes(open(p)?, &p.display().to_string(), format_of(p), needs_date)?;
    }
    for p in &cfg.note_nlp {
        study.read_note_nlp(open(p)?, &p.display().to_string(), format_of(p))?;
    }
    for p in &cfg.coded {
        study.read_coded(open(p)?, &p.display().to_string(), format_of(p))?;
    }
    let tables = study.finish();
    let mut outputs = Vec::new();
    match cfg.format {
        TableFormat::Csv => {
            write::atomically(&cfg.output("long.csv"), |w| write::long_csv(&tables, w), &mut outputs)?;
            write::atomically(&cfg.output("wide.csv"), |w| write::wide_csv(&tables, w), &mut outputs)?;
            write::atomically(&cfg.output("summary.csv"), |w| write::summary_csv(&tables, w), &mut outputs)?;
        }
        TableFormat::Parquet => {
            #[cfg(feature = "parquet")]
            {
                write::atomically(&cfg.output("long.parquet"), |w| parquet::write(tables.long_batch()?, w), &mut outputs)?;
                write::atomically(&cfg.output("wide.parquet"), |w| parquet::write(tables.wide_batch()?, w), &mut outputs)?;
                write::atomically(&cfg.output("summary.parquet"), |w| parquet::write(tables.summary_batch()?, w), &mut outputs)?;
            }
        }
    }
    write::atomically(&cfg.output("rejects.csv"), |w| write::rejects_csv(&tables.rejects, w), &mut outputs)?;
    if cfg.chart {
        let params = cfg.parameters(&set);
        let svg = chart_svg(&tables);
        write::atomically(&cfg.output("chart.svg"), |w| write::bytes(svg.as_bytes(), w), &mut outputs)?;
        let html = report_html(&tables, &params, &svg);
        write::atomically(&cfg.output("report.html"), |w| write::bytes(html.as_bytes(), w), &mut outputs)?;
    }
    Ok(ExportReport { tables, outputs })
}

fn open(p: &Path) -> Result<std::io::BufReader<std::fs::File>> {
    let f = std::fs::File::open(p).map_err(|e| Error::io(p, e))?;
    Ok(std::io::BufReader::with_capacity(1 << 16, f))
}

fn format_of(p: &Path) -> crate::source::InputFormat {
    crate::source::InputFormat::from_path(&p.to_string_lossy())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn window_parses_open_ends() {
        assert_eq!("84..".parse::<Window>(), Ok(Window { start: Some(84), end: None }));
        assert_eq!("..-1".parse::<Window>(), Ok(Window { start: None, end: Some(-1) }));
        assert_eq!("..".parse::<Window>(), Ok(Window::ALL));
        assert_eq!(" 0 .. 365 ".parse::<Window>(), Ok(Window { start: Some(0), end: Some(365) }));
        assert!("10..5".parse::<Window>().is_err());
        assert!("84".parse::<Window>().is_err());
        assert!("a..".parse::<Window>().is_err());
        assert!(Window::DEFAULT.contains(84) && !Window::DEFAULT.contains(83));
        assert_eq!(Window::DEFAULT.to_string(), "84..");
    }
}
