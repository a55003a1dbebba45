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

use std::cell::Cell;
use std::collections::{HashMap, HashSet};
use std::fmt;
use std::fs::{File, OpenOptions};
use std::io::{BufReader, BufWriter, Read, Write};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, anyhow, bail};
use geojson::JsonValue;
use serde::de::{self, DeserializeSeed, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::ser::{SerializeMap, SerializeSeq};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
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
        let file = match File::open(path) {
            Ok(f) => f,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Store::default()),
            Err(e) => return Err(e).with_context(|| format!("{}: cannot read store", path.display())),
        };
        parse(BufReader::new(file), true, |_| true).map_err(|e| anyhow!("{}: {e}", path.display()))
    }

    /// Reads a store from its bytes (what [`Store::read`] reads from a file, with the same checks;
    /// errors do not name a file). Wrap a file in a `BufReader`: reads are small.
    pub fn from_reader(reader: impl Read) -> Result<Store> {
        parse(reader, true, |_| true)
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
        let mut out = Vec::new();
        self.write_json(&mut out).expect("writing to memory cannot fail");
        String::from_utf8(out).expect("serde_json writes UTF-8")
    }

    /// Streams the GeoJSON text: one feature's JSON tree at a time, so a big store is written
    /// without holding a second copy of it.
    fn write_json(&self, out: &mut impl Write) -> std::io::Result<()> {
        serde_json::to_writer_pretty(&mut *out, &StoreJson(self)).map_err(std::io::Error::other)?;
        out.write_all(b"\n")
    }

    /// The SHA-256 of [`Store::to_json`], computed without building the text.
    fn json_digest(&self) -> Vec<u8> {
        let mut h = HashWriter(Sha256::new());
        self.write_json(&mut h).expect("hashing cannot fail");
        h.0.finalize().to_vec()
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
        let mut buf = BufWriter::new(tmp.as_file_mut());
        self.write_json(&mut buf)
            .and_then(|_| buf.flush())
            .with_context(|| format!("{}: cannot write store", path.display()))?;
        drop(buf);
        mode.map_or(Ok(()), |m| tmp.as_file().set_permissions(m))
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

/// The articles of a store (none when it is missing), checking every feature but keeping none.
fn read_articles(path: &Path) -> Result<Vec<ArticleRecord>> {
    match File::open(path) {
        Ok(f) => {
            Ok(parse(BufReader::new(f), true, |_| false).map_err(|e| anyhow!("{}: {e}", path.display()))?.articles)
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Vec::new()),
        Err(e) => Err(e).with_context(|| format!("{}: cannot read store", path.display())),
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
        match lock.try_lock() {
            Ok(()) => {}
            Err(std::fs::TryLockError::WouldBlock) => {
                // Say why we wait: another ingest holds the store for its read-modify-write.
                eprintln!("incmap: {}: waiting for another writer (it holds {})", path.display(), lock_path.display());
                lock.lock().with_context(|| format!("{}: cannot lock", lock_path.display()))?;
            }
            Err(std::fs::TryLockError::Error(e)) => {
                return Err(e).with_context(|| format!("{}: cannot lock", lock_path.display()));
            }
        }
        let store = Store::read(path)?;
        remove_stale_temp_files(path);
        Ok(LockedStore { path: path.to_path_buf(), _lock: lock, store })
    }

    /// Writes the store back if it differs from what is on disk.
    pub fn save(&self) -> Result<()> {
        if file_digest(&self.path).is_some_and(|d| d == self.store.json_digest()) {
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
    // Refuse a foreign or corrupt store before doing any work; articles it already holds are
    // not extracted again, so re-running over a corpus is cheap.
    let known: HashSet<String> = read_articles(path)?.into_iter().map(|a| a.sha256).collect();
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
            // Stores only gain articles: one in the store now is still there under the lock.
            Ok(article) if known.contains(&article_hash(&article.text)) => {
                summary.articles += 1;
                summary.already_ingested += 1;
            }
            Ok(article) => {
                let reports = crate::extract::extract(&article, gazetteer);
                batch.push((article, reports));
            }
            Err(e) => summary.failures.push((src.to_string(), format!("{e:#}"))),
        }
        progress.inc(1);
        let last = n + 1 == sources.len();
        let due = last || batch.len() >= BATCH_ARTICLES || last_save.elapsed().as_secs() >= BATCH_SECONDS;
        if due && !batch.is_empty() {
            merge_batch(path, std::mem::take(&mut batch), &mut summary, &mut ids)?;
            last_save = std::time::Instant::now();
        }
    }
    // A missing store is created even when there was nothing to add, but not by a failed run.
    if summary.failures.is_empty() && !path.exists() {
        merge_batch(path, Vec::new(), &mut summary, &mut ids)?;
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
    // Absorbing a report always raises an incident's `reports`, so the counts tell what changed
    // (a copy of every incident would double the memory of a big store).
    let before: HashMap<String, u32> = locked.store.incidents.iter().map(|i| (i.id.clone(), i.reports)).collect();
    let mut added = false;
    for (article, reports) in batch {
        summary.articles += 1;
        let n = reports.len();
        if locked.store.add_article(&article, reports).already_ingested {
            summary.already_ingested += 1;
        } else {
            summary.reports += n;
            added = true;
        }
    }
    for inc in &locked.store.incidents {
        match before.get(inc.id.as_str()) {
            None => _ = ids.new.insert(inc.id.clone()),
            Some(&reports) if reports != inc.reports && !ids.new.contains(&inc.id) => {
                _ = ids.updated.insert(inc.id.clone())
            }
            Some(_) => {}
        }
    }
    // A new article always changes the store; otherwise write only what differs from the disk.
    if added { locked.store.write(path) } else { locked.save() }
}

/// Writes a whole file atomically (temp file beside it, then rename): a reader never sees half a
/// layer or map. A temp file is private (0600); the file keeps the mode of the one it replaces, or a
/// plain file's, as layers and maps are for sharing.
pub fn write_file_atomically(path: &Path, bytes: &[u8]) -> Result<()> {
    let dir = parent_dir(path);
    let mut tmp = tempfile::NamedTempFile::new_in(&dir).with_context(|| format!("{}: cannot write", dir.display()))?;
    tmp.write_all(bytes).with_context(|| format!("{}: cannot write", path.display()))?;
    let mode = std::fs::metadata(path).map(|m| m.permissions()).ok().or_else(plain_file_permissions);
    if let Some(m) = mode {
        tmp.as_file().set_permissions(m).with_context(|| format!("{}: cannot write", path.display()))?;
    }
    tmp.persist(path).with_context(|| format!("{}: cannot write", path.display()))?;
    Ok(())
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

fn file_digest(path: &Path) -> Option<Vec<u8>> {
    let mut file = File::open(path).ok()?;
    let mut h = HashWriter(Sha256::new());
    std::io::copy(&mut file, &mut h).ok()?;
    Some(h.0.finalize().to_vec())
}

struct HashWriter(Sha256);

impl Write for HashWriter {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.update(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// The store as GeoJSON: `type`, `features`, then the `incmap` member (the order and layout
/// `geojson` and `serde_json` gave it before streaming, so existing stores stay byte-stable).
struct StoreJson<'a>(&'a Store);

impl Serialize for StoreJson<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        struct Features<'a>(&'a [Incident]);
        impl Serialize for Features<'_> {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                let mut seq = s.serialize_seq(Some(self.0.len()))?;
                for i in self.0 {
                    seq.serialize_element(&i.to_feature())?;
                }
                seq.end()
            }
        }
        #[derive(Serialize)]
        struct MemberRef<'a> {
            articles: &'a [ArticleRecord],
            format: u64,
        }
        let mut m = s.serialize_map(Some(3))?;
        m.serialize_entry("type", "FeatureCollection")?;
        m.serialize_entry("features", &Features(&self.0.incidents))?;
        m.serialize_entry(MEMBER, &MemberRef { articles: &self.0.articles, format: FORMAT })?;
        m.end()
    }
}

/// What a FeatureCollection file holds, read as a stream: each feature becomes an [`Incident`]
/// as soon as it is read, so memory holds the incidents, never the file or its JSON tree.
struct Parsed {
    is_collection: bool,
    member: Option<Member>,
    incidents: Vec<Incident>,
}

/// What a data error is about: the file's shape (the default), a feature (the error says which)
/// or the `incmap` member.
#[derive(Clone, Copy, Default, PartialEq)]
enum Blame {
    #[default]
    Shape,
    Feature,
    Member,
}

struct TopSeed<'a> {
    keep_member: bool,
    blame: &'a Cell<Blame>,
    keep: &'a mut dyn FnMut(&Incident) -> bool,
}

impl<'de> DeserializeSeed<'de> for TopSeed<'_> {
    type Value = Parsed;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Parsed, D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for TopSeed<'_> {
    type Value = Parsed;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a GeoJSON object")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Parsed, A::Error> {
        let mut parsed = Parsed { is_collection: false, member: None, incidents: Vec::new() };
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                "type" => parsed.is_collection = map.next_value::<JsonValue>()? == "FeatureCollection",
                MEMBER if self.keep_member => {
                    parsed.member = Some(map.next_value().inspect_err(|_| self.blame.set(Blame::Member))?);
                }
                "features" => {
                    let seed = FeaturesSeed { blame: self.blame, keep: &mut *self.keep };
                    parsed.incidents = map.next_value_seed(seed)?;
                }
                _ => _ = map.next_value::<IgnoredAny>()?,
            }
        }
        if !self.keep_member {
            parsed.member = None;
        }
        Ok(parsed)
    }
}

struct FeaturesSeed<'a> {
    blame: &'a Cell<Blame>,
    keep: &'a mut dyn FnMut(&Incident) -> bool,
}

impl<'de> DeserializeSeed<'de> for FeaturesSeed<'_> {
    type Value = Vec<Incident>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Vec<Incident>, D::Error> {
        d.deserialize_seq(self)
    }
}

impl<'de> Visitor<'de> for FeaturesSeed<'_> {
    type Value = Vec<Incident>;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a list of features")
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<Incident>, A::Error> {
        let mut out = Vec::with_capacity(seq.size_hint().unwrap_or(0));
        let mut n = 0;
        while let Some(v) = seq.next_element::<JsonValue>()? {
            n += 1;
            let incident = serde_json::from_value::<geojson::Feature>(v)
                .map_err(|e| e.to_string())
                .and_then(|f| Incident::from_feature(&f))
                .map_err(|e| {
                    self.blame.set(Blame::Feature);
                    de::Error::custom(format!("feature {n}: {e}"))
                })?;
            if (self.keep)(&incident) {
                out.push(incident);
            }
        }
        out.shrink_to_fit();
        Ok(out)
    }
}

/// Reads a FeatureCollection of incidents; with `incmap_store`, also the `incmap` member, and
/// refuses a collection without it.
fn parse(reader: impl Read, incmap_store: bool, mut keep: impl FnMut(&Incident) -> bool) -> Result<Store> {
    let blame = Cell::new(Blame::Shape);
    let seed = TopSeed { keep_member: incmap_store, blame: &blame, keep: &mut keep };
    let mut de = serde_json::Deserializer::from_reader(reader);
    let parsed = seed.deserialize(&mut de).and_then(|p| de.end().map(|_| p)).map_err(|e| {
        use serde_json::error::Category;
        match e.classify() {
            Category::Io => anyhow!("cannot read store ({e})"),
            Category::Syntax | Category::Eof => anyhow!("not valid JSON ({e})"),
            Category::Data => match blame.get() {
                Blame::Feature => anyhow!("{e}"),
                Blame::Member => anyhow!("bad \"{MEMBER}\" member ({e})"),
                Blame::Shape => anyhow!("not a GeoJSON FeatureCollection ({e})"),
            },
        }
    })?;
    if !parsed.is_collection {
        bail!("not a GeoJSON FeatureCollection");
    }
    if !incmap_store {
        return Ok(Store { incidents: parsed.incidents, articles: Vec::new() });
    }
    let member = parsed.member.ok_or_else(|| {
        anyhow!("a FeatureCollection but not an incmap store (no \"{MEMBER}\" member); refusing to modify it")
    })?;
    if member.format != FORMAT {
        bail!("incmap store format {} is not supported (this build reads format {FORMAT})", member.format);
    }
    Ok(Store { incidents: parsed.incidents, articles: member.articles })
}

/// Reads every incident of a store file (or any FeatureCollection of incident features, such as
/// `incmap extract` output); errors name the file and the feature. Streams the file, so a
/// store of a million incidents takes the memory of its incidents only.
pub fn load(path: &Path) -> Result<Vec<Incident>> {
    load_where(path, |_| true)
}

/// Like [`load`], keeping only the incidents `keep` accepts as they are read: a query that
/// needs a few incidents of a big store does not hold the rest.
pub fn load_where(path: &Path, keep: impl FnMut(&Incident) -> bool) -> Result<Vec<Incident>> {
    let file = File::open(path).with_context(|| format!("{}: cannot read store", path.display()))?;
    let store = parse(BufReader::new(file), false, keep).map_err(|e| anyhow!("{}: {e}", path.display()))?;
    Ok(store.incidents)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn foreign_and_corrupt_files_are_refused() {
        let parse = |b: &[u8]| parse(b, true, |_| true);
        assert!(parse(b"{not json").unwrap_err().to_string().contains("not valid JSON"));
        assert!(parse(br#"{"type":"Feature"}"#).unwrap_err().to_string().contains("not a GeoJSON FeatureCollection"));
        let foreign = br#"{"type":"FeatureCollection","features":[]}"#;
        assert!(parse(foreign).unwrap_err().to_string().contains("not an incmap store"));
        let future = br#"{"type":"FeatureCollection","incmap":{"format":9,"articles":[]},"features":[]}"#;
        assert!(parse(future).unwrap_err().to_string().contains("format 9"));
    }

    #[test]
    fn streamed_json_is_what_geojson_writes_for_the_whole_collection() {
        let mut s = Store::default();
        let a = Article { source: "a.txt".into(), text: "text".into(), published: None };
        let located = Incident { location: Some(crate::model::LatLon::new(36.2, 44.0)), ..Default::default() };
        s.add_article(&a, vec![located, Incident { killed: Some(2), ..Default::default() }]);
        let mut fc = crate::model::feature_collection(&s.incidents);
        let member = serde_json::json!({"format": FORMAT, "articles": s.articles});
        fc.foreign_members = Some([(MEMBER.to_string(), member)].into_iter().collect());
        fc.bbox = None;
        assert_eq!(s.to_json(), serde_json::to_string_pretty(&fc).unwrap() + "\n");
        assert_eq!(
            Store::default().to_json(),
            "{\n  \"type\": \"FeatureCollection\",\n  \"features\": [],\n  \"incmap\": {\n    \"articles\": [],\n    \"format\": 1\n  }\n}\n"
        );
    }

    #[test]
    fn load_where_keeps_what_it_is_asked_to_and_still_checks_every_feature() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.geojson");
        let mut s = Store::default();
        let a = Article { source: "a.txt".into(), text: "text".into(), published: None };
        s.add_article(&a, (1..=5).map(|k| Incident { killed: Some(k), ..Default::default() }).collect());
        s.write(&path).unwrap();
        let odd = load_where(&path, |i| i.killed.is_some_and(|k| k % 2 == 1)).unwrap();
        assert_eq!(odd.iter().map(|i| i.killed.unwrap()).collect::<Vec<_>>(), vec![1, 3, 5]);
        let text = std::fs::read_to_string(&path).unwrap().replacen("\"killed\": 4", "\"killed\": -4", 1);
        std::fs::write(&path, text).unwrap();
        let e = load_where(&path, |_| false).unwrap_err().to_string();
        assert!(e.contains("feature 4: property \"killed\""), "{e}");
    }

    #[test]
    fn round_trip() {
        let mut s = Store::default();
        let a = Article { source: "a.txt".into(), text: "text".into(), published: None };
        let r = Incident { source: "a.txt".into(), reports: 1, ..Default::default() };
        let out = s.add_article(&a, vec![r]);
        assert_eq!(out.merge.new, 1);
        assert!(s.add_article(&a, vec![]).already_ingested);
        let back = parse(s.to_json().as_bytes(), true, |_| true).unwrap();
        assert_eq!(back, s);
    }
}
