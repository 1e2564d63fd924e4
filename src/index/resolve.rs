//! Concept names: an id, an English name or key from `concepts.tsv`, or any symptom term of any
//! language the engine knows (`essoufflement`, `Atemnot`, `SOB`).

use crate::engine::Engine;
use crate::note::Note;

/// The concept ids a user's `--concept` value stands for: a number is taken as a concept id; a name is
/// looked up among the concepts' English names and keys, then run through every language's lexicon as a
/// note of its own: the concepts of the mentions that cover the whole name. Several languages may give
/// several concepts; all are returned, sorted. `None` when nothing matches.
pub fn resolve_concept(engine: &Engine, value: &str) -> Option<Vec<i64>> {
    let value = value.trim();
    if value.is_empty() {
        return None;
    }
    if let Ok(id) = value.parse::<i64>() {
        return Some(vec![id]);
    }
    if let Some(c) = engine.concepts().by_name(value) {
        return Some(vec![c.concept_id]);
    }
    let mut ids: Vec<i64> = Vec::new();
    for lang in engine.languages() {
        let note = Note { language: Some(lang), ..Note::new(0, value) };
        for m in engine.extract(&note) {
            if m.start == 0 && m.end == value.len() && !ids.contains(&m.concept_id) {
                ids.push(m.concept_id);
            }
        }
    }
    if ids.is_empty() {
        return None;
    }
    ids.sort_unstable();
    Some(ids)
}
