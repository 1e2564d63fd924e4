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
    /// Language of notes that do not name theirs (ISO 639-1).
    #[arg(long, value_name = "LANG", default_value = "en")]
    pub lang: Lang,
}

impl EngineArgs {
    pub fn build(&self) -> anyhow::Result<Engine> {
        let mut b =
            Engine::builder().builtin_symptoms(!self.no_builtin_symptoms).fold_accents(!self.no_accent_fold).default_lang(self.lang);
        for d in &self.lexicons {
            b = b.lexicon_dir(d);
        }
        b.build().context("loading lexicons")
    }
}
