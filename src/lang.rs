//! Languages the engine knows (ISO 639-1).

use std::fmt;
use std::str::FromStr;

/// A note language. The seven languages of the primary-care databases symptext is built for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    En,
    Fr,
    Es,
    It,
    De,
    Nl,
    Ro,
}

impl Lang {
    pub const ALL: [Lang; 7] = [Lang::En, Lang::Fr, Lang::Es, Lang::It, Lang::De, Lang::Nl, Lang::Ro];

    /// The ISO 639-1 code.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::Es => "es",
            Lang::It => "it",
            Lang::De => "de",
            Lang::Nl => "nl",
            Lang::Ro => "ro",
        }
    }

    /// Parse an ISO 639-1 code (case-insensitive; a region suffix such as `en-GB` or `fr_BE` is ignored).
    pub fn from_code(code: &str) -> Option<Lang> {
        let base = code.trim().split(['-', '_']).next().unwrap_or("");
        Lang::ALL.into_iter().find(|l| l.code().eq_ignore_ascii_case(base))
    }
}

/// `lexicons/languages.tsv`: OMOP language concept ids and their ISO codes.
const LANGUAGE_CONCEPTS: &str = include_str!("../lexicons/languages.tsv");

impl Lang {
    /// The language of an OMOP `language_concept_id` (`4180186` = English), when symptext knows it.
    pub fn from_concept_id(id: i64) -> Option<Lang> {
        static MAP: std::sync::OnceLock<Vec<(i64, Lang)>> = std::sync::OnceLock::new();
        MAP.get_or_init(|| {
            LANGUAGE_CONCEPTS
                .lines()
                .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
                .filter_map(|l| {
                    let mut f = l.split('\t');
                    Some((f.next()?.trim().parse().ok()?, Lang::from_code(f.next()?)?))
                })
                .collect()
        })
        .iter()
        .find(|(c, _)| *c == id)
        .map(|&(_, l)| l)
    }

    /// The OMOP `language_concept_id` of this language, when known.
    pub fn concept_id(self) -> Option<i64> {
        LANGUAGE_CONCEPTS.lines().filter(|l| !l.starts_with('#')).find_map(|l| {
            let mut f = l.split('\t');
            let id = f.next()?.trim().parse::<i64>().ok()?;
            (Lang::from_code(f.next()?)? == self).then_some(id)
        })
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl FromStr for Lang {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Lang::from_code(s).ok_or_else(|| format!("unknown language code '{s}' (expected one of en, fr, es, it, de, nl, ro)"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_codes_with_regions() {
        assert_eq!(Lang::from_code("EN"), Some(Lang::En));
        assert_eq!(Lang::from_code("fr-BE"), Some(Lang::Fr));
        assert_eq!(Lang::from_code("nl_BE"), Some(Lang::Nl));
        assert_eq!(Lang::from_code("sv"), None);
        assert_eq!(Lang::from_concept_id(4180186), Some(Lang::En));
        assert_eq!(Lang::from_concept_id(4182503), Some(Lang::Nl));
        assert_eq!(Lang::from_concept_id(0), None);
        assert_eq!(Lang::Fr.concept_id(), Some(4180190));
        assert_eq!(Lang::from_code(""), None);
    }
}
