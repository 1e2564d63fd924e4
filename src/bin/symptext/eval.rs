//! `symptext eval`: precision, recall and F1 against gold files.

use std::fs::File;
use std::io::{BufRead, BufReader, BufWriter, Write};
use std::path::PathBuf;

use anyhow::Context;
use symptext::eval::{self, Counts};

use crate::common::EngineArgs;

#[derive(clap::Subcommand, Debug)]
pub enum Command {
    /// Score the context stage on a context gold file (target spans given; no term matching).
    #[command(after_help = "Example:\n  symptext eval context ../shared/eval/negex_dev.jsonl --predictions pred.jsonl")]
    Context {
        file: PathBuf,
        /// Write each input record with its prediction ("pred") to this JSON lines file.
        #[arg(long, value_name = "OUT")]
        predictions: Option<PathBuf>,
        /// The scores as one JSON object.
        #[arg(long)]
        json: bool,
        #[command(flatten)]
        engine: EngineArgs,
    },
    /// Score the whole pipeline on a notes gold file: detection and strict F1, overall and by language.
    #[command(after_help = "Example:\n  symptext eval notes tests/tables/en.jsonl --show-errors")]
    Notes {
        file: PathBuf,
        /// List each record whose prediction differs from gold (ids and concepts only).
        #[arg(long)]
        show_errors: bool,
        /// The scores as one JSON object.
        #[arg(long)]
        json: bool,
        /// Hide each record's `lang` from the engine: detection decides (scores still grouped by gold language).
        #[arg(long)]
        detect_lang: bool,
        #[command(flatten)]
        engine: EngineArgs,
    },
}

fn open(path: &PathBuf) -> anyhow::Result<Box<dyn BufRead>> {
    let f = File::open(path).with_context(|| format!("{}: cannot open", path.display()))?;
    Ok(Box::new(BufReader::new(f)))
}

fn line(name: &str, c: &Counts) -> String {
    format!(
        "{:<18} {:>6} {:>6} {:>6}   P {:.3}  R {:.3}  F1 {:.3}  (n={})",
        name,
        c.tp,
        c.fp,
        c.fn_,
        c.precision(),
        c.recall(),
        c.f1(),
        c.n
    )
}

pub fn run(cmd: Command) -> anyhow::Result<i32> {
    match cmd {
        Command::Context { file, predictions, json, engine } => {
            let engine = engine.build()?;
            let name = file.display().to_string();
            let mut out = match &predictions {
                Some(p) => Some(BufWriter::new(File::create(p).with_context(|| format!("{}: cannot create", p.display()))?)),
                None => None,
            };
            let report = eval::eval_context(&engine, open(&file)?, &name, |mut value, pred| {
                if let Some(w) = out.as_mut() {
                    if let Some(obj) = value.as_object_mut() {
                        obj.insert("pred".into(), serde_json::to_value(pred).unwrap_or_default());
                    }
                    let s = serde_json::to_string(&value).unwrap_or_default();
                    writeln!(w, "{s}").map_err(|e| symptext::Error::Write { what: "predictions".into(), source: e })?;
                }
                Ok(())
            })?;
            if let Some(mut w) = out {
                w.flush()?;
            }
            if json {
                println!("{}", serde_json::to_string_pretty(&report)?);
            } else {
                println!("{} records from {}", report.records, name);
                println!("{:<18} {:>6} {:>6} {:>6}", "class", "tp", "fp", "fn");
                for (n, c) in report.classes() {
                    if c.n > 0 {
                        println!("{}", line(n, c));
                    } else {
                        println!("{n:<18} not annotated");
                    }
                }
            }
            Ok(0)
        }
        Command::Notes { file, show_errors, json, detect_lang, engine } => {
            let engine = engine.build()?;
            let name = file.display().to_string();
            let records = eval::read_notes_gold(open(&file)?, &name)?;
            let report = eval::eval_notes_with(&engine, &records, detect_lang);
            if json {
                println!("{}", serde_json::to_string_pretty(&report)?);
                return Ok(0);
            }
            println!("{} notes from {}", report.overall.notes, name);
            println!("{:<18} {:>6} {:>6} {:>6}", "", "tp", "fp", "fn");
            println!("{}", line("detection", &report.overall.detection));
            println!("{}", line("strict", &report.overall.strict));
            if report.by_lang.len() > 1 {
                for (lang, c) in &report.by_lang {
                    println!("{}", line(&format!("{lang} detection"), &c.detection));
                    println!("{}", line(&format!("{lang} strict"), &c.strict));
                }
            }
            if let Some(d) = &report.lang_detection {
                println!(
                    "language detection: {}/{} right ({:.1}%), {} unsure, {} wrong{}",
                    d.right,
                    d.notes,
                    100.0 * d.right as f64 / d.notes.max(1) as f64,
                    d.unsure,
                    d.wrong.len(),
                    if d.wrong.is_empty() { String::new() } else { format!(": {}", d.wrong.join(", ")) }
                );
            }
            if show_errors {
                let fmt = |v: &[eval::GoldMention]| {
                    v.iter()
                        .map(|m| {
                            let n = engine.concepts().by_id(m.concept_id).map(|c| c.name.as_str()).unwrap_or("?");
                            format!("{} {} {}", m.concept_id, n, m.status.name())
                        })
                        .collect::<Vec<_>>()
                        .join("; ")
                };
                for d in &report.diffs {
                    println!("{}: missing [{}] spurious [{}]", d.id, fmt(&d.missing), fmt(&d.spurious));
                }
            }
            Ok(0)
        }
    }
}
