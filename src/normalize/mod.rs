//! Normalization: NFC, case folding, optional accent folding, whitespace runs, with a map back to the
//! original byte offsets.
//!
//! The normalized text is what the matchers and the segmenter read. Every byte of it carries the byte
//! offset of the original character it came from, so any span found in normalized text maps back to the
//! exact original text (`Normalized::to_original`).

use unicode_normalization::char::{compose, decompose_canonical, is_combining_mark};

/// Options of the normalizer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NormalizeOptions {
    /// Remove diacritics (`fièvre` -> `fievre`, `ș` -> `s`) and fold ligatures (`ß` -> `ss`).
    pub fold_accents: bool,
}

impl Default for NormalizeOptions {
    fn default() -> Self {
        NormalizeOptions { fold_accents: true }
    }
}

/// A normalized text and its map back to the original.
#[derive(Debug, Default, Clone)]
pub struct Normalized {
    /// The normalized text.
    pub text: String,
    /// `map[i]` is the byte offset in the original of the character that produced normalized byte `i`;
    /// `map[text.len()]` is the original's length. Monotonic non-decreasing.
    pub map: Vec<u32>,
}

impl Normalized {
    /// Original byte range of the normalized byte range `start..end`.
    ///
    /// The end maps to the end of the last original character that contributed to the range, so a
    /// span never swallows trailing whitespace that was folded away.
    pub fn to_original(&self, start: usize, end: usize, original: &str) -> (usize, usize) {
        let s = self.map[start] as usize;
        if end <= start {
            return (s, s);
        }
        // The last normalized byte's source character; its end is the next char boundary.
        let last = self.map[end - 1] as usize;
        let e = next_char_end(original, last);
        (s, e.max(s))
    }

    /// The first normalized byte offset whose source is at or after the original byte offset `orig`.
    pub fn from_original(&self, orig: usize) -> usize {
        self.map.partition_point(|&m| (m as usize) < orig)
    }

    fn clear(&mut self) {
        self.text.clear();
        self.map.clear();
    }

    fn push(&mut self, c: char, orig: usize) {
        let n = c.len_utf8();
        self.text.push(c);
        for _ in 0..n {
            self.map.push(orig as u32);
        }
    }

    fn last_char(&self) -> Option<char> {
        self.text.chars().next_back()
    }
}

fn next_char_end(s: &str, at: usize) -> usize {
    match s.get(at..).and_then(|t| t.chars().next()) {
        Some(c) => at + c.len_utf8(),
        None => s.len(),
    }
}

/// The normalizer. Cheap to copy; holds only options.
#[derive(Debug, Clone, Copy, Default)]
pub struct Normalizer {
    opts: NormalizeOptions,
}

impl Normalizer {
    pub fn new(opts: NormalizeOptions) -> Self {
        Normalizer { opts }
    }

    pub fn options(&self) -> NormalizeOptions {
        self.opts
    }

    /// Normalize `src` into `out` (reusing its buffers).
    pub fn normalize_into(&self, src: &str, out: &mut Normalized) {
        out.clear();
        out.text.reserve(src.len());
        out.map.reserve(src.len() + 1);
        let bytes = src.as_bytes();
        // Pending whitespace run: (start offset, line breaks in it).
        let mut ws: Option<(usize, u32)> = None;
        let mut prev_cr = false;
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            // Fast path: a run of ASCII letters, digits and punctuation (not hyphens), copied and lower-cased
            // at once. Its last byte stays out when a non-ASCII byte (maybe a combining mark) follows.
            if b.is_ascii_graphic() && b != b'-' {
                let mut j = i + 1;
                while j < bytes.len() && bytes[j].is_ascii_graphic() && bytes[j] != b'-' {
                    j += 1;
                }
                if j < bytes.len() && bytes[j] >= 0x80 {
                    j -= 1;
                }
                if j > i {
                    if ws.is_some() {
                        flush_space(&mut ws, out);
                    }
                    prev_cr = false;
                    let start = out.text.len();
                    out.text.push_str(&src[i..j]);
                    out.text[start..].make_ascii_lowercase();
                    out.map.extend(i as u32..j as u32);
                    i = j;
                    continue;
                }
            } else if b == b' ' {
                // A plain space: the start or continuation of a whitespace run with no line break.
                prev_cr = false;
                ws = Some(ws.unwrap_or((i, 0)));
                i += 1;
                continue;
            }
            let Some(c) = src.get(i..).and_then(|t| t.chars().next()) else { break };
            let next = i + c.len_utf8();
            if is_space(c) {
                // CRLF counts as one line break.
                let nl = match c {
                    '\n' if prev_cr => 0,
                    '\n' | '\r' | '\u{2028}' | '\u{2029}' | '\u{85}' | '\u{0B}' | '\u{0C}' => 1,
                    _ => 0,
                };
                prev_cr = c == '\r';
                ws = match ws {
                    None => Some((i, nl)),
                    Some((s, had)) => Some((s, had + nl)),
                };
                i = next;
                continue;
            }
            prev_cr = false;
            flush_space(&mut ws, out);
            let peek = src.get(next..).and_then(|t| t.chars().next());
            // Hyphens (of every Unicode kind) between two letters or digits are a space.
            if is_hyphen(c) {
                let prev_alnum = out.last_char().is_some_and(|p| p.is_alphanumeric());
                let next_alnum = peek.is_some_and(char::is_alphanumeric);
                out.push(if prev_alnum && next_alnum { ' ' } else { '-' }, i);
                i = next;
                continue;
            }
            let mark_follows = peek.is_some_and(|n| !n.is_ascii() && is_combining_mark(n));
            if c.is_ascii() && !mark_follows {
                out.push(c.to_ascii_lowercase(), i);
                i = next;
                continue;
            }
            // A non-ASCII cluster: this character and the combining marks after it.
            let mut end = next;
            for m in src[next..].chars() {
                if is_combining_mark(m) {
                    end += m.len_utf8();
                } else {
                    break;
                }
            }
            self.push_cluster(&src[i..end], i, out);
            i = end;
        }
        // Trailing whitespace is dropped; the map ends at the original's end.
        out.map.push(src.len() as u32);
    }

    /// Normalize a lexicon entry (a term or a trigger) the same way as note text.
    pub fn normalize_term(&self, term: &str) -> String {
        let mut n = Normalized::default();
        self.normalize_into(term, &mut n);
        n.text
    }

    fn push_cluster(&self, cluster: &str, orig: usize, out: &mut Normalized) {
        if self.opts.fold_accents {
            // Decomposed characters are handled as they come: no buffer, so no allocation per accent.
            for ch in cluster.chars() {
                decompose_canonical(ch, |d| {
                    if is_combining_mark(d) {
                        return;
                    }
                    for l in d.to_lowercase() {
                        if is_combining_mark(l) {
                            continue;
                        }
                        match fold_special(l) {
                            Some(s) => s.chars().for_each(|f| out.push(f, orig)),
                            None => out.push(fold_punct(l), orig),
                        }
                    }
                });
            }
        } else {
            // NFC of the cluster, then lower case.
            let mut it = cluster.chars();
            let mut acc = match it.next() {
                Some(c) => c,
                None => return,
            };
            let mut rest: Vec<char> = Vec::new();
            for m in it {
                match compose(acc, m) {
                    Some(c) if rest.is_empty() => acc = c,
                    _ => rest.push(m),
                }
            }
            for ch in std::iter::once(acc).chain(rest) {
                for l in ch.to_lowercase() {
                    out.push(fold_punct(l), orig);
                }
            }
        }
    }
}

/// Emit a pending whitespace run: one space, a line break, or two for a blank line. Leading
/// whitespace is dropped.
fn flush_space(ws: &mut Option<(usize, u32)>, out: &mut Normalized) {
    if let Some((s, nl)) = ws.take() {
        if !out.text.is_empty() {
            match nl {
                0 => out.push(' ', s),
                1 => out.push('\n', s),
                _ => {
                    out.push('\n', s);
                    out.push('\n', s);
                }
            }
        }
    }
}

fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{FEFF}' || c == '\u{200B}'
}

fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2212}' | '\u{FE63}' | '\u{FF0D}')
}

/// Punctuation variants that writers use interchangeably.
fn fold_punct(c: char) -> char {
    match c {
        '\u{2018}' | '\u{2019}' | '\u{201B}' | '\u{2032}' | '\u{02BC}' | '\u{00B4}' | '`' => '\'',
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{00AB}' | '\u{00BB}' => '"',
        '\u{FF1F}' => '?',
        c => c,
    }
}

/// Letters that do not decompose but are folded when accents are folded.
fn fold_special(c: char) -> Option<&'static str> {
    Some(match c {
        'ß' | 'ẞ' => "ss",
        'æ' => "ae",
        'œ' => "oe",
        'ø' => "o",
        'ł' => "l",
        'đ' => "d",
        'ð' => "d",
        'þ' => "th",
        'ı' => "i",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn norm(s: &str) -> Normalized {
        let mut n = Normalized::default();
        Normalizer::default().normalize_into(s, &mut n);
        n
    }

    #[test]
    fn lowercases_and_folds_accents() {
        assert_eq!(norm("Fièvre ÉLEVÉE").text, "fievre elevee");
        assert_eq!(norm("tușește, tuşeşte").text, "tuseste, tuseste");
        assert_eq!(norm("Straße").text, "strasse");
        assert_eq!(norm("cœur").text, "coeur");
    }

    #[test]
    fn decomposed_input_equals_composed() {
        assert_eq!(norm("fie\u{300}vre").text, norm("fièvre").text);
    }

    #[test]
    fn keeps_accents_when_asked() {
        let mut n = Normalized::default();
        Normalizer::new(NormalizeOptions { fold_accents: false }).normalize_into("Fie\u{300}vre", &mut n);
        assert_eq!(n.text, "fièvre");
    }

    #[test]
    fn whitespace_runs_and_line_breaks() {
        assert_eq!(norm("  short   of\tbreath ").text, "short of breath");
        assert_eq!(norm("cough\r\n  fever").text, "cough\nfever");
        assert_eq!(norm("cough\r\n\r\n  fever").text, "cough\n\nfever");
    }

    #[test]
    fn hyphen_between_letters_is_space() {
        assert_eq!(norm("short-of-breath").text, "short of breath");
        assert_eq!(norm("covid -ve").text, "covid -ve");
        assert_eq!(norm("post–viral").text, "post viral");
    }

    #[test]
    fn map_points_into_original() {
        let src = "Pas de  Fièvre.";
        let n = norm(src);
        let s = n.text.find("fievre").unwrap_or(0);
        let (a, b) = n.to_original(s, s + "fievre".len(), src);
        assert_eq!(&src[a..b], "Fièvre");
        assert_eq!(n.map.len(), n.text.len() + 1);
        assert!(n.map.windows(2).all(|w| w[0] <= w[1]));
    }

    #[test]
    fn map_through_expansion() {
        let src = "Die Straße";
        let n = norm(src);
        assert_eq!(n.text, "die strasse");
        let (a, b) = n.to_original(4, n.text.len(), src);
        assert_eq!(&src[a..b], "Straße");
    }

    #[test]
    fn curly_apostrophe_folds() {
        assert_eq!(norm("can’t smell").text, "can't smell");
    }
}
