//! The store file through the real binary: created when missing, idempotent, foreign or corrupt
//! files refused and left untouched; and through the library: ids stable across ingests.

use std::path::Path;
use std::process::{Command, Output};

use incmap::model::{Article, DatePrecision, GeoPrecision, Incident, LatLon, Weapon};
use incmap::store::{self, Store};

fn incmap(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_incmap")).args(args).env("INCMAP_CACHE", "/nonexistent").output().unwrap()
}

fn write(dir: &Path, name: &str, text: &str) -> String {
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    p.display().to_string()
}

fn ingest(store: &Path, inputs: &[&str]) -> Output {
    let mut args = vec!["ingest", "--store", store.to_str().unwrap()];
    args.extend_from_slice(inputs);
    incmap(&args)
}

#[test]
fn a_missing_store_is_created_as_geojson_marked_as_ours() {
    let dir = tempfile::tempdir().unwrap();
    let a = write(dir.path(), "a.txt", " date 2021-02-16 Rockets hit Erbil airport.");
    let store = dir.path().join("sub-store.geojson");
    let out = ingest(&store, &[&a]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let json: serde_json::Value = serde_json::from_slice(&std::fs::read(&store).unwrap()).unwrap();
    assert_eq!(json["type"], "FeatureCollection");
    assert!(json["features"].is_array());
    assert_eq!(json["incmap"]["format"], 1);
    assert_eq!(json["incmap"]["articles"][0]["source"], a.as_str());
    assert_eq!(json["incmap"]["articles"][0]["sha256"].as_str().unwrap().len(), 64);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("1 articles read"), "{stderr}");
}

#[test]
fn ingesting_the_same_input_twice_leaves_the_store_byte_identical() {
    let dir = tempfile::tempdir().unwrap();
    let a = write(dir.path(), "a.txt", " date 2021-02-16 Rockets hit Erbil airport.");
    let b = write(dir.path(), "b.md", " date 2019-12-27 A rocket attack on K-1 air base in Kirkuk.");
    let store = dir.path().join("s.geojson");
    assert!(ingest(&store, &[&a, &b]).status.success());
    let first = std::fs::read(&store).unwrap();
    let mtime = std::fs::metadata(&store).unwrap().modified().unwrap();
    let out = ingest(&store, &[&a, dir.path().to_str().unwrap()]);
    assert!(out.status.success());
    assert_eq!(std::fs::read(&store).unwrap(), first);
    assert_eq!(std::fs::metadata(&store).unwrap().modified().unwrap(), mtime, "not rewritten");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("3 articles read, 3 skipped as already ingested"), "{stderr}");
}

#[test]
fn folders_are_read_recursively_for_text_and_html_only() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus");
    std::fs::create_dir_all(corpus.join("deeper")).unwrap();
    write(&corpus, "a.txt", "one");
    write(&corpus.join("deeper"), "b.html", "<html><body><p>two</p></body></html>");
    write(&corpus, "c.pdf", "%PDF-1.4");
    write(&corpus, "d.json", "{}");
    let store = dir.path().join("s.geojson");
    let out = ingest(&store, &[corpus.to_str().unwrap()]);
    assert!(out.status.success());
    let s = Store::read(&store).unwrap();
    let names: Vec<&str> = s.articles.iter().map(|a| a.source.rsplit('/').next().unwrap()).collect();
    assert_eq!(names, vec!["a.txt", "b.html"]);
}

#[test]
fn a_failed_input_is_reported_and_the_rest_kept() {
    let dir = tempfile::tempdir().unwrap();
    let a = write(dir.path(), "a.txt", "fine");
    let missing = dir.path().join("missing.txt").display().to_string();
    let store = dir.path().join("s.geojson");
    let out = ingest(&store, &[&missing, &a]);
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.lines().any(|l| l.contains("missing.txt") && l.contains("No such file")), "{stderr}");
    assert!(stderr.lines().last().unwrap().contains("1 input(s) failed"), "{stderr}");
    assert_eq!(Store::read(&store).unwrap().articles.len(), 1);
}

#[test]
fn corrupt_or_foreign_stores_are_refused_and_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let a = write(dir.path(), "a.txt", " date 2021-02-16 Rockets hit Erbil airport.");
    let cases = [
        ("invalid.geojson", "{\"type\": \"FeatureCollection\", \"features\": [", "not valid JSON"),
        ("feature.geojson", r#"{"type":"Feature","geometry":null,"properties":{}}"#, "not a GeoJSON FeatureCollection"),
        ("array.json", "[1, 2]", "not a GeoJSON FeatureCollection"),
        ("qgis.geojson", r#"{"type":"FeatureCollection","features":[]}"#, "not an incmap store"),
        (
            "bad-feature.geojson",
            r#"{"type":"FeatureCollection","incmap":{"format":1,"articles":[]},"features":[
               {"type":"Feature","geometry":{"type":"Point","coordinates":[44,36]},"properties":{"killed":-2}}]}"#,
            "feature 1",
        ),
    ];
    for (name, content, why) in cases {
        let store = dir.path().join(name);
        std::fs::write(&store, content).unwrap();
        let out = ingest(&store, &[&a]);
        assert!(!out.status.success(), "{name} accepted");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(stderr.trim_end().lines().count(), 1, "one line: {stderr}");
        assert!(stderr.contains(name) && stderr.contains(why), "{name}: {stderr}");
        assert_eq!(std::fs::read_to_string(&store).unwrap(), content, "{name} modified");
    }
}

fn report(source: &str, date: &str) -> Incident {
    Incident {
        source: source.into(),
        date: chrono::NaiveDate::parse_from_str(date, "%Y-%m-%d").ok(),
        date_precision: Some(DatePrecision::Day),
        place: Some("Erbil International Airport".into()),
        geo_precision: Some(GeoPrecision::Site),
        location: Some(LatLon::new(36.2375, 43.963056)),
        weapon: Weapon::Rocket,
        ..Default::default()
    }
}

#[test]
fn a_new_article_about_a_known_event_updates_it_and_keeps_its_id() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.geojson");
    let art = |s: &str| Article { source: s.into(), text: format!("text of {s}"), published: None };

    let mut s = Store::default();
    s.add_article(&art("a.txt"), vec![report("a.txt", "2021-02-15")]);
    s.write(&path).unwrap();
    let id = store::load(&path).unwrap()[0].id.clone();
    assert!(!id.is_empty());

    let mut s = Store::read(&path).unwrap();
    let out = s.add_article(&art("b.txt"), vec![report("b.txt", "2021-02-16"), report("b.txt", "2021-03-20")]);
    assert_eq!((out.merge.new, out.merge.updated), (1, 1));
    s.write(&path).unwrap();
    let incidents = store::load(&path).unwrap();
    assert_eq!(incidents.len(), 2);
    assert_eq!(incidents[0].id, id);
    assert_eq!(incidents[0].sources, vec!["a.txt", "b.txt"]);
    assert_ne!(incidents[1].id, id, "ids are unique");
    assert_eq!(Store::read(&path).unwrap(), s, "what is written reads back the same");
}

/// Ingest streams the store (it holds only the incidents a batch can join); what it writes must be
/// what merging everything in memory writes, over a corpus with many reports of the same events.
#[test]
fn ingest_article_by_article_writes_what_merging_in_memory_writes() {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/articles");
    let mut files: Vec<String> = std::fs::read_dir(&corpus)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .map(|p| p.display().to_string())
        .collect();
    files.sort();
    assert!(files.len() >= 50, "{}", files.len());
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.geojson");
    let hidden = indicatif::ProgressBar::hidden();
    let mut memory = Store::default();
    let mut merged_reports = 0;
    for f in &files {
        store::ingest(&path, std::slice::from_ref(f), &hidden).unwrap();
        let src = &incmap::fetch::expand_input(f).unwrap()[0];
        let article = incmap::fetch::read_article(src, &mut None).unwrap();
        let reports = incmap::extract::extract(&article, incmap::gazetteer::Gazetteer::embedded());
        let n = reports.len();
        let out = memory.add_article(&article, reports);
        merged_reports += n - out.merge.new;
    }
    assert!(merged_reports >= 10, "the corpus should repeat events: {merged_reports} reports merged");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), memory.to_json());
    // One batch of everything: the merge within a batch agrees too.
    let again = dir.path().join("t.geojson");
    store::ingest(&again, &files, &hidden).unwrap();
    assert_eq!(std::fs::read_to_string(&again).unwrap(), memory.to_json());
}
