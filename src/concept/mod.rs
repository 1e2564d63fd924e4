//! Concepts: the OMOP concept each symptom term points at, with its SNOMED CT code.

use std::collections::HashMap;

use crate::lexicon::Concept;
use crate::normalize::Normalizer;

/// The concept table of an engine: lookup by index, by id, and by name or key.
#[derive(Debug, Clone, Default)]
pub struct ConceptTable {
    concepts: Vec<Concept>,
    by_id: HashMap<i64, u32>,
    by_name: HashMap<String, u32>,
}

impl ConceptTable {
    /// Build from concept rows; a later row with the same id replaces the earlier one.
    pub fn new(rows: &[Concept]) -> Self {
        let mut t = ConceptTable::default();
        let norm = Normalizer::default();
        for c in rows {
            let idx = match t.by_id.get(&c.concept_id) {
                Some(&i) => {
                    t.concepts[i as usize] = c.clone();
                    i
                }
                None => {
                    t.concepts.push(c.clone());
                    (t.concepts.len() - 1) as u32
                }
            };
            t.by_id.insert(c.concept_id, idx);
            t.by_name.insert(norm.normalize_term(&c.name), idx);
            t.by_name.insert(norm.normalize_term(&c.key.replace('_', " ")), idx);
            t.by_name.insert(c.key.clone(), idx);
        }
        t
    }

    pub fn all(&self) -> &[Concept] {
        &self.concepts
    }

    pub fn get(&self, index: u32) -> Option<&Concept> {
        self.concepts.get(index as usize)
    }

    pub fn index_of(&self, concept_id: i64) -> Option<u32> {
        self.by_id.get(&concept_id).copied()
    }

    pub fn by_id(&self, concept_id: i64) -> Option<&Concept> {
        self.index_of(concept_id).and_then(|i| self.get(i))
    }

    /// A concept by its English name or key (`Fever`, `sore_throat`, `pain in throat`).
    pub fn by_name(&self, name: &str) -> Option<&Concept> {
        let n = Normalizer::default().normalize_term(name);
        self.by_name.get(&n).or_else(|| self.by_name.get(name)).and_then(|&i| self.get(i))
    }

    pub fn len(&self) -> usize {
        self.concepts.len()
    }

    pub fn is_empty(&self) -> bool {
        self.concepts.is_empty()
    }
}
