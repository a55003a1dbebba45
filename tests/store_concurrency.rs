//! Two ingests at once, with the real binary (ingests killed mid-write: tests/robust_crash.rs).

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

use incmap::store::Store;

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
        let store = dir.path().join(format!("store-{round}.gpkg"));
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
