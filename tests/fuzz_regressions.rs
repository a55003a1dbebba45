//! The fuzz targets' inputs as regression tests (see `fuzz/README.md`): every committed seed
//! (`fuzz/seeds/TARGET/`) and every input a fuzzer found a bug with (`tests/fuzz_regressions/TARGET/`)
//! goes through the entry point its target fuzzes, with the target's own checks
//! (`fuzz_regressions/checks.rs`), within a time bound. Seeds named `ok-…` must be accepted and
//! `err-…` refused with the message listed here; some seeds must still give their incident.

#[path = "fuzz_regressions/checks.rs"]
mod checks;

use std::path::Path;
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use incmap::model::{Incident, Weapon};

/// Per input, in an unoptimised test build (the fuzz builds flag 1 s as slow; none came near).
const BOUND: Duration = Duration::from_secs(10);

/// (file name, bytes) of every input of a target, sorted by name.
fn inputs(target: &str) -> Vec<(String, Vec<u8>)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut out = Vec::new();
    for dir in [root.join("fuzz/seeds").join(target), root.join("tests/fuzz_regressions").join(target)] {
        let Ok(entries) = std::fs::read_dir(&dir) else { continue };
        for e in entries {
            let path = e.unwrap().path();
            if path.is_file() {
                let name = path.file_name().unwrap().to_string_lossy().into_owned();
                out.push((name, std::fs::read(&path).unwrap()));
            }
        }
    }
    out.sort();
    assert!(out.len() >= 5, "{target}: only {} inputs; are fuzz/seeds/{target}/ files missing?", out.len());
    out
}

/// Runs `f` on every input, in bounded time each; returns (name, result) pairs.
fn run_all<T>(target: &str, mut f: impl FnMut(&[u8]) -> T) -> Vec<(String, T)> {
    inputs(target)
        .into_iter()
        .map(|(name, data)| {
            let started = Instant::now();
            let out = f(&data);
            let took = started.elapsed();
            assert!(took < BOUND, "{target}/{name} took {took:?}");
            (name, out)
        })
        .collect()
}

/// `ok-` inputs are accepted; `err-` inputs are refused with a message that holds the one listed
/// for them in `errors` (every `err-` seed must be listed, every listed one must exist).
fn check_outcomes<T>(target: &str, results: &[(String, Result<T, String>)], errors: &[(&str, &str)]) {
    for (name, r) in results {
        if name.starts_with("ok-") {
            assert!(r.is_ok(), "{target}/{name} was refused: {:?}", r.as_ref().err());
        }
        if name.starts_with("err-") {
            let Some((_, want)) = errors.iter().find(|(n, _)| n == name) else {
                panic!("{target}/{name}: list the error it must give in tests/fuzz_regressions.rs");
            };
            match r {
                Ok(_) => panic!("{target}/{name} was accepted"),
                Err(m) => assert!(m.contains(want), "{target}/{name}: {m:?} does not say {want:?}"),
            }
        }
    }
    for (name, _) in errors {
        assert!(results.iter().any(|(n, _)| n == name), "{target}/{name} is listed but missing");
    }
}

fn result<'a, T>(results: &'a [(String, T)], name: &str) -> &'a T {
    &results.iter().find(|(n, _)| n == name).unwrap_or_else(|| panic!("input {name} is missing")).1
}

fn main_incident<'a>(incidents: &'a [Incident], name: &str) -> &'a Incident {
    incidents.first().unwrap_or_else(|| panic!("{name}: no incident"))
}

#[test]
fn extract_article_inputs() {
    let results = run_all("extract_article", checks::extract_article);
    let at = |name: &str, place: &str, weapon: Weapon| {
        let (_, incidents) = result(&results, name);
        let i = main_incident(incidents, name);
        assert_eq!((i.place.as_deref(), i.weapon), (Some(place), weapon), "{name}: {i:?}");
        i
    };
    assert_eq!(at("rockets-camp-taji.txt", "Camp Taji", Weapon::Rocket).injured, Some(3));
    assert_eq!(at("drone-erbil-airport.txt", "Erbil International Airport", Weapon::Drone).injured, Some(2));
    assert_eq!(at("mixed-script.txt", "Tower 22", Weapon::Drone).killed, Some(3));
    assert_eq!(at("utf16-bom.txt", "Al Asad Air Base", Weapon::Rocket).count_min, Some(10));
    // Windows-1252 quotes are decoded, and the sentence still reads.
    assert_eq!(at("windows-1252.txt", "Erbil International Airport", Weapon::Rocket).killed, Some(1));
    assert!(result(&results, "windows-1252.txt").0.text.contains("Irbil\u{2019}s airport"));
    // Two dated log rows are two attacks.
    let (_, rows) = result(&results, "log-rows.txt");
    let dates: Vec<_> = rows.iter().map(|i| (i.date, i.count_min)).collect();
    assert_eq!(
        dates,
        [(NaiveDate::from_ymd_opt(2020, 3, 11), Some(18)), (NaiveDate::from_ymd_opt(2020, 3, 14), Some(33))]
    );
    assert!(result(&results, "negative-threats.txt").1.is_empty(), "threats are not an attack");
}

#[test]
fn html_reduce_inputs() {
    let dir = tempfile::tempdir().unwrap();
    let results = run_all("html_reduce", |d| checks::html_reduce(d, dir.path()));
    let text = |name: &str| match result(&results, name) {
        Ok(a) => a,
        Err(e) => panic!("{name} was refused: {e}"),
    };
    let a = text("article-meta-date.html");
    assert_eq!(a.published, NaiveDate::from_ymd_opt(2021, 4, 15));
    assert!(a.text.starts_with("Drone hits Erbil airport\n\n"), "{:?}", a.text);
    for chrome in ["Home", "Related", "\u{a9}", "not text", "margin"] {
        assert!(!a.text.contains(chrome), "{chrome:?} in {:?}", a.text);
    }
    assert_eq!(text("json-ld-graph.html").published, NaiveDate::from_ymd_opt(2020, 3, 12));
    let t = text("time-element-no-article.html");
    assert_eq!(t.published, NaiveDate::from_ymd_opt(2019, 12, 28));
    assert!(!t.text.contains("Subscribe") && !t.text.contains("Enable scripts"), "{:?}", t.text);
    assert!(text("windows-1256-arabic.html").text.contains("\u{635}\u{648}\u{627}\u{631}\u{64a}\u{62e}"));
    // One paragraph and no headline: the page's text once (it used to be repeated).
    assert_eq!(
        text("windows-1252-no-label.html").text,
        "Caf\u{e9} owners said rockets \u{201c}hit\u{201d} the embassy."
    );
    for (name, want) in [("empty.html", "empty file"), ("binary-nul.html", "binary file")] {
        let r = result(&results, name).as_ref().map(|_| ());
        assert!(r.is_err_and(|m| m.contains(want)), "{name}: want an error saying {want:?}");
    }
}

#[test]
fn store_load_inputs() {
    let dir = tempfile::tempdir().unwrap();
    let results = run_all("store_load", |d| checks::store_load(d, dir.path()));
    check_outcomes(
        "store_load",
        &results,
        &[
            ("err-coordinate-out-of-range.gpkg", "coordinate out of range: [44, 95]"),
            ("err-foreign.sqlite", "a SQLite file but not a GeoPackage"),
            ("err-negative-killed.gpkg", "property \"killed\" should be a non-negative integer, found -1"),
            ("err-newer-format.gpkg", "incmap store format 2 is not supported"),
            ("err-no-incmap-meta.gpkg", "a GeoPackage but not an incmap store"),
            ("err-not-a-point.gpkg", "geometry is not a Point"),
            ("err-random-bytes.bin", "not valid JSON"),
            ("err-truncated.gpkg", "not a readable GeoPackage"),
        ],
    );
    let s = result(&results, "ok-two-incidents.gpkg").as_ref().unwrap();
    assert_eq!((s.incidents.len(), s.articles.len()), (2, 2));
    assert_eq!(s.incidents[0].sources, ["taji.txt", "taji2.txt"]);
    assert_eq!((s.incidents[0].killed, s.incidents[0].count_max), (Some(3), Some(18)));
}

/// What the fuzzer does to a store file, without it: a corpus of deterministic mutants of the
/// valid seed store (bytes flipped in the header and anywhere, pages zeroed or copied over
/// others, the file cut) through the store reader. Each reads or is refused with a line naming
/// the file, never a panic, and is left as it was (`checks::store_load`); both outcomes occur.
#[test]
fn mutated_store_files() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let base = std::fs::read(root.join("fuzz/seeds/store_load/ok-two-incidents.gpkg")).unwrap();
    let page = 512; // the seed's page size
    let dir = tempfile::tempdir().unwrap();
    let mut seed = 0x9e37_79b9_7f4a_7c15u64;
    let mut next = move |n: usize| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        (seed % n as u64) as usize
    };
    let (mut read, mut refused) = (0, 0);
    for k in 0..240 {
        let mut data = base.clone();
        match k % 6 {
            // A few bytes of the 100-byte header (page size, counts, schema cookie, encoding...).
            0 => (0..1 + next(3)).for_each(|_| data[next(100)] ^= 1 << next(8)),
            // Bytes anywhere.
            1 => (0..1 + next(8)).for_each(|_| data[next(base.len())] = next(256) as u8),
            // A page zeroed.
            2 => {
                let p = next(base.len() / page) * page;
                data[p..p + page].fill(0);
            }
            // A page copied over another.
            3 => {
                let (from, to) = (next(base.len() / page) * page, next(base.len() / page) * page);
                let copy = base[from..from + page].to_vec();
                data[to..to + page].copy_from_slice(&copy);
            }
            // Cut anywhere.
            4 => data.truncate(next(base.len())),
            // A run of bytes in the schema page and the ones after it.
            _ => {
                let at = next(page * 8);
                (at..(at + 1 + next(64)).min(data.len())).for_each(|b| data[b] = next(256) as u8);
            }
        }
        let started = Instant::now();
        match checks::store_load(&data, dir.path()) {
            Ok(_) => read += 1,
            Err(_) => refused += 1,
        }
        assert!(started.elapsed() < BOUND, "mutant {k} took {:?}", started.elapsed());
    }
    assert!(read > 10 && refused > 10, "{read} read, {refused} refused: the mutants test little");
}

#[test]
fn geojson_store_inputs() {
    let results = run_all("geojson_store", checks::geojson_store);
    check_outcomes(
        "geojson_store",
        &results,
        &[
            ("err-a-feature.geojson", "not a GeoJSON FeatureCollection"),
            ("err-bad-date.geojson", "feature 1: property \"date\" is not YYYY-MM-DD"),
            ("err-bad-member.geojson", "bad \"incmap\" member"),
            ("err-coordinate-out-of-range.geojson", "feature 1: coordinate out of range"),
            ("err-foreign-collection.geojson", "not an incmap store"),
            ("err-negative-killed.geojson", "feature 1: property \"killed\" should be a non-negative integer"),
            ("err-newer-format.geojson", "format 2 is not supported"),
            ("err-not-a-point.geojson", "feature 1: geometry is not a Point"),
            ("err-trailing-garbage.geojson", "not valid JSON"),
            ("err-truncated.geojson", "not valid JSON"),
        ],
    );
    let s = result(&results, "ok-two-incidents.geojson").as_ref().unwrap();
    assert_eq!((s.incidents.len(), s.articles.len()), (2, 2));
    assert_eq!(s.incidents[0].sources, ["taji.txt", "taji2.txt"]);
    assert_eq!((s.incidents[0].killed, s.incidents[0].count_max), (Some(3), Some(18)));
}

#[test]
fn places_tsv_inputs() {
    let results = run_all("places_tsv", checks::places_tsv);
    check_outcomes(
        "places_tsv",
        &results,
        &[
            ("err-duplicate-id.tsv", "fuzz-input:3: duplicate id \"a\""),
            ("err-empty.tsv", "fuzz-input: empty places file"),
            ("err-lat-nan.tsv", "fuzz-input:2: lat \"NaN\" is not a number"),
            ("err-lat-out-of-range.tsv", "fuzz-input:2: coordinate 91, 1 is out of range"),
            ("err-lowercase-country.tsv", "fuzz-input:2: country \"iq\" is not an ISO 3166-1 alpha-2 code"),
            ("err-missing-column.tsv", "fuzz-input:1: missing column \"admin1\""),
            ("err-short-row.tsv", "fuzz-input:2: expected 9 tab-separated fields, found 7"),
            ("err-unknown-kind.tsv", "fuzz-input:2: unknown place kind \"palace\""),
        ],
    );
    let g = result(&results, "ok-small.tsv").as_ref().unwrap();
    let hint = incmap::gazetteer::Hint::default();
    assert_eq!(g.lookup("Xebec base", &hint).best.map(|c| c.place.id.as_str()), Some("camp-x"));
    assert_eq!(g.lookup("Yarrow", &hint).best.map(|c| c.place.id.as_str()), Some("town-y"));
}

#[test]
fn geonames_dump_inputs() {
    let dir = tempfile::tempdir().unwrap();
    let results = run_all("geonames_dump", |d| checks::geonames_dump(d, dir.path()));
    check_outcomes(
        "geonames_dump",
        &results,
        &[
            ("err-latitude-not-a-number.txt", "fuzz-input:1: latitude \"north\" is not a number"),
            ("err-latitude-out-of-range.txt", "fuzz-input:1: coordinate 133, 42 is out of range"),
            ("err-not-utf8.txt", "fuzz-input:1: cannot read"),
            ("err-population-not-a-number.txt", "fuzz-input:1: population \"many\" is not a number"),
            ("err-short-row.txt", "fuzz-input:1: expected 19 tab-separated GeoNames columns, found 2"),
        ],
    );
    let places = result(&results, "ok-rows.txt").as_ref().unwrap();
    let names: Vec<&str> = places.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["Qalat Yarrow", "Xebec Airfield", "Big City", "Province Seven"], "the hill is not imported");
    assert_eq!(places[0].aliases, ["Qal\u{2bf}at Yarrow"], "Arabic script and all-capitals codes are not aliases");
}

/// The fuzzer's slow HTML units, scaled up, are reduced to their text. How fast is measured by the
/// `html_nested` group of `cargo bench --bench extract` (1,000 nested `<article><p>` took 1.7 s and
/// 1,000 `<p><table>` 11 s in a release build before the fix; 2,000 of either now take 0.25 s at
/// most): timings are not asserted in tests, which run on loaded machines.
#[test]
fn deeply_nested_html_is_reduced() {
    for unit in ["<article><p>Rockets hit the base <b>", "<p>Rockets hit the base <table><tr><td>"] {
        let page = format!("<html><body>{}</body></html>", unit.repeat(1000));
        let a = incmap::fetch::article_from_html("nested.html", &page);
        assert!(a.text.len() < page.len(), "{unit:?} x 1000: {} bytes of text", a.text.len());
        assert!(a.text.starts_with("Rockets hit the base"), "{:?}", &a.text[..a.text.len().min(80)]);
    }
}
