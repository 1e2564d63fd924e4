//! Replays every saved fuzz input through the harness of its target (`symptext::fuzzing`): the seeds
//! under `fuzz/seeds/<target>/` and the inputs that once crashed, under `fuzz/regressions/<target>/`.
//! A harness panics when an invariant breaks, so a crash that comes back fails here.

use std::path::Path;

fn replay(dir: &str) -> usize {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz").join(dir);
    let mut n = 0;
    for &(name, harness) in symptext::fuzzing::TARGETS {
        let target_dir = root.join(name);
        let Ok(entries) = std::fs::read_dir(&target_dir) else { continue };
        let mut files: Vec<_> = entries
            .filter_map(|e| e.ok())
            .map(|e| e.path())
            .filter(|p| p.is_file() && !p.file_name().is_some_and(|n| n.to_string_lossy().starts_with('.')))
            .collect();
        files.sort();
        for f in files {
            let data = std::fs::read(&f).unwrap_or_else(|e| panic!("{}: {e}", f.display()));
            eprintln!("replaying {}", f.display());
            harness(&data);
            n += 1;
        }
    }
    n
}

#[test]
fn seeds_pass_every_harness() {
    // Three or more seeds for each of the five targets.
    assert!(replay("seeds") >= 15);
}

#[test]
fn saved_crashes_stay_fixed() {
    // The count grows as crashes are found; each file is named for what it broke.
    replay("regressions");
}

#[test]
fn every_target_has_a_fuzz_target_file_and_a_regressions_dir() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz");
    for &(name, _) in symptext::fuzzing::TARGETS {
        assert!(root.join("fuzz_targets").join(format!("{name}.rs")).is_file(), "fuzz/fuzz_targets/{name}.rs");
        assert!(root.join("regressions").join(name).is_dir(), "fuzz/regressions/{name}/");
    }
}
