//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::path::PathBuf;
use std::process::{Command, Output};

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Run the built `symptext` binary.
pub fn symptext(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_symptext")).args(args).current_dir(root()).output().expect("run symptext")
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// The shared evaluation folder beside the project, when present.
pub fn shared_eval(file: &str) -> Option<PathBuf> {
    let p = root().join("../shared/eval").join(file);
    if p.is_file() {
        Some(p)
    } else {
        // CI always has shared/ beside the clone: there its absence is a failure.
        assert!(std::env::var_os("CI").is_none(), "{} is missing in CI", p.display());
        eprintln!("skipping: {} not found", p.display());
        None
    }
}
