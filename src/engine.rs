//! The engine: lexicons compiled into matchers, one pipeline per language, shared across threads.
//!
//! `EngineBuilder` validates the configuration and the lexicons and builds an immutable `Engine`
//! (`Send + Sync`). Each worker keeps a [`Scratch`] so the hot path reuses its buffers.

use std::collections::HashMap;
use std::path::PathBuf;

use crate::concept::ConceptTable;
use crate::context::{self, FoundTrigger, TriggerInfo};
use crate::detect::{Detected, LangDetector};
use crate::error::{Error, Result};
use crate::lang::Lang;
use crate::lexicon::{Category, Direction, LexiconSet, Origin, SectionKind, SegmentRow};
use crate::matcher::{Dictionary, DictionaryBuilder, Hit};
use crate::mention::{Evidence, EvidenceSource, Mention, Modifiers, Subject};
use crate::normalize::{NormalizeOptions, Normalized, Normalizer};
use crate::note::Note;
use crate::segment::{Segmenter, Sentence};

/// How to build an engine.
#[derive(Debug, Clone)]
pub struct EngineBuilder {
    builtin: bool,
    builtin_symptoms: bool,
    lexicon_dirs: Vec<PathBuf>,
    extra: Vec<LexiconSet>,
    fold_accents: bool,
    /// Languages a note without one may be in; `None`: every language with a lexicon.
    candidates: Option<Vec<Lang>>,
}

impl Default for EngineBuilder {
    fn default() -> Self {
        EngineBuilder {
            builtin: true,
            builtin_symptoms: true,
            lexicon_dirs: Vec::new(),
            extra: Vec::new(),
            fold_accents: true,
            candidates: None,
        }
    }
}

impl EngineBuilder {
    pub fn new() -> Self {
        Self::default()
    }

    /// Add a lexicon directory (`concepts.tsv`, `symptoms/<lang>.tsv`, ...), loaded after the builtin files.
    pub fn lexicon_dir(mut self, dir: impl Into<PathBuf>) -> Self {
        self.lexicon_dirs.push(dir.into());
        self
    }

    /// Add rows already loaded (for tests and embedding).
    pub fn lexicon_set(mut self, set: LexiconSet) -> Self {
        self.extra.push(set);
        self
    }

    /// Use the builtin lexicons at all (default true). Without them, the added ones must hold concepts.
    pub fn builtin(mut self, yes: bool) -> Self {
        self.builtin = yes;
        self
    }

    /// Keep the builtin symptom terms (default true). Context triggers and concepts stay either way.
    pub fn builtin_symptoms(mut self, yes: bool) -> Self {
        self.builtin_symptoms = yes;
        self
    }

    /// Fold accents (default true).
    pub fn fold_accents(mut self, yes: bool) -> Self {
        self.fold_accents = yes;
        self
    }

    /// The one language of notes that do not say theirs (no detection).
    pub fn default_lang(mut self, lang: Lang) -> Self {
        self.candidates = Some(vec![lang]);
        self
    }

    /// The languages a note that does not say its own may be in (default: all with a lexicon). With one,
    /// such notes are in it; with several, the language is detected among them, line by line for notes
    /// that mix two, and a note too short to tell is matched in every candidate.
    pub fn candidates(mut self, langs: &[Lang]) -> Self {
        self.candidates = Some(langs.to_vec());
        self
    }

    /// Load the lexicons (fatal on any malformed row or unknown concept) and compile the matchers.
    pub fn build(self) -> Result<Engine> {
        let mut set = if self.builtin { LexiconSet::builtin_filtered(self.builtin_symptoms)? } else { LexiconSet::empty() };
        for dir in &self.lexicon_dirs {
            set.add_dir(dir)?;
        }
        for extra in self.extra {
            set.concepts.extend(extra.concepts);
            for (l, v) in extra.symptoms {
                set.symptoms.entry(l).or_default().extend(v);
            }
            for (l, v) in extra.context {
                set.context.entry(l).or_default().extend(v);
            }
            for (l, v) in extra.segment {
                set.segment.entry(l).or_default().extend(v);
            }
        }
        set.validate()?;
        Engine::from_set(&set, self.fold_accents, self.candidates)
    }
}

/// What a symptom term does.
#[derive(Debug, Clone)]
pub struct TermInfo {
    /// Index in the concept table; `u32::MAX` for `ignore` terms.
    pub concept_index: u32,
    pub negated: bool,
    /// Sides that may continue into a longer word (`compound`, `stem` flags); the mention then covers the word.
    pub open: u8,
    pub origin: Origin,
}

#[derive(Debug)]
struct LangPipeline {
    term_infos: Vec<TermInfo>,
    trigger_infos: Vec<TriggerInfo>,
    /// The patterns and segmentation rows, until first use compiles them (a run over English notes
    /// should not pay for compiling six other languages' automata).
    pending: std::sync::Mutex<Option<(DictionaryBuilder<u32>, Vec<SegmentRow>)>>,
    compiled: std::sync::OnceLock<Compiled>,
}

#[derive(Debug)]
struct Compiled {
    segmenter: Segmenter,
    /// Symptom terms (group [`TERMS`], values index `term_infos`) and context triggers (group
    /// [`TRIGGERS`], values index `trigger_infos`) in one automaton.
    dict: Dictionary<u32>,
    /// Why compiling failed (the dictionary is then empty); reported by [`Engine::compile_all`].
    error: Option<String>,
}

impl LangPipeline {
    fn compiled(&self) -> &Compiled {
        self.compiled.get_or_init(|| {
            let pending = self.pending.lock().map(|mut g| g.take()).unwrap_or_else(|poisoned| poisoned.into_inner().take());
            let Some((db, rows)) = pending else {
                return Compiled {
                    segmenter: Segmenter::default(),
                    dict: Dictionary::empty(),
                    error: Some("lexicon compiled twice".into()),
                };
            };
            let segmenter = Segmenter::new(&rows, db.normalizer());
            match db.build() {
                Ok(dict) => Compiled { segmenter, dict, error: None },
                Err(e) => Compiled { segmenter, dict: Dictionary::empty(), error: Some(e.to_string()) },
            }
        })
    }

    fn dict(&self) -> &Dictionary<u32> {
        &self.compiled().dict
    }

    fn segmenter(&self) -> &Segmenter {
        &self.compiled().segmenter
    }
}

/// The compiled engine. Immutable, `Send + Sync`; share it across threads.
#[derive(Debug)]
pub struct Engine {
    concepts: ConceptTable,
    pipelines: Vec<Option<LangPipeline>>,
    default_lang: Lang,
    candidates: Vec<Lang>,
    detector: Option<LangDetector>,
    normalizer: Normalizer,
    fingerprint: String,
}

/// Per-worker buffers, reused from note to note.
#[derive(Debug, Default)]
pub struct Scratch {
    norm: Normalized,
    sentences: Vec<Sentence>,
    candidates: Vec<Hit>,
    /// Hits per dictionary group: terms, triggers.
    hits: [Vec<Hit>; 2],
    triggers: Vec<FoundTrigger>,
    reached: Vec<FoundTrigger>,
    /// Mentions of a second language of the same note.
    more: Vec<Mention>,
    /// Language detection: each candidate's literal hits.
    lang_hits: Vec<Vec<(usize, usize)>>,
}

const TERMS: u8 = 0;
const TRIGGERS: u8 = 1;

fn lang_index(l: Lang) -> usize {
    Lang::ALL.iter().position(|&x| x == l).unwrap_or(0)
}

impl Engine {
    /// An engine with the builtin lexicons only.
    pub fn new() -> Result<Engine> {
        EngineBuilder::new().build()
    }

    /// The builder.
    pub fn builder() -> EngineBuilder {
        EngineBuilder::new()
    }

    fn from_set(set: &LexiconSet, fold_accents: bool, candidates: Option<Vec<Lang>>) -> Result<Engine> {
        let normalizer = Normalizer::new(NormalizeOptions { fold_accents });
        let keep_accents = Normalizer::new(NormalizeOptions { fold_accents: false });
        let concepts = ConceptTable::new(&set.concepts);
        let mut pipelines: Vec<Option<LangPipeline>> = (0..Lang::ALL.len()).map(|_| None).collect();
        // Each language's rows are checked now; its automaton is compiled on first use.
        let build_one = |lang: Lang| -> Result<(Lang, LangPipeline)> {
            // Symptom terms: the same (term, concept) later replaces earlier (user files override builtin).
            let mut term_infos: Vec<TermInfo> = Vec::new();
            let mut term_rows: Vec<(String, bool, bool, u8, u32)> = Vec::new();
            let mut seen: HashMap<(String, bool, bool, i64), usize> = HashMap::new();
            for r in set.symptoms.get(&lang).map(Vec::as_slice).unwrap_or(&[]) {
                let concept_index = if r.flags.ignore {
                    u32::MAX
                } else {
                    concepts.index_of(r.concept_id).ok_or_else(|| Error::Lexicon {
                        file: r.origin.file.to_string(),
                        line: r.origin.line,
                        message: format!("unknown concept_id {}", r.concept_id),
                    })?
                };
                let key_text = if r.flags.case_sensitive {
                    r.term.clone()
                } else if r.flags.accent_sensitive {
                    keep_accents.normalize_term(&r.term)
                } else {
                    normalizer.normalize_term(&r.term)
                };
                let info = TermInfo { concept_index, negated: r.flags.negated, open: r.flags.open(), origin: r.origin.clone() };
                match seen.get(&(key_text.clone(), r.flags.case_sensitive, r.flags.accent_sensitive, r.concept_id)) {
                    Some(&i) => {
                        term_infos[i] = info;
                        term_rows[i] = (r.term.clone(), r.flags.case_sensitive, r.flags.accent_sensitive, r.flags.open(), i as u32);
                    }
                    None => {
                        seen.insert((key_text, r.flags.case_sensitive, r.flags.accent_sensitive, r.concept_id), term_infos.len());
                        term_rows.push((
                            r.term.clone(),
                            r.flags.case_sensitive,
                            r.flags.accent_sensitive,
                            r.flags.open(),
                            term_infos.len() as u32,
                        ));
                        term_infos.push(info);
                    }
                }
            }
            let mut db = DictionaryBuilder::new(normalizer);
            for (term, cs, acc, open, idx) in term_rows {
                db.add_open(TERMS, &term, cs, acc, open, idx);
            }
            // Context triggers: the same trigger later replaces earlier.
            let mut trigger_infos: Vec<TriggerInfo> = Vec::new();
            let mut trig_rows: Vec<(String, bool, bool, bool)> = Vec::new();
            let mut tseen: HashMap<(String, bool, bool, bool), usize> = HashMap::new();
            for r in set.context.get(&lang).map(Vec::as_slice).unwrap_or(&[]) {
                let key = if r.flags.regex || r.flags.case_sensitive {
                    r.trigger.clone()
                } else if r.flags.accent_sensitive {
                    keep_accents.normalize_term(&r.trigger)
                } else {
                    normalizer.normalize_term(&r.trigger)
                };
                let info = TriggerInfo {
                    text: r.trigger.clone(),
                    norm: std::sync::Arc::from(key.as_str()),
                    regex: r.flags.regex,
                    stop: r.flags.stop,
                    nearest: r.flags.nearest,
                    category: r.category,
                    direction: r.direction,
                    window: r.window,
                    origin: r.origin.clone(),
                };
                let row = (r.trigger.clone(), r.flags.case_sensitive, r.flags.accent_sensitive, r.flags.regex);
                match tseen.get(&(key.clone(), r.flags.regex, r.flags.case_sensitive, r.flags.accent_sensitive)) {
                    Some(&i) => {
                        trigger_infos[i] = info;
                        trig_rows[i] = row;
                    }
                    None => {
                        tseen.insert((key, r.flags.regex, r.flags.case_sensitive, r.flags.accent_sensitive), trigger_infos.len());
                        trigger_infos.push(info);
                        trig_rows.push(row);
                    }
                }
            }
            for (i, (text, cs, acc, re)) in trig_rows.into_iter().enumerate() {
                if re {
                    db.add_regex(TRIGGERS, &text, i as u32)?;
                } else {
                    db.add_in(TRIGGERS, &text, cs, acc, i as u32);
                }
            }
            let rows = set.segment.get(&lang).cloned().unwrap_or_default();
            Ok((
                lang,
                LangPipeline {
                    term_infos,
                    trigger_infos,
                    pending: std::sync::Mutex::new(Some((db, rows))),
                    compiled: std::sync::OnceLock::new(),
                },
            ))
        };
        for lang in set.languages() {
            let (lang, p) = build_one(lang)?;
            pipelines[lang_index(lang)] = Some(p);
        }
        let available: Vec<Lang> = Lang::ALL.into_iter().filter(|&l| pipelines[lang_index(l)].is_some()).collect();
        let mut candidates = candidates.unwrap_or_else(|| available.clone());
        candidates.dedup();
        if candidates.is_empty() {
            return Err(Error::Config("no language to process notes in".into()));
        }
        if let Some(l) = candidates.iter().find(|&&l| pipelines[lang_index(l)].is_none()) {
            return Err(Error::Config(format!("no lexicon for language {l}")));
        }
        // English first when it is a candidate: the fallback when nothing else decides.
        let default_lang = if candidates.contains(&Lang::En) { Lang::En } else { candidates[0] };
        let detector = (candidates.len() > 1).then(|| LangDetector::new(&candidates));
        Ok(Engine { concepts, pipelines, default_lang, candidates, detector, normalizer, fingerprint: set.fingerprint() })
    }

    /// Compile every language now (they are compiled on first use otherwise) and report the first that
    /// failed. `symptext lexicon check` calls it; extraction need not.
    pub fn compile_all(&self) -> Result<()> {
        for (i, p) in self.pipelines.iter().enumerate() {
            if let Some(e) = p.as_ref().and_then(|p| p.compiled().error.clone()) {
                return Err(Error::Config(format!("compiling the {} lexicon: {e}", Lang::ALL[i])));
            }
        }
        Ok(())
    }

    /// Errors of the languages compiled so far (compiling never fails on lexicons that `lexicon check`
    /// passes; a failed language matches nothing).
    pub fn compile_errors(&self) -> Vec<String> {
        self.pipelines
            .iter()
            .enumerate()
            .filter_map(|(i, p)| p.as_ref()?.compiled.get()?.error.as_ref().map(|e| format!("compiling the {} lexicon: {e}", Lang::ALL[i])))
            .collect()
    }

    /// The concepts the engine knows.
    pub fn concepts(&self) -> &ConceptTable {
        &self.concepts
    }

    /// Languages with a pipeline.
    pub fn languages(&self) -> Vec<Lang> {
        Lang::ALL.into_iter().filter(|&l| self.pipelines[lang_index(l)].is_some()).collect()
    }

    pub fn default_lang(&self) -> Lang {
        self.default_lang
    }

    /// A short fingerprint of the lexicons (8 hex digits).
    pub fn lexicon_fingerprint(&self) -> &str {
        &self.fingerprint
    }

    /// `symptext <version> lex:<fingerprint>`, the OMOP `nlp_system`.
    pub fn nlp_system(&self) -> String {
        format!("symptext {} lex:{}", env!("CARGO_PKG_VERSION"), self.fingerprint)
    }

    /// The language a note is processed in.
    pub fn lang_for(&self, lang: Option<Lang>) -> Lang {
        match lang {
            Some(l) if self.pipelines[lang_index(l)].is_some() => l,
            _ => self.default_lang,
        }
    }

    fn pipeline(&self, lang: Lang) -> &LangPipeline {
        match &self.pipelines[lang_index(lang)] {
            Some(p) => p,
            // from_set guarantees the default language has a pipeline.
            None => self.pipelines[lang_index(self.default_lang)].as_ref().expect("default language pipeline exists"),
        }
    }

    /// Extract the mentions of one note.
    pub fn extract(&self, note: &Note) -> Vec<Mention> {
        let mut scratch = Scratch::default();
        let mut out = Vec::new();
        self.extract_into(note, &mut scratch, &mut out);
        out
    }

    /// The language plan of a note: its own language when it names one the engine has, the single
    /// candidate, or what detection decides.
    pub fn plan(&self, note: &Note) -> Detected {
        self.plan_with(note, &mut Scratch::default())
    }

    fn plan_with(&self, note: &Note, scratch: &mut Scratch) -> Detected {
        match (note.language.filter(|&l| self.pipelines[lang_index(l)].is_some()), &self.detector) {
            (Some(l), _) => Detected::One(l),
            (None, None) => Detected::One(self.default_lang),
            (None, Some(d)) => self.detect(d, &note.text, scratch),
        }
    }

    /// Detection, in two voices. Trigram statistics (`whatlang`) know prose but not clinical shorthand: an
    /// English note full of Latin medical words can look French, and `c/o SOB 3/7. nil fever` looks like
    /// nothing. The lexicons know the shorthand: each candidate's terms and triggers are matched (literal
    /// patterns only) and the bytes they cover counted, for the note and for each line.
    /// - The note's language is the statistical answer when it is reliable and its lexicon covers at least
    ///   half as much as the best; else the best-covering language when it covers half as much again as
    ///   the next; else the note is undecided and read in every candidate, best covered first.
    /// - A line of some length that another language covers twice as well as the note's language, and
    ///   clearly, is read in that language (a Belgian note with a French and a Dutch paragraph).
    fn detect(&self, d: &LangDetector, text: &str, scratch: &mut Scratch) -> Detected {
        const MIN_LINE_BYTES: usize = 30;
        const MIN_LINE_COVER: usize = 10;
        const CLEAR_COVER: usize = 20;
        self.normalizer.normalize_into(text, &mut scratch.norm);
        // Hits (normalized byte ranges) of every candidate, and each one's total coverage.
        let n = self.candidates.len();
        scratch.lang_hits.resize_with(n, Vec::new);
        let mut totals: Vec<(usize, usize)> = Vec::with_capacity(n);
        for (i, &l) in self.candidates.iter().enumerate() {
            self.pipeline(l).dict().find_literal_groups(&scratch.norm, text, &mut scratch.candidates, &mut scratch.hits);
            let hits = &mut scratch.lang_hits[i];
            hits.clear();
            hits.extend(scratch.hits.iter().flatten().map(|h| (h.start, h.end)));
            hits.sort_unstable();
            totals.push((hits.iter().map(|h| h.1 - h.0).sum(), i));
        }
        let total_of = |l: Lang| self.candidates.iter().position(|&c| c == l).map(|i| totals[i].0).unwrap_or(0);
        let mut ranked = totals.clone();
        ranked.sort_by_key(|t| std::cmp::Reverse(t.0)); // stable: ties keep the candidates' order
        let (best, best_i) = ranked[0];
        let second = ranked.get(1).map(|t| t.0).unwrap_or(0);
        // A lexicon that covers three times as much as any other, and a fair share of the note, decides
        // alone; the trigram pass (the dearer half of detection) is for the rest.
        let stat = if best >= CLEAR_COVER && best >= 3 * second && 4 * best >= scratch.norm.text.len() {
            Some((self.candidates[best_i], 1.0, true))
        } else {
            d.detect_text(text)
        };
        let main = match stat {
            Some((l, _, true)) if 2 * total_of(l) >= best => l,
            _ if best > 0 && 2 * best >= 3 * second => self.candidates[best_i],
            _ => {
                // Undecided: the statistical guess first, then by coverage.
                let mut order: Vec<Lang> = Vec::with_capacity(n);
                if let Some((l, _, _)) = stat {
                    order.push(l);
                }
                for t in &ranked {
                    if !order.contains(&self.candidates[t.1]) {
                        order.push(self.candidates[t.1]);
                    }
                }
                return Detected::Unsure(order);
            }
        };
        // Lines in another language.
        let norm = &scratch.norm.text;
        let main_i = self.candidates.iter().position(|&c| c == main).unwrap_or(0);
        let mut spans: Vec<(usize, usize, Lang)> = Vec::new();
        let mut line_start = 0;
        for line in norm.split_inclusive('\n') {
            let (a, b) = (line_start, line_start + line.len());
            line_start = b;
            if line.trim().len() < MIN_LINE_BYTES {
                continue;
            }
            let cover = |i: usize| -> usize { scratch.lang_hits[i].iter().filter(|h| h.0 >= a && h.1 <= b).map(|h| h.1 - h.0).sum() };
            let here = cover(main_i);
            let Some((c, i)) = (0..n).filter(|&i| i != main_i).map(|i| (cover(i), i)).max_by_key(|x| x.0) else { continue };
            if c >= MIN_LINE_COVER && c >= 2 * here.max(1) {
                let (oa, ob) = scratch.norm.to_original(a, b, text);
                spans.push((oa, ob, self.candidates[i]));
            }
        }
        if spans.is_empty() {
            Detected::One(main)
        } else {
            Detected::Mixed { main, spans }
        }
    }

    /// The candidate languages for notes without one.
    pub fn candidates(&self) -> &[Lang] {
        &self.candidates
    }

    /// Extract the mentions of one note into `out` (cleared first), reusing `scratch`.
    pub fn extract_into(&self, note: &Note, scratch: &mut Scratch, out: &mut Vec<Mention>) {
        out.clear();
        match self.plan_with(note, scratch) {
            Detected::One(l) => self.extract_lang(l, note, scratch, out),
            Detected::Mixed { main, spans } => {
                let inside =
                    |m: &Mention, l: Option<Lang>| spans.iter().any(|s| (l.is_none() || l == Some(s.2)) && m.start >= s.0 && m.start < s.1);
                self.extract_lang(main, note, scratch, out);
                out.retain(|m| !inside(m, None));
                let mut langs: Vec<Lang> = spans.iter().map(|s| s.2).collect();
                langs.sort_unstable();
                langs.dedup();
                let mut more = std::mem::take(&mut scratch.more);
                for l in langs {
                    more.clear();
                    self.extract_lang(l, note, scratch, &mut more);
                    out.extend(more.drain(..).filter(|m| inside(m, Some(l))));
                }
                scratch.more = more;
                out.sort_by_key(|m| (m.start, m.end));
            }
            Detected::Unsure(ranked) => {
                // Every candidate, best guess first; a later language adds only what the earlier did not
                // already find (the same concept over an overlapping span counts once).
                let mut more = std::mem::take(&mut scratch.more);
                for l in ranked {
                    more.clear();
                    self.extract_lang(l, note, scratch, &mut more);
                    for m in more.drain(..) {
                        if !out.iter().any(|k| k.concept_id == m.concept_id && k.start < m.end && m.start < k.end) {
                            out.push(m);
                        }
                    }
                }
                scratch.more = more;
                out.sort_by_key(|m| (m.start, m.end));
            }
        }
    }

    /// Append the mentions of a note read in one language.
    fn extract_lang(&self, lang: Lang, note: &Note, scratch: &mut Scratch, out: &mut Vec<Mention>) {
        let p = self.pipeline(lang);
        let text = note.text.as_str();
        self.normalizer.normalize_into(text, &mut scratch.norm);
        self.find_hits(p, text, scratch);
        if scratch.hits[TERMS as usize].is_empty() {
            return;
        }
        p.segmenter().segment(&scratch.norm.text, &mut scratch.sentences);
        self.collect_triggers(p, text, scratch);
        let norm = &scratch.norm;
        let (mut char_pos, mut byte_pos) = (0usize, 0usize);
        let ascii = text.is_ascii();
        for hit in &scratch.hits[TERMS as usize] {
            let Some(si) = sentence_of(&scratch.sentences, hit.start) else { continue };
            let sent = scratch.sentences[si];
            let trig = triggers_in(&scratch.triggers, sent.start, sent.end);
            let terms = &scratch.hits[TERMS as usize];
            let others = |a: usize, b: usize| terms.iter().any(|h| h.start >= a && h.end <= b && h.end > h.start);
            let (ss, se) = norm.to_original(sent.start, sent.end, text);
            for &ti in p.dict().entries_in(TERMS, hit, norm, text) {
                let info = &p.term_infos[ti as usize];
                if info.concept_index == u32::MAX {
                    continue;
                }
                let (hs, he) = crate::matcher::widen_open(&norm.text, hit.start, hit.end, info.open);
                let (start, end) = norm.to_original(hs, he, text);
                if ascii {
                    char_pos = start;
                } else {
                    if start < byte_pos {
                        (char_pos, byte_pos) = (0, 0);
                    }
                    char_pos += text.get(byte_pos..start).map(|s| s.chars().count()).unwrap_or(0);
                    byte_pos = start;
                }
                let (modifiers, evidence) =
                    self.modifiers_for(p, norm, text, trig, &sent, hs, he, info.negated, &mut scratch.reached, &others);
                let concept_id = self.concepts.get(info.concept_index).map(|c| c.concept_id).unwrap_or(0);
                out.push(Mention {
                    note_id: note.note_id,
                    lang,
                    start,
                    end,
                    char_offset: char_pos,
                    concept_id,
                    concept_index: info.concept_index,
                    // A term that holds a clause break (`;`, `. `) ends past its clause: the clause then
                    // reaches to the term's end, so it always holds the mention.
                    sentence_start: ss.min(start),
                    sentence_end: se.max(end),
                    section: sent.section,
                    modifiers,
                    evidence,
                });
            }
        }
    }

    /// One scan of the normalized text for terms and triggers.
    fn find_hits(&self, p: &LangPipeline, text: &str, scratch: &mut Scratch) {
        p.dict().find_groups(&scratch.norm, text, &mut scratch.candidates, &mut scratch.hits);
    }

    /// The trigger hits with their entries, in order.
    fn collect_triggers(&self, p: &LangPipeline, text: &str, scratch: &mut Scratch) {
        scratch.triggers.clear();
        let terms = &scratch.hits[TERMS as usize];
        let mut ti = 0;
        for h in &scratch.hits[TRIGGERS as usize] {
            // A trigger inside a longer term belongs to the term's words (`pas d'appétit`, `hoest niet
            // meer`, `unable to sleep`): it modifies nothing. Both lists are in order of start.
            while ti < terms.len() && terms[ti].end <= h.start {
                ti += 1;
            }
            let inside = terms[ti..].iter().take_while(|t| t.start <= h.start).any(|t| h.end <= t.end && t.end - t.start > h.end - h.start);
            if inside {
                continue;
            }
            for &i in p.dict().entries_in(TRIGGERS, h, &scratch.norm, text) {
                scratch.triggers.push(FoundTrigger { start: h.start, end: h.end, info: i });
            }
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn modifiers_for(
        &self,
        p: &LangPipeline,
        norm: &Normalized,
        text: &str,
        trig: &[FoundTrigger],
        sent: &Sentence,
        t_start: usize,
        t_end: usize,
        term_negated: bool,
        reached: &mut Vec<FoundTrigger>,
        other_target_within: &dyn Fn(usize, usize) -> bool,
    ) -> (Modifiers, Vec<Evidence>) {
        let mut mods = Modifiers::default();
        let mut evidence = Vec::new();
        if term_negated {
            mods.negated = true;
            let (a, b) = norm.to_original(t_start, t_end, text);
            evidence.push(Evidence {
                category: Category::Negated,
                trigger: std::sync::Arc::from(&norm.text[t_start..t_end]),
                start: a,
                end: b,
                source: EvidenceSource::Term,
            });
        }
        match sent.section {
            // Past, social and allergy histories describe what is known of the patient over time, not this episode.
            Some(k @ (SectionKind::PastHistory | SectionKind::SocialHistory | SectionKind::Allergies)) => {
                mods.historical = true;
                evidence.push(section_evidence(Category::Historical, k));
            }
            Some(SectionKind::FamilyHistory) => {
                mods.subject = Subject::Family;
                evidence.push(section_evidence(Category::Family, SectionKind::FamilyHistory));
            }
            _ => {}
        }
        reached.clear();
        context::apply(&norm.text, trig, &p.trigger_infos, t_start, t_end, &mut mods, reached, other_target_within);
        for g in reached.iter() {
            let info = &p.trigger_infos[g.info as usize];
            let (a, b) = norm.to_original(g.start, g.end, text);
            evidence.push(Evidence {
                category: info.category,
                trigger: if info.regex { std::sync::Arc::from(&norm.text[g.start..g.end]) } else { info.norm.clone() },
                start: a,
                end: b,
                source: EvidenceSource::Trigger { file: info.origin.file.clone(), line: info.origin.line },
            });
        }
        (mods, evidence)
    }

    /// Classify a given target (byte range in `text`) with the context stage only (no term matching).
    /// This is what `eval context` scores.
    pub fn classify(&self, text: &str, start: usize, end: usize, lang: Option<Lang>) -> (Modifiers, Vec<Evidence>) {
        let p = self.pipeline(self.lang_for(lang));
        let mut scratch = Scratch::default();
        self.normalizer.normalize_into(text, &mut scratch.norm);
        p.segmenter().segment(&scratch.norm.text, &mut scratch.sentences);
        self.find_hits(p, text, &mut scratch);
        self.collect_triggers(p, text, &mut scratch);
        let ns = scratch.norm.from_original(start);
        let ne = scratch.norm.from_original(end).max(ns);
        let Some(si) = sentence_of(&scratch.sentences, ns) else { return (Modifiers::default(), Vec::new()) };
        let sent = scratch.sentences[si];
        let trig = triggers_in(&scratch.triggers, sent.start, sent.end);
        self.modifiers_for(p, &scratch.norm, text, trig, &sent, ns, ne, false, &mut scratch.reached, &|_, _| false)
    }

    /// Everything the pipeline saw in a text, for `symptext explain`.
    pub fn explain(&self, text: &str, lang: Option<Lang>) -> Explanation {
        let lang = match lang {
            Some(l) => self.lang_for(Some(l)),
            // The language detection would pick (the main one of a mixed note, the best guess of an unsure one).
            None => match self.plan(&Note { text: text.to_string(), ..Default::default() }) {
                Detected::One(l) | Detected::Mixed { main: l, .. } => l,
                Detected::Unsure(ranked) => ranked.first().copied().unwrap_or(self.default_lang),
            },
        };
        let p = self.pipeline(lang);
        let mut scratch = Scratch::default();
        let note = Note { note_id: 0, language: Some(lang), text: text.to_string(), ..Default::default() };
        let mut mentions = Vec::new();
        self.extract_into(&note, &mut scratch, &mut mentions);
        // extract_into skips segmentation when there is no term; explain always shows it.
        self.normalizer.normalize_into(text, &mut scratch.norm);
        p.segmenter().segment(&scratch.norm.text, &mut scratch.sentences);
        self.find_hits(p, text, &mut scratch);
        self.collect_triggers(p, text, &mut scratch);
        let norm = &scratch.norm;
        let sentences = scratch
            .sentences
            .iter()
            .map(|s| {
                let (a, b) = norm.to_original(s.start, s.end, text);
                ExplainSentence { start: a, end: b, text: text[a..b].to_string(), section: s.section, header: s.header }
            })
            .collect();
        let triggers = scratch
            .triggers
            .iter()
            .map(|g| {
                let info = &p.trigger_infos[g.info as usize];
                let (a, b) = norm.to_original(g.start, g.end, text);
                let scope = scope_of(&norm.text, &scratch.sentences, &scratch.triggers, &p.trigger_infos, g)
                    .map(|(s, e)| norm.to_original(s, e, text));
                ExplainTrigger {
                    start: a,
                    end: b,
                    text: text[a..b].to_string(),
                    category: info.category,
                    direction: info.direction,
                    window: info.window,
                    scope_start: scope.map(|s| s.0),
                    scope_end: scope.map(|s| s.1),
                    lexicon: info.origin.to_string(),
                }
            })
            .collect();
        let mentions = mentions
            .into_iter()
            .map(|m| {
                let c = self.concepts.get(m.concept_index);
                ExplainMention {
                    text: m.lexical_variant(text).to_string(),
                    concept_name: c.map(|c| c.name.clone()).unwrap_or_default(),
                    snomed_code: c.map(|c| c.snomed_code.clone()).unwrap_or_default(),
                    status: m.status().name(),
                    term_exists: m.modifiers.exists(),
                    mention: m,
                }
            })
            .collect();
        Explanation { lang, normalized: scratch.norm.text.clone(), sentences, triggers, mentions }
    }
}

fn section_evidence(category: Category, section: SectionKind) -> Evidence {
    Evidence { category, trigger: std::sync::Arc::from(section.name()), start: 0, end: 0, source: EvidenceSource::Section { section } }
}

/// Index of the sentence that holds normalized offset `pos`.
fn sentence_of(sentences: &[Sentence], pos: usize) -> Option<usize> {
    let i = sentences.partition_point(|s| s.end <= pos);
    sentences.get(i).filter(|s| s.start <= pos).map(|_| i)
}

/// The triggers that lie inside `start..end` (triggers are in order of start).
fn triggers_in(triggers: &[FoundTrigger], start: usize, end: usize) -> &[FoundTrigger] {
    let a = triggers.partition_point(|g| g.start < start);
    let b = triggers.partition_point(|g| g.start < end);
    &triggers[a..b.max(a)]
}

/// The normalized range a trigger's scope covers (for explain).
fn scope_of(
    text: &str,
    sentences: &[Sentence],
    triggers: &[FoundTrigger],
    infos: &[TriggerInfo],
    g: &FoundTrigger,
) -> Option<(usize, usize)> {
    let info = &infos[g.info as usize];
    if !info.category.is_modifier() {
        return None;
    }
    let sent = sentences[sentence_of(sentences, g.start)?];
    let in_sent = triggers_in(triggers, sent.start, sent.end);
    let is_term = |x: &FoundTrigger| infos[x.info as usize].category == Category::Terminate || infos[x.info as usize].stop;
    let mut s = g.start;
    let mut e = g.end;
    if matches!(info.direction, Direction::Forward | Direction::Both) {
        e = in_sent.iter().filter(|x| x.start >= g.end && is_term(x)).map(|x| x.start).min().unwrap_or(sent.end);
        if let Some(w) = info.window {
            e = e.min(window_end(text, g.end, e, w as usize));
        }
    }
    if matches!(info.direction, Direction::Backward | Direction::Both) {
        s = in_sent.iter().filter(|x| x.end <= g.start && is_term(x)).map(|x| x.end).max().unwrap_or(sent.start);
        if let Some(w) = info.window {
            s = s.max(window_start(text, s, g.start, w as usize));
        }
    }
    Some((s, e))
}

fn window_end(text: &str, from: usize, to: usize, w: usize) -> usize {
    let mut n = 0;
    let mut in_word = false;
    for (i, c) in text[from..to].char_indices() {
        let a = c.is_alphanumeric();
        if a && !in_word {
            n += 1;
            if n > w {
                return from + i;
            }
        }
        in_word = a;
    }
    to
}

fn window_start(text: &str, from: usize, to: usize, w: usize) -> usize {
    let mut n = 0;
    let mut in_word = false;
    let slice = &text[from..to];
    for (i, c) in slice.char_indices().rev() {
        let a = c.is_alphanumeric();
        if a && !in_word {
            n += 1;
            if n > w {
                return from + i + c.len_utf8();
            }
        }
        in_word = a;
    }
    from
}

/// What `explain` shows.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Explanation {
    pub lang: Lang,
    pub normalized: String,
    pub sentences: Vec<ExplainSentence>,
    pub triggers: Vec<ExplainTrigger>,
    pub mentions: Vec<ExplainMention>,
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct ExplainSentence {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub section: Option<SectionKind>,
    pub header: bool,
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct ExplainTrigger {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub category: Category,
    pub direction: Direction,
    pub window: Option<u16>,
    /// The byte range its scope covers in the original text (None for pseudo and terminators).
    pub scope_start: Option<usize>,
    pub scope_end: Option<usize>,
    pub lexicon: String,
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct ExplainMention {
    pub text: String,
    pub concept_name: String,
    pub snomed_code: String,
    pub status: &'static str,
    pub term_exists: bool,
    #[serde(flatten)]
    pub mention: Mention,
}
