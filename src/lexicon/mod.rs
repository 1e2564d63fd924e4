//! Lexicons: concepts, symptom terms, context triggers and segmentation rules, read from TSV files.
//!
//! The formats are documented in `lexicons/README.md`. The default files are compiled into the binary;
//! more files of the same layout are added at run time with [`LexiconSet::add_dir`].

mod builtin;
pub mod check;

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;

use crate::error::{Error, Result};
use crate::lang::Lang;

/// Where a lexicon row came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Origin {
    pub file: Arc<str>,
    pub line: usize,
}

impl std::fmt::Display for Origin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}", self.file, self.line)
    }
}

/// An OMOP concept a symptom term may point at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Concept {
    pub concept_id: i64,
    pub snomed_code: String,
    pub name: String,
    pub group: String,
    pub key: String,
    pub origin: Origin,
}

/// Flags of a symptom term.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct TermFlags {
    /// Only the exact spelling matches (`SOB`).
    pub case_sensitive: bool,
    /// No accent folding for this term.
    pub accent_sensitive: bool,
    /// The term itself says the symptom is absent (`afebrile`).
    pub negated: bool,
    /// Not a symptom: a longer phrase that contains a symptom word (`hay fever`, `ST depression`).
    /// It wins over the shorter term by leftmost-longest and yields nothing. Its concept_id is 0.
    pub ignore: bool,
    /// The term may end a longer word: the head of a compound (`dyspnoe` in `Belastungsdyspnoe`).
    pub compound: bool,
    /// The term may begin a longer word: a stem (`kopfschmerz` in `Kopfschmerzattacke`).
    pub stem: bool,
}

impl TermFlags {
    /// Which sides of the term may continue into a longer word (bit 0: start, bit 1: end).
    pub fn open(&self) -> u8 {
        u8::from(self.compound) | (u8::from(self.stem) << 1)
    }
}

/// A symptom term row.
#[derive(Debug, Clone)]
pub struct TermRow {
    pub concept_id: i64,
    pub term: String,
    pub flags: TermFlags,
    pub origin: Origin,
}

/// A ConText category.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    Negated,
    Uncertain,
    RuleOut,
    Hypothetical,
    Historical,
    Family,
    Other,
    Pseudo,
    Terminate,
}

impl Category {
    pub fn name(self) -> &'static str {
        match self {
            Category::Negated => "negated",
            Category::Uncertain => "uncertain",
            Category::RuleOut => "rule_out",
            Category::Hypothetical => "hypothetical",
            Category::Historical => "historical",
            Category::Family => "family",
            Category::Other => "other",
            Category::Pseudo => "pseudo",
            Category::Terminate => "terminate",
        }
    }

    fn parse(s: &str) -> Option<Category> {
        Some(match s {
            "negated" => Category::Negated,
            "uncertain" => Category::Uncertain,
            "rule_out" => Category::RuleOut,
            "hypothetical" => Category::Hypothetical,
            "historical" => Category::Historical,
            "family" => Category::Family,
            "other" => Category::Other,
            "pseudo" => Category::Pseudo,
            "terminate" => Category::Terminate,
            _ => return None,
        })
    }

    /// Whether the category modifies targets (pseudo and terminate do not).
    pub fn is_modifier(self) -> bool {
        !matches!(self, Category::Pseudo | Category::Terminate)
    }
}

/// The direction of a trigger's scope.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    Forward,
    Backward,
    Both,
    /// For pseudo-triggers and terminators.
    None,
}

impl Direction {
    pub fn name(self) -> &'static str {
        match self {
            Direction::Forward => "forward",
            Direction::Backward => "backward",
            Direction::Both => "both",
            Direction::None => "-",
        }
    }
    pub fn forward(self) -> bool {
        matches!(self, Direction::Forward | Direction::Both)
    }
    pub fn backward(self) -> bool {
        matches!(self, Direction::Backward | Direction::Both)
    }
}

/// Flags of a context trigger.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct TriggerFlags {
    pub case_sensitive: bool,
    pub accent_sensitive: bool,
    pub regex: bool,
    /// The trigger also ends the scopes of the triggers before it, like a terminator (`?` in
    /// "FH of fibromyalgia, ?fibromyalgia").
    pub stop: bool,
    /// The trigger reaches only the nearest target in its direction: for words that speak of one thing
    /// (`a dispărut`, `risolta`: in "hiposmie, parosmia a dispărut" only the parosmia is gone).
    pub nearest: bool,
}

/// A context trigger row.
#[derive(Debug, Clone)]
pub struct TriggerRow {
    pub trigger: String,
    pub category: Category,
    pub direction: Direction,
    /// Largest number of word tokens the scope spans; `None`: to the end of the clause.
    pub window: Option<u16>,
    pub flags: TriggerFlags,
    pub origin: Origin,
}

/// The kind of a note section.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SectionKind {
    Complaint,
    HistoryPresent,
    PastHistory,
    FamilyHistory,
    SocialHistory,
    Examination,
    Assessment,
    Plan,
    Medication,
    Allergies,
    ReviewOfSystems,
    Investigations,
}

impl SectionKind {
    pub const ALL: [SectionKind; 12] = [
        SectionKind::Complaint,
        SectionKind::HistoryPresent,
        SectionKind::PastHistory,
        SectionKind::FamilyHistory,
        SectionKind::SocialHistory,
        SectionKind::Examination,
        SectionKind::Assessment,
        SectionKind::Plan,
        SectionKind::Medication,
        SectionKind::Allergies,
        SectionKind::ReviewOfSystems,
        SectionKind::Investigations,
    ];

    pub fn name(self) -> &'static str {
        match self {
            SectionKind::Complaint => "complaint",
            SectionKind::HistoryPresent => "history_present",
            SectionKind::PastHistory => "past_history",
            SectionKind::FamilyHistory => "family_history",
            SectionKind::SocialHistory => "social_history",
            SectionKind::Examination => "examination",
            SectionKind::Assessment => "assessment",
            SectionKind::Plan => "plan",
            SectionKind::Medication => "medication",
            SectionKind::Allergies => "allergies",
            SectionKind::ReviewOfSystems => "review_of_systems",
            SectionKind::Investigations => "investigations",
        }
    }

    fn parse(s: &str) -> Option<SectionKind> {
        SectionKind::ALL.into_iter().find(|k| k.name() == s)
    }
}

/// A segmentation rule row.
#[derive(Debug, Clone)]
pub enum SegmentKind {
    Section(SectionKind),
    Abbrev,
}

#[derive(Debug, Clone)]
pub struct SegmentRow {
    pub kind: SegmentKind,
    pub text: String,
    pub origin: Origin,
}

/// Which of the lexicon files a file is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    Concepts,
    Symptoms(Lang),
    Context(Lang),
    Segment(Lang),
}

/// All lexicon rows, as loaded. Turned into matchers by the engine builder.
#[derive(Debug, Clone, Default)]
pub struct LexiconSet {
    pub concepts: Vec<Concept>,
    pub symptoms: BTreeMap<Lang, Vec<TermRow>>,
    pub context: BTreeMap<Lang, Vec<TriggerRow>>,
    pub segment: BTreeMap<Lang, Vec<SegmentRow>>,
    /// FNV-1a over every file's name and content, in load order.
    fingerprint: u64,
}

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

/// FNV-1a 64-bit (stable across platforms and versions, unlike `DefaultHasher`).
pub(crate) fn fnv1a(seed: u64, bytes: &[u8]) -> u64 {
    bytes.iter().fold(seed, |h, &b| (h ^ b as u64).wrapping_mul(FNV_PRIME))
}

/// A [`std::hash::Hasher`] over FNV-1a, for the short-string sets looked up per clause (abbreviations,
/// section headers): several times cheaper than SipHash there, and those keys come from lexicons, not
/// from note text, so hash flooding is not a concern.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Fnv(FNV_OFFSET)
    }
}

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        self.0 = fnv1a(self.0, bytes);
    }
}

/// Builds [`Fnv`] hashers.
pub(crate) type FnvBuild = std::hash::BuildHasherDefault<Fnv>;

impl LexiconSet {
    /// No rows at all.
    pub fn empty() -> Self {
        LexiconSet { fingerprint: FNV_OFFSET, ..Default::default() }
    }

    /// The lexicons compiled into the binary.
    pub fn builtin() -> Result<Self> {
        Self::builtin_filtered(true)
    }

    /// The builtin lexicons; without the symptom term files when `symptoms` is false (concepts, context
    /// and segmentation stay).
    pub fn builtin_filtered(symptoms: bool) -> Result<Self> {
        let mut set = LexiconSet::empty();
        for f in builtin::FILES {
            let kind = kind_of_path(f.path).ok_or_else(|| Error::Config(format!("builtin lexicon {} has no known kind", f.path)))?;
            if !symptoms && matches!(kind, FileKind::Symptoms(_)) {
                continue;
            }
            set.add_str(kind, &format!("{} (builtin)", f.path), f.content)?;
        }
        Ok(set)
    }

    /// A short, stable fingerprint of everything loaded (8 hex digits).
    pub fn fingerprint(&self) -> String {
        format!("{:08x}", (self.fingerprint ^ (self.fingerprint >> 32)) as u32)
    }

    /// Add every lexicon file found under `dir` (`concepts.tsv`, `symptoms/<lang>.tsv`,
    /// `context/<lang>.tsv`, `segment/<lang>.tsv`). A directory with none of them is an error.
    pub fn add_dir(&mut self, dir: &Path) -> Result<()> {
        let files = lexicon_files(dir)?;
        if files.is_empty() {
            return Err(Error::Config(format!(
                "{}: no lexicon files (expected concepts.tsv, symptoms/<lang>.tsv, context/<lang>.tsv or segment/<lang>.tsv)",
                dir.display()
            )));
        }
        for (kind, path) in files {
            let content = std::fs::read_to_string(&path).map_err(|e| Error::io(&path, e))?;
            self.add_str(kind, &path.display().to_string(), &content)?;
        }
        Ok(())
    }

    /// Parse one file's content and add its rows. A malformed row is an error naming `name:line`.
    pub fn add_str(&mut self, kind: FileKind, name: &str, content: &str) -> Result<()> {
        match self.add_str_all_errors(kind, name, content).into_iter().next() {
            Some(e) => Err(e),
            None => Ok(()),
        }
    }

    /// Like [`LexiconSet::add_str`], but goes on past malformed rows and returns every error (for
    /// `lexicon check`). The rows that parsed are added.
    pub fn add_str_all_errors(&mut self, kind: FileKind, name: &str, content: &str) -> Vec<Error> {
        self.fingerprint = fnv1a(fnv1a(self.fingerprint, name.trim_end_matches(" (builtin)").as_bytes()), content.as_bytes());
        let file: Arc<str> = Arc::from(name);
        let mut rows = data_rows(content);
        let header = match rows.next() {
            Some(h) => h,
            None => {
                return vec![Error::Lexicon { file: name.to_string(), line: 1, message: "empty lexicon file: no header row".into() }];
            }
        };
        let expected = match kind {
            FileKind::Concepts => CONCEPTS_HEADER,
            FileKind::Symptoms(_) => SYMPTOMS_HEADER,
            FileKind::Context(_) => CONTEXT_HEADER,
            FileKind::Segment(_) => SEGMENT_HEADER,
        };
        let got: Vec<&str> = header.1.split('\t').map(str::trim).collect();
        if got != expected {
            return vec![Error::Lexicon {
                file: name.to_string(),
                line: header.0,
                message: format!("header must be `{}` (tab-separated), found `{}`", expected.join("\\t"), header.1.replace('\t', "\\t")),
            }];
        }
        let mut errors = Vec::new();
        for (line, text) in rows {
            if let Err(e) = self.add_row(kind, &file, line, text, expected) {
                errors.push(e);
            }
        }
        errors
    }

    fn add_row(&mut self, kind: FileKind, file: &Arc<str>, line: usize, text: &str, expected: &[&str]) -> Result<()> {
        let name: &str = file;
        {
            let origin = Origin { file: file.clone(), line };
            let err = |message: String| Error::Lexicon { file: name.to_string(), line, message };
            let fields: Vec<&str> = text.split('\t').collect();
            if fields.len() != expected.len() {
                return Err(err(format!(
                    "expected {} tab-separated fields ({}), found {}",
                    expected.len(),
                    expected.join(", "),
                    fields.len()
                )));
            }
            match kind {
                FileKind::Concepts => {
                    let concept_id = parse_id(fields[0]).map_err(err)?;
                    let key = fields[4].trim();
                    if key.is_empty() || fields[2].trim().is_empty() {
                        return Err(err("concept name and key must not be empty".into()));
                    }
                    self.concepts.push(Concept {
                        concept_id,
                        snomed_code: fields[1].trim().to_string(),
                        name: fields[2].trim().to_string(),
                        group: fields[3].trim().to_string(),
                        key: key.to_string(),
                        origin,
                    });
                }
                FileKind::Symptoms(lang) => {
                    let concept_id = parse_id(fields[0]).map_err(err)?;
                    let term = fields[1].trim();
                    if term.is_empty() {
                        return Err(err("empty term".into()));
                    }
                    no_control("term", term).map_err(err)?;
                    let ignore = split_flags(fields[2]).any(|f| f == "ignore");
                    if ignore != (concept_id == 0) {
                        return Err(err("concept_id 0 goes with the `ignore` flag, and only with it".into()));
                    }
                    let mut flags = TermFlags::default();
                    for flag in split_flags(fields[2]) {
                        match flag {
                            "cs" => flags.case_sensitive = true,
                            "accent" => flags.accent_sensitive = true,
                            "neg" => flags.negated = true,
                            "ignore" => flags.ignore = true,
                            "compound" => flags.compound = true,
                            "stem" => flags.stem = true,
                            other => {
                                return Err(err(format!("unknown term flag `{other}` (expected cs, accent, neg, ignore, compound, stem)")));
                            }
                        }
                    }
                    self.symptoms.entry(lang).or_default().push(TermRow { concept_id, term: term.to_string(), flags, origin });
                }
                FileKind::Context(lang) => {
                    let trigger = fields[0].trim();
                    if trigger.is_empty() {
                        return Err(err("empty trigger".into()));
                    }
                    no_control("trigger", trigger).map_err(err)?;
                    let category = Category::parse(fields[1].trim()).ok_or_else(|| {
                        err(format!(
                            "unknown category `{}` (expected negated, uncertain, rule_out, hypothetical, historical, family, other, pseudo, terminate)",
                            fields[1].trim()
                        ))
                    })?;
                    let direction = match (fields[2].trim(), category.is_modifier()) {
                        ("forward", true) => Direction::Forward,
                        ("backward", true) => Direction::Backward,
                        ("both", true) => Direction::Both,
                        ("-" | "", false) => Direction::None,
                        (d, true) => {
                            return Err(err(format!("direction `{d}` must be forward, backward or both for category {}", category.name())))
                        }
                        (d, false) => return Err(err(format!("direction `{d}` must be `-` for category {}", category.name()))),
                    };
                    let window = match fields[3].trim() {
                        "" => None,
                        w => Some(
                            w.parse::<u16>()
                                .ok()
                                .filter(|&w| w > 0)
                                .ok_or_else(|| err(format!("window `{w}` is not a positive whole number")))?,
                        ),
                    };
                    let mut flags = TriggerFlags::default();
                    for flag in split_flags(fields[4]) {
                        match flag {
                            "cs" => flags.case_sensitive = true,
                            "accent" => flags.accent_sensitive = true,
                            "regex" => flags.regex = true,
                            "stop" => flags.stop = true,
                            "nearest" => flags.nearest = true,
                            other => {
                                return Err(err(format!("unknown trigger flag `{other}` (expected cs, accent, regex, stop, nearest)")))
                            }
                        }
                    }
                    if flags.regex {
                        // Syntax only: compiling is the matcher's job, and costs far more.
                        regex_syntax::Parser::new().parse(trigger).map_err(|e| err(format!("invalid regex: {e}")))?;
                    }
                    self.context.entry(lang).or_default().push(TriggerRow {
                        trigger: trigger.to_string(),
                        category,
                        direction,
                        window,
                        flags,
                        origin,
                    });
                }
                FileKind::Segment(lang) => {
                    let text = fields[1].trim();
                    if text.is_empty() {
                        return Err(err("empty text".into()));
                    }
                    no_control("text", text).map_err(err)?;
                    let kind = match fields[0].trim() {
                        "section" => SegmentKind::Section(SectionKind::parse(fields[2].trim()).ok_or_else(|| {
                            err(format!(
                                "unknown section `{}` (expected one of {})",
                                fields[2].trim(),
                                SectionKind::ALL.map(|k| k.name()).join(", ")
                            ))
                        })?),
                        "abbrev" => SegmentKind::Abbrev,
                        k => return Err(err(format!("unknown kind `{k}` (expected section or abbrev)"))),
                    };
                    self.segment.entry(lang).or_default().push(SegmentRow { kind, text: text.to_string(), origin });
                }
            }
        }
        Ok(())
    }

    /// Check that every term points at a known concept. Fatal for the engine.
    pub fn validate(&self) -> Result<()> {
        let known: std::collections::HashSet<i64> = self.concepts.iter().map(|c| c.concept_id).collect();
        for rows in self.symptoms.values() {
            for r in rows.iter().filter(|r| !r.flags.ignore) {
                if !known.contains(&r.concept_id) {
                    return Err(Error::Lexicon {
                        file: r.origin.file.to_string(),
                        line: r.origin.line,
                        message: format!("unknown concept_id {} (not in any concepts.tsv)", r.concept_id),
                    });
                }
            }
        }
        Ok(())
    }

    /// Languages that have symptom terms.
    pub fn languages(&self) -> Vec<Lang> {
        let mut v: Vec<Lang> = self.symptoms.keys().chain(self.context.keys()).copied().collect();
        v.sort();
        v.dedup();
        v
    }
}

const CONCEPTS_HEADER: &[&str] = &["concept_id", "snomed_code", "name_en", "group", "key"];
const SYMPTOMS_HEADER: &[&str] = &["concept_id", "term", "flags"];
const CONTEXT_HEADER: &[&str] = &["trigger", "category", "direction", "window", "flags"];
const SEGMENT_HEADER: &[&str] = &["kind", "text", "value"];

/// Non-comment, non-blank lines with their 1-based line numbers; a trailing `\r` is dropped.
fn data_rows(content: &str) -> impl Iterator<Item = (usize, &str)> {
    content
        .lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l.strip_suffix('\r').unwrap_or(l)))
        .map(|(i, l)| (i, l.strip_prefix('\u{FEFF}').unwrap_or(l)))
        .filter(|(_, l)| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
}

/// A term, trigger or header holds no control character or line separator: normalized, one would be a
/// line break inside the entry, and a match of it would cross a clause boundary.
fn no_control(what: &str, s: &str) -> std::result::Result<(), String> {
    match s.chars().find(|&c| c.is_control() || matches!(c, '\u{2028}' | '\u{2029}')) {
        Some(c) => Err(format!("the {what} holds a control character or line separator (U+{:04X})", c as u32)),
        None => Ok(()),
    }
}

fn split_flags(s: &str) -> impl Iterator<Item = &str> {
    s.split([',', ' ']).map(str::trim).filter(|f| !f.is_empty())
}

fn parse_id(s: &str) -> std::result::Result<i64, String> {
    s.trim().parse::<i64>().map_err(|_| format!("concept_id `{}` is not an integer", s.trim()))
}

/// The kind of a lexicon file from its path relative to a lexicon directory.
pub fn kind_of_path(rel: &str) -> Option<FileKind> {
    let rel = rel.trim_start_matches("lexicons/");
    if rel == "concepts.tsv" {
        return Some(FileKind::Concepts);
    }
    let (dir, file) = rel.split_once('/')?;
    let lang = Lang::from_code(file.strip_suffix(".tsv")?)?;
    match dir {
        "symptoms" => Some(FileKind::Symptoms(lang)),
        "context" => Some(FileKind::Context(lang)),
        "segment" => Some(FileKind::Segment(lang)),
        _ => None,
    }
}

/// The lexicon files under `dir`, in a stable order (concepts first).
pub fn lexicon_files(dir: &Path) -> Result<Vec<(FileKind, std::path::PathBuf)>> {
    let meta = std::fs::metadata(dir).map_err(|e| Error::io(dir, e))?;
    if !meta.is_dir() {
        return Err(Error::Config(format!("{}: not a directory", dir.display())));
    }
    let mut out = Vec::new();
    let concepts = dir.join("concepts.tsv");
    if concepts.is_file() {
        out.push((FileKind::Concepts, concepts));
    }
    for sub in ["symptoms", "context", "segment"] {
        let d = dir.join(sub);
        if !d.is_dir() {
            continue;
        }
        let mut entries: Vec<_> = std::fs::read_dir(&d)
            .map_err(|e| Error::io(&d, e))?
            .filter_map(|e| e.ok())
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "tsv"))
            .collect();
        entries.sort();
        for p in entries {
            let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
            match kind_of_path(&format!("{sub}/{name}")) {
                Some(kind) => out.push((kind, p)),
                None => {
                    return Err(Error::Config(format!(
                        "{}: file name must be <lang>.tsv with lang one of en, fr, es, it, de, nl, ro",
                        p.display()
                    )))
                }
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_loads_and_validates() {
        let set = LexiconSet::builtin().expect("builtin lexicons parse");
        set.validate().expect("builtin lexicons validate");
        assert!(set.concepts.len() >= 100);
        assert!(set.symptoms.get(&Lang::En).is_some_and(|v| v.len() > 300));
    }

    #[test]
    fn malformed_row_names_file_and_line() {
        let mut set = LexiconSet::empty();
        let e = set
            .add_str(FileKind::Symptoms(Lang::En), "x/en.tsv", "# c\nconcept_id\tterm\tflags\n437663\tfever\t\nabc\tcough\t\n")
            .expect_err("bad id");
        assert_eq!(e.to_string(), "x/en.tsv:4: concept_id `abc` is not an integer");
        let e = set
            .add_str(FileKind::Context(Lang::En), "c/en.tsv", "trigger\tcategory\tdirection\twindow\tflags\nno\tnegation\tforward\t\t\n")
            .expect_err("bad category");
        assert!(e.to_string().starts_with("c/en.tsv:2: unknown category `negation`"), "{e}");
        let e = set.add_str(FileKind::Context(Lang::En), "e/en.tsv", "# only a comment\n").expect_err("empty");
        assert!(e.to_string().contains("empty lexicon file"), "{e}");
    }

    #[test]
    fn a_control_character_in_a_term_or_trigger_is_an_error() {
        // Found by fuzzing: a form feed normalizes to a line break, so the term matched across a clause end.
        let mut set = LexiconSet::empty();
        let e =
            set.add_str(FileKind::Symptoms(Lang::En), "s/en.tsv", "concept_id\tterm\tflags\n1\tfeb\u{c}rile\t\n").expect_err("form feed");
        assert_eq!(e.to_string(), "s/en.tsv:2: the term holds a control character or line separator (U+000C)");
        let e = set
            .add_str(
                FileKind::Context(Lang::En),
                "c/en.tsv",
                "trigger\tcategory\tdirection\twindow\tflags\nno\u{2028}t\tnegated\tforward\t\t\n",
            )
            .expect_err("line separator");
        assert_eq!(e.to_string(), "c/en.tsv:2: the trigger holds a control character or line separator (U+2028)");
        let e = set.add_str(FileKind::Segment(Lang::En), "g/en.tsv", "kind\ttext\tvalue\nabbrev\tdr\r.\t\n").expect_err("CR");
        assert_eq!(e.to_string(), "g/en.tsv:2: the text holds a control character or line separator (U+000D)");
    }

    #[test]
    fn unknown_concept_is_fatal_on_validate() {
        let mut set = LexiconSet::empty();
        set.add_str(FileKind::Concepts, "concepts.tsv", "concept_id\tsnomed_code\tname_en\tgroup\tkey\n1\t2\tX\tg\tx\n").unwrap();
        set.add_str(FileKind::Symptoms(Lang::En), "s/en.tsv", "concept_id\tterm\tflags\n1\tx\t\n2\ty\t\n").unwrap();
        let e = set.validate().expect_err("unknown id");
        assert_eq!(e.to_string(), "s/en.tsv:3: unknown concept_id 2 (not in any concepts.tsv)");
    }

    #[test]
    fn kinds_from_paths() {
        assert_eq!(kind_of_path("lexicons/symptoms/fr.tsv"), Some(FileKind::Symptoms(Lang::Fr)));
        assert_eq!(kind_of_path("context/en.tsv"), Some(FileKind::Context(Lang::En)));
        assert_eq!(kind_of_path("concepts.tsv"), Some(FileKind::Concepts));
        assert_eq!(kind_of_path("symptoms/xx.tsv"), None);
    }
}
