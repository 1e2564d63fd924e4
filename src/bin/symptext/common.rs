//! Options shared by the subcommands that build an engine.

use std::path::PathBuf;

use anyhow::Context;
use symptext::{Engine, Lang};

#[derive(clap::Args, Debug, Clone)]
pub struct EngineArgs {
    /// Add the lexicon files under DIR (concepts.tsv, symptoms/<lang>.tsv, context/<lang>.tsv,
    /// segment/<lang>.tsv); repeatable. Rows override builtin rows with the same term or trigger.
    #[arg(long = "lexicons", value_name = "DIR")]
    pub lexicons: Vec<PathBuf>,
    /// Keep only the symptom terms of --lexicons (builtin concepts and context triggers stay).
    #[arg(long)]
    pub no_builtin_symptoms: bool,
    /// Match accents exactly instead of folding them (`fievre` no longer matches `fièvre`).
    #[arg(long)]
    pub no_accent_fold: bool,
    /// Languages of notes that name none (ISO 639-1, comma-separated: `--lang fr,nl` for Belgium). One
    /// language: such notes are in it. Several: detected among them per note (and per line for notes that
    /// mix two); a note too short to tell is matched in all. Default: all seven.
    #[arg(long, value_name = "LANGS", value_delimiter = ',')]
    pub lang: Vec<Lang>,
}

impl EngineArgs {
    pub fn build(&self) -> anyhow::Result<Engine> {
        let mut b = Engine::builder().builtin_symptoms(!self.no_builtin_symptoms).fold_accents(!self.no_accent_fold);
        if !self.lang.is_empty() {
            b = b.candidates(&self.lang);
        }
        for d in &self.lexicons {
            b = b.lexicon_dir(d);
        }
        b.build().context("loading lexicons")
    }
}
