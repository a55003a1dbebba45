//! Fuzz target `geojson_store`: see `tests/fuzz_regressions/checks.rs` for what is checked.
#![no_main]

#[path = "../../tests/fuzz_regressions/checks.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let _ = checks::geojson_store(data);
});
