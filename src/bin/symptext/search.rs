//! `symptext search`: find notes by text, concept, status, person, date, language and coded data.

use std::io::{BufWriter, IsTerminal, Write};
use std::path::PathBuf;

use anyhow::{bail, Context};
use symptext::index::{resolve_concept, Hit, MarkKind, NoteIndex, SearchQuery};
use symptext::{Engine, Lang, Status};

#[derive(clap::ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum Color {
    Auto,
    Always,
    Never,
}

#[derive(clap::ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum YesNo {
    Yes,
    No,
}

/// Search an index built by `symptext index`.
///
/// QUERY is full text in tantivy's syntax: words (all must match), "a phrase", OR, AND, -word,
/// (groups), word~1 or word~2 (fuzzy). Words are stemmed and accent-folded in each note's language
/// (`coughing` finds `cough`, `fievre` finds `fièvre`). Filters narrow the notes down; all must hold.
/// Each hit prints as: note_id, person, date, language, and a snippet with the matched words and the
/// concept mentions highlighted.
#[derive(clap::Args, Debug)]
#[command(after_help = "Examples:
  symptext search --index notes.idx '\"chest pain\"'
  symptext search --index notes.idx --concept dyspnoea --status affirmed --from 2020-03-01 --coded no
  symptext search --index notes.idx --concept essoufflement --status negated --json
  symptext search --index notes.idx --concept 254761 --coded no --coded-within 30 --count
  symptext search --index notes.idx 'toux OR fièvre' --lang fr --person 36153")]
pub struct Args {
    /// Full-text query (optional when filters are given).
    #[arg(value_name = "QUERY")]
    query: Option<String>,
    /// The index directory.
    #[arg(long, value_name = "DIR")]
    index: PathBuf,
    /// A concept: OMOP id, English name (`Dyspnoea`, `sore_throat`) or a symptom term of any language
    /// (`SOB`, `essoufflement`). Repeatable: the note must mention each.
    #[arg(long, value_name = "ID|NAME")]
    concept: Vec<String>,
    /// Statuses a mention must have (comma-separated): affirmed, negated, uncertain, conditional
    /// (= hypothetical), historical, family, or any.
    #[arg(long, value_name = "STATUS", value_delimiter = ',', default_value = "any")]
    status: Vec<String>,
    /// Only notes of this person.
    #[arg(long, value_name = "ID")]
    person: Option<i64>,
    /// Notes dated on or after DATE (YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    from: Option<String>,
    /// Notes dated on or before DATE (YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    to: Option<String>,
    /// Only notes in this language (and the query is analysed in it only).
    #[arg(long, value_name = "LANG")]
    lang: Option<Lang>,
    /// Whether the person has each --concept coded (CONDITION_OCCURRENCE / OBSERVATION given to `index --coded`).
    #[arg(long, value_enum, value_name = "yes|no")]
    coded: Option<YesNo>,
    /// With --coded: count only coded rows within DAYS of the note date (before or after).
    #[arg(long, value_name = "DAYS", requires = "coded")]
    coded_within: Option<u32>,
    /// Most notes shown.
    #[arg(long, value_name = "N", default_value_t = 100)]
    limit: usize,
    /// Print the number of notes found, nothing else.
    #[arg(long)]
    count: bool,
    /// One JSON object per line per hit.
    #[arg(long, conflicts_with = "count")]
    json: bool,
    /// Colours: auto (when standard output is a terminal and NO_COLOR is unset), always, never.
    #[arg(long, value_enum, default_value = "auto")]
    color: Color,
    /// Snippet length in characters.
    #[arg(long, value_name = "CHARS", default_value_t = 160)]
    snippet_chars: usize,
    /// Extra lexicon directories to resolve concept names with (as for `extract --lexicons`).
    #[arg(long = "lexicons", value_name = "DIR")]
    lexicons: Vec<PathBuf>,
}

fn parse_statuses(values: &[String]) -> anyhow::Result<Vec<Status>> {
    let mut out = Vec::new();
    for v in values {
        let v = v.trim().to_ascii_lowercase();
        match v.as_str() {
            "any" | "" => return Ok(Vec::new()),
            "conditional" => out.push(Status::Hypothetical),
            s => out.push(s.parse::<Status>().map_err(|e| {
                anyhow::anyhow!("--status: {e} (expected affirmed, negated, uncertain, conditional, historical, family or any)")
            })?),
        }
    }
    out.sort();
    out.dedup();
    Ok(out)
}

fn parse_date(flag: &str, s: &str) -> anyhow::Result<chrono::NaiveDate> {
    chrono::NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").map_err(|_| anyhow::anyhow!("{flag} `{s}`: expected YYYY-MM-DD"))
}

pub fn run(a: Args) -> anyhow::Result<i32> {
    let statuses = parse_statuses(&a.status)?;
    let from = a.from.as_deref().map(|s| parse_date("--from", s)).transpose()?;
    let to = a.to.as_deref().map(|s| parse_date("--to", s)).transpose()?;
    if a.coded.is_some() && a.concept.is_empty() {
        bail!("--coded needs --concept: the concepts to look for in the coded data");
    }
    let index = NoteIndex::open(&a.index)?;
    let mut concepts = Vec::new();
    let needs_engine = a.concept.iter().any(|c| c.trim().parse::<i64>().is_err());
    let engine = if needs_engine {
        let mut b = Engine::builder();
        for d in &a.lexicons {
            b = b.lexicon_dir(d);
        }
        Some(b.build().context("loading lexicons")?)
    } else {
        None
    };
    for c in &a.concept {
        let ids = match &engine {
            Some(e) => resolve_concept(e, c),
            None => c.trim().parse::<i64>().ok().map(|id| vec![id]),
        };
        match ids {
            Some(ids) => concepts.push(ids),
            None => bail!("--concept `{c}`: no concept id, concept name or symptom term of any language matches"),
        }
    }
    let query = SearchQuery {
        text: a.query.clone(),
        concepts,
        statuses,
        person: a.person,
        from,
        to,
        lang: a.lang,
        coded: a.coded.map(|c| c == YesNo::Yes),
        coded_within: a.coded_within,
        limit: if a.count { 0 } else { a.limit },
    };
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    if a.count {
        writeln!(out, "{}", index.count(&query)?)?;
        out.flush()?;
        return Ok(0);
    }
    let results = index.search(&query)?;
    let color = match a.color {
        Color::Always => true,
        Color::Never => false,
        Color::Auto => std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none(),
    };
    for hit in &results.hits {
        let r = if a.json { print_json(&mut out, hit, a.snippet_chars) } else { print_hit(&mut out, hit, a.snippet_chars, color) };
        if let Err(e) = r {
            if e.kind() == std::io::ErrorKind::BrokenPipe {
                return Ok(0);
            }
            return Err(e.into());
        }
    }
    match out.flush() {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => return Ok(0),
        r => r?,
    }
    if results.total > results.hits.len() as u64 && !a.json {
        eprintln!("symptext: showing {} of {} notes (--limit)", results.hits.len(), results.total);
    }
    Ok(0)
}

const RESET: &str = "\x1b[0m";

fn status_color(s: Status) -> &'static str {
    match s {
        Status::Affirmed => "\x1b[1;32m",
        Status::Negated => "\x1b[1;33m",
        Status::Uncertain | Status::Hypothetical => "\x1b[1;36m",
        Status::Historical => "\x1b[1;34m",
        Status::Family => "\x1b[1;35m",
    }
}

fn print_hit(out: &mut impl Write, hit: &Hit, chars: usize, color: bool) -> std::io::Result<()> {
    let person = hit.person_id.map(|p| p.to_string()).unwrap_or_else(|| "-".into());
    let date = hit.note_date.map(|d| d.to_string()).unwrap_or_else(|| "-".into());
    let lang = hit.lang.map(|l| l.code()).unwrap_or("-");
    let snip = hit.snippet(chars);
    if color {
        write!(out, "\x1b[35m{}{RESET}:\x1b[32m{person}{RESET}:{date}:{lang}: ", hit.note_id)?;
    } else {
        write!(out, "{}:{person}:{date}:{lang}: ", hit.note_id)?;
    }
    let mut pos = 0;
    for m in &snip.marks {
        out.write_all(snip.text.get(pos..m.start).unwrap_or("").as_bytes())?;
        let piece = snip.text.get(m.start..m.end).unwrap_or("");
        if color {
            let c = match m.kind {
                MarkKind::Query => "\x1b[1;31m",
                MarkKind::Mention(s) => status_color(s),
            };
            write!(out, "{c}{piece}{RESET}")?;
        } else {
            out.write_all(piece.as_bytes())?;
        }
        pos = m.end;
    }
    out.write_all(snip.text.get(pos..).unwrap_or("").as_bytes())?;
    if color {
        // Which colour is which status, for the concepts on this line.
        let mut legend: Vec<String> = Vec::new();
        for m in &hit.mentions {
            let item = format!("{}{}{RESET} {}", status_color(m.status), m.name, m.status.name());
            if !legend.contains(&item) {
                legend.push(item);
            }
        }
        if !legend.is_empty() {
            write!(out, "  \x1b[2m[{RESET}{}\x1b[2m]{RESET}", legend.join(", "))?;
        }
    } else {
        let mut legend: Vec<String> = Vec::new();
        for m in &hit.mentions {
            let item = format!("{}:{}", m.name, m.status.name());
            if !legend.contains(&item) {
                legend.push(item);
            }
        }
        if !legend.is_empty() {
            write!(out, "  [{}]", legend.join(", "))?;
        }
    }
    writeln!(out)
}

#[derive(serde::Serialize)]
struct JsonMention<'a> {
    concept_id: i64,
    name: &'a str,
    offset: usize,
    lexical_variant: &'a str,
    status: &'static str,
    modifiers: &'a symptext::index::StoredModifiers,
}

#[derive(serde::Serialize)]
struct JsonHit<'a> {
    note_id: i64,
    person_id: Option<i64>,
    note_date: Option<String>,
    language: Option<&'static str>,
    score: f32,
    snippet: String,
    mentions: Vec<JsonMention<'a>>,
}

fn print_json(out: &mut impl Write, hit: &Hit, chars: usize) -> std::io::Result<()> {
    let j = JsonHit {
        note_id: hit.note_id,
        person_id: hit.person_id,
        note_date: hit.note_date.map(|d| d.to_string()),
        language: hit.lang.map(|l| l.code()),
        score: hit.score,
        snippet: hit.snippet(chars).text,
        mentions: hit
            .mentions
            .iter()
            .map(|m| JsonMention {
                concept_id: m.concept_id,
                name: &m.name,
                offset: m.offset,
                lexical_variant: hit.text.get(m.start..m.end).unwrap_or(""),
                status: m.status.name(),
                modifiers: &m.modifiers,
            })
            .collect(),
    };
    serde_json::to_writer(&mut *out, &j).map_err(std::io::Error::other)?;
    writeln!(out)
}
