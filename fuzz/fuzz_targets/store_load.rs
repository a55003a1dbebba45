//! Fuzz target `store_load`: see `tests/fuzz_regressions/checks.rs` for what is checked.
#![no_main]

#[path = "../../tests/fuzz_regressions/checks.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let _ = checks::store_load(data);
});
