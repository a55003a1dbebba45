//! The GeoJSON form of a store, as incmap wrote it before the GeoPackage: one FeatureCollection
//! with a foreign member `incmap` listing the ingested articles by content hash:
//!
//! ```json
//! {"type": "FeatureCollection", "incmap": {"format": 1, "articles": [{"sha256": "…", "source": "…"}]},
//!  "features": [...]}
//! ```
//!
//! Read to import an old store (`incmap store import`), and to run queries and exports over any
//! FeatureCollection of incidents (an exported `incidents.geojson`, `incmap extract` output);
//! written only as the store's text form ([`super::Store::to_json`]). Parsing streams: memory holds
//! what the caller keeps, never the file or its JSON tree.

use std::cell::{Cell, RefCell};
use std::fmt;
use std::fs::File;
use std::io::{BufReader, Read, Write};
use std::path::Path;

use anyhow::{Context, Result, anyhow, bail};
use geojson::JsonValue;
use serde::de::{self, DeserializeSeed, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::ser::{self, SerializeMap, SerializeSeq};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::{ArticleRecord, Store};
use crate::model::Incident;

/// The GeoJSON store format this build reads.
pub const FORMAT: u64 = 1;
/// The foreign member that marks a FeatureCollection as an incmap store.
pub const MEMBER: &str = "incmap";

#[derive(Serialize, Deserialize)]
struct Member {
    format: u64,
    articles: Vec<ArticleRecord>,
}

/// Calls its argument with every incident of a store, in order; stops at the first error.
type Features<'a> = dyn FnMut(&mut dyn FnMut(&Incident) -> Result<(), String>) -> Result<(), String> + 'a;

/// Writes a store as GeoJSON: `type`, `features`, then the `incmap` member (the order and layout
/// `geojson` and `serde_json` gave it before streaming, so existing stores stay byte-stable). The
/// features come one at a time from `features`, so a big store is written without a copy of it.
pub(super) fn write_store_json(
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
pub(super) fn read_store(reader: impl Read) -> Result<Store> {
    let mut incidents = Vec::new();
    let articles = parse(reader, true, &mut |i| {
        incidents.push(i);
        Ok(())
    })?;
    incidents.shrink_to_fit();
    Ok(Store { incidents, articles })
}

/// One pass over an old incmap GeoJSON store: each incident to `each` as it is read, then the
/// articles its `incmap` member lists. Refuses a collection that is not an incmap store.
pub fn scan_store(path: &Path, mut each: impl FnMut(Incident) -> Result<()>) -> Result<Vec<ArticleRecord>> {
    let file = File::open(path).with_context(|| format!("{}: cannot read store", path.display()))?;
    let mut failed_in_each = false;
    let mut sink = |i| each(i).inspect_err(|_| failed_in_each = true);
    parse(BufReader::new(file), true, &mut sink)
        .map_err(|e| if failed_in_each { e } else { anyhow!("{}: {e}", path.display()) })
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Article;

    #[test]
    fn foreign_and_corrupt_files_are_refused() {
        let parse = |b: &[u8]| read_store(b);
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
        std::fs::write(&path, s.to_json()).unwrap();
        let odd = super::super::load_where(&path, |i| i.killed.is_some_and(|k| k % 2 == 1)).unwrap();
        assert_eq!(odd.iter().map(|i| i.killed.unwrap()).collect::<Vec<_>>(), vec![1, 3, 5]);
        let text = std::fs::read_to_string(&path).unwrap().replacen("\"killed\": 4", "\"killed\": -4", 1);
        std::fs::write(&path, text).unwrap();
        let e = super::super::load_where(&path, |_| false).unwrap_err().to_string();
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
        let back = read_store(s.to_json().as_bytes()).unwrap();
        assert_eq!(back, s);
    }
}
