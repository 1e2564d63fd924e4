//! Language detection for notes that do not say their language, among the engine's candidates.
//!
//! `whatlang` (trigram profiles, no model files) gives the statistical guess; the engine weighs it against
//! how much of the note each language's lexicon covers (see `Engine::detect`), reads lines that another
//! language covers far better in that language, and reads a note it cannot decide in every candidate.

use crate::lang::Lang;

/// The note-level sample: enough text for a sure answer, bounded so long notes cost no more.
const SAMPLE_BYTES: usize = 1024;

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
        LangDetector { detector: whatlang::Detector::with_allowlist(candidates.iter().map(|&l| to_whatlang(l)).collect()) }
    }

    /// The statistical guess for a text (its first [`SAMPLE_BYTES`]): language, confidence (0..1) and
    /// whether `whatlang` deems it reliable.
    pub fn detect_text(&self, text: &str) -> Option<(Lang, f64, bool)> {
        let info = self.detector.detect(prefix(text, SAMPLE_BYTES))?;
        Some((from_whatlang(info.lang())?, info.confidence(), info.is_reliable()))
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
        assert_eq!(d.detect_text(text).map(|x| (x.0, x.2)), Some((Lang::De, true)));
        assert!(!d.detect_text("38.5").is_some_and(|x| x.2));
    }
}
