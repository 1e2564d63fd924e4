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
        assert_eq!(Lang::from_code(""), None);
    }
}
