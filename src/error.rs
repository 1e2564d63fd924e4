//! Library errors. Every error that comes from a file names the file, and the line (and field) where
//! there is one. Note text never appears in an error.

use std::path::PathBuf;

/// A library error.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A lexicon row or file that cannot be read as the format says.
    #[error("{file}:{line}: {message}")]
    Lexicon { file: String, line: usize, message: String },

    /// An input file whose layout is unusable as a whole (no header, missing required column).
    #[error("{file}: {message}")]
    Input { file: String, message: String },

    /// An I/O error on a path.
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },

    /// Writing an output failed (disk full, closed pipe...).
    #[error("writing {what}: {source}")]
    Write {
        what: String,
        #[source]
        source: std::io::Error,
    },

    /// An invalid configuration or argument.
    #[error("{0}")]
    Config(String),
}

impl Error {
    pub(crate) fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Error::Io { path: path.into(), source }
    }
}

/// Result with the library error.
pub type Result<T, E = Error> = std::result::Result<T, E>;
