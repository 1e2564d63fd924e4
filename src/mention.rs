//! What the engine finds: a symptom mention with its concept, its context modifiers and the evidence.

use crate::lexicon::{Category, SectionKind};

/// Who experiences the symptom.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Subject {
    #[default]
    Patient,
    Family,
    Other,
}

impl Subject {
    pub fn name(self) -> &'static str {
        match self {
            Subject::Patient => "patient",
            Subject::Family => "family",
            Subject::Other => "other",
        }
    }
}

/// The ConText modifiers of a mention.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize)]
pub struct Modifiers {
    pub negated: bool,
    pub uncertain: bool,
    pub rule_out: bool,
    /// Conditional or hypothetical (`if`, `should`, safety-netting).
    pub hypothetical: bool,
    pub historical: bool,
    pub subject: Subject,
}

/// One status per mention, for scoring and study tables.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Affirmed,
    Negated,
    Uncertain,
    Hypothetical,
    Historical,
    Family,
}

impl Status {
    pub const ALL: [Status; 6] =
        [Status::Affirmed, Status::Negated, Status::Uncertain, Status::Hypothetical, Status::Historical, Status::Family];

    pub fn name(self) -> &'static str {
        match self {
            Status::Affirmed => "affirmed",
            Status::Negated => "negated",
            Status::Uncertain => "uncertain",
            Status::Hypothetical => "hypothetical",
            Status::Historical => "historical",
            Status::Family => "family",
        }
    }
}

impl std::str::FromStr for Status {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Status::ALL.into_iter().find(|x| x.name() == s).ok_or_else(|| format!("unknown status `{s}`"))
    }
}

impl Modifiers {
    /// The one status: family > negated > hypothetical > uncertain (incl. rule out) > historical > affirmed.
    pub fn status(&self) -> Status {
        if self.subject != Subject::Patient {
            Status::Family
        } else if self.negated {
            Status::Negated
        } else if self.hypothetical {
            Status::Hypothetical
        } else if self.uncertain || self.rule_out {
            Status::Uncertain
        } else if self.historical {
            Status::Historical
        } else {
            Status::Affirmed
        }
    }

    /// OMOP `term_exists`: false when negated, not the patient's, conditional, rule out or uncertain.
    pub fn exists(&self) -> bool {
        !(self.negated || self.subject != Subject::Patient || self.hypothetical || self.rule_out || self.uncertain)
    }
}

/// Why a modifier was set.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum EvidenceSource {
    /// A context trigger of the lexicon.
    Trigger { file: std::sync::Arc<str>, line: usize },
    /// The section the mention sits in.
    Section { section: SectionKind },
    /// The term itself carries the polarity (`afebrile`).
    Term,
}

/// One piece of evidence: a trigger (or section, or the term) and the category it set.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Evidence {
    pub category: Category,
    /// The trigger as normalized (`denies`, `h/o`), or the section name.
    pub trigger: std::sync::Arc<str>,
    /// Byte range of the trigger in the original text (empty for a section).
    pub start: usize,
    pub end: usize,
    pub source: EvidenceSource,
}

/// A symptom mention in a note.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Mention {
    pub note_id: i64,
    /// The language the mention was read in.
    pub lang: crate::lang::Lang,
    /// Byte range of the hit in the original note text.
    pub start: usize,
    pub end: usize,
    /// Character (Unicode scalar) offset of the hit's start in the note text.
    pub char_offset: usize,
    /// OMOP standard concept id.
    pub concept_id: i64,
    /// Index of the concept in [`crate::Engine::concepts`].
    #[serde(skip)]
    pub concept_index: u32,
    /// Byte range of the clause around the hit, in the original text.
    pub sentence_start: usize,
    pub sentence_end: usize,
    pub section: Option<SectionKind>,
    pub modifiers: Modifiers,
    pub evidence: Vec<Evidence>,
}

impl Mention {
    /// The text of the hit exactly as written.
    pub fn lexical_variant<'a>(&self, note_text: &'a str) -> &'a str {
        note_text.get(self.start..self.end).unwrap_or("")
    }

    pub fn status(&self) -> Status {
        self.modifiers.status()
    }
}
