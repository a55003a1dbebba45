//! What the fuzz targets (`fuzz/fuzz_targets/`) check on every input, shared with
//! `tests/fuzz_regressions.rs` so that each committed seed and crash input is checked the same
//! way by `cargo test`. Each function panics when a property fails and returns what it read, for
//! the tests' own assertions.

#![allow(dead_code)]

use std::path::Path;

use incmap::extract;
use incmap::fetch::{self, Source};
use incmap::gazetteer::{Gazetteer, Hint, Place, geonames, normalize};
use incmap::model::{Article, Incident};
use incmap::store::{self, Store};

/// The name given to every fuzz input (source of articles, file name in error messages).
pub const NAME: &str = "fuzz-input";

/// Bytes as a text file's are read: decoded, capped, through the extractor with the embedded
/// gazetteer, and into a store, which must load back.
pub fn extract_article(data: &[u8]) -> (Article, Vec<Incident>) {
    let text = fetch::decode_text(data);
    let article = extract::article_from_text(NAME, &text);
    assert!(article.text.len() <= extract::MAX_ARTICLE_BYTES, "article text over the cap");
    assert!(text.starts_with(&article.text), "the cap keeps a prefix of the text");
    let incidents = extract::extract(&article, Gazetteer::embedded());
    check_incidents(&article, &incidents);
    (article, incidents)
}

/// Incidents as ingest stores them: sourced, located in range, and written as a store that loads.
fn check_incidents(article: &Article, incidents: &[Incident]) {
    for i in incidents {
        assert_eq!(i.source, article.source);
        assert!(i.location.is_none_or(|l| l.is_valid()), "location out of range: {:?}", i.location);
        assert!(i.evidence.as_deref().is_some_and(|e| !e.trim().is_empty()), "an incident without evidence");
    }
    let mut store = Store::default();
    store.add_article(article, incidents.to_vec());
    let json = store.to_json();
    let back =
        Store::from_reader(json.as_bytes()).unwrap_or_else(|e| panic!("a store ingest writes does not load: {e:#}"));
    assert_eq!(back.incidents.len(), store.incidents.len());
    assert_eq!(back.articles, store.articles);
}

/// Bytes as an HTML file is read by ingest (`read_article` on a `.html` file: size and binary
/// checks, charset from the page, reduction to headline and paragraphs). `Err` is the message.
pub fn html_reduce(data: &[u8], dir: &Path) -> Result<Article, String> {
    let path = dir.join("page.html");
    std::fs::write(&path, data).expect("writing the fuzz input");
    match fetch::read_article(&Source::File(path.clone()), &mut None) {
        Ok(a) => {
            assert_eq!(a.source, path.display().to_string());
            assert!(a.text.chars().any(char::is_alphabetic), "an article without words");
            // Paragraphs are whitespace-collapsed text, joined by blank lines, each said once.
            let parts: Vec<&str> = a.text.split("\n\n").collect();
            for (i, &part) in parts.iter().enumerate() {
                assert!(!parts[..i].contains(&part), "paragraph {part:?} twice in {:?}", a.text);
                assert!(!part.is_empty(), "empty paragraph in {:?}", a.text);
                assert!(!part.contains(|c: char| c.is_whitespace() && c != ' '), "whitespace left in {part:?}");
                assert!(part.trim() == part && !part.contains("  "), "spaces not collapsed in {part:?}");
            }
            Ok(a)
        }
        Err(e) => {
            let m = format!("{e:#}");
            let known = ["empty file", "binary file", "no article text in the HTML"];
            assert!(known.iter().any(|k| m.contains(k)), "unexpected error for an HTML file: {m}");
            Err(m)
        }
    }
}

/// Bytes as a store file (`--store FILE`, the GeoPackage every command reads), opened each way
/// the commands open one: read whole (`Store::read`), streamed with its derived rows (`export`),
/// through the R-tree (`near`, `bbox`). It reads the same incidents each way, every one located
/// in range; or it is refused with one line that names the file. Never a panic, and the file is
/// left byte for byte as it was (reading a store never writes it).
pub fn store_load(data: &[u8], dir: &Path) -> Result<Store, String> {
    let path = dir.join("store.gpkg");
    for leftover in ["store.gpkg", "store.gpkg-wal", "store.gpkg-shm"] {
        let _ = std::fs::remove_file(dir.join(leftover));
    }
    std::fs::write(&path, data).expect("writing the fuzz input");
    let read = Store::read(&path);
    let mut streamed = Vec::new();
    let exported = store::for_each_with_derived(&path, |i, _| {
        streamed.push(i);
        Ok(())
    });
    let boxed = store::load_in_boxes(&path, &[[-180.0, -90.0, 180.0, 90.0]], |_| true);
    let after = std::fs::read(&path).expect("the store file is still there");
    assert!(after == data, "reading the store changed it");
    let named = |e: &dyn std::fmt::Display| {
        let m = format!("{e:#}");
        assert!(m.starts_with(&format!("{}: ", path.display())), "store error does not name the file: {m}");
        assert!(!m.contains('\n'), "store error is more than one line: {m}");
        m
    };
    match read {
        Ok(s) => {
            for i in &s.incidents {
                assert!(i.location.is_none_or(|l| l.is_valid()), "location out of range: {:?}", i.location);
            }
            // What one way reads, the others read too (or refuse with a line naming the file:
            // the R-tree index itself may be what is broken).
            match exported {
                Ok(()) => assert_eq!(streamed, s.incidents, "export reads other incidents"),
                Err(e) => drop(named(&e)),
            }
            match boxed {
                Ok(mut located) => {
                    let mut want: Vec<_> = s.incidents.iter().filter(|i| i.location.is_some()).cloned().collect();
                    // The index may lack rows another program wrote without it, never hold others.
                    located.sort_by(|a, b| a.id.cmp(&b.id));
                    want.sort_by(|a, b| a.id.cmp(&b.id));
                    assert!(located.iter().all(|i| want.contains(i)), "the R-tree finds incidents the table lacks");
                }
                Err(e) => drop(named(&e)),
            }
            Ok(s)
        }
        Err(e) => {
            for other in [exported.err(), boxed.err()].into_iter().flatten() {
                named(&other);
            }
            Err(named(&e))
        }
    }
}

/// Bytes as an old GeoJSON store (`incmap store import`): either a store, which rewritten
/// unchanged is byte-identical, or an error that says what is wrong.
pub fn geojson_store(data: &[u8]) -> Result<Store, String> {
    match Store::from_reader(data) {
        Ok(s) => {
            for i in &s.incidents {
                assert!(i.location.is_none_or(|l| l.is_valid()), "location out of range: {:?}", i.location);
            }
            let json = s.to_json();
            let again = Store::from_reader(json.as_bytes())
                .unwrap_or_else(|e| panic!("a store we wrote does not load: {e:#}\n{json}"));
            assert_eq!(again.to_json(), json, "a store rewritten unchanged changed");
            Ok(s)
        }
        Err(e) => {
            let m = format!("{e:#}");
            let known = [
                "not valid JSON",
                "not a GeoJSON FeatureCollection",
                "feature ",
                "bad \"incmap\" member",
                "a FeatureCollection but not an incmap store",
                "incmap store format",
            ];
            assert!(known.iter().any(|k| m.starts_with(k)), "store error does not say what is wrong: {m}");
            Err(m)
        }
    }
}

/// Bytes as a places file (`--gazetteer FILE`): an error names the file and line; a gazetteer
/// finds each place by its name, and resolves and extracts from a sentence that names them.
pub fn places_tsv(data: &[u8]) -> Result<Gazetteer, String> {
    let text = String::from_utf8_lossy(data);
    let g = match Gazetteer::from_tsv_str(NAME, &text) {
        Ok(g) => g,
        Err(e) => {
            let m = format!("{e:#}");
            assert!(m.starts_with(&format!("{NAME}:")), "places error does not name the file: {m}");
            return Err(m);
        }
    };
    for p in g.places().iter().take(32) {
        assert!(p.location.is_valid());
        if !normalize(&p.name).is_empty() {
            let l = g.lookup(&p.name, &Hint::default());
            assert!(l.candidates.iter().any(|c| c.place.id == p.id), "{:?} is not found by its name", p.name);
        }
    }
    let names: Vec<&str> = g.places().iter().take(6).map(|p| p.name.as_str()).collect();
    let first = names.first().copied().unwrap_or("");
    let sentence = format!(
        "date 2021-02-16 Three rockets struck {} late Monday, killing two.\nA drone hit the base in {first} province.",
        names.join(" and ")
    );
    for input in [sentence.as_str(), &text] {
        for m in g.mentions(input) {
            assert_eq!(input.get(m.start..m.end), Some(m.text.as_str()), "mention range is not its text");
        }
    }
    let article = extract::article_from_text(NAME, &sentence);
    check_incidents(&article, &extract::extract(&article, &g));
    Ok(g)
}

/// Bytes as a GeoNames dump (`incmap gazetteer import-geonames`): an error names the file and
/// line; what is imported is written as a places file that loads with every place.
pub fn geonames_dump(data: &[u8], dir: &Path) -> Result<Vec<Place>, String> {
    let places = match geonames::import(data, NAME, &geonames::Filter::default()) {
        Ok(p) => p,
        Err(e) => {
            let m = format!("{e:#}");
            assert!(m.starts_with(&format!("{NAME}:")), "GeoNames error does not name the file: {m}");
            return Err(m);
        }
    };
    let out = dir.join("places.tsv");
    geonames::write_tsv(&places, &out).expect("writing the places file");
    let g = Gazetteer::from_path(&out)
        .unwrap_or_else(|e| panic!("import-geonames wrote a places file that does not load: {e:#}"));
    assert_eq!(g.places().len(), places.len());
    Ok(places)
}
