//! `incmap ingest` with URLs, against a local HTTP server.

mod fetch_server;

use std::path::Path;
use std::process::{Command, Output};

use fetch_server::{respond, start};
use incmap::store::Store;

const PAGE: &str = r#"<html><head><meta name="date" content="2021-06-29"></head><body>
<header><p>Menu</p></header><article><h2>Rockets near al-Omar</h2>
<p>Multiple rockets targeted a facility near al-Omar oil field.</p></article></body></html>"#;

fn ingest(store: &Path, cache: &Path, inputs: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_incmap"))
        .args(["ingest", "--store", store.to_str().unwrap()])
        .args(inputs)
        .env("INCMAP_CACHE", cache)
        .output()
        .unwrap()
}

#[test]
fn pages_are_ingested_failures_named_and_reruns_served_from_the_cache() {
    let dir = tempfile::tempdir().unwrap();
    let cache = dir.path().join("cache");
    let store = dir.path().join("s.geojson");
    let server = start(|path, _, s| match path {
        "/news/1" => respond(s, "200 OK", "text/html", PAGE.as_bytes()),
        _ => respond(s, "404 Not Found", "text/html", b"<p>no</p>"),
    });
    let good = format!("{}/news/1", server.base);
    let gone = format!("{}/gone", server.base);

    let out = ingest(&store, &cache, &[&gone, &good]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(stderr.lines().any(|l| l.contains(&gone) && l.contains("404")), "{stderr}");
    assert!(stderr.lines().last().unwrap().contains(&format!("1 input failed: {gone}")), "{stderr}");
    let s = Store::read(&store).unwrap();
    assert_eq!(s.articles.len(), 1);
    assert_eq!(s.articles[0].source, good);

    let before = std::fs::read(&store).unwrap();
    let out = ingest(&store, &cache, &[&good]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(server.hits("/news/1"), 1, "the second run reads the cache");
    assert_eq!(std::fs::read(&store).unwrap(), before);
}

#[test]
fn a_saved_html_page_is_the_same_article_as_the_page_by_url() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("s.geojson");
    let file = dir.path().join("saved.htm");
    std::fs::write(&file, PAGE).unwrap();
    let server = start(|_, _, s| respond(s, "200 OK", "text/html; charset=utf-8", PAGE.as_bytes()));
    let url = format!("{}/news/1", server.base);
    let out = ingest(&store, &dir.path().join("cache"), &[file.to_str().unwrap(), &url]);
    assert!(out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("2 articles read, 1 skipped as already ingested"), "{stderr}");
}
