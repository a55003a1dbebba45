//! The incident store: a GeoJSON FeatureCollection written atomically under a lock.
//!
//! The file is plain GeoJSON (QGIS opens it as it is) with one foreign member, `incmap`, that
//! marks it as ours and lists the articles already ingested by content hash:
//!
//! ```json
//! {"type": "FeatureCollection", "incmap": {"format": 1, "articles": [{"sha256": "…", "source": "…"}]},
//!  "features": [...]}
//! ```
//!
//! Writers hold an exclusive lock on the sidecar `PATH.lock` for the whole read-modify-write, and
//! replace the file by rename after an fsync, so concurrent ingests lose nothing and a crash
//! leaves either the old or the new file.

use std::collections::{HashMap, HashSet};
use std::fs::{File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, anyhow, bail};
use geojson::{JsonObject, JsonValue};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::merge::{self, MergeStats};
use crate::model::{Article, Incident};

/// The store format this build reads and writes.
pub const FORMAT: u64 = 1;
/// The foreign member that marks a FeatureCollection as an incmap store.
pub const MEMBER: &str = "incmap";

/// An article already in the store, known by the hash of its text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ArticleRecord {
    pub sha256: String,
    pub source: String,
}

#[derive(Serialize, Deserialize)]
struct Member {
    format: u64,
    articles: Vec<ArticleRecord>,
}

/// A store's content in memory.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Store {
    pub incidents: Vec<Incident>,
    pub articles: Vec<ArticleRecord>,
}

/// What adding one article did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AddOutcome {
    /// The article's text was already in the store: nothing changed.
    pub already_ingested: bool,
    pub merge: MergeStats,
}

/// The hex SHA-256 of an article's text: its identity in the store.
pub fn article_hash(text: &str) -> String {
    Sha256::digest(text.as_bytes()).iter().map(|b| format!("{b:02x}")).collect()
}

impl Store {
    /// Reads a store; a missing file is an empty store. Refuses anything that is not an incmap
    /// store, naming the file.
    pub fn read(path: &Path) -> Result<Store> {
        let text = match std::fs::read(path) {
            Ok(bytes) => bytes,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Store::default()),
            Err(e) => return Err(e).with_context(|| format!("{}: cannot read store", path.display())),
        };
        parse(&text).map_err(|e| anyhow!("{}: {e}", path.display()))
    }

    pub fn contains_article(&self, sha256: &str) -> bool {
        self.articles.iter().any(|a| a.sha256 == sha256)
    }

    /// Merges an article's reports unless its text is already in the store. New incidents get
    /// ids derived from the article hash, so the same input always yields the same store.
    pub fn add_article(&mut self, article: &Article, mut reports: Vec<Incident>) -> AddOutcome {
        let sha = article_hash(&article.text);
        if self.contains_article(&sha) {
            return AddOutcome { already_ingested: true, merge: MergeStats::default() };
        }
        for (i, r) in reports.iter_mut().enumerate() {
            r.id = format!("{}-{}", &sha[..16], i + 1);
        }
        let merge = merge::merge(&mut self.incidents, reports);
        self.articles.push(ArticleRecord { sha256: sha, source: article.source.clone() });
        AddOutcome { already_ingested: false, merge }
    }

    /// The GeoJSON text of the store, deterministic for the same content.
    pub fn to_json(&self) -> String {
        let mut fc = crate::model::feature_collection(&self.incidents);
        let member = Member { format: FORMAT, articles: self.articles.clone() };
        let mut fm = JsonObject::new();
        fm.insert(MEMBER.into(), serde_json::to_value(member).expect("plain data serialises"));
        fc.foreign_members = Some(fm);
        fc.bbox = None; // collecting an empty list yields `"bbox": []`, which RFC 7946 forbids
        let mut s = serde_json::to_string_pretty(&fc).expect("plain data serialises");
        s.push('\n');
        s
    }

    /// Writes the store atomically: a temp file in the same folder, fsync, rename, fsync folder.
    pub fn write(&self, path: &Path) -> Result<()> {
        let dir = parent_dir(path);
        let (prefix, suffix) = temp_affixes(path);
        let mut tmp = tempfile::Builder::new()
            .prefix(&prefix)
            .suffix(suffix)
            .tempfile_in(&dir)
            .with_context(|| format!("{}: cannot create a temporary file", dir.display()))?;
        // A temp file is private (0600); the store keeps its own mode, or a plain file's.
        let mode = std::fs::metadata(path).map(|m| m.permissions()).ok().or_else(plain_file_permissions);
        tmp.write_all(self.to_json().as_bytes())
            .and_then(|_| mode.map_or(Ok(()), |m| tmp.as_file().set_permissions(m)))
            .and_then(|_| tmp.as_file().sync_all())
            .with_context(|| format!("{}: cannot write store", path.display()))?;
        tmp.persist(path).map_err(|e| anyhow!("{}: cannot replace store: {}", path.display(), e.error))?;
        // The rename is durable once the folder is synced (not possible on every platform).
        if let Ok(d) = File::open(&dir) {
            let _ = d.sync_all();
        }
        Ok(())
    }
}

/// An exclusive hold on a store for a read-modify-write; released on drop.
pub struct LockedStore {
    path: PathBuf,
    _lock: File,
    pub store: Store,
}

impl LockedStore {
    /// Waits for the store's lock, then reads it (empty when missing).
    pub fn open(path: &Path) -> Result<LockedStore> {
        let lock_path = lock_path(path);
        let lock = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&lock_path)
            .with_context(|| format!("{}: cannot open lock file", lock_path.display()))?;
        lock.lock().with_context(|| format!("{}: cannot lock", lock_path.display()))?;
        let store = Store::read(path)?;
        remove_stale_temp_files(path);
        Ok(LockedStore { path: path.to_path_buf(), _lock: lock, store })
    }

    /// Writes the store back if it differs from what is on disk.
    pub fn save(&self) -> Result<()> {
        let current = std::fs::read(&self.path).ok();
        if current.as_deref() == Some(self.store.to_json().as_bytes()) {
            return Ok(());
        }
        self.store.write(&self.path)
    }
}

/// Articles are merged in under the lock in batches: a long ingest saves as it goes (a crash
/// loses at most one batch), other writers get turns, and a big store is not rewritten per article.
const BATCH_ARTICLES: usize = 200;
const BATCH_SECONDS: u64 = 10;

/// What an ingest did, for the summary line.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct IngestSummary {
    /// Articles read and extracted (including those already in the store).
    pub articles: usize,
    pub already_ingested: usize,
    /// Incident reports extracted from new articles.
    pub reports: usize,
    /// Incidents this ingest created.
    pub new: usize,
    /// Incidents that existed before this ingest and gained a report.
    pub updated: usize,
    /// Inputs that could not be read, with the reason.
    pub failures: Vec<(String, String)>,
}

/// Reads, extracts and merges `inputs` (files, folders, URLs) into the store at `path`.
/// A failed input is recorded in the summary and the others still go in; only a store that
/// cannot be read, locked or written is an error.
pub fn ingest(path: &Path, inputs: &[String], progress: &indicatif::ProgressBar) -> Result<IngestSummary> {
    ingest_with(path, inputs, crate::gazetteer::Gazetteer::embedded(), progress)
}

/// `ingest`, resolving place names with `gazetteer` (e.g. a user's places file).
pub fn ingest_with(
    path: &Path,
    inputs: &[String],
    gazetteer: &crate::gazetteer::Gazetteer,
    progress: &indicatif::ProgressBar,
) -> Result<IngestSummary> {
    Store::read(path)?; // refuse a foreign or corrupt store before doing any work
    let mut summary = IngestSummary::default();
    let mut sources = Vec::new();
    for input in inputs {
        match crate::fetch::expand_input(input) {
            Ok(found) => sources.extend(found),
            Err(e) => summary.failures.push((input.clone(), format!("{e:#}"))),
        }
    }
    progress.set_length(sources.len() as u64);
    let mut fetcher = None;
    let mut ids = ChangedIds::default();
    let mut batch = Vec::new();
    let mut last_save = std::time::Instant::now();
    for (n, src) in sources.iter().enumerate() {
        progress.set_message(src.to_string());
        match crate::fetch::read_article(src, &mut fetcher) {
            Ok(article) => {
                let reports = crate::extract::extract(&article, gazetteer);
                batch.push((article, reports));
            }
            Err(e) => summary.failures.push((src.to_string(), format!("{e:#}"))),
        }
        progress.inc(1);
        let last = n + 1 == sources.len();
        if last || batch.len() >= BATCH_ARTICLES || last_save.elapsed().as_secs() >= BATCH_SECONDS {
            merge_batch(path, std::mem::take(&mut batch), &mut summary, &mut ids)?;
            last_save = std::time::Instant::now();
        }
    }
    if sources.is_empty() {
        merge_batch(path, Vec::new(), &mut summary, &mut ids)?; // a missing store is still created
    }
    summary.new = ids.new.len();
    summary.updated = ids.updated.len();
    Ok(summary)
}

/// Ids of the incidents one ingest created or changed, over all its batches.
#[derive(Default)]
struct ChangedIds {
    new: HashSet<String>,
    updated: HashSet<String>,
}

fn merge_batch(
    path: &Path,
    batch: Vec<(Article, Vec<Incident>)>,
    summary: &mut IngestSummary,
    ids: &mut ChangedIds,
) -> Result<()> {
    let mut locked = LockedStore::open(path)?;
    // Another ingest may have written since our last batch: compare with what is on disk now.
    let snapshot = locked.store.incidents.clone();
    let before: HashMap<&str, &Incident> = snapshot.iter().map(|i| (i.id.as_str(), i)).collect();
    for (article, reports) in batch {
        summary.articles += 1;
        let n = reports.len();
        if locked.store.add_article(&article, reports).already_ingested {
            summary.already_ingested += 1;
        } else {
            summary.reports += n;
        }
    }
    for inc in &locked.store.incidents {
        match before.get(inc.id.as_str()) {
            None => _ = ids.new.insert(inc.id.clone()),
            Some(old) if *old != inc && !ids.new.contains(&inc.id) => _ = ids.updated.insert(inc.id.clone()),
            Some(_) => {}
        }
    }
    locked.save()
}

#[cfg(unix)]
fn plain_file_permissions() -> Option<std::fs::Permissions> {
    use std::os::unix::fs::PermissionsExt;
    Some(std::fs::Permissions::from_mode(0o644))
}

#[cfg(not(unix))]
fn plain_file_permissions() -> Option<std::fs::Permissions> {
    None
}

/// Temp files are `.NAME.XXXXXX.incmap-tmp` next to the store, so leftovers are recognisable.
fn temp_affixes(path: &Path) -> (String, &'static str) {
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    (format!(".{name}."), ".incmap-tmp")
}

/// A writer killed mid-write leaves its temp file; under the lock no one else is writing one.
fn remove_stale_temp_files(path: &Path) {
    let (prefix, suffix) = temp_affixes(path);
    let Ok(entries) = std::fs::read_dir(parent_dir(path)) else { return };
    for e in entries.flatten() {
        let name = e.file_name();
        let name = name.to_string_lossy();
        if name.starts_with(&prefix) && name.ends_with(suffix) {
            let _ = std::fs::remove_file(e.path());
        }
    }
}

fn lock_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().map(|n| n.to_os_string()).unwrap_or_default();
    name.push(".lock");
    path.with_file_name(name)
}

fn parent_dir(path: &Path) -> PathBuf {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

fn parse(bytes: &[u8]) -> Result<Store> {
    let value: JsonValue = serde_json::from_slice(bytes).map_err(|e| anyhow!("not valid JSON ({e})"))?;
    let obj = value.as_object().ok_or_else(|| anyhow!("not a GeoJSON FeatureCollection"))?;
    if obj.get("type").and_then(JsonValue::as_str) != Some("FeatureCollection") {
        bail!("not a GeoJSON FeatureCollection");
    }
    let member = obj.get(MEMBER).ok_or_else(|| {
        anyhow!("a FeatureCollection but not an incmap store (no \"{MEMBER}\" member); refusing to modify it")
    })?;
    let member: Member =
        serde_json::from_value(member.clone()).map_err(|e| anyhow!("bad \"{MEMBER}\" member ({e})"))?;
    if member.format != FORMAT {
        bail!("incmap store format {} is not supported (this build reads format {FORMAT})", member.format);
    }
    let fc = serde_json::from_value::<geojson::FeatureCollection>(value)
        .map_err(|e| anyhow!("not a GeoJSON FeatureCollection ({e})"))?;
    let incidents = features(&fc)?;
    Ok(Store { incidents, articles: member.articles })
}

fn features(fc: &geojson::FeatureCollection) -> Result<Vec<Incident>> {
    fc.features
        .iter()
        .enumerate()
        .map(|(i, f)| Incident::from_feature(f).map_err(|e| anyhow!("feature {}: {e}", i + 1)))
        .collect()
}

/// Reads every incident of a store file (or any FeatureCollection of incident features, such as
/// `incmap extract` output); errors name the file and the feature.
pub fn load(path: &Path) -> Result<Vec<Incident>> {
    let text = std::fs::read_to_string(path).with_context(|| format!("{}: cannot read store", path.display()))?;
    let fc: geojson::FeatureCollection =
        text.parse().with_context(|| format!("{}: not a GeoJSON FeatureCollection", path.display()))?;
    features(&fc).map_err(|e| anyhow!("{}: {e}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn foreign_and_corrupt_files_are_refused() {
        assert!(parse(b"{not json").unwrap_err().to_string().contains("not valid JSON"));
        assert!(parse(br#"{"type":"Feature"}"#).unwrap_err().to_string().contains("not a GeoJSON FeatureCollection"));
        let foreign = br#"{"type":"FeatureCollection","features":[]}"#;
        assert!(parse(foreign).unwrap_err().to_string().contains("not an incmap store"));
        let future = br#"{"type":"FeatureCollection","incmap":{"format":9,"articles":[]},"features":[]}"#;
        assert!(parse(future).unwrap_err().to_string().contains("format 9"));
    }

    #[test]
    fn round_trip() {
        let mut s = Store::default();
        let a = Article { source: "a.txt".into(), text: "text".into(), published: None };
        let r = Incident { source: "a.txt".into(), reports: 1, ..Default::default() };
        let out = s.add_article(&a, vec![r]);
        assert_eq!(out.merge.new, 1);
        assert!(s.add_article(&a, vec![]).already_ingested);
        let back = parse(s.to_json().as_bytes()).unwrap();
        assert_eq!(back, s);
    }
}
