//! Concept sets: named symptoms, each a group of OMOP concept ids (format in `lexicons/README.md`).

use std::collections::HashMap;
use std::path::Path;

use crate::error::{Error, Result};

/// The default set: one symptom per concept of the shared long-COVID symptom list.
pub const LONG_COVID: &str = include_str!("../../lexicons/concept_sets/long_covid.tsv");

/// One symptom of a concept set.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Symptom {
    /// Column name in the outputs (`fatigue`, `dyspnea`).
    pub name: String,
    /// The symptom's own concept: the concept of its first row.
    pub concept_id: i64,
    /// A readable label (the first row's `name`, or the symptom name when that is empty).
    pub label: String,
}

/// Named symptoms, in file order, and the concept ids that count for each.
#[derive(Debug, Clone)]
pub struct ConceptSet {
    symptoms: Vec<Symptom>,
    by_concept: HashMap<i64, Vec<u32>>,
    name: String,
}

impl ConceptSet {
    /// The builtin long-COVID set (`lexicons/concept_sets/long_covid.tsv`).
    pub fn long_covid() -> Self {
        match Self::parse(LONG_COVID, "lexicons/concept_sets/long_covid.tsv") {
            Ok(s) => s,
            // The builtin file is checked by a unit test; an empty set is the only possible fallback.
            Err(_) => ConceptSet { symptoms: Vec::new(), by_concept: HashMap::new(), name: "long_covid".into() },
        }
    }

    /// Read a concept set TSV file.
    pub fn from_path(path: &Path) -> Result<Self> {
        let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
        Self::parse(&text, &path.display().to_string())
    }

    /// Parse a concept set; `file` names it in errors (`file:line: message`).
    pub fn parse(text: &str, file: &str) -> Result<Self> {
        let err = |line: usize, message: String| Error::Lexicon { file: file.to_string(), line, message };
        let mut set = ConceptSet { symptoms: Vec::new(), by_concept: HashMap::new(), name: file.to_string() };
        let mut index: HashMap<String, u32> = HashMap::new();
        let mut header_seen = false;
        for (i, raw) in text.lines().enumerate() {
            let line = i + 1;
            let raw = raw.trim_end_matches('\r');
            if raw.trim().is_empty() || raw.starts_with('#') {
                continue;
            }
            let cols: Vec<&str> = raw.split('\t').map(str::trim).collect();
            if !header_seen {
                if cols.len() < 2 || cols[0] != "symptom" || cols[1] != "concept_id" {
                    return Err(err(line, "the header must be `symptom<TAB>concept_id<TAB>name`".into()));
                }
                header_seen = true;
                continue;
            }
            if cols.len() < 2 {
                return Err(err(line, format!("expected at least 2 tab-separated fields, found {}", cols.len())));
            }
            let name = cols[0];
            if !valid_name(name) {
                return Err(err(
                    line,
                    format!("field symptom: `{name}` is not a column name (a letter, then letters, digits or `_`; not person_id or group)"),
                ));
            }
            let concept_id: i64 = cols[1].parse().map_err(|_| err(line, format!("field concept_id: `{}` is not an integer", cols[1])))?;
            let label = cols.get(2).copied().unwrap_or("");
            let idx = match index.get(name) {
                Some(&idx) => idx,
                None => {
                    let idx = set.symptoms.len() as u32;
                    index.insert(name.to_string(), idx);
                    set.symptoms.push(Symptom {
                        name: name.to_string(),
                        concept_id,
                        label: if label.is_empty() { name.to_string() } else { label.to_string() },
                    });
                    idx
                }
            };
            let list = set.by_concept.entry(concept_id).or_default();
            if list.contains(&idx) {
                return Err(err(line, format!("duplicate row: concept {concept_id} is already listed for `{name}`")));
            }
            list.push(idx);
        }
        if !header_seen {
            return Err(err(1, "empty concept set: no header row".into()));
        }
        if set.symptoms.is_empty() {
            return Err(err(1, "the concept set has no symptom".into()));
        }
        Ok(set)
    }

    /// The symptoms, in file order (the order of the output columns and rows).
    pub fn symptoms(&self) -> &[Symptom] {
        &self.symptoms
    }

    /// Indexes (into [`ConceptSet::symptoms`]) of the symptoms a concept counts for.
    pub fn symptoms_of(&self, concept_id: i64) -> &[u32] {
        self.by_concept.get(&concept_id).map(Vec::as_slice).unwrap_or(&[])
    }

    /// Where the set came from (file name).
    pub fn name(&self) -> &str {
        &self.name
    }
}

fn valid_name(s: &str) -> bool {
    let mut chars = s.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
        && s != "person_id"
        && s != "group"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_set_has_one_symptom_per_shared_concept() {
        let set = ConceptSet::parse(LONG_COVID, "long_covid.tsv").expect("builtin set parses");
        assert_eq!(set.symptoms().len(), 100);
        assert_eq!(set.symptoms_of(254761).len(), 1);
        assert_eq!(set.symptoms()[set.symptoms_of(254761)[0] as usize].name, "cough");
    }

    #[test]
    fn extra_rows_add_concepts_to_a_symptom() {
        let set =
            ConceptSet::parse("symptom\tconcept_id\tname\ncough\t254761\tCough\ncough\t4\t\nsob\t312437\t\n", "s.tsv").expect("parses");
        assert_eq!(set.symptoms().len(), 2);
        assert_eq!(set.symptoms()[0].concept_id, 254761);
        assert_eq!(set.symptoms_of(4), &[0]);
        assert_eq!(set.symptoms()[1].label, "sob");
    }

    #[test]
    fn errors_name_file_line_and_field() {
        let e = ConceptSet::parse("symptom\tconcept_id\ncough\tx\n", "s.tsv").err().map(|e| e.to_string());
        assert_eq!(e.as_deref(), Some("s.tsv:2: field concept_id: `x` is not an integer"));
        let e = ConceptSet::parse("symptom\tconcept_id\ncough\t1\ncough\t1\n", "s.tsv").err().map(|e| e.to_string());
        assert_eq!(e.as_deref(), Some("s.tsv:3: duplicate row: concept 1 is already listed for `cough`"));
        assert!(ConceptSet::parse("symptom\tconcept_id\nperson_id\t1\n", "s.tsv").is_err());
    }
}
