//! ConText: which triggers of a clause reach a target, and the modifiers they set.
//!
//! A trigger with a forward direction reaches targets to its right, a backward one targets to its left,
//! within its clause. A terminator between trigger and target (`but`, `however`) stops it, and so does a
//! token window when the trigger has one. Pseudo-triggers (`no increase`) have already won over the
//! shorter triggers inside them at matching time (leftmost-longest), so they only need to be ignored here.

use crate::lexicon::{Category, Direction, Origin};
use crate::mention::{Modifiers, Subject};

/// What a trigger does (one lexicon row, after overrides).
#[derive(Debug, Clone)]
pub struct TriggerInfo {
    /// The trigger as written in the lexicon.
    pub text: String,
    /// The trigger normalized as note text is (what evidence shows), for literal triggers.
    pub norm: std::sync::Arc<str>,
    /// The trigger is a regex: evidence shows the matched text instead.
    pub regex: bool,
    /// The trigger also ends earlier triggers' scopes (flag `stop`).
    pub stop: bool,
    /// The trigger reaches only the nearest target in its direction (flag `nearest`).
    pub nearest: bool,
    pub category: Category,
    pub direction: Direction,
    pub window: Option<u16>,
    pub origin: Origin,
}

/// A trigger found in a note: normalized byte range and the index of its [`TriggerInfo`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FoundTrigger {
    pub start: usize,
    pub end: usize,
    pub info: u32,
}

/// Number of word tokens (runs of letters or digits) in `text`.
pub fn count_tokens(text: &str) -> usize {
    let mut n = 0;
    let mut in_word = false;
    for c in text.chars() {
        let w = c.is_alphanumeric();
        if w && !in_word {
            n += 1;
        }
        in_word = w;
    }
    n
}

/// Apply the triggers of one clause to the target at normalized `t_start..t_end`.
///
/// `triggers` are the triggers inside the target's clause, in order. Each trigger that reaches the
/// target sets its modifier and is pushed to `reached`. `other_target_within(a, b)` tells whether another
/// target lies inside `a..b` (for `nearest` triggers).
#[allow(clippy::too_many_arguments)]
pub fn apply(
    text: &str,
    triggers: &[FoundTrigger],
    infos: &[TriggerInfo],
    t_start: usize,
    t_end: usize,
    mods: &mut Modifiers,
    reached: &mut Vec<FoundTrigger>,
    other_target_within: &dyn Fn(usize, usize) -> bool,
) {
    for g in triggers {
        let info = &infos[g.info as usize];
        if !info.category.is_modifier() {
            continue;
        }
        // A trigger that overlaps the target reaches it only when the target runs on past it in the
        // trigger's direction: `non ha` + `ha vomitato` (forward). Otherwise it is part of the
        // target's own words, not a modifier of it.
        if g.start < t_end && t_start < g.end {
            let across = (info.direction.forward() && g.start < t_start && g.end < t_end)
                || (info.direction.backward() && t_start < g.start && t_end < g.end);
            if across {
                set(mods, info.category);
                reached.push(*g);
            }
            continue;
        }
        let reaches = if g.end <= t_start && info.direction.forward() {
            let stopped = (info.nearest && other_target_within(g.end, t_start))
                || terminated(triggers, infos, g.end, t_start)
                || claimed_backward(triggers, infos, info.category, g.end, t_start);
            !stopped && within(text, g.end, t_start, info.window)
        } else if g.start >= t_end && info.direction.backward() {
            let stopped = (info.nearest && other_target_within(t_end, g.start)) || terminated(triggers, infos, t_end, g.start);
            !stopped && within(text, t_end, g.start, info.window)
        } else {
            false
        };
        if reaches {
            set(mods, info.category);
            reached.push(*g);
        }
    }
}

/// Set the modifier of a category.
pub fn set(mods: &mut Modifiers, category: Category) {
    match category {
        Category::Negated => mods.negated = true,
        Category::Uncertain => mods.uncertain = true,
        Category::RuleOut => mods.rule_out = true,
        Category::Hypothetical => mods.hypothetical = true,
        Category::Historical => mods.historical = true,
        Category::Family => mods.subject = Subject::Family,
        Category::Other => {
            if mods.subject == Subject::Patient {
                mods.subject = Subject::Other
            }
        }
        Category::Pseudo | Category::Terminate => {}
    }
}

fn terminated(triggers: &[FoundTrigger], infos: &[TriggerInfo], from: usize, to: usize) -> bool {
    triggers.iter().any(|g| {
        let i = &infos[g.info as usize];
        g.start >= from && g.end <= to && (i.category == Category::Terminate || i.stop)
    })
}

/// A backward-only trigger of the same category between a forward trigger and the target claims the
/// text before it, so the forward scope ends there: in "PMH of asthma, who presents with cough", the
/// backward `who presents with` takes asthma, and `PMH of` does not reach cough.
fn claimed_backward(triggers: &[FoundTrigger], infos: &[TriggerInfo], category: Category, from: usize, to: usize) -> bool {
    triggers.iter().any(|g| {
        let i = &infos[g.info as usize];
        g.start >= from && g.end <= to && i.category == category && i.direction == Direction::Backward
    })
}

fn within(text: &str, from: usize, to: usize, window: Option<u16>) -> bool {
    match window {
        None => true,
        Some(w) => count_tokens(&text[from..to]) < w as usize,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn info(text: &str, category: Category, direction: Direction, window: Option<u16>) -> TriggerInfo {
        TriggerInfo {
            text: text.into(),
            norm: text.into(),
            regex: false,
            stop: false,
            nearest: false,
            category,
            direction,
            window,
            origin: Origin { file: "t".into(), line: 1 },
        }
    }

    fn run(text: &str, trig: &[(&str, usize)], infos: &[TriggerInfo], target: &str) -> Modifiers {
        let found: Vec<FoundTrigger> = trig
            .iter()
            .map(|&(t, i)| {
                let s = text.find(t).unwrap_or(0);
                FoundTrigger { start: s, end: s + t.len(), info: i as u32 }
            })
            .collect();
        let s = text.find(target).unwrap_or(0);
        let mut m = Modifiers::default();
        apply(text, &found, infos, s, s + target.len(), &mut m, &mut Vec::new(), &|_, _| false);
        m
    }

    #[test]
    fn forward_negation_reaches_list_and_stops_at_terminator() {
        let infos = vec![info("no", Category::Negated, Direction::Forward, None), info("but", Category::Terminate, Direction::None, None)];
        let t = "no fever, chills or cough but headache";
        assert!(run(t, &[("no", 0), ("but", 1)], &infos, "cough").negated);
        assert!(!run(t, &[("no", 0), ("but", 1)], &infos, "headache").negated);
    }

    #[test]
    fn backward_and_window() {
        let infos =
            vec![info("denied", Category::Negated, Direction::Backward, None), info("?", Category::Uncertain, Direction::Forward, Some(2))];
        assert!(run("fever - denied", &[("denied", 0)], &infos, "fever").negated);
        assert!(!run("denied fever", &[("denied", 0)], &infos, "fever").negated);
        assert!(run("? anosmia", &[("?", 1)], &infos, "anosmia").uncertain);
        assert!(!run("? viral illness with cough", &[("?", 1)], &infos, "cough").uncertain);
    }

    #[test]
    fn forward_scope_ends_at_backward_trigger_of_same_category() {
        let infos = vec![
            info("pmh of", Category::Historical, Direction::Forward, None),
            info("who presents with", Category::Historical, Direction::Backward, Some(6)),
        ];
        let t = "pmh of asthma who presents with cough";
        let trig = [("pmh of", 0), ("who presents with", 1)];
        assert!(run(t, &trig, &infos, "asthma").historical);
        assert!(!run(t, &trig, &infos, "cough").historical);
    }

    #[test]
    fn stop_flag_ends_earlier_scopes() {
        let mut q = info("?", Category::Uncertain, Direction::Forward, Some(2));
        q.stop = true;
        let infos = vec![info("fh of", Category::Family, Direction::Forward, None), q];
        let t = "fh of fibromyalgia, ?fibromyalgia";
        let trig = [("fh of", 0), ("?", 1)];
        let second = t.rfind("fibromyalgia").unwrap_or(0);
        let found: Vec<FoundTrigger> = vec![FoundTrigger { start: 0, end: 5, info: 0 }, FoundTrigger { start: 20, end: 21, info: 1 }];
        let mut m = Modifiers::default();
        apply(t, &found, &infos, second, t.len(), &mut m, &mut Vec::new(), &|_, _| false);
        assert_eq!((m.subject, m.uncertain), (Subject::Patient, true));
        assert_eq!(run(t, &trig, &infos, "fibromyalgia").subject, Subject::Family);
    }

    #[test]
    fn family_subject() {
        let infos = vec![info("mother", Category::Family, Direction::Both, Some(6))];
        assert_eq!(run("mother has migraines", &[("mother", 0)], &infos, "migraines").subject, Subject::Family);
    }

    #[test]
    fn tokens() {
        assert_eq!(count_tokens(" of the  3/7 "), 4);
        assert_eq!(count_tokens(""), 0);
    }
}
