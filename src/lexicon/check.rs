//! `lexicon check`: every problem in a set of lexicon files, with file and line.

use std::collections::{HashMap, HashSet};

use super::{builtin, kind_of_path, lexicon_files, FileKind, LexiconSet};
use crate::error::{Error, Result};
use crate::normalize::{NormalizeOptions, Normalizer};

/// How bad a finding is. Errors fail the check; warnings are information.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
}

/// One finding of the check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    pub file: String,
    pub line: usize,
    pub message: String,
}

impl std::fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let sev = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(f, "{}:{}: {}: {}", self.file, self.line, sev, self.message)
    }
}

/// What the check read and found.
#[derive(Debug, Default)]
pub struct Report {
    pub files: usize,
    pub rows: usize,
    pub diagnostics: Vec<Diagnostic>,
}

impl Report {
    pub fn errors(&self) -> usize {
        self.diagnostics.iter().filter(|d| d.severity == Severity::Error).count()
    }
    pub fn warnings(&self) -> usize {
        self.diagnostics.iter().filter(|d| d.severity == Severity::Warning).count()
    }
}

/// Check the builtin lexicons (when `builtin`) and every directory in `dirs`, as the engine would load them.
pub fn check(builtin: bool, dirs: &[std::path::PathBuf]) -> Result<Report> {
    let mut sources: Vec<(FileKind, String, String)> = Vec::new();
    if builtin {
        for f in builtin::FILES {
            if let Some(kind) = kind_of_path(f.path) {
                sources.push((kind, f.path.to_string(), f.content.to_string()));
            }
        }
    }
    for dir in dirs {
        for (kind, path) in lexicon_files(dir)? {
            let content = std::fs::read_to_string(&path).map_err(|e| Error::io(&path, e))?;
            sources.push((kind, path.display().to_string(), content));
        }
    }
    Ok(check_sources(&sources))
}

/// Check lexicon file contents given as (kind, file name, content).
pub fn check_sources(sources: &[(FileKind, String, String)]) -> Report {
    let mut set = LexiconSet::empty();
    let mut report = Report { files: sources.len(), ..Default::default() };
    let push = |report: &mut Report, severity, file: &str, line, message: String| {
        report.diagnostics.push(Diagnostic { severity, file: file.to_string(), line, message })
    };
    for (kind, name, content) in sources {
        for e in set.add_str_all_errors(*kind, name, content) {
            match e {
                Error::Lexicon { file, line, message } => push(&mut report, Severity::Error, &file, line, message),
                other => push(&mut report, Severity::Error, name, 0, other.to_string()),
            }
        }
    }
    report.rows = set.concepts.len()
        + set.symptoms.values().map(Vec::len).sum::<usize>()
        + set.context.values().map(Vec::len).sum::<usize>()
        + set.segment.values().map(Vec::len).sum::<usize>();

    // Concepts: duplicate ids and keys.
    let mut ids: HashMap<i64, String> = HashMap::new();
    let mut keys: HashMap<&str, String> = HashMap::new();
    for c in &set.concepts {
        let (file, line) = (c.origin.file.to_string(), c.origin.line);
        if let Some(prev) = ids.insert(c.concept_id, c.name.clone()) {
            push(&mut report, Severity::Error, &file, line, format!("duplicate concept_id {} ({} and {})", c.concept_id, prev, c.name));
        }
        if let Some(prev) = keys.insert(&c.key, c.name.clone()) {
            push(&mut report, Severity::Error, &file, line, format!("duplicate key `{}` ({} and {})", c.key, prev, c.name));
        }
    }

    let fold = Normalizer::new(NormalizeOptions { fold_accents: true });
    let keep = Normalizer::new(NormalizeOptions { fold_accents: false });

    // Symptom terms.
    for (lang, rows) in &set.symptoms {
        let mut seen: HashMap<(i64, String), usize> = HashMap::new();
        let mut covered: HashSet<i64> = HashSet::new();
        for (i, r) in rows.iter().enumerate() {
            let file = r.origin.file.to_string();
            let line = r.origin.line;
            if !r.flags.ignore && !ids.contains_key(&r.concept_id) {
                push(&mut report, Severity::Error, &file, line, format!("unknown concept_id {} (not in any concepts.tsv)", r.concept_id));
            }
            covered.insert(r.concept_id);
            let norm = if r.flags.accent_sensitive { keep.normalize_term(&r.term) } else { fold.normalize_term(&r.term) };
            if norm.is_empty() {
                push(&mut report, Severity::Error, &file, line, "term is empty after normalization".into());
                continue;
            }
            if !norm.chars().any(char::is_alphanumeric) {
                push(&mut report, Severity::Error, &file, line, format!("term `{}` has no letter or digit", r.term));
            }
            let key = if r.flags.case_sensitive { (r.concept_id, format!("cs:{}", r.term)) } else { (r.concept_id, norm.clone()) };
            if let Some(&j) = seen.get(&key) {
                let prev = &rows[j];
                if prev.flags.negated != r.flags.negated {
                    push(
                        &mut report,
                        Severity::Error,
                        &file,
                        line,
                        format!(
                            "conflict: `{}` is listed for concept {} with and without `neg` (other at {})",
                            r.term, r.concept_id, prev.origin
                        ),
                    );
                } else {
                    push(
                        &mut report,
                        Severity::Error,
                        &file,
                        line,
                        format!("duplicate term `{}` for concept {} (first at {})", r.term, r.concept_id, prev.origin),
                    );
                }
            } else {
                seen.insert(key, i);
            }
        }
        for c in &set.concepts {
            if !covered.contains(&c.concept_id) {
                push(
                    &mut report,
                    Severity::Warning,
                    "concepts.tsv",
                    0,
                    format!("concept {} ({}) has no {} term", c.concept_id, c.name, lang),
                );
            }
        }
    }

    // Context triggers: duplicates and conflicting definitions of one trigger.
    for rows in set.context.values() {
        let mut seen: HashMap<String, usize> = HashMap::new();
        for (i, r) in rows.iter().enumerate() {
            let file = r.origin.file.to_string();
            let norm = if r.flags.regex {
                format!("re:{}", r.trigger)
            } else if r.flags.case_sensitive {
                format!("cs:{}", r.trigger)
            } else if r.flags.accent_sensitive {
                keep.normalize_term(&r.trigger)
            } else {
                fold.normalize_term(&r.trigger)
            };
            if let Some(&j) = seen.get(&norm) {
                let prev = &rows[j];
                if prev.category == r.category && prev.direction == r.direction && prev.window == r.window {
                    push(
                        &mut report,
                        Severity::Error,
                        &file,
                        r.origin.line,
                        format!("duplicate trigger `{}` (first at {})", r.trigger, prev.origin),
                    );
                } else {
                    push(
                        &mut report,
                        Severity::Error,
                        &file,
                        r.origin.line,
                        format!(
                            "conflict: trigger `{}` is {} {} here and {} {} at {}",
                            r.trigger,
                            r.category.name(),
                            r.direction.name(),
                            prev.category.name(),
                            prev.direction.name(),
                            prev.origin
                        ),
                    );
                }
            } else {
                seen.insert(norm, i);
            }
        }
    }

    // Segmentation rules.
    for rows in set.segment.values() {
        let mut seen: HashMap<String, usize> = HashMap::new();
        for (i, r) in rows.iter().enumerate() {
            let norm = fold.normalize_term(&r.text);
            if let Some(&j) = seen.get(&norm) {
                push(
                    &mut report,
                    Severity::Error,
                    &r.origin.file,
                    r.origin.line,
                    format!("duplicate segment rule `{}` (first at {})", r.text, rows[j].origin),
                );
            } else {
                seen.insert(norm, i);
            }
        }
    }
    report.diagnostics.sort_by(|a, b| (a.severity, &a.file, a.line).cmp(&(b.severity, &b.file, b.line)));
    report
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;

    const CONCEPTS: &str =
        "concept_id\tsnomed_code\tname_en\tgroup\tkey\n437663\t386661006\tFever\tc\tfever\n254761\t49727002\tCough\tr\tcough\n";

    #[test]
    fn finds_malformed_unknown_duplicate_and_conflict() {
        let sources = vec![
            (FileKind::Concepts, "concepts.tsv".to_string(), CONCEPTS.to_string()),
            (
                FileKind::Symptoms(Lang::En),
                "symptoms/en.tsv".to_string(),
                "concept_id\tterm\tflags\n437663\tfever\t\n437663\tFever\t\n437663\tafebrile\tneg\n437663\tafebrile\t\n999\tthing\t\n254761\tcough\n".to_string(),
            ),
            (
                FileKind::Context(Lang::En),
                "context/en.tsv".to_string(),
                "trigger\tcategory\tdirection\twindow\tflags\nno\tnegated\tforward\t\t\nno\tuncertain\tforward\t\t\n".to_string(),
            ),
        ];
        let report = check_sources(&sources);
        let lines: Vec<String> = report.diagnostics.iter().filter(|d| d.severity == Severity::Error).map(|d| d.to_string()).collect();
        assert!(
            lines.contains(&"symptoms/en.tsv:3: error: duplicate term `Fever` for concept 437663 (first at symptoms/en.tsv:2)".to_string()),
            "{lines:#?}"
        );
        assert!(lines.iter().any(|l| l.starts_with("symptoms/en.tsv:5: error: conflict: `afebrile`")), "{lines:#?}");
        assert!(lines.contains(&"symptoms/en.tsv:6: error: unknown concept_id 999 (not in any concepts.tsv)".to_string()), "{lines:#?}");
        assert!(lines.iter().any(|l| l.starts_with("symptoms/en.tsv:7: error: expected 3 tab-separated fields")), "{lines:#?}");
        assert!(lines.iter().any(|l| l.starts_with("context/en.tsv:3: error: conflict: trigger `no`")), "{lines:#?}");
        assert_eq!(report.errors(), 5);
    }
}
