//! Two ingests at once and ingests killed mid-write, with the real binary.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use incmap::model::{DatePrecision, GeoPrecision, Incident, LatLon, Weapon};
use incmap::store::{ArticleRecord, Store};

fn spawn_ingest(store: &Path, inputs: &[&Path]) -> Child {
    Command::new(env!("CARGO_BIN_EXE_incmap"))
        .arg("ingest")
        .arg("--store")
        .arg(store)
        .args(inputs)
        .env("INCMAP_CACHE", "/nonexistent")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

/// A folder of `n` distinct articles.
fn corpus(dir: &Path, name: &str, n: usize) -> PathBuf {
    let d = dir.join(name);
    std::fs::create_dir_all(&d).unwrap();
    for i in 0..n {
        std::fs::write(d.join(format!("{i:03}.txt")), format!("Article {i} of folder {name}.")).unwrap();
    }
    d
}

#[test]
fn two_ingests_at_once_both_keep_their_articles() {
    let dir = tempfile::tempdir().unwrap();
    let a = corpus(dir.path(), "a", 60);
    let b = corpus(dir.path(), "b", 60);
    for round in 0..3 {
        let store = dir.path().join(format!("store-{round}.geojson"));
        let first = spawn_ingest(&store, &[&a]);
        let second = spawn_ingest(&store, &[&b]);
        for child in [first, second] {
            let out = child.wait_with_output().unwrap();
            assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        }
        let s = Store::read(&store).unwrap();
        assert_eq!(s.articles.len(), 120, "round {round}: articles lost");
        for folder in ["/a/", "/b/"] {
            assert_eq!(s.articles.iter().filter(|r| r.source.contains(folder)).count(), 60);
        }
    }
}

/// A store big enough that writing it takes a while.
fn big_store(n: usize) -> Store {
    let incidents = (0..n)
        .map(|i| Incident {
            id: format!("inc-{i}"),
            source: format!("old/{i}.txt"),
            sources: vec![format!("old/{i}.txt")],
            date: chrono::NaiveDate::from_ymd_opt(2020, 1, 1 + (i % 28) as u32),
            date_precision: Some(DatePrecision::Day),
            place: Some(format!("Place {i}")),
            geo_precision: Some(GeoPrecision::Town),
            location: Some(LatLon::new(30.0 + (i % 1000) as f64 * 0.01, 40.0 + (i / 1000) as f64 * 0.1)),
            weapon: Weapon::Rocket,
            evidence: Some("Rockets fell near the town, officials said.".into()),
            reports: 1,
            ..Default::default()
        })
        .collect();
    let articles =
        (0..n).map(|i| ArticleRecord { sha256: format!("{i:064x}"), source: format!("old/{i}.txt") }).collect();
    Store { incidents, articles }
}

#[test]
fn an_ingest_killed_at_any_moment_leaves_the_old_or_the_new_store() {
    let dir = tempfile::tempdir().unwrap();
    let article = dir.path().join("new.txt");
    std::fs::write(&article, "A new article with nothing to report.").unwrap();
    let store = dir.path().join("store.geojson");
    let old = big_store(3000);
    old.write(&store).unwrap();
    let old_bytes = std::fs::read(&store).unwrap();

    // How long a whole run takes, and what it leaves.
    let t = Instant::now();
    assert!(spawn_ingest(&store, &[&article]).wait().unwrap().success());
    let full = t.elapsed();
    let new_bytes = std::fs::read(&store).unwrap();
    assert_ne!(new_bytes, old_bytes);
    assert_eq!(Store::read(&store).unwrap().articles.len(), 3001);

    // Kill times spread over the whole run and a little past it.
    let (mut saw_old, mut saw_new, mut mid_write) = (0, 0, 0);
    for k in 0..20 {
        std::fs::write(&store, &old_bytes).unwrap();
        let mut child = spawn_ingest(&store, &[&article]);
        std::thread::sleep(full.mul_f64(k as f64 / 16.0) + Duration::from_millis(k % 3));
        let _ = child.kill();
        let _ = child.wait();
        if temp_files(dir.path()) > 0 {
            mid_write += 1;
        }
        let now = std::fs::read(&store).unwrap();
        assert!(now == old_bytes || now == new_bytes, "kill {k}: the store is neither old nor new");
        if now == old_bytes {
            saw_old += 1
        } else {
            saw_new += 1
        }
        Store::read(&store).unwrap();
    }
    eprintln!("killed runs left the old store {saw_old} times, the new one {saw_new} times ({mid_write} mid-write)");

    // The next ingest clears what killed writers left behind.
    std::fs::write(&store, &old_bytes).unwrap();
    assert!(spawn_ingest(&store, &[&article]).wait().unwrap().success());
    assert_eq!(temp_files(dir.path()), 0);
}

fn temp_files(dir: &Path) -> usize {
    std::fs::read_dir(dir)
        .unwrap()
        .filter(|e| e.as_ref().unwrap().file_name().to_string_lossy().ends_with(".incmap-tmp"))
        .count()
}
