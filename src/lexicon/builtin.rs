//! The lexicon files compiled into the binary. Add a line here when a language's file is added.

pub(crate) struct BuiltinFile {
    pub path: &'static str,
    pub content: &'static str,
}

macro_rules! builtin {
    ($($path:literal),* $(,)?) => {
        &[$(BuiltinFile { path: concat!("lexicons/", $path), content: include_str!(concat!("../../lexicons/", $path)) }),*]
    };
}

pub(crate) const FILES: &[BuiltinFile] = builtin![
    "concepts.tsv",
    "symptoms/en.tsv",
    "context/en.tsv",
    "segment/en.tsv",
    "symptoms/fr.tsv",
    "context/fr.tsv",
    "segment/fr.tsv",
    "symptoms/es.tsv",
    "context/es.tsv",
    "segment/es.tsv",
    "symptoms/it.tsv",
    "context/it.tsv",
    "segment/it.tsv",
    "symptoms/de.tsv",
    "context/de.tsv",
    "segment/de.tsv",
    "symptoms/nl.tsv",
    "context/nl.tsv",
    "segment/nl.tsv",
    "symptoms/ro.tsv",
    "context/ro.tsv",
    "segment/ro.tsv",
];
