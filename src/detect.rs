//! Language detection for notes that do not say their language, among the engine's candidates.
//!
//! `whatlang` (trigram profiles, no model files) scores the note; a reliable answer picks the note's
//! language. Lines long enough to judge on their own are scored too, so a Belgian note with a French and a
//! Dutch paragraph gets both. A note too short or too terse to tell (`c/o SOB 3/7`) is left undecided, and
//! the engine then matches it in every candidate language rather than dropping it.

use crate::lang::Lang;

/// Lines shorter than this (bytes) are not judged on their own: trigram statistics need text.
const MIN_LINE_BYTES: usize = 40;
/// The note-level sample: enough text for a sure answer, bounded so long notes cost no more.
const SAMPLE_BYTES: usize = 1024;
/// A line overrides the note's language only with at least this confidence.
const LINE_CONFIDENCE: f64 = 0.5;

/// What the detector decided for a note.
#[derive(Debug, Clone, PartialEq)]
pub enum Detected {
    /// One language for the whole note.
    One(Lang),
    /// A main language, and byte ranges (whole lines) in other languages.
    Mixed { main: Lang, spans: Vec<(usize, usize, Lang)> },
    /// Not sure: the candidates ranked by the detector's preference (best guess first).
    Unsure(Vec<Lang>),
}

/// A detector restricted to a set of candidate languages.
#[derive(Debug, Clone)]
pub struct LangDetector {
    detector: whatlang::Detector,
    candidates: Vec<Lang>,
}

fn to_whatlang(l: Lang) -> whatlang::Lang {
    match l {
        Lang::En => whatlang::Lang::Eng,
        Lang::Fr => whatlang::Lang::Fra,
        Lang::Es => whatlang::Lang::Spa,
        Lang::It => whatlang::Lang::Ita,
        Lang::De => whatlang::Lang::Deu,
        Lang::Nl => whatlang::Lang::Nld,
        Lang::Ro => whatlang::Lang::Ron,
    }
}

fn from_whatlang(l: whatlang::Lang) -> Option<Lang> {
    Lang::ALL.into_iter().find(|&x| to_whatlang(x) == l)
}

/// The longest prefix of `s` of at most `max` bytes that ends on a character boundary.
fn prefix(s: &str, max: usize) -> &str {
    if s.len() <= max {
        return s;
    }
    let mut end = max;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

impl LangDetector {
    pub fn new(candidates: &[Lang]) -> Self {
        LangDetector {
            detector: whatlang::Detector::with_allowlist(candidates.iter().map(|&l| to_whatlang(l)).collect()),
            candidates: candidates.to_vec(),
        }
    }

    /// The language of a text if the detector is sure of it, with its confidence (0..1).
    pub fn detect_text(&self, text: &str) -> Option<(Lang, f64, bool)> {
        let info = self.detector.detect(text)?;
        Some((from_whatlang(info.lang())?, info.confidence(), info.is_reliable()))
    }

    /// Decide the language(s) of a note.
    pub fn detect(&self, text: &str) -> Detected {
        let main = match self.detect_text(prefix(text, SAMPLE_BYTES)) {
            Some((l, _, true)) => l,
            guess => {
                let mut ranked = Vec::with_capacity(self.candidates.len());
                if let Some((l, _, _)) = guess {
                    ranked.push(l);
                }
                ranked.extend(self.candidates.iter().copied().filter(|c| Some(*c) != guess.map(|g| g.0)));
                return Detected::Unsure(ranked);
            }
        };
        // Lines in another language. Only worth looking when the note has several substantial lines.
        let mut spans = Vec::new();
        if text.len() >= 2 * MIN_LINE_BYTES {
            let mut start = 0;
            for line in text.split_inclusive('\n') {
                let end = start + line.len();
                if line.trim().len() >= MIN_LINE_BYTES {
                    if let Some((l, conf, true)) = self.detect_text(line) {
                        if l != main && conf >= LINE_CONFIDENCE {
                            spans.push((start, end, l));
                        }
                    }
                }
                start = end;
            }
        }
        if spans.is_empty() {
            Detected::One(main)
        } else {
            Detected::Mixed { main, spans }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefix_stops_on_a_character_boundary() {
        assert_eq!(prefix("fièvre", 3), "fi");
        assert_eq!(prefix("abc", 10), "abc");
    }

    #[test]
    fn every_language_maps_to_whatlang_and_back() {
        for l in Lang::ALL {
            assert_eq!(from_whatlang(to_whatlang(l)), Some(l));
        }
    }

    #[test]
    fn clear_prose_is_detected_and_a_bare_number_is_not() {
        let d = LangDetector::new(&Lang::ALL);
        let text = "Patient klagt seit drei Tagen über trockenen Husten und Fieber, außerdem ist er sehr müde und schläft schlecht.";
        assert_eq!(d.detect(text), Detected::One(Lang::De));
        assert!(matches!(d.detect("38.5"), Detected::Unsure(r) if r.len() == 7));
    }
}
