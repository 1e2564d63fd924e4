//! `symptext explain`: what the pipeline saw in a text, and why each mention came out as it did.

use std::io::{IsTerminal, Read};

use symptext::engine::Explanation;
use symptext::mention::EvidenceSource;
use symptext::Lang;

use crate::common::EngineArgs;

/// Show sentences, matches, triggers, scopes and the final modifiers of a text.
#[derive(clap::Args, Debug)]
#[command(
    after_help = "Examples:\n  symptext explain \"Nil fever. c/o SOB on exertion 3/7, ? anosmia\"\n  symptext explain --json \"FH: mother migraine\"\n  echo \"denies chest pain\" | symptext explain -"
)]
pub struct Args {
    /// The text (`-` reads standard input).
    text: String,
    /// Language of the text (default: --lang of the engine options).
    #[arg(long = "text-lang", value_name = "LANG")]
    text_lang: Option<Lang>,
    /// One JSON object instead of the terminal view.
    #[arg(long)]
    json: bool,
    /// Colour: auto (when stdout is a terminal), always, never.
    #[arg(long, default_value = "auto", value_parser = ["auto", "always", "never"])]
    color: String,
    #[command(flatten)]
    engine: EngineArgs,
}

pub fn run(a: Args) -> anyhow::Result<i32> {
    let engine = a.engine.build()?;
    let text = if a.text == "-" {
        let mut s = String::new();
        std::io::stdin().read_to_string(&mut s)?;
        s
    } else {
        a.text.clone()
    };
    let ex = engine.explain(&text, a.text_lang);
    if a.json {
        println!("{}", serde_json::to_string_pretty(&ex)?);
        return Ok(0);
    }
    let color = match a.color.as_str() {
        "always" => true,
        "never" => false,
        _ => std::io::stdout().is_terminal(),
    };
    print!("{}", render(&ex, &text, color));
    Ok(0)
}

struct Style(bool);

impl Style {
    fn paint(&self, code: &str, s: &str) -> String {
        if self.0 {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    }
}

fn render(ex: &Explanation, text: &str, color: bool) -> String {
    use std::fmt::Write;
    let st = Style(color);
    let mut o = String::new();
    let _ = writeln!(o, "{} ({})", st.paint("1", "language"), ex.lang);
    let _ = writeln!(o, "{}", st.paint("1", "clauses"));
    for (i, s) in ex.sentences.iter().enumerate() {
        let sec = s.section.map(|k| format!(" [section {}]", k.name())).unwrap_or_default();
        let hdr = if s.header { " (header)" } else { "" };
        let _ = writeln!(o, "  {:>2}. {}{}{}", i + 1, s.text.replace('\n', " "), st.paint("2", &sec), hdr);
    }
    let _ = writeln!(o, "{}", st.paint("1", "triggers"));
    if ex.triggers.is_empty() {
        let _ = writeln!(o, "  (none)");
    }
    for t in &ex.triggers {
        let scope = match (t.scope_start, t.scope_end) {
            (Some(a), Some(b)) => format!(" scope \"{}\"", text.get(a..b).unwrap_or("").replace('\n', " ")),
            _ => String::new(),
        };
        let win = t.window.map(|w| format!(" window {w}")).unwrap_or_default();
        let _ = writeln!(
            o,
            "  {} {} {}{}{}  ({})",
            st.paint("33", &format!("\"{}\"", t.text)),
            t.category.name(),
            t.direction.name(),
            win,
            scope,
            st.paint("2", &t.lexicon)
        );
    }
    let _ = writeln!(o, "{}", st.paint("1", "mentions"));
    if ex.mentions.is_empty() {
        let _ = writeln!(o, "  (none)");
    }
    for m in &ex.mentions {
        let md = &m.mention.modifiers;
        let status_color = if m.term_exists { "32" } else { "31" };
        let _ = writeln!(
            o,
            "  {} -> {} {} (SNOMED {}) {} @ char {}",
            st.paint("36", &format!("\"{}\"", m.text)),
            m.mention.concept_id,
            m.concept_name,
            m.snomed_code,
            st.paint(status_color, m.status),
            m.mention.char_offset
        );
        let _ = writeln!(
            o,
            "      negation={} subject={} conditional={} rule_out={} uncertain={} historical={} term_exists={}",
            md.negated,
            md.subject.name(),
            md.hypothetical,
            md.rule_out,
            md.uncertain,
            md.historical,
            if m.term_exists { "Y" } else { "N" }
        );
        for e in &m.mention.evidence {
            let src = match &e.source {
                EvidenceSource::Trigger { file, line } => format!("{file}:{line}"),
                EvidenceSource::Section { section } => format!("section {}", section.name()),
                EvidenceSource::Term => "the term itself".to_string(),
            };
            let _ = writeln!(o, "      {} <- \"{}\" ({})", e.category.name(), e.trigger, src);
        }
    }
    o
}
