//! CSV writers of the study tables, and the write-then-rename helper every output goes through.

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use super::Tables;
use crate::error::{Error, Result};
use crate::source::Reject;

/// Write `path` through `PATH.partial`, renamed into place when `f` succeeded (removed when it failed),
/// so a failed run never leaves a file that looks complete. Pushes `path` to `written`.
pub(super) fn atomically(path: &Path, f: impl FnOnce(&mut dyn Write) -> Result<()>, written: &mut Vec<PathBuf>) -> Result<()> {
    let mut tmp = path.as_os_str().to_owned();
    tmp.push(".partial");
    let tmp = PathBuf::from(tmp);
    let file = File::create(&tmp).map_err(|e| Error::Write { what: path.display().to_string(), source: e })?;
    let mut w = BufWriter::with_capacity(1 << 16, file);
    let result = f(&mut w).and_then(|()| w.flush().map_err(|e| Error::Write { what: path.display().to_string(), source: e }));
    drop(w);
    if let Err(e) = result {
        let _ = std::fs::remove_file(&tmp);
        return Err(match e {
            Error::Write { source, .. } => Error::Write { what: path.display().to_string(), source },
            other => other,
        });
    }
    std::fs::rename(&tmp, path).map_err(|e| Error::Write { what: path.display().to_string(), source: e })?;
    written.push(path.to_path_buf());
    Ok(())
}

fn csv_err(e: csv::Error) -> Error {
    let source = match e.into_kind() {
        csv::ErrorKind::Io(io) => io,
        other => std::io::Error::other(format!("{other:?}")),
    };
    Error::Write { what: String::new(), source }
}

fn io_err(e: std::io::Error) -> Error {
    Error::Write { what: String::new(), source: e }
}

fn date(d: Option<chrono::NaiveDate>) -> String {
    d.map(|d| d.format("%Y-%m-%d").to_string()).unwrap_or_default()
}

/// `person_id,symptom,concept_id,first_date,last_date,n_text_mentions,n_coded,source`.
pub(super) fn long_csv(t: &Tables, w: &mut dyn Write) -> Result<()> {
    let mut w = csv::Writer::from_writer(w);
    w.write_record(["person_id", "symptom", "concept_id", "first_date", "last_date", "n_text_mentions", "n_coded", "source"])
        .map_err(csv_err)?;
    let mut ib: [itoa::Buffer; 5] = Default::default();
    for r in &t.long {
        let Some(s) = t.symptoms.get(r.symptom as usize) else { continue };
        let [b0, b1, b2, b3, _] = &mut ib;
        let (first, last) = (date(r.first_date), date(r.last_date));
        w.write_record([
            b0.format(r.person_id).as_bytes(),
            s.name.as_bytes(),
            b1.format(s.concept_id).as_bytes(),
            first.as_bytes(),
            last.as_bytes(),
            b2.format(r.n_text_mentions).as_bytes(),
            b3.format(r.n_coded).as_bytes(),
            r.source().name().as_bytes(),
        ])
        .map_err(csv_err)?;
    }
    w.flush().map_err(io_err)
}

/// `person_id,group,<symptom>...`: one row per person, 0/1 per symptom.
pub(super) fn wide_csv(t: &Tables, w: &mut dyn Write) -> Result<()> {
    let mut w = csv::Writer::from_writer(w);
    let mut header: Vec<&str> = vec!["person_id", "group"];
    header.extend(t.symptoms.iter().map(|s| s.name.as_str()));
    w.write_record(&header).map_err(csv_err)?;
    let mut ib = itoa::Buffer::new();
    let mut rec = csv::ByteRecord::new();
    for (person, group, flags) in t.wide() {
        rec.clear();
        rec.push_field(ib.format(person).as_bytes());
        rec.push_field(group.as_bytes());
        for f in flags {
            rec.push_field(if f == 1 { b"1" } else { b"0" });
        }
        w.write_byte_record(&rec).map_err(csv_err)?;
    }
    w.flush().map_err(io_err)
}

/// Header of the summary table.
pub const SUMMARY_COLUMNS: [&str; 10] =
    ["symptom", "concept_id", "group", "group_persons", "persons", "prevalence", "text_only", "coded_only", "both", "share_text_only"];

/// A ratio with 4 decimals; empty when undefined.
pub(super) fn ratio(x: Option<f64>) -> String {
    x.map(|x| format!("{x:.4}")).unwrap_or_default()
}

/// One row per (symptom, group): see [`SUMMARY_COLUMNS`].
pub(super) fn summary_csv(t: &Tables, w: &mut dyn Write) -> Result<()> {
    let mut w = csv::Writer::from_writer(w);
    w.write_record(SUMMARY_COLUMNS).map_err(csv_err)?;
    for r in &t.summary {
        let (Some(s), Some(g)) = (t.symptoms.get(r.symptom as usize), t.groups.get(r.group as usize)) else { continue };
        w.write_record([
            s.name.clone(),
            s.concept_id.to_string(),
            g.clone(),
            r.group_persons.to_string(),
            r.persons.to_string(),
            ratio(r.prevalence()),
            r.text_only.to_string(),
            r.coded_only.to_string(),
            r.both.to_string(),
            ratio(r.share_text_only()),
        ])
        .map_err(csv_err)?;
    }
    w.flush().map_err(io_err)
}

/// `file,line,note_id,field,reason`, as `symptext extract` writes them.
pub(super) fn rejects_csv(rejects: &[Reject], w: &mut dyn Write) -> Result<()> {
    let mut w = csv::Writer::from_writer(w);
    w.write_record(["file", "line", "note_id", "field", "reason"]).map_err(csv_err)?;
    for r in rejects {
        w.write_record([r.file.as_str(), &r.line.to_string(), r.note_id.as_deref().unwrap_or(""), r.field.as_str(), r.reason.as_str()])
            .map_err(csv_err)?;
    }
    w.flush().map_err(io_err)
}

pub(super) fn bytes(b: &[u8], w: &mut dyn Write) -> Result<()> {
    w.write_all(b).map_err(io_err)
}
