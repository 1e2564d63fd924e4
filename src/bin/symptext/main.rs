//! The `symptext` command line: a thin shell over the library.
//!
//! Exit status: 0 done; 1 error (nothing or only part written; the message says why); 2 usage error;
//! 3 done, but some input rows were rejected (see the rejects report).

mod common;
mod eval;
mod explain;
mod export;
mod extract;
#[cfg(feature = "index")]
mod index;
mod lexicon;
mod pg;
#[cfg(feature = "index")]
mod search;
#[cfg(feature = "index")]
mod stats;

use clap::{Parser, Subcommand};

/// Find symptoms in clinical notes and write OMOP NOTE_NLP.
#[derive(Parser, Debug)]
#[command(name = "symptext", version, about, long_about = None, after_help = "Examples:\n  symptext extract corpus-sample/notes.csv -o note_nlp.csv\n  symptext explain \"Nil fever. c/o SOB on exertion 3/7, ? anosmia\"\n  symptext eval context ../shared/eval/negex_dev.jsonl\n  symptext export --note-nlp note_nlp.csv --notes notes.csv --cohort cohort.csv --out study --chart\n  symptext lexicon check\n  symptext index corpus-sample/notes.csv --index notes.idx\n  symptext search --index notes.idx --concept cough --status negated")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    Extract(extract::Args),
    Explain(explain::Args),
    Export(export::Args),
    #[command(subcommand)]
    Eval(eval::Command),
    #[command(subcommand)]
    Lexicon(lexicon::Command),
    #[cfg(feature = "index")]
    Index(index::Args),
    #[cfg(feature = "index")]
    Search(search::Args),
    #[cfg(feature = "index")]
    Stats(stats::Args),
}

fn main() {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Extract(a) => extract::run(a),
        Command::Explain(a) => explain::run(a),
        Command::Export(a) => export::run(a),
        Command::Eval(c) => eval::run(c),
        Command::Lexicon(c) => lexicon::run(c),
        #[cfg(feature = "index")]
        Command::Index(a) => index::run(a),
        #[cfg(feature = "index")]
        Command::Search(a) => search::run(a),
        #[cfg(feature = "index")]
        Command::Stats(a) => stats::run(a),
    };
    match result {
        Ok(code) => std::process::exit(code),
        Err(e) => {
            eprintln!("symptext: error: {}", message(&e));
            std::process::exit(1);
        }
    }
}

/// The error and its causes, `: `-separated, without a cause the message above already ends with (the
/// library's errors print their source themselves).
fn message(e: &anyhow::Error) -> String {
    let mut out = String::new();
    for cause in e.chain() {
        let text = cause.to_string();
        if out.ends_with(&text) {
            continue;
        }
        if !out.is_empty() {
            out.push_str(": ");
        }
        out.push_str(&text);
    }
    out
}
