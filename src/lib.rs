//! symptext: find symptoms in clinical free-text notes, tell whether each is present, absent, uncertain,
//! hypothetical, past or someone else's, and map it to an OMOP concept.
//!
//! ```no_run
//! use symptext::{Engine, Note};
//! let engine = Engine::new()?;
//! let mentions = engine.extract(&Note::new(1, "Nil fever. c/o SOB 3/7."));
//! for m in &mentions {
//!     println!("{} {} {:?}", m.concept_id, m.status().name(), m.modifiers);
//! }
//! # Ok::<(), symptext::Error>(())
//! ```
//!
//! The pipeline, one module a stage: [`normalize`] -> [`segment`] -> [`matcher`] -> [`context`] ->
//! [`concept`] -> [`sink`]. See `ARCHITECTURE.md`.

pub mod concept;
pub mod context;
pub mod detect;
pub mod engine;
pub mod error;
pub mod eval;
pub mod export;
#[doc(hidden)]
pub mod fuzzing;
#[cfg(feature = "index")]
pub mod index;
pub mod lang;
pub mod lexicon;
pub mod matcher;
pub mod mention;
pub mod normalize;
pub mod note;
#[cfg(feature = "postgres")]
pub mod pg;
pub mod pipeline;
pub mod segment;
pub mod sink;
pub mod source;

pub use engine::{Engine, EngineBuilder, Scratch};
pub use error::{Error, Result};
pub use lang::Lang;
pub use mention::{Mention, Modifiers, Status, Subject};
pub use note::Note;
