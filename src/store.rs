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

use std::cell::{Cell, RefCell};
use std::collections::HashSet;
use std::fmt;
use std::fs::{File, OpenOptions};
use std::io::{BufReader, BufWriter, Read, Write};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, anyhow, bail};
use geojson::JsonValue;
use serde::de::{self, DeserializeSeed, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::ser::{self, SerializeMap, SerializeSeq};
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

/// The digest an [`article_hash`] spells in hex; `None` for anything else.
fn digest_of_hex(hex: &str) -> Option<[u8; 32]> {
    let mut out = [0u8; 32];
    if hex.len() != 64 || !hex.is_ascii() {
        return None;
    }
    for (byte, pair) in out.iter_mut().zip(hex.as_bytes().chunks(2)) {
        *byte = u8::from_str_radix(std::str::from_utf8(pair).ok()?, 16).ok()?;
    }
    Some(out)
}

impl Store {
    /// Reads a store; a missing file is an empty store. Refuses anything that is not an incmap
    /// store, naming the file.
    pub fn read(path: &Path) -> Result<Store> {
        let mut incidents = Vec::new();
        let articles = scan_store(path, |_, i| incidents.push(i))?;
        incidents.shrink_to_fit();
        Ok(Store { incidents, articles })
    }

    /// Reads a store from its bytes (what [`Store::read`] reads from a file, with the same checks;
    /// errors do not name a file). Wrap a file in a `BufReader`: reads are small.
    pub fn from_reader(reader: impl Read) -> Result<Store> {
        parse_store(reader)
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
    fn write_json(&self, out: &mut dyn Write) -> std::io::Result<()> {
        write_store_json(out, &self.articles, |each| self.incidents.iter().try_for_each(each))
    }

    /// Writes the store atomically: a temp file in the same folder, fsync, rename, fsync folder.
    pub fn write(&self, path: &Path) -> Result<()> {
        write_store_with(path, |out| self.write_json(out))
    }
}

/// Writes a store file atomically from what `fill` writes.
fn write_store_with(path: &Path, fill: impl FnOnce(&mut dyn Write) -> std::io::Result<()>) -> Result<()> {
    let mut file = AtomicFile::create(path)?;
    fill(&mut file).with_context(|| format!("{}: cannot write store", path.display()))?;
    file.commit()
}

/// An exclusive hold on a store for a read-modify-write: the sidecar `PATH.lock`, released on
/// drop. Says why it waits when another writer holds it.
fn lock(path: &Path) -> Result<File> {
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
            eprintln!("incmap: {}: waiting for another writer (it holds {})", path.display(), lock_path.display());
            lock.lock().with_context(|| format!("{}: cannot lock", lock_path.display()))?;
        }
        Err(std::fs::TryLockError::Error(e)) => {
            return Err(e).with_context(|| format!("{}: cannot lock", lock_path.display()));
        }
    }
    // A writer killed mid-write leaves its temp file; under the lock no one else is writing one.
    remove_stale_temp_files(path);
    Ok(lock)
}

/// One pass over a store file (none when it is missing): its articles, and each incident handed
/// to `each` with its position.
fn scan_store(path: &Path, mut each: impl FnMut(usize, Incident)) -> Result<Vec<ArticleRecord>> {
    let file = match File::open(path) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(e).with_context(|| format!("{}: cannot read store", path.display())),
    };
    let mut n = 0;
    let mut sink = |i| {
        each(n, i);
        n += 1;
        Ok(())
    };
    parse(BufReader::new(file), true, &mut sink).map_err(|e| anyhow!("{}: {e}", path.display()))
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
    // Held as raw digests: a store of a million articles has a million of them.
    let known: HashSet<[u8; 32]> =
        scan_store(path, |_, _| {})?.iter().filter_map(|a| digest_of_hex(&a.sha256)).collect();
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
            Ok(article) if known.contains(&<[u8; 32]>::from(Sha256::digest(article.text.as_bytes()))) => {
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

/// Merges a batch of extracted articles into the store under its lock, streaming: one pass keeps
/// the articles and the few incidents the batch could join, the merge runs on those, and a
/// second pass writes the store anew with them replaced and the new incidents appended. Memory is
/// the batch and what it touches, not the store; the file is what merging into the whole store
/// in memory writes.
fn merge_batch(
    path: &Path,
    batch: Vec<(Article, Vec<Incident>)>,
    summary: &mut IngestSummary,
    ids: &mut ChangedIds,
) -> Result<()> {
    let _lock = lock(path)?;
    let existed = path.exists();
    // Another ingest may have written since our last batch: what is on disk now counts.
    let probe = merge::Probe::new(batch.iter().flat_map(|(_, reports)| reports));
    let mut positions = Vec::new();
    let mut touched = Store::default();
    touched.articles = scan_store(path, |n, incident| {
        if probe.may_join(&incident) {
            positions.push(n);
            touched.incidents.push(incident);
        }
    })?;
    let articles_before = touched.articles.len();
    // Absorbing a report always raises an incident's `reports`: the counts tell what changed.
    let reports_before: Vec<u32> = touched.incidents.iter().map(|i| i.reports).collect();
    for (article, reports) in batch {
        summary.articles += 1;
        let n = reports.len();
        if touched.add_article(&article, reports).already_ingested {
            summary.already_ingested += 1;
        } else {
            summary.reports += n;
        }
    }
    for (k, inc) in touched.incidents.iter().enumerate() {
        match reports_before.get(k) {
            None => _ = ids.new.insert(inc.id.clone()),
            Some(&reports) if reports != inc.reports && !ids.new.contains(&inc.id) => {
                _ = ids.updated.insert(inc.id.clone())
            }
            Some(_) => {}
        }
    }
    if existed && touched.articles.len() == articles_before {
        return Ok(()); // every article was already in: the store is as it was
    }
    let (replaced, appended) = touched.incidents.split_at(positions.len());
    let old = path.to_path_buf();
    write_store_with(path, |out| {
        write_store_json(out, &touched.articles, |each| {
            let mut replacements = positions.iter().zip(replaced).peekable();
            if existed {
                let mut n = 0;
                let mut sink = |incident: Incident| {
                    let merged = replacements.next_if(|(at, _)| **at == n).map(|(_, inc)| inc);
                    n += 1;
                    each(merged.unwrap_or(&incident)).map_err(anyhow::Error::msg)
                };
                parse(BufReader::new(File::open(&old).map_err(|e| e.to_string())?), false, &mut sink)
                    .map_err(|e| format!("{}: {e:#}", old.display()))?;
            }
            appended.iter().try_for_each(each)
        })
    })
}

/// A file written beside its final path (`.NAME.XXXXXX.incmap-tmp`) that replaces it only on
/// [`AtomicFile::commit`]: fsync, rename, fsync of the folder. Readers, and a crash at any moment,
/// see the old file or the whole new one; dropped without a commit, it leaves nothing. The new
/// file keeps the mode of the one it replaces, or a plain file's (a temp file is private, 0600).
pub struct AtomicFile {
    path: PathBuf,
    out: BufWriter<tempfile::NamedTempFile>,
}

impl AtomicFile {
    pub fn create(path: &Path) -> Result<AtomicFile> {
        let dir = parent_dir(path);
        let (prefix, suffix) = temp_affixes(path);
        let tmp = tempfile::Builder::new()
            .prefix(&prefix)
            .suffix(suffix)
            .tempfile_in(&dir)
            .with_context(|| format!("{}: cannot write", dir.display()))?;
        Ok(AtomicFile { path: path.to_path_buf(), out: BufWriter::new(tmp) })
    }

    /// A reader of what has been written so far (flush first).
    pub fn reopen(&self) -> Result<File> {
        self.out.get_ref().reopen().with_context(|| format!("{}: cannot read back", self.path.display()))
    }

    pub fn commit(self) -> Result<()> {
        let path = self.path;
        let what = || format!("{}: cannot write", path.display());
        let tmp = self.out.into_inner().map_err(|e| e.into_error()).with_context(what)?;
        let mode = std::fs::metadata(&path).map(|m| m.permissions()).ok().or_else(plain_file_permissions);
        mode.map_or(Ok(()), |m| tmp.as_file().set_permissions(m))
            .and_then(|_| tmp.as_file().sync_all())
            .with_context(what)?;
        tmp.persist(&path).map_err(|e| anyhow!("{}: cannot replace: {}", path.display(), e.error))?;
        // The rename is durable once the folder is synced (not possible on every platform).
        if let Ok(d) = File::open(parent_dir(&path)) {
            let _ = d.sync_all();
        }
        Ok(())
    }
}

impl Write for AtomicFile {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.out.write(buf)
    }
    fn flush(&mut self) -> std::io::Result<()> {
        self.out.flush()
    }
}

/// Writes a whole file atomically (see [`AtomicFile`]): a reader never sees half a layer or map.
pub fn write_file_atomically(path: &Path, bytes: &[u8]) -> Result<()> {
    let mut file = AtomicFile::create(path)?;
    file.write_all(bytes).with_context(|| format!("{}: cannot write", path.display()))?;
    file.commit()
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

/// Calls its argument with every incident of a store, in order; stops at the first error.
type Features<'a> = dyn FnMut(&mut dyn FnMut(&Incident) -> Result<(), String>) -> Result<(), String> + 'a;

/// Writes a store as GeoJSON: `type`, `features`, then the `incmap` member (the order and layout
/// `geojson` and `serde_json` gave it before streaming, so existing stores stay byte-stable). The
/// features come one at a time from `features`, so a big store is written without a copy of it.
fn write_store_json(
    out: &mut dyn Write,
    articles: &[ArticleRecord],
    features: impl FnMut(&mut dyn FnMut(&Incident) -> Result<(), String>) -> Result<(), String>,
) -> std::io::Result<()> {
    struct FeatureSeq<'a, 'f>(&'a RefCell<&'f mut Features<'f>>);
    impl Serialize for FeatureSeq<'_, '_> {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            let mut seq = s.serialize_seq(None)?;
            let mut failed = None;
            let done = (self.0.borrow_mut())(&mut |i: &Incident| {
                seq.serialize_element(&i.to_feature()).map_err(|e| {
                    let text = e.to_string();
                    failed = Some(e);
                    text
                })
            });
            match (done, failed) {
                (_, Some(e)) => return Err(e),
                (Err(text), None) => return Err(ser::Error::custom(text)),
                (Ok(()), None) => {}
            }
            seq.end()
        }
    }
    #[derive(Serialize)]
    struct MemberRef<'a> {
        articles: &'a [ArticleRecord],
        format: u64,
    }
    struct StoreJson<'a, 'f> {
        features: FeatureSeq<'a, 'f>,
        articles: &'a [ArticleRecord],
    }
    impl Serialize for StoreJson<'_, '_> {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            let mut m = s.serialize_map(Some(3))?;
            m.serialize_entry("type", "FeatureCollection")?;
            m.serialize_entry("features", &self.features)?;
            m.serialize_entry(MEMBER, &MemberRef { articles: self.articles, format: FORMAT })?;
            m.end()
        }
    }
    let mut features = features;
    let cell = RefCell::new(&mut features as &mut Features);
    let json = StoreJson { features: FeatureSeq(&cell), articles };
    serde_json::to_writer_pretty(&mut *out, &json).map_err(std::io::Error::other)?;
    out.write_all(b"\n")
}

/// One pass over a FeatureCollection file: each feature becomes an [`Incident`] and goes to the
/// sink as soon as it is read, so memory holds what the sink keeps, never the file or its JSON tree.
struct Parsed {
    is_collection: bool,
    member: Option<Member>,
}

/// What a data error is about: the file's shape (the default), a feature (the error says which),
/// the `incmap` member, or the sink (its own error is kept in [`Pass::sink_error`]).
#[derive(Clone, Copy, Default, PartialEq)]
enum Blame {
    #[default]
    Shape,
    Feature,
    Member,
    Sink,
}

type Sink<'a> = &'a mut dyn FnMut(Incident) -> Result<()>;

struct Pass<'a> {
    keep_member: bool,
    blame: Cell<Blame>,
    sink_error: RefCell<Option<anyhow::Error>>,
    sink: RefCell<Sink<'a>>,
}

struct TopSeed<'p, 'a>(&'p Pass<'a>);

impl<'de> DeserializeSeed<'de> for TopSeed<'_, '_> {
    type Value = Parsed;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Parsed, D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for TopSeed<'_, '_> {
    type Value = Parsed;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a GeoJSON object")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Parsed, A::Error> {
        let pass = self.0;
        let mut parsed = Parsed { is_collection: false, member: None };
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                "type" => parsed.is_collection = map.next_value::<JsonValue>()? == "FeatureCollection",
                MEMBER if pass.keep_member => {
                    parsed.member = Some(map.next_value().inspect_err(|_| pass.blame.set(Blame::Member))?);
                }
                "features" => map.next_value_seed(FeaturesSeed(pass))?,
                _ => _ = map.next_value::<IgnoredAny>()?,
            }
        }
        Ok(parsed)
    }
}

struct FeaturesSeed<'p, 'a>(&'p Pass<'a>);

impl<'de> DeserializeSeed<'de> for FeaturesSeed<'_, '_> {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_seq(self)
    }
}

impl<'de> Visitor<'de> for FeaturesSeed<'_, '_> {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a list of features")
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        let pass = self.0;
        let mut n = 0;
        while let Some(v) = seq.next_element::<JsonValue>()? {
            n += 1;
            let incident = serde_json::from_value::<geojson::Feature>(v)
                .map_err(|e| e.to_string())
                .and_then(|f| Incident::from_feature(&f))
                .map_err(|e| {
                    pass.blame.set(Blame::Feature);
                    de::Error::custom(format!("feature {n}: {e}"))
                })?;
            if let Err(e) = (pass.sink.borrow_mut())(incident) {
                pass.blame.set(Blame::Sink);
                *pass.sink_error.borrow_mut() = Some(e);
                return Err(de::Error::custom("stopped"));
            }
        }
        Ok(())
    }
}

/// Reads a FeatureCollection of incidents, handing each to `sink`; with `incmap_store`, returns
/// the articles of the `incmap` member and refuses a collection without it. An error of the sink
/// is returned as it is; the others describe what is wrong with the file.
fn parse(reader: impl Read, incmap_store: bool, sink: Sink) -> Result<Vec<ArticleRecord>> {
    let pass = Pass {
        keep_member: incmap_store,
        blame: Cell::new(Blame::Shape),
        sink_error: RefCell::new(None),
        sink: RefCell::new(sink),
    };
    let mut de = serde_json::Deserializer::from_reader(reader);
    let parsed = TopSeed(&pass).deserialize(&mut de).and_then(|p| de.end().map(|_| p)).map_err(|e| {
        use serde_json::error::Category;
        if let Some(sink_error) = pass.sink_error.take() {
            return sink_error;
        }
        match e.classify() {
            Category::Io => anyhow!("cannot read store ({e})"),
            Category::Syntax | Category::Eof => anyhow!("not valid JSON ({e})"),
            Category::Data => match pass.blame.get() {
                Blame::Feature | Blame::Sink => anyhow!("{e}"),
                Blame::Member => anyhow!("bad \"{MEMBER}\" member ({e})"),
                Blame::Shape => anyhow!("not a GeoJSON FeatureCollection ({e})"),
            },
        }
    })?;
    if !parsed.is_collection {
        bail!("not a GeoJSON FeatureCollection");
    }
    if !incmap_store {
        return Ok(Vec::new());
    }
    let member = parsed.member.ok_or_else(|| {
        anyhow!("a FeatureCollection but not an incmap store (no \"{MEMBER}\" member); refusing to modify it")
    })?;
    if member.format != FORMAT {
        bail!("incmap store format {} is not supported (this build reads format {FORMAT})", member.format);
    }
    Ok(member.articles)
}

/// A whole store from its bytes.
fn parse_store(reader: impl Read) -> Result<Store> {
    let mut incidents = Vec::new();
    let articles = parse(reader, true, &mut |i| {
        incidents.push(i);
        Ok(())
    })?;
    incidents.shrink_to_fit();
    Ok(Store { incidents, articles })
}

/// Hands every incident of a store file (or any FeatureCollection of incident features, such as
/// `incmap extract` output) to `each`, in file order, holding one at a time: how commands that
/// summarise or convert a big store keep it on disk. Errors name the file and the feature; an
/// error of `each` stops the pass and is returned as it is.
pub fn for_each(path: &Path, mut each: impl FnMut(Incident) -> Result<()>) -> Result<()> {
    let file = File::open(path).with_context(|| format!("{}: cannot read store", path.display()))?;
    let mut failed_in_each = false;
    let mut sink = |i| each(i).inspect_err(|_| failed_in_each = true);
    parse(BufReader::new(file), false, &mut sink)
        .map(drop)
        .map_err(|e| if failed_in_each { e } else { anyhow!("{}: {e}", path.display()) })
}

/// Reads every incident of a store file (or any FeatureCollection of incident features); errors
/// name the file and the feature. Streams the file, so a store of a million incidents takes the
/// memory of its incidents only.
pub fn load(path: &Path) -> Result<Vec<Incident>> {
    load_where(path, |_| true)
}

/// Like [`load`], keeping only the incidents `keep` accepts as they are read: a query that
/// needs a few incidents of a big store does not hold the rest.
pub fn load_where(path: &Path, mut keep: impl FnMut(&Incident) -> bool) -> Result<Vec<Incident>> {
    let mut out = Vec::new();
    for_each(path, |i| {
        if keep(&i) {
            out.push(i);
        }
        Ok(())
    })?;
    out.shrink_to_fit();
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn foreign_and_corrupt_files_are_refused() {
        let parse = |b: &[u8]| parse_store(b);
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
    fn an_article_hash_reads_back_as_its_digest() {
        let hex = article_hash("text");
        assert_eq!(digest_of_hex(&hex), Some(<[u8; 32]>::from(Sha256::digest(b"text"))));
        assert_eq!(digest_of_hex(&hex[1..]), None);
        assert_eq!(digest_of_hex(&hex.replace(&hex[..1], "g")), None);
    }

    #[test]
    fn round_trip() {
        let mut s = Store::default();
        let a = Article { source: "a.txt".into(), text: "text".into(), published: None };
        let r = Incident { source: "a.txt".into(), reports: 1, ..Default::default() };
        let out = s.add_article(&a, vec![r]);
        assert_eq!(out.merge.new, 1);
        assert!(s.add_article(&a, vec![]).already_ingested);
        let back = parse_store(s.to_json().as_bytes()).unwrap();
        assert_eq!(back, s);
    }
}
