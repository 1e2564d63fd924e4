//! Dictionary matching: Aho-Corasick over normalized text, on token boundaries, leftmost-longest.
//!
//! One [`Dictionary`] holds the symptom terms of a language, another its context triggers. Patterns
//! are normalized as note text is; a pattern may carry several entries (a term under two concepts).
//! Entries may ask for an exact (case-sensitive) or accent-sensitive spelling, checked against the
//! original text after the automaton matched the folded form.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};
use std::collections::HashMap;

use crate::error::{Error, Result};
use crate::normalize::{NormalizeOptions, Normalized, Normalizer};

/// What the original text must look like for an entry to hold.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Spelling {
    /// Any spelling that normalizes to the pattern.
    Any,
    /// Exactly this text (case-sensitive).
    Exact(String),
    /// This text once lower-cased, accents kept.
    Accented(String),
}

/// An entry of a pattern: its value, the spelling it requires, its group, and which of its sides may
/// continue into a longer word ([`OPEN_START`], [`OPEN_END`]).
type Entry<T> = (T, Spelling, u8, u8);

/// The entry may match at the end of a longer word (the head of a compound).
pub const OPEN_START: u8 = 1;
/// The entry may match at the start of a longer word (a stem).
pub const OPEN_END: u8 = 2;
/// A normalized pattern and its entries.
type Pattern<T> = (String, Vec<Entry<T>>);

/// A hit in normalized text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    pub start: usize,
    pub end: usize,
    /// Index of the pattern (for [`Dictionary::entries`]); literal patterns first, then regexes.
    pub pattern: usize,
}

/// A compiled dictionary with entries of type `T`, each in a group (symptom terms and context triggers
/// share one automaton, so a note is scanned once for both; hits are selected per group).
#[derive(Debug, Clone)]
pub struct Dictionary<T> {
    ac: Option<AhoCorasick>,
    /// Per pattern: its normalized text and entries (value, spelling, group).
    patterns: Vec<Pattern<T>>,
    /// Per pattern: bit `g` set when it has an entry in group `g`.
    pattern_groups: Vec<u8>,
    /// Per pattern: the union of its entries' open sides (the loosest boundary check a hit must pass).
    pattern_open: Vec<u8>,
    regexes: Vec<(LazyRegex, T, u8)>,
    /// All regexes in one set: one pass tells which of them match at all.
    regex_set: Option<regex::bytes::RegexSet>,
    keep_accents: Normalizer,
}

/// Builder of a [`Dictionary`].
#[derive(Debug)]
pub struct DictionaryBuilder<T> {
    normalizer: Normalizer,
    index: HashMap<String, usize>,
    patterns: Vec<Pattern<T>>,
    regexes: Vec<(LazyRegex, T, u8)>,
}

/// A regex compiled on first use: a note scan needs only those the set reports, and compiling all of
/// them for seven languages would dominate start-up.
#[derive(Debug)]
struct LazyRegex {
    pattern: String,
    compiled: std::sync::OnceLock<Option<regex::bytes::Regex>>,
}

impl LazyRegex {
    fn get(&self) -> Option<&regex::bytes::Regex> {
        self.compiled.get_or_init(|| regex::bytes::Regex::new(&self.pattern).ok()).as_ref()
    }
}

impl Clone for LazyRegex {
    fn clone(&self) -> Self {
        LazyRegex { pattern: self.pattern.clone(), compiled: std::sync::OnceLock::new() }
    }
}

/// Number of groups a dictionary may have.
pub const MAX_GROUPS: usize = 8;

impl<T: Clone> DictionaryBuilder<T> {
    pub fn new(normalizer: Normalizer) -> Self {
        DictionaryBuilder { normalizer, index: HashMap::new(), patterns: Vec::new(), regexes: Vec::new() }
    }

    /// Add a literal entry in group 0. Returns false when the text normalizes to nothing.
    pub fn add(&mut self, text: &str, case_sensitive: bool, accent_sensitive: bool, value: T) -> bool {
        self.add_in(0, text, case_sensitive, accent_sensitive, value)
    }

    /// Add a literal entry in `group` (< [`MAX_GROUPS`]).
    pub fn add_in(&mut self, group: u8, text: &str, case_sensitive: bool, accent_sensitive: bool, value: T) -> bool {
        self.add_open(group, text, case_sensitive, accent_sensitive, 0, value)
    }

    /// Add a literal entry in `group` whose `open` sides ([`OPEN_START`], [`OPEN_END`]) need no token boundary.
    pub fn add_open(&mut self, group: u8, text: &str, case_sensitive: bool, accent_sensitive: bool, open: u8, value: T) -> bool {
        debug_assert!((group as usize) < MAX_GROUPS);
        let norm = self.normalizer.normalize_term(text);
        if norm.is_empty() {
            return false;
        }
        let spelling = if case_sensitive {
            Spelling::Exact(text.to_string())
        } else if accent_sensitive {
            Spelling::Accented(Normalizer::new(NormalizeOptions { fold_accents: false }).normalize_term(text))
        } else {
            Spelling::Any
        };
        let idx = *self.index.entry(norm.clone()).or_insert_with(|| {
            self.patterns.push((norm, Vec::new()));
            self.patterns.len() - 1
        });
        self.patterns[idx].1.push((value, spelling, group, open));
        true
    }

    /// Add a regex entry (over normalized text) in `group`.
    pub fn add_regex(&mut self, group: u8, pattern: &str, value: T) -> Result<()> {
        // Normalized text is nearly all ASCII (accents folded), so the regex runs in ASCII mode over
        // bytes: `\b`, `\w`, `\s` and classes ASCII. Unicode word boundaries would make the lazy DFA give up
        // at the first non-ASCII byte (`°`, `’`) and fall back to a far slower engine. A pattern that
        // needs Unicode (`\p{L}`) keeps it.
        let ascii = format!("(?-u){pattern}");
        let pattern = if regex_syntax::ParserBuilder::new().utf8(false).build().parse(&ascii).is_ok() {
            ascii
        } else {
            regex_syntax::Parser::new().parse(pattern).map_err(|e| Error::Config(format!("regex `{pattern}`: {e}")))?;
            pattern.to_string()
        };
        self.regexes.push((LazyRegex { pattern, compiled: std::sync::OnceLock::new() }, value, group));
        Ok(())
    }

    /// The normalizer patterns go through.
    pub fn normalizer(&self) -> &Normalizer {
        &self.normalizer
    }

    pub fn build(self) -> Result<Dictionary<T>> {
        let ac = if self.patterns.is_empty() {
            None
        } else {
            Some(
                AhoCorasickBuilder::new()
                    .match_kind(MatchKind::Standard)
                    // A contiguous NFA: a fraction of a DFA's memory (seven languages stay small and build fast),
                    // and as fast here, where the search is bound by memory more than by instructions.
                    .kind(Some(AhoCorasickKind::ContiguousNFA))
                    .build(self.patterns.iter().map(|(p, _)| p.as_bytes()))
                    .map_err(|e| Error::Config(format!("building the matcher: {e}")))?,
            )
        };
        let regex_set = if self.regexes.is_empty() {
            None
        } else {
            Some(
                regex::bytes::RegexSet::new(self.regexes.iter().map(|(r, _, _)| r.pattern.as_str()))
                    .map_err(|e| Error::Config(format!("regex set: {e}")))?,
            )
        };
        let pattern_groups = self.patterns.iter().map(|(_, es)| es.iter().fold(0u8, |m, (_, _, g, _)| m | (1 << g))).collect();
        let pattern_open = self.patterns.iter().map(|(_, es)| es.iter().fold(0u8, |m, (_, _, _, o)| m | o)).collect();
        Ok(Dictionary {
            ac,
            pattern_groups,
            pattern_open,
            regex_set,
            patterns: self.patterns,
            regexes: self.regexes,
            keep_accents: Normalizer::new(NormalizeOptions { fold_accents: false }),
        })
    }
}

impl<T> Dictionary<T> {
    /// A dictionary that matches nothing.
    pub fn empty() -> Self {
        Dictionary {
            ac: None,
            patterns: Vec::new(),
            pattern_groups: Vec::new(),
            pattern_open: Vec::new(),
            regexes: Vec::new(),
            regex_set: None,
            keep_accents: Normalizer::new(NormalizeOptions { fold_accents: false }),
        }
    }

    /// Number of distinct patterns (literal and regex).
    pub fn len(&self) -> usize {
        self.patterns.len() + self.regexes.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Find the leftmost-longest, non-overlapping hits of group 0 on token boundaries whose spelling
    /// holds, in order. `candidates` is scratch space.
    pub fn find(&self, norm: &Normalized, original: &str, candidates: &mut Vec<Hit>, out: &mut Vec<Hit>) {
        self.find_groups(norm, original, candidates, std::slice::from_mut(out));
    }

    /// One scan for every group: `outs[g]` receives the leftmost-longest hits of group `g`, selected
    /// independently of the other groups (a trigger may overlap a term).
    pub fn find_groups(&self, norm: &Normalized, original: &str, candidates: &mut Vec<Hit>, outs: &mut [Vec<Hit>]) {
        self.find_groups_with(norm, original, candidates, outs, true)
    }

    /// [`Dictionary::find_groups`] with the literal patterns only (no regex): what language voting needs.
    pub fn find_literal_groups(&self, norm: &Normalized, original: &str, candidates: &mut Vec<Hit>, outs: &mut [Vec<Hit>]) {
        self.find_groups_with(norm, original, candidates, outs, false)
    }

    fn find_groups_with(&self, norm: &Normalized, original: &str, candidates: &mut Vec<Hit>, outs: &mut [Vec<Hit>], regexes: bool) {
        candidates.clear();
        for o in outs.iter_mut() {
            o.clear();
        }
        let text = norm.text.as_str();
        let wanted: u8 = if outs.len() >= MAX_GROUPS { u8::MAX } else { (1u8 << outs.len()) - 1 };
        if let Some(ac) = &self.ac {
            for m in ac.find_overlapping_iter(text) {
                let (s, e, p) = (m.start(), m.end(), m.pattern().as_usize());
                if self.pattern_groups[p] & wanted != 0 && on_boundaries_open(text, s, e, self.pattern_open[p]) {
                    candidates.push(Hit { start: s, end: e, pattern: p });
                }
            }
        }
        let matched = self.regex_set.as_ref().filter(|_| regexes).map(|set| set.matches(text.as_bytes()));
        for i in matched.iter().flat_map(|m| m.iter()) {
            let (re, _, g) = &self.regexes[i];
            if (*g as usize) >= outs.len() {
                continue;
            }
            // The set compiled every pattern, so each compiles alone too; were it not to, it finds nothing.
            let Some(re) = re.get() else { continue };
            for m in re.find_iter(text.as_bytes()) {
                // An ASCII-mode match could in principle stop inside a multi-byte character: dropped.
                if m.end() > m.start() && text.is_char_boundary(m.start()) && text.is_char_boundary(m.end()) {
                    candidates.push(Hit { start: m.start(), end: m.end(), pattern: self.patterns.len() + i });
                }
            }
        }
        candidates.sort_unstable_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)).then(a.pattern.cmp(&b.pattern)));
        for (g, out) in outs.iter_mut().enumerate() {
            let g = g as u8;
            let mut last_end = 0usize;
            for h in candidates.iter() {
                if !(out.is_empty() || h.start >= last_end) || !self.in_group(h, g, norm, original) {
                    continue;
                }
                out.push(*h);
                last_end = h.end;
            }
        }
    }

    fn in_group(&self, h: &Hit, g: u8, norm: &Normalized, original: &str) -> bool {
        match self.patterns.get(h.pattern) {
            Some((_, entries)) => {
                self.pattern_groups[h.pattern] & (1 << g) != 0
                    && entries.iter().any(|(_, sp, eg, o)| {
                        *eg == g
                            && (*o == self.pattern_open[h.pattern] || on_boundaries_open(&norm.text, h.start, h.end, *o))
                            && self.spelling_holds(sp, h.start, h.end, norm, original)
                    })
            }
            None => self.regexes.get(h.pattern - self.patterns.len()).is_some_and(|(_, _, rg)| *rg == g),
        }
    }

    /// The entries of group 0 of a hit whose spelling holds in the original text.
    pub fn entries<'a>(&'a self, hit: &Hit, norm: &'a Normalized, original: &'a str) -> impl Iterator<Item = &'a T> + 'a {
        self.entries_in(0, hit, norm, original)
    }

    /// The entries of `group` of a hit whose spelling holds in the original text.
    pub fn entries_in<'a>(&'a self, group: u8, hit: &Hit, norm: &'a Normalized, original: &'a str) -> impl Iterator<Item = &'a T> + 'a {
        let (lits, re): (&[Entry<T>], Option<&T>) = match self.patterns.get(hit.pattern) {
            Some((_, entries)) => (entries, None),
            None => (&[], self.regexes.get(hit.pattern - self.patterns.len()).filter(|(_, _, g)| *g == group).map(|(_, v, _)| v)),
        };
        let (s, e, p) = (hit.start, hit.end, hit.pattern);
        lits.iter()
            .filter(move |(_, sp, g, o)| {
                *g == group
                    && (*o == self.pattern_open.get(p).copied().unwrap_or(0) || on_boundaries_open(&norm.text, s, e, *o))
                    && self.spelling_holds(sp, s, e, norm, original)
            })
            .map(|(v, _, _, _)| v)
            .chain(re)
    }

    fn spelling_holds(&self, sp: &Spelling, s: usize, e: usize, norm: &Normalized, original: &str) -> bool {
        match sp {
            Spelling::Any => true,
            Spelling::Exact(t) => {
                let (a, b) = norm.to_original(s, e, original);
                original.get(a..b) == Some(t.as_str())
            }
            Spelling::Accented(t) => {
                let (a, b) = norm.to_original(s, e, original);
                original.get(a..b).is_some_and(|o| self.keep_accents.normalize_term(o) == *t)
            }
        }
    }
}

/// Whether `text[s..e]` sits on token boundaries: a letter or digit at an edge of the hit must not
/// continue into the text around it.
pub fn on_boundaries(text: &str, s: usize, e: usize) -> bool {
    on_boundaries_open(text, s, e, 0)
}

/// [`on_boundaries`], except on the `open` sides ([`OPEN_START`], [`OPEN_END`]), which may continue a word.
pub fn on_boundaries_open(text: &str, s: usize, e: usize, open: u8) -> bool {
    let first = text[s..].chars().next();
    let last = text[..e].chars().next_back();
    let before = text[..s].chars().next_back();
    let after = text[e..].chars().next();
    let ok_start = !(first.is_some_and(char::is_alphanumeric) && before.is_some_and(char::is_alphanumeric));
    let ok_end = !(last.is_some_and(char::is_alphanumeric) && after.is_some_and(char::is_alphanumeric));
    (ok_start || open & OPEN_START != 0) && (ok_end || open & OPEN_END != 0)
}

/// Widen `[s, e)` over the letters and digits that continue it on its `open` sides, so a compound head
/// or a stem reports the whole word it sits in.
pub fn widen_open(text: &str, mut s: usize, mut e: usize, open: u8) -> (usize, usize) {
    if open & OPEN_START != 0 {
        while let Some(c) = text[..s].chars().next_back().filter(|c| c.is_alphanumeric()) {
            s -= c.len_utf8();
        }
    }
    if open & OPEN_END != 0 {
        while let Some(c) = text[e..].chars().next().filter(|c| c.is_alphanumeric()) {
            e += c.len_utf8();
        }
    }
    (s, e)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dict(entries: &[(&str, bool, u32)]) -> Dictionary<u32> {
        let mut b = DictionaryBuilder::new(Normalizer::default());
        for &(t, cs, v) in entries {
            b.add(t, cs, false, v);
        }
        b.build().expect("build")
    }

    fn find(d: &Dictionary<u32>, text: &str) -> Vec<(String, Vec<u32>)> {
        let mut n = Normalized::default();
        Normalizer::default().normalize_into(text, &mut n);
        let (mut c, mut out) = (Vec::new(), Vec::new());
        d.find(&n, text, &mut c, &mut out);
        out.iter()
            .map(|h| {
                let (a, b) = n.to_original(h.start, h.end, text);
                (text[a..b].to_string(), d.entries(h, &n, text).copied().collect())
            })
            .collect()
    }

    #[test]
    fn longest_wins_and_boundaries_hold() {
        let d = dict(&[("pain", false, 1), ("chest pain", false, 2), ("cough", false, 3)]);
        assert_eq!(find(&d, "Chest pain, coughing, cough."), vec![("Chest pain".into(), vec![2]), ("cough".into(), vec![3])]);
    }

    #[test]
    fn falls_back_to_shorter_when_longest_breaks_a_word() {
        let d = dict(&[("chest pain", false, 2), ("chest", false, 9)]);
        assert_eq!(find(&d, "chest painful"), vec![("chest".into(), vec![9])]);
    }

    #[test]
    fn case_sensitive_entries() {
        let d = dict(&[("SOB", true, 1)]);
        assert_eq!(find(&d, "c/o SOB"), vec![("SOB".into(), vec![1])]);
        assert!(find(&d, "started to sob").is_empty());
    }

    #[test]
    fn one_pattern_many_entries() {
        let d = dict(&[("n&v", false, 1), ("N&V", false, 2)]);
        assert_eq!(find(&d, "N&V 2/7"), vec![("N&V".into(), vec![1, 2])]);
    }

    #[test]
    fn open_sides_match_inside_words() {
        let mut b = DictionaryBuilder::new(Normalizer::default());
        b.add_open(0, "dyspnoe", false, false, OPEN_START, 1u32);
        b.add_open(0, "kopfschmerz", false, false, OPEN_START | OPEN_END, 2u32);
        b.add("husten", false, false, 3u32);
        let d = b.build().expect("build");
        assert_eq!(find(&d, "Belastungsdyspnoe"), vec![("dyspnoe".into(), vec![1])]);
        assert_eq!(find(&d, "Spannungskopfschmerzen"), vec![("kopfschmerz".into(), vec![2])]);
        assert!(find(&d, "dyspnoeisch").is_empty());
        assert!(find(&d, "Reizhusten").is_empty());
        assert_eq!(widen_open("spannungskopfschmerzen", 8, 19, OPEN_START | OPEN_END), (0, 22));
        assert_eq!(widen_open("belastungsdyspnoe x", 10, 17, OPEN_START), (0, 17));
    }

    #[test]
    fn accent_folding_matches_and_maps_back() {
        let d = dict(&[("fièvre", false, 1)]);
        assert_eq!(find(&d, "pas de FIEVRE"), vec![("FIEVRE".into(), vec![1])]);
        assert_eq!(find(&d, "Fièvre"), vec![("Fièvre".into(), vec![1])]);
    }
}
