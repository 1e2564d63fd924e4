//! The byte-oriented NOTE_NLP writers (CSV/TSV, JSON lines) share everything but the row format: a
//! [`RowWriter`] holds the output and a [`RowBytes`] format, which the pipeline's workers also use, as
//! the writer's [`Renderer`], to format rows in parallel.

use std::io::Write;

use super::{NoteNlpRow, Renderer, RowBuilder, Sink};
use crate::error::{Error, Result};
use crate::mention::Mention;
use crate::note::Note;

/// How one NOTE_NLP row is written as bytes.
pub trait RowBytes: Clone + Send + Sync + 'static {
    fn write_row(&self, out: &mut Vec<u8>, row: &NoteNlpRow<'_>);
}

/// A [`RowBytes`] format as a [`Renderer`].
#[derive(Debug, Clone)]
struct Rows<F>(F);

impl<F: RowBytes> Renderer for Rows<F> {
    fn render(&self, notes: &mut dyn Iterator<Item = (&Note, &[Mention])>, rows: &mut RowBuilder, out: &mut Vec<u8>) -> Result<()> {
        for (note, mentions) in notes {
            rows.for_each(note, mentions, |row| {
                self.0.write_row(out, row);
                Ok::<(), std::convert::Infallible>(())
            })
            .unwrap_or_else(|never| match never {});
        }
        Ok(())
    }
}

/// NOTE_NLP rows written to `W` in the format `F`. Rows are formatted by the format's renderer (in
/// parallel when driven by [`crate::pipeline::run`]) and the writer copies bytes.
pub struct RowWriter<W: Write, F> {
    pub(super) w: W,
    format: Rows<F>,
    what: String,
    rows: RowBuilder,
    buf: Vec<u8>,
}

impl<W: Write, F: RowBytes> RowWriter<W, F> {
    /// A writer of `format` rows to `w`; `what` names the output in errors.
    pub(super) fn with_format(w: W, format: F, what: &str) -> Self {
        RowWriter { w, format: Rows(format), what: what.to_string(), rows: RowBuilder::new(), buf: Vec::new() }
    }
}

impl<W: Write, F: RowBytes> Sink for RowWriter<W, F> {
    fn write_note(&mut self, note: &Note, mentions: &[Mention]) -> Result<()> {
        let mut buf = std::mem::take(&mut self.buf);
        buf.clear();
        self.format.render(&mut std::iter::once((note, mentions)), &mut self.rows, &mut buf)?;
        let r = self.write_rendered(&buf);
        self.buf = buf;
        r
    }

    fn renderer(&self) -> Option<Box<dyn Renderer>> {
        Some(Box::new(self.format.clone()))
    }

    fn write_rendered(&mut self, bytes: &[u8]) -> Result<()> {
        self.w.write_all(bytes).map_err(|e| Error::Write { what: self.what.clone(), source: e })
    }

    fn finish(&mut self) -> Result<()> {
        self.w.flush().map_err(|e| Error::Write { what: self.what.clone(), source: e })
    }

    fn commit(&mut self, _note_ids: &[i64]) -> Result<()> {
        self.finish()
    }
}
