//! Fuzz target `html_reduce`: see `tests/fuzz_regressions/checks.rs` for what is checked.
#![no_main]

use std::path::PathBuf;
use std::sync::LazyLock;

#[path = "../../tests/fuzz_regressions/checks.rs"]
mod checks;

/// Each input is written to the same file in one scratch folder (under fuzz/target, ignored by git).
static DIR: LazyLock<PathBuf> = LazyLock::new(|| {
    let dir = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/target/scratch/html_reduce"));
    std::fs::create_dir_all(&dir).expect("a scratch folder");
    dir
});

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let _ = checks::html_reduce(data, &DIR);
});
