//! Scoring against gold files (formats in `../shared/eval/README.md`).
//!
//! * context: each record gives a text and a target span; the context stage classifies the target and
//!   precision/recall/F1 are computed for each positive class.
//! * notes: the whole pipeline runs on each text; detection F1 is over (note, concept) pairs and strict
//!   F1 over (note, concept, status) triples, overall and by language.

use std::collections::{BTreeMap, BTreeSet};
use std::io::BufRead;

use crate::engine::Engine;
use crate::error::{Error, Result};
use crate::lang::Lang;
use crate::mention::{Modifiers, Status, Subject};
use crate::note::Note;

/// True/false positives and false negatives of one class.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct Counts {
    pub tp: u64,
    pub fp: u64,
    pub fn_: u64,
    /// Records scored for this class (gold not null).
    pub n: u64,
}

impl Counts {
    pub fn add(&mut self, gold: bool, pred: bool) {
        self.n += 1;
        match (gold, pred) {
            (true, true) => self.tp += 1,
            (false, true) => self.fp += 1,
            (true, false) => self.fn_ += 1,
            (false, false) => {}
        }
    }
    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

fn ratio(a: u64, b: u64) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// A context gold record.
#[derive(Debug, Clone, serde::Deserialize)]
pub struct ContextRecord {
    pub id: String,
    #[serde(default)]
    pub lang: Option<String>,
    pub text: String,
    pub start: usize,
    pub end: usize,
    #[serde(default)]
    pub target: Option<String>,
    #[serde(default)]
    pub negated: Option<bool>,
    #[serde(default)]
    pub uncertain: Option<bool>,
    #[serde(default)]
    pub temporality: Option<String>,
    #[serde(default)]
    pub experiencer: Option<String>,
}

/// The prediction written for a context record.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct ContextPrediction {
    pub negated: bool,
    pub uncertain: bool,
    pub temporality: &'static str,
    pub experiencer: &'static str,
}

impl From<&Modifiers> for ContextPrediction {
    fn from(m: &Modifiers) -> Self {
        ContextPrediction {
            negated: m.negated,
            uncertain: m.uncertain || m.rule_out,
            temporality: if m.hypothetical {
                "hypothetical"
            } else if m.historical {
                "historical"
            } else {
                "recent"
            },
            experiencer: if m.subject == Subject::Patient { "patient" } else { "other" },
        }
    }
}

/// Scores of `eval context`.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct ContextReport {
    pub records: u64,
    pub negated: Counts,
    pub uncertain: Counts,
    pub historical: Counts,
    pub hypothetical: Counts,
    pub other_experiencer: Counts,
}

impl ContextReport {
    /// (class name, counts) in print order.
    pub fn classes(&self) -> [(&'static str, &Counts); 5] {
        [
            ("negated", &self.negated),
            ("uncertain", &self.uncertain),
            ("historical", &self.historical),
            ("hypothetical", &self.hypothetical),
            ("other experiencer", &self.other_experiencer),
        ]
    }
}

/// Char offsets to byte offsets.
fn char_to_byte(text: &str, start: usize, end: usize) -> Option<(usize, usize)> {
    let mut idx = text.char_indices().map(|(i, _)| i).chain(std::iter::once(text.len()));
    let s = idx.by_ref().nth(start)?;
    let e = if end >= start {
        if end == start {
            Some(s)
        } else {
            idx.nth(end - start - 1)
        }
    } else {
        None
    }?;
    Some((s, e))
}

/// Score the context stage on a context gold file. `on_prediction` receives each input line (as JSON)
/// with its prediction (for `--predictions`).
pub fn eval_context<R: BufRead>(
    engine: &Engine,
    input: R,
    file: &str,
    mut on_prediction: impl FnMut(serde_json::Value, &ContextPrediction) -> Result<()>,
) -> Result<ContextReport> {
    let mut rep = ContextReport::default();
    for (i, line) in input.lines().enumerate() {
        let lineno = i + 1;
        let line = line.map_err(|e| Error::io(file, e))?;
        if line.trim().is_empty() {
            continue;
        }
        let bad = |m: String| Error::Input { file: file.to_string(), message: format!("line {lineno}: {m}") };
        let value: serde_json::Value = serde_json::from_str(&line).map_err(|e| bad(format!("not JSON: {e}")))?;
        let rec: ContextRecord = serde_json::from_value(value.clone()).map_err(|e| bad(format!("not a context record: {e}")))?;
        let (s, e) = char_to_byte(&rec.text, rec.start, rec.end)
            .ok_or_else(|| bad(format!("start/end {}..{} outside the text", rec.start, rec.end)))?;
        if let Some(t) = &rec.target {
            if rec.text.get(s..e) != Some(t.as_str()) {
                return Err(bad("text[start:end] is not the target".into()));
            }
        }
        let lang = rec.lang.as_deref().and_then(Lang::from_code);
        let (mods, _) = engine.classify(&rec.text, s, e, lang);
        let pred = ContextPrediction::from(&mods);
        rep.records += 1;
        if let Some(g) = rec.negated {
            rep.negated.add(g, pred.negated);
        }
        if let Some(g) = rec.uncertain {
            rep.uncertain.add(g, pred.uncertain);
        }
        if let Some(t) = rec.temporality.as_deref() {
            rep.historical.add(t == "historical", pred.temporality == "historical");
            rep.hypothetical.add(t == "hypothetical", pred.temporality == "hypothetical");
        }
        if let Some(x) = rec.experiencer.as_deref() {
            rep.other_experiencer.add(x != "patient", pred.experiencer != "patient");
        }
        on_prediction(value, &pred)?;
    }
    Ok(rep)
}

/// A notes gold record.
#[derive(Debug, Clone, serde::Deserialize, serde::Serialize)]
pub struct NotesRecord {
    pub id: String,
    #[serde(default)]
    pub lang: Option<String>,
    pub text: String,
    pub mentions: Vec<GoldMention>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Deserialize, serde::Serialize)]
pub struct GoldMention {
    pub concept_id: i64,
    pub status: Status,
}

/// Detection and strict counts.
#[derive(Debug, Clone, Copy, Default, serde::Serialize)]
pub struct NotesCounts {
    pub notes: u64,
    pub detection: Counts,
    pub strict: Counts,
}

/// One record whose prediction differs from gold.
#[derive(Debug, Clone, serde::Serialize)]
pub struct NotesDiff {
    pub id: String,
    pub missing: Vec<GoldMention>,
    pub spurious: Vec<GoldMention>,
}

/// Scores of `eval notes`.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct NotesReport {
    pub overall: NotesCounts,
    pub by_lang: BTreeMap<String, NotesCounts>,
    pub diffs: Vec<NotesDiff>,
    /// With detection on: how often it picked the gold language.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lang_detection: Option<LangDetection>,
}

/// How language detection fared against the gold `lang` of each record.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct LangDetection {
    pub notes: u64,
    /// Detection named the gold language.
    pub right: u64,
    /// Detection was not sure (the note was matched in every candidate language).
    pub unsure: u64,
    /// Records where detection named another language.
    pub wrong: Vec<String>,
}

/// Read a notes gold file.
pub fn read_notes_gold<R: BufRead>(input: R, file: &str) -> Result<Vec<NotesRecord>> {
    let mut out = Vec::new();
    for (i, line) in input.lines().enumerate() {
        let line = line.map_err(|e| Error::io(file, e))?;
        if line.trim().is_empty() {
            continue;
        }
        let rec: NotesRecord = serde_json::from_str(&line)
            .map_err(|e| Error::Input { file: file.to_string(), message: format!("line {}: not a notes gold record: {e}", i + 1) })?;
        out.push(rec);
    }
    Ok(out)
}

/// Run the pipeline on every record and score it.
pub fn eval_notes(engine: &Engine, records: &[NotesRecord]) -> NotesReport {
    eval_notes_with(engine, records, false)
}

/// [`eval_notes`]; with `detect`, each record's `lang` is hidden from the engine (detection decides), still
/// used to group the scores, and how often detection picked it is counted.
pub fn eval_notes_with(engine: &Engine, records: &[NotesRecord], detect: bool) -> NotesReport {
    let mut rep = NotesReport::default();
    for (i, rec) in records.iter().enumerate() {
        let gold_lang = rec.lang.as_deref().and_then(Lang::from_code);
        let lang = if detect { None } else { gold_lang };
        let note = Note { note_id: i as i64, language: lang, text: rec.text.clone(), ..Default::default() };
        if detect {
            let d = rep.lang_detection.get_or_insert_with(LangDetection::default);
            d.notes += 1;
            match engine.plan(&note) {
                crate::detect::Detected::One(l) | crate::detect::Detected::Mixed { main: l, .. } if Some(l) == gold_lang => d.right += 1,
                crate::detect::Detected::Unsure(_) => d.unsure += 1,
                _ => d.wrong.push(rec.id.clone()),
            }
        }
        let pred: BTreeSet<GoldMention> =
            engine.extract(&note).iter().map(|m| GoldMention { concept_id: m.concept_id, status: m.status() }).collect();
        let gold: BTreeSet<GoldMention> = rec.mentions.iter().copied().collect();
        let lang_key = rec.lang.clone().unwrap_or_else(|| engine.default_lang().code().to_string());
        for counts in [&mut rep.overall, rep.by_lang.entry(lang_key).or_default()] {
            counts.notes += 1;
            score_sets(&gold, &pred, counts);
        }
        if gold != pred {
            rep.diffs.push(NotesDiff {
                id: rec.id.clone(),
                missing: gold.difference(&pred).copied().collect(),
                spurious: pred.difference(&gold).copied().collect(),
            });
        }
    }
    rep
}

fn score_sets(gold: &BTreeSet<GoldMention>, pred: &BTreeSet<GoldMention>, c: &mut NotesCounts) {
    let tp = gold.intersection(pred).count() as u64;
    c.strict.tp += tp;
    c.strict.fp += pred.len() as u64 - tp;
    c.strict.fn_ += gold.len() as u64 - tp;
    c.strict.n += 1;
    let g: BTreeSet<i64> = gold.iter().map(|m| m.concept_id).collect();
    let p: BTreeSet<i64> = pred.iter().map(|m| m.concept_id).collect();
    let tp = g.intersection(&p).count() as u64;
    c.detection.tp += tp;
    c.detection.fp += p.len() as u64 - tp;
    c.detection.fn_ += g.len() as u64 - tp;
    c.detection.n += 1;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_f1() {
        let mut c = Counts::default();
        c.add(true, true);
        c.add(true, false);
        c.add(false, true);
        c.add(false, false);
        assert_eq!((c.tp, c.fp, c.fn_, c.n), (1, 1, 1, 4));
        assert!((c.f1() - 0.5).abs() < 1e-9);
    }

    #[test]
    fn char_offsets() {
        assert_eq!(char_to_byte("fièvre x", 0, 6), Some((0, 7)));
        assert_eq!(char_to_byte("fièvre x", 7, 8), Some((8, 9)));
        assert_eq!(char_to_byte("ab", 1, 5), None);
    }
}
