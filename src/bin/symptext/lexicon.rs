//! `symptext lexicon`: lint lexicon files.

use std::path::PathBuf;

use symptext::lexicon::check::{self, Severity};

#[derive(clap::Subcommand, Debug)]
pub enum Command {
    /// Check lexicon files: malformed rows, unknown concept ids, duplicates, conflicts (file:line).
    ///
    /// With no DIR, checks the builtin lexicons. With DIRs, checks them together with the builtin
    /// files, as `--lexicons DIR` would load them.
    #[command(
        after_help = "Examples:\n  symptext lexicon check\n  symptext lexicon check my-lexicons/\n  symptext lexicon check --no-builtin lexicons/"
    )]
    Check {
        dirs: Vec<PathBuf>,
        /// Check only the DIRs, without the builtin files.
        #[arg(long)]
        no_builtin: bool,
        /// Show warnings too (for example concepts without a term in a language).
        #[arg(long)]
        warnings: bool,
    },
}

pub fn run(cmd: Command) -> anyhow::Result<i32> {
    match cmd {
        Command::Check { dirs, no_builtin, warnings } => {
            let report = check::check(!no_builtin, &dirs)?;
            for d in &report.diagnostics {
                if d.severity == Severity::Error || warnings {
                    println!("{d}");
                }
            }
            println!("{} files, {} rows: {} errors, {} warnings", report.files, report.rows, report.errors(), report.warnings());
            if report.errors() > 0 {
                return Ok(1);
            }
            // Rows are sound: compile every language's matcher too (what extraction does lazily).
            let mut b = symptext::Engine::builder().builtin(!no_builtin);
            for d in &dirs {
                b = b.lexicon_dir(d);
            }
            if let Err(e) = b.build().and_then(|e| e.compile_all()) {
                println!("error: {e}");
                return Ok(1);
            }
            Ok(0)
        }
    }
}
