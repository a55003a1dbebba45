//! Fuzz target `store_load`: the bytes as a store file (a GeoPackage, or anything else given as
//! `--store`), opened as the commands open it; see `tests/fuzz_regressions/checks.rs`.
#![no_main]

use std::path::PathBuf;
use std::sync::LazyLock;

#[path = "../../tests/fuzz_regressions/checks.rs"]
mod checks;

/// Each input is written to the same file in one scratch folder (under fuzz/target, ignored by git).
static DIR: LazyLock<PathBuf> = LazyLock::new(|| {
    let dir = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/target/scratch/store_load"));
    std::fs::create_dir_all(&dir).expect("a scratch folder");
    dir
});

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let _ = checks::store_load(data, &DIR);
});
