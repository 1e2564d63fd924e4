//! Segmentation: sections, sentences and clauses of a normalized note.
//!
//! Clinical notes are not prose. A line break ends a clause (GP notes are lists more than paragraphs), as
//! do `;`, and `.`/`!` when followed by a space or the end unless the word before is a known
//! abbreviation (`dr.`, `e.g.`). A section header (`PMH:`, `FH:`, `O/E:`, or a header alone on its line)
//! sets the section of what follows: to the end of its line when the header is inline, else to the next
//! blank line or header. `?` is not a boundary: in GP notes it marks uncertainty (`? anosmia`).

use std::collections::{HashMap, HashSet};

use crate::lexicon::{FnvBuild, SectionKind, SegmentKind, SegmentRow};
use crate::normalize::Normalizer;

/// A clause of the normalized text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    /// Normalized byte range (trimmed).
    pub start: usize,
    pub end: usize,
    /// The section it sits in, if any header was seen.
    pub section: Option<SectionKind>,
    /// True when the clause is a section header itself.
    pub header: bool,
}

/// The segmenter of one language.
#[derive(Debug, Clone, Default)]
pub struct Segmenter {
    abbrevs: HashSet<String, FnvBuild>,
    headers: HashMap<String, SectionKind, FnvBuild>,
    max_header_len: usize,
}

impl Segmenter {
    /// Build from segmentation rows, normalizing them as note text is.
    pub fn new(rows: &[SegmentRow], normalizer: &Normalizer) -> Self {
        let mut s = Segmenter::default();
        for r in rows {
            let n = normalizer.normalize_term(&r.text);
            match r.kind {
                SegmentKind::Abbrev => {
                    s.abbrevs.insert(n);
                }
                SegmentKind::Section(kind) => {
                    let n = n.trim_end_matches(':').trim().to_string();
                    s.max_header_len = s.max_header_len.max(n.len());
                    s.headers.insert(n, kind);
                }
            }
        }
        s
    }

    /// The section kind a header text names, if it is one.
    pub fn header(&self, text: &str) -> Option<SectionKind> {
        let t = text.trim().trim_end_matches(':').trim_end();
        if t.is_empty() || t.len() > self.max_header_len {
            return None;
        }
        // Leading bullets or dashes do not matter.
        let t = t.trim_start_matches(['-', '*', '•', '>', ' ']);
        self.headers.get(t).copied()
    }

    /// Split `text` (normalized) into clauses, appended to `out`.
    pub fn segment(&self, text: &str, out: &mut Vec<Sentence>) {
        out.clear();
        let bytes = text.as_bytes();
        let mut start = 0usize;
        let mut section: Option<SectionKind> = None;
        // Whether the current section ends at the next line break (an inline header).
        let mut section_to_eol = false;
        let mut i = 0usize;
        while i < bytes.len() {
            // Skip to the next byte that may end a clause or a header.
            while i < bytes.len() && !SPECIAL[bytes[i] as usize] {
                i += 1;
            }
            let Some(&b) = bytes.get(i) else { break };
            match b {
                b'\n' => {
                    // A header alone on its line.
                    if let Some(kind) = self.header(&text[start..i]) {
                        push(out, text, start, i, Some(kind), true);
                        section = Some(kind);
                        section_to_eol = false;
                    } else {
                        push(out, text, start, i, section, false);
                        if section_to_eol {
                            section = None;
                            section_to_eol = false;
                        }
                    }
                    // A blank line closes any section.
                    if bytes.get(i + 1) == Some(&b'\n') {
                        section = None;
                        section_to_eol = false;
                    }
                    start = i + 1;
                }
                b';' => {
                    push(out, text, start, i, section, false);
                    start = i + 1;
                }
                // A numbered item `2)` after a space starts a clause: `1) esophagitis 2) hiatal hernia`.
                b'0'..=b'9' if i > start && bytes[i - 1] == b' ' => {
                    let mut j = i;
                    while j < bytes.len() && bytes[j].is_ascii_digit() {
                        j += 1;
                    }
                    if j - i <= 2 && bytes.get(j) == Some(&b')') && matches!(bytes.get(j + 1), None | Some(b' ') | Some(b'\n')) {
                        push(out, text, start, i, section, false);
                        start = i;
                    }
                }
                b'.' | b'!' => {
                    let next = bytes.get(i + 1).copied();
                    if matches!(next, None | Some(b' ') | Some(b'\n')) && !(b == b'.' && self.is_abbrev(text, start, i)) {
                        push(out, text, start, i + 1, section, false);
                        start = i + 1;
                    }
                }
                // `PMH: ...` and, as GPs also write, `FH - mother ...`.
                b':' | b'-' if b == b':' || (i > start && bytes[i - 1] == b' ' && bytes.get(i + 1) == Some(&b' ')) => {
                    if let Some(kind) = self.header(&text[start..i]) {
                        push(out, text, start, i + 1, Some(kind), true);
                        section = Some(kind);
                        // Inline when the rest of the line has text.
                        let rest = text[i + 1..].split('\n').next().unwrap_or("");
                        section_to_eol = !rest.trim().is_empty();
                        start = i + 1;
                    }
                }
                _ => {}
            }
            i += 1;
        }
        if let Some(kind) = self.header(&text[start..]) {
            push(out, text, start, text.len(), Some(kind), true);
        } else {
            push(out, text, start, text.len(), section, false);
        }
    }

    /// Whether the word ending at the dot at `dot` is a known abbreviation.
    fn is_abbrev(&self, text: &str, clause_start: usize, dot: usize) -> bool {
        let word_start = text[clause_start..dot].rfind([' ', '\n', '(']).map(|p| clause_start + p + 1).unwrap_or(clause_start);
        let word = &text[word_start..=dot];
        if self.abbrevs.contains(word) {
            return true;
        }
        // A single letter followed by a dot (an initial, `p.`) does not end a clause.
        let w = &text[word_start..dot];
        w.chars().count() == 1 && w.chars().all(char::is_alphabetic)
    }
}

/// Bytes the segmenter looks at: line breaks, `;`, digits (numbered items), `.`, `!`, `:` and `-`.
static SPECIAL: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = b'0';
    while b <= b'9' {
        t[b as usize] = true;
        b += 1;
    }
    t[b'\n' as usize] = true;
    t[b';' as usize] = true;
    t[b'.' as usize] = true;
    t[b'!' as usize] = true;
    t[b':' as usize] = true;
    t[b'-' as usize] = true;
    t
};

fn push(out: &mut Vec<Sentence>, text: &str, start: usize, end: usize, section: Option<SectionKind>, header: bool) {
    let slice = &text[start..end];
    let trimmed_start = start + (slice.len() - slice.trim_start().len());
    let trimmed_end = end - (slice.len() - slice.trim_end().len());
    if trimmed_end > trimmed_start {
        out.push(Sentence { start: trimmed_start, end: trimmed_end, section, header });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::Origin;

    fn seg() -> Segmenter {
        let o = Origin { file: "t".into(), line: 1 };
        let rows = vec![
            SegmentRow { kind: SegmentKind::Abbrev, text: "Dr.".into(), origin: o.clone() },
            SegmentRow { kind: SegmentKind::Section(SectionKind::PastHistory), text: "PMH".into(), origin: o.clone() },
            SegmentRow { kind: SegmentKind::Section(SectionKind::FamilyHistory), text: "FH".into(), origin: o.clone() },
            SegmentRow { kind: SegmentKind::Section(SectionKind::FamilyHistory), text: "Family history".into(), origin: o.clone() },
            SegmentRow { kind: SegmentKind::Section(SectionKind::Examination), text: "O/E".into(), origin: o },
        ];
        Segmenter::new(&rows, &Normalizer::default())
    }

    fn texts(text: &str) -> Vec<(String, Option<SectionKind>)> {
        let mut out = Vec::new();
        seg().segment(text, &mut out);
        out.iter().filter(|s| !s.header).map(|s| (text[s.start..s.end].to_string(), s.section)).collect()
    }

    #[test]
    fn splits_on_dots_semicolons_and_lines() {
        let t = texts("c/o cough 3/7. no fever; seen by dr. smith\nsob");
        let got: Vec<&str> = t.iter().map(|(s, _)| s.as_str()).collect();
        assert_eq!(got, vec!["c/o cough 3/7.", "no fever", "seen by dr. smith", "sob"]);
    }

    #[test]
    fn numbered_items_split() {
        let t = texts("1) esophagitis s/p biopsy 2) large hernia (3) x");
        let got: Vec<&str> = t.iter().map(|(s, _)| s.as_str()).collect();
        assert_eq!(got, vec!["1) esophagitis s/p biopsy", "2) large hernia (3) x"]);
    }

    #[test]
    fn decimals_and_question_marks_do_not_split() {
        let t = texts("temp 37.8 ? chest infection");
        assert_eq!(t.len(), 1);
    }

    #[test]
    fn inline_header_lasts_to_end_of_line() {
        let t = texts("pmh: asthma. migraine\nc/o cough");
        assert_eq!(t[0], ("asthma.".to_string(), Some(SectionKind::PastHistory)));
        assert_eq!(t[1], ("migraine".to_string(), Some(SectionKind::PastHistory)));
        assert_eq!(t[2], ("c/o cough".to_string(), None));
    }

    #[test]
    fn header_alone_on_line_lasts_to_blank_line() {
        let t = texts("family history\nmother: migraine\nfather: mi\n\ncough");
        assert_eq!(t[0].1, Some(SectionKind::FamilyHistory));
        assert_eq!(t[1].1, Some(SectionKind::FamilyHistory));
        assert_eq!(t[2], ("cough".to_string(), None));
    }

    #[test]
    fn header_with_dash() {
        let t = texts("fh - mother migraine\ncough - denied");
        assert_eq!(t[0], ("mother migraine".to_string(), Some(SectionKind::FamilyHistory)));
        assert_eq!(t[1], ("cough - denied".to_string(), None));
    }

    #[test]
    fn header_after_sentence_in_same_line() {
        let t = texts("tired. o/e: chest clear");
        assert_eq!(t[1], ("chest clear".to_string(), Some(SectionKind::Examination)));
    }
}
